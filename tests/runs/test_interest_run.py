"""Monthly interest invoicing: late payments, partial payments, threshold, charged once, balanced vouchers."""
import datetime as dt
import json
from decimal import Decimal as D

import sqlalchemy as sa

from core.billing import subledger
from core.billing.models import Invoice, InvoiceLine
from core.runs import interest_run
from core.runs.interest import interest_on_payments, late_interest
from tests.conftest import run_cli
from tests.runs.helpers import invoice, pay, set_agency, set_customer

JAN5 = dt.date(2026, 1, 5)  # due 2026-02-04 (HYDRO-SE, 30 days)


def test_late_payment_gives_an_interest_invoice(demo):
    inv = invoice(demo, qty="10", day=JAN5)  # 14 375.00
    pay(demo, inv, inv.total, dt.date(2026, 3, 16))  # 40 days late at 10 % -> 157.53
    res = interest_run.run("HYDRO-SE", "2026-03")
    expected = late_interest("SE", D("14375.00"), inv.due_date, dt.date(2026, 3, 16)).total
    assert res["count"] == 1 and res["total"] == str(expected) == "157.53"
    row = res["invoices"][0]
    assert row["customer"] == "10002" and row["number"] and row["total"] == "157.53"
    assert row["items"] == [{"invoice": inv.number, "principal": "14375.00", "from": dt.date(2026, 2, 5),
                             "to": dt.date(2026, 3, 16), "interest": "157.53"}]
    ri = demo.execute(sa.select(Invoice).where(Invoice.kind == "interest")).scalar_one()
    assert ri.status == "issued" and ri.reference and ri.total == D("157.53") and ri.vat_total == 0
    line = demo.execute(sa.select(InvoiceLine).where(InvoiceLine.invoice_id == ri.id)).scalar_one()
    assert (line.article_code, line.vat_code, line.revenue_account) == (None, "outside", "8313")
    assert all(c.ok for c in subledger.check(demo))


def test_partial_payments(demo):
    inv = invoice(demo, qty="10", day=JAN5)
    pay(demo, inv, D("5000.00"), dt.date(2026, 2, 24))
    pay(demo, inv, inv.total - D("5000.00"), dt.date(2026, 3, 16))
    expected = interest_on_payments("SE", D("14375.00"), inv.due_date,
                                    [(dt.date(2026, 2, 24), D("5000.00")), (dt.date(2026, 3, 16), D("9375.00"))]).total
    feb = interest_run.run("HYDRO-SE", "2026-02")  # 20 days on 14 375.00 = 78.77: below the 100.00 threshold
    assert feb["count"] == 0 and feb["below_threshold"][0]["total"] == "78.77"
    mar = interest_run.run("HYDRO-SE", "2026-03")  # still owed: charged with the rest once paid in full
    assert mar["total"] == str(expected) == "130.14"
    item = mar["invoices"][0]["items"][0]
    assert (item["principal"], item["from"], item["to"]) == ("14375.00", dt.date(2026, 2, 5), dt.date(2026, 3, 16))


def test_partial_payments_charged_month_by_month(demo):
    set_agency(demo, "HYDRO-SE", interest_threshold=D("1.00"))
    inv = invoice(demo, qty="10", day=JAN5)
    pay(demo, inv, D("5000.00"), dt.date(2026, 2, 24))
    pay(demo, inv, inv.total - D("5000.00"), dt.date(2026, 3, 16))
    feb = interest_run.run("HYDRO-SE", "2026-02")
    mar = interest_run.run("HYDRO-SE", "2026-03")
    assert (feb["total"], mar["total"]) == ("78.77", "51.37")  # 20 days on 14 375.00, then 20 days on 9 375.00
    assert mar["invoices"][0]["items"][0]["principal"] == "9375.00"
    assert mar["invoices"][0]["items"][0]["from"] == dt.date(2026, 2, 25)
    assert all(c.ok for c in subledger.check(demo))
    assert all(c.ok for c in subledger.check(demo))


