"""Words for the template format's values (aspects, layer types, fits...) in the UI
language, and the problems the core lists, translated by code.

Functions, not constants: they are asked again after the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.template.problems import Problem

# lupdate reads translate("Context", "text") calls with literal strings.
translate = QCoreApplication.translate


def brand_role_name(kind: str, key: str) -> str:
    """A brand kit entry's role in the UI language: "Utama" for ``brand:primary``.

    ``kind`` is "color", "font" or "logo". Templates keep the English key
    (``brand:primary``); people read the role. A key of the designer's own
    (not one of the kit's usual roles) is shown as it is.
    """
    roles = {
        "color": {
            "primary": translate("BrandRoles", "Primary"),
            "primary_dark": translate("BrandRoles", "Primary, dark"),
            "accent": translate("BrandRoles", "Accent"),
            "green": translate("BrandRoles", "Green"),
            "white": translate("BrandRoles", "White"),
            "ink": translate("BrandRoles", "Ink"),
            "light": translate("BrandRoles", "Light"),
            "muted": translate("BrandRoles", "Muted"),
        },
        "font": {
            "heading": translate("BrandRoles", "Heading"),
            "bold": translate("BrandRoles", "Bold"),
            "semibold": translate("BrandRoles", "Semibold"),
            "body": translate("BrandRoles", "Body"),
            "emoji": translate("BrandRoles", "Emoji"),
        },
        "logo": {
            "main": translate("BrandRoles", "Main logo"),
            "white": translate("BrandRoles", "White logo"),
            "mark": translate("BrandRoles", "Mark"),
        },
    }
    return roles.get(kind, {}).get(key, key)


def aspect_names() -> dict[str | None, str]:
    return {
        None: translate("DesignerTexts", "Base design (all aspects)"),
        "tall": translate("DesignerTexts", "Tall 9:16"),
        "portrait": translate("DesignerTexts", "Portrait 4:5"),
        "square": translate("DesignerTexts", "Square 1:1"),
        "landscape": translate("DesignerTexts", "Landscape 16:9"),
    }


def layer_type_names() -> dict[str, str]:
    return {
        "media": translate("DesignerTexts", "Photo / video"),
        "image": translate("DesignerTexts", "Image / logo"),
        "shape": translate("DesignerTexts", "Shape"),
        "text": translate("DesignerTexts", "Text"),
    }


def choice_names(prop: str, layer_type: str = "") -> dict[str, str]:
    """Labels for the values of an enumerated layer property."""
    tables: dict[str, dict[str, str]] = {
        "area": {
            "canvas": translate("DesignerTexts", "Whole canvas"),
            "safe": translate("DesignerTexts", "Safe area"),
        },
        "align": {
            "left": translate("DesignerTexts", "Left"),
            "center": translate("DesignerTexts", "Centre"),
            "right": translate("DesignerTexts", "Right"),
        },
        "valign": {
            "top": translate("DesignerTexts", "Top"),
            "middle": translate("DesignerTexts", "Middle"),
            "bottom": translate("DesignerTexts", "Bottom"),
        },
        "shape": {
            "rect": translate("DesignerTexts", "Rectangle"),
            "rounded": translate("DesignerTexts", "Rounded rectangle"),
            "gradient": translate("DesignerTexts", "Gradient"),
            "ellipse": translate("DesignerTexts", "Ellipse"),
        },
        "direction": {
            "down": translate("DesignerTexts", "Top to bottom"),
            "up": translate("DesignerTexts", "Bottom to top"),
            "right": translate("DesignerTexts", "Left to right"),
            "left": translate("DesignerTexts", "Right to left"),
        },
        "transform": {
            "none": translate("DesignerTexts", "As typed"),
            "upper": translate("DesignerTexts", "UPPER CASE"),
            "lower": translate("DesignerTexts", "lower case"),
        },
        "effect": {
            "none": translate("DesignerTexts", "None"),
            "fade": translate("DesignerTexts", "Fade"),
            "slide_up": translate("DesignerTexts", "Slide up"),
            "slide_left": translate("DesignerTexts", "Slide in from the right"),
        },
    }
    if prop == "fit":
        if layer_type == "media":
            return {
                "cover": translate("DesignerTexts", "Fill (crop)"),
                "contain": translate("DesignerTexts", "Show whole"),
                "blur": translate("DesignerTexts", "Show whole on blurred photo"),
            }
        return {
            "contain": translate("DesignerTexts", "Show whole"),
            "cover": translate("DesignerTexts", "Fill (crop)"),
        }
    return tables[prop]


def field_type_names() -> dict[str, str]:
    return {
        "text": translate("DesignerTexts", "Short text"),
        "multiline": translate("DesignerTexts", "Long text"),
        "date": translate("DesignerTexts", "Date"),
        "time": translate("DesignerTexts", "Time"),
        "choice": translate("DesignerTexts", "Choice"),
    }


def media_names() -> dict[str, str]:
    return {
        "photo": translate("DesignerTexts", "Photo"),
        "video": translate("DesignerTexts", "Video"),
        "none": translate("DesignerTexts", "No media"),
    }


def problem_text(problem: Problem) -> str:
    """A problem from :func:`studio.template.problems.template_problems` in words."""
    p = dict(problem.params)
    layer = p.get("layer", problem.layer_id or "")
    texts = {
        "field.undefined": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d uses the field \u201c%2\u201d, which the "
            "template does not have. Add the field or change the text.",
        ),
        "expression.syntax": translate(
            "DesignerTexts", "Layer \u201c%1\u201d: the text is not valid (%2)."
        ),
        "brand.missing_color": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d uses the colour \u201c%2\u201d, which "
            "the brand kit does not have.",
        ),
        "brand.missing_font": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d uses the font \u201c%2\u201d, which the brand kit does not have.",
        ),
        "brand.missing_logo": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d uses the logo \u201c%2\u201d, which the brand kit does not have.",
        ),
        "color.invalid": translate(
            "DesignerTexts", "Layer \u201c%1\u201d: \u201c%2\u201d is not a colour."
        ),
        "asset.missing": translate(
            "DesignerTexts", "Layer \u201c%1\u201d: the file \u201c%2\u201d is missing."
        ),
        "variant.invalid": translate(
            "DesignerTexts", "Variant %2: layer \u201c%1\u201d is not valid there (%3)."
        ),
        "layer.off_canvas": translate(
            "DesignerTexts", "Layer \u201c%1\u201d lies completely outside its area."
        ),
        "layer.outside_safe": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d reaches outside the safe area on "
            "%2; the app's buttons may cover it.",
        ),
        "media.no_layer": translate(
            "DesignerTexts", "The template takes a photo or video but has no photo/video layer."
        ),
        "text_overflow": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d: the sample text does not fit and was "
            "shortened. Make the box larger or the minimum size smaller.",
        ),
        "field_too_long": translate(
            "DesignerTexts",
            "The sample text of the field \u201c%1\u201d is longer than the field allows; "
            "the rest is left out.",
        ),
        "left_out": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d cannot be drawn yet and is left out of the preview.",
        ),
        "face_hidden": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d: a face in the sample photo falls under the design or at "
            "the edge. Leave more of the photo visible.",
        ),
        "photo_small": translate(
            "DesignerTexts",
            "Layer \u201c%1\u201d: the sample photo is small for this size and looks soft.",
        ),
    }
    if problem.code == "background.invalid":
        return translate(
            "DesignerTexts", "The template's background colour \u201c%1\u201d is not usable."
        ).replace("%1", p.get("value", ""))
    text = texts.get(problem.code)
    if text is None:
        return problem.message
    second = {
        "field.undefined": p.get("field", ""),
        "expression.syntax": p.get("detail", ""),
        "variant.invalid": aspect_names().get(p.get("aspect"), p.get("aspect", "")),
        "layer.outside_safe": p.get("platform", ""),
    }.get(problem.code, p.get("value", ""))
    return text.replace("%1", layer).replace("%2", second).replace("%3", p.get("detail", ""))
