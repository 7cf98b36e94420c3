"""`reskontra invoice ubl|pdf NUMBER` and `reskontra delivery run`."""
from __future__ import annotations

from pathlib import Path

from cli.util import NOTHING_WRITTEN, command_session, db_session, emit, fail, group, output_file, parse_date


def register(sub, groups) -> None:
    g = group(sub, groups, "invoice", "Invoices and credit notes")
    p = g.add_parser("ubl", help="the Peppol BIS Billing 3.0 UBL document of an issued invoice or credit note")
    p.add_argument("number")
    p.add_argument("--agency")
    p.add_argument("-o", "--output", required=True, type=output_file, metavar="FILE.xml")
    p.set_defaults(func=_ubl)
    p = g.add_parser("pdf", help="the printed PDF of an issued invoice or credit note")
    p.add_argument("number")
    p.add_argument("--agency")
    p.add_argument("-o", "--output", required=True, type=output_file, metavar="FILE.pdf")
    p.set_defaults(func=_pdf)
    d = group(sub, groups, "delivery", "Delivering invoices: Peppol e-invoices and printed PDFs")
    p = d.add_parser("run", help="deliver all issued, undelivered invoices and credit notes")
    p.add_argument("--date", type=parse_date, help="print-batch date (default today)")
    p.add_argument("--agency")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_run)


def _export(args, render) -> int:
    """An unknown number is "not found" (exit 1), unlike the other domain errors (exit 2): hence no command_session."""
    from core.billing import lookups
    from core.kernel.errors import DomainError, NotFound

    try:
        with db_session() as session:
            inv = lookups.invoice_by_number(session, args.number, args.agency)
            content = render(session, inv)
    except NotFound as exc:
        return fail(str(exc), 1)
    except DomainError as exc:
        return fail(f"{exc}{NOTHING_WRITTEN}")
    out = Path(args.output)
    out.write_bytes(content)
    print(f"wrote {out} ({len(content)} bytes)")
    return 0


def _ubl(args) -> int:
    from core.billing.delivery.ubl import invoice_ubl

    return _export(args, invoice_ubl)


def _pdf(args) -> int:
    from core.billing.delivery.printing import render_pdf

    return _export(args, render_pdf)


def _run(args) -> int:
    from core.billing.delivery import channels
    from core.billing.models import Invoice
    from core.registers import register as registers

    with command_session(note=NOTHING_WRITTEN) as session:
        agency_id = registers.agency_by_code(session, args.agency).id if args.agency else None
        done = channels.run(session, actor="cli", day=args.date, agency_id=agency_id)
        rows = [dict(d.as_dict(), number=session.get_one(Invoice, d.record.invoice_id).number)
                for d in done]
    summary = {"delivered": len(rows), "peppol": sum(r["channel"] == "peppol" for r in rows),
               "print": sum(r["channel"] == "print" for r in rows), "documents": rows}

    def text(s: dict) -> None:
        print(f"delivered {s['delivered']}: {s['peppol']} Peppol, {s['print']} print")
        for r in s["documents"]:
            print(f"  {r['number']} {r['channel']} {r['file']}")

    return emit(args, summary, text)
