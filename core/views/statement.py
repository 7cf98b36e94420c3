"""A customer's statement of account (kontoutdrag / tiliote) as of a date: every movement of the account per
currency — invoices, interest invoices and credit notes issued, reminder fees charged, payments received, amounts
written off — in date order with a running balance, from an opening balance to the balance as of the date, and
the items still open on that date.

The open items and the balance are what the customer's documents owe on the date by the one rule the period-end
reports use (core.period.open_amounts.as_of_docs: a credit note, payment, fee or write-off dated after the date
taken back out; a credit note that took more than its original still owed stays the customer's credit, its own
item) — the statement does not work that out a second time, so it and the open-items report cannot drift. The
movements (each payment, fee, write-off on its own line) run from the opening balance to that balance: per credit
family what is owed does not depend on the order in which things happened. A statement that listed only the open
invoices (as before) left the customer to work out why the balance was not the invoices' total.

The statement starts at the oldest item still open on the date (so every open item's history is on it) unless
the clerk asks for another start; what happened before is one opening line per currency."""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.kernel.money import ZERO
from core.payments.models import Allocation, Payment
from core.period import open_amounts
from core.period.models import WriteOff
from core.period.open_amounts import AR_DOC_STATUSES, dec
from core.runs.models import Reminder

# the order of movements of one day: what was charged before what was paid
_ORDER = {"invoice": 0, "interest": 0, "credit_note": 1, "fee": 2, "payment": 3, "write_off": 4}


@dataclass
class Movement:
    """One line of the statement: `kind` invoice | interest | credit_note | fee | payment | write_off; `amount`
    raises (+) or lowers (-) the balance; `document` the invoice's number it concerns."""

    day: dt.date
    kind: str
    document: str | None
    amount: Decimal
    currency: str
    detail: str | None = None
    invoice_id: int = 0
    balance: Decimal = ZERO


@dataclass
class Section:
    """The statement of one currency."""

    currency: str
    opening: Decimal = ZERO
    movements: list[Movement] = field(default_factory=list)
    closing: Decimal = ZERO
    overdue: Decimal = ZERO
    open_items: list[dict[str, Any]] = field(default_factory=list)


def _documents(session: Session, customer_id: int, agency_ids: Collection[int], as_of: dt.date) -> list[Any]:
    i = Invoice.__table__.c
    q = (sa.select(i.id, i.kind, i.number, i.invoice_date, i.due_date, i.currency, i.total, i.credited_invoice_id,
                   i.reference, i.agency_id)
         .where(i.customer_id == customer_id, i.agency_id.in_(list(agency_ids)), i.number.is_not(None),
                i.status.in_(AR_DOC_STATUSES), i.invoice_date <= as_of))
    return list(session.execute(q))


def _events(session: Session, docs: dict[int, Any], as_of: dt.date) -> list[Movement]:
    """Fees, payments and write-offs on the documents up to the date (each through its index on invoice_id)."""
    ids = list(docs)
    r, a, p, w = Reminder.__table__.c, Allocation.__table__.c, Payment.__table__.c, WriteOff.__table__.c
    out: list[Movement] = []
    for inv_id, day, fee, no in session.execute(
            sa.select(r.invoice_id, r.reminder_date, r.fee, r.reminder_no)
            .where(r.invoice_id.in_(ids), r.fee > 0, r.reminder_date <= as_of)):
        out.append(Movement(day, "fee", docs[inv_id].number, fee, docs[inv_id].currency, str(no), inv_id))
    for inv_id, day, amount, payer, ref in session.execute(
            sa.select(a.invoice_id, a.payment_date, a.amount, p.payer_name, p.reference)
            .join(Payment.__table__, p.id == a.payment_id)
            .where(a.invoice_id.in_(ids), a.payment_date <= as_of)):
        out.append(Movement(day, "payment", docs[inv_id].number, -amount, docs[inv_id].currency, payer or ref,
                            inv_id))
    for inv_id, day, amount in session.execute(
            sa.select(w.invoice_id, w.date, w.amount).where(w.invoice_id.in_(ids), w.date <= as_of)):
        out.append(Movement(day, "write_off", docs[inv_id].number, -amount, docs[inv_id].currency, None, inv_id))
    return out


def _open_items(session: Session, customer_id: int, agency_ids: Collection[int], as_of: dt.date
                ) -> list[dict[str, Any]]:
    """What each of the customer's documents owes on the date, as the open-items report has it
    (core.period.open_amounts.as_of_docs, per agency); overdue as the report counts it (by the due date)."""
    i = Invoice.__table__.c
    items = []
    for agency_id in sorted(agency_ids):
        docs = open_amounts.as_of_docs(session, agency_id, as_of,
                                       extra=("number", "kind", "due_date", "currency", "total", "reference"),
                                       where=i.customer_id == customer_id)
        for d in session.execute(sa.select(docs).where(docs.c.open != 0)):
            items.append({"number": d.number, "kind": d.kind, "invoice_date": d.invoice_date,
                          "due_date": d.due_date or d.invoice_date, "reference": d.reference,
                          "currency": d.currency, "total": d.total, "open_amount": dec(d.open),
                          "days_overdue": max((as_of - d.due_date).days, 0) if d.due_date else 0})
    return sorted(items, key=lambda it: (it["due_date"], it["number"]))


def statement(session: Session, customer_id: int, agency_ids: Collection[int], as_of: dt.date,
              since: dt.date | None = None) -> dict[str, Any]:
    """The statement as of `as_of` over the given agencies, listing the movements from `since` (default: the
    oldest item open on the date; the date itself when nothing is open)."""
    docs = {d.id: d for d in _documents(session, customer_id, agency_ids, as_of)}
    events = _events(session, docs, as_of) if docs else []
    open_items = _open_items(session, customer_id, {d.agency_id for d in docs.values()}, as_of) if docs else []
    start = since or min((it["invoice_date"] for it in open_items), default=as_of)
    movements = [Movement(d.invoice_date, d.kind, d.number, d.total, d.currency, d.reference, d.id)
                 for d in docs.values()] + events
    movements.sort(key=lambda m: (m.day, _ORDER.get(m.kind, 9), m.document or ""))
    sections: dict[str, Section] = {}
    for m in movements:
        sec = sections.setdefault(m.currency, Section(m.currency))
        if m.day < start:
            sec.opening += m.amount
            sec.closing = sec.opening
            continue
        sec.closing += m.amount
        m.balance = sec.closing
        sec.movements.append(m)
    for sec in sections.values():  # the balance is what the open items owe (the movements run to it)
        sec.closing = ZERO
    for it in open_items:
        sec = sections.setdefault(it["currency"], Section(it["currency"]))
        sec.open_items.append(it)
        sec.closing += it["open_amount"]
        if it["days_overdue"] > 0 and it["open_amount"] > 0:  # a credit is not overdue
            sec.overdue += it["open_amount"]
    return {"as_of": as_of, "since": start, "sections": sorted(sections.values(), key=lambda s: s.currency)}
