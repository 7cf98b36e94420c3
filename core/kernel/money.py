"""Money and exact decimals.

All money is `Decimal`. Rounding happens only through `round_money` (half-up to 2 decimals) at the documented
points: line net amount, VAT per rate, interest total, allocation amounts. Never float.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def to_decimal(value: object, field: str = "amount") -> Decimal:
    """Parse a plain decimal (str/int/Decimal) exactly; floats are refused because they are not exact."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        raise TypeError(f"{field}: float is not allowed for money, use Decimal or str")
    try:
        return Decimal(str(value).strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"{field}: not a decimal number: {value!r}") from exc


def round_money(value: Decimal) -> Decimal:
    """Round half-up to two decimals (öre/cent)."""
    return to_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def money_str(value: Decimal | None) -> str | None:
    """JSON form of money: a plain string with two decimals."""
    return None if value is None else str(round_money(value))


def price_str(value: Decimal) -> str:
    """A unit price as text: two decimals, more only when the price has them ("1150.00", "333.3333")."""
    if value == value.quantize(CENT):
        return format(value.quantize(CENT), "f")
    return format(value.normalize(), "f")
