"""Bulk from a spreadsheet: one set of outputs per row, like Canva's Bulk Create.

A CSV (UTF-8 with or without BOM, UTF-16 with a BOM as Excel's "Unicode
text" writes it, or the ANSI code page old Excel writes; comma, semicolon —
what Indonesian Excel exports — or tab) or an XLSX sheet (read-only, first
worksheet) gives one row per card: the header names the fields by key
(``nama``) or by the template's Indonesian label ("Judul kegiatan"); an
optional ``foto``/``media`` column gives each row its photo or video, relative
to the sheet's folder (or a folder the user chose) and never outside it. Empty
cells are empty values (the template's default shows). Excel dates and times
become ISO text, and day-first dates typed as text ("05/01/2026") are read the
Indonesian way.

Sheets come from anyone, so every limit is checked before the work it
bounds: the file's size; an XLSX's zip directory (members, each member's
uncompressed size and the total, then the bytes really read, counted); rows,
columns and cell length. XML is parsed by ``defusedxml`` (openpyxl uses it when
it is installed), so entity expansion ("billion laughs") and external entities
(XXE) are refused; any broken workbook ends in the app's own error.

The rows become an ordinary event :class:`~studio.project.Project` (one media
item per row with the row's values as overrides), so a bulk run is a batch:
parallel, resumable, with a manifest — and can be saved and reopened.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import lzma
import re
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from studio.errors import ProjectError
from studio.project import ExportOptions, MediaItem, Project
from studio.template.model import FIELD_KEY_PATTERN, STANDARD_FIELDS, Template
from studio.values import clean_value

MAX_ROWS = 5000
MAX_COLUMNS = 200
MAX_CELL = 5000
MAX_FILE_BYTES = 50 * 1024 * 1024          # the file on disk (an XLSX is compressed)
MAX_CSV_BYTES = 16 * 1024 * 1024           # a CSV is read whole
# An XLSX is a zip: its members are counted and sized before openpyxl reads any.
MAX_XLSX_MEMBERS = 500
MAX_XLSX_MEMBER_BYTES = 32 * 1024 * 1024   # one member, uncompressed
MAX_XLSX_TOTAL_BYTES = 64 * 1024 * 1024    # all members, uncompressed
MEDIA_COLUMNS = ("foto", "media", "video", "gambar")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class BulkRow:
    line: int  # the row's number in the sheet, as Excel shows it (header = 1)
    fields: Mapping[str, str]
    media: Path | None


@dataclass(frozen=True)
class BulkTable:
    path: Path
    headers: tuple[str, ...]
    columns: Mapping[str, str]  # header -> field key, for the columns used
    media_column: str | None
    rows: tuple[BulkRow, ...]
    warnings: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.columns.values()))


def _normalise_header(text: str) -> str:
    # "Judul Kegiatan *" and "judul kegiatan:" both name the same column.
    return " ".join(text.replace("\ufeff", "").split()).rstrip("*: ").strip().casefold()


def _bulk_error(message: str, path: Path, hint: str, code: str = "bulk.invalid") -> ProjectError:
    return ProjectError(message, path=path, hint=hint, code=code)


# ---------------------------------------------------------------------------
# reading the grid


def _decode_csv(data: bytes, path: Path, warnings: list[str]) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # Excel's "Unicode text" and many Windows tools write UTF-16 with a BOM.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _bulk_error("the file starts like UTF-16 text but cannot be read", path,
                              "save the sheet again as CSV UTF-8", "bulk.unreadable") from None
    head = data[:400]
    if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):
        # UTF-16 without a BOM: every other byte of Latin text is NUL.
        try:
            return data.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (Comma delimited)" writes the Windows code page.
        warnings.append(f"{path.name} is not UTF-8; read as Windows-1252 "
                        "(save as 'CSV UTF-8' to be sure of accents)")
        return data.decode("cp1252", errors="replace")


def _sniff_delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    best, best_count = ",", 1
    for delimiter in (",", ";", "\t"):
        count = len(next(csv.reader([first], delimiter=delimiter), []))
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _read_csv(path: Path, warnings: list[str]) -> list[list[Any]]:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise _bulk_error("the CSV file is too large", path,
                          f"keep it under {MAX_CSV_BYTES // 2**20} MB, or split it",
                          "bulk.too_large")
    text = _decode_csv(path.read_bytes(), path, warnings)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    rows = []
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS and any(cell.strip() for cell in row[MAX_COLUMNS:]):
                raise _too_many_columns(path)
            rows.append(row[:MAX_COLUMNS])
            if len(rows) > MAX_ROWS + 1:
                break
    except csv.Error as exc:
        raise _bulk_error(f"not a valid CSV file: {exc}", path,
                          "save the sheet again as CSV UTF-8") from None
    return rows


def _too_many_columns(path: Path) -> ProjectError:
    return _bulk_error(f"the sheet has more than {MAX_COLUMNS} columns", path,
                       "keep only the columns of the fields (one per field)", "bulk.too_large")


def _check_xlsx(path: Path) -> None:
    """The zip directory and the real bytes of every member, before openpyxl reads any.

    The directory's sizes are checked first (cheap); then every member is read
    once and its bytes counted, since a header can lie (Python's zipfile stops
    at the declared size, and a CRC that does not match is an error).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_XLSX_MEMBERS:
                raise _xlsx_too_large(path, f"{len(infos)} parts")
            declared = 0
            for info in infos:
                declared += info.file_size
                if info.file_size > MAX_XLSX_MEMBER_BYTES or declared > MAX_XLSX_TOTAL_BYTES:
                    raise _xlsx_too_large(path, "its unpacked size")
            total = 0
            for info in infos:
                member = 0
                with archive.open(info) as stream:
                    while chunk := stream.read(1 << 20):
                        member += len(chunk)
                        total += len(chunk)
                        if member > MAX_XLSX_MEMBER_BYTES or total > MAX_XLSX_TOTAL_BYTES:
                            raise _xlsx_too_large(path, "its unpacked size")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError, zlib.error, lzma.LZMAError) as exc:
        # zlib.error, LZMAError: a member whose compressed data is damaged (no OSError).
        raise _bulk_error(f"cannot read the spreadsheet: {exc}", path,
                          "open it in Excel and save it again as .xlsx",
                          "bulk.unreadable") from None


