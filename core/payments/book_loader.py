"""Loading the book the matching rules read (the SQL side of core.payments.book): one agency's open invoices and
credit notes, its customers, its unmatched payment advices, and the paid or credited invoices a payment may name.

The reads are lean: hand-written queries on the driver cursor (core.platform.bulk.fetch_raw: no ORM, no per-row
type processing; the open amount comes as integer cents, the credited invoice's reference joined), a list of
values one parameter. `load_book` gives a full book (every open item, one query) or a targeted one for a batch of
payments, whose `SqlSource` fetches the rest on the spot; both answer the rules alike.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.payments.book import Book, Customers, Item
from core.payments.facts import AdviceView, PaymentFacts, cents
from core.payments.matching import advice_fits
from core.payments.models import PaymentAdvice, PaymentAdviceItem
from core.payments.reference_keys import stored_forms
from core.platform import bulk
from core.platform.bulk import DriverValue, RawSql, fetch_raw, raw_sql
from core.registers.models import Customer


def load_book(session: Session, agency_id: int, only: list[PaymentFacts] | None = None) -> Book:
    """All open items of the agency (`only` None: one query), or a targeted book for these payments' facts."""
    advices = load_advices(session, agency_id)
    source = SqlSource(session, agency_id)
    if only is not None:
        return Book.targeted(source, advices, only)
    return Book(source.open_items(), load_customers(session, None), advices)


def prepare(session: Session, agency_id: int, book: Book, facts: Iterable[PaymentFacts]) -> None:
    """Load the paid/credited invoices that valid references of these payments name but no open invoice has."""
    keys = [k for k in set(book.keys_without_open_item(facts)) if k and k not in book.closed_by_key]
    if not keys:
        return
    raw = raw_sql(session)
    wanted = sorted({form for k in keys for form in stored_forms(k)})
    source, condition = raw.one_of("i.reference", "refs")
    sql = (f"SELECT i.id, i.number, i.reference, i.customer_id, i.currency, {raw.cents('i.open_amount')}, i.kind, "
           f"i.status FROM {source}invoice i WHERE i.agency_id = {raw.param('agency')} AND {condition} "
           f"AND {raw.unindexed('i.status')} IN ('paid', 'credited') ORDER BY i.id")
    rows = fetch_raw(session, sql, {"agency": agency_id, "refs": raw.values(wanted)})
    book.add_closed(keys, [Item(*r) for r in rows])


def load_customers(session: Session, ids: set[int] | None) -> Customers:
    """Customers (all, or these) as the rules compare payers: id -> (organisation number, name)."""
    c = Customer.__table__.c
    q = sa.select(c.id, c.org_no, c.name)
    if ids is not None:
        if not ids:
            return {}
        q = q.where(c.id.in_(list(ids)))
    return {r[0]: (r[1], r[2]) for r in session.execute(q)}


def load_advices(session: Session, agency_id: int) -> list[AdviceView]:
    """Unmatched payment advices of the agency (the e-mail intake's PaymentAdvice table), with their items."""
    a, it = PaymentAdvice.__table__.c, PaymentAdviceItem.__table__.c
    heads = session.execute(sa.select(a.id, a.payer_name, a.payer_org_no, a.payment_date, a.total, a.currency)
                            .where(a.agency_id == agency_id, a.status == "unmatched")).all()
    if not heads:
        return []
    items: dict[int, list[tuple[str | None, str | None, int]]] = {}
    for chunk in bulk.chunks([h[0] for h in heads], 2000):
        for r in session.execute(sa.select(it.advice_id, it.invoice_number, it.reference, it.amount)
                                 .where(it.advice_id.in_(chunk)).order_by(it.id)):
            items.setdefault(r[0], []).append((r[1], r[2], cents(r[3])))
    return [AdviceView(h[0], h[1], h[2], h[3], None if h[4] is None else cents(h[4]), h[5], items.get(h[0], []))
            for h in heads]


def advices_for(session: Session, agency_id: int, payer: tuple[str | None, str | None], amount: Decimal,
                date: dt.date, currency: str | None = None) -> list[AdviceView]:
    """Payment advices (from e-mail intake) that fit a payment: payer = (name, org no); best fit first."""
    facts = PaymentFacts(cents(amount), currency or "", date, payer_name=payer[0], payer_org_no=payer[1])
    advices = load_advices(session, agency_id)
    if currency is None:
        for a in advices:
            a.currency = None
    scored = [(advice_fits(a, facts), a) for a in advices]
    return [a for s, a in sorted(scored, key=lambda x: -x[0]) if s]


class SqlSource:
    """The database side of a book (core.payments.book.Source): the agency's open items, by reference key,
    number or open amount, or all of them."""

    def __init__(self, session: Session, agency_id: int) -> None:
        self.session, self.agency_id = session, agency_id
        self.raw: RawSql = raw_sql(session)
        inv = Invoice.__table__.c
        # no reference of the agency is RF-wrapped (an index range): look up plain forms only
        self.rf = session.execute(sa.select(inv.id).where(inv.agency_id == agency_id, inv.reference >= "RF",
                                                          inv.reference < "RG").limit(1)).first() is not None

    def open_items(self, where: str = "", column: str | None = None, values: Sequence[DriverValue] = (),
                   sql_type: str | None = None) -> list[Item]:
        """Open items of the agency by id (`where`: more conditions), optionally only those whose `column` is one
        of `values`."""
        raw = self.raw
        source = ""
        params: dict[str, object] = {"agency": self.agency_id}
        if column:
            source, condition = raw.one_of(f"i.{column}", "vals", sql_type)
            where += f" AND {condition}"
            params["vals"] = raw.values(values)
        status, open_amount = ("i.status", "i.open_amount") if not where else (
            raw.unindexed("i.status"), raw.unindexed("i.open_amount"))
        # the credited invoice's reference by a subquery on its key, not a LEFT JOIN: PostgreSQL joined 90,000 items
        # to a hash of all 1,000,000 invoices (a second full scan; only credit notes carry the key), 1.5-1.7 s
        # against 0.9-1.0 s for this (bench/payments.py's book, alternated); SQLite's plan is the same either way
        sql = (f"SELECT i.id, i.number, i.reference, i.customer_id, i.currency, {raw.cents('i.open_amount')}, "
               f"i.kind, i.status, (SELECT c.reference FROM invoice c WHERE c.id = i.credited_invoice_id) "
               f"FROM {source}invoice i "
               f"WHERE i.agency_id = {raw.param('agency')} AND {status} = 'issued' AND {open_amount} <> 0{where} "
               f"ORDER BY i.id")
        return [Item(*r) for r in fetch_raw(self.session, sql, params)]

    def with_keys(self, keys: list[str]) -> list[Item]:
        forms = sorted({x for k in keys for x in stored_forms(k)}) if self.rf else keys  # keys: distinct, sorted
        return self.open_items(column="reference", values=forms) if forms else []

    def with_numbers(self, numbers: list[str]) -> list[Item]:
        return self.open_items(column="number", values=numbers)

    def with_amounts(self, amounts: list[int]) -> list[Item]:
        return self.open_items(column="open_amount", values=[self.raw.money(a) for a in amounts],
                               sql_type="numeric")

    def credit_notes(self) -> list[Item]:
        return self.open_items(" AND i.open_amount < 0 AND i.kind = 'credit_note'")

    def customers(self, ids: set[int]) -> Customers:
        return load_customers(self.session, ids)
