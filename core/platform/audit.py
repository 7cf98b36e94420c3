"""Record an audit event in the same transaction as the change it describes (so both or neither persist).

The events of a transaction are written together, in one INSERT (executemany) when it commits (not when a
savepoint inside it is released): an e-mail's intake records four or five, and one INSERT each cost a round trip
apiece on PostgreSQL. Until then they wait in the
session, and what is stored is the same as before: a savepoint that rolls back drops the events recorded inside
it, a rolled-back transaction drops all, and a query on the audit table in the same transaction writes the
waiting events first, so it sees them.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, SessionTransaction
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.sql import util as sql_util
from sqlalchemy.sql.elements import TextClause
from sqlmodel import Session

from core.kernel.clock import utcnow
from core.kernel.identifiers import mask_personnummer
from core.kernel.jsonenc import jsonable
from core.platform.models import AuditEvent

_PENDING = "audit_pending"  # session.info: [(transaction recorded in, row), ...] in record order
_WRITTEN = "audit_written"  # session.info: [(recorded in, savepoint written in, row)] for rows a savepoint wrote
_TABLE = AuditEvent.__table__
Row = dict[str, Any]


def record(session: Session, actor: str, action: str, entity: str, entity_id: object = None,
           agency_id: int | None = None, source: str = "cli", **details: object) -> None:
    """Record an audit event (written when the transaction commits); personal identity numbers in details are
    masked."""
    row = event_row(actor, action, entity, entity_id, agency_id, source, **details)
    current = session.get_nested_transaction() or session.get_transaction() if isinstance(session, OrmSession) \
        else None
    if current is None:  # no transaction begun yet (add begins one), or not an ORM session
        session.add(AuditEvent(**row))
        return
    session.info.setdefault(_PENDING, []).append((current, row))


def event_row(actor: str, action: str, entity: str, entity_id: object = None, agency_id: int | None = None,
              source: str = "cli", **details: object) -> Row:
    """The audit table row `record` writes (bulk writers insert such rows themselves)."""
    clean = {k: (mask_personnummer(v) if isinstance(v, str) and k in ("org_no", "personnummer") else v)
             for k, v in details.items()}
    return {"at": utcnow(), "actor": actor, "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id), "agency_id": agency_id,
            "source": source, "details": jsonable(clean)}


def pending(session: OrmSession) -> list[Row]:
    """The events recorded in this session and not yet written."""
    return [row for _, row in session.info.get(_PENDING) or []]


def _inside(tx: SessionTransaction | None, outer: SessionTransaction) -> bool:
    """tx is `outer` or began inside it."""
    while tx is not None:
        if tx is outer:
            return True
        tx = tx.parent
    return False


def write_pending(session: OrmSession, within: SessionTransaction | None = None) -> None:
    """Write the waiting events (those recorded inside `within`, default all) in one INSERT. A row written inside
    a savepoint it was not recorded in is remembered: that savepoint's rollback takes the row with it, so it goes
    back to the queue then."""
    waiting = session.info.get(_PENDING)
    if not waiting:
        return
    take = [(tx, row) for tx, row in waiting if within is None or _inside(tx, within)]
    session.info[_PENDING] = [(tx, row) for tx, row in waiting if within is not None and not _inside(tx, within)]
    if not take:
        return
    savepoint = session.get_nested_transaction()
    if savepoint is not None:
        session.info.setdefault(_WRITTEN, []).extend((tx, savepoint, row) for tx, row in take
                                                      if not _inside(tx, savepoint))
    session.execute(sa.insert(_TABLE), [row for _, row in take])


@event.listens_for(OrmSession, "before_commit")
def _before_commit(session: OrmSession) -> None:
    """The commit of the outermost transaction writes the waiting events. A savepoint's release writes nothing:
    its events wait on with the transaction around it (a later rollback of that one still finds them inside it,
    through the savepoint's parent), so a message's invoice savepoint costs no INSERT of its own and the events
    are stored in the order they were recorded. (Session.commit() commits from the innermost savepoint outwards:
    while a savepoint is committing, it is the innermost transaction still open.)"""
    if session.get_nested_transaction() is None:
        write_pending(session)


@event.listens_for(OrmSession, "after_soft_rollback")
def _after_rollback(session: OrmSession, previous_transaction: SessionTransaction) -> None:
    """A rollback drops the events recorded inside the transaction or savepoint it ended; an event recorded
    outside it but written inside it waits again."""
    ended = previous_transaction
    waiting = [(tx, row) for tx, row in session.info.get(_PENDING) or [] if not _inside(tx, ended)]
    kept = []
    for tx, written_in, row in session.info.get(_WRITTEN) or []:
        if _inside(written_in, ended):
            if not _inside(tx, ended):
                waiting.append((tx, row))
        else:
            kept.append((tx, written_in, row))
    session.info[_PENDING], session.info[_WRITTEN] = waiting, kept


@event.listens_for(OrmSession, "after_transaction_end")
def _after_end(session: OrmSession, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction is over (committed, rolled back or closed)
        session.info.pop(_PENDING, None)
        session.info.pop(_WRITTEN, None)


def _reads_audit(state: ORMExecuteState) -> bool:
    """Does the statement read the audit table: a text statement may, a SELECT does when the table is among the
    tables of its columns or its FROM list (joins included). Read from the statement as built, never compiled:
    this runs before every statement of a session with events waiting."""
    stmt: Any = state.statement
    if isinstance(stmt, TextClause):  # cannot tell what it reads
        return True
    if not state.is_select:
        return False
    froms = list(stmt.columns_clause_froms) + list(getattr(stmt, "_from_obj", ()))
    return any(_TABLE in sql_util.find_tables(f, include_joins=True, include_aliases=True) for f in froms)


@event.listens_for(OrmSession, "do_orm_execute")
def _before_read(state: ORMExecuteState) -> None:
    """A query on the audit table in the same transaction sees the events recorded so far."""
    if state.session.info.get(_PENDING) and _reads_audit(state):
        write_pending(state.session)