def _xlsx_too_large(path: Path, what: str) -> ProjectError:
    return _bulk_error(
        f"the spreadsheet is too large ({what}; at most {MAX_XLSX_MEMBER_BYTES // 2**20} MB "
        f"a part and {MAX_XLSX_TOTAL_BYTES // 2**20} MB in all when unpacked)", path,
        "keep only the rows and columns of the cards, or save it as CSV UTF-8",
        "bulk.too_large")


def _read_xlsx(path: Path) -> list[list[Any]]:
    import openpyxl

    _check_xlsx(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except MemoryError:
        raise _xlsx_too_large(path, "not enough memory to open it") from None
    except Exception as exc:  # openpyxl raises a zoo: KeyError, ParseError, DefusedXml…
        raise _unreadable_xlsx(path, exc) from None
    try:
        if not workbook.worksheets:
            raise _bulk_error("the workbook has no sheet", path, "add the rows to a sheet")
        sheet = workbook.worksheets[0]
        rows = []
        # One column past the limit is read, to tell a sheet that uses it from one
        # whose declared size (a lying <dimension>) pads every row to 16,384 cells.
        for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1):
            if len(row) > MAX_COLUMNS and _present(row[MAX_COLUMNS]):
                raise _too_many_columns(path)
            rows.append(list(row[:MAX_COLUMNS]))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except ProjectError:
        raise
    except MemoryError:
        raise _xlsx_too_large(path, "not enough memory to read it") from None
    except Exception as exc:  # rows are parsed lazily: the same zoo, later
        raise _unreadable_xlsx(path, exc) from None
    finally:
        # read-only workbooks keep the file open (and locked on Windows).
        workbook.close()


_REFUSED_XML = ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden",
                "NotSupportedError")


