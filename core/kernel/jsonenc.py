"""The one JSON encoding of Reskontra's values, for CLI output, the API, audit details and stored summaries.

Amounts are `Decimal` and leave as strings in plain notation ("1250.00", never 1250.0 and never "1.25E+3"), so a
reader never meets a float; dates and datetimes leave as ISO 8601.
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any, overload


def decimal_str(value: Decimal) -> str:
    """A Decimal in plain notation, keeping its exponent's digits ("100.00", "1E+2" -> "100")."""
    return format(value, "f")


def number_str(value: Decimal) -> str:
    """A rate or quantity without trailing zeros, in plain notation: 10 -> "10" (str(Decimal("10").normalize()) is
    "1E+1"), 25.50 -> "25.5", 0.125 -> "0.125"."""
    return format(value.normalize(), "f")


def json_default(obj: object) -> str:
    """`json.dumps(default=...)`: Decimal as a plain string, dates ISO; anything else is a programming error."""
    if isinstance(obj, Decimal):
        return decimal_str(obj)
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


# A JSON column holds whatever JSON the writer put there, so its members are typed Any for the reader.
@overload
def jsonable(value: dict[Any, Any]) -> dict[str, Any]: ...
@overload
def jsonable(value: list[Any] | tuple[Any, ...]) -> list[Any]: ...
@overload
def jsonable(value: Decimal | dt.date) -> str: ...
@overload
def jsonable(value: object) -> object: ...
def jsonable(value: object) -> object:
    """The same value made of JSON types only (for JSON columns): Decimal and dates as strings, tuples as lists,
    keys as strings."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (Decimal, dt.date, dt.datetime)):
        return json_default(value)
    return value


def dumps(data: object, indent: int | None = None) -> str:
    """JSON text with `json_default`, non-ASCII kept (å, ä, ö stay readable)."""
    return json.dumps(data, default=json_default, ensure_ascii=False, indent=indent)
