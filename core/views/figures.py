"""The dashboard's figures over a set of agencies, each computed by one aggregate query in the database (a centre
has millions of invoices: nothing here loads rows into Python). Ageing uses the same buckets as the ageing report
and the valuation (core.kernel.vocabulary.AGE_BUCKETS), per agency and currency — amounts in different
currencies are never added up."""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.kernel.money import ZERO
from core.kernel.vocabulary import AGE_BUCKETS
from core.platform.models import InboundMessage
from core.registers.models import Agency
from core.requests.models import InvoiceRequest, Question

_inv = Invoice.__table__.c
WAITING = ("waiting_for_answer", "needs_review", "held", "ready")


def _bucket(today: dt.date) -> sa.ColumnElement[str]:
    """The age bucket of an invoice as SQL: compared on dates, so both databases compute it alike."""
    cases = []
    for name, _lo, hi in AGE_BUCKETS[:-1]:
        cases.append((_inv.due_date >= today - dt.timedelta(days=hi or 0), sa.literal(name)))
    return sa.case(*cases, else_=sa.literal(AGE_BUCKETS[-1][0]))


def ageing(session: Session, agency_ids: Collection[int], today: dt.date) -> list[dict[str, Any]]:
    """Open amount and count per agency, currency and bucket (days past the due date)."""
    bucket = _bucket(today).label("bucket")
    q = (sa.select(_inv.agency_id, _inv.currency, bucket, sa.func.sum(_inv.open_amount), sa.func.count())
         .where(_inv.agency_id.in_(list(agency_ids)), _inv.status == "issued", _inv.open_amount != 0)
         .group_by(_inv.agency_id, _inv.currency, bucket))
    codes = dict(session.execute(sa.select(Agency.__table__.c.id, Agency.__table__.c.code)).tuples().all())
    rows: dict[tuple[int, str], dict[str, Any]] = {}
    for agency_id, currency, name, amount, count in session.execute(q):
        r = rows.setdefault((agency_id, currency), {"agency": codes.get(agency_id, "?"), "currency": currency,
                                                    **{b: ZERO for b, _, _ in AGE_BUCKETS}, "total": ZERO,
                                                    "count": 0})
        r[name] += Decimal(amount or 0)
        r["total"] += Decimal(amount or 0)
        r["count"] += int(count)
    return sorted(rows.values(), key=lambda r: (r["agency"], r["currency"]))


def issued_between(session: Session, agency_ids: Collection[int], start: dt.datetime, end: dt.datetime) -> int:
    q = (sa.select(sa.func.count()).select_from(Invoice.__table__)
         .where(_inv.agency_id.in_(list(agency_ids)), _inv.issued_at >= start, _inv.issued_at < end))
    return int(session.execute(q).scalar_one())


def by_source(session: Session, agency_ids: Collection[int]) -> dict[str, int]:
    """Issued invoices (not credit notes or interest invoices) per source: email, api, web, cli, file…"""
    q = (sa.select(_inv.source, sa.func.count()).where(_inv.agency_id.in_(list(agency_ids)),
                                                       _inv.number.is_not(None), _inv.kind == "invoice")
         .group_by(_inv.source))
    return {(src or "—"): int(n) for src, n in session.execute(q)}


def by_channel(session: Session, agency_ids: Collection[int]) -> dict[str, int]:
    """Issued documents (credit notes aside) per delivery channel; undelivered ones count as what they will get:
    peppol when the customer has a Peppol id, else print."""
    has_peppol = Invoice.__table__.c.customer_snapshot["peppol_id"].as_string().is_not(None)
    channel = sa.case((_inv.delivery_channel.is_not(None), _inv.delivery_channel),
                      (has_peppol, sa.literal("peppol")), else_=sa.literal("print")).label("channel")
    q = (sa.select(channel, sa.func.count()).where(_inv.agency_id.in_(list(agency_ids)), _inv.number.is_not(None),
                                                   _inv.kind != "credit_note").group_by(channel))
    return {str(ch): int(n) for ch, n in session.execute(q)}


def open_questions(session: Session, agency_ids: Collection[int]) -> int:
    q_t, r_t = Question.__table__.c, InvoiceRequest.__table__.c
    q = (sa.select(sa.func.count()).select_from(Question.__table__.join(InvoiceRequest.__table__,
                                                                        r_t.id == q_t.request_id))
         .where(q_t.status == "open", r_t.agency_id.in_(list(agency_ids))))
    return int(session.execute(q).scalar_one())


def requests_waiting(session: Session, agency_ids: Collection[int]) -> int:
    r_t = InvoiceRequest.__table__.c
    q = sa.select(sa.func.count()).where(r_t.agency_id.in_(list(agency_ids)), r_t.status.in_(WAITING))
    return int(session.execute(q).scalar_one())


def quarantined(session: Session, agency_ids: Collection[int], unassigned_too: bool) -> int:
    m = InboundMessage.__table__.c
    mine: sa.ColumnElement[bool] = m.agency_id.in_(list(agency_ids))
    if unassigned_too:
        mine = sa.or_(mine, m.agency_id.is_(None))
    q = sa.select(sa.func.count()).where(mine, m.status == "quarantined")
    return int(session.execute(q).scalar_one())
