"""Periods as agencies write them (issue #14, class 6): week numbers, quarters, half-years, month names in
sv/fi/en with Finnish case forms, month ranges, Finnish day ranges, day ranges with a month name, a period stated
once for every line, and dates without a year."""
from __future__ import annotations

import datetime as dt

import pytest

from intake.extract.dates import find_dates
from tests.intake.grammar_support import FI, only, parse, periods

ON = dt.date(2026, 11, 16)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("v. 12", "2026-03-16", "2026-03-22"),
    ("vecka 14–15", "2026-03-30", "2026-04-12"),
    ("veckorna 12-14 2026", "2026-03-16", "2026-04-05"),
    ("vko 12/2026", "2026-03-16", "2026-03-22"),
    ("viikolla 14", "2026-03-30", "2026-04-05"),
    ("week 2 2027", "2027-01-11", "2027-01-17"),
    ("Q1 2026", "2026-01-01", "2026-03-31"),
    ("kvartal 2", "2026-04-01", "2026-06-30"),
    ("tredje kvartalet 2026", "2026-07-01", "2026-09-30"),
    ("1. neljännes", "2026-01-01", "2026-03-31"),
    ("toisella vuosineljänneksellä 2026", "2026-04-01", "2026-06-30"),
    ("H2 2026", "2026-07-01", "2026-12-31"),
    ("första halvåret 2026", "2026-01-01", "2026-06-30"),
    ("2. vuosipuolisko 2026", "2026-07-01", "2026-12-31"),
    ("maaliskuussa", "2026-03-01", "2026-03-31"),
    ("helmikuun aikana", "2026-02-01", "2026-02-28"),
    ("syyskuulta 2026", "2026-09-01", "2026-09-30"),
    ("tammi–maaliskuu 2026", "2026-01-01", "2026-03-31"),
    ("jan–mars 2026", "2026-01-01", "2026-03-31"),
    ("1.–15.3.2026", "2026-03-01", "2026-03-15"),
    ("1.3.–15.4.2026", "2026-03-01", "2026-04-15"),
    ("3–7 mars", "2026-03-03", "2026-03-07"),
    ("i maj", "2026-05-01", "2026-05-31"),
])
def test_period_grammar(text: str, first: str, last: str) -> None:
    found = find_dates(text, ON.year, ON)
    assert [(d.first.isoformat(), d.last.isoformat()) for d in found] == [(first, last)]


@pytest.mark.parametrize("text", ["you may", "Maj-Britt", "V200", "v. 12, 2000 kr"])
def test_no_period_where_none_is_written(text: str) -> None:
    found = find_dates(text, ON.year, ON)
    assert all(d.kind == "week" for d in found) and len(found) <= 1


def test_a_month_without_a_year_early_in_the_year_is_last_years() -> None:
    """'december' in a mail of 5 January is the December just past (documented in intake.extract.periods)."""
    [d] = find_dates("arbete i december", 2027, dt.date(2027, 1, 5))
    assert (d.first, d.last) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    [d] = find_dates("arbete i december", 2026, dt.date(2026, 11, 16))
    assert d.first == dt.date(2026, 12, 1)


def test_week_and_quarter_per_line_in_a_request() -> None:
    req = only(parse("Hej,\nKund: Norrmarks kommun\n\nFältdag (2300), 2 dagar v. 12\nRådgivning (2100), 4 tim, "
                     "vecka 14-15\nRådgivning (2100), 3 tim, Q4 2026\n\nMvh Anna"))
    assert periods(req) == [("2026-03-16", "2026-03-22"), ("2026-03-30", "2026-04-12"),
                            ("2026-10-01", "2026-12-31")]
    assert [li["quantity"] for li in req["lines"]] == ["2", "4", "3"]


def test_finnish_inflected_months_and_ranges() -> None:
    req = only(parse("Hei,\nAsiakas: Hämeen Vesi Oy\n\nT10 asiantuntijatyö 3 h tammi–maaliskuu 2026\n"
                     "T10 asiantuntijatyö 2 h helmikuun aikana\nT20 maanäyte 6 kpl 1.–15.3.2026\n\nTerveisin Liisa",
                     sender=FI))
    assert periods(req) == [("2026-01-01", "2026-03-31"), ("2026-02-01", "2026-02-28"),
                            ("2026-03-01", "2026-03-15")]


def test_a_period_stated_once_applies_to_every_line() -> None:
    req = only(parse("Hej,\nKund: Norrmarks kommun\nAvser oktober 2026.\n\nRådgivning (2100), 3 tim\n"
                     "Jordprov (2200), 12 st\n\nMvh Anna"))
    assert periods(req) == [("2026-10-01", "2026-10-31")] * 2


def test_a_date_without_a_year_takes_the_mails_year() -> None:
    req = only(parse("Hej, fakturera Norrmarks kommun för rådgivning (2100), 2 tim den 14/5.\nMvh Anna"))
    assert periods(req) == [("2026-05-14", "2026-05-14")]
