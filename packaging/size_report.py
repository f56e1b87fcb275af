"""How big the built app folder is, and what makes it big.

    python packaging/size_report.py [dist/StudioKontenCimahi] [--limit-mb 350]
    python packaging/size_report.py --windows WHEELS [dist/StudioKontenCimahi] [--limit-mb 350]
                                    [--files]

Prints the total unpacked size and the largest parts (top-level entries of
``_internal``). With ``--limit-mb`` it exits 1 when the folder is larger.

``--windows WHEELS`` estimates, from a Linux build, the Windows app folder the same
spec makes, with the Windows wheels of the same versions in the folder WHEELS::

    pip download --only-binary=:all: --platform win_amd64 --python-version 3.11 \
        -d WHEELS PySide6-Essentials==6.11.3 opencv-python-headless==4.14.0.94 ...

Every file of the Linux build that is not a binary (the app's data, the Python code
archive, the two programs) counts as it is. Each Python extension module of the
build is replaced by the Windows wheel's ``.pyd`` of the same module, each Qt plugin
folder by the Windows plugins of that folder, and the ffmpeg program by the Windows
one; then the DLLs those import (read from their PE import tables) are added from
the wheels, as PyInstaller's dependency analysis would, and the spec's cuts
(``bundle_rules.py``) are applied. Linux's own shared libraries fall away. What no
wheel has - Python itself (python311.dll, the standard library's modules, the VC++
runtime) - counts at the Linux build's size, marked as such. Standard library only.
"""

from __future__ import annotations

import re
import struct
import sys
import zipfile
from pathlib import Path

from bundle_rules import wanted

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "StudioKontenCimahi"
SHOWN = 20
MB = 1024 * 1024


