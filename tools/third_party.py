"""Write THIRD-PARTY-NOTICES.md: every component the app ships, with its licence.

    python tools/third_party.py           write THIRD-PARTY-NOTICES.md (repository root)
    python tools/third_party.py --check   fail if the file is not current for what is installed
    python tools/third_party.py --check-licences
                                          fail if an installed package or the FFmpeg build is
                                          missing from the file or listed under another
                                          licence (versions may differ: the test suite's check,
                                          so that a new upstream release cannot fail it; the
                                          package build writes the file afresh)
    python tools/third_party.py --out F   write somewhere else (the Windows package's folder)

Read from what is installed, never typed by hand: the Python packages the app
needs at run time (``studio-konten-cimahi``'s dependencies, followed through
their own, from ``importlib.metadata``: name, version, licence, homepage); the
native libraries the wheels carry inside them (``<package>.libs`` folders:
libx265 in pillow-heif, FFmpeg's libraries in OpenCV …); the FFmpeg program in
imageio-ffmpeg (run with ``-version`` and ``-L``: its version, its licence and
whether it was built with GPL parts such as libx264); Qt under PySide6; and
the fonts in the brand kit with their licence files. The About box lists the
table of components from this file; the Windows packaging runs the same tool on
the build machine, whose wheels carry Windows builds of the same libraries.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata as metadata
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "THIRD-PARTY-NOTICES.md"
APP = "studio-konten-cimahi"
FONTS = ROOT / "assets" / "branding" / "fonts"
# Marks around the components table (gui/about.py reads the rows between them).
TABLE_START = "<!-- components -->"
TABLE_END = "<!-- /components -->"

# Native libraries found inside wheels, by the start of their file name: their licences
# (from each project's own licence; the wheel's package licence does not cover them).
NATIVE_LICENCES = (
    ("libx265", "x265", "GPL-2.0-or-later"),
    ("libde265", "libde265", "LGPL-3.0-or-later"),
    ("libheif", "libheif", "LGPL-3.0-or-later"),
    ("libavcodec", "FFmpeg libavcodec", "LGPL-2.1-or-later"),
    ("libavformat", "FFmpeg libavformat", "LGPL-2.1-or-later"),
    ("libavutil", "FFmpeg libavutil", "LGPL-2.1-or-later"),
    ("libswresample", "FFmpeg libswresample", "LGPL-2.1-or-later"),
    ("libswscale", "FFmpeg libswscale", "LGPL-2.1-or-later"),
    ("libaom", "libaom (AV1)", "BSD-2-Clause"),
    ("libdav1d", "dav1d (AV1)", "BSD-2-Clause"),
    ("libavif", "libavif", "BSD-2-Clause"),
    ("libvpx", "libvpx (VP8/VP9)", "BSD-3-Clause"),
    ("libwebp", "libwebp", "BSD-3-Clause"),
    ("libsharpyuv", "libwebp sharpyuv", "BSD-3-Clause"),
    ("libjpeg", "libjpeg-turbo", "IJG AND BSD-3-Clause AND Zlib"),
    ("libopenjp2", "OpenJPEG", "BSD-2-Clause"),
    ("libtiff", "libtiff", "libtiff"),
    ("libpng", "libpng", "Libpng"),
    ("libz", "zlib", "Zlib"),
    ("liblzma", "XZ Utils liblzma", "0BSD"),
    ("libfreetype", "FreeType", "FTL OR GPL-2.0-or-later"),
    ("libharfbuzz", "HarfBuzz", "MIT"),
    ("libbrotli", "Brotli", "MIT"),
    ("liblcms2", "Little CMS", "MIT"),
    ("libxcb", "libxcb", "MIT"),
    ("libXau", "libXau", "MIT"),
    ("libopenblas", "OpenBLAS", "BSD-3-Clause"),
    ("libopenblasp", "OpenBLAS", "BSD-3-Clause"),
    ("libscipy_openblas", "OpenBLAS", "BSD-3-Clause"),
    ("libbrotlicommon", "Brotli", "MIT"),
    ("libbrotlidec", "Brotli", "MIT"),
    ("libbrotlienc", "Brotli", "MIT"),
    ("libwebpdemux", "libwebp", "BSD-3-Clause"),
    ("libwebpmux", "libwebp", "BSD-3-Clause"),
    ("libdrm", "libdrm", "MIT"),
    ("libgfortran", "GNU Fortran runtime", "GPL-3.0-or-later WITH GCC-exception-3.1"),
    ("libquadmath", "GCC libquadmath", "LGPL-2.1-or-later"),
    ("libgcc", "GCC runtime", "GPL-3.0-or-later WITH GCC-exception-3.1"),
    ("libstdc++", "GNU C++ library", "GPL-3.0-or-later WITH GCC-exception-3.1"),
    ("libssl", "OpenSSL libssl", "OpenSSL"),
    ("libcrypto", "OpenSSL libcrypto", "OpenSSL"),
    ("libffi", "libffi", "MIT"),
    ("libyuv", "libyuv", "BSD-3-Clause"),
    ("libQt6", "Qt 6", "LGPL-3.0-only"),
    ("libicu", "ICU", "Unicode-3.0"),
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    homepage: str = ""
    note: str = ""


# -- Python packages ---------------------------------------------------------------------

def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement names, or None when only an extra or another
    platform needs it."""
    if ";" in requirement:
        marker = requirement.split(";", 1)[1]
        if "extra ==" in marker:
            return None
        try:
            from packaging.markers import Marker

            if not Marker(marker.strip()).evaluate():
                return None
        except Exception:  # no packaging, or an odd marker: keep it (listed if installed)
            pass
    name = re.split(r"[\s<>=!~;\[(]", requirement.strip(), maxsplit=1)[0]
    return name or None


