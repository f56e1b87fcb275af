"""The brand kit: the value (:mod:`studio.brand.model`) and its files
(:mod:`studio.brand.store`). Renderers need only :class:`BrandKit` and the kit
in force, :func:`default_brand`; both are named here."""

from studio.brand.model import RGBA, BrandKit, parse_hex_color
from studio.brand.store import default_brand, load_brand

__all__ = ["RGBA", "BrandKit", "default_brand", "load_brand", "parse_hex_color"]
