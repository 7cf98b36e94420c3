"""The open items' first pass reads the open documents from ix_invoice_agency_open_amount alone (issue #16): the
index holds the customer the items are grouped and ranked by, so SQLite reads no invoice row per open item there
(at a million invoices that row read was ~1 s of the report's CPU); the documents touched after the date are still
read by id (a few)."""
import datetime as dt

import sqlalchemy as sa

from core.period import open_items
from core.registers import register as registers
from tests.period.helpers import make_invoice


def test_the_open_items_are_read_from_the_covering_open_amount_index(demo):
    if demo.get_bind().dialect.name != "sqlite":  # PostgreSQL reads the wide items in one scan (open_items)
        return
    make_invoice(demo, day=dt.date(2026, 2, 2))
    demo.commit()
    aid = registers.agency_by_code(demo, "HYDRO-SE").id
    assert aid is not None
    docs = open_items._open_docs(demo, aid, dt.date(2026, 2, 28))
    stmt = sa.select(sa.func.count(), sa.func.sum(docs.c.customer_id), sa.func.sum(docs.c.open))
    sql = str(stmt.compile(dialect=demo.get_bind().dialect, compile_kwargs={"literal_binds": True}))
    plan = [str(r[-1]) for r in demo.execute(sa.text("EXPLAIN QUERY PLAN " + sql))]
    by_sign = [line for line in plan if "open_amount>" in line or "open_amount<" in line]
    assert len(by_sign) == 2 and all("COVERING INDEX ix_invoice_agency_open_amount" in line for line in by_sign), plan
