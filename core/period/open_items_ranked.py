"""The open items per customer, read customer by customer in the report's order (issue #16); SQLite and PostgreSQL.

What happened after the date per document (`open_amounts.after`) is written to a small temporary table first; the
customers are ranked from their open items grouped by customer (on SQLite in ix_invoice_open_by_customer's order; a
few thousand rows; core.period.open_items ranks them) and written to a temporary table whose integer primary key is
the rank. What was paid, charged and written off up to the date per invoice open today or changed since
(`open_items.events_table`, a hundred-odd thousand rows at a million invoices) and the after-date changes are read
into dicts. The items are then read in one statement that joins the ranks to the open invoices: SQLite walks the
ranks in key order and each customer's open items from ix_invoice_open_by_customer alone, sorting only each
customer's own items ("temp b-tree for right part of order by"); PostgreSQL scans and sorts the narrow rows once.
The rows are plain columns (dates as text, amounts as cents) taken from the driver's cursor, completed from the
dicts in Python and rendered by core.period.item_text. At a million invoices on SQLite, the events and changes
joined in SQL (a primary-key search each per item) and the line rendered by one printf per item took 6.0 s of CPU
for the report; this way 4.3 s (load ~7), for ~28 MB more memory (the events' dict).
The few items settled today but open at the date (not in that index) are read by id and merged into their
customer's list here.

Temporary tables live in the connection's private temp schema: they take no lock on the database and no other
connection sees them; they are dropped before and after use.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.period import item_text, json_stream, open_amounts
from core.period import sql_text as t

_inv = Invoice.__table__
_meta = sa.MetaData()
_rank = sa.Table("report_rank", _meta, sa.Column("rank", sa.Integer, primary_key=True),
                 sa.Column("customer_id", sa.Integer), prefixes=["TEMPORARY"])
_adj = sa.Table("report_after", _meta, sa.Column("invoice_id", sa.Integer, primary_key=True),
                sa.Column("amount", _inv.c.open_amount.type), prefixes=["TEMPORARY"])  # money, as open_amount
_TABLES = (_rank, _adj)


@dataclass(frozen=True)
class Fns:
    """core.period.open_items' own pieces, passed in (it imports this module): `events(session, agency_id, as_of,
    within)` the paid / fees / written-off sums per invoice, `first_key(session, invoice_date, id)` the value whose
    least names a customer's first item, `heads(session, per)` the customers ranked from (customer_id, k, c_open)
    as (rank, customer id, open total, name, number, org no, kind)."""

    events: Callable[..., sa.Subquery]
    first_key: Callable[..., sa.ColumnElement[Any]]
    heads: Callable[[Session, sa.Subquery], list[Any]]


def stream(session: Session, agency_id: int, as_of: dt.date, encoded: bool, fns: Fns) -> Iterator[dict]:
    """The customers with open items as of the date in the report's order, each with its open items (`encoded`:
    as JSON text, rendered from plain columns by core.period.item_text; otherwise dicts); `fns`: open_items'
    functions that sum the events, key an item for its customer's first one and rank the customers."""
    conn = session.connection()
    _drop(conn)
    for table in _TABLES:
        table.create(conn)
    try:
        yield from _read(session, agency_id, as_of, encoded, fns)
    finally:
        _drop(conn)


def _drop(conn: sa.Connection) -> None:
    schema = "pg_temp" if conn.dialect.name == "postgresql" else "temp"
    for table in _TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {schema}.{table.name}")


def _read(session: Session, agency_id: int, as_of: dt.date, encoded: bool, fns: Fns) -> Iterator[dict]:
    after = open_amounts.after(agency_id, as_of, name="adj_items")
    session.execute(sa.insert(_adj).from_select(["invoice_id", "amount"],
                                                sa.select(after.c.invoice_id, after.c.amount)))
    heads = fns.heads(session, _per_customer(session, agency_id, as_of, fns))
    if heads:
        session.execute(sa.insert(_rank), [{"rank": h[0], "customer_id": h[1]} for h in heads])
    # without statistics SQLite builds an index over the open items
    session.execute(sa.text("ANALYZE report_rank, report_after" if t.is_pg(session) else "ANALYZE temp"))
    adj = dict(_raw(session, sa.select(_adj.c.invoice_id, open_amounts.cents(session, _adj.c.amount))))
    ev = _events(session, agency_id, as_of, fns)
    settled: dict[int, list[tuple]] = defaultdict(list)
    for rank, found in _per_rank(_raw(session, _items(session, agency_id, as_of, today=False)), ev, adj):
        settled[rank] += found
    rows = _per_rank(_raw(session, _items(session, agency_id, as_of, today=True)), ev, adj)
    render = item_text.Items(as_of)
    one = render.line if encoded else render.item
    for (_rank_no, _cid, c_open, name, number, org_no, kind), mine in _merged(heads, rows, settled):
        items: list[Any] = [one(r) for r in mine]
        yield {"customer_number": number, "customer": name, "org_no": org_no if kind != "private" else None,
               "open_amount": open_amounts.money(int(c_open)),
               "items": json_stream.Encoded(items) if encoded else items}


def _merged(heads: list[Any], rows: Iterator[tuple[int, list[tuple]]], settled: dict[int, list[tuple]]
            ) -> Iterator[tuple[Any, list[tuple]]]:
    """Each ranked customer's head with its items: those open today (`rows`, in rank order, each customer's
    sorted) and the few settled today (`settled` by rank) merged into their place."""
    nxt = next(rows, None)
    for head in heads:
        mine: list[tuple] = []
        if nxt is not None and nxt[0] == head[0]:
            mine = nxt[1]
            nxt = next(rows, None)
        if head[0] in settled:
            mine = sorted(mine + settled[head[0]], key=_order)
        yield head, mine


def _raw(session: Session, stmt: sa.Select[Any]) -> Iterator[tuple]:
    """The statement's rows as the driver's plain tuples: half a million rows made into SQLAlchemy rows cost
    ~0.2-0.4 s of CPU. Its parameters (an agency id, a date, statuses) are written into the SQL text by
    SQLAlchemy's own literal rendering. PostgreSQL streams the rows in chunks (psycopg's `stream`: the server
    sends while the client renders, where a server-side cursor waited for each FETCH: server CPU ~5 -> ~3.5 s at a
    million invoices); SQLite's are fetched in batches through the connection, so that the statement is seen as
    SQLAlchemy's (a test reads its plan)."""
    sql = str(stmt.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}))
    if t.is_pg(session):
        cur = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            yield from cur.stream(sql, size=10_000)
        finally:
            cur.close()
        return
    result = session.connection().exec_driver_sql(sql)
    try:
        while batch := result.cursor.fetchmany(10_000):
            yield from batch
    finally:
        result.close()


def _events(session: Session, agency_id: int, as_of: dt.date, fns: Fns) -> dict[int, tuple[int, int, int]]:
    """(fees, paid, written off) up to the date per invoice open today or changed after the date (a superset of
    the open items as of it): looked up in Python per item, where a join searched a table per item in SQLite."""
    within = sa.union_all(sa.select(_inv.c.id).where(_inv.c.agency_id == agency_id,
                                                     _inv.c.open_amount != sa.literal_column("0")),
                          sa.select(_adj.c.invoice_id))
    ev = fns.events(session, agency_id, as_of, within=sa.select(within.subquery().c[0]))
    # PostgreSQL: the allocations hashed against the open items' ids, not the allocation index searched per item
    with t.planner_without(session, "enable_nestloop"):
        return {r[0]: r[1:] for r in _raw(session, sa.select(ev.c.invoice_id, ev.c.fees, ev.c.paid,
                                                             ev.c.written_off))}


_NONE = (0, 0, 0)


def _per_rank(rows: Iterator[tuple], ev: dict[int, tuple[int, int, int]], adj: dict[int, int]
              ) -> Iterator[tuple[int, list[tuple]]]:
    """(rank, its items) from `_items`' rows in rank order: each item as `item_text.ITEM`'s columns, its fees,
    paid and written off from `ev`, its open amount today corrected by what happened after the date (`adj`); an
    item that was not open at the date is left out."""
    rank, mine = -1, list[tuple]()
    for rk, number, iid, kind, day, due, cust_no, cust, total, open_today, coll, disputed in rows:
        if rk != rank:
            if mine:
                yield rank, mine
            rank, mine = rk, []
        open_c = open_today + adj.get(iid, 0)
        if open_c:
            mine.append((number, iid, kind, day, due, cust_no, cust, total, *ev.get(iid, _NONE), open_c, coll,
                         disputed))
    if mine:
        yield rank, mine


def _order(r: tuple) -> tuple[str, str, int]:
    """An item's place in its customer's list (`item_text.ITEM`'s columns): due date (invoice date without one),
    invoice date, id."""
    return (r[4] or r[3], r[3], r[1])


def _per_customer(session: Session, agency_id: int, as_of: dt.date, fns: Fns) -> sa.Subquery:
    """Per customer with open items as of the date: its first item's key (`fns.first_key`) and its open total
    (cents). The items open today are grouped in ix_invoice_open_by_customer's order (by customer, no sort and no
    table of 560,000 open items first), the few settled today but open at the date (from what happened after
    it) beside them, and the two summed per customer."""
    i, a = _inv, _adj
    open_c = open_amounts.cents(session, i.c.open_amount + sa.func.coalesce(a.c.amount, 0))

    key = fns.first_key(session, i.c.invoice_date, i.c.id)
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


def _items(session: Session, agency_id: int, as_of: dt.date, today: bool) -> sa.Select[Any]:
    """The open items as of the date, each its customer's rank and `item_text.ITEM`'s plain columns but the
    events, with the open amount of today (dates as text, amounts as cents: no conversion per value; `_per_rank`
    adds the rest in Python): `today` those open today, per ranked customer from ix_invoice_open_by_customer
    alone, sorted per customer; otherwise those settled today that were open at the date (found from what
    happened after it, each row by its id; the open amount tested as an expression, so that no index over the
    settled invoices is searched for them)."""
    i, r = _inv, _rank
    cents = lambda x: open_amounts.cents(session, x)
    # SQLite keeps a date as ISO text: read as it is; PostgreSQL writes it so (DateStyle ISO: sql_text.room_to_sort)
    text = (lambda c: sa.cast(c, sa.Text)) if t.is_pg(session) else (lambda c: sa.type_coerce(c, sa.Text))
    body = [i.c.number, i.c.id, i.c.kind, text(i.c.invoice_date), text(i.c.due_date), i.c.customer_number,
            i.c.customer_name, cents(i.c.total), cents(i.c.open_amount), i.c.collection_status,
            sa.type_coerce(i.c.disputed, sa.Integer)]
    if today:
        src = r.join(i, sa.and_(i.c.agency_id == agency_id, i.c.customer_id == r.c.customer_id))
        return (sa.select(r.c.rank, *body).select_from(src)
                .where(open_amounts.is_doc(i, agency_id, as_of, by_agency_only=True),
                       i.c.open_amount != sa.literal_column("0"))  # the index's own condition
                .order_by(r.c.rank, sa.func.coalesce(i.c.due_date, i.c.invoice_date), i.c.invoice_date, i.c.id))
    # the settled ones are found from the after-date changes as a subquery (see `_per_customer`)
    a = open_amounts.after(agency_id, as_of, name="adj_settled")
    src = a.join(i, i.c.id == a.c.invoice_id).join(r, r.c.customer_id == i.c.customer_id)
    return sa.select(r.c.rank, *body).select_from(src).where(
        _doc_by_id(agency_id, as_of), cents(i.c.open_amount + sa.func.coalesce(a.c.amount, 0)) != 0)
