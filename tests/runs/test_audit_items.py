"""Issue #18's reminder rules and small items, as a user meets them: no reminder before the invoice was delivered,
the Finnish consumer's 14-day fee rules, the capped fee in the printed terms, the seller's interest law on the PDF,
reduced VAT rates and credit wording, the run date on a Finvoice reminder, JSON without exponents, amounts per
currency in the bank-import summary."""
from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal as D

from lxml import etree
from sqlmodel import select

from core.billing import crediting
from core.billing.delivery import channels, finvoice, printing
from core.billing.models import DeliveryRecord
from core.registers import register as registers
from core.runs import reminders
from core.runs.models import Reminder
from tests.conftest import run_cli
from tests.payments.helpers import VESI_IBAN, camt, import_
from tests.payments.helpers import invoice as paid_invoice
from tests.runs.helpers import invoice, set_agency

JAN5 = dt.date(2026, 1, 5)  # HYDRO-SE: due 2026-02-04


def test_no_reminder_before_the_invoice_is_delivered(demo):
    inv = invoice(demo, day=JAN5, deliver=False)
    res = reminders.run("HYDRO-SE", dt.date(2026, 3, 2), dry_run=True)
    assert res["reminders"] == [] and res["skipped"] == [{"invoice": inv.number,
                                                         "reason": "invoice not delivered yet"}]
    channels.deliver(demo, inv, "test", day=JAN5)
    demo.commit()
    assert [r["invoice"] for r in reminders.run("HYDRO-SE", dt.date(2026, 3, 2))["reminders"]] == [inv.number]


def _fi_consumer(session, number="20031"):
    return registers.upsert_customer(session, {"customer_number": number, "name": "Maija Virtanen", "country": "FI",
                                               "private": True, "language": "fi",
                                               "address": {"street": "Kuja 1", "postal_code": "70100",
                                                           "city": "Kuopio"}})


def test_finnish_consumer_fee_only_14_days_after_due_and_after_the_previous_reminder(demo):
    set_agency(demo, "VESI-FI", reminder_fee=D("5.00"), reminder_fee_agreed=True, max_reminders_per_invoice=2,
               reminder_payment_days=7)
    _fi_consumer(demo)
    demo.commit()
    early = invoice(demo, "VESI-FI", "20031", article="V100", day=dt.date(2026, 1, 5))
    late = invoice(demo, "VESI-FI", "20031", article="V100", day=dt.date(2025, 12, 29))
    first_day = early.due_date + dt.timedelta(days=11)  # the audit's case: 11 days after the due date
    assert (first_day - late.due_date).days >= 14
    first = {r["invoice"]: r["fee"] for r in reminders.run("VESI-FI", first_day)["reminders"]}
    assert first == {early.number: "0.00", late.number: "5.00"}  # KKV: a charged reminder at 14 days at the earliest
    second = {r["invoice"]: r["fee"] for r in reminders.run("VESI-FI", first_day + dt.timedelta(days=10))["reminders"]}
    assert second == {early.number: "0.00", late.number: "0.00"}  # 10 days after the previous one: no fee
    business = invoice(demo, "VESI-FI", "20001", article="V100", day=dt.date(2026, 1, 5))
    assert [r["fee"] for r in reminders.plan(demo, registers.agency_by_code(demo, "VESI-FI"),
                                             first_day).reminders if r["invoice"] == business.number] == [D("5.00")]


def test_printed_terms_promise_the_capped_fee_and_the_sellers_interest_law(demo):
    set_agency(demo, "VESI-FI", reminder_fee=D("20.00"), reminder_fee_agreed=True)
    set_agency(demo, "HYDRO-SE", reminder_fee=D("100.00"), reminder_fee_agreed=True)
    _fi_consumer(demo)
    registers.upsert_customer(demo, {"customer_number": "20032", "name": "Kalle Svensson", "country": "FI",
                                     "private": True, "language": "sv"})
    demo.commit()
    consumer = printing.context(demo, invoice(demo, "VESI-FI", "20031", article="V100", deliver=False))["terms"]
    company = printing.context(demo, invoice(demo, "VESI-FI", "20001", article="V100", deliver=False))["terms"]
    swedish_speaker = printing.context(demo, invoice(demo, "VESI-FI", "20032", article="V100", deliver=False))
    se = printing.context(demo, invoice(demo, day=JAN5, deliver=False))["terms"]
    assert "5,00 EUR" in consumer[1] and "12,00 EUR" in company[1] and "60,00 SEK" in se[1]
    assert not any("100,00" in t or "20,00" in t for t in consumer + company + se)
    sv_fi = swedish_speaker["terms"][0]
    assert swedish_speaker["lang"] == "sv" and "korkolaki" in sv_fi and "+ 7" in sv_fi and "+ 8" not in sv_fi


