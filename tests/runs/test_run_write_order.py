"""The order a run writes its rows in (core.runs.reminders._by_invoice): by invoice id, so that PostgreSQL's
foreign-key checks and the fee UPDATE walk the invoice table page by page; what the run answers keeps the plan's
order. And the settings a run's transaction gets on PostgreSQL (core.runs.tuning)."""
import datetime as dt

import pytest
import sqlalchemy as sa

from core.ledger.models import VoucherEntry
from core.platform import db
from core.runs import interest_run, reminders, tuning
from core.runs.models import InterestCharge, Reminder
from tests.runs.helpers import invoice, pay

_rem, _ve, _ch = Reminder.__table__.c, VoucherEntry.__table__.c, InterestCharge.__table__.c


def _later_due_first(demo):
    """Two invoices of one customer (14,375.00 each): the first made falls due later than the second."""
    late = invoice(demo, qty="10", day=dt.date(2026, 1, 12))
    early = invoice(demo, qty="10", day=dt.date(2026, 1, 5))
    assert late.id is not None and early.id is not None and late.due_date and early.due_date
    assert late.id < early.id and early.due_date < late.due_date
    return late, early


def test_reminders_are_written_in_invoice_order_and_answered_in_due_date_order(demo):
    late, early = _later_due_first(demo)
    res = reminders.run("HYDRO-SE", dt.date(2026, 3, 2), deliver_documents=False)
    assert [r["invoice"] for r in res["reminders"]] == [early.number, late.number]
    written = demo.execute(sa.select(_rem.invoice_id).where(_rem.run_id == res["run_id"])
                           .order_by(_rem.id)).scalars().all()
    assert written == [late.id, early.id]
    vid = demo.execute(sa.select(_rem.fee_voucher_id).where(_rem.run_id == res["run_id"])).scalars().first()
    entries = demo.execute(sa.select(_ve.invoice_id).where(_ve.voucher_id == vid, _ve.invoice_id.is_not(None))
                           .order_by(_ve.id)).scalars().all()
    assert entries == [late.id, early.id]
    again = reminders.run("HYDRO-SE", dt.date(2026, 3, 2), deliver_documents=False)  # read back: same answer
    assert again["reminders"] == res["reminders"]


def test_interest_charges_are_written_in_source_invoice_order(demo):
    late, early = _later_due_first(demo)
    for inv in (late, early):
        pay(demo, inv, inv.total, dt.date(2026, 3, 20))
    res = interest_run.run("HYDRO-SE", "2026-03")
    assert [it["invoice"] for it in res["invoices"][0]["items"]] == [early.number, late.number]
    written = demo.execute(sa.select(_ch.source_invoice_id).where(_ch.run_id == res["run_id"])
                           .order_by(_ch.id)).scalars().all()
    assert written == [late.id, early.id]


def test_a_run_transaction_on_postgresql_has_no_jit_and_the_runs_work_mem(demo):
    if demo.get_bind().dialect.name != "postgresql":
        pytest.skip("PostgreSQL settings")
    with db.session_scope() as s:
        tuning.without_jit(s)
        assert s.execute(sa.text("SHOW jit")).scalar() == "off"
        assert s.execute(sa.text("SHOW work_mem")).scalar() == f"{tuning.RUN_WORK_MEM_MB}MB"
    with db.session_scope() as s:  # SET LOCAL: the next transaction has the server's settings again
        assert s.execute(sa.text("SHOW work_mem")).scalar() != f"{tuning.RUN_WORK_MEM_MB}MB"
