"""The invoice list a clerk works with at any size: filters, keyset paging (never OFFSET over a million rows),
the count and the totals per currency of everything the filters match, and exact-identifier fast paths (an
invoice number, an OCR/RF reference, an organisation or customer number finds its invoices through an index
before any text search is tried). The caller passes the agencies the user may see; every query is limited to
them.

Counts (issue #15: counting a million rows per request made the list take seconds under load): the unfiltered
list and the status, agency and overdue filters read the exact count and totals from the invoice summary the
database keeps (core.billing.summary). Any other filter (text, customer, dates) is counted up to COUNT_LIMIT
rows: below it the count and totals are exact, above it the page says "10 000+" and shows no totals (the
export still has every row). A page is fetched per agency through the (agency, date, id) or (agency, status,
due date) index and merged, so a clerk of a small agency never waits for the scan of a large one; the overdue
list is ordered by due date (most recently due first), which its index serves."""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing import summary
from core.billing.models import Invoice
from core.kernel.clock import utc_day
from core.registers.models import Agency, Customer
from core.views import cursor as cursor_codec
from core.views import invoice_sort, invoice_text

PAGE = 50
COUNT_LIMIT = 10_000
SMALL = 2_000  # at most this many matches (known from the summary): let the database sort them
_inv = Invoice.__table__.c


@dataclass
class Filters:
    """What the clerk asked for; empty values filter nothing."""

    text: str = ""
    status: str = ""
    overdue: bool = False
    agency_id: int | None = None
    customer_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    issued_on: dt.date | None = None  # issued that day (core.kernel.clock.utc_day): the "issued today" tile's list


# what a row of the list shows (plain rows: building 50 ORM invoices per page cost a fifth of the page)
ROW_COLUMNS = (_inv.id, _inv.number, _inv.kind, _inv.agency_id, _inv.customer_id,
               _inv.customer_snapshot["name"].as_string().label("customer_name"),
               _inv.invoice_date, _inv.due_date, _inv.status, _inv.currency, _inv.total, _inv.open_amount,
               _inv.reference, _inv.disputed)


_ROWS = sa.select(*ROW_COLUMNS).where(_inv.id.in_(sa.bindparam("ids", expanding=True)))  # a page's rows by id


@dataclass
class Page:
    rows: list[Any]  # Row of ROW_COLUMNS (attribute access as on an Invoice)
    count: int
    totals: list[dict[str, Any]]  # per currency: currency, count, total, open
    next_cursor: str | None
    matched_by: str = "filters"  # or: number, reference, org_no, customer_number, name
    extra: dict[str, Any] = field(default_factory=dict)
    count_exact: bool = True  # False: more than `count` match (COUNT_LIMIT); totals are then not shown
    prev_cursor: str | None = None  # the first row's cursor when rows lie before it (the "previous page" link)
    first: int = 0  # the place of the first row shown (1-based), 0 when unknown or nothing is shown

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.first else 0


_BY_CUSTOMERS = ("name", invoice_text.NAME_CUT, "org_no", "customer_number")  # searches that stand for customers


def _agencies(ids: Collection[int], matched: str) -> sa.ColumnElement[bool]:
    """The user's agencies as a condition; when the search stands for customers, as a term no index serves
    (invoice_sort.unindexed): SQLite (without statistics) otherwise read an agency's every invoice through an agency
    index rather than the customers' invoices through the customer index once they were more than two customers (a
    name that 500 customers hold: 4-5 s per query at 1,000,000 invoices instead of 20 ms)."""
    col = invoice_sort.unindexed(_inv.agency_id) if matched in _BY_CUSTOMERS else _inv.agency_id
    return col.in_(list(ids))


def _conditions(session: Session, ids: list[int], f: Filters, today: dt.date
                ) -> tuple[list[sa.ColumnElement[bool]], str]:
    """The filters as conditions (the agency condition is the caller's), and what the search text was taken as."""
    conds: list[sa.ColumnElement[bool]] = []
    matched = "filters"
    if f.text:
        conds, matched = invoice_text.conditions(session, ids, f.text.strip())
    if f.status:
        conds.append(_inv.status == f.status)
    if f.overdue:
        conds += [_inv.status == "issued", _inv.open_amount != 0, _inv.due_date < today]
    if f.customer_id:
        conds.append(_inv.customer_id == f.customer_id)
    if f.date_from:
        conds.append(_inv.invoice_date >= f.date_from)
    if f.date_to:
        conds.append(_inv.invoice_date <= f.date_to)
    if f.issued_on:
        conds.append(_issued_in(*utc_day(f.issued_on)))
    return conds, matched


def _issued_in(start: Any, end: Any) -> sa.ColumnElement[bool]:
    return sa.and_(_inv.issued_at >= start, _inv.issued_at < end)


