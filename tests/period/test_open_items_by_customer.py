"""The open items as of a date per customer (core.period.open_items, issue #16): on SQLite the invoices open today
come from ix_invoice_agency_open_amount's sibling ix_invoice_open_by_customer, read from the index alone per ranked
customer, corrected by what happened after the date; invoices settled after the date are still listed as open at
it, with the amount they had then."""
import datetime as dt
from decimal import Decimal

import sqlalchemy as sa

from core.period import open_items
from core.registers import register as registers
from tests.period.helpers import make_invoice, pay


def _listed(session, as_of: dt.date) -> dict[str, str]:
    aid = registers.agency_by_code(session, "HYDRO-SE").id
    return {i["invoice"]: i["open_amount"] for c in open_items.stream(session, aid, as_of) for i in c["items"]}


def test_invoices_paid_after_the_date_are_open_at_it(demo):
    whole = make_invoice(demo, day=dt.date(2026, 2, 2))
    part = make_invoice(demo, day=dt.date(2026, 2, 3))
    kept = make_invoice(demo, day=dt.date(2026, 2, 4))
    pay(demo, whole, whole.total, dt.date(2026, 3, 10))
    pay(demo, part, Decimal("100.00"), dt.date(2026, 3, 11))
    demo.commit()
    at_end_of_february = _listed(demo, dt.date(2026, 2, 28))
    assert at_end_of_february == {whole.number: f"{whole.total:.2f}", part.number: f"{part.total:.2f}",
                                  kept.number: f"{kept.total:.2f}"}
    assert _listed(demo, dt.date(2026, 3, 31)) == {part.number: f"{part.total - 100:.2f}",
                                                   kept.number: f"{kept.total:.2f}"}


def test_the_items_open_today_are_read_per_customer_from_the_customer_index_alone(demo):
    if demo.get_bind().dialect.name != "sqlite":  # PostgreSQL reads the wide items in one scan
        return
    for day in (dt.date(2026, 2, 2), dt.date(2026, 2, 3)):
        make_invoice(demo, day=day)
    demo.commit()
    plans: list[list[str]] = []

    def explain(conn, cursor, statement, parameters, context, executemany):
        if ("report_rank" in statement and "ORDER BY" in statement) or "ranked AS" in statement:
            plans.append([str(r[-1]) for r in cursor.connection.execute("EXPLAIN QUERY PLAN " + statement,
                                                                          parameters)])

    sa.event.listen(demo.get_bind(), "before_cursor_execute", explain)
    try:
        assert len(_listed(demo, dt.date(2026, 2, 28))) == 2
    finally:
        sa.event.remove(demo.get_bind(), "before_cursor_execute", explain)
    ranking, plan = plans
    # the customers are ranked from their open items in the customer index, and the few changed after the date
    # are found from that change, not by walking the invoices
    assert any("COVERING INDEX ix_invoice_open_by_customer" in line for line in ranking), ranking
    assert not any(line.startswith("SCAN invoice") or "invoice_date<" in line for line in ranking), ranking
    assert any("COVERING INDEX ix_invoice_open_by_customer" in line for line in plan), plan
    # each customer's items sorted on their own (the ranks are read in key order), not every item at once
    assert any("RIGHT PART OF ORDER BY" in line for line in plan), plan
    # no invoice row is read per open item
    assert not any(line.startswith("SEARCH invoice USING INTEGER PRIMARY KEY") for line in plan), plan
