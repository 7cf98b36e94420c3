"""Intake: every received message stored raw (exactly once), invoicing requests with their questions (the
clarification loop), outgoing notices (an outbox written in the same transaction as the change), payment advices."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.models.registers import utcnow
from core.types import Money


class InboundMessage(SQLModel, table=True):
    """A received message, stored before anything is done with it. sha256 is unique: the same bytes are stored
    once; a different message with an already-seen Message-ID is stored as status `duplicate`."""

    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, max_length=64)
    message_id: Optional[str] = Field(default=None, index=True, max_length=998)
    raw: bytes = Field(sa_column=sa.Column(sa.LargeBinary, nullable=False))
    size: int = 0
    source: str = Field(default="maildir", max_length=16)  # maildir | imap | web | api
    mailbox: Optional[str] = Field(default=None, max_length=64)
    source_ref: Optional[str] = None
    from_addr: Optional[str] = None
    subject: Optional[str] = None
    # stored -> processed | quarantined | duplicate; quarantined -> processed (released) | discarded
    status: str = Field(default="stored", max_length=16, index=True)
    reason: Optional[str] = None
    kind: Optional[str] = Field(default=None, max_length=24)
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id", index=True)
    duplicate_of: Optional[int] = Field(default=None, foreign_key="inboundmessage.id")
    parsed: Optional[dict] = Field(default=None, sa_column=sa.Column(sa.JSON, nullable=True))
    outcome: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    decided_by: Optional[str] = None
    decision_reason: Optional[str] = None
    received_at: dt.datetime = Field(default_factory=utcnow)
    processed_at: Optional[dt.datetime] = None


class InvoiceRequest(SQLModel, table=True):
    """A request to invoice one customer, as parsed (with provenance) and completed by answers."""

    id: Optional[int] = Field(default=None, primary_key=True)
    token: str = Field(unique=True, max_length=16)  # REQ-XXXXX
    agency_id: int = Field(foreign_key="agency.id", index=True)
    message_id: Optional[int] = Field(default=None, foreign_key="inboundmessage.id", index=True)
    source: str = Field(default="email", max_length=16)  # email | web | api
    # waiting_for_answer | ready | held | invoiced | rejected
    status: str = Field(default="ready", max_length=24, index=True)
    data: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    provenance: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    requested_by: Optional[str] = None  # the sender's address (answers and confirmations go there)
    thread_message_id: Optional[str] = None  # Message-ID of the original mail (In-Reply-To of our mails)
    thread_references: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    question_round: int = 0
    invoice_id: Optional[int] = Field(default=None, foreign_key="invoice.id")
    customer_id: Optional[int] = Field(default=None, foreign_key="customer.id")
    hold_reason: Optional[str] = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class Question(SQLModel, table=True):
    """One missing field of a request, asked of the agency (or answered by a clerk)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="invoicerequest.id", index=True)
    path: str = Field(max_length=64)  # customer.org_no, lines[1].unit_price, ...
    status: str = Field(default="open", max_length=16, index=True)  # open | answered | withdrawn
    round: int = 1
    asked_at: dt.datetime = Field(default_factory=utcnow)
    answered_at: Optional[dt.datetime] = None
    answered_by: Optional[str] = None
    answer: Optional[str] = None


class MailNotice(SQLModel, table=True):
    """An e-mail to an agency, recorded with the change that causes it and delivered after commit by
    intake.outgoing_mail (the one sender); `sent_at` set once delivered. Its subject is an invoicing request
    (`request_id`: questions, confirmation — rendered from templates/mail/), a master-data change (`change_id`:
    md_questions) or an invoicing slot (`slot_id`: batch_summary); the latter two carry their text in `body`."""

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=24)  # questions | confirmation | md_questions | batch_summary
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id")
    request_id: Optional[int] = Field(default=None, foreign_key="invoicerequest.id", index=True)
    change_id: Optional[int] = Field(default=None, foreign_key="changerequest.id", index=True)
    slot_id: Optional[int] = Field(default=None, foreign_key="batchslot.id")
    invoice_id: Optional[int] = Field(default=None, foreign_key="invoice.id")
    message_id: str = Field(unique=True, max_length=255)
    round: int = 0
    to_addr: Optional[str] = None
    subject: Optional[str] = None
    body: Optional[str] = Field(default=None, sa_column=sa.Column(sa.Text, nullable=True))  # None: from a template
    in_reply_to: Optional[str] = None
    status: str = Field(default="pending", max_length=16, index=True)  # pending | sent | cancelled | no_recipient
    error: Optional[str] = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    sent_at: Optional[dt.datetime] = None


class PaymentAdvice(SQLModel, table=True):
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


class PaymentAdviceItem(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    advice_id: int = Field(foreign_key="paymentadvice.id", index=True)
    invoice_number: Optional[str] = None
    reference: Optional[str] = Field(default=None, max_length=64)
    amount: Decimal = Field(sa_type=Money())
