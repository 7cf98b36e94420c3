"""Age buckets (days past due) in one definition for Python and SQL: the ageing report, the valuation and the
dashboard count an item in the same bucket.

The buckets are core.kernel.vocabulary.AGE_BUCKETS: not due, 1-30, 31-60, 61-90, 91-180, 181-365, >365 days past
the due date (an item without a due date ages from its invoice date). In SQL the bucket is decided by comparing the
date with the as-of date minus each bucket's upper bound, so both databases compute it alike and no date
arithmetic (which differs between SQLite and PostgreSQL) is needed.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from core.kernel.vocabulary import AGE_BUCKETS

BUCKETS = AGE_BUCKETS
NAMES = tuple(name for name, _, _ in AGE_BUCKETS)


def bucket_of(days_overdue: int) -> str:
    """The bucket of an item `days_overdue` days past its due date (0 or less: not due)."""
    for name, lo, hi in BUCKETS:
        if (lo is None or days_overdue >= lo) and (hi is None or days_overdue <= hi):
            return name
    raise AssertionError(days_overdue)


def bucket_sql(due: sa.ColumnElement[dt.date], as_of: dt.date) -> sa.ColumnElement[str]:
    """The bucket of an item due on `due` as of `as_of`, as SQL (same result as `bucket_of`)."""
    cases = [(due >= as_of - dt.timedelta(days=hi or 0), sa.literal(name)) for name, _lo, hi in BUCKETS[:-1]]
    return sa.case(*cases, else_=sa.literal(BUCKETS[-1][0]))


def bucket_bounds(as_of: dt.date) -> dict[str, dt.date]:
    """The values of `bucket_sql_bound`'s parameters as of `as_of` (the earliest due date of each bucket but the
    oldest, as `bucket_sql` compares them)."""
    return {f"age_bound_{i}": as_of - dt.timedelta(days=hi or 0) for i, (_name, _lo, hi) in enumerate(BUCKETS[:-1])}


def bucket_sql_bound(due: sa.ColumnElement[dt.date]) -> sa.ColumnElement[str]:
    """`bucket_sql` with the as-of date as parameters (`bucket_bounds`): a statement built once serves every day
    (building the case again per page cost more than the query)."""
    cases = [(due >= sa.bindparam(f"age_bound_{i}", type_=due.type), sa.literal(name))
             for i, (name, _lo, _hi) in enumerate(BUCKETS[:-1])]
    return sa.case(*cases, else_=sa.literal(BUCKETS[-1][0]))
