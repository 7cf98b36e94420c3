"""Runs: reminder, interest and collection runs — preview (dry run), then queue the run as a job that a worker
process does (core.runs.run_jobs), with a page that shows its progress and then what it made; history. The runs
themselves are core.runs.reminders / interest_run / collection (claimed once through core.platform.claims). A run
that exists already for the date is shown as such before anything is pressed."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlmodel import col

from core.kernel.errors import DomainError
from core.platform import claims
from core.platform.models import Job, RunRecord
from core.registers import register as registers
from core.runs import collection, interest_run, reminders, run_jobs
from core.views import keyset
from web import data, fmt, paging, typed_dates
from web.access import staff_required
from web.labels import error_text

bp = Blueprint("runs", __name__, url_prefix="/runs")
# the runs take a date, except interest, which takes a period (YYYY-MM)
KINDS: dict[str, Callable[..., dict[str, Any]]] = {"reminders": reminders.run, "interest": interest_run.run,
                                                   "collection": collection.run}
# runs without a dry-run mode of their own: their preview lists what they would take (core.runs.run_jobs)
PREVIEWS: dict[str, Callable[..., dict[str, Any]]] = {"delivery": run_jobs.delivery_preview,
                                                      "batch": run_jobs.batch_preview}
ALL_KINDS = (*KINDS, *PREVIEWS)
KEYS = keyset.Keys(col(RunRecord.id))  # the history, newest first, paged by keyset (core.views.keyset)


def _when(kind: str, when: str) -> str:
    """The run's date (ISO) or, for interest, its period (YYYY-MM); today, or for interest the last month that has
    ended, when none is given."""
    if kind == "interest":
        return typed_dates.parse_month(when) if when else (dt.date.today().replace(day=1) - dt.timedelta(days=1))\
            .strftime("%Y-%m")
    return (typed_dates.parse_day(when) if when else dt.date.today()).isoformat()


def early_warning(kind: str, key: str) -> str:
    """A warning in words before a run that is early (empty when it is not). An interest run charges its period
    once (core.runs.interest_run claims it): made for the month under way — until now the page's default — it
    charged only the payments seen so far, and the rest of the month was never charged. A reminder or collection
    run for a future day dates its reminders and fees on that day. The run stays possible (the CLI, the scheduler
    and a deliberate clerk), the warning is shown before anything is pressed."""
    today = dt.date.today()
    if kind == "interest":
        year, month = (int(x) for x in key.split("-"))
        if (year, month) >= (today.year, today.month):
            text = _("%(m)s has not ended: run now, the interest run charges only the payments made so far, and "
                     "the month cannot be run again.", m=typed_dates.month_words(key))
            return text[:1].upper() + text[1:]  # "november 2026 …" begins the sentence
    elif kind in KINDS and dt.date.fromisoformat(key) > today:
        return _("%(d)s is in the future: the run dates its reminders and fees on that day.", d=fmt.date(key))
    return ""


def _call(kind: str, agency_code: str, when: str, dry_run: bool) -> dict[str, Any]:
    """Interest runs are per period (YYYY-MM), the others per day."""
    key = _when(kind, when)
    if kind in PREVIEWS:
        return PREVIEWS[kind](data.db(), registers.agency_by_code(data.db(), agency_code))
    when_arg: str | dt.date = key if kind == "interest" else dt.date.fromisoformat(key)
    return KINDS[kind](agency_code, when_arg, dry_run=dry_run, actor=current_user.username,
                       url=current_app.config.get("DATABASE_URL"))


@bp.get("/")
@staff_required
def index() -> str:
    cursor, backwards = paging.cursor()
    history = keyset.page(data.db(), data.scoped(RunRecord), KEYS, cursor, backwards)
    preview, existing, active, early = None, None, None, ""
    kind = request.args.get("kind") or ""
    agency_id = request.args.get("agency", type=int)
    when = (request.args.get("when") or "").strip()
    # a page of the history only reads the history: its links keep the form's choice (shown, not run again) —
    # a reminder run's preview over a large agency takes seconds, and re-running it per page surprised the clerk
    if kind in ALL_KINDS and agency_id and cursor is None:
        agency = data.agency(agency_id)
        try:
            key = _when(kind, when)
            early = early_warning(kind, key)
            existing = claims.find(data.db(), kind, agency.code, key)
            job_key = f"{kind}|{agency.code}|{key}"
            active = data.db().exec(data.scoped(Job).where(col(Job.active_key) == job_key)).first()
            preview = _call(kind, agency.code, when, dry_run=True)
        except (DomainError, ValueError) as exc:
            flash(error_text(exc), "error")
    # the runs queued from this page (a delivery or an invoicing slot has no claim record in the history above):
    # a clerk who left the progress page finds the result here
    recent = data.db().exec(data.scoped(Job).where(col(Job.kind).in_(ALL_KINDS))
                            .order_by(col(Job.id).desc()).limit(20)).all()
    return render_template("web/runs.html", history=history.rows, history_page=history, args=paging.kept_args(),
                           preview=preview, kinds=ALL_KINDS, existing=existing,
                           recent_jobs=recent,
                           active=active, agencies=data.agencies(), f_kind=kind, f_agency=agency_id, f_when=when,
                           codes={a.id: a.code for a in data.agencies()}, labels=column_labels(),
                           currencies={a.id: a.currency for a in data.agencies()},
                           missing_rates_text=missing_rates_text, early=early)


@bp.post("/execute")
@staff_required
def execute() -> ResponseReturnValue:
    """Queue the run for a worker (a second click, or a run already queued, shows the job under way)."""
    kind = request.form.get("kind") or ""
    agency = data.agency(request.form.get("agency"))
    when = (request.form.get("when") or "").strip()
    if kind not in ALL_KINDS:
        flash(_("Choose a run."), "error")
        return redirect(url_for("runs.index"))
    try:
        job, new = run_jobs.queue_run(data.db(), kind, agency, _when(kind, when), current_user.username)
        data.db().commit()
    except (DomainError, ValueError) as exc:
        data.db().rollback()
        flash(error_text(exc), "error")  # back to the preview the clerk came from
        return redirect(url_for("runs.index", kind=kind, agency=agency.id, when=when))
    if not new:
        flash(_("This run is already queued or running; here is its progress."), "info")
    return redirect(url_for("runs.job", job_id=job.id))


def column_labels() -> dict[str, str]:
    """Plain words for the columns of a run's result (never the internal key)."""
    return {"invoice": _("Invoice"), "customer": _("Customer"), "due_date": _("Due date"),
            "open_amount": _("Open amount"), "fee": _("Reminder fee"), "reminder_no": _("Reminder no."),
            "reason": _("Reason"), "number": _("Invoice"), "total": _("Total"), "principal": _("Principal"),
            "interest": _("Interest"), "case": _("Case"), "amount": _("Amount"), "status": _("Status"),
            "from": _("From"), "to": _("To"), "currency": _("Currency"), "count": _("Documents"),
            "total_fees": _("Reminder fees"), "date": _("Date"), "period": _("Period"),
            "below_threshold": _("Below the threshold"), "channel": _("Channel"), "slot": _("Invoicing slot"),
            "documents": _("Documents"), "country": _("Country"), "valid_from": _("Valid from"),
            "threshold": _("Threshold"), "claim": _("Claim"), "fees": _("Fees")}


def missing_rates_text(rows: list[dict[str, Any]]) -> str:
    """The half-years an interest run waits for ("SE från 2026-07-01, 3 fakturor"): the run's held message is the
    core's English with a command line in it; a clerk read a table headed `missing_rates`."""
    return "; ".join(ngettext("%(country)s from %(day)s, %(n)s invoice", "%(country)s from %(day)s, %(n)s invoices",
                              len(r.get("invoices") or []), country=r.get("country", ""),
                              day=fmt.date(str(r.get("valid_from", ""))), n=len(r.get("invoices") or []))
                     for r in rows)


@bp.get("/jobs/<int:job_id>")
@staff_required
def job(job_id: int) -> str:
    found = data.db().exec(data.scoped(Job).where(col(Job.id) == job_id)).first()
    if found is None:
        abort(404)
    return render_template("web/run_job.html", job=found, codes={a.id: a.code for a in data.agencies()},
                           currencies={a.id: a.currency for a in data.agencies()},
                           labels=column_labels(), missing_rates_text=missing_rates_text)

