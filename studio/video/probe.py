"""Probing a clip: what it really is, read from ffmpeg's own description.

The imageio-ffmpeg wheel ships ffmpeg but no ffprobe, so the probe parses the
stream summary ``ffmpeg -i FILE`` prints (and, only when the container does
not say how long the clip is, decodes the packets once to measure it). Phone
clips are normal input: the rotation flag (``displaymatrix``) gives the
upright display size, a frame rate that disagrees with the stream's time base
marks variable frame rate, and HDR transfer curves are noted so the plan can
tone-map. Anything that is not a readable video becomes a :class:`VideoError`
naming the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from studio.errors import VideoError
from studio.video.ffmpeg import CLIP_DESCRIPTION, input_args, run_quick

# Limits checked on the probe, before any decoding or encoding work.
MAX_VIDEO_FILE_BYTES = 8 * 2**30        # 8 GB: an hour of 4K from a phone
MAX_VIDEO_DURATION = 2 * 3600.0         # seconds
MAX_VIDEO_SIDE = 8192                   # pixels, either side (8K)
MAX_VIDEO_PIXELS = 8192 * 4320          # one frame
MAX_VIDEO_FPS = 240.0                   # slow-motion phone clips go to 240
MAX_STREAMS = 16                        # video, audio, subtitle and data streams together

# What an indirection looks like in its first bytes (for the message only:
# ffmpeg's format whitelist is what refuses them).
_INDIRECTIONS = (
    (b"<mpd", "a DASH manifest"),
    (b"#extm3u", "an HLS playlist"),
    (b"ffconcat", "an ffconcat list"),
    (b"compositionplaylist", "an IMF composition playlist"),
    (b"<smil", "a SMIL playlist"),
    (b"[playlist]", "a playlist"),
)

# ffmpeg's demuxers for single still images: a photo renamed .mp4 is not a clip.
_STILL_FORMATS = ("image2", "_pipe", "gif")
_HDR_TRANSFERS = ("arib-std-b67", "smpte2084")


@dataclass(frozen=True)
class VideoInfo:
    """A probed clip. ``width``/``height`` are as stored; ``display_size`` as shown."""

    path: Path
    width: int
    height: int
    rotation: int  # clockwise degrees the player turns the stored frames: 0/90/180/270
    display_size: tuple[int, int]
    duration: float
    fps: float
    vfr: bool
    codec: str
    pix_fmt: str
    has_audio: bool
    audio_codec: str | None = None
    audio_rate: int | None = None
    color_matrix: str | None = None  # e.g. bt709, bt470bg, bt2020nc; None when untagged
    color_transfer: str | None = None  # e.g. bt709, arib-std-b67 (HLG)
    color_range: str | None = None  # tv / pc
    # The picture's own length, measured by :func:`measure_video`; None until then.
    # The container's ``duration`` covers the longest stream (often the audio).
    video_duration: float | None = None

    @property
    def playable_duration(self) -> float:
        """Seconds of picture: the measured video length when known, else the container's."""
        if self.video_duration is None:
            return self.duration
        return min(self.duration, self.video_duration)

    @property
    def display_width(self) -> int:
        return self.display_size[0]

    @property
    def display_height(self) -> int:
        return self.display_size[1]

    @property
    def bit_depth(self) -> int:
        match = re.search(r"p(\d+)(le|be)$", self.pix_fmt)
        return int(match.group(1)) if match else 8

    @property
    def hdr(self) -> bool:
        return self.color_transfer in _HDR_TRANSFERS

    @property
    def source_matrix(self) -> str:
        """The YUV matrix to decode with: the tag, or the convention for untagged clips.

        ffmpeg assumes BT.601 for untagged video; players (and phones) treat
        untagged HD as BT.709, which is what the viewer of the clip saw.
        """
        if self.color_matrix and self.color_matrix not in ("unknown", "reserved"):
            return self.color_matrix
        return "bt709" if min(self.display_size) >= 720 else "bt601"

    @property
    def scale_matrix(self) -> str:
        """:attr:`source_matrix` as ffmpeg's scale filter names it."""
        name = {"bt470bg": "bt601", "smpte170m": "bt601", "bt2020nc": "bt2020",
                "bt2020c": "bt2020"}.get(self.source_matrix, self.source_matrix)
        return name if name in ("bt709", "bt601", "fcc", "smpte240m", "bt2020") else "bt709"


