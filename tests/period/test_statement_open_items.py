"""The statement of account and the open-items report take what a document owes on a date from one rule
(core.period.open_amounts), so they cannot drift (issue #15). Before, the statement worked it out a second time and
put a credit family's sum on the original: an invoice part paid and then credited in full showed as the original
owing -400 on the statement while the report (and the ledger) had the credit note holding the customer's 400 of
credit. A write-off and a credit note dated after the statement's date leave their invoices open in full on that
date, on both."""
import datetime as dt
import json
from decimal import Decimal as D

from core.billing import crediting
from core.period.valuation import write_off
from core.registers import register as registers
from core.views import statement
from tests.conftest import run_cli
from tests.period.helpers import make_invoice, pay

JAN5, FEB1, FEB10, MAR15, APR1 = (dt.date(2026, 1, 5), dt.date(2026, 2, 1), dt.date(2026, 2, 10),
                                  dt.date(2026, 3, 15), dt.date(2026, 4, 1))


def test_the_statement_and_the_open_items_report_agree_on_later_credits_and_write_offs(demo, capsys):
    written_off, credited_later, paid_then_credited = (make_invoice(demo, day=JAN5) for _ in range(3))
    write_off(demo, written_off, "bankrupt", date=APR1)  # after the statement's date
    later_note = crediting.credit(demo, credited_later, "wrong price", invoice_date=APR1)
    pay(demo, paid_then_credited, D("400.00"), FEB1)
    note = crediting.credit(demo, paid_then_credited, "cancelled", invoice_date=FEB10)
    demo.commit()
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    cust = registers.find_customer(demo, "10002", agency)

    st = statement.statement(demo, cust.id, [agency.id], MAR15)
    [sek] = st["sections"]
    on_statement = {it["number"]: it["open_amount"] for it in sek.open_items}

    code, out, _ = run_cli(capsys, "report", "open-items", "--agency", "HYDRO-SE", "--date", MAR15.isoformat(),
                           "--format", "json")
    assert code == 0
    [customer] = [c for c in json.loads(out)["customers"] if c["customer_number"] == "10002"]
    in_report = {it["invoice"]: D(it["open_amount"]) for it in customer["items"]}

    assert on_statement == in_report
    assert on_statement[written_off.number] == written_off.total  # written off only later: open in full
    assert on_statement[credited_later.number] == credited_later.total  # credited only later: open in full
    assert later_note.number not in on_statement
    assert on_statement[note.number] == D("-400.00") and paid_then_credited.number not in on_statement
    assert sek.closing == D(customer["open_amount"]) == sum(in_report.values())
    assert sek.movements[-1].balance == sek.closing  # the movements run to the balance
