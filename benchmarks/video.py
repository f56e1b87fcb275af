"""Video export speed and memory against the encode floor (run by hand).

    python benchmarks/video.py [--repeat 3] [--presets]

Two 20 s clips (1080x1920 portrait and 1920x1080 landscape, 30 fps, with
sound) are generated once into a temp folder: a slow pan across a large
photo-like texture (several octaves of value noise in natural colours) with
light sensor noise, so the encoder works about as hard as on phone footage.
Each is exported to Instagram Reels (1080x1920) through the shipped
``liputan-kegiatan`` template: plan (Pillow draws the static layers, PNGs
written) plus the one ffmpeg process. The floor is a plain ffmpeg transcode
of the same clip with the same encoder settings and no branding (same pixel
count: 1920x1080 = 1080x1920). Runs alternate floor/branded so background
load hits both alike; the best of ``--repeat`` runs is compared. Peak RSS is
sampled from the ffmpeg child with psutil.

Targets: branded <= 1.15x the floor, ffmpeg peak RSS <= 500 MB.

The shipped template shows the clip in the upper part of a 9:16 frame (a
title band fills the rest), so a second case stretches the clip over the
whole frame: as much moving picture as the floor encodes.

The branded picture is not the floor's picture: the template's title band
covers part of the frame, and a flat band is cheaper to encode than footage.
So the benchmark also times decode + filters alone (``-f null``, no encoder)
for both, and prints the filter graph's own cost as a share of the floor:
the overhead the branding adds whatever the content.

``--presets`` also times the floor with a few x264 presets (how the default
preset was chosen).

The recap reel (``--recap``; ``--recap-only`` for just that): a 30 s recap of
ten 12 MP camera-size photos (photo-like textures, JPEG) for Instagram Reels
through the shipped template, without intro, outro or music, timed whole:
Pillow decodes, face detection and pre-scaling plus the one ffmpeg process
(a moving crop per photo, cross-fades, the overlay). Its floor is a plain
ffmpeg encode of the same number of frames from the same ten pictures already
cut to 1080x1920 (as the recap shows them: cut, not squeezed), each decoded
once and held, joined, silent AAC, with the recap's own encoder options
(copied from its plan) - no motion, no branding, no decoding of the camera
files. Wall and CPU seconds and the load are printed. Target: recap <= 1.2x
the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

try:
    import resource  # CPU seconds of the ffmpeg children (not on Windows)
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]
import psutil
from PIL import Image, ImageOps

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.brand import default_brand  # noqa: E402
from studio.platforms import get_platform  # noqa: E402
from studio.template import default_library  # noqa: E402
from studio.template.loader import LoadedTemplate  # noqa: E402
from studio.video.ffmpeg import ffmpeg_exe, popen_kwargs  # noqa: E402
from studio.video.plan import EncoderSettings, plan_video  # noqa: E402
from studio.video.probe import measure_video, probe_video  # noqa: E402

FIELDS = {"judul": "Rapat Koordinasi Kehumasan Se-Kota Cimahi", "tanggal": "2026-11-30",
          "lokasi": "Aula Gedung B Pemkot Cimahi"}
CLIPS = {"portrait 1080x1920": (1080, 1920), "landscape 1920x1080": (1920, 1080)}
DURATION = 20


def texture(width: int, height: int, seed: int = 3) -> Image.Image:
    """A photo-like still: octaves of smooth value noise mapped to sky/foliage colours."""
    rng = np.random.default_rng(seed)
    field = np.zeros((height, width), np.float32)
    for octave in range(9):
        cells = 4 * 2**octave
        grid = rng.random((cells + 1, cells + 1)).astype(np.float32)
        layer = Image.fromarray((grid * 255).astype(np.uint8)).resize(
            (width, height), Image.Resampling.BICUBIC)
        field += np.asarray(layer, np.float32) / 255 * 0.72**octave
    field = (field - field.min()) / (field.max() - field.min())
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    sky = np.array([120, 170, 220], np.float32)
    leaf = np.array([40, 95, 45], np.float32)
    earth = np.array([150, 110, 70], np.float32)
    mix = np.clip(field * 1.4 - 0.2 + (y - 0.5) * 0.8, 0, 1)[..., None]
    colour = np.where(mix < 0.5, sky + (leaf - sky) * mix * 2,
                      leaf + (earth - leaf) * (mix - 0.5) * 2)
    detail = (field[..., None] - 0.5) * 90
    return Image.fromarray(np.clip(colour + detail, 0, 255).astype(np.uint8))


def make_clip(folder: Path, size: tuple[int, int]) -> Path:
    path = folder / f"bench-v3-{size[0]}x{size[1]}-{DURATION}s.mp4"
    if path.exists():
        return path
    print(f"generating {path.name} (once) ...", flush=True)
    still = folder / f"texture-{size[0]}x{size[1]}.png"
    texture(size[0] + 40 * DURATION, size[1] + 20 * DURATION).save(still)
    part = path.with_suffix(".part.mp4")
    subprocess.run([
        ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-i", str(still),
        "-f", "lavfi", "-i", f"sine=f=330:d={DURATION}:r=48000",
        # The still is decoded once and repeated in memory, then panned.
        "-vf", f"loop=loop=-1:size=1,settb=1/30,setpts=N,trim=duration={DURATION},"
               f"crop={size[0]}:{size[1]}:x='t*40':y='t*20',noise=alls=4:allf=t,"
               "format=yuv420p",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "18",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
        "-c:a", "aac", "-shortest", str(part)], check=True)
    part.replace(path)
    return path


def timed_run(argv: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (bytes) of one ffmpeg run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               **popen_kwargs())
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            child = psutil.Process(process.pid)
            while not done.is_set():
                peak = max(peak, child.memory_info().rss)
                done.wait(0.05)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    done.set()
    sampler.join()
    if code != 0:
        raise RuntimeError(f"ffmpeg failed ({code}): {' '.join(argv[:8])} ...")
    return time.perf_counter() - start, peak


def cpu_run(argv: list[str]) -> tuple[float, int, float]:
    """Like :func:`timed_run`, plus the child's CPU seconds (user + system): on a
    shared machine the CPU a run needs varies less than its wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    seconds, peak = timed_run(argv)
    if resource is None or before is None:
        return seconds, peak, float("nan")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, peak, cpu


