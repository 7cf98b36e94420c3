"""Applying money to invoices: the one place that changes an invoice's open amount because of a payment,
and posts the matching voucher (bank debit, AR credit; overpayment to customer prepayments)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Session

from core import accounts, audit, ledger
from core.errors import DomainError
from core.models.invoicing import Invoice
from core.models.payments import Allocation, Payment
from core.models.registers import Agency
from core.money import ZERO


def allocate(session: Session, payment: Payment, invoice: Invoice, amount: Decimal, method: str,
             actor: str = "system", post_voucher: bool = True) -> Allocation:
    """Apply `amount` of `payment` to `invoice`. Refuses more than is unallocated; an amount above the invoice's
    open amount is refused too (the caller books the excess as an overpayment with `book_overpayment`)."""
    if amount <= 0:
        raise DomainError("allocation amount must be positive")
    if amount > payment.unallocated:
        raise DomainError(f"payment has only {payment.unallocated} unallocated, cannot allocate {amount}")
    if invoice.status not in ("issued",) or invoice.open_amount <= 0:
        raise DomainError(f"invoice {invoice.number} is {invoice.status} with {invoice.open_amount} open")
    if amount > invoice.open_amount:
        raise DomainError(f"invoice {invoice.number} has only {invoice.open_amount} open")
    if invoice.currency != payment.currency:
        raise DomainError(f"payment in {payment.currency} cannot pay an invoice in {invoice.currency}")
    agency = session.get(Agency, invoice.agency_id)
    alloc = Allocation(payment_id=payment.id, invoice_id=invoice.id, amount=amount, method=method,
                       payment_date=payment.payment_date, actor=actor)
    if post_voucher:
        voucher = ledger.post(session, agency.id, payment.payment_date, f"Inbetalning faktura {invoice.number}",
                              "payment", payment.id, [
                                  ledger.Entry(accounts.account(agency.accounts, "bank"), amount),
                                  ledger.Entry(ledger.ar_account(agency), -amount, invoice.id, invoice.customer_id)])
        alloc.voucher_id = voucher.id
    invoice.open_amount -= amount
    if invoice.open_amount == 0:
        invoice.status = "paid"
        invoice.paid_date = payment.payment_date
    payment.unallocated -= amount
    payment.status = "matched" if payment.unallocated == 0 else "partly_matched"
    payment.agency_id = payment.agency_id or agency.id
    session.add_all([alloc, invoice, payment])
    audit.record(session, actor, "payment.allocate", "invoice", invoice.id, agency.id, "payments",
                 payment_id=payment.id, amount=amount, method=method)
    return alloc


def book_overpayment(session: Session, payment: Payment, agency: Agency, customer_id: int | None,
                     actor: str = "system") -> Allocation | None:
    """What is left of a payment after allocation becomes a customer credit (prepayments account)."""
    rest = payment.unallocated
    if rest <= 0:
        return None
    voucher = ledger.post(session, agency.id, payment.payment_date, f"Överbetalning {payment.external_id}",
                          "payment", payment.id, [
                              ledger.Entry(accounts.account(agency.accounts, "bank"), rest),
                              ledger.Entry(accounts.account(agency.accounts, "customer_prepayments"), -rest,
                                           None, customer_id)])
    alloc = Allocation(payment_id=payment.id, invoice_id=None, amount=rest, method="overpayment",
                       payment_date=payment.payment_date, voucher_id=voucher.id, actor=actor)
    payment.unallocated = ZERO
    payment.status = "matched"
    session.add_all([alloc, payment])
    audit.record(session, actor, "payment.overpayment", "payment", payment.id, agency.id, "payments", amount=rest)
    return alloc


def payments_of(session: Session, invoice_id: int) -> list[tuple[dt.date, Decimal, str]]:
    """(payment date, amount, method) of every allocation to an invoice, oldest first."""
    from sqlmodel import select

    rows = session.exec(select(Allocation).where(Allocation.invoice_id == invoice_id)
                        .order_by(Allocation.payment_date, Allocation.id)).all()
    return [(a.payment_date, a.amount, a.method) for a in rows]
