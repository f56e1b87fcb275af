"""Cropping: cover boxes at the destination aspect that keep faces, and face detection itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from studio.render import crop
from studio.render.crop import CENTER, Focus, cover_box, detect_focus

FACE = Path(__file__).parents[1] / "fixtures" / "media" / "astronaut_face.jpg"
# Where the face itself (brows to chin) is in the fixture, in its pixels.
FACE_BOX = (77, 67, 171, 161)


def inside(box, crop_box, slack: float = 0.5) -> bool:
    left, top, right, bottom = crop_box
    return (box[0] >= left - slack and box[1] >= top - slack
            and box[2] <= right + slack and box[3] <= bottom + slack)


def landscape_with_face(width: int = 1800, height: int = 1000, right_margin: int = 30,
                        face_height: int = 560) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A landscape 'event photo' (gradient and noise) with a person near the right edge.

    Returns the photo and the face's box in its pixels.
    """
    # Built small and scaled up: a camera-size background costs milliseconds, not seconds.
    small_w, small_h = max(2, width // 8), max(2, height // 8)
    rng = np.random.default_rng(3)
    y, x = np.mgrid[0:small_h, 0:small_w]
    base = np.stack([60 + x * 120 / small_w, 90 + y * 60 / small_h, 110 + 0 * x], -1)
    noise = rng.normal(0, 10, (small_h, small_w, 3))
    photo = Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8)).resize(
        (width, height), Image.Resampling.BILINEAR)
    person = Image.open(FACE).convert("RGB")
    scale = face_height / person.height
    person = person.resize((round(person.width * scale), face_height))
    at = (width - person.width - right_margin, height - face_height)
    photo.paste(person, at)
    face = tuple(round(v * scale) + at[i % 2] for i, v in enumerate(FACE_BOX))
    return photo, face  # type: ignore[return-value]


# -- cover_box --------------------------------------------------------------------------------


@pytest.mark.parametrize(("src", "dst"), [
    ((6000, 4000), (1080, 1920)), ((4000, 6000), (1920, 1080)), ((1000, 1000), (1080, 1350)),
    ((1200, 630), (1200, 630)), ((3, 1000), (16, 9)),
])
def test_cover_box_is_the_largest_box_at_the_destination_aspect(src, dst) -> None:
    left, top, right, bottom = cover_box(*src, *dst)
    width, height = right - left, bottom - top
    assert width / height == pytest.approx(dst[0] / dst[1], rel=1e-6)
    assert width == pytest.approx(src[0]) or height == pytest.approx(src[1])
    assert left >= 0 and top >= 0 and right <= src[0] + 1e-9 and bottom <= src[1] + 1e-9


def test_cover_box_centres_on_the_focus_and_stays_inside() -> None:
    assert cover_box(6000, 4000, 1080, 1920) == pytest.approx((1875, 0, 4125, 4000))
    assert cover_box(6000, 4000, 1080, 1920, Focus(0.5, 0.5)) == cover_box(6000, 4000, 1080, 1920)
    # An explicit focal point near the edge: the box slides to the edge, not past it.
    assert cover_box(6000, 4000, 1080, 1920, Focus(0.95, 0.5)) == pytest.approx(
        (3750, 0, 6000, 4000))
    assert cover_box(6000, 4000, 1080, 1920, Focus(0.0, 0.5))[0] == 0
    # Out-of-range values are clamped, not trusted.
    assert cover_box(6000, 4000, 1080, 1920, Focus(7.0, -3.0)) == pytest.approx(
        (3750, 0, 6000, 4000))


def test_a_face_at_the_edge_is_kept_in_a_tall_crop() -> None:
    face = (0.86, 0.25, 0.97, 0.6)  # a person at the right edge of a landscape photo
    centred = cover_box(6000, 4000, 1080, 1920)
    assert not inside((face[0] * 6000, face[1] * 4000, face[2] * 6000, face[3] * 4000), centred)

    box = cover_box(6000, 4000, 1080, 1920, Focus(0.5, 0.5, keep=(face,)))

    assert inside((face[0] * 6000, face[1] * 4000, face[2] * 6000, face[3] * 4000), box)
    # Moved only as far as needed: the face sits at the crop's right edge.
    assert box[2] == pytest.approx(0.97 * 6000)


def test_all_faces_kept_when_they_fit_together() -> None:
    faces = ((0.30, 0.2, 0.40, 0.5), (0.52, 0.25, 0.62, 0.55))
    box = cover_box(6000, 4000, 1080, 1920, Focus(0.45, 0.4, keep=faces))
    for f in faces:
        assert inside((f[0] * 6000, f[1] * 4000, f[2] * 6000, f[3] * 4000), box)


def test_the_largest_face_wins_when_they_cannot_all_fit() -> None:
    small = (0.02, 0.3, 0.08, 0.4)
    large = (0.80, 0.2, 0.95, 0.6)
    box = cover_box(6000, 4000, 1080, 1920, Focus(0.5, 0.4, keep=(small, large)))
    assert inside((large[0] * 6000, large[1] * 4000, large[2] * 6000, large[3] * 4000), box)
    assert not inside((small[0] * 6000, small[1] * 4000, small[2] * 6000, small[3] * 4000), box)


