"""Column types that keep decimals exact on every database.

PostgreSQL stores NUMERIC(precision, scale). SQLite has no exact decimal type (its NUMERIC affinity becomes
REAL), so there the value is stored as a scaled INTEGER (e.g. öre for money) — exact, and SUM() stays exact.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine
from sqlmodel import SQLModel


class ExactDecimal(TypeDecorator[Decimal]):
    """Decimal column: NUMERIC on PostgreSQL, scaled INTEGER on SQLite."""

    impl = sa.Numeric
    cache_ok = True

    def __init__(self, precision: int = 18, scale: int = 2) -> None:
        super().__init__()
        self.precision = precision
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self._quant = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.BigInteger())
        return dialect.type_descriptor(sa.Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: object, dialect: Dialect) -> Decimal | int | None:
        """Python value to the stored one; a float or a value with more decimals than the column is refused."""
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("float is not allowed in an exact decimal column")
        dec = Decimal(str(value)) if not isinstance(value, Decimal) else value
        if dec != dec.quantize(self._quant):
            raise ValueError(f"{dec} has more than {self.scale} decimals")
        if dialect.name == "sqlite":
            return int(dec * self._factor)
        return dec

    def process_result_value(self, value: int | str | Decimal | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)) / self._factor).quantize(self._quant)
        return Decimal(value).quantize(self._quant)

    def __repr__(self) -> str:
        return f"ExactDecimal({self.precision}, {self.scale})"

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


def Money() -> ExactDecimal:
    """Money column: 2 decimals."""
    return ExactDecimal(18, 2)


def Quantity() -> ExactDecimal:
    """Quantities and unit prices may carry 4 decimals."""
    return ExactDecimal(18, 4)


def Rate() -> ExactDecimal:
    """Percent rates (VAT, interest): 4 decimals."""
    return ExactDecimal(9, 4)


class Record(SQLModel):
    """Base of every table model. Declares what SQLAlchemy sets on each table class (`__table__`), so that
    set-based code (`Invoice.__table__.c.open_amount`) is type-checked like the rest."""

    __table__: ClassVar[sa.Table]


def stored_id(row: Record) -> int:
    """The primary key of a row that is known to be stored (added and flushed). A row without one here is a
    programming error, not bad input, so it raises rather than letting `None` travel on as an id."""
    value = getattr(row, "id", None)
    if value is None:
        raise ValueError(f"{type(row).__name__} has no id: it was never stored")
    return int(value)
