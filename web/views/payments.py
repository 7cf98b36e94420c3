"""Payments workbench: unmatched and partly matched payments with ranked suggestions (core.payments.matching);
manual allocation and splits, refunds and offsets of customer credit (core.payments.placing); overpayments booked
as customer credit (core.payments.allocation)."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import col, select
from werkzeug.wrappers import Response

from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.kernel.types import stored_id
from core.payments import allocation, book_loader, matching, placing
from core.payments import questions as payment_questions
from core.payments.facts import PaymentFacts, cents
from core.payments.models import Allocation, Payment
from core.views import payment_list
from web import data
from web.access import staff_required
from web.actions import attempt

bp = Blueprint("payments", __name__, url_prefix="/payments")
OPEN = ("unmatched", "partly_matched")


@bp.get("/")
@staff_required
def index() -> str:
    # no status asked: the queue to work (open); "All" sends an empty status and means every payment
    status = request.args.get("status", "open")
    status = "" if status == "all" else status
    q = data.payments()
    if status == "open":
        q = q.where(col(Payment.status).in_(OPEN))
    elif status:
        q = q.where(Payment.status == status)
    before = request.args.get("before")
    result = payment_list.page(data.db(), q, before or request.args.get("after"), backwards=bool(before))
    args = {"status": request.args["status"]} if "status" in request.args else {}
    return render_template("web/payments.html", payments=result.rows, page=result, args=args, status=status,
                           codes={a.id: a.code for a in data.agencies()})


def ranked_suggestions(pay: Payment) -> list[dict[str, Any]]:
    """Candidates for what is still unplaced, ranked fresh by core.payments.matching against today's open invoices
    (the ones stored at import when the payment has no agency yet); only invoices the user may see."""
    if pay.agency_id and pay.status in OPEN and pay.unallocated > 0:
        facts = PaymentFacts(cents(pay.unallocated), pay.currency, pay.payment_date,
                             reference=pay.reference, remittance=(pay.remittance,) if pay.remittance else (),
                             payer_name=pay.payer_name, payer_org_no=pay.payer_org_no)
        rows = matching.suggestions(facts, book_loader.load_book(data.db(), pay.agency_id, only=[facts]))
    else:
        rows = [s for s in pay.suggestions or [] if isinstance(s, dict)]
    ids = [s["invoice_id"] for s in rows if s.get("invoice_id")]
    visible = {inv.id: inv for inv in data.db().exec(data.invoices().where(col(Invoice.id).in_(ids)))} if ids else {}
    return [{**s, "invoice": visible[s["invoice_id"]]} for s in rows if s.get("invoice_id") in visible]


@bp.get("/<int:payment_id>")
@staff_required
def detail(payment_id: int) -> str:
    pay = data.payment(payment_id)
    allocs = data.db().exec(select(Allocation).where(Allocation.payment_id == pay.id)
                            .order_by(col(Allocation.id))).all()
    ids = [a.invoice_id for a in allocs if a.invoice_id]
    numbers = dict(data.db().exec(select(Invoice.id, Invoice.number).where(col(Invoice.id).in_(ids))).all())
    return render_template("web/payment.html", p=pay, allocations=allocs, suggestions=ranked_suggestions(pay),
                           invoice_numbers=numbers,
                           credit=allocation.customer_credit(data.db(), pay),
                           question=payment_questions.open_question_of(data.db(), pay))


def _amount(name: str) -> str | None:
    return (request.form.get(name) or "").strip().replace(",", ".").replace(" ", "") or None


def _invoice_number(pay: Payment, name: str) -> str:
    """The invoice number of a form field, when the user may see that invoice (of the payment's agency)."""
    number = (request.form.get(name) or "").strip()
    q = data.invoices().where(Invoice.number == number)
    if pay.agency_id:
        q = q.where(Invoice.agency_id == pay.agency_id)
    if not number or data.db().exec(q).first() is None:
        raise DomainError(_("no open invoice %(n)s", n=number), name)
    return number


def _agency_id(pay: Payment) -> int:
    if not pay.agency_id:
        raise DomainError(_("allocate to an invoice first: the payment has no agency yet"))
    return pay.agency_id


def _back(pay: Payment) -> Response:
    return redirect(url_for("payments.detail", payment_id=pay.id))


@bp.post("/<int:payment_id>/allocate")
@staff_required
def allocate(payment_id: int) -> ResponseReturnValue:
    """Manual allocation; several invoice/amount rows split the payment."""
    pay = data.payment(payment_id)

    def allocate_rows() -> int:
        rows = [i for i in range(10) if (request.form.get(f"invoice-{i}") or "").strip()]
        if not rows:
            raise DomainError(_("give an invoice number"), "invoice-0")
        for i in rows:
            placing.allocate_manually(data.db(), stored_id(pay), _invoice_number(pay, f"invoice-{i}"),
                                       _amount(f"amount-{i}"), actor=current_user.username)
        return len(rows)

    done, n = attempt(allocate_rows, errors=(DomainError, ValueError))
    if done:
        flash(_("%(n)s allocation(s) made.", n=n), "ok")
    return _back(pay)


@bp.post("/<int:payment_id>/overpayment")
@staff_required
def overpayment(payment_id: int) -> ResponseReturnValue:
    pay = data.payment(payment_id)

    def book() -> None:
        cust_id = request.form.get("customer_id", type=int)
        allocation.book_overpayment(data.db(), pay, data.agency(_agency_id(pay)),
                                    data.customer(cust_id).id if cust_id else None, actor=current_user.username)

    attempt(book, ok=_("Booked as customer credit."))
    return _back(pay)


@bp.post("/<int:payment_id>/refund")
@staff_required
def refund(payment_id: int) -> ResponseReturnValue:
    """Pay back the customer credit, or return an unplaced payment to its payer."""
    pay = data.payment(payment_id)
    attempt(lambda: placing.refund_payment(data.db(), stored_id(pay), _amount("amount"), actor=current_user.username)
            if _agency_id(pay) else None,
            ok=_("Refund booked."), errors=(DomainError, ValueError))
    return _back(pay)


@bp.post("/<int:payment_id>/offset")
@staff_required
def offset(payment_id: int) -> ResponseReturnValue:
    """Apply the customer credit to another open invoice of the same customer."""
    pay = data.payment(payment_id)
    attempt(lambda: placing.offset_payment(data.db(), stored_id(pay), _invoice_number(pay, "invoice"),
                                           _amount("amount"), actor=current_user.username)
            if _agency_id(pay) else None,
            ok=_("Offset booked."), errors=(DomainError, ValueError))
    return _back(pay)
