"""`reskontra rates set|list`: reference rates maintained by operators (stored in the database, used by the
interest run on top of the shipped history in core/runs/data/reference_rates.json)."""
from __future__ import annotations

import argparse

from cli.util import as_text, command_session, emit, group, parse_date, percent


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    g = group(sub, groups, "rates", "Reference rates for late-payment interest")
    p = g.add_parser("set", help="set the reference rate of a half-year (1 Jan / 1 Jul)")
    p.add_argument("--country", required=True, help="SE or FI")
    p.add_argument("--from", dest="valid_from", required=True, type=parse_date, help="YYYY-01-01 or YYYY-07-01")
    p.add_argument("--rate", required=True, type=as_text(percent),
                   help="reference rate in percent, e.g. 2.00 (the margin is added)")
    p.add_argument("--note")
    p.add_argument("--actor", default="cli")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_set)
    p = g.add_parser("list", help="the reference rates in force (shipped and set), and the proposals to confirm")
    p.add_argument("--country")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)
    p = g.add_parser("confirm", help="confirm a proposed reference rate (fetched from the publisher, or shipped "
                                     "unconfirmed); held interest runs then go ahead")
    p.add_argument("--country", required=True, help="SE or FI")
    p.add_argument("--from", dest="valid_from", required=True, type=parse_date, help="YYYY-01-01 or YYYY-07-01")
    p.add_argument("--rate", type=as_text(percent), help="the figure to confirm when several were proposed (or none)")
    p.add_argument("--actor", default="cli")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_confirm)
    p = g.add_parser("fetch", help="ask Riksbanken / Suomen Pankki (ECB) for new reference rates and propose them")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_fetch)


def _set(args) -> int:
    from core.kernel.money import to_decimal
    from core.runs import rate_overrides

    # ValueError/TypeError: a malformed rate, or a date that is not 1 Jan / 1 Jul (checked by rate_overrides.set_rate)
    with command_session(ValueError, TypeError) as session:
        rate = to_decimal(args.rate, "--rate")
        if not rate.is_finite() or rate != rate.quantize(to_decimal("0.0001")):
            raise ValueError(f"--rate must be a percentage with at most 4 decimals, got {args.rate!r}")
        row = rate_overrides.set_rate(session, args.country, args.valid_from, rate, args.actor, args.note)
        data = {"country": row.country, "valid_from": row.valid_from, "reference_rate": rate_overrides.pct(row.rate),
                "note": row.note}
    return emit(args, data, f"{data['country']} from {data['valid_from']}: {data['reference_rate']} %")


def _list(args) -> int:
    from core.runs import rate_overrides, rate_proposals

    with command_session() as session:
        rows = rate_overrides.list_rates(session)
        proposed = rate_proposals.pending(session)
    if args.country:
        rows = [r for r in rows if r["country"] == args.country.upper()]
        proposed = [r for r in proposed if r["country"] == args.country.upper()]

    def text(data: dict) -> None:
        for r in data["rates"]:
            print(f"{r['country']} {r['valid_from']} {r['reference_rate']:>6} % ({r['status']}, {r['source']})")
        for r in data["proposed"]:
            print(f"{r['country']} {r['valid_from']} {r['reference_rate']:>6} % PROPOSED, not in use until "
                  f"confirmed ({r['source'][:80]})")

    return emit(args, {"rates": rows, "proposed": proposed}, text)


def _confirm(args) -> int:
    from core.kernel.money import to_decimal
    from core.runs import rate_proposals

    with command_session(ValueError, TypeError) as session:
        rate = to_decimal(args.rate, "--rate") if args.rate is not None else None
        data = rate_proposals.confirm(session, args.country, args.valid_from, rate, args.actor)
    return emit(args, data, f"{data['country']} from {data['valid_from']}: {data['reference_rate']} % confirmed "
                            f"({data['source'][:80]}); held interest runs go ahead with `reskontra interest run` "
                            f"or the scheduler's next rates job")


def _fetch(args) -> int:
    import datetime as dt

    from core.runs import rate_proposals

    with command_session() as session:
        data = rate_proposals.fetch_and_propose(session, dt.date.today())

    def text(d: dict) -> None:
        for r in d["proposed"]:
            print(f"proposed {r['country']} {r['valid_from']} {r['reference_rate']} % ({r['source'][:80]})")
        for e in d["errors"]:
            print(f"could not fetch {e['country']}: {e['error']}")
        print(f"{len(d['proposed'])} new proposal(s)")

    return emit(args, data, text)
