"""Runs: reminder, interest and collection runs — preview (dry run), execute, history. The runs themselves are
core.reminders / core.interest_run / core.collection (claimed once in core.runs)."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from core.errors import DomainError
from web import data
from web.access import staff_required
from web.integrations import optional

bp = Blueprint("runs", __name__, url_prefix="/runs")
KINDS = {"reminders": "core.reminders", "interest": "core.interest_run", "collection": "core.collection"}


def _call(kind: str, agency_code: str, when: str, dry_run: bool) -> dict:
    fn = optional(KINDS[kind], "run")
    if fn is None:
        raise DomainError(f"TODO(integration): {KINDS[kind]}.run is not available yet")
    url = current_app.config.get("DATABASE_URL")
    if kind == "interest":
        return fn(agency_code, when or dt.date.today().strftime("%Y-%m"), dry_run=dry_run,
                  actor=current_user.username, url=url)
    day = dt.date.fromisoformat(when) if when else dt.date.today()
    return fn(agency_code, day, dry_run=dry_run, actor=current_user.username, url=url)


@bp.get("/")
@staff_required
def index():  # noqa: ANN201
    try:
        from core.models.runs import RunRecord
        history = data.db().exec(data.scoped(RunRecord).order_by(RunRecord.id.desc()).limit(100)).all()
    except ImportError:
        history = []
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
    available = {k: optional(m, "run") is not None for k, m in KINDS.items()}
    return render_template("web/runs.html", history=history, preview=preview, kinds=KINDS, available=available,
                           agencies=data.agencies(), f_kind=kind, f_agency=agency_id, f_when=when,
                           codes={a.id: a.code for a in data.agencies()})


@bp.post("/execute")
@staff_required
def execute():  # noqa: ANN201
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
