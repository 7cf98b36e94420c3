"""Banking days for SE and FI (holidays package): a due date on a weekend or bank holiday moves to the next
banking day, the rule the time-limit acts give for deadlines (SE lag (1930:173) om beräkning av lagstadgad tid
2 §; FI laki säädettyjen määräaikain laskemisesta 150/1930 5 §, which also names Christmas Eve and Midsummer Eve),
since no payment can be made on a day the banks are closed."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _closed_days(country: str, year: int) -> frozenset[dt.date]:
    cats = ("public", "bank") if "bank" in holidays.country_holidays(country).supported_categories else ("public",)
    days = holidays.country_holidays(country, years=year, categories=cats)
    closed = {d for d, name in days.items() if "from 2pm" not in name}
    if country == "FI":  # Finnish banks are also closed on Christmas Eve and Midsummer Eve
        closed |= {dt.date(year, 12, 24)}
        closed |= {d - dt.timedelta(days=1) for d, n in days.items() if "Midsummer" in n and "Eve" not in n}
    return frozenset(closed)


def is_banking_day(country: str, day: dt.date) -> bool:
    """A weekday on which the country's banks are open."""
    return day.weekday() < 5 and day not in _closed_days(country, day.year)


def next_banking_day(country: str, day: dt.date) -> dt.date:
    """The day itself if a banking day, else the next one."""
    while not is_banking_day(country, day):
        day += dt.timedelta(days=1)
    return day


def add_banking_days(country: str, day: dt.date, n: int) -> dt.date:
    """The n-th banking day after `day` (periods counted in banking days, e.g. settlement)."""
    while n > 0:
        day += dt.timedelta(days=1)
        if is_banking_day(country, day):
            n -= 1
    return day
