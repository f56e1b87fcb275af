"""Text-layer expressions: ``{{ judul }}``, ``{{ tanggal | tanggal_panjang }}``.

Templates come from packages anyone can make, so expressions run in the same
locked-down sandbox as caption templates (``studio.caption.engine``): Jinja2's
immutable sandbox with strict undefined names, a small statement set, capped
strings and a time limit, and the same Indonesian filters.
"""

from __future__ import annotations

from collections.abc import Mapping

from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import UndefinedError
from jinja2.sandbox import SecurityError

from studio.caption.engine import (
    RenderTimeout,
    check_source,
    deadline,
    names_in_source,
    render_source,
    warm_up,
)
from studio.errors import TemplateError

MAX_TEXT_OUTPUT = 4000
TIME_LIMIT = 0.5  # seconds for one text layer


def check_expression(source: str, *, layer_id: str = "?") -> None:
    """Refuse an expression that does not parse or uses what templates may not."""
    try:
        check_source(source)
    except JinjaTemplateError as exc:
        raise TemplateError(f"layer {layer_id!r}, text: {exc.message or exc}",
                            hint="fix the text expression", code="template.bad_expression",
                            layer=layer_id) from None


def evaluate_text(source: str, fields: Mapping[str, str], *, layer_id: str = "?") -> str:
    """Render a text layer's expression over the field values."""
    warm_up()
    try:
        with deadline(TIME_LIMIT):
            result = render_source(source, dict(fields))
    except RenderTimeout:
        raise TemplateError(f"layer {layer_id!r}: the text expression takes too long",
                            hint="simplify the text expression",
                            code="template.expression_timeout", layer=layer_id) from None
    except UndefinedError as exc:
        raise TemplateError(
            f"layer {layer_id!r}: {exc.message}",
            hint="add the field to the template or fix the text expression",
            code="template.undefined_field", layer=layer_id,
        ) from None
    except SecurityError as exc:
        raise TemplateError(f"layer {layer_id!r}: not allowed: {exc}",
                            code="template.unsafe_expression", layer=layer_id) from None
    except JinjaTemplateError as exc:
        raise TemplateError(f"layer {layer_id!r}: {exc}", hint="fix the text expression",
                            code="template.bad_expression", layer=layer_id) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise TemplateError(f"layer {layer_id!r}: {exc}",
                            hint="check the field values (dates as YYYY-MM-DD)",
                            code="template.bad_value", layer=layer_id) from None
    return result[:MAX_TEXT_OUTPUT]


def referenced_fields(source: str) -> set[str]:
    """Names a text expression reads (for locks, validation and the editor)."""
    try:
        return set(names_in_source(source))
    except JinjaTemplateError:
        return set()
