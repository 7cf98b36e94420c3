"""Posting balanced vouchers, and the ledger check (every voucher balances; every entry carries its voucher's agency,
date and source; AR subledger = AR control account).

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


# the source types of the voucher that issues a document: its AR line names the document (VoucherEntry.issues_invoice)
ISSUING = ("invoice", "credit_note", "interest")


def issues(source_type: str, source_id: int | None, invoice_id: int | None) -> bool:
    """Whether a voucher with this source is the one that issued the entry's invoice (the entry's copy,
    VoucherEntry.issues_invoice): the reconciliation tells a document never booked by it."""
    return invoice_id is not None and source_id == invoice_id and source_type in ISSUING


def copies(agency_id: int, date: dt.date, source_type: str, source_id: int | None,
           invoice_id: int | None) -> dict[str, Any]:
    """An entry's copies of its voucher's agency, date and source (VoucherEntry's columns of that name): every
    path that writes entries, bulk or single, writes them with the voucher."""
    return {"agency_id": agency_id, "voucher_date": date,
            "issues_invoice": issues(source_type, source_id, invoice_id)}


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
                     invoice_id=e.invoice_id, customer_id=e.customer_id, text=e.text, payment_id=e.payment_id,
                     **copies(agency_id, date, source_type, source_id, e.invoice_id))
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
                                             payment_id=e.payment_id,
                                             **copies(agency_id, d.date, d.source_type, d.source_id, e.invoice_id))
                                        for vid, d, entries in zip(ids, drafts, checked) for e in entries])
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


def copies_differing(session: Session, agency_id: int) -> list[sa.Row[*tuple[Any, ...]]]:
    """(series, number, entry id) of every entry of the agency (by its voucher or by its own copy) whose copies of
    the voucher's agency, date or source (`copies`) differ from its voucher's: the reconciliation sums the AR
    entries by those copies, so an entry or voucher changed behind the application's back is caught here."""
    ve, v = VoucherEntry.__table__.c, Voucher.__table__.c
    issuing = sa.case((sa.and_(v.source_id == ve.invoice_id, v.source_type.in_(ISSUING)), True), else_=False)
    q = (sa.select(v.series, v.number, ve.id).join(VoucherEntry.__table__, ve.voucher_id == v.id)
         .where(sa.or_(v.agency_id == agency_id, ve.agency_id == agency_id),
                sa.or_(ve.agency_id != v.agency_id, ve.voucher_date != v.date, ve.issues_invoice != issuing))
         .order_by(ve.id))
    return list(session.execute(q).all())
