"""Figures for the dashboard and the reports, always over the user's agencies (web.data scopes every query)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import col

from core.billing.models import Invoice
from core.kernel.money import ZERO
from core.platform.models import InboundMessage
from core.requests.models import InvoiceRequest, Question
from web import data

BUCKETS = (("not_due", None, 0), ("1-30", 1, 30), ("31-60", 31, 60), ("61-90", 61, 90), ("90+", 91, None))


def open_invoices(agency_id: int | None = None) -> list[Invoice]:
    q = data.invoices().where(Invoice.status == "issued", Invoice.open_amount != 0)
    if agency_id:
        q = q.where(Invoice.agency_id == agency_id)
    return list(data.db().exec(q))


def ageing(today: dt.date | None = None, agency_id: int | None = None) -> list[dict]:
    """Open amount per agency and bucket (days past due)."""
    today = today or dt.date.today()
    codes = {a.id: (a.code, a.currency) for a in data.agencies()}
    rows: dict[int, dict] = {}
    for inv in open_invoices(agency_id):
        r = rows.setdefault(inv.agency_id, {"agency": codes[inv.agency_id][0], "currency": codes[inv.agency_id][1],
                                            **{b: ZERO for b, _, _ in BUCKETS}, "total": ZERO, "count": 0})
        days = (today - inv.due_date).days if inv.due_date else 0
        for name, lo, hi in BUCKETS:
            if (lo is None and days <= 0) or (lo is not None and days >= lo and (hi is None or days <= hi)):
                r[name] += inv.open_amount
        r["total"] += inv.open_amount
        r["count"] += 1
    return sorted(rows.values(), key=lambda r: r["agency"])


def overdue_by_agency(today: dt.date | None = None) -> list[tuple[str, Decimal, str]]:
    return [(r["agency"], sum((r[b] for b, lo, _ in BUCKETS if lo), ZERO), r["currency"]) for r in ageing(today)]


def issued_on(day: dt.date) -> int:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)
    q = data.invoices().where(col(Invoice.issued_at) >= start, col(Invoice.issued_at) < start + dt.timedelta(days=1))
    return len(data.db().exec(q).all())


def automation_rate() -> dict:
    """Issued invoices that came in by e-mail or API (no clerk keyed them in) over all issued invoices."""
    q = data.invoices().where(col(Invoice.number).is_not(None), Invoice.kind == "invoice")
    rows = data.db().exec(q).all()
    auto = sum(1 for i in rows if i.source in ("email", "api"))
    return {"automated": auto, "total": len(rows), "share": (Decimal(auto) / len(rows)) if rows else None,
            "by_source": _count(i.source for i in rows)}


def einvoice_share() -> dict:
    """Issued invoices delivered (or deliverable) as e-invoices: Peppol / Finvoice."""
    q = data.invoices().where(col(Invoice.number).is_not(None), Invoice.kind != "credit_note")
    rows = data.db().exec(q).all()

    def channel(i: Invoice) -> str:
        if i.delivery_channel:
            return i.delivery_channel
        return "peppol" if (i.customer_snapshot or {}).get("peppol_id") else "print"

    chans = [channel(i) for i in rows]
    e = sum(1 for c in chans if c in ("peppol", "finvoice"))
    return {"einvoice": e, "total": len(rows), "share": (Decimal(e) / len(rows)) if rows else None,
            "by_channel": _count(chans)}


def _count(values: Iterable[str | None]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v or "—"] = out.get(v or "—", 0) + 1
    return out


def open_questions() -> int:
    q = (sa.select(sa.func.count()).select_from(Question)
         .join(InvoiceRequest, col(InvoiceRequest.id) == col(Question.request_id))
         .where(col(Question.status) == "open", col(InvoiceRequest.agency_id).in_(sorted(data.agency_ids()))))
    return int(data.db().execute(q).scalar_one())


def requests_waiting() -> int:
    q = data.scoped(InvoiceRequest).where(col(InvoiceRequest.status).in_(("waiting_for_answer", "held", "ready")))
    return len(data.db().exec(q).all())


def quarantined() -> int:
    q = data.scoped_or_unassigned(InboundMessage).where(InboundMessage.status == "quarantined")
    return len(data.db().exec(q).all())
