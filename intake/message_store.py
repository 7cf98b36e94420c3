"""Storing received messages exactly once, before anything is done with them (own transaction).

A message's identity is its Message-ID AND its content: the same bytes (SHA-256) are one row, a no-op the second
time; the same Message-ID with the same content (`content_hash`: the author's headers and the body, without the
trace headers a second delivery route adds) is kept as status `duplicate` and processed once; a *different*
message reusing an already-stored Message-ID is kept and quarantined with that reason, so a clerk decides (it may
be a second order from a sender whose system reuses IDs) — it is never dropped. Clerks see quarantined messages
and release or discard them with a reason.
"""
from __future__ import annotations

import email.message
import functools
import hashlib
import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.identifiers import mask_pins
from core.platform import audit
from core.platform.db import is_postgres
from core.platform.models import InboundMessage
from intake.sender_auth import from_addresses, headers_of

# written by the author (or their client); trace and authentication headers differ per delivery and are left out
_CONTENT_HEADERS = ("from", "to", "cc", "subject", "date", "in-reply-to", "references", "content-type")
_SPACE = re.compile(rb"\s+")


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def content_hash(raw: bytes, headers: email.message.Message | None = None) -> str:
    """SHA-256 over the author's headers and the body, white space collapsed (a relay that re-wraps or adds a
    Received line does not make a second message; a changed quantity does). `headers`: headers_of(raw), when
    the caller has read them already."""
    sep = b"\r\n\r\n" if b"\r\n\r\n" in raw[:200000] else b"\n\n"
    body = raw.split(sep, 1)[1] if sep in raw else b""
    try:
        msg = headers if headers is not None else headers_of(raw)
        head = "\n".join(f"{k}:{' '.join(str(v).split())}" for k in _CONTENT_HEADERS
                         for v in (msg.get_all(k) or []))
    except Exception:  # unreadable headers: the body alone still tells two messages apart
        head = ""
    return sha256(head.encode("utf-8", "surrogateescape") + b"\n\n" + _SPACE.sub(b" ", body).strip())


def _header_info(raw: bytes) -> tuple[str | None, str | None, str | None, email.message.Message | None]:
    """(Message-ID, subject, From address, the header block) — Nones where the headers cannot be read."""
    try:
        msg = headers_of(raw)
    except Exception:
        return None, None, None, None
    try:
        header = msg.get("Message-ID") or msg.get("Message-Id") or ""
        mid = " ".join(str(header).split())[:998] or None
        subject = str(msg.get("Subject") or "")[:500] or None
        addrs = from_addresses(msg)
        return mid, subject, addrs[0] if addrs else None, msg
    except Exception:
        return None, None, None, msg


def _store_one(session: Session, raw: bytes, source: str, mailbox: str | None, ref: str | None
               ) -> tuple[InboundMessage, bool]:
    """(row, created) in the caller's transaction: the new row is flushed (a later message of the same batch
    finds it), not committed."""
    digest = sha256(raw)
    mid, subject, from_addr, headers = _header_info(raw)
    # one query for both questions: stored already (same bytes), or a twin (same Message-ID and content)
    same = col(InboundMessage.sha256) == digest
    cond = sa.or_(same, col(InboundMessage.message_id) == mid) if mid else same
    seen = list(session.exec(select(InboundMessage).where(cond).order_by(col(InboundMessage.id))).all())
    existing = next((r for r in seen if r.sha256 == digest), None)
    if existing:
        return existing, False
    row = InboundMessage(sha256=digest, message_id=mid, raw=raw, size=len(raw), source=source, mailbox=mailbox,
                         source_ref=ref, from_addr=from_addr, subject=subject,
                         content_sha256=content_hash(raw, headers))
    _mark_reused_id(row, seen)
    session.add(row)
    session.flush()
    audit.record(session, "intake", "message.stored", "message", row.id, None, source,
                 sha256=digest, message_id=mid, status=row.status)
    return row, True


def store(session: Session, raw: bytes, source: str = "maildir", mailbox: str | None = None,
          ref: str | None = None) -> tuple[InboundMessage, bool]:
    """(row, created). Commits on its own (the caller passes a fresh session); an existing row is returned."""
    try:
        out = _store_one(session, raw, source, mailbox, ref)
        session.commit()
    except sa.exc.IntegrityError:  # stored concurrently by another run
        session.rollback()
        return session.exec(select(InboundMessage).where(InboundMessage.sha256 == sha256(raw))).one(), False
    return out


