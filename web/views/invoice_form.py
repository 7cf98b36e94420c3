"""The invoice form: a new draft for a customer with its lines, a draft's lines changed, an issued invoice copied
into a new draft (core.billing.drafting and core.billing.redrafting, as `reskontra invoice create` does). Issuing
is the invoice page's existing action (invoices.issue)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from babel.numbers import get_decimal_symbol
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from core import access
from core.billing import drafting, lookups, redrafting
from core.billing.models import Invoice
from core.kernel.errors import DomainError, NotFound
from core.registers import register as registers
from core.registers.models import Agency, Customer
from web import data, typed_dates
from web.access import staff_required
from web.actions import attempt
from web.errors import core_text
from web.labels import not_a_number

bp = Blueprint("invoice_form", __name__, url_prefix="/invoices")
NUMBER = re.compile(r"-?\d+(\.\d+)?")
ROWS = 8  # line rows on the form; a longer invoice comes by file or API
LINE_FIELDS = {"article_code": _l("article"), "article": _l("article"), "quantity": _l("quantity"),
               "unit_price": _l("unit price"), "description": _l("text"), "vat_rate": _l("VAT rate"),
               "vat_code": _l("VAT code")}
HEAD_FIELDS = {"customer": _l("Customer"), "agency": _l("Agency"), "lines": _l("Lines"),
               "invoice_date": _l("Invoice date"), "status": _l("Status"), "kind": _l("Kind")}


@dataclass
class Entry:
    """What the form shows: the values typed (or the draft's), and the error next to the field it concerns."""
    agency_id: int | None = None
    customer: str = ""
    invoice_date: str = ""
    buyer_reference: str = ""
    order_reference: str = ""
    lines: list[dict[str, str]] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


@bp.route("/new", methods=["GET", "POST"])
@staff_required
def new() -> ResponseReturnValue:
    entry = _entry_from_form() if request.method == "POST" else Entry(invoice_date=dt.date.today().isoformat())
    if request.method == "POST":
        done, inv = attempt(lambda: _create(entry), errors=(DomainError, ValueError),
                            on_error=lambda e: _note_error(entry, e))
        if done:
            flash(_("Draft saved. Check it and issue it."), "ok")
            return redirect(url_for("invoices.detail", invoice_id=inv.id))
    return _form(entry, None)


@bp.route("/<int:invoice_id>/edit", methods=["GET", "POST"])
@staff_required
def edit(invoice_id: int) -> ResponseReturnValue:
    inv = data.invoice(invoice_id)
    if inv.status not in redrafting.EDITABLE or inv.number:
        flash(_("Only a draft can be changed; copy the invoice into a new draft, or credit it."), "error")
        return redirect(url_for("invoices.detail", invoice_id=inv.id))
    if request.method == "GET":
        return _form(_entry_of(inv), inv)
    entry = _entry_from_form()
    entry.agency_id = inv.agency_id
    done, _inv = attempt(lambda: _replace(inv, entry), errors=(DomainError, ValueError),
                         on_error=lambda e: _note_error(entry, e))
    if done:
        flash(_("Draft saved. Check it and issue it."), "ok")
        return redirect(url_for("invoices.detail", invoice_id=inv.id))
    return _form(entry, inv)


@bp.post("/<int:invoice_id>/copy")
@staff_required
def copy(invoice_id: int) -> ResponseReturnValue:
    """A new draft with the invoice's customer and lines, opened for editing."""
    inv = data.invoice(invoice_id)
    done, new_draft = attempt(lambda: redrafting.copy_invoice(
        data.db(), inv, data.agency(inv.agency_id), _visible_customer(inv.customer_id), current_user.username))
    if not done:
        return redirect(url_for("invoices.detail", invoice_id=inv.id))
    flash(_("Copied into a new draft. Change what differs, then issue it."), "ok")
    return redirect(url_for("invoice_form.edit", invoice_id=new_draft.id))


def _form(entry: Entry, inv: Invoice | None) -> ResponseReturnValue:
    while len(entry.lines) < ROWS:
        entry.lines.append({})
    status = 400 if entry.errors else 200
    return render_template("web/invoice_form.html", e=entry, inv=inv, agencies=data.agencies(),
                           field_names=HEAD_FIELDS), status


def _entry_from_form() -> Entry:
    f = request.form
    lines = [{k: (f.get(f"{k}-{i}") or "").strip() for k in ("article", "quantity", "price", "text")}
             for i in range(ROWS)]
    return Entry(agency_id=f.get("agency", type=int), customer=(f.get("customer") or "").strip(),
                 invoice_date=(f.get("invoice_date") or "").strip(),
                 buyer_reference=(f.get("buyer_reference") or "").strip(),
                 order_reference=(f.get("order_reference") or "").strip(), lines=lines)


def _entry_of(inv: Invoice) -> Entry:
    cust = data.db().get(Customer, inv.customer_id)
    lines = [{"article": ln.article_code or "", "quantity": _plain(ln.quantity), "price": _plain(ln.unit_price),
              "text": ln.description or ""} for ln in lookups.lines_of(data.db(), inv)]
    return Entry(agency_id=inv.agency_id, customer=cust.customer_number if cust else "",
                 invoice_date=inv.invoice_date.isoformat() if inv.invoice_date else "",
                 buyer_reference=inv.buyer_reference or "", order_reference=inv.order_reference or "", lines=lines)


def _plain(value: Any) -> str:
    """A stored decimal as the reader types it (no trailing zeros beyond the cents, never exponent notation, no
    thousands separator): "1,50" and "1300,00" in Swedish and Finnish, where a point is no decimal sign — a draft
    opened for a change showed "1.50" beside fields the clerk fills with commas."""
    text = format(value, "f")
    if "." in text:
        head, tail = text.split(".")
        text = head + get_decimal_symbol(str(get_locale() or "sv")) + (tail.rstrip("0").ljust(2, "0"))
    return text


def _parts(entry: Entry) -> tuple[Agency, Customer, list[drafting.LineInput], drafting.DraftOptions]:
    agency = data.agency(entry.agency_id)
    if not entry.customer:
        raise DomainError(_("give the customer number or organisation number"), "customer")
    try:
        cust = _visible_customer(registers.find_customer(data.db(), entry.customer, agency).id)
    except NotFound:
        raise DomainError(_("no customer %(c)s", c=entry.customer), "customer") from None
    day = typed_dates.parse_day(entry.invoice_date, "invoice_date") if entry.invoice_date else None
    lines = [drafting.LineInput(article_code=ln["article"] or None,
                                quantity=_number(ln["quantity"], f"lines[{i}].quantity"),
                                unit_price=_number(ln["price"], f"lines[{i}].unit_price"),
                                description=ln["text"] or None)
             for i, ln in enumerate(entry.lines) if any(ln.values())]
    opts = drafting.DraftOptions(invoice_date=day, buyer_reference=entry.buyer_reference or None,
                                 order_reference=entry.order_reference or None, source="web",
                                 actor=current_user.username)
    return agency, cust, lines, opts


def _number(text: str, path: str) -> str | None:
    """The number as typed in the reader's way ("1 250,50", "2,5") in the core's plain form; text that is no
    number ("12,5O") is refused here, next to its line, in words (never the core's `lines[1].unit_price`)."""
    plain = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    if plain and not NUMBER.fullmatch(plain):
        raise DomainError(not_a_number(text), path)
    return plain or None


def _visible_customer(customer_id: Any) -> Customer:
    try:
        return access.get_customer(data.db(), data.me(), customer_id)
    except NotFound:
        raise DomainError(_("this customer is not one of your agencies' customers"), "customer") from None


def _create(entry: Entry) -> Invoice:
    agency, cust, lines, opts = _parts(entry)
    return drafting.create_draft(data.db(), agency, cust, lines, opts)


def _replace(inv: Invoice, entry: Entry) -> Invoice:
    agency, cust, lines, opts = _parts(entry)
    return redrafting.replace_lines(data.db(), inv, agency, cust, lines, opts)


def _note_error(entry: Entry, exc: Exception) -> None:
    """The error in words next to its field: `lines[1].quantity` becomes "Line 2, quantity"."""
    name = getattr(exc, "field", None) or ""
    message = core_text(getattr(exc, "message", None) or str(exc))  # the core writes English (web.errors)
    m = re.fullmatch(r"lines\[(\d+)\]\.(\w+)", name)
    if m:
        what = LINE_FIELDS.get(m.group(2), m.group(2).replace("_", " "))
        entry.errors[f"line-{m.group(1)}"] = _("Line %(n)s, %(what)s: %(msg)s", n=int(m.group(1)) + 1, what=what,
                                               msg=message)
    else:
        entry.errors[name if name in HEAD_FIELDS else "form"] = message
