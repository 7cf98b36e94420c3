"""A count is read with its noun in the right number (issue #15): "1 faktura", "1 lasku", "1 betalning", not
"1 fakturor", "1 laskua" or "1 betalningar" — and "2 fakturor", "2 laskua" still. Before, every list's summary
had one plural text whatever its count (the catalogs had no singular to give)."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from core.billing.models import Invoice
from core.payments.models import Payment
from tests.support.browser import in_language, page_text


def _summary(page: str) -> str:
    return re.search(r'<p class="summary" role="status">([^<·]*)', page).group(1).strip()


def test_one_invoice_and_one_payment_read_in_the_singular(as_user, world, clean_db):
    with Session(clean_db) as s:  # one payment of HYDRO-SE waits to be placed; the others are placed
        for pay in s.exec(select(Payment).where(Payment.agency_id == world["HYDRO-SE"]["agency"],
                                                Payment.id != world["HYDRO-SE"]["payment"])):
            pay.status = "matched"
        s.commit()
    with Session(clean_db) as s:
        number = s.get(Invoice, world["HYDRO-SE"]["invoice"]).number
        customer = s.get(Invoice, world["HYDRO-SE"]["invoice"]).customer_id
        several = len(s.exec(select(Invoice).where(Invoice.customer_id == customer)).all())
    hydro = world["HYDRO-SE"]["agency"]
    for lang, one_invoice, one_payment, invoices in (("sv", "1 faktura", "1 betalning", "fakturor"),
                                                     ("fi", "1 lasku", "1 maksu", "laskua"),
                                                     ("en", "1 invoice", "1 payment", "invoices")):
        clerk = in_language(as_user("clerkhydro"), lang)
        assert _summary(page_text(clerk.get(f"/invoices/?q={number}&agency={hydro}"))) == one_invoice, lang
        assert _summary(page_text(clerk.get("/payments/"))) == one_payment, lang
        many = _summary(page_text(clerk.get(f"/invoices/?agency={hydro}")))
        assert re.fullmatch(rf"\d+ {invoices}", many) and not many.startswith("1 "), (lang, many)
    assert several >= 1
