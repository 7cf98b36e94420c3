"""The customer's account page and statement (issue #15): the balance a clerk reads equals the open amounts of the
customer's invoices, a payment shows and lowers it, the statement PDF lists the open items, and another agency's
user sees nothing of it."""
from __future__ import annotations

from decimal import Decimal

from sqlmodel import Session, select

from core.billing.models import Invoice


def _open_sum(engine, customer_id, agency_id):
    with Session(engine) as s:
        return sum((i.open_amount for i in s.exec(select(Invoice).where(Invoice.customer_id == customer_id,
                                                                         Invoice.agency_id == agency_id))
                    if i.status == "issued"), Decimal("0"))


def test_account_balance_payment_and_statement(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    c = as_user("hydro")
    page = c.get(f"/customers/{w['customer']}/account").get_data(as_text=True)
    with Session(clean_db) as s:
        inv = s.get(Invoice, w["invoice"])
        number, open_before = inv.number, inv.open_amount
    assert number in page
    balance = _open_sum(clean_db, w["customer"], w["agency"])
    assert balance > 0 and format(balance, ",.2f").replace(",", "\xa0").replace(".", ",") in page
    clerk = as_user("clerk")
    r = clerk.post(f"/payments/{w['payment']}/allocate", data={"invoice-0": number, "amount-0": "40,00"})
    assert r.status_code == 302
    after = c.get(f"/customers/{w['customer']}/account").get_data(as_text=True)
    new_balance = balance - Decimal("40.00")
    assert format(new_balance, ",.2f").replace(",", "\xa0").replace(".", ",") in after
    assert "40,00" in after  # the payment is listed
    pdf = c.get(f"/customers/{w['customer']}/statement.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF")
    import io

    import pdfplumber
    with pdfplumber.open(io.BytesIO(pdf.data)) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    assert number in text and "None" not in text
    assert open_before > 0


def test_other_agency_user_cannot_open_the_account(as_user, world):
    w = world["HYDRO-SE"]
    assert as_user("vesi").get(f"/customers/{w['customer']}/account").status_code == 404
    assert as_user("vesi").get(f"/customers/{w['customer']}/statement.pdf").status_code == 404


def _pdf_text(data: bytes) -> str:
    import io

    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    return text.replace("\xa0", " ").replace("\u202f", " ").replace("\u2212", "-")


def _sv(amount: Decimal) -> str:
    return format(amount, ",.2f").replace(",", " ").replace(".", ",")


def test_the_statement_lists_invoices_fees_and_payments_to_the_balance_as_of_its_date(as_user, world, clean_db):
    """Before: the statement listed only the open invoices with their open amounts — a customer who had paid part
    and been charged a reminder fee could not see either, nor how the balance came about; and a statement as of
    an earlier day showed today's open amounts. A clerk reminds the customer, registers a part payment, prints
    the statement and checks that it lists the invoice, the fee and the payment, and that the balance is what the
    customer's invoices owe; the statement as of the day before the payment still has the whole amount."""
    import datetime as dt

    from core.billing.delivery import channels
    from core.payments.models import Allocation, Payment
    from core.registers.models import Customer
    from core.runs import reminders
    from core.runs.models import Reminder

    w = world["HYDRO-SE"]
    with Session(clean_db) as s:
        inv = s.get(Invoice, w["invoice"])
        number, cust_no, due = inv.number, s.get(Customer, w["customer"]).customer_number, inv.due_date
        channels.deliver(s, inv)
        s.commit()
    reminded = due + dt.timedelta(days=20)
    reminders.run("HYDRO-SE", reminded, customers=[cust_no], actor="clerk")
    with Session(clean_db) as s:
        fee = s.exec(select(Reminder).where(Reminder.invoice_id == w["invoice"])).one().fee
    assert fee > 0
    clerk = as_user("clerk")
    clerk.post("/language", data={"lang": "sv"})
    paid_on = reminded + dt.timedelta(days=5)
    r = clerk.post(f"/payments/{w['payment']}/allocate", data={"invoice-0": number, "amount-0": "40,00"})
    assert r.status_code == 302
    with Session(clean_db) as s:  # the bank's payment day, after the reminder
        s.get(Payment, w["payment"]).payment_date = paid_on
        for a in s.exec(select(Allocation).where(Allocation.payment_id == w["payment"])):
            a.payment_date = paid_on
        s.commit()
    balance = _open_sum(clean_db, w["customer"], w["agency"])

    text = _pdf_text(clerk.get(f"/customers/{w['customer']}/statement.pdf?date={paid_on}&lang=sv").data)
    assert number in text and "Faktura" in text
    assert "Påminnelseavgift" in text and _sv(fee) in text, text
    assert "Betalning" in text and "-40,00" in text, text
    assert "Saldo" in text and _sv(balance) in text, text

    before = _pdf_text(clerk.get(
        f"/customers/{w['customer']}/statement.pdf?date={paid_on - dt.timedelta(days=1)}&lang=sv").data)
    assert "Betalning" not in before and _sv(balance + Decimal("40.00")) in before, before
