"""Collection hand-over: after the reminder's payment date plus collection days; never other state agencies;
reminders and interest stop for cases handed over."""
import csv
import datetime as dt
import json

from core.billing.models import Invoice
from core.runs import collection, interest_run, reminders
from tests.conftest import run_cli
from tests.runs.helpers import invoice, pay, set_agency

JAN5 = dt.date(2026, 1, 5)


def test_hand_over_after_reminder_and_stop_reminders_and_interest(demo, capsys):
    set_agency(demo, "HYDRO-SE", max_reminders_per_invoice=3, interest_on_open=True)
    inv = invoice(demo, qty="10", day=JAN5)
    rem = reminders.run("HYDRO-SE", dt.date(2026, 2, 16))  # reminder payment date 2026-02-26 (+10)
    assert rem["count"] == 1
    assert collection.run("HYDRO-SE", dt.date(2026, 3, 12), dry_run=True)["count"] == 0  # 14 days not yet past
    code, out, err = run_cli(capsys, "collection", "run", "--agency", "HYDRO-SE", "--date", "2026-03-13", "--json")
    assert code == 0, err
    res = json.loads(out)
    assert res["count"] == 1 and res["cases"][0]["invoice"] == inv.number
    case = res["cases"][0]
    assert case["claim"] == "14375.00" and case["fees"] == "60.00" and float(case["interest"]) > 0
    csv_file, json_file = res["files"]
    rows = list(csv.DictReader(open(csv_file, encoding="utf-8"), delimiter=";"))
    assert rows[0]["invoice"] == inv.number and rows[0]["debtor_name"] == "Mälardalens Miljökonsult AB"
    exported = json.load(open(json_file, encoding="utf-8"))["cases"][0]
    assert [h["event"] for h in exported["history"]][:3] == ["invoiced", "due", "reminder 1"]
    demo.expire_all()
    assert demo.get(Invoice, inv.id).collection_status == "handed_over"
    # reminders and interest stop
    later = reminders.run("HYDRO-SE", dt.date(2026, 4, 1), dry_run=True)
    assert later["count"] == 0 and "collection" in later["skipped"][0]["reason"]
    assert interest_run.run("HYDRO-SE", "2026-03", dry_run=True)["count"] == 0
    # the same day again hands over nothing new
    assert collection.run("HYDRO-SE", dt.date(2026, 3, 13))["count"] == 1
    assert collection.run("HYDRO-SE", dt.date(2026, 3, 14))["count"] == 0
    code, out, _ = run_cli(capsys, "collection", "update", case["case"], "--status", "paid", "--note", "settled",
                           "--json")
    upd = json.loads(out)
    assert code == 0 and upd["status"] == "paid" and upd["history"][-1]["event"] == "status paid"
    code, _, err = run_cli(capsys, "collection", "update", case["case"], "--status", "bogus")
    assert code == 2 and "status must be one of" in err
    # the clerk's list of cases: by state, and only the agency's own
    code, out, _ = run_cli(capsys, "collection", "list", "--agency", "HYDRO-SE", "--status", "paid", "--json")
    assert code == 0 and [c["case"] for c in json.loads(out)] == [case["case"]]
    code, out, _ = run_cli(capsys, "collection", "list", "--agency", "HYDRO-SE", "--status", "handed_over", "--json")
    assert json.loads(out) == []
    code, out, _ = run_cli(capsys, "collection", "list", "--agency", "VESI-FI", "--json")
    assert json.loads(out) == []
    code, out, _ = run_cli(capsys, "collection", "list", "--agency", "HYDRO-SE")
    assert case["case"] in out and "1 case(s)" in out


def test_state_agency_customer_is_not_handed_over(demo):
    from core.registers import register as registers
    registers.upsert_customer(demo, {"customer_number": "10009", "name": "Statens kulturråd för arkiv",
                                     "org_no": "202100-5489", "kind": "public", "country": "SE"})
    demo.commit()
    state = invoice(demo, customer="10009", qty="10", day=JAN5)
    municipality = invoice(demo, customer="10004", qty="10", day=JAN5)
    reminders.run("HYDRO-SE", dt.date(2026, 2, 16))
    res = collection.run("HYDRO-SE", dt.date(2026, 3, 20))
    assert [c["invoice"] for c in res["cases"]] == [municipality.number]
    assert "state agency" in {s["invoice"]: s["reason"] for s in res["skipped"]}[state.number]


def test_paid_or_disputed_invoices_are_not_handed_over(demo):
    paid = invoice(demo, qty="10", day=JAN5)
    disputed = invoice(demo, qty="11", day=JAN5)
    reminders.run("HYDRO-SE", dt.date(2026, 2, 16))
    pay(demo, paid, paid.total + 60, dt.date(2026, 3, 1))
    disputed.disputed = True
    demo.add(disputed)
    demo.commit()
    assert collection.run("HYDRO-SE", dt.date(2026, 3, 20))["count"] == 0
