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
