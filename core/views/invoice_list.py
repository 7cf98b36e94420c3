"""The invoice list a clerk works with at any size: filters, keyset paging (never OFFSET over a million rows),
the count and the totals per currency of everything the filters match, and exact-identifier fast paths (an
invoice number, an OCR/RF reference, an organisation or customer number finds its invoices through an index
before any text search is tried). The caller passes the agencies the user may see; every query is limited to
them."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.registers.models import Agency, Customer

PAGE = 50
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


@dataclass
class Page:
    rows: list[Invoice]
    count: int
    totals: list[dict[str, Any]]  # per currency: currency, count, total, open
    next_cursor: str | None
    matched_by: str = "filters"  # or: number, reference, org_no, customer_number, name
    extra: dict[str, Any] = field(default_factory=dict)


def _customer_ids(session: Session, text: str) -> tuple[str, list[int]] | None:
    """Customers named exactly by an identifier (org/personal number or customer number), else by name prefix."""
    cust = Customer.__table__.c
    if re.fullmatch(r"\d{6,8}[-+]?\d{4}", text):
        digits = re.sub(r"\D", "", text)
        variants = {text, digits, f"{digits[:-4]}-{digits[-4:]}"}
        ids = list(session.execute(sa.select(cust.id).where(cust.org_no.in_(variants))).scalars())
        if ids:
            return "org_no", ids
    ids = list(session.execute(sa.select(cust.id).where(cust.customer_number == text)).scalars())
    if ids:
        return "customer_number", ids
    return None


def _text(session: Session, q: Any, text: str) -> tuple[Any, str]:
    """The query narrowed by the search text, and what the text was taken as."""
    compact = re.sub(r"\s", "", text)
    if session.execute(sa.select(_inv.id).where(_inv.number == text).limit(1)).first():
        return q.where(_inv.number == text), "number"
    if compact and session.execute(sa.select(_inv.id).where(_inv.reference == compact.upper()).limit(1)).first():
        return q.where(_inv.reference == compact.upper()), "reference"
    by_customer = _customer_ids(session, text)
    if by_customer:
        return q.where(_inv.customer_id.in_(by_customer[1])), by_customer[0]
    cust = Customer.__table__.c
    names = sa.select(cust.id).where(cust.name.ilike(f"{text}%"))  # a prefix: the name index can serve it
    refs = sa.or_(_inv.buyer_reference == text, _inv.order_reference == text)
    return q.where(sa.or_(_inv.customer_id.in_(names), refs)), "name"


def _filtered(session: Session, agency_ids: Collection[int], f: Filters, today: dt.date) -> tuple[Any, str]:
    ids = [a for a in agency_ids if f.agency_id in (None, a)]
    q = sa.select(Invoice.__table__).where(_inv.agency_id.in_(ids))
    matched = "filters"
    if f.text:
        q, matched = _text(session, q, f.text.strip())
    if f.status:
        q = q.where(_inv.status == f.status)
    if f.overdue:
        q = q.where(_inv.status == "issued", _inv.open_amount != 0, _inv.due_date < today)
    if f.customer_id:
        q = q.where(_inv.customer_id == f.customer_id)
    if f.date_from:
        q = q.where(_inv.invoice_date >= f.date_from)
    if f.date_to:
        q = q.where(_inv.invoice_date <= f.date_to)
    return q, matched


def _cursor(inv: Invoice) -> str:
    return f"{inv.invoice_date.isoformat()}_{inv.id}"


def _after(cursor: str | None) -> sa.ColumnElement[bool] | None:
    """Rows after the cursor in the list's order (newest invoice date first, then highest id)."""
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})_(\d+)", cursor or "")
    if not m:
        return None
    day, last_id = dt.date.fromisoformat(m.group(1)), int(m.group(2))
    return sa.or_(_inv.invoice_date < day, sa.and_(_inv.invoice_date == day, _inv.id < last_id))


def page(session: Session, agency_ids: Collection[int], f: Filters, cursor: str | None = None, size: int = PAGE,
         today: dt.date | None = None) -> Page:
    """One page of the list and the figures of everything the filters match."""
    q, matched = _filtered(session, agency_ids, f, today or dt.date.today())
    base = q.subquery()
    totals_q = (sa.select(base.c.currency, sa.func.count(), sa.func.sum(base.c.total), sa.func.sum(base.c.open_amount))
                .group_by(base.c.currency).order_by(base.c.currency))
    totals = [{"currency": cur, "count": int(n), "total": Decimal(t or 0), "open": Decimal(o or 0)}
              for cur, n, t, o in session.execute(totals_q)]
    after = _after(cursor)
    ids_q = q.with_only_columns(_inv.id)
    if after is not None:
        ids_q = ids_q.where(after)
    ids = list(session.execute(ids_q.order_by(_inv.invoice_date.desc(), _inv.id.desc()).limit(size + 1)).scalars())
    rows = list(session.exec(select(Invoice).where(col(Invoice.id).in_(ids[:size]))
                             .order_by(col(Invoice.invoice_date).desc(), col(Invoice.id).desc())))
    nxt = _cursor(rows[-1]) if len(ids) > size and rows else None
    return Page(rows, sum(t["count"] for t in totals), totals, nxt, matched)


EXPORT_COLUMNS = ["number", "kind", "agency", "customer", "invoice_date", "due_date", "status", "currency", "total",
                  "open_amount", "reference", "buyer_reference", "order_reference"]


def export_rows(session: Session, agency_ids: Collection[int], f: Filters, limit: int = 200_000,
                today: dt.date | None = None) -> list[list[Any]]:
    """Every invoice the filters match (up to `limit`), newest first, in EXPORT_COLUMNS order (for CSV/XLSX)."""
    q, _ = _filtered(session, agency_ids, f, today or dt.date.today())
    sub = q.subquery()
    ag = Agency.__table__.c
    rows = session.execute(sa.select(sub, ag.code.label("agency_code")).join(Agency.__table__, ag.id == sub.c.agency_id)
                           .order_by(sub.c.invoice_date.desc(), sub.c.id.desc()).limit(limit)).all()
    return [[r.number, r.kind, r.agency_code, (r.customer_snapshot or {}).get("name"), r.invoice_date, r.due_date,
             r.status, r.currency, r.total, r.open_amount, r.reference, r.buyer_reference, r.order_reference]
            for r in rows]
