"""The date written beside "today" in a sentence telling a payment: "maksoimme tänään 24.3.2026 laskunne …",
"we have today, 10 November 2026, paid …".

"Today" is the day of the message telling it; when the sender writes the date out too, the written date is the
fact (a note quoted or forwarded days later has a later header date than the payment), so it wins.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates

_TODAY_THEN_DATE_RE = re.compile(r"(?i)\b(?:i\s*dag|idag|tänään|today)\b[\s,]*(?:(?:den|on|the)\s+)?")


def date_beside_today(sentence: str, on: dt.date) -> dt.date | None:
    """The single date written right after "today" in `sentence`, or None."""
    for m in _TODAY_THEN_DATE_RE.finditer(sentence):
        days = [d for d in find_dates(sentence[m.end():], on.year, on) if d.kind == "single" and d.start == 0]
        if days:
            return days[0].first
    return None
