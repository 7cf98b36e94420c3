"""An agency's payment settings for administrators: the account customers pay to (bankgiro / IBAN / BIC), the
reference kind, payment terms, reminder fee and grace days, and the chart of accounts — checked and audited by
core.registers.agency_settings."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from core.registers import agency_settings
from web import data
from web.access import admin_required
from web.actions import attempt

bp = Blueprint("agency_settings", __name__, url_prefix="/admin/agencies")

LABELS = {"bankgiro": _l("Bankgiro"), "iban": _l("IBAN"), "bic": _l("BIC"), "reference_kind": _l("Reference kind"),
          "payment_terms_days": _l("Payment terms (days)"), "reminder_fee": _l("Reminder fee"),
          "reminder_fee_agreed": _l("The reminder fee is agreed with the customers"),
          "reminder_grace_days": _l("Days after the due date before a reminder"),
          "reference_prefix": _l("Reference prefix (agencies sharing a bankgiro or IBAN)"),
          "chart": _l("Chart of accounts")}
KIND_LABELS = {"ocr": _l("OCR number (Bankgirot)"), "ocr_length": _l("OCR number with length digit"),
               "fi": _l("Finnish reference number"), "rf": _l("International RF reference")}
CHART_LABELS = {"bas": _l("BAS (Swedish chart of accounts)"),
                "statens": _l("Statens baskontoplan (Swedish state agencies)"),
                "fi": _l("Finnish chart of accounts")}


@bp.route("/<int:agency_id>/payment-settings", methods=["GET", "POST"])
@admin_required
def edit(agency_id: int) -> ResponseReturnValue:
    agency = data.agency(agency_id)
    errors: dict[str, str] = {}
    values: dict[str, Any] = {k: agency_settings.current(agency, k) for k in agency_settings.FIELDS}
    if request.method == "POST":
        values = {k: request.form.get(k, "") for k in agency_settings.FIELDS}
        values["reminder_fee_agreed"] = "reminder_fee_agreed" in request.form

        def note(exc: Exception) -> None:
            field = getattr(exc, "field", None)
            errors[field if field in LABELS else ""] = getattr(exc, "message", None) or str(exc)

        done, changed = attempt(lambda: agency_settings.update(data.db(), agency, values, current_user.username),
                                on_error=note)
        if done:
            flash(_("Saved: %(what)s.", what=", ".join(str(LABELS[k]) for k in changed)) if changed
                  else _("Nothing changed."), "ok")
            return redirect(url_for("agency_settings.edit", agency_id=agency_id))
    kinds = agency_settings.REFERENCE_KINDS.get(agency.country, tuple(KIND_LABELS))
    return render_template("web/agency_settings.html", a=agency, v=values, errors=errors, labels=LABELS,
                           kinds=[(k, KIND_LABELS[k]) for k in kinds],
                           charts=[(c, CHART_LABELS.get(c, c)) for c in agency_settings.charts_for(agency)]), \
        400 if errors else 200


