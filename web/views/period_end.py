"""Period end in the browser, per agency, as `reskontra period accruals|valuation --post` and `reskontra reconcile`
do: the month's accruals (deferred income recognised as revenue, previewed first, one voucher; a month booked again
books nothing twice — core.period.accruals), the valuation of receivables with the provision for doubtful ones
(booked with its reversal on the first day of the next period, once per date — core.period.valuation; K3 11.13 /
IFRS 9), and the reconciliation of the AR subledger against the AR ledger account with every difference
explained (core.period.reconciliation)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import Session

from core.kernel.errors import DomainError
from core.period import accruals, reconciliation, valuation
from core.platform.db import get_engine
from core.registers.models import Agency
from web import data, fmt, typed_dates
from web.access import staff_required
from web.actions import attempt
from web.labels import error_text

bp = Blueprint("period_end", __name__, url_prefix="/period")


def _day(name: str) -> dt.date:
    return typed_dates.day_or(request.values.get(name), dt.date.today()) or dt.date.today()


def _typed_month() -> str:
    return (request.values.get("month") or "").strip()


def _month() -> str:
    """The month typed the reader's way (2026-11, 11/2026, 11.2026, "marraskuu 2026") as its key YYYY-MM; last
    month when none is typed. A Finnish clerk who typed 11/2026 read "month: ei kuukausi (VVVV-KK)"."""
    text = _typed_month()
    if not text:
        return (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    return typed_dates.parse_month(text, "")


def _agency() -> Agency:
    aid = request.values.get("agency", type=int)
    return data.agency(aid) if aid else data.agencies()[0]


def _voucher(v: dict[str, Any] | None) -> str:
    return f'{v["series"]}{v["number"]} ({fmt.date(v["date"])})' if v else ""


@bp.get("/")
@staff_required
def index() -> str:
    agency, month, as_of = _agency(), _typed_month(), _day("date")
    preview, error = None, None
    try:
        month = _month()
        with Session(get_engine(), expire_on_commit=False) as s:  # the dry run writes nothing: rolled back
            own = s.get(Agency, agency.id)
            assert own is not None  # data.agency found it a moment ago
            preview = accruals.run(s, own, accruals.parse_month(month), dry_run=True).as_dict()
            s.rollback()
    except (DomainError, ValueError) as exc:
        error = error_text(exc)
    val = valuation.value(data.db(), agency, as_of, with_items=False).as_dict(data.db(), stream=True)
    rec = reconciliation.reconcile(data.db(), agency, as_of).as_dict()
    return render_template("web/period_end.html", agency=agency, agencies=data.agencies(), month=month,
                           as_of=as_of, accruals=preview, accruals_error=error, valuation=val, reconciliation=rec,
                           voucher=_voucher)


@bp.post("/accruals")
@staff_required
def book_accruals() -> ResponseReturnValue:
    agency, month = _agency(), _typed_month()
    done, result = attempt(lambda: accruals.run(data.db(), agency, accruals.parse_month(_month()),
                                                actor=current_user.username).as_dict(),
                           errors=(DomainError, ValueError))
    if done:
        if result["voucher"]:
            flash(_("Accruals of %(m)s booked: %(total)s in voucher %(v)s.", m=typed_dates.month_words(result["month"]),
                    total=fmt.money(result["total"], agency.currency),
                    v=_voucher(result["voucher"])), "ok")
        else:
            flash(_("Nothing to recognise for %(m)s (booked before, or no accrued invoices).",
                    m=typed_dates.month_words(result["month"])), "info")
    return redirect(url_for("period_end.index", agency=agency.id, month=month, date=_day("date").isoformat()))


@bp.post("/provision")
@staff_required
def book_provision() -> ResponseReturnValue:
    agency, as_of = _agency(), _day("date")
    done, val = attempt(lambda: valuation.post_provision(data.db(), agency, as_of, actor=current_user.username)
                        .as_dict(data.db(), stream=True), errors=(DomainError, ValueError))
    if done:
        flash(_("Provision for doubtful receivables of %(a)s booked in voucher %(v)s; reversed on %(r)s.",
                a=fmt.money(val["provision"], agency.currency), v=_voucher(val["voucher"]),
                r=fmt.date(val["reversal_date"])), "ok")
    return redirect(url_for("period_end.index", agency=agency.id, month=_typed_month(), date=as_of.isoformat()))
