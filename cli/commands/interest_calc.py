"""`reskontra interest calc`: statutory late-payment interest for one amount (pure calculation, no database).

Uses the same rates as the interest run: the shipped history (core/runs/data/reference_rates.json) with the rates
set or confirmed by operators in the database on top (core.runs.rate_overrides.rate_table); an unconfirmed proposal
is not used by either.
"""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from cli.util import amount, as_text, fail, group, parse_date, print_json

if TYPE_CHECKING:
    from core.runs.interest import InterestResult
    from core.runs.rates import RateTable


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    verbs = group(sub, groups, "interest", "Late-payment interest")
    p = verbs.add_parser(
        "calc",
        help="Late-payment interest for a principal paid late",
        description="Interest for each day from the day after --due through --paid, actual/365, split at every "
                    "1 Jan / 1 Jul rate change, total rounded once half-up. SE: reference rate + 8 pp; "
                    "FI: viitekorko + 7 pp (korkolaki 4 §) or + 8 pp with --b2b (4 a §).",
    )
    p.add_argument("--country", required=True, help="SE or FI")
    p.add_argument("--principal", required=True, type=as_text(amount), help="amount, e.g. 10000.00")
    p.add_argument("--due", required=True, type=as_text(parse_date), help="due date YYYY-MM-DD")
    p.add_argument("--paid", required=True, type=as_text(parse_date), help="payment date YYYY-MM-DD")
    p.add_argument("--b2b", action="store_true", help="FI only: commercial contract rate, korkolaki 4 a § (+8 pp)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=handle)


def _date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"--{name}: not a date (YYYY-MM-DD): {value!r}") from None


def _pct(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def handle(args: argparse.Namespace) -> int:
    from core.runs.interest import late_interest
    from core.runs.rates import COUNTRIES, RateNotKnownError

    country = str(args.country).strip().upper()
    if country not in COUNTRIES:
        return fail(f"--country must be one of {', '.join(COUNTRIES)}, got {args.country!r}")
    try:
        principal, due, paid = _inputs(args)
    except ValueError as exc:
        return fail(str(exc))
    if args.b2b and country != "FI":
        return fail("--b2b only applies to FI (korkolaki 4 a §); the Swedish margin is 8 pp for everybody")
    try:
        result = late_interest(country, principal, due, paid, rates=_rates_in_force(), b2b=args.b2b)
    except RateNotKnownError as exc:
        return fail(str(exc))
    data = _result_dict(country, principal, due, paid, result)
    if args.json:
        print_json(data)
    else:
        _print_text(data)
    return 0


def _rates_in_force() -> RateTable:
    """The run's rates: shipped + the database's operator rates (a database without the table has none yet)."""
    import sqlalchemy as sa

    from core.platform import db
    from core.runs.rate_overrides import rate_table
    from core.runs.rates import default_rates

    with db.session_scope() as session:
        if not sa.inspect(session.get_bind()).has_table("referencerateoverride"):
            return default_rates()
        return rate_table(session)


def _inputs(args: argparse.Namespace) -> tuple[Decimal, dt.date, dt.date]:
    """--principal (a non-negative amount in cents), --due and --paid; ValueError names the bad option."""
    from core.kernel.money import to_decimal  # lazy, like every command: building the parser imports no domain

    principal = to_decimal(args.principal, "--principal")
    if not principal.is_finite() or principal < 0:
        raise ValueError(f"--principal must be a non-negative amount, got {args.principal!r}")
    if principal != principal.quantize(Decimal("0.01")):
        raise ValueError(f"--principal has more than 2 decimals: {args.principal!r}")
    return principal, _date(args.due, "due"), _date(args.paid, "paid")


def _result_dict(country: str, principal: Decimal, due: dt.date, paid: dt.date,
                 result: InterestResult) -> dict[str, Any]:
    from core.kernel.money import money_str

    periods = [
        {
            "from": p.start,
            "to": p.end,
            "days": p.days,
            "reference_rate": _pct(p.reference_rate),
            "rate": _pct(p.rate_percent),
            "interest": str(p.amount.quantize(Decimal("0.000001"))),
        }
        for p in result.periods
    ]
    return {
        "country": country,
        "principal": money_str(principal),
        "due": due,
        "paid": paid,
        "interest": money_str(result.total),
        "periods": periods,
    }


def _print_text(data: dict[str, Any]) -> None:
    print(f"{data['country']} {data['principal']} due {data['due']} paid {data['paid']}: "
          f"interest {data['interest']}")
    for p in data["periods"]:
        print(f"  {p['from']}..{p['to']}  {p['days']:>4} days  {p['rate']:>6} % "
              f"(ref {p['reference_rate']})  {p['interest']}")
