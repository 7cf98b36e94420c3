"""Open amounts of the AR documents as of a date, computed in the database (a centre holds millions of invoices:
issue #16 saw 77 s, 7.6 GB and a crash when every invoice was loaded and its id put into one query).

As of D, every invoice, credit note and interest invoice issued with an invoice date <= D owes

    total + fees - paid - written off (+ credits moved from or to it)

fees: reminder fees of runs dated <= D (core.runs.reminders adds a fee to the open amount and books it on the AR
account, so it is part of the claim here too — an explained part, listed as `fees`); paid: allocations with a
payment date <= D; written off: write-offs dated <= D.

A credit note moves open amount from its original to itself with a clamp (core.billing.issuing): what the
original no longer owes stays on the credit note as the customer's credit. That depends on the order in which
things happened, so the documents of a family with a credit note (an original and its credit notes; few) are
replayed in Python in that order (`replay_families`); every other document is the sum above, in SQL. What a whole
family owes does not depend on the order, which is why the reconciliation (per family) needs no replay.

Amounts leave the database as integer cents (`cents`): exact, and cheap to add and to format for a million rows.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.payments.models import Allocation
from core.period.cents import cents, dec, money  # noqa: F401 -- the reports import them from here too
from core.period.models import WriteOff
from core.platform.models import RunRecord
from core.runs.models import Reminder

AR_DOC_STATUSES = ("issued", "paid", "credited", "written_off")
_inv, _alloc, _wo, _rem, _run = (Invoice.__table__, Allocation.__table__, WriteOff.__table__, Reminder.__table__,
                                 RunRecord.__table__)


def is_doc(t: sa.FromClause, agency_id: int, as_of: dt.date | None, by_agency_only: bool = False
           ) -> sa.ColumnElement[bool]:
    """`t` (an invoice table or alias) is an AR document of the agency as of the date. `by_agency_only`: the
    status and date tests are written so that no index serves them (the caller's own condition picks the index:
    SQLite would otherwise walk every document of the agency by date)."""
    status: sa.ColumnElement[Any] = t.c.status
    day: sa.ColumnElement[Any] = t.c.invoice_date
    if by_agency_only:
        status, day = sa.func.coalesce(status, ""), sa.func.coalesce(day, day)
    cond = sa.and_(t.c.agency_id == agency_id, status.in_(AR_DOC_STATUSES), t.c.number.is_not(None))
    return sa.and_(cond, day <= as_of) if as_of else cond


def credit_links(agency_id: int, as_of: dt.date | None) -> sa.Select[Any]:
    """(credit note id, original id) of the credit notes applied to an original, both documents as of the date."""
    cn, orig = _inv.alias("cn"), _inv.alias("orig")
    return (sa.select(cn.c.id.label("note_id"), cn.c.credited_invoice_id.label("original_id"))
            .join(orig, orig.c.id == cn.c.credited_invoice_id)
            .where(is_doc(cn, agency_id, as_of), cn.c.kind == "credit_note", is_doc(orig, agency_id, as_of)))


def sum_cents(session: Session, amount: sa.ColumnElement[Any]) -> sa.ColumnElement[int]:
    """The sum of a money expression as integer cents, each amount turned into cents before it is added: on
    PostgreSQL a sum of bigints keeps a small fixed state per group where a NUMERIC sum keeps a growing one
    (~700 bytes a group: the million groups of a report over a whole centre no longer fit in memory and were
    hashed to disk in batches)."""
    total = sa.func.sum(cents(session, amount))
    return total if session.get_bind().dialect.name == "sqlite" else sa.cast(total, sa.BigInteger)


@dataclass
class Events:
    """Per document, as of a date: fees charged, paid, written off (subqueries keyed by invoice_id, `amount` in
    cents). With `also_all`, each also carries the sum over all time (`amount_all`), for the stored-vs-history
    check."""

    paid: sa.Subquery
    fees: sa.Subquery
    written_off: sa.Subquery


def events(session: Session, agency_id: int, as_of: dt.date | None, also_all: bool = False,
           scoped: bool = True, within: sa.Select[Any] | None = None) -> Events:
    """`scoped`: the allocations only of the agency's documents (a join, as an allocation names no agency); a
    caller that joins the sums to the agency's documents anyway may leave it out (and sum every allocation).
    `within`: the allocations only of these documents (a select of their ids, e.g. a report's open items): each
    one's allocations are found through ix_allocation_invoice_id, so neither another agency's allocations nor
    the agency's settled invoices' are read."""
    def summed(amount: sa.ColumnElement[Any], day: sa.ColumnElement[Any], label: str) -> list[Any]:
        out = [sum_cents(session, amount if as_of is None else sa.case((day <= as_of, amount))).label(label)]
        if also_all:
            out.append(sum_cents(session, amount).label(label + "_all"))
        return out

    docs = _inv.alias("d")
    paid = sa.select(_alloc.c.invoice_id, *summed(_alloc.c.amount, _alloc.c.payment_date, "amount"))
    if within is not None:
        paid = paid.where(_alloc.c.invoice_id.in_(within))
    elif scoped:
        paid = paid.join(docs, docs.c.id == _alloc.c.invoice_id).where(docs.c.agency_id == agency_id)
    fees = (sa.select(_rem.c.invoice_id, *summed(_rem.c.fee, _rem.c.reminder_date, "amount"))
            .where(_rem.c.agency_id == agency_id, _rem.c.fee > 0))
    wo = (sa.select(_wo.c.invoice_id, *summed(_wo.c.amount, _wo.c.date, "amount"))
          .where(_wo.c.agency_id == agency_id))
    if as_of is not None and not also_all:
        paid, fees, wo = (paid.where(_alloc.c.payment_date <= as_of), fees.where(_rem.c.reminder_date <= as_of),
                          wo.where(_wo.c.date <= as_of))
    return Events(paid.group_by(_alloc.c.invoice_id).subquery("paid"),
                  fees.group_by(_rem.c.invoice_id).subquery("fees"),
                  wo.group_by(_wo.c.invoice_id).subquery("wo"))


def zero(col: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    return sa.func.coalesce(col, 0)


SNAPSHOT = {"customer": "name", "customer_number": "customer_number", "org_no": "org_no", "customer_kind": "kind"}


def customer_of(t: sa.FromClause) -> dict[str, sa.ColumnElement[Any]]:
    """The customer as the invoice `t` names it (SNAPSHOT's keys): its name and customer number from the plain
    columns written with the snapshot (core.billing.drafting.customer_columns; not the JSON read per row, issue
    #16), its organisation number and kind from the snapshot."""
    return {"customer": t.c.customer_name, "customer_number": t.c.customer_number,
            **{k: t.c.customer_snapshot[SNAPSHOT[k]].as_string() for k in ("org_no", "customer_kind")}}


def plain_docs(session: Session, agency_id: int, as_of: dt.date,
               customer: bool = False) -> tuple[sa.Select[Any], dict[str, Any]]:
    """The documents as of the date that are in no credit family, with their amounts in cents; returns the select
    and its named columns (`open`, `total`, `fees`, `paid`, `written_off`, `sort_date`, ...) for callers to
    aggregate, filter or order. `customer`: also the customer as the invoice names it (SNAPSHOT)."""
    ev = events(session, agency_id, as_of)
    links = credit_links(agency_id, as_of).subquery("links")
    i = _inv
    fees, paid, wo = zero(ev.fees.c.amount), zero(ev.paid.c.amount), zero(ev.written_off.c.amount)
    cols = {
        "id": i.c.id, "customer_id": i.c.customer_id, "kind": i.c.kind, "number": i.c.number,
        "invoice_date": i.c.invoice_date, "due_date": i.c.due_date,
        "sort_date": sa.func.coalesce(i.c.due_date, i.c.invoice_date),
        "total": cents(session, i.c.total), "fees": fees, "paid": paid,
        "written_off": wo, "open": cents(session, i.c.total) + fees - paid - wo,
        "credited": sa.literal(0, sa.BigInteger), "collection_status": i.c.collection_status,
        "disputed": i.c.disputed,
    }
    if customer:
        cols |= customer_of(i)
    q = (sa.select(*[c.label(k) for k, c in cols.items()])
         .select_from(i.outerjoin(ev.paid, ev.paid.c.invoice_id == i.c.id)
                      .outerjoin(ev.fees, ev.fees.c.invoice_id == i.c.id)
                      .outerjoin(ev.written_off, ev.written_off.c.invoice_id == i.c.id))
         .where(is_doc(i, agency_id, as_of),
                i.c.id.not_in(sa.select(links.c.original_id)), i.c.id.not_in(sa.select(links.c.note_id))))
    return q, cols


# ---- the families with a credit note, replayed in the order things happened -----------------------------------

@dataclass(slots=True)
class Doc:
    """One AR document with its amounts as of the date (cents)."""

    id: int
    customer_id: int
    kind: str
    number: str | None
    invoice_date: dt.date
    due_date: dt.date | None
    credited_invoice_id: int | None
    collection_status: str | None
    disputed: bool
    total: int
    open: int
    fees: int = 0
    paid: int = 0
    credited: int = 0
    written_off: int = 0
    customer: str | None = None  # the customer as the document names it (SNAPSHOT)
    customer_number: str | None = None
    org_no: str | None = None
    customer_kind: str | None = None

    @property
    def sort_date(self) -> dt.date:
        return self.due_date or self.invoice_date


def _ts(value: dt.datetime | None) -> dt.datetime:
    """Timestamps in one comparable form (naive UTC), whether loaded from the database or still in memory."""
    if value is None:
        return dt.datetime.min
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def replay_families(session: Session, agency_id: int, as_of: dt.date) -> dict[int, Doc]:
    """The documents of every family with a credit note as of the date, with their open amounts rebuilt by
    applying allocations, fees, write-offs and credits in the order they were processed (as the stored open
    amounts were)."""
    links = credit_links(agency_id, as_of).subquery("links")
    members = sa.union(sa.select(links.c.original_id), sa.select(links.c.note_id)).subquery("members")
    i = _inv
    docs: dict[int, Doc] = {}
    for row in session.execute(
            sa.select(i.c.id, i.c.customer_id, i.c.kind, i.c.number, i.c.invoice_date, i.c.due_date,
                      i.c.credited_invoice_id, i.c.collection_status, i.c.disputed, cents(session, i.c.total),
                      *customer_of(i).values())
            .where(i.c.id.in_(sa.select(members.c[0]))).order_by(i.c.invoice_date, i.c.id)):
        (iid, cust, kind, number, day, due, credited_id, coll, disputed, total, *snap) = row
        docs[iid] = Doc(iid, cust, kind, number, day, due, credited_id, coll, disputed, total, total,
                        **dict(zip(SNAPSHOT, snap, strict=True)))
    if not docs:
        return docs
    in_family = sa.select(members.c[0])
    events: list[tuple[dt.datetime, str, int, int, int]] = []
    for at, row_id, inv_id, amount in session.execute(
            sa.select(_alloc.c.created_at, _alloc.c.id, _alloc.c.invoice_id, cents(session, _alloc.c.amount))
            .where(_alloc.c.invoice_id.in_(in_family), _alloc.c.payment_date <= as_of)):
        events.append((_ts(at), "alloc", row_id, inv_id, amount))
    for at, row_id, inv_id, amount in session.execute(
            sa.select(_wo.c.created_at, _wo.c.id, _wo.c.invoice_id, cents(session, _wo.c.amount))
            .where(_wo.c.invoice_id.in_(in_family), _wo.c.date <= as_of)):
        events.append((_ts(at), "write_off", row_id, inv_id, amount))
    for at, row_id, inv_id, amount in session.execute(
            sa.select(_run.c.claimed_at, _rem.c.id, _rem.c.invoice_id, cents(session, _rem.c.fee))
            .join(_run, _run.c.id == _rem.c.run_id)
            .where(_rem.c.invoice_id.in_(in_family), _rem.c.fee > 0, _rem.c.reminder_date <= as_of)):
        events.append((_ts(at), "fee", row_id, inv_id, amount))
    for row in session.execute(sa.select(i.c.id, i.c.issued_at, i.c.created_at).where(
            i.c.id.in_(sa.select(links.c.note_id)))):
        note = docs[row[0]]
        assert note.credited_invoice_id is not None  # a link names its original
        events.append((_ts(row[1] or row[2]), "credit", note.id, note.credited_invoice_id, note.total))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    for _at, kind, row_id, inv_id, amount in events:
        d = docs[inv_id]
        if kind == "alloc":
            d.open -= amount
            d.paid += amount
        elif kind == "write_off":
            d.open -= amount
            d.written_off += amount
        elif kind == "fee":
            d.open += amount
            d.fees += amount
        else:  # credit note applied to its original, as core.billing.issuing._apply_credit does
            note = docs[row_id]
            applied = max(amount, -max(d.open, 0))
            d.open += applied
            d.credited -= applied
            note.open -= applied
            note.credited += applied
    return docs


def plain_rows(session: Session, agency_id: int, as_of: dt.date, only_open: bool = True,
               order: tuple[str, ...] = ("invoice_date", "id")) -> Iterator[Doc]:
    """The documents outside credit families as Docs, streamed from the database in `order`."""
    q, cols = plain_docs(session, agency_id, as_of)
    sub = q.subquery("plain")
    inner = sa.select(sub.c.id, sub.c.customer_id, sub.c.kind, sub.c.number, sub.c.invoice_date, sub.c.due_date,
                      sa.null(), sub.c.collection_status, sub.c.disputed, sub.c.total, sub.c.open, sub.c.fees,
                      sub.c.paid, sa.literal(0), sub.c.written_off)
    if only_open:
        inner = inner.where(sub.c.open != 0)
    inner = inner.order_by(*[sub.c[k] for k in order])
    del cols
    for row in session.execute(inner.execution_options(yield_per=10_000)):
        yield Doc(*row)


# ---- today's open amounts taken back to a date: the fast path of the aggregate reports ----------------------------

def after(agency_id: int, as_of: dt.date, name: str = "adj") -> sa.CTE:
    """Per document, what happened after the date, as the amount to add to today's open amount to get the open
    amount as of the date: allocations and write-offs dated later are added back, later fees taken out, and a
    credit note dated later gives back to its original what it took (its total less what it still holds and what
    was paid on it). `name`: the CTE's name (a statement that holds two)."""
    d, c = _inv.alias("d"), _inv.alias("c")
    paid_on_note = (sa.select(sa.func.coalesce(sa.func.sum(_alloc.c.amount), 0))
                    .where(_alloc.c.invoice_id == c.c.id).scalar_subquery())
    ev = sa.union_all(
        sa.select(_alloc.c.invoice_id.label("invoice_id"), _alloc.c.amount.label("amount"))
        .join(d, d.c.id == _alloc.c.invoice_id).where(d.c.agency_id == agency_id, _alloc.c.payment_date > as_of),
        sa.select(_wo.c.invoice_id, _wo.c.amount).where(_wo.c.agency_id == agency_id, _wo.c.date > as_of),
        sa.select(_rem.c.invoice_id, -_rem.c.fee).where(_rem.c.agency_id == agency_id, _rem.c.fee > 0,
                                                        _rem.c.reminder_date > as_of),
        sa.select(c.c.credited_invoice_id, c.c.open_amount + paid_on_note - c.c.total)
        .where(c.c.agency_id == agency_id, c.c.invoice_date > as_of, c.c.kind == "credit_note",
               c.c.status.in_(AR_DOC_STATUSES), c.c.number.is_not(None), c.c.credited_invoice_id.is_not(None)),
    ).subquery("after_d")
    return (sa.select(ev.c.invoice_id, sa.func.sum(ev.c.amount).label("amount"))
            .group_by(ev.c.invoice_id).cte(name))


def as_of_docs(session: Session, agency_id: int, as_of: dt.date,
               extra: tuple[str, ...] = (), exprs: dict[str, sa.ColumnElement[Any]] | None = None,
               where: sa.ColumnElement[bool] | None = None) -> sa.Subquery:
    """The documents that may be open as of the date — open today, or touched after the date — with `open` as of
    the date (cents), `sort_date`, `invoice_date` and the `extra` invoice columns (`where`: only the documents
    that meet it, e.g. one customer's for the statement of account): today's open amount
    (kept by every payment, fee, credit and write-off in the same transaction) with what happened after the date
    taken back out. The reconciliation's `open_amount_unexplained` check proves at every period end that today's
    open amounts are what their history gives, so this agrees with the history rebuild (core.period.reconciliation)
    and reads only the open documents, not every document ever issued."""
    adj = after(agency_id, as_of)
    i = _inv

    def branch(cond: sa.ColumnElement[bool], inner: bool) -> sa.Select[Any]:
        src = i.join(adj, adj.c.invoice_id == i.c.id) if inner else i.outerjoin(adj, adj.c.invoice_id == i.c.id)
        q = (sa.select(i.c.id, sa.func.coalesce(i.c.due_date, i.c.invoice_date).label("sort_date"),
                       i.c.invoice_date, *[i.c[e] for e in extra],
                       *[e.label(k) for k, e in (exprs or {}).items()],
                       cents(session, i.c.open_amount + sa.func.coalesce(adj.c.amount, 0)).label("open"))
             .select_from(src).where(is_doc(i, agency_id, as_of, by_agency_only=not inner), cond,
                                     sa.true() if where is None else where))
        return q  # the open ones are found by their open amount (ix_invoice_agency_open_amount)

    return sa.union_all(branch(i.c.open_amount > 0, False), branch(i.c.open_amount < 0, False),
                        branch(i.c.open_amount == 0, True)).subquery("as_of")


@dataclass
class Tallies:
    """Open items as of a date summed per (due date, key): `add` what the database summed, `touch` the documents
    that changed after the date. Keys: e.g. whether the item is in collection."""

    counts: dict[tuple[dt.date, Any], int]
    sums: dict[tuple[dt.date, Any], int]

    def add(self, key: tuple[dt.date, Any], n: int, amount: int) -> None:
        self.counts[key] = self.counts.get(key, 0) + n
        self.sums[key] = self.sums.get(key, 0) + amount


def tallies(session: Session, agency_id: int, as_of: dt.date, positive_only: bool = False,
            key: sa.ColumnElement[Any] | None = None, keyed: sa.ColumnElement[bool] | None = None) -> Tallies:
    """Count and sum of the open amounts as of the date per due date (and `key`), in the database: today's open
    amounts grouped by due date, read from ix_invoice_agency_open_amount alone, then corrected by the few
    documents that changed after the date (see `as_of_docs`). `positive_only`: items with a positive open amount
    (a valuation counts no credits). `keyed`: the only documents whose `key` may be other than 0, found by an
    index of their own (the valuation's items in collection: ix_invoice_in_collection); every other one is
    counted under 0 without reading its row (a key read for every open item cost 1.5 s at a million invoices)."""
    i = _inv
    sort = sa.func.coalesce(i.c.due_date, i.c.invoice_date)
    signs = [i.c.open_amount > 0] if positive_only else [i.c.open_amount > 0, i.c.open_amount < 0]
    out = Tallies({}, {})

    def grouped(by: list[sa.ColumnElement[Any]], *where: sa.ColumnElement[bool]) -> Iterator[tuple[Any, ...]]:
        for sign in signs:
            yield from session.execute(
                sa.select(*by, sa.func.count(), sum_cents(session, i.c.open_amount))
                .where(is_doc(i, agency_id, as_of, by_agency_only=True), sign, *where).group_by(*by))

    if key is None or keyed is None:
        for *group, n, amount in grouped([sort] if key is None else [sort, key]):
            out.add((group[0], group[1] if key is not None else None), int(n), int(amount))
    else:
        for day, n, amount in grouped([sort]):
            out.add((day, 0), int(n), int(amount))
        for day, kv, n, amount in grouped([sort, key], keyed):
            if kv != 0:  # moved from 0 to its own key
                out.add((day, 0), -int(n), -int(amount))
                out.add((day, kv), int(n), int(amount))
    _changed_after(session, agency_id, as_of, out, sort, key, positive_only)
    return out


def _changed_after(session: Session, agency_id: int, as_of: dt.date, out: Tallies, sort: sa.ColumnElement[Any],
                   key: sa.ColumnElement[Any] | None, positive_only: bool) -> None:
    """`tallies`'s correction: the documents touched after the date, counted with today's open amount taken out
    and the one as of the date put in."""
    i = _inv
    adj = after(agency_id, as_of)
    by = [sort] if key is None else [sort, key]

    def counted(c: int) -> bool:
        return c > 0 if positive_only else c != 0

    for *group, stored, change in session.execute(
            sa.select(*by, cents(session, i.c.open_amount), cents(session, adj.c.amount))
            .join(adj, adj.c.invoice_id == i.c.id).where(is_doc(i, agency_id, as_of))):
        day, kv = group[0], group[1] if key is not None else None
        if counted(stored):
            out.add((day, kv), -1, -stored)
        if counted(stored + change):
            out.add((day, kv), 1, stored + change)
