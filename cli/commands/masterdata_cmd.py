"""`reskontra masterdata list|approve|reject`, `reskontra consumer-einvoice add|end`, `reskontra batch run`."""
from __future__ import annotations

import datetime as dt

from cli.util import as_text, command_session, emit, fail, group, parse_date, parse_datetime, record_id


def register(sub, groups) -> None:
    g = group(sub, groups, "masterdata", "Master-data requests (articles, customers, e-invoice addresses)")
    p = g.add_parser("list", help="list master-data change requests")
    p.add_argument("--agency")
    p.add_argument("--status")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)
    p = g.add_parser("approve", help="apply a complete change to the register")
    p.add_argument("id", type=record_id)
    p.add_argument("--actor", default="cli")
    p.set_defaults(func=_approve)
    p = g.add_parser("reject", help="reject a change")
    p.add_argument("id", type=record_id)
    p.add_argument("--reason", required=True)
    p.add_argument("--actor", default="cli")
    p.set_defaults(func=_reject)

    c = group(sub, groups, "consumer-einvoice", "Finnish consumer e-invoice receiving proposals")
    p = c.add_parser("add", help="register a receiving proposal (vastaanottoehdotus)")
    p.add_argument("--customer", required=True)
    p.add_argument("--bic", required=True)
    p.add_argument("--address", required=True, help="the consumer's e-invoice address")
    p.add_argument("--start", type=parse_date)
    p.add_argument("--agency")
    p.set_defaults(func=_add)
    p = c.add_parser("end", help="end a customer's receiving proposal")
    p.add_argument("--customer", required=True)
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=_end)

    b = group(sub, groups, "batch", "Agreed invoicing schedule")
    p = b.add_parser("run", help="run every due invoicing slot (once per agency and slot)")
    p.add_argument("--now", type=as_text(parse_datetime), help="ISO date-time (default: now)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_batch)


# These commands print JSON whether or not --json is given (emit without a text form).
def _list(args) -> int:
    from core.platform import migrate
    from core.registers import register as registers
    from core.requests import masterdata

    migrate.upgrade()
    with command_session() as s:
        agency_id = registers.agency_by_code(s, args.agency).id if args.agency else None
        rows = [masterdata.change_view(s, c) for c in masterdata.list_changes(s, agency_id, args.status)]
    return emit(args, rows)


def _approve(args) -> int:
    from core.requests import masterdata

    with command_session() as s:
        v = masterdata.approve_change(s, args.id, args.actor)
        out = {"change": args.id, "entity": v.entity, "entity_id": v.entity_id, "version": v.version,
               "before": v.before, "after": v.after}
    return emit(args, out)


def _reject(args) -> int:
    from core.requests import masterdata

    with command_session() as s:
        out = masterdata.change_view(s, masterdata.reject_change(s, args.id, args.actor, args.reason))
    return emit(args, out)


def _add(args) -> int:
    from core.billing.delivery import finvoice
    from core.registers import register as registers

    with command_session() as s:
        agency = registers.agency_by_code(s, args.agency) if args.agency else None
        cust = registers.find_customer(s, args.customer, agency)
        p = finvoice.add_proposal(s, cust, args.bic, args.address, args.start, agency.id if agency else None, "cli")
        out = {"id": p.id, "customer": cust.customer_number, "bank_bic": p.bank_bic,
               "einvoice_address": p.einvoice_address, "started": p.started}
    return emit(args, out)


def _end(args) -> int:
    from core.billing.delivery import finvoice
    from core.registers import register as registers

    with command_session() as s:
        cust = registers.find_customer(s, args.customer)
        rows = finvoice.end_proposal(s, cust, args.date, "cli")
        out = [{"id": p.id, "ended": p.ended} for p in rows]
    return emit(args, out)


def _batch(args) -> int:
    from core.platform import migrate
    from core.requests import schedule as batching

    try:
        now = dt.datetime.fromisoformat(args.now) if args.now else None
    except ValueError:
        return fail(f"not an ISO date-time: {args.now}")
    migrate.upgrade()
    with command_session() as s:
        summaries = batching.run_due_slots(s, now, actor="cli")
    # summaries are queued as MailNotice rows; the intake mail loop (`reskontra intake run`, the scheduler) sends them
    return emit(args, {"slots": summaries})
