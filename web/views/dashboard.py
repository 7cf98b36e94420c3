"""Dashboard: what needs attention today, with charts."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, render_template
from flask_babel import get_locale
from flask_babel import gettext as _
from markupsafe import Markup

from core.kernel.money import ZERO
from web import charts, fmt, stats

bp = Blueprint("dashboard", __name__)


def bucket_names() -> dict[str, str]:
    """The age buckets in words (the same buckets as the ageing report), kept per locale: the catalog does not
    change while the process runs, and Flask-Babel's lookups cost a fiftieth of the dashboard."""
    loc = str(get_locale() or "")
    names = _BUCKET_NAMES.get(loc)
    if names is None:
        names = {"not_due": _("Not yet due"), "1-30": _("1–30 days"), "31-60": _("31–60 days"),
                 "61-90": _("61–90 days"), "91-180": _("91–180 days"), "181-365": _("181–365 days"),
                 ">365": _("Over a year")}
        _BUCKET_NAMES[loc] = names
    return dict(names)


_BUCKET_NAMES: dict[str, dict[str, str]] = {}


def _ageing_per_currency(ageing: list[dict[str, Any]]) -> list[tuple[str, Markup]]:
    """One chart per currency: SEK and EUR are never drawn on one scale."""
    names = bucket_names()
    out = []
    for cur in sorted({r["currency"] for r in ageing}):
        rows = [r for r in ageing if r["currency"] == cur]
        bars = [(names[b], sum((r[b] for r in rows), ZERO)) for b, _lo, _hi in stats.BUCKETS]
        out.append((cur, charts.bar_chart(bars, _("Open amount by age") + f" ({cur})", fmt=fmt.money)))
    return out


@bp.get("/")
def index() -> str:
    today = dt.date.today()
    ageing = stats.ageing(today)
    overdue = stats.overdue_by_agency(today, ageing)
    auto = stats.automation_rate()
    einv = stats.einvoice_share()
    ageing_charts = _ageing_per_currency(ageing)
    return render_template(
        "web/dashboard.html",
        open_questions=stats.open_questions(), waiting=stats.requests_waiting(), quarantined=stats.quarantined(),
        issued_today=stats.issued_on(today), overdue=overdue, auto=auto, einv=einv,
        overdue_charts=[(cur, charts.bar_chart([(a, v) for a, v, c, _id in overdue if c == cur],
                                               _("Overdue amount by agency") + f" ({cur})", fmt=fmt.money))
                        for cur in sorted({c for _a, _v, c, _id in overdue})],
        ageing_charts=ageing_charts,
        auto_chart=charts.gauge(auto["share"], _("Automation rate"), fmt=fmt.percent),
        einv_chart=charts.gauge(einv["share"], _("E-invoice share"), fmt=fmt.percent))
