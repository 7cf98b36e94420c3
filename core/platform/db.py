"""Engine and transactions. One transaction per use case (message, file, run): all or nothing."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session, create_engine

from core.kernel.errors import NotFound
from core.kernel.types import Record
from core.platform import settings

RowT = TypeVar("RowT", bound=Record)

_engines: dict[str, sa.Engine] = {}


def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    """Per connection: enforce foreign keys (SQLite's default is off), WAL so readers do not block the writer,
    and a busy timeout so concurrent writers wait instead of failing."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def get_engine(url: str | None = None) -> sa.Engine:
    """One engine per URL, created lazily."""
    url = url or settings.database_url()
    if url not in _engines:
        if url.startswith("sqlite"):
            eng = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
            event.listen(eng, "connect", _sqlite_pragmas)
        else:
            eng = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
        _engines[url] = eng
    return _engines[url]


def reset_engines() -> None:
    """Forget cached engines (tests switch DATABASE_URL)."""
    for eng in _engines.values():
        eng.dispose()
    _engines.clear()


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = Session(get_engine(url), expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def is_postgres(session: Session) -> bool:
    """PostgreSQL-only statements (advisory locks, row locks) are skipped on SQLite, whose writes are serial."""
    return session.get_bind().dialect.name == "postgresql"


def for_bulk_work(session: Session, work_mem_mb: int) -> None:
    """PostgreSQL, for the rest of the session's transaction (SET LOCAL): no JIT compilation and `work_mem_mb` MB
    per sort, hash or trigger transition table. A statement over a whole centre is costed high enough to be
    compiled, and compiling took longer than running it (a report's 2.3 s, 1.3 s of a run's plan query); at the
    default 4 MB its sorts, hashes and transition tables go to temporary files. The runs (core.runs.tuning), the
    reports (core.period.sql_text) and the bank-file import (core.payments.importing) set it; SQLite has neither
    setting."""
    if is_postgres(session):
        session.execute(sa.text(f"SET LOCAL jit = off; SET LOCAL work_mem = '{int(work_mem_mb)}MB'"))


def get_row(session: Session, model: type[RowT], row_id: int | None, field: str, what: str | None = None) -> RowT:
    """The stored row of `model` with this id; NotFound naming `field` when there is none (a number somebody gave
    that does not exist is bad input, not a crash). `what` names the thing in the message (default: the field)."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFound(f"no {what or field} {row_id}", field)
    return row
