"""`reskontra invoice dispute NUMBER --reason T` / `--clear`: mark or unmark a disputed invoice (core.billing.disputes:
no reminders, interest or collection while disputed; the open amount reclassified to 1516)."""
from __future__ import annotations

import argparse

from cli.util import command_session, emit, group, parse_date


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    g = group(sub, groups, "invoice", "Invoices")
    p = g.add_parser("dispute", help="mark an invoice disputed (with --reason) or end the dispute (--clear)")
    p.add_argument("number")
    p.add_argument("--agency", help="agency code (when the number exists for several agencies)")
    p.add_argument("--reason", help="what the customer contests (required to mark; optional with --clear)")
    p.add_argument("--clear", action="store_true", help="end the dispute")
    p.add_argument("--date", type=parse_date, help="voucher date of the reclassification (default today)")
    p.add_argument("--actor", default="cli")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_dispute)


def _dispute(args) -> int:
    import datetime as dt

    from core.billing import disputes, lookups

    with command_session() as session:
        inv = lookups.invoice_by_number(session, args.number, args.agency)
        agency = lookups.agency_of(session, inv)
        day = args.date or dt.date.today()
        if args.clear:
            data = disputes.clear(session, agency, inv, args.reason or "", args.actor, day)
        else:
            data = disputes.mark(session, agency, inv, args.reason or "", args.actor, day)
    text = (f"invoice {data['invoice']}: disputed ({data['dispute_reason']}), {data['reclassified']} on disputed "
            "receivables" if data["disputed"] else f"invoice {data['invoice']}: dispute ended")
    return emit(args, data, text)
