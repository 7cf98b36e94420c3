"""Benchmark: the period-end reports over 1,000,000 invoices — aged balance, open items, reconciliation and
valuation — each timed with its peak memory. Goals (issue #16): ageing <= 2 s, the others <= 5 s each, peak
memory of any report <= 500 MB, on SQLite and PostgreSQL.

    .venv/bin/python bench/reports.py [--pg] [--invoices N] [--customers N] [--dir DIR] [--reuse]

--dir: the var/ folder (and SQLite file) to use instead of a temporary one; --reuse: time the reports on the data
a previous run with the same --dir (or --pg database) and --invoices left, without loading again (for iterating
on the reports; the figures to publish come from a fresh load).

SQLite in a temporary directory by default; --pg uses $RESKONTRA_REPORTS_PG_URL or
postgresql://postgres@127.0.0.1:5432/reskontra_reports (its schema is dropped and recreated).

The data is bulk-loaded (COPY on PostgreSQL, executemany on SQLite; not timed against the goal) and is a whole
ledger, so the reconciliation has real work and must come out even: every invoice and credit note with its issuing
voucher (AR / sales / VAT), 50 % paid in full and 5 % in part (one voucher per deposit day, an AR line per
allocation), 1 % credited in part while open, 1 % paid and then credited in full (the credit stays on the credit
note as a customer credit), 0.1 % written off, 10 % reminded with a 60.00 fee (one fee voucher per run day), and
some payments and fees dated after the report date (the as-of rebuild must take them back out).

Each report runs in a child process of its own (a fresh interpreter: its peak RSS is the report's, not the
loader's), as the CLI does it: `report ageing|open-items|reconciliation|valuation --format json` to a file, and
`report open-items --format csv` (open-items-csv: the clerk's export, judged on its peak memory).
Peak memory is the child's own VmHWM (the interpreter with its imports is ~70 MB of it). Time is wall-clock
around the command, with the report's modules imported before the clock starts; the child's CPU time is printed
beside it (on a shared machine the wall time also counts waiting for a core).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import setup_db  # noqa: E402 -- the project root is on the path only from here

AS_OF = dt.date(2026, 3, 31)
REPORTS = ("ageing", "open-items", "reconciliation", "valuation", "open-items-csv")
# open-items-csv: the same list as a CSV file (the clerk's export); judged on memory only
GOALS: dict[str, float | None] = {"ageing": 2.0, "open-items": 5.0, "reconciliation": 5.0, "valuation": 5.0,
                                  "open-items-csv": None}
MAX_MB = 500


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", action="store_true")
    ap.add_argument("--invoices", type=int, default=1_000_000)
    ap.add_argument("--customers", type=int, default=5_000)
    ap.add_argument("--dir", help="var/ folder to use (default: a new temporary one)")
    ap.add_argument("--reuse", action="store_true", help="keep the data a previous run loaded")
    ap.add_argument("--only", choices=REPORTS, action="append", help="run only this report (repeatable)")
    ap.add_argument("--child", help=argparse.SUPPRESS)  # internal: run one report in this process
    args = ap.parse_args()
    if args.child:
        return _child(args.child)
    pg = os.environ.get("RESKONTRA_REPORTS_PG_URL", "postgresql://postgres@127.0.0.1:5432/reskontra_reports")
    tmp = _environment(pg if args.pg else None, args.dir)
    reuse = args.reuse and _loaded(args.invoices)
    if not reuse and not args.pg and args.dir:
        Path(args.dir, "bench.db").unlink(missing_ok=True)
    eng = _engine() if reuse else setup_db.demo_database()
    print(f"database: {eng.dialect.name}; {args.invoices:,} invoices, {args.customers:,} customers; "
          f"reports as of {AS_OF}", flush=True)
    if not reuse:
        t0 = time.perf_counter()
        load(args.invoices, args.customers)
        print(f"bulk load: {time.perf_counter() - t0:.1f} s", flush=True)
    ok = True
    for kind in args.only or REPORTS:
        out = Path(tmp) / (f"{kind}.json" if not kind.endswith("-csv") else f"{kind}.csv")
        proc = subprocess.run([sys.executable, __file__, "--child", f"{kind}:{out}"], env=os.environ.copy(),
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"{kind}: FAILED\n{proc.stdout}\n{proc.stderr}")
            return 1
        res = json.loads(proc.stdout.strip().splitlines()[-1])
        goal = GOALS[kind]
        met = (goal is None or res["seconds"] <= goal) and res["peak_mb"] <= MAX_MB
        ok = ok and met
        print(f"{kind:15s} {res['seconds']:6.2f} s (cpu {res['cpu']:5.2f} s)  peak {res['peak_mb']:5.0f} MB  "
              f"{res['summary']}  goal {f'<= {goal:.0f} s, ' if goal else ''}<= {MAX_MB} MB: "
              f"{'met' if met else 'NOT met'}", flush=True)
    print("goal:", "met" if ok else "NOT met")
    return 0 if ok else 1


def _environment(pg: str | None, folder: str | None) -> str:
    """setup_db.environment, or the named folder (kept between runs for --reuse)."""
    if not folder:
        return setup_db.environment("reskontra-bench-reports-", pg)
    Path(folder).mkdir(parents=True, exist_ok=True)
    os.environ["RESKONTRA_VAR"] = folder
    os.environ["RESKONTRA_OUTBOX"] = f"{folder}/outbox"
    os.environ["DATABASE_URL"] = pg or f"sqlite:///{folder}/bench.db"
    return folder


def _engine():
    from core.platform import db

    return db.get_engine()


def _loaded(n: int) -> bool:
    """Whether the database already holds the n bench invoices (--reuse)."""
    import sqlalchemy as sa

    try:
        with _engine().connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM invoice WHERE source = 'bench' AND kind = 'invoice'")
                                ).scalar_one() == n
    except sa.exc.DBAPIError:
        return False


def _child(spec: str) -> int:
    """One report as `reskontra report KIND --agency HYDRO-SE --date AS_OF --format json -o FILE` runs it; prints
    {"seconds", "peak_mb", "summary"} as the last line."""
    kind, out = spec.split(":", 1)
    from app import main as cli
    from cli.commands import period_cmd  # noqa: F401 -- imported before the clock starts: the report is timed,
    from core.period import json_stream, reports  # noqa: F401 -- not the interpreter loading modules

    report, fmt = (kind[:-4], "csv") if kind.endswith("-csv") else (kind, "json")
    t, cpu = time.perf_counter(), time.process_time()
    code = cli(["report", report, "--agency", "HYDRO-SE", "--date", AS_OF.isoformat(), "--format", fmt,
                "-o", out])
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    peak = _peak_mb()
    if code != 0:
        return code
    print(json.dumps({"seconds": secs, "cpu": cpu, "peak_mb": peak, "summary": _summary(kind, Path(out))}))
    return 0


def _peak_mb() -> float:
    """This process's own peak resident memory: VmHWM of its address space. Not ru_maxrss, which Linux carries
    over from the parent through fork and exec (every report would show the loader's 600 MB)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _summary(kind: str, path: Path) -> str:
    """A line that shows the report is the right one (read back without holding the file twice)."""
    size = path.stat().st_size / 1e6
    if kind.endswith("-csv"):
        with path.open("rb") as fh:
            rows = sum(1 for _ in fh) - 1
        return f"{rows:,} rows, {size:.0f} MB of CSV"
    if kind == "open-items":
        with path.open("rb") as fh:
            fh.seek(max(0, path.stat().st_size - 200))
            tail = fh.read().decode("utf-8", "replace")
        total = tail.rsplit('"total":', 1)[-1].strip().strip("}").strip().strip('"')
        return f"total {total}, {size:.0f} MB of JSON"
    data = json.loads(path.read_text("utf-8"))
    if kind == "ageing":
        return f"{data['items']:,} items, total {data['total']}"
    if kind == "reconciliation":
        return (f"subledger {data['ar_subledger']} ledger {data['ar_ledger']} difference {data['difference']} "
                f"ok={data['ok']} ({len(data['differences'])} differences)")
    return f"provision {data['provision']}, {len(data['items']):,} items listed, {size:.0f} MB of JSON"


# ---- the data ---------------------------------------------------------------------------------------------------

def load(n: int, n_customers: int) -> None:
    """Invoices, credit notes, payments, allocations, reminders with fees, write-offs and every voucher, for
    HYDRO-SE (see the module docstring)."""
    import sqlalchemy as sa

    from core.billing.models import Invoice
    from core.kernel.clock import utcnow
    from core.ledger import accounts
    from core.payments.models import Allocation, Payment
    from core.period.models import WriteOff
    from core.platform import bulk, db
    from core.platform.models import RunRecord
    from core.registers.models import Agency, Customer
    from core.runs.models import Reminder

    with db.session_scope() as s:
        agency = s.execute(sa.select(Agency).where(Agency.__table__.c.code == "HYDRO-SE")).scalar_one()
        aid = agency.id
        acc = {k: accounts.account(agency.accounts, k) for k in ("ar", "bad_debt_confirmed", "reminder_fees")}
        acc["vat"] = accounts.vat_account(agency.accounts, Decimal(25))
        cents, date = bulk.driver_cents(s), bulk.driver_date(s)
        now = bulk.driver_timestamp(s, utcnow())
        s.execute(sa.insert(Customer.__table__), [
            {"customer_number": f"B{i:07d}", "kind": "company", "name": f"Bench kund {i} AB", "country": "SE",
             "language": "sv", "no_reminders": False, "no_interest": False, "created_at": utcnow()}
            for i in range(n_customers)])
        cust = s.execute(sa.select(Customer.__table__.c.id, Customer.__table__.c.customer_number).where(
            Customer.__table__.c.customer_number.like("B%")).order_by(Customer.__table__.c.id)).all()
        run_id = s.execute(sa.insert(RunRecord.__table__).values(
            kind="reminders", scope="HYDRO-SE", agency_id=aid, run_key="bench", period="2026-01",
            run_date=dt.date(2026, 1, 1), status="done", attempts=1, claimed_at=utcnow(), params={},
            summary={}).returning(RunRecord.__table__.c.id)).scalar_one()
        ids = iter(bulk.reserve_ids(s, Invoice.__table__, n + n // 50))
        inv_rows, credit_rows = [], []
        pays: dict[dt.date, list[tuple[int, int, int]]] = {}  # day -> (invoice id, customer id, cents)
        fees: dict[dt.date, list[tuple[int, int]]] = {}
        writeoffs: list[tuple[int, int, dt.date]] = []
        issue: list[tuple[int, int, str, dt.date, int]] = []  # (invoice id, customer, type, date, total cents)
        start = dt.date(2025, 1, 1)
        for i in range(n):
            iid = next(ids)
            cid, cno = cust[i % len(cust)]
            day = start + dt.timedelta(days=i % 420)
            due = day + dt.timedelta(days=30)
            r = i % 20
            total, open_c, status = 125000, 125000, "issued"
            if r <= 8:  # paid in full (some after the report date)
                pay_day = day + dt.timedelta(days=40 if r == 3 else 25)
                pays.setdefault(pay_day, []).append((iid, cid, total))
                open_c, status = 0, "paid"
                if i % 100 == 1:  # ... and then credited in full: the credit stays on the credit note
                    cn = next(ids)
                    credit_rows.append((cn, iid, cid, cno, day + dt.timedelta(days=30), -125000, -125000))
                    status = "credited"
            elif r == 9:  # paid in part
                pays.setdefault(day + dt.timedelta(days=20), []).append((iid, cid, 50000))
                open_c = 75000
            elif i % 100 == 10:  # credited in part while open
                cn = next(ids)
                credit_rows.append((cn, iid, cid, cno, day + dt.timedelta(days=5), -25000, 0))
                open_c = 100000
            elif i % 1000 == 13 and day + dt.timedelta(days=200) <= AS_OF:  # written off
                writeoffs.append((iid, cid, day + dt.timedelta(days=200)))
                open_c, status = 0, "written_off"
            elif r in (11, 12):  # reminded with a fee (some after the report date)
                fees.setdefault(due + dt.timedelta(days=15), []).append((iid, cid))
                open_c += 6000
            name = f"Bench kund {i % len(cust)} AB"
            snap = json.dumps({"name": name, "customer_number": cno, "kind": "company"})
            inv_rows.append((iid, aid, cid, "invoice", status, str(100000 + i), date(day), date(due), "SEK",
                             cents(100000), cents(25000), cents(total), cents(open_c), snap, name, cno, "{}", "[]",
                             "bench", False, now, now))
            issue.append((iid, cid, "invoice", day, total))
            if len(inv_rows) >= 50_000:
                _copy(s, Invoice, inv_rows)
                inv_rows = []
        _copy(s, Invoice, inv_rows)
        cn_rows = []
        for cn, _orig, cid, cno, day, total, open_c in credit_rows:
            name = f"Bench kund {cno[1:].lstrip('0') or '0'} AB"
            snap = json.dumps({"name": name, "customer_number": cno, "kind": "company"})
            cn_rows.append((cn, aid, cid, "credit_note", "issued", f"K{cn}", date(day), date(day), "SEK",
                            cents(total * 4 // 5), cents(total // 5), cents(total), cents(open_c), snap, name, cno,
                            "{}", "[]", "bench", False, now, now))
            issue.append((cn, cid, "credit_note", day, total))
        _copy(s, Invoice, cn_rows)
        # the credit note's original, in one bulk update
        bulk.bulk_update_from(s, Invoice.__table__, "id", ["credited_invoice_id"],
                              [(orig, cn) for cn, orig, *_ in credit_rows])
        vouchers = _Vouchers(s, aid, date, cents, now)
        for iid, cid, kind, day, total in issue:
            vouchers.add(day, f"Faktura {iid}", kind, iid, [
                (acc["ar"], total, iid, cid), ("3001", -total * 4 // 5, None, None),
                (acc["vat"], -(total - total * 4 // 5), None, None)])
        vouchers.flush()
        pay_ids = iter(bulk.reserve_ids(s, Payment.__table__, sum(len(v) for v in pays.values())))
        pay_rows, alloc_rows = [], []
        for day, items in sorted(pays.items()):
            vid = vouchers.add(day, f"Inbetalningar {day}", "bank_deposit", None,
                               [("1930", sum(c for _, _, c in items), None, None)]
                               + [(acc["ar"], -c, iid, cid) for iid, cid, c in items])
            for iid, _cid, c in items:
                pid = next(pay_ids)
                pay_rows.append((pid, aid, f"bench-{pid}", "payment", cents(c), "SEK", date(day), "matched",
                                 cents(0), "[]", False, now))
                alloc_rows.append((pid, iid, cents(c), "reference", date(day), vid, "bench", now))
        vouchers.flush()  # the allocations, reminders and write-offs name their vouchers
        bulk.copy_insert(s, Payment.__table__, ["id", "agency_id", "external_id", "kind", "amount", "currency",
                                                "payment_date", "status", "unallocated", "suggestions",
                                                "in_suspense", "created_at"], pay_rows)
        bulk.copy_insert(s, Allocation.__table__, ["payment_id", "invoice_id", "amount", "method", "payment_date",
                                                   "voucher_id", "actor", "created_at"], alloc_rows)
        rem_rows = []
        for day, reminded in sorted(fees.items()):
            vid = vouchers.add(day, f"Påminnelseavgifter {day}", "reminder_fees", run_id,
                               [(acc["ar"], 6000, iid, cid) for iid, cid in reminded]
                               + [(acc["reminder_fees"], -6000 * len(reminded), None, None)])
            rem_rows += [(run_id, aid, iid, cid, 1, date(day), date(day + dt.timedelta(days=14)), cents(125000),
                          cents(6000), vid) for iid, cid in reminded]
        vouchers.flush()
        bulk.copy_insert(s, Reminder.__table__, ["run_id", "agency_id", "invoice_id", "customer_id", "reminder_no",
                                                 "reminder_date", "due_date", "open_amount", "fee",
                                                 "fee_voucher_id"], rem_rows)
        wo_rows = []
        for iid, cid, day in writeoffs:
            vid = vouchers.add(day, f"Konstaterad kundförlust {iid}", "write_off", iid, [
                (acc["bad_debt_confirmed"], 100000, None, None), (acc["vat"], 25000, None, None),
                (acc["ar"], -125000, iid, cid)])
            wo_rows.append((aid, iid, date(day), cents(125000), cents(25000), "bench", "bench", vid, now))
        vouchers.flush()
        bulk.copy_insert(s, WriteOff.__table__, ["agency_id", "invoice_id", "date", "amount", "vat_amount",
                                                 "reason", "actor", "voucher_id", "created_at"], wo_rows)
        vouchers.flush()
    if db.get_engine().dialect.name == "postgresql":
        with db.get_engine().connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE"))
    else:
        with db.get_engine().begin() as conn:
            conn.execute(sa.text("ANALYZE"))


_INV_COLS = ["id", "agency_id", "customer_id", "kind", "status", "number", "invoice_date", "due_date", "currency",
             "net_total", "vat_total", "total", "open_amount", "customer_snapshot", "customer_name",
             "customer_number", "seller_snapshot", "warnings",
             "source", "disputed", "created_at", "issued_at"]


def _copy(s, model, rows) -> None:
    from core.platform import bulk

    if rows:
        bulk.copy_insert(s, model.__table__, _INV_COLS, rows)


class _Vouchers:
    """Vouchers and their entries, numbered in series A, written in batches."""

    def __init__(self, s, agency_id: int, date, cents, now) -> None:
        self.s, self.agency_id, self.date, self.cents, self.now = s, agency_id, date, cents, now
        self.vouchers: list[tuple] = []
        self.entries: list[tuple] = []
        self.number = 0
        self.ids: Iterator[int] = iter(())

    def add(self, day: dt.date, text: str, source_type: str, source_id: int | None,
            entries: list[tuple[str, int, int | None, int | None]]) -> int:
        from core.ledger import posting
        from core.ledger.models import Voucher
        from core.platform import bulk

        vid = next(self.ids, None)
        if vid is None:  # SQLite reserves after the current maximum: what was reserved before is written first
            self.flush()
            self.ids = iter(bulk.reserve_ids(self.s, Voucher.__table__, 100_000))
            vid = next(self.ids)
        self.number += 1
        self.vouchers.append((vid, self.agency_id, "A", self.number, self.date(day), text, source_type, source_id,
                              self.now))
        self.entries += [(vid, a, self.cents(c), iid, cid, self.agency_id, self.date(day),
                          posting.issues(source_type, source_id, iid)) for a, c, iid, cid in entries]
        if len(self.vouchers) >= 50_000:
            self.flush()
        return vid

    def flush(self) -> None:
        from core.ledger.models import Voucher, VoucherEntry
        from core.platform import bulk

        bulk.copy_insert(self.s, Voucher.__table__, ["id", "agency_id", "series", "number", "date", "text",
                                                     "source_type", "source_id", "created_at"], self.vouchers)
        bulk.copy_insert(self.s, VoucherEntry.__table__, ["voucher_id", "account", "amount", "invoice_id",
                                                          "customer_id", "agency_id", "voucher_date",
                                                          "issues_invoice"], self.entries)
        self.vouchers, self.entries = [], []


if __name__ == "__main__":
    sys.exit(main())
