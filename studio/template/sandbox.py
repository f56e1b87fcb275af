"""The sandbox template expressions run in: Jinja2, locked down, capped and on a clock.

Text layers of visual templates (``{{ judul | upper }}``) and caption templates
come from anyone (a designer's package, a colleague's file), so both render
here: Jinja2's ``ImmutableSandboxedEnvironment`` with ``StrictUndefined`` and
more fences on top. The sandbox lives below ``render/`` and ``caption/`` (which
use it) so that the template loader can check an expression without reaching
upward; the Indonesian filters are bound by the layers above
(:data:`EXPRESSION_FILTERS` is their vocabulary, for checking names at load).

The fences:

* a small language: ``if``, ``for`` (not recursive), ``set`` and ``with``;
  no macros, blocks, includes or imports, so all output streams out and is
  counted as it comes;
* an allowlist of filters, globals (only a capped ``range``) and methods;
  ``str.format`` and ``%`` formatting are refused outright (format specs can
  ask for gigabytes, attribute walks hide in them);
* **every value an expression builds is capped by its size** — characters
  plus items, nested values counted, so ``[[1] * 20000] * 20000`` counts 400
  million, not 20,000 — *before* a single C-level operation could build or
  print it: repetition and ``+`` are checked from their operands, filters and
  method calls from their arguments and results, list/tuple/dict literals, ``~``
  and every ``{{ … }}`` before it is turned into text. ``**`` is refused and
  integers stay small;
* nesting is bounded where the source is read (brackets, and the depth of the
  parsed expression), so a 200-deep expression is refused, not a RecursionError;
* the render runs under a deadline *and* a step budget enforced with
  ``sys.settrace``: Jinja compiles to Python, so every line of a runaway loop
  counts and checks the clock. The step budget makes the bound independent of
  the machine's speed.

What the fences cannot see is a single slow C call; the caps keep every such
call small. A refused expression raises Jinja's ``SecurityError`` (at render),
``TemplateSyntaxError`` (at load) or :class:`RenderTimeout`, and leaves nothing
behind, so the next render works as usual.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Collection, Iterator, Mapping
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

from studio.errors import TemplateError

# -- limits -------------------------------------------------------------------------------
# Generous for a caption or a title (the longest platform allows 63,206
# characters, no officer writes that much), tight for an attack.
MAX_FIELD_CHARS = 2_000          # one field value
MAX_SECTION_SOURCE = 10_000      # one section's (or text layer's) source
MAX_VALUE_SIZE = 20_000          # characters + items, nested counted, of any value built
MAX_STRING = MAX_VALUE_SIZE      # (the name earlier versions used)
MAX_OUTPUT = 20_000              # one section's rendered text
MAX_RANGE = 1_000                # range() items
MAX_NUMBER_BITS = 256            # integers past ~10^77 are not caption material
MAX_NESTING = 20                 # brackets and parentheses inside each other
MAX_DEPTH = 60                   # depth of the parsed template (statements and expressions)
# Python lines one render may run (the sandbox's own, Jinja's and the filters'):
# an ordinary caption runs a few thousand; a runaway loop is stopped here even
# on a machine fast enough to outrun the deadline.
MAX_STEPS = 2_000_000

# The Indonesian filters the layers above bind (studio.caption.indonesian), by
# name: what a text expression may call, checked when a template loads.
EXPRESSION_FILTERS = (
    "tanggal_panjang", "tanggal_pendek", "tanggal_berita", "hari", "rentang_tanggal", "jam",
    "rupiah", "tagar", "mention", "judul_kapital", "tempat_singkat", "kalimat_pertama",
    "tanpa_kalimat_pertama", "tanpa_ulangan", "diawali_judul", "menyebut_judul",
    "menyebut_tempat", "menyebut_tanggal", "jadi_lead",
)

# Statements an expression needs; everything else is refused when the file loads.
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

_SAFE_BUILTIN_FILTERS = (
    "abs", "capitalize", "count", "d", "default", "first", "float", "int", "join", "last",
    "length", "list", "lower", "max", "min", "replace", "reverse", "round", "select", "reject",
    "sort", "string", "sum", "title", "trim", "truncate", "unique", "upper", "wordcount", "map",
)

# Methods a template may call on values (strings and the loop helper).
_SAFE_METHODS = frozenset((
    "upper", "lower", "title", "capitalize", "casefold", "swapcase", "strip", "lstrip",
    "rstrip", "split", "rsplit", "splitlines", "startswith", "endswith", "count", "find",
    "rfind", "index", "rindex", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
    "islower", "istitle", "removeprefix", "removesuffix", "partition", "rpartition",
    "replace", "get", "keys", "values", "items", "cycle", "changed",
))

_OPENING = frozenset(("lparen", "lbracket", "lbrace"))
_CLOSING = frozenset(("rparen", "rbracket", "rbrace"))


class RenderTimeout(BaseException):
    """Raised inside a render that ran past its deadline or its step budget.

    A ``BaseException`` so that no ``except Exception`` along the way (in
    Jinja or a filter) can swallow it and let the loop run on.
    """


def _refuse(message: str) -> SecurityError:
    return SecurityError(message)


# -- sizes --------------------------------------------------------------------------------

def value_size(value: Any, limit: int = MAX_VALUE_SIZE) -> int:
    """The size of ``value``: characters of text plus items, nested values counted.

    A list holding the same list 20,000 times counts it 20,000 times (printing
    it would). The walk stops as soon as the count passes ``limit``, so sizing
    a huge value costs at most ``limit`` steps.
    """
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, list | tuple | set | frozenset):
            total += len(item)
            if total > limit:
                return total
            stack.extend(item)
        elif isinstance(item, dict):
            total += len(item)
            if total > limit:
                return total
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, range):
            total += len(item)
        else:
            total += 1
        if total > limit:
            return total
    return total


def _check_value(value: Any, what: str = "a value") -> Any:
    if isinstance(value, str):
        if len(value) > MAX_VALUE_SIZE:
            raise _refuse(f"{what} longer than {MAX_VALUE_SIZE:,} characters is not allowed")
    elif isinstance(value, list | tuple | set | frozenset | dict | range) \
            and value_size(value) > MAX_VALUE_SIZE:
        raise _refuse(f"{what} larger than {MAX_VALUE_SIZE:,} characters and items "
                      "is not allowed")
    return _check_number(value)


def _check_number(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) \
            and value.bit_length() > MAX_NUMBER_BITS:
        raise _refuse("numbers this large are not allowed")
    return value


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
            and _replace_size(text, old, new, count) > MAX_VALUE_SIZE:
        raise _refuse(f"replace() would build more than {MAX_VALUE_SIZE:,} characters")


def _guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter: arguments are checked before it runs, the result after."""
    passes = getattr(func, "jinja_pass_arg", None)

    @wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        values = args[1:] if passes is not None else args
        for value in (*values, *kwargs.values()):
            _check_value(value, "an argument")
        if name == "replace" and len(values) >= 3:
            _guard_replace(str(values[0]), str(values[1]), str(values[2]),
                           *(values[3:4] or [kwargs.get("count", -1)]))
        if name == "join" and values:
            items = list(values[0]) if not isinstance(values[0], str) else values[0]
            _check_value(items)
            separator = values[1] if len(values) > 1 else kwargs.get("d", "")
            total = value_size(items) + len(str(separator)) * max(len(items) - 1, 0)
            if total > MAX_VALUE_SIZE:
                raise _refuse(f"join() would build more than {MAX_VALUE_SIZE:,} characters")
            args = (*args[: len(args) - len(values)], items, *values[1:])
        return _check_value(func(*args, **kwargs), f"the result of |{name}")

    return guarded


