"""The same invoicing file imported by two workers at the same moment (a drop folder polled by two processes, an
API client retrying while the first call still runs): one imports it, the other gets the first receipt; nothing is
issued twice. On SQLite a writer that loses the lock race is rolled back and retried, as a worker would."""
from __future__ import annotations

import threading

import sqlalchemy as sa
from sqlmodel import Session, select

from core.billing.models import Invoice
from core.registers import register as registers
from core.requests import batch_import

CSV = "invoice_key;customer_number;invoice_date;article;quantity\n" + "".join(
    f"K{i};{c};2026-11-30;1010;{i + 1}\n" for i, c in enumerate(["10001", "10002", "10004"] * 20))


def _import_with_retry(engine: sa.Engine, barrier: threading.Barrier, out: list) -> None:
    barrier.wait()
    for _ in range(100):
        try:
            with Session(engine, expire_on_commit=False) as s:
                agency = registers.agency_by_code(s, "HYDRO-SE")
                receipt = batch_import.import_bytes(s, agency, CSV.encode(), "nov.csv", source="drop", actor="t")
                s.commit()
                out.append(receipt)
                return
        except sa.exc.OperationalError:  # SQLite: database is locked — the transaction rolled back; try again
            continue
    out.append(None)


def test_two_workers_import_the_same_file_once(demo, clean_db):
    barrier = threading.Barrier(2)
    out: list = []
    threads = [threading.Thread(target=_import_with_retry, args=(clean_db, barrier, out)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(out) == 2 and None not in out
    assert sorted(r["already_imported"] for r in out) == [False, True], out
    assert out[0].get("batch_id") == out[1].get("batch_id") and {r.get("issued") for r in out} == {60}, \
        [{k: v for k, v in r.items() if k != "issued_invoices"} for r in out]
    with Session(clean_db) as s:
        numbers = [i.number for i in s.exec(select(Invoice).where(Invoice.source == "file"))]
    assert len(numbers) == 60 and len(set(numbers)) == 60
