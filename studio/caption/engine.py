"""The sandbox caption templates run in: Jinja2, locked down and on a clock.

Caption templates come from anyone (a designer's package, a colleague's
file), so they render in Jinja2's ``ImmutableSandboxedEnvironment`` with
``StrictUndefined`` and more fences on top:

* a small language: ``if``, ``for`` (not recursive), ``set`` and ``with``;
  no macros, blocks, includes or imports, so all output streams out and is
  counted as it comes;
* an allowlist of filters, globals (only a capped ``range``) and methods;
  ``str.format`` and ``%`` formatting are refused outright (format specs can
  ask for gigabytes, attribute walks hide in them);
* every string an expression builds (``~``, ``+``, ``*``, filters, method
  calls) is capped, ``**`` is refused and numbers stay small;
* the render runs under a deadline enforced with ``sys.settrace``: Jinja
  compiles to Python, so every line of a runaway loop checks the clock.

What the fences cannot see is a single slow C call; the caps keep every such
call small. A refused template raises :class:`~studio.errors.CaptionError`
and leaves nothing behind, so the next render works as usual.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache, lru_cache, wraps
from types import FrameType
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.compiler import CodeGenerator
from jinja2.defaults import DEFAULT_FILTERS
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.runtime import LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from studio.caption.indonesian import FILTERS as INDONESIAN_FILTERS
from studio.caption.words import split_words

# Limits. Generous for a caption (the longest platform allows 63,206
# characters, no officer writes that much), tight for an attack.
MAX_FIELD_CHARS = 2_000          # one field value
MAX_SECTION_SOURCE = 10_000      # one section's template text
MAX_STRING = 20_000              # any string an expression builds
MAX_OUTPUT = 20_000              # one section's rendered text
MAX_RANGE = 1_000                # range() items
MAX_NUMBER_BITS = 256            # integers past ~10^77 are not caption material
RENDER_TIME_LIMIT = 1.0          # seconds for one caption (all its sections)

# Statements a caption needs; everything else is refused when the file loads.
_ALLOWED_STATEMENTS: tuple[type[nodes.Node], ...] = (
    nodes.Template, nodes.Output, nodes.If, nodes.For, nodes.Assign, nodes.With,
    nodes.Scope,
)
_REFUSED_NAMES = {
    nodes.Macro: "{% macro %}", nodes.CallBlock: "{% call %}", nodes.FilterBlock: "{% filter %}",
    nodes.Block: "{% block %}", nodes.Extends: "{% extends %}", nodes.Include: "{% include %}",
    nodes.Import: "{% import %}", nodes.FromImport: "{% from … import %}",
    nodes.AssignBlock: "{% set %}…{% endset %}",
}

_SAFE_BUILTIN_FILTERS = split_words(
    "abs capitalize count d default first float int join last length list lower max min "
    "replace reverse round select reject sort string sum title trim truncate unique upper "
    "wordcount map"
)

# Methods a template may call on values (strings and the loop helper).
_SAFE_METHODS = frozenset(split_words(
    "upper lower title capitalize casefold swapcase strip lstrip rstrip split rsplit splitlines "
    "startswith endswith count find rfind index rindex isdigit isalpha isalnum isspace isupper "
    "islower istitle removeprefix removesuffix partition rpartition replace get keys values "
    "items cycle changed"
))


class RenderTimeout(BaseException):
    """Raised inside a render that ran past its deadline.

    A ``BaseException`` so that no ``except Exception`` along the way (in
    Jinja or a filter) can swallow it and let the loop run on.
    """


def _refuse(message: str) -> SecurityError:
    return SecurityError(message)


def _check_string(value: Any, what: str = "a text") -> Any:
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise _refuse(f"{what} longer than {MAX_STRING:,} characters is not allowed")
    if isinstance(value, list | tuple) and len(value) > MAX_STRING:
        raise _refuse(f"a list longer than {MAX_STRING:,} items is not allowed")
    return value


def _check_number(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) \
            and value.bit_length() > MAX_NUMBER_BITS:
        raise _refuse("numbers this large are not allowed")
    return value


def _check_arg(value: Any) -> Any:
    _check_number(value)
    return _check_string(value, "an argument")


def _safe_range(*args: int) -> range:
    rng = range(*(_check_number(a) for a in args))
    if len(rng) > MAX_RANGE:
        raise _refuse(f"range() is limited to {MAX_RANGE:,} items")
    return rng


def _replace_size(text: str, old: str, new: str, count: int = -1) -> int:
    hits = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        hits = min(hits, count)
    return len(text) + hits * (len(new) - len(old))


def _guard_replace(text: Any, old: Any, new: Any, count: int = -1) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str) \
            and _replace_size(text, old, new, count) > MAX_STRING:
        raise _refuse(f"replace() would build more than {MAX_STRING:,} characters")


def _guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a built-in filter: arguments and result stay small."""
    passes = getattr(func, "jinja_pass_arg", None)

    @wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        values = args[1:] if passes is not None else args
        for value in (*values, *kwargs.values()):
            _check_arg(value)
        if name == "replace" and len(values) >= 3:
            _guard_replace(str(values[0]), str(values[1]), str(values[2]),
                           *(values[3:4] or [kwargs.get("count", -1)]))
        if name == "join" and values:
            items = list(values[0]) if not isinstance(values[0], str) else values[0]
            _check_string(items)
            separator = values[1] if len(values) > 1 else kwargs.get("d", "")
            total = sum(len(str(item)) for item in items) \
                + len(str(separator)) * max(len(items) - 1, 0)
            if total > MAX_STRING:
                raise _refuse(f"join() would build more than {MAX_STRING:,} characters")
            args = (*args[: len(args) - len(values)], items, *values[1:])
        return _check_string(func(*args, **kwargs), f"the result of |{name}")

    return guarded


