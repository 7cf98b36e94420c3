"""Writing off a confirmed credit loss from the invoice page (konstaterad kundförlust / luottotappio), as
`reskontra invoice write-off` does: core.period.valuation.write_off books the loss (debit 6351, VAT back from
output VAT per ML 15 kap. 9 § / AVL 78 §) and closes the invoice. The reason is required: the audit trail keeps it."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from core.kernel.errors import DomainError
from core.period import valuation
from web import data
from web.access import staff_required
from web.actions import attempt
from web.fmt import money

bp = Blueprint("write_off", __name__, url_prefix="/invoices")


@bp.post("/<int:invoice_id>/write-off")
@staff_required
def write_off(invoice_id: int) -> ResponseReturnValue:
    inv = data.invoice(invoice_id)
    reason = (request.form.get("reason") or "").strip()
    done, wo = attempt(lambda: valuation.write_off(data.db(), inv, reason, actor=current_user.username),
                       errors=(DomainError, ValueError))
    if done:
        flash(_("Invoice %(n)s written off: %(amount)s booked as a confirmed credit loss.", n=inv.number,
                amount=money(wo.amount, inv.currency)), "ok")
    return redirect(url_for("invoices.detail", invoice_id=invoice_id))
