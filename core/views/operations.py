"""What an operator watches, read from the database so that every web and worker process reports the same
figures (a counter kept in one process's memory would show only that process's share): messages by status,
open questions, requests by status, outgoing mail by status, runs and jobs by kind and status with the duration of
the last finished run of each kind. `/metrics` (web.ops) exposes them to Prometheus."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session

from core.platform.models import InboundMessage, MailNotice, RunRecord
from core.requests.models import InvoiceBatch, InvoiceRequest, Question


@dataclass
class Gauge:
    """One metric: its name, help text, label names and (label values, value) samples."""

    name: str
    doc: str
    labels: tuple[str, ...] = ()
    samples: list[tuple[tuple[str, ...], float]] = field(default_factory=list)


def _by(session: Session, table: sa.Table, *columns: str) -> list[tuple[tuple[str, ...], float]]:
    cols = [table.c[c] for c in columns]
    rows = session.execute(sa.select(*cols, sa.func.count()).group_by(*cols)).all()
    return [(tuple(str(v) for v in row[:-1]), float(row[-1])) for row in rows]


def _last_durations(session: Session) -> list[tuple[tuple[str, ...], float]]:
    """Seconds from claim to finish of the newest finished run of each kind."""
    t = RunRecord.__table__
    newest = (sa.select(t.c.kind, sa.func.max(t.c.id).label("id")).where(t.c.finished_at.is_not(None))
              .group_by(t.c.kind).subquery())
    rows = session.execute(sa.select(t.c.kind, t.c.claimed_at, t.c.finished_at)
                           .join(newest, newest.c.id == t.c.id)).all()
    return [((kind,), max((finished - claimed) / dt.timedelta(seconds=1), 0.0)) for kind, claimed, finished in rows]


def gauges(session: Session) -> list[Gauge]:
    """Every figure at this moment."""
    open_q = session.execute(sa.select(sa.func.count()).select_from(Question.__table__)
                             .where(Question.__table__.c.status == "open")).scalar_one()
    return [
        Gauge("reskontra_messages", "Inbound e-mails by status (stored, processed, quarantined, ...)", ("status",),
              _by(session, InboundMessage.__table__, "status")),
        Gauge("reskontra_questions_open", "Questions waiting for an answer", (), [((), float(open_q))]),
        Gauge("reskontra_requests", "Invoicing requests by status", ("status",),
              _by(session, InvoiceRequest.__table__, "status")),
        Gauge("reskontra_mail_notices", "Outgoing e-mails by status (pending, sending, sent, ...)", ("status",),
              _by(session, MailNotice.__table__, "status")),
        Gauge("reskontra_runs", "Runs and scheduled jobs by kind and status (claimed = running or queued)",
              ("kind", "status"), _by(session, RunRecord.__table__, "kind", "status")),
        Gauge("reskontra_run_last_duration_seconds", "Duration of the newest finished run of each kind", ("kind",),
              _last_durations(session)),
        Gauge("reskontra_invoice_batches", "Invoicing files and batches by status", ("status",),
              _by(session, InvoiceBatch.__table__, "status")),
    ]