class _GuardedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` to a capped join (the sandbox has no hook for ``~``)."""

    def visit_Concat(self, node: nodes.Concat, frame: Any) -> None:
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class CaptionEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with the caption fences (see the module docstring)."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset(("+", "*", "**", "%", "//", "/", "-"))

    def __init__(self) -> None:
        super().__init__(
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,
            cache_size=0,
        )
        self.globals.clear()
        self.globals["range"] = _safe_range
        self.filters = {name: _guarded_filter(name, DEFAULT_FILTERS[name])
                        for name in _SAFE_BUILTIN_FILTERS}
        self.filters.update(INDONESIAN_FILTERS)

    # -- operators ----------------------------------------------------------
    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "**":
            raise _refuse("the ** operator is not allowed in caption templates")
        if operator_ == "%" and isinstance(left, str):
            raise _refuse("%-formatting is not allowed; join text with ~")
        if operator_ == "*":
            sized, times = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(sized, str | list | tuple) and isinstance(times, int) \
                    and len(sized) * max(times, 0) > MAX_STRING:
                raise _refuse(f"repeating text past {MAX_STRING:,} characters is not allowed")
        _check_number(left)
        _check_number(right)
        if operator_ == "+" and isinstance(left, str | list | tuple) \
                and isinstance(right, str | list | tuple) \
                and len(left) + len(right) > MAX_STRING:
            raise _refuse(f"a text longer than {MAX_STRING:,} characters is not allowed")
        result = super().call_binop(context, operator_, left, right)
        return _check_string(_check_number(result))

    def guarded_concat(self, parts: tuple[Any, ...]) -> str:
        strings = [str(part) for part in parts]
        if sum(map(len, strings)) > MAX_STRING:
            raise _refuse(f"a text longer than {MAX_STRING:,} characters is not allowed")
        return "".join(strings)

    # -- attributes and calls -------------------------------------------------
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        # Methods other than the allowlisted ones stay out of reach entirely.
        return not callable(value) or attr in _SAFE_METHODS

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if __obj is _safe_range:
            return _safe_range(*args)
        if isinstance(__obj, Undefined):
            return __obj()  # raises the undefined (or unsafe) name's own error
        name = getattr(__obj, "__name__", "")
        owner = getattr(__obj, "__self__", None)
        bound_method = owner is not None and name in _SAFE_METHODS
        if not bound_method or isinstance(owner, type):
            raise _refuse(f"calling {name or type(__obj).__name__!r} is not allowed in caption "
                          "templates")
        if isinstance(owner, LoopContext) and name not in ("cycle", "changed"):
            raise _refuse(f"calling loop.{name} is not allowed")
        for value in (*args, *kwargs.values()):
            _check_arg(value)
        if name == "replace" and isinstance(owner, str) and len(args) >= 2:
            _guard_replace(owner, *args[:3])
        result = super().call(__context, __obj, *args, **kwargs)
        return _check_string(result, f"the result of {name}()")


@cache
def caption_environment() -> CaptionEnvironment:
    return CaptionEnvironment()


# -- checking sources ---------------------------------------------------------

def check_source(source: str) -> nodes.Template:
    """Parse a section's source and refuse what captions may not use.

    Raises ``TemplateSyntaxError`` (with a line number) for bad syntax or a
    refused construct.
    """
    if len(source) > MAX_SECTION_SOURCE:
        raise TemplateSyntaxError(
            f"the text is {len(source):,} characters; a section may have at most "
            f"{MAX_SECTION_SOURCE:,}", 1)
    env = caption_environment()
    tree = env.parse(source)
    for node in tree.find_all(nodes.Stmt):
        if isinstance(node, nodes.For) and node.recursive:
            raise TemplateSyntaxError("recursive loops are not allowed in caption templates",
                                      node.lineno)
        if not isinstance(node, _ALLOWED_STATEMENTS):
            label = _REFUSED_NAMES.get(type(node), type(node).__name__)
            raise TemplateSyntaxError(f"{label} is not allowed in caption templates",
                                      node.lineno)
    for node in tree.find_all(nodes.Filter):
        if node.name not in env.filters:
            raise TemplateSyntaxError(f"there is no filter named {node.name!r}", node.lineno)
    return tree


def referenced_names(tree: nodes.Template) -> set[str]:
    """Names a section reads from its context (fields and built-in values)."""
    from jinja2 import meta

    return set(meta.find_undeclared_variables(tree))


@lru_cache(maxsize=512)
def names_in_source(source: str) -> frozenset[str]:
    """:func:`referenced_names` of a source (cached; the source must be valid)."""
    return frozenset(referenced_names(check_source(source)))


# -- rendering ------------------------------------------------------------------

@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Stop Python code in this thread that runs past ``seconds`` with :class:`RenderTimeout`.

    Installs a trace function (``sys.settrace``) that checks the clock on every
    call and line; the previous trace function (a debugger, coverage) is put
    back afterwards.
    """
    limit = time.monotonic() + seconds
    previous = sys.gettrace()
    clock = time.monotonic

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if clock() > limit:
            raise RenderTimeout
        return tracer

    sys.settrace(tracer)
    try:
        yield
    finally:
        sys.settrace(previous)


@cache
def warm_up() -> None:
    """Load Babel's Indonesian data once, outside any deadline (the first load is slow)."""
    from studio.caption.indonesian import long_date, rupiah, short_date

    long_date("2000-01-01")
    short_date("2000-01-01")
    rupiah(0)


@lru_cache(maxsize=512)
def _compiled(source: str) -> Any:
    check_source(source)
    return caption_environment().from_string(source)


def compile_section(source: str) -> Any:
    """The compiled Jinja template for a section (cached by source)."""
    return _compiled(source)


def render_source(source: str, context: Mapping[str, Any]) -> str:
    """Render one section. The caller holds the :func:`deadline`.

    Output streams from the template and is cut off (refused) as soon as it
    passes :data:`MAX_OUTPUT`, so a loop cannot fill memory first.
    """
    template = compile_section(source)
    chunks: list[str] = []
    size = 0
    for chunk in template.generate(dict(context)):
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise _refuse(f"the section writes more than {MAX_OUTPUT:,} characters")
        chunks.append(chunk)
    return "".join(chunks)


__all__ = [
    "MAX_FIELD_CHARS",
    "MAX_OUTPUT",
    "MAX_SECTION_SOURCE",
    "RENDER_TIME_LIMIT",
    "CaptionEnvironment",
    "JinjaTemplateError",
    "RenderTimeout",
    "SecurityError",
    "TemplateSyntaxError",
    "UndefinedError",
    "caption_environment",
    "check_source",
    "compile_section",
    "deadline",
    "names_in_source",
    "referenced_names",
    "render_source",
    "warm_up",
]
