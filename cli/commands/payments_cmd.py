"""`reskontra payments import|list|register|allocate|refund|offset`."""
from __future__ import annotations

from pathlib import Path

from cli.util import (
    NOTHING_WRITTEN,
    amount,
    command_session,
    count,
    currency,
    db_session,
    emit,
    fail,
    group,
    parse_date,
    record_id,
)


def register(sub, groups) -> None:
    g = group(sub, groups, "payments", "Incoming payments: bank files, matching, manual allocation")
    p = g.add_parser("import", help="import a BgMax or camt.054 file (exactly once) and match its payments")
    p.add_argument("file")
    p.add_argument("--format", choices=("bgmax", "camt054"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_import)
    p = g.add_parser("list", help="payments with their allocations and what is left")
    p.add_argument("--since", type=parse_date)
    p.add_argument("--agency")
    p.add_argument("--status", help="unmatched | partly_matched | matched | refunded | returned")
    p.add_argument("--limit", type=count)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)
    p = g.add_parser("register", help="register a payment by hand (matched unless --invoice is given)")
    p.add_argument("--agency", required=True)
    p.add_argument("--amount", required=True, type=amount)
    p.add_argument("--date", type=parse_date, required=True)
    p.add_argument("--reference")
    p.add_argument("--payer")
    p.add_argument("--payer-org-no")
    p.add_argument("--currency", type=currency)
    p.add_argument("--invoice", help="allocate to this invoice number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_register)
    p = g.add_parser("allocate", help="place (part of) a payment on an invoice (manual / split)")
    p.add_argument("payment_id", type=record_id)
    p.add_argument("--invoice", required=True)
    p.add_argument("--amount", type=amount)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_allocate)
    p = g.add_parser("refund", help="pay back an overpayment credit (or return an unplaced payment)")
    p.add_argument("payment_id", type=record_id)
    p.add_argument("--amount", type=amount)
    p.add_argument("--date", type=parse_date)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_refund)
    p = g.add_parser("offset", help="apply an overpayment credit to another invoice of the customer")
    p.add_argument("payment_id", type=record_id)
    p.add_argument("--invoice", required=True)
    p.add_argument("--amount", type=amount)
    p.add_argument("--date", type=parse_date)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_offset)


def _import(args) -> int:
    """A rejected file names the file and where in it (not the generic command_session message)."""
    from core.kernel.errors import DomainError
    from core.payments import importing as payments
    from intake.bankfiles import BankFileError, parse_bank_file

    path = Path(args.file)
    if not path.is_file():
        return fail(f"no file {path}")
    raw = path.read_bytes()
    try:
        with db_session() as session:
            result = payments.import_file(session, raw, path.name, args.format, parse=parse_bank_file, actor="cli")
    except (BankFileError, payments.FileRejected) as exc:
        where = f" at {exc.location}" if getattr(exc, "location", None) else ""
        return fail(f"{path.name} rejected{where}: {exc.message} — nothing was imported")
    except DomainError as exc:
        return fail(f"{path.name} rejected: {exc} — nothing was imported")

    def text(data: dict) -> None:
        m = data["matched"]
        print(f"{data['file']} ({data['format']}): {data['payments']} payments {data['amount']}, matched "
              + ", ".join(f"{k} {v}" for k, v in m.items())
              + f"; unmatched {data['unmatched']}; overpayments {data['overpayments']}; "
                f"duplicates skipped {data['duplicates_skipped']}"
              + (" (file already imported)" if data["already_imported"] else ""))
        for n in data["notes"]:
            print(f"  note: {n}")

    return emit(args, result.as_dict(), text)


def _list(args) -> int:
    from core.payments import listing

    with command_session() as session:
        rows = listing.list_payments(session, args.since, args.agency, args.status, args.limit)

    def text(rows: list[dict]) -> None:
        for r in rows:
            allocs = ", ".join(f"{a['invoice'] or a['method']} {a['amount']} ({a['method']})" for a in r["allocations"])
            print(f"{r['id']:>6} {r['payment_date']} {r['agency'] or '-':10} {r['amount']:>12} {r['currency']} "
                  f"{r['status']:14} left {r['unallocated']:>10}  {allocs}"
                  + (f"  ask: {r['ask_agency']}" if r["ask_agency"] else ""))

    return emit(args, rows, text)


def _register(args) -> int:
    from core.kernel.money import to_decimal
    from core.payments import listing, registration
    from core.registers import register as registers

    with command_session(ValueError, note=NOTHING_WRITTEN) as session:
        agency = registers.agency_by_code(session, args.agency)
        p = registration.register_payment(session, agency, to_decimal(args.amount), args.date, args.reference,
                                          args.payer, args.payer_org_no, args.invoice, args.currency, actor="cli")
        session.flush()
        data = listing.payment_dict(session, p)
    return emit(args, data, f"payment {data['id']} {data['status']} left {data['unallocated']}")


def _action(args, fn) -> int:
    from core.kernel.money import money_str
    from core.payments import listing, placing

    with command_session(ValueError, note=NOTHING_WRITTEN) as session:
        alloc = fn(session)
        session.flush()
        data = listing.payment_dict(session, placing.get_payment(session, args.payment_id))
    return emit(args, data, f"{alloc.method} {money_str(alloc.amount)}: payment {data['id']} {data['status']} "
                            f"left {data['unallocated']} credit {data['customer_credit']}")


def _allocate(args) -> int:
    from core.payments import placing

    return _action(args, lambda s: placing.allocate_manually(s, args.payment_id, args.invoice, args.amount, "cli"))


def _refund(args) -> int:
    from core.payments import placing

    return _action(args, lambda s: placing.refund_payment(s, args.payment_id, args.amount, args.date, "cli"))


def _offset(args) -> int:
    from core.payments import placing

    return _action(args, lambda s: placing.offset_payment(s, args.payment_id, args.invoice, args.amount, args.date,
                                                          "cli"))
