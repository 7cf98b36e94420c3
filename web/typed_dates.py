"""Dates and months as clerks type them into a text field: ISO (2026-12-07, the Swedish standard SS-ISO 8601),
the Finnish way (7.12.2026, 7.12.) and the Swedish short forms (7/12 2026, 20261207); months as 2026-12, 12.2026,
12/2026 or in words as the pages show them ("marraskuu 2026", "november 2026"). A date that cannot be read is
refused in the reader's words, never with Python's "Invalid isoformat string"."""
from __future__ import annotations

import datetime as dt
import re

from babel import dates as bdates
from flask import Flask
from flask_babel import get_locale
from flask_babel import gettext as _

from core.kernel.errors import DomainError
from web.fmt import date

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[.\s/-]+(\d{4}))?\.?")
_MONTH_ISO = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./-](\d{4})")
_NAMED_MONTH = re.compile(r"([^\W\d_]+)\s+(\d{4})")


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
    if not year:
        year, month = _named_month(t)
    if 1 <= month <= 12 and year:
        return f"{year:04d}-{month:02d}"
    raise DomainError(_("“%(t)s” is not a month; write it like %(example)s", t=t, example="2026-03"), field)


def _named_month(text: str) -> tuple[int, int]:
    """(year, month) of a month in words as the pages write one ("marraskuu 2026", "november 2026", also
    "marraskuuta 2026"), in the reader's language or another of the three; (0, 0) for anything else."""
    m = _NAMED_MONTH.fullmatch(text)
    if not m:
        return 0, 0
    word = m[1].lower()
    for loc in dict.fromkeys((str(get_locale() or "sv"), "sv", "fi", "en")):
        for context in ("stand-alone", "format"):
            for number, name in bdates.get_month_names("wide", context, locale=loc).items():
                if word == str(name).lower():
                    return int(m[2]), int(number)
    return 0, 0


def typed(value: dt.date | str | None) -> str:
    """A date as the reader types it into a text field (a browser's date field shows the browser's language, not
    the user's: a Finnish clerk in an English browser got mm/dd/yyyy): 7.12.2026 in Finnish, ISO 2026-12-07 in
    Swedish (SS-ISO 8601) and English. Text that is no date (as typed) is shown as it is."""
    day: dt.date | None
    if isinstance(value, str):
        try:
            day = parse_day(value) if value.strip() else None
        except DomainError:
            return value
    else:
        day = value
    if day is None:
        return ""
    return f"{day.day}.{day.month}.{day.year}" if str(get_locale() or "sv") == "fi" else day.isoformat()


def day_or(text: str | None, default: dt.date | None) -> dt.date | None:
    """The typed day of a filter or a report's date; `default` when it is empty or no date."""
    try:
        return parse_day(text or "") if (text or "").strip() else default
    except DomainError:
        return default


def month_words(value: str | dt.date | None) -> str:
    """A month as a reader says it ("marraskuu 2026", "november 2026", "November 2026"), never the key 2026-11;
    text that is no month is shown as it is."""
    if isinstance(value, dt.date):
        value = f"{value.year:04d}-{value.month:02d}"
    m = _MONTH_ISO.fullmatch((value or "").strip())
    if not m or not 1 <= int(m[2]) <= 12:
        return value or ""
    return bdates.format_date(dt.date(int(m[1]), int(m[2]), 1), "LLLL yyyy", locale=str(get_locale() or "sv"))


def register(app: Flask) -> None:
    """`value|typed_day` and `day_example()` for the date fields of the pages (macros.html `day_input`), and
    `value|month` for a month in words."""
    app.add_template_filter(typed, "typed_day")
    app.add_template_filter(month_words, "month")
    app.add_template_global(day_example, "day_example")


def day_example() -> str:
    """An example date in the reader's way of writing one."""
    return date(dt.date(2026, 3, 31))
