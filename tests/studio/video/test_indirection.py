"""A "clip" that is really a manifest, playlist or list never makes ffmpeg read other files.

A DASH manifest, HLS playlist, ffconcat list, IMF composition playlist or SDP
description is a few hundred bytes of text naming *other* media (a private
video elsewhere on the disk, a URL). ffmpeg detects them from their content
whatever the name, so each is saved under every video extension the app
accepts and must be refused with the app's own error, with nothing of the
private clip in any output. Without the leash the DASH and ffconcat cases do
read the private clip (checked below, so these tests cannot pass vacuously).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from studio.errors import VideoError
from studio.job import ExportSettings, InputJob, Target
from studio.media import VIDEO_EXTENSIONS
from studio.platforms import get_platform
from studio.video.ffmpeg import ffmpeg_exe, input_args
from studio.video.plan import EncoderSettings
from studio.video.preview import grab_frame
from studio.video.probe import probe_video
from studio.video.produce import VideoOptions, produce_video

from .conftest import FIELDS, ffmpeg

RED = (255, 0, 0)


@pytest.fixture(scope="module")
def private_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The clip an attacker wants: solid red, in a folder of its own."""
    path = tmp_path_factory.mktemp("private") / "private.mp4"
    ffmpeg("-f", "lavfi", "-i", "color=red:size=64x48:rate=30:d=1", "-c:v", "libx264",
           "-pix_fmt", "yuv420p", "-movflags", "+faststart", str(path))
    return path


def dash(target: Path, media: str | None = None) -> str:
    media = media or f"file://{target.as_posix()}"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" mediaPresentationDuration="PT1S"
     minBufferTime="PT1S" profiles="urn:mpeg:dash:profile:full:2011">
 <Period duration="PT1S"><AdaptationSet mimeType="video/mp4">
  <Representation id="v" bandwidth="100000" width="64" height="48" codecs="avc1.64000a">
   <SegmentList duration="1"><SegmentURL media="{media}"/></SegmentList>
  </Representation></AdaptationSet></Period>
</MPD>
"""


def relative_dash(target: Path) -> str:
    """The same with a ``../`` path instead of a file:// URL."""
    return dash(target, f"../{target.parent.name}/{target.name}")


def hls(target: Path) -> str:
    return (f"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\n"
            f"file://{target.as_posix()}\n#EXT-X-ENDLIST\n")


def ffconcat(target: Path) -> str:
    # A plain name: the tests put a copy of the private clip beside the list.
    return f"ffconcat version 1.0\nfile {target.name}\n"


def imf(target: Path) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<CompositionPlaylist xmlns="http://www.smpte-ra.org/schemas/2067-3/2016">
 <Id>urn:uuid:00000000-0000-0000-0000-000000000001</Id>
 <EditRate>30 1</EditRate>
 <SegmentList><Segment><SequenceList><MainImageSequence>
  <ResourceList><Resource><TrackFileId>file://{target.as_posix()}</TrackFileId></Resource>
  </ResourceList></MainImageSequence></SequenceList></Segment></SegmentList>
