"""Numbers, money and dates per locale (babel), and small template helpers."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from babel import dates as bdates
from babel import numbers as bnumbers
from flask import Flask
from flask_babel import get_locale
from flask_login import current_user
from markupsafe import Markup

from core.kernel.identifiers import mask_personnummer


def _loc() -> str:
    return str(get_locale() or "sv")


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
        return bnumbers.format_currency(value, currency, locale=_loc())
    return bnumbers.format_decimal(value, format="#,##0.00", locale=_loc())


def number(value: Any, digits: int | None = None) -> str:
    value = _decimal(value)
    if isinstance(value, str):
        return value
    if digits is not None:
        return bnumbers.format_decimal(value, format="#,##0." + "0" * digits if digits else "#,##0", locale=_loc())
    return bnumbers.format_decimal(value.normalize() if value == value.to_integral() else value, locale=_loc())


def percent(value: Any) -> str:
    if value is None:
        return ""
    return bnumbers.format_percent(Decimal(str(value)), format="#,##0.0 %", locale=_loc())


def date(value: Any) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return bdates.format_datetime(value, "short", locale=_loc())
    return bdates.format_date(value, "short" if _loc() != "en" else "d MMM yyyy", locale=_loc())


def org_no(value: str | None, kind: str | None = None) -> str:
    """Personal identity numbers are masked in lists (a 13-character number without a kind is one: YYYYMMDD-NNNN)."""
    if not value:
        return ""
    private = kind == "private" or (kind is None and len(value) == 13)
    return mask_personnummer(value) if private else value


def register(app: Flask) -> None:
    app.jinja_env.filters.update(money=money, number=number, percent=percent, date=date, org_no=org_no)

    @app.context_processor
    def helpers() -> dict[str, Any]:
        return {"current_locale": _loc(), "today": dt.date.today(), "me": current_user,
                "Markup": Markup}
