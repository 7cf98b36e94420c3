"""Pipe rows pasted without their header ("EU20 | Meeting room, 2–3 February | 2 | €480.00 | €960.00"): the
columns are told by their content, and only when the figures prove it — an article code first, a text, then a
count, a price and an amount where count × price = amount on every row. Read as a line of prose instead, the
bare count was no quantity (asked) and the row's own text was lost to the register's name.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .amounts import parse_cell_amount

_CODE_RE = re.compile(r"^[A-Za-z]{0,4}-?\d{2,6}[A-Za-z]?$")
_COUNT_RE = re.compile(r"^\d{1,5}(?:[.,]\d{1,2})?$")
#: the header the rows are read under (words the column reader knows)
_HEADER = ["Item", "Description", "Qty", "Unit price", "Amount"]


def _num(cell: str) -> Decimal | None:
    return Decimal(cell.replace(",", ".")) if _COUNT_RE.match(cell) else None


def _fits(row: list[str]) -> bool:
    if len(row) != 5 or not _CODE_RE.match(row[0]) or not re.search(r"[^\W\d_]{3}", row[1]):
        return False
    qty, price, amount = _num(row[2]), parse_cell_amount(row[3]), parse_cell_amount(row[4])
    return qty is not None and price is not None and amount is not None and qty * price == amount


def inferred_header(rows: list[list[str]]) -> list[str] | None:
    """The header of pipe rows whose every row is code | text | count | price | amount, else None."""
    return list(_HEADER) if rows and all(_fits(r) for r in rows) else None
