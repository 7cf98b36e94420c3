"""CSV and XLSX writers for report tables ((columns, rows) from core.period.reports.table).

CSV: UTF-8 with BOM (Excel opens å/ä/ö correctly), semicolon separated, decimal point, dates ISO.
XLSX: amounts stay numbers (Decimal -> number cell with format 0.00), dates are date cells.
Both through core.kernel.cells: a text that would be a formula (= + - @ …) stays text (formula injection).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from core.kernel.cells import csv_writer, xlsx_append


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def write_csv(path: str | Path, columns: list[str], rows: list[list]) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv_writer(fh, delimiter=";")
        w.writerow(columns)
        for row in rows:
            w.writerow([_cell(v) for v in row])
    return path


def write_xlsx(path: str | Path, columns: list[str], rows: list[list], title: str = "Report") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    xlsx_append(ws, columns)
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in rows:
        xlsx_append(ws, [v if not isinstance(v, dt.datetime) else v.replace(tzinfo=None) for v in row])
        for cell, v in zip(ws[ws.max_row], row):
            if isinstance(v, Decimal):
                cell.number_format = "0.00" if v == v.quantize(Decimal("0.01")) else "0.0#"
            elif isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
    for i, col in enumerate(columns, start=1):
        width = max([len(str(col))] + [len(str(_cell(r[i - 1]))) for r in rows[:500]]) + 2
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(width, 60)
    ws.freeze_panes = "A2"
    wb.save(path)
    return path


def write(path: str | Path, fmt: str, columns: list[str], rows: list[list], title: str = "Report") -> Path:
    if fmt == "csv":
        return write_csv(path, columns, rows)
    if fmt == "xlsx":
        return write_xlsx(path, columns, rows, title)
    raise ValueError(f"unknown format {fmt!r} (csv or xlsx)")
