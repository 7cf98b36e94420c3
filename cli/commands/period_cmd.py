"""Period end: `reskontra period accruals|schedule|valuation|policy`, `reskontra reconcile`,
`reskontra invoice write-off`, `reskontra report …`, `reskontra export sie4`."""
from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from cli.util import (
    as_text,
    command_session,
    db_session,
    domain_errors,
    emit,
    fail,
    group,
    output_file,
    parse_date,
    parse_month,
)
from core.kernel.vocabulary import AGE_BUCKETS, REPORTS

BUCKETS = tuple(name for name, _, _ in AGE_BUCKETS)


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    _register_period(sub, groups)
    _register_reconcile(sub)
    _register_write_off(sub, groups)
    _register_reports(sub, groups)
    _register_export(sub, groups)


def _register_period(sub: argparse._SubParsersAction, groups: dict) -> None:
    g = group(sub, groups, "period", "Period end: accruals, valuation of receivables")
    p = g.add_parser("accruals", help="recognise deferred revenue of a month (debit 2970, credit revenue)")
    p.add_argument("--agency", required=True)
    p.add_argument("--month", required=True, type=as_text(parse_month), help="YYYY-MM")
    p.add_argument("--dry-run", action="store_true", help="show what would be recognised; write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_accruals)
    p = g.add_parser("schedule", help="the accrual schedule of an invoice's lines")
    p.add_argument("number")
    p.add_argument("--agency")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_schedule)
    p = g.add_parser("valuation", help="ageing and doubtful receivables as of a date; --post books the provision")
    p.add_argument("--agency", required=True)
    p.add_argument("--date", required=True, type=parse_date)
    p.add_argument("--post", action="store_true", help="book the provision and its reversal")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_valuation)
    p = g.add_parser("policy", help="show or set the agency's doubtful-receivable percents per age bucket")
    p.add_argument("--agency", required=True)
    p.add_argument("--bucket", action="append", default=[], metavar="BUCKET=PERCENT",
                   help=f"buckets: {', '.join(BUCKETS)}")
    p.add_argument("--collection", help="percent for items in collection")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_policy)


def _register_reconcile(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reconcile", help="AR subledger vs the AR ledger account as of a date; bank files")
    p.add_argument("--agency", required=True)
    p.add_argument("--date", type=parse_date, default=None, help="as of (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_reconcile)


def _register_write_off(sub: argparse._SubParsersAction, groups: dict) -> None:
    g = group(sub, groups, "invoice", "Invoices and credit notes")
    p = g.add_parser("write-off", help="write off a confirmed credit loss (debit 6351 + VAT, credit AR)")
    p.add_argument("number")
    p.add_argument("--agency")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=parse_date)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_write_off)


def _register_reports(sub: argparse._SubParsersAction, groups: dict) -> None:
    """One subcommand per report kind, all with the same options."""
    g = group(sub, groups, "report", "Reports (CSV/XLSX/JSON)")
    for kind in REPORTS:
        p = g.add_parser(kind, help=f"{kind} report")
        p.add_argument("--agency", required=True)
        p.add_argument("--date", type=parse_date, default=None, help="as of / up to (default today)")
        p.add_argument("--from", dest="date_from", type=parse_date, help="first day (monthly reports; default "
                                                                         "1 January of --date's year)")
        p.add_argument("--format", choices=("csv", "xlsx", "json"), default="csv")
        p.add_argument("-o", "--output", type=output_file, help="file to write (json: stdout when omitted)")
        p.set_defaults(func=_report, kind=kind)
    p = g.add_parser("vat", help="VAT return of a period read from the ledger (SE momsdeklaration boxes, FI "
                                 "kausiveroilmoitus lines)")
    p.add_argument("--agency", required=True)
    p.add_argument("--from", dest="date_from", required=True, type=parse_date, help="first day of the period")
    p.add_argument("--to", dest="date_to", required=True, type=parse_date, help="last day of the period")
    p.add_argument("--format", choices=("csv", "xlsx", "json"), help="file format with -o (default csv)")
    p.add_argument("-o", "--output", type=output_file, help="file to write (CSV/XLSX/JSON)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_vat_report)


def _register_export(sub: argparse._SubParsersAction, groups: dict) -> None:
    g = group(sub, groups, "export", "Exports to other systems")
    p = g.add_parser("sie4", help="SIE 4I file (PC8/CP437) of the agency's vouchers in a date range")
    p.add_argument("--agency", required=True)
    p.add_argument("--from", dest="date_from", required=True, type=parse_date)
    p.add_argument("--to", dest="date_to", required=True, type=parse_date)
    p.add_argument("-o", "--output", required=True, type=output_file)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_sie4)


