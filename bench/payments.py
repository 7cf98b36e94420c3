"""Import + match + post 100,000 BgMax payments against 1,000,000 open invoices, on SQLite and PostgreSQL.

    .venv/bin/python bench/payments.py [--pg URL] [--no-sqlite] [--payments 100000] [--invoices 1000000] [--runs 3]

Per database: a fresh schema, the demo registers, N open invoices (bulk-loaded, one opening voucher keeps the
ledger check clean), and `--runs` BgMax files (deposits of 10,000 payments) whose payments hit every rule (exact
OCR ~90 %, typo ~4 %, amount + payer ~3 %, unknown ~3 %), each paying other invoices. Measured, interleaved so
that the machine's load weighs on both alike: floor, import, floor, import, … — the floor (parse the file +
bulk-insert the same payment rows and commit, no matching; the rows are deleted again, untimed) and the real import
(parse, store, match, allocate, post one voucher per deposit, update invoices; committed). Printed: each pair (with the
import's CPU time in this process, the WAL it wrote and the load average: on a shared machine wall times vary
with the load, CPU and WAL much less), and the median import time and the median
of the ratios import / floor. Goal: median ≤ 3× floor (both databases), median import ≤ 10 s on SQLite.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _setup(url: str, n_invoices: int) -> list[tuple[int, str, Decimal, str]]:
    import sqlalchemy as sa

    from core.billing.models import Invoice
    from core.demo import DEMO
    from core.kernel import references
    from core.ledger import posting as ledger
    from core.platform import bulk, db, migrate
    from core.registers import register as registers

    eng = db.get_engine(url)
    if eng.dialect.name == "postgresql":
        with eng.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    migrate.upgrade(url)
    with db.session_scope(url) as s:
        registers.load_registry(s, DEMO, actor="bench")
    with db.session_scope(url) as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        assert agency.id is not None  # the demo agency is stored
        customers = [(c.id or 0, c.org_no or "") for c in [registers.find_customer(s, n, agency) for n in
                                                 ("10001", "10002", "10004")]]
        day = dt.date(2026, 1, 15)
        cents, date = bulk.driver_cents(s), bulk.driver_date(s)
        now = bulk.driver_timestamp(s, dt.datetime.now(dt.UTC))
        d_inv, d_due = date(day), date(day + dt.timedelta(days=30))
        cols = ["agency_id", "customer_id", "kind", "status", "number", "reference", "invoice_date", "supply_date",
                "due_date", "currency", "net_total", "vat_total", "total", "open_amount", "customer_snapshot",
                "seller_snapshot", "warnings", "source", "disputed", "created_at"]
        rows, book = [], []
        zero = cents(0)
        total = 0
        for i in range(n_invoices):
            number = str(100001 + i)
            ref = references.ocr(number)
            c = 10000 + i                                # unique amounts: amount + payer finds exactly one
            amt = cents(c)
            cid, org = customers[i % len(customers)]
            rows.append((agency.id, cid, "invoice", "issued", number, ref, d_inv, d_inv, d_due, "SEK", amt, zero,
                         amt, amt, "{}", "{}", "[]", "run", False, now))
            book.append((cid, ref, Decimal(c).scaleb(-2), org))
            total += c
        bulk.copy_insert(s, Invoice.__table__, cols, rows)
        total_d = Decimal(total).scaleb(-2)
        ledger.post(s, agency.id, day, "Ingående kundfordringar (bench)", "opening", None,
                    [ledger.Entry(ledger.ar_account(agency), total_d), ledger.Entry("3005", -total_d)])
    if eng.dialect.name == "postgresql":
        with eng.connect() as conn:
            conn.execute(sa.text("ANALYZE invoice"))
            conn.commit()
    return book


def _file(book, n_payments: int, run: int = 0) -> bytes:
    """The bank file of run `run`: it pays other invoices than the other runs' files (offset `run` in the stride
    over the book) with BGC serials of its own (so no payment is skipped as already imported)."""
    from intake.bankfiles.bgmax_writer import BgMaxDeposit, BgMaxPayment, write_bgmax

    day = dt.date(2026, 2, 16)
    step = max(1, len(book) // n_payments)
    pays: list[BgMaxPayment] = []
    for k in range(n_payments):
        cid, ref, amount, org = book[(k * step + run) % len(book)]
        r = k % 100
        if r < 90:
            pays.append(BgMaxPayment(amount, ref, payer_bankgiro="3783511", name="Kund AB"))
        elif r < 94:    # transposed digits
            swapped = ref[:-3] + ref[-2] + ref[-3] + ref[-1]
            bad = swapped if ref[-2] != ref[-3] else ref[:-1] + str((int(ref[-1]) + 1) % 10)
            pays.append(BgMaxPayment(amount, bad, reference_code="3"))
        elif r < 97:    # no reference: amount + payer
            pays.append(BgMaxPayment(amount, "", org_no=org.replace("-", "").rjust(12, "0"), name="x"))
        else:           # unknown
            pays.append(BgMaxPayment(Decimal("1.23"), "9" * 12, reference_code="3"))
    for k, p in enumerate(pays):
        p.serial = run * 10_000_000 + k + 1
    deposits = [BgMaxDeposit(day, list[BgMaxPayment | dict](pays[i:i + 10000]), serial=run * 1000 + i // 10000 + 1)
                for i in range(0, len(pays), 10000)]
    return write_bgmax("5050-1055", deposits, created=dt.datetime(2026, 2, 17, 6, run))


def _floor(url: str, raw: bytes) -> float:
    """Parse the file and bulk-insert its payment rows (ids reserved, COPY / driver executemany, as the import
    does), committed like the import; then, untimed, the rows are deleted again so the import finds none."""
    import sqlalchemy as sa
    from sqlmodel import Session

    from core.payments import import_writes
    from core.payments.models import BankFileRecord, Payment
    from core.platform import db
    from core.registers import register as registers
    from intake.bankfiles import parse_bank_file

    eng = db.get_engine(url)
    with Session(eng) as s:
        t0 = time.perf_counter()
        bf = parse_bank_file(raw, "bgmax")
        agency = registers.agency_by_code(s, "HYDRO-SE")
        rec = BankFileRecord(sha256=bf.sha256, filename="floor", format="bgmax")
        s.add(rec)
        s.flush()
        import_writes.insert_payment_rows(s, import_writes.payment_rows(s, agency, rec.id, list(bf.payments)))
        s.commit()
        secs = time.perf_counter() - t0
        s.execute(sa.delete(Payment.__table__).where(Payment.__table__.c.bank_file_id == rec.id))
        s.execute(sa.delete(BankFileRecord.__table__).where(BankFileRecord.__table__.c.id == rec.id))
        s.commit()
    if eng.dialect.name == "postgresql":  # the deleted rows' dead tuples must not weigh on the import
        with eng.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE payment"))
    return secs


def _settle(url: str) -> None:
    """Untimed, before each measurement: write what earlier steps left in the WAL (SQLite checkpoint) or in dirty
    buffers (PostgreSQL CHECKPOINT, where the role may), so neither measurement pays for the one before."""
    import sqlalchemy as sa

    from core.platform import db

    eng = db.get_engine(url)
    with eng.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        try:
            conn.execute(sa.text("PRAGMA wal_checkpoint(TRUNCATE)" if eng.dialect.name == "sqlite" else "CHECKPOINT"))
        except sa.exc.DBAPIError as exc:
            print(f"(no checkpoint before measuring: {exc.orig})")


def _wal_position(url: str) -> int:
    """Bytes of WAL so far: the -wal file's size on SQLite (truncated by `_settle`, so after one transaction it
    holds what that transaction wrote), the insert position on PostgreSQL. The same work writes the same WAL
    whatever the machine's load: a figure to compare old and new code by where wall times are noise."""
    import sqlalchemy as sa

    from core.platform import db

    eng = db.get_engine(url)
    if eng.dialect.name == "sqlite":
        wal = Path(f"{eng.url.database}-wal")
        return wal.stat().st_size if wal.exists() else 0
    with eng.connect() as conn:
        return int(conn.execute(sa.text("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn")).scalar_one())