def size_of(path: Path) -> int:
    """Bytes in ``path``; symbolic links (PyInstaller's on Linux) count nothing."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# -- the Windows estimate -----------------------------------------------------------------
# A CPython extension module of the Linux build: name.cpython-311-x86_64-linux-gnu.so / .abi3.so
EXTENSION = re.compile(r"^(?P<stem>.+?)\.(?:cpython-\d+[^.]*|abi3)\.so$")
SHARED_LIB = re.compile(r"\.so(\.[0-9A-Za-z]+)*$")
LINUX_QT_PLUGINS = "PySide6/Qt/plugins/"
WINDOWS_QT_PLUGINS = "PySide6/plugins/"
# DLLs of Windows itself (never bundled).
SYSTEM_DLL = re.compile(r"^(api-ms-|ext-ms-|kernel32|user32|gdi32|advapi32|shell32|ole32|"
                        r"oleaut32|ws2_32|wsock32|msvcrt|ntdll|bcrypt|crypt32|comdlg32|winmm|"
                        r"version|dwmapi|uxtheme|imm32|netapi32|userenv|shlwapi|setupapi|"
                        r"dwrite|d2d1|d3d|dxgi|authz|mpr|winspool|comctl32|rpcrt4|shcore|"
                        r"wtsapi32|iphlpapi|dnsapi|secur32|ncrypt|opengl32\.dll|glu32|"
                        r"icuuc|icuin|icu\.dll|normaliz|powrprof|cfgmgr32|propsys|"
                        r"wintrust|msimg32|usp10|mswsock|synchronization|dbghelp|psapi|"
                        r"pdh|winhttp|wininet|hid|runtimeobject|d3d|mf|oleacc|"
                        r"userenv|credui|ntdsapi|combase|uiautomationcore)", re.IGNORECASE)
# What the Python installation brings (no wheel has it): counted at the Linux sizes.
PYTHON_RUNTIME_DLL = re.compile(r"^(python3\d*\.dll|vcruntime140(_1)?\.dll)$", re.IGNORECASE)


def pe_imports(data: bytes) -> list[str]:
    """The DLL names a PE file imports (normal and delay-loaded imports)."""
    if data[:2] != b"MZ":
        return []
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        return []
    sections_count = struct.unpack_from("<H", data, pe + 6)[0]
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (112 if magic == 0x20B else 96)
    sections = []
    table = optional + optional_size
    for n in range(sections_count):
        virtual_size, address, raw_size, raw_pointer = struct.unpack_from(
            "<IIII", data, table + 40 * n + 8)
        sections.append((address, max(virtual_size, raw_size), raw_pointer))

    def offset(rva: int) -> int | None:
        for address, size, raw in sections:
            if address <= rva < address + size:
                return rva - address + raw
        return None

    def name_at(rva: int) -> str:
        start = offset(rva)
        if start is None:
            return ""
        return data[start:data.index(b"\0", start)].decode("ascii", "replace")

    names: list[str] = []
    for index, entry_size, name_field in ((1, 20, 12), (13, 32, 4)):
        rva = struct.unpack_from("<I", data, directories + 8 * index)[0]
        start = offset(rva) if rva else None
        while start is not None and start + entry_size <= len(data):
            entry = data[start:start + entry_size]
            if not any(entry):
                break
            name_rva = struct.unpack_from("<I", entry, name_field)[0]
            if name_rva:
                names.append(name_at(name_rva))
            start += entry_size
    return [n for n in names if n]


class Wheels:
    """The files of a folder of Windows wheels, by their path once installed."""

    def __init__(self, folder: Path) -> None:
        self.files: dict[str, tuple[zipfile.ZipFile, zipfile.ZipInfo]] = {}
        for wheel in sorted(folder.glob("*.whl")):
            archive = zipfile.ZipFile(wheel)
            for info in archive.infolist():
                if info.is_dir():
                    continue
                # name-1.0.data/platlib/x.dll installs as x.dll
                path = re.sub(r"^[^/]+\.data/(?:platlib|purelib)/", "", info.filename)
                self.files[path] = (archive, info)
        self.dlls: dict[str, str] = {}
        for path in self.files:
            if path.lower().endswith(".dll"):
                self.dlls.setdefault(path.rsplit("/", 1)[-1].lower(), path)

    def size(self, path: str) -> int:
        return self.files[path][1].file_size

    def imports(self, path: str) -> list[str]:
        archive, info = self.files[path]
        return pe_imports(archive.read(info))

    def extension(self, stem: str) -> str | None:
        """The Windows .pyd of the module ``stem`` (a path without suffix)."""
        stems = [stem]
        for linux in ("_linux", "_posix"):  # psutil/_psutil_linux -> psutil/_psutil_windows
            if stem.endswith(linux):
                stems.append(stem.removesuffix(linux) + "_windows")
        for name in stems:
            for candidate in (f"{name}.cp311-win_amd64.pyd", f"{name}.pyd"):
                if candidate in self.files:
                    return candidate
        return None


def windows_estimate(bundle: Path, wheels: Wheels, files: dict[str, int] | None = None
                     ) -> tuple[dict[str, int], dict[str, int], list[str]]:
    """(bytes by part of _internal, bytes counted at the Linux size by kind, notes);
    ``files`` (when given) receives every Windows file taken from the wheels."""
    internal = bundle / "_internal"
    files = {} if files is None else files
    parts: dict[str, int] = {}
    proxied: dict[str, int] = {}
    notes: list[str] = []
    seeds: list[str] = []
    plugin_folders: set[str] = set()

    def add(part: str, size: int) -> None:
        parts[part] = parts.get(part, 0) + size

    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        if internal not in path.parents:  # the two programs (their code archive inside)
            add("(programs)", size)
            continue
        rel = path.relative_to(internal).as_posix()
        top = rel.split("/", 1)[0]
        if rel.startswith(LINUX_QT_PLUGINS):
            plugin_folders.add(rel[len(LINUX_QT_PLUGINS):].split("/", 1)[0])
            continue
        if rel.startswith("imageio_ffmpeg/binaries/ffmpeg-linux"):
            exe = [p for p in wheels.files if p.startswith("imageio_ffmpeg/binaries/ffmpeg-win")]
            if not exe:
                notes.append("no Windows ffmpeg in the wheels: counted at the Linux size")
                add(top, size)
            for found in exe:
                add(top, wheels.size(found))
                files[found] = wheels.size(found)
            continue
        if top.startswith("python3") or top.startswith("libpython"):
            proxied["Python (standard library modules, libpython)"] = \
                proxied.get("Python (standard library modules, libpython)", 0) + size
            continue
        match = EXTENSION.match(rel)
        if match:
            pyd = wheels.extension(match["stem"])
            if pyd is None:
                proxied[f"no Windows wheel: {rel}"] = size
            else:
                seeds.append(pyd)
            continue
        if SHARED_LIB.search(rel):
            continue  # Linux's own shared libraries: Windows has the DLLs the PE files import
        add(top, size)

    for folder in sorted(plugin_folders):
        prefix = f"{WINDOWS_QT_PLUGINS}{folder}/"
        seeds += [p for p in wheels.files if p.startswith(prefix) and p.endswith(".dll")]

    seen: set[str] = set()
    runtime: set[str] = set()
    queue = [s for s in seeds if wanted(s)]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        add(path.split("/", 1)[0], wheels.size(path))
        files[path] = wheels.size(path)
        for name in wheels.imports(path):
            found = wheels.dlls.get(name.lower())
            if found is not None:
                if wanted(found):
                    queue.append(found)
            elif PYTHON_RUNTIME_DLL.match(name):
                runtime.add(name.lower())
            elif not SYSTEM_DLL.match(name):
                notes.append(f"{path} imports {name}, found in no wheel")
    notes.append("from the Python installation (counted in the Linux figure above): "
                 + ", ".join(sorted(runtime)))
    return parts, proxied, sorted(set(notes))


def report_windows(bundle: Path, wheel_folder: Path, limit: float | None,
                   show_files: bool = False) -> int:
    if not (bundle / "_internal").is_dir():
        print(f"no bundle at {bundle}")
        return 1
    wheels = Wheels(wheel_folder)
    files: dict[str, int] = {}
    parts, proxied, notes = windows_estimate(bundle, wheels, files)
    total = sum(parts.values()) + sum(proxied.values())
    print(f"Windows estimate from {bundle} and the wheels in {wheel_folder}: "
          f"{total / MB:.0f} MB unpacked")
    print("largest parts of _internal/ (Windows files):")
    ranked = sorted(parts.items(), key=lambda t: -t[1])
    for name, size in ranked[:SHOWN]:
        print(f"  {size / MB:8.1f} MB  {name}")
    print(f"  {sum(s for _, s in ranked[SHOWN:]) / MB:8.1f} MB  ({len(ranked) - SHOWN} more)")
    print("counted at the Linux build's size (no Windows wheel):")
    for name, size in sorted(proxied.items(), key=lambda t: -t[1]):
        print(f"  {size / MB:8.1f} MB  {name}")
    if show_files:
        print("Windows files from the wheels (largest first):")
        for name, size in sorted(files.items(), key=lambda t: -t[1]):
            print(f"  {size / MB:8.2f} MB  {name}")
    for note in notes:
        print(f"note: {note}")
    if limit is not None and total > limit * MB:
        print(f"over the limit: {total / MB:.0f} MB > {limit:.0f} MB")
        return 1
    return 0


def main(argv: list[str]) -> int:
    limit = None
    if "--limit-mb" in argv:
        i = argv.index("--limit-mb")
        limit = float(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if "--windows" in argv:
        i = argv.index("--windows")
        wheel_folder = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
        show_files = "--files" in argv
        argv = [a for a in argv if a != "--files"]
        return report_windows(Path(argv[0]) if argv else DEFAULT_BUNDLE, wheel_folder, limit,
                              show_files)
    folder = Path(argv[0]) if argv else DEFAULT_BUNDLE
    internal = folder / "_internal"
    if not internal.is_dir():
        print(f"no bundle at {folder}")
        return 1
    total = size_of(folder)
    parts = sorted(((size_of(p), p) for p in internal.iterdir()), key=lambda t: -t[0])
    print(f"{folder}: {total / MB:.0f} MB unpacked, {sum(1 for _ in folder.rglob('*'))} entries")
    print(f"largest parts of {internal.name}/:")
    for size, path in parts[:SHOWN]:
        print(f"  {size / MB:8.1f} MB  {path.name}")
    rest = sum(size for size, _ in parts[SHOWN:])
    print(f"  {rest / MB:8.1f} MB  ({len(parts) - SHOWN} more)")
    if limit is not None and total > limit * MB:
        print(f"over the limit: {total / MB:.0f} MB > {limit:.0f} MB")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
