"""The period-end reports name each item's customer as the invoice names it — its customer snapshot, the legal
record — though they read the name and customer number from plain columns written with the snapshot (issue #16):
for invoices issued one by one, many at once (a run's issue_many), a credit note, and a draft issued after the
customer was renamed (the invoice takes the name on the day of issue)."""
import datetime as dt
from decimal import Decimal

import sqlalchemy as sa

from core.billing import crediting, drafting, issuing
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.period import reports, valuation
from core.registers import register as registers
from tests.period.helpers import make_invoice

AS_OF = dt.date(2026, 4, 30)


def _data(session):
    agency = registers.agency_by_code(session, "HYDRO-SE")
    make_invoice(session, customer="10001", day=dt.date(2026, 1, 5))
    credited = make_invoice(session, customer="10002", lines=(("1010", "4", None, None, None),),
                            day=dt.date(2026, 2, 2))
    crediting.credit(session, credited, "one hour too many", {1: Decimal("1")}, invoice_date=dt.date(2026, 2, 5))
    c = {n: registers.find_customer(session, n, agency) for n in ("10003", "10004")}
    opts = DraftOptions(invoice_date=dt.date(2026, 3, 2))
    issuing.issue_many(session, agency, [(c["10003"], [LineInput(article_code="1010", quantity="1")], opts),
                                         (c["10004"], [LineInput(article_code="2010", quantity="1")], opts)],
                       force=True, force_reason="test")
    draft = drafting.create_draft(session, agency, c["10004"], [LineInput(article_code="1010", quantity="3")],
                                  DraftOptions(invoice_date=dt.date(2026, 3, 9)))
    c["10004"].name = "Omdöpt Fastighets AB"  # renamed while the draft waits
    session.add(c["10004"])
    session.flush()
    issuing.issue(session, draft, force=True, force_reason="test")
    session.commit()
    return agency


def test_every_written_invoice_carries_its_snapshots_name_and_number(demo):
    _data(demo)
    rows = demo.execute(sa.select(Invoice.__table__.c.customer_snapshot, Invoice.__table__.c.customer_name,
                                  Invoice.__table__.c.customer_number)).all()
    assert len(rows) >= 6
    for snap, name, number in rows:
        assert (name, number) == (snap["name"], snap["customer_number"])


def test_the_reports_name_the_customer_as_the_invoice_does(demo):
    agency = _data(demo)
    snaps = dict(demo.execute(sa.select(Invoice.__table__.c.number, Invoice.__table__.c.customer_snapshot)
                              .where(Invoice.__table__.c.number.is_not(None))).all())
    listed = reports.open_items(demo, agency, AS_OF)
    items = [i for c in listed["customers"] for i in c["items"]]
    assert len(items) == 5 and "Omdöpt Fastighets AB" in {i["customer"] for i in items}
    for item in items:
        snap = snaps[item["invoice"]]
        assert (item["customer"], item["customer_number"]) == (snap["name"], snap["customer_number"])
    for c in listed["customers"]:  # a customer is headed by its first item's name
        assert c["customer"] == snaps[c["items"][0]["invoice"]]["name"]
    for item in valuation.value(demo, agency, AS_OF).items:
        assert item["customer"] == snaps[item["invoice"]]["name"]
