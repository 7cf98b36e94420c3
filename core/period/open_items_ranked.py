"""The open items per customer on SQLite, read customer by customer in the report's order (issue #16).

What happened after the date per document (`open_amounts.after`) is written to a small temporary table first; the
customers are ranked from their open items grouped in ix_invoice_open_by_customer's order (a few thousand rows;
core.period.open_items ranks them) and written to a temporary table whose integer primary key is the rank, beside
what was paid, charged and written off up to the date per open item (`open_items.events_table`). The items are then
read in one statement that walks the ranks in key order and each customer's open items from
ix_invoice_open_by_customer, and SQLite sorts only each customer's own items ("temp b-tree for right part of order
by"), not 560,000 wide rows at once; each look-up of an item's after-date change or events is a primary-key search.
The few items settled today but open at the date (not in that index) are read by id and merged into their customer's
list here. At a million invoices the statement before (one sort of every item, the events summed in a materialised
subquery and searched through an automatic index) took 7.4 s of CPU on a quiet machine.

Temporary tables live in SQLite's connection-private temp schema: they take no lock on the database and no other
connection sees them; they are dropped before and after use.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.period import json_stream, open_amounts

_inv = Invoice.__table__
_meta = sa.MetaData()
_rank = sa.Table("report_rank", _meta, sa.Column("rank", sa.Integer, primary_key=True),
                 sa.Column("customer_id", sa.Integer), prefixes=["TEMPORARY"])
_adj = sa.Table("report_after", _meta, sa.Column("invoice_id", sa.Integer, primary_key=True),
                sa.Column("amount", sa.BigInteger), prefixes=["TEMPORARY"])
_ev = sa.Table("report_events", _meta, sa.Column("invoice_id", sa.Integer, primary_key=True),
               *[sa.Column(k, sa.BigInteger) for k in ("paid", "fees", "written_off")], prefixes=["TEMPORARY"])
_TABLES = (_rank, _adj, _ev)



@dataclass(frozen=True)
class Fns:
    """core.period.open_items' own pieces, passed in (it imports this module): `events(session, agency_id, as_of,
    within)` the paid / fees / written-off sums per invoice, `line(session, columns, as_of)` an item's JSON text,
    `item(as_of, *columns)` its dict, `first_key(invoice_date, id)` the text whose least names a customer's first
    item, `heads(session, per)` the customers ranked from (customer_id, k, c_open) as (rank, customer id, open
    total, name, number, org no, kind)."""

    events: Callable[..., sa.Subquery]
    line: Callable[..., sa.ColumnElement[str]]
    item: Callable[..., dict]
    first_key: Callable[..., sa.ColumnElement[str]]
    heads: Callable[[Session, sa.Subquery], list[Any]]


def stream(session: Session, agency_id: int, as_of: dt.date, encoded: bool, fns: Fns) -> Iterator[dict]:
    """The customers with open items as of the date in the report's order, each with its open items; `fns`:
    open_items' functions that sum the events, render an item's JSON text (encoded), build its dict
    (otherwise), key an item for its customer's first one and rank the customers."""
    conn = session.connection()
    _drop(conn)
    for table in _TABLES:
        table.create(conn)
    try:
        yield from _read(session, agency_id, as_of, encoded, fns)
    finally:
        _drop(conn)


def _drop(conn: sa.Connection) -> None:
    for table in _TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{table.name}")


def _read(session: Session, agency_id: int, as_of: dt.date, encoded: bool, fns: Fns) -> Iterator[dict]:
    after = open_amounts.after(agency_id, as_of, name="adj_items")
    session.execute(sa.insert(_adj).from_select(["invoice_id", "amount"],
                                                sa.select(after.c.invoice_id, after.c.amount)))
    heads = fns.heads(session, _per_customer(session, agency_id, as_of, fns))
    if heads:
        session.execute(sa.insert(_rank), [{"rank": h[0], "customer_id": h[1]} for h in heads])
    # the events of the invoices open today or changed after the date: a superset of the open items as of it
    within = sa.union_all(sa.select(_inv.c.id).where(_inv.c.agency_id == agency_id,
                                                     _inv.c.open_amount != sa.literal_column("0")),
                          sa.select(_adj.c.invoice_id))
    ev = fns.events(session, agency_id, as_of, within=sa.select(within.subquery().c[0]))
    session.execute(sa.insert(_ev).from_select(["invoice_id", "paid", "fees", "written_off"],
                                               sa.select(ev.c.invoice_id, ev.c.paid, ev.c.fees, ev.c.written_off)))
    session.execute(sa.text("ANALYZE temp"))  # without statistics SQLite builds an index over the open items
    settled: dict[int, list[Any]] = defaultdict(list)
    for r in session.execute(_items(session, agency_id, as_of, encoded, fns.line, today=False)):
        settled[r[0]].append(r)
    rows = groupby(session.execute(_items(session, agency_id, as_of, encoded, fns.line, today=True)
                                   .execution_options(yield_per=10_000)), key=itemgetter(0))
    nxt = next(rows, None)
    for rank, _cid, c_open, name, number, org_no, kind in heads:
        mine: list[Any] = []
        if nxt is not None and nxt[0] == rank:
            mine.extend(nxt[1])
            nxt = next(rows, None)
        if rank in settled:
            mine = sorted(mine + settled[rank], key=itemgetter(1, 2, 3))
        items = json_stream.Encoded(r[4] for r in mine) if encoded else [fns.item(as_of, *r[4:]) for r in mine]
        yield {"customer_number": number, "customer": name, "org_no": org_no if kind != "private" else None,
               "open_amount": open_amounts.money(int(c_open)), "items": items}


def _per_customer(session: Session, agency_id: int, as_of: dt.date, fns: Fns) -> sa.Subquery:
    """Per customer with open items as of the date: its first item's key (`fns.first_key`) and its open total
    (cents). The items open today are grouped in ix_invoice_open_by_customer's order (by customer, no sort and no
    table of 560,000 open items first), the few settled today but open at the date (from what happened after
    it) beside them, and the two summed per customer."""
    i, a = _inv, _adj
    open_c = open_amounts.cents(session, i.c.open_amount + sa.func.coalesce(a.c.amount, 0))

    key = fns.first_key(i.c.invoice_date, i.c.id)
    later = open_amounts.after(agency_id, as_of, name="adj_settled")
    settled_c = open_amounts.cents(session, i.c.open_amount + sa.func.coalesce(later.c.amount, 0))
    u = sa.union_all(
        sa.select(i.c.customer_id, sa.func.min(key).label("k"), sa.func.sum(open_c).label("c_open"))
        .select_from(i.outerjoin(a, a.c.invoice_id == i.c.id))
        .where(open_amounts.is_doc(i, agency_id, as_of, by_agency_only=True),
               i.c.open_amount != sa.literal_column("0"), open_c != 0)  # the index's own condition
        .group_by(i.c.customer_id),
        # one row each, not grouped (grouped, SQLite walks the invoices in customer order for them), found from
        # the after-date changes as a subquery: SQLite drives from it, where an empty temporary table (no
        # statistics) left it walking every invoice by date
        sa.select(i.c.customer_id, key, settled_c).select_from(later.join(i, i.c.id == later.c.invoice_id))
        .where(_doc_by_id(agency_id, as_of), settled_c != 0)).subquery("per_part")
    return (sa.select(u.c.customer_id, sa.func.min(u.c.k).label("k"), sa.func.sum(u.c.c_open).label("c_open"))
            .group_by(u.c.customer_id).subquery("per"))


def _doc_by_id(agency_id: int, as_of: dt.date) -> sa.ColumnElement[bool]:
    """An invoice settled today (open amount 0) that is an AR document of the agency as of the date, every column
    tested as an expression: the invoice can then only be found by its id, from the after-date changes, never by
    walking an index of the agency's invoices (SQLite did on a database without statistics)."""
    same = lambda c: sa.func.coalesce(c, c)
    return sa.and_(same(_inv.c.agency_id) == agency_id, same(_inv.c.status).in_(open_amounts.AR_DOC_STATUSES),
                   same(_inv.c.number).is_not(None), same(_inv.c.invoice_date) <= as_of,
                   same(_inv.c.open_amount) == 0)


def _items(session: Session, agency_id: int, as_of: dt.date, encoded: bool,
           line: Callable[..., sa.ColumnElement[str]], today: bool) -> sa.Select[Any]:
    """The open items as of the date with their rank and order columns: `today` those open today, per ranked
    customer from ix_invoice_open_by_customer, sorted per customer; otherwise those settled today that were open
    at the date (found from what happened after it, each row by its id; the open amount tested as an
    expression, so that no index over the settled invoices is searched for them)."""
    i, r, e = _inv, _rank, _ev
    # the settled ones are found from the after-date changes as a subquery (see `_per_customer`)
    a: sa.Table | sa.CTE = _adj if today else open_amounts.after(agency_id, as_of, name="adj_settled")
    cents = lambda x: open_amounts.cents(session, x)
    open_c = cents(i.c.open_amount + sa.func.coalesce(a.c.amount, 0))
    z = lambda c: sa.func.coalesce(c, 0)
    cols = {"number": i.c.number, "id": i.c.id, "kind": i.c.kind, "invoice_date": i.c.invoice_date,
            "due_date": i.c.due_date, "customer_number": i.c.customer_number, "customer": i.c.customer_name,
            "total": cents(i.c.total), "fees": z(e.c.fees), "paid": z(e.c.paid), "written_off": z(e.c.written_off),
            "open": open_c, "collection_status": i.c.collection_status, "disputed": i.c.disputed}
    body = [line(session, cols, as_of)] if encoded else list(cols.values())
    sort = sa.func.coalesce(i.c.due_date, i.c.invoice_date)
    head = [r.c.rank, sort.label("sort_date"), i.c.invoice_date, i.c.id]
    if today:
        src = r.join(i, sa.and_(i.c.agency_id == agency_id, i.c.customer_id == r.c.customer_id))
        where = [open_amounts.is_doc(i, agency_id, as_of, by_agency_only=True),
                 i.c.open_amount != sa.literal_column("0")]  # the index's own condition
    else:
        src = a.join(i, i.c.id == a.c.invoice_id).join(r, r.c.customer_id == i.c.customer_id)
        where = [_doc_by_id(agency_id, as_of)]
    src = src.outerjoin(a, a.c.invoice_id == i.c.id) if today else src
    q = (sa.select(*head, *body).select_from(src.outerjoin(e, e.c.invoice_id == i.c.id))
         .where(*where, open_c != 0))
    return q.order_by(r.c.rank, sort, i.c.invoice_date, i.c.id) if today else q
