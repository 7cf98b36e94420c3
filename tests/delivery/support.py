"""Helpers for the delivery tests: foreign customers and invoices of every VAT category (created and issued
through core.billing.drafting and issuing, the one path every source uses)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from core.billing import crediting, drafting, issuing
from core.billing.drafting import DraftOptions, LineInput
from core.registers import register as registers

DAY = dt.date(2026, 11, 2)

FOREIGN = [
    {"customer_number": "30001", "name": "Hafenbau Kiel GmbH", "vat_no": "DE811569869", "country": "DE",
     "peppol_id": "9930:DE811569869", "language": "en",
     "address": {"street": "Kaistraße 12", "postal_code": "24103", "city": "Kiel"}},
    {"customer_number": "30002", "name": "Fjordmåling AS", "country": "NO", "peppol_id": "0192:987654325",
     "language": "en", "address": {"street": "Strandgata 5", "postal_code": "5013", "city": "Bergen"}},
    {"customer_number": "20002", "name": "Pohjanmaan Satama Oy", "org_no": "2876552-3", "vat_no": "FI28765523",
     "country": "FI", "peppol_id": "0216:003728765523",
     "address": {"street": "Satamatie 1", "postal_code": "65100", "city": "Vaasa"}},
]


def add_foreign_customers(session) -> None:
    for data in FOREIGN:
        if data["customer_number"] == "20002":
            continue  # same org no as the demo's 20001; kept as a data sample only
        registers.upsert_customer(session, dict(data), actor="test")
    session.commit()


def make(session, agency: str = "HYDRO-SE", customer: str = "10001", lines=(("1010", "2", None, None),),
         day: dt.date = DAY, buyer_reference: str | None = "Anna Berg", order_reference: str | None = "PO-4711",
         issue: bool = True):
    """An issued invoice. lines: (article, qty, price, vat_code) or (None, qty, price, vat_code, description)."""
    a = registers.agency_by_code(session, agency)
    c = registers.find_customer(session, customer, a)
    inputs = []
    for spec in lines:
        art, qty, price, code = spec[:4]
        desc = spec[4] if len(spec) > 4 else None
        inputs.append(LineInput(article_code=art, quantity=qty, unit_price=price, vat_code=code, description=desc))
    inv = drafting.create_draft(session, a, c, inputs, DraftOptions(invoice_date=day, buyer_reference=buyer_reference,
                                                                    order_reference=order_reference))
    if issue:
        issuing.issue(session, inv, force=bool(inv.warnings), force_reason="test" if inv.warnings else None)
    session.commit()
    return inv


def credit(session, inv, qty: dict | None = None):
    note = crediting.credit(session, inv, "wrong quantity", {k: Decimal(v) for k, v in (qty or {}).items()} or None,
                            invoice_date=inv.invoice_date + dt.timedelta(days=3))
    session.commit()
    return note
