"""The schedule: jobs stored in the application database; several processes never do a run twice."""
import datetime as dt
import multiprocessing as mp
import os
import tempfile
from decimal import Decimal as D

import pytest
import sqlalchemy as sa

from core.platform import claims as runs
from core.platform.models import RunRecord
from core.runs import scheduler

PG_URL = os.environ.get("RESKONTRA_RUNS_PG_URL", "postgresql://postgres@127.0.0.1:5432/reskontra_runs")
CALLS: list = []


def fake_poll() -> None:
    CALLS.append("poll")


def fake_report() -> None:
    CALLS.append("report")


def test_jobs_live_in_the_application_database(demo, engine):
    sched = scheduler.make_scheduler({"mailbox_poll": fake_poll, "daily_reports": fake_report})
    sched.start(paused=True)
    try:
        ids = {j.id for j in sched.get_jobs()}
    finally:
        sched.shutdown(wait=False)
    assert ids == {"delivery", "reminders", "interest", "collection", "reference_rates", "mailbox_poll",
                   "daily_reports"}
    with engine.connect() as conn:
        stored = set(conn.execute(sa.text("SELECT id FROM apscheduler_jobs")).scalars())
    assert stored == ids
    again = scheduler.make_scheduler({"mailbox_poll": fake_poll, "daily_reports": fake_report})  # second process
    again.start(paused=True)
    again.shutdown(wait=False)
    with engine.connect() as conn:
        jobs = list(conn.execute(sa.text("SELECT id FROM apscheduler_jobs")).scalars())  # one row per job id
        assert {"delivery", "reminders", "interest", "collection", "reference_rates", "daily_reports"} <= set(jobs)
        assert len(jobs) == len(set(jobs))


def test_daily_injected_job_runs_once_per_day(demo):
    CALLS.clear()
    ref = "tests.runs.test_scheduler:fake_report"
    day = dt.date(2026, 3, 2)
    assert scheduler.run_injected("daily_reports", ref, "daily", day=day)
    assert not scheduler.run_injected("daily_reports", ref, "daily", day=day)
    assert scheduler.run_injected("daily_reports", ref, "daily", day=day + dt.timedelta(days=1))
    assert CALLS == ["report", "report"]


def test_triggers_decide_the_days():
    jobs = scheduler.core_jobs()
    assert [d.day for d in (dt.date(2026, 3, 1) + dt.timedelta(days=i) for i in range(31))
            if scheduler.fires_on(jobs["reminders"].trigger, d)] == [5, 20]
    assert scheduler.fires_on(jobs["interest"].trigger, dt.date(2026, 4, 1))
    assert not scheduler.fires_on(jobs["interest"].trigger, dt.date(2026, 4, 2))


# --- two processes on PostgreSQL ------------------------------------------------------------------------------

