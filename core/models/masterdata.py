"""Master-data requests (new/changed articles, customers, e-invoice addresses) with their versions, dated article
prices, the agency's master-data policy, batch slots of the agreed invoicing schedule, and Finnish consumer
e-invoice receiving proposals (vastaanottoehdotus)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.models.registers import utcnow
from core.types import Quantity


class AgencyMasterdataPolicy(SQLModel, table=True):
    """How an agency's master-data requests are applied: by a clerk's approval (default) or at once."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", unique=True)
    auto_apply: bool = False
    updated_at: dt.datetime = Field(default_factory=utcnow)


class ChangeRequest(SQLModel, table=True):
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


class RegisterVersion(SQLModel, table=True):
    """A register row before and after one applied change: who, when, from which source and request."""

    id: Optional[int] = Field(default=None, primary_key=True)
    entity: str = Field(max_length=24)  # article | customer
    entity_id: int = Field(index=True)
    version: int = 1
    change_id: Optional[int] = Field(default=None, foreign_key="changerequest.id")
    before: Optional[dict] = Field(default=None, sa_column=sa.Column(sa.JSON, nullable=True))
    after: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    valid_from: Optional[dt.date] = None
    actor: str
    source: str = Field(default="cli", max_length=16)
    at: dt.datetime = Field(default_factory=utcnow)


class ArticlePrice(SQLModel, table=True):
    """An article's price from a date on (core.masterdata.price_on picks the one valid on the supply date)."""

    __table_args__ = (sa.UniqueConstraint("article_id", "valid_from", name="uq_articleprice_article_from"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    valid_from: dt.date
    unit_price: Decimal = Field(sa_type=Quantity())
    change_id: Optional[int] = Field(default=None, foreign_key="changerequest.id")
    created_at: dt.datetime = Field(default_factory=utcnow)


class BatchEntry(SQLModel, table=True):
    """A complete invoice waiting for its agency's next invoicing slot (a draft, issued by the slot's run)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    invoice_id: int = Field(foreign_key="invoice.id", unique=True)
    request_id: Optional[int] = Field(default=None, foreign_key="invoicerequest.id")
    status: str = Field(default="queued", max_length=16, index=True)  # queued | issued | held
    reason: Optional[str] = None
    slot_id: Optional[int] = Field(default=None, foreign_key="batchslot.id")
    queued_at: dt.datetime = Field(default_factory=utcnow)


class BatchSlot(SQLModel, table=True):
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


class ConsumerEInvoiceProposal(SQLModel, table=True):
    """A Finnish consumer's e-invoice receiving proposal (vastaanottoehdotus): from `started` (until `ended`) the
    customer gets Finvoice consumer e-invoices at `einvoice_address` through the bank `bank_bic`."""

    id: Optional[int] = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id")  # None: every agency
    bank_bic: str = Field(max_length=11)
    einvoice_address: str = Field(max_length=35)
    started: dt.date
    ended: Optional[dt.date] = None
    created_at: dt.datetime = Field(default_factory=utcnow)