def test_below_threshold_no_invoice_and_customer_sum(demo):
    small = invoice(demo, qty="1", day=JAN5)  # 1 437.50, 20 days -> 7.88
    pay(demo, small, small.total, dt.date(2026, 2, 24))
    res = interest_run.run("HYDRO-SE", "2026-02")
    assert res["count"] == 0 and res["total"] == "0.00"
    assert res["below_threshold"][0]["customer"] == "10002" and res["below_threshold"][0]["total"] == "7.88"
    assert demo.execute(sa.select(sa.func.count()).select_from(Invoice).where(Invoice.kind == "interest")).scalar() == 0
    set_agency(demo, "HYDRO-SE", interest_threshold=D("10.00"))
    a = invoice(demo, qty="1", day=dt.date(2026, 2, 2))
    b = invoice(demo, qty="1", article="1020", day=dt.date(2026, 2, 2))
    for x in (a, b):
        pay(demo, x, x.total, dt.date(2026, 4, 20))
    res = interest_run.run("HYDRO-SE", "2026-04")
    assert res["count"] == 1 and len(res["invoices"][0]["items"]) == 2  # one invoice per customer, summed


def test_no_double_charging(demo):
    inv = invoice(demo, qty="10", day=JAN5)
    pay(demo, inv, inv.total, dt.date(2026, 3, 16))
    first = interest_run.run("HYDRO-SE", "2026-03")
    again = interest_run.run("HYDRO-SE", "2026-03")
    assert again["already_run"] and again["invoices"] == first["invoices"]
    assert interest_run.run("HYDRO-SE", "2026-04")["count"] == 0
    assert demo.execute(sa.select(sa.func.count()).select_from(Invoice).where(Invoice.kind == "interest")).scalar() == 1


def test_interest_on_open_runs_on_from_the_last_charge(demo):
    set_agency(demo, "HYDRO-SE", interest_on_open=True, interest_threshold=D("1.00"))
    inv = invoice(demo, qty="10", day=JAN5)
    feb = interest_run.run("HYDRO-SE", "2026-02")["invoices"][0]["items"][0]
    assert (feb["from"], feb["to"]) == (dt.date(2026, 2, 5), dt.date(2026, 2, 28))
    pay(demo, inv, inv.total, dt.date(2026, 3, 10))
    mar = interest_run.run("HYDRO-SE", "2026-03")["invoices"][0]["items"][0]
    assert (mar["from"], mar["to"]) == (dt.date(2026, 3, 1), dt.date(2026, 3, 10))
    whole = late_interest("SE", D("14375.00"), inv.due_date, dt.date(2026, 3, 10)).total
    assert abs(D(feb["interest"]) + D(mar["interest"]) - whole) <= D("0.01")  # each part rounded once
    assert all(c.ok for c in subledger.check(demo))


def test_no_interest_customers_and_disputed_invoices_left_out(demo):
    inv = invoice(demo, qty="10", day=JAN5)
    other = invoice(demo, customer="10001", qty="10", day=JAN5)
    disputed = invoice(demo, customer="10001", qty="11", day=JAN5)
    set_customer(demo, "10002", no_interest=True)
    disputed.disputed = True
    demo.add(disputed)
    demo.commit()
    for x in (inv, other):
        pay(demo, x, x.total, dt.date(2026, 3, 16))
    res = interest_run.run("HYDRO-SE", "2026-03", dry_run=True)
    assert [r["customer"] for r in res["invoices"]] == ["10001"]
    assert [i["invoice"] for i in res["invoices"][0]["items"]] == [other.number]


def test_rates_set_is_used_by_the_run(demo, capsys):
    code, out, _ = run_cli(capsys, "rates", "set", "--country", "SE", "--from", "2027-01-01", "--rate", "3.5",
                           "--json")
    assert code == 0 and json.loads(out)["reference_rate"] == "3.50"
    code, out, _ = run_cli(capsys, "rates", "list", "--json")
    rows = [r for r in json.loads(out)["rates"] if r["country"] == "SE" and r["valid_from"] == "2027-01-01"]
    assert rows and rows[0]["source"] == "database" and rows[0]["late_interest_rate"] == "11.50"
    code, _, err = run_cli(capsys, "rates", "set", "--country", "SE", "--from", "2027-02-01", "--rate", "1")
    assert code == 2 and "1 Jan or 1 Jul" in err
    inv = invoice(demo, qty="10", day=dt.date(2026, 12, 1))  # due after New Year's Eve: 2027-01-04
    pay(demo, inv, inv.total, dt.date(2027, 1, 30))
    code, out, err = run_cli(capsys, "interest", "run", "--agency", "HYDRO-SE", "--period", "2027-01", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= {"agency", "period", "dry_run", "invoices", "below_threshold", "count", "total"}
    days = (dt.date(2027, 1, 30) - inv.due_date).days  # all in 2027: 3.5 + 8 = 11.5 %
    assert inv.due_date.year == 2027 and data["total"] == str((D("14375.00") * D("11.5") * days / 36500)
                                                              .quantize(D("0.01")))
