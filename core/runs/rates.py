"""Reference rates and penalty margins for late-payment interest (SE räntelagen, FI korkolaki).

Pure lookup, no storage: the shipped history lives in `core/runs/data/reference_rates.json`; the database layer (rates
set with `reskontra rates set`) passes its rows to `load_rates(extra)` and hands the resulting `RateTable` to
`core.runs.interest`. Nothing here reads the database.

Rules (see /work/shared/docs/domain-facts.md §6):
* Both countries fix the reference rate per calendar half-year (1 Jan-30 Jun, 1 Jul-31 Dec):
  SE räntelagen 9 § (Riksbank policy rate at the end of the previous half-year, rounded up to the next half pp),
  FI korkolaki 12 § (ECB MRO rate before the half-year, rounded up to the next half pp).
* An entry is valid from its `valid_from` until the next entry or the end of its own half-year, whichever comes
  first. A day not covered raises `RateNotKnownError`: a missing rate is never treated as 0 and the last known
  rate is never carried forward into a half-year that has not been published.
* Penalty margin: SE +8 pp (räntelagen 6 §, also between businesses); FI +7 pp (korkolaki 4 §), or +8 pp with
  `b2b=True` (korkolaki 4 a §: commercial contracts where the creditor is a business and the debtor a business or
  a public authority). A state agency as creditor normally charges 4 § (+7); confirm with legal before using b2b.
"""
from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources

from core.kernel.money import to_decimal

COUNTRIES = ("SE", "FI")

MARGIN_PP: dict[tuple[str, bool], Decimal] = {
    ("SE", False): Decimal("8"),  # räntelagen 6 §
    ("SE", True): Decimal("8"),  # räntelagen 6 § has one margin for everybody
    ("FI", False): Decimal("7"),  # korkolaki 4 §
    ("FI", True): Decimal("8"),  # korkolaki 4 a § (commercial contracts, creditor a business)
}


class RateNotKnownError(LookupError):
    """No reference rate is known for the country on that day (not published yet, or before the stored history)."""

    def __init__(self, message: str, country: str = "", day: dt.date | None = None) -> None:
        super().__init__(message)
        self.country = country
        self.half_year = half_year_start(day) if day else None


def check_country(country: str) -> str:
    code = str(country).strip().upper()
    if code not in COUNTRIES:
        raise ValueError(f"country must be one of {', '.join(COUNTRIES)}, got {country!r}")
    return code


def half_year_start(day: dt.date) -> dt.date:
    """1 Jan or 1 Jul of the half-year containing `day`."""
    return dt.date(day.year, 1 if day.month <= 6 else 7, 1)


def next_half_year_start(day: dt.date) -> dt.date:
    """The first 1 Jan / 1 Jul strictly after `day`."""
    return dt.date(day.year, 7, 1) if day.month <= 6 else dt.date(day.year + 1, 1, 1)


@dataclass(frozen=True)
class RateEntry:
    country: str
    valid_from: dt.date
    rate: Decimal  # reference rate, percent per year
    status: str = "verified"  # verified | derived | user (set by an operator) | unconfirmed (a proposal)
    note: str = ""


@dataclass(frozen=True)
class RateTable:
    """Immutable reference-rate history per country. Build it with `load_rates()`."""

    entries: dict[str, tuple[RateEntry, ...]] = field(default_factory=dict)

    def history(self, country: str) -> tuple[RateEntry, ...]:
        return self.entries.get(check_country(country), ())

    def entry(self, country: str, day: dt.date) -> RateEntry:
        code = check_country(country)
        hist = self.entries.get(code, ())
        starts = [e.valid_from for e in hist]
        i = bisect_right(starts, day) - 1
        if i >= 0:
            e = hist[i]
            end = next_half_year_start(e.valid_from)
            if i + 1 < len(hist):
                end = min(end, hist[i + 1].valid_from)
            if day < end:
                return e
        known = f"known: {hist[0].valid_from}..{_last_day(hist)}" if hist else "no rates loaded"
        raise RateNotKnownError(
            f"no reference rate known for {code} on {day.isoformat()} ({known}); "
            f"add the published rate for the half-year starting {half_year_start(day).isoformat()} first",
            code, day)

    def reference_rate(self, country: str, day: dt.date) -> Decimal:
        return self.entry(country, day).rate

    def boundaries(self, country: str) -> tuple[dt.date, ...]:
        """Every date on which this country's rate may change (valid_from of each entry)."""
        return tuple(e.valid_from for e in self.history(country))


