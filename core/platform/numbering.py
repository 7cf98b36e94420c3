"""Gap-free number series, because an invoice needs a sequential number that identifies it uniquely (ML 2023:200
ch. 17; AVL 1501/1993 209 e §). One atomic UPDATE … RETURNING per number: a row lock on PostgreSQL, the write lock
on SQLite. The number belongs to the surrounding transaction: if it rolls back, the number is not used."""
from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from core.platform.models import NumberSeries

_table = NumberSeries.__table__


def ensure_series(session: Session, agency_id: int, series: str, start: int) -> None:
    """Create a series if missing (called when the agency is created, so issuing never races on insert)."""
    exists = session.execute(
        sa.select(_table.c.id).where(_table.c.agency_id == agency_id, _table.c.series == series)
    ).first()
    if not exists:
        session.add(NumberSeries(agency_id=agency_id, series=series, next_value=start))
        session.flush()


def _advance(session: Session, agency_id: int, series: str, by: int, start: int) -> int:
    """Add `by` to the series in one UPDATE … RETURNING (creating it first if missing); the new next value."""
    stmt = (
        sa.update(_table)
        .where(_table.c.agency_id == agency_id, _table.c.series == series)
        .values(next_value=_table.c.next_value + by)
        .returning(_table.c.next_value)
    )
    value = session.execute(stmt).scalar_one_or_none()
    if value is None:
        ensure_series(session, agency_id, series, start)
        value = session.execute(stmt).scalar_one()
    return int(value)


def next_number(session: Session, agency_id: int, series: str, start: int = 1) -> int:
    """Take the next number of a series, atomically."""
    return _advance(session, agency_id, series, 1, start) - 1


def take_block(session: Session, agency_id: int, series: str, count: int, start: int = 1) -> int:
    """Reserve `count` consecutive numbers at once (bulk runs); returns the first."""
    return _advance(session, agency_id, series, count, start) - count
