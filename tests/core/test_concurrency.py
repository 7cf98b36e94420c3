"""Concurrent issuing: several threads, and on PostgreSQL several processes (each with its own engine) as well,
issue invoices in two agencies at once; the invoice numbers (and voucher numbers) of each agency come out with
no duplicate and no gap, and the ledger still balances."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Session, create_engine, select

AGENCIES = (("HYDRO-SE", "10002", "1010"), ("VESI-FI", "20001", "V100"))
PER_WORKER = 6


def _own_engine(url: str) -> sa.Engine:
    """A fresh engine (not core.platform.db's cached one), configured as core.platform.db configures its engines."""
    from core.platform import db

    if url.startswith("sqlite"):
        eng = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(eng, "connect", db._sqlite_pragmas)
        return eng
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_size=4, max_overflow=4)


def _issue(engine: sa.Engine, worker: int, count: int) -> list[tuple[str, str]]:
    """Issue `count` invoices alternating between the agencies, one transaction each; a transaction that loses
    a lock race (SQLite 'database is locked') is rolled back and retried — its number was never used."""
    import core.schema  # noqa: F401 -- a process declares the whole schema before it writes, as every entry point
    from core.billing import drafting, issuing  # does (voucher lines name invoices and payments, tables above them)
    from core.billing.drafting import DraftOptions, LineInput
    from core.registers import register as registers

    out = []
    for i in range(count):
        code, cust, art = AGENCIES[(worker + i) % len(AGENCIES)]
        for attempt in range(200):
            try:
                with Session(engine, expire_on_commit=False) as s:
                    agency = registers.agency_by_code(s, code)
                    customer = registers.find_customer(s, cust, agency)
                    inv = drafting.create_draft(s, agency, customer, [LineInput(article_code=art,
                                                                                quantity=str(worker * 100 + i + 1))],
                                                DraftOptions(invoice_date=dt.date(2026, 5, 4), source="api"))
                    issuing.issue(s, inv, force=True, force_reason="concurrency test")
                    s.commit()
                    out.append((code, inv.number))
                break
            except sa.exc.OperationalError:
                if attempt == 199:
                    raise
                threading.Event().wait(0.01 * (1 + attempt % 5))
    return out


def _threads(engine_factory, base: int, threads: int, count: int) -> list[tuple[str, str]]:
    results: list[tuple[str, str]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(worker: int) -> None:
        try:
            got = _issue(engine_factory(), worker, count)
            with lock:
                results.extend(got)
        except BaseException as exc:
            errors.append(exc)

    ts = [threading.Thread(target=run, args=(base + n,)) for n in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if errors:
        raise errors[0]
    return results


def _process_worker(url: str, base: int, threads: int, count: int) -> list[tuple[str, str]]:
    """Runs in a separate process: its own engines, its own threads."""
    engines: list[sa.Engine] = []

    def factory() -> sa.Engine:
        eng = _own_engine(url)
        engines.append(eng)
        return eng

    try:
        return _threads(factory, base, threads, count)
    finally:
        for e in engines:
            e.dispose()


def _assert_gap_free(engine: sa.Engine, issued: list[tuple[str, str]]) -> None:
    from core.billing import subledger
    from core.billing.models import Invoice
    from core.ledger.models import Voucher
    from core.registers import register as registers

    assert len(issued) == len(set(issued)), "an invoice number was handed out twice"
    with Session(engine) as s:
        for code, _, _ in AGENCIES:
            agency = registers.agency_by_code(s, code)
            numbers = sorted(int(n) for n in s.exec(select(Invoice.number).where(Invoice.agency_id == agency.id)))
            mine = sorted(int(n) for c, n in issued if c == code)
            assert numbers == mine
            start = agency.invoice_number_start
            assert numbers == list(range(start, start + len(numbers))), f"{code}: gap or duplicate in {numbers}"
            vouchers = sorted(s.exec(select(Voucher.number).where(Voucher.agency_id == agency.id)))
            assert vouchers == list(range(1, len(vouchers) + 1)), f"{code}: voucher numbers {vouchers}"
        assert all(r.ok for r in subledger.check(s))


def _load_demo(engine: sa.Engine) -> None:
    from core.demo import DEMO
    from core.registers import register as registers

    with Session(engine) as s:
        registers.load_registry(s, DEMO, actor="test")
        s.commit()


def test_threads_issue_without_duplicates_or_gaps(clean_db):
    """On the suite's database (SQLite by default): 6 threads, each with its own engine."""
    _load_demo(clean_db)
    url = clean_db.url.render_as_string(hide_password=False)
    engines: list[sa.Engine] = []

    def factory() -> sa.Engine:
        eng = _own_engine(url)
        engines.append(eng)
        return eng

    issued = _threads(factory, 0, 6, PER_WORKER)
    for e in engines:
        e.dispose()
    assert len(issued) == 6 * PER_WORKER
    _assert_gap_free(clean_db, issued)


@pytest.fixture()
def pg_url(request):
    """A migrated, empty PostgreSQL database: the suite's own when DATABASE_URL is PostgreSQL, otherwise a
    throw-away database on the local server (DATABASE_URL_TEST or postgresql://postgres@127.0.0.1:5432/test).
    Skips with the reason when no PostgreSQL is reachable."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgresql"):
        eng = request.getfixturevalue("clean_db")
        yield eng.url.render_as_string(hide_password=False)
        return
    admin = os.environ.get("DATABASE_URL_TEST", "postgresql://postgres@127.0.0.1:5432/test")
    admin_eng = _own_engine(admin).execution_options(isolation_level="AUTOCOMMIT")
    name = f"reskontra_conc_{os.getpid()}"
    try:
        with admin_eng.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin_eng.dispose()
        print(f"PostgreSQL not reachable at {admin}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")
        pytest.skip(f"PostgreSQL not reachable at {admin}; the multi-process issuing test needs it")
    base = admin.rpartition("/")[0]
    target = f"{base}/{name}"
    from core.platform import migrate

    migrate.upgrade(target.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        yield target
    finally:
        with admin_eng.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_eng.dispose()


def test_processes_and_threads_on_postgresql(pg_url):
    """3 processes x 3 threads plus 3 threads in this process, all issuing at once, on PostgreSQL."""
    engine = _own_engine(pg_url)
    try:
        _load_demo(engine)
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=3, mp_context=ctx) as pool:
            futures = [pool.submit(_process_worker, pg_url, 10 * (p + 1), 3, PER_WORKER) for p in range(3)]
            local = _process_worker(pg_url, 0, 3, PER_WORKER)
            issued = local + [x for f in futures for x in f.result(timeout=300)]
        assert len(issued) == 12 * PER_WORKER
        _assert_gap_free(engine, issued)
    finally:
        engine.dispose()
