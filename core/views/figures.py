"""The dashboard's figures over a set of agencies, each one aggregate query. The invoice figures (ageing, source,
channel) read the invoice summary the database keeps (core.billing.summary: a few thousand rows per agency
however many invoices there are), never the invoices themselves; "issued today" reads the invoices through the
issued_at index. Ageing uses the same buckets as the ageing report and the valuation
(core.kernel.vocabulary.AGE_BUCKETS), per agency and currency — amounts in different currencies are never added
up."""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing import summary
from core.billing.models import Invoice
from core.kernel.money import ZERO
from core.kernel.vocabulary import AGE_BUCKETS
from core.period import age_buckets
from core.platform.models import InboundMessage
from core.registers.models import Agency
from core.requests.models import InvoiceRequest, Question

_inv = Invoice.__table__.c
WAITING = ("waiting_for_answer", "needs_review", "held", "ready")


def _ledger(session: Session, agency_ids: Collection[int]) -> sa.Subquery:
    summary.maybe_compact(session)
    return summary.ledger(agency_ids)


def invoice_figures(session: Session, agency_ids: Collection[int], today: dt.date) -> dict[str, Any]:
    """The dashboard's invoice figures in one query over the summary: "ageing" (see `ageing`), "by_source" and
    "by_channel" (see those)."""
    led = _ledger(session, agency_ids)
    bucket = sa.case((led.c.open_issued.is_(True), age_buckets.bucket_sql(led.c.due_date, today))).label("bucket")
    keys = (led.c.agency_id, led.c.currency, led.c.kind, led.c.source, led.c.channel, led.c.numbered, bucket)
    q = sa.select(*keys, sa.func.sum(led.c.n), sa.func.sum(led.c.open_amount)).group_by(*keys)
    codes = dict(session.execute(sa.select(Agency.__table__.c.id, Agency.__table__.c.code)).all())
    aged: dict[tuple[int, str], dict[str, Any]] = {}
    sources: dict[str, int] = {}
    channels: dict[str, int] = {}
    for agency_id, currency, kind, source, channel, numbered, name, count, amount in session.execute(q):
        count, amount = int(count or 0), Decimal(amount or 0)
        if numbered and kind == "invoice":
            sources[source or "—"] = sources.get(source or "—", 0) + count
        if numbered and kind != "credit_note":
            channels[str(channel)] = channels.get(str(channel), 0) + count
        if name is None or not (count or amount):
            continue
        r = aged.setdefault((agency_id, currency), {"agency": codes.get(agency_id, "?"), "currency": currency,
                                                    **{b: ZERO for b, _, _ in AGE_BUCKETS}, "total": ZERO,
                                                    "count": 0})
        r[name] += amount
        r["total"] += amount
        r["count"] += count
    return {"ageing": sorted(aged.values(), key=lambda r: (r["agency"], r["currency"])),
            "by_source": {k: v for k, v in sources.items() if v},
            "by_channel": {k: v for k, v in channels.items() if v}}


def ageing(session: Session, agency_ids: Collection[int], today: dt.date) -> list[dict[str, Any]]:
    """Open amount and count per agency, currency and bucket (days past the due date) of the open issued
    invoices."""
    return list(invoice_figures(session, agency_ids, today)["ageing"])


def issued_between(session: Session, agency_ids: Collection[int], start: dt.datetime, end: dt.datetime) -> int:
    # `agency_id + 0`: not an index term, so SQLite (without statistics) reads the day through ix_invoice_issued_at
    # instead of every invoice of the agencies
    q = (sa.select(sa.func.count()).select_from(Invoice.__table__)
         .where((_inv.agency_id + 0).in_(list(agency_ids)), _inv.issued_at >= start, _inv.issued_at < end))
    return int(session.execute(q).scalar_one())


def by_source(session: Session, agency_ids: Collection[int]) -> dict[str, int]:
    """Issued invoices (not credit notes or interest invoices) per source: email, api, web, cli, file…"""
    return dict(invoice_figures(session, agency_ids, dt.date.today())["by_source"])


def by_channel(session: Session, agency_ids: Collection[int]) -> dict[str, int]:
    """Issued documents (credit notes aside) per delivery channel; undelivered ones count as what they will get:
    peppol when the customer has a Peppol id, else print (the summary's channel)."""
    return dict(invoice_figures(session, agency_ids, dt.date.today())["by_channel"])


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
