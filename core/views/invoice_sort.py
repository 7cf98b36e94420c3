"""The invoice list in the order the clerk chose (issue #15 item 4): invoice date, due date, number, open amount
or customer name, ascending or descending, paged forwards and backwards by keyset (sort value, id) — never OFFSET
over a million rows.

The order is the same on every database: rows with a value first, in the chosen direction (ties by id in the same
direction), then the rows without one (a draft has no number, some invoices no due date) by id. SQLite puts NULL
first and PostgreSQL last, so each part is fetched by its own query, each through an (agency, column, id) index
range per agency (the per-agency pages are merged here, so a small agency never waits for a large one's scan).
A cursor is "v<value>_<id>" for a row with a value and "n_<id>" for one without.

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
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from core.billing.models import Invoice
from core.registers.models import Customer

_inv, _cust = Invoice.__table__.c, Customer.__table__.c
_WITH_CUSTOMER = Invoice.__table__.join(Customer.__table__, _cust.id == _inv.customer_id)
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


def cursor_of(row: Any, order: Order) -> str:
    value = getattr(row, order.spec.attr)
    if value is None:
        return f"n_{row.id}"
    return f"v{value.isoformat() if isinstance(value, dt.date) else value}_{row.id}"


def parse_cursor(cursor: str | None, order: Order) -> tuple[bool, Any, int] | None:
    """(has a value, the value, id) of a cursor, or None when it is not one (the first page is shown)."""
    if cursor and cursor[0].isdigit():  # the list's own date cursor (core.views.invoice_list)
        cursor = "v" + cursor
    if not cursor or "_" not in cursor or cursor[0] not in "vn":
        return None
    text, _, last = cursor[1:].rpartition("_")
    try:
        return (cursor[0] == "v", order.spec.parse(text) if cursor[0] == "v" else None, int(last))
    except (ValueError, InvalidOperation):
        return None


def _segment(columns: tuple[Any, ...], where: list[Any], order: Order, valued: bool, ascending: bool,
             at: tuple[Any, int] | None, agency_ids: list[int], limit: int) -> sa.Select[Any]:
    """One part (rows with a value, or without) from `at` onwards (exclusive) in the given direction, per agency."""
    col, ident = order.spec.column, _inv.id
    conds = [col.isnot(None) if valued else col.is_(None)]
    if at is not None:
        value, last = at
        before = (lambda a, b: a > b) if ascending else (lambda a, b: a < b)
        conds.append(sa.or_(before(col, value), sa.and_(col == value, before(ident, last))) if valued
                     else before(ident, last))
    by = [c.asc() if ascending else c.desc() for c in ((col, ident) if valued else (ident,))]
    parts = [sa.select(sa.select(*columns).where(_inv.agency_id == a, *where, *conds).order_by(*by).limit(limit)
                       .subquery()) for a in agency_ids]
    return parts[0] if len(parts) == 1 else sa.union_all(*parts)  # type: ignore[return-value]


def _by_customer(conn: Connection, columns: tuple[Any, ...], where: list[Any], ascending: bool,
                 at: tuple[Any, int] | None, agency_ids: list[int], limit: int) -> sa.Select[Any]:
    """The invoices by customer name from `at` onwards, per agency. An agency with many matches walks the
    customer-name index (a page costs the invoices of a few customers); one with at most SMALL matches is sorted
    by the database from its own invoices, each one's name read by its customer id — with a join the planner,
    which does not know that one agency is small, walked 50,000 names for a small agency's few invoices (0.4–3 s).
    """
    parts = []
    for a in agency_ids:
        small = _matches_at_most(conn, a, where, SMALL)
        name = (sa.select(_cust.name).where(_cust.id == _inv.customer_id).scalar_subquery() if small
                else _cust.name)
        conds: list[Any] = []
        if at is not None:
            value, last = at
            before = (lambda x, y: x > y) if ascending else (lambda x, y: x < y)
            conds.append(sa.or_(before(name, value), sa.and_(name == value, before(_inv.id, last))))
            if not small:  # the same condition as a range of the name index, for the planner
                conds.append(name >= value if ascending else name <= value)
        by = [c.asc() if ascending else c.desc() for c in (name, _inv.id)]
        # a large agency: `agency_id + 0` keeps the planner off the invoice indexes that begin with the agency (the
        # overdue filter's range of 170,000 invoices, then sorted, took 2.4 s): the walk starts from the names
        agency = _inv.agency_id == a if small else _inv.agency_id + 0 == a
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
          cursor: str | None, size: int, backwards: bool = False) -> tuple[list[Any], bool]:
    """Up to `size` rows after the cursor (before it when `backwards`) in the list's order, and whether more lie
    beyond them in the direction walked."""
    at = parse_cursor(cursor, order)
    ascending = order.desc == backwards  # walking backwards reverses the direction
    # the parts in the walk's order: forwards the rows with a value come first, backwards the ones without
    parts = [True, False] if not backwards else [False, True]
    if order.spec.joined:  # every customer has a name: no part without a value
        parts = [True]
    if at is not None:  # start in the cursor's part
        parts = parts[parts.index(at[0]):]
    rows: list[Any] = []
    for valued in parts:
        start = (at[1], at[2]) if at is not None and at[0] == valued else None
        q = (_by_customer(conn, columns, where, ascending, start, agency_ids, size + 1 - len(rows))
             if order.spec.joined else
             _segment(columns, where, order, valued, ascending, start, agency_ids, size + 1 - len(rows)))
        found = list(conn.execute(q))
        rows += _ordered(found, order, ascending)[:size + 1 - len(rows)]
        if len(rows) > size:
            break
    more = len(rows) > size
    rows = rows[:size]
    return (rows[::-1] if backwards else rows), more
