"""Scheduled runs: the claim record of every run (so no run happens twice), reminders sent, interest charged,
collection cases handed over, operator-set reference rates, and APScheduler's job store table."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.models.registers import utcnow
from core.types import Money, Rate


class RunRecord(SQLModel, table=True):
    """One run of one kind for one scope (agency code, or "*") and key (date, period, date+selection).

    The unique constraint is the claim: the row is inserted in its own transaction before any work, so two workers
    (processes, hosts) can never both do the same run. status: claimed -> recorded (the run's rows are committed)
    -> done (documents delivered); failed keeps the error for the operator."""

    __table_args__ = (sa.UniqueConstraint("kind", "scope", "run_key", name="uq_runrecord_kind_scope_key"),
                      sa.Index("ix_runrecord_kind_scope_period", "kind", "scope", "period"))
    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)  # reminders | interest | collection | job:<name>
    scope: str = Field(max_length=32)  # agency code or "*"
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id")
    run_key: str = Field(max_length=120)
    period: str = Field(max_length=7)  # YYYY-MM the run belongs to (reminder runs are limited per month)
    run_date: dt.date
    status: str = Field(default="claimed", max_length=16)
    worker: Optional[str] = Field(default=None, max_length=120)
    attempts: int = 0
    claimed_at: dt.datetime = Field(default_factory=utcnow)
    finished_at: Optional[dt.datetime] = None
    error: Optional[str] = None
    params: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    summary: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))


class Reminder(SQLModel, table=True):
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


class InterestCharge(SQLModel, table=True):
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


class CollectionCase(SQLModel, table=True):
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


class ReferenceRateOverride(SQLModel, table=True):
    """A reference rate set by an operator (`reskontra rates set`), on top of the shipped history."""

    __table_args__ = (sa.UniqueConstraint("country", "valid_from", name="uq_refrate_country_from"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    country: str = Field(max_length=2)
    valid_from: dt.date
    rate: Decimal = Field(sa_type=Rate())
    note: Optional[str] = None
    set_by: str = "system"
    set_at: dt.datetime = Field(default_factory=utcnow)


# APScheduler 3's SQLAlchemyJobStore table, declared here (same shape as apscheduler.jobstores.sqlalchemy) so the
# migrations create it and the schema check knows it; the job store's own create(checkfirst) is then a no-op.
apscheduler_jobs = sa.Table(
    "apscheduler_jobs", SQLModel.metadata,
    sa.Column("id", sa.Unicode(191), primary_key=True),
    sa.Column("next_run_time", sa.Float(25), index=True),
    sa.Column("job_state", sa.LargeBinary, nullable=False),
)
