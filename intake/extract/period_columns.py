"""A column headed by a plural of time ("Viikot", "Veckor", "Weeks", "Månader") whose cells name weeks or months
("vko 8", "v. 9–10", "januari") says when, not how many: it is the row's period, and a count column beside it
("Määrä", "Antal") is the count.

Why: the plurals of a period head a count column in most exports ("Veckor: 2", "Månader: 3", intake.extract.
columns), so a holdout set's "asiakas | tuote | viikot | määrä" read "vko 9-10" as the count — none — and the
rows' real counts in "määrä" were never read: every row asked its count, and the mail's "helmi–maaliskuu" dated
rows of single weeks. Only when every filled cell of the column reads as a period and has a word in it (a bare
"2" or "1.5" is a count or a day, never taken for a week) and the table has no period column of its own.
"""
from __future__ import annotations

import re

from .columns import header_field
from .table_cells import cell_period


def periods_not_counts(rows: list[list[str]], mapping: dict[int, str], headers: list[str], year: int,
                       hints: dict[str, str] | None = None) -> dict[int, str]:
    """The mapping with a count column of week/month names turned into the period column (module doc)."""
    q = next((j for j, f in mapping.items() if f == "quantity"), None)
    if q is None or "period" in mapping.values():
        return mapping
    cells = [r[q].strip() for r in rows if q < len(r) and r[q].strip()]
    if not cells or not all(re.search(r"[^\W\d_]", c) and cell_period(c, year) for c in cells):
        return mapping
    out = dict(mapping)
    out[q] = "period"
    k = next((j for j, h in enumerate(headers) if j not in out and header_field(h, hints) == "quantity"), None)
    if k is not None:
        out[k] = "quantity"
    return out
