"""`reskontra invoice ubl|pdf NUMBER` and `reskontra delivery run`."""
from __future__ import annotations

from pathlib import Path

from core import registers
from core.cli_util import fail, group, parse_date, print_json
from core.db import session_scope
from core.errors import DomainError, NotFound


def register(sub, groups) -> None:  # noqa: ANN001
    g = group(sub, groups, "invoice", "Invoices and credit notes")
    p = g.add_parser("ubl", help="the Peppol BIS Billing 3.0 UBL document of an issued invoice or credit note")
    p.add_argument("number")
    p.add_argument("--agency")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xml")
    p.set_defaults(func=_ubl)
    p = g.add_parser("pdf", help="the printed PDF of an issued invoice or credit note")
    p.add_argument("number")
    p.add_argument("--agency")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=_pdf)
    d = group(sub, groups, "delivery", "Delivering invoices: Peppol e-invoices and printed PDFs")
    p = d.add_parser("run", help="deliver all issued, undelivered invoices and credit notes")
    p.add_argument("--date", type=parse_date, help="print-batch date (default today)")
    p.add_argument("--agency")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_run)


def _find(session, args):  # noqa: ANN001, ANN202
    from core import issuing

    return issuing.invoice_by_number(session, args.number, args.agency)


def _export(args, render) -> int:  # noqa: ANN001
    try:
        with session_scope() as session:
            inv = _find(session, args)
            content = render(session, inv)
    except NotFound as exc:
        return fail(str(exc), 1)
    except DomainError as exc:
        return fail(f"{exc} — nothing was written")
    out = Path(args.output)
    out.write_bytes(content)
    print(f"wrote {out} ({len(content)} bytes)")
    return 0


def _ubl(args) -> int:  # noqa: ANN001
    from core.delivery.ubl import invoice_ubl

    return _export(args, invoice_ubl)


def _pdf(args) -> int:  # noqa: ANN001
    from core.delivery.printing import render_pdf

    return _export(args, render_pdf)


def _run(args) -> int:  # noqa: ANN001
    from core.delivery import channels

    try:
        with session_scope() as session:
            agency_id = registers.agency_by_code(session, args.agency).id if args.agency else None
            done = channels.run(session, actor="cli", day=args.date, agency_id=agency_id)
            rows = [dict(d.as_dict(), number=session.get(channels.Invoice, d.record.invoice_id).number)
                    for d in done]
    except DomainError as exc:
        return fail(f"{exc} — nothing was written")
    summary = {"delivered": len(rows), "peppol": sum(r["channel"] == "peppol" for r in rows),
               "print": sum(r["channel"] == "print" for r in rows), "documents": rows}
    if args.json:
        print_json(summary)
    else:
        print(f"delivered {summary['delivered']}: {summary['peppol']} Peppol, {summary['print']} print")
        for r in rows:
            print(f"  {r['number']} {r['channel']} {r['file']}")
    return 0
