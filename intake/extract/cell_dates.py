"""A line's date written inside its text cell ("Kurs i provtagning 2026-10-14", "Lokal 2026-10-14",
"Näytteenotto 3.11.2026"): the line's period when the table has no date column of its own.

Why: exports put what a row is for in one free-text column ("Avser", "Text", "Selite"); a day or a month in that
cell dates that row's service (the contract: a single service date is both start and end). A date after a cue
that it is something else — due, invoiced, an agreement's or a price list's — dates nothing
(intake.extract.file_periods.NOT_SERVICE_BEFORE_RE), and a cell with two different dates is left alone.
"""
from __future__ import annotations

import re

from .dates import find_dates
from .file_periods import NOT_SERVICE_BEFORE_RE
from .model import LineItem, Where


def date_in_text_cell(li: LineItem, text: str, where: Where, year: int) -> None:
    """Set `li.period` from the one date its text cell states (nothing when it has a period already)."""
    if li.period is not None or not text:
        return
    found = {(d.first, d.last) for d in find_dates(text, year)
             if not NOT_SERVICE_BEFORE_RE.search(text[max(0, d.start - 40):d.start])
             and not re.fullmatch(r"\s*\d{4}\s*", text[d.start:d.end])}
    if len(found) == 1:
        li.set_period(found.pop(), Where(where.part, row=where.row, line=where.line, col=where.col,
                                         page=where.page, rule=f"{where.rule}:date in text", how="stated"))