def probe_video(path: str | Path) -> VideoInfo:
    """Probe ``path`` (cached by size and modification time)."""
    path = Path(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise VideoError("the video file does not exist", path=path,
                         hint="check the file name and folder", code="video.not_found") from None
    except OSError as exc:
        raise VideoError(f"cannot read the video file: {exc.strerror or exc}", path=path,
                         hint="check that the file is not open elsewhere",
                         code="video.unreadable") from None
    if stat.st_size == 0:
        raise VideoError("the video file is empty", path=path,
                         hint="copy the clip from the phone again", code="video.empty")
    if stat.st_size > MAX_VIDEO_FILE_BYTES:
        raise VideoError(
            f"the video file is too large ({stat.st_size / 2**30:.1f} GB; the limit is "
            f"{MAX_VIDEO_FILE_BYTES / 2**30:.0f} GB)", path=path,
            hint="cut the part you need with the phone's editor, or export it smaller",
            code="video.too_large", size=stat.st_size, limit=MAX_VIDEO_FILE_BYTES)
    return _probe_cached(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=128)
def _probe_cached(path: Path, _size: int, _mtime: int) -> VideoInfo:
    result = run_quick(input_args(path), timeout=60.0, path=path)
    text = result.stderr.decode("utf-8", "replace")
    return parse_probe(text, path)


def _split_top(text: str) -> list[str]:
    """Split a stream description at commas that are not inside parentheses."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    if current:
        parts.append("".join(current).strip())
    return parts


def _duration(text: str) -> float | None:
    match = re.search(r"Duration:\s*(\d+):(\d+):(\d+(?:\.\d+)?)", text)
    if not match:
        return None
    h, m, s = match.groups()
    return int(h) * 3600 + int(m) * 60 + float(s)


def _fail(text: str, path: Path) -> VideoError:
    lower = text.lower()
    refused = "format not on whitelist" in lower
    if refused and _still_image(path):
        return VideoError("this is a still image, not a video", path=path,
                          hint="export it as a photo instead", code="video.still_image")
    what = _indirection(path)
    if refused or what:
        # ffmpeg refused the container (or did not even recognise the playlist);
        # either way the file points elsewhere or is no clip, and nothing was read.
        message = (f"this file is {what}, which points to other files, not a video"
                   if what else "this file is not in a video format the app reads")
        return VideoError(message, path=path,
                          hint=f"use an {CLIP_DESCRIPTION} clip", code="video.not_allowed",
                          kind=what)
    if "no such file" in lower:
        return VideoError("the video file does not exist", path=path,
                          hint="check the file name and folder", code="video.not_found")
    if "moov atom not found" in lower and _looks_like_mp4(path):
        return VideoError(
            "the video file is incomplete (its index is missing)", path=path,
            hint="the recording was interrupted or the copy was cut short; copy it again "
                 "from the phone",
            code="video.truncated")
    if "permission denied" in lower:
        return VideoError("no permission to read the video file", path=path,
                          hint="check the file's permissions", code="video.unreadable")
    return VideoError("not a video file that can be read", path=path,
                      hint=f"use an {CLIP_DESCRIPTION} clip", code="video.invalid")


def _indirection(path: Path) -> str:
    """What kind of playlist or manifest the file starts like ("" when none)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).lower()
    except OSError:
        return ""
    return next((name for marker, name in _INDIRECTIONS if marker in head), "")


