"""Who is logged in, and role checks for pages. Agency isolation itself is in core.access (via web.data)."""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import sqlalchemy as sa
from flask import abort
from flask_login import UserMixin, current_user

from core import access
from core.platform.models import User
from web import sessions
from web.data import db


class WebUser(UserMixin):
    """The logged-in user as the web sees it (a detached copy; agency ids resolved once per request)."""

    def __init__(self, user: Any, agency_ids: frozenset[int] | None) -> None:
        self.id = user.id
        self.username = user.username
        self.role = user.role
        self.language = user.language
        self.full_name = user.full_name
        self.active = user.active
        self._visible_agency_ids = agency_ids  # None: not resolved yet (core.access resolves and reads it)

    def get_id(self) -> str:
        return str(self.id)

    @property
    def is_active(self) -> bool:
        return bool(self.active)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def can_work(self) -> bool:
        """Clerks and admins work the queue, payments and runs; agency users read and submit requests."""
        return self.role in ("admin", "clerk")


def load_user(user_id: str) -> WebUser | None:
    """Flask-Login's user loader: the active user with this id whose session is still valid (web.sessions:
    version, lifetime, idle time), agencies resolved once; None logs the session out."""
    try:
        uid = int(user_id)
    except (TypeError, ValueError):
        return None
    user: Any = db().connection().execute(_USER_ROW, {"uid": uid}).first()  # a plain row: read on every request
    if user is None or not user.active or not sessions.still_valid(user):
        return None
    return WebUser(user, access.visible_agency_ids(WebUser(user, None), db()))


_u = User.__table__.c
_USER_ROW = sa.select(_u.id, _u.username, _u.role, _u.language, _u.full_name, _u.active, _u.session_version).where(
    _u.id == sa.bindparam("uid"))


def roles_required(*roles: str) -> Callable:
    def deco(fn: Callable) -> Callable:
        @wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated or current_user.role not in roles:
                abort(403)
            return fn(*args, **kwargs)
        return wrapper
    return deco


admin_required = roles_required("admin")
staff_required = roles_required("admin", "clerk")
