"""Incoming money: bank files, payments, allocations, payment advices and questions to agencies."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field

from core.kernel.clock import utcnow
from core.kernel.types import Money, Record


class PaymentAdvice(Record, table=True):
    """A payment advice forwarded by an agency; matched to payments later."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id", index=True)
    message_id: Optional[int] = Field(default=None, foreign_key="inboundmessage.id", index=True)
    payer_name: Optional[str] = None
    payer_org_no: Optional[str] = None
    payment_date: Optional[dt.date] = None
    total: Optional[Decimal] = Field(default=None, sa_type=Money())
    currency: Optional[str] = Field(default=None, max_length=3)
    status: str = Field(default="unmatched", max_length=16, index=True)
    created_at: dt.datetime = Field(default_factory=utcnow)


class PaymentAdviceItem(Record, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    advice_id: int = Field(foreign_key="paymentadvice.id", index=True)
    invoice_number: Optional[str] = None
    reference: Optional[str] = Field(default=None, max_length=64)
    amount: Decimal = Field(sa_type=Money())


class BankFileRecord(Record, table=True):
    """An imported bank file; the sha256 makes re-import a no-op."""

    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, max_length=64)
    filename: str
    format: str = Field(max_length=16)  # bgmax | camt054 | manual
    payee_account: Optional[str] = None
    payments: int = 0
    total: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    duplicates_skipped: int = 0
    # what the import did: {"matched": {method: n}, "unmatched": n, "overpayments": n, ...}
    summary: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    imported_at: dt.datetime = Field(default_factory=utcnow)
    actor: str = "system"


class Payment(Record, table=True):
    """One incoming payment. `external_id` (bank serial / transaction id) makes overlapping files safe."""

    __table_args__ = (sa.Index("ix_payment_agency_status", "agency_id", "status"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id", index=True)
    bank_file_id: Optional[int] = Field(default=None, foreign_key="bankfilerecord.id", index=True)
    external_id: str = Field(unique=True, max_length=200)
    # payment | deduction (BgMax TK21: negative, settles a credit note) | manual
    kind: str = Field(default="payment", max_length=16)
    amount: Decimal = Field(sa_type=Money())
    currency: str = Field(default="SEK", max_length=3)
    payment_date: dt.date = Field(index=True)
    reference: Optional[str] = Field(default=None, max_length=64, index=True)
    payer_name: Optional[str] = None
    payer_org_no: Optional[str] = None
    payer_account: Optional[str] = None
    remittance: Optional[str] = None
    source_location: Optional[str] = None
    # unmatched | partly_matched | matched | refunded | returned
    status: str = Field(default="unmatched", max_length=16, index=True)
    unallocated: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    suggestions: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    note: Optional[str] = None
    # the customer the money belongs to once known (overpayment credit, refunds, offsets)
    customer_id: Optional[int] = Field(default=None, foreign_key="customer.id", index=True)
    # True while the unallocated part sits on the unidentified-payments (suspense) account, not the bank account
    in_suspense: bool = False
    # why the agency has to be asked before the payment can be placed (None: nothing to ask)
    ask_agency: Optional[str] = None
    created_at: dt.datetime = Field(default_factory=utcnow)


class Allocation(Record, table=True):
    """Part of a payment applied to an invoice, with the matching method that placed it."""

    id: Optional[int] = Field(default=None, primary_key=True)
    payment_id: int = Field(foreign_key="payment.id", index=True)
    invoice_id: Optional[int] = Field(default=None, foreign_key="invoice.id", index=True)
    amount: Decimal = Field(sa_type=Money())
    # reference | reference_fuzzy | advice | amount_payer | manual | overpayment | refund | offset
    # (negative amount: a deduction settling a credit note, or a refund/offset taken out of an overpayment credit)
    method: str = Field(max_length=24)
    payment_date: dt.date = Field(index=True)  # reports as of a date take back what was paid after it
    voucher_id: Optional[int] = Field(default=None, foreign_key="voucher.id")
    actor: str = "system"
    created_at: dt.datetime = Field(default_factory=utcnow)


class PaymentQuestion(Record, table=True):
    """The agency asked where money goes that no rule could place: one e-mail per bank file (or registration) and
    agency, token REQ-XXXXX in its subject, the payments it lists in `question_payment`; the reply's answers
    allocate (core.payments.questions)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    token: str = Field(unique=True, max_length=16)
    bank_file_id: Optional[int] = Field(default=None, foreign_key="bankfilerecord.id", index=True)
    status: str = Field(default="open", max_length=16, index=True)  # open | answered
    to_addr: Optional[str] = None
    asked_at: dt.datetime = Field(default_factory=utcnow)
    # every reply: {"at", "by", "text", "placed": [...], "not_understood": [...], "refused": [...]}
    replies: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    answered_at: Optional[dt.datetime] = None


class QuestionPayment(Record, table=True):
    """A payment a payment question lists (each payment at most once per question)."""

    __tablename__ = "question_payment"
    __table_args__ = (sa.UniqueConstraint("question_id", "payment_id", name="uq_question_payment"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    question_id: int = Field(foreign_key="paymentquestion.id")
    payment_id: int = Field(foreign_key="payment.id", index=True)
