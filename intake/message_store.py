"""Storing received messages exactly once, before anything is done with them (own transaction).

The same bytes (SHA-256) are one row; a different message carrying an already-stored Message-ID is kept too (never
dropped) but as status `duplicate`, so it is processed once. Clerks see quarantined messages and release or
discard them with a reason.
"""
from __future__ import annotations

import hashlib
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.platform import audit
from core.platform.models import InboundMessage
from intake.sender_auth import from_addresses, headers_of


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _header_info(raw: bytes) -> tuple[str | None, str | None, str | None]:
    try:
        msg = headers_of(raw)
        header = msg.get("Message-ID") or msg.get("Message-Id") or ""
        mid = " ".join(str(header).split())[:998] or None
        subject = str(msg.get("Subject") or "")[:500] or None
        addrs = from_addresses(msg)
        return mid, subject, addrs[0] if addrs else None
    except Exception:
        return None, None, None


def store(session: Session, raw: bytes, source: str = "maildir", mailbox: str | None = None,
          ref: str | None = None) -> tuple[InboundMessage, bool]:
    """(row, created). Commits on its own (the caller passes a fresh session); an existing row is returned."""
    digest = sha256(raw)
    existing = session.exec(select(InboundMessage).where(InboundMessage.sha256 == digest)).first()
    if existing:
        return existing, False
    mid, subject, from_addr = _header_info(raw)
    dup = None
    if mid:
        dup = session.exec(select(InboundMessage).where(InboundMessage.message_id == mid,
                                                        col(InboundMessage.duplicate_of).is_(None))
                           .order_by(col(InboundMessage.id))).first()
    row = InboundMessage(sha256=digest, message_id=mid, raw=raw, size=len(raw), source=source, mailbox=mailbox,
                         source_ref=ref, from_addr=from_addr, subject=subject)
    if dup:
        row.status, row.duplicate_of = "duplicate", dup.id
        row.reason = f"same Message-ID as message {dup.id}; processed once"
        row.processed_at = utcnow()
    session.add(row)
    try:
        session.flush()
        audit.record(session, "intake", "message.stored", "message", row.id, None, source,
                     sha256=digest, message_id=mid, status=row.status)
        session.commit()
    except sa.exc.IntegrityError:  # stored concurrently by another run
        session.rollback()
        return session.exec(select(InboundMessage).where(InboundMessage.sha256 == digest)).one(), False
    return row, True


def claim(session: Session, message_id: int, statuses: tuple[str, ...] = ("stored",)) -> InboundMessage | None:
    """Take a stored message for processing inside the caller's transaction (the UPDATE locks it, so two runs
    never process the same message); None when it is no longer waiting."""
    # an UPDATE's result is a CursorResult (SQLAlchemy types Session.execute's result as the base Result)
    res = cast(sa.CursorResult[Any], session.execute(
        sa.update(InboundMessage).where(col(InboundMessage.id) == message_id, col(InboundMessage.status).in_(statuses))
        .values(status="processing")))
    if res.rowcount != 1:
        return None
    row = session.get(InboundMessage, message_id)
    session.refresh(row)
    return row


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
    return {"id": m.id, "message_id": m.message_id, "sha256": m.sha256, "from": m.from_addr, "subject": m.subject,
            "status": m.status, "reason": m.reason, "kind": m.kind, "agency_id": m.agency_id, "size": m.size,
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
