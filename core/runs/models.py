"""Runs: reminders, interest charges, collection cases, reference-rate overrides and proposals, the scheduler job
table."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.kernel.clock import utcnow
from core.kernel.types import Money, Rate, Record


class Reminder(Record, table=True):
    """A reminder (betalningspåminnelse / maksumuistutus) for one invoice; (invoice, reminder_no) is unique."""

    __table_args__ = (sa.UniqueConstraint("invoice_id", "reminder_no", name="uq_reminder_invoice_no"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="runrecord.id", index=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    customer_id: int = Field(foreign_key="customer.id")
    reminder_no: int = 1
    reminder_date: dt.date
    due_date: dt.date  # new payment date stated on the reminder
    open_amount: Decimal = Field(sa_type=Money())
    fee: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    fee_voucher_id: Optional[int] = Field(default=None, foreign_key="voucher.id")
    document: Optional[str] = None
    sent_at: Optional[dt.datetime] = None


class InterestCharge(Record, table=True):
    """Late-payment interest charged on a source invoice for the interest days from_date..to_date (inclusive).

    The next charge on the same invoice starts the day after the last to_date, so nothing is charged twice.
    status: invoiced (on interest_invoice_id) | waived (below the agency's threshold, final)."""

    __table_args__ = (sa.UniqueConstraint("source_invoice_id", "from_date", name="uq_interestcharge_source_from"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="runrecord.id", index=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    source_invoice_id: int = Field(foreign_key="invoice.id", index=True)
    interest_invoice_id: Optional[int] = Field(default=None, foreign_key="invoice.id")
    from_date: dt.date
    to_date: dt.date
    principal: Decimal = Field(sa_type=Money())
    amount: Decimal = Field(sa_type=Money())
    status: str = Field(default="invoiced", max_length=16)


class CollectionCase(Record, table=True):
    """An invoice handed over to debt collection (inkasso / perintä), with its status history."""

    __table_args__ = (sa.UniqueConstraint("invoice_id", name="uq_collectioncase_invoice"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    case_no: str = Field(max_length=40, unique=True)
    run_id: Optional[int] = Field(default=None, foreign_key="runrecord.id", index=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    invoice_id: int = Field(foreign_key="invoice.id")
    customer_id: int = Field(foreign_key="customer.id")
    # handed_over | acknowledged | payment_plan | partly_paid | paid | recalled | written_off | closed
    status: str = Field(default="handed_over", max_length=16)
    handed_over_on: dt.date
    claim: Decimal = Field(sa_type=Money())
    interest: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    fees: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    currency: str = Field(default="SEK", max_length=3)
    files: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    history: list = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False, default=list))
    updated_at: dt.datetime = Field(default_factory=utcnow)


class ReferenceRateOverride(Record, table=True):
    """A reference rate set by an operator (`reskontra rates set`), on top of the shipped history."""

    __table_args__ = (sa.UniqueConstraint("country", "valid_from", name="uq_refrate_country_from"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    country: str = Field(max_length=2)
    valid_from: dt.date
    rate: Decimal = Field(sa_type=Rate())
    note: Optional[str] = None
    set_by: str = "system"
    set_at: dt.datetime = Field(default_factory=utcnow)


class RateProposal(Record, table=True):
    """A reference rate proposed for a half-year (by the fetcher from the publisher, core.runs.rate_sources), waiting
    for a clerk: `reskontra rates confirm` copies it into ReferenceRateOverride; until then no run uses it.
    status: proposed | confirmed | rejected."""

    __table_args__ = (sa.UniqueConstraint("country", "valid_from", "rate", name="uq_rateproposal_country_from_rate"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    country: str = Field(max_length=2)
    valid_from: dt.date
    rate: Decimal = Field(sa_type=Rate())
    source: str = Field(default="", max_length=400)
    status: str = Field(default="proposed", max_length=16)
    proposed_at: dt.datetime = Field(default_factory=utcnow)
    decided_by: Optional[str] = None
    decided_at: Optional[dt.datetime] = None


# APScheduler 3's SQLAlchemyJobStore table, declared here (same shape as apscheduler.jobstores.sqlalchemy) so the
# migrations create it and the schema check knows it; the job store's own create(checkfirst) is then a no-op.
apscheduler_jobs = sa.Table(
    "apscheduler_jobs", SQLModel.metadata,
    sa.Column("id", sa.Unicode(191), primary_key=True),
    sa.Column("next_run_time", sa.Float(25), index=True),
    sa.Column("job_state", sa.LargeBinary, nullable=False),
)
