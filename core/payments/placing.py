"""Placing the money of a stored payment: the decision of the matching rules for one payment, and what a clerk
(or the agency's answer to a payment question) does by hand — allocate to an invoice by its number, refund,
offset a customer credit. Every change of money goes through core.payments.allocation (its vouchers)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, select

from core.billing.models import Invoice
from core.kernel.errors import DomainError, NotFound
from core.kernel.money import to_decimal
from core.kernel.types import stored_id
from core.payments import allocation, question_state
from core.payments.facts import Decision, money
from core.payments.models import Allocation, Payment, PaymentAdvice
from core.platform.db import get_row
from core.registers.models import Agency


def get_payment(session: Session, payment_id: int) -> Payment:
    return get_row(session, Payment, payment_id, "payment")


def find_invoice(session: Session, agency: Agency | None, number: str) -> Invoice:
    """The invoice with this number (of the agency, when given)."""
    q = select(Invoice).where(Invoice.number == number)
    if agency is not None:
        q = q.where(Invoice.agency_id == agency.id)
    rows = session.exec(q).all()
    if not rows:
        raise NotFound(f"no invoice {number}", "invoice")
    if len(rows) > 1:
        raise DomainError(f"invoice number {number} exists for several agencies", "invoice")
    return rows[0]


def apply_decision(session: Session, payment: Payment, d: Decision, agency: Agency,
                   actor: str = "system", deposit: allocation.DepositVoucher | None = None) -> None:
    """One payment at a time through core.payments.allocation (manual registration; `import_file(bulk=False)`).
    Its lines go on `deposit`, the voucher of the bank deposit the payment came with (the caller posts it); without
    one the payment is a deposit of its own (a manual registration) and its voucher is posted here."""
    own = deposit is None
    if deposit is None:
        deposit = allocation.DepositVoucher(agency, payment.payment_date,
                                            allocation.registration_text(agency.language, payment), "payment",
                                            payment.id)
    deposit.add_payment(payment)
    for p in d.allocations:
        inv = get_row(session, Invoice, p.item_id, "invoice")
        allocation.allocate(session, payment, inv, money(p.amount), p.method, actor, deposit=deposit)
    if d.overpayment:
        allocation.book_overpayment(session, payment, agency, d.customer_id, actor, deposit=deposit)
    if payment.unallocated != 0:
        allocation.book_to_suspense(session, payment, agency, actor, deposit=deposit)
    if own:
        deposit.post(session)
    payment.note = join_notes(payment.note, d.note)
    payment.ask_agency = d.ask_agency if payment.unallocated != 0 or d.ask_agency else None
    payment.suggestions = d.suggestions
    payment.customer_id = payment.customer_id or d.customer_id
    if d.advice_id is not None:
        mark_advices(session, [d.advice_id])
    session.add(payment)


def join_notes(a: str | None, b: str | None) -> str | None:
    """Both notes, "; " between; None when neither says anything (called per payment of a file: no generator)."""
    if not b:
        return a or None
    return f"{a}; {b}" if a else b


def mark_advices(session: Session, ids: list[int]) -> None:
    """These payment advices are matched (a payment settled what they list)."""
    t = PaymentAdvice.__table__
    session.execute(sa.update(t).where(t.c.id.in_(ids)).values(status="matched"))
    for obj in list(session.identity_map.values()):
        if isinstance(obj, PaymentAdvice) and obj.id in ids:
            session.expire(obj)


def allocate_manually(session: Session, payment_id: int, invoice_number: str, amount: Decimal | str | None = None,
                      actor: str = "system", method: str = "manual") -> Allocation:
    """Place (part of) what is left of a payment on an invoice (method manual, or agency_answer when the agency's
    reply to a payment question names it); splits by calling it again."""
    payment = get_payment(session, payment_id)
    agency = session.get(Agency, payment.agency_id) if payment.agency_id else None
    inv = find_invoice(session, agency, invoice_number)
    value = to_decimal(amount, "amount") if amount is not None else (
        min(payment.unallocated, inv.open_amount) if payment.unallocated > 0 else payment.unallocated)
    alloc = allocation.allocate(session, payment, inv, value, method, actor)
    session.flush()
    if method == "manual":  # the agency's answer closes its question itself (core.payments.questions.answer)
        question_state.close_placed(session, payment_id)
    return alloc


def refund_payment(session: Session, payment_id: int, amount: Decimal | str | None = None,
                   date: dt.date | None = None, actor: str = "system") -> Allocation:
    payment = get_payment(session, payment_id)
    alloc = allocation.refund(session, payment, None if amount is None else to_decimal(amount), date, actor)
    question_state.close_placed(session, payment_id)
    return alloc


def offset_payment(session: Session, payment_id: int, invoice_number: str, amount: Decimal | str | None = None,
                   date: dt.date | None = None, actor: str = "system") -> Allocation:
    payment = get_payment(session, payment_id)
    agency = session.get(Agency, payment.agency_id)
    inv = find_invoice(session, agency, invoice_number)
    alloc = allocation.offset(session, payment, inv, None if amount is None else to_decimal(amount), date, actor)
    question_state.close_placed(session, payment_id)
    return alloc


def book_credit(session: Session, payment: Payment, agency: Agency, customer_id: int | None,
                actor: str = "system") -> None:
    """What is left of a payment kept as the customer's credit, by a clerk (its question closes when nothing is
    left to ask)."""
    allocation.book_overpayment(session, payment, agency, customer_id, actor)
    question_state.close_placed(session, stored_id(payment))
