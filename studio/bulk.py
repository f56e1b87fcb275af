"""Bulk from a spreadsheet: one set of outputs per row, like Canva's Bulk Create.

A CSV (UTF-8 with or without BOM, or the ANSI code page old Excel writes;
comma, semicolon — what Indonesian Excel exports — or tab) or an XLSX sheet
(read-only, first worksheet) gives one row per card: the header names the
fields by key (``nama``) or by the template's Indonesian label ("Judul
kegiatan"); an optional ``foto``/``media`` column gives each row its photo or
video, relative to the sheet's folder. Empty cells are empty values (the
template's default shows). Excel dates and times become ISO text, and
day-first dates typed as text ("05/01/2026") are read the Indonesian way.

The rows become an ordinary event :class:`~studio.project.Project` (one media
item per row with the row's values as overrides), so a bulk run is a batch:
parallel, resumable, with a manifest — and can be saved and reopened.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from studio.errors import ProjectError
from studio.project import ExportOptions, MediaItem, Project
from studio.template.model import FIELD_KEY_PATTERN, STANDARD_FIELDS, Template

MAX_ROWS = 5000
MAX_CELL = 5000
MAX_FILE_BYTES = 50 * 1024 * 1024
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
    text = _decode_csv(path.read_bytes(), path, warnings)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    try:
        return [row for _, row in zip(range(MAX_ROWS + 2), reader, strict=False)]
    except csv.Error as exc:
        raise _bulk_error(f"not a valid CSV file: {exc}", path,
                          "save the sheet again as CSV UTF-8") from None


def _read_xlsx(path: Path) -> list[list[Any]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _bulk_error(f"cannot read the spreadsheet: {exc}", path,
                          "open it in Excel and save it again as .xlsx",
                          "bulk.unreadable") from None
    try:
        if not workbook.worksheets:
            raise _bulk_error("the workbook has no sheet", path, "add the rows to a sheet")
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        # read-only workbooks keep the file open (and locked on Windows).
        workbook.close()


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
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
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


def read_bulk(path: str | Path, template: Template, *, media_column: str | None = None
              ) -> BulkTable:
    """Read a CSV/XLSX sheet for ``template``: headers mapped to fields, one row per card."""
    path = Path(path)
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
                candidate = Path(cell.replace("\\", "/")) if "\\" in cell and "/" not in cell \
                    else Path(cell)
                media = candidate if candidate.is_absolute() else path.parent / candidate
        rows.append(BulkRow(line=offset, fields=MappingProxyType(values), media=media))
    if not rows:
        raise _bulk_error("the sheet has a header but no rows", path,
                          "add one row per card below the header", "bulk.empty")
    return BulkTable(path=path, headers=headers,
                     columns=MappingProxyType({headers[i]: k for i, k in columns.items()}),
                     media_column=media_header, rows=tuple(rows), warnings=tuple(warnings))


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
