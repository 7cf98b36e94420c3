"""Payments entered by the clerk: a bank file uploaded in the browser (core.payments.importing with the parser of
intake.bankfiles, as `reskontra payments import` does) and a payment registered by hand
(core.payments.registration, as `reskontra payments register`). The file is imported exactly once and all or
nothing: a rejected file shows its one-line reason and nothing is stored. A large file is imported by a worker
process (intake.bank_import_job), its page showing progress and then the same summary."""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from sqlmodel import select
from wtforms import SelectField, StringField
from wtforms.validators import DataRequired, Length, Optional

from core.kernel import currencies
from core.kernel.errors import DomainError
from core.kernel.money import to_decimal
from core.payments import importing, registration
from core.payments.models import Allocation
from core.platform import jobs
from core.platform.settings import var_dir
from intake.bank_import_job import bank_import_job
from intake.bankfiles import BankFileError, parse_bank_file
from web import bank_words, data, fmt, typed_dates
from web.access import staff_required
from web.actions import attempt

bp = Blueprint("payment_entry", __name__, url_prefix="/payments")
# a file larger than this (about 300 payments) is imported by a worker, not inside the request
INLINE_BYTES = 50_000

METHOD_LABELS = {"reference": _l("by reference number"), "reference_fuzzy": _l("by a reference with a typo"),
                 "advice": _l("by payment advice"), "amount_payer": _l("by amount and payer")}


class BankFileForm(FlaskForm):
    file = FileField(_l("Bank file"), validators=[FileRequired()])
    format = SelectField(_l("Format"), choices=[("", _l("Recognise from the file")), ("bgmax", "BgMax"),
                                                ("camt054", "camt.054")], validators=[Optional()])


class PaymentForm(FlaskForm):
    agency = SelectField(_l("Agency"), coerce=int)
    amount = StringField(_l("Amount"), validators=[DataRequired(), Length(max=20)])
    date = StringField(_l("Payment date"), validators=[DataRequired(), Length(max=20)],
                       default=lambda: typed_dates.typed(dt.date.today()))  # typed the reader's way, not the browser's
    currency = StringField(_l("Currency"), validators=[Optional(), Length(max=3)],
                           description=_l("empty: the agency's currency"))
    invoice = StringField(_l("Invoice number"), validators=[Optional(), Length(max=32)],
                          description=_l("empty: placed by the matching rules"))
    reference = StringField(_l("Reference (OCR)"), validators=[Optional(), Length(max=64)])
    payer = StringField(_l("Payer"), validators=[Optional(), Length(max=200)])
    payer_org_no = StringField(_l("Payer's organisation number"), validators=[Optional(), Length(max=20)])


@bp.route("/import", methods=["GET", "POST"])
@staff_required
def upload() -> ResponseReturnValue:
    """The upload form; on a valid file the import result in words, on a rejected one its reason (400)."""
    form = BankFileForm()
    if not form.validate_on_submit():
        return render_template("web/payment_import.html", form=form, error=None)
    raw = form.file.data.read()
    name = form.file.data.filename or "bankfile"
    if len(raw) > current_app.config.get("BANK_IMPORT_INLINE_BYTES", INLINE_BYTES):
        return _queue_import(raw, name, form.format.data or None)
    try:
        result = importing.import_file(data.db(), raw, name, form.format.data or None, parse=parse_bank_file,
                                       actor=current_user.username)
        _require_own_agencies(result.agencies)
    except (BankFileError, importing.FileRejected) as exc:
        data.db().rollback()
        where = _(" at %(where)s", where=bank_words.place(exc.location)) if exc.location else ""
        return _rejected(form, _("%(file)s rejected%(where)s: %(reason)s — nothing was imported.", file=name,
                                 where=where, reason=bank_words.reason(exc.message)))
    except DomainError as exc:
        data.db().rollback()
        return _rejected(form, _("%(file)s rejected: %(reason)s — nothing was imported.", file=name, reason=exc))
    data.db().commit()
    return render_template("web/payment_import_result.html", r=result, methods=METHOD_LABELS)


def _queue_import(raw: bytes, name: str, fmt: str | None) -> ResponseReturnValue:
    """A large file is imported by a worker (intake.bank_import_job); the same file while its job is queued or
    running shows that job (a second click imports nothing twice; the file's sha256 guards the import itself)."""
    digest = hashlib.sha256(raw).hexdigest()
    folder = var_dir() / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest}.bank"
    path.write_bytes(raw)
    job, _new = jobs.enqueue(data.db(), "bank_import", f"bank_import|{digest}", bank_import_job,
                             {"path": str(path), "name": name, "fmt": fmt, "actor": current_user.username,
                              "agencies": [a.code for a in data.agencies()]}, current_user.username)
    data.db().commit()
    return redirect(url_for("payment_entry.import_job", job_id=job.id))


