"""Applying money to invoices: the one place that changes an invoice's open amount because of a payment, and
the one place that says which vouchers a payment produces.

Accounting choice (suspense): the bank account in the ledger always equals the bank statement. Every payment
is debited to the bank account when it is booked:
  * the part placed on invoices at once:        bank debit / AR credit (per allocation)
  * a remainder whose customer is known:        bank debit / customer prepayments (2420) credit ("overpayment")
  * a remainder nobody can place yet:           bank debit / unidentified payments (2421, suspense) credit,
                                                 and `Payment.in_suspense` is set
One voucher per bank deposit (issue #5; a BgMax deposit / TK15 section, a camt.054 entry, a manual
registration): ONE bank debit line for the deposit's amount, as the bank statement shows it, and one credit line
per allocation, overpayment and suspense remainder, each naming its payment (`VoucherEntry.payment_id`) and, on
the AR account, its invoice (`DepositVoucher`). That is how a clerk reconciles the bank account against the
statement (bokföringslagen 1999:1078 5 kap. 7 §: the verification shows the business event as it happened).
Allocating money that sits on suspense later moves it: suspense debit / AR credit (and likewise to 2420).
A deduction (negative amount, BgMax TK21) is the mirror: AR debit on the credit note it settles / bank credit,
or suspense debit / bank credit while unplaced. Refunds take 2420 (or suspense, "returned") debit / bank credit;
an offset applies a customer credit to another invoice: 2420 debit / AR credit.

The set-based import (core.payments.import_writes) builds the same vouchers from `*_accounts` and `*_text` below.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.kernel.money import ZERO
from core.ledger import accounts, texts
from core.ledger import posting as ledger
from core.payments.models import Allocation, Payment
from core.platform import audit
from core.registers.models import Agency
from core.registers.register import get_agency

SUSPENSE_DEFAULT = "2421"  # Ej identifierade inbetalningar (override: Agency.accounts["unidentified_payments"])


def suspense_account(agency: Agency) -> str:
    return (agency.accounts or {}).get("unidentified_payments") or SUSPENSE_DEFAULT


def funding_account(agency: Agency, in_suspense: bool) -> str:
    """Where money being allocated comes from: the bank (booked now) or the suspense account (booked earlier)."""
    return suspense_account(agency) if in_suspense else accounts.account(agency.accounts, "bank")


# Each voucher a payment produces has two legs: (debit account, credit account); the debit carries no invoice or
# customer, the credit carries the invoice (allocation) and/or the customer (allocation, overpayment).

def allocation_accounts(agency: Agency, in_suspense: bool) -> tuple[str, str]:
    return funding_account(agency, in_suspense), ledger.ar_account(agency)


def overpayment_accounts(agency: Agency, in_suspense: bool) -> tuple[str, str]:
    return funding_account(agency, in_suspense), accounts.account(agency.accounts, "customer_prepayments")


def suspense_accounts(agency: Agency) -> tuple[str, str]:
    return accounts.account(agency.accounts, "bank"), suspense_account(agency)


def allocation_entries(agency: Agency, in_suspense: bool, invoice_id: int, customer_id: int | None,
                       amount: Decimal, payment_id: int | None = None) -> list[ledger.Entry]:
    debit, credit = allocation_accounts(agency, in_suspense)
    return [ledger.Entry(debit, amount), ledger.Entry(credit, -amount, invoice_id, customer_id,
                                                      payment_id=payment_id)]


def allocation_text(lang: str | None, number: str | None, amount: Decimal | int) -> str:
    return texts.text(lang, "payment" if amount > 0 else "deduction", n=number)


def overpayment_entries(agency: Agency, in_suspense: bool, customer_id: int | None,
                        amount: Decimal) -> list[ledger.Entry]:
    debit, credit = overpayment_accounts(agency, in_suspense)
    return [ledger.Entry(debit, amount), ledger.Entry(credit, -amount, None, customer_id)]


def overpayment_text(lang: str | None, external_id: str) -> str:
    return texts.text(lang, "overpayment", id=external_id)


def suspense_entries(agency: Agency, amount: Decimal) -> list[ledger.Entry]:
    debit, credit = suspense_accounts(agency)
    return [ledger.Entry(debit, amount), ledger.Entry(credit, -amount)]


def suspense_text(lang: str | None, external_id: str) -> str:
    return texts.text(lang, "unidentified", id=external_id)


def deposit_text(lang: str | None, entry_ref: str | None, count: int) -> str:
    """The text of a bank deposit's voucher: the bank's deposit serial (BgMax TK15 / camt AcctSvcrRef) when given."""
    return texts.text(lang, "deposit_one" if count == 1 else "deposit", ref=entry_ref + " " if entry_ref else "",
                      count=count)


def registration_text(lang: str | None, payment: Payment) -> str:
    return texts.text(lang, "registered",
                      who=payment.payer_name or payment.reference or payment.payment_date.isoformat())


@dataclass
class DepositVoucher:
    """The one voucher of a bank deposit (a BgMax deposit, a camt.054 entry, a manual registration), gathered while
    its payments are placed and posted once (`post`): one bank line for the deposit's amount, one credit line per
    allocation / overpayment / suspense remainder naming its payment (and invoice). `core.payments.import_writes`
    writes the same vouchers set-based (`lines` below is the one place that orders a deposit's lines)."""

    agency: Agency
    date: dt.date
    text: str
    source_type: str
    source_id: int | None
    bank_amount: Decimal = ZERO
    credits: list[ledger.Entry] = field(default_factory=list)
    allocations: list[Allocation] = field(default_factory=list)

    def add_payment(self, payment: Payment) -> None:
        """The payment's money reaches the bank account with the deposit."""
        self.bank_amount += payment.amount

    def credit(self, account: str, amount: Decimal, payment_id: int | None, invoice_id: int | None = None,
               customer_id: int | None = None, text: str | None = None) -> None:
        self.credits.append(ledger.Entry(account, -amount, invoice_id, customer_id, text, payment_id))

    def post(self, session: Session) -> int | None:
        """Post the voucher (nothing when no money moved) and point the allocations at it; its id."""
        if self.bank_amount == 0 and not self.credits:
            return None
        assert self.agency.id is not None  # a stored agency
        bank = ledger.Entry(accounts.account(self.agency.accounts, "bank"), self.bank_amount)
        voucher = ledger.post(session, self.agency.id, self.date, self.text, self.source_type, self.source_id,
                              [bank, *self.credits])
        for a in self.allocations:
            a.voucher_id = voucher.id
            session.add(a)
        return voucher.id


def allocate(session: Session, payment: Payment, invoice: Invoice, amount: Decimal, method: str,
             actor: str = "system", post_voucher: bool = True,
             deposit: DepositVoucher | None = None) -> Allocation:
    """Apply `amount` of `payment` to `invoice`. Refuses more than is unallocated; an amount above the invoice's
    open amount is refused too (the caller books the excess as an overpayment with `book_overpayment`).
    A negative amount settles a credit note (its negative open amount): a deduction, or a credit note the payer
    netted inside a payment (that adds to what the payment can allocate). With `deposit`, the AR line goes on the
    deposit's voucher (the payment is being booked now) instead of a voucher of its own."""
    if amount == 0:
        raise DomainError("allocation amount must not be zero")
    if invoice.currency != payment.currency:
        raise DomainError(f"payment in {payment.currency} cannot pay an invoice in {invoice.currency}")
    if amount > 0:
        if amount > payment.unallocated:
            raise DomainError(f"payment has only {payment.unallocated} unallocated, cannot allocate {amount}")
        if invoice.kind == "credit_note" or invoice.status not in ("issued",) or invoice.open_amount <= 0:
            raise DomainError(f"invoice {invoice.number} is {invoice.status} with {invoice.open_amount} open")
        if amount > invoice.open_amount:
            raise DomainError(f"invoice {invoice.number} has only {invoice.open_amount} open")
    else:
        if invoice.kind != "credit_note" or invoice.status != "issued" or invoice.open_amount >= 0:
            raise DomainError(f"a negative allocation settles a credit note with credit left; {invoice.number} "
                              f"is {invoice.kind} {invoice.status} with {invoice.open_amount} open")
        if amount < invoice.open_amount:
            raise DomainError(f"credit note {invoice.number} has only {invoice.open_amount} left")
        if payment.amount < 0 and amount < payment.unallocated:
            raise DomainError(f"deduction has only {payment.unallocated} unallocated, cannot allocate {amount}")
    agency = get_agency(session, invoice.agency_id)
    if payment.agency_id and payment.agency_id != agency.id:
        raise DomainError(f"invoice {invoice.number} belongs to another agency than the payment")
    assert agency.id is not None and payment.id is not None and invoice.id is not None  # stored rows
    alloc = Allocation(payment_id=payment.id, invoice_id=invoice.id, amount=amount, method=method,
                       payment_date=payment.payment_date, actor=actor)
    if deposit is not None:
        deposit.credit(ledger.ar_account(agency), amount, payment.id, invoice.id, invoice.customer_id,
                       allocation_text(agency.language, invoice.number, amount))
        deposit.allocations.append(alloc)
    elif post_voucher:
        voucher = ledger.post(session, agency.id, payment.payment_date,
                              allocation_text(agency.language, invoice.number, amount), "payment", payment.id,
                              allocation_entries(agency, payment.in_suspense, invoice.id, invoice.customer_id,
                                                 amount, payment.id))
        alloc.voucher_id = voucher.id
    invoice.open_amount -= amount
    if invoice.open_amount == 0:
        invoice.status = "paid"
        invoice.paid_date = payment.payment_date
    payment.unallocated -= amount
    _settle_status(payment)
    payment.agency_id = payment.agency_id or agency.id
    payment.customer_id = payment.customer_id or invoice.customer_id
    session.add_all([alloc, invoice, payment])
    audit.record(session, actor, "payment.allocate", "invoice", invoice.id, agency.id, "payments",
                 payment_id=payment.id, amount=amount, method=method)
    return alloc


def _settle_status(payment: Payment) -> None:
    if payment.unallocated == 0:
        payment.status = "matched"
        payment.in_suspense = False
        payment.ask_agency = None
    else:
        payment.status = "partly_matched"


def book_overpayment(session: Session, payment: Payment, agency: Agency, customer_id: int | None,
                     actor: str = "system", deposit: DepositVoucher | None = None) -> Allocation | None:
    """What is left of a payment after allocation becomes a customer credit (prepayments account); with `deposit`
    a line of the deposit's voucher."""
    rest = payment.unallocated
    if rest <= 0:
        return None
    assert agency.id is not None and payment.id is not None  # stored rows
    alloc = Allocation(payment_id=payment.id, invoice_id=None, amount=rest, method="overpayment",
                       payment_date=payment.payment_date, actor=actor)
    if deposit is not None:
        deposit.credit(overpayment_accounts(agency, False)[1], rest, payment.id, None, customer_id,
                       overpayment_text(agency.language, payment.external_id))
        deposit.allocations.append(alloc)
    else:
        entries = overpayment_entries(agency, payment.in_suspense, customer_id, rest)
        entries[1].payment_id = payment.id
        voucher = ledger.post(session, agency.id, payment.payment_date,
                              overpayment_text(agency.language, payment.external_id), "payment", payment.id, entries)
        alloc.voucher_id = voucher.id
    payment.unallocated = ZERO
    payment.customer_id = payment.customer_id or customer_id
    _settle_status(payment)
    session.add_all([alloc, payment])
    audit.record(session, actor, "payment.overpayment", "payment", payment.id, agency.id, "payments", amount=rest)
    return alloc


def book_to_suspense(session: Session, payment: Payment, agency: Agency, actor: str = "system",
                     deposit: DepositVoucher | None = None) -> None:
    """Book what nobody can place yet on the unidentified-payments account (bank debit / suspense credit; with
    `deposit` a suspense line of the deposit's voucher)."""
    rest = payment.unallocated
    if rest == 0 or payment.in_suspense:
        return
    assert agency.id is not None  # a stored agency
    if deposit is not None:
        deposit.credit(suspense_account(agency), rest, payment.id,
                       text=suspense_text(agency.language, payment.external_id))
    else:
        entries = suspense_entries(agency, rest)
        entries[1].payment_id = payment.id
        ledger.post(session, agency.id, payment.payment_date, suspense_text(agency.language, payment.external_id),
                    "payment", payment.id, entries)
    payment.in_suspense = True
    session.add(payment)
    audit.record(session, actor, "payment.suspense", "payment", payment.id, agency.id, "payments", amount=rest)


def customer_credit(session: Session, payment: Payment) -> Decimal:
    """Overpayment credit of this payment not yet refunded or offset."""
    a = Allocation.__table__.c
    rows = session.execute(sa.select(a.method, sa.func.coalesce(sa.func.sum(a.amount), 0)).where(
        a.payment_id == payment.id, a.method.in_(("overpayment", "refund", "offset"))).group_by(a.method)).all()
    sums = {m: Decimal(v) for m, v in rows}
    total = sums.get("overpayment", ZERO) - sums.get("refund", ZERO) - sums.get("offset", ZERO)
    return total.quantize(Decimal("0.01"))


def refund(session: Session, payment: Payment, amount: Decimal | None = None, date: dt.date | None = None,
           actor: str = "system") -> Allocation:
    """Pay money back: the customer credit of an overpayment (2420 debit / bank credit), or an unplaced payment
    returned to its payer (suspense debit / bank credit; status `returned`)."""
    agency = get_agency(session, payment.agency_id)
    assert agency.id is not None and payment.id is not None  # stored rows
    date = date or dt.date.today()
    credit = customer_credit(session, payment)
    if credit > 0:
        source, available, kind = accounts.account(agency.accounts, "customer_prepayments"), credit, "credit"
    elif payment.unallocated > 0:
        source = suspense_account(agency) if payment.in_suspense else accounts.account(agency.accounts, "bank")
        available, kind = payment.unallocated, "unplaced"
    else:
        raise DomainError(f"payment {payment.id} has nothing to refund")
    amount = available if amount is None else amount
    if amount <= 0 or amount > available:
        raise DomainError(f"payment {payment.id} has {available} to refund, not {amount}")
    entries = [ledger.Entry(source, amount, None, payment.customer_id if kind == "credit" else None,
                            payment_id=payment.id),
               ledger.Entry(accounts.account(agency.accounts, "bank"), -amount)]
    text = texts.text(agency.language, "refund", id=payment.external_id)
    voucher = ledger.post(session, agency.id, date, text, "payment", payment.id, entries)
    alloc = Allocation(payment_id=payment.id, invoice_id=None, amount=amount, method="refund", payment_date=date,
                       voucher_id=voucher.id, actor=actor)
    if kind == "unplaced":
        payment.unallocated -= amount
        if payment.unallocated == 0:
            payment.status, payment.in_suspense, payment.ask_agency = "returned", False, None
    elif amount == credit:
        payment.status = "refunded"
    session.add_all([alloc, payment])
    audit.record(session, actor, "payment.refund", "payment", payment.id, agency.id, "payments", amount=amount)
    return alloc


def offset(session: Session, payment: Payment, invoice: Invoice, amount: Decimal | None = None,
           date: dt.date | None = None, actor: str = "system") -> Allocation:
    """Apply a payment's customer credit (overpayment) to another open invoice of the same customer and agency:
    2420 debit / AR credit."""
    credit = customer_credit(session, payment)
    if credit <= 0:
        raise DomainError(f"payment {payment.id} has no customer credit to offset")
    if invoice.agency_id != payment.agency_id or invoice.currency != payment.currency:
        raise DomainError(f"invoice {invoice.number} is another agency's or in another currency")
    if invoice.kind == "credit_note" or invoice.status != "issued" or invoice.open_amount <= 0:
        raise DomainError(f"invoice {invoice.number} is {invoice.status} with {invoice.open_amount} open")
    if payment.customer_id and invoice.customer_id != payment.customer_id:
        raise DomainError(f"invoice {invoice.number} belongs to another customer than the credit")
    amount = min(credit, invoice.open_amount) if amount is None else amount
    if amount <= 0 or amount > credit or amount > invoice.open_amount:
        raise DomainError(f"cannot offset {amount}: credit {credit}, invoice open {invoice.open_amount}")
    agency = get_agency(session, invoice.agency_id)
    assert agency.id is not None and payment.id is not None  # stored rows
    date = date or dt.date.today()
    text = texts.text(agency.language, "offset", n=invoice.number)
    voucher = ledger.post(session, agency.id, date, text, "payment", payment.id, [
        ledger.Entry(accounts.account(agency.accounts, "customer_prepayments"), amount, None, invoice.customer_id,
                     payment_id=payment.id),
        ledger.Entry(ledger.ar_account(agency), -amount, invoice.id, invoice.customer_id, payment_id=payment.id)])
    alloc = Allocation(payment_id=payment.id, invoice_id=invoice.id, amount=amount, method="offset",
                       payment_date=date, voucher_id=voucher.id, actor=actor)
    invoice.open_amount -= amount
    if invoice.open_amount == 0:
        invoice.status, invoice.paid_date = "paid", date
    session.add_all([alloc, invoice, payment])
    audit.record(session, actor, "payment.offset", "invoice", invoice.id, agency.id, "payments",
                 payment_id=payment.id, amount=amount)
    return alloc


def payments_of(session: Session, invoice_id: int) -> list[tuple[dt.date, Decimal, str]]:
    """(payment date, amount, method) of every allocation to an invoice, oldest first."""
    rows = session.exec(select(Allocation).where(col(Allocation.invoice_id) == invoice_id)
                        .order_by(col(Allocation.payment_date), col(Allocation.id))).all()
    return [(a.payment_date, a.amount, a.method) for a in rows]


def invoice_allocations(session: Session, inv: Invoice) -> list[tuple[Allocation, Payment]]:
    """The invoice's allocations with their payments, oldest allocation first (net of deductions: a deduction is a
    negative allocation). Every allocation has its payment (a non-null foreign key), so nothing is left out."""
    rows = session.exec(select(Allocation, Payment).join(Payment, col(Payment.id) == col(Allocation.payment_id))
                        .where(col(Allocation.invoice_id) == inv.id).order_by(col(Allocation.id))).all()
    return [(a, p) for a, p in rows]
