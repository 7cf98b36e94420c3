"""Invoicing requests, their questions, master-data change requests and agreed batch schedules."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field

from core.kernel.clock import utcnow
from core.kernel.types import Record


class InvoiceRequest(Record, table=True):
    """A request to invoice one customer, as parsed (with provenance) and completed by answers."""

    id: Optional[int] = Field(default=None, primary_key=True)
    token: str = Field(unique=True, max_length=16)  # REQ-XXXXX
    agency_id: int = Field(foreign_key="agency.id", index=True)
    message_id: Optional[int] = Field(default=None, foreign_key="inboundmessage.id", index=True)
    source: str = Field(default="email", max_length=16)  # email | web | api
    # waiting_for_answer | ready | needs_review (a clerk checks, `review`) | queued | held | invoiced | rejected
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
    # the clerk checks the parser asked for (intake.gate): [{code, path, reason}]; core.requests.review adds the
    # agency's policy and the register's state. A clerk's confirmation lets the request through.
    review: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    confirmed_by: Optional[str] = None
    confirmed_at: Optional[dt.datetime] = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class LayoutHint(Record, table=True):
    """What an answer taught about a sender's layout: the column header or label (normalised: casefolded,
    whitespace collapsed, trailing ':' dropped) that held a field (`quantity`, `customer.org_no`, ...). Passed to
    the parser for the sender's next messages (intake.layouts); never overrides a stated value; revocable."""

    id: Optional[int] = Field(default=None, primary_key=True)
    sender: str = Field(index=True, max_length=320)  # lower-case e-mail address
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id", index=True)
    key: str = Field(max_length=200)
    field: str = Field(max_length=40)
    request_id: Optional[int] = Field(default=None, foreign_key="invoicerequest.id")
    question_id: Optional[int] = Field(default=None, foreign_key="question.id")
    created_by: Optional[str] = Field(default=None, max_length=320)
    created_at: dt.datetime = Field(default_factory=utcnow)
    revoked_at: Optional[dt.datetime] = None
    revoked_by: Optional[str] = Field(default=None, max_length=320)


class Question(Record, table=True):
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


class ChangeRequest(Record, table=True):
    """One requested register change. status: waiting_for_answer (open questions) -> pending_approval ->
    applied | rejected. `questions` are the open paths (`data.vat_code`, ...), `answered` what was answered."""

    id: Optional[int] = Field(default=None, primary_key=True)
    token: str = Field(unique=True, max_length=16)  # REQ-XXXXX: replies are recognised by the intake parser
    agency_id: int = Field(foreign_key="agency.id", index=True)
    entity: str = Field(max_length=24)  # article | customer | einvoice_address
    action: str = Field(max_length=16)  # create | update
    target_id: Optional[int] = None  # the article/customer changed (update)
    data: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    valid_from: Optional[dt.date] = None
    questions: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    answered: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    status: str = Field(default="pending_approval", max_length=24, index=True)
    source: str = Field(default="email", max_length=16)  # email | web | api | cli
    requested_by: Optional[str] = None
    message_id: Optional[int] = Field(default=None, foreign_key="inboundmessage.id")
    thread_message_id: Optional[str] = None
    question_round: int = 0
    decided_by: Optional[str] = None
    decided_at: Optional[dt.datetime] = None
    reason: Optional[str] = None
    version_id: Optional[int] = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class BatchEntry(Record, table=True):
    """A complete invoice waiting for its agency's next invoicing slot (a draft, issued by the slot's run)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    invoice_id: int = Field(foreign_key="invoice.id", unique=True)
    request_id: Optional[int] = Field(default=None, foreign_key="invoicerequest.id")
    status: str = Field(default="queued", max_length=16, index=True)  # queued | issued | held | skipped
    reason: Optional[str] = None
    slot_id: Optional[int] = Field(default=None, foreign_key="batchslot.id")
    queued_at: dt.datetime = Field(default_factory=utcnow)


class BatchSlot(Record, table=True):
    """One invoicing slot of one agency; the unique (agency, slot time) row is the claim, so a slot runs once
    whatever the number of workers. `summary` is the summary sent to the agency."""

    __table_args__ = (sa.UniqueConstraint("agency_id", "slot_at", name="uq_batchslot_agency_slot"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    slot_at: dt.datetime
    status: str = Field(default="claimed", max_length=16)  # claimed | done
    worker: Optional[str] = Field(default=None, max_length=120)
    summary: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    claimed_at: dt.datetime = Field(default_factory=utcnow)
    finished_at: Optional[dt.datetime] = None


class InvoiceBatch(Record, table=True):
    """One invoicing file or JSON batch an agency delivered (core.requests.batch_import), with its receipt. The
    unique (agency, client batch id) and (agency, file hash) rows make a second delivery of the same batch change
    nothing: it gets the first receipt back."""

    __table_args__ = (sa.UniqueConstraint("agency_id", "client_batch_id", name="uq_invoicebatch_agency_client"),
                      sa.UniqueConstraint("agency_id", "sha256", name="uq_invoicebatch_agency_sha256"))
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    client_batch_id: Optional[str] = Field(default=None, max_length=100)
    sha256: str = Field(max_length=64)
    source: str = Field(default="cli", max_length=16)  # cli | api | web | drop
    filename: Optional[str] = Field(default=None, max_length=255)
    status: str = Field(default="issued", max_length=16)  # issued | partial | questions | rejected | empty
    rows: int = 0
    invoices: int = 0
    issued: int = 0
    rejected: int = 0
    questions: int = 0
    receipt: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    created_by: Optional[str] = Field(default=None, max_length=120)
    created_at: dt.datetime = Field(default_factory=utcnow)
