"""A date that opens a sentence naming several articles dates all of them.

Why: "Eskort … torsdag 3 december 2026 kl. 06.30–10.15, dvs. 3,75 tim (PE30), plus framkörningsavgift PE31 1 st."
states the day once, before the first article, for everything the sentence bills. Cut into one clause per article,
the date falls into the first clause only and the later lines went out without a period — a request straight
through with a line undated. The contract (issue #14) says a period stated once for the whole request applies to
every line; within one sentence the same holds. Only the sentence's one and only date, written before its first
article code, counts: a date inside a later clause dates that clause alone, and a due date or a price list's date
dates nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateSpan

_NOT_SERVICE_BEFORE_RE = re.compile(r"(?i)\b(?:förfall\w*|due|eräpäivä\w*|betala\w*|maksett\w*|senast|viimeistään|"
                                    r"prislista\w*|hinnasto\w*|price list|avtal\w*|sopimu\w*|offert\w*|"
                                    r"tarjou\w*|beslut\w*|päätö\w*|annettu)\b[^.]{0,25}$")


def opening_date(unit: str, ds: list[DateSpan], codes: list[tuple[int, int, str]]) -> tuple[dt.date, dt.date] | None:
    """The period for every article of `unit` when its only date comes before its first code; else None."""
    if len(ds) != 1 or len(codes) < 2:
        return None
    d = ds[0]
    if d.end > codes[0][0] or _NOT_SERVICE_BEFORE_RE.search(unit[max(0, d.start - 40):d.start]):
        return None
    return d.first, d.last
