"""The open items and valuation items the JSON reports write are rendered as JSON text by the database
(core.period.sql_text: issue #16, half a million items per report); the text must be exactly what Python writes
for the same items (json_stream of the dicts), character for character — amounts to the öre, negative amounts,
fees, credits, write-offs, disputes, collection, dates, and names that need escaping."""
import datetime as dt
import io
import json
from decimal import Decimal as D

from core.billing import crediting, drafting
from core.period import json_stream, reports, valuation
from core.period.open_items import stream
from core.registers import register as registers
from core.runs import reminders
from tests.period.helpers import make_invoice, pay
from tests.runs.helpers import invoice

AS_OF = dt.date(2026, 4, 30)
ODD = 'Ölands "Bygg" \\ AB\n\tå\x01\x1f/'


def _data(session):
    a = invoice(session, customer="10001", day=dt.date(2026, 1, 5))  # delivered: reminded
    b = make_invoice(session, customer="10002", lines=(("1010", "4", None, None, None),), day=dt.date(2026, 2, 2))
    c = make_invoice(session, customer="10004", lines=(("1020", "1", None, None, None),), day=dt.date(2026, 3, 2))
    d = make_invoice(session, customer="10002", day=dt.date(2026, 4, 20))  # not due yet
    e = invoice(session, customer="10001", day=dt.date(2026, 1, 7))
    pay(session, b, D("1000.00"), dt.date(2026, 2, 20))
    crediting.credit(session, b, "one hour too many", {1: D("1")}, invoice_date=dt.date(2026, 3, 5))
    full = make_invoice(session, customer="10004", day=dt.date(2026, 1, 9))
    pay(session, full, full.total, dt.date(2026, 1, 20))
    crediting.credit(session, full, "returned", invoice_date=dt.date(2026, 2, 1))  # a credit left on the note
    pay(session, c, D("0.05"), dt.date(2026, 5, 3))  # after the date: taken back out
    lost = invoice(session, customer="10004", day=dt.date(2026, 1, 6))
    session.commit()
    reminders.run("HYDRO-SE", dt.date(2026, 2, 20))  # fees on a, e and lost
    session.expire_all()
    c, a, d = (session.get(type(x), x.id) for x in (c, a, d))
    c.collection_status = "sent"
    a.disputed = True
    for k, v in drafting.customer_columns({**d.customer_snapshot, "name": ODD, "customer_number": None}).items():
        setattr(d, k, v)
    valuation.write_off(session, session.get(type(lost), lost.id), "konkurs", date=dt.date(2026, 4, 10))
    session.commit()
    assert e.id


def _text(value) -> str:
    fh = io.StringIO()
    json_stream.write(fh, value)
    return fh.getvalue()


def test_open_items_text_from_the_database_equals_the_items_written_by_python(demo):
    _data(demo)
    aid = registers.agency_by_code(demo, "HYDRO-SE").id
    assert aid is not None
    as_dicts = list(stream(demo, aid, AS_OF))
    as_text = list(stream(demo, aid, AS_OF, encoded=True))
    items = [i for c in as_dicts for i in c["items"]]
    assert {i["kind"] for i in items} == {"invoice", "credit_note"} and any(i["fees"] != "0.00" for i in items)
    assert any(i["customer"] == ODD for i in items) and any(i["disputed"] for i in items)
    assert any(i["open_amount"].startswith("-") for i in items) and any(i["credited"] != "0.00" for i in items)
    assert _text({"customers": as_text}) == _text({"customers": as_dicts})
    assert json.loads(_text({"customers": as_text}))["customers"] == as_dicts


def test_valuation_items_text_from_the_database_equals_the_items_written_by_python(demo):
    _data(demo)
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    val = valuation.value(demo, agency, AS_OF)
    items = list(val.items)
    assert {i["bucket"] for i in items} >= {"not_due", "31-60"} and any(i["in_collection"] for i in items)
    assert _text({"items": val.items.encoded()}) == _text({"items": items})
    data = reports.valuation_report(demo, agency, AS_OF, stream=True)
    assert json.loads(_text(data))["items"] == items
