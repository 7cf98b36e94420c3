"""Valuation of receivables (värdereglering): ageing, doubtful receivables, provisions, confirmed losses.

* Ageing as of a date: the open amounts of core.period.open_amounts (rebuilt as of that date, reminder fees
  included) by days past due, summed per bucket in the database: not due, 1-30, 31-60, 61-90, 91-180, 181-365,
  >365 (core.period.age_buckets).
* Doubtful receivables (collective assessment): a percent of the positive open amounts per age bucket, from the
  agency's ValuationPolicy (default 0/0/10/25/50/75/100 %); items in collection at the policy's collection
  percent (default 100 %). Credit notes' unused credits are not netted against doubtful receivables.
* Provision: debit 6352 (expected losses), credit 1519 (allowance), dated the valuation date, and its reversal
  dated the first day of the next month, so every period end books its own full provision.
* Write-off of a confirmed loss: debit 6351 with the net part and the output VAT accounts with the VAT part of
  the open price (VAT-liable sales; pro rata over the invoice's VAT groups; unpaid reminder fees in the open amount
  carry no VAT and are lost in full, core.period.fees), credit AR; the invoice becomes
  written_off with nothing open, and the reason is audited. An invoice whose revenue is still partly deferred
  (2970, core.period.accruals) is closed there in the same voucher (core.period.accruals.closing): what is due up
  to the write-off month is recognised, and the income of later months, never earned, is released from 2970
  against the loss (it was never revenue, so it is no loss either); only if the customer has paid for more than was
  earned is that excess recognised as revenue instead, so the loss is never negative.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing import lookups
from core.billing.models import Invoice
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.jsonenc import number_str
from core.kernel.money import ZERO, money_str, round_money, to_decimal
from core.ledger import accounts, texts
from core.ledger import posting as ledger
from core.ledger.models import Voucher
from core.period import accruals, age_buckets, fees, json_stream, open_amounts
from core.period import sql_text as t
from core.period.accruals import month_end
from core.period.models import Provision, ValuationPolicy, WriteOff
from core.platform import audit
from core.registers.models import Agency

BUCKETS = age_buckets.BUCKETS
bucket_of = age_buckets.bucket_of
DEFAULT_PERCENTS = {"not_due": "0", "1-30": "0", "31-60": "10", "61-90": "25", "91-180": "50", "181-365": "75",
                    ">365": "100"}
NOT_IN_COLLECTION = (None, "", "none", "closed", "withdrawn", "cancelled", "paid")


def pct_str(value: Decimal) -> str:
    """A percent without trailing zeros and never in exponent form ("100", "12.5")."""
    return number_str(Decimal(value))


def in_collection(inv: Any) -> bool:
    """Handed over to debt collection (an invoice, or an open item with its `collection_status`)."""
    return (inv.collection_status or "").lower() not in {s or "" for s in NOT_IN_COLLECTION}


@dataclass
class Policy:
    percents: dict[str, Decimal]
    collection_percent: Decimal


@dataclass
class Tally:
    """Open items counted into one age bucket (or into "in collection"), at the percent considered doubtful."""

    percent: Decimal = ZERO
    items: int = 0
    amount: Decimal = ZERO

    def add(self, amount: Decimal) -> None:
        self.items += 1
        self.amount += amount

    @property
    def doubtful(self) -> Decimal:
        return round_money(self.amount * self.percent / 100)


def _agency_id(agency: Agency) -> int:
    if agency.id is None:
        raise NotFound(f"agency {agency.code} is not in the register", "agency")
    return agency.id


def _persisted(invoice: Invoice) -> int:
    if invoice.id is None:
        raise NotFound(f"invoice {invoice.number} is not saved", "invoice")
    return invoice.id


def policy(session: Session, agency: Agency) -> Policy:
    row = session.exec(select(ValuationPolicy).where(col(ValuationPolicy.agency_id) == agency.id)).first()
    merged = dict(DEFAULT_PERCENTS)
    if row:
        merged.update({k: str(v) for k, v in row.bucket_percents.items() if k in DEFAULT_PERCENTS})
    return Policy({k: to_decimal(v) for k, v in merged.items()},
                  row.collection_percent if row else Decimal("100"))


def set_policy(session: Session, agency: Agency, percents: dict[str, object],
               collection_percent: object | None = None, actor: str = "system") -> ValuationPolicy:
    unknown = set(percents) - set(DEFAULT_PERCENTS)
    if unknown:
        raise ValidationError(f"unknown age bucket(s) {sorted(unknown)}; use {list(DEFAULT_PERCENTS)}", "percents")
    clean = {}
    for k, v in percents.items():
        pct = to_decimal(v, k)
        if not 0 <= pct <= 100:
            raise ValidationError(f"{k}: percent must be 0..100", k)
        clean[k] = str(pct)
    row = session.exec(select(ValuationPolicy).where(col(ValuationPolicy.agency_id) == agency.id)).first() \
        or ValuationPolicy(agency_id=_agency_id(agency))
    row.bucket_percents = {**row.bucket_percents, **clean}
    if collection_percent is not None:
        row.collection_percent = to_decimal(collection_percent, "collection_percent")
    session.add(row)
    audit.record(session, actor, "valuation.policy", "agency", agency.id, agency.id, "period",
                 percents=row.bucket_percents, collection_percent=row.collection_percent)
    session.flush()
    return row


def ageing(session: Session, agency: Agency, as_of: dt.date) -> dict:
    """Open amounts per age bucket as of a date (sum = AR subledger as of that date), summed in the database."""
    aid = _agency_id(agency)
    buckets = {name: [0, 0] for name, _, _ in BUCKETS}  # items, cents
    t = open_amounts.tallies(session, aid, as_of)
    for (day, _), n in t.counts.items():
        b = buckets[bucket_of((as_of - day).days)]
        b[0] += n
        b[1] += t.sums[(day, None)]
    return {"agency": agency.code, "date": as_of.isoformat(), "currency": agency.currency,
            "buckets": [{"bucket": name, "items": n, "amount": open_amounts.money(c)}
                        for name, (n, c) in buckets.items()],
            "total": open_amounts.money(sum(c for _, c in buckets.values())),
            "items": sum(n for n, _ in buckets.values())}


@dataclass
class Valuation:
    agency: Agency
    date: dt.date
    rows: list[dict]
    collection: dict
    provision: Decimal
    items: Any  # the positive open items (_Items: streamed from the database when read)
    posted: Provision | None = None

    def as_dict(self, session: Session, stream: bool = False) -> dict:
        """The report; `items` a list, or with `stream` the lazy sequence (for core.period.json_stream, or for a
        page that shows only the buckets)."""
        def vno(vid: int | None) -> dict | None:
            v = session.get(Voucher, vid) if vid else None
            return {"series": v.series, "number": v.number, "date": v.date.isoformat()} if v else None

        return {"agency": self.agency.code, "date": self.date.isoformat(), "currency": self.agency.currency,
                "buckets": self.rows, "collection": self.collection, "provision": money_str(self.provision),
                "accounts": {"debit": accounts.account(self.agency.accounts, "bad_debt_expected"),
                             "credit": accounts.account(self.agency.accounts, "allowance")},
                "reversal_date": next_period_start(self.date).isoformat(),
                "posted": self.posted is not None,
                "voucher": vno(self.posted.voucher_id) if self.posted else None,
                "reversal_voucher": vno(self.posted.reversal_voucher_id) if self.posted else None,
                "items": self.items if stream else list(self.items)}


def next_period_start(day: dt.date) -> dt.date:
    return month_end(day) + dt.timedelta(days=1)


def value(session: Session, agency: Agency, as_of: dt.date, with_items: bool = True) -> Valuation:
    """The doubtful receivables as of a date by the agency's policy (nothing is written), summed in the database.
    `with_items`: also the list of every positive open item (`items`; streamed from the database only when read,
    so a summary over a million invoices holds none of them)."""
    aid = _agency_id(agency)
    pol = policy(session, agency)
    per_bucket = {name: Tally(pol.percents[name]) for name, _, _ in BUCKETS}
    coll = Tally(pol.collection_percent)
    status = Invoice.__table__.c.collection_status
    t = open_amounts.tallies(session, aid, as_of, positive_only=True, key=_in_collection_sql(status),
                             keyed=status.is_not(None))
    for (day, in_coll), n in t.counts.items():
        tally = coll if in_coll else per_bucket[bucket_of((as_of - day).days)]
        tally.items += n
        tally.amount += open_amounts.dec(t.sums[(day, in_coll)])
    rows = [{"bucket": name, "items": b.items, "open": money_str(b.amount), "percent": pct_str(b.percent),
             "doubtful": money_str(b.doubtful)} for name, b in per_bucket.items()]
    total = sum((b.doubtful for b in per_bucket.values()), ZERO) + coll.doubtful
    collection = {"items": coll.items, "open": money_str(coll.amount), "percent": pct_str(coll.percent),
                  "doubtful": money_str(coll.doubtful)}
    existing = session.exec(select(Provision).where(col(Provision.agency_id) == agency.id,
                                                    col(Provision.date) == as_of)).first()
    count = sum(b.items for b in per_bucket.values()) + coll.items
    items = _Items(session, aid, as_of, count if with_items else 0)
    return Valuation(agency, as_of, rows, collection, total, items, existing)


def _in_collection_sql(status: sa.ColumnElement[str | None]) -> sa.ColumnElement[int]:
    """`in_collection` as SQL: 1 when the item is handed over to collection."""
    idle = [s for s in NOT_IN_COLLECTION if s]
    return sa.case((sa.func.lower(sa.func.coalesce(status, "")).in_(["", *idle]), 0), else_=1)


def _item(d: Any, as_of: dt.date) -> dict:
    days = (as_of - d.sort_date).days
    return {"invoice": d.number, "customer": d.customer, "due_date": d.sort_date.isoformat(),
            "days_overdue": max(days, 0), "bucket": bucket_of(days), "in_collection": in_collection(d),
            "open_amount": open_amounts.money(d.open)}


class _Items:
    """The valuation's positive open items, in invoice-date order, read from the database when iterated (the
    report's JSON streams them: core.period.json_stream); a list when indexed."""

    def __init__(self, session: Session, agency_id: int, as_of: dt.date, count: int) -> None:
        self.session, self.agency_id, self.as_of, self.count = session, agency_id, as_of, count
        self._list: list[dict] | None = None if count else []

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[dict]:
        if self._list is not None:
            yield from self._list
            return
        for row in self.session.execute(self._query()):
            yield _item(row, self.as_of)

    def _query(self, *columns: Callable[[sa.Subquery], sa.ColumnElement[Any]]) -> sa.Select[Any]:
        """The positive open items as of the date in invoice-date order: the given columns of `_docs`, or all."""
        sub = self._docs()
        q = sa.select(*[c(sub) for c in columns]) if columns else sa.select(sub)
        return q.where(sub.c.open > 0).order_by(sub.c.invoice_date, sub.c.id).execution_options(yield_per=10_000)

    def _docs(self) -> sa.Subquery:
        name = Invoice.__table__.c.customer_name
        return open_amounts.as_of_docs(self.session, self.agency_id, self.as_of, extra=("number", "collection_status"),
                                       exprs={"customer": name})

    def encoded(self) -> json_stream.EncodedStream:
        """The items as JSON text rendered by the database (core.period.sql_text), as `_item` gives them and
        core.period.json_stream writes them; read when written."""
        if not self.count:
            return json_stream.EncodedStream([])
        t.room_to_sort(self.session)
        if t.is_pg(self.session):
            q = self._query(lambda d: self._line(d.c))
        else:
            q = self._narrow_sort()
        return json_stream.EncodedStream(line for (line,) in self.session.execute(q))

    def _narrow_sort(self) -> sa.Select[Any]:
        """SQLite: the items sorted with only what the order needs, read from ix_invoice_agency_open_amount
        alone, and each item's text rendered after the sort from its invoice row, read by id (OFFSET 0 keeps the
        sort below). Sorting the rendered text carried 100 MB through SQLite's sorter at a million invoices, and
        reading every row for it before the sort cost as much again."""
        docs = open_amounts.as_of_docs(self.session, self.agency_id, self.as_of)
        s = (sa.select(docs.c.id, docs.c.sort_date, docs.c.open).where(docs.c.open > 0)
             .order_by(docs.c.invoice_date, docs.c.id).offset(0).subquery("s"))
        i = Invoice.__table__
        cols = {"number": i.c.number, "customer": i.c.customer_name,
                "sort_date": s.c.sort_date, "collection_status": i.c.collection_status, "open": s.c.open}
        return (sa.select(self._line(cols)).select_from(s.join(i, i.c.id == s.c.id))
                .execution_options(yield_per=10_000))

    def _line(self, d: Any) -> sa.ColumnElement[str]:
        """An item's JSON text from its columns (`d[name]`: number, customer, sort_date, collection_status,
        open)."""
        return t.line(self.session, [
            ("invoice", "q", d["number"]), ("customer", "q", d["customer"]), ("due_date", "day", d["sort_date"]),
            ("days_overdue", "days", d["sort_date"]),
            ("bucket", "q", age_buckets.bucket_sql(d["sort_date"], self.as_of)),
            ("in_collection", "bool", _in_collection_sql(d["collection_status"]) == 1),
            ("open_amount", "money", d["open"])], self.as_of)

    def __getitem__(self, index: int) -> dict:
        if self._list is None:
            self._list = list(self)
        return self._list[index]

    def __eq__(self, other: object) -> bool:
        return list(self) == other


