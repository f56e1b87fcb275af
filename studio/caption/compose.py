"""Rendering a caption for one platform: fields in, a checked caption out.

:func:`render_caption` prepares the field values (capped, validated, with
the template's defaults), builds the hashtag line (shown as the officer's
``tagar``, the brand's official tags, the template's own; when the platform
or variant allows only N, the official ones are kept first, then the
officer's, then the template's), renders the variant's sections in the
sandbox under one deadline, and fits the result to the platform's length
limit the way an editor would (:mod:`studio.caption.shorten`). The
:class:`CaptionResult` carries the text, its count as the platform counts
it, the limit and every warning.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from studio.caption import engine
from studio.caption.counting import find_hashtags
from studio.caption.hashtags import HashtagPlan, normalise_mentions, plan_hashtags
from studio.caption.indonesian import clock_time, parse_date, parse_zone
from studio.caption.model import CaptionTemplate, CaptionVariant
from studio.caption.result import CaptionResult, CaptionWarning
from studio.caption.shorten import fit_caption, join_sections
from studio.errors import CaptionError
from studio.platforms import Platform

DATE_FIELDS = ("tanggal", "tanggal_selesai")
TIME_FIELDS = ("waktu",)
ZONE_FIELDS = ("zona",)

# How warnings name a network.
NETWORK_NAMES = {
    "instagram": "Instagram", "facebook": "Facebook", "x": "X", "tiktok": "TikTok",
    "threads": "Threads", "whatsapp": "WhatsApp", "youtube": "YouTube", "linkedin": "LinkedIn",
}

_SPACES = re.compile(r"[ \t]{2,}")
_BLANK_LINES = re.compile(r"\n{3,}")


def network_name(platform: Platform) -> str:
    return NETWORK_NAMES.get(platform.network, platform.network.capitalize())


# -- fields ---------------------------------------------------------------------

def _clean_value(raw: Any) -> str:
    if raw is None:
        return ""
    value = raw if isinstance(raw, str) else str(raw)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", value).strip()


def prepare_fields(template: CaptionTemplate, fields: Mapping[str, Any]) -> dict[str, str]:
    """The template's fields as clean strings, defaults applied, types checked.

    Keys the template does not read are ignored (one event form serves many
    templates). Raises :class:`CaptionError` naming the field and the file.
    """
    defaults = template.default_values
    values: dict[str, str] = {}
    for key in template.fields:
        value = _clean_value(fields.get(key))
        if len(value) > engine.MAX_FIELD_CHARS:
            raise CaptionError(
                f"the field '{key}' is {len(value):,} characters; the limit is "
                f"{engine.MAX_FIELD_CHARS:,}",
                path=template.path, hint="shorten the text", code="caption.field_too_long",
                field=key, template=template.id, limit=engine.MAX_FIELD_CHARS)
        values[key] = value or defaults.get(key, "")
    for key in template.required:
        if not values[key]:
            raise CaptionError(
                f"the caption template '{template.id}' needs the field '{key}'",
                path=template.path, hint=f"fill in '{key}'", code="caption.missing_field",
                field=key, template=template.id)
    _check_types(template, values)
    return values


def _check_types(template: CaptionTemplate, values: Mapping[str, str]) -> None:
    def bad(key: str, exc: Exception, hint: str) -> CaptionError:
        return CaptionError(f"field '{key}': {exc}", path=template.path, hint=hint,
                            code="caption.bad_value", field=key, template=template.id)

    checks = ((DATE_FIELDS, parse_date, "e.g. 2026-11-30"),
              (ZONE_FIELDS, parse_zone, "Cimahi is in WIB"),
              (TIME_FIELDS, clock_time, "e.g. 09:00, or 09:00-12:00 for a span"))
    for keys, parse, hint in checks:
        for key in keys:
            if values.get(key):
                try:
                    parse(values[key])
                except ValueError as exc:
                    raise bad(key, exc, hint) from None
    start, end = values.get("tanggal"), values.get("tanggal_selesai")
    if start and end and parse_date(end) < parse_date(start):  # type: ignore[operator]
        raise CaptionError("the end date is before the start date", path=template.path,
                           hint="check 'tanggal_selesai'", code="caption.bad_value",
                           field="tanggal_selesai", template=template.id)


# -- rendering ------------------------------------------------------------------

def clean_text(text: str) -> str:
    """Tidy a rendered section: no trailing spaces, double spaces or runs of blank lines."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _render_sections(template: CaptionTemplate, variant: CaptionVariant, names: Sequence[str],
                     context: Mapping[str, Any]) -> list[tuple[str, str]]:
    rendered = []
    for name in names:
        def fail(message: str, code: str, hint: str = "", section: str = name) -> CaptionError:
            where = f"variant '{variant.key}', section '{section}'"
            return CaptionError(f"{where}: {message}", path=template.path, hint=hint,
                                code=code, template=template.id, variant=variant.key,
                                section=section)

        try:
            text = engine.render_source(template.section_source(name), context)
        except engine.SecurityError as exc:
            raise fail(f"not allowed: {exc}", "caption.unsafe",
                       "caption templates cannot reach Python internals") from None
        except engine.UndefinedError as exc:
            raise fail(str(exc.message), "caption.undefined",
                       "use only the template's fields") from None
        except engine.TemplateSyntaxError as exc:
            raise fail(f"line {exc.lineno}: {exc.message}", "caption.invalid",
                       "fix the caption template") from None
        except (engine.JinjaTemplateError, ValueError, TypeError, ArithmeticError, LookupError,
                RecursionError, MemoryError) as exc:
            raise fail(str(exc) or type(exc).__name__, "caption.render",
                       "check the field values and the template") from None
        rendered.append((name, unicodedata.normalize("NFC", clean_text(text))))
    return rendered