def store_many(session: Session, items: Sequence[tuple[bytes, str | None]], source: str = "maildir",
               mailbox: str | None = None) -> list[tuple[InboundMessage, bool]]:
    """`store` for (raw, ref) pairs, in order, committed together (one commit for a batch of a mailbox): each is
    stored before anything is done with it, as with `store`. When a concurrent run stored one of them at the same
    moment, the batch is rolled back and stored one by one."""
    try:
        out = _store_batch(session, items, source, mailbox)
        session.commit()
    except sa.exc.IntegrityError:
        session.rollback()
        return [store(session, raw, source, mailbox, ref) for raw, ref in items]
    return out


def _store_batch(session: Session, items: Sequence[tuple[bytes, str | None]], source: str, mailbox: str | None
                 ) -> list[tuple[InboundMessage, bool]]:
    """`_store_one` for each, in order, with one query for what is stored already and one INSERT for the new rows
    (two statements a message were a round trip each). A batch that names the same bytes or Message-ID twice is
    stored message by message: a later one is then decided against the earlier one's row."""
    heads = [(raw, ref, sha256(raw), *_header_info(raw)) for raw, ref in items]
    mids = [h[3] for h in heads if h[3]]
    if len({h[2] for h in heads}) < len(heads) or len(set(mids)) < len(mids):
        return [_store_one(session, raw, source, mailbox, ref) for raw, ref in items]
    same = col(InboundMessage.sha256).in_([h[2] for h in heads])
    cond = sa.or_(same, col(InboundMessage.message_id).in_(mids)) if mids else same
    seen = list(session.exec(select(InboundMessage).where(cond).order_by(col(InboundMessage.id))).all())
    stored = {r.sha256: r for r in seen}
    out: list[tuple[InboundMessage, bool]] = []
    for raw, ref, digest, mid, subject, from_addr, headers in heads:
        if digest in stored:
            out.append((stored[digest], False))
            continue
        row = InboundMessage(sha256=digest, message_id=mid, raw=raw, size=len(raw), source=source, mailbox=mailbox,
                             source_ref=ref, from_addr=from_addr, subject=subject,
                             content_sha256=content_hash(raw, headers))
        _mark_reused_id(row, [r for r in seen if mid and r.message_id == mid])
        session.add(row)
        out.append((row, True))
    session.flush()
    for row, created in out:
        if created:
            audit.record(session, "intake", "message.stored", "message", row.id, None, source,
                         sha256=row.sha256, message_id=row.message_id, status=row.status)
    return out


def _mark_reused_id(row: InboundMessage, seen: list[InboundMessage]) -> None:
    """The same Message-ID and the same content as a stored message (`seen`: the stored rows with its Message-ID,
    by id): a duplicate, processed once."""
    if not row.message_id:
        return
    twin = next((r for r in seen if r.message_id == row.message_id and r.content_sha256 == row.content_sha256
                 and r.duplicate_of is None), None)
    if twin is not None:
        row.status, row.duplicate_of = "duplicate", twin.id
        row.reason = f"same Message-ID and content as message {twin.id}; processed once"
        row.processed_at = utcnow()


def _earlier_same_id(column: Any) -> Any:
    """A scalar subquery: `column` of the first earlier message (not a duplicate) that carried the Message-ID of
    the inbound message row the statement is about."""
    earlier = aliased(InboundMessage)
    # the outer row by its table's name, written out: SQLite's RETURNING leaves column names unqualified (inside
    # the subquery they would name the earlier row)
    return (sa.select(getattr(earlier, column))
            .where(col(earlier.message_id) == sa.literal_column("inboundmessage.message_id"),
                   col(earlier.id) < sa.literal_column("inboundmessage.id"),
                   col(earlier.duplicate_of).is_(None))
            .order_by(col(earlier.id)).limit(1).scalar_subquery())


@functools.cache
def _claim_checked_stmt(also: tuple[Any, ...], earlier: bool) -> Any:
    """The statement of `claim_checked`, built once (its aliases cost more to build than to run)."""
    returned = (_earlier_same_id("id"), _earlier_same_id("content_sha256")) if earlier else ()
    return (sa.update(InboundMessage)
            .where(col(InboundMessage.id) == sa.bindparam("claimed_id"), col(InboundMessage.status) == "stored")
            .values(status="processing")
            .returning(InboundMessage, *returned, *also))


