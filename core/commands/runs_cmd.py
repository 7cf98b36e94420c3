"""`reskontra reminders run`, `reskontra interest run`, `reskontra collection run|update|show|list`."""
from __future__ import annotations

import argparse

from core import collection, interest_run, reminders
from core.cli_util import fail, group, parse_date, print_json
from core.db import session_scope
from core.errors import DomainError
from core.rates import RateNotKnownError


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
    p.add_argument("--period", required=True, help="YYYY-MM")
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
    p.add_argument("--status", required=True, help=", ".join(collection.STATUSES))
    p.add_argument("--note")
    p.add_argument("--actor", default="cli")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_collection_update)
    p = col.add_parser("show", help="one collection case with its history")
    p.add_argument("case")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_collection_show)


def _out(args, data: dict, text: str) -> int:  # noqa: ANN001
    if args.json:
        print_json(data)
    else:
        print(text)
    return 0


def _reminders(args) -> int:  # noqa: ANN001
    try:
        res = reminders.run(args.agency, args.date, args.customer, args.dry_run, args.actor)
    except DomainError as exc:
        return fail(str(exc))
    return _out(args, res, f"{res['agency']} {res['date']}: {res['count']} reminders"
                f"{' (dry run)' if res['dry_run'] else ''}, fees {res['total_fees']}, {len(res['skipped'])} skipped")


def _interest(args) -> int:  # noqa: ANN001
    try:
        res = interest_run.run(args.agency, args.period, args.dry_run, args.actor)
    except (DomainError, RateNotKnownError) as exc:
        return fail(str(exc))
    return _out(args, res, f"{res['agency']} {res['period']}: {res['count']} interest invoices, total {res['total']}"
                f"{' (dry run)' if res['dry_run'] else ''}; {len(res['below_threshold'])} below threshold")


def _collection(args) -> int:  # noqa: ANN001
    try:
        res = collection.run(args.agency, args.date, args.dry_run, args.actor)
    except DomainError as exc:
        return fail(str(exc))
    return _out(args, res, f"{res['agency']} {res['date']}: {res['count']} cases handed over"
                f"{' (dry run)' if res['dry_run'] else ''}; {len(res['skipped'])} skipped")


def _collection_update(args) -> int:  # noqa: ANN001
    try:
        with session_scope() as session:
            case = collection.update_status(session, args.case, args.status, args.note, args.actor)
            data = collection.case_dict(session, case)
    except DomainError as exc:
        return fail(str(exc))
    return _out(args, data, f"{data['case']}: {data['status']}")


def _collection_show(args) -> int:  # noqa: ANN001
    try:
        with session_scope() as session:
            data = collection.case_dict(session, collection.find_case(session, args.case))
    except DomainError as exc:
        return fail(str(exc))
    return _out(args, data, f"{data['case']}: {data['status']} {data['total']} {data['currency']}")
