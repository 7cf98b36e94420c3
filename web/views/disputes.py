"""Marking an invoice disputed (tvistig kundfordran) from the invoice page, and ending the dispute, as
`reskontra invoice dispute` does: core.billing.disputes reclassifies the open amount to 1516 and back, and the
reminder, interest and collection runs leave a disputed invoice alone. The reason is required to mark (the audit
trail and the customer page show what the customer contests); a Flask-WTF form, so the CSRF token is checked."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, flash, redirect, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length, Optional

from core.billing import disputes
from core.kernel.errors import DomainError
from web import data
from web.access import staff_required
from web.actions import attempt

bp = Blueprint("disputes", __name__, url_prefix="/invoices")


class DisputeForm(FlaskForm):
    """Mark: what the customer contests (required)."""

    reason = StringField(_l("What the customer contests"), validators=[DataRequired(), Length(max=500)])


class ClearDisputeForm(FlaskForm):
    """End the dispute: how it was settled (optional)."""

    reason = StringField(_l("How it was settled"), validators=[Optional(), Length(max=500)])


@bp.post("/<int:invoice_id>/dispute")
@staff_required
def mark(invoice_id: int) -> ResponseReturnValue:
    inv = data.invoice(invoice_id)
    form = DisputeForm()
    if not form.validate_on_submit():
        flash(_("A dispute needs a reason: what the customer contests."), "error")
        return redirect(url_for("invoices.detail", invoice_id=invoice_id))
    agency = data.agency(inv.agency_id)
    done, _state = attempt(lambda: disputes.mark(data.db(), agency, inv, form.reason.data or "",
                                                 current_user.username, dt.date.today(), source="web"),
                           errors=(DomainError,))
    if done:
        flash(_("Invoice %(n)s is disputed: no reminders, interest or collection until the dispute ends.",
                n=inv.number), "ok")
    return redirect(url_for("invoices.detail", invoice_id=invoice_id))


@bp.post("/<int:invoice_id>/dispute/clear")
@staff_required
def clear(invoice_id: int) -> ResponseReturnValue:
    inv = data.invoice(invoice_id)
    form = ClearDisputeForm()
    if not form.validate_on_submit():
        flash(_("The form has expired. Reload the page and try again."), "error")
        return redirect(url_for("invoices.detail", invoice_id=invoice_id))
    agency = data.agency(inv.agency_id)
    done, _state = attempt(lambda: disputes.clear(data.db(), agency, inv, form.reason.data or "",
                                                  current_user.username, dt.date.today(), source="web"),
                           errors=(DomainError,))
    if done:
        flash(_("The dispute on invoice %(n)s has ended.", n=inv.number), "ok")
    return redirect(url_for("invoices.detail", invoice_id=invoice_id))
