"""`reskontra invoice create|show|issue|credit|list`."""
from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING

from cli.util import (
    NOTHING_WRITTEN,
    CommandError,
    command_session,
    emit,
    group,
    parse_date,
    price,
    quantity,
    record_id,
)

if TYPE_CHECKING:
    from core.billing.drafting import LineInput


def register(sub, groups) -> None:
    g = group(sub, groups, "invoice", "Invoices and credit notes")
    p = g.add_parser("create", help="create (and optionally issue) an invoice")
    p.add_argument("--agency", required=True)
    p.add_argument("--customer", required=True, help="customer number, agency customer number or org number")
    p.add_argument("--line", action="append", required=True, metavar="ARTICLE:QTY[:PRICE]")
    p.add_argument("--date", type=parse_date, help="invoice date (default today)")
    p.add_argument("--supply-date", type=parse_date)
    p.add_argument("--buyer-reference")
    p.add_argument("--order-reference")
    p.add_argument("--issue", action="store_true", help="issue at once unless a plausibility check objects")
    p.add_argument("--force-reason", help="issue despite warnings, with this reason")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_create)
    p = g.add_parser("show", help="an invoice's status, open amount, payments and reminders")
    p.add_argument("number")
    p.add_argument("--agency")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_show)
    p = g.add_parser("issue", help="issue a held or draft invoice")
    p.add_argument("id", type=record_id)
    p.add_argument("--force-reason")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_issue)
    p = g.add_parser("credit", help="credit an invoice fully or partly")
    p.add_argument("number")
    p.add_argument("--agency")
    p.add_argument("--reason", required=True)
    p.add_argument("--line", action="append", metavar="LINE_NO:QTY", help="partial credit (default: all lines)")
    p.add_argument("--date", type=parse_date)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_credit)
    p = g.add_parser("list", help="list invoices")
    p.add_argument("--agency")
    p.add_argument("--status")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)



def parse_line(spec: str) -> LineInput:
    from core.billing import drafting

    parts = spec.split(":")
    if len(parts) not in (2, 3) or not parts[0]:
        raise argparse.ArgumentTypeError(f"--line must be ARTICLE:QTY[:PRICE], got {spec!r}")
    return drafting.LineInput(article_code=parts[0], quantity=quantity(parts[1]),
                              unit_price=price(parts[2]) if len(parts) == 3 else None)


def parse_credit_line(spec: str) -> tuple[int, Decimal]:
    """`--line LINE_NO:QTY` of a partial credit: which line of the original, and how much of it to credit."""

    no, sep, qty = spec.partition(":")
    if not (sep and no.strip().isdigit() and qty.strip()):
        raise CommandError(f"--line must be LINE_NO:QTY (e.g. 1:2), got {spec!r}{NOTHING_WRITTEN}")
    try:
        return int(no), quantity(qty)
    except (ValueError, argparse.ArgumentTypeError) as exc:
        raise CommandError(f"--line {spec!r}: {exc}{NOTHING_WRITTEN}") from exc


def _text(data: dict) -> None:
    print(f"{data['kind']} {data['number'] or '(draft ' + str(data['id']) + ')'} {data['status']} "
          f"{data['customer']['name']} total {data['total']} {data['currency']} open {data['open_amount']}")
    for w in data["warnings"]:
        print(f"  warning: {w['message']}")


def _create(args) -> int:
    from core.billing import drafting, issuing
    from core.registers import register as registers
    from core.views import invoice as invoice_view

    with command_session(argparse.ArgumentTypeError, ValueError, note=NOTHING_WRITTEN) as session:
        lines = [parse_line(s) for s in args.line]
        agency = registers.agency_by_code(session, args.agency)
        customer = registers.find_customer(session, args.customer, agency)
        inv = drafting.create_draft(session, agency, customer, lines, drafting.DraftOptions(
            invoice_date=args.date, supply_date=args.supply_date, buyer_reference=args.buyer_reference,
            order_reference=args.order_reference, actor="cli"))
        if args.issue:
            issuing.issue(session, inv, "cli", force=bool(args.force_reason), force_reason=args.force_reason)
        data = invoice_view.invoice_dict(session, inv)
    return emit(args, data, _text)


def _show(args) -> int:
    from core.billing import lookups
    from core.registers import register as registers
    from core.views import invoice as invoice_view

    with command_session() as session:
        agency_id = registers.agency_by_code(session, args.agency).id if args.agency else None
        inv = lookups.find_invoice(session, args.number, agency_id)
        if inv is None:
            raise CommandError(f"no invoice {args.number}", 1)
        data = invoice_view.invoice_dict(session, inv)
    return emit(args, data, _text)


def _issue(args) -> int:
    from core.billing import issuing
    from core.billing.models import Invoice
    from core.views import invoice as invoice_view

    with command_session(note=NOTHING_WRITTEN) as session:
        inv = session.get(Invoice, args.id)
        if inv is None:
            raise CommandError(f"no invoice with id {args.id}", 1)
        issuing.issue(session, inv, "cli", force=bool(args.force_reason), force_reason=args.force_reason)
        data = invoice_view.invoice_dict(session, inv)
    return emit(args, data, _text)


def _credit(args) -> int:
    from core.billing import crediting, lookups
    from core.registers import register as registers
    from core.views import invoice as invoice_view

    picks = dict(parse_credit_line(s) for s in args.line) if args.line else None
    with command_session(ValueError, note=NOTHING_WRITTEN) as session:
        agency_id = registers.agency_by_code(session, args.agency).id if args.agency else None
        original = lookups.find_invoice(session, args.number, agency_id)
        if original is None:
            raise CommandError(f"no invoice {args.number}", 1)
        note = crediting.credit(session, original, args.reason, picks, "cli", invoice_date=args.date)
        data = invoice_view.invoice_dict(session, note)
    return emit(args, data, _text)


def _list(args) -> int:
    from sqlmodel import col, select

    from core.billing.models import Invoice
    from core.registers import register as registers

    with command_session() as session:
        q = select(Invoice).order_by(col(Invoice.id))
        if args.agency:
            q = q.where(Invoice.agency_id == registers.agency_by_code(session, args.agency).id)
        if args.status:
            q = q.where(Invoice.status == args.status)
        rows = [{"id": i.id, "number": i.number, "kind": i.kind, "status": i.status,
                 "customer": i.customer_snapshot.get("name"), "invoice_date": i.invoice_date,
                 "due_date": i.due_date, "total": str(i.total), "open_amount": str(i.open_amount)}
                for i in session.exec(q)]

    def text(rows: list[dict]) -> None:
        for r in rows:
            print(f"{r['number'] or '-':>8} {r['status']:9} {r['due_date']} {r['total']:>12} {r['customer']}")

    return emit(args, rows, text)
