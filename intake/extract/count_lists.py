"""An attached list of dates and counts that names no article: the detail behind a count the mail states.

Why: "gymnastiksalen (SK20) i november, totalt 12 timmar. Bokningslistan bifogas." above a CSV of dates and
hours ("Datum;Timmar" — 2, 4, 4, 4) is one service told twice: the mail's total and the list it sums. The list
has no article or description column, so the table reader finds no lines in it, and the mail's 12 went
straight through although the list sums to 14 (a holdout set found it, money-critical). Which count is right is
the clerk's call (the contract: a value the message states two ways is asked, never chosen). So such a list is
read as one line holding the sum of its counts (and the span of its dates), marked `LIST_SUM`; it is never a line
of its own — intake.extract.count_conflicts compares it with the mail's count and drops it.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .columns import header_field
from .model import Fragment, LineItem, Where
from .table_cells import cell_period, opens_with_sum_word, parse_quantity

#: the rule of a count summed from an attached list of dates and counts (no line of its own)
LIST_SUM = "table:sum of an attached list"
#: what a list's columns may be besides its date and its count: remarks, a weekday, a time of day, a place
_ALLOWED = {None, "period", "quantity"}
_MIN_ROWS = 2


def _columns(header: list[str]) -> tuple[int, int] | None:
    """(date column, count column) of a header that names exactly one of each and no other line field."""
    fields = [header_field(h) if h.strip() else None for h in header]
    if any(f not in _ALLOWED for f in fields) or fields.count("period") != 1 or fields.count("quantity") != 1:
        return None
    return fields.index("period"), fields.index("quantity")


def _rows(rows: list[list[str]], d: int, q: int, year: int) -> list[tuple[int, tuple[dt.date, dt.date], Decimal]]:
    out = []
    for n, r in enumerate(rows):
        cells = [c.strip() for c in r]
        if not any(cells) or (cells and opens_with_sum_word(cells[0])):
            continue
        per = cell_period(cells[d], year) if d < len(cells) else None
        cnt = parse_quantity(cells[q]) if q < len(cells) and cells[q] else None
        if per is None or cnt is None:
            return []   # a row the list does not explain: not a plain list of dates and counts
        out.append((n, per, cnt))
    return out


def list_sum_fragment(rows: list[list[str]], part: str, year: int) -> Fragment | None:
    """The list's sum as one marked line (see the module doc), or None when the rows are no such list."""
    head = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if head is None:
        return None
    cols = _columns(rows[head])
    if cols is None:
        return None
    data = _rows(rows[head + 1:], cols[0], cols[1], year)
    if len(data) < _MIN_ROWS:
        return None
    li = LineItem(quantity=sum((c for _, _, c in data), Decimal(0)),
                  period=(min(p[0] for _, p, _ in data), max(p[1] for _, p, _ in data)))
    li.where["quantity"] = Where(part, row=head + 2, rule=LIST_SUM, how="computed")
    return Fragment(lines=[li], source=part)