def _last_day(hist: tuple[RateEntry, ...]) -> dt.date:
    return next_half_year_start(hist[-1].valid_from) - dt.timedelta(days=1)


def _parse_entry(country: str, valid_from: dt.date | str, rate: Decimal | str | int, status: str,
                 note: str = "") -> RateEntry:
    code = check_country(country)
    if isinstance(valid_from, str):
        valid_from = dt.date.fromisoformat(valid_from)
    if isinstance(valid_from, dt.datetime) or not isinstance(valid_from, dt.date):
        raise TypeError(f"valid_from must be a date, got {valid_from!r}")
    if (valid_from.month, valid_from.day) not in ((1, 1), (7, 1)):
        raise ValueError(f"{code} reference rates are set per half-year: valid_from must be 1 Jan or 1 Jul, "
                         f"got {valid_from.isoformat()}")
    value = to_decimal(rate, "rate")
    if not value.is_finite():
        raise ValueError(f"rate must be a finite number, got {rate!r}")
    return RateEntry(code, valid_from, value, status, note)


UNCONFIRMED = "unconfirmed"


def _shipped_all() -> list[RateEntry]:
    text = resources.files("core.runs").joinpath("data/reference_rates.json").read_text(encoding="utf-8")
    data = json.loads(text)
    out = []
    for code in COUNTRIES:
        for row in data[code]["rates"]:
            out.append(_parse_entry(code, row["valid_from"], row["rate"], row.get("status", "verified"),
                                    row.get("note", "")))
    return out


def shipped_entries() -> list[RateEntry]:
    """The history shipped in core/runs/data/reference_rates.json that calculations may use. Entries shipped as
    `unconfirmed` (a half-year whose published figure we could not check) are left out: a guessed rate is never
    charged; a clerk confirms it first (core.runs.rate_proposals)."""
    return [e for e in _shipped_all() if e.status != UNCONFIRMED]


def shipped_unconfirmed() -> list[RateEntry]:
    """Shipped proposals waiting for a clerk's confirmation (`reskontra rates confirm`)."""
    return [e for e in _shipped_all() if e.status == UNCONFIRMED]


def shipped_sources() -> dict[str, str]:
    data = json.loads(resources.files("core.runs").joinpath("data/reference_rates.json").read_text(encoding="utf-8"))
    return {code: data[code]["source"] for code in COUNTRIES}


def load_rates(
    extra: Iterable[tuple[str, dt.date | str, Decimal | str]] = (),
    *,
    include_shipped: bool = True,
) -> RateTable:
    """Build a rate table: the shipped history, then `extra` rows (country, valid_from, rate) on top.

    An extra row for a (country, valid_from) already shipped replaces the shipped value (an operator correction);
    valid_from must be 1 Jan or 1 Jul.
    """
    by_key: dict[tuple[str, dt.date], RateEntry] = {}
    if include_shipped:
        for e in shipped_entries():
            by_key[(e.country, e.valid_from)] = e
    for row in extra:
        country, valid_from, rate = row
        e = _parse_entry(country, valid_from, rate, "user")
        by_key[(e.country, e.valid_from)] = e
    entries = {
        code: tuple(sorted((e for (c, _), e in by_key.items() if c == code), key=lambda e: e.valid_from))
        for code in COUNTRIES
    }
    return RateTable(entries)


_DEFAULT: RateTable | None = None


def default_rates() -> RateTable:
    """The shipped table (cached)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rates()
    return _DEFAULT


def reference_rate(country: str, day: dt.date, rates: RateTable | None = None) -> Decimal:
    """Reference rate (percent) for `country` on `day`; raises RateNotKnownError if none is known."""
    return (rates or default_rates()).reference_rate(country, day)


def penalty_margin(country: str, *, b2b: bool = False) -> Decimal:
    """Percentage points added to the reference rate: SE 8 (6 §); FI 7 (4 §) or 8 with b2b (4 a §)."""
    return MARGIN_PP[(check_country(country), bool(b2b))]


def late_interest_rate(country: str, day: dt.date, *, rates: RateTable | None = None, b2b: bool = False) -> Decimal:
    """Statutory late-payment interest rate (percent per year) on `day`: reference rate + margin."""
    return reference_rate(country, day, rates) + penalty_margin(country, b2b=b2b)
