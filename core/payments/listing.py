"""Payments as the CLI and JSON show them: one payment with its allocations and customer credit, or a list."""
from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.identifiers import mask_if_personal
from core.kernel.money import ZERO, money_str
from core.payments.models import Allocation, Payment
from core.registers import register as registers
from core.registers.models import Agency

AllocationRow = tuple[Allocation, str | None]   # an allocation and its invoice's number


def payment_dict(session: Session, p: Payment, agency_codes: dict[int, str] | None = None,
                 allocs: list[AllocationRow] | None = None) -> dict[str, Any]:
    if allocs is None:
        a_c = Allocation.__table__.c
        allocs = [(a, num) for a, num in session.execute(
            sa.select(Allocation, col(Invoice.number)).outerjoin(Invoice, col(Invoice.id) == a_c.invoice_id)
            .where(a_c.payment_id == p.id).order_by(a_c.id))]
    credit = sum((a.amount for a, _ in allocs if a.method == "overpayment"), ZERO) - \
        sum((a.amount for a, _ in allocs if a.method in ("refund", "offset")), ZERO)
    return {"id": p.id, "agency": _agency_code(session, p, agency_codes), "external_id": p.external_id,
            "kind": p.kind, "status": p.status,
            "amount": money_str(p.amount), "currency": p.currency, "payment_date": p.payment_date,
            "reference": p.reference, "payer": p.payer_name, "payer_org_no": mask_if_personal(p.payer_org_no),
            "unallocated": money_str(p.unallocated), "in_suspense": p.in_suspense,
            "customer_credit": money_str(credit), "note": p.note, "ask_agency": p.ask_agency,
            "allocations": [{"invoice": num, "amount": money_str(a.amount), "method": a.method,
                             "date": a.payment_date, "voucher_id": a.voucher_id} for a, num in allocs],
            "suggestions": p.suggestions, "source": p.source_location, "bank_file_id": p.bank_file_id}


def _agency_code(session: Session, p: Payment, agency_codes: dict[int, str] | None) -> str | None:
    if agency_codes:
        return agency_codes.get(p.agency_id) if p.agency_id is not None else None
    agency = session.get(Agency, p.agency_id) if p.agency_id else None
    return agency.code if agency else None


def list_payments(session: Session, since: dt.date | None = None, agency_code: str | None = None,
                  status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    q = select(Payment).order_by(col(Payment.payment_date), col(Payment.id))
    if since:
        q = q.where(col(Payment.payment_date) >= since)
    if agency_code:
        q = q.where(col(Payment.agency_id) == registers.agency_by_code(session, agency_code).id)
    if status:
        q = q.where(col(Payment.status) == status)
    if limit:
        q = q.limit(limit)
    pays = list(session.exec(q))
    codes = {a.id: a.code for a in session.exec(select(Agency)) if a.id is not None}
    allocs: dict[int, list[AllocationRow]] = {}
    ids = [p.id for p in pays]
    a_c = Allocation.__table__.c
    for i in range(0, len(ids), 5000):
        for a, num in session.execute(sa.select(Allocation, col(Invoice.number))
                                      .outerjoin(Invoice, col(Invoice.id) == a_c.invoice_id)
                                      .where(a_c.payment_id.in_(ids[i:i + 5000])).order_by(a_c.id)):
            allocs.setdefault(a.payment_id, []).append((a, num))
    return [payment_dict(session, p, codes, allocs.get(p.id, []) if p.id is not None else []) for p in pays]
