"""Open items per customer as of a date, streamed from the database one customer at a time (the report over a
million invoices must not hold them all: issue #16).

Order, as the report has always listed them: customers by name and customer number (as the customer's first open
item, by invoice date, names them), each customer's items by due date (invoice date when there is none).

The customers (thousands, not hundreds of thousands) are ranked first from their open items; then each ranked
customer's items are read in rank order, each customer's sorted on its own, and rendered in Python
(core.period.open_items_ranked, core.period.item_text). One path for SQLite and PostgreSQL: PostgreSQL's own
statement (every open item and every allocation's sum joined, sorted once with a head row per customer, 560,000
wide rows, and the JSON text of each item rendered by the server) cost more server CPU than the ranked path
(issue #16).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlmodel import Session

from core.billing.models import Invoice
from core.payments.models import Allocation
from core.period import open_amounts, open_items_ranked
from core.period import sql_text as t
from core.period.models import WriteOff
from core.runs.models import Reminder

_inv = Invoice.__table__
_HEAD = ("c_open", "k_customer", "k_customer_number", "k_org_no", "k_customer_kind")  # a ranked customer's head


def _text_key(session: Session, expr: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """A text sort key ordered as Python orders str (by code point): PostgreSQL's collation is the locale's."""
    key = sa.func.coalesce(expr, "")
    return sa.collate(key, "C") if session.get_bind().dialect.name == "postgresql" else key


def stream(session: Session, agency_id: int, as_of: dt.date, encoded: bool = False) -> Iterator[dict]:
    """The customers with open items, in report order, each {customer_number, customer, org_no, open_amount,
    items}; one customer in memory at a time. The open amounts as of the date come from
    core.period.open_amounts.as_of_docs; what was paid, charged in fees and written off up to the date is summed
    per open item, what was credited is the rest. `encoded`: each customer's `items` is a json_stream.Encoded
    list of the items as JSON text (core.period.item_text) — what the JSON report over a whole centre writes;
    otherwise a list of dicts."""
    t.room_to_sort(session, 256)  # PostgreSQL sorts the items in memory (~110 MB at 560,000 items)
    fns = open_items_ranked.Fns(events_table, first_key, _heads)
    yield from open_items_ranked.stream(session, agency_id, as_of, encoded, fns)


def first_key(session: Session, day: sa.ColumnElement[Any], iid: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """An item's (invoice date, id) as one value that sorts as the pair, so that min() of it names a customer's
    first item (`rank_customers` reads the id back): SQLite a text (ISO date, the id zero-padded), PostgreSQL an
    array (days since 2000, id)."""
    if t.is_pg(session):
        days = sa.type_coerce(day - sa.literal(dt.date(2000, 1, 1), sa.Date), sa.Integer)
        return postgresql.array([days, iid])
    return t.cat(day, sa.func.printf("%012d", iid))


def _heads(session: Session, per: sa.Subquery) -> list[Any]:
    """The ranked customers from `per` (`rank_customers`), in rank order: (rank, customer id, `_HEAD`)."""
    ranked = rank_customers(session, per)
    return list(session.execute(sa.select(ranked.c.rank, ranked.c.customer_id, *[ranked.c[k] for k in _HEAD])
                                .order_by(ranked.c.rank)).all())


def rank_customers(session: Session, per: sa.Subquery) -> sa.CTE:
    """Per customer of `per` (customer_id, k: the least `first_key`, c_open): its rank in the report's order (by its
    first open item's name, customer number, invoice date and id), its open total and the head the report shows
    (the first item's snapshot)."""
    if t.is_pg(session):
        first_id = lambda k: k[2]
    else:
        first_id = lambda k: sa.cast(sa.func.substr(k, 11), sa.Integer)
    i = _inv
    snap = open_amounts.customer_of(i)
    order = (_text_key(session, snap["customer"]), _text_key(session, snap["customer_number"]), i.c.invoice_date,
             i.c.id, per.c.customer_id)
    return (sa.select(per.c.customer_id, per.c.c_open, sa.func.row_number().over(order_by=order).label("rank"),
                      *[v.label("k_" + k) for k, v in snap.items()])
            .join(i, i.c.id == first_id(per.c.k)).cte("ranked").prefix_with("MATERIALIZED"))


def events_table(session: Session, agency_id: int, as_of: dt.date, within: sa.Select[Any] | None = None) -> sa.Subquery:
    """Paid, fees and written off up to the date per document (cents; what core.period.open_amounts.events sums)
    in one table, from one sort of their rows: one look-up per open item instead of three (issue #16).
    `within`: the allocations only of these documents (SQLite: the open items', found by invoice through the
    allocation index, not every allocation read); otherwise every allocation (the sums are joined to the
    agency's open items anyway)."""
    al, rem, wo = Allocation.__table__, Reminder.__table__, WriteOff.__table__
    zero = sa.literal(0, sa.BigInteger)
    paid = sa.select(al.c.invoice_id, open_amounts.cents(session, al.c.amount).label("paid"), zero.label("fees"),
                     zero.label("written_off")).where(al.c.payment_date <= as_of)
    if within is not None:
        paid = paid.where(al.c.invoice_id.in_(within))
    u = sa.union_all(
        paid,
        sa.select(rem.c.invoice_id, zero, open_amounts.cents(session, rem.c.fee), zero)
        .where(rem.c.agency_id == agency_id, rem.c.fee > 0, rem.c.reminder_date <= as_of),
        sa.select(wo.c.invoice_id, zero, zero, open_amounts.cents(session, wo.c.amount))
        .where(wo.c.agency_id == agency_id, wo.c.date <= as_of)).subquery("ev_all")
    total = lambda c: sa.cast(sa.func.sum(c), sa.BigInteger) if t.is_pg(session) else sa.func.sum(c)
    return (sa.select(u.c.invoice_id, *[total(u.c[k]).label(k) for k in ("paid", "fees", "written_off")])
            .group_by(u.c.invoice_id).subquery("ev"))
