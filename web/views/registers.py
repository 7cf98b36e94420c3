"""Registers: customers (central, with each agency's own number and the e-invoice address) and articles."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlmodel import col, or_, select

from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.kernel.types import stored_id
from core.platform.models import AuditEvent
from core.registers import register as registers
from core.registers.models import AgencyCustomer, Article, Customer
from core.views import keyset
from web import countries, data, paging
from web.access import staff_required
from web.actions import attempt
from web.forms import ArticleForm, CustomerForm
from web.labels import error_text

bp = Blueprint("registers", __name__, url_prefix="/registers")
# the customers by name (ties by id), paged by keyset through the name index (core.views.keyset)
CUSTOMER_KEYS = keyset.Keys(col(Customer.id), desc=False, column=col(Customer.name), attr="name")


def _field_error(form: FlaskForm, exc: Exception) -> None:
    """The error next to its field (a DomainError naming one the form has), else flashed."""
    name = (exc.field or "").split(".")[-1] if isinstance(exc, DomainError) else ""
    if isinstance(exc, DomainError) and name in form:
        form[name].errors = list(form[name].errors) + [exc.message]
    else:
        flash(error_text(exc), "error")


def _form(form_class: type[FlaskForm], obj: Any) -> Any:
    """A register form for `obj` (None: a new one) offering the user's agencies."""
    form = form_class(obj=obj)
    form.agency.choices = [(a.id, a.code) for a in data.agencies()]
    return form


_ev = AuditEvent.__table__.c
_HISTORY = (sa.select(_ev.at, _ev.actor, _ev.action, _ev.source)
            .where(_ev.entity == sa.bindparam("entity"), _ev.entity_id == sa.bindparam("entity_id"))
            .order_by(_ev.at.desc()).limit(sa.bindparam("limit")))


def _history(entity: str, entity_id: int, limit: int) -> list[Any]:
    """The record's latest audit events as plain rows (at, actor, action, source): what the page lists."""
    return list(data.db().connection().execute(_HISTORY, {"entity": entity, "entity_id": str(entity_id),
                                                          "limit": limit}))


@bp.get("/customers")
def customers() -> str:
    q = (request.args.get("q") or "").strip()
    query = data.customers()
    if q:
        like = f"%{q}%"
        query = query.where(or_(col(Customer.name).ilike(like), col(Customer.org_no).ilike(like),
                                col(Customer.customer_number).ilike(like)))
    page = keyset.page(data.db(), query, CUSTOMER_KEYS, *paging.cursor())
    return render_template("web/customers.html", customers=page.rows, page=page, args=paging.kept_args(), q=q)


CUSTOMER_INVOICES = 50  # the customer page shows the latest ones; all of them are a link away (the invoice list)
# the customer page's statements, built once (plain rows of what it shows: no ORM object per row)
_ac, _inv = AgencyCustomer.__table__.c, Invoice.__table__.c
_LINKS = (sa.select(_ac.agency_id, _ac.number)
          .where(_ac.customer_id == sa.bindparam("customer"), _ac.agency_id.in_(sa.bindparam("ids", expanding=True))))
_INVOICES = (sa.select(_inv.id, _inv.number, _inv.invoice_date, _inv.status, _inv.total, _inv.open_amount,
                       _inv.currency)
             .where(_inv.customer_id == sa.bindparam("customer"),
                    _inv.agency_id.in_(sa.bindparam("ids", expanding=True)))
             .order_by(_inv.invoice_date.desc(), _inv.id.desc()).limit(CUSTOMER_INVOICES + 1))


@bp.get("/customers/<int:customer_id>")
def customer(customer_id: int) -> str:
    cust = data.customer(customer_id)
    conn, params = data.db().connection(), {"customer": cust.id, "ids": sorted(data.agency_ids())}
    links = conn.execute(_LINKS, params).all()
    invoices = conn.execute(_INVOICES, params).all()
    more, invoices = len(invoices) > CUSTOMER_INVOICES, invoices[:CUSTOMER_INVOICES]  # never cut silently
    history = _history("customer", stored_id(cust), 50)
    codes = {a.id: a.code for a in data.agency_rows()}
    return render_template("web/customer.html", c=cust, links=links, invoices=invoices, more=more, history=history,
                           codes=codes, country=countries.name(cust.country, str(get_locale() or "sv")))