</CompositionPlaylist>
"""


def sdp(_target: Path) -> str:
    return ("v=0\no=- 0 0 IN IP4 127.0.0.1\ns=x\nc=IN IP4 127.0.0.1\nt=0 0\n"
            "m=video 5004 RTP/AVP 96\na=rtpmap:96 H264/90000\n")


INDIRECTIONS = {"dash": dash, "hls": hls, "ffconcat": ffconcat, "imf": imf, "sdp": sdp}


def crafted(folder: Path, kind: str, target: Path, extension: str) -> Path:
    path = folder / f"{kind}{extension}"
    if kind == "ffconcat":
        (folder / target.name).write_bytes(target.read_bytes())
    elif kind == "dash-relative":
        # ../private0/private.mp4 seen from the shared folder.
        beside = folder.parent / target.parent.name
        beside.mkdir(exist_ok=True)
        (beside / target.name).write_bytes(target.read_bytes())
    text = relative_dash(target) if kind == "dash-relative" else INDIRECTIONS[kind](target)
    path.write_text(text, encoding="utf-8")
    return path


def first_frame(argv_input: list[str]) -> bytes:
    """What ffmpeg decodes from an input given as ``argv_input`` (PNG bytes, or nothing)."""
    result = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error",
                             *argv_input, "-frames:v", "1", "-f", "image2pipe", "-c:v", "png",
                             "pipe:1"], capture_output=True, timeout=60, check=False)
    return result.stdout


@pytest.mark.parametrize("kind", ["dash", "dash-relative", "ffconcat"])
def test_without_the_leash_the_attack_reads_the_private_clip(tmp_path, private_clip, kind):
    # The premise: plain ``ffmpeg -i`` follows these files to the private clip.
    folder = tmp_path / "shared"
    folder.mkdir()
    path = crafted(folder, kind, private_clip, ".mp4")
    assert first_frame(["-i", str(path)]), "ffmpeg no longer follows this indirection"


@pytest.mark.parametrize("extension", VIDEO_EXTENSIONS)
@pytest.mark.parametrize("kind", [*INDIRECTIONS, "dash-relative"])
def test_indirection_is_refused_under_every_video_extension(tmp_path, private_clip, kind,
                                                            extension):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = crafted(folder, kind, private_clip, extension)
    with pytest.raises(VideoError) as caught:
        probe_video(path)
    assert caught.value.code == "video.not_allowed", caught.value.one_line()
    assert caught.value.path == path
    # The leash itself, without the probe in front: ffmpeg decodes nothing.
    assert first_frame(input_args(path)) == b""


def test_messages_name_what_the_file_is(tmp_path, private_clip):
    path = crafted(tmp_path, "dash", private_clip, ".mp4")
    with pytest.raises(VideoError) as caught:
        probe_video(path)
    assert "DASH manifest" in caught.value.message
    assert "MP4" in caught.value.hint


def test_export_of_a_disguised_manifest_fails_cleanly_and_writes_nothing(tmp_path, private_clip,
                                                                        liputan, brand):
    path = crafted(tmp_path, "dash", private_clip, ".mp4")
    out = tmp_path / "out"
    platform = get_platform("instagram_story")
    job = InputJob(path, (Target(platform, out / platform.id / "clip.mp4"),), FIELDS)
    result = produce_video(job, liputan, brand, ExportSettings(),
                           VideoOptions(intro=False, outro=False,
                                        encoder=EncoderSettings(preset="superfast")))
    assert not result.ok
    assert result.error is not None and result.error.code == "video.not_allowed"
    assert not out.exists() or not any(p.is_file() for p in out.rglob("*"))


def test_a_real_clip_is_still_read_through_the_leash(clips):
    info = probe_video(clips.landscape)
    frame = grab_frame(info, 0.5)
    assert frame.size == (320, 180)


def test_path_is_never_read_as_a_protocol(tmp_path, clips):
    # A file whose name looks like a protocol is still the local file.
    odd = tmp_path / "concat:a|b.mp4"
    odd.write_bytes(clips.landscape.read_bytes())
    assert probe_video(odd).width == 320


def test_nested_opens_inherit_the_format_whitelist(tmp_path):
    # The app's own ffconcat listing opens each PNG in turn: with only "concat"
    # allowed, the nested PNG is refused too (ffmpeg copies the whitelist down).
    from PIL import Image

    Image.new("RGBA", (32, 16), (255, 0, 0, 255)).save(tmp_path / "cue-0000.png")
    listing = tmp_path / "cues.ffconcat"
    listing.write_text("ffconcat version 1.0\nfile cue-0000.png\n", encoding="utf-8")
    args = input_args(listing, kind="cues")
    assert first_frame(args)
    narrowed = [("concat" if a == "concat,png_pipe" else a) for a in args]
    assert narrowed != args
    assert first_frame(narrowed) == b""


def test_every_ffmpeg_input_is_named_through_the_leash():
    # "-i" is written in one place only: input_args, which puts the whitelists before it.
    root = Path(__file__).resolve().parents[3]
    offenders = []
    for folder in ("studio", "gui"):
        for path in (root / folder).rglob("*.py"):
            if path == root / "studio" / "video" / "ffmpeg.py":
                continue
            if '"-i"' in path.read_text(encoding="utf-8"):
                offenders.append(str(path.relative_to(root)))
    assert offenders == []
    args = input_args(Path("x.mp4"))
    assert args[-2] == "-i" and args[-1].startswith("file:")
    assert "-protocol_whitelist" in args and "-format_whitelist" in args
