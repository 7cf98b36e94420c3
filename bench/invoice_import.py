"""Benchmark: invoicing by file. Builds a 10,000-row file (5,000 invoices of two lines, one per customer) for the
demo agency HYDRO-SE and imports it once (read streaming, every row checked, issued in bulk, one transaction).
Goal: <= 10 s on SQLite and on PostgreSQL, memory bounded. Prints one JSON line
{"rows", "invoices", "issued", "rejected", "seconds", "peak_mb", "base_mb", "database", "format"}.

    .venv/bin/python bench/invoice_import.py [--pg] [--invoices N] [--format csv|xlsx]

SQLite in a temporary directory by default; --pg (or DATABASE_URL set to PostgreSQL) uses $DATABASE_URL or
postgresql://postgres@127.0.0.1:5432/reskontra_bench_file (its schema is dropped and recreated). `seconds` is the
import alone (the customers and the file are made before, untimed); `peak_mb` is the process's peak resident
memory (ru_maxrss), interpreter and libraries included; `base_mb` the resident memory just before the import.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import setup_db  # noqa: E402 -- the project root is on the path only from here

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/reskontra_bench_file"
HEADER = ["invoice_key", "customer_number", "invoice_date", "article", "description", "quantity", "unit_price",
          "vat_rate", "period_start", "period_end", "text"]


def _rows(invoices: int) -> list[list[str]]:
    """Two lines per invoice: a permit fee from the register price and an hourly fee with its own price."""
    out = []
    for i in range(invoices):
        key, cust = f"F{i:06d}", f"B{i:07d}"
        out.append([key, cust, "30.11.2026", "2010", "", "1", "", "", "1.11.2026", "30.11.2026",
                    f"Tillsyn november, ärende {i}"])
        out.append([key, cust, "30.11.2026", "1010", "Handläggning", str(1 + i % 7), "1 150,00", "25", "", "", ""])
    return out


def write_file(path: Path, invoices: int, fmt: str) -> None:
    if fmt == "xlsx":
        import openpyxl

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Fakturarader")
        ws.append(HEADER)
        for r in _rows(invoices):
            ws.append(r)
        wb.save(path)
        return
    with open(path, "w", encoding="cp1252", newline="") as fh:
        fh.write(";".join(HEADER) + "\r\n")
        for r in _rows(invoices):
            fh.write(";".join(r) + "\r\n")


def _rss_mb() -> float:
    """The process's resident memory now (Linux), before the import: interpreter, libraries, registers."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", action="store_true")
    ap.add_argument("--invoices", type=int, default=5000)
    ap.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    args = ap.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    pg = (url if url.startswith("postgresql") else PG_DEFAULT) if args.pg or url.startswith("postgresql") else None
    tmp = setup_db.environment("reskontra-bench-file-", pg)

    import sqlalchemy as sa

    from core.kernel.clock import utcnow
    from core.platform import db
    from core.registers import register as registers
    from core.registers.models import Customer
    from core.requests import batch_import

    eng = setup_db.demo_database()
    now = utcnow()
    with eng.begin() as conn:
        conn.execute(sa.insert(Customer.__table__), [
            {"customer_number": f"B{i:07d}", "kind": "company", "name": f"Bänkkund {i} AB", "country": "SE",
             "language": "sv", "no_reminders": False, "no_interest": False, "created_at": now,
             "street": f"Gatan {i}", "postal_code": "851 21", "city": "Sundsvall"}
            for i in range(args.invoices)])
    path = Path(tmp) / f"fakturor.{args.format}"
    write_file(path, args.invoices, args.format)

    base_mb = _rss_mb()
    t0 = time.perf_counter()
    with db.session_scope() as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        receipt = batch_import.import_path(s, agency, path, source="cli", actor="bench")
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rows": receipt["rows"], "invoices": receipt["invoices"], "issued": receipt["issued"],
                      "rejected": receipt["rejected"], "seconds": round(seconds, 2), "peak_mb": round(peak_mb, 1),
                      "base_mb": round(base_mb, 1), "database": eng.dialect.name, "format": args.format}))
    return 0 if receipt["issued"] == receipt["invoices"] else 1


if __name__ == "__main__":
    sys.exit(main())
