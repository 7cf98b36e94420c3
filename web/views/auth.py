"""Log in, log out, language and personal settings."""
from __future__ import annotations

from urllib.parse import urlparse

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from core.kernel.clock import utcnow
from core.platform import audit
from core.platform.models import User
from web import login_throttle, sessions, users
from web.access import load_user
from web.data import db
from web.forms import LoginForm, SettingsForm

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and not urlparse(target).netloc:
        return target
    return url_for("dashboard.index")


def _my_record() -> User:
    """The logged-in user's stored record (404 if it is gone)."""
    user = db().get(User, current_user.id)
    if user is None:
        abort(404)
    return user


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    """Log in. Throttled per user name and per address (web.login_throttle), the same answer and about the same
    time for an unknown name as for a wrong password (web.users.verify)."""
    form = LoginForm()
    if form.validate_on_submit():
        name, ip = form.username.data or "", request.remote_addr or ""
        if login_throttle.blocked_until(db(), name, ip) is not None:
            audit.record(db(), name[:64], "auth.throttled", "user", None, None, "web", ip=ip)
            db().commit()
            flash(_("Too many failed log-ins. Try again in 15 minutes."), "error")
            return render_template("web/login.html", form=form), 429
        user = users.verify(db(), name, form.password.data)
        if user is None:
            login_throttle.record_failure(db(), name, ip)
            audit.record(db(), name[:64], "auth.failed", "user", None, None, "web")
            db().commit()
            flash(_("Wrong username or password."), "error")
        else:
            user.last_login_at = utcnow()
            login_throttle.clear(db(), name)
            audit.record(db(), user.username, "auth.login", "user", user.id, None, "web")
            db().commit()
            sessions.start(user)
            login_user(load_user(str(user.id)))
            return redirect(_safe_next(request.args.get("next")))
    return render_template("web/login.html", form=form)


@bp.post("/logout")
@login_required
def logout() -> ResponseReturnValue:
    """Log out: this session and every other copy of it end (the user's session version moves on)."""
    user = db().get(User, current_user.id)
    if user is not None:
        users.end_sessions(db(), user)
        audit.record(db(), user.username, "auth.logout", "user", user.id, None, "web")
        db().commit()
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))


@bp.post("/language")
def set_language() -> ResponseReturnValue:
    lang = request.form.get("lang", "")
    if lang in ("sv", "fi", "en"):
        session["lang"] = lang
        if current_user.is_authenticated:
            user = _my_record()
            user.language = lang
            db().commit()
    return redirect(_safe_next(request.form.get("next")))


@bp.route("/settings", methods=["GET", "POST"])
@login_required
def settings() -> ResponseReturnValue:
    user = _my_record()
    form = SettingsForm(obj=user)
    if form.validate_on_submit():
        user.language = form.language.data or None
        user.full_name = form.full_name.data or None
        if form.new_password.data:
            users.set_password(db(), user, form.new_password.data, user.username)
            sessions.renew_version(user)
        audit.record(db(), user.username, "user.settings", "user", user.id, None, "web",
                     password_changed=bool(form.new_password.data))
        db().commit()
        if user.language:
            session["lang"] = user.language
        flash(_("Settings saved."), "ok")
        return redirect(url_for("auth.settings"))
    return render_template("web/settings.html", form=form)
