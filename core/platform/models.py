"""Platform tables: audit events, number series, run claims, stored inbound messages, outgoing notices,
reply tokens, users and API tokens."""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

import sqlalchemy as sa
from sqlmodel import Field

from core.kernel.clock import utcnow
from core.kernel.types import Record


class AuditEvent(Record, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, index=True)
    actor: str
    action: str = Field(max_length=64)
    entity: str = Field(max_length=32)
    entity_id: Optional[str] = Field(default=None, max_length=64)
    agency_id: Optional[int] = Field(default=None, index=True)
    source: str = Field(default="cli", max_length=32)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))


class InboundMessage(Record, table=True):
    """A received message, stored before anything is done with it. sha256 is unique: the same bytes are stored
    once; a different message with an already-seen Message-ID is stored as status `duplicate`."""

    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, max_length=64)
    message_id: Optional[str] = Field(default=None, index=True, max_length=998)
    # what was written, without the trace headers that differ per delivery route (intake.message_store)
    content_sha256: Optional[str] = Field(default=None, index=True, max_length=64)
    raw: bytes = Field(sa_column=sa.Column(sa.LargeBinary, nullable=False))
    size: int = 0
    source: str = Field(default="maildir", max_length=16)  # maildir | imap | web | api
    mailbox: Optional[str] = Field(default=None, max_length=64)
    source_ref: Optional[str] = None
    from_addr: Optional[str] = None
    subject: Optional[str] = None
    # stored -> processed | quarantined | duplicate; quarantined -> processed (released) | discarded
    status: str = Field(default="stored", max_length=16, index=True)
    reason: Optional[str] = None
    kind: Optional[str] = Field(default=None, max_length=24)
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id", index=True)
    duplicate_of: Optional[int] = Field(default=None, foreign_key="inboundmessage.id")
    parsed: Optional[dict[str, Any]] = Field(default=None, sa_column=sa.Column(sa.JSON, nullable=True))
    outcome: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    decided_by: Optional[str] = None
    decision_reason: Optional[str] = None
    received_at: dt.datetime = Field(default_factory=utcnow)
    processed_at: Optional[dt.datetime] = None


class MailNotice(Record, table=True):
    """An e-mail to an agency, recorded with the change that causes it and delivered after commit by
    intake.outgoing_mail (the one sender); `sent_at` set once delivered. Its subject is an invoicing request
    (`request_id`: questions, confirmation — rendered from templates/mail/), a master-data change (`change_id`:
    md_questions) or an invoicing slot (`slot_id`: batch_summary); the latter two carry their text in `body`."""

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=24)  # questions | confirmation | md_questions | batch_summary
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id")
    request_id: Optional[int] = Field(default=None, foreign_key="invoicerequest.id", index=True)
    change_id: Optional[int] = Field(default=None, foreign_key="changerequest.id", index=True)
    slot_id: Optional[int] = Field(default=None, foreign_key="batchslot.id")
    invoice_id: Optional[int] = Field(default=None, foreign_key="invoice.id")
    message_id: str = Field(unique=True, max_length=255)
    round: int = 0
    to_addr: Optional[str] = None
    subject: Optional[str] = None
    body: Optional[str] = Field(default=None, sa_column=sa.Column(sa.Text, nullable=True))  # None: from a template
    in_reply_to: Optional[str] = None
    # pending | sending (claimed by a sender) | sent | cancelled | no_recipient
    status: str = Field(default="pending", max_length=16, index=True)
    error: Optional[str] = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    claimed_at: Optional[dt.datetime] = None  # when a sender claimed it (a stale claim is taken over)
    claimed_by: Optional[str] = Field(default=None, max_length=128)  # host:pid of that sender
    sent_at: Optional[dt.datetime] = None


