"""Invoices: search, detail (lines, VAT, vouchers, delivery, payments, reminders, accrual schedule), preview
(core.billing.delivery.printing), issue, credit."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import col, or_, select

from core.billing import crediting, issuing, lookups
from core.billing.delivery import printing
from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.kernel.money import to_decimal
from core.ledger.models import Voucher, VoucherEntry
from core.period import accruals
from core.registers.models import Customer
from core.views import invoice as invoice_view
from web import data
from web.access import staff_required
from web.actions import attempt

bp = Blueprint("invoices", __name__, url_prefix="/invoices")
STATUSES = ("draft", "held", "issued", "paid", "credited", "cancelled", "written_off")


def _date_arg(name: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(request.args.get(name) or "")
    except ValueError:
        return None


@bp.get("/")
def index() -> str:
    q = data.invoices()
    text = (request.args.get("q") or "").strip()
    status = request.args.get("status") or ""
    agency = request.args.get("agency", type=int)
    d_from, d_to = _date_arg("from"), _date_arg("to")
    if text:
        like = f"%{text}%"
        q = q.join(Customer, col(Customer.id) == col(Invoice.customer_id)).where(or_(
            col(Invoice.number).ilike(like), col(Invoice.reference).ilike(like), col(Customer.name).ilike(like),
            col(Invoice.buyer_reference).ilike(like), col(Invoice.order_reference).ilike(like),
            Customer.customer_number == text))
    if status in STATUSES:
        q = q.where(Invoice.status == status)
    if agency:
        q = q.where(Invoice.agency_id == agency)
    if d_from:
        q = q.where(Invoice.invoice_date >= d_from)
    if d_to:
        q = q.where(Invoice.invoice_date <= d_to)
    rows = data.db().exec(q.order_by(col(Invoice.invoice_date).desc(), col(Invoice.id).desc()).limit(300)).all()
    return render_template("web/invoices.html", invoices=rows, statuses=STATUSES, agencies=data.agencies(),
                           codes={a.id: a.code for a in data.agencies()},
                           f={"q": text, "status": status, "agency": agency, "from": request.args.get("from", ""),
                              "to": request.args.get("to", "")})


@bp.get("/<int:invoice_id>")
def detail(invoice_id: int) -> str:
    inv = data.invoice(invoice_id)
    view = invoice_view.invoice_dict(data.db(), inv, mask=True)
    vouchers = []
    for v in data.db().exec(select(Voucher).where(Voucher.agency_id == inv.agency_id,
                                                  col(Voucher.id).in_(select(VoucherEntry.voucher_id).where(
                                                      VoucherEntry.invoice_id == inv.id))).order_by(col(Voucher.id))):
        entries = data.db().exec(select(VoucherEntry).where(VoucherEntry.voucher_id == v.id)).all()
        vouchers.append((v, entries))
    credits = data.db().exec(data.invoices().where(Invoice.credited_invoice_id == inv.id)).all()
    original = data.invoice(inv.credited_invoice_id) if inv.credited_invoice_id else None
    return render_template("web/invoice.html", inv=inv, v=view, vouchers=vouchers, reminders=view["reminders"],
                           accruals=accruals.schedule(data.db(), inv), credits=credits, original=original,
                           agency=data.agency(inv.agency_id))


@bp.get("/<int:invoice_id>/preview.<any(html, pdf):fmt>")
def preview(invoice_id: int, fmt: str) -> Response:
    inv = data.invoice(invoice_id)
    if fmt == "pdf":
        return Response(printing.render_pdf(data.db(), inv), mimetype="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="invoice-{inv.number or inv.id}.pdf"'})
    return Response(printing.render_html(data.db(), inv), mimetype="text/html",
                    headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:"})


@bp.post("/<int:invoice_id>/issue")
@staff_required
def issue(invoice_id: int) -> ResponseReturnValue:
    inv = data.invoice(invoice_id)
    reason = (request.form.get("force_reason") or "").strip()
    done, _result = attempt(lambda: issuing.issue(data.db(), inv, actor=current_user.username, force=bool(reason),
                                                  force_reason=reason or None))
    if done:
        flash(_("Invoice %(n)s: %(s)s.", n=inv.number or inv.id, s=inv.status), "ok")
    return redirect(url_for("invoices.detail", invoice_id=invoice_id))


@bp.post("/<int:invoice_id>/credit")
@staff_required
def credit(invoice_id: int) -> ResponseReturnValue:
    inv = data.invoice(invoice_id)
    reason = (request.form.get("reason") or "").strip()
    partial = request.form.get("mode") == "partial"

    def credit_note() -> Invoice:
        lines = None
        if partial:
            lines = {}
            for ln in lookups.lines_of(data.db(), inv):
                raw = (request.form.get(f"qty-{ln.line_no}") or "").strip().replace(",", ".")
                if raw:
                    lines[ln.line_no] = to_decimal(raw, f"lines[{ln.line_no - 1}].quantity")
            if not lines:
                raise DomainError(_("give the quantity to credit on at least one line"), "lines")
        note = crediting.credit(data.db(), inv, reason, lines, actor=current_user.username, source="web")
        issuing.issue(data.db(), note, actor=current_user.username)
        return note

    done, note = attempt(credit_note, errors=(DomainError, ValueError))
    if done:
        flash(_("Credit note %(n)s issued.", n=note.number), "ok")
        return redirect(url_for("invoices.detail", invoice_id=note.id))
    return redirect(url_for("invoices.detail", invoice_id=invoice_id))