def runtime_distributions() -> list[metadata.Distribution]:
    """The app's run-time dependencies and theirs, as installed (the app itself left out)."""
    seen: dict[str, metadata.Distribution] = {}
    queue = [APP]
    while queue:
        name = queue.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = _normal(dist.metadata["Name"])
        if key in seen:
            continue
        seen[key] = dist
        for requirement in dist.requires or ():
            wanted = _requirement_name(requirement)
            if wanted:
                queue.append(wanted)
    seen.pop(_normal(APP), None)
    return sorted(seen.values(), key=lambda d: _normal(d.metadata["Name"]))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    text = (meta.get("License") or "").strip()
    classifiers = [c.rsplit("::", 1)[1].strip() for c in meta.get_all("Classifier") or ()
                   if c.startswith("License ::") and c.count("::") >= 2]
    # A short licence name; a vague one ("Dual License") gives way to the classifiers.
    if text and "\n" not in text and len(text) <= 60 and text.upper() != "UNKNOWN" \
            and not (classifiers and "license" in text.lower() and len(text.split()) > 1
                     and not any(w in text for w in ("MIT", "BSD", "GPL", "Apache"))):
        return text
    if classifiers:
        return " / ".join(classifiers)
    return text.splitlines()[0][:60] if text else "see the package's licence file"


def homepage_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    urls = {}
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    for label in ("homepage", "home", "source", "source code", "repository", "documentation"):
        if urls.get(label):
            return urls[label]
    return (meta.get("Home-page") or next(iter(urls.values()), "")).strip()


def python_components() -> list[Component]:
    return [Component(d.metadata["Name"], d.version, licence_of(d), homepage_of(d))
            for d in runtime_distributions()]


# -- native libraries and programs inside the wheels ---------------------------------------

def native_components(dists: list[metadata.Distribution]) -> list[Component]:
    """Shared libraries carried in ``<package>.libs`` folders (auditwheel, delvewheel)."""
    found: dict[tuple[str, str], Component] = {}
    for dist in dists:
        root = Path(str(dist.locate_file("")))
        folders = {root / f"{_normal(dist.metadata['Name']).replace('-', '_')}.libs",
                   root / f"{dist.metadata['Name']}.libs"}
        for folder in sorted(folders):
            if not folder.is_dir():
                continue
            for library in sorted(folder.iterdir()):
                # One not in the table is listed all the same: nothing shipped goes unnamed.
                name, licence, version = _native(library.name) or (
                    library.name, "see the library's own licence", "")
                key = (name, dist.metadata["Name"])
                found.setdefault(key, Component(
                    name, version, licence,
                    note=f"inside {dist.metadata['Name']} {dist.version}"))
    return sorted(found.values(), key=lambda c: (c.note, c.name.lower()))


