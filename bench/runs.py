"""Benchmark: reminder and interest runs over 1,000,000 invoices of which 100,000 are due for a reminder and
100,000 were paid late in the interest period. Goal: each run <= 10 s, on SQLite and on PostgreSQL.

    .venv/bin/python bench/runs.py [--pg] [--invoices N] [--due N] [--customers N] [--profile] [--statements]

--profile runs each timed run under cProfile and prints where its time went (the figures then read higher);
--statements prints each run's SQL statements (COPYs included) by time spent; --snapshot keeps the built database
and starts from that copy the next time (same sizes), so a run can be measured again without rebuilding it.
Smaller runs extrapolate when customers scale with them (about 20 late-paid invoices, i.e. interest lines, per
customer as in the default), e.g. `--invoices 100000 --due 10000 --customers 500`; with too few late-paid
invoices per customer the interest stays below the threshold and no interest invoice is made.

SQLite in a temporary directory by default; --pg uses $RESKONTRA_RUNS_PG_URL or
postgresql://postgres@127.0.0.1:5432/reskontra_runs (its schema is dropped and recreated). The synthetic data is
bulk-inserted with SQLAlchemy Core (not timed against the goal). The reminder run is timed without producing the
100,000 PDF letters (that is the print channel's work, done by `reminder_letters.deliver_pending` / the outbox job).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import setup_db  # noqa: E402 -- the project root is on the path only from here


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", action="store_true")
    ap.add_argument("--invoices", type=int, default=1_000_000)
    ap.add_argument("--due", type=int, default=100_000)
    ap.add_argument("--customers", type=int, default=5_000)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--snapshot", action="store_true",
                    help="keep a copy of the built database (a file in the temp folder on SQLite, a template "
                         "database on PostgreSQL) and start from it the next time with the same sizes")
    ap.add_argument("--statements", action="store_true",
                    help="print the slowest SQL statements of each run (time and count per statement text)")
    args = ap.parse_args()
    pg = os.environ.get("RESKONTRA_RUNS_PG_URL", "postgresql://postgres@127.0.0.1:5432/reskontra_runs")
    tmp = setup_db.environment("reskontra-bench-runs-", pg if args.pg else None)
    snap = _Snapshot(args, pg if args.pg else f"{tmp}/bench.db") if args.snapshot else None

    import sqlalchemy as sa

    from core.platform import db
    from core.registers.models import Agency
    from core.runs import interest_run, reminders

    restored = snap is not None and snap.restore()
    eng = db.get_engine() if restored else setup_db.demo_database()
    with db.session_scope() as s:
        ag = Agency.__table__.c
        agency_id = s.execute(sa.select(ag.id).where(ag.code == "HYDRO-SE")).scalar_one()
    print(f"database: {eng.dialect.name}; {args.invoices:,} invoices, {args.due:,} due for a reminder, "
          f"{args.due:,} paid late in 2026-02, {args.customers:,} customers", flush=True)

    if not restored:
        _build(eng, args, agency_id)
        if snap is not None:
            eng.dispose()
            snap.save()
    stats = _statement_stats(eng) if args.statements else None
    t, cpu = time.perf_counter(), time.process_time()
    res = _timed(args.profile, reminders.run, "HYDRO-SE", dt.date(2026, 3, 2), deliver_documents=False, actor="bench")
    rem_s = time.perf_counter() - t
    print(f"reminder run: {rem_s:.2f} s, this process's CPU {time.process_time() - cpu:.2f} s  "
          f"({res['count']:,} reminders, fees {res['total_fees']}, {len(res['skipped']):,} skipped)", flush=True)
    _print_statements(stats)

    del res  # the reminder run's result is not kept alive through the interest run
    t, cpu = time.perf_counter(), time.process_time()
    res = _timed(args.profile, interest_run.run, "HYDRO-SE", "2026-02", actor="bench")
    int_s = time.perf_counter() - t
    items = sum(len(r["items"]) for r in res["invoices"])
    print(f"interest run: {int_s:.2f} s, this process's CPU {time.process_time() - cpu:.2f} s  "
          f"({res['count']:,} interest invoices over {items:,} late-paid invoices, total {res['total']})", flush=True)
    _print_statements(stats)
    ok = rem_s <= 10 and int_s <= 10
    print(f"goal (<= 10 s each on {eng.dialect.name}):", "met" if ok else "NOT met")
    return 0 if ok else 1


def _build(eng, args, agency_id: int) -> None:
    """The synthetic data: customers, invoices, late payments and delivery records (Core bulk inserts)."""
    import sqlalchemy as sa

    from core.billing.models import DeliveryRecord, Invoice
    from core.kernel.clock import utcnow
    from core.payments.models import Allocation, Payment
    from core.registers.models import Customer

    t0 = time.perf_counter()
    now = utcnow()
    with eng.begin() as conn:
        conn.execute(sa.insert(Customer.__table__), [
            {"customer_number": f"B{i:07d}", "kind": "company", "name": f"Bench kund {i} AB", "country": "SE",
             "language": "sv", "no_reminders": False, "no_interest": False, "created_at": now}
            for i in range(args.customers)])
        cust_ids = conn.execute(sa.select(Customer.__table__.c.id).where(
            Customer.__table__.c.customer_number.like("B%")).order_by(Customer.__table__.c.id)).scalars().all()
    total = D("1250.00")
    snapshot = {"name": "Bench kund AB", "country": "SE", "language": "sv", "kind": "company"}
    seller = {"code": "HYDRO-SE", "name": "Hydrografiska verket", "country": "SE", "bankgiro": "5050-1055"}
    due_open = dt.date(2026, 1, 20)
    due_late = dt.date(2026, 1, 25)
    batch = 50_000
    late_ids: list[tuple[int, int]] = []
    for start in range(0, args.invoices, batch):
        rows = []
        for i in range(start, min(start + batch, args.invoices)):
            if i < args.due:  # open and overdue: reminder candidates
                status, open_amount, due, paid = "issued", total, due_open - dt.timedelta(days=i % 15), None
            elif i < 2 * args.due:  # paid late in February: interest candidates
                status, open_amount, due, paid = "paid", D("0.00"), due_late, dt.date(2026, 2, 1 + i % 27)
            else:  # paid on time, or not yet due
                status, open_amount, due, paid = ("paid", D("0.00"), dt.date(2025, 12, 1), dt.date(2025, 11, 28)) \
                    if i % 2 else ("issued", total, dt.date(2026, 4, 1), None)
            rows.append({"agency_id": agency_id, "customer_id": cust_ids[i % len(cust_ids)], "kind": "invoice",
                         "status": status, "number": str(100000 + i), "reference": None,
                         "invoice_date": due - dt.timedelta(days=30), "due_date": due, "currency": "SEK",
                         "net_total": D("1000.00"), "vat_total": D("250.00"), "total": total,
                         "open_amount": open_amount, "customer_snapshot": snapshot, "seller_snapshot": seller,
                         "warnings": [], "source": "bench", "disputed": False, "paid_date": paid,
                         "created_at": now})
        with eng.begin() as conn:
            conn.execute(sa.insert(Invoice.__table__), rows)
    with eng.begin() as conn:
        inv = Invoice.__table__.c
        late_ids = conn.execute(sa.select(inv.id, inv.paid_date).where(
            inv.agency_id == agency_id, inv.status == "paid", inv.due_date == due_late)).all()
        for start in range(0, len(late_ids), batch):
            chunk = late_ids[start:start + batch]
            conn.execute(sa.insert(Payment.__table__), [
                {"agency_id": agency_id, "external_id": f"bench-{iid}", "amount": total, "currency": "SEK",
                 "payment_date": paid, "status": "matched", "unallocated": D("0.00"), "suggestions": [],
                 "created_at": now} for iid, paid in chunk])
        pay_ids = dict(conn.execute(sa.select(Payment.__table__.c.external_id, Payment.__table__.c.id)).all())
        for start in range(0, len(late_ids), batch):
            chunk = late_ids[start:start + batch]
            conn.execute(sa.insert(Allocation.__table__), [
                {"payment_id": pay_ids[f"bench-{iid}"], "invoice_id": iid, "amount": total, "method": "reference",
                 "payment_date": paid, "actor": "bench", "created_at": now} for iid, paid in chunk])
        # the reminder candidates were delivered (nobody is reminded of an invoice never sent)
        due_ids = conn.execute(sa.select(inv.id).where(inv.agency_id == agency_id, inv.status == "issued",
                                                       inv.due_date < dt.date(2026, 2, 1))).scalars().all()
        for start in range(0, len(due_ids), batch):
            conn.execute(sa.insert(DeliveryRecord.__table__), [
                {"invoice_id": iid, "channel": "print", "document": "invoice", "sequence": 0,
                 "file_path": f"bench/{iid}.pdf", "sha256": "0" * 64, "handed_over_at": now, "actor": "bench"}
                for iid in due_ids[start:start + batch]])
    if eng.dialect.name == "postgresql":
        with eng.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
    print(f"bulk insert: {time.perf_counter() - t0:.1f} s", flush=True)




class _Snapshot:
    """A copy of the built database, so that a second measurement at 1,000,000 invoices does not wait minutes for
    the data again: a file beside the temp folders on SQLite, a template database on PostgreSQL. Named by the
    sizes; delete it (file, or `dropdb`) after a schema change."""

    def __init__(self, args, target: str) -> None:
        self.target = target
        self.name = f"runs_snap_{args.invoices}_{args.due}_{args.customers}"
        self.pg = args.pg

    def _admin(self, sql: str) -> bool:
        import psycopg

        base = self.target.rsplit("/", 1)[0]
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            if sql.startswith("exists"):
                return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.name,)).fetchone() \
                    is not None
            conn.execute(sql)
        return True

    def restore(self) -> bool:
        """Replace the target by the snapshot when there is one (True), else leave it (False)."""
        import shutil
        import tempfile

        if self.pg:
            if not self._admin("exists"):
                return False
            db = self.target.rsplit("/", 1)[1]
            self._admin(f'DROP DATABASE IF EXISTS "{db}"')
            self._admin(f'CREATE DATABASE "{db}" TEMPLATE "{self.name}" STRATEGY FILE_COPY')
            return True
        path = Path(tempfile.gettempdir()) / f"{self.name}.db"
        if not path.exists():
            return False
        shutil.copyfile(path, self.target)
        return True

    def save(self) -> None:
        import shutil
        import tempfile

        if self.pg:
            db = self.target.rsplit("/", 1)[1]
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}"')
            self._admin(f'CREATE DATABASE "{self.name}" TEMPLATE "{db}" STRATEGY FILE_COPY')
            return
        shutil.copyfile(self.target, Path(tempfile.gettempdir()) / f"{self.name}.db")


def _statement_stats(eng) -> dict:
    """Time per statement text (SQLAlchemy cursor events): where a run's database time goes, and how many
    statements it sends."""
    import sqlalchemy as sa

    stats: dict = {}

    @sa.event.listens_for(eng, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        conn.info.setdefault("bench_t0", []).append(time.perf_counter())

    @sa.event.listens_for(eng, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):
        spent = time.perf_counter() - conn.info["bench_t0"].pop()
        row = stats.setdefault(" ".join(statement.split())[:160], [0, 0.0])
        row[0] += 1
        row[1] += spent

    from core.platform import bulk

    copy = bulk.copy_insert

    def timed_copy(session, table, columns, rows):  # COPY runs on the driver's cursor: timed here
        t0 = time.perf_counter()
        try:
            return copy(session, table, columns, rows)
        finally:
            row = stats.setdefault(f"COPY / executemany into {table.name} (with building the rows)", [0, 0.0])
            row[0] += 1
            row[1] += time.perf_counter() - t0

    bulk.copy_insert = timed_copy
    return stats


def _print_statements(stats: dict | None) -> None:
    if stats is None:
        return
    total = sum(n for n, _ in stats.values())
    print(f"  {total} statements (COPYs of platform.bulk included); slowest:")
    for text, (n, spent) in sorted(stats.items(), key=lambda kv: -kv[1][1])[:12]:
        print(f"  {spent:7.2f} s  {n:5d}x  {text}")
    stats.clear()


def _timed(profile: bool, fn, *args, **kwargs):
    if not profile:
        return fn(*args, **kwargs)
    import cProfile
    import pstats

    prof = cProfile.Profile()
    try:
        return prof.runcall(fn, *args, **kwargs)
    finally:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(r"core/|sqlalchemy/(orm/session|engine/base)", 30)


if __name__ == "__main__":
    sys.exit(main())
