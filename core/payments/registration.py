"""Registering a payment by hand (cash, a transfer seen only on the statement): stored like a bank file's payment,
then placed on the invoice the clerk names or by the matching rules; what no rule places is asked about
(core.payments.questions), as for a bank file."""
from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlmodel import Session, select

from core.kernel.errors import ValidationError
from core.kernel.money import round_money, to_decimal
from core.payments import book_loader, matching, questions
from core.payments.facts import Decision, PaymentFacts, Planned, cents
from core.payments.models import Payment
from core.payments.placing import apply_decision, find_invoice
from core.platform import audit
from core.registers.models import Agency


def register_payment(session: Session, agency: Agency, amount: Decimal | str, date: dt.date,
                     reference: str | None = None, payer: str | None = None, payer_org_no: str | None = None,
                     invoice_number: str | None = None, currency: str | None = None,
                     actor: str = "system", external_id: str | None = None) -> Payment:
    """A payment registered by hand. With an invoice number it is allocated there (method manual, any excess a
    customer credit); otherwise the matching rules run."""
    value = to_decimal(amount, "amount")
    if value <= 0 or value != round_money(value):
        raise ValidationError("amount must be positive with at most two decimals", "amount")
    currency = currency or agency.currency
    ext = external_id or f"manual:{agency.code}:{uuid.uuid4().hex}"
    if session.exec(select(Payment.id).where(Payment.external_id == ext)).first():
        raise ValidationError(f"payment {ext} is already registered", "external_id")
    payment = Payment(agency_id=agency.id, external_id=ext, kind="manual", amount=value, currency=currency,
                      payment_date=date, reference=reference, payer_name=payer, payer_org_no=payer_org_no,
                      unallocated=value, source_location="manual")
    session.add(payment)
    session.flush()
    if invoice_number:
        apply_decision(session, payment, _to_invoice(session, agency, invoice_number, value, currency), agency,
                       actor)
    else:
        _by_the_rules(session, agency, payment, actor)
    audit.record(session, actor, "payment.register", "payment", payment.id, agency.id, "payments", amount=value,
                 reference=reference, invoice=invoice_number)
    session.flush()
    return payment


def _to_invoice(session: Session, agency: Agency, number: str, amount: Decimal, currency: str) -> Decision:
    """The named invoice takes what it has open; the rest (or all, if it is not open) is customer credit."""
    inv = find_invoice(session, agency, number)
    assert inv.id is not None  # a stored invoice
    d = Decision(customer_id=inv.customer_id)
    open_c = cents(inv.open_amount)
    if inv.status != "issued" or open_c <= 0 or inv.currency != currency:
        d.overpayment = cents(amount)
        d.note = f"invoice {inv.number} is {inv.status} ({inv.currency}): customer credit to refund or offset"
    else:
        d.allocations.append(Planned(inv.id, min(open_c, cents(amount)), "manual"))
        d.overpayment = max(0, cents(amount) - open_c)
    return d


def _by_the_rules(session: Session, agency: Agency, payment: Payment, actor: str) -> None:
    """The matching rules place the payment; the agency is asked about what they cannot."""
    assert agency.id is not None and payment.id is not None  # both stored
    facts = PaymentFacts(cents(payment.amount), payment.currency, payment.payment_date, reference=payment.reference,
                         payer_name=payment.payer_name, payer_org_no=payment.payer_org_no)
    book = book_loader.load_book(session, agency.id, only=[facts])
    book_loader.prepare(session, agency.id, book, [facts])
    apply_decision(session, payment, matching.decide(facts, book), agency, actor)
    session.flush()
    questions.ask_for_file(session, None, actor, payment_ids=[payment.id])