def _accruals(args) -> int:
    from core.period import accruals
    from core.registers import register as registers

    with domain_errors():
        month = accruals.parse_month(args.month)
        if args.dry_run:
            from sqlmodel import Session

            from core.platform.db import get_engine

            with Session(get_engine(), expire_on_commit=False) as session:
                result = accruals.run(session, registers.agency_by_code(session, args.agency), month, dry_run=True)
                data = result.as_dict()
                session.rollback()
        else:

            with db_session() as session:
                agency = registers.agency_by_code(session, args.agency)
                data = accruals.run(session, agency, month, actor="cli").as_dict()

    def text(data: dict) -> None:
        v = data["voucher"]
        print(f"{data['agency']} {data['month']}: {data['rows']} rows, {data['total']} recognised"
              + (f" (voucher {v['series']}{v['number']} {v['date']})" if v else "")
              + (" [dry run]" if data["dry_run"] else ""))

    return emit(args, data, text)


def _schedule(args) -> int:
    from core.billing import lookups
    from core.period import accruals

    with command_session() as session:
        inv = lookups.invoice_by_number(session, args.number, args.agency)
        data = {"invoice": inv.number, "lines": accruals.schedule(session, inv)}
        session.rollback()

    def status(r: dict) -> str:
        voucher = f" {r['voucher']}" if r["voucher"] else ""
        if r["cancelled"]:  # released from deferred income by the write-off voucher: never recognised as revenue
            return f"cancelled (write-off{voucher})"
        if r["recognised"]:
            return f"recognised {r['recognised_in']}{voucher}"
        return ""

    def text(data: dict) -> None:
        for ln in data["lines"]:
            cancelled = any(r["cancelled"] for r in ln["rows"])
            print(f"line {ln['line_no']} {ln['net_amount']} {ln['period_start']}..{ln['period_end']} "
                  f"recognised {ln['recognised']}"
                  + (f" cancelled (write-off) {ln['cancelled']}" if cancelled else "")
                  + f" unrecognised {ln['unrecognised']}")
            for r in ln["rows"]:
                print(f"  {r['month']} {r['days']:3} days {r['amount']:>12} {status(r)}".rstrip())

    return emit(args, data, text)


def _valuation(args) -> int:
    from core.period import valuation
    from core.registers import register as registers

    with command_session() as session:
        agency = registers.agency_by_code(session, args.agency)
        if args.post:
            val = valuation.post_provision(session, agency, args.date, actor="cli")
        else:
            val = valuation.value(session, agency, args.date)
        data = {**val.as_dict(session), "ageing": valuation.ageing(session, agency, args.date)["buckets"]}

    def text(data: dict) -> None:
        for b in data["buckets"]:
            print(f"{b['bucket']:>8} {b['items']:5} open {b['open']:>14} {b['percent']:>5} % "
                  f"doubtful {b['doubtful']:>12}")
        c = data["collection"]
        print(f"collection {c['items']:3} open {c['open']:>14} {c['percent']:>5} % doubtful {c['doubtful']:>12}")
        print(f"provision {data['provision']}" + (" (posted)" if data["posted"] else ""))

    return emit(args, data, text)


def _policy(args) -> int:
    from core.period import valuation
    from core.registers import register as registers

    pairs = {}
    for spec in args.bucket:
        name, sep, pct = spec.partition("=")
        if not sep:
            return fail(f"--bucket must be BUCKET=PERCENT, got {spec!r}")
        pairs[name] = pct
    with command_session(ValueError) as session:
        agency = registers.agency_by_code(session, args.agency)
        if pairs or args.collection:
            valuation.set_policy(session, agency, pairs, args.collection, actor="cli")
        pol = valuation.policy(session, agency)
        data = {"agency": agency.code, "percents": {k: valuation.pct_str(v) for k, v in pol.percents.items()},
                "collection_percent": valuation.pct_str(pol.collection_percent)}
    return emit(args, data, json.dumps(data, ensure_ascii=False))


def _reconcile(args) -> int:
    from core.period import reconciliation
    from core.registers import register as registers

    with command_session() as session:
        data = reconciliation.reconcile(session, registers.agency_by_code(session, args.agency),
                                        args.date or dt.date.today()).as_dict()

    def text(data: dict) -> None:
        print(f"{data['agency']} {data['date']}: subledger {data['ar_subledger']} ledger {data['ar_ledger']} "
              f"difference {data['difference']} {'OK' if data['ok'] else 'MISMATCH'}")
        for d in data["differences"]:
            print(f"  {d['kind']}: {d['explanation']}")
        for b in data["bank_files"]:
            if not b["ok"]:
                print(f"  bank file: {b['explanation']}")

    emit(args, data, text)
    return 0 if data["ok"] else 1