def post_provision(session: Session, agency: Agency, as_of: dt.date, actor: str = "system") -> Valuation:
    """Book the provision as of the date and its reversal on the first day of the next period. Once per agency
    and date: posting the same date again changes nothing."""
    val = value(session, agency, as_of, with_items=False)
    if val.posted is not None:
        return val
    agency_id = _agency_id(agency)
    expected = accounts.account(agency.accounts, "bad_debt_expected")
    allowance = accounts.account(agency.accounts, "allowance")
    reversal_date = next_period_start(as_of)
    prov = Provision(agency_id=agency_id, date=as_of, amount=val.provision, reversal_date=reversal_date,
                     details={"buckets": val.rows, "collection": val.collection}, actor=actor)
    vouchers: list[Voucher] = []
    if val.provision != 0:
        v1 = ledger.post(session, agency_id, as_of, texts.text(agency.language, "provision", d=as_of), "provision",
                         None, [ledger.Entry(expected, val.provision), ledger.Entry(allowance, -val.provision)])
        v2 = ledger.post(session, agency_id, reversal_date, texts.text(agency.language, "provision_reversal", d=as_of),
                         "provision_reversal", None,
                         [ledger.Entry(allowance, val.provision), ledger.Entry(expected, -val.provision)])
        prov.voucher_id, prov.reversal_voucher_id = v1.id, v2.id
        vouchers = [v1, v2]
    session.add(prov)
    session.flush()
    for v in vouchers:  # the provision's id is known now
        v.source_id = prov.id
    audit.record(session, actor, "valuation.provision", "agency", agency_id, agency_id, "period",
                 date=as_of, amount=val.provision, reversal_date=reversal_date)
    session.flush()
    val.posted = prov
    return val


