"""A savepoint's release writes no audit rows of its own (core.platform.audit): its events wait with the transaction
around it and are written at its commit, in the order they were recorded; a later rollback of that transaction
still takes them. (The intake's invoice savepoint used to cost an audit INSERT per request.)"""
from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.platform import audit
from core.platform.models import AuditEvent


def _actions(engine) -> list[str]:
    with Session(engine) as s:
        return [e.action for e in s.exec(select(AuditEvent).order_by(col(AuditEvent.id)))]


def _audit_inserts(engine, fn) -> int:
    n = [0]

    def count(conn, cursor, statement, params, context, executemany):
        n[0] += statement.lstrip().upper().startswith("INSERT INTO AUDITEVENT")

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        fn()
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    return n[0]


def test_a_released_savepoint_waits_for_the_commit_in_record_order(session, clean_db):
    def work():
        session.execute(sa.select(sa.literal(1)))
        audit.record(session, "t", "outer.before", "thing")
        with session.begin_nested():
            audit.record(session, "t", "inner", "thing")
        audit.record(session, "t", "outer.after", "thing")
        assert _actions(clean_db) == []
        session.commit()

    assert _audit_inserts(clean_db, work) == 1
    assert _actions(clean_db) == ["outer.before", "inner", "outer.after"]


def test_a_rollback_after_a_released_savepoint_takes_its_events(session, clean_db):
    session.execute(sa.select(sa.literal(1)))
    with session.begin_nested():
        outer = session.begin_nested()
        audit.record(session, "t", "inner.released", "thing")
        with session.begin_nested():
            audit.record(session, "t", "innermost.released", "thing")
        outer.rollback()
        audit.record(session, "t", "kept", "thing")
    session.commit()
    assert _actions(clean_db) == ["kept"]
    audit.record(session, "t", "gone", "thing")
    with session.begin_nested():
        audit.record(session, "t", "gone.too", "thing")
    session.rollback()
    assert _actions(clean_db) == ["kept"]