def _render_timed(template: CaptionTemplate, variant: CaptionVariant, names: Sequence[str],
                  context: Mapping[str, Any]) -> list[tuple[str, str]]:
    limit = engine.RENDER_TIME_LIMIT
    # Compiling (bounded by the source caps) and loading locale data are the
    # app's own work: done before the clock starts so a slow PC is not punished.
    engine.warm_up()
    for name in names:
        try:
            engine.compile_section(template.section_source(name))
        except engine.TemplateSyntaxError as exc:
            raise CaptionError(
                f"variant '{variant.key}', section '{name}', line {exc.lineno}: {exc.message}",
                path=template.path, hint="fix the caption template", code="caption.invalid",
                template=template.id, variant=variant.key, section=name) from None
    try:
        with engine.deadline(limit):
            return _render_sections(template, variant, names, context)
    except engine.RenderTimeout:
        raise CaptionError(
            f"variant '{variant.key}' took longer than {limit:g} s to render and was stopped",
            path=template.path, hint="remove long or nested loops from the template",
            code="caption.timeout", template=template.id, variant=variant.key) from None


class _SectionRenderer:
    """Renders a variant's sections for a given hashtag line, each text once.

    Shortening asks for the same sections many times and with fewer hashtags;
    only the sections that show ``semua_tagar`` depend on the tags. The first
    call renders every section the variant may show under one deadline.
    """

    def __init__(self, template: CaptionTemplate, variant: CaptionVariant,
                 context: Mapping[str, Any]) -> None:
        self._template = template
        self._variant = variant
        self._context = dict(context)
        self._cache: dict[tuple[str, str | None], str] = {}
        self.uses_tags = {
            name: "semua_tagar" in engine.names_in_source(template.section_source(name))
            for name in variant.all_sections}

    def _key(self, name: str, line: str) -> tuple[str, str | None]:
        return (name, line if self.uses_tags.get(name, True) else None)

    def __call__(self, names: Sequence[str], tags: Sequence[str]) -> list[tuple[str, str]]:
        line = " ".join(tags)
        missing = [n for n in names if self._key(n, line) not in self._cache]
        if missing:
            if not self._cache:
                missing = list(dict.fromkeys([*missing, *self._variant.all_sections]))
            context = {**self._context, "semua_tagar": line}
            for name, text in _render_timed(self._template, self._variant, missing, context):
                self._cache[self._key(name, line)] = text
        return [(n, self._cache[self._key(n, line)]) for n in names]


def _cap(*caps: int | None) -> int | None:
    present = [c for c in caps if c is not None]
    return min(present) if present else None