def write_off(session: Session, invoice: Invoice, reason: str, actor: str = "system",
              date: dt.date | None = None) -> WriteOff:
    """Write off a confirmed loss: the invoice's whole open amount; VAT part back from output VAT; what the
    invoice still holds in deferred income closed in the same voucher (see the module docstring)."""
    if not reason or not reason.strip():
        raise ValidationError("a write-off needs a reason", "reason")
    if invoice.kind == "credit_note":
        raise DomainError(f"credit note {invoice.number} cannot be written off")
    if invoice.status != "issued" or invoice.open_amount <= 0:
        raise DomainError(f"invoice {invoice.number or invoice.id} is {invoice.status} with "
                          f"{money_str(invoice.open_amount)} open; nothing to write off")
    date = date or dt.date.today()
    if date < invoice.invoice_date:
        raise ValidationError(f"write-off date {date} is before the invoice date {invoice.invoice_date}", "date")
    agency = lookups.agency_of(session, invoice)
    agency_id, invoice_id = _agency_id(agency), _persisted(invoice)
    amount = invoice.open_amount
    unpaid_fees = fees.open_fees(session, invoice)  # outside the scope of VAT: no VAT is taken back on them
    price = amount - unpaid_fees
    entries: list[ledger.Entry] = []
    vat_amount = ZERO
    if invoice.vat_total != 0 and invoice.total != 0:
        for grp in lookups.vat_breakdown(session, invoice):
            if grp.vat == 0:
                continue
            part = round_money(price * grp.vat / invoice.total)
            vat_amount += part
            entries.append(ledger.Entry(accounts.vat_account(agency.accounts, grp.rate), part,
                                        text=texts.text(agency.language, "vat_adjustment", rate=pct_str(grp.rate))))
    deferred = accruals.closing(session, invoice, date)
    loss = amount - vat_amount
    against_loss = min(deferred.released, loss)  # never-earned income is no loss; any excess was paid for
    entries.insert(0, ledger.Entry(accounts.account(agency.accounts, "bad_debt_confirmed"), loss - against_loss))
    entries.append(ledger.Entry(ledger.ar_account(agency), -amount, invoice.id, invoice.customer_id))
    entries += deferred.entries(keep=deferred.released - against_loss, lang=agency.language)
    voucher = ledger.post(session, agency_id, date, texts.text(agency.language, "credit_loss", n=invoice.number),
                          accruals.CLOSED_BY, invoice.id, entries)
    deferred.mark(session, voucher)
    wo = WriteOff(agency_id=agency_id, invoice_id=invoice_id, date=date, amount=amount, vat_amount=vat_amount,
                  reason=reason.strip(), actor=actor, voucher_id=voucher.id)
    invoice.open_amount = ZERO
    invoice.status = "written_off"
    session.add_all([wo, invoice])
    audit.record(session, actor, "invoice.write_off", "invoice", invoice.id, agency_id, "period",
                 number=invoice.number, reason=reason.strip(), amount=amount, vat=vat_amount, fees=unpaid_fees,
                 date=date,
                 voucher=voucher.number, deferred_recognised=deferred.recognised,
                 deferred_released=deferred.released)
    session.flush()
    return wo
