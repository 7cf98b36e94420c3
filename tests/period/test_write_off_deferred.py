"""Writing off an invoice whose revenue is still partly deferred: the write-off voucher empties deferred income
(2970) of the invoice — what is due up to the write-off month is recognised, the later months' income, never
earned, is released against the loss — and no later accrual run recognises anything of it."""
import datetime as dt
from decimal import Decimal as D

from sqlmodel import select

from core.billing import crediting, subledger
from core.ledger.models import VoucherEntry
from core.period import accruals, reconciliation, valuation
from core.platform.models import AuditEvent
from core.registers import register as registers
from tests.period.helpers import balance, make_invoice, pay, unbalanced_vouchers

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
SERVICE = D("12000.00")  # 1090 x 1, service period 2026, VAT 25 %: 15000.00


def _split(net=SERVICE, upto=12, start=1):
    return sum(a for m, _, a in accruals.split_by_days(net, *YEAR) if start <= m.month <= upto)


def _entries(session, voucher_id) -> dict[str, D]:
    out: dict[str, D] = {}
    for e in session.exec(select(VoucherEntry).where(VoucherEntry.voucher_id == voucher_id)):
        out[e.account] = out.get(e.account, D("0")) + e.amount
    return out


def _later_runs_recognise_nothing(session, agency, inv, first_month):
    before = (balance(session, "HYDRO-SE", "2970"), balance(session, "HYDRO-SE", "3001"))
    for month in range(first_month, 13):
        res = accruals.run(session, agency, dt.date(2026, month, 1))
        assert [r for i, r in res.rows if i.id == inv.id or i.credited_invoice_id == inv.id] == []
    session.commit()
    assert (balance(session, "HYDRO-SE", "2970"), balance(session, "HYDRO-SE", "3001")) == before


def test_write_off_after_three_recognised_months_empties_deferred_income(demo):
    inv = make_invoice(demo, lines=(("1090", "1", "12000.00", *YEAR), ("1010", "1", None, None, None)),
                       day=dt.date(2026, 1, 5))  # 12000 deferred + 1150 revenue, VAT 3287.50
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    for month in (1, 2, 3):
        accruals.run(demo, agency, dt.date(2026, month, 1))
    demo.commit()
    q1 = _split(upto=3)
    assert balance(demo, "HYDRO-SE", "2970") == -(SERVICE - q1)

    wo = valuation.write_off(demo, inv, "konkurs", actor="anna", date=dt.date(2026, 3, 31))
    demo.commit()
    # the unrecognised nine months leave 2970 in the write-off voucher; only the revenue actually recognised
    # (the ordinary line and Jan-Mar of the service) is a credit loss
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00")
    assert balance(demo, "HYDRO-SE", "3001") == -(D("1150.00") + q1)
    assert balance(demo, "HYDRO-SE", "6351") == D("1150.00") + q1
    assert _entries(demo, wo.voucher_id) == {"6351": D("1150.00") + q1, "2970": SERVICE - q1,
                                             "2611": D("3287.50"), "1510": D("-16437.50")}
    assert wo.amount == D("16437.50") and wo.vat_amount == D("3287.50")
    assert unbalanced_vouchers(demo) == [] and all(r.ok for r in subledger.check(demo))
    assert reconciliation.reconcile(demo, agency, dt.date(2026, 12, 31)).ok

    sched = accruals.schedule(demo, inv)[0]
    assert [r["recognised"] for r in sched["rows"]] == [True] * 3 + [False] * 9
    assert [r["cancelled"] for r in sched["rows"]] == [False] * 3 + [True] * 9
    assert (D(sched["recognised"]), D(sched["cancelled"]), D(sched["unrecognised"])) == (q1, SERVICE - q1, 0)
    ev = demo.exec(select(AuditEvent).where(AuditEvent.action == "invoice.write_off")).one()
    assert D(str(ev.details["deferred_released"])) == SERVICE - q1

    _later_runs_recognise_nothing(demo, agency, inv, 4)
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00") and all(r.ok for r in subledger.check(demo))


