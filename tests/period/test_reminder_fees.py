"""Reminder fees in the subledger (issue #18 point 2): a fee added by a reminder run is an explained part of the
invoice's open amount, so the period-end controls agree with the AR account to the öre, and a write-off takes
back output VAT only on the invoice's own (VAT-bearing) price, never on the fee (påminnelseavgift is outside the
scope of VAT)."""
import datetime as dt
import json
from decimal import Decimal as D

from sqlmodel import select

from core.ledger.models import VoucherEntry
from core.period import reconciliation, reports, valuation
from core.registers import register as registers
from core.runs import reminders
from tests.conftest import run_cli
from tests.period.helpers import balance
from tests.runs.helpers import invoice, pay

JAN5 = dt.date(2026, 1, 5)  # HYDRO-SE: due 2026-02-04
RUN = dt.date(2026, 2, 15)  # a reminder run 11 days past due: fee 60.00
MONTH_END = dt.date(2026, 2, 28)


def _reminded(session, price: str = "1000.00"):
    """An invoice of 1000.00 + 250.00 VAT, reminded with a 60.00 fee."""
    inv = invoice(session, day=JAN5, price=price)
    assert inv.total == D("1250.00")
    res = reminders.run("HYDRO-SE", RUN)
    assert res["total_fees"] == "60.00"
    session.expire_all()
    return inv


def test_reconcile_exits_0_after_a_reminder_run_with_fees(demo, capsys):
    inv = _reminded(demo)
    code, out, _ = run_cli(capsys, "reconcile", "--agency", "HYDRO-SE", "--date", MONTH_END.isoformat(), "--json")
    data = json.loads(out)
    assert code == 0, data["differences"]
    assert data["ok"] and data["ar_subledger"] == data["ar_ledger"] == "1310.00" and data["difference"] == "0.00"
    # before the run the fee did not exist, on either side
    a = registers.agency_by_code(demo, "HYDRO-SE")
    before = reconciliation.reconcile(demo, a, RUN - dt.timedelta(days=1))
    assert before.ok and before.ar_subledger == D("1250.00")
    assert inv.open_amount == D("1310.00")


def test_ageing_valuation_and_open_items_include_the_fee(demo):
    inv = _reminded(demo)
    a = registers.agency_by_code(demo, "HYDRO-SE")
    age = reports.ageing(demo, a, MONTH_END)
    assert age["total"] == "1310.00" and age["items"] == 1
    assert {b["bucket"]: b["amount"] for b in age["buckets"]}["1-30"] == "1310.00"
    assert D(age["total"]) == balance(demo, "HYDRO-SE", "1510", MONTH_END)
    val = reports.valuation_report(demo, a, MONTH_END)
    assert {b["bucket"]: b["open"] for b in val["buckets"]}["1-30"] == "1310.00"
    assert val["items"][0]["open_amount"] == "1310.00"
    items = reports.open_items(demo, a, MONTH_END)
    [item] = items["customers"][0]["items"]
    assert items["total"] == item["open_amount"] == "1310.00"
    # the fee is named: total + fees - paid + credited - written off = open
    assert item["fees"] == "60.00" and item["total"] == "1250.00" and item["invoice"] == inv.number


def test_write_off_with_an_open_fee_takes_back_vat_on_the_price_only(demo):
    inv = _reminded(demo)
    wo = valuation.write_off(demo, inv, "konkurs", date=dt.date(2026, 6, 30))
    demo.commit()
    assert wo.amount == D("1310.00") and wo.vat_amount == D("250.00")  # was 262.00: VAT "on" the fee
    entries = {e.account: e.amount for e in demo.exec(select(VoucherEntry).where(
        VoucherEntry.voucher_id == wo.voucher_id))}
    assert entries == {"6351": D("1060.00"), "2611": D("250.00"), "1510": D("-1310.00")}
    a = registers.agency_by_code(demo, "HYDRO-SE")
    assert reconciliation.reconcile(demo, a, dt.date(2026, 6, 30)).ok


def test_part_payment_settles_the_fee_first_then_the_price(demo):
    """Costs first, then the price: 30.00 paid after the reminder goes to the 60.00 fee, the price stays whole;
    of the 1280.00 written off, 1250.00 is price with 250.00 VAT (pro rata on everything would be 256.00, the
    price first 244.00)."""
    inv = _reminded(demo)
    pay(demo, inv, "30.00", dt.date(2026, 3, 1))
    wo = valuation.write_off(demo, inv, "konkurs", date=dt.date(2026, 6, 30))
    assert wo.amount == D("1280.00") and wo.vat_amount == D("250.00")
    inv2 = invoice(demo, day=JAN5, price="1000.00", customer="10001")
    pay(demo, inv2, "500.00", dt.date(2026, 2, 10))
    demo.expire_all()
    reminders.run("HYDRO-SE", dt.date(2026, 2, 20))  # 810.00 open: 750.00 price + 60.00 fee
    demo.expire_all()
    pay(demo, inv2, "500.00", dt.date(2026, 3, 1))  # the fee, then 440.00 of the price
    wo = valuation.write_off(demo, inv2, "konkurs", date=dt.date(2026, 6, 30))
    assert wo.amount == D("310.00") and wo.vat_amount == D("62.00")  # 310 x 250 / 1250


def test_payment_before_the_reminder_reduces_the_price_and_leaves_the_fee_open(demo):
    inv = invoice(demo, day=JAN5, price="1000.00")
    pay(demo, inv, "500.00", dt.date(2026, 2, 1))  # before any fee existed
    reminders.run("HYDRO-SE", RUN)
    demo.expire_all()
    assert inv.open_amount == D("810.00")  # 750.00 price + 60.00 fee
    wo = valuation.write_off(demo, inv, "konkurs", date=dt.date(2026, 6, 30))
    assert wo.vat_amount == D("150.00")  # 750 x 250 / 1250


def test_month_end_page_shows_no_check_mark_after_a_run_with_fees(demo):
    from web import users
    from web.app import create_app

    _reminded(demo)
    users.ensure_demo_users(demo)
    demo.commit()
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test-secret"})
    client = app.test_client()
    assert client.post("/login", data={"username": "hydro", "password": "hydro-demo"}).status_code == 302
    page = client.get(f"/reports/?as_of={MONTH_END.isoformat()}&lang=sv").get_data(as_text=True)
    assert "310,00" in page  # 1 310,00 (the Swedish group separator is a no-break space)
    assert "Kontrollera!" not in page and "Check!" not in page and "Tarkista!" not in page
