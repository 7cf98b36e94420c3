"""Bank files against the payments booked from them, as part of the period-end reconciliation.

Every imported bank file states its number of payments and their total; the payments booked from it must add up
to the same, so that nothing was lost, booked twice or booked outside the file (bokföringslagen 1999:1078
5 kap. 6 §: every business event booked, each from its verification). A file counts for the agency whose payments
it holds, or, when it produced no payment rows, for the agency whose bankgiro / IBAN it was paid to.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.kernel.money import CENT, money_str
from core.payments import importing as payments
from core.payments.models import BankFileRecord, Payment
from core.registers.models import Agency


def bank_file_check(session: Session, agency: Agency, as_of: dt.date) -> list[dict]:
    """Bank files with payments of this agency (or not yet tied to one) dated <= D: file total and count
    against the payments booked from the file."""
    p = Payment.__table__.c
    file_ids = set(session.execute(
        sa.select(p.bank_file_id).where(p.bank_file_id.is_not(None), p.payment_date <= as_of,
                                        sa.or_(p.agency_id == agency.id, p.agency_id.is_(None)))).scalars())
    files = (list(session.exec(select(BankFileRecord).where(col(BankFileRecord.id).in_(file_ids))))
             if file_ids else [])
    # a file that produced no payment rows (all duplicates, or only other transactions) is the agency's whose
    # bankgiro / IBAN it was paid to; one naming no agency's account is nobody's to see
    empty = session.exec(select(BankFileRecord).where(
        ~col(BankFileRecord.id).in_(sa.select(p.bank_file_id).where(p.bank_file_id.is_not(None))))).all()
    files += [f for f in empty if (f.imported_at.date() <= as_of or f.payments > 0)
              and payments.agency_for_account([agency], f.payee_account) is not None]
    out: list[dict] = []
    for f in sorted(files, key=lambda f: f.id or 0):  # stored rows: the id is always set
        count, total = session.execute(
            sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(p.amount), 0))
            .where(p.bank_file_id == f.id)).one()
        total = Decimal(total).quantize(CENT)
        diff = f.total - total
        entry = {"id": f.id, "filename": f.filename, "format": f.format,
                 "imported_at": f.imported_at.isoformat(), "file_total": money_str(f.total),
                 "payments_total": money_str(total), "file_payments": f.payments, "payments": int(count),
                 "difference": money_str(diff), "ok": diff == 0 and f.payments == count}
        if not entry["ok"]:
            entry["explanation"] = (f"file {f.filename} states {f.payments} payments totalling "
                                    f"{money_str(f.total)}; {count} payments totalling {money_str(total)} "
                                    f"were booked from it")
        out.append(entry)
    return out
