"""Units of calendar time a count is written in ("3 kk", "3 månader", "1 kvartal", "2 viikkoa", "6 months") and
how many of them a stated period holds.

Why: rents, subscriptions and contracts are counted in months, quarters, weeks or years, and the same mail states
the period too ("1.2.–31.3.2027, 3 kk à 45 €"). The count and the period are two statements of one thing: a count
said in the article's own unit is its count ("Det blir 3 månader à 790 kr" for an article per month), and a count
that contradicts its own period is asked, never chosen (intake.extract.period_counts). Terms and seasons have no
fixed length: they are units but hold no computable count.
"""
from __future__ import annotations

import datetime as dt
import re

from .model import Period

_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("month", re.compile(r"(?i)^(?:mån|månad|månader|månaderna|månaden|mån\.|kk|kuukausi|kuukautta|kuukauden|"
                         r"kuukaudelta|kuukaudet|kuukausien|months?|mo|mos|mth|mths)$")),
    ("quarter", re.compile(r"(?i)^(?:kvartal|kvartalet|kvartalen|nv|neljännesvuo(?:si|tta|den|delta)|"
                           r"vuosineljännes|vuosineljännestä|quarters?)$")),
    ("half", re.compile(r"(?i)^(?:halvår|halvåret|halvår\.|half-years?|vuosipuolisko|puolivuotta|puoli\s+vuotta)$")),
    ("week", re.compile(r"(?i)^(?:vecka|veckor|veckan|veckorna|vko|viikko|viikkoa|viikon|viikot|weeks?|wk|wks)$")),
    ("year", re.compile(r"(?i)^(?:år|året|vuosi|vuotta|vuoden|years?|yr|yrs)$")),
    ("term", re.compile(r"(?i)^(?:termin|terminer|terminen|lukukausi|lukukautta|terms?|semesters?)$")),
    ("season", re.compile(r"(?i)^(?:säsong|säsonger|säsongen|kausi|kautta|seasons?)$")),
)
#: months in one unit of each family with a fixed length
_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def unit_family(word: str | None) -> str | None:
    """The calendar unit a word (a register unit or the word after a count) names, or None."""
    w = (word or "").strip().rstrip(".")
    return next((f for f, rx in _FAMILIES if rx.match(w)), None)


def _whole_months(period: Period) -> int | None:
    """The months from the first day to the day after the last when they are whole (1.2.–31.3. and 15.1.–14.3.
    are two), else None."""
    start, after = period[0], period[1] + dt.timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    return months if months > 0 and after.day == start.day else None


def units_in(period: Period, family: str) -> int | None:
    """How many units of `family` the period holds, when it holds a whole number of them; else None."""
    if family == "week":
        days = (period[1] - period[0]).days + 1
        return days // 7 if days > 0 and days % 7 == 0 else None
    per = _MONTHS.get(family)
    months = _whole_months(period) if per else None
    return months // per if per and months and months % per == 0 else None
