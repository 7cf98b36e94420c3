"""Banking days for SE and FI (holidays package): due dates falling on a weekend or bank holiday move forward."""
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
    return day.weekday() < 5 and day not in _closed_days(country, day.year)


def next_banking_day(country: str, day: dt.date) -> dt.date:
    """The day itself if a banking day, else the next one."""
    while not is_banking_day(country, day):
        day += dt.timedelta(days=1)
    return day


def add_banking_days(country: str, day: dt.date, n: int) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        if is_banking_day(country, day):
            n -= 1
    return day
