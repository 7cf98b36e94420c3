"""Late-payment interest (dröjsmålsränta / viivästyskorko): the pure calculation.

No database, no clock. Rates come from a `core.runs.rates.RateTable` (shipped data, plus operator-set rates the
database layer passes in via `core.runs.rates.load_rates(extra)`).

Conventions (domain-facts §0 items 1-4 and §6.3; neither law fixes a day count, so these are our documented choice):

* **Interest days.** Interest accrues for each day from the day AFTER the due date up to AND including the
  payment date, i.e. `days = paid - due`. Paid on (or before) the due date: zero. This is the common practice of
  Swedish/Finnish calculators (domain-facts §6.3, marked unverified there); it agrees with räntelagen 3 § (interest
  "from the due date" = the debt is late from the end of the due date). The due date is used as given: moving a
  due date that falls on a weekend/holiday to the next banking day is the caller's decision (not applied here,
  unverified as law for all claim types).
* **Day count.** Simple interest, actual days / 365, also in leap years (29 Feb is a day of interest, divided by
  365, not 366). No compounding. Source: domain-facts §6.3 ("in practice ... actual days / 365"); some
  calculators use 366 in leap years - we do not.
* **Rate periods.** The rate is reference rate + margin (see core.runs.rates), looked up per calendar half-year; the
  calculation is split at every 1 Jan / 1 Jul (and at any other valid_from in the rate table), also for claims
  already overdue (räntelagen 6 §, korkolaki 4 § / 12 §).
* **Rounding.** Each period's amount is kept unrounded; the total is the exact sum rounded ONCE, half-up, to
  öre/cent (domain-facts §0 item 4). Rounding each period first can differ by a cent (e.g. 60.27 vs 60.28).
* Money is Decimal only; floats are refused.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

from core.kernel.money import CENT, to_decimal
from core.runs.rates import RateTable, check_country, default_rates, next_half_year_start, penalty_margin

DAYS_IN_YEAR = 365  # actual/365 fixed, also in leap years (domain-facts §6.3)
_PREC = 60  # working precision for the unrounded amounts
_CTX = Context(prec=_PREC)
_ONE_DAY = dt.timedelta(days=1)
_DIVISOR = 100 * DAYS_IN_YEAR  # rates are in percent, days / 365


@dataclass(frozen=True)
class InterestPeriod:
    """One stretch with constant balance and rate. `start`..`end` are interest days, both inclusive."""

    start: dt.date
    end: dt.date
    days: int
    principal: Decimal  # outstanding balance during the period
    reference_rate: Decimal  # percent per year
    rate_percent: Decimal  # reference rate + margin, percent per year
    amount: Decimal  # unrounded interest = principal * rate_percent / 100 * days / 365


@dataclass(frozen=True)
class InterestResult:
    country: str
    principal: Decimal
    due: dt.date
    until: dt.date  # last day considered (payment date, or `until`)
    total: Decimal  # rounded once, half-up, 2 decimals
    unrounded: Decimal  # exact sum of the period amounts (to 60 significant digits)
    periods: tuple[InterestPeriod, ...]


def _check_date(value: object, name: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise TypeError(f"{name} must be a datetime.date, got {value!r}")
    return value


def _money(value: object, name: str) -> Decimal:
    amount = to_decimal(value, name)
    if not amount.is_finite():
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if amount < 0:
        raise ValueError(f"{name} must not be negative, got {amount}")
    return amount


class _RateDays:
    """One country's rates of one table, prepared for many calculations (a run computes 100,000 of them): per first
    day of a period, its reference rate and the day the next period begins (the next 1 Jan / 1 Jul, or an earlier
    valid_from in the table), each looked up once. A day without a known rate is not kept: the table raises for it."""

    def __init__(self, table: RateTable, country: str) -> None:
        self.table = table
        self.country = country
        self.starts = tuple(sorted(set(table.boundaries(country))))
        self.days: dict[dt.date, tuple[Decimal, dt.date]] = {}

    def at(self, start: dt.date) -> tuple[Decimal, dt.date]:
        """(reference rate on `start`, first day after the period of constant rate that begins on `start`)."""
        found = self.days.get(start)
        if found is None:
            cut = next_half_year_start(start)
            i = bisect_right(self.starts, start)
            if i < len(self.starts) and self.starts[i] < cut:
                cut = self.starts[i]
            found = self.days[start] = (self.table.reference_rate(self.country, start), cut)
        return found


_PREPARED: dict[tuple[int, str], _RateDays] = {}


def _rate_days(table: RateTable, country: str) -> _RateDays:
    """The prepared lookup of this table (tables are immutable: kept while the same object is used)."""
    key = (id(table), country)
    found = _PREPARED.get(key)
    if found is None or found.table is not table:
        if len(_PREPARED) > 16:
            _PREPARED.clear()
        found = _PREPARED[key] = _RateDays(table, country)
    return found


def _calculate(
    country: str,
    principal: Decimal,
    due: dt.date,
    until: dt.date,
    segments: list[tuple[dt.date, dt.date, Decimal]],
    rates: RateTable | None,
    b2b: bool,
) -> InterestResult:
    """Split each (first_day, last_day, balance) segment at every rate boundary and add up."""
    lookup = _rate_days(rates or default_rates(), country)
    margin = penalty_margin(country, b2b=b2b)
    periods: list[InterestPeriod] = []
    numerator_sum = Decimal(0)
    mul, div = _CTX.multiply, _CTX.divide  # at the working precision, without a context switch per call
    for first, last, balance in segments:
        start = first
        while start <= last:
            ref, cut = lookup.at(start)
            end = min(last, cut - _ONE_DAY)
            days = (end - start).days + 1
            rate = _CTX.add(ref, margin)
            numerator = mul(mul(balance, rate), days)  # exact: rate in percent, so / (100 * 365) below
            numerator_sum = _CTX.add(numerator_sum, numerator)
            periods.append(InterestPeriod(start, end, days, balance, ref, rate, div(numerator, _DIVISOR)))
            start = end + _ONE_DAY
    unrounded = div(numerator_sum, _DIVISOR)
    total = unrounded.quantize(CENT, rounding=ROUND_HALF_UP, context=_CTX)  # once, half-up (as round_money)
    return InterestResult(country, principal, due, until, total, unrounded, tuple(periods))


def late_interest(
    country: str,
    principal: Decimal,
    due: dt.date,
    paid: dt.date,
    *,
    rates: RateTable | None = None,
    b2b: bool = False,
) -> InterestResult:
    """Statutory late-payment interest on `principal` due on `due` and paid in full on `paid`.

    Days: from due + 1 through paid, inclusive (= paid - due days); none if paid <= due. Actual/365 also in leap
    years; split at each 1 Jan / 1 Jul; unrounded per period, total rounded once half-up to 0.01.
    `b2b=True` only changes Finland (korkolaki 4 a §, +8 pp instead of +7 pp).
    Raises RateNotKnownError if a day in the interval has no known reference rate.
    """
    country = check_country(country)
    principal = _money(principal, "principal")
    due = _check_date(due, "due")
    paid = _check_date(paid, "paid")
    segments = [(due + _ONE_DAY, paid, principal)] if paid > due and principal > 0 else []
    return _calculate(country, principal, due, max(paid, due), segments, rates, b2b)


def interest_on_payments(
    country: str,
    principal: Decimal,
    due: dt.date,
    payments: Iterable[tuple[dt.date, Decimal]],
    until: dt.date | None = None,
    *,
    rates: RateTable | None = None,
    b2b: bool = False,
) -> InterestResult:
    """Late interest when the debt is paid in parts: the outstanding balance changes on each payment date.

    A payment on day D still bears interest for D itself (same rule as `late_interest`: the payment day is an
    interest day); the balance is reduced from D + 1. Payments on or before the due date reduce the principal
    before any interest accrues. A balance cannot go below zero (an overpayment is not this module's concern).
    `until`: the last interest day for any balance still outstanding (e.g. today's date for an open claim); payments
    after `until` are not considered. Without `until` the calculation ends on the last payment date.
    So `interest_on_payments(c, p, due, [(paid, p)])` equals `late_interest(c, p, due, paid)`.
    """
    country = check_country(country)
    principal = _money(principal, "principal")
    due = _check_date(due, "due")
    rows = []
    for i, row in enumerate(payments):
        day, amount = row
        rows.append((_check_date(day, f"payments[{i}] date"), _money(amount, f"payments[{i}] amount")))
    rows.sort(key=lambda r: r[0])
    if until is None:
        if not rows:
            raise ValueError("give `until` or at least one payment")
        end = rows[-1][0]
    else:
        end = _check_date(until, "until")
    end = max(end, due)

    return _calculate(country, principal, due, end, _segments(principal, due, rows, end), rates, b2b)


def _segments(principal: Decimal, due: dt.date, payments: list[tuple[dt.date, Decimal]],
              end: dt.date) -> list[tuple[dt.date, dt.date, Decimal]]:
    """The interest periods (first day, last day, balance) of a claim paid by `payments` (in date order) up to
    `end`: interest runs from the day after the due date, a payment lowers the balance from its own day on."""
    balance = principal
    cursor = due + _ONE_DAY  # first interest day not yet accounted for
    segments: list[tuple[dt.date, dt.date, Decimal]] = []
    for day, amount in payments:
        if day > end:
            break
        if day >= cursor:
            if balance > 0:
                segments.append((cursor, day, balance))
            cursor = day + _ONE_DAY
        balance = max(balance - amount, Decimal(0))
    if cursor <= end and balance > 0:
        segments.append((cursor, end, balance))
    return segments


class RunCalculator:
    """`interest_on_payments(...).total` for the many claims of one run (100,000 of them) in one country with one
    rate table: the same segments and arithmetic, on values the database hands over (dates, amounts, payments in
    date order), without building the period records nobody reads; a claim with the same balance, dates and
    payments as one before is not computed again. Anything unusual (a negative amount) goes through
    `interest_on_payments` itself, so it fails exactly as there."""

    def __init__(self, country: str, rates: RateTable | None) -> None:
        self.country = check_country(country)
        self.rates = rates
        self.lookup = _rate_days(rates or default_rates(), self.country)
        self.margins = {b2b: penalty_margin(self.country, b2b=b2b) for b2b in (False, True)}
        self.known: dict[tuple, Decimal] = {}

    def total(self, principal: Decimal, due: dt.date, payments: list[tuple[dt.date, Decimal]], until: dt.date,
              b2b: bool) -> Decimal:
        """The rounded interest on `principal` due on `due`, paid by `payments` (sorted by date), up to `until`."""
        key = (principal, due, tuple(payments), until, b2b)
        found = self.known.get(key)
        if found is None:
            if principal < 0 or any(a < 0 for _, a in payments):
                found = interest_on_payments(self.country, principal, due, payments, until, rates=self.rates,
                                             b2b=b2b).total
            else:
                found = self._total(principal, due, payments, max(until, due), self.margins[bool(b2b)])
            self.known[key] = found
        return found

    def _total(self, principal: Decimal, due: dt.date, payments: list[tuple[dt.date, Decimal]], end: dt.date,
               margin: Decimal) -> Decimal:
        """`interest_on_payments`' segments and `_calculate`'s sum, at the same precision, rounded once."""
        segments = _segments(principal, due, payments, end)
        numerator_sum = Decimal(0)
        mul, add, at = _CTX.multiply, _CTX.add, self.lookup.at
        for first, last, amount in segments:
            start = first
            while start <= last:
                ref, cut = at(start)
                stop = min(last, cut - _ONE_DAY)
                numerator_sum = add(numerator_sum, mul(mul(amount, add(ref, margin)), (stop - start).days + 1))
                start = stop + _ONE_DAY
        return _CTX.divide(numerator_sum, _DIVISOR).quantize(CENT, rounding=ROUND_HALF_UP, context=_CTX)