@bp.route("/customers/new", methods=["GET", "POST"], defaults={"customer_id": None})
@bp.route("/customers/<int:customer_id>/edit", methods=["GET", "POST"])
@staff_required
def customer_form(customer_id: int | None) -> ResponseReturnValue:
    cust = data.customer(customer_id) if customer_id else None
    form = _form(CustomerForm, cust)
    form.country.choices = countries.choices(str(get_locale() or "sv"))
    if form.validate_on_submit():
        agency = data.agency(form.agency.data)
        payload = {"customer_number": cust.customer_number if cust else None, "name": form.name.data,
                   "kind": form.kind.data, "private": form.kind.data == "private", "country": form.country.data,
                   "org_no": form.org_no.data or None, "vat_no": form.vat_no.data or None,
                   "address": {"street": form.street.data or None, "postal_code": form.postal_code.data or None,
                               "city": form.city.data or None},
                   "email": form.email.data or None, "peppol_id": form.peppol_id.data or None,
                   "language": form.language.data, "no_reminders": form.no_reminders.data,
                   "no_interest": form.no_interest.data}
        try:
            if cust is None and payload["org_no"]:
                try:
                    registers.find_customer(data.db(), payload["org_no"])
                    raise DomainError(_("a customer with this number exists in the central register"), "org_no")
                except DomainError as exc:
                    if exc.field == "org_no":
                        raise
            saved = registers.upsert_customer(data.db(), payload, actor=current_user.username, source="web")
            assert saved.id is not None  # upsert_customer flushed it
            link = data.db().exec(select(AgencyCustomer).where(AgencyCustomer.agency_id == agency.id,
                                                               AgencyCustomer.customer_id == saved.id)).first()
            number = form.agency_number.data or (link.number if link else saved.customer_number)
            if link is None:
                link = AgencyCustomer(agency_id=stored_id(agency), customer_id=saved.id, number=number)
            link.number = number
            data.db().add(link)
            data.db().flush()
            data.db().commit()
            flash(_("Customer saved."), "ok")
            return redirect(url_for("registers.customer", customer_id=saved.id))
        except DomainError as exc:
            data.db().rollback()
            _field_error(form, exc)
        except Exception as exc:
            data.db().rollback()
            if "UNIQUE" in str(exc).upper() or "unique" in str(exc):
                form.agency_number.errors = list(form.agency_number.errors) + [_("This number is taken.")]
            else:
                raise
    elif request.method == "GET" and cust is not None:
        form.street.data, form.postal_code.data, form.city.data = cust.street, cust.postal_code, cust.city
    return render_template("web/customer_form.html", form=form, c=cust), (422 if form.errors else 200)


@bp.get("/articles")
def articles() -> str:
    agency = request.args.get("agency", type=int)
    q = data.articles()
    if agency:
        q = q.where(Article.agency_id == agency)
    rows = data.db().exec(q.order_by(col(Article.agency_id), col(Article.code))).all()
    return render_template("web/articles.html", articles=rows, codes={a.id: a.code for a in data.agencies()},
                           agencies=data.agencies(), f_agency=agency)


@bp.route("/articles/new", methods=["GET", "POST"], defaults={"article_id": None})
@bp.route("/articles/<int:article_id>/edit", methods=["GET", "POST"])
@staff_required
def article_form(article_id: int | None) -> ResponseReturnValue:
    art = data.article(article_id) if article_id else None
    form = _form(ArticleForm, art)
    if art is not None and request.method == "GET":
        form.agency.data = art.agency_id
    if form.validate_on_submit():
        agency = data.agency(art.agency_id if art else form.agency.data)
        payload = {"agency": agency.code, "code": art.code if art else form.code.data.strip(),
                   "name": form.name.data, "unit": form.unit.data,
                   "unit_price": form.unit_price.data, "vat_rate": form.vat_rate.data,
                   "vat_code": form.vat_code.data or None, "revenue_account": form.revenue_account.data or None,
                   "supply_kind": form.supply_kind.data or None}
        done, saved = attempt(lambda: registers.upsert_article(data.db(), payload, actor=current_user.username),
                              ok=_("Article saved."), on_error=lambda exc: _field_error(form, exc))
        if done:
            return redirect(url_for("registers.articles", agency=saved.agency_id))
    history = _history("article", stored_id(art), 30) if art is not None else []
    return render_template("web/article_form.html", form=form, a=art, history=history), (422 if form.errors else 200)
