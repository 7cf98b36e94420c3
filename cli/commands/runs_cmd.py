"""`reskontra reminders run`, `reskontra interest run`, `reskontra collection run|update|show|list`."""
from __future__ import annotations

import argparse

from cli.util import as_text, command_session, domain_errors, emit, fail, group, parse_date, parse_month
from core.kernel.vocabulary import COLLECTION_STATUSES


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    rem = group(sub, groups, "reminders", "Payment reminders")
    p = rem.add_parser("run", help="send reminders for overdue invoices (at most two runs per month)")
    p.add_argument("--agency", required=True)
    p.add_argument("--date", type=parse_date, help="run date (default today)")
    p.add_argument("--customer", action="append", default=[], help="only these customers (repeatable)")
    p.add_argument("--dry-run", action="store_true", help="list what would be sent, write nothing")
    p.add_argument("--actor", default="cli")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_reminders)

    it = group(sub, groups, "interest", "Late-payment interest")
    p = it.add_parser("run", help="interest invoices for a month (payments made late in it)")
    p.add_argument("--agency", required=True)
    p.add_argument("--period", required=True, type=as_text(parse_month), help="YYYY-MM")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--actor", default="cli")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_interest)

    col = group(sub, groups, "collection", "Debt collection hand-over")
    p = col.add_parser("run", help="hand over invoices still unpaid after the reminder")
    p.add_argument("--agency", required=True)
    p.add_argument("--date", type=parse_date)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--actor", default="cli")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_collection)
    p = col.add_parser("update", help="record a status reported by the collection agency")
    p.add_argument("case")
    p.add_argument("--status", required=True, help=", ".join(COLLECTION_STATUSES))
    p.add_argument("--note")
    p.add_argument("--actor", default="cli")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_collection_update)
    p = col.add_parser("show", help="one collection case with its history")
    p.add_argument("case")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_collection_show)
    p = col.add_parser("list", help="an agency's collection cases, newest hand-over first")
    p.add_argument("--agency", required=True)
    p.add_argument("--status", help=", ".join(COLLECTION_STATUSES))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_collection_list)


# reminders, interest and collection runs open their own transactions (claims, locks: core/runs.py)
def _reminders(args) -> int:
    from core.runs import reminders

    with domain_errors():
        res = reminders.run(args.agency, args.date, args.customer, args.dry_run, args.actor)
    fees = ", ".join(f"{amount} {currency}" for currency, amount in res["fees_by_currency"].items()) or "none"
    return emit(args, res, f"{res['agency']} {res['date']}: {res['count']} reminders"
                f"{' (dry run)' if res['dry_run'] else ''}, fees {fees}, {len(res['skipped'])} skipped")


def _interest(args) -> int:
    from core.runs import interest_run
    from core.runs.rates import RateNotKnownError

    with domain_errors(RateNotKnownError):
        res = interest_run.run(args.agency, args.period, args.dry_run, args.actor)
    if res.get("status") == interest_run.HELD:  # never a silent 0: held until the rate is confirmed
        if args.json:
            emit(args, res)
        return fail(res["message"], 1)
    return emit(args, res, f"{res['agency']} {res['period']}: {res['count']} interest invoices, total {res['total']}"
                f"{' (dry run)' if res['dry_run'] else ''}; {len(res['below_threshold'])} below threshold")


def _collection(args) -> int:
    from core.runs import collection

    with domain_errors():
        res = collection.run(args.agency, args.date, args.dry_run, args.actor)
    return emit(args, res, f"{res['agency']} {res['date']}: {res['count']} cases handed over"
                f"{' (dry run)' if res['dry_run'] else ''}; {len(res['skipped'])} skipped")


def _collection_update(args) -> int:
    from core.runs import collection

    with command_session() as session:
        case = collection.update_status(session, args.case, args.status, args.note, args.actor)
        data = collection.case_dict(session, case)
    return emit(args, data, f"{data['case']}: {data['status']}")


def _collection_show(args) -> int:
    from core.runs import collection

    with command_session() as session:
        data = collection.case_dict(session, collection.find_case(session, args.case))
    return emit(args, data, f"{data['case']}: {data['status']} {data['total']} {data['currency']}")


def _collection_list(args) -> int:
    from core.registers import register as registers
    from core.runs import collection

    with command_session() as session:
        agency = registers.agency_by_code(session, args.agency)
        data = [collection.case_dict(session, c) for c in collection.list_cases(session, agency, args.status)]

    def lines(cases: list[dict]) -> None:
        for c in cases:
            print(f"{c['case']} {c['status']:13s} {c['handed_over_on']} invoice {c['invoice']} "
                  f"customer {c['customer']} {c['total']} {c['currency']}")
        print(f"{len(cases)} case(s)")
    return emit(args, data, lines)