def _filtered(session: Session, agency_ids: Collection[int], f: Filters, today: dt.date) -> tuple[Any, str]:
    ids = [a for a in agency_ids if f.agency_id in (None, a)]
    conds, matched = _conditions(session, ids, f, today)
    return sa.select(Invoice.__table__).where(_agencies(ids, matched), *conds), matched


def _sort_column(f: Filters) -> sa.ColumnElement[Any]:
    """The list's order: newest invoice date first; the overdue list most recently due first."""
    return _inv.due_date if f.overdue else _inv.invoice_date


def _cursor(inv: Any, f: Filters, place: int = 0) -> str:
    return cursor_codec.encode(inv.id, inv.due_date if f.overdue else inv.invoice_date, place=place)


def _first(cursor: str | None, backwards: bool, start: bool, shown: int) -> int:
    """The place of the page's first row: 1 at the start of the list, else from the place the cursor carries
    (core.views.cursor) — after the cursor's row walking on, before it walking back; 0 (not shown) without one."""
    if start:
        return 1 if shown else 0
    at = cursor_codec.decode(cursor, str)
    place = at.place if at is not None else 0
    first = (place - shown if backwards else place + 1) if place else 0
    return max(first, 0)


def _at(text: str | None) -> cursor_codec.At | None:
    """Where a cursor of the list's own order points (its sort value is a date on every row it shows)."""
    at = cursor_codec.decode(text, dt.date.fromisoformat)
    return at if at is not None and at.has_value else None


def _after(at: cursor_codec.At | None, sort: sa.ColumnElement[Any]) -> sa.ColumnElement[bool] | None:
    """Rows after the cursor in the list's order (sort column descending, then highest id)."""
    if at is None:
        return None
    return sa.or_(sort < at.value, sa.and_(sort == at.value, _inv.id < at.id))


def _known_totals(session: Session, ids: list[int], f: Filters, today: dt.date) -> list[dict[str, Any]] | None:
    """Count and totals per currency from the invoice summary, when the filters are ones it holds."""
    if f.text or f.customer_id or f.date_from or f.date_to or f.issued_on:
        return None
    summary.maybe_compact(session)
    q = _totals_statement(tuple(ids), bool(f.status), f.overdue)
    return [{"currency": cur, "count": int(n), "total": Decimal(t or 0), "open": Decimal(o or 0)}
            for cur, n, t, o in session.connection().execute(q, {"status": f.status, "today": today}) if n or t or o]


@functools.lru_cache(maxsize=256)
def _totals_statement(ids: tuple[int, ...], status: bool, overdue: bool) -> sa.Select[Any]:
    """The summary's figures as a statement with parameters, built once per shape (building the union and its
    columns again cost more than running it)."""
    led = summary.ledger(ids)
    q = (sa.select(led.c.currency, sa.func.sum(led.c.n), sa.func.sum(led.c.total), sa.func.sum(led.c.open_amount))
         .group_by(led.c.currency).order_by(led.c.currency))
    if status:
        q = q.where(led.c.status == sa.bindparam("status"))
    if overdue:
        q = q.where(led.c.open_issued.is_(True), led.c.due_date < sa.bindparam("today", type_=sa.Date()))
    return q


def _counted_totals(session: Session, where: list[sa.ColumnElement[bool]], totals: bool = True
                   ) -> tuple[int, bool, list[dict[str, Any]]]:
    """Count up to COUNT_LIMIT matches; below it also the totals per currency (exact; not when the page will not
    show them: `totals` False), above it none. The capped count reads the index alone; one aggregate over the rows
    as well (measured at 1M on SQLite) cost 22 ms instead of 1.4 ms for a match above the limit and saved nothing
    below it."""
    capped = sa.select(_inv.id).where(*where).limit(COUNT_LIMIT + 1).subquery()
    n = int(session.execute(sa.select(sa.func.count()).select_from(capped)).scalar_one())
    if n > COUNT_LIMIT:
        return COUNT_LIMIT, False, []
    if not totals:
        return n, True, []
    q = (sa.select(_inv.currency, sa.func.count(), sa.func.sum(_inv.total), sa.func.sum(_inv.open_amount))
         .where(*where).group_by(_inv.currency).order_by(_inv.currency))
    return n, True, [{"currency": cur, "count": int(c), "total": Decimal(t or 0), "open": Decimal(o or 0)}
                     for cur, c, t, o in session.execute(q)]


def _page_rows(session: Session, mine: sa.ColumnElement[bool], conds: list[sa.ColumnElement[bool]],
               sort: sa.ColumnElement[Any], size: int, few: bool = False) -> list[Any]:
    """The rows of one page in the list's order, in one query. When the count says the matches are `few`, the
    database finds them through the filter's index and sorts them: SQLite (no statistics) otherwise walked the
    date index in order and tested every invoice against the filter (a status 620 invoices of a million have:
    0.7 s per page)."""
    key = invoice_sort.unindexed(sort) if few else sort
    order = (key.desc(), _inv.id.desc())
    q = sa.select(*ROW_COLUMNS).where(mine, *conds).order_by(*order).limit(size)
    return list(session.connection().execute(q))


