"""Payment advices (betalningsavier / maksuaviisit): what a payer says a payment settles — the advices agencies
forwarded by mail (intake) and the ones a clerk types from paper or a phone call — with their items and whether a
payment has settled them. A payment without a usable reference is matched against them (core.payments.matching,
method "advice"), so a clerk enters an advice before the bank file arrives rather than splitting by hand after."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from sqlmodel import col, select

from core.kernel.errors import DomainError
from core.kernel.money import to_decimal
from core.payments.models import PaymentAdvice, PaymentAdviceItem
from core.views import keyset
from intake.pipeline import store_advice
from web import data, paging, typed_dates
from web.access import staff_required
from web.actions import attempt
from web.fmt import money

bp = Blueprint("advices", __name__, url_prefix="/payments/advices")
ROWS = 6
# newest first, paged by keyset (core.views.keyset) with the count and the totals per currency
KEYS = keyset.Keys(col(PaymentAdvice.id))
SUMS = keyset.Sums(col(PaymentAdvice.currency), {"total": col(PaymentAdvice.total)})


@bp.get("/")
@staff_required
def index() -> str:
    page = keyset.page(data.db(), data.scoped_or_unassigned(PaymentAdvice), KEYS, *paging.cursor(), sums=SUMS)
    advices = page.rows
    ids = [a.id for a in advices]
    items: dict[int, list[PaymentAdviceItem]] = {}
    if ids:
        for it in data.db().exec(select(PaymentAdviceItem).where(col(PaymentAdviceItem.advice_id).in_(ids))
                                 .order_by(col(PaymentAdviceItem.id))):
            items.setdefault(it.advice_id, []).append(it)
    return render_template("web/advices.html", advices=advices, page=page, args=paging.kept_args(), items=items,
                           agencies=data.agencies(),
                           codes={a.id: a.code for a in data.agencies()}, rows=ROWS,
                           today=dt.date.today().isoformat())


def _advice_from_form() -> dict[str, Any]:
    f = request.form
    rows: list[dict[str, str | None]] = []
    total = Decimal("0")
    for i in range(ROWS):
        number = (f.get(f"invoice-{i}") or "").strip()
        raw = (f.get(f"amount-{i}") or "").strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        if not number and not raw:
            continue
        if not raw:
            raise DomainError(_("give the amount paid for invoice %(n)s", n=number), f"amount-{i}")
        try:
            amount = to_decimal(raw)
        except (DomainError, ValueError):
            raise DomainError(_("give the amount as a number, e.g. 1250.50"), f"amount-{i}") from None
        rows.append({"invoice_number": number or None, "amount": str(amount)})
        total += amount
    if not rows:
        raise DomainError(_("give at least one invoice and the amount paid for it"), "invoice-0")
    day = typed_dates.parse_day(f.get("date") or "", "date")
    return {"payer": {"name": (f.get("payer") or "").strip() or None,
                      "org_no": (f.get("payer_org_no") or "").strip() or None},
            "payment_date": day.isoformat(), "items": rows,
            "total": str(total)}


@bp.post("/")
@staff_required
def create() -> ResponseReturnValue:
    agency = data.agency(request.form.get("agency"))

    def store() -> PaymentAdvice:
        advice = _advice_from_form()
        advice["currency"] = agency.currency
        return store_advice(data.db(), None, advice, agency)

    done, advice = attempt(store, errors=(DomainError, ValueError))
    if done:
        flash(_("Payment advice saved: a payment of %(total)s from %(payer)s will be placed by it.",
                total=money(advice.total, advice.currency or agency.currency), payer=advice.payer_name or "—"), "ok")
    return redirect(url_for("advices.index"))
