"""Benchmark: printed documents per second, invoices (the delivery run) and reminder letters (a reminder run's
letters), at 500, 1,000, 2,000 and 10,000 documents: the rate should not fall as the count grows (linear).
Goal: >= 100 printed documents per second per worker at every size.

    .venv/bin/python bench/print.py [--pg] [--sizes 500,1000,2000,10000] [--baseline N] [--profile]

Each size gets its own documents: half Swedish (HYDRO-SE, bankgiro + OCR, two VAT rates), half Finnish (VESI-FI,
IBAN + reference + the bank barcode), copied from one invoice per agency issued the ordinary way and
bulk-inserted (not timed). Timed: `channels.run` (the `delivery run`: each document's PDF, the batch PDF, the
manifest, delivery records and audit events, commit) and `reminder_letters.deliver_pending` for a reminder run
recorded per agency (letters, batch, manifest, `sent_at`, commits); the worker process's own CPU time per
document is printed beside the wall time (on a shared machine the wall time includes waiting for a core; on
PostgreSQL the server's CPU is not in it). `--baseline N` also times the old path, one
WeasyPrint PDF per document, on N documents (0 skips it). SQLite in a temporary directory by default; --pg uses
$RESKONTRA_PRINT_PG_URL or postgresql://postgres@127.0.0.1:5432/reskontra_print (schema dropped and recreated).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import setup_db  # noqa: E402 -- the project root is on the path only from here

GOAL = 100.0  # printed documents per second per worker
SPECS = (("HYDRO-SE", "10002", (("1010", "2"), ("3010", "3"))), ("VESI-FI", "20001", (("V100", "3"),)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", action="store_true")
    ap.add_argument("--sizes", default="500,1000,2000,10000")
    ap.add_argument("--baseline", type=int, default=20, help="documents for the old WeasyPrint path (0: skip)")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    pg = os.environ.get("RESKONTRA_PRINT_PG_URL", "postgresql://postgres@127.0.0.1:5432/reskontra_print")
    setup_db.environment("reskontra-bench-print-", pg if args.pg else None)
    eng = setup_db.demo_database()
    templates = _templates()
    _warm_up()
    print(f"database: {eng.dialect.name}; sizes {', '.join(f'{n:,}' for n in sizes)} (half SE, half FI)", flush=True)

    rows = []
    for k, n in enumerate(sizes):
        day = dt.date(2027, 1, 4) + dt.timedelta(days=k)
        _insert(eng, templates, n, f"I{k}", due=dt.date(2027, 6, 30), delivered=False)
        t, c = time.perf_counter(), time.process_time()
        made = _timed(args.profile, _delivery_run, day)
        inv_s, inv_cpu = time.perf_counter() - t, time.process_time() - c
        assert made == n, (made, n)
        run_day = dt.date(2026, 3 + k, 2)  # a month of its own: at most two reminder runs per agency and month
        _insert(eng, templates, n, f"R{k}", due=run_day - dt.timedelta(days=40), delivered=True)
        run_ids = _record_reminders(run_day)
        t, c = time.perf_counter(), time.process_time()
        letters = _timed(args.profile, _letters, run_ids)
        rem_s, rem_cpu = time.perf_counter() - t, time.process_time() - c
        assert letters == n, (letters, n)
        rows.append((n, inv_s, rem_s, inv_cpu, rem_cpu))
        print(f"{n:>7,} documents: invoices {inv_s:6.2f} s = {n / inv_s:6.1f} docs/s ({1000 * inv_s / n:5.2f} ms "
              f"each, worker CPU {1000 * inv_cpu / n:5.2f} ms); reminder letters {rem_s:6.2f} s = {n / rem_s:6.1f} "
              f"docs/s ({1000 * rem_s / n:5.2f} ms each, worker CPU {1000 * rem_cpu / n:5.2f} ms)", flush=True)
    if args.baseline:
        _baseline(args.baseline)
    (n0, i0, r0, ic0, rc0), (n1, i1, r1, ic1, rc1) = rows[0], rows[-1]
    growth = max((i1 / n1) / (i0 / n0), (r1 / n1) / (r0 / n0))
    cpu_growth = max((ic1 / n1) / (ic0 / n0), (rc1 / n1) / (rc0 / n0))
    slowest = min(min(row[0] / row[1], row[0] / row[2]) for row in rows)
    slowest_cpu = min(min(row[0] / row[3], row[0] / row[4]) for row in rows)
    print(f"linearity: time per document at {n1:,} / at {n0:,} = {growth:.2f} wall, {cpu_growth:.2f} worker CPU "
          "(1.00 = linear)")
    ok = slowest >= GOAL and growth <= 1.5
    print(f"goal (>= {GOAL:.0f} docs/s at every size, linear):", "met" if ok else "NOT met",
          f"(slowest {slowest:.1f} docs/s wall; {slowest_cpu:.1f} docs/s of worker CPU; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0 if ok else 1


def _templates() -> list[tuple[dict, list[dict]]]:
    """One issued invoice per agency, made the ordinary way (drafting, issuing): its row and lines to copy."""
    import sqlalchemy as sa

    from core.billing import drafting, issuing
    from core.billing.drafting import DraftOptions, LineInput
    from core.billing.models import DeliveryRecord, Invoice, InvoiceLine
    from core.platform import db
    from core.registers import register as registers

    out = []
    with db.session_scope() as s:
        for agency, customer, lines in SPECS:
            a = registers.agency_by_code(s, agency)
            c = registers.find_customer(s, customer, a)
            inv = drafting.create_draft(s, a, c, [LineInput(article_code=art, quantity=q) for art, q in lines],
                                        DraftOptions(invoice_date=dt.date(2026, 1, 5), buyer_reference="Bench"))
            issuing.issue(s, inv, force=True, force_reason="bench")
            s.flush()
            row = {col.name: getattr(inv, col.name) for col in Invoice.__table__.columns if col.name != "id"}
            lns = [{col.name: getattr(ln, col.name) for col in InvoiceLine.__table__.columns
                    if col.name not in ("id", "invoice_id")}
                   for ln in s.execute(sa.select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)).scalars()]
            out.append((row, lns))
            inv.status, inv.open_amount = "credited", Decimal("0.00")  # never reminded
            s.add(inv)
            s.add(DeliveryRecord(invoice_id=inv.id, channel="print", document="invoice", sequence=0,
                                 file_path="bench/template.pdf", sha256="0" * 64, actor="bench"))  # nor delivered
    return out


def _insert(eng, templates, n: int, tag: str, due: dt.date, delivered: bool) -> None:
    """n invoices (half per agency) with their lines; `delivered` ones get a delivery record (reminders follow
    a delivered invoice only)."""
    import sqlalchemy as sa

    from core.billing.models import DeliveryRecord, Invoice, InvoiceLine
    from core.kernel import references
    from core.kernel.clock import utcnow

    now = utcnow()
    inv_t, line_t = Invoice.__table__, InvoiceLine.__table__
    with eng.begin() as conn:
        for k, (row, lines) in enumerate(templates):
            count = n // len(templates) + (1 if k < n % len(templates) else 0)
            kind = "fi" if row["currency"] == "EUR" else "se"
            batch = []
            for i in range(count):
                number = f"{tag}{i:06d}"
                base = f"{7 + k}{tag[1:]}{i:06d}"
                ref = references.fi_reference(base) if kind == "fi" else references.ocr(base)
                batch.append(dict(row, number=number, reference=ref, due_date=due,
                                  invoice_date=due - dt.timedelta(days=30), created_at=now))
            conn.execute(sa.insert(inv_t), batch)
            ids = conn.execute(sa.select(inv_t.c.id).where(inv_t.c.agency_id == row["agency_id"],
                                                           inv_t.c.number.like(f"{tag}%"))).scalars().all()
            conn.execute(sa.insert(line_t), [dict(ln, invoice_id=iid) for iid in ids for ln in lines])
            if delivered:
                conn.execute(sa.insert(DeliveryRecord.__table__), [
                    {"invoice_id": iid, "channel": "print", "document": "invoice", "sequence": 0,
                     "file_path": f"bench/{iid}.pdf", "sha256": "0" * 64, "handed_over_at": now, "actor": "bench"}
                    for iid in ids])
    if eng.dialect.name == "postgresql":
        with eng.begin() as conn:
            conn.execute(sa.text("ANALYZE"))


def _warm_up() -> None:
    """Imports and font registration happen once per worker process, not per run: done before the clock starts."""
    import pikepdf  # noqa: F401

    from core.billing.delivery import channels, print_layout  # noqa: F401
    from core.runs import reminder_letters  # noqa: F401

    print_layout.fonts()


def _delivery_run(day: dt.date) -> int:
    from core.billing.delivery import channels
    from core.platform import db

    with db.session_scope() as s:
        return sum(d.record.channel == "print" for d in channels.run(s, actor="bench", day=day))


def _record_reminders(day: dt.date) -> list[int]:
    """Record one reminder run per agency (not timed: bench/runs.py times that) without its letters."""
    from core.runs import reminders

    return [reminders.run(agency, day, actor="bench", deliver_documents=False)["run_id"] for agency, _, _ in SPECS]


def _letters(run_ids: list[int]) -> int:
    from core.runs import reminder_letters

    return sum(reminder_letters.deliver_pending(run_id, actor="bench") for run_id in run_ids)


def _baseline(n: int) -> None:
    """The old path for comparison: one WeasyPrint PDF per document (as the print channel did before)."""
    import sqlalchemy as sa

    from core.billing.delivery import printing
    from core.billing.models import Invoice
    from core.platform import db

    with db.session_scope() as s:
        invs = s.execute(sa.select(Invoice).where(Invoice.status == "issued").order_by(Invoice.id)
                         .limit(n)).scalars().all()
        t = time.perf_counter()
        for inv in invs:
            printing.render_pdf(s, inv)
        sec = time.perf_counter() - t
    print(f"old path (WeasyPrint, one PDF per document), {len(invs)} documents: {len(invs) / sec:.1f} docs/s "
          f"({1000 * sec / len(invs):.0f} ms each)", flush=True)


def _timed(profile: bool, fn, *args):
    if not profile:
        return fn(*args)
    import cProfile
    import pstats

    prof = cProfile.Profile()
    try:
        return prof.runcall(fn, *args)
    finally:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(r"core/|reportlab|pikepdf", 30)


if __name__ == "__main__":
    sys.exit(main())
