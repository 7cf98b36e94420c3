"""Open items per customer as of a date, streamed from the database one customer at a time (the report over a
million invoices must not hold them all: issue #16).

Order, as the report has always listed them: customers by name and customer number (as the customer's first open
item, by invoice date, names them), each customer's items by due date (invoice date when there is none).

One statement, one sort (issue #16: two sorts of every open item, one for window functions and one for the
order, and a JSON text carried through the second, took 13-22 s at a million invoices): the open items are read
once into a materialized CTE with the few columns the order needs; the customers (thousands, not hundreds of
thousands) are ranked from their first items; the items are sorted by (customer rank, due date, ...) with a head
row per customer sorting before its items; the JSON text of an item is rendered after the sort. On SQLite the
sorted items come with every column they show from ix_invoice_open_by_customer, per ranked customer
(`_by_customer`): no look-up of each item's rank and no read of its row after the sort.
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
from core.period import json_stream, open_amounts
from core.period import sql_text as t
from core.period.models import WriteOff
from core.period.open_amounts import money
from core.runs.models import Reminder

_inv = Invoice.__table__


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
    list of the items as JSON text, rendered by the database (core.period.sql_text) — what the JSON report over a
    whole centre writes; otherwise a list of dicts."""
    t.room_to_sort(session, 256)  # PostgreSQL sorts the items in memory (~120 MB at 560,000 items)
    docs = _open_docs(session, agency_id, as_of)
    v = _values(session, agency_id, _sorted(session, agency_id, as_of, docs), as_of, docs)
    body = [_line(session, v, as_of)] if encoded else [v.c[k] for k in _ITEM]
    result = session.execute(sa.select(v.c.part, *[v.c[k] for k in _HEAD], *body)
                             .execution_options(yield_per=10_000))
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
            items.append(r[6] if encoded else _item(as_of, *r[6:]))
    if current is not None:
        yield current


def _open_docs(session: Session, agency_id: int, as_of: dt.date) -> sa.CTE:
    """The open items as of the date, read once (materialized), amounts in cents (`open`, `total`). On SQLite
    only what the ranking needs (the items themselves come from `_by_customer`); PostgreSQL sorts the whole item
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
        first_id = lambda k: k[2]
    else:  # ISO dates sort as text; the id zero-padded after it
        key = sa.func.min(t.cat(docs.c.invoice_date, sa.func.printf("%012d", docs.c.id)))
        first_id = lambda k: sa.cast(sa.func.substr(k, 11), sa.Integer)
    per = (sa.select(docs.c.customer_id, key.label("k"), sa.func.sum(docs.c.open).label("c_open"))
           .group_by(docs.c.customer_id).subquery("per"))
    i = _inv
    snap = open_amounts.customer_of(i)
    order = (_text_key(session, snap["customer"]), _text_key(session, snap["customer_number"]), i.c.invoice_date,
             i.c.id, per.c.customer_id)
    return (sa.select(per.c.customer_id, per.c.c_open, sa.func.row_number().over(order_by=order).label("rank"),
                      *[v.label("k_" + k) for k, v in snap.items()])
            .join(i, i.c.id == first_id(per.c.k)).cte("ranked").prefix_with("MATERIALIZED"))


def _sorted(session: Session, agency_id: int, as_of: dt.date, docs: sa.CTE) -> sa.Subquery:
    """The head rows and the open items in report order (rank, part, due date, invoice date, id), sorted once;
    OFFSET 0 keeps the sort below the rendering of each item's text (a subquery the database does not merge)."""
    ranked = _ranked(session, docs)
    pg = t.is_pg(session)
    null = lambda c: sa.cast(sa.null(), c.type)
    d = docs.c
    per_item = {k: sa.literal(0, sa.BigInteger).label(k) for k in ("paid", "fees", "written_off")}
    if pg:  # paid, fees and written off up to the date, summed once over their tables and hashed, rather than
        # searched per open item (three index searches per item: seconds at a million invoices); every
        # allocation is summed, not only the agency's: the sums are joined to the agency's open items anyway
        e = _events(session, agency_id, as_of)
        for k in ("paid", "fees", "written_off"):
            per_item[k] = sa.func.coalesce(e.c[k], 0).label(k)
        src = docs.join(ranked, ranked.c.customer_id == d.customer_id).outerjoin(e, e.c.invoice_id == d.id)
        body: list[sa.ColumnElement[Any]] = [d[k].label(k) for k in _BODY if k not in per_item]
        body += list(per_item.values())
        items: list[sa.Select[Any]] = [
            sa.select(ranked.c.rank, sa.literal(1).label("part"), d.sort_date, d.invoice_date, d.id, d.customer_id,
                      *[null(ranked.c[k]).label(k) for k in _HEAD], *body).select_from(src)]
    else:
        items = _by_customer(session, agency_id, as_of, ranked)
        body = list(items[0].selected_columns)[6 + len(_HEAD):]  # the item's own columns, after the order's
    heads = sa.select(ranked.c.rank, sa.literal(0), null(d.sort_date), null(d.invoice_date), null(d.id),
                      ranked.c.customer_id, *[ranked.c[k] for k in _HEAD], *[null(c) for c in body])
    u = sa.union_all(*items, heads)
    cols = u.selected_columns
    return (u.order_by(cols.rank, cols.part, cols.sort_date, cols.invoice_date, cols.id).offset(0)
            .subquery("s"))


