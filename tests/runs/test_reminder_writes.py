"""How a reminder run writes: each reminder row once and complete (naming its fee's voucher), and the run's answer
is what it recorded."""
import datetime as dt

import sqlalchemy as sa

from core.ledger.models import Voucher, VoucherEntry
from core.runs import reminders
from core.runs.models import Reminder
from tests.runs.helpers import invoice, set_agency

JAN5 = dt.date(2026, 1, 5)
MAR2 = dt.date(2026, 3, 2)
_rem, _ve = Reminder.__table__.c, VoucherEntry.__table__.c


def test_each_reminder_names_the_fee_voucher_and_the_voucher_books_its_fee(demo):
    fee_inv = invoice(demo, day=JAN5)
    res = reminders.run("HYDRO-SE", MAR2, deliver_documents=False)
    rows = demo.execute(sa.select(_rem.invoice_id, _rem.fee, _rem.fee_voucher_id)
                        .where(_rem.run_id == res["run_id"])).all()
    assert rows and all(vid is not None for _, fee, vid in rows if fee > 0)
    [vid] = {vid for _, _, vid in rows}
    voucher = demo.get(Voucher, vid)
    assert voucher.source_type == "reminder_fees" and voucher.source_id == res["run_id"]
    booked = dict(demo.execute(sa.select(_ve.invoice_id, _ve.amount)
                               .where(_ve.voucher_id == vid, _ve.invoice_id.is_not(None))).all())
    assert booked == {inv_id: fee for inv_id, fee, _ in rows} and fee_inv.id in booked


def test_without_fees_no_voucher_is_named(demo):
    set_agency(demo, "HYDRO-SE", reminder_fee_agreed=False)
    invoice(demo, day=JAN5)
    res = reminders.run("HYDRO-SE", MAR2, deliver_documents=False)
    assert res["count"] == 1 and res["total_fees"] == "0.00"
    assert demo.execute(sa.select(_rem.fee_voucher_id).where(_rem.run_id == res["run_id"])).scalars().all() \
        == [None]


def test_the_answer_is_what_was_recorded(demo):
    for q in ("1", "2", "3"):
        invoice(demo, qty=q, day=JAN5)
    res = reminders.run("HYDRO-SE", MAR2, deliver_documents=False)
    again = reminders.run("HYDRO-SE", MAR2, deliver_documents=False)  # read back by sent_by_run
    assert again["already_run"] and res["reminders"] == again["reminders"] and len(res["reminders"]) == 3
