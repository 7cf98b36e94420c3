"""Correspondence with agencies: reply tokens and outgoing notices.

Every thread the centre starts with an agency (an invoicing request's questions, a master-data change, a question
about payments) carries one `[REQ-XXXXX]` token in its subject, so that the agency's reply finds its way back
whatever the mail client does to the headers. Tokens are unique across all kinds because they live in one table
(ReplyToken, unique `token`), which also tells a reply which kind of thread it answers.

Outgoing e-mail is recorded as a MailNotice in the caller's transaction (so it exists exactly when the change that
caused it is committed) and delivered afterwards by intake's mail loop; its Message-ID is derived from a key, so
recording the same notice twice records it once.
"""
from __future__ import annotations

import re
import secrets
from typing import Protocol, TypedDict, Unpack

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.platform.models import MailNotice, ReplyToken

TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: tokens are read and typed by people
TOKEN_RE = re.compile(r"\bREQ-[A-Z0-9]{5}\b", re.I)
KINDS = ("request", "change", "payment_question")
DEFAULT_DOMAIN = "servicecentret.se"
_TOKENS = ReplyToken.__table__


class Correspondent(Protocol):
    """What a notice needs of an agency: its id and the address replies come back to."""

    id: int | None
    intake_address: str | None


class NoticeFields(TypedDict, total=False):
    """What a notice may carry besides its kind, key and recipient (MailNotice's columns)."""

    request_id: int | None
    change_id: int | None
    slot_id: int | None
    invoice_id: int | None
    round: int
    subject: str | None
    body: str | None
    in_reply_to: str | None


def new_token(session: Session, kind: str) -> str:
    """A fresh REQ-XXXXX token for a thread of `kind` (one of KINDS), reserved in the caller's transaction."""
    if kind not in KINDS:
        raise ValueError(f"unknown correspondence kind: {kind}")
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    while True:
        token = "REQ-" + "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(5))
        # one statement: a token already taken (also by a concurrent transaction, which it waits for) inserts
        # nothing, and another is drawn
        stmt = (insert(_TOKENS).values(token=token, kind=kind, created_at=utcnow())
                .on_conflict_do_nothing(index_elements=["token"]).returning(_TOKENS.c.token))
        if session.execute(stmt).first() is not None:
            return token


def record_notice(session: Session, agency: Correspondent, kind: str, key: str, to_addr: str | None,
                  **fields: Unpack[NoticeFields]) -> MailNotice | None:
    """Record an e-mail to an agency in the one outbox (MailNotice), in the caller's transaction; intake's mail
    loop delivers it after commit. `key` makes its Message-ID (<key@agency's domain>); a key recorded before is
    not recorded again (None). Without a recipient it is kept as `no_recipient` (never sent)."""
    domain = (agency.intake_address or f"kundfaktura@{DEFAULT_DOMAIN}").rsplit("@", 1)[-1]
    message_id = f"<{key}@{domain}>"
    if session.exec(select(MailNotice.id).where(col(MailNotice.message_id) == message_id)).first():
        return None
    notice = MailNotice(kind=kind, agency_id=agency.id, message_id=message_id, to_addr=to_addr,
                        status="pending" if to_addr else "no_recipient", **fields)
    session.add(notice)
    session.flush()
    return notice
