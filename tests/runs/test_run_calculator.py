"""The interest run's calculator (core.runs.interest.RunCalculator) gives exactly `interest_on_payments(...).total`:
random claims with partial payments across half-year boundaries, both margins, repeated claims from its memo."""
import datetime as dt
import random
from decimal import Decimal as D

import pytest

from core.runs.interest import RunCalculator, interest_on_payments
from core.runs.rates import RateNotKnownError


def _claims(rnd: random.Random, n: int) -> list[tuple]:
    out = []
    for _ in range(n):
        due = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(0, 900))
        principal = D(rnd.randrange(0, 5_000_000)).scaleb(-2)
        pays = sorted((due + dt.timedelta(days=rnd.randrange(-20, 400)), D(rnd.randrange(1, 2_000_000)).scaleb(-2))
                      for _ in range(rnd.randrange(0, 5)))
        until = due + dt.timedelta(days=rnd.randrange(-10, 500))
        out.append((principal, due, pays, until, rnd.random() < 0.5))
    return out


@pytest.mark.parametrize("country", ["SE", "FI"])
def test_same_totals_as_interest_on_payments(country):
    calc = RunCalculator(country, None)
    claims = _claims(random.Random(1138), 3000)
    for principal, due, pays, until, b2b in claims + claims[:500]:  # the repeats come from the memo
        expected = interest_on_payments(country, principal, due, pays, until, b2b=b2b).total
        assert calc.total(principal, due, pays, until, b2b) == expected, (principal, due, pays, until, b2b)


def test_unknown_rate_and_negative_amounts_fail_as_before():
    calc = RunCalculator("SE", None)
    with pytest.raises(RateNotKnownError):
        calc.total(D("100.00"), dt.date(2099, 1, 1), [], dt.date(2099, 3, 1), False)
    with pytest.raises(ValueError):
        calc.total(D("100.00"), dt.date(2025, 1, 1), [(dt.date(2025, 2, 1), D("-1.00"))], dt.date(2025, 3, 1), False)
