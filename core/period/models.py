"""Period end: accrual schedules, valuation policy, provisions, write-offs."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field

from core.kernel.clock import utcnow
from core.kernel.types import Money, Rate, Record


class AccrualScheduleRow(Record, table=True):
    """One month of an invoice line's revenue recognition (pro rata by days; the last month takes the
    rounding remainder). Credit notes of accrued lines get their own (negative) rows. `voucher_id`/
    `recognised_month` are set when the period-end run recognised the row (exactly once)."""

    __table_args__ = (sa.UniqueConstraint("line_id", "month"),
                      sa.Index("ix_accrual_agency_month", "agency_id", "month"))
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id")
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    line_id: int = Field(foreign_key="invoiceline.id")
    line_no: int
    month: dt.date  # first day of the month the revenue belongs to
    days: int
    amount: Decimal = Field(sa_type=Money())
    revenue_account: str = Field(max_length=16)
    deferred_account: str = Field(max_length=16)
    recognised_month: Optional[dt.date] = None  # first day of the run's month
    voucher_id: Optional[int] = Field(default=None, foreign_key="voucher.id")
    created_at: dt.datetime = Field(default_factory=utcnow)


class ValuationPolicy(Record, table=True):
    """An agency's collective valuation rule: percent of the open amount considered doubtful per age bucket
    ({"not_due": "0", "1-30": "0", ...}); items in collection at `collection_percent`."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", unique=True)
    bucket_percents: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    collection_percent: Decimal = Field(default=Decimal("100"), sa_type=Rate())
    updated_at: dt.datetime = Field(default_factory=utcnow)


class Provision(Record, table=True):
    """A provision for doubtful receivables as of a date (debit 6352 / credit 1519) and its reversal dated the
    first day of the next period."""

    __table_args__ = (sa.UniqueConstraint("agency_id", "date"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    date: dt.date
    amount: Decimal = Field(sa_type=Money())
    voucher_id: Optional[int] = Field(default=None, foreign_key="voucher.id")
    reversal_date: dt.date
    reversal_voucher_id: Optional[int] = Field(default=None, foreign_key="voucher.id")
    details: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    actor: str = "system"
    created_at: dt.datetime = Field(default_factory=utcnow)


class WriteOff(Record, table=True):
    """A confirmed credit loss: the invoice's open amount written off (debit 6351 + output VAT, credit AR)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    invoice_id: int = Field(foreign_key="invoice.id", unique=True)
    date: dt.date
    amount: Decimal = Field(sa_type=Money())
    vat_amount: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    reason: str
    actor: str = "system"
    voucher_id: Optional[int] = Field(default=None, foreign_key="voucher.id")
    created_at: dt.datetime = Field(default_factory=utcnow)
