"""Plausibility checks that stop automatic issuing and say why. Pure: the caller supplies the facts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

PRICE_DEVIATION = Decimal("0.5")  # more than ±50 % from the register price
DUPLICATE_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Limits:
    """An agency's plausibility limits (core.registers.models.Agency: max_invoice_amount, max_line_quantity,
    max_days_ahead): an absurd amount, quantity or date holds the invoice for a clerk instead of issuing it."""

    max_total: Decimal | None = None
    max_quantity: Decimal | None = None
    max_days_ahead: int | None = None
    today: dt.date | None = None


@dataclass
class LineFacts:
    index: int
    quantity: Decimal
    unit_price: Decimal
    register_price: Decimal | None
    price_given: bool


def check(lines: list[LineFacts], total: Decimal, invoice_date: dt.date, due_date: dt.date | None,
          duplicate_numbers: list[str], kind: str = "invoice", limits: Limits | None = None,
          supply_date: dt.date | None = None) -> list[dict]:
    """Warnings (code, field, message). Any warning holds the invoice for a clerk."""
    warnings: list[dict] = _limit_warnings(lines, total, invoice_date, supply_date, limits) if limits else []
    sign = Decimal(-1) if kind == "credit_note" else Decimal(1)
    for ln in lines:
        if ln.quantity * sign <= 0:
            warnings.append(_w("quantity_not_positive", f"lines[{ln.index}].quantity",
                               f"line {ln.index + 1}: quantity {ln.quantity} is not positive"))
        if ln.price_given and ln.register_price and ln.register_price > 0:
            deviation = abs(ln.unit_price - ln.register_price) / ln.register_price
            if deviation > PRICE_DEVIATION:
                warnings.append(_w("price_deviation", f"lines[{ln.index}].unit_price",
                                   f"line {ln.index + 1}: price {ln.unit_price} is far from the register price "
                                   f"{ln.register_price}"))
    if total * sign <= 0:
        warnings.append(_w("total_not_positive", "total", f"invoice total {total} is not positive"))
    if due_date and due_date < invoice_date:
        warnings.append(_w("due_before_invoice_date", "due_date",
                           f"due date {due_date} is before the invoice date {invoice_date}"))
    if duplicate_numbers:
        warnings.append(_w("likely_duplicate", "customer",
                           "same customer and amount within 30 days: " + ", ".join(duplicate_numbers)))
    return warnings


def _limit_warnings(lines: list[LineFacts], total: Decimal, invoice_date: dt.date, supply_date: dt.date | None,
                    limits: Limits) -> list[dict]:
    out = []
    if limits.max_total is not None and abs(total) > limits.max_total:
        out.append(_w("amount_above_limit", "total", f"invoice total {total} is above the agency's limit "
                                                    f"{limits.max_total}"))
    for ln in lines:
        if limits.max_quantity is not None and abs(ln.quantity) > limits.max_quantity:
            out.append(_w("quantity_above_limit", f"lines[{ln.index}].quantity",
                          f"line {ln.index + 1}: quantity {ln.quantity} is above the agency's limit "
                          f"{limits.max_quantity}"))
    today = limits.today or dt.date.today()
    for name, day in (("invoice_date", invoice_date), ("supply_date", supply_date)):
        if day and limits.max_days_ahead is not None and (day - today).days > limits.max_days_ahead:
            out.append(_w("date_far_in_future", name, f"{name.replace('_', ' ')} {day} is more than "
                                                      f"{limits.max_days_ahead} days ahead"))
    return out


def _w(code: str, field: str, message: str) -> dict:
    return {"code": code, "field": field, "message": message}