def _import(url: str, raw: bytes):
    """The import, timed: (wall seconds, this process's CPU seconds, MB of WAL written, the result)."""
    from core.payments import importing as payments
    from core.platform import db
    from intake.bankfiles import parse_bank_file

    wal = _wal_position(url)
    t0, cpu = time.perf_counter(), time.process_time()
    with db.session_scope(url) as s:
        res = payments.import_file(s, raw, "bench.txt", "bgmax", parse=parse_bank_file, actor="bench")
    secs, cpu = time.perf_counter() - t0, time.process_time() - cpu
    return secs, cpu, (_wal_position(url) - wal) / 1e6, res


def run(url: str, label: str, n_pay: int, n_inv: int, runs: int = 3) -> bool:
    """Setup, then `runs` interleaved pairs (floor, import); prints each and the medians; True when the goal is met."""
    import statistics

    import sqlalchemy as sa

    from core.billing import subledger
    from core.platform import db

    t0 = time.perf_counter()
    book = _setup(url, n_inv)
    files = [_file(book, n_pay, r) for r in range(runs)]
    del book
    gc.collect()
    gc.freeze()  # the bench's own data (the invoice book, the files) is no work of the measured code: not walked
    print(f"[{label}] setup: {n_inv:,} open invoices, {runs} files of {n_pay:,} payments "
          f"({len(files[0]) / 1e6:.1f} MB each) in {time.perf_counter() - t0:.1f} s", flush=True)
    floors, imports, ratios = [], [], []
    for r, raw in enumerate(files, 1):
        _settle(url)
        floor = _floor(url, raw)
        _settle(url)
        secs, cpu, wal_mb, result = _import(url, raw)
        res = result.as_dict()
        floors.append(floor)
        imports.append(secs)
        ratios.append(secs / floor)
        print(f"[{label}] run {r}: floor (parse + insert payment rows + commit) {floor:.2f} s; "
              f"import + match + post {secs:.2f} s = {secs / floor:.2f}x floor (CPU of this process {cpu:.2f} s, "
              f"WAL {wal_mb:.0f} MB, load {os.getloadavg()[0]:.1f}); matched {res['matched']} "
              f"unmatched {res['unmatched']} overpayments {res['overpayments']}", flush=True)
        phases = dict(result.timings)
        phases["commit and the rest"] = secs - sum(phases.values())
        print(f"[{label}]   of which: " + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items()), flush=True)
    if db.get_engine(url).dialect.name == "postgresql":  # fresh statistics for the (untimed) ledger check
        with db.get_engine(url).connect() as conn:
            conn.execute(sa.text("ANALYZE"))
            conn.commit()
    with db.session_scope(url) as s:
        ok = all(r.ok for r in subledger.check(s, "HYDRO-SE"))
    ratio, secs = statistics.median(ratios), statistics.median(imports)
    met = ratio <= 3 and (secs <= 10 or label != "sqlite")
    print(f"[{label}] median of {runs}: import {secs:.2f} s, floor {statistics.median(floors):.2f} s, "
          f"ratio {ratio:.2f}x floor (goal <= 3x{', <= 10 s' if label == 'sqlite' else ''}: "
          f"{'met' if met else 'NOT met'}); ledger check {'OK' if ok else 'FAILED'}", flush=True)
    return met and ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", help="PostgreSQL URL (its public schema is dropped and recreated)")
    ap.add_argument("--payments", type=int, default=100_000)
    ap.add_argument("--invoices", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3, help="interleaved (floor, import) pairs; the median is the figure")
    ap.add_argument("--no-sqlite", action="store_true", help="only PostgreSQL (with --pg)")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="reskontra-bench-")
    os.environ.setdefault("RESKONTRA_VAR", tmp)
    ok = True
    if not args.no_sqlite:
        ok = run(f"sqlite:///{tmp}/bench.db", "sqlite", args.payments, args.invoices, args.runs)
    if args.pg:
        ok = run(args.pg, "postgresql", args.payments, args.invoices, args.runs) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
