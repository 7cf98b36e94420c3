"""Creating users and API tokens (hashing lives here; the isolation rule lives in core.access)."""
from __future__ import annotations

import functools
import hashlib
import secrets

from sqlmodel import Session, select
from werkzeug.security import check_password_hash, generate_password_hash

from core.access import set_user_agencies
from core.kernel.clock import utcnow
from core.kernel.errors import NotFound, ValidationError
from core.kernel.types import stored_id
from core.kernel.vocabulary import ROLES
from core.platform import audit
from core.platform.models import ApiToken, User
from core.registers import register as registers
from core.registers.models import Agency

DEMO_USERS = [("admin", "admin-demo", "admin", []),
              ("clerk", "clerk-demo", "clerk", ["HYDRO-SE", "KULTUR-SE", "VESI-FI"]),
              ("hydro", "hydro-demo", "agency_user", ["HYDRO-SE"]),
              ("vesi", "vesi-demo", "agency_user", ["VESI-FI"])]


def create_user(session: Session, username: str, password: str, role: str, agency_codes: list[str] | None = None,
                actor: str = "system", language: str | None = None) -> User:
    username = (username or "").strip()
    if not username:
        raise ValidationError("a user needs a username", "username")
    if role not in ROLES:
        raise ValidationError(f"role must be one of {', '.join(ROLES)}", "role")
    if len(password or "") < 8:
        raise ValidationError("the password needs at least 8 characters", "password")
    if session.exec(select(User).where(User.username == username)).first():
        raise ValidationError(f"user {username!r} exists", "username")
    ids = [stored_id(registers.agency_by_code(session, c)) for c in (agency_codes or [])]
    if role == "agency_user" and len(ids) != 1:
        raise ValidationError("an agency user belongs to exactly one agency", "agency")
    user = User(username=username, password_hash=generate_password_hash(password), role=role, language=language)
    session.add(user)
    session.flush()
    set_user_agencies(session, user, ids)
    audit.record(session, actor, "user.create", "user", user.id, None, "web", username=username, role=role,
                 agencies=agency_codes or [])
    return user


@functools.lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash of nothing anyone knows, checked when the user does not exist, so an unknown name costs as much
    time as a wrong password (no user enumeration by timing)."""
    return generate_password_hash(secrets.token_urlsafe(16))


def verify(session: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, or None — in the same time whether the name exists or not."""
    user = session.exec(select(User).where(User.username == (username or "").strip())).first()
    stored = user.password_hash if user is not None else _dummy_hash()
    ok = check_password_hash(stored, password or "")
    if user is None or not user.active or not ok:
        return None
    return user


def set_password(session: Session, user: User, password: str, actor: str) -> None:
    """A new password; every session the user has ends (web.sessions checks `session_version`)."""
    if len(password or "") < 8:
        raise ValidationError("the password needs at least 8 characters", "password")
    user.password_hash = generate_password_hash(password)
    end_sessions(session, user)
    audit.record(session, actor, "user.password", "user", user.id, None, "web")


def end_sessions(session: Session, user: User) -> None:
    """Log the user out everywhere (log-out, password change, deactivation)."""
    user.session_version = (user.session_version or 0) + 1
    session.add(user)
    session.flush()


def ensure_demo_users(session: Session) -> list[tuple[str, str, str, list[str]]]:
    """Create the demo users when there are no users at all; returns the ones created."""
    if session.exec(select(User.id)).first() is not None:
        return []
    codes = set(session.exec(select(Agency.code)).all())
    made = []
    for name, pw, role, agencies in DEMO_USERS:
        mine = [c for c in agencies if c in codes]
        if role == "agency_user" and not mine:
            continue
        create_user(session, name, pw, role, mine, actor="serve")
        made.append((name, pw, role, mine))
    return made


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, agency: Agency, name: str, actor: str) -> tuple[ApiToken, str]:
    """A new token for the agency; the clear text is returned once and never stored."""
    token = "rsk_" + secrets.token_urlsafe(32)
    row = ApiToken(agency_id=stored_id(agency), name=name or "API", token_hash=token_hash(token),
                   prefix=token[:10], created_by=actor)
    session.add(row)
    session.flush()
    audit.record(session, actor, "apitoken.create", "apitoken", row.id, agency.id, "web", name=row.name)
    return row, token


def token_principal(session: Session, token: str) -> ApiToken | None:
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == token_hash(token or ""))).first()
    if row is None or row.revoked_at is not None:
        return None
    return row


def revoke_token(session: Session, row: ApiToken, actor: str, channel: str = "web") -> None:
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
        audit.record(session, actor, "apitoken.revoke", "apitoken", row.id, row.agency_id, channel)


def find_token(session: Session, ident: str) -> ApiToken:
    """A token by its id or the prefix shown when it was made (`rsk_AbCdEf`); NotFound otherwise."""
    ident = (ident or "").strip()
    row = session.get(ApiToken, int(ident)) if ident.isdigit() and len(ident) < 18 else None
    if row is None and ident:
        rows = list(session.exec(select(ApiToken).where(ApiToken.prefix == ident)))
        if len(rows) > 1:
            raise ValidationError(f"prefix {ident!r} names {len(rows)} tokens: use the id", "token")
        row = rows[0] if rows else None
    if row is None:
        raise NotFound(f"no API token {ident!r}", "token")
    return row
