"""`reskontra invoice import FILE --agency CODE [--dry-run] [--batch-id ID] --json`, `invoice import-drop`,
`invoice template --agency CODE -o FILE.xlsx`: invoicing by file (core.requests.batch_import)."""
from __future__ import annotations

from pathlib import Path

from cli.util import NOTHING_WRITTEN, CommandError, command_session, emit, group, output_file


def register(sub, groups) -> None:
    g = group(sub, groups, "invoice", "Invoices and credit notes")
    p = g.add_parser("import", help="import an invoicing file (CSV, XLSX or JSON batch): check every row, issue "
                                    "the good invoices in bulk, print the receipt")
    p.add_argument("file")
    p.add_argument("--agency", required=True)
    p.add_argument("--dry-run", action="store_true", help="check and print the receipt; write nothing")
    p.add_argument("--batch-id", help="the sender's batch id (the same id twice imports once)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_import)
    p = g.add_parser("import-drop", help="import the files waiting in the agencies' drop folders "
                                         "(var/dropbox/<AGENCY>/in) once")
    p.add_argument("--agency", help="only this agency's folder")
    p.add_argument("--dir", help="the drop folder root (default var/dropbox or $RESKONTRA_DROPBOX)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_import_drop)
    p = g.add_parser("template", help="the agency's Excel invoicing template (dropdowns of its articles and "
                                      "customers)")
    p.add_argument("--agency", required=True)
    p.add_argument("-o", "--output", required=True, type=output_file, metavar="FILE.xlsx")
    p.add_argument("--language", choices=("sv", "fi", "en"), help="default: the agency's language")
    p.set_defaults(func=_template)


def _text(r: dict) -> None:
    if r.get("already_imported"):
        print(f"already imported (batch {r.get('batch_id')}): nothing new was issued")
    verb = "would issue" if r.get("dry_run") else "issued"
    print(f"{r['agency']} {r.get('file') or r.get('client_batch_id') or ''}: {r['rows']} rows, {r['invoices']} "
          f"invoices: {verb} {r['ready'] if r.get('dry_run') else r['issued']}, rejected {r['rejected']}, "
          f"questions {r['questions']} — {r['status']}")
    for e in r["errors"]:
        print(f"  row {e['row']} {e['field']}: {e['reason']}")
    for q in r["requests"]:
        print(f"  {q.get('token') or q['invoice_key']}: " + "; ".join(f"row {x['row']} {x['field']}: {x['reason']}"
                                                                    for x in q["questions"]))


def _import(args) -> int:
    from core.registers import register as registers
    from core.requests import batch_import

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"cannot read {args.file}: no such file{NOTHING_WRITTEN}", 2)
    with command_session(batch_import.BatchFileError, note=NOTHING_WRITTEN) as session:
        agency = registers.agency_by_code(session, args.agency)
        receipt = batch_import.import_path(session, agency, path, client_batch_id=args.batch_id, source="cli",
                                           actor="cli", dry_run=args.dry_run)
    return emit(args, receipt, _text)


def _import_drop(args) -> int:
    from intake import dropbox

    done = dropbox.poll_once(agency=args.agency, root=Path(args.dir) if args.dir else None, min_age=0)

    def text(rows: list[dict]) -> None:
        if not rows:
            print("no files waiting")
        for r in rows:
            print(f"{r['agency']} {r['file']}: {r.get('error') or r['status']} issued {r['issued']} "
                  f"→ {r['moved_to'] or 'left in place'}")

    return emit(args, done, text)


def _template(args) -> int:
    from core.registers import register as registers
    from core.requests import batch_template

    with command_session() as session:
        agency = registers.agency_by_code(session, args.agency)
        data = batch_template.build_template(session, agency, args.language or registers.agency_language(agency))
    try:
        Path(args.output).write_bytes(data)
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror}", 2) from exc
    print(f"template for {args.agency} written to {args.output}")
    return 0