def _by_customer(session: Session, agency_id: int, as_of: dt.date, ranked: sa.CTE) -> list[sa.Select[Any]]:
    """SQLite: the open items as of the date with every column an item shows, per ranked customer from
    ix_invoice_open_by_customer (the invoices open today, read from the index alone), corrected by what happened
    after the date (`open_amounts.after`), and the few invoices settled today that were open at the date (their
    rows read by id). Issue #16: ranking every open item by a look-up, sorting the narrow rows and reading each
    item's row again by id after the sort took ~3 s of CPU at a million invoices."""
    i, adj = _inv, open_amounts.after(agency_id, as_of, name="adj_items")
    null = lambda c: sa.cast(sa.null(), c.type)
    as_of_open = open_amounts.cents(session, i.c.open_amount + sa.func.coalesce(adj.c.amount, 0))
    snap = open_amounts.customer_of(i)
    cols = [sa.func.coalesce(i.c.due_date, i.c.invoice_date).label("sort_date"), i.c.invoice_date, i.c.id,
            i.c.customer_id, *[i.c[k].label(k) for k in _WIDE], snap["customer"].label("customer"),
            snap["customer_number"].label("customer_number"),
            open_amounts.cents(session, i.c.total).label("total"), as_of_open.label("open")]
    heads = [null(ranked.c[k]).label(k) for k in _HEAD]
    today = (sa.select(ranked.c.rank, sa.literal(1).label("part"), *cols[:4], *heads, *cols[4:])
             .select_from(ranked.join(i, sa.and_(i.c.agency_id == agency_id, i.c.customer_id == ranked.c.customer_id))
                          .outerjoin(adj, adj.c.invoice_id == i.c.id))
             .where(open_amounts.is_doc(i, agency_id, as_of, by_agency_only=True),
                    i.c.open_amount != sa.literal_column("0"), as_of_open != 0))  # the index's own condition
    # the settled ones, found from what happened after the date (a few thousand), each row by its id (the open
    # amount tested as an expression: no index over the settled invoices is built for them), then ranked
    st = (sa.select(*cols).select_from(adj.join(i, i.c.id == adj.c.invoice_id))
          .where(open_amounts.is_doc(i, agency_id, as_of), sa.func.coalesce(i.c.open_amount, i.c.open_amount) == 0,
                 as_of_open != 0).cte("settled").prefix_with("MATERIALIZED"))
    settled = (sa.select(ranked.c.rank, sa.literal(1), *[st.c[c.key] for c in cols[:4]], *heads,
                         *[st.c[c.key] for c in cols[4:]])
               .join_from(st, ranked, ranked.c.customer_id == st.c.customer_id))
    return [today, settled]


def _values(session: Session, agency_id: int, s: sa.Subquery, as_of: dt.date, docs: sa.CTE) -> sa.Subquery:
    """The sorted rows with every column of an item. SQLite: the invoice's columns read by id after the sort,
    with what was paid, charged in fees and written off up to the date (core.period.open_amounts.events: each
    table summed once, and looked up per row: a third cheaper than three index searches per row); once per row
    (OFFSET 0: the line's text uses each value several times). What was paid is summed only over the open items'
    allocations (`within`: found by invoice through the allocation index, not every allocation of every agency
    read and summed: most of them are on settled invoices)."""
    if t.is_pg(session):
        return s
    ev = _events(session, agency_id, as_of, within=sa.select(docs.c.id))
    src = s.outerjoin(ev, ev.c.invoice_id == s.c.id)
    cols = {k: sa.func.coalesce(ev.c[k], 0) for k in ("paid", "fees", "written_off")} | {
        k: s.c[k] for k in ("total", "customer", "customer_number", *_WIDE)}
    return (sa.select(*[s.c[k] for k in ("part", "id", "invoice_date", "open", *_HEAD)],
                      *[c.label(k) for k, c in cols.items()])
            .select_from(src).offset(0).subquery("v"))


def _events(session: Session, agency_id: int, as_of: dt.date, within: sa.Select[Any] | None = None) -> sa.Subquery:
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


def _line(session: Session, s: sa.Subquery, as_of: dt.date) -> sa.ColumnElement[str]:
    """One open item as JSON text, as `_item` gives it and json_stream writes it (core.period.sql_text)."""
    c = {k: s.c[k] for k in _ITEM}
    credited = c["total"] + c["fees"] - c["paid"] - c["written_off"] - c["open"]
    return t.line(session, [
        ("invoice", "q", c["number"]), ("id", "int", c["id"]), ("kind", "q", c["kind"]),
        ("invoice_date", "day", c["invoice_date"]), ("due_date", "day", c["due_date"]),
        ("customer_number", "q", c["customer_number"]), ("customer", "q", c["customer"]),
        ("total", "money", c["total"]), ("fees", "money", c["fees"]), ("paid", "money", c["paid"]),
        ("credited", "money", credited), ("written_off", "money", c["written_off"]),
        ("open_amount", "money", c["open"]), ("days_overdue", "days", c["due_date"]),
        ("collection_status", "q", c["collection_status"]), ("disputed", "bool", c["disputed"])], as_of)
