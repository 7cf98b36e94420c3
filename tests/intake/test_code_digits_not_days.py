"""An article code's digits are no day of the month (intake.extract.dates): "rokotukset TT30 syyskuulta" was read
as 30 September and "KA20 lokakuulta" as 20 October — the line's period one day instead of the month (holdout42's
fixer found it). A day written apart from letters is still a day."""
from __future__ import annotations

import pytest

from intake.extract.dates import find_dates


def _spans(text: str) -> list[tuple[str, str]]:
    return [(d.first.isoformat(), d.last.isoformat()) for d in find_dates(text, 2027)]


@pytest.mark.parametrize("text, want", [
    ("rokotukset TT30 syyskuulta: 12 kpl", [("2027-09-01", "2027-09-30")]),
    ("KA20 lokakuulta, 6 tuntia", [("2027-10-01", "2027-10-31")]),
    ("hyra BH-20 oktober, 3 st", [("2027-10-01", "2027-10-31")]),
    ("rental EQ12 March 2027, two days", [("2027-03-01", "2027-03-31")]),
    ("båtplats BH20.10 2 st", []),
])
def test_a_codes_digits_are_not_a_day(text, want):
    assert _spans(text) == want


@pytest.mark.parametrize("text, want", [
    ("den 20 oktober", [("2027-10-20", "2027-10-20")]),
    ("30 syyskuuta", [("2027-09-30", "2027-09-30")]),
    ("on 12 March", [("2027-03-12", "2027-03-12")]),
    ("lö 28.11", [("2027-11-28", "2027-11-28")]),
    ("1.–3.12.2027", [("2027-12-01", "2027-12-03")]),
])
def test_a_day_apart_from_letters_is_still_a_day(text, want):
    assert _spans(text) == want