class NumberSeries(Record, table=True):
    """Next number per agency and series; row-locked at issue time so numbers are gap-free."""

    __table_args__ = (sa.UniqueConstraint("agency_id", "series"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id")
    series: str = Field(default="invoice", max_length=32)
    next_value: int


class RunRecord(Record, table=True):
    """One run of one kind for one scope (agency code, or "*") and key (date, period, date+selection).

    The unique constraint is the claim: the row is inserted in its own transaction before any work, so two workers
    (processes, hosts) can never both do the same run. status: claimed -> recorded (the run's rows are committed)
    -> done (documents delivered); failed keeps the error for the operator."""

    __table_args__ = (sa.UniqueConstraint("kind", "scope", "run_key", name="uq_runrecord_kind_scope_key"),
                      sa.Index("ix_runrecord_kind_scope_period", "kind", "scope", "period"))
    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)  # reminders | interest | collection | job:<name>
    scope: str = Field(max_length=32)  # agency code or "*"
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id")
    run_key: str = Field(max_length=120)
    period: str = Field(max_length=7)  # YYYY-MM the run belongs to (reminder runs are limited per month)
    run_date: dt.date
    status: str = Field(default="claimed", max_length=24)  # also held_missing_rate (interest, core.runs)
    worker: Optional[str] = Field(default=None, max_length=120)
    attempts: int = 0
    claimed_at: dt.datetime = Field(default_factory=utcnow)
    finished_at: Optional[dt.datetime] = None
    error: Optional[str] = None
    params: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    summary: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))


class User(Record, table=True):
    """A person. admin: users, agencies, settings and every agency; clerk: the agencies assigned;
    agency_user: their own agency only (exactly one assignment)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(unique=True, index=True, max_length=64)
    password_hash: str
    role: str = Field(default="clerk", max_length=16)
    full_name: Optional[str] = None
    language: Optional[str] = Field(default=None, max_length=2)  # sv | fi | en; None: from the browser
    active: bool = True
    created_at: dt.datetime = Field(default_factory=utcnow)
    last_login_at: Optional[dt.datetime] = None
    # raised on logout-everywhere and password change: sessions carrying an older value are refused (web.access)
    session_version: int = 0
    locked_until: Optional[dt.datetime] = None


class LoginFailure(Record, table=True):
    """A failed log-in, kept in the database so throttling holds across web processes (web.login_throttle)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(index=True, max_length=64)
    ip: str = Field(index=True, max_length=64)
    at: dt.datetime = Field(default_factory=utcnow, index=True)


class UserAgency(Record, table=True):
    """An agency a user works for."""

    __table_args__ = (sa.UniqueConstraint("user_id", "agency_id"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)


class ApiToken(Record, table=True):
    """A bearer token for one agency's systems. The token itself is shown once; we keep its SHA-256."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    name: str = Field(max_length=100)
    token_hash: str = Field(unique=True, max_length=64)
    prefix: str = Field(max_length=12)
    created_at: dt.datetime = Field(default_factory=utcnow)
    created_by: Optional[str] = None
    last_used_at: Optional[dt.datetime] = None
    revoked_at: Optional[dt.datetime] = None


class ReplyToken(Record, table=True):
    """A `[REQ-XXXXX]` thread token, unique across every kind of thread (core.platform.correspondence)."""

    token: str = Field(primary_key=True, max_length=9)
    kind: str = Field(max_length=24)
    created_at: dt.datetime = Field(default_factory=utcnow)


class Job(Record, table=True):
    """Long work a person asked for (a run, an import, a delivery), queued by the web and done by a worker
    process (core.platform.jobs). `active_key` holds the job's key while it is queued or running and is cleared
    when it ends: the unique constraint makes a second click on the same run return the job already under way."""

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)  # e.g. reminders, interest, collection
    key: str = Field(max_length=200)  # what it does, e.g. reminders|HYDRO-SE|2026-12-06
    active_key: Optional[str] = Field(default=None, max_length=200, unique=True)
    ref: str = Field(max_length=200)  # module:function that does the work
    params: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    agency_id: Optional[int] = Field(default=None, foreign_key="agency.id", index=True)
    status: str = Field(default="queued", max_length=16, index=True)  # queued | running | done | failed
    progress_done: int = 0
    progress_total: int = 0
    progress_note: Optional[str] = None
    result: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
    error: Optional[str] = None
    created_by: Optional[str] = Field(default=None, max_length=120)
    worker: Optional[str] = Field(default=None, max_length=120)
    created_at: dt.datetime = Field(default_factory=utcnow)
    started_at: Optional[dt.datetime] = None
    heartbeat_at: Optional[dt.datetime] = None
    finished_at: Optional[dt.datetime] = None
