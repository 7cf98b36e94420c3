"""A customer's account with the agencies a user may see (kundreskontra per kund): balance and overdue amount per
currency, open items with their age and reminders, interest invoices, credit notes, the payments allocated to the
customer's invoices, disputes — the page a clerk opens when a customer calls, and the statement
(kontoutdrag / tiliote) printed from it. Every figure is read with the customer's and the agencies' ids in the
query (indexes on invoice.customer_id, allocation.invoice_id, reminder.invoice_id)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.money import ZERO
from core.payments.models import Allocation, Payment
from core.runs.models import Reminder

OPEN_STATUSES = ("issued",)


def _invoices(session: Session, customer_id: int, agency_ids: Collection[int]) -> list[Invoice]:
    q = (select(Invoice).where(col(Invoice.customer_id) == customer_id, col(Invoice.agency_id).in_(list(agency_ids)),
                               col(Invoice.number).is_not(None))
         .order_by(col(Invoice.invoice_date).desc(), col(Invoice.id).desc()))
    return list(session.exec(q))


def _payments(session: Session, invoice_ids: list[int]) -> list[dict[str, Any]]:
    if not invoice_ids:
        return []
    a, p, i = Allocation.__table__.c, Payment.__table__.c, Invoice.__table__.c
    q = (sa.select(p.id, p.payment_date, p.payer_name, p.reference, p.currency, a.amount, a.method, i.number)
         .select_from(Allocation.__table__.join(Payment.__table__, p.id == a.payment_id)
                      .join(Invoice.__table__, i.id == a.invoice_id))
         .where(a.invoice_id.in_(invoice_ids)).order_by(p.payment_date.desc(), a.id.desc()))
    return [{"payment_id": r.id, "date": r.payment_date, "payer": r.payer_name, "reference": r.reference,
             "currency": r.currency, "amount": r.amount, "method": r.method, "invoice": r.number}
            for r in session.execute(q)]


def _reminders(session: Session, invoice_ids: list[int]) -> dict[int, list[Reminder]]:
    out: dict[int, list[Reminder]] = {}
    if invoice_ids:
        for r in session.exec(select(Reminder).where(col(Reminder.invoice_id).in_(invoice_ids))
                              .order_by(col(Reminder.reminder_date))):
            out.setdefault(r.invoice_id, []).append(r)
    return out


def _balances(open_items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    per: dict[str, dict[str, Any]] = {}
    for it in open_items:
        b = per.setdefault(it["currency"], {"currency": it["currency"], "balance": ZERO, "overdue": ZERO,
                                            "items": 0})
        b["balance"] += it["open_amount"]
        b["items"] += 1
        if it["days_overdue"] > 0:
            b["overdue"] += it["open_amount"]
    return sorted(per.values(), key=lambda b: b["currency"])


def account(session: Session, customer_id: int, agency_ids: Collection[int], as_of: dt.date) -> dict[str, Any]:
    """The customer's account as of a date, over the given agencies."""
    invoices = _invoices(session, customer_id, agency_ids)
    ids = [i.id for i in invoices if i.id is not None]
    reminders = _reminders(session, ids)
    open_items = [{"invoice_id": i.id, "number": i.number, "kind": i.kind, "agency_id": i.agency_id,
                   "invoice_date": i.invoice_date, "due_date": i.due_date, "currency": i.currency, "total": i.total,
                   "open_amount": i.open_amount, "disputed": i.disputed, "reference": i.reference,
                   "days_overdue": max((as_of - (i.due_date or i.invoice_date)).days, 0),
                   "reminders": len(reminders.get(i.id or 0, []))}
                  for i in invoices if i.status in OPEN_STATUSES and i.open_amount != 0]
    open_items.sort(key=lambda it: (it["due_date"] or it["invoice_date"], it["number"] or ""))
    payments = _payments(session, ids)
    return {"as_of": as_of, "balances": _balances(open_items), "open_items": open_items,
            "interest_invoices": [i for i in invoices if i.kind == "interest"],
            "credit_notes": [i for i in invoices if i.kind == "credit_note"],
            "invoices": invoices, "payments": payments,
            "reminders": [r for rs in reminders.values() for r in rs],
            "disputed": [i for i in invoices if i.disputed],
            "paid_total": sum((Decimal(p["amount"]) for p in payments), ZERO)}