def floor_argv(source: Path, output: Path, encoder: EncoderSettings, maxrate: int,
               bufsize: int) -> list[str]:
    """The plain transcode: same encoder settings as an export, no filters, no branding."""
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-i", str(source),
            "-c:v", "libx264", "-profile:v", "high", "-preset", encoder.preset,
            "-crf", str(encoder.crf), "-maxrate", f"{maxrate}k", "-bufsize", f"{bufsize}k",
            "-g", str(round(30 * encoder.gop_seconds)), "-keyint_min", "30",
            "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", f"{encoder.audio_kbps}k",
            "-ar", "48000", "-ac", "2", "-movflags", "+faststart", "-f", "mp4", str(output)]


def full_frame(loaded: LoadedTemplate) -> LoadedTemplate:
    """The template with the clip filling the whole 9:16 frame (the band over it):
    as much moving picture as the floor, the hardest case for the encoder."""
    variants = {aspect: dict(layers) for aspect, layers in loaded.template.variants.items()}
    tall = variants.setdefault("tall", {})
    tall["foto"] = {**tall.get("foto", {}), "box": [0, 0, 1, 1]}
    template = loaded.template.model_copy(update={"variants": variants})
    return LoadedTemplate(template=template, folder=loaded.folder)


def bench_clip(name: str, source: Path, work: Path, repeat: int,
               loaded: LoadedTemplate, label: str) -> dict[str, float]:
    brand = default_brand()
    platform = get_platform("instagram_reels")
    info = measure_video(probe_video(source))
    floors, brandeds, plans, peaks_floor, peaks_branded = [], [], [], [], []
    maxrate = bufsize = 0
    for _ in range(repeat):
        start = time.perf_counter()
        plan = plan_video(info, loaded, brand, FIELDS, platform, intro=False, outro=False)
        planned = time.perf_counter() - start
        maxrate, bufsize = plan.maxrate_kbps, _bufsize(plan.argv)
        try:
            floor_time, floor_peak = timed_run(floor_argv(source, work / "floor.mp4",
                                                          EncoderSettings(), maxrate, bufsize))
            branded_time, branded_peak = timed_run(plan.command(work / "branded.mp4"))
        finally:
            plan.cleanup()
        floors.append(floor_time)
        brandeds.append(planned + branded_time)
        plans.append(planned)
        peaks_floor.append(floor_peak)
        peaks_branded.append(branded_peak)
    best_floor, best_branded = min(floors), min(brandeds)
    ratio = best_branded / best_floor
    ratios = [b / f for f, b in zip(floors, brandeds, strict=True)]
    print(f"\n{name} -> instagram_reels 1080x1920, {DURATION} s, {label}, no intro/outro")
    print(f"  floor (plain transcode)  best {best_floor:6.2f} s   runs "
          + " ".join(f"{t:.2f}" for t in floors))
    print(f"  branded (plan + ffmpeg)  best {best_branded:6.2f} s   runs "
          + " ".join(f"{t:.2f}" for t in brandeds) + f"   (plan {min(plans):.2f} s)")
    print(f"  ratio best/best {ratio:.3f}x   per-run median {statistics.median(ratios):.3f}x"
          f"   target <= 1.15x  {'OK' if ratio <= 1.15 else 'OVER'}")
    peak = max(peaks_branded) / 2**20
    print(f"  ffmpeg peak RSS: branded {peak:.0f} MB, floor {max(peaks_floor) / 2**20:.0f} MB"
          f"   target <= 500 MB  {'OK' if peak <= 500 else 'OVER'}")
    plan = plan_video(info, loaded, brand, FIELDS, platform, intro=False, outro=False)
    try:
        decode, filtered = filter_overhead(source, list(plan.argv), repeat)
    finally:
        plan.cleanup()
    overhead = (filtered - decode) / best_floor
    print(f"  without encoding: decode {decode:.2f} s, decode + branded filters {filtered:.2f} s"
          f"  -> filters add {overhead * 100:.1f}% of the floor")
    sizes = ((work / "floor.mp4").stat().st_size, (work / "branded.mp4").stat().st_size)
    print(f"  sizes: floor {sizes[0] / 1e6:.1f} MB, branded {sizes[1] / 1e6:.1f} MB "
          f"(maxrate {maxrate} kb/s)")
    return {"ratio": ratio, "peak_mb": peak, "overhead": overhead}


