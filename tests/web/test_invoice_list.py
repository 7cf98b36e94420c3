"""The invoice list at any size (issue #15): keyset pages that together hold every invoice once, the count and the
totals per currency of all matches (not of the page), exact-identifier fast paths, the overdue filter and the
export of everything the filters match."""
from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from sqlmodel import Session, select

from core.billing.models import Invoice
from core.views import invoice_list


def _all(engine, agency_ids):
    with Session(engine) as s:
        return [i for i in s.exec(select(Invoice)) if i.agency_id in agency_ids]


def test_keyset_pages_cover_every_invoice_once_with_totals_per_currency(world, clean_db):
    ids = {w["agency"] for w in world.values() if isinstance(w, dict) and "agency" in w}
    expected = _all(clean_db, ids)
    seen, cursor = [], None
    with Session(clean_db) as s:
        while True:
            page = invoice_list.page(s, ids, invoice_list.Filters(), cursor, size=3)
            assert page.count == len(expected)
            seen += [r.id for r in page.rows]
            cursor = page.next_cursor
            if cursor is None:
                break
    assert sorted(seen) == sorted(i.id for i in expected) and len(seen) == len(set(seen))
    by_cur: dict = {}
    for i in expected:
        by_cur[i.currency] = by_cur.get(i.currency, Decimal("0")) + i.total
    assert {t["currency"]: t["total"] for t in page.totals} == by_cur and len(by_cur) == 2  # SEK and EUR apart


def test_exact_number_search_overdue_filter_and_csv_export(as_user, world, clean_db):
    c = as_user("clerk")
    ids = {w["agency"] for w in world.values() if isinstance(w, dict) and "agency" in w}
    with Session(clean_db) as s:
        inv = s.get(Invoice, world["HYDRO-SE"]["invoice"])
        number, customer = inv.number, inv.customer_snapshot.get("name")
        found = invoice_list.page(s, ids, invoice_list.Filters(text=number))
        assert found.matched_by == "number" and found.rows and {r.number for r in found.rows} == {number}
        later = dt.date.today() + dt.timedelta(days=400)  # every open issued invoice is overdue by then
        overdue = invoice_list.page(s, ids, invoice_list.Filters(overdue=True), today=later)
        open_issued = [i for i in _all(clean_db, ids) if i.status == "issued" and i.open_amount != 0]
        assert overdue.count == len(open_issued) > 0
    page = c.get(f"/invoices/?q={number}").get_data(as_text=True)
    assert f">{number}</a>" in page
    r = c.get(f"/invoices/?q={number}&format=csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
    assert rows[0][0] == "number" and len(rows) >= 1 + len(found.rows) and {r[0] for r in rows[1:]} == {number}
    assert customer in {row[3] for row in rows[1:]}