def _write_off(args) -> int:
    from core.billing import lookups
    from core.period import valuation
    from core.views.invoice import invoice_dict

    with command_session() as session:
        inv = lookups.invoice_by_number(session, args.number, args.agency)
        wo = valuation.write_off(session, inv, args.reason, actor="cli", date=args.date)
        data = {"invoice": inv.number, "status": inv.status, "open_amount": str(inv.open_amount),
                "written_off": str(wo.amount), "vat_adjustment": str(wo.vat_amount), "date": wo.date.isoformat(),
                "reason": wo.reason, "invoice_detail": invoice_dict(session, inv)}
    return emit(args, data,
                f"invoice {data['invoice']} written off: {data['written_off']} (VAT {data['vat_adjustment']})")


def _report(args) -> int:
    from core.period import reports, tabular
    from core.registers import register as registers

    as_of = args.date or dt.date.today()
    if args.format != "json" and not args.output:
        return fail("-o FILE is required for csv and xlsx")
    with command_session() as session:
        agency = registers.agency_by_code(session, args.agency)
        if args.format == "json" and args.kind in ("open-items", "valuation"):
            # a list per item: written while it is read from the database (core.period.json_stream)
            return _stream_json(args, reports.open_items(session, agency, as_of, stream=True)
                                if args.kind == "open-items" else
                                reports.valuation_report(session, agency, as_of, stream=True))
        if args.format == "json":
            frm = args.date_from or as_of.replace(month=1, day=1)
            data = {"ageing": lambda: reports.ageing(session, agency, as_of),
                    "open-items": lambda: reports.open_items(session, agency, as_of),
                    "automation": lambda: {**reports.automation(session, agency, frm, as_of),
                                           "einvoice": reports.einvoice_share(session, agency, frm, as_of)},
                    "valuation": lambda: reports.valuation_report(session, agency, as_of),
                    "reconciliation": lambda: reports.reconciliation_report(session, agency, as_of),
                    }[args.kind]()
        else:  # written while the session is open: open-items rows come as the database yields them
            cols, rows = reports.table(session, args.kind, agency, as_of, args.date_from)
            counted = _Counted(rows)
            tabular.write(args.output, args.format, cols, counted, title=args.kind)
            print(f"{args.kind}: {counted.n} rows written to {args.output}")
            return 0
    if args.output:
        Path(args.output).write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), "utf-8")
        return 0
    return emit(args, data)


class _Counted:
    """Rows passed through to a writer, counted on the way (the rows may be a generator)."""

    def __init__(self, rows: Iterable[list]) -> None:
        self.rows, self.n = rows, 0

    def __iter__(self) -> Iterator[list]:
        for row in self.rows:
            self.n += 1
            yield row


def _stream_json(args, data: dict) -> int:
    import sys

    from core.period import json_stream

    if args.output:
        with Path(args.output).open("w", encoding="utf-8") as fh:
            json_stream.write(fh, data)
        return 0
    json_stream.write(sys.stdout, data)
    sys.stdout.write("\n")
    return 0


def _vat_report(args) -> int:
    from core.period import tabular, vat_report
    from core.registers import register as registers

    if args.date_to < args.date_from:
        return fail("--to is before --from")
    with command_session() as session:
        data = vat_report.report(session, registers.agency_by_code(session, args.agency), args.date_from,
                                 args.date_to)
    if args.output:
        if (args.format or "csv") == "json":
            Path(args.output).write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
        else:
            cols, rows = vat_report.table(data)
            tabular.write(args.output, args.format or "csv", cols, rows, title="vat")
        print(f"vat: {len(data['boxes'])} boxes written to {args.output}")
        return 0

    def text(d: dict) -> None:
        print(f"{d['form']} {d['agency']} {d['from']}..{d['to']} ({d['currency']}, chart {d['chart']})")
        for b in d["boxes"]:
            print(f"  {b['box']:>26}  {b['amount']:>14}  {b['label']}" + (f" [{' '.join(b['accounts'])}]"
                                                                         if b["accounts"] else ""))
        if d["unverified_accounts"]:
            print(f"  unverified account numbers: {' '.join(d['unverified_accounts'])}")
    return emit(args, data, text)


def _sie4(args) -> int:
    from core.period import sie4
    from core.registers import register as registers

    if args.date_to < args.date_from:
        return fail("--to is before --from")
    with command_session() as session:
        summary = sie4.export(session, registers.agency_by_code(session, args.agency), args.date_from, args.date_to,
                              args.output)
    return emit(args, summary,
                f"SIE 4I: {summary['vouchers']} vouchers, {summary['transactions']} transactions -> {args.output}")
