"""The invoice list in the order the clerk chose (issue #15 item 4): invoice date, due date, number, open amount
or customer name, ascending or descending, paged forwards and backwards by keyset (sort value, id) — never OFFSET
over a million rows.

The order is the same on every database: rows with a value first, in the chosen direction (ties by id in the same
direction), then the rows without one (a draft has no number, some invoices no due date) by id. SQLite puts NULL
first and PostgreSQL last, so each part is fetched by its own query, each through an (agency, column, id) index
range per agency (the per-agency pages are merged here, so a small agency never waits for a large one's scan).
A cursor says whether its row has a value, the value and the id (core.views.cursor, the format of every list).

By customer: by the customer's name in the register (a join on the customer table, keyset (name, invoice id)), not
by the name in the invoice's JSON snapshot — an index on that expression differs per database (json_extract on
SQLite, ->> on PostgreSQL), which the single generated migration cannot carry, and without one each page would sort
an agency's every invoice. The join walks the customer-name index and takes each customer's invoices through the
invoice's customer index until the page is full, so a page costs a few customers' invoices at any size (the
snapshot name differs only where a customer was renamed after the invoice was issued)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from core.billing.models import Invoice
from core.registers.models import Customer
from core.views import cursor

_inv, _cust = Invoice.__table__.c, Customer.__table__.c


class _CustomerFirst(sa.sql.selectable.Join):
    """The customers joined with their invoices, walked customer by customer: on SQLite a CROSS JOIN, the way its
    planner is told the join order (https://sqlite.org/optoverview.html#manual_control_of_query_plans_using_cross_join)
    — without it, under a filter (overdue), it scanned an agency index of the invoices and sorted 170,000 rows by
    name (0.5 s a page at 1,000,000). PostgreSQL plans the join itself."""

    inherit_cache = True


@compiles(_CustomerFirst, "sqlite")
def _cross_join(join: _CustomerFirst, compiler: SQLCompiler, **kw: Any) -> str:
    kw.pop("asfrom", None)
    left, right = (side._compiler_dispatch(compiler, asfrom=True, **kw) for side in (join.left, join.right))
    assert join.onclause is not None  # _WITH_CUSTOMER below has one
    return f"{left} CROSS JOIN {right} ON {join.onclause._compiler_dispatch(compiler, **kw)}"


class unindexed(sa.sql.functions.FunctionElement[Any]):
    """A column as a term no index serves. On SQLite `+column`, its documented way to keep the planner (which has no
    statistics here) off an index (sqlite.org/optoverview.html, "disqualifying WHERE clause terms using unary +").
    PostgreSQL gets the plain column: it plans from its statistics, and on `agency_id + 0` it guessed a few rows where
    60,000 matched (read and sorted: 0.2 s at 200,000 invoices)."""

    inherit_cache = True
    type = sa.Integer()


@compiles(unindexed)
def _plain(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return str(element.clauses._compiler_dispatch(compiler, **kw))


@compiles(unindexed, "sqlite")
def _unary_plus(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(element.clauses._compiler_dispatch(compiler, **kw))


_WITH_CUSTOMER = _CustomerFirst(Customer.__table__, Invoice.__table__, _cust.id == _inv.customer_id)
SMALL = 2_000  # an agency with at most this many matching invoices has them sorted by name by the database


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass(frozen=True)
class Key:
    """A column the list can be sorted by, how its value is read from a row and from a cursor."""

    column: Any
    attr: str
    parse: Callable[[str], Any]
    joined: bool = False  # a column of the customer (joined); it has a value on every row


KEYS: dict[str, Key] = {
    "date": Key(_inv.invoice_date, "invoice_date", _day),
    "due": Key(_inv.due_date, "due_date", _day),
    "number": Key(_inv.number, "number", str),
    "open": Key(_inv.open_amount, "open_amount", Decimal),
    "customer": Key(_cust.name, "customer_sort", str, joined=True),
}


@dataclass(frozen=True)
class Order:
    key: str = "date"
    desc: bool = True

    @property
    def spec(self) -> Key:
        return KEYS[self.key]


def order_of(sort: str | None, default: str) -> Order:
    """The order a `sort` argument names ("due", "-due": descending); unknown names give the list's default."""
    name = (sort or "").lstrip("-")
    if name not in KEYS:
        return Order(default, True)
    return Order(name, (sort or "").startswith("-"))


def cursor_of(row: Any, order: Order, place: int = 0) -> str:
    return cursor.encode(row.id, getattr(row, order.spec.attr), place=place)


def parse_cursor(text: str | None, order: Order) -> cursor.At | None:
    """Where a cursor points in this order, or None when it is not one (the first page is shown)."""
    return cursor.decode(text, order.spec.parse)


def _segment(columns: tuple[Any, ...], where: list[Any], order: Order, valued: bool, ascending: bool,
             at: tuple[Any, int] | None, agency_ids: list[int], limit: int, few: bool = False) -> sa.Select[Any]:
    """One part (rows with a value, or without) from `at` onwards (exclusive) in the given direction, per agency
    (`few`: see fetch)."""
    col, ident = order.spec.column, _inv.id
    conds = [col.isnot(None) if valued else col.is_(None)]
    if at is not None:
        value, last = at
        before = (lambda a, b: a > b) if ascending else (lambda a, b: a < b)
        conds.append(sa.or_(before(col, value), sa.and_(col == value, before(ident, last))) if valued
                     else before(ident, last))
    by = [c.asc() if ascending else c.desc() for c in ((col, ident) if valued else (ident,))]
    parts = [sa.select(sa.select(*columns).where(_agency(a, few), *where, *conds).order_by(*by).limit(limit)
                       .subquery()) for a in agency_ids]
    return parts[0] if len(parts) == 1 else sa.union_all(*parts)  # type: ignore[return-value]


def _agency(agency_id: int, few: bool) -> sa.ColumnElement[bool]:
    """One agency's invoices; with `few` (see fetch) as a term no index serves, so that the planner reads the
    customers' invoices through the customer index."""
    return (unindexed(_inv.agency_id) if few else _inv.agency_id) == agency_id


def _by_customer(conn: Connection, columns: tuple[Any, ...], where: list[Any], ascending: bool,
                 at: tuple[Any, int] | None, agency_ids: list[int], limit: int, few: bool = False) -> sa.Select[Any]:
    """The invoices by customer name from `at` onwards, per agency. An agency with many matches walks the
    customer-name index (a page costs the invoices of a few customers); one with at most SMALL matches is sorted
    by the database from its own invoices, each one's name read by its customer id — with a join the planner,
    which does not know that one agency is small, walked 50,000 names for a small agency's few invoices (0.4–3 s).
    """
    parts = []
    for a in agency_ids:
        small = few or _matches_at_most(conn, a, where, SMALL)
        name = (sa.select(_cust.name).where(_cust.id == _inv.customer_id).scalar_subquery() if small
                else _cust.name)
        conds: list[Any] = []
        if at is not None:
            value, last = at
            before = (lambda x, y: x > y) if ascending else (lambda x, y: x < y)
            conds.append(sa.or_(before(name, value), sa.and_(name == value, before(_inv.id, last))))
            if not small:  # the same condition as a range of the name index, for the planner
                conds.append(name >= value if ascending else name <= value)
        elif not small:  # every name, as a range of the name index: without one SQLite read and sorted the
            conds.append(name >= "")  # agency's every invoice for the first page (0.4-0.7 s at 1,000,000)
        by = [c.asc() if ascending else c.desc() for c in (name, _inv.id)]
        # a large agency: `unindexed` keeps the planner off the invoice indexes that begin with the agency (the
        # overdue filter's range of 170,000 invoices, then sorted, took 2.4 s): the walk starts from the names
        agency = _agency(a, few) if small else unindexed(_inv.agency_id) == a
        parts.append(sa.select(sa.select(*columns, name.label("customer_sort"))
                               .select_from(Invoice.__table__ if small else _WITH_CUSTOMER)
                               .where(agency, *where, *conds).order_by(*by).limit(limit).subquery()))
    return parts[0] if len(parts) == 1 else sa.union_all(*parts)  # type: ignore[return-value]


def _matches_at_most(conn: Connection, agency_id: int, where: list[Any], n: int) -> bool:
    """Whether the agency has at most `n` invoices matching the filters (read up to n + 1 of them)."""
    capped = sa.select(_inv.id).where(_inv.agency_id == agency_id, *where).limit(n + 1).subquery()
    return int(conn.execute(sa.select(sa.func.count()).select_from(capped)).scalar_one()) <= n


def _ordered(rows: list[Any], order: Order, ascending: bool) -> list[Any]:
    """Rows of the parts merged in the walk's order: with a value first, then without (by id)."""
    attr = order.spec.attr
    valued = sorted((r for r in rows if getattr(r, attr) is not None), key=lambda r: (getattr(r, attr), r.id),
                    reverse=not ascending)
    empty = sorted((r for r in rows if getattr(r, attr) is None), key=lambda r: r.id, reverse=not ascending)
    return valued + empty


def fetch(conn: Connection, columns: tuple[Any, ...], where: list[Any], agency_ids: list[int], order: Order,
          after: str | None, size: int, backwards: bool = False, few: bool = False) -> tuple[list[Any], bool]:
    """Up to `size` rows after the cursor (before it when `backwards`) in the list's order, and whether more lie
    beyond them in the direction walked. `few`: the filters hold a set of customers (a name search: at most a few
    hundred), whose invoices are read through the customer index and sorted by the database — an index walk in the
    list's order (or SQLite's agency index) read an agency's every invoice for one customer's twenty (1.2 s)."""
    at = parse_cursor(after, order)
    ascending = order.desc == backwards  # walking backwards reverses the direction
    # the parts in the walk's order: forwards the rows with a value come first, backwards the ones without
    parts = [True, False] if not backwards else [False, True]
    if order.spec.joined:  # every customer has a name: no part without a value
        parts = [True]
    if at is not None and at.has_value not in parts:  # a cursor without a value in an order where all have one
        at = None
    if at is not None:  # start in the cursor's part
        parts = parts[parts.index(at.has_value):]
    rows: list[Any] = []
    for valued in parts:
        start = (at.value, at.id) if at is not None and at.has_value == valued else None
        q = (_by_customer(conn, columns, where, ascending, start, agency_ids, size + 1 - len(rows), few)
             if order.spec.joined else
             _segment(columns, where, order, valued, ascending, start, agency_ids, size + 1 - len(rows), few))
        found = list(conn.execute(q))
        rows += _ordered(found, order, ascending)[:size + 1 - len(rows)]
        if len(rows) > size:
            break
    more = len(rows) > size
    rows = rows[:size]
    return (rows[::-1] if backwards else rows), more