def _unreadable_xlsx(path: Path, exc: BaseException) -> ProjectError:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 8:  # openpyxl wraps the parser's error
        chain.append(current)
        current = current.__cause__ or current.__context__
    if any(type(e).__name__ in _REFUSED_XML for e in chain):
        reason = "it contains XML entities or a DTD, which are not allowed"
    else:
        reason = ((str(exc).strip() or type(exc).__name__).splitlines() or ["?"])[0][:200]
    return _bulk_error(f"cannot read the spreadsheet: {reason}", path,
                       "open it in Excel and save it again as .xlsx", "bulk.unreadable")


# ---------------------------------------------------------------------------
# cells


_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^(\d{1,2})[.:](\d{2})$")


def _cell_text(value: Any, field_type: str) -> str:
    """One cell as field text: ISO dates, HH:MM times, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, _dt.datetime):
        if field_type == "time":
            return value.strftime("%H:%M")
        if field_type == "date" or (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int | Decimal):
        return str(value)
    text = clean_value(str(value)).strip()
    if field_type == "date" and not _ISO_DATE.match(text):
        match = _DAY_FIRST.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return _dt.date(year, month, day).isoformat()
            except ValueError:
                return text
    if field_type == "time":
        match = _TIME.match(text)
        if match and int(match.group(1)) < 24:
            return f"{int(match.group(1)):02d}:{match.group(2)}"
    return text


# ---------------------------------------------------------------------------
# the table


def read_bulk(path: str | Path, template: Template, *, media_column: str | None = None,
              media_folder: str | Path | None = None) -> BulkTable:
    """Read a CSV/XLSX sheet for ``template``: headers mapped to fields, one row per card.

    The media column's paths are relative to ``media_folder`` (default: the
    sheet's folder) and must stay inside it: an absolute path or a ``../``
    escape is an error naming the row.
    """
    path = Path(path)
    media_root = Path(media_folder) if media_folder is not None else path.parent
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _bulk_error("old Excel files (.xls) cannot be read", path,
                          "save it as .xlsx or as CSV UTF-8", "bulk.unsupported")
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise _bulk_error(f"unsupported data file {suffix or '(no extension)'}", path,
                          "use a .csv or .xlsx file", "bulk.unsupported")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _bulk_error("data file not found", path, "check the path",
                          "bulk.not_found") from None
    if size > MAX_FILE_BYTES:
        raise _bulk_error("the data file is too large", path,
                          f"keep it under {MAX_FILE_BYTES // 2**20} MB", "bulk.too_large")
    warnings: list[str] = []
    grid = _read_xlsx(path) if suffix in XLSX_SUFFIXES else _read_csv(path, warnings)

    # The header is the first row with anything in it.
    start = next((i for i, row in enumerate(grid) if any(_present(c) for c in row)), None)
    if start is None:
        raise _bulk_error("the sheet is empty", path, "put the field names in the first row",
                          "bulk.empty")
    headers = tuple("" if c is None else str(c).strip() for c in grid[start])
    columns, field_types, media_index, media_header = _map_headers(
        headers, template, media_column, path, warnings)

    rows: list[BulkRow] = []
    for offset, raw in enumerate(grid[start + 1:], start=start + 2):
        if not any(_present(c) for c in raw):
            continue
        if len(rows) >= MAX_ROWS:
            raise _bulk_error(f"more than {MAX_ROWS} rows", path, "split the sheet",
                              "bulk.too_large")
        values: dict[str, str] = {}
        for index, key in columns.items():
            cell = raw[index] if index < len(raw) else None
            text = _cell_text(cell, field_types.get(key, "text"))
            if len(text) > MAX_CELL:
                warnings.append(f"row {offset}, {headers[index]}: cut to {MAX_CELL} characters")
                text = text[:MAX_CELL]
            values[key] = text
        media = None
        if media_index is not None and media_index < len(raw):
            cell = _cell_text(raw[media_index], "text")
            if cell:
                media = _media_path(cell, media_root, path, offset, headers[media_index])
        rows.append(BulkRow(line=offset, fields=MappingProxyType(values), media=media))
    if not rows:
        raise _bulk_error("the sheet has a header but no rows", path,
                          "add one row per card below the header", "bulk.empty")
    return BulkTable(path=path, headers=headers,
                     columns=MappingProxyType({headers[i]: k for i, k in columns.items()}),
                     media_column=media_header, rows=tuple(rows), warnings=tuple(warnings))


def _media_path(cell: str, root: Path, path: Path, line: int, header: str) -> Path:
    """The row's photo or clip, inside ``root`` (no absolute paths, no ``../`` escapes)."""
    relative = cell.replace("\\", "/")
    where = f"row {line}, {header}: {cell[:80]!r}"
    if relative.startswith("/") or re.match(r"^[A-Za-z]:", relative) or "\0" in relative:
        raise _bulk_error(f"{where} is an absolute path", path,
                          "give the file name relative to the sheet's folder (e.g. foto/1.jpg)",
                          "bulk.media_outside")
    candidate = root / relative
    try:
        inside = candidate.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop
        inside = False
    if not inside:
        raise _bulk_error(f"{where} points outside the folder {root}", path,
                          "put the photos in the sheet's folder (or one inside it)",
                          "bulk.media_outside")
    return candidate


