"""Dashboard: what needs attention today, with charts."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, render_template
from flask_babel import gettext as _

from web import charts, fmt, stats

bp = Blueprint("dashboard", __name__)


@bp.get("/")
def index() -> str:
    today = dt.date.today()
    overdue = stats.overdue_by_agency(today)
    auto = stats.automation_rate()
    einv = stats.einvoice_share()
    ageing = stats.ageing(today)
    one_currency = len({r["currency"] for r in ageing}) <= 1  # amounts in different currencies are not added up
    ageing_chart = charts.bar_chart([(b, sum((r[b] for r in ageing), 0)) for b, _lo, _hi in stats.BUCKETS],
                                    _("Open amount by age"), fmt=fmt.money) if one_currency else None
    return render_template(
        "web/dashboard.html",
        open_questions=stats.open_questions(), waiting=stats.requests_waiting(), quarantined=stats.quarantined(),
        issued_today=stats.issued_on(today), overdue=overdue, auto=auto, einv=einv,
        overdue_chart=charts.bar_chart([(f"{a} ({c})", v) for a, v, c in overdue], _("Overdue amount by agency"),
                                       fmt=fmt.money),
        ageing_chart=ageing_chart,
        auto_chart=charts.gauge(auto["share"], _("Automation rate"), fmt=fmt.percent),
        einv_chart=charts.gauge(einv["share"], _("E-invoice share"), fmt=fmt.percent))