def filter_overhead(source: Path, plan_argv: list[str], repeat: int) -> tuple[float, float]:
    """Seconds to decode only, and to decode + run the branded filter graph (no encoder)."""
    plain = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-i", str(source),
             "-map", "0:v", "-f", "null", "-"]
    graph = list(plan_argv)
    cut = graph.index("-c:v")
    branded = [*graph[:cut], "-f", "null", "-"]
    decode = min(timed_run(plain)[0] for _ in range(repeat))
    filtered = min(timed_run(branded)[0] for _ in range(repeat))
    return decode, filtered


def _bufsize(argv: tuple[str, ...]) -> int:
    return int(argv[argv.index("-bufsize") + 1].rstrip("k"))


def bench_presets(source: Path, work: Path) -> None:
    print(f"\nx264 presets on {source.name} (floor transcode, CRF 20, capped 16 Mb/s):")
    for preset in ("ultrafast", "superfast", "veryfast", "faster", "fast"):
        encoder = EncoderSettings(preset=preset)
        seconds, _ = timed_run(floor_argv(source, work / f"p-{preset}.mp4", encoder,
                                          16000, 32000))
        size = (work / f"p-{preset}.mp4").stat().st_size
        print(f"  {preset:10s} {seconds:6.2f} s  ({DURATION * 30 / seconds:5.1f} fps)  "
              f"{size / 1e6:6.1f} MB")


RECAP_PHOTOS = 10
RECAP_SECONDS = 30


def make_photos(folder: Path) -> list[Path]:
    """Ten 4000x3000 photo-like JPEGs (generated once)."""
    paths = []
    for n in range(RECAP_PHOTOS):
        path = folder / f"recap-photo-{n:02d}.jpg"
        if not path.exists():
            print(f"generating {path.name} (once) ...", flush=True)
            image = texture(1000, 750, seed=10 + n).resize((4000, 3000),
                                                           Image.Resampling.BICUBIC)
            image.save(path, quality=90)
        paths.append(path)
    return paths


