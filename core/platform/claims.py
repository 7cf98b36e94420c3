"""Run records: claiming a run so that it happens exactly once, whatever the number of workers.

A run is identified by (kind, scope, run_key), e.g. ("reminders", "HYDRO-SE", "2026-03-05"). `claim()` inserts
the RunRecord row in its OWN short transaction (on PostgreSQL under pg_advisory_xact_lock for (kind, scope), so the
per-month limits counted in the same transaction cannot race); the unique constraint makes a second insert fail,
so a second worker learns the run is taken and does nothing. The work then happens in `work_transaction()`, which
first takes the record (UPDATE ... WHERE status='claimed': a row lock on PostgreSQL, the write lock on SQLite) and
commits the run's rows and status 'recorded' atomically. A crash before that commit leaves the record 'claimed'
and the next attempt redoes the work; after it, nothing is redone (documents not yet delivered are delivered by
the next attempt, each exactly once).
"""
from __future__ import annotations

import datetime as dt
import fcntl
import os
import socket
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.kernel.errors import DomainError
from core.kernel.jsonenc import jsonable
from core.platform import db, settings
from core.platform.models import RunRecord

_t = RunRecord.__table__


class RunRefused(DomainError):
    """The run is not allowed (e.g. a third reminder run in a month)."""


@dataclass
class Claim:
    record_id: int
    new: bool  # False: the run existed already (taken by another worker, or done before)
    status: str
    summary: dict[str, Any]


def worker_name() -> str:
    """host:pid, kept on the record so an operator can tell which process claimed or last worked a run."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _lock_key(*parts: str) -> int:
    """The 64-bit advisory-lock key of a lock named by its parts ("reminders", "HYDRO-SE" -> "reminders|HYDRO-SE")."""
    return zlib.crc32("|".join(parts).encode()) - 2**31


def advisory_lock(session: Session, *parts: str) -> None:
    """Serialise on PostgreSQL for the rest of the transaction (no-op on SQLite, whose writes are serial)."""
    if db.is_postgres(session):
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _lock_key(*parts)})


def exclusive(session: Session, *parts: str) -> None:
    """Hold, for the rest of the transaction, the right to check-then-insert what `parts` name: on PostgreSQL the
    advisory lock; on SQLite the database's write lock, taken now by a write that changes nothing, so a second
    writer waits here and then reads what the first committed (instead of failing on a unique key later)."""
    if db.is_postgres(session):
        advisory_lock(session, *parts)
    else:
        session.execute(sa.update(_t).where(sa.false()).values(status=_t.c.status))


def find(session: Session, kind: str, scope: str, run_key: str) -> RunRecord | None:
    return session.exec(select(RunRecord).where(col(RunRecord.kind) == kind, col(RunRecord.scope) == scope,
                                                col(RunRecord.run_key) == run_key)).first()


def _taken(session: Session, kind: str, scope: str, run_key: str) -> Claim | None:
    """The claim as it stands when the run's record exists already."""
    existing = find(session, kind, scope, run_key)
    if existing is None:
        return None
    assert existing.id is not None  # read from the table, so persisted
    return Claim(existing.id, False, existing.status, existing.summary or {})


def claim(kind: str, scope: str, run_key: str, run_date: dt.date, agency_id: int | None = None,
          params: dict[str, Any] | None = None, check: Callable[[Session], None] | None = None,
          url: str | None = None) -> Claim:
    """Insert the run record in its own transaction. `check(session)` runs inside it after the insert (under the
    advisory lock) and may raise RunRefused, which rolls the claim back."""
    period = run_date.strftime("%Y-%m")
    with db.session_scope(url) as session:
        advisory_lock(session, kind, scope)
        taken = _taken(session, kind, scope, run_key)
        if taken is not None:
            session.rollback()
            return taken
        rec = RunRecord(kind=kind, scope=scope, agency_id=agency_id, run_key=run_key, period=period,
                        run_date=run_date, status="claimed", worker=worker_name(), params=params or {})
        session.add(rec)
        try:
            session.flush()
        except IntegrityError:
            session.rollback()
            taken = _taken(session, kind, scope, run_key)
            if taken is None:  # the conflicting row is not visible: nothing sensible to report but the conflict
                raise
            return taken
        if check is not None:
            check(session)
        assert rec.id is not None  # flushed above
        return Claim(rec.id, True, rec.status, {})


