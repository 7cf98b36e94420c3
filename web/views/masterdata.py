"""Master-data approvals: the register changes agencies asked for (new or changed articles and customers, e-invoice
addresses; core.requests.masterdata) waiting for a clerk, shown with their values in words, approved into the
register (a new version with before/after, audited) or rejected with a reason — what `reskontra masterdata
list|approve|reject` does. A clerk sees only the changes of the agencies they work for."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlmodel import col

from core.kernel.errors import DomainError
from core.requests import masterdata, masterdata_apply
from core.requests.models import ChangeRequest
from core.views import keyset
from web import data, paging
from web.access import staff_required
from web.actions import attempt

bp = Blueprint("masterdata", __name__, url_prefix="/registers/changes")
STATUSES = ("pending_approval", "waiting_for_answer", "applied", "rejected")
ENTITIES = {"article": _l("Article"), "customer": _l("Customer"), "einvoice_address": _l("E-invoice address")}
ACTIONS = {"create": _l("new"), "update": _l("change")}
KEYS = keyset.Keys(col(ChangeRequest.id))  # newest first, paged by keyset (core.views.keyset)


def _change(change_id: int) -> ChangeRequest:
    found = data.db().exec(data.scoped(ChangeRequest).where(col(ChangeRequest.id) == change_id)).first()
    if found is None:
        abort(404)
    return found


@bp.get("/")
@staff_required
def index() -> str:
    status = request.args.get("status", "pending_approval")
    q = data.scoped(ChangeRequest)
    if status in STATUSES:
        q = q.where(ChangeRequest.status == status)
    page = keyset.page(data.db(), q, KEYS, *paging.cursor())
    compared = {c.id: masterdata_apply.compared(data.db(), c) for c in page.rows}  # old beside new, per field
    return render_template("web/changes.html", changes=page.rows, page=page, args=paging.kept_args(), status=status,
                           statuses=STATUSES, compared=compared,
                           entities=ENTITIES, actions=ACTIONS, codes={a.id: a.code for a in data.agencies()})


@bp.post("/<int:change_id>/approve")
@staff_required
def approve(change_id: int) -> ResponseReturnValue:
    change = _change(change_id)
    done, version = attempt(lambda: masterdata.approve_change(data.db(), change_id, current_user.username),
                            errors=(DomainError, ValueError))
    if done:
        flash(_("Change %(token)s applied to the register (version %(v)s).", token=change.token,
                v=version.version), "ok")
    return redirect(url_for("masterdata.index"))


@bp.post("/<int:change_id>/reject")
@staff_required
def reject(change_id: int) -> ResponseReturnValue:
    change = _change(change_id)
    reason = (request.form.get("reason") or "").strip()
    done, _c = attempt(lambda: masterdata.reject_change(data.db(), change_id, current_user.username, reason),
                       errors=(DomainError, ValueError))
    if done:
        flash(_("Change %(token)s rejected.", token=change.token), "ok")
    return redirect(url_for("masterdata.index"))
