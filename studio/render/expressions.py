"""Text-layer expressions: ``{{ judul }}``, ``{{ tanggal | tanggal_panjang }}``.

Templates come from packages anyone can make, so expressions run in Jinja2's
immutable sandbox with strict undefined names; the filters are the same
Indonesian helpers the captions use.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from studio.errors import TemplateError as StudioTemplateError

MAX_TEXT_OUTPUT = 4000


@cache
def text_environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    try:
        from studio.caption.indonesian import FILTERS
    except ImportError:  # pragma: no cover - until the caption package lands
        from datetime import date

        from babel.dates import format_date

        def tanggal_panjang(value: str) -> str:
            return format_date(date.fromisoformat(value), "EEEE, d MMMM y", locale="id") \
                if value else ""

        FILTERS = {"tanggal_panjang": tanggal_panjang}
    env.filters.update(FILTERS)
    return env


@cache
def _compiled(source: str):
    return text_environment().from_string(source)


def evaluate_text(source: str, fields: Mapping[str, str], *, layer_id: str = "?") -> str:
    """Render a text layer's expression over the field values."""
    try:
        result = _compiled(source).render(dict(fields))
    except UndefinedError as exc:
        raise StudioTemplateError(
            f"layer {layer_id!r}: {exc.message}",
            hint="add the field to the template or fix the text expression",
            code="template.undefined_field",
        ) from None
    except SecurityError as exc:
        raise StudioTemplateError(f"layer {layer_id!r}: not allowed: {exc}",
                                  code="template.unsafe_expression") from None
    except TemplateError as exc:
        raise StudioTemplateError(f"layer {layer_id!r}: {exc}",
                                  hint="fix the text expression",
                                  code="template.bad_expression") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise StudioTemplateError(f"layer {layer_id!r}: {exc}",
                                  hint="check the field values (dates as YYYY-MM-DD)",
                                  code="template.bad_value") from None
    return result[:MAX_TEXT_OUTPUT]


def referenced_fields(source: str) -> set[str]:
    """Names a text expression reads (for locks, validation and the editor)."""
    from jinja2 import meta

    try:
        return set(meta.find_undeclared_variables(text_environment().parse(source)))
    except TemplateError:
        return set()
