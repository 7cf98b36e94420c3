"""Numbers, money and dates per locale (babel), and small template helpers."""
from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any

from babel import Locale
from babel import dates as bdates
from babel import numbers as bnumbers
from flask import Flask
from flask_babel import get_locale, lazy_pgettext
from flask_login import current_user
from markupsafe import Markup

from core.kernel.identifiers import mask_if_personal, mask_personnummer


def _loc() -> str:
    return str(get_locale() or "sv")


@functools.lru_cache(maxsize=32)
def _babel(name: str) -> Locale:
    """The parsed babel locale (parsing it again for every number of a 50-row list cost a tenth of the page)."""
    return Locale.parse(name)


def _decimal(value: Any) -> Decimal | str:
    """The value as a Decimal, or as text when it is empty or not a number (shown as it is)."""
    if value is None or value == "":
        return ""
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return str(value)


def money(value: Any, currency: str | None = None) -> str:
    value = _decimal(value)
    if isinstance(value, str):
        return value
    if currency:
        return bnumbers.format_currency(value, currency, locale=_babel(_loc()))
    return bnumbers.format_decimal(value, format="#,##0.00", locale=_babel(_loc()))


def number(value: Any, digits: int | None = None) -> str:
    value = _decimal(value)
    if isinstance(value, str):
        return value
    if digits is not None:
        pattern = "#,##0." + "0" * digits if digits else "#,##0"
        return bnumbers.format_decimal(value, format=pattern, locale=_babel(_loc()))
    return bnumbers.format_decimal(value.normalize() if value == value.to_integral() else value, locale=_babel(_loc()))


def percent(value: Any) -> str:
    if value is None:
        return ""
    return bnumbers.format_percent(Decimal(str(value)), format="#,##0.0 %", locale=_babel(_loc()))


def date(value: Any) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return bdates.format_datetime(value, "short", locale=_babel(_loc()))
    loc = _loc()
    return bdates.format_date(value, "short" if loc != "en" else "d MMM yyyy", locale=_babel(loc))


def org_no(value: str | None, kind: str | None = None) -> str:
    """Personal identity numbers are masked in lists (a 13-character number without a kind is one: YYYYMMDD-NNNN)."""
    if not value:
        return ""
    private = kind == "private" or (kind is None and len(value) == 13)
    return mask_personnummer(value) if private else value


# statuses in words (one translation per use, not a dict of all of them per row); the context "status" keeps
# a status in the singular where a column header of counts uses the same English word
STATUS_LABELS = {
    "draft": lazy_pgettext("status", "Draft"),
    "held": lazy_pgettext("status", "Held"),
    "issued": lazy_pgettext("status", "Issued"),
    "paid": lazy_pgettext("status", "Paid"),
    "credited": lazy_pgettext("status", "Credited"),
    "cancelled": lazy_pgettext("status", "Cancelled"),
    "written_off": lazy_pgettext("status", "Written off"),
    "queued": lazy_pgettext("status", "Queued"),
    "running": lazy_pgettext("status", "Running"),
    "done": lazy_pgettext("status", "Done"),
    "failed": lazy_pgettext("status", "Failed"),
    "claimed": lazy_pgettext("status", "Running"),
    "recorded": lazy_pgettext("status", "Recorded"),
    "waiting_for_answer": lazy_pgettext("status", "Waiting for an answer"),
    "needs_review": lazy_pgettext("status", "Needs review"),
    "ready": lazy_pgettext("status", "Ready"),
    "invoiced": lazy_pgettext("status", "Invoiced"),
    "rejected": lazy_pgettext("status", "Rejected"),
    "open": lazy_pgettext("status", "Open"),
    "answered": lazy_pgettext("status", "Answered"),
    "placed_by_clerk": lazy_pgettext("status", "Already placed by a clerk"),  # a payment question
    "withdrawn": lazy_pgettext("status", "Withdrawn"),
    "stored": lazy_pgettext("status", "Stored"),
    "processed": lazy_pgettext("status", "Processed"),
    "quarantined": lazy_pgettext("status", "Quarantined"),
    "discarded": lazy_pgettext("status", "Discarded"),
    "matched": lazy_pgettext("status", "Matched"),
    "unmatched": lazy_pgettext("status", "Unmatched"),
    "partly_allocated": lazy_pgettext("status", "Partly allocated"),
    "allocated": lazy_pgettext("status", "Allocated"),
    "refunded": lazy_pgettext("status", "Refunded"),
    "pending": lazy_pgettext("status", "Pending"),
    "sent": lazy_pgettext("status", "Sent"),
    "pending_approval": lazy_pgettext("status", "Awaiting approval"),
    "approved": lazy_pgettext("status", "Approved"),
    "applied": lazy_pgettext("status", "Applied"),
    "partial": lazy_pgettext("status", "Partly issued"),  # an invoicing file (core.requests InvoiceBatch)
    "questions": lazy_pgettext("status", "Waiting for answers"),
    "empty": lazy_pgettext("status", "Empty"),
}


def status_label(value: str | None) -> str:
    """A status as the reader says it; an unknown one as it is."""
    return str(STATUS_LABELS.get(value or "", value or ""))


def register(app: Flask) -> None:
    app.jinja_env.filters.update(money=money, number=number, percent=percent, date=date, org_no=org_no,
                                 pin=mask_if_personal, status_label=status_label)

    @app.context_processor
    def helpers() -> dict[str, Any]:
        return {"current_locale": _loc(), "today": dt.date.today(), "me": current_user,
                "Markup": Markup}
