"""Log-in throttling and lockout, counted in the database.

Why the database and not Flask-Limiter's memory storage: the web app may run as several processes (and hosts on
one PostgreSQL); a counter in one process's memory would give an attacker one budget per process and forget
everything on restart. A `LoginFailure` row per failed attempt is shared by all of them and is also the record
an administrator reads.

Policy (changeable here, stated in the README): per user name (existing or not, so the answer tells nothing about
which names exist) at most `USER_LIMIT` failures in `WINDOW`, per client address at most `IP_LIMIT`; past that,
log-in is refused — even with the right password — until the oldest counted failure leaves the window. A
successful log-in clears the user name's failures.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.platform.models import LoginFailure

USER_LIMIT = 5
IP_LIMIT = 30
WINDOW = dt.timedelta(minutes=15)


def _key(username: str) -> str:
    return (username or "").strip().lower()[:64]


def blocked_until(session: Session, username: str, ip: str) -> dt.datetime | None:
    """When log-in for this user name or from this address opens again; None when it is open now."""
    since = utcnow() - WINDOW
    until = None
    for column, value, limit in ((LoginFailure.username, _key(username), USER_LIMIT),
                                 (LoginFailure.ip, (ip or "")[:64], IP_LIMIT)):
        times = session.exec(select(col(LoginFailure.at)).where(column == value, col(LoginFailure.at) > since)
                             .order_by(col(LoginFailure.at).desc()).limit(limit)).all()
        if len(times) >= limit:
            opens = _utc(times[-1]) + WINDOW
            until = opens if until is None else max(until, opens)
    return until


def _utc(value: dt.datetime) -> dt.datetime:
    """The stored time as an aware UTC datetime (utcnow()'s form, whatever the database hands back)."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def record_failure(session: Session, username: str, ip: str) -> None:
    """Count a failed log-in (rows older than a day go: the audit trail keeps every attempt)."""
    session.execute(sa.delete(LoginFailure).where(col(LoginFailure.at) < utcnow() - dt.timedelta(days=1)))
    session.add(LoginFailure(username=_key(username), ip=(ip or "")[:64]))
    session.flush()


def clear(session: Session, username: str) -> None:
    """A successful log-in: the user name's failures no longer count (the address's still do)."""
    session.execute(sa.delete(LoginFailure).where(col(LoginFailure.username) == _key(username)))
