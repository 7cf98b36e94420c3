"""CSV and XLSX writers for report tables ((columns, rows) from core.period.reports.table).

CSV: UTF-8 with BOM (Excel opens å/ä/ö correctly), semicolon separated, decimal point, dates ISO.
XLSX: amounts stay numbers (Decimal -> number cell with format 0.00), dates are date cells.
Both through core.kernel.cells: a text that would be a formula (= + - @ …) stays text (formula injection).

Rows may be any iterable and are written as they come (the XLSX in openpyxl's write-only mode), so an open-items
list of a million invoices never sits in memory as a whole (issue #16: peak memory of a report ≤ 500 MB); the
column widths are taken from the first `WIDTH_SAMPLE` rows.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.kernel.cells import csv_writer, xlsx_text

WIDTH_SAMPLE = 500


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def write_csv(path: str | Path, columns: list[str], rows: Iterable[list]) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv_writer(fh, delimiter=";")
        w.writerow(columns)
        for row in rows:
            w.writerow([_cell(v) for v in row])
    return path


def _xlsx_cell(ws: Any, value: Any, bold: bool = False) -> Any:
    """A write-only cell: numbers keep two decimals, dates a date format, formula-like text stays text."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=None)
    cell = WriteOnlyCell(ws, value=value)
    xlsx_text(cell)
    if bold:
        cell.font = Font(bold=True)
    if isinstance(value, Decimal):
        cell.number_format = "0.00" if value == value.quantize(Decimal("0.01")) else "0.0#"
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def _widths(columns: list[str], sample: list[list]) -> Iterator[int]:
    for i, col in enumerate(columns):
        yield min(max([len(str(col))] + [len(str(_cell(r[i]))) for r in sample]) + 2, 60)


def write_xlsx(path: str | Path, columns: list[str], rows: Iterable[list], title: str = "Report") -> Path:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31])
    rows = iter(rows)
    sample = list(itertools.islice(rows, WIDTH_SAMPLE))
    for i, width in enumerate(_widths(columns, sample), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append([_xlsx_cell(ws, c, bold=True) for c in columns])
    for row in itertools.chain(sample, rows):
        ws.append([_xlsx_cell(ws, v) for v in row])
    wb.save(path)
    return path


def write(path: str | Path, fmt: str, columns: list[str], rows: Iterable[list], title: str = "Report") -> Path:
    if fmt == "csv":
        return write_csv(path, columns, rows)
    if fmt == "xlsx":
        return write_xlsx(path, columns, rows, title)
    raise ValueError(f"unknown format {fmt!r} (csv or xlsx)")