def _still_image(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except OSError:
        return False
    return head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00",
                            b"MM\x00*")) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def _looks_like_mp4(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except OSError:
        return False
    return head[4:8] in (b"ftyp", b"mdat", b"moov", b"wide", b"free")


def parse_probe(text: str, path: Path) -> VideoInfo:
    """Turn ``ffmpeg -i`` output into a :class:`VideoInfo` (or a VideoError)."""
    input_match = re.search(r"^Input #0, ([^,]+(?:,[^ ]+)*), from", text, re.M)
    if input_match is None:
        raise _fail(text, path)
    container = input_match.group(1)
    lines = text.splitlines()
    video_line = None
    video_index = -1
    audio_line = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("Stream #0:"):
            continue
        if ": Video: " in stripped and video_line is None and "(attached pic)" not in stripped:
            video_line, video_index = stripped, i
        elif ": Audio: " in stripped and audio_line is None:
            audio_line = stripped
    if video_line is None:
        raise VideoError("the file has no video (only sound or data)", path=path,
                         hint="choose a video clip", code="video.no_video_stream")
    if any(container.endswith(s) or container.startswith(s) for s in _STILL_FORMATS):
        raise VideoError("this is a still image, not a video", path=path,
                         hint="export it as a photo instead", code="video.still_image")

    parts = _split_top(video_line.split(": Video: ", 1)[1])
    codec = parts[0].split()[0] if parts else "?"
    pix_fmt, matrix, transfer, color_range = "?", None, None, None
    width = height = 0
    fps = tbr = 0.0
    for part in parts[1:]:
        # One digit is a size too: a valid 11x7 clip is not damaged.
        size = re.match(r"^(\d{1,5})x(\d{1,5})\b", part)
        if size and not width:
            width, height = int(size.group(1)), int(size.group(2))
            continue
        rate = re.match(r"^(\d+(?:\.\d+)?)(k?) (fps|tbr)$", part)
        if rate:
            value = float(rate.group(1)) * (1000 if rate.group(2) else 1)
            if rate.group(3) == "fps":
                fps = value
            else:
                tbr = value
            continue
        fmt = re.match(r"^([a-z0-9_]+)(?:\((.*)\))?$", part)
        if fmt and pix_fmt == "?" and fmt.group(1) not in ("progressive",) and "x" not in part[:3]:
            pix_fmt = fmt.group(1)
            for item in (s.strip() for s in (fmt.group(2) or "").split(",")):
                if item in ("tv", "pc"):
                    color_range = item
                elif "/" in item:
                    spaces = item.split("/")
                    matrix = spaces[0] if spaces[0] != "unknown" else None
                    if len(spaces) == 3 and spaces[2] != "unknown":
                        transfer = spaces[2]
                elif item and item not in ("progressive", "top first", "bottom first",
                                           "top coded first (swapped)",
                                           "bottom coded first (swapped)"):
                    # A single name is the matrix, primaries and transfer alike.
                    matrix = transfer = item
    capped = re.search(r"Picture size (\d+)x(\d+) exceeds specified max pixel count", text)
    if capped:
        # The decoder refused the frame size itself (-max_pixels), so ffmpeg prints no size.
        width, height = int(capped.group(1)), int(capped.group(2))
    if not width or not height:
        raise VideoError("the video stream has no picture size", path=path,
                         hint="the file may be damaged; copy it again", code="video.invalid")
    if max(width, height) > MAX_VIDEO_SIDE or width * height > MAX_VIDEO_PIXELS:
        raise VideoError(
            f"the video's frames are too large ({width}x{height}; the limit is 8K, "
            f"{MAX_VIDEO_SIDE} pixels on a side)", path=path,
            hint="export the clip at 4K or smaller", code="video.too_large",
            size=(width, height), limit=MAX_VIDEO_PIXELS)
    streams = sum(1 for line in lines if line.strip().startswith("Stream #0:"))
    if streams > MAX_STREAMS:
        raise VideoError(f"the file has {streams} streams; at most {MAX_STREAMS} are allowed",
                         path=path, hint="export the clip again with one video and one audio "
                                         "track", code="video.too_many_streams",
                         streams=streams, limit=MAX_STREAMS)

    # Side data follows the stream line (indented) until the next stream.
    rotation = 0
    for line in lines[video_index + 1:]:
        if line.strip().startswith("Stream #"):
            break
        rot = re.search(r"display ?matrix: rotation of (-?\d+(?:\.\d+)?) degrees", line, re.I)
        if rot:
            # ffmpeg reports the counter-clockwise angle; players turn clockwise by -angle.
            rotation = round(-float(rot.group(1)) / 90) * 90 % 360
            break
    display = (height, width) if rotation in (90, 270) else (width, height)

    duration = _duration(text)
    if duration is None or duration <= 0:
        duration = _measure_duration(path)
    if not fps:
        fps = tbr or 30.0
    if fps > MAX_VIDEO_FPS:
        raise VideoError(f"the clip's frame rate is {fps:g} fps; at most {MAX_VIDEO_FPS:g} "
                         "are allowed", path=path, hint="export the clip at 30 or 60 fps",
                         code="video.bad_frame_rate", fps=fps, limit=MAX_VIDEO_FPS)
    if duration > MAX_VIDEO_DURATION:
        raise VideoError(
            f"the clip is {duration / 60:.0f} minutes long; at most "
            f"{MAX_VIDEO_DURATION / 60:.0f} minutes are allowed", path=path,
            hint="cut the part you need with the phone's editor first",
            code="video.source_too_long", duration=duration, limit=MAX_VIDEO_DURATION)
    # Phones record variable frame rate: the average rate then differs from the base rate.
    vfr = bool(fps and tbr and abs(fps - tbr) / tbr > 0.01)

    audio_codec = audio_rate = None
    if audio_line is not None:
        aparts = _split_top(audio_line.split(": Audio: ", 1)[1])
        audio_codec = aparts[0].split()[0] if aparts else "?"
        for part in aparts[1:]:
            hz = re.match(r"^(\d+) Hz$", part)
            if hz:
                audio_rate = int(hz.group(1))
    return VideoInfo(
        path=path, width=width, height=height, rotation=rotation, display_size=display,
        duration=duration, fps=fps, vfr=vfr, codec=codec, pix_fmt=pix_fmt,
        has_audio=audio_line is not None, audio_codec=audio_codec, audio_rate=audio_rate,
        color_matrix=matrix, color_transfer=transfer, color_range=color_range,
    )


def measure_video(info: VideoInfo) -> VideoInfo:
    """``info`` with the picture's own length, read packet by packet (no decoding: a
    20 s 1080p clip takes a fraction of a second). A file whose frames stop before
    its index says (a copy cut short) is a VideoError here, before any encoding.
    """
    result = run_quick([*input_args(info.path), "-map", "0:v:0", "-c", "copy", "-f", "null",
                        "-"], timeout=600.0, path=info.path)
    text = result.stderr.decode("utf-8", "replace")
    times = re.findall(r"time=(\d+):(\d+):(\d+(?:\.\d+)?)", text)
    last = 0.0
    if times:
        h, m, s = times[-1]
        last = int(h) * 3600 + int(m) * 60 + float(s)
    # The last packet's time plus one frame is the end of the picture.
    length = last + 1.0 / max(info.fps, 1.0) if times else 0.0
    broken = "partial file" in text or "corrupt input packet" in text
    if broken or length <= 0:
        raise VideoError(
            f"the video file is cut short: only {length:.1f} s of {info.duration:.1f} s "
            "can be read", path=info.path,
            hint="the copy was interrupted; copy it again from the phone",
            code="video.truncated", readable=length, duration=info.duration)
    return replace(info, video_duration=length)


def _measure_duration(path: Path) -> float:
    """Read every packet once (no decoding) for containers that do not store a duration."""
    result = run_quick([*input_args(path), "-map", "0:v:0", "-c", "copy", "-f", "null", "-"],
                       timeout=300.0, path=path)
    text = result.stderr.decode("utf-8", "replace")
    times = re.findall(r"time=(\d+):(\d+):(\d+(?:\.\d+)?)", text)
    if not times:
        raise VideoError("cannot tell how long the video is", path=path,
                         hint="the file may be damaged; copy it again", code="video.invalid")
    h, m, s = times[-1]
    duration = int(h) * 3600 + int(m) * 60 + float(s)
    if duration <= 0:
        raise VideoError("the video has no frames", path=path,
                         hint="the file may be damaged; copy it again", code="video.invalid")
    return duration