@contextmanager
def work_transaction(record_id: int, url: str | None = None) -> Iterator[Session | None]:
    """The run's work transaction. Yields None when the run is no longer 'claimed' (another attempt recorded it,
    or is recording it right now and will have when we get the lock). On success the caller has set the summary
    with `mark()`; an exception rolls everything back and leaves the claim for a retry."""
    with db.session_scope(url) as session:
        taken = session.exec(
            sa.update(_t).where(_t.c.id == record_id, _t.c.status == "claimed")
            .values(attempts=_t.c.attempts + 1, worker=worker_name())
        ).rowcount
        if not taken:
            session.rollback()
            yield None
            return
        yield session


def mark(session: Session, record_id: int, status: str, summary: dict[str, Any] | None = None,
         error: str | None = None) -> None:
    """Set a run record's status (and summary, error); `done` and `failed` also stamp `finished_at`."""
    values: dict[str, object] = {"status": status}
    if summary is not None:
        values["summary"] = jsonable(summary)
    if error is not None:
        values["error"] = error[:2000]
    if status in ("done", "failed"):
        values["finished_at"] = utcnow()
    session.execute(sa.update(_t).where(_t.c.id == record_id).values(**values))


@contextmanager
def _file_lock(*parts: str) -> Iterator[bool]:
    """A non-blocking exclusive flock on var/locks/<name>.lock, released when the block ends (or the process dies)."""
    folder = settings.var_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in "-".join(parts))[:120]
    with open(folder / f"{name}.lock", "a+b") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def reopen(record_id: int, from_status: str, url: str | None = None) -> bool:
    """Put a run that was held (status `from_status`, e.g. an interest run held for a missing reference rate) back
    to 'claimed', so this attempt does the work; False when another attempt reopened or finished it first."""
    with db.session_scope(url) as session:
        result: Any = session.execute(sa.update(_t).where(_t.c.id == record_id, _t.c.status == from_status)
                                      .values(status="claimed"))
        return bool(result.rowcount)


def mark_done(record_id: int, url: str | None = None) -> None:
    """Mark a recorded run done (its documents are delivered), in its own transaction."""
    with db.session_scope(url) as session:
        mark(session, record_id, "done")


def count_in_period(session: Session, kind: str, scope: str, period: str) -> int:
    """How many runs of a kind a scope has had in a month (YYYY-MM): limits such as two reminder runs a month."""
    return int(session.execute(sa.select(sa.func.count()).select_from(_t).where(
        _t.c.kind == kind, _t.c.scope == scope, _t.c.period == period)).scalar_one())


def run_once(kind: str, scope: str, run_key: str, run_date: dt.date, fn: Callable[[], object],
             url: str | None = None) -> bool:
    """For jobs without rows of their own (e.g. a daily report injected by the web layer): claim, call, mark done.
    Returns False when the run was already claimed. A failure marks the record failed (no automatic retry)."""
    c = claim(kind, scope, run_key, run_date, url=url)
    if not c.new:
        return False
    try:
        fn()
    except Exception as exc:
        with db.session_scope(url) as s:
            mark(s, c.record_id, "failed", error=f"{type(exc).__name__}: {exc}")
        raise
    mark_done(c.record_id, url)
    return True


@contextmanager
def job_lock(*parts: str, url: str | None = None) -> Iterator[bool]:
    """Try to hold a lock named by `parts` for as long as the block runs, across processes: yields whether this process
    got it (a second scheduler skips the job instead of waiting). On PostgreSQL a session advisory lock; on SQLite
    (one machine by nature) an advisory lock on a file in var/locks/."""
    engine = db.get_engine(url)
    if engine.dialect.name != "postgresql":
        with _file_lock(*parts) as got:
            yield got
        return
    key = _lock_key(*parts)
    with engine.connect() as conn:
        got = bool(conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()
