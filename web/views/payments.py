"""Payments workbench: unmatched and partly matched payments with suggestions; manual allocation and splits
(core.allocation); overpayments booked as customer credit; refunds/offsets via core.matching when present."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import select

from core import allocation
from core.errors import DomainError
from core.models.invoicing import Invoice
from core.models.payments import Allocation, Payment
from core.money import to_decimal
from web import data
from web.access import staff_required
from web.integrations import optional

bp = Blueprint("payments", __name__, url_prefix="/payments")


@bp.get("/")
@staff_required
def index():  # noqa: ANN201
    status = request.args.get("status") or "open"
    q = data.payments()
    if status == "open":
        q = q.where(Payment.status.in_(("unmatched", "partly_matched")))
    elif status:
        q = q.where(Payment.status == status)
    rows = data.db().exec(q.order_by(Payment.payment_date.desc()).limit(300)).all()
    return render_template("web/payments.html", payments=rows, status=status,
                           codes={a.id: a.code for a in data.agencies()})


@bp.get("/<int:payment_id>")
@staff_required
def detail(payment_id: int):  # noqa: ANN201
    pay = data.payment(payment_id)
    allocs = data.db().exec(select(Allocation).where(Allocation.payment_id == pay.id).order_by(Allocation.id)).all()
    suggestions = []
    for s in pay.suggestions or []:
        inv_id = s.get("invoice_id") if isinstance(s, dict) else None
        inv = data.db().exec(data.invoices().where(Invoice.id == inv_id)).first() if inv_id else None
        if inv is not None or not inv_id:
            suggestions.append({**(s if isinstance(s, dict) else {"text": str(s)}), "invoice": inv})
    return render_template("web/payment.html", p=pay, allocations=allocs, suggestions=suggestions,
                           can_refund=optional("core.matching", "refund") is not None,
                           can_offset=optional("core.matching", "offset") is not None)


@bp.post("/<int:payment_id>/allocate")
@staff_required
def allocate(payment_id: int):  # noqa: ANN201
    """Manual allocation; several invoice/amount rows split the payment."""
    pay = data.payment(payment_id)
    try:
        done = 0
        for i in range(10):
            number = (request.form.get(f"invoice-{i}") or "").strip()
            amount = (request.form.get(f"amount-{i}") or "").strip().replace(",", ".").replace(" ", "")
            if not number:
                continue
            inv = data.db().exec(data.invoices().where(Invoice.number == number)).first()
            if inv is None or (pay.agency_id and inv.agency_id != pay.agency_id):
                raise DomainError(_("no open invoice %(n)s", n=number), f"invoice-{i}")
            amt = to_decimal(amount or min(inv.open_amount, pay.unallocated), "amount")
            allocation.allocate(data.db(), pay, inv, amt, "manual", actor=current_user.username)
            done += 1
        if not done:
            raise DomainError(_("give an invoice number"), "invoice-0")
        data.db().commit()
        flash(_("%(n)s allocation(s) made.", n=done), "ok")
    except (DomainError, ValueError) as exc:
        data.db().rollback()
        flash(str(exc), "error")
    return redirect(url_for("payments.detail", payment_id=pay.id))


@bp.post("/<int:payment_id>/overpayment")
@staff_required
def overpayment(payment_id: int):  # noqa: ANN201
    pay = data.payment(payment_id)
    try:
        if not pay.agency_id:
            raise DomainError(_("allocate to an invoice first: the payment has no agency yet"))
        agency = data.agency(pay.agency_id)
        cust_id = request.form.get("customer_id", type=int)
        if cust_id:
            cust_id = data.customer(cust_id).id
        allocation.book_overpayment(data.db(), pay, agency, cust_id, actor=current_user.username)
        data.db().commit()
        flash(_("Booked as customer credit."), "ok")
    except DomainError as exc:
        data.db().rollback()
        flash(str(exc), "error")
    return redirect(url_for("payments.detail", payment_id=pay.id))


@bp.post("/<int:payment_id>/<any(refund, offset):action>")
@staff_required
def settle(payment_id: int, action: str):  # noqa: ANN201
    pay = data.payment(payment_id)
    fn = optional("core.matching", action)
    if fn is None:
        flash(f"TODO(integration): {action} needs core.matching.{action}", "error")
        return redirect(url_for("payments.detail", payment_id=pay.id))
    try:
        kwargs = {"actor": current_user.username}
        if action == "offset":
            inv = data.db().exec(data.invoices().where(Invoice.number == (request.form.get("invoice") or ""))).first()
            if inv is None:
                raise DomainError(_("no open invoice %(n)s", n=request.form.get("invoice") or ""))
            fn(data.db(), pay, inv, **kwargs)
        else:
            fn(data.db(), pay, **kwargs)
        data.db().commit()
        flash(_("Done."), "ok")
    except (DomainError, TypeError) as exc:
        data.db().rollback()
        flash(str(exc), "error")
    return redirect(url_for("payments.detail", payment_id=pay.id))
