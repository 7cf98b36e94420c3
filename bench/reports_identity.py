"""Old code against new: every period-end report, JSON and CSV, at two dates, written by two source trees from one
database, compared byte for byte. What a change to the reports' SQL must pass before its speed counts (issue #16).

    .venv/bin/python bench/reports_identity.py --old TREE [--pg] [--invoices N] [--dir DIR] [--reuse]

TREE: a checkout of the code to compare with, e.g. `git archive HEAD | tar -x -C /tmp/old`. The ledger is
bench/reports.py's (credit families, part payments, fees, write-offs, events after the report date) with
differences injected, so that every kind the reconciliation explains occurs: an invoice whose issuing voucher was
removed (unbooked), an AR entry changed (a mismatch and an unbalanced voucher), a stored open amount changed
(unexplained), an AR entry without an invoice, a cancelled invoice that still has entries (an entry for an invoice
not in the subledger), and collection statuses for the valuation. --dir / --pg / --reuse as in bench/reports.py
(the PostgreSQL database: $RESKONTRA_REPORTS_PG_URL). Exits 1 if any file differs.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import reports as bench_reports  # noqa: E402 -- the project root is on the path only from here
from bench import setup_db  # noqa: E402

DATES = ("2026-03-31", "2025-09-30")
KINDS = ("ageing", "open-items", "reconciliation", "valuation")
_RUN = "import sys; sys.path.insert(0, sys.argv[1]); from app import main; sys.exit(main(sys.argv[2:]))"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", required=True, help="the source tree to compare with")
    ap.add_argument("--pg", action="store_true")
    ap.add_argument("--invoices", type=int, default=50_000)
    ap.add_argument("--customers", type=int, default=500)
    ap.add_argument("--dir", help="var/ folder to use (default: a new temporary one)")
    ap.add_argument("--reuse", action="store_true", help="keep the data a previous run loaded")
    args = ap.parse_args()
    pg = os.environ.get("RESKONTRA_REPORTS_PG_URL", "postgresql://postgres@127.0.0.1:5432/reskontra_reports")
    tmp = bench_reports._environment(pg if args.pg else None, args.dir)
    if not (args.reuse and bench_reports._loaded(args.invoices)):
        if not args.pg and args.dir:
            Path(args.dir, "bench.db").unlink(missing_ok=True)
        setup_db.demo_database()
        bench_reports.load(args.invoices, args.customers)
        inject()
    same = True
    for tree, side in ((Path(args.old).resolve(), "old"), (ROOT, "new")):
        t0 = time.perf_counter()
        for day in DATES:
            for kind in KINDS:
                for fmt in ("json", "csv"):
                    out = Path(tmp, side, f"{kind}-{day}.{fmt}")
                    out.parent.mkdir(parents=True, exist_ok=True)
                    subprocess.run([sys.executable, "-c", _RUN, str(tree), "report", kind, "--agency", "HYDRO-SE",
                                    "--date", day, "--format", fmt, "-o", str(out)], cwd=tree, check=True,
                                   capture_output=True)
        print(f"{side}: {time.perf_counter() - t0:.1f} s", flush=True)
    for f in sorted(Path(tmp, "old").iterdir()):
        new = Path(tmp, "new", f.name)
        ok = filecmp.cmp(f, new, shallow=False)
        same = same and ok
        print(f"{f.name:36s} {f.stat().st_size:>12,} bytes  {'identical' if ok else 'DIFFERS'}")
    print("byte-identical" if same else "NOT identical")
    return 0 if same else 1


def inject() -> None:
    """The differences the reconciliation must find and explain (module docstring), and collection statuses."""
    import sqlalchemy as sa

    from core.platform import db

    with db.get_engine().begin() as conn:
        x = lambda sql, **kw: conn.execute(sa.text(sql), kw)
        ids = [r[0] for r in x("SELECT id FROM invoice WHERE source = 'bench' AND kind = 'invoice' "
                               "AND invoice_date <= '2025-09-01' ORDER BY id LIMIT 40")]
        # unbooked: the issuing voucher of two invoices (one open, one paid) removed with its entries
        for iid in (ids[0], ids[7]):
            x("DELETE FROM voucherentry WHERE voucher_id IN (SELECT id FROM voucher WHERE source_id = :i "
              "AND source_type = 'invoice')", i=iid)
            x("DELETE FROM voucher WHERE source_id = :i AND source_type = 'invoice'", i=iid)
        # an AR entry changed: a mismatch, and its voucher no longer balances
        x("UPDATE voucherentry SET amount = amount + 10 WHERE invoice_id = :i AND amount > 0", i=ids[2])
        # stored open amounts changed without an event: one plain invoice, one in a credit family
        x("UPDATE invoice SET open_amount = open_amount + 7 WHERE id = :i", i=ids[4])
        x("UPDATE invoice SET open_amount = open_amount - 3 WHERE id = (SELECT min(credited_invoice_id) "
          "FROM invoice WHERE credited_invoice_id IS NOT NULL)")
        # an AR entry that names no invoice, on a voucher of its own (balanced)
        aid = x("SELECT agency_id FROM invoice WHERE id = :i", i=ids[0]).scalar_one()
        vid = _voucher(conn, aid, x("SELECT max(number) + 1 FROM voucher").scalar_one())
        _entry(conn, vid, aid, "1510", "100.00")
        _entry(conn, vid, aid, "3001", "-100.00")
        # a cancelled invoice that still has its entries
        x("UPDATE invoice SET status = 'cancelled' WHERE id = :i", i=ids[9])
        # collection statuses (the valuation's own key), on open and on paid invoices
        x("UPDATE invoice SET collection_status = 'handed_over' WHERE id IN (SELECT id FROM invoice "
          "WHERE source = 'bench' AND id % 97 = 5)")
    if db.get_engine().dialect.name == "postgresql":
        with db.get_engine().connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE"))


def _voucher(conn, agency_id: int, number: int) -> int:
    """A manual voucher, through the table's own insert (its date and timestamp types on either database)."""
    import datetime as dt

    import sqlalchemy as sa

    from core.ledger.models import Voucher

    return conn.execute(sa.insert(Voucher.__table__).values(
        agency_id=agency_id, series="A", number=number, date=dt.date(2025, 6, 15), text="Manuell rättelse",
        source_type="manual", created_at=dt.datetime(2025, 6, 15, 12, tzinfo=dt.UTC))
        .returning(Voucher.__table__.c.id)).scalar_one()


def _entry(conn, voucher_id: int, agency_id: int, account: str, amount: str) -> None:
    """An entry through the table's own insert (its money type: cents on SQLite, NUMERIC on PostgreSQL), with its
    copies of `_voucher`'s agency and date where the code has them (the old tree's table has no such columns)."""
    import datetime as dt
    from decimal import Decimal

    import sqlalchemy as sa

    from core.ledger.models import VoucherEntry

    t = VoucherEntry.__table__
    copies = {"agency_id": agency_id, "voucher_date": dt.date(2025, 6, 15)} if "voucher_date" in t.c else {}
    conn.execute(sa.insert(t).values(voucher_id=voucher_id, account=account, amount=Decimal(amount), **copies))


if __name__ == "__main__":
    sys.exit(main())