@bp.get("/import/jobs/<int:job_id>")
@staff_required
def import_job(job_id: int) -> ResponseReturnValue:
    """The queued import: its progress, then its summary (only for the clerk who uploaded it, or an admin)."""
    job = jobs.get(data.db(), job_id)
    if job is None or job.kind != "bank_import" or (job.created_by != current_user.username
                                                     and not current_user.is_admin):
        abort(404)
    return render_template("web/payment_import_job.html", job=job, methods=METHOD_LABELS)


def _require_own_agencies(codes: list[str]) -> None:
    """A file paying into an agency the clerk does not work for is refused (the caller rolls back)."""
    mine = {a.code for a in data.agencies()}
    others = sorted(set(codes) - mine)
    if others:
        raise DomainError(_("the file pays into %(codes)s, which you do not work for", codes=", ".join(others)))


def _rejected(form: BankFileForm, message: str) -> ResponseReturnValue:
    return render_template("web/payment_import.html", form=form, error=message), 400


@bp.route("/register", methods=["GET", "POST"])
@staff_required
def register() -> ResponseReturnValue:
    """Register a payment by hand; the payment's page then shows where it was allocated."""
    form = PaymentForm()
    form.agency.choices = [(a.id, f"{a.code} {a.name}") for a in data.agencies()]
    if form.validate_on_submit():
        done, pay = attempt(lambda: _register(form), errors=(DomainError, ValueError),
                            on_error=lambda e: _field_error(form, e))
        if done:
            flash(*_outcome(pay, (form.invoice.data or "").strip()))
            return redirect(url_for("payments.detail", payment_id=pay.id))
    return render_template("web/payment_register.html", form=form), 400 if form.errors else 200


def _register(form: PaymentForm) -> Any:
    agency = data.agency(form.agency.data)
    cur = (form.currency.data or "").strip().upper() or None
    if cur and not currencies.is_currency(cur):
        raise DomainError(_("not a currency: %(c)s", c=cur), "currency")
    try:
        amount = to_decimal((form.amount.data or "").replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except ValueError:
        raise DomainError(_("give the amount as a number, e.g. 1250.50"), "amount") from None
    pay = registration.register_payment(
        data.db(), agency, amount, typed_dates.parse_day(form.date.data or "", "date"),
        (form.reference.data or "").strip() or None,
        (form.payer.data or "").strip() or None, (form.payer_org_no.data or "").strip() or None,
        (form.invoice.data or "").strip() or None, cur, actor=current_user.username)
    data.db().flush()
    return pay


def _outcome(pay: Any, number: str) -> tuple[str, str]:
    """What the registration did with the money, in words. A payment for an invoice that has nothing open (a
    credit note, a paid or credited invoice — often a mistyped number) becomes the customer's credit in the core;
    the clerk read only "Payment registered." and took the invoice for paid."""
    rows = data.db().exec(select(Allocation).where(Allocation.payment_id == pay.id)).all()
    placed = sum((a.amount for a in rows if a.invoice_id and a.method != "overpayment"), Decimal("0"))
    credit = sum((a.amount for a in rows if a.method == "overpayment"), Decimal("0"))
    if not number or not rows:
        return _("Payment registered."), "ok"
    amount, rest = fmt.money(placed, pay.currency), fmt.money(credit, pay.currency)
    if placed and credit:
        return _("Payment registered: %(a)s on invoice %(n)s, the rest %(c)s as the customer's credit (to refund "
                 "or offset).", a=amount, n=number, c=rest), "ok"
    if credit:
        return _("Payment registered, but invoice %(n)s has nothing open: the whole %(c)s is the customer's "
                 "credit (to refund or offset). Check the invoice number.", n=number, c=rest), "error"
    return _("Payment registered: %(a)s on invoice %(n)s.", a=amount, n=number), "ok"


def _field_error(form: PaymentForm, exc: Exception) -> None:
    """The error next to the field it concerns (the form's top otherwise)."""
    name = getattr(exc, "field", None)
    message = getattr(exc, "message", None) or str(exc)
    target = getattr(form, name, None) if name else None
    if target is not None and hasattr(target, "errors"):
        target.errors = [*target.errors, message]
    else:
        flash(message, "error")
