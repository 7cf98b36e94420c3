"""Web sessions: how long they live and when they end.

A session is signed (Flask's cookie) and carries the user's `session_version`, the log-in time and the last
request time. The user loader (web.access.load_user) refuses it when
- the user's `session_version` moved on: log-out and a password change raise it, so every copy of the old cookie
  (another browser, a stolen one) stops working at once;
- it is older than `RESKONTRA_SESSION_MAX_HOURS` (default 8: a working day) since log-in, or idle longer than
  `RESKONTRA_SESSION_IDLE_MINUTES` (default 30) — both app config keys, from the environment by default.
"""
from __future__ import annotations

import os
import time

from flask import current_app, session

from core.platform.models import User

SEEN_STEP = 60  # seconds: the last-activity mark moves at most this often (the idle limit is 30 minutes)


def max_seconds() -> float:
    return float(current_app.config.get("RESKONTRA_SESSION_MAX_HOURS")
                 or os.environ.get("RESKONTRA_SESSION_MAX_HOURS") or 8) * 3600


def idle_seconds() -> float:
    return float(current_app.config.get("RESKONTRA_SESSION_IDLE_MINUTES")
                 or os.environ.get("RESKONTRA_SESSION_IDLE_MINUTES") or 30) * 60


def start(user: User) -> None:
    """A fresh session for a user who just logged in (nothing of the anonymous session carries over)."""
    session.clear()
    session.permanent = True
    now = time.time()
    session["sv"], session["login_at"], session["seen"] = user.session_version, now, now


def still_valid(user: User) -> bool:
    """Is the current session one this user may go on with? Marks the request as activity when it is."""
    now = time.time()
    try:
        version, login_at, seen = int(session["sv"]), float(session["login_at"]), float(session["seen"])
    except (KeyError, TypeError, ValueError):
        return False
    if version != user.session_version or now - login_at > max_seconds() or now - seen > idle_seconds():
        return False
    if now - seen >= min(SEEN_STEP, idle_seconds() / 10):  # not on every request: a changed session is a new
        # signed cookie each time; a tenth of the idle limit at most, so a short configured limit still holds
        session["seen"] = now
    return True


def renew_version(user: User) -> None:
    """After the user's own password change: this session goes on, every other one ends."""
    session["sv"] = user.session_version
