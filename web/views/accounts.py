"""A customer's account (kundreskontra per kund) and its statement as a PDF (kontoutdrag / tiliote): what a
clerk or an agency user opens when a customer calls — balance and overdue amount per currency, open items with
their age and reminders, interest invoices, credit notes and payments (core.views.account). Only the user's
agencies are counted; a customer the user may not see is a 404 (web.data.customer). The statement is printed in
the customer's language."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, render_template, request
from flask_babel import force_locale
from weasyprint import HTML

from core.views import account as account_view
from core.views import statement as statement_view
from web import data, typed_dates

LANGUAGES = ("sv", "fi", "en")  # as web.app.LANGUAGES (the views do not import the app)

bp = Blueprint("accounts", __name__, url_prefix="/customers")


def _as_of() -> dt.date:
    return typed_dates.day_or(request.args.get("date"), dt.date.today()) or dt.date.today()


def _context(customer_id: int) -> dict:
    cust = data.customer(customer_id)
    as_of = _as_of()
    acc = account_view.account(data.db(), customer_id, data.agency_ids(), as_of)
    return {"c": cust, "acc": acc, "codes": {a.id: a.code for a in data.agency_rows()}, "as_of": as_of}


@bp.get("/<int:customer_id>/account")
def account(customer_id: int) -> str:
    return render_template("web/account.html", **_context(customer_id))


def _statement_language(customer_language: str | None) -> str | None:
    """The statement goes to the customer, so it is in the customer's language (sv/fi/en) — a Finnish
    customer's statement is Finnish whoever prints it; `?lang=` prints another (the clerk's own copy). None: the
    reader's language, for a customer with no language on record."""
    asked = request.args.get("lang") or customer_language
    return asked if asked in LANGUAGES else None


@bp.get("/<int:customer_id>/statement.pdf")
def statement(customer_id: int) -> Response:
    """The statement as of `?date=` (movements from `?from=`, default the oldest item open on that date)."""
    cust = data.customer(customer_id)
    as_of = _as_of()
    since = typed_dates.day_or(request.args.get("from"), None)
    ctx = {"c": cust, "as_of": as_of,
           "st": statement_view.statement(data.db(), customer_id, data.agency_ids(), as_of, since)}
    lang = _statement_language(cust.language)
    if lang:
        with force_locale(lang):
            html = render_template("web/statement_pdf.html", **ctx)
    else:
        html = render_template("web/statement_pdf.html", **ctx)
    pdf = HTML(string=html).write_pdf()
    name = f"statement-{cust.customer_number}-{as_of.isoformat()}.pdf"
    return Response(pdf, mimetype="application/pdf", headers={"Content-Disposition": f"inline; filename={name}"})