def _present(cell: Any) -> bool:
    return cell is not None and str(cell).strip() != ""


def _map_headers(headers: tuple[str, ...], template: Template, media_column: str | None,
                 path: Path, warnings: list[str]
                 ) -> tuple[dict[int, str], dict[str, str], int | None, str | None]:
    by_name: dict[str, str] = {}
    field_types: dict[str, str] = {}
    for key in STANDARD_FIELDS:
        by_name[key] = key
    for f in template.fields:
        by_name[_normalise_header(f.key)] = f.key
        by_name.setdefault(_normalise_header(f.label), f.key)
        field_types[f.key] = f.type
    field_types.setdefault("tanggal", "date")
    field_types.setdefault("tanggal_selesai", "date")
    field_types.setdefault("waktu", "time")

    media_index: int | None = None
    wanted = _normalise_header(media_column) if media_column else None
    for index, header in enumerate(headers):
        name = _normalise_header(header)
        if (wanted and name == wanted) or (not wanted and name in MEDIA_COLUMNS
                                           and media_index is None and name not in by_name):
            media_index = index
            break
    if wanted and media_index is None:
        raise _bulk_error(f"no column named {media_column!r}", path,
                          "available: " + ", ".join(h for h in headers if h), "bulk.no_column")

    columns: dict[int, str] = {}
    seen: dict[str, str] = {}
    for index, header in enumerate(headers):
        if index == media_index or not header:
            continue
        name = _normalise_header(header)
        key = by_name.get(name)
        if key is None and re.fullmatch(FIELD_KEY_PATTERN, name):
            key = name
            warnings.append(f"column {header!r} is not a field of template {template.id!r}; "
                            "it is used only in file names and captions")
        if key is None:
            warnings.append(f"column {header!r} is not a field and is ignored")
            continue
        if key in seen:
            warnings.append(f"columns {seen[key]!r} and {header!r} are the same field; "
                            f"{seen[key]!r} is used")
            continue
        seen[key] = header
        columns[index] = key
    return columns, field_types, media_index, (headers[media_index]
                                               if media_index is not None else None)


def default_bulk_pattern(keys: Iterable[str]) -> str:
    """Names that cannot collide (``{index}``) and say whose card it is."""
    keys = set(keys)
    if "nama" in keys:
        return "{platform}/{index}-{nama}"
    if "judul" in keys:
        return "{platform}/{index}-{judul}"
    return "{platform}/{index}"


def bulk_project(table: BulkTable, template: Template, *, platforms: Iterable[str],
                 output_dir: Path, fields: Mapping[str, str] | None = None,
                 pattern: str | None = None, export: ExportOptions | None = None,
                 name: str | None = None) -> Project:
    """An event project with one item per row; ``fields`` are values for every row.

    A column in the sheet wins over ``fields`` for its rows, even when a cell
    is empty: an empty cell means an empty value.
    """
    keys = set(table.keys) | set(fields or {})
    items = tuple(MediaItem(row.media, fields=row.fields) for row in table.rows)
    return Project(
        name=name or table.path.stem,
        template=template.id,
        output_dir=Path(output_dir),
        platforms=tuple(platforms),
        fields=dict(fields or {}),
        media=items,
        pattern=pattern or default_bulk_pattern(keys),
        export=export or ExportOptions(),
    )