def render_caption(template: CaptionTemplate, fields: Mapping[str, str], platform: Platform,
                   *, fixed_hashtags: Sequence[str] = (), mentions: Sequence[str] = (),
                   photo_credit: str = "") -> CaptionResult:
    """The caption for ``platform``, within its limits, with its count and warnings.

    ``fixed_hashtags`` are the brand kit's official tags (never left out while
    an officer's own tag stays), ``mentions`` the brand's accounts and
    ``photo_credit`` who took the photos ("Diskominfo Kota Cimahi"), shown as
    a "Foto: …" line by the templates that credit photos; empty shows none.
    """
    values = prepare_fields(template, fields)
    limits = platform.caption
    variant = template.variant_for(limits.key)
    network = network_name(platform)

    plan = plan_hashtags(values.get("tagar", ""), fixed_hashtags, template.hashtags)
    cap = _cap(limits.max_hashtags, variant.max_hashtags)
    context: dict[str, Any] = {
        **values,
        "platform": limits.key,
        "tagar_tetap": plan.official,
        "semua_mention": " ".join(normalise_mentions(tuple(mentions))),
        "kredit_foto": _clean_value(photo_credit),
        "semua_tagar": "",
    }
    render = _SectionRenderer(template, variant, context)
    shows_tags = any(render.uses_tags[name] for name in variant.all_sections)
    tags = plan.keep(cap)
    if cap is not None and tags:
        # Tags the template writes itself count toward the cap as well.
        written = len(find_hashtags(join_sections(render(variant.sections, ()))))
        if written:
            tags = plan.keep(max(0, cap - written))

    warnings: list[CaptionWarning] = []
    if shows_tags:
        warnings.extend(_cap_warnings(plan, tags, cap, limits.max_hashtags, network))

    def describe(name: str) -> tuple[str, ...]:
        # What a section prints and the officer filled in, named by field.
        shown = template.section_shows(name)
        return tuple(key for key in (*template.fields, "semua_mention", "kredit_foto")
                     if key in shown and context.get(key))

    fitted = fit_caption(render, variant, tags, plan.by_priority(tags), limits.max_chars,
                         limits.counting, describe, official=plan.official, values=values)
    warnings.extend(fitted.warnings)
    posted_tags = find_hashtags(fitted.text)
    platform_cap = limits.max_hashtags
    if platform_cap is not None and len(posted_tags) > platform_cap:
        warnings.append(CaptionWarning(
            f"{len(posted_tags)} hashtags in the text; {network} allows {platform_cap}",
            "too_many_hashtags", (len(posted_tags), network, platform_cap)))
    return CaptionResult(
        platform_id=platform.id,
        variant=variant.key,
        text=fitted.text,
        count=fitted.count,
        limit=limits.max_chars,
        hashtags=posted_tags,
        warnings=tuple(warnings),
        shortened=fitted.shortened,
    )


def _cap_warnings(plan: HashtagPlan, kept: Sequence[str], cap: int | None,
                  platform_cap: int | None, network: str) -> list[CaptionWarning]:
    """What a hashtag cap left out: the officer's own tags always, others when the
    platform's cap did it (a variant's own cap is the template's choice; 0: no tags here)."""
    if not cap:
        return []
    left_out = [t for t in plan.ordered if t not in kept]
    own = [t for t in left_out if t in plan.own]
    other = [t for t in left_out if t not in plan.own]
    warnings = []
    plural = "" if cap == 1 else "s"
    if own:
        official = " ".join(t for t in kept if t in plan.official)
        first = ", official ones first" if official else ""
        warnings.append(CaptionWarning(
            f"{network} keeps {cap} hashtag{plural} in this caption{first}: left out your own "
            f"{' '.join(own)}", "own_hashtags_left_out", (network, cap, " ".join(own), official)))
    if other and cap == platform_cap:
        warnings.append(CaptionWarning(
            f"{network} allows {cap} hashtag{plural}: left out {' '.join(other)}",
            "hashtags_left_out", (network, cap, " ".join(other))))
    return warnings


def render_captions(template: CaptionTemplate, fields: Mapping[str, str],
                    platforms: Iterable[Platform], **kw: Any) -> list[CaptionResult]:
    """One :func:`render_caption` per platform, in order."""
    return [render_caption(template, fields, platform, **kw) for platform in platforms]