def _broad_page_ids(session: Session, ids: list[int], f: Filters, cursor: str | None, size: int, today: dt.date
                    ) -> list[int]:
    """The ids of one page when the matches are many: per agency (each through its own index range) and merged;
    the statement is built once per shape of the filters and run with their values."""
    at = _at(cursor)
    shape = (tuple(ids), bool(f.status), f.overdue, f.date_from is not None, f.date_to is not None, at is not None,
             size, f.issued_on is not None)
    issued = utc_day(f.issued_on) if f.issued_on else (None, None)
    params = {"status": f.status, "today": today, "date_from": f.date_from, "date_to": f.date_to,
              "after_day": at.value if at else None, "after_id": at.id if at else 0, "issued_from": issued[0],
              "issued_to": issued[1]}
    return list(session.connection().execute(_broad_statement(*shape), params).scalars())


@functools.lru_cache(maxsize=256)
def _broad_statement(ids: tuple[int, ...], status: bool, overdue: bool, date_from: bool, date_to: bool, after: bool,
                     size: int, issued: bool = False) -> sa.Select[Any]:
    sort = _inv.due_date if overdue else _inv.invoice_date
    conds: list[sa.ColumnElement[bool]] = []
    if status:
        conds.append(_inv.status == sa.bindparam("status"))
    if overdue:
        today = sa.bindparam("today", type_=sa.Date())
        conds += [_inv.status == "issued", _inv.open_amount != 0, _inv.due_date < today]
    if date_from:
        conds.append(_inv.invoice_date >= sa.bindparam("date_from", type_=sa.Date()))
    if date_to:
        conds.append(_inv.invoice_date <= sa.bindparam("date_to", type_=sa.Date()))
    if issued:
        conds.append(_issued_in(sa.bindparam("issued_from"), sa.bindparam("issued_to")))
    if after:
        day = sa.bindparam("after_day", type_=sa.Date())
        conds.append(sa.or_(sort < day, sa.and_(sort == day, _inv.id < sa.bindparam("after_id", type_=sa.Integer()))))
    order = (sort.desc(), _inv.id.desc())
    parts = [sa.select(sa.select(_inv.id, sort.label("sort")).where(_inv.agency_id == a, *conds).order_by(*order)
                       .limit(size).subquery()) for a in ids]
    merged = sa.union_all(*parts).subquery()
    return sa.select(merged.c.id).order_by(merged.c.sort.desc(), merged.c.id.desc()).limit(size)


def default_order(f: Filters) -> invoice_sort.Order:
    """The list's own order: newest invoice date first; the overdue list most recently due first."""
    return invoice_sort.Order("due" if f.overdue else "date", True)


def page(session: Session, agency_ids: Collection[int], f: Filters, cursor: str | None = None, size: int = 0,
         today: dt.date | None = None, order: invoice_sort.Order | None = None, backwards: bool = False) -> Page:
    """One page of the list and the figures of everything the filters match: after the cursor, or the page before
    it (`backwards`); in the list's own order or the one the clerk chose (core.views.invoice_sort)."""
    today, size = today or dt.date.today(), size or PAGE
    order = order or default_order(f)
    if invoice_sort.parse_cursor(cursor, order) is None:  # none, or one that does not read: the first page
        cursor, backwards = None, False
    ids = sorted(a for a in agency_ids if f.agency_id in (None, a))
    conds, matched = _conditions(session, ids, f, today)
    if not ids or any(c is invoice_text.NOTHING for c in conds):
        return Page([], 0, [], None, matched)
    known = _known_totals(session, ids, f, today)
    figures = (sum(t["count"] for t in known), True, known) if known is not None else None
    if figures is None and not (f.text or f.customer_id):  # date filters: the count decides how to fetch
        figures = _counted_totals(session, [_inv.agency_id.in_(ids), *conds])
    if order != default_order(f) or backwards:
        rows, more = invoice_sort.fetch(session.connection(), ROW_COLUMNS, conds, ids, order, cursor, size, backwards,
                                        few=matched in _BY_CUSTOMERS)
        start = not (more if backwards else cursor)
        first = _first(cursor, backwards, start, len(rows))
        prev = None if start or not rows else invoice_sort.cursor_of(rows[0], order, first)
        nxt = invoice_sort.cursor_of(rows[-1], order, first and first + len(rows) - 1) \
            if rows and (backwards or more) else None
        return _with_figures(session, ids, conds, figures, Page(rows, 0, [], nxt, matched, prev_cursor=prev,
                                                                first=first))
    sort = _sort_column(f)
    after = _after(_at(cursor), sort)
    if figures is not None and figures[0] > SMALL and len(ids) > 1:
        found = _broad_page_ids(session, ids, f, cursor, size + 1, today)
        rows = list(session.connection().execute(_ROWS, {"ids": found[:size]}))
    else:  # the page's rows at once (the ids first and then their rows was a second round trip)
        rows = _page_rows(session, _agencies(ids, matched), conds + ([after] if after is not None else []), sort,
                          size + 1, few=figures is not None and figures[1] and figures[0] <= SMALL)
        found, rows = [r.id for r in rows], rows[:size]
    rows.sort(key=lambda i: ((i.due_date if f.overdue else i.invoice_date) or dt.date.min, i.id or 0), reverse=True)
    first = _first(cursor, False, not cursor, len(rows))
    nxt = _cursor(rows[-1], f, first and first + len(rows) - 1) if len(found) > size and rows else None
    prev = _cursor(rows[0], f, first) if rows and cursor else None
    return _with_figures(session, ids, conds, figures, Page(rows, 0, [], nxt, matched, prev_cursor=prev, first=first))


