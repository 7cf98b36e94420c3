"""The dashboard's "issued today" is counted from ix_invoice_issued_at alone (issue #15: pages at a centre's size):
the index holds the agency beside the time, so SQLite reads no invoice row for the agency check (at 1,370 invoices
a day that row read was 2.2 ms of a 9 ms dashboard; 0.14 ms from the index)."""
import datetime as dt

import sqlalchemy as sa
from sqlmodel import Session

from core.views import figures


def test_issued_today_is_counted_from_the_covering_index(clean_db):
    if clean_db.dialect.name != "sqlite":  # PostgreSQL plans from its statistics; bench/web.py measures it
        return
    sent: list[tuple[str, tuple]] = []

    def keep(conn, cursor, statement, params, context, many) -> None:
        sent.append((statement, tuple(params)))

    start = dt.datetime(2026, 3, 5, tzinfo=dt.UTC)
    with Session(clean_db) as s:
        sa.event.listen(clean_db, "before_cursor_execute", keep)
        try:
            assert figures.issued_between(s, [1, 2, 3], start, start + dt.timedelta(days=1)) == 0
        finally:
            sa.event.remove(clean_db, "before_cursor_execute", keep)
        (statement, params), = sent
        plan = [str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
    assert any("COVERING INDEX ix_invoice_issued_at" in line for line in plan), plan
