"""A sum row of one customer's group in a sheet of several ("Summa Västnylands IF … 76", "Yhteensä Hangon
Pursiseura … 12") is no request of its own.

Why: its label stands in the customer's name column and it carries a count, so the table reader took it for a row
of a customer called "Summa Västnylands IF" and made a third request whose customer was asked. A fragment whose
customer name opens with a sum word, whose lines name no article, and whose counts (or amounts) are exactly the
sum of the rows read since the previous sum, is that sum; anything else stays (and is asked, as before).
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .model import Fragment, LineItem
from .table_cells import opens_with_sum_word


def drop_group_sums(frs: list[Fragment]) -> list[Fragment]:
    """`frs` without the fragments that only sum the groups above them (module doc)."""
    out: list[Fragment] = []
    since: list[LineItem] = []      # the lines read since the previous sum row
    for f in frs:
        if _is_sum_of(f, since):
            since = []
            continue
        out.append(f)
        since.extend(f.lines)
    return out


def _is_sum_of(f: Fragment, above: list[LineItem]) -> bool:
    if not above or not f.lines or not opens_with_sum_word(f.customer.name or "") or any(li.article for li in f.lines):
        return False
    return any(_total(f.lines, attr) is not None and _total(f.lines, attr) == _total(above, attr)
               for attr in ("quantity", "amount"))


def _total(lines: Iterable[LineItem], attr: str) -> Decimal | None:
    values = [getattr(li, attr) for li in lines]
    return sum(values, Decimal(0)) if values and all(v is not None for v in values) else None
