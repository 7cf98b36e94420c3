"""The days of an event a sentence names above the lines: "under Sjöviks IF:s idrottsläger 14–15.11 serverade vi
lunch", "lägerskolan 2–4.12 för … elever ska faktureras", "leirikoulu 2.–4.12. pidettiin", "the field course 3–5
November was held".

Why: a school, a club or an agency invoices what it provided during a camp, a course or a meeting and names the
event's days once, in a sentence of its own above the line ("SK10 Lunchportion 64 st"); a blind set found such
requests held by the period net (the date was stated, but no rule read it). A range of days in a sentence with
no article and no price, that is the sentence's only date and no due day, price list's, agreement's or absence's
(intake.extract.file_periods.NOT_SERVICE_BEFORE_RE), is the period of the lines without one of their own.
A single day stays with the stricter rules (a service verb or a period cue before it): a lone day in passing is
as often a meeting's or a letter's as the service's.
"""
from __future__ import annotations

import datetime as dt

from .dates import DateSpan
from .file_periods import NOT_SERVICE_BEFORE_RE

#: an event's days: up to a month (a season or a year is the other rules' business)
_MAX_DAYS = 31


def event_days(unit: str, ds: list[DateSpan]) -> tuple[dt.date, dt.date] | None:
    """The period of the sentence's one range of days (module doc), or None."""
    if len(ds) != 1 or ds[0].kind != "range" or "?" in unit:
        return None
    d = ds[0]
    if (d.last - d.first).days > _MAX_DAYS or NOT_SERVICE_BEFORE_RE.search(unit[max(0, d.start - 40):d.start]):
        return None
    return d.first, d.last