def _native(file_name: str) -> tuple[str, str, str] | None:
    for prefix, name, licence in NATIVE_LICENCES:
        if file_name.startswith(prefix) and (len(file_name) == len(prefix)
                                             or not file_name[len(prefix)].isalpha()):
            # The file's own number: a library version on Windows, the soname's on Linux.
            match = re.search(r"\.so\.([\d.]+)$|-(\d[\d.]*)\.dll$", file_name)
            version = f"lib {match.group(1) or match.group(2)}" if match else ""
            return name, licence, version
    return None


# The external libraries FFmpeg's configure lets in only with --enable-gpl
# (EXTERNAL_LIBRARY_GPL_LIST): their presence is what makes a build GPL.
GPL_LIBRARIES = frozenset({
    "avisynth", "frei0r", "libcdio", "libdavs2", "libdvdnav", "libdvdread", "librubberband",
    "libvidstab", "libx264", "libx265", "libxavs", "libxavs2", "libxvid"})


@dataclass(frozen=True)
class FFmpegBuild:
    version: str
    licence: str
    gpl_parts: tuple[str, ...]
    binary: str


def ffmpeg_build() -> FFmpegBuild | None:
    """The FFmpeg program imageio-ffmpeg ships, as it describes itself."""
    try:
        import imageio_ffmpeg

        exe = imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:
        return None
    run = {"capture_output": True, "text": True, "timeout": 60}
    version_text = subprocess.run([exe, "-hide_banner", "-version"], **run).stdout
    licence_text = subprocess.run([exe, "-hide_banner", "-L"], **run).stdout
    first = version_text.splitlines()[0] if version_text else ""
    version = first.split(" Copyright", 1)[0].removeprefix("ffmpeg version ").strip()
    flags = set(re.findall(r"--enable-([\w-]+)", version_text))
    if "nonfree" in flags:
        licence = "unredistributable (built with --enable-nonfree)"
    elif "gpl" in flags:
        licence = "GPL-3.0-or-later" if "version3" in flags else "GPL-2.0-or-later"
    else:
        licence = "LGPL-3.0-or-later" if "version3" in flags else "LGPL-2.1-or-later"
    said = re.search(r"GNU (Lesser )?General Public License as published by", licence_text)
    if said and "gpl" in flags and said.group(1):
        licence += " (says LGPL)"  # never seen: a GPL build describing itself as LGPL
    gpl_parts = tuple(sorted(f for f in flags if f in GPL_LIBRARIES))
    return FFmpegBuild(version, licence, gpl_parts, Path(exe).name)


def qt_component() -> Component | None:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return None
    return Component("Qt", qVersion(), "LGPL-3.0-only", "https://www.qt.io/",
                     note=f"inside PySide6-Essentials {PySide6.__version__}")


def font_components() -> list[Component]:
    fonts = []
    for licence in sorted(FONTS.glob("OFL-*.txt")):
        family = licence.stem.removeprefix("OFL-")
        family = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", family)
        files = sorted(p.name for p in FONTS.glob("*.ttf")
                       if p.stem.replace("-", "").lower().startswith(
                           family.replace(" ", "").lower()))
        fonts.append(Component(family, "", "OFL-1.1", "",
                               note=f"{', '.join(files)}; licence: "
                                    f"assets/branding/fonts/{licence.name}"))
    return fonts


# -- the file --------------------------------------------------------------------------------

