"""Reminder runs as the user sees them: who gets one, fees within the law, at most two runs a month, never twice."""
import datetime as dt
import json
from decimal import Decimal as D

import pytest
import sqlalchemy as sa

from core.billing import subledger
from core.billing.models import Invoice
from core.platform import claims as runs
from core.platform import settings
from core.runs import reminders
from core.runs.models import Reminder
from tests.conftest import run_cli
from tests.runs.helpers import invoice, pay, set_agency, set_customer

JAN5 = dt.date(2026, 1, 5)  # HYDRO-SE: 30 days -> due Wed 2026-02-04


def test_reminder_after_grace_days_with_fee_and_document(demo):
    inv = invoice(demo, day=JAN5)
    assert inv.due_date == dt.date(2026, 2, 4)
    early = reminders.run("HYDRO-SE", dt.date(2026, 2, 14), dry_run=True)  # 10 days past due = still grace
    assert early["count"] == 0 and "grace" in early["skipped"][0]["reason"]
    res = reminders.run("HYDRO-SE", dt.date(2026, 2, 15))
    assert res["count"] == 1 and res["run_id"] and not res["dry_run"]
    r = res["reminders"][0]
    assert (r["invoice"], r["customer"], r["fee"], r["reminder_no"]) == (inv.number, "10002", "60.00", 1)
    assert r["open_amount"] == "1437.50" and res["total_fees"] == "60.00"
    demo.expire_all()
    assert demo.get(Invoice, inv.id).open_amount == D("1497.50")  # the fee is part of the claim now
    assert all(c.ok for c in subledger.check(demo))
    docs = list(settings.outbox_dir("print").glob(f"2026-02-15/HYDRO-SE-reminder-{inv.number}-1.pdf"))
    assert docs and docs[0].read_bytes().startswith(b"%PDF")


def test_dry_run_lists_exactly_what_the_real_run_sends(demo):
    for q in ("1", "2", "3"):
        invoice(demo, qty=q, day=JAN5)
    dry = reminders.run("HYDRO-SE", dt.date(2026, 3, 2), dry_run=True)
    assert dry["run_id"] is None and demo.execute(sa.select(sa.func.count()).select_from(Reminder)).scalar() == 0
    real = reminders.run("HYDRO-SE", dt.date(2026, 3, 2))
    assert [x["invoice"] for x in real["reminders"]] == [x["invoice"] for x in dry["reminders"]]
    assert real["total_fees"] == dry["total_fees"] == "180.00"


def test_same_run_twice_sends_one_set(demo):
    invoice(demo, day=JAN5)
    first = reminders.run("HYDRO-SE", dt.date(2026, 3, 2))
    again = reminders.run("HYDRO-SE", dt.date(2026, 3, 2))
    assert first["count"] == again["count"] == 1 and again["already_run"] and again["run_id"] == first["run_id"]
    assert demo.execute(sa.select(sa.func.count()).select_from(Reminder)).scalar() == 1
    assert len(list(settings.outbox_dir("print").glob("2026-03-02/HYDRO-SE-reminder-*.pdf"))) == 1


def test_crash_after_claim_is_finished_by_the_rerun(demo):
    invoice(demo, day=JAN5)
    from core.registers.models import Agency
    agency = demo.execute(sa.select(Agency).where(Agency.code == "HYDRO-SE")).scalar_one()
    day = dt.date(2026, 3, 2)
    runs.claim("reminders", "HYDRO-SE", reminders.run_key(day, None), day, agency.id)  # worker died here
    res = reminders.run("HYDRO-SE", day)
    assert res["count"] == 1 and res["already_run"]
    assert demo.execute(sa.select(sa.func.count()).select_from(Reminder)).scalar() == 1


def test_third_run_in_a_month_is_refused(demo):
    invoice(demo, day=JAN5)
    reminders.run("HYDRO-SE", dt.date(2026, 3, 2))
    reminders.run("HYDRO-SE", dt.date(2026, 3, 16))
    with pytest.raises(runs.RunRefused, match="at most 2 per calendar month"):
        reminders.run("HYDRO-SE", dt.date(2026, 3, 30))
    reminders.run("HYDRO-SE", dt.date(2026, 3, 2))  # repeating one of the two is not a third run
    assert reminders.run("HYDRO-SE", dt.date(2026, 4, 1))["run_id"]  # a new month


