"""Runs: reminder, interest and collection runs — preview (dry run), execute, history. The runs themselves are
core.runs.reminders / interest_run / collection (claimed once through core.platform.claims)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import col

from core.kernel.errors import DomainError
from core.platform.models import RunRecord
from core.runs import collection, interest_run, reminders
from web import data
from web.access import staff_required

bp = Blueprint("runs", __name__, url_prefix="/runs")
# the runs take a date, except interest, which takes a period (YYYY-MM)
KINDS: dict[str, Callable[..., dict[str, Any]]] = {"reminders": reminders.run, "interest": interest_run.run,
                                                   "collection": collection.run}


def _call(kind: str, agency_code: str, when: str, dry_run: bool) -> dict[str, Any]:
    """Interest runs are per period (YYYY-MM), the others per day."""
    when_arg: str | dt.date
    if kind == "interest":
        when_arg = when or dt.date.today().strftime("%Y-%m")
    else:
        when_arg = dt.date.fromisoformat(when) if when else dt.date.today()
    return KINDS[kind](agency_code, when_arg, dry_run=dry_run, actor=current_user.username,
                       url=current_app.config.get("DATABASE_URL"))


@bp.get("/")
@staff_required
def index() -> str:
    history = data.db().exec(data.scoped(RunRecord).order_by(col(RunRecord.id).desc()).limit(100)).all()
    preview = None
    kind = request.args.get("kind") or ""
    agency_id = request.args.get("agency", type=int)
    when = (request.args.get("when") or "").strip()
    if kind in KINDS and agency_id:
        agency = data.agency(agency_id)
        try:
            preview = _call(kind, agency.code, when, dry_run=True)
        except (DomainError, ValueError) as exc:
            flash(str(exc), "error")
    return render_template("web/runs.html", history=history, preview=preview, kinds=KINDS,
                           agencies=data.agencies(), f_kind=kind, f_agency=agency_id, f_when=when,
                           codes={a.id: a.code for a in data.agencies()})


@bp.post("/execute")
@staff_required
def execute() -> ResponseReturnValue:
    kind = request.form.get("kind") or ""
    agency = data.agency(request.form.get("agency"))
    when = (request.form.get("when") or "").strip()
    if kind not in KINDS:
        flash(_("Choose a run."), "error")
        return redirect(url_for("runs.index"))
    try:
        result = _call(kind, agency.code, when, dry_run=False)
        flash(_("Run done: %(s)s", s=", ".join(f"{k}={v}" for k, v in (result or {}).items()
                                                if isinstance(v, (int, str)) and k != "agency")[:300]), "ok")
    except (DomainError, ValueError) as exc:
        flash(str(exc), "error")
    return redirect(url_for("runs.index"))
