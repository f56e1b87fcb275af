"""Rendering a caption for one platform: fields in, a checked caption out.

:func:`render_caption` prepares the field values (capped, validated, with
the template's defaults), builds the hashtag line (the officer's ``tagar``
first, then the brand's fixed ones, then the template's own; the first N are
kept when the platform or variant allows only N), renders the
variant's sections in the sandbox under one deadline, and fits the result to
the platform's length limit. The :class:`CaptionResult` carries the text,
its count as the platform counts it, the limit and every warning.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from studio.caption import engine
from studio.caption.counting import find_hashtags
from studio.caption.hashtags import normalise_hashtags, normalise_mentions
from studio.caption.indonesian import clock_time, parse_date, parse_zone
from studio.caption.model import CaptionTemplate, CaptionVariant
from studio.caption.result import CaptionResult, CaptionWarning
from studio.caption.shorten import fit_sections
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


def _render_sections(template: CaptionTemplate, variant: CaptionVariant,
                     context: Mapping[str, Any]) -> list[tuple[str, str]]:
    rendered = []
    for name in variant.sections:
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


def _render_timed(template: CaptionTemplate, variant: CaptionVariant,
                  context: Mapping[str, Any]) -> list[tuple[str, str]]:
    limit = engine.RENDER_TIME_LIMIT
    # Compiling (bounded by the source caps) and loading locale data are the
    # app's own work: done before the clock starts so a slow PC is not punished.
    engine.warm_up()
    for name in variant.sections:
        try:
            engine.compile_section(template.section_source(name))
        except engine.TemplateSyntaxError as exc:
            raise CaptionError(
                f"variant '{variant.key}', section '{name}', line {exc.lineno}: {exc.message}",
                path=template.path, hint="fix the caption template", code="caption.invalid",
                template=template.id, variant=variant.key, section=name) from None
    try:
        with engine.deadline(limit):
            return _render_sections(template, variant, context)
    except engine.RenderTimeout:
        raise CaptionError(
            f"variant '{variant.key}' took longer than {limit:g} s to render and was stopped",
            path=template.path, hint="remove long or nested loops from the template",
            code="caption.timeout", template=template.id, variant=variant.key) from None


def _cap(*caps: int | None) -> int | None:
    present = [c for c in caps if c is not None]
    return min(present) if present else None


def render_caption(template: CaptionTemplate, fields: Mapping[str, str], platform: Platform,
                   *, fixed_hashtags: Sequence[str] = (), mentions: Sequence[str] = ()
                   ) -> CaptionResult:
    """The caption for ``platform``, within its limits, with its count and warnings."""
    values = prepare_fields(template, fields)
    limits = platform.caption
    variant = template.variant_for(limits.key)
    network = network_name(platform)

    typed = normalise_hashtags(values.get("tagar", ""))
    # Order decides what stays under a cap: the officer's tags are about this
    # post, the brand's name the city everywhere, the template's are generic.
    all_tags = normalise_hashtags(typed, tuple(fixed_hashtags), template.hashtags)
    cap = _cap(limits.max_hashtags, variant.max_hashtags)
    tags = all_tags if cap is None else all_tags[:cap]
    context: dict[str, Any] = {
        **values,
        "platform": limits.key,
        "tagar_tetap": tuple(fixed_hashtags),
        "semua_mention": " ".join(normalise_mentions(tuple(mentions))),
        "semua_tagar": " ".join(tags),
    }
    rendered = _render_timed(template, variant, context)
    if cap is not None and tags:
        # Tags the template writes itself count toward the cap as well.
        excess = len(find_hashtags("\n".join(t for _, t in rendered))) - cap
        if excess > 0:
            tags = tags[: max(0, len(tags) - excess)]
            rendered = _render_timed(template, variant, {**context,
                                                         "semua_tagar": " ".join(tags)})

    warnings: list[str] = []
    shows_tags = any("semua_tagar" in engine.names_in_source(template.section_source(name))
                     for name in variant.sections)
    left_out = [t for t in all_tags if t not in tags] if shows_tags else []
    platform_cap = limits.max_hashtags
    if left_out and cap == platform_cap:
        dropped = " ".join(left_out)
        warnings.append(CaptionWarning(
            f"{network} allows {platform_cap} hashtag{'' if platform_cap == 1 else 's'}: "
            f"left out {dropped}", "hashtags_dropped", (network, platform_cap, dropped)))
    elif left_out and cap:
        # The variant's own cap is the template's choice (0: this platform gets
        # none); only the officer's own tags are worth a warning.
        typed_out = " ".join(t for t in left_out if t in typed)
        if typed_out:
            warnings.append(CaptionWarning(
                f"this caption keeps {cap} hashtag{'' if cap == 1 else 's'} on {network}: "
                f"left out {typed_out}", "hashtags_kept", (cap, network, typed_out)))

    fitted = fit_sections(rendered, variant, limits.max_chars, limits.counting)
    warnings.extend(fitted.warnings)
    posted_tags = find_hashtags(fitted.text)
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


def render_captions(template: CaptionTemplate, fields: Mapping[str, str],
                    platforms: Iterable[Platform], **kw: Any) -> list[CaptionResult]:
    """One :func:`render_caption` per platform, in order."""
    return [render_caption(template, fields, platform, **kw) for platform in platforms]