def test_a_face_wider_than_the_crop_is_centred() -> None:
    face = (0.1, 0.1, 0.9, 0.9)  # a close-up: wider than a 9:16 crop of a 3:2 photo
    left, _, right, _ = cover_box(6000, 4000, 1080, 1920, Focus(0.2, 0.5, keep=(face,)))
    assert (left + right) / 2 == pytest.approx(3000)


def test_cover_box_rejects_empty_sizes() -> None:
    with pytest.raises(ValueError):
        cover_box(0, 100, 10, 10)
    with pytest.raises(ValueError):
        cover_box(100, 100, 10, 0)


fraction = st.floats(0, 1, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(src_w=st.integers(1, 8000), src_h=st.integers(1, 8000), dst_w=st.integers(1, 4000),
       dst_h=st.integers(1, 4000), x=fraction, y=fraction,
       keep=st.lists(st.tuples(fraction, fraction, fraction, fraction), max_size=4))
def test_cover_box_invariants(src_w, src_h, dst_w, dst_h, x, y, keep) -> None:
    focus = Focus(x, y, keep=tuple(keep))
    left, top, right, bottom = cover_box(src_w, src_h, dst_w, dst_h, focus)
    eps = 1e-6 * max(src_w, src_h)
    # Inside the image, at the destination's aspect, as large as possible.
    assert -eps <= left <= right <= src_w + eps and -eps <= top <= bottom <= src_h + eps
    assert (right - left) * dst_h == pytest.approx((bottom - top) * dst_w, rel=1e-6)
    assert right - left == pytest.approx(src_w) or bottom - top == pytest.approx(src_h)
    # Keep boxes that fit together are all inside.
    boxes = [(min(a, c) * src_w, min(b, d) * src_h, max(a, c) * src_w, max(b, d) * src_h)
             for a, b, c, d in keep]
    if boxes:
        union = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                 max(b[2] for b in boxes), max(b[3] for b in boxes))
        if union[2] - union[0] <= right - left and union[3] - union[1] <= bottom - top:
            assert all(inside(b, (left, top, right, bottom), slack=eps + 1e-6) for b in boxes)


# -- detect_focus -----------------------------------------------------------------------------


def test_detects_the_face_in_the_fixture() -> None:
    person = Image.open(FACE)
    focus = detect_focus(person)
    assert len(focus.keep) == 1
    w, h = person.size
    cx, cy = (FACE_BOX[0] + FACE_BOX[2]) / 2 / w, (FACE_BOX[1] + FACE_BOX[3]) / 2 / h
    assert focus.x == pytest.approx(cx, abs=0.06) and focus.y == pytest.approx(cy, abs=0.06)
    # The keep box holds the whole face with room for the head around it.
    left, top, right, bottom = focus.keep[0]
    assert left < FACE_BOX[0] / w and right > FACE_BOX[2] / w
    assert top < FACE_BOX[1] / h and bottom > FACE_BOX[3] / h


def test_face_at_the_edge_of_a_landscape_photo_survives_a_9x16_crop() -> None:
    photo, face = landscape_with_face()
    assert face[2] / photo.width > 0.85  # really near the edge

    focus = detect_focus(photo)
    box = cover_box(photo.width, photo.height, 1080, 1920, focus)

    assert focus.keep, "no face found"
    assert inside(face, box)
    assert not inside(face, cover_box(photo.width, photo.height, 1080, 1920))  # centred would cut


def test_face_survives_every_platform_crop() -> None:
    photo, face = landscape_with_face(right_margin=10)
    focus = detect_focus(photo)
    for dst in [(1080, 1920), (1080, 1350), (1080, 1440), (1080, 1080), (1200, 630)]:
        assert inside(face, cover_box(photo.width, photo.height, *dst, focus)), dst


def test_detection_works_on_a_camera_size_photo_on_a_small_proxy(monkeypatch) -> None:
    photo, face = landscape_with_face(6000, 4000, right_margin=100, face_height=2000)
    seen: list[tuple[int, ...]] = []
    real = crop._detect_faces

    def spy(grey):
        seen.append(grey.shape)
        return real(grey)

    monkeypatch.setattr(crop, "_detect_faces", spy)
    focus = detect_focus(photo)
    assert inside(face, cover_box(photo.width, photo.height, 1080, 1920, focus))
    # The cascades run on a proxy of at most PROXY_SIDE pixels a side, never on the
    # 24 MP photo (that would take many seconds): the cost is bounded by the proxy,
    # whatever the machine. Speed itself is measured in benchmarks/, not here.
    assert seen and max(seen[0]) <= crop.PROXY_SIDE


def test_no_face_gives_the_centre() -> None:
    rng = np.random.default_rng(0)
    texture = Image.fromarray(rng.integers(0, 256, (600, 900, 3), dtype=np.uint8))
    assert detect_focus(texture) == CENTER
    assert detect_focus(Image.new("RGB", (900, 600), (30, 90, 160))) == CENTER


