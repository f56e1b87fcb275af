"""What the whole app produces with: the template library, the brand kit, the platforms.

One :class:`Resources` object per process, read by the event screens and the
designer's tools alike, so a designer's save reaches the PIC's open event
without any bridge between them: whoever changes a resource tells this object,
and it signals everyone who shows it.

Two brand kits are known at any moment. :attr:`Resources.brand` is the kit in
force: saved, what exports and the event's previews use. :attr:`Resources.draft_brand`
is the brand editor's working value: the designer's previews (template editor,
library thumbnails) follow it on every edit, before anything is saved; it is
the kit in force whenever nothing is being edited.

The object is made once at start (:func:`load_resources`) and registered as
the process's (:func:`set_app_resources`); windows opened later ask for it with
:func:`app_resources`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from studio.brand import BrandKit, default_brand, load_brand
from studio.errors import StudioError
from studio.platforms import Platform, load_platforms
from studio.template import TemplateLibrary, default_library


class Resources(QObject):
    libraryChanged = Signal()  # templates added, removed or saved (the library was re-read)
    brandChanged = Signal(object)  # BrandKit: the kit in force (saved, or reset)
    draftBrandChanged = Signal(object)  # BrandKit: the brand editor's (maybe unsaved) kit

    def __init__(self, library: TemplateLibrary, brand: BrandKit,
                 platforms: Mapping[str, Platform], *, brand_error: StudioError | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._brand = brand
        self._draft_brand = brand
        self.platforms: dict[str, Platform] = dict(platforms)
        # Why the kit in force is the built-in one although designers saved their own.
        self.brand_error = brand_error

    # -- the template library ------------------------------------------------------------------
    def reload_library(self) -> None:
        """Read the library folders again (a template was saved, imported or deleted)."""
        self.library.reload()
        self.libraryChanged.emit()

    # -- the platforms -------------------------------------------------------------------------
    def platform(self, platform_id: str) -> Platform:
        """The platform ``platform_id`` (the first one when it is not known)."""
        return self.platforms.get(platform_id) or next(iter(self.platforms.values()))

    # -- the brand kit -------------------------------------------------------------------------
    @property
    def brand(self) -> BrandKit:
        return self._brand

    @property
    def draft_brand(self) -> BrandKit:
        return self._draft_brand

    @property
    def has_draft_brand(self) -> bool:
        return self._draft_brand != self._brand

    def set_draft_brand(self, brand: BrandKit) -> None:
        """The brand editor's new working value (nothing is written)."""
        if brand != self._draft_brand:
            self._draft_brand = brand
            self.draftBrandChanged.emit(brand)

    def set_brand(self, brand: BrandKit) -> None:
        """``brand`` is the kit in force now (it was saved, or the user's kit was reset)."""
        self.brand_error = None
        self.set_draft_brand(brand)
        if brand != self._brand:
            self._brand = brand
            self.brandChanged.emit(brand)


def load_resources(brand: BrandKit | None = None, *, lenient: bool = False) -> Resources:
    """The library, the brand kit in force (or ``brand``) and the platform presets.

    A damaged designers' kit raises, unless ``lenient``: then the built-in kit
    is used and the error kept in :attr:`Resources.brand_error` (the designer's
    tools must open to repair it).
    """
    error: StudioError | None = None
    if brand is None:
        try:
            brand = default_brand()
        except StudioError as exc:
            if not lenient:
                raise
            error = exc
            brand = load_brand()
    return Resources(default_library(), brand, load_platforms(), brand_error=error)


_resources: Resources | None = None


def set_app_resources(value: Resources | None) -> None:
    """Make ``value`` the process's resources (None: forget them, e.g. between tests)."""
    global _resources
    _resources = value


def app_resources() -> Resources:
    """The process's resources (loaded leniently on first use, after the QApplication)."""
    global _resources
    if _resources is None:
        _resources = load_resources(lenient=True)
    return _resources
