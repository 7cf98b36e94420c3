"""Reference-rate lookup: shipped history, operator overrides, refusal to guess."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from importlib import resources

import pytest

from core.runs.rates import (
    RateNotKnownError,
    late_interest_rate,
    load_rates,
    penalty_margin,
    reference_rate,
    shipped_sources,
)

D = Decimal
d = dt.date.fromisoformat


@pytest.mark.parametrize(
    "country,day,expected",
    [
        ("SE", "2019-01-01", "-0.50"),  # negative reference rate
        ("SE", "2019-06-30", "-0.50"),
        ("SE", "2019-07-01", "0.00"),
        ("SE", "2022-07-01", "0.50"),  # policy 0.25 on 30 Jun 2022, rounded up
        ("SE", "2023-06-30", "2.50"),
        ("SE", "2023-07-01", "3.50"),
        ("SE", "2024-12-31", "4.00"),
        ("SE", "2025-01-01", "3.00"),  # derived: policy 2.75 on 31 Dec 2024, not 2.50
        ("SE", "2026-06-30", "2.00"),
        ("FI", "2022-12-31", "0.00"),
        ("FI", "2023-01-01", "2.50"),
        ("FI", "2023-07-01", "4.00"),
        ("FI", "2024-02-29", "4.50"),
        ("FI", "2025-01-01", "3.50"),
        ("FI", "2025-07-01", "2.50"),
        ("FI", "2026-01-01", "2.50"),
    ],
)
def test_reference_rate(country, day, expected):
    assert reference_rate(country, d(day)) == D(expected)


def test_margins():
    assert penalty_margin("SE") == penalty_margin("SE", b2b=True) == D("8")  # räntelagen 6 §
    assert penalty_margin("FI") == D("7")  # korkolaki 4 §
    assert penalty_margin("FI", b2b=True) == D("8")  # korkolaki 4 a §
    assert late_interest_rate("SE", d("2023-07-01")) == D("11.50")
    assert late_interest_rate("FI", d("2024-01-01")) == D("11.50")
    assert late_interest_rate("FI", d("2024-01-01"), b2b=True) == D("12.50")


@pytest.mark.parametrize("country,day", [("SE", "2026-07-01"), ("FI", "2026-07-01"), ("SE", "2018-12-31"),
                                         ("FI", "2030-01-01")])
def test_no_rate_known_raises(country, day):
    with pytest.raises(RateNotKnownError, match=f"{country} on {day}"):
        reference_rate(country, d(day))


def test_gap_in_table_is_not_bridged():
    # only 2024 H1 known: 2024 H2 must not silently reuse it
    rates = load_rates([("FI", "2024-01-01", "4.50")], include_shipped=False)
    assert rates.reference_rate("FI", d("2024-06-30")) == D("4.50")
    with pytest.raises(RateNotKnownError):
        rates.reference_rate("FI", d("2024-07-01"))
    with pytest.raises(RateNotKnownError, match="no rates loaded"):
        rates.reference_rate("SE", d("2024-07-01"))


def test_extra_rates_add_and_override():
    rates = load_rates([("SE", dt.date(2026, 7, 1), D("1.50")), ("fi", "2025-07-01", "2.00")])
    assert rates.reference_rate("SE", d("2026-12-31")) == D("1.50")
    assert rates.entry("SE", d("2026-12-31")).status == "user"
    assert rates.reference_rate("FI", d("2025-07-01")) == D("2.00")  # operator correction wins
    assert reference_rate("FI", d("2025-07-01")) == D("2.50")  # shipped default untouched
    with pytest.raises(RateNotKnownError):
        rates.reference_rate("SE", d("2027-01-01"))


@pytest.mark.parametrize(
    "row,error",
    [
        (("SE", "2026-03-01", "1.00"), "1 Jan or 1 Jul"),
        (("DK", "2026-07-01", "1.00"), "country"),
        (("SE", "2026-07-01", "abc"), "not a decimal"),
    ],
)
def test_bad_extra_rates(row, error):
    with pytest.raises(ValueError, match=error):
        load_rates([row])


def test_float_rate_refused():
    with pytest.raises(TypeError):
        load_rates([("SE", "2026-07-01", 1.5)])


def test_shipped_file_is_complete_and_sourced():
    data = json.loads(resources.files("core.runs").joinpath("data/reference_rates.json").read_text(encoding="utf-8"))
    for code in ("SE", "FI"):
        rows = data[code]["rates"]
        starts = [d(r["valid_from"]) for r in rows]
        # every half-year from 2019-01-01 to 2026-07-01 present, in order, no gaps (2026-07-01 unconfirmed)
        expected = [dt.date(y, m, 1) for y in range(2019, 2027) for m in (1, 7)]
        assert starts == expected
        for r in rows:
            assert isinstance(r["rate"], str) and D(r["rate"]) == D(r["rate"]).quantize(D("0.01"))
            assert D(r["rate"]) % D("0.5") == 0  # both laws round up to a half percentage point
            assert r["status"] in ("verified", "derived", "unconfirmed")
            assert r["status"] != "unconfirmed" or r["note"]  # says why it is not confirmed
    assert all(shipped_sources()[c] for c in ("SE", "FI"))
