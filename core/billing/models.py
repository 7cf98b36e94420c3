"""Invoices (also credit notes and interest invoices), their lines, and delivery records."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field

from core.kernel.clock import utcnow
from core.kernel.types import Money, Quantity, Rate, Record


class DeliveryRecord(Record, table=True):
    """One handed-over document (Peppol UBL file or printed PDF). (invoice, document, reminder_no) is delivered
    at most once, which makes `core.billing.delivery.channels.deliver` idempotent."""

    __table_args__ = (sa.UniqueConstraint("invoice_id", "document", "sequence"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    channel: str = Field(max_length=16)  # peppol | print
    document: str = Field(default="invoice", max_length=16)  # invoice | credit_note | interest | reminder
    sequence: int = 0  # reminder number for reminders, 0 otherwise
    file_path: str
    sha256: str = Field(max_length=64)
    handed_over_at: dt.datetime = Field(default_factory=utcnow)
    actor: str = "system"


class Invoice(Record, table=True):
    """A customer invoice, credit note (kind=credit_note, negative amounts) or interest invoice."""

    __table_args__ = (
        sa.UniqueConstraint("agency_id", "number"),
        sa.Index("ix_invoice_agency_status_due", "agency_id", "status", "due_date"),
        sa.Index("ix_invoice_agency_reference", "agency_id", "reference"),
        # payments: amount candidates; reports as of a date: the open documents, read from this index alone (the
        # customer too: the open items group and rank by it, which read a row per open item, issue #16)
        sa.Index("ix_invoice_agency_open_amount", "agency_id", "open_amount", "status", "invoice_date", "due_date",
                 "number", "customer_id"),
        # the open items report per customer (core.period.open_items on SQLite): each ranked customer's open items
        # read from this index alone, with every column an item shows, instead of every open item ranked, sorted
        # and its row read again by id (issue #16); only open invoices are in it
        sa.Index("ix_invoice_open_by_customer", "agency_id", "customer_id", "open_amount", "status", "invoice_date",
                 "due_date", "number", "total", "kind", "collection_status", "disputed", "customer_name",
                 "customer_number", postgresql_where=sa.text("open_amount <> 0"),
                 sqlite_where=sa.text("open_amount <> 0")),
        sa.Index("ix_invoice_agency_date_id", "agency_id", "invoice_date", "id"),  # the list, newest first
        sa.Index("ix_invoice_date_id", "invoice_date", "id"),  # the list over several agencies
        # the list sorted by due date (core.views.invoice_sort: keyset (value, id) per agency); sorted by open
        # amount it reads ix_invoice_agency_open_amount (an index on the open amount is written by every payment,
        # fee and credit, so a second one would slow the import and the runs)
        sa.Index("ix_invoice_agency_due_id", "agency_id", "due_date", "id"),
        # the dashboard's "issued today", counted from the index alone (the agency beside the time: reading each
        # invoice of the day for its agency cost 2.2 ms of the page at 1,370 invoices a day)
        sa.Index("ix_invoice_issued_at", "issued_at", "agency_id"),
        # the list's exact-reference search, the request an invoice came from: only rows that carry one are in
        # these indexes (`col = value` implies it), so a payment's update of an invoice without one writes no entry
        # there (an update is no HOT update on PostgreSQL: every index that holds the row gets a new entry)
        *(sa.Index(f"ix_invoice_{c}", c, postgresql_where=sa.text(f"{c} IS NOT NULL"),
                   sqlite_where=sa.text(f"{c} IS NOT NULL"))
          for c in ("buyer_reference", "order_reference", "request_id")),
        # a credit note's invoice: only credit notes carry it, so only they are in the index
        sa.Index("ix_invoice_credited_invoice_id", "credited_invoice_id",
                 postgresql_where=sa.text("credited_invoice_id IS NOT NULL"),
                 sqlite_where=sa.text("credited_invoice_id IS NOT NULL")),
        # the valuation's items in collection (core.period.open_amounts.tallies): only invoices handed over carry a
        # status, so only they are in the index and no other invoice's write touches it
        sa.Index("ix_invoice_in_collection", "agency_id", "collection_status",
                 postgresql_where=sa.text("collection_status IS NOT NULL"),
                 sqlite_where=sa.text("collection_status IS NOT NULL")),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    # agency_id and status have no index of their own: every agency-scoped read goes through one of the composite
    # indexes above (agency first), and status alone selects no useful share of a million rows. Each index is
    # rewritten by every payment, fee and credit (the open amount is indexed, so no update is HOT on PostgreSQL).
    agency_id: int = Field(foreign_key="agency.id")
    customer_id: int = Field(foreign_key="customer.id", index=True)
    kind: str = Field(default="invoice", max_length=16)  # invoice | credit_note | interest
    # draft -> held (a check objected) -> issued -> paid; credited; cancelled (draft never issued)
    status: str = Field(default="draft", max_length=16)
    number: Optional[str] = Field(default=None, max_length=32)
    reference: Optional[str] = Field(default=None, max_length=35)
    invoice_date: dt.date
    supply_date: Optional[dt.date] = None
    due_date: Optional[dt.date] = None
    currency: str = Field(default="SEK", max_length=3)
    net_total: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    vat_total: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    total: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    open_amount: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    credited_invoice_id: Optional[int] = Field(default=None, foreign_key="invoice.id")  # indexed where set
    buyer_reference: Optional[str] = None
    order_reference: Optional[str] = None
    # the customer as the invoice was issued (never rewritten by later register changes)
    customer_snapshot: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    # the snapshot's name and customer number as plain columns, written with it (core.billing.drafting.
    # snapshot_columns; the snapshot stays the record): the reports over a whole centre sort and list the open items
    # by them, and reading them out of the JSON of every open item was most of that report's time (issue #16)
    customer_name: Optional[str] = None
    customer_number: Optional[str] = Field(default=None, max_length=32)
    seller_snapshot: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    warnings: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    hold_reason: Optional[str] = None
    note: Optional[str] = None
    source: str = Field(default="cli", max_length=16)  # cli | email | web | api | run
    request_id: Optional[int] = None  # indexed where set
    delivery_channel: Optional[str] = Field(default=None, max_length=16)  # peppol | print | finvoice
    disputed: bool = False
    dispute_reason: Optional[str] = None  # what the customer contests (core.billing.disputes)
    disputed_amount: Optional[Decimal] = Field(default=None, sa_type=Money())  # reclassified to 1516 on marking
    collection_status: Optional[str] = Field(default=None, max_length=16)
    paid_date: Optional[dt.date] = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    issued_at: Optional[dt.datetime] = None


class InvoiceLine(Record, table=True):
    """One line; amounts excl. VAT, net rounded at the line (core.kernel.vat documents the rounding points)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    line_no: int
    article_code: Optional[str] = None
    description: str
    quantity: Decimal = Field(sa_type=Quantity())
    unit: str = "st"
    unit_price: Decimal = Field(sa_type=Quantity())
    vat_code: str = Field(default="standard", max_length=16)
    vat_rate: Decimal = Field(sa_type=Rate())
    net_amount: Decimal = Field(sa_type=Money())
    revenue_account: str
    vat_override_reason: Optional[str] = None
    period_start: Optional[dt.date] = None
    period_end: Optional[dt.date] = None
