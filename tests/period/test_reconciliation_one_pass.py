"""The reconciliation in one pass (issue #16): AR entries whose invoice is no document as of the date are still
listed (on SQLite they are looked for only when the count of matched entries says some are missing), and the
ledger side is read from the covering entry indexes, not from 1.6 million entry rows nor their million vouchers."""
import datetime as dt
from decimal import Decimal as D

import sqlalchemy as sa

from core.ledger import accounts
from core.ledger import posting as ledger
from core.period import reconciliation
from core.registers import register as registers
from tests.period.helpers import make_invoice, pay


def test_entries_of_a_cancelled_invoice_and_of_a_later_one_are_not_in_the_subledger(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    kept = make_invoice(demo, day=dt.date(2026, 2, 2))
    cancelled = make_invoice(demo, customer="10001", day=dt.date(2026, 2, 3))
    later = make_invoice(demo, day=dt.date(2026, 3, 10))
    pay(demo, kept, D("875.00"), dt.date(2026, 2, 20))
    cancelled.status = "cancelled"  # its issuing voucher stays on the AR account
    # an entry dated before the report date for an invoice dated after it
    assert a.id is not None
    ledger.post(demo, a.id, dt.date(2026, 2, 25), "Förskott", "manual", None,
                [ledger.Entry("1510", D("40.00"), invoice_id=later.id), ledger.Entry("3001", D("-40.00"))])
    demo.commit()
    rec = reconciliation.reconcile(demo, a, dt.date(2026, 2, 28))
    found = {d["invoice_id"]: d for d in rec.differences if d["kind"] == "entry_for_invoice_not_in_subledger"}
    assert set(found) == {cancelled.id, later.id}
    assert found[cancelled.id]["amount"] == "-2875.00" and "it is cancelled" in found[cancelled.id]["explanation"]
    assert found[later.id]["amount"] == "-40.00" and "is after 2026-02-28" in found[later.id]["explanation"]
    assert rec.ar_subledger == D("2000.00") and rec.ar_ledger == D("2000.00") + D("2875.00") + D("40.00")
    assert sum(D(d["amount"]) for d in rec.differences) == rec.difference
    assert not [d for d in rec.differences if d["kind"] not in ("entry_for_invoice_not_in_subledger",)]


def test_the_ledger_side_is_read_from_the_covering_entry_indexes(demo):
    if demo.get_bind().dialect.name != "sqlite":  # PostgreSQL's plan depends on its statistics
        return
    a = registers.agency_by_code(demo, "HYDRO-SE")
    make_invoice(demo, day=dt.date(2026, 2, 2))
    demo.commit()
    assert a.id is not None
    ar = (ledger.ar_account(a), accounts.account(a.accounts, "ar_disputed"))
    led = reconciliation._ledger(demo, a.id, ar, dt.date(2026, 2, 28))
    plan = _plan(demo, sa.select(sa.func.count()).select_from(led))
    assert "COVERING INDEX ix_entry_invoice" in plan, plan
    # the voucher's agency, date and source are the entry's own copies: no voucher is looked up per entry
    assert not [ln for ln in plan.splitlines() if " voucher " in f"{ln} "], plan
    from core.ledger.models import Voucher, VoucherEntry

    ve, v = VoucherEntry.__table__, Voucher.__table__
    per_voucher = (sa.select(v.c.id, sa.func.sum(ve.c.amount)).join(ve, ve.c.voucher_id == v.c.id)
                   .where(v.c.agency_id == a.id).group_by(v.c.id))
    assert "COVERING INDEX ix_entry_voucher" in _plan(demo, per_voucher)


def _plan(session, stmt) -> str:
    sql = str(stmt.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}))
    return "\n".join(str(r[-1]) for r in session.execute(sa.text("EXPLAIN QUERY PLAN " + sql)))
