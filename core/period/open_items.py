"""Open items per customer as of a date, streamed from the database one customer at a time (the report over a
million invoices must not hold them all: issue #16).

Order, as the report has always listed them: customers by name and customer number (as the customer's first open
item, by invoice date, names them), each customer's items by due date (invoice date when there is none).

One statement, one sort (issue #16: two sorts of every open item, one for window functions and one for the
order, and a JSON text carried through the second, took 13-22 s at a million invoices): the open items are read
once into a materialized CTE with the few columns the order needs; the customers (thousands, not hundreds of
thousands) are ranked from their first items; the items are sorted by (customer rank, due date, ...) with a head
row per customer sorting before its items; the items come as plain columns and their JSON text is rendered in
Python (core.period.item_text: each part once, reused). That is the PostgreSQL statement; on SQLite the
customers are ranked here and their items read customer by customer, each customer's sorted on its own
(core.period.open_items_ranked).
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
from core.period import item_text, json_stream, open_amounts, open_items_ranked
from core.period import sql_text as t
from core.period.models import WriteOff
from core.period.open_amounts import money
from core.runs.models import Reminder

_inv = Invoice.__table__


# the columns of the sorted rows: a head row per customer (part 0) and its items (part 1); the head's columns are
# NULL on an item and the item's on a head
_HEAD = ("c_open", "k_customer", "k_customer_number", "k_org_no", "k_customer_kind")
_WIDE = ("kind", "number", "due_date", "collection_status", "disputed")  # the invoice's columns an item shows
_BODY = (*_WIDE, "customer", "customer_number", "total", "open", "paid", "fees", "written_off")


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
    t.room_to_sort(session, 256)  # PostgreSQL sorts the items in memory (~120 MB at 560,000 items)
    if not t.is_pg(session):  # customer by customer, each one's items sorted on their own (open_items_ranked)
        fns = open_items_ranked.Fns(events_table, first_key, _heads)
        yield from open_items_ranked.stream(session, agency_id, as_of, encoded, fns)
        return
    docs = _open_docs(session, agency_id, as_of)
    v = _sorted(session, agency_id, as_of, docs)
    body = [sa.cast(v.c[k], sa.Text) if k in ("invoice_date", "due_date") else v.c[k] for k in item_text.ITEM]
    result = session.execute(sa.select(v.c.part, *[v.c[k] for k in _HEAD], *body)
                             .execution_options(yield_per=10_000))
    render = item_text.Items(as_of)
    one = render.line if encoded else render.item
    current: dict | None = None
    items: list = []
    for r in result:  # by position: a million rows read by name cost seconds
        if r[0] == 0:  # a customer's head row, before its items
            if current is not None:
                yield current
            items = json_stream.Encoded() if encoded else []
            current = {"customer_number": r[3], "customer": r[2], "org_no": r[4] if r[5] != "private" else None,
                       "open_amount": money(int(r[1])), "items": items}
        else:
            items.append(one(r[6:]))
    if current is not None:
        yield current


def _open_docs(session: Session, agency_id: int, as_of: dt.date) -> sa.CTE:
    """The open items as of the date, read once (materialized), amounts in cents (`open`, `total`). On SQLite
    only what the ranking needs (the items themselves come from open_items_ranked); PostgreSQL sorts the whole item
    (in memory) from here."""
    wide = t.is_pg(session)
    snap = {k: v for k, v in open_amounts.customer_of(_inv).items() if k in ("customer", "customer_number")}
    # the customer as an expression: SQLite would otherwise walk every invoice by its customer index instead of
    # only the open ones (ix_invoice_agency_open_amount, which holds the customer too: SQLite reads the open items
    # from the index alone, not a row per item, ~1 s of CPU at a million invoices)
    docs = open_amounts.as_of_docs(
        session, agency_id, as_of, extra=_WIDE if wide else (),
        exprs={"customer_id": sa.func.coalesce(_inv.c.customer_id, _inv.c.customer_id),
               **({"total": open_amounts.cents(session, _inv.c.total), **snap} if wide else {})})
    return sa.select(docs).where(docs.c.open != 0).cte("open_docs").prefix_with("MATERIALIZED")


def _ranked(session: Session, docs: sa.CTE) -> sa.CTE:
    """Per customer: its rank in the report's order (by its first open item's name, customer number, invoice
    date and id), its open total and the head the report shows (the first item's snapshot)."""
    if t.is_pg(session):  # the first item per customer: the least (invoice date, id)
        days = sa.type_coerce(docs.c.invoice_date - sa.literal(dt.date(2000, 1, 1), sa.Date), sa.Integer)
        key = sa.func.min(postgresql.array([days, docs.c.id]))
    else:
        key = sa.func.min(first_key(docs.c.invoice_date, docs.c.id))
    per = (sa.select(docs.c.customer_id, key.label("k"), sa.func.sum(docs.c.open).label("c_open"))
           .group_by(docs.c.customer_id).subquery("per"))
    return rank_customers(session, per)


def first_key(day: sa.ColumnElement[Any], iid: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    """SQLite: an item's (invoice date, id) as one text that sorts as the pair (ISO date, the id zero-padded), so
    that min() of it names a customer's first item."""
    return t.cat(day, sa.func.printf("%012d", iid))


def _heads(session: Session, per: sa.Subquery) -> list[Any]:
    """SQLite: the ranked customers from `per` (`rank_customers`), in rank order: (rank, customer id, `_HEAD`)."""
    ranked = rank_customers(session, per)
    return list(session.execute(sa.select(ranked.c.rank, ranked.c.customer_id, *[ranked.c[k] for k in _HEAD])
                                .order_by(ranked.c.rank)).all())


def rank_customers(session: Session, per: sa.Subquery) -> sa.CTE:
    """`_ranked` from `per` (customer_id, k: the least `first_key` or PostgreSQL (days, id) array, c_open)."""
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


def _sorted(session: Session, agency_id: int, as_of: dt.date, docs: sa.CTE) -> sa.Subquery:
    """PostgreSQL: the head rows and the open items in report order (rank, part, due date, invoice date, id),
    sorted once; OFFSET 0 keeps the sort below the rendering of each item's text (a subquery the database does
    not merge). What was paid, charged and written off up to the date is summed once over its tables and hashed,
    rather than searched per open item (three index searches per item: seconds at a million invoices); every
    allocation is summed, not only the agency's: the sums are joined to the agency's open items anyway. The
    items' columns are plain values: their JSON text is rendered in Python (core.period.item_text)."""
    ranked = _ranked(session, docs)
    null = lambda c: sa.cast(sa.null(), c.type)
    d = docs.c
    e = events_table(session, agency_id, as_of)
    per_item = {k: sa.func.coalesce(e.c[k], 0).label(k) for k in ("paid", "fees", "written_off")}
    src = docs.join(ranked, ranked.c.customer_id == d.customer_id).outerjoin(e, e.c.invoice_id == d.id)
    plain: dict[str, Any] = {k: d[k] for k in _BODY if k not in per_item}
    body: list[sa.ColumnElement[Any]] = [c.label(k) for k, c in plain.items()]
    body += list(per_item.values())
    items: list[sa.Select[Any]] = [
        sa.select(ranked.c.rank, sa.literal(1).label("part"), d.sort_date, d.invoice_date, d.id, d.customer_id,
                  *[null(ranked.c[k]).label(k) for k in _HEAD], *body).select_from(src)]
    heads = sa.select(ranked.c.rank, sa.literal(0), null(d.sort_date), null(d.invoice_date), null(d.id),
                      ranked.c.customer_id, *[ranked.c[k] for k in _HEAD], *[null(c) for c in body])
    u = sa.union_all(*items, heads)
    cols = u.selected_columns
    return (u.order_by(cols.rank, cols.part, cols.sort_date, cols.invoice_date, cols.id).offset(0)
            .subquery("s"))


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
