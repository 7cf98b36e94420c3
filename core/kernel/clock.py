"""The one clock for stored timestamps: timezone-aware UTC (never naive local time)."""
from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """Now, in UTC, timezone-aware."""
    return dt.datetime.now(dt.UTC)


def utc_day(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The stored instants of a day (UTC, start inclusive, end exclusive): "issued today" on the dashboard and the
    invoice list it links to count the same invoices."""
    start = dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)
    return start, start + dt.timedelta(days=1)
