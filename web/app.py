"""Flask application factory: configuration, security (login, CSRF, cookies, headers), locale, blueprints."""
from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask, Request, Response, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import Babel
from flask_login import LoginManager, current_user
from flask_wtf.csrf import CSRFError, CSRFProtect

from core.platform.settings import PROJECT_ROOT, var_dir
from web import (
    api,
    api_batches,
    api_disputes,
    api_requests,
    data,
    fmt,
    labels,
    ops,
    reconciliation_words,
    rows,
    typed_dates,
)
from web.access import load_user
from web.views import (
    accounts,
    admin,
    advices,
    agency_settings,
    auth,
    batches,
    dashboard,
    disputes,
    intake,
    invoice_form,
    invoices,
    masterdata,
    payment_entry,
    payments,
    period_end,
    queue,
    registers,
    reports,
    runs,
    write_off,
)
from web.views import review as review_pages

LANGUAGES = ("sv", "fi", "en")
csrf = CSRFProtect()
login_manager = LoginManager()
babel = Babel()

# endpoints reachable without logging in
PUBLIC_ENDPOINTS = {"static", "auth.login", "auth.set_language", "health", "ops.healthz", "ops.metrics"}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "object-src 'none'; frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'")


def _secret_key() -> str:
    if os.environ.get("RESKONTRA_SECRET_KEY"):
        return os.environ["RESKONTRA_SECRET_KEY"]
    path = var_dir() / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, template_folder=str(PROJECT_ROOT / "templates"),
                static_folder=str(Path(__file__).parent / "static"), static_url_path="/static")
    _configure(app, config)
    _init_extensions(app)
    _register_blueprints(app)
    _register_request_guards(app)
    _register_security_headers(app)
    _register_error_handlers(app)
    fmt.register(app)
    rows.register(app)
    labels.register(app)
    typed_dates.register(app)
    reconciliation_words.register(app)
    return app


def _configure(app: Flask, config: dict[str, Any] | None) -> None:
    """Safe defaults (cookies, CSRF, locale, upload limit), then the caller's config, then the secret key."""
    app.config.update(
        SECRET_KEY=None,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=os.environ.get("RESKONTRA_SECURE_COOKIES", "0") == "1",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=8),  # the cookie's ceiling; web.sessions checks idle/max
        SESSION_REFRESH_EACH_REQUEST=False,  # re-signed when it changes (web.sessions: activity once a minute)
        WTF_CSRF_TIME_LIMIT=None,
        BABEL_DEFAULT_LOCALE="sv",
        BABEL_TRANSLATION_DIRECTORIES=str(PROJECT_ROOT / "translations"),
        DATABASE_URL=None,
        MAX_CONTENT_LENGTH=10 * 1024 * 1024,
        JSON_SORT_KEYS=False,
    )
    app.config.update(config or {})
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = _secret_key()
    app.config["REMEMBER_COOKIE_SECURE"] = app.config["SESSION_COOKIE_SECURE"]


def _init_extensions(app: Flask) -> None:
    """CSRF protection, the login manager, the locale selector and closing the database session."""
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = None
    babel.init_app(app, locale_selector=lambda: fmt.babel_locale(get_locale()))

    login_manager.user_loader(load_user)
    app.teardown_appcontext(data.close_db)


def _register_blueprints(app: Flask) -> None:
    """The pages, the JSON API (token-authenticated, hence exempt from CSRF) and the health check."""
    for bp in (auth.bp, accounts.bp, dashboard.bp, queue.bp, review_pages.bp, intake.bp, batches.bp, registers.bp,
               invoices.bp, invoice_form.bp, payments.bp, payment_entry.bp, runs.bp, reports.bp, admin.bp,
               agency_settings.bp, write_off.bp, disputes.bp, masterdata.bp, period_end.bp, advices.bp):
        app.register_blueprint(bp)
    api_requests.add_routes(api.bp)  # answers to a request's questions (same token authentication)
    api_disputes.add_routes(api.bp)  # mark / end a dispute on an invoice (same token authentication)
    app.register_blueprint(api.bp)
    csrf.exempt(api.bp)
    app.register_blueprint(ops.bp)  # /healthz, /metrics (no session, no forms)
    app.register_blueprint(api_batches.bp)  # /api/v1/batches: invoicing by file, same token auth
    csrf.exempt(api_batches.bp)

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}


