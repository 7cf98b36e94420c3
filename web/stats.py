"""Figures for the dashboard and the reports, always over the user's agencies (web.data gives their ids); each
is one aggregate query in core.views.figures, so the dashboard costs the same with a thousand invoices or a
million. The age buckets are the ageing report's (core.kernel.vocabulary.AGE_BUCKETS)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from flask import g

from core.kernel.clock import utc_day
from core.kernel.money import ZERO
from core.kernel.vocabulary import AGE_BUCKETS
from core.views import figures
from web import data

BUCKETS = AGE_BUCKETS


def _invoice_figures(today: dt.date | None = None) -> dict[str, Any]:
    """The summary's figures over the user's agencies, read once per request (one query)."""
    day = today or dt.date.today()
    cache = g.setdefault("invoice_figures", {})
    if day not in cache:
        cache[day] = figures.invoice_figures(data.db(), data.agency_ids(), day)
    return dict(cache[day])


def ageing(today: dt.date | None = None, agency_id: int | None = None) -> list[dict[str, Any]]:
    """Open amount per agency, currency and bucket (days past due)."""
    if agency_id is None:
        return list(_invoice_figures(today)["ageing"])
    return figures.ageing(data.db(), data.agency_ids() & {agency_id}, today or dt.date.today())


def overdue_by_agency(today: dt.date | None = None, aged: list[dict[str, Any]] | None = None
                      ) -> list[tuple[str, Decimal, str, int]]:
    """Overdue amount per agency and currency: the ageing's buckets past due (`aged`: an ageing already read),
    with the agency's id (the dashboard links each to the agency's overdue list, whose open total it is)."""
    rows = ageing(today) if aged is None else aged
    return [(r["agency"], sum((r[b] for b, lo, _ in BUCKETS if lo), ZERO), r["currency"], r["agency_id"])
            for r in rows]


def issued_on(day: dt.date) -> int:
    """Invoices issued that day: the invoice list's `issued` filter counts the same (core.kernel.clock.utc_day)."""
    return figures.issued_between(data.db(), data.agency_ids(), *utc_day(day))


def _share(part: int, total: int) -> Decimal | None:
    return Decimal(part) / total if total else None


def automation_rate() -> dict[str, Any]:
    """Issued invoices that came in by e-mail, API or file (no clerk keyed them in) over all issued invoices."""
    counts = _invoice_figures()["by_source"]
    total = sum(counts.values())
    auto = sum(n for src, n in counts.items() if src in ("email", "api", "file"))
    return {"automated": auto, "total": total, "share": _share(auto, total), "by_source": counts}


def einvoice_share() -> dict[str, Any]:
    """Issued invoices delivered (or deliverable) as e-invoices: Peppol / Finvoice."""
    counts = _invoice_figures()["by_channel"]
    total = sum(counts.values())
    e = sum(n for ch, n in counts.items() if ch in ("peppol", "finvoice"))
    return {"einvoice": e, "total": total, "share": _share(e, total), "by_channel": counts}


def open_questions() -> int:
    """Requests waiting for an answer: the rows of the queue's "Waiting for answers" list."""
    return figures.requests_waiting(data.db(), data.agency_ids(), "questions")


def requests_waiting() -> int:
    return figures.requests_waiting(data.db(), data.agency_ids())


def quarantined() -> int:
    return figures.quarantined(data.db(), data.agency_ids(), getattr(data.me(), "role", None) in ("admin", "clerk"))
