"""Open items per customer as of a date, streamed from the database one customer at a time (the report over a
million invoices must not hold them all: issue #16).

Order, as the report has always listed them: customers by name and customer number (as the customer's first open
item, by invoice date, names them), each customer's items by due date (invoice date when there is none); the
database orders them in one query (window functions name each customer by its first item).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.payments.models import Allocation
from core.period import json_stream, open_amounts
from core.period import sql_text as t
from core.period.models import WriteOff
from core.period.open_amounts import SNAPSHOT, money
from core.runs.models import Reminder

_inv, _alloc, _rem, _wo = Invoice.__table__, Allocation.__table__, Reminder.__table__, WriteOff.__table__


def item_dict(r: Any, as_of: dt.date) -> dict:
    """One open item as the report lists it (`r`: a row of `stream`'s query by column name; amounts in cents)."""
    return _item(as_of, r.number, r.id, r.kind, r.invoice_date, r.due_date, r.customer_number, r.customer, r.total,
                 r.fees, r.paid, r.written_off, r.open, r.collection_status, r.disputed)


def _item(as_of: dt.date, number: str, iid: int, kind: str, day: dt.date, due: dt.date | None, cust_no: str | None,
          cust: str | None, total: int, fees: int, paid: int, written_off: int, open_c: int, coll: str | None,
          disputed: Any) -> dict:
    overdue = (as_of - due).days if due else 0
    return {"invoice": number, "id": iid, "kind": kind, "invoice_date": day.isoformat(),
            "due_date": due.isoformat() if due else None, "customer_number": cust_no, "customer": cust,
            "total": money(total), "fees": money(fees), "paid": money(paid),
            "credited": money(total + fees - paid - written_off - open_c), "written_off": money(written_off),
            "open_amount": money(open_c), "days_overdue": max(overdue, 0), "collection_status": coll,
            "disputed": bool(disputed)}


_ITEM = ("number", "id", "kind", "invoice_date", "due_date", "customer_number", "customer", "total", "fees", "paid",
         "written_off", "open", "collection_status", "disputed")


def _text_key(session: Session, expr: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """A text sort key ordered as Python orders str (by code point): PostgreSQL's collation is the locale's."""
    key = sa.func.coalesce(expr, "")
    return sa.collate(key, "C") if session.get_bind().dialect.name == "postgresql" else key


def stream(session: Session, agency_id: int, as_of: dt.date, encoded: bool = False) -> Iterator[dict]:
    """The customers with open items, in report order, each {customer_number, customer, org_no, open_amount,
    items}; one customer in memory at a time. The open amounts as of the date come from
    core.period.open_amounts.as_of_docs; what was paid, charged in fees and written off up to the date is looked
    up per open item (an index search each), what was credited is the rest. `encoded`: each customer's `items` is
    a json_stream.Encoded list of the items as JSON text, rendered by the database (core.period.sql_text) — what
    the JSON report over a whole centre writes; otherwise a list of dicts."""
    t.room_to_sort(session)
    keyed = _keyed(session, agency_id, as_of)
    order = (_text_key(session, keyed.c.k_customer), _text_key(session, keyed.c.k_customer_number),
             keyed.c.k_invoice_date, keyed.c.k_id, keyed.c.customer_id, keyed.c.sort_date, keyed.c.invoice_date,
             keyed.c.id)
    head = (keyed.c.customer_id, keyed.c.c_open, keyed.c.k_customer, keyed.c.k_customer_number, keyed.c.k_org_no,
            keyed.c.k_customer_kind)
    body = [_line(session, keyed, as_of)] if encoded else [keyed.c[k] for k in _ITEM]
    result = session.execute(sa.select(*head, *body).order_by(*order).execution_options(yield_per=10_000))
    current: dict | None = None
    items: list = []
    cid = None
    for r in result:  # by position: a million rows read by name cost seconds
        if r[0] != cid:
            if current is not None:
                yield current
            cid = r[0]
            items = json_stream.Encoded() if encoded else []
            current = {"customer_number": r[3], "customer": r[2], "org_no": r[4] if r[5] != "private" else None,
                       "open_amount": money(int(r[1])), "items": items}
        items.append(r[6] if encoded else _item(as_of, *r[6:]))
    if current is not None:
        yield current


def _keyed(session: Session, agency_id: int, as_of: dt.date) -> sa.Subquery:
    """The open items as of the date with their amounts in cents and, per item, its customer's sort key (the
    first item's name, number, date and id) and open total (window functions)."""
    snap = {k: _inv.c.customer_snapshot[v].as_string() for k, v in SNAPSHOT.items()}
    # the customer as an expression: SQLite would otherwise walk every invoice by its customer index to feed the
    # windows below, instead of only the open ones (ix_invoice_agency_open_amount)
    items = open_amounts.as_of_docs(session, agency_id, as_of, extra=(
        "kind", "number", "due_date", "collection_status", "disputed"),
        exprs={"customer_id": sa.func.coalesce(_inv.c.customer_id, _inv.c.customer_id), "total_": _inv.c.total,
               **snap})
    per_item = {
        "paid": sa.select(sa.func.sum(_alloc.c.amount)).where(_alloc.c.invoice_id == items.c.id,
                                                               _alloc.c.payment_date <= as_of),
        "fees": sa.select(sa.func.sum(_rem.c.fee)).where(_rem.c.invoice_id == items.c.id, _rem.c.fee > 0,
                                                          _rem.c.reminder_date <= as_of),
        "written_off": sa.select(sa.func.sum(_wo.c.amount)).where(_wo.c.invoice_id == items.c.id,
                                                                   _wo.c.date <= as_of)}
    first = (items.c.invoice_date, items.c.id)
    return sa.select(
        items, open_amounts.cents(session, items.c.total_).label("total"),
        *[open_amounts.cents(session, sa.func.coalesce(q.scalar_subquery(), 0)).label(k) for k, q in per_item.items()],
        *[sa.func.first_value(items.c[c]).over(partition_by=items.c.customer_id, order_by=first).label("k_" + c)
          for c in (*SNAPSHOT, "invoice_date", "id")],
        sa.func.sum(items.c.open).over(partition_by=items.c.customer_id).label("c_open"),
    ).where(items.c.open != 0).subquery("k")


def _line(session: Session, k: sa.Subquery, as_of: dt.date) -> sa.ColumnElement[str]:
    """One open item as JSON text, as `_item` gives it and json_stream writes it (core.period.sql_text)."""
    q, m, day = (lambda e: t.quoted(session, e)), (lambda e: t.money(session, e)), (lambda e: t.day(session, e))
    credited = k.c.total + k.c.fees - k.c.paid - k.c.written_off - k.c.open
    return t.obj([
        ("invoice", q(k.c.number)), ("id", t.integer(k.c.id)), ("kind", q(k.c.kind)),
        ("invoice_date", day(k.c.invoice_date)), ("due_date", day(k.c.due_date)),
        ("customer_number", q(k.c.customer_number)), ("customer", q(k.c.customer)), ("total", m(k.c.total)),
        ("fees", m(k.c.fees)), ("paid", m(k.c.paid)), ("credited", m(credited)),
        ("written_off", m(k.c.written_off)), ("open_amount", m(k.c.open)),
        ("days_overdue", t.days_past(session, k.c.due_date, as_of)), ("collection_status", q(k.c.collection_status)),
        ("disputed", t.boolean(k.c.disputed))])
