"""Intake form: a clerk (or an agency user) keys in an invoicing request; it goes through the same pipeline as
e-mail (web.pipeline → core.requests.lifecycle.submit_request)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from flask import Blueprint, Response, flash, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import col, or_

from core import access
from core.kernel.errors import DomainError
from core.kernel.jsonenc import number_str
from core.kernel.money import price_str
from core.registers.models import Article, Customer
from web import data, pipeline
from web.fmt import org_no, status_label

bp = Blueprint("intake", __name__, url_prefix="/intake")
MAX_LINES = 50


def _form_request() -> dict[str, Any]:
    lines = []
    for i in range(MAX_LINES):
        row = {k: (request.form.get(f"lines-{i}-{k}") or "").strip() for k in
               ("article", "description", "quantity", "unit_price", "period_start", "period_end")}
        if any(row.values()):
            lines.append({k: (v.replace(",", ".").replace(" ", "") if k in ("quantity", "unit_price") else v) or None
                          for k, v in row.items()})
    cust = (request.form.get("customer") or "").strip()
    return {"customer": {"customer_number": cust or None, "org_no": None, "name": None},
            "buyer_reference": (request.form.get("buyer_reference") or "").strip() or None,
            "order_reference": (request.form.get("order_reference") or "").strip() or None,
            "invoice_date": (request.form.get("invoice_date") or "").strip() or None,
            "lines": lines}


@bp.route("/new", methods=["GET", "POST"])
def new() -> ResponseReturnValue:
    agencies = data.agencies()
    errors: dict[str, str] = {}
    values = request.form if request.method == "POST" else {}
    if request.method == "POST":
        agency = data.agency(request.form.get("agency"))
        req = _form_request()
        cust = None
        try:
            if req["customer"]["customer_number"]:
                cust = access.lookup_customer_for_agency(data.db(), data.me(), agency,
                                                         req["customer"]["customer_number"])
            if cust is not None:
                req["customer"] = {"customer_number": cust.customer_number, "org_no": cust.org_no, "name": cust.name}
            result = pipeline.submit(data.db(), agency, req, "web", current_user.username,
                                     requested_by=_reply_to())
            if cust is not None:
                pipeline.link_customer(data.db(), agency, cust)
            data.db().commit()
        except DomainError as exc:
            data.db().rollback()
            errors[exc.field or "form"] = exc.message
            flash(_("The request was not submitted: %(msg)s", msg=str(exc)), "error")
            return render_template("web/intake.html", agencies=agencies, errors=errors, values=values,
                                   nlines=max(3, len(req["lines"]))), 422
        if result.get("invoice_id"):
            flash(_("Invoice created: status %(s)s.", s=status_label(result.get("status"))), "ok")
            return redirect(url_for("invoices.detail", invoice_id=result["invoice_id"]))
        flash(_("Request %(t)s registered: %(s)s. Questions: %(q)s", t=result.get("token") or "",
                s=status_label(result.get("status")), q=", ".join(result.get("questions") or []) or "—"), "ok")
        if result.get("request_id"):  # the agency user sees the request's open questions on its page
            page = "queue.request_detail" if current_user.can_work else "review.status_page"
            return redirect(url_for(page, request_id=result["request_id"]))
        return redirect(url_for("intake.new"))
    return render_template("web/intake.html", agencies=agencies, errors=errors, values=values, nlines=3)


def _reply_to() -> str | None:
    """The address the questions about the request go to by mail (optional; none: only on the request page)."""
    addr = (request.form.get("reply_to") or "").strip()
    return addr if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", addr) else None


@bp.get("/customers.json")
def customers_json() -> Response:
    """Customer lookup by name, customer number or organisation number among the user's customers; the rest of
    the central register answers only a full, exact identifier, never a private person (core.access)."""
    q = (request.args.get("q") or "").strip()
    agency_id = request.args.get("agency", type=int)
    out = []
    try:
        access.throttle(data.me(), "customer-search", access.SEARCHES)
        if len(q) >= 2:
            out = _search_customers(q, agency_id)
    except access.RateLimited as exc:
        resp = jsonify({"error": exc.message})
        resp.status_code = 429
        return resp
    return jsonify(out)


def _search_customers(q: str, agency_id: int | None) -> list[dict[str, Any]]:
    like = f"%{q}%"
    rows: Sequence[Customer] = data.db().exec(data.customers().where(or_(
        col(Customer.name).ilike(like), col(Customer.org_no).ilike(like),
        col(Customer.customer_number).ilike(like))).limit(10)).all()
    if not rows and agency_id:
        agency = data.agency(agency_id)
        exact = access.lookup_customer_for_agency(data.db(), data.me(), agency, q)
        rows = [exact] if exact else []
    return [{"customer_number": c.customer_number, "name": c.name, "org_no": org_no(c.org_no, c.kind),
             "country": c.country, "peppol_id": c.peppol_id} for c in rows]


@bp.get("/articles.json")
def articles_json() -> Response:
    agency = data.agency(request.args.get("agency"))
    rows = data.db().exec(data.articles().where(Article.agency_id == agency.id, col(Article.active).is_(True))
                          .order_by(col(Article.code))).all()
    return jsonify({"currency": agency.currency,
                    "articles": [{"code": a.code, "name": a.name, "unit": a.unit,
                                  "unit_price": None if a.unit_price is None else price_str(a.unit_price),
                                  "vat_rate": number_str(a.vat_rate)} for a in rows]})
