"""Carousel posts: the rules of one post made of many photos, and the page producer.

A template that declares ``[carousel]`` pages (see ``docs/template-format.md``)
makes, from an event's photos, one post per feed platform: a cover (the first
photo with the title, date, place and brand), one slide per photo with light
branding (logo and "2/8"), and an optional closing page (the accounts to
follow, from the brand kit's mentions). Every page is a planned item of the
export engine of kind ``carousel`` (planned in :mod:`studio.batch.carousel`),
so journal and resume, progress, cancel and the manifest work as for photos.

This module holds what is decided without the engine: which platforms take
carousels, how many pages one carousel may have and how more photos are split
(evenly, into ``carousel-1``, ``carousel-2``... folders), the file names
(``01-sampul.jpg``, ``02-<photo>.jpg``... ``09-penutup.jpg``), and
:func:`produce_page`, which renders one page for every platform through the
photo pipeline with the page's own template (:meth:`Template.carousel_page`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from pathlib import Path

from studio.brand import BrandKit
from studio.errors import StudioError, as_studio_error
from studio.job import ExportSettings, InputJob, InputResult
from studio.naming import safe_name
from studio.progress import CancelToken, ProgressCallback
from studio.template.loader import LoadedTemplate
from studio.template.model import MAX_CAROUSEL_SLIDES

# Feed formats of the networks that take multi-photo posts (Instagram,
# Facebook, LinkedIn). Stories, reels, link images and covers are single
# images: in carousel mode they still get one post per photo.
CAROUSEL_PLATFORMS = (
    "instagram_portrait", "instagram_3x4", "instagram_square", "facebook_feed",
    "linkedin_portrait", "linkedin",
)

# The fields a page gets besides the event's: which page it is, its number and
# the carousel's page count ("2/8"), and the accounts to follow.
PAGE_FIELD = "halaman_jenis"
NUMBER_FIELD = "halaman"
TOTAL_FIELD = "halaman_total"
ACCOUNTS_FIELD = "akun"

# Names of the pages in file names (Indonesian, as the PIC reads them).
COVER_NAME = "sampul"
CLOSING_NAME = "penutup"
PART_FOLDER = "carousel-{n}"
# Longest photo name kept in a slide's file name (Windows paths stay short).
MAX_NAME_IN_FILE = 40


def is_carousel_platform(platform_id: str) -> bool:
    return platform_id in CAROUSEL_PLATFORMS


def split_platforms(platform_ids: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(carousel platforms, the others) of the event's choice, each in its order."""
    ids = tuple(platform_ids)
    return (tuple(p for p in ids if is_carousel_platform(p)),
            tuple(p for p in ids if not is_carousel_platform(p)))


def photos_per_carousel(closing: bool, max_pages: int = MAX_CAROUSEL_SLIDES) -> int:
    """Photo slides one carousel can hold: the limit less the cover and the closing page."""
    return max_pages - 1 - (1 if closing else 0)


def split_sizes(photos: int, closing: bool, max_pages: int = MAX_CAROUSEL_SLIDES) -> list[int]:
    """How many photos each carousel gets: as few carousels as the limit allows, even sizes.

    35 photos with a closing page (18 a carousel) make 18 + 17, not 18 + 17 by
    chance: sizes differ by at most one, the larger first.
    """
    if photos <= 0:
        return []
    per = photos_per_carousel(closing, max_pages)
    parts = math.ceil(photos / per)
    base, extra = divmod(photos, parts)
    return [base + (1 if n < extra else 0) for n in range(parts)]


def part_folder(part: int, parts: int) -> str:
    """The folder of one carousel inside the platform's folder ("" when there is only one)."""
    return PART_FOLDER.format(n=part) if parts > 1 else ""


def page_file_name(number: int, total: int, page: str, source: Path | None,
                   extension: str) -> str:
    """``01-sampul.jpg``, ``02-IMG_0001.jpg``..., ``09-penutup.jpg`` (Windows-valid).

    Numbers have two digits (a carousel has at most 20 pages), so the files
    sort in posting order everywhere.
    """
    width = max(2, len(str(total)))
    if page == "cover":
        name = COVER_NAME
    elif page == "closing":
        name = CLOSING_NAME
    else:
        stem = source.stem if source is not None else "foto"
        name = safe_name(stem)[:MAX_NAME_IN_FILE].rstrip(" .") or "foto"
    return f"{number:0{width}d}-{name}{extension}"


def accounts_text(brand: BrandKit) -> str:
    """The accounts to follow on the closing page: the brand kit's mentions."""
    return "  ·  ".join(m if m.startswith("@") else f"@{m}" for m in brand.mentions) \
        or brand.short_name or brand.name


def page_fields(fields: Mapping[str, str], page: str, number: int, total: int,
                brand: BrandKit) -> dict[str, str]:
    values = dict(fields)
    values[PAGE_FIELD] = page
    values[NUMBER_FIELD] = str(number)
    values[TOTAL_FIELD] = str(total)
    if page == "closing":
        values[ACCOUNTS_FIELD] = accounts_text(brand)
    return values


def page_template(loaded: LoadedTemplate, page: str) -> LoadedTemplate:
    """The template of one page, with the template's own folder for its assets."""
    return LoadedTemplate(loaded.template.carousel_page(page), loaded.folder)


def produce_page(job: InputJob, loaded: LoadedTemplate, brand: BrandKit,
                 settings: ExportSettings, *, progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None) -> InputResult:
    """Make one carousel page for every platform (the engine's ``carousel`` kind).

    The page is named by the job's ``halaman_jenis`` field; it is drawn by the
    photo pipeline (one decode for every platform, faces found once), so a
    slide looks exactly as a single post of the same template would.
    Raises only :class:`~studio.errors.Cancelled`.
    """
    from studio.produce import produce_photo

    page = str(job.fields.get(PAGE_FIELD, "slide"))
    try:
        try:
            template = page_template(loaded, page)
        except KeyError:
            raise StudioError(f"the template {loaded.id!r} has no carousel page {page!r}",
                              code="carousel.no_pages", template=loaded.id,
                              hint="choose a template that makes carousels") from None
        return produce_photo(job, template, brand, settings, cancel=cancel)
    except StudioError as exc:
        return InputResult(job.source, error=as_studio_error(exc, path=job.source))
    except Exception as exc:  # one page's failure is reported, coded
        if type(exc).__name__ == "Cancelled":
            raise
        return InputResult(job.source, error=as_studio_error(exc, path=job.source))