def test_reduced_rates_and_credit_wording_on_the_printed_document(demo):
    inv = invoice(demo, article="3010", qty="2", day=JAN5, deliver=False)  # 6 % (culture)
    rows = printing.context(demo, inv)["vat_rows"]
    assert [r["name"] for r in rows] == ["Reducerad skattesats"]
    std = printing.context(demo, invoice(demo, day=JAN5, deliver=False))["vat_rows"]
    assert [r["name"] for r in std] == ["Normalskattesats"]
    cn = crediting.credit(demo, inv, "fel antal")
    demo.commit()
    html = printing.render_html(demo, cn)
    assert "Att återfå" in html and "Att erhålla" not in html
    grand = html.split("Att återfå")[1][:120]
    assert cn.total < 0 and not re.search(r"[-−]\s?\d", grand)  # the amount to get back, without a minus


def test_finvoice_reminder_carries_the_run_date_and_the_reminder_type(demo):
    cust = _fi_consumer(demo, "20033")
    finvoice.add_proposal(demo, cust, "OKOYFIHH", "FI4950009420028730", dt.date(2025, 12, 1))
    set_agency(demo, "VESI-FI", reminder_fee=D("5.00"), reminder_fee_agreed=True)
    inv = invoice(demo, "VESI-FI", "20033", article="V100", day=dt.date(2026, 1, 5))
    run_day = inv.due_date + dt.timedelta(days=20)
    reminders.run("VESI-FI", run_day)
    rem = demo.exec(select(Reminder).where(Reminder.invoice_id == inv.id)).one()
    rec = demo.exec(select(DeliveryRecord).where(DeliveryRecord.invoice_id == inv.id,
                                                 DeliveryRecord.document == "reminder")).one()
    doc = etree.parse(rec.file_path).getroot()
    assert rec.channel == "finvoice" and rem.reminder_date == run_day
    assert doc.findtext("InvoiceDetails/InvoiceDate") == run_day.strftime("%Y%m%d")  # not the clock's today
    assert doc.findtext("InvoiceDetails/InvoiceTypeCode") == "INV08"
    assert doc.findtext("InvoiceDetails/InvoiceNumber") == f"{inv.number}-M1"
    invoice_doc = etree.fromstring(finvoice.finvoice_xml(demo, inv))
    assert invoice_doc.findtext("InvoiceDetails/InvoiceTypeCode") == "INV01"


def test_json_never_writes_exponents(demo, capsys):
    code, out, err = run_cli(capsys, "invoice", "create", "--agency", "HYDRO-SE", "--customer", "10002",
                             "--line", "1010:10:20", "--issue", "--force-reason", "test", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["lines"][0]["quantity"] == "10" and data["lines"][0]["unit_price"] == "20.00"
    assert "E+" not in out
    registers.upsert_article(demo, {"agency": "VESI-FI", "code": "V010", "name": "Lehti", "unit_price": "10",
                                    "vat_rate": "10"})
    demo.commit()
    dumped = json.dumps(registers.registry_dict(demo))
    assert "E+" not in dumped and '"unit_price": "10"' in dumped and '"vat_rate": "10"' in dumped


def test_bank_import_summary_gives_amounts_per_currency(demo):
    eur = paid_invoice(demo, "300.00", agency="VESI-FI", customer="20001")
    raw = camt(VESI_IBAN, [{"amount": "300.00", "ref": eur.reference}])
    sek = camt(VESI_IBAN, [{"amount": "1000.00", "ustrd": "gåva"}], currency="SEK", msg_id="MSG-2")
    entry = sek[sek.index(b"<Ntry>"):sek.index(b"</Ntry>") + len(b"</Ntry>")]
    end = raw.index(b"</Ntry>") + len(b"</Ntry>")
    raw = raw[:end] + entry + raw[end:]  # one notification, an EUR and a SEK entry
    res = import_(demo, raw, name="mixed.xml").as_dict()
    assert res["payments"] == 2
    assert res["amounts_by_currency"] == {"EUR": "300.00", "SEK": "1000.00"}
    assert res["amount"] == "1300.00"  # the old key: every currency added, kept for scripts (README)