def recap_floor_argv(stills: list[Path], output: Path, frames: int,
                     encode: list[str]) -> list[str]:
    """``frames`` frames from stills already at 1080x1920: each decoded once, held, joined,
    and encoded with ``encode`` (the recap's own encoder options, copied from its plan)."""
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y"]
    for still in stills:
        argv += ["-i", str(still)]
    argv += ["-f", "lavfi", "-i", f"anullsrc=r=48000:cl=stereo,atrim=duration={frames / 30}"]
    held = [frames // len(stills) + (1 if n < frames % len(stills) else 0)
            for n in range(len(stills))]
    chains = [f"[{n}:v]loop=loop={count - 1}:size=1,settb=1/30,setpts=N,"
              f"format=yuv420p[v{n}]" for n, count in enumerate(held)]
    joined = "".join(f"[v{n}]" for n in range(len(stills)))
    graph = ";".join([*chains, f"{joined}concat=n={len(stills)}:v=1:a=0[vout]"])
    return [*argv, "-filter_complex", graph, "-map", "[vout]", "-map", f"{len(stills)}:a",
            *encode, str(output)]


def plan_encode_args(argv: tuple[str, ...]) -> list[str]:
    """The encoder half of a plan's command (from ``-c:v`` on): the floor encodes alike."""
    return list(argv[argv.index("-c:v"):])


def naive_floor_argv(photos: list[Path], output: Path, frames: int,
                     encode: list[str]) -> list[str]:
    """The slideshow command a person would type: each camera photo looped for its
    3 s (decoded and scaled every frame), cut to 9:16, joined, same encoder."""
    hold = frames / 30 / len(photos)
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y"]
    for photo in photos:
        argv += ["-loop", "1", "-framerate", "30", "-t", f"{hold:g}", "-i", str(photo)]
    argv += ["-f", "lavfi", "-i", f"anullsrc=r=48000:cl=stereo,atrim=duration={frames / 30}"]
    chains = [f"[{n}:v]scale=1080:1920:force_original_aspect_ratio=increase,crop=1080:1920,"
              f"setsar=1,format=yuv420p[v{n}]" for n in range(len(photos))]
    joined = "".join(f"[v{n}]" for n in range(len(photos)))
    graph = ";".join([*chains, f"{joined}concat=n={len(photos)}:v=1:a=0[vout]"])
    return [*argv, "-filter_complex", graph, "-map", "[vout]", "-map", f"{len(photos)}:a",
            *encode, str(output)]


