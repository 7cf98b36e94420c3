"""Double-entry ledger: vouchers with entries (debit positive, credit negative)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field

from core.kernel.clock import utcnow
from core.kernel.types import Money, Record


class Voucher(Record, table=True):
    __table_args__ = (sa.UniqueConstraint("agency_id", "series", "number"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    series: str = Field(default="A", max_length=8)
    number: int
    date: dt.date = Field(index=True)
    text: str
    source_type: str = Field(max_length=32)  # invoice | credit_note | payment | accrual | provision | ...
    source_id: Optional[int] = None
    created_at: dt.datetime = Field(default_factory=utcnow)


class VoucherEntry(Record, table=True):
    __table_args__ = (
        sa.Index("ix_entry_account", "account"),
        # covering indexes in place of the two foreign keys' plain ones (each also serves its key's foreign-key
        # checks and look-ups): the reconciliation sums the AR entries per invoice from the first, with the
        # voucher's agency and date copied beside them (no join of 1.6 million entries to a million vouchers at a
        # centre's size, issue #16), and checks every voucher's balance from the second alone; the AR entries
        # that name no invoice are found at the start of the first (invoice_id NULL, by account)
        sa.Index("ix_entry_invoice", "invoice_id", "account", "agency_id", "voucher_date", "amount",
                 "issues_invoice"),
        sa.Index("ix_entry_voucher", "voucher_id", "amount"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    voucher_id: int = Field(foreign_key="voucher.id")  # indexed by ix_entry_voucher
    account: str = Field(max_length=16)
    amount: Decimal = Field(sa_type=Money())  # debit > 0, credit < 0
    invoice_id: Optional[int] = Field(default=None, foreign_key="invoice.id")  # indexed by ix_entry_invoice
    customer_id: Optional[int] = Field(default=None)
    # the payment a line of a bank deposit's voucher belongs to (one voucher per deposit names each payment here);
    # indexed like every foreign key: without it each deleted payment scans all entries for the FK check
    payment_id: Optional[int] = Field(default=None, foreign_key="payment.id", index=True)
    text: Optional[str] = None
    # Copies of the voucher's, written with the entry in the same insert and never changed (a posted voucher is
    # immutable: a correction is a new voucher): its agency and date, and whether the voucher is the one that
    # issued the entry's invoice (source_type invoice / credit_note / interest and source_id = invoice_id). Not
    # a maintained balance: the reconciliation still sums the entries, only without joining their vouchers;
    # `reskontra ledger check` proves every copy equal to its voucher (core.ledger.posting.copies_differing).
    agency_id: int = Field()  # no foreign key: the voucher's own is checked, and it equals the voucher's
    voucher_date: dt.date = Field()
    issues_invoice: bool = Field(default=False)
