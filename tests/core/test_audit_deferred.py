"""Audit events are written when their transaction commits, in one INSERT (core.platform.audit): what is stored is
the same as when each was added at once — a rollback (of the transaction or of a savepoint) takes exactly the
events recorded inside it, and a query in the same transaction sees the events recorded so far."""
from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.platform import audit
from core.platform.models import AuditEvent


def _actions(engine) -> list[str]:
    with Session(engine) as s:
        return [e.action for e in s.exec(select(AuditEvent).order_by(col(AuditEvent.id)))]


def test_events_are_written_at_commit_in_one_insert(session, clean_db):
    inserts: list[str] = []

    def count(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO AUDITEVENT"):
            inserts.append(statement)

    session.execute(sa.select(sa.literal(1)))  # the transaction has begun, as where a change is recorded
    sa.event.listen(clean_db, "before_cursor_execute", count)
    try:
        for i in range(4):
            audit.record(session, "t", f"a.{i}", "thing", i, details=i)
            session.execute(sa.select(sa.literal(1)))  # an unrelated statement between records
        assert _actions(clean_db) == []  # not written before the commit
        session.commit()
    finally:
        sa.event.remove(clean_db, "before_cursor_execute", count)
    assert len(inserts) == 1
    assert _actions(clean_db) == ["a.0", "a.1", "a.2", "a.3"]


def test_a_query_in_the_transaction_sees_the_events(session, clean_db):
    session.execute(sa.select(sa.literal(1)))
    audit.record(session, "t", "seen", "thing", 1, org_no="19121212-1212")
    got = session.exec(select(AuditEvent).where(AuditEvent.action == "seen")).one()
    assert got.details["org_no"] != "19121212-1212"  # masked as before
    session.rollback()
    assert _actions(clean_db) == []


def test_a_savepoint_rollback_drops_only_its_own_events(session, clean_db):
    session.execute(sa.select(sa.literal(1)))
    audit.record(session, "t", "outer.before", "thing")
    assert len(audit.pending(session)) == 1
    nested = session.begin_nested()
    audit.record(session, "t", "inner", "thing")
    # a read inside the savepoint writes the outer event there too; the rollback must not lose it
    assert len(session.exec(select(AuditEvent)).all()) == 2
    nested.rollback()
    with session.begin_nested():
        audit.record(session, "t", "inner.kept", "thing")
    audit.record(session, "t", "outer.after", "thing")
    session.commit()
    assert sorted(_actions(clean_db)) == ["inner.kept", "outer.after", "outer.before"]


def test_a_rolled_back_transaction_writes_nothing(session, clean_db):
    audit.record(session, "t", "gone", "thing")  # before the transaction began
    session.rollback()
    session.execute(sa.select(sa.literal(1)))
    audit.record(session, "t", "gone", "thing")  # waiting
    session.rollback()
    audit.record(session, "t", "next", "thing")
    session.commit()
    assert _actions(clean_db) == ["next"]
