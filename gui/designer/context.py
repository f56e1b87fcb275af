"""What every designer window shares: the brand kit being edited, the template
library and the platform presets.

The brand kit is a value: the brand editor replaces it with a new one and
:attr:`DesignerContext.brand_changed` tells every open preview (template
editors, library thumbnails) to render again at once, before anything is
saved. Saving writes the designers' own copy of the kit in the user data folder
(see :func:`studio.template.editing.ensure_user_brand_kit`); the built-in kit
is never written.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from studio.brand import BrandKit, load_brand
from studio.errors import StudioError
from studio.platforms import Platform, load_platforms
from studio.template import TemplateLibrary, default_library
from studio.template.editing import load_active_brand


class DesignerContext(QObject):
    brand_changed = Signal(object)  # BrandKit: the current (maybe unsaved) kit
    brand_saved = Signal(object)  # BrandKit: written to brand.toml
    library_changed = Signal()  # templates added, removed or saved

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.brand_error: StudioError | None = None
        try:
            brand = load_active_brand()
        except StudioError as exc:
            # A damaged user kit must not lock the designer out: show the built-in one.
            self.brand_error = exc
            brand = load_brand()
        self._brand = brand
        self.saved_brand = brand
        self.library: TemplateLibrary = default_library()
        self.platforms: tuple[Platform, ...] = tuple(load_platforms().values())

    # -- the brand kit -------------------------------------------------------------------------
    @property
    def brand(self) -> BrandKit:
        return self._brand

    def set_brand(self, brand: BrandKit) -> None:
        if brand != self._brand:
            self._brand = brand
            self.brand_changed.emit(brand)

    def mark_brand_saved(self, brand: BrandKit) -> None:
        self.saved_brand = brand
        self.set_brand(brand)
        self.brand_saved.emit(brand)

    # -- the library ---------------------------------------------------------------------------
    def reload_library(self) -> None:
        self.library.reload()
        self.library_changed.emit()

    def platform(self, platform_id: str) -> Platform:
        return next((p for p in self.platforms if p.id == platform_id), self.platforms[0])


_context: DesignerContext | None = None


def designer_context() -> DesignerContext:
    """The one context of this process (made on first use, after the QApplication)."""
    global _context
    if _context is None:
        _context = DesignerContext()
    return _context


def reset_context() -> None:
    """Forget the context (tests: each starts with its own user folder)."""
    global _context
    if _context is not None:
        _context.deleteLater()
    _context = None
