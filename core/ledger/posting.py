"""Posting balanced vouchers, and the ledger check (every voucher balances; AR subledger = AR control account).

A voucher that does not balance is refused before anything is written.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.kernel.errors import DomainError
from core.kernel.money import ZERO, round_money
from core.ledger import accounts
from core.ledger.models import Voucher, VoucherEntry
from core.platform import numbering
from core.platform.bulk import bulk_insert
from core.registers.models import Agency


@dataclass
class Entry:
    account: str
    amount: Decimal  # debit > 0, credit < 0
    invoice_id: int | None = None
    customer_id: int | None = None
    text: str | None = None
    payment_id: int | None = None  # the payment a line of a deposit's voucher belongs to


class UnbalancedVoucher(DomainError):
    pass


def checked_entries(text: str, entries: list[Entry]) -> list[Entry]:
    """The rule for every voucher, bulk or single: zero entries dropped, amounts rounded to öre/cent, the sum
    exactly zero, at least one entry. Raises UnbalancedVoucher before anything is written."""
    entries = [Entry(e.account, round_money(e.amount), e.invoice_id, e.customer_id, e.text, e.payment_id)
               for e in entries if e.amount != 0]
    total = sum((e.amount for e in entries), ZERO)
    if total != 0:
        raise UnbalancedVoucher(f"voucher '{text}' does not balance: difference {total}")
    if not entries:
        raise UnbalancedVoucher(f"voucher '{text}' has no entries")
    return entries


def post(session: Session, agency_id: int, date: dt.date, text: str, source_type: str,
         source_id: int | None, entries: list[Entry], series: str = "A") -> Voucher:
    """Post one voucher (see checked_entries for the balance rule)."""
    entries = checked_entries(text, entries)
    number = numbering.next_number(session, agency_id, f"voucher:{series}", 1)
    voucher = Voucher(agency_id=agency_id, series=series, number=number, date=date, text=text,
                      source_type=source_type, source_id=source_id)
    session.add(voucher)
    session.flush()
    assert voucher.id is not None  # flushed
    session.add_all(
        VoucherEntry(voucher_id=voucher.id, account=e.account, amount=e.amount,
                     invoice_id=e.invoice_id, customer_id=e.customer_id, text=e.text, payment_id=e.payment_id)
        for e in entries
    )
    return voucher


@dataclass
class VoucherDraft:
    date: dt.date
    text: str
    source_type: str
    source_id: int | None
    entries: list[Entry]


def post_many(session: Session, agency_id: int, drafts: list[VoucherDraft], series: str = "A") -> list[int]:
    """Post many vouchers at once (runs, imports): the same rule as `post`, numbers from one block of the series,
    rows inserted set-wise. Returns the voucher ids in order."""
    checked = [checked_entries(d.text, d.entries) for d in drafts]
    if not drafts:
        return []
    first = numbering.take_block(session, agency_id, f"voucher:{series}", len(drafts), 1)
    ids = bulk_insert(session, Voucher, [dict(agency_id=agency_id, series=series, number=first + i, date=d.date,
                                              text=d.text, source_type=d.source_type, source_id=d.source_id)
                                         for i, d in enumerate(drafts)], returning=True)
    bulk_insert(session, VoucherEntry, [dict(voucher_id=vid, account=e.account, amount=e.amount,
                                             invoice_id=e.invoice_id, customer_id=e.customer_id, text=e.text,
                                             payment_id=e.payment_id)
                                        for vid, entries in zip(ids, checked) for e in entries])
    return ids


def ar_account(agency: Agency) -> str:
    return accounts.account(agency, "ar")


def account_balance(session: Session, agency_id: int, account: str, as_of: dt.date | None = None) -> Decimal:
    """Sum of an account's entries (debit positive), optionally up to and including a date."""
    ve, v = VoucherEntry.__table__.c, Voucher.__table__.c
    q = (sa.select(sa.func.coalesce(sa.func.sum(ve.amount), 0)).join(Voucher.__table__, ve.voucher_id == v.id)
         .where(v.agency_id == agency_id, ve.account == account))
    if as_of is not None:
        q = q.where(v.date <= as_of)
    return Decimal(session.execute(q).scalar_one()).quantize(Decimal("0.01"))


def unbalanced_vouchers(session: Session, agency_id: int,
                        as_of: dt.date | None = None) -> list[sa.Row[*tuple[Any, ...]]]:
    """(series, number, date, text, debit minus credit) of every voucher whose entries do not sum to zero."""
    ve, v = VoucherEntry.__table__.c, Voucher.__table__.c
    q = (sa.select(v.series, v.number, v.date, v.text, sa.func.sum(ve.amount))
         .join(VoucherEntry.__table__, ve.voucher_id == v.id).where(v.agency_id == agency_id))
    if as_of is not None:
        q = q.where(v.date <= as_of)
    return list(session.execute(q.group_by(v.id, v.series, v.number, v.date, v.text)
                                .having(sa.func.sum(ve.amount) != 0)).all())
