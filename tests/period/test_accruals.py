"""Revenue accrual: an annual service invoiced in advance is recognised month by month, exactly."""
import datetime as dt
import json
from decimal import Decimal as D

from sqlmodel import select

from core.billing import crediting, subledger
from core.period import accruals, reconciliation
from core.period.models import AccrualScheduleRow
from core.registers import register as registers
from tests.conftest import run_cli
from tests.period.helpers import balance, make_invoice, unbalanced_vouchers

YEAR = (D("1"), dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _annual(session, price="12000.00", day=dt.date(2026, 1, 5), start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31)):
    return make_invoice(session, lines=(("1090", "1", price, start, end), ("1010", "1", None, None, None)),
                        day=day)


def test_split_by_days_is_pro_rata_and_sums_exactly():
    rows = accruals.split_by_days(D("1000.00"), dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert len(rows) == 12 and sum(a for _, _, a in rows) == D("1000.00")
    assert rows[0] == (dt.date(2026, 1, 1), 31, D("84.93"))  # 1000 * 31/365 = 84.931...
    assert rows[1] == (dt.date(2026, 2, 1), 28, D("76.71"))
    # the last month takes the remainder of the rounding
    assert rows[-1][2] == D("1000.00") - sum(a for _, _, a in rows[:-1])
    part = accruals.split_by_days(D("-100.00"), dt.date(2026, 1, 20), dt.date(2026, 3, 10))
    assert [d for _, d, _ in part] == [12, 28, 10] and sum(a for _, _, a in part) == D("-100.00")


def test_annual_service_recognised_over_twelve_months(demo):
    inv = _annual(demo)
    demo.commit()
    # at issue the whole service line goes to deferred income; the ordinary line to revenue
    assert balance(demo, "HYDRO-SE", "2970") == D("-12000.00")
    assert balance(demo, "HYDRO-SE", "3001") == D("-1150.00")
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    sched = accruals.schedule(demo, inv)
    assert len(sched) == 1 and sched[0]["line_no"] == 1 and len(sched[0]["rows"]) == 12
    assert sum(D(r["amount"]) for r in sched[0]["rows"]) == D("12000.00")
    recognised = D("0")
    for month in range(1, 13):
        res = accruals.run(demo, agency, dt.date(2026, month, 1))
        demo.commit()
        assert res.voucher is not None and res.voucher.date == accruals.month_end(dt.date(2026, month, 1))
        recognised += res.total
        assert balance(demo, "HYDRO-SE", "2970") == D("-12000.00") + recognised
    assert recognised == D("12000.00")
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00")
    assert balance(demo, "HYDRO-SE", "3001") == D("-13150.00")
    # as of mid-year the deferred balance is what is still to be delivered
    assert -balance(demo, "HYDRO-SE", "2970", dt.date(2026, 6, 30)) == sum(
        a for m, _, a in accruals.split_by_days(D("12000.00"), *YEAR[1:]) if m.month > 6)
    assert unbalanced_vouchers(demo) == [] and all(r.ok for r in subledger.check(demo))
    assert all(r["recognised"] for r in accruals.schedule(demo, inv)[0]["rows"])


def test_a_month_is_recognised_once_and_late_runs_catch_up(demo):
    _annual(demo)
    demo.commit()
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    first = accruals.run(demo, agency, dt.date(2026, 3, 1))  # catches up Jan-Mar
    demo.commit()
    assert [r.month.month for _, r in first.rows] == [1, 2, 3]
    again = accruals.run(demo, agency, dt.date(2026, 3, 1))
    demo.commit()
    assert again.rows == [] and again.voucher is None
    assert accruals.run(demo, agency, dt.date(2026, 2, 1)).rows == []
    assert demo.exec(select(AccrualScheduleRow)).all().__len__() == 12


def test_dry_run_writes_nothing(demo, capsys):
    _annual(demo)
    demo.commit()
    code, out, err = run_cli(capsys, "period", "accruals", "--agency", "HYDRO-SE", "--month", "2026-02",
                             "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["dry_run"] is True and data["rows"] == 2 and data["voucher"] is None
    demo.expire_all()
    assert demo.exec(select(AccrualScheduleRow)).all() == []
    assert balance(demo, "HYDRO-SE", "2970") == D("-12000.00")
    code, out, _ = run_cli(capsys, "period", "accruals", "--agency", "HYDRO-SE", "--month", "2026-02", "--json")
    data = json.loads(out)
    assert code == 0 and data["voucher"]["date"] == "2026-02-28" and data["rows"] == 2
    assert D(data["total"]) == sum(D(r["amount"]) for r in data["recognised"])
    code, out, _ = run_cli(capsys, "period", "schedule", "10001", "--agency", "HYDRO-SE", "--json")
    sched = json.loads(out)["lines"][0]
    assert [r["recognised"] for r in sched["rows"]][:3] == [True, True, False]
    assert D(sched["recognised"]) + D(sched["unrecognised"]) == D("12000.00")
    code, _, err = run_cli(capsys, "period", "accruals", "--agency", "HYDRO-SE", "--month", "2026-13")
    assert code == 2 and "month" in err


def test_credit_note_reverses_the_unrecognised_part(demo):
    inv = _annual(demo)
    demo.commit()
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    accruals.run(demo, agency, dt.date(2026, 3, 1))  # Jan-Mar recognised
    recognised_q1 = sum(a for m, _, a in accruals.split_by_days(D("12000.00"), *YEAR[1:]) if m.month <= 3)
    crediting.credit(demo, inv, "service cancelled", {1: D("1")}, invoice_date=dt.date(2026, 4, 10))
    demo.commit()
    accruals.run(demo, agency, dt.date(2026, 4, 1))
    demo.commit()
    # after the April run nothing of the cancelled service remains: no revenue, nothing deferred
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00")
    assert balance(demo, "HYDRO-SE", "3001") == D("-1150.00")
    for month in range(5, 13):
        accruals.run(demo, agency, dt.date(2026, month, 1))
    demo.commit()
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00") and balance(demo, "HYDRO-SE", "3001") == D("-1150.00")
    assert recognised_q1 > 0 and unbalanced_vouchers(demo) == [] and all(r.ok for r in subledger.check(demo))


def test_partial_credit_keeps_the_rest_of_the_schedule(demo):
    inv = make_invoice(demo, lines=(("1090", "4", "3000.00", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),),
                       day=dt.date(2026, 1, 5))
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    for month in (1, 2, 3):
        accruals.run(demo, agency, dt.date(2026, month, 1))
    crediting.credit(demo, inv, "one licence less", {1: D("1")}, invoice_date=dt.date(2026, 4, 2))
    accruals.run(demo, agency, dt.date(2026, 4, 1))
    demo.commit()
    full = accruals.split_by_days(D("12000.00"), *YEAR[1:])
    cred = accruals.split_by_days(D("-3000.00"), *YEAR[1:])
    expected_rev = sum(a for m, _, a in full if m.month <= 4) + sum(a for m, _, a in cred if m.month <= 4)
    assert balance(demo, "HYDRO-SE", "3001") == -expected_rev
    assert balance(demo, "HYDRO-SE", "2970") == -(D("9000.00") - expected_rev)
    for month in range(5, 13):
        accruals.run(demo, agency, dt.date(2026, month, 1))
    demo.commit()
    assert balance(demo, "HYDRO-SE", "2970") == D("0.00") and balance(demo, "HYDRO-SE", "3001") == D("-9000.00")
    assert reconciliation.reconcile(demo, agency, dt.date(2026, 12, 31)).ok


def test_line_within_the_invoice_month_is_not_deferred(demo):
    inv = make_invoice(demo, lines=(("1090", "1", "500.00", dt.date(2026, 1, 1), dt.date(2026, 1, 31)),),
                       day=dt.date(2026, 1, 31))
    assert accruals.schedule(demo, inv) == []
    assert balance(demo, "HYDRO-SE", "3001") == D("-500.00") and balance(demo, "HYDRO-SE", "2970") == D("0.00")
