"""The one clock for stored timestamps: timezone-aware UTC (never naive local time)."""
from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """Now, in UTC, timezone-aware."""
    return dt.datetime.now(dt.UTC)