def test_write_off_recognises_months_due_when_runs_are_late(demo):
    inv = make_invoice(demo, lines=(("1090", "1", "12000.00", *YEAR),), day=dt.date(2026, 1, 5))
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    accruals.run(demo, agency, dt.date(2026, 1, 1))  # only January recognised; Feb-Apr runs not yet made
    demo.commit()
    wo = valuation.write_off(demo, inv, "konkurs", date=dt.date(2026, 4, 15))
    demo.commit()
    # Feb-Apr are recognised in the write-off voucher as their runs would; May-Dec released
    upto_april = _split(upto=4)
    assert balance(demo, "HYDRO-SE", "3001") == -upto_april
    assert balance(demo, "HYDRO-SE", "6351") == upto_april
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00")
    assert _entries(demo, wo.voucher_id)["2970"] == SERVICE - _split(upto=1)
    assert [r["recognised_in"] for r in accruals.schedule(demo, inv)[0]["rows"]][:5] == [
        "2026-01", "2026-04", "2026-04", "2026-04", None]
    _later_runs_recognise_nothing(demo, agency, inv, 2)
    assert unbalanced_vouchers(demo) == [] and all(r.ok for r in subledger.check(demo))


def test_write_off_after_a_partial_credit_closes_the_credit_note_too(demo):
    inv = make_invoice(demo, lines=(("1090", "4", "3000.00", *YEAR),), day=dt.date(2026, 1, 5))
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    for month in (1, 2, 3):
        accruals.run(demo, agency, dt.date(2026, month, 1))
    crediting.credit(demo, inv, "one licence less", {1: D("1")}, invoice_date=dt.date(2026, 4, 2))
    demo.commit()
    valuation.write_off(demo, inv, "konkurs", date=dt.date(2026, 4, 30))  # April run not yet made
    demo.commit()
    earned = _split(upto=4) + _split(D("-3000.00"), upto=4)  # three licences, Jan-Apr
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00")
    assert balance(demo, "HYDRO-SE", "3001") == -earned
    assert balance(demo, "HYDRO-SE", "6351") == earned  # nothing paid: the loss is what was earned
    assert balance(demo, "HYDRO-SE", "1510") == D("0.00")
    _later_runs_recognise_nothing(demo, agency, inv, 4)
    assert unbalanced_vouchers(demo) == [] and all(r.ok for r in subledger.check(demo))
    assert reconciliation.reconcile(demo, agency, dt.date(2026, 12, 31)).ok


def test_income_paid_beyond_what_was_earned_is_kept_not_a_negative_loss(demo):
    inv = make_invoice(demo, lines=(("1090", "1", "12000.00", *YEAR),), day=dt.date(2026, 1, 5))
    pay(demo, inv, D("10000.00"), dt.date(2026, 1, 20))  # 8000 net paid, only Jan-Mar (~2959) earned
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    accruals.run(demo, agency, dt.date(2026, 3, 1))
    demo.commit()
    wo = valuation.write_off(demo, inv, "konkurs", date=dt.date(2026, 3, 31))
    demo.commit()
    assert wo.amount == D("5000.00") and wo.vat_amount == D("1000.00")
    # the 4000 net not paid is released against the loss (never earned); the rest of 2970 was paid for
    assert balance(demo, "HYDRO-SE", "6351") == D("0.00")
    assert balance(demo, "HYDRO-SE", "3001") == D("-8000.00")
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00")
    assert balance(demo, "HYDRO-SE", "2611") == D("-2000.00")
    _later_runs_recognise_nothing(demo, agency, inv, 4)
    assert unbalanced_vouchers(demo) == [] and all(r.ok for r in subledger.check(demo))


def test_write_off_without_deferred_lines_is_unchanged(demo):
    inv = make_invoice(demo, lines=(("1010", "2", None, None, None),), day=dt.date(2026, 1, 10))
    demo.commit()
    wo = valuation.write_off(demo, inv, "konkurs", date=dt.date(2026, 5, 31))
    demo.commit()
    assert _entries(demo, wo.voucher_id) == {"6351": D("2300.00"), "2611": D("575.00"), "1510": D("-2875.00")}
    assert accruals.schedule(demo, inv) == []
