"""Register tables: agencies and their senders, the central customer register, agency customers, articles,
dated article prices, agency master-data policies, register versions, consumer e-invoice proposals."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field

from core.kernel.clock import utcnow
from core.kernel.types import Money, Quantity, Rate, Record


class Agency(Record, table=True):
    """An invoicing organisation served by the centre, with its policies."""

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True, max_length=32)
    name: str
    country: str = Field(max_length=2)  # SE | FI
    org_no: str
    vat_no: Optional[str] = None
    currency: str = Field(default="SEK", max_length=3)
    language: str = Field(default="sv", max_length=2)
    default_vat_rate: Decimal = Field(default=Decimal("25"), sa_type=Rate())
    street: Optional[str] = None
    postal_code: Optional[str] = None
    city: Optional[str] = None
    bankgiro: Optional[str] = None
    iban: Optional[str] = None
    bic: Optional[str] = None
    intake_address: Optional[str] = None
    f_tax_approved: bool = True
    payment_terms_days: int = 30
    # references: "ocr" (SE Luhn), "ocr_length" (SE Luhn + length digit), "fi" (viitenumero), "rf" (ISO 11649)
    reference_kind: str = Field(default="ocr", max_length=16)
    # digits put before the invoice number in the reference base: agencies sharing one bankgiro / IBAN each have
    # their own, so their references never collide (core.registers.register._check_own_account, payments importing)
    reference_prefix: Optional[str] = Field(default=None, max_length=3)
    invoice_number_start: int = 10001
    auto_issue: bool = True
    # reminder policy
    reminder_grace_days: int = 10
    reminder_min_amount: Decimal = Field(default=Decimal("100.00"), sa_type=Money())
    reminder_fee: Decimal = Field(default=Decimal("0.00"), sa_type=Money())
    reminder_fee_agreed: bool = False
    max_reminders_per_invoice: int = 1
    reminder_payment_days: int = 10
    # interest policy
    interest_enabled: bool = True
    interest_threshold: Decimal = Field(default=Decimal("100.00"), sa_type=Money())
    interest_on_open: bool = False
    b2b_interest: bool = False
    # collection policy: days after the reminder's due date
    collection_days: int = 14
    # plausibility limits (core.billing.plausibility): above them an invoice is held with the reason
    max_invoice_amount: Decimal = Field(default=Decimal("1000000.00"), sa_type=Money())
    max_line_quantity: Decimal = Field(default=Decimal("10000"), sa_type=Money())
    max_days_ahead: int = 92  # invoice or supply date further in the future than this
    # account overrides and the chart: {"chart": "bas" | "statens" | "fi", "ar": "1510", ...}; missing keys use the
    # chart's accounts (core.ledger.accounts, core.ledger.charts)
    accounts: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    # the first month of the agency's financial year (bokföringslagen 1999:1078 3 kap.; state agencies: the
    # calendar year, förordning 2000:605): SIE #RAR lines (core.period.sie4)
    fiscal_year_start_month: int = 1
    invoicing_schedule: str = Field(default="continuous", max_length=64)
    # intake policy (core.requests.review): "straight_through" lets a request through when the evidence rule has
    # no objection (intake.gate); "confirm_all" holds every request for a clerk; "confirm_above" holds those whose
    # net amount exceeds confirm_above_amount (in the agency's currency)
    intake_policy: str = Field(default="straight_through", max_length=24)
    confirm_above_amount: Optional[Decimal] = Field(default=None, sa_type=Money())
    # invoicing by file (core.requests.batch_import): "partial" issues the good invoices of a batch and lists the
    # rejected rows; "all_or_nothing" issues nothing until every row of the file is right
    batch_policy: str = Field(default="partial", max_length=16)
    api_token_hash: Optional[str] = None
    created_at: dt.datetime = Field(default_factory=utcnow)


class AgencySender(Record, table=True):
    """An e-mail address allowed to send requests on behalf of an agency (exact, lower-case)."""

    __table_args__ = (sa.UniqueConstraint("agency_id", "email"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    email: str = Field(index=True)


class Customer(Record, table=True):
    """A customer in the central register shared by all agencies."""

    id: Optional[int] = Field(default=None, primary_key=True)
    customer_number: str = Field(index=True, unique=True, max_length=32)
    kind: str = Field(default="company", max_length=16)  # company | public | private
    name: str = Field(index=True)
    org_no: Optional[str] = Field(default=None, index=True)  # org number, Y-tunnus or personal identity number
    vat_no: Optional[str] = None
    country: str = Field(default="SE", max_length=2)
    street: Optional[str] = None
    postal_code: Optional[str] = None
    city: Optional[str] = None
    language: str = Field(default="sv", max_length=2)
    email: Optional[str] = None
    peppol_id: Optional[str] = None  # "0007:5567...", "0216:0037..."
    no_reminders: bool = False
    no_interest: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)

    @property
    def is_private(self) -> bool:
        return self.kind == "private"


class AgencyCustomer(Record, table=True):
    """An agency's own number for a central customer."""

    __table_args__ = (sa.UniqueConstraint("agency_id", "number"), sa.UniqueConstraint("agency_id", "customer_id"))
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    number: str


class Article(Record, table=True):
    """An article in an agency's register. unit_price None: the price must come with each request."""

    __table_args__ = (sa.UniqueConstraint("agency_id", "code"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    code: str
    name: str
    unit: str = "st"
    unit_price: Optional[Decimal] = Field(default=None, sa_type=Quantity())
    vat_code: str = Field(default="standard", max_length=16)
    vat_rate: Decimal = Field(default=Decimal("25"), sa_type=Rate())
    # goods | service | None (not registered): decides the VAT for foreign customers (core.billing.place_of_supply)
    supply_kind: Optional[str] = Field(default=None, max_length=8)
    revenue_account: Optional[str] = None
    active: bool = True


class AgencyMasterdataPolicy(Record, table=True):
    """How an agency's master-data requests are applied: by a clerk's approval (default) or at once."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", unique=True)
    auto_apply: bool = False
    updated_at: dt.datetime = Field(default_factory=utcnow)


class RegisterVersion(Record, table=True):
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


class ArticlePrice(Record, table=True):
    """An article's price from a date on (core.registers.pricing.price_on picks the one valid on the supply date)."""

    __table_args__ = (sa.UniqueConstraint("article_id", "valid_from", name="uq_articleprice_article_from"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    valid_from: dt.date
    unit_price: Decimal = Field(sa_type=Quantity())
    change_id: Optional[int] = Field(default=None, foreign_key="changerequest.id")
    created_at: dt.datetime = Field(default_factory=utcnow)


class ConsumerEInvoiceProposal(Record, table=True):
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
