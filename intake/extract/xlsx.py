"""XLSX attachments via openpyxl: each sheet as rows of display strings.

Cells keep their meaning as written: integers stay integers (`1020`, not `1020.0`), floats use their shortest
repr (`4.5`), dates become ISO strings. Formula cells without cached values read as empty, which is what a
person opening the file in a viewer without recalculation would see — and they are never needed (amounts are
computed by us). Errors become problems, never exceptions.
"""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal


def cell_str(v: object) -> str:
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
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time(0) else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    return "" if s.startswith("=") else s.strip()


def read_xlsx(data: bytes) -> tuple[list[tuple[str, list[list[str]]]], list[str]]:
    """[(sheet title, rows)], problems. Empty trailing cells are trimmed."""
    problems: list[str] = []
    try:
        import openpyxl  # imported lazily: most mail has no spreadsheet
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    except Exception as exc:
        return [], [f"corrupt or unreadable XLSX ({type(exc).__name__})"]
    sheets = []
    try:
        for ws in wb.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            rows = []
            for row in ws.iter_rows(values_only=True):
                cells = [cell_str(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                rows.append(cells)
                if len(rows) > 5000:
                    problems.append(f"sheet {ws.title}: more than 5000 rows, rest skipped")
                    break
            sheets.append((ws.title, rows))
    except Exception as exc:
        problems.append(f"XLSX read error ({type(exc).__name__})")
    finally:
        try:
            wb.close()
        except Exception:
            pass
    return sheets, problems
