"""Building blocks for period-end tests: invoices (optionally with a service period), payments, balances."""
from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session

from core.billing import drafting, issuing
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.ledger.models import Voucher, VoucherEntry
from core.payments import allocation
from core.payments.models import Payment
from core.registers import register as registers

_ext = itertools.count(1)


def make_invoice(session: Session, agency: str = "HYDRO-SE", customer: str = "10002",
                 lines=(("1010", "2", None, None, None),), day: dt.date = dt.date(2026, 1, 5)) -> Invoice:
    """lines: (article, qty, price, period_start, period_end); issued (forced past plausibility warnings)."""
    a = registers.agency_by_code(session, agency)
    c = registers.find_customer(session, customer, a)
    inv = drafting.create_draft(session, a, c, [
        LineInput(article_code=art, quantity=q, unit_price=p, period_start=ps, period_end=pe)
        for art, q, p, ps, pe in lines], DraftOptions(invoice_date=day))
    issuing.issue(session, inv, force=True, force_reason="test")
    session.flush()
    return inv


def pay(session: Session, inv: Invoice, amount: Decimal, day: dt.date, bank_file_id: int | None = None) -> Payment:
    p = Payment(agency_id=inv.agency_id, external_id=f"T{next(_ext)}-{inv.id}", amount=amount,
                currency=inv.currency, payment_date=day, reference=inv.reference, unallocated=amount,
                bank_file_id=bank_file_id)
    session.add(p)
    session.flush()
    allocation.allocate(session, p, inv, amount, "reference")
    return p


def balance(session: Session, agency: str, account: str, as_of: dt.date | None = None) -> Decimal:
    a = registers.agency_by_code(session, agency)
    ve, v = VoucherEntry.__table__.c, Voucher.__table__.c
    q = (sa.select(sa.func.coalesce(sa.func.sum(ve.amount), 0)).join(Voucher.__table__, ve.voucher_id == v.id)
         .where(v.agency_id == a.id, ve.account == account))
    if as_of:
        q = q.where(v.date <= as_of)
    return Decimal(session.execute(q).scalar_one()).quantize(Decimal("0.01"))


def unbalanced_vouchers(session: Session) -> list[int]:
    ve = VoucherEntry.__table__.c
    return list(session.execute(sa.select(ve.voucher_id).group_by(ve.voucher_id)
                                .having(sa.func.sum(ve.amount) != 0)).scalars())


def month_ends(year: int) -> list[dt.date]:
    return [dt.date(year, m, 1).replace(day=28) + dt.timedelta(days=4) - dt.timedelta(
        days=(dt.date(year, m, 1).replace(day=28) + dt.timedelta(days=4)).day) for m in range(1, 13)]
