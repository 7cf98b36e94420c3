"""XLSX attachments via openpyxl: each visible sheet as rows of display strings, merged cells filled.

Cells keep their meaning as written: integers stay integers (`1020`, not `1020.0`), floats use their shortest
repr (`4.5`), dates become ISO strings — a date formatted as a month (`yyyy-mm`, `mmm yyyy`) becomes `2026-03`,
the month it shows. Merged cells are filled the way a reader sees them: a vertical merge (one customer over
several rows) fills every row it covers — the author grouped those rows explicitly; a horizontal merge fills
across only in text rows (a "Period" caption over "Från | Till"), never into number cells. Formula cells without
cached values read as empty (amounts are computed by us). Hidden columns are dropped (what a reader sees is the
sheet). Errors become problems, never exceptions.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from typing import Any

MAX_ROWS = 5000
#: above this size the workbook is read in streaming mode (merged cells are then not filled)
_FULL_LOAD_BYTES = 3_000_000


def cell_str(v: object, number_format: str = "General") -> str:
    """An openpyxl cell value as the string a person would read."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return format(Decimal(repr(v)), "f")
    if isinstance(v, dt.datetime | dt.date):
        d = v.date() if isinstance(v, dt.datetime) else v
        fmt = re.sub(r'"[^"]*"|\[[^\]]*\]', "", (number_format or "").lower())
        if "y" in fmt and "m" in fmt and "d" not in fmt:
            return f"{d.year:04d}-{d.month:02d}"
        if isinstance(v, dt.datetime) and v.time() != dt.time(0):
            return v.isoformat(sep=" ")
        return d.isoformat()
    s = str(v)
    return "" if s.startswith("=") else s.strip()


def _fill_merged(ws: Any, rows: list[list[str]]) -> None:
    """Fill merged ranges in `rows` (0-based) as described in the module doc."""
    for rng in getattr(ws, "merged_cells", None) and ws.merged_cells.ranges or ():
        r0, c0, r1, c1 = rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        if not value:
            continue
        across = c1 > c0 and not re.search(r"\d", value)
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, (c1 if across else c0) + 1):
                while len(rows[r]) <= c:
                    rows[r].append("")
                if not rows[r][c]:
                    rows[r][c] = value


def _hidden_columns(ws: Any) -> set[int]:
    """The 0-based columns the author hid: an old count or a helper column kept beside the one a reader sees is
    never the value (a hidden "Antal (gammalt)" beside "Antal")."""
    out: set[int] = set()
    for dim in (getattr(ws, "column_dimensions", None) or {}).values():
        if getattr(dim, "hidden", False) and getattr(dim, "min", None):
            out.update(range(dim.min - 1, (dim.max or dim.min)))
    return out


def _sheet_rows(ws: Any, problems: list[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in ws.iter_rows():
        cells = [cell_str(getattr(c, "value", None), getattr(c, "number_format", "General")) for c in row]
        rows.append(cells)
        if len(rows) > MAX_ROWS:
            problems.append(f"sheet {ws.title}: more than {MAX_ROWS} rows, rest skipped")
            break
    _fill_merged(ws, rows)
    hidden = _hidden_columns(ws)
    if hidden:
        rows = [[c for k, c in enumerate(cells) if k not in hidden] for cells in rows]
    for cells in rows:
        while cells and not cells[-1]:
            cells.pop()
    return rows


def read_xlsx(data: bytes) -> tuple[list[tuple[str, list[list[str]]]], list[str]]:
    """[(sheet title, rows)], problems. Hidden sheets are skipped; empty trailing cells are trimmed."""
    problems: list[str] = []
    try:
        import openpyxl  # imported lazily: most mail has no spreadsheet
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=len(data) > _FULL_LOAD_BYTES)
    except Exception as exc:
        return [], [f"corrupt or unreadable XLSX ({type(exc).__name__})"]
    sheets = []
    try:
        for ws in wb.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            sheets.append((ws.title, _sheet_rows(ws, problems)))
    except Exception as exc:
        problems.append(f"XLSX read error ({type(exc).__name__})")
    finally:
        try:
            wb.close()
        except Exception:
            pass
    return sheets, problems
