"""Text-layer expressions: ``{{ judul }}``, ``{{ tanggal | tanggal_panjang }}``.

Templates come from packages anyone can make, so expressions run in the same
locked-down sandbox as caption templates (:mod:`studio.template.sandbox`, with
the Indonesian filters bound by :mod:`studio.caption.engine`): strict undefined
names, a small statement set, every value capped, nesting bounded, a time and
step limit. Checking an expression (at load) lives in the sandbox module, so
the template loader needs nothing from here.
"""

from __future__ import annotations

from collections.abc import Mapping

from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import UndefinedError
from jinja2.sandbox import SecurityError

from studio.caption.engine import caption_environment, warm_up
from studio.errors import TemplateError
from studio.template.sandbox import (
    RenderTimeout,
    check_expression,
    compile_source,
    deadline,
    referenced_fields,
    render_source,
)

MAX_TEXT_OUTPUT = 4000
# Seconds for one text layer. Runaway loops are stopped by the step budget
# (sandbox.MAX_STEPS) whatever the machine; the clock is the backstop for a slow
# C-level call, generous so a busy office laptop does not fail an ordinary title.
TIME_LIMIT = 2.0

__all__ = ["MAX_TEXT_OUTPUT", "TIME_LIMIT", "check_expression", "evaluate_text",
           "referenced_fields"]


def evaluate_text(source: str, fields: Mapping[str, str], *, layer_id: str = "?") -> str:
    """Render a text layer's expression over the field values."""
    warm_up()
    env = caption_environment()
    # Checking and compiling (bounded by the source caps) is the app's own work:
    # done before the clock starts, so a slow PC is not punished for it.
    try:
        compile_source(env, source)
    except JinjaTemplateError as exc:
        raise TemplateError(f"layer {layer_id!r}: {exc.message or exc}",
                            hint="fix the text expression", code="template.bad_expression",
                            layer=layer_id) from None
    try:
        with deadline(TIME_LIMIT):
            result = render_source(env, source, dict(fields))
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
                            hint="simplify the text expression",
                            code="template.unsafe_expression", layer=layer_id) from None
    except JinjaTemplateError as exc:
        raise TemplateError(f"layer {layer_id!r}: {exc.message or exc}",
                            hint="fix the text expression",
                            code="template.bad_expression", layer=layer_id) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise TemplateError(f"layer {layer_id!r}: {exc}",
                            hint="check the field values (dates as YYYY-MM-DD)",
                            code="template.bad_value", layer=layer_id) from None
    except (RecursionError, MemoryError):
        raise TemplateError(f"layer {layer_id!r}: the text expression is too complex",
                            hint="simplify the text expression",
                            code="template.unsafe_expression", layer=layer_id) from None
    return result[:MAX_TEXT_OUTPUT]
