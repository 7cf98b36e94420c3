"""Payments workbench: unmatched and partly matched payments with ranked suggestions (core.payments.matching);
manual allocation and splits, refunds and offsets of customer credit (core.payments.placing); overpayments booked
as customer credit (core.payments.allocation)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlmodel import col, select
from werkzeug.wrappers import Response

from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.kernel.money import to_decimal
from core.kernel.types import stored_id
from core.payments import allocation, book_loader, matching, placing
from core.payments import questions as payment_questions
from core.payments.facts import PaymentFacts, cents
from core.payments.models import Allocation, BankFileRecord, Payment, PaymentQuestion, QuestionPayment
from core.views import keyset, payment_list
from web import data, paging
from web.access import staff_required
from web.actions import attempt
from web.errors import core_text
from web.labels import error_text, not_a_number

bp = Blueprint("payments", __name__, url_prefix="/payments")
OPEN = ("unmatched", "partly_matched")
SPLIT_ROWS = 3  # rows the split form offers (more come back when more were typed)
MAX_SPLIT_ROWS = 10


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
    result = payment_list.page(data.db(), q, *paging.cursor())
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


QUESTION_STATUSES = ("open", "answered", "placed_by_clerk")
QUESTION_KEYS = keyset.Keys(col(PaymentQuestion.id))


@bp.get("/questions")
@staff_required
def questions() -> str:
    """The questions the agencies were asked about payments, open ones first to see (a question closes when the
    agency answered or a clerk placed everything it asks about: core.payments.question_state)."""
    status = request.args.get("status", "open")
    q = data.scoped(PaymentQuestion)
    if status in QUESTION_STATUSES:
        q = q.where(PaymentQuestion.status == status)
    result = keyset.page(data.db(), q, QUESTION_KEYS, *paging.cursor())
    ids = [stored_id(x) for x in result.rows]
    listed: dict[int, list[Payment]] = {}
    if ids:
        qp = QuestionPayment.__table__.c
        rows = data.db().execute(select(qp.question_id, Payment).join(Payment, col(Payment.id) == qp.payment_id)
                                 .where(qp.question_id.in_(ids)).order_by(col(Payment.id)))
        for qid, pay in rows:
            listed.setdefault(qid, []).append(pay)
    return render_template("web/payment_questions.html", page=result, listed=listed, status=status,
                           statuses=QUESTION_STATUSES, args=paging.kept_args(),
                           codes={a.id: a.code for a in data.agencies()})


@bp.get("/<int:payment_id>")
@staff_required
def detail(payment_id: int) -> ResponseReturnValue:
    return _detail(data.payment(payment_id))


def _detail(pay: Payment, split: list[dict[str, str]] | None = None, status: int = 200) -> ResponseReturnValue:
    """The payment page; a split that failed comes back with every row as typed and its error next to it."""
    allocs = data.db().exec(select(Allocation).where(Allocation.payment_id == pay.id)
                            .order_by(col(Allocation.id))).all()
    ids = [a.invoice_id for a in allocs if a.invoice_id]
    numbers = dict(data.db().exec(select(Invoice.id, Invoice.number).where(col(Invoice.id).in_(ids))).all())
    return render_template("web/payment.html", p=pay, allocations=allocs, suggestions=ranked_suggestions(pay),
                           invoice_numbers=numbers,
                           credit=allocation.customer_credit(data.db(), pay),
                           question=payment_questions.open_question_of(data.db(), pay),
                           bank_file=data.db().get(BankFileRecord, pay.bank_file_id) if pay.bank_file_id else None,
                           split=split or [{} for _ in range(SPLIT_ROWS)]), status


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
    """Manual allocation; several invoice/amount rows split the payment. Nothing is allocated unless every row
    can be: a row that cannot (an invoice not found, an amount that is no number or more than is open) sends the
    form back with every row as typed and the error next to its row (never a redirect that empties the form)."""
    pay = data.payment(payment_id)
    typed = _typed_split()
    plan = _planned_split(pay, typed)
    if any(r.get("error") for r in typed):
        return _detail(pay, typed, 400)
    for i, number, amount in plan:
        try:
            placing.allocate_manually(data.db(), stored_id(pay), number, amount, actor=current_user.username)
        except (DomainError, ValueError) as exc:
            data.db().rollback()
            _mark(typed[i], i, exc)
            return _detail(data.payment(payment_id), typed, 400)
    data.db().commit()
    flash(ngettext("%(n)s allocation made.", "%(n)s allocations made.", len(plan), n=len(plan)), "ok")
    return _back(pay)


def _typed_split() -> list[dict[str, str]]:
    """The split form's rows as typed (at least the rows the form offers)."""
    typed = [{"invoice": (request.form.get(f"invoice-{i}") or "").strip(),
              "amount": (request.form.get(f"amount-{i}") or "").strip()} for i in range(MAX_SPLIT_ROWS)]
    last = max((i for i, r in enumerate(typed) if r["invoice"] or r["amount"]), default=-1)
    return typed[:max(last + 1, SPLIT_ROWS)]


def _planned_split(pay: Payment, typed: list[dict[str, str]]) -> list[tuple[int, str, Decimal | None]]:
    """(row, invoice number, amount) of every filled row; a row that cannot be read gets its error instead."""
    plan: list[tuple[int, str, Decimal | None]] = []
    for i, row in enumerate(typed):
        if not (row["invoice"] or row["amount"]):
            continue
        try:
            number = _invoice_number(pay, f"invoice-{i}") if row["invoice"] else None
            if number is None:
                raise DomainError(_("give an invoice number"), f"invoice-{i}")
            plan.append((i, number, _split_amount(row["amount"], f"amount-{i}")))
        except DomainError as exc:
            _mark(row, i, exc)
    if not plan and not any(r.get("error") for r in typed):
        _mark(typed[0], 0, DomainError(_("give an invoice number"), "invoice-0"))
    return plan


def _split_amount(text: str, name: str) -> Decimal | None:
    """The amount as the clerk writes it ("1 250,50"); empty: what the invoice has open."""
    if not text:
        return None
    try:
        value = to_decimal(text.replace("\xa0", "").replace(" ", "").replace(",", "."))
    except ValueError:
        raise DomainError(not_a_number(text), name) from None
    if not value.is_finite():
        raise DomainError(not_a_number(text), name)
    return value


def _mark(row: dict[str, str], i: int, exc: Exception) -> None:
    """The row's error in words, and which of its two fields it concerns."""
    field = getattr(exc, "field", None) or ""
    row["invalid"] = "invoice" if field.startswith("invoice") else "amount"
    label = _("Invoice number") if row["invalid"] == "invoice" else _("Amount")
    text = core_text(exc.message) if isinstance(exc, DomainError) else error_text(exc)
    row["error"] = f"{label}: {text}"


@bp.post("/<int:payment_id>/overpayment")
@staff_required
def overpayment(payment_id: int) -> ResponseReturnValue:
    pay = data.payment(payment_id)

    def book() -> None:
        cust_id = request.form.get("customer_id", type=int)
        placing.book_credit(data.db(), pay, data.agency(_agency_id(pay)),
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