def _register_request_guards(app: Flask) -> None:
    app.before_request(_refuse_nul_characters)
    app.before_request(_require_login)


def _refuse_nul_characters() -> ResponseReturnValue | None:
    """PostgreSQL text cannot hold NUL (0x00) and SQLite would store it silently: such input is refused (400)
    before anything reads it, so both databases answer alike and nothing is half-applied."""
    if not _carries_nul(request):
        return None
    if request.path.startswith("/api/"):
        return {"error": "invalid_text", "message": "text may not contain NUL characters"}, 400
    return render_template("web/error.html", code=400, message="bad_request"), 400


def _require_login() -> ResponseReturnValue | None:
    """Pages need a logged-in user (the login page, language switch, health and API excepted)."""
    ep = request.endpoint or ""
    if ep in PUBLIC_ENDPOINTS or ep.startswith(("api.", "api_batches.")):
        return None
    if not current_user.is_authenticated:
        if request.endpoint is None:
            return None  # 404 for unknown URLs
        return redirect(url_for("auth.login", next=request.full_path if request.method == "GET" else None))
    return None


def _register_security_headers(app: Flask) -> None:
    @app.after_request
    def security_headers(resp: Response) -> Response:
        """Each header unless the view set its own (one pass over the response's headers, not one per header)."""
        present = {name.lower() for name, _value in resp.headers}
        wanted = list(SECURITY_HEADERS)
        if request.endpoint != "static" and not request.path.startswith("/api/v1/openapi"):
            wanted.append(("Cache-Control", "no-store"))
        if app.config["SESSION_COOKIE_SECURE"]:
            wanted.append(("Strict-Transport-Security", "max-age=31536000"))
        for name, value in wanted:
            if name.lower() not in present:
                resp.headers.add(name, value)
        return resp


SECURITY_HEADERS = (("Content-Security-Policy", CSP), ("X-Frame-Options", "SAMEORIGIN"),
                    ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "same-origin"),
                    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
                    ("Cross-Origin-Opener-Policy", "same-origin"))


def _register_error_handlers(app: Flask) -> None:
    for code, (error, message, page) in HTTP_ERRORS.items():
        app.register_error_handler(code, _error_handler(code, error, message, page))
    app.register_error_handler(CSRFError, _csrf_error)


def _csrf_error(_e: CSRFError) -> ResponseReturnValue:
    return render_template("web/error.html", code=400, message="csrf"), 400


# status: (API error code, API message, error page message)
HTTP_ERRORS = {404: ("not_found", "no such resource", "not_found"), 403: ("forbidden", "not allowed", "forbidden"),
               405: ("method_not_allowed", "method not allowed", "method")}


def _carries_nul(req: Request) -> bool:
    """A NUL character anywhere in the path, query, form or JSON body of the request."""
    def nul(value: Any) -> bool:
        if isinstance(value, str):
            return "\x00" in value
        if isinstance(value, dict):
            return any(nul(k) or nul(v) for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return any(nul(v) for v in value)
        return False

    texts = [req.path, *req.args.lists()]
    if not req.mimetype:  # no content type: werkzeug parses no form and no JSON (a page's GET: skip the parsers)
        return nul(texts) or nul(req.view_args or {})
    texts += req.form.lists()
    return nul(texts) or nul(req.view_args or {}) or (req.is_json and nul(req.get_json(silent=True)))


def _error_handler(code: int, error: str, message: str, page: str) -> Callable[[Exception], ResponseReturnValue]:
    """JSON under /api/, the error page elsewhere."""
    def handle(_e: Exception) -> ResponseReturnValue:
        if request.path.startswith("/api/"):
            return {"error": error, "message": message}, code
        return render_template("web/error.html", code=code, message=page), code
    return handle


def get_locale() -> str:
    user_lang = getattr(current_user, "language", None) if current_user and current_user.is_authenticated else None
    if user_lang in LANGUAGES:
        return user_lang
    if session.get("lang") in LANGUAGES:
        return session["lang"]
    return request.accept_languages.best_match(LANGUAGES) or "sv"
