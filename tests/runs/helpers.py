"""Helpers for the run tests: invoices issued through core.billing.issuing, payments through
core.payments.allocation."""
from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal as D

from sqlmodel import Session

from core.billing import drafting, issuing
from core.billing.delivery import channels
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.payments import allocation
from core.payments.models import Payment
from core.registers import register as registers

_ext = itertools.count(1)


def invoice(session: Session, agency: str = "HYDRO-SE", customer: str = "10002", qty: str = "1",
            day: dt.date = dt.date(2026, 1, 5), article: str = "1010", price: str | None = None,
            deliver: bool = True) -> Invoice:
    """An issued invoice, delivered on its invoice date (reminders only follow a delivered invoice) unless
    `deliver` is False."""
    a = registers.agency_by_code(session, agency)
    c = registers.find_customer(session, customer, a)
    inv = drafting.create_draft(session, a, c, [LineInput(article_code=article, quantity=qty, unit_price=price)],
                                DraftOptions(invoice_date=day))
    issuing.issue(session, inv, force=True, force_reason="test")
    if deliver:
        channels.deliver(session, inv, "test", day=day)
    session.commit()
    return inv


def pay(session: Session, inv: Invoice, amount, day: dt.date) -> None:
    amount = D(str(amount))
    p = Payment(external_id=f"test-{next(_ext)}-{inv.id}", amount=amount, currency=inv.currency, payment_date=day,
                unallocated=amount, agency_id=inv.agency_id, reference=inv.reference)
    session.add(p)
    session.flush()
    session.refresh(inv)
    allocation.allocate(session, p, inv, amount, "manual")
    session.commit()


def set_agency(session: Session, code: str, **values) -> None:
    a = registers.agency_by_code(session, code)
    for k, v in values.items():
        setattr(a, k, v)
    session.add(a)
    session.commit()


def set_customer(session: Session, number: str, **values) -> None:
    c = registers.find_customer(session, number)
    for k, v in values.items():
        setattr(c, k, v)
    session.add(c)
    session.commit()
