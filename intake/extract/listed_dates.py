"""The period of a clause that states more than one date: days inside the month first named, or listed days.

    "för halva november, 15–30 november 2026"        → 15–30 November (the days inside the month first named)
    "kaksi lausuntoa (HV10), laadittu 11.1.2027 ja 19.1.2027" → 11–19 January (from the first listed day to the last)
    "site visits on 3 Nov, 10 Nov and 17 Nov"         → 3–17 November

Why: a line done on several days the sender lists ("ja", "och", "and", commas) was invoiced with the first day
only (a blind set found it straight through): the period net saw every date inside a read period only if the
period spans them. The contract's period of a line is its service's, and the listed days are its service: from
the first to the last.
"""
from __future__ import annotations

import datetime as dt
import re

from .periods import DateSpan

#: what joins listed days: a comma, "ja"/"och"/"and"/"sekä"/"samt"/"&", with the weekday or "den" of the next
_JOINER_RE = re.compile(r"(?i)^\s*(?:,|;|&|\+|ja|och|and|sekä|samt|sowie|,\s*(?:ja|och|and|sekä|samt))\s*"
                        r"(?:(?:den|the|on|[^\W\d_]{2,3}\.?)\s+)?$")


def clause_period(clause: str, ds: list[DateSpan]) -> tuple[dt.date, dt.date]:
    """The line's period from the dates `ds` of its clause (module doc); the first date's otherwise."""
    inner = [d for d in ds[1:] if ds[0].first <= d.first and d.last <= ds[0].last and
             (d.first, d.last) != (ds[0].first, ds[0].last)]
    if len(inner) == 1:
        return inner[0].first, inner[0].last
    if len(ds) > 1 and all(d.kind == "single" for d in ds) and \
            all(_JOINER_RE.match(clause[a.end:b.start]) for a, b in zip(ds, ds[1:])):
        return min(d.first for d in ds), max(d.last for d in ds)
    return ds[0].first, ds[0].last


#: a stay told by its two ends: "ankomst 24/6 och avresa 28/6", "saapuminen 3.7., lähtö 6.7.", "arrival 2 June,
#: departure 5 June" — the second day is where it ends, the period runs from the first
_STAY_END_RE = re.compile(r"(?i)^\s*(?:,|;|och|ja|and|samt|sekä)?\s*(?:avresa|avfärd|utcheckning|hemresa|lähtö|"
                          r"lähtöpäivä|paluu|departure|check-?out)\s*:?\s*(?:den\s+|on\s+)?$")


def stay_period(unit: str, ds: list[DateSpan]) -> tuple[dt.date, dt.date] | None:
    """The period of a stay told by its arrival and departure days (module doc), else None."""
    if len(ds) != 2 or not all(d.kind == "single" for d in ds) or not _STAY_END_RE.match(unit[ds[0].end:ds[1].start]):
        return None
    return (ds[0].first, ds[1].last) if ds[0].first <= ds[1].last else None
