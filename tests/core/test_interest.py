"""Late-payment interest: table of hand-calculated cases, properties, edge rules.

Convention under test (core/interest.py docstring, domain-facts §6.3): interest days = due+1 .. paid inclusive,
actual/365 also in leap years, split at 1 Jan / 1 Jul, unrounded per period, total rounded once half-up.

Rates used below (shipped table, percent):
  SE ref/late: 2019H1 -0.50/7.50 | 2019H2-2022H1 0.00/8.00 | 2022H2 0.50/8.50 | 2023H1 2.50/10.50 |
               2023H2 3.50/11.50 | 2024H1+H2 4.00/12.00 | 2025H1 3.00/11.00 | 2025H2 2.00/10.00
  FI ref/§4/§4a: 2019H1-2022H2 0.00/7.00/8.00 | 2023H1 2.50/9.50/10.50 | 2023H2 4.00/11.00/12.00 |
               2024H1+H2 4.50/11.50/12.50 | 2025H1 3.50/10.50/11.50 | 2025H2 2.50/9.50/10.50
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.runs.interest import interest_on_payments, late_interest
from core.runs.rates import RateNotKnownError, load_rates

D = Decimal
d = dt.date.fromisoformat

# (id, country, principal, due, paid, b2b, expected total, expected [(from, to, days, rate%)])
FULL_PAYMENT_CASES = [
    # 1. domain-facts §6.3 worked example, crosses 1 Jul 2023.
    #    Jun 21..30 = 10 days: 10000 * 10.50% * 10/365 = 10500/365 = 28.767123
    #    Jul 1..10  = 10 days: 10000 * 11.50% * 10/365 = 11500/365 = 31.506849
    #    sum 60.273973 -> 60.27 (rounding each period first would give 28.77 + 31.51 = 60.28)
    ("se-worked-example", "SE", "10000.00", "2023-06-20", "2023-07-10", False, "60.27",
     [("2023-06-21", "2023-06-30", 10, "10.50"), ("2023-07-01", "2023-07-10", 10, "11.50")]),
    # 2. domain-facts §6.3 FI worked example, crosses 1 Jan 2025, §4.
    #    Dec 21..31 = 11 days: 1000 * 11.50% * 11/365 = 1265/365 = 3.465753
    #    Jan 1..9   =  9 days: 1000 * 10.50% *  9/365 =  945/365 = 2.589041
    #    sum 6.054795 -> 6.05 (per-period rounding: 3.47 + 2.59 = 6.06)
    ("fi-worked-example", "FI", "1000.00", "2024-12-20", "2025-01-09", False, "6.05",
     [("2024-12-21", "2024-12-31", 11, "11.50"), ("2025-01-01", "2025-01-09", 9, "10.50")]),
    # 3. same, FI b2b (korkolaki 4 a §, +8 pp):
    #    1000 * 12.50% * 11/365 = 1375/365 = 3.767123; 1000 * 11.50% * 9/365 = 1035/365 = 2.835616
    #    sum 2410/365 = 6.602740 -> 6.60
    ("fi-b2b", "FI", "1000.00", "2024-12-20", "2025-01-09", True, "6.60",
     [("2024-12-21", "2024-12-31", 11, "12.50"), ("2025-01-01", "2025-01-09", 9, "11.50")]),
    # 4. paid on the due date: 0 interest days -> 0.00, no periods.
    ("se-paid-on-due", "SE", "10000.00", "2024-05-31", "2024-05-31", False, "0.00", []),
    # 5. FI paid on the due date -> 0.00.
    ("fi-paid-on-due", "FI", "2500.00", "2025-03-15", "2025-03-15", False, "0.00", []),
    # 6. one day late: 10000 * 12% * 1/365 = 1200/365 = 3.287671 -> 3.29
    ("se-one-day", "SE", "10000.00", "2024-03-01", "2024-03-02", False, "3.29",
     [("2024-03-02", "2024-03-02", 1, "12.00")]),
    # 7. leap year SE: Feb 28, Feb 29, Mar 1 = 3 days, still /365:
    #    10000 * 12% * 3/365 = 3600/365 = 9.863014 -> 9.86   (with /366 it would be 9.84)
    ("se-leap-29-feb", "SE", "10000.00", "2024-02-27", "2024-03-01", False, "9.86",
     [("2024-02-28", "2024-03-01", 3, "12.00")]),
    # 8. leap year FI: Feb 1..29 (29 days) + Mar 1..31 (31 days) = 60 days at 11.50%:
    #    5000 * 11.50% * 60/365 = 34500/365 = 94.520548 -> 94.52
    ("fi-leap-feb-mar", "FI", "5000.00", "2024-01-31", "2024-03-31", False, "94.52",
     [("2024-02-01", "2024-03-31", 60, "11.50")]),
    # 9. due ON a half-year boundary (30 Jun): every interest day is in H2.
    #    Jul 1..31 = 31 days: 10000 * 11.50% * 31/365 = 35650/365 = 97.671233 -> 97.67
    ("se-due-30-jun", "SE", "10000.00", "2023-06-30", "2023-07-31", False, "97.67",
     [("2023-07-01", "2023-07-31", 31, "11.50")]),
    # 10. due 31 Dec, FI: Jan 1..31 = 31 days at 9.50%: 1000 * 9.50% * 31/365 = 2945/365 = 8.068493 -> 8.07
    ("fi-due-31-dec", "FI", "1000.00", "2022-12-31", "2023-01-31", False, "8.07",
     [("2023-01-01", "2023-01-31", 31, "9.50")]),
    # 11. one day each side of 1 Jul: Jun 30 at 10.50% + Jul 1 at 11.50%:
    #     10000 * (10.50% + 11.50%) * 1/365 = 2200/365 = 6.027397 -> 6.03
    ("se-two-days-across-1-jul", "SE", "10000.00", "2023-06-29", "2023-07-01", False, "6.03",
     [("2023-06-30", "2023-06-30", 1, "10.50"), ("2023-07-01", "2023-07-01", 1, "11.50")]),
    # 12. the CLI example, three periods (2024 is a leap year but Jun..Dec has no 29 Feb):
    #     Jun 1..30 = 30 d, Jul 1..Dec 31 = 184 d at 12%: 10000 * 12% * 214/365 = 256800/365 = 703.561644
    #     Jan 1..Feb 10 = 41 d at 11%:                   10000 * 11% *  41/365 =  45100/365 = 123.561644
    #     sum 301900/365 = 827.123288 -> 827.12
    ("se-cli-example", "SE", "10000.00", "2024-05-31", "2025-02-10", False, "827.12",
     [("2024-06-01", "2024-06-30", 30, "12.00"), ("2024-07-01", "2024-12-31", 184, "12.00"),
      ("2025-01-01", "2025-02-10", 41, "11.00")]),
    # 13. negative reference rate (2019H1 -0.50 -> 7.50%), due date before the stored history is fine because
    #     interest starts the next day: Jan 1..31 = 31 days: 10000 * 7.50% * 31/365 = 23250/365 = 63.698630 -> 63.70
    ("se-negative-reference", "SE", "10000.00", "2018-12-31", "2019-01-31", False, "63.70",
     [("2019-01-01", "2019-01-31", 31, "7.50")]),
    # 14. rising rates 2022-2023:
    #     May 16..Jun 30 = 16 + 30 = 46 d at 8.00%:  50000 * 8.00% *  46/365 = 184000/365 =  504.109589
    #     Jul 1..Dec 31  = 184 d at 8.50%:          50000 * 8.50% * 184/365 = 782000/365 = 2142.465753
    #     Jan 1..Feb 15  = 31 + 15 = 46 d at 10.50%: 50000 * 10.50% * 46/365 = 241500/365 =  661.643836
    #     sum 1207500/365 = 3308.219178 -> 3308.22
    ("se-2022-2023", "SE", "50000.00", "2022-05-15", "2023-02-15", False, "3308.22",
     [("2022-05-16", "2022-06-30", 46, "8.00"), ("2022-07-01", "2022-12-31", 184, "8.50"),
      ("2023-01-01", "2023-02-15", 46, "10.50")]),
    # 15. FI whole year 2023: Jan 1..Jun 30 = 181 d at 9.50%: 10000 * 9.50% * 181/365 = 171950/365 = 471.095890
    #                         Jul 1..Dec 31 = 184 d at 11.00%: 10000 * 11% * 184/365 = 202400/365 = 554.520548
    #     sum 374350/365 = 1025.616438 -> 1025.62
    ("fi-year-2023", "FI", "10000.00", "2022-12-31", "2023-12-31", False, "1025.62",
     [("2023-01-01", "2023-06-30", 181, "9.50"), ("2023-07-01", "2023-12-31", 184, "11.00")]),
    # 16. exact half-öre is rounded UP (half-up, not banker's): 18.25 * 10.00% * 1/365 = 1.825/365 = 0.005 -> 0.01
    ("se-half-up-tie", "SE", "18.25", "2025-08-01", "2025-08-02", False, "0.01",
     [("2025-08-02", "2025-08-02", 1, "10.00")]),
    # 17. SE derived 2025 rates across 1 Jul 2025: 10000 * 11% * 10/365 = 11000/365 = 30.136986;
    #     10000 * 10% * 10/365 = 10000/365 = 27.397260; sum 21000/365 = 57.534247 -> 57.53
    ("se-2025-h1-h2", "SE", "10000.00", "2025-06-20", "2025-07-10", False, "57.53",
     [("2025-06-21", "2025-06-30", 10, "11.00"), ("2025-07-01", "2025-07-10", 10, "10.00")]),
    # 18. SE b2b flag changes nothing (räntelagen 6 §: +8 for all): same as case 6 -> 3.29
    ("se-b2b-same-margin", "SE", "10000.00", "2024-03-01", "2024-03-02", True, "3.29",
     [("2024-03-02", "2024-03-02", 1, "12.00")]),
]


@pytest.mark.parametrize(
    "country,principal,due,paid,b2b,expected,periods",
    [pytest.param(*c[1:], id=c[0]) for c in FULL_PAYMENT_CASES],
)
def test_late_interest_table(country, principal, due, paid, b2b, expected, periods):
    result = late_interest(country, D(principal), d(due), d(paid), b2b=b2b)
    assert result.total == D(expected)
    assert str(result.total) == expected  # two decimals, as printed
    got = [(p.start.isoformat(), p.end.isoformat(), p.days, str(p.rate_percent.quantize(D("0.01"))))
           for p in result.periods]
    assert got == periods
    # every period amount is the unrounded formula, and the total is their sum rounded once
    with localcontext() as ctx:
        ctx.prec = 60  # the working precision of core.runs.interest
        for p in result.periods:
            assert abs(p.amount - p.principal * p.rate_percent * p.days / D(36500)) < D("1e-40")
        assert abs(sum(p.amount for p in result.periods) - result.unrounded) < D("1e-40")


# (id, country, principal, due, payments [(date, amount)], until, expected total,
#  expected [(from, to, days, balance, rate%)])
PARTIAL_PAYMENT_CASES = [
    # P1. 4000 paid on 29 Feb (leap day), rest on 31 Mar; the payment day bears interest on the old balance.
    #     Feb 1..29 = 29 d on 10000 at 12%: 10000 * 12% * 29/365 = 34800/365 = 95.342466
    #     Mar 1..31 = 31 d on  6000 at 12%:  6000 * 12% * 31/365 = 22320/365 = 61.150685
    #     sum 57120/365 = 156.493151 -> 156.49
    ("se-partial-leap", "SE", "10000.00", "2024-01-31", [("2024-02-29", "4000.00"), ("2024-03-31", "6000.00")],
     None, "156.49",
     [("2024-02-01", "2024-02-29", 29, "10000.00", "12.00"), ("2024-03-01", "2024-03-31", 31, "6000.00", "12.00")]),
    # P2. FI, part payment on 30 Jun, balance still open, computed until 31 Jul:
    #     Jun 16..30 = 15 d on 2000 at 10.50%: 2000 * 10.50% * 15/365 = 3150/365 = 8.630137
    #     Jul 1..31  = 31 d on 1500 at  9.50%: 1500 *  9.50% * 31/365 = 4417.5/365 = 12.102740
    #     sum 7567.5/365 = 20.732877 -> 20.73
    ("fi-partial-open-until", "FI", "2000.00", "2025-06-15", [("2025-06-30", "500.00")], "2025-07-31", "20.73",
     [("2025-06-16", "2025-06-30", 15, "2000.00", "10.50"), ("2025-07-01", "2025-07-31", 31, "1500.00", "9.50")]),
    # P3. part payment BEFORE the due date reduces the principal before interest starts:
    #     balance 10000 - 2500 = 7500; Jul 1..10 = 10 d at 12%: 7500 * 12% * 10/365 = 9000/365 = 24.657534 -> 24.66
    ("se-paid-part-early", "SE", "10000.00", "2024-06-30", [("2024-06-20", "2500.00"), ("2024-07-10", "7500.00")],
     None, "24.66",
     [("2024-07-01", "2024-07-10", 10, "7500.00", "12.00")]),
    # P4. overpayment stops interest; later payments change nothing:
    #     Jan 1..10 = 10 d on 1000 at 9.50%: 1000 * 9.50% * 10/365 = 950/365 = 2.602740 -> 2.60
    ("fi-overpaid", "FI", "1000.00", "2025-12-31", [("2026-01-10", "1200.00"), ("2026-02-01", "5.00")],
     None, "2.60",
     [("2026-01-01", "2026-01-10", 10, "1000.00", "9.50")]),
]


@pytest.mark.parametrize(
    "country,principal,due,payments,until,expected,periods",
    [pytest.param(*c[1:], id=c[0]) for c in PARTIAL_PAYMENT_CASES],
)
def test_interest_on_payments_table(country, principal, due, payments, until, expected, periods):
    result = interest_on_payments(country, D(principal), d(due), [(d(x), D(a)) for x, a in payments],
                                  d(until) if until else None)
    assert result.total == D(expected)
    got = [(p.start.isoformat(), p.end.isoformat(), p.days, str(p.principal), str(p.rate_percent.quantize(D("0.01"))))
           for p in result.periods]
    assert got == periods


def test_rounding_once_differs_from_rounding_each_period():
    # domain-facts §6.3: 60.27 (sum then round) vs 60.28 (round each period then sum)
    result = late_interest("SE", D("10000.00"), d("2023-06-20"), d("2023-07-10"))
    per_period = sum(p.amount.quantize(D("0.01")) for p in result.periods)
    assert (result.total, per_period) == (D("60.27"), D("60.28"))


def test_paid_before_due_is_zero():
    assert late_interest("FI", D("100.00"), d("2025-03-15"), d("2025-03-01")).total == D("0.00")


def test_unknown_rate_is_an_error_not_zero():
    # 2026 H2 is not published: the lookup must refuse rather than reuse 2026 H1 or use 0
    with pytest.raises(RateNotKnownError, match="SE on 2026-07-01"):
        late_interest("SE", D("100.00"), d("2026-06-20"), d("2026-07-05"))
    with pytest.raises(RateNotKnownError, match="FI on 2018-12-31"):
        late_interest("FI", D("100.00"), d("2018-12-30"), d("2019-01-05"))


def test_operator_rate_extends_the_table():
    rates = load_rates([("SE", dt.date(2026, 7, 1), "1.50")])
    # Jun 21..30 = 10 d at 10.00%: 10000 * 10% * 10/365 = 10000/365 = 27.397260
    # Jul 1..10  = 10 d at  9.50%: 10000 * 9.5% * 10/365 =  9500/365 = 26.027397; sum 19500/365 = 53.424658 -> 53.42
    assert late_interest("SE", D("10000.00"), d("2026-06-20"), d("2026-07-10"), rates=rates).total == D("53.42")


def test_float_refused():
    with pytest.raises(TypeError):
        late_interest("SE", 100.0, d("2024-01-01"), d("2024-02-01"))


def test_bad_country_and_negative_principal():
    with pytest.raises(ValueError, match="country"):
        late_interest("NO", D("1"), d("2024-01-01"), d("2024-02-01"))
    with pytest.raises(ValueError, match="negative"):
        late_interest("SE", D("-1"), d("2024-01-01"), d("2024-02-01"))


# ---- properties ---------------------------------------------------------------------------------------------
FIRST = dt.date(2018, 12, 31)  # interest from 2019-01-01, the start of the stored history
LAST = dt.date(2026, 6, 30)  # last day with a known rate in both countries
dates = st.dates(min_value=FIRST, max_value=LAST)
countries = st.sampled_from(["SE", "FI"])
principals = st.decimals(min_value=D("0.01"), max_value=D("10000000"), places=2)


@settings(max_examples=300, deadline=None)
@given(countries, principals, st.lists(dates, min_size=3, max_size=3), st.booleans())
def test_splitting_a_period_preserves_the_unrounded_sum(country, principal, three, b2b):
    due, split, paid = sorted(three)
    whole = late_interest(country, principal, due, paid, b2b=b2b)
    first = late_interest(country, principal, due, split, b2b=b2b)
    second = late_interest(country, principal, split, paid, b2b=b2b)
    with localcontext() as ctx:
        ctx.prec = 60  # the working precision of core.runs.interest; the parts differ only in the 60th digit
        assert abs(first.unrounded + second.unrounded - whole.unrounded) < D("1e-40")
    assert sum(p.days for p in first.periods + second.periods) == (paid - due).days


@settings(max_examples=300, deadline=None)
@given(countries, principals, st.lists(dates, min_size=3, max_size=3), st.booleans())
def test_interest_is_monotonic_in_the_paid_date(country, principal, three, b2b):
    due, paid1, paid2 = sorted(three)
    a = late_interest(country, principal, due, paid1, b2b=b2b)
    b = late_interest(country, principal, due, paid2, b2b=b2b)
    assert a.unrounded <= b.unrounded
    assert a.total <= b.total


@settings(max_examples=200, deadline=None)
@given(countries, principals, st.lists(dates, min_size=2, max_size=2))
def test_one_full_payment_equals_late_interest(country, principal, two):
    due, paid = sorted(two)
    assert (interest_on_payments(country, principal, due, [(paid, principal)]).total
            == late_interest(country, principal, due, paid).total)
