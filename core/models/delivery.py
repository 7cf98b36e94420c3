"""Delivered documents: which document of which invoice went out through which channel, as which file."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.models.registers import utcnow


class DeliveryRecord(SQLModel, table=True):
    """One handed-over document (Peppol UBL file or printed PDF). (invoice, document, reminder_no) is delivered
    at most once, which makes `core.delivery.channels.deliver` idempotent."""

    __table_args__ = (sa.UniqueConstraint("invoice_id", "document", "sequence"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    channel: str = Field(max_length=16)  # peppol | print
    document: str = Field(default="invoice", max_length=16)  # invoice | credit_note | interest | reminder
    sequence: int = 0  # reminder number for reminders, 0 otherwise
    file_path: str
    sha256: str = Field(max_length=64)
    handed_over_at: dt.datetime = Field(default_factory=utcnow)
    actor: str = "system"
