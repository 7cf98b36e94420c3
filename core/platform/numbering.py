"""Gap-free number series. One atomic UPDATE … RETURNING per number: a row lock on PostgreSQL, the write lock
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


def next_number(session: Session, agency_id: int, series: str, start: int = 1) -> int:
    """Take the next number of a series, atomically."""
    stmt = (
        sa.update(_table)
        .where(_table.c.agency_id == agency_id, _table.c.series == series)
        .values(next_value=_table.c.next_value + 1)
        .returning(_table.c.next_value)
    )
    row = session.execute(stmt).first()
    if row is None:
        ensure_series(session, agency_id, series, start)
        row = session.execute(stmt).first()
    return int(row[0]) - 1


def take_block(session: Session, agency_id: int, series: str, count: int, start: int = 1) -> int:
    """Reserve `count` consecutive numbers at once (bulk runs); returns the first."""
    stmt = (
        sa.update(_table)
        .where(_table.c.agency_id == agency_id, _table.c.series == series)
        .values(next_value=_table.c.next_value + count)
        .returning(_table.c.next_value)
    )
    row = session.execute(stmt).first()
    if row is None:
        ensure_series(session, agency_id, series, start)
        row = session.execute(stmt).first()
    return int(row[0]) - count