def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def notices() -> str:
    dists = runtime_distributions()
    packages = python_components()
    natives = native_components(dists)
    ffmpeg = ffmpeg_build()
    qt = qt_component()
    fonts = font_components()

    rows: list[Component] = [Component("Studio Konten Cimahi", _app_version(), "MIT", "",
                                       note="this program")]
    if qt is not None:
        rows.append(qt)
    if ffmpeg is not None:
        note = "program inside imageio-ffmpeg"
        if ffmpeg.gpl_parts:
            note += "; GPL parts: " + ", ".join(ffmpeg.gpl_parts)
        rows.append(Component("FFmpeg", ffmpeg.version, ffmpeg.licence, "https://ffmpeg.org/",
                              note=note))
    rows += fonts + packages + natives

    lines = [
        "# Third-party notices",
        "",
        "Studio Konten Cimahi (MIT licence) ships with the components below. This file is",
        "written by `python tools/third_party.py` from what is installed; do not edit it by",
        "hand (`python tools/third_party.py --check` tells whether it is current).",
        "",
        TABLE_START,
        "| component | version | licence | homepage | note |",
        "|---|---|---|---|---|",
        *(f"| {_cell(c.name)} | {_cell(c.version)} | {_cell(c.licence)} | {_cell(c.homepage)} "
          f"| {_cell(c.note)} |" for c in rows),
        TABLE_END,
        "",
        "## FFmpeg",
        "",
    ]
    if ffmpeg is None:
        lines.append("imageio-ffmpeg is not installed: no FFmpeg program is shipped.")
    else:
        lines += [
            f"imageio-ffmpeg carries the FFmpeg program `{ffmpeg.binary}`, version "
            f"{ffmpeg.version}. It was built with `--enable-gpl`"
            + (" and `--enable-version3`" if "3.0" in ffmpeg.licence else "")
            + f", so it is licensed under the **{ffmpeg.licence}**"
            + (f" (it includes {', '.join(ffmpeg.gpl_parts)})." if ffmpeg.gpl_parts else ".")
            if "GPL" in ffmpeg.licence and "LGPL" not in ffmpeg.licence
            else f"imageio-ffmpeg carries the FFmpeg program `{ffmpeg.binary}`, version "
                 f"{ffmpeg.version}, licensed under the **{ffmpeg.licence}**.",
            "",
            "The app runs it as a separate program, unchanged, and links none of its code.",
            "Whoever passes the app on passes FFmpeg on too and must offer its source",
            "(FFmpeg's and that of the libraries built into it) under the same licence:",
            "the FFmpeg version above and its configuration (`ffmpeg -version`) identify the",
            "build; the sources are at https://ffmpeg.org/download.html and with the build",
            "scripts of the imageio-ffmpeg project (https://github.com/imageio/imageio-ffmpeg).",
        ]
    lines += [
        "",
        "## Native libraries inside the Python packages",
        "",
        "Wheels carry shared libraries of their own (listed above with the package they come",
        "in). Their licences are their projects', not the package's: notably x265 inside",
        "pillow-heif is GPL-2.0-or-later (used to write HEIC, which this app never does; it",
        "only reads), and OpenCV's wheel carries FFmpeg's libraries under the LGPL.",
        "",
        "## Licence texts",
        "",
        "Each Python package's licence text is in its installed metadata folder",
        "(`<name>-<version>.dist-info/`, `licenses/` or `LICENSE*`); the fonts' in",
        "`assets/branding/fonts/`; Qt's with PySide6 (https://www.qt.io/licensing/); the",
        "GNU licences at https://www.gnu.org/licenses/.",
        "",
    ]
    return "\n".join(lines)


def check_licences(path: Path) -> int:
    """Every installed run-time package, and the FFmpeg build, is in the file's table
    under the licence it declares; versions are not compared."""
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    listed = {}
    for line in current.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3:
            listed.setdefault(_normal(cells[0]), set()).add(cells[2])
    wanted = [(c.name, c.licence) for c in python_components()]
    build = ffmpeg_build()
    if build is not None:
        wanted.append(("FFmpeg", build.licence))
    missing = [f"{name} ({licence})" for name, licence in wanted
               if licence not in listed.get(_normal(name), set())]
    if missing:
        print(f"{path.name} does not list: " + "; ".join(missing)
              + " — run python tools/third_party.py")
        return 1
    return 0


def _app_version() -> str:
    try:
        return metadata.version(APP)
    except metadata.PackageNotFoundError:
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--check-licences", action="store_true")
    parser.add_argument("--out", type=Path, default=NOTICES)
    args = parser.parse_args(argv)
    if args.check_licences:
        return check_licences(args.out)
    text = notices()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
        if current != text:
            sys.stdout.writelines(difflib.unified_diff(
                current.splitlines(True), text.splitlines(True), str(args.out), "installed"))
            print(f"{args.out.name} is not current: run python tools/third_party.py")
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
