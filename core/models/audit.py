"""Audit trail: who did what, when, from which source, for every change."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.models.registers import utcnow


class AuditEvent(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, index=True)
    actor: str
    action: str = Field(max_length=64)
    entity: str = Field(max_length=32)
    entity_id: Optional[str] = Field(default=None, max_length=64)
    agency_id: Optional[int] = Field(default=None, index=True)
    source: str = Field(default="cli", max_length=32)
    details: dict = Field(default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False, default=dict))
