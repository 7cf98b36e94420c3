"""A month billed in part: "oktober 2026 pro rata från den 15:e", "lokakuu 2026 osittain 15. päivästä alkaen",
"October 2026 pro rata from the 15th".

The count of such a month (a fraction: 17 of 31 days? half a month?) is the agency's rule to apply, not ours to
compute, so it is asked; the period is known: from the day named to the month's end (the whole month when no day
is named). Read as an item of a list under an article ("- oktober … pro rata …" beside "- november: 1 st") it is a
line of its own with its count asked, never dropped and never given the next item's count or period.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateSpan

_PART_RE = re.compile(r"(?i)\b(?:pro\s+rata|proportionellt|del\s+av\s+månaden|delvis|osittain|osa\s+kuukaudesta|"
                      r"suhteessa|part\s+of\s+the\s+month|partial\s+month)\b")
_FROM_DAY_RE = re.compile(r"(?i)\b(?:från\s+(?:och\s+med\s+)?(?:den\s+)?(?P<a>\d{1,2})(?::?[ae])?\b|"
                          r"from\s+(?:the\s+)?(?P<b>\d{1,2})(?:st|nd|rd|th)?\b|"
                          r"(?P<c>\d{1,2})\.\s*(?:päivästä|alkaen|lähtien))")


def pro_rata_span(text: str, span: DateSpan) -> tuple[dt.date, dt.date] | None:
    """The period of a month billed in part, or None when the text does not say the month is billed in part."""
    if not _PART_RE.search(text):
        return None
    whole_month = span.first.day == 1 and (span.last + dt.timedelta(days=1)).day == 1 and \
        span.first.month == span.last.month
    m = _FROM_DAY_RE.search(text)
    if not whole_month or not m:
        return (span.first, span.last) if whole_month else None
    day = int(m.group("a") or m.group("b") or m.group("c"))
    if not 1 < day <= span.last.day:
        return None
    return dt.date(span.first.year, span.first.month, day), span.last