def _pg_ready() -> str | None:
    try:
        import psycopg

        base = PG_URL.rsplit("/", 1)[0]
        name = PG_URL.rsplit("/", 1)[1]
        with psycopg.connect(base + "/postgres", connect_timeout=3, autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
        return None
    except Exception as exc:
        return f"PostgreSQL not reachable at {PG_URL}: {exc}"


def _worker(url: str, outbox: str, start: str, days: int, barrier, queue) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["RESKONTRA_OUTBOX"] = outbox
    from core.platform import db

    db.reset_engines()
    sched = scheduler.make_scheduler({"daily_reports": "tests.runs.test_scheduler:fake_report"})
    sched.start(paused=True)  # both processes register the same jobs in the shared job store
    sched.shutdown(wait=False)
    executed, problems = [], []
    day = dt.date.fromisoformat(start)
    for _ in range(days):
        barrier.wait(timeout=120)  # both workers start each simulated day together
        for r in scheduler.run_day(day):
            if r.get("executed"):
                executed.append((r["kind"], r["agency"], r["key"]))
            if r.get("error") or r.get("refused"):
                problems.append(r)
        runs.run_once("job:daily_reports", "*", day.isoformat(), day, lambda: None)
        day += dt.timedelta(days=1)
    queue.put((os.getpid(), executed, problems))


def _seed(url: str) -> None:
    from core.billing import drafting, issuing
    from core.billing.delivery import channels
    from core.demo import DEMO
    from core.payments import allocation
    from core.payments.models import Payment
    from core.platform import db, migrate
    from core.registers import register as registers

    eng = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with eng.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    eng.dispose()
    migrate.upgrade(url.replace("postgresql://", "postgresql+psycopg://"))
    with db.session_scope(url.replace("postgresql://", "postgresql+psycopg://")) as s:
        registers.load_registry(s, DEMO, actor="test")
        s.flush()
        for code in ("HYDRO-SE", "KULTUR-SE", "VESI-FI"):
            a = registers.agency_by_code(s, code)
            a.interest_threshold = D("1.00")
        n = 0
        for code, cust, art in (("HYDRO-SE", "10002", "1010"), ("HYDRO-SE", "10001", "1020"),
                                ("KULTUR-SE", "10002", "A1"), ("VESI-FI", "20001", "V100")):
            a = registers.agency_by_code(s, code)
            c = registers.find_customer(s, cust, a)
            for i in range(3):
                inv = drafting.create_draft(s, a, c, [drafting.LineInput(article_code=art, quantity=str(10 + i))],
                                            drafting.DraftOptions(invoice_date=dt.date(2026, 1, 5 + 7 * i)))
                issuing.issue(s, inv, force=True, force_reason="test")
                channels.deliver(s, inv, "test", day=dt.date(2026, 1, 5 + 7 * i))  # reminders follow delivery
                if i == 1:  # paid late in March
                    n += 1
                    p = Payment(external_id=f"sim-{n}", amount=inv.total, currency=inv.currency,
                                payment_date=dt.date(2026, 3, 10), unallocated=inv.total, agency_id=a.id)
                    s.add(p)
                    s.flush()
                    allocation.allocate(s, p, inv, inv.total, "manual")


def test_two_scheduler_processes_run_each_run_exactly_once():
    reason = _pg_ready()
    if reason:
        print(f"SKIP: {reason}")
        pytest.skip(reason)
    url = PG_URL
    _seed(url)
    ctx = mp.get_context("spawn")
    barrier, queue = ctx.Barrier(2), ctx.Queue()
    outbox = tempfile.mkdtemp(prefix="reskontra-sim-outbox-")
    procs = [ctx.Process(target=_worker, args=(url, outbox, "2026-03-01", 32, barrier, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    executed = [e for _, ex, _ in results for e in ex]
    assert not [pr for _, _, pr in results if pr], results
    assert len(executed) == len(set(executed))  # nobody executed a run the other did

    eng = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with eng.connect() as conn:
        recs = conn.execute(sa.select(RunRecord.kind, RunRecord.scope, RunRecord.run_key, RunRecord.status)).all()
        assert sorted((k, s, key) for k, s, key, _ in recs if not k.startswith("job:")) == sorted(executed)
        assert all(st == "done" for *_, st in recs)
        by_kind = {}
        for k, s, key, _ in recs:
            by_kind.setdefault(k, []).append((s, key))
        assert sorted(by_kind["reminders"]) == sorted((a, d) for a in ("HYDRO-SE", "KULTUR-SE", "VESI-FI")
                                                      for d in ("2026-03-05", "2026-03-20"))
        assert sorted(by_kind["interest"]) == sorted((a, p) for a in ("HYDRO-SE", "KULTUR-SE", "VESI-FI")
                                                     for p in ("2026-02", "2026-03"))
        assert len(by_kind["collection"]) == 3 * 32 and len(by_kind["job:daily_reports"]) == 32
        per_invoice = conn.execute(sa.text(
            "SELECT invoice_id, reminder_no, count(*) FROM reminder GROUP BY invoice_id, reminder_no")).all()
        assert per_invoice and all(n == 1 for *_, n in per_invoice)
        assert conn.execute(sa.text("SELECT count(*) FROM deliveryrecord WHERE document='reminder'")).scalar() \
            == len(per_invoice)
        interest = conn.execute(sa.text("SELECT count(*) FROM invoice WHERE kind='interest'")).scalar()
        assert interest == 4  # one per agency and customer paying late in March: HYDRO 10001+10002, KULTUR, VESI
        charged = conn.execute(sa.text(
            "SELECT source_invoice_id, count(*) FROM interestcharge GROUP BY source_invoice_id")).all()
        assert all(n == 1 for _, n in charged)
        jobs = list(conn.execute(sa.text("SELECT id FROM apscheduler_jobs")).scalars())  # one row per job id
        assert {"delivery", "reminders", "interest", "collection", "reference_rates", "daily_reports"} <= set(jobs)
        assert len(jobs) == len(set(jobs))
    eng.dispose()
    from core.billing import subledger
    from core.platform import db

    with db.session_scope(url.replace("postgresql://", "postgresql+psycopg://")) as s:
        assert all(c.ok for c in subledger.check(s))