@pytest.mark.parametrize("image", [
    Image.new("RGB", (1, 1)),
    Image.new("RGB", (10, 3000)),
    Image.new("L", (300, 200), 128),
    Image.new("LA", (300, 200)),
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)),
    Image.new("P", (300, 200)),
    Image.new("1", (300, 200)),
    Image.new("I;16", (300, 200), 40000),
    Image.new("F", (300, 200), 0.5),
    Image.new("CMYK", (300, 200)),
], ids=lambda im: f"{im.mode}-{im.width}x{im.height}")
def test_odd_images_never_raise(image: Image.Image) -> None:
    assert detect_focus(image) == CENTER


def test_faces_in_rgba_and_grey_images() -> None:
    person = Image.open(FACE).convert("RGB")
    assert detect_focus(person.convert("RGBA")).keep
    assert detect_focus(person.convert("L")).keep


def test_missing_cascade_files_mean_centre(monkeypatch: pytest.MonkeyPatch) -> None:
    # opencv-python-headless 5.x ships no Haar files: the crop must still work.
    monkeypatch.setattr(crop, "FACE_CASCADES", ("missing.xml", "missing.xml"))
    monkeypatch.setattr(crop, "_local", type(crop._local)())
    assert detect_focus(Image.open(FACE)) == CENTER


# -- crops that see the overlays ---------------------------------------------------------
def panel_below(fraction: float, rows: int = 48, cols: int = 48) -> crop.Visibility:
    """Visibility of a media box whose lower part (from ``fraction`` down) is covered."""
    hidden = np.zeros((rows, cols), dtype=bool)
    hidden[round(rows * fraction):, :] = True
    return crop.Visibility(hidden)


def face_focus(cx: float, cy: float, w: float = 0.08, h: float = 0.12) -> Focus:
    """A focus with one face (brows to chin w x h, as fractions) grown like detect_focus."""
    box = (cx - w / 2 - crop._PAD_SIDE * w, cy - h / 2 - crop._PAD_TOP * h,
           cx + w / 2 + crop._PAD_SIDE * w, cy + h / 2 + crop._PAD_BOTTOM * h)
    return Focus(cx, cy, keep=(box,))


def test_without_anything_over_the_photo_the_crop_is_the_plain_cover_box() -> None:
    focus = face_focus(0.3, 0.4)
    plan = crop.plan_cover(3000, 2000, 1080, 1920, focus, None)
    assert plan.box == cover_box(3000, 2000, 1080, 1920, focus)


def test_a_face_is_moved_out_from_under_a_panel() -> None:
    # A landscape photo with a face a little below the middle, into a 9:16 frame
    # whose lower 55 % is an opaque panel: the plain crop puts the face under it.
    focus = face_focus(0.5, 0.56)
    plain = cover_box(4000, 2667, 1080, 1920, focus)
    visibility = panel_below(0.45)
    plain_plan = crop.CropPlan(plain, *crop._seen(
        plain, [crop._to_pixels(crop._face_core(focus.keep[0]), 4000, 2667)], visibility))
    assert plain_plan.hidden_faces  # the plain crop hides the face…
    plan = crop.plan_cover(4000, 2667, 1080, 1920, focus, visibility)
    assert not plan.hidden_faces  # …the planned one shows it whole
    # It zoomed in no further than the output stays sharp.
    assert (plan.box[2] - plan.box[0]) * crop.MAX_UPSCALE >= 1080 - 1e-6


def test_a_face_that_cannot_be_kept_whole_is_reported() -> None:
    # A small photo leaves no room to zoom: the face low in it stays under the panel.
    focus = face_focus(0.5, 0.8)
    plan = crop.plan_cover(720, 480, 1080, 1920, focus, panel_below(0.45))
    assert plan.hidden_faces == (0,)


def test_a_face_outside_the_crop_is_not_a_face_in_the_picture() -> None:
    plan = crop.CropPlan((0, 0, 100, 100), face_inside=(0.0,), face_visible=(0.0,))
    assert plan.hidden_faces == ()


def test_the_focus_goes_to_the_visible_band() -> None:
    # No faces: along the axis the crop may move, the focal point goes to the band
    # above the panel (a tall photo in a square box: the crop slides down it).
    plan = crop.plan_cover(1000, 3000, 1000, 1000, CENTER, panel_below(0.5))
    left, top, right, bottom = plan.box
    assert (1500 - top) / (bottom - top) < 0.3
    # Without a face it does not zoom in just to centre the scene.
    assert right - left == 1000


def test_visibility_from_an_overlay_alpha() -> None:
    alpha = Image.new("L", (200, 400), 0)
    alpha.paste(255, (0, 200, 200, 400))  # an opaque panel over the lower half
    alpha.paste(150, (0, 0, 200, 100))  # a 60 % shade does not hide the photo
    vis = crop.Visibility.from_alpha(alpha)
    assert vis is not None
    assert vis.hidden[-1].all() and not vis.hidden[0].any()
    x, y = vis.target()
    assert 0.4 < x < 0.6 and y < 0.5
    assert crop.Visibility.from_alpha(Image.new("L", (10, 10), 0)) is None
