"""Spreadsheet cells that stay data: every CSV and XLSX the product writes goes through here, so a value someone
else typed (a customer name sent through the API, a payer's name from a bank file) never becomes a live formula
in the clerk's Excel (CSV/formula injection, OWASP "CSV Injection").

- CSV: `csv_writer` is `defusedcsv`'s writer (a value starting with = + - @ | % gets a leading apostrophe;
  plain numbers such as -12.50 are left alone), plus tab and carriage return, which Excel also strips before
  reading a formula.
- XLSX: `xlsx_append` / `xlsx_text` keep such a value verbatim but as a text cell (data type `s`) with the
  quotePrefix style, so Excel shows it and never evaluates it, even after the cell is edited.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from defusedcsv import csv as _defused

TRIGGERS = ("=", "+", "-", "@", "|", "%", "\t", "\r", "\n")
_PLAIN_NUMBER = re.compile(r"^[-+]?[0-9][0-9 ,.]*$")


def is_formula_like(value: object) -> bool:
    """A text that a spreadsheet would read as a formula (a plain signed number is not)."""
    return isinstance(value, str) and value.startswith(TRIGGERS) and not _PLAIN_NUMBER.match(value)


def csv_safe(value: object) -> object:
    """The value as a CSV cell: formula-like text gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(("\t", "\r", "\n")) and is_formula_like(value):
        return "'" + value
    return value


class _Writer:
    """A csv writer whose every cell passes `csv_safe` and defusedcsv."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def writerow(self, row: Iterable[object]) -> Any:
        return self._inner.writerow([csv_safe(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(fh: Any, **fmtparams: Any) -> _Writer:
    """`csv.writer(fh, **fmtparams)` that never writes a formula."""
    return _Writer(_defused.writer(fh, **fmtparams))


def xlsx_text(cell: Any) -> None:
    """Make an openpyxl cell holding formula-like text a plain text cell (value kept, never evaluated)."""
    if is_formula_like(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True


def xlsx_append(ws: Any, row: Iterable[object]) -> None:
    """`ws.append(row)` where no cell becomes a formula."""
    ws.append(list(row))
    for cell in ws[ws.max_row]:
        xlsx_text(cell)