class _GuardedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` and literals to capped builds (the sandbox has no hook for them)."""

    def visit_Concat(self, node: nodes.Concat, frame: Any) -> None:
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")

    def visit_List(self, node: nodes.List, frame: Any) -> None:
        self.write("environment.guarded_literal(")
        super().visit_List(node, frame)
        self.write(")")

    def visit_Dict(self, node: nodes.Dict, frame: Any) -> None:
        self.write("environment.guarded_literal(")
        super().visit_Dict(node, frame)
        self.write(")")

    def visit_Tuple(self, node: nodes.Tuple, frame: Any) -> None:
        if node.ctx != "load":  # an assignment target: ``{% for a, b in … %}``
            super().visit_Tuple(node, frame)
            return
        self.write("environment.guarded_literal(")
        super().visit_Tuple(node, frame)
        self.write(")")


class SandboxEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with the fences (see the module docstring).

    ``filters`` are the domain filters bound by the caller (the Indonesian
    ones); they run guarded like the built-in ones.
    """

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset(("+", "*", "**", "%", "//", "/", "-"))

    def __init__(self, filters: Mapping[str, Callable[..., Any]] | None = None) -> None:
        super().__init__(
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,
            cache_size=0,
            finalize=self._finalize,
        )
        self.globals.clear()
        self.globals["range"] = _safe_range
        self.filters = {name: _guarded_filter(name, DEFAULT_FILTERS[name])
                        for name in _SAFE_BUILTIN_FILTERS}
        for name, func in (filters or {}).items():
            self.filters[name] = _guarded_filter(name, func)

    @staticmethod
    def _finalize(value: Any) -> Any:
        # Every ``{{ … }}`` is sized before it is turned into text.
        return _check_value(value, "a printed value")

    # -- operators ----------------------------------------------------------
    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "**":
            raise _refuse("the ** operator is not allowed in templates")
        if operator_ == "%" and isinstance(left, str):
            raise _refuse("%-formatting is not allowed; join text with ~")
        _check_number(left)
        _check_number(right)
        if operator_ == "*":
            sized, times = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(sized, str | list | tuple) and isinstance(times, int) \
                    and not isinstance(times, bool) \
                    and value_size(sized) * max(times, 0) > MAX_VALUE_SIZE:
                raise _refuse(f"repeating a value past {MAX_VALUE_SIZE:,} characters and "
                              "items is not allowed")
        if operator_ == "+" and isinstance(left, str | list | tuple) \
                and isinstance(right, str | list | tuple) \
                and value_size(left) + value_size(right) > MAX_VALUE_SIZE:
            raise _refuse(f"a value larger than {MAX_VALUE_SIZE:,} characters and items is "
                          "not allowed")
        result = super().call_binop(context, operator_, left, right)
        return _check_value(result)

    def guarded_concat(self, parts: tuple[Any, ...]) -> str:
        for part in parts:
            _check_value(part)
        strings = [str(part) for part in parts]
        if sum(map(len, strings)) > MAX_VALUE_SIZE:
            raise _refuse(f"a text longer than {MAX_VALUE_SIZE:,} characters is not allowed")
        return "".join(strings)

    def guarded_literal(self, value: Any) -> Any:
        return _check_value(value, "a list")

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
            raise _refuse(f"calling {name or type(__obj).__name__!r} is not allowed in "
                          "templates")
        if isinstance(owner, LoopContext) and name not in ("cycle", "changed"):
            raise _refuse(f"calling loop.{name} is not allowed")
        for value in (*args, *kwargs.values()):
            _check_value(value, "an argument")
        if name == "replace" and isinstance(owner, str) and len(args) >= 2:
            _guard_replace(owner, *args[:3])
        result = super().call(__context, __obj, *args, **kwargs)
        return _check_value(result, f"the result of {name}()")


# -- checking sources ---------------------------------------------------------

def check_source(env: SandboxEnvironment, source: str,
                 known_filters: Collection[str] | None = None) -> nodes.Template:
    """Parse ``source`` and refuse what templates may not use.

    ``known_filters`` defaults to ``env.filters``. Raises
    ``TemplateSyntaxError`` (with a line number) for bad syntax, a refused
    construct, an unknown filter or nesting past the limits.
    """
    if len(source) > MAX_SECTION_SOURCE:
        raise TemplateSyntaxError(
            f"the text is {len(source):,} characters; at most {MAX_SECTION_SOURCE:,} are "
            "allowed", 1)
    _check_nesting(env, source)
    try:
        tree = env.parse(source)
    except RecursionError:
        raise TemplateSyntaxError(_too_deep(), 1) from None
    if _depth(tree) > MAX_DEPTH:
        raise TemplateSyntaxError(_too_deep(), 1)
    for node in tree.find_all(nodes.Stmt):
        if isinstance(node, nodes.For) and node.recursive:
            raise TemplateSyntaxError("recursive loops are not allowed in templates",
                                      node.lineno)
        if not isinstance(node, _ALLOWED_STATEMENTS):
            label = _REFUSED_NAMES.get(type(node), type(node).__name__)
            raise TemplateSyntaxError(f"{label} is not allowed in templates", node.lineno)
    names = env.filters if known_filters is None else known_filters
    for used in tree.find_all(nodes.Filter):
        if used.name not in names:
            raise TemplateSyntaxError(f"there is no filter named {used.name!r}", used.lineno)
    return tree


def _too_deep() -> str:
    return (f"the expression is nested too deeply (at most {MAX_NESTING} brackets inside "
            f"each other and {MAX_DEPTH} levels in all); simplify it")


def _check_nesting(env: SandboxEnvironment, source: str) -> None:
    """Refuse brackets nested past :data:`MAX_NESTING` (read from the tokens, no recursion)."""
    depth = 0
    for lineno, token, _value in env.lex(source):
        if token in _OPENING:
            depth += 1
            if depth > MAX_NESTING:
                raise TemplateSyntaxError(_too_deep(), lineno)
        elif token in _CLOSING:
            depth -= 1


def _depth(tree: nodes.Node) -> int:
    """The depth of a parsed template, walked without recursion."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            return depth
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return deepest


def referenced_names(tree: nodes.Template) -> set[str]:
    """Names a source reads from its context (fields and built-in values)."""
    from jinja2 import meta

    return set(meta.find_undeclared_variables(tree))


# -- rendering ------------------------------------------------------------------

@contextmanager
def deadline(seconds: float, *, steps: int | None = None) -> Iterator[None]:
    """Stop Python code in this thread that runs past ``seconds`` or ``steps`` lines.

    Raises :class:`RenderTimeout`. Installs a trace function (``sys.settrace``)
    that counts every call and line and checks the clock; the previous trace
    function (a debugger, coverage) is put back afterwards. ``steps`` defaults
    to :data:`MAX_STEPS` (read when the deadline starts, so tests can lower it).
    """
    limit = time.monotonic() + seconds
    budget = [MAX_STEPS if steps is None else steps]
    active = [True]
    previous = sys.gettrace()
    clock = time.monotonic

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if not active[0]:
            # Defensive: a frame that kept this function as its local tracer
            # after the render ended is never stopped by it.
            return None
        budget[0] -= 1
        if budget[0] < 0 or clock() > limit:
            raise RenderTimeout
        return tracer

    sys.settrace(tracer)
    try:
        yield
    finally:
        active[0] = False
        sys.settrace(previous)


def render_source(env: SandboxEnvironment, source: str, context: Mapping[str, Any]) -> str:
    """Render ``source`` (checked and compiled, cached). The caller holds the :func:`deadline`.

    Output streams from the template and is cut off (refused) as soon as it
    passes :data:`MAX_OUTPUT`, so a loop cannot fill memory first.
    """
    template = _compiled(env, source)
    chunks: list[str] = []
    size = 0
    for chunk in template.generate(dict(context)):
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise _refuse(f"the text writes more than {MAX_OUTPUT:,} characters")
        chunks.append(chunk)
    return "".join(chunks)


def compile_source(env: SandboxEnvironment, source: str) -> Any:
    """Check and compile ``source`` (cached): do it before the deadline starts."""
    return _compiled(env, source)


@lru_cache(maxsize=512)
def _compiled(env: SandboxEnvironment, source: str) -> Any:
    check_source(env, source)
    try:
        return env.from_string(source)
    except RecursionError:
        raise TemplateSyntaxError(_too_deep(), 1) from None


# -- text layers of visual templates -----------------------------------------------------

@cache
def _checking_environment() -> SandboxEnvironment:
    """An environment for *checking* text expressions (the filters are bound above)."""
    return SandboxEnvironment()


def check_expression(source: str, *, layer_id: str = "?") -> None:
    """Refuse a text-layer expression that does not parse or uses what templates may not."""
    try:
        check_source(_checking_environment(), source,
                     (*_checking_environment().filters, *EXPRESSION_FILTERS))
    except JinjaTemplateError as exc:
        raise TemplateError(f"layer {layer_id!r}, text: {exc.message or exc}",
                            hint="fix the text expression", code="template.bad_expression",
                            layer=layer_id) from None


@lru_cache(maxsize=512)
def _names(source: str) -> frozenset[str]:
    env = _checking_environment()
    return frozenset(referenced_names(check_source(env, source,
                                                   (*env.filters, *EXPRESSION_FILTERS))))


def referenced_fields(source: str) -> set[str]:
    """Names a text expression reads (for locks, validation and the editor)."""
    try:
        return set(_names(source))
    except JinjaTemplateError:
        return set()


__all__ = [
    "EXPRESSION_FILTERS",
    "MAX_DEPTH",
    "MAX_FIELD_CHARS",
    "MAX_NESTING",
    "MAX_OUTPUT",
    "MAX_RANGE",
    "MAX_SECTION_SOURCE",
    "MAX_STEPS",
    "MAX_VALUE_SIZE",
    "JinjaTemplateError",
    "RenderTimeout",
    "SandboxEnvironment",
    "SecurityError",
    "TemplateSyntaxError",
    "UndefinedError",
    "check_expression",
    "check_source",
    "compile_source",
    "deadline",
    "referenced_fields",
    "referenced_names",
    "render_source",
    "value_size",
]
