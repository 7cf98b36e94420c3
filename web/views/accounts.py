"""A customer's account (kundreskontra per kund) and its statement as a PDF (kontoutdrag / tiliote): what a
clerk or an agency user opens when a customer calls — balance and overdue amount per currency, open items with
their age and reminders, interest invoices, credit notes and payments (core.views.account). Only the user's
agencies are counted; a customer the user may not see is a 404 (web.data.customer)."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, render_template, request
from weasyprint import HTML

from core.views import account as account_view
from web import data

bp = Blueprint("accounts", __name__, url_prefix="/customers")


def _as_of() -> dt.date:
    try:
        return dt.date.fromisoformat(request.args.get("date") or "")
    except ValueError:
        return dt.date.today()


def _context(customer_id: int) -> dict:
    cust = data.customer(customer_id)
    as_of = _as_of()
    acc = account_view.account(data.db(), customer_id, data.agency_ids(), as_of)
    return {"c": cust, "acc": acc, "codes": {a.id: a.code for a in data.agencies()}, "as_of": as_of}


@bp.get("/<int:customer_id>/account")
def account(customer_id: int) -> str:
    return render_template("web/account.html", **_context(customer_id))


@bp.get("/<int:customer_id>/statement.pdf")
def statement(customer_id: int) -> Response:
    ctx = _context(customer_id)
    html = render_template("web/statement_pdf.html", **ctx)
    pdf = HTML(string=html).write_pdf()
    name = f"statement-{ctx['c'].customer_number}-{ctx['as_of'].isoformat()}.pdf"
    return Response(pdf, mimetype="application/pdf", headers={"Content-Disposition": f"inline; filename={name}"})