def claim_checked(session: Session, message_id: int, also: tuple[Any, ...] = ()
                  ) -> tuple[InboundMessage | None, str | None, tuple]:
    """`claim` of a stored message, why it is held although it may be fine (`reused_id_reason`) and the values
    of the scalar subqueries `also` (what the caller would read next): (None, None, ()) when it is no longer
    waiting. On PostgreSQL in one statement (the UPDATE returns the earlier message with its Message-ID too: a
    round trip less). SQLite asks for the earlier message on its own, as it has no round trip to save and cannot
    use the Message-ID index for a column of the row its RETURNING is about (it would read every earlier row)."""
    pg = is_postgres(session)
    row = session.execute(_claim_checked_stmt(also, pg), {"claimed_id": message_id},
                          execution_options={"populate_existing": True}).first()
    if row is None:
        return None, None, ()
    if not pg:
        m, *extra = row
        return m, reused_id_reason(session, m), tuple(extra)
    m, earlier_id, earlier_sha, *extra = row
    return m, _reused_reason(m, earlier_id, earlier_sha), tuple(extra)


def reused_id_reason(session: Session, m: InboundMessage) -> str | None:
    """`_reused_reason` of a claimed message, read with a query of its own."""
    if not m.message_id:
        return None
    earlier = session.exec(select(InboundMessage).where(InboundMessage.message_id == m.message_id,
                                                        col(InboundMessage.id) < m.id,
                                                        col(InboundMessage.duplicate_of).is_(None))
                           .order_by(col(InboundMessage.id))).first()
    return _reused_reason(m, earlier.id, earlier.content_sha256) if earlier is not None else None


def _reused_reason(m: InboundMessage, earlier_id: int | None, earlier_sha: str | None) -> str | None:
    """An earlier, different message carried its Message-ID (a resent order with a changed quantity, or a sender
    whose system reuses IDs): the intake loop quarantines it with this reason (beside any sender or content
    reasons) for a clerk to release or discard — never dropped."""
    if not m.message_id or earlier_id is None or earlier_sha == m.content_sha256:
        return None
    return (f"Message-ID {m.message_id} was already used by message {earlier_id} with different content: "
            "check it is a new message, then release it")


def claim(session: Session, message_id: int, statuses: tuple[str, ...] = ("stored",)) -> InboundMessage | None:
    """Take a stored message for processing inside the caller's transaction (the UPDATE locks it, so two runs
    never process the same message); None when it is no longer waiting. One statement: the UPDATE returns the
    row it changed (fresh, replacing what the session held)."""
    stmt = (sa.update(InboundMessage)
            .where(col(InboundMessage.id) == message_id, col(InboundMessage.status).in_(statuses))
            .values(status="processing").returning(InboundMessage))
    return session.execute(stmt, execution_options={"populate_existing": True}).scalars().first()


def waiting(session: Session) -> list[int]:
    ids = session.exec(select(col(InboundMessage.id)).where(InboundMessage.status == "stored")
                       .order_by(col(InboundMessage.id)))
    return [i for i in ids if i is not None]


def list_messages(session: Session, status: str | None = "quarantined", limit: int = 200) -> list[InboundMessage]:
    q = select(InboundMessage).order_by(col(InboundMessage.id).desc()).limit(limit)
    if status:
        q = q.where(InboundMessage.status == status)
    return list(session.exec(q))


def message_view(m: InboundMessage) -> dict[str, Any]:
    return {"id": m.id, "message_id": m.message_id, "sha256": m.sha256, "from": m.from_addr,
            "subject": mask_pins(m.subject), "status": m.status, "reason": mask_pins(m.reason), "kind": m.kind,
            "agency_id": m.agency_id, "size": m.size,
            "source": m.source, "mailbox": m.mailbox, "received_at": m.received_at.isoformat(),
            "outcome": m.outcome, "decided_by": m.decided_by, "decision_reason": m.decision_reason}


def discard_message(session: Session, message_id: int, actor: str, reason: str) -> InboundMessage:
    """A clerk discards a quarantined message (it stays stored, with the reason)."""
    if not reason:
        raise ValidationError("discarding a message needs a reason", "reason")
    m = session.get(InboundMessage, message_id)
    if m is None:
        raise NotFound(f"no message {message_id}", "message")
    if m.status != "quarantined":
        raise DomainError(f"message {message_id} is {m.status}, only quarantined messages can be discarded")
    m.status, m.decided_by, m.decision_reason, m.processed_at = "discarded", actor, reason, utcnow()
    session.add(m)
    audit.record(session, actor, "message.discarded", "message", m.id, m.agency_id, "web", reason=reason)
    session.flush()
    return m