def _with_figures(session: Session, ids: list[int], conds: list[sa.ColumnElement[bool]],
                  figures: tuple[int, bool, list[dict[str, Any]]] | None, result: Page) -> Page:
    """The page with the count and totals of everything the filters match (the same whatever the order); its
    place is shown only under an exact count it fits in."""
    if figures is None and result.prev_cursor is None and result.next_cursor is None:  # all matches are here
        figures = (len(result.rows), True, _row_totals(result.rows))
    elif figures is None:  # a name search cut at CUSTOMER_LIMIT shows no totals: not summed (15 ms at 10,000 rows)
        figures = _counted_totals(session, [_agencies(ids, result.matched_by), *conds],
                                  totals=result.matched_by != invoice_text.NAME_CUT)
    if result.matched_by == invoice_text.NAME_CUT:  # a part of the matches: no exact count, no totals
        figures = (figures[0], False, [])
    result.count, result.count_exact, result.totals = figures
    if not result.count_exact or result.last > result.count:
        result.first = 0
    return result


def _row_totals(rows: list[Any]) -> list[dict[str, Any]]:
    """Count and totals per currency of the given rows (as _counted_totals would count them)."""
    per: dict[str, dict[str, Any]] = {}
    for r in rows:
        t = per.setdefault(r.currency, {"currency": r.currency, "count": 0, "total": Decimal(0), "open": Decimal(0)})
        t["count"] += 1
        t["total"] += Decimal(r.total or 0)
        t["open"] += Decimal(r.open_amount or 0)
    return [per[c] for c in sorted(per)]


EXPORT_COLUMNS = ["number", "kind", "agency", "customer", "invoice_date", "due_date", "status", "currency", "total",
                  "open_amount", "reference", "buyer_reference", "order_reference"]


EXPORT_LIMIT = 200_000  # rows in one CSV/XLSX file; more are cut and the file's last line says so (web.views)


def export_rows(session: Session, agency_ids: Collection[int], f: Filters, limit: int = EXPORT_LIMIT,
                today: dt.date | None = None, order: invoice_sort.Order | None = None
                ) -> tuple[list[list[Any]], str]:
    """Every invoice the filters match (up to `limit`) in the list's order — the one the clerk chose, else the
    list's own — in EXPORT_COLUMNS order (for CSV/XLSX): the file reads as the page did. With what the search was
    taken as (`matched_by` of a page): invoice_text.NAME_CUT when a name search stood for only the first
    CUSTOMER_LIMIT customers, which the file must say as the page does."""
    q, matched = _filtered(session, agency_ids, f, today or dt.date.today())
    sub, order = q.subquery(), order or default_order(f)
    ag, cust = Agency.__table__.c, Customer.__table__.c
    stmt = sa.select(sub, ag.code.label("agency_code")).join(Agency.__table__, ag.id == sub.c.agency_id)
    if order.spec.joined:  # by the customer's name in the register, as the list sorts
        stmt = stmt.join(Customer.__table__, cust.id == sub.c.customer_id)
    value = cust.name if order.spec.joined else sub.c[order.spec.column.name]
    way = (lambda c: c.desc()) if order.desc else (lambda c: c.asc())
    # rows with a value first, then those without (drafts have no number), ties by id: the list's order
    rows = session.execute(stmt.order_by(value.is_(None), way(value), way(sub.c.id)).limit(limit)).all()
    return [[r.number, r.kind, r.agency_code, (r.customer_snapshot or {}).get("name"), r.invoice_date, r.due_date,
             r.status, r.currency, r.total, r.open_amount, r.reference, r.buyer_reference, r.order_reference]
            for r in rows], matched
