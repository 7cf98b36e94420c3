"""People and systems that use the web and the API: users with a role and the agencies they work for, and
per-agency API tokens (only a hash of the token is stored)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.models.registers import utcnow


class User(SQLModel, table=True):
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


class UserAgency(SQLModel, table=True):
    """An agency a user works for."""

    __table_args__ = (sa.UniqueConstraint("user_id", "agency_id"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)


class ApiToken(SQLModel, table=True):
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
