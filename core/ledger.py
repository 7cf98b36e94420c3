"""Posting balanced vouchers, and the ledger check (every voucher balances; AR subledger = AR control account).

A voucher that does not balance is refused before anything is written.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, select

from core import accounts, numbering
from core.errors import DomainError
from core.models.invoicing import Invoice
from core.models.ledger import Voucher, VoucherEntry
from core.models.registers import Agency
from core.money import ZERO, round_money

AR_STATUSES = ("issued", "paid", "credited")


@dataclass
class Entry:
    account: str
    amount: Decimal  # debit > 0, credit < 0
    invoice_id: int | None = None
    customer_id: int | None = None
    text: str | None = None


class UnbalancedVoucher(DomainError):
    pass


def post(session: Session, agency_id: int, date: dt.date, text: str, source_type: str,
         source_id: int | None, entries: list[Entry], series: str = "A") -> Voucher:
    """Post one voucher; entries with zero amount are dropped; the sum must be exactly zero."""
    entries = [e for e in entries if e.amount != 0]
    total = sum((round_money(e.amount) for e in entries), ZERO)
    if total != 0:
        raise UnbalancedVoucher(f"voucher '{text}' does not balance: difference {total}")
    if not entries:
        raise UnbalancedVoucher(f"voucher '{text}' has no entries")
    number = numbering.next_number(session, agency_id, f"voucher:{series}", 1)
    voucher = Voucher(agency_id=agency_id, series=series, number=number, date=date, text=text,
                      source_type=source_type, source_id=source_id)
    session.add(voucher)
    session.flush()
    session.add_all(
        VoucherEntry(voucher_id=voucher.id, account=e.account, amount=round_money(e.amount),
                     invoice_id=e.invoice_id, customer_id=e.customer_id, text=e.text)
        for e in entries
    )
    return voucher


def ar_account(agency: Agency) -> str:
    return accounts.account(agency.accounts, "ar")


@dataclass
class AgencyCheck:
    agency: str
    vouchers: int
    unbalanced: list[int]
    ar_account: str
    ar_subledger: Decimal
    ar_ledger: Decimal

    @property
    def difference(self) -> Decimal:
        return self.ar_subledger - self.ar_ledger

    @property
    def ok(self) -> bool:
        return not self.unbalanced and self.difference == 0


def check(session: Session, agency_code: str | None = None) -> list[AgencyCheck]:
    """Balance of every voucher and AR subledger vs ledger, per agency."""
    query = select(Agency).order_by(Agency.code)
    if agency_code:
        query = query.where(Agency.code == agency_code)
    results = []
    for agency in session.exec(query):
        results.append(_check_agency(session, agency))
    return results


def _check_agency(session: Session, agency: Agency) -> AgencyCheck:
    ve, v = VoucherEntry.__table__.c, Voucher.__table__.c
    unbalanced = session.execute(
        sa.select(v.number).join(VoucherEntry.__table__, ve.voucher_id == v.id)
        .where(v.agency_id == agency.id).group_by(v.id, v.number).having(sa.func.sum(ve.amount) != 0)
    ).scalars().all()
    count = session.execute(sa.select(sa.func.count()).where(v.agency_id == agency.id)).scalar_one()
    acct = ar_account(agency)
    ledger = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(ve.amount), 0)).join(Voucher.__table__, ve.voucher_id == v.id)
        .where(v.agency_id == agency.id, ve.account == acct)
    ).scalar_one()
    inv = Invoice.__table__.c
    sub = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(inv.open_amount), 0))
        .where(inv.agency_id == agency.id, inv.status.in_(AR_STATUSES))
    ).scalar_one()
    return AgencyCheck(agency.code, count, list(unbalanced), acct, Decimal(sub).quantize(Decimal("0.01")),
                       Decimal(ledger).quantize(Decimal("0.01")))
