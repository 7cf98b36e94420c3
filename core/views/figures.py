"""The dashboard's figures over a set of agencies, each one aggregate query. The invoice figures (ageing, source,
channel) read the invoice summary the database keeps (core.billing.summary: a few thousand rows per agency
however many invoices there are), never the invoices themselves; "issued today" reads the invoices through the
issued_at index. Ageing uses the same buckets as the ageing report and the valuation
(core.kernel.vocabulary.AGE_BUCKETS), per agency and currency — amounts in different currencies are never added
up."""
from __future__ import annotations

import datetime as dt
import functools
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
from core.requests.lifecycle import ISSUED
from core.requests.models import InvoiceRequest

_inv = Invoice.__table__.c
WAITING = ("waiting_for_answer", "needs_review", "held", "ready")
# the clarification queue's kinds (web/views/queue.py) and the statuses each lists; the dashboard's tiles count
# the same (`queue_condition`), so the figure on a tile is the number of rows its list shows
QUEUE_KINDS: dict[str, tuple[str, ...]] = {"": WAITING, "questions": ("waiting_for_answer",),
                                           "review": ("needs_review",), "held": ("held",)}


# The statements are built once per set of agencies and run with their values (the day, a period): building
# and compiling the dashboard's statements again on every request cost more CPU than running them.

@functools.lru_cache(maxsize=256)
def _figures_statement(agency_ids: tuple[int, ...]) -> sa.Select[Any]:
    led = summary.ledger(agency_ids)
    bucket = sa.case((led.c.open_issued.is_(True), age_buckets.bucket_sql_bound(led.c.due_date))).label("bucket")
    keys = (led.c.agency_id, led.c.currency, led.c.kind, led.c.source, led.c.channel, led.c.numbered, bucket)
    return sa.select(*keys, sa.func.sum(led.c.n), sa.func.sum(led.c.open_amount)).group_by(*keys)


_CODES = sa.select(Agency.__table__.c.id, Agency.__table__.c.code)


def _ids(agency_ids: Collection[int]) -> tuple[int, ...]:
    return tuple(sorted(agency_ids))


def _count(session: Session, statement: sa.Select[Any], params: dict[str, Any] | None = None) -> int:
    """A count statement built once (above) run with its values, as plain rows."""
    return int(session.connection().execute(statement, params or {}).scalar_one())


def invoice_figures(session: Session, agency_ids: Collection[int], today: dt.date) -> dict[str, Any]:
    """The dashboard's invoice figures in one query over the summary: "ageing" (see `ageing`), "by_source" and
    "by_channel" (see those)."""
    summary.maybe_compact(session)
    conn = session.connection()
    codes = dict(conn.execute(_CODES).all())
    aged: dict[tuple[int, str], dict[str, Any]] = {}
    sources: dict[str, int] = {}
    channels: dict[str, int] = {}
    rows = conn.execute(_figures_statement(_ids(agency_ids)), age_buckets.bucket_bounds(today))
    for agency_id, currency, kind, source, channel, numbered, name, count, amount in rows:
        count, amount = int(count or 0), Decimal(amount or 0)
        if numbered and kind == "invoice":
            sources[source or "—"] = sources.get(source or "—", 0) + count
        if numbered and kind != "credit_note":
            channels[str(channel)] = channels.get(str(channel), 0) + count
        if name is None or not (count or amount):
            continue
        r = aged.setdefault((agency_id, currency), {"agency": codes.get(agency_id, "?"), "agency_id": agency_id,
                                                    "currency": currency,
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
    return _count(session, _issued_statement(_ids(agency_ids)), {"start": start, "end": end})


@functools.lru_cache(maxsize=256)
def _issued_statement(agency_ids: tuple[int, ...]) -> sa.Select[Any]:
    # `agency_id + 0`: not an index term, so SQLite (without statistics) reads the day through ix_invoice_issued_at
    # instead of every invoice of the agencies
    at = _inv.issued_at
    return (sa.select(sa.func.count()).select_from(Invoice.__table__)
            .where((_inv.agency_id + 0).in_(list(agency_ids)), at >= sa.bindparam("start", type_=at.type),
                   at < sa.bindparam("end", type_=at.type)))


def by_source(session: Session, agency_ids: Collection[int]) -> dict[str, int]:
    """Issued invoices (not credit notes or interest invoices) per source: email, api, web, cli, file…"""
    return dict(invoice_figures(session, agency_ids, dt.date.today())["by_source"])


def by_channel(session: Session, agency_ids: Collection[int]) -> dict[str, int]:
    """Issued documents (credit notes aside) per delivery channel; undelivered ones count as what they will get:
    peppol when the customer has a Peppol id, else print (the summary's channel)."""
    return dict(invoice_figures(session, agency_ids, dt.date.today())["by_channel"])


def queue_condition(kind: str = "") -> sa.ColumnElement[bool]:
    """The requests the clarification queue lists under `kind` (QUEUE_KINDS): of its statuses, all but a held or
    ready request whose invoice is issued already (its request follows the invoice: core.requests.lifecycle)."""
    r_t, i_t = InvoiceRequest.__table__.c, Invoice.__table__.c
    settled = sa.and_(r_t.status.in_(("held", "ready")), r_t.invoice_id.in_(
        sa.select(i_t.id).where(i_t.status.in_(ISSUED))))
    return sa.and_(r_t.status.in_(QUEUE_KINDS[kind]), sa.not_(settled))


def requests_waiting(session: Session, agency_ids: Collection[int], kind: str = "") -> int:
    """The number of requests the queue lists under `kind` ("questions": those waiting for an answer)."""
    return _count(session, _waiting_statement(_ids(agency_ids), kind))


@functools.lru_cache(maxsize=256)
def _waiting_statement(agency_ids: tuple[int, ...], kind: str) -> sa.Select[Any]:
    r_t = InvoiceRequest.__table__.c
    return sa.select(sa.func.count()).where(r_t.agency_id.in_(list(agency_ids)), queue_condition(kind))


def quarantined(session: Session, agency_ids: Collection[int], unassigned_too: bool) -> int:
    return _count(session, _quarantined_statement(_ids(agency_ids), unassigned_too))


@functools.lru_cache(maxsize=256)
def _quarantined_statement(agency_ids: tuple[int, ...], unassigned_too: bool) -> sa.Select[Any]:
    m = InboundMessage.__table__.c
    mine: sa.ColumnElement[bool] = m.agency_id.in_(list(agency_ids))
    if unassigned_too:
        mine = sa.or_(mine, m.agency_id.is_(None))
    return sa.select(sa.func.count()).where(mine, m.status == "quarantined")
