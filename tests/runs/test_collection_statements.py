"""The collection run reads and writes set-based: the number of SQL statements it sends does not grow with the
number of cases it hands over (it was 13 statements for 5 cases and 43 for 20)."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from core.platform import db
from core.runs import collection, reminders
from tests.runs.helpers import invoice, pay

JAN5 = dt.date(2026, 1, 5)


def _statements_of_a_run(demo, cases: int, remind_on: dt.date, day: dt.date) -> int:
    """Issue `cases` invoices (one partly paid, so payments enter the interest and the history), remind them,
    and count the statements of the collection run that hands them over."""
    invs = [invoice(demo, qty=str(10 + i), day=JAN5) for i in range(cases)]
    pay(demo, invs[0], "100.00", dt.date(2026, 2, 1))
    reminders.run("HYDRO-SE", remind_on)
    count = 0

    def counted(conn, cursor, statement, parameters, context, executemany):
        nonlocal count
        count += 1

    engine = db.get_engine()
    sa.event.listen(engine, "before_cursor_execute", counted)
    try:
        res = collection.run("HYDRO-SE", day)
    finally:
        sa.event.remove(engine, "before_cursor_execute", counted)
    assert res["count"] == cases and all(float(c["interest"]) > 0 for c in res["cases"])
    return count


def test_statements_do_not_grow_with_the_number_of_cases(demo):
    few = _statements_of_a_run(demo, 5, dt.date(2026, 2, 16), dt.date(2026, 3, 20))
    many = _statements_of_a_run(demo, 20, dt.date(2026, 2, 17), dt.date(2026, 3, 21))
    assert many == few, f"{few} statements for 5 cases, {many} for 20"