def bench_recap(cache: Path, work: Path, repeat: int) -> dict[str, float]:
    from studio.job import RecapSpec
    from studio.video.recap import media_box, plan_recap, prepare_segments, seen_target

    brand = default_brand()
    platform = get_platform("instagram_reels")
    loaded = default_library().get("liputan-kegiatan")
    photos = make_photos(cache)
    stills = []
    for n, photo in enumerate(photos):
        # The picture the recap shows: the photo cut to 9:16 at the output's scale
        # (squeezed to 9:16 instead it holds 2.4x the detail across: dearer to encode).
        still = work / f"floor-{n:02d}.jpg"
        with Image.open(photo) as image:
            ImageOps.fit(image.convert("RGB"), (1080, 1920),
                         Image.Resampling.BICUBIC).save(still, quality=92)
        stills.append(still)
    spec = RecapSpec(duration=RECAP_SECONDS, music=False, intro=False, outro=False)
    floors, naives, recaps, prepares, peaks = [], [], [], [], []
    cpu_floors, cpu_recaps, loads = [], [], []
    for run in range(repeat):
        folder = work / f"recap-{run}"
        folder.mkdir()
        loads.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan"))
        start, cpu_start = time.perf_counter(), time.process_time()
        box = media_box(loaded, brand, FIELDS, platform)
        segments, _ = prepare_segments(photos, box, spec, folder,
                                       target=seen_target(loaded, brand, FIELDS, platform))
        plan = plan_recap(segments, loaded, brand, FIELDS, platform, spec, workdir=folder)
        prepared, prepared_cpu = time.perf_counter() - start, time.process_time() - cpu_start
        frames = round(plan.duration * plan.fps)
        encode = plan_encode_args(plan.argv)
        floor_time, _, floor_cpu = cpu_run(recap_floor_argv(stills, work / "recap-floor.mp4",
                                                            frames, encode))
        naive_time, _ = timed_run(naive_floor_argv(photos, work / "recap-naive.mp4", frames,
                                                   encode))
        naives.append(naive_time)
        recap_time, peak, recap_cpu = cpu_run(plan.command(work / "recap.mp4"))
        floors.append(floor_time)
        recaps.append(prepared + recap_time)
        prepares.append(prepared)
        peaks.append(peak)
        cpu_floors.append(floor_cpu)
        cpu_recaps.append(prepared_cpu + recap_cpu)
    # The filter graph alone (no encoder), and the floor with the clips' encoder
    # options (the preset alone), once each: where the recap's time goes.
    cut = list(plan.argv).index("-c:v")
    graph_time, graph_peak, graph_cpu = cpu_run([*plan.argv[:cut], "-f", "null", "-"])
    clip_encode = [*encode[:encode.index("-preset")], "-preset", EncoderSettings().preset,
                   *encode[encode.index("-crf"):]]
    plain_time, _, plain_cpu = cpu_run(recap_floor_argv(stills, work / "recap-floor2.mp4",
                                                        frames, clip_encode))
    ratio = min(recaps) / min(floors)
    ratios = [r / f for f, r in zip(floors, recaps, strict=True)]
    cpu_ratio = min(cpu_recaps) / min(cpu_floors)
    print(f"\nrecap reel: {RECAP_PHOTOS} photos 4000x3000 -> instagram_reels 1080x1920, "
          f"{frames} frames ({frames / 30:.2f} s), no intro/outro/music; "
          f"load at each run {' '.join(f'{v:.1f}' for v in loads)}")
    print(f"  encoder (recap and floor alike): {' '.join(encode[:encode.index('-g')])}")
    print(f"  floor ({frames} frames from 1080x1920 stills)  best {min(floors):6.2f} s   runs "
          + " ".join(f"{t:.2f}" for t in floors)
          + f"   CPU {' '.join(f'{t:.1f}' for t in cpu_floors)} s")
    print(f"  plain slideshow (camera files)      best {min(naives):6.2f} s   runs "
          + " ".join(f"{t:.2f}" for t in naives))
    print(f"  recap (prepare + ffmpeg)            best {min(recaps):6.2f} s   runs "
          + " ".join(f"{t:.2f}" for t in recaps) + f"   (prepare {min(prepares):.2f} s)"
          + f"   CPU {' '.join(f'{t:.1f}' for t in cpu_recaps)} s")
    print(f"  ratio best/best {ratio:.3f}x   per-run median {statistics.median(ratios):.3f}x"
          f"   CPU best/best {cpu_ratio:.3f}x   target <= 1.2x "
          f"{'OK' if ratio <= 1.2 else 'OVER'}")
    print(f"  against the plain slideshow command: {min(recaps) / min(naives):.3f}x")
    print(f"  recap filter graph alone (-f null): {graph_time:.2f} s, CPU {graph_cpu:.1f} s, "
          f"peak RSS {graph_peak / 2**20:.0f} MB")
    print(f"  floor with the clips' encoder options (preset only): {plain_time:.2f} s, "
          f"CPU {plain_cpu:.1f} s")
    print(f"  ffmpeg peak RSS: recap {max(peaks) / 2**20:.0f} MB")
    return {"ratio": ratio, "peak_mb": max(peaks) / 2**20, "overhead": 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="video export vs the encode floor")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--presets", action="store_true", help="also compare x264 presets")
    parser.add_argument("--recap", action="store_true", help="also the recap reel")
    parser.add_argument("--recap-only", action="store_true", help="only the recap reel")
    args = parser.parse_args(argv)
    cache = Path(tempfile.gettempdir()) / "studio-video-bench"
    cache.mkdir(exist_ok=True)
    print(f"ffmpeg: {ffmpeg_exe()}  cores: {psutil.cpu_count()}  "
          f"load: {', '.join(f'{v:.1f}' for v in psutil.getloadavg())}")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shipped = default_library().get("liputan-kegiatan")
        cases = [(shipped, "liputan-kegiatan"),
                 (full_frame(shipped), "liputan-kegiatan, clip full frame (worst case)")]
        if args.recap or args.recap_only:
            results["recap"] = bench_recap(cache, work, args.repeat)
        if args.recap_only:
            cases = []
        for loaded, label in cases:
            for name, size in CLIPS.items():
                results[f"{name}, {label}"] = bench_clip(name, make_clip(cache, size), work,
                                                        args.repeat, loaded, label)
        if args.presets:
            bench_presets(make_clip(cache, CLIPS["portrait 1080x1920"]), work)
    worst = max(r["ratio"] for r in results.values())
    print(f"\nworst ratio {worst:.3f}x, worst peak RSS "
          f"{max(r['peak_mb'] for r in results.values()):.0f} MB, worst filter overhead "
          f"{max(r['overhead'] for r in results.values()) * 100:.1f}% of the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