def test_third_run_refused_on_the_command_line(demo, capsys):
    invoice(demo, day=JAN5)
    for d in ("2026-03-02", "2026-03-16"):
        code, out, _ = run_cli(capsys, "reminders", "run", "--agency", "HYDRO-SE", "--date", d, "--json")
        assert code == 0
    data = json.loads(out)
    assert set(data) >= {"agency", "date", "dry_run", "run_id", "reminders", "skipped", "count", "total_fees"}
    code, out, err = run_cli(capsys, "reminders", "run", "--agency", "HYDRO-SE", "--date", "2026-03-30", "--json")
    assert code == 2 and "at most 2 per calendar month" in err and out == ""


def test_one_reminder_per_invoice_unless_policy_allows_more(demo):
    inv = invoice(demo, day=JAN5)
    assert reminders.run("HYDRO-SE", dt.date(2026, 3, 2))["count"] == 1
    second = reminders.run("HYDRO-SE", dt.date(2026, 4, 1))
    assert second["count"] == 0 and "already reminded" in second["skipped"][0]["reason"]
    set_agency(demo, "HYDRO-SE", max_reminders_per_invoice=2)
    third = reminders.run("HYDRO-SE", dt.date(2026, 5, 4))
    assert [(r["invoice"], r["reminder_no"]) for r in third["reminders"]] == [(inv.number, 2)]


def test_fee_only_when_agreed_and_never_above_the_cap(demo):
    set_agency(demo, "HYDRO-SE", reminder_fee=D("95.00"))  # agreed, but above 60 SEK (lag 1981:739 4 §)
    invoice(demo, day=JAN5)
    assert reminders.run("HYDRO-SE", dt.date(2026, 3, 2))["reminders"][0]["fee"] == "60.00"
    set_agency(demo, "KULTUR-SE", reminder_fee=D("50.00"), reminder_fee_agreed=False)
    invoice(demo, "KULTUR-SE", "10002", article="A1", day=JAN5)
    assert reminders.run("KULTUR-SE", dt.date(2026, 3, 2))["reminders"][0]["fee"] == "0.00"
    set_agency(demo, "VESI-FI", reminder_fee=D("20.00"), reminder_fee_agreed=True)
    invoice(demo, "VESI-FI", "20001", article="V100", day=JAN5)
    fi = reminders.run("VESI-FI", dt.date(2026, 3, 2))
    assert fi["reminders"][0]["fee"] == "12.00"  # FI business debtor: 12 €
    from core.registers.models import Agency
    agency = demo.execute(sa.select(Agency).where(Agency.code == "VESI-FI")).scalar_one()
    assert reminders.reminder_fee(agency, "private") == D("5.00")  # FI consumer: 5 € (perintälaki 10 §)
    assert all(c.ok for c in subledger.check(demo))


def test_exclusions_minimum_no_reminders_disputed_collection_selection(demo):
    small = invoice(demo, article="3010", qty="0.2", day=JAN5)  # 90 + 6 % = 95.40 < 100 minimum
    keep = invoice(demo, qty="2", day=JAN5)
    disputed = invoice(demo, qty="3", day=JAN5)
    in_coll = invoice(demo, qty="4", day=JAN5)
    other = invoice(demo, customer="10001", qty="5", day=JAN5)
    paid = invoice(demo, qty="6", day=JAN5)
    nobody = invoice(demo, customer="10003", article="2010", day=JAN5)
    pay(demo, paid, paid.total, dt.date(2026, 2, 10))
    set_customer(demo, "10003", no_reminders=True)
    for inv, field, value in ((disputed, "disputed", True), (in_coll, "collection_status", "handed_over")):
        setattr(inv, field, value)
        demo.add(inv)
    demo.commit()
    res = reminders.run("HYDRO-SE", dt.date(2026, 3, 2), customers=["10002", "10003"], dry_run=True)
    assert [r["invoice"] for r in res["reminders"]] == [keep.number]
    reasons = {s["invoice"]: s["reason"] for s in res["skipped"]}
    assert "below the minimum" in reasons[small.number]
    assert "disputed" in reasons[disputed.number] and "collection" in reasons[in_coll.number]
    assert "no_reminders" in reasons[nobody.number]
    assert other.number not in reasons and paid.number not in reasons
    everyone = reminders.run("HYDRO-SE", dt.date(2026, 3, 2))
    assert {r["invoice"] for r in everyone["reminders"]} == {keep.number, other.number}


def test_invoice_show_lists_reminders(demo, capsys):
    inv = invoice(demo, day=JAN5)
    reminders.run("HYDRO-SE", dt.date(2026, 3, 2))
    code, out, _ = run_cli(capsys, "invoice", "show", inv.number, "--agency", "HYDRO-SE", "--json")
    assert code == 0
    rem = json.loads(out)["reminders"]
    assert rem[0]["reminder_no"] == 1 and rem[0]["fee"] == "60.00" and rem[0]["sent"]
