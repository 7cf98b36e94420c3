"""Open items per customer as of a date, streamed from the database one customer at a time (the report over a
million invoices must not hold them all: issue #16).

Order, as the report has always listed them: customers by name and customer number (as the customer's first open
item, by invoice date, names them), each customer's items by due date (invoice date when there is none). The
documents of families with a credit note (core.period.open_amounts.replay_families) join the stream through a
temporary table, so the database orders everything in one query.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.period.open_amounts import SNAPSHOT, Doc, money, plain_docs, replay_families

_inv = Invoice.__table__
_SNAP = tuple(SNAPSHOT)
COLUMNS = ("id", "customer_id", "kind", "number", "invoice_date", "due_date", "sort_date", "total", "fees", "paid",
           "credited", "written_off", "open", "collection_status", "disputed", *_SNAP)


def item_dict(r: Any, as_of: dt.date) -> dict:
    """One open item as the report lists it (`r`: a row with COLUMNS)."""
    overdue = (as_of - r.due_date).days if r.due_date else 0
    return {"invoice": r.number, "id": r.id, "kind": r.kind, "invoice_date": r.invoice_date.isoformat(),
            "due_date": r.due_date.isoformat() if r.due_date else None, "customer_number": r.customer_number,
            "customer": r.customer, "total": money(r.total), "fees": money(r.fees), "paid": money(r.paid),
            "credited": money(r.credited), "written_off": money(r.written_off), "open_amount": money(r.open),
            "days_overdue": max(overdue, 0), "collection_status": r.collection_status, "disputed": bool(r.disputed)}


def _family_table(session: Session, docs: list[Doc]) -> sa.Table:
    """The open documents of credit families in a temporary table (dropped by the caller)."""
    t = sa.Table(f"tmp_open_{uuid.uuid4().hex[:12]}", sa.MetaData(),
                 sa.Column("id", sa.BigInteger, primary_key=True), sa.Column("customer_id", sa.BigInteger),
                 sa.Column("kind", sa.String(16)), sa.Column("number", sa.String(32)),
                 sa.Column("invoice_date", sa.Date), sa.Column("due_date", sa.Date), sa.Column("sort_date", sa.Date),
                 *[sa.Column(c, sa.BigInteger) for c in ("total", "fees", "paid", "credited", "written_off", "open")],
                 sa.Column("collection_status", sa.String(16)), sa.Column("disputed", sa.Boolean),
                 *[sa.Column(c, sa.String) for c in SNAPSHOT], prefixes=["TEMPORARY"])
    t.create(session.connection())
    session.execute(t.insert(), [
        {"id": d.id, "customer_id": d.customer_id, "kind": d.kind, "number": d.number,
         "invoice_date": d.invoice_date, "due_date": d.due_date, "sort_date": d.sort_date, "total": d.total,
         "fees": d.fees, "paid": d.paid, "credited": d.credited, "written_off": d.written_off, "open": d.open,
         "collection_status": d.collection_status, "disputed": d.disputed, **dict.fromkeys(SNAPSHOT)}
        for d in docs])
    # the customer as each document names it, from the invoice table (a temporary table cannot join it sooner)
    session.execute(t.update().values(**{
        c: sa.select(_inv.c.customer_snapshot[key].as_string()).where(_inv.c.id == t.c.id).scalar_subquery()
        for c, key in SNAPSHOT.items()}))
    return t


def _text_key(session: Session, expr: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """A text sort key ordered as Python orders str (by code point): PostgreSQL's collation is the locale's."""
    key = sa.func.coalesce(expr, "")
    return sa.collate(key, "C") if session.get_bind().dialect.name == "postgresql" else key


def stream(session: Session, agency_id: int, as_of: dt.date) -> Iterator[dict]:
    """The customers with open items, in report order, each {customer_number, customer, org_no, open_amount,
    items}; one customer in memory at a time."""
    fam = [d for d in replay_families(session, agency_id, as_of).values() if d.open != 0]
    table = _family_table(session, fam) if fam else None
    try:
        yield from _customers(session, agency_id, as_of, table)
    finally:
        if table is not None:
            table.drop(session.connection())


def _customers(session: Session, agency_id: int, as_of: dt.date, table: sa.Table | None) -> Iterator[dict]:
    q, cols = plain_docs(session, agency_id, as_of, customer=True)
    plain = q.with_only_columns(*[cols[c].label(c) for c in COLUMNS]).where(cols["open"] != 0)
    parts = [plain] if table is None else [plain, sa.select(*[table.c[c] for c in COLUMNS])]
    items = (parts[0] if len(parts) == 1 else sa.union_all(*parts)).subquery("items")
    w = {"partition_by": items.c.customer_id, "order_by": (items.c.invoice_date, items.c.id)}
    keyed = sa.select(items, *[sa.func.first_value(items.c[c]).over(**w).label("k_" + c)
                               for c in (*_SNAP, "invoice_date", "id")],
                      sa.func.sum(items.c.open).over(partition_by=items.c.customer_id).label("c_open")).subquery("k")
    ordered = sa.select(keyed).order_by(_text_key(session, keyed.c.k_customer), _text_key(session,
                                        keyed.c.k_customer_number), keyed.c.k_invoice_date, keyed.c.k_id,
                                        keyed.c.customer_id, keyed.c.sort_date, keyed.c.invoice_date, keyed.c.id)
    current: dict | None = None
    cid = None
    for r in session.execute(ordered.execution_options(yield_per=10_000)):
        if r.customer_id != cid:
            if current is not None:
                yield current
            cid = r.customer_id
            current = {"customer_number": r.k_customer_number, "customer": r.k_customer,
                       "org_no": r.k_org_no if r.k_customer_kind != "private" else None,
                       "open_amount": money(int(r.c_open)), "items": []}
        assert current is not None
        current["items"].append(item_dict(r, as_of))
    if current is not None:
        yield current
