"""Administration: users (role, agencies), agencies' settings, API tokens per agency."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import col, select

from core.access import set_user_agencies, user_agency_ids
from core.kernel.errors import DomainError
from core.kernel.types import stored_id
from core.platform import audit
from core.platform.models import ApiToken, User
from core.registers.models import AgencySender
from web import data, users
from web.access import admin_required
from web.forms import AgencyForm, TokenForm, UserForm
from web.labels import error_text

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/users")
@admin_required
def user_list() -> str:
    rows = data.db().exec(select(User).order_by(User.username)).all()
    codes = {a.id: a.code for a in data.agencies()}
    assigned = {u.id: [codes.get(i, "?") for i in user_agency_ids(data.db(), stored_id(u))] for u in rows}
    return render_template("web/users.html", users=rows, assigned=assigned)


@bp.route("/users/new", methods=["GET", "POST"], defaults={"user_id": None})
@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@admin_required
def user_form(user_id: int | None) -> ResponseReturnValue:
    user = data.db().get(User, user_id) if user_id else None
    if user_id and user is None:
        return render_template("web/error.html", code=404, message="not_found"), 404
    form = UserForm(obj=user)
    form.agencies.choices = [(a.id, a.code) for a in data.agencies()]
    if request.method == "GET" and user is not None and user.id is not None:
        form.agencies.data = user_agency_ids(data.db(), user.id)
    if form.validate_on_submit():
        codes = {a.id: a.code for a in data.agencies()}
        try:
            if user is None:
                if not form.password.data:
                    raise DomainError(_("a new user needs a password"), "password")
                user = users.create_user(data.db(), form.username.data, form.password.data, form.role.data,
                                         [codes[i] for i in form.agencies.data], actor=current_user.username)
            else:
                user.role = form.role.data
                if user.active and not form.active.data:
                    users.end_sessions(data.db(), user)
                user.active = form.active.data
                if form.password.data:
                    users.set_password(data.db(), user, form.password.data, current_user.username)
                set_user_agencies(data.db(), user, form.agencies.data)
                audit.record(data.db(), current_user.username, "user.update", "user", user.id, None, "web",
                             role=user.role, agencies=[codes[i] for i in form.agencies.data], active=user.active)
            data.db().commit()
            flash(_("User saved."), "ok")
            return redirect(url_for("admin.user_list"))
        except DomainError as exc:
            data.db().rollback()
            name = (exc.field or "").split(".")[-1]
            name = "agencies" if name == "agency" else name
            if name in form:
                form[name].errors = list(form[name].errors) + [exc.message]
            else:
                flash(error_text(exc), "error")
    return render_template("web/user_form.html", form=form, u=user), (422 if form.errors else 200)


@bp.get("/agencies")
@admin_required
def agencies() -> str:
    return render_template("web/agencies.html", agencies=data.agencies())


@bp.route("/agencies/<int:agency_id>", methods=["GET", "POST"])
@admin_required
def agency_form(agency_id: int) -> ResponseReturnValue:
    agency = data.agency(agency_id)
    form = AgencyForm(obj=agency)
    senders = data.db().exec(select(AgencySender).where(AgencySender.agency_id == agency.id)).all()
    if request.method == "GET":
        form.allowed_senders.data = ", ".join(s.email for s in senders)
    if form.validate_on_submit():
        try:
            days = int(form.payment_terms_days.data)
            if not 0 <= days <= 365:
                raise ValueError
        except ValueError:
            form.payment_terms_days.errors = [_("a number of days between 0 and 365")]
        else:
            agency.name, agency.payment_terms_days = form.name.data, days
            agency.auto_issue, agency.interest_enabled = form.auto_issue.data, form.interest_enabled.data
            agency.intake_address = form.intake_address.data or None
            wanted = {e.strip().lower() for e in (form.allowed_senders.data or "").split(",") if e.strip()}
            for s in senders:
                if s.email not in wanted:
                    data.db().delete(s)
                wanted.discard(s.email)
            for e in wanted:
                data.db().add(AgencySender(agency_id=stored_id(agency), email=e))
            audit.record(data.db(), current_user.username, "agency.settings", "agency", agency.id, agency.id, "web",
                         payment_terms_days=days, auto_issue=agency.auto_issue)
            data.db().commit()
            flash(_("Agency saved."), "ok")
            return redirect(url_for("admin.agencies"))
    return render_template("web/agency_form.html", form=form, a=agency), (422 if form.errors else 200)


@bp.route("/tokens", methods=["GET", "POST"])
@admin_required
def tokens() -> str:
    form = TokenForm()
    form.agency.choices = [(a.id, a.code) for a in data.agencies()]
    new_token = None
    if form.validate_on_submit():
        agency = data.agency(form.agency.data)
        _row, new_token = users.create_token(data.db(), agency, form.name.data, current_user.username)
        data.db().commit()
    rows = data.db().exec(select(ApiToken).order_by(col(ApiToken.id).desc())).all()
    return render_template("web/tokens.html", form=form, tokens=rows, new_token=new_token,
                           codes={a.id: a.code for a in data.agencies()})


@bp.post("/tokens/<int:token_id>/revoke")
@admin_required
def revoke(token_id: int) -> ResponseReturnValue:
    row = data.owned(ApiToken, token_id)
    users.revoke_token(data.db(), row, current_user.username)
    data.db().commit()
    flash(_("Token revoked."), "ok")
    return redirect(url_for("admin.tokens"))
