"""Dates and months as clerks type them into a text field: ISO (2026-12-07, the Swedish standard SS-ISO 8601),
the Finnish way (7.12.2026, 7.12.) and the Swedish short forms (7/12 2026, 20261207); months as 2026-12, 12.2026
or 12/2026. A date that cannot be read is refused in the reader's words, never with Python's "Invalid isoformat
string"."""
from __future__ import annotations

import datetime as dt
import re

from flask_babel import gettext as _

from core.kernel.errors import DomainError
from web.fmt import date

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[.\s/-]+(\d{4}))?\.?")
_MONTH_ISO = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./-](\d{4})")


def parse_day(text: str, field: str = "date", today: dt.date | None = None) -> dt.date:
    """The day the clerk typed (a day and month without a year is in the current year)."""
    t = (text or "").strip()
    try:
        if m := _ISO.fullmatch(t) or _COMPACT.fullmatch(t):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DAY_MONTH_YEAR.fullmatch(t):
            year = int(m[3]) if m[3] else (today or dt.date.today()).year
            return dt.date(year, int(m[2]), int(m[1]))
    except ValueError:
        pass
    raise DomainError(_("“%(t)s” is not a date; write it like %(example)s", t=t, example=day_example()), field)


def parse_month(text: str, field: str = "period") -> str:
    """The month the clerk typed, as YYYY-MM (the key of an interest run)."""
    t = (text or "").strip()
    m = _MONTH_ISO.fullmatch(t)
    year, month = (int(m[1]), int(m[2])) if m else (0, 0)
    if not m and (m := _MONTH_YEAR.fullmatch(t)):
        year, month = int(m[2]), int(m[1])
    if 1 <= month <= 12 and year:
        return f"{year:04d}-{month:02d}"
    raise DomainError(_("“%(t)s” is not a month; write it like %(example)s", t=t, example="2026-03"), field)


def day_example() -> str:
    """An example date in the reader's way of writing one."""
    return date(dt.date(2026, 3, 31))
