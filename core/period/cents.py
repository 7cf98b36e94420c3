"""Money as integer cents in the period-end reports' SQL: sums of a million amounts stay small and exact (a NUMERIC
sum keeps ~700 bytes of state per group on PostgreSQL), and are turned back into money strings or Decimals once."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session


def cents(session: Session, expr: sa.ColumnElement[Any]) -> sa.ColumnElement[int]:
    """A money expression as integer cents: SQLite stores money as scaled integers already (core.kernel.types),
    PostgreSQL as NUMERIC."""
    if session.get_bind().dialect.name == "sqlite":
        return sa.type_coerce(expr, sa.BigInteger)
    return sa.cast(expr * 100, sa.BigInteger)


def money(c: int) -> str:
    """Cents as a money string ("1250.00", "-60.00"), never in exponent notation."""
    q, r = divmod(abs(c), 100)
    return f"{'-' if c < 0 else ''}{q}.{r:02d}"


def dec(c: int) -> Decimal:
    """Cents as an exact Decimal of two places."""
    return Decimal(c).scaleb(-2)
