"""The invoice list's paths for many matches (issue #15), forced at a small size: pages fetched per agency and
merged hold every invoice once and in the list's order, also for the overdue list (ordered by due date); a
filter the summary does not hold is counted up to a limit and then shown as "N+" without totals."""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from core.billing.models import Invoice
from core.views import invoice_list


def _ids(world) -> set[int]:
    return {w["agency"] for w in world.values() if isinstance(w, dict) and "agency" in w}


def _walk(session, ids, f, today) -> list[Invoice]:
    seen, cursor = [], None
    while True:
        page = invoice_list.page(session, ids, f, cursor, size=2, today=today)
        seen += page.rows
        cursor = page.next_cursor
        if cursor is None:
            return seen


def test_pages_merged_per_agency_hold_every_invoice_once_in_order(world, clean_db, monkeypatch):
    monkeypatch.setattr(invoice_list, "SMALL", 0)  # as if millions matched: one index range per agency
    ids = _ids(world)
    later = dt.date.today() + dt.timedelta(days=400)
    with Session(clean_db) as s:
        every = [i for i in s.exec(select(Invoice)) if i.agency_id in ids]
        assert len({i.agency_id for i in every}) >= 2
        listed = _walk(s, ids, invoice_list.Filters(), later)
        assert [i.id for i in listed] == [i.id for i in sorted(every, key=lambda i: (i.invoice_date, i.id),
                                                                    reverse=True)]
        overdue = _walk(s, ids, invoice_list.Filters(overdue=True), later)
        expected = [i for i in every if i.status == "issued" and i.open_amount != 0 and i.due_date < later]
        assert expected and [i.id for i in overdue] == [i.id for i in sorted(expected, key=lambda i: (i.due_date, i.id),
                                                                              reverse=True)]


def test_a_filter_the_summary_does_not_hold_is_counted_up_to_the_limit(as_user, world, clean_db, monkeypatch):
    ids = _ids(world)
    with Session(clean_db) as s:
        n = len([i for i in s.exec(select(Invoice)) if i.agency_id in ids])
        f = invoice_list.Filters(date_from=dt.date(2000, 1, 1))
        exact = invoice_list.page(s, ids, f)
        assert exact.count == n and exact.count_exact and sum(t["count"] for t in exact.totals) == n
        monkeypatch.setattr(invoice_list, "COUNT_LIMIT", n - 1)
        capped = invoice_list.page(s, ids, f)
        assert capped.count == n - 1 and not capped.count_exact and capped.totals == []
        assert len(capped.rows) == min(n, invoice_list.PAGE)
    html = as_user("admin").get("/invoices/?from=2000-01-01").get_data(as_text=True)
    assert f"{n - 1}+" in html


def test_a_status_few_invoices_have_is_listed_whole_and_in_order(world, clean_db):
    """A status the summary counts as few is found through its index and sorted by the database (SQLite walked the
    date index past every other invoice: 0.7 s a page at a million); the pages still hold each invoice once, newest
    first."""
    ids = _ids(world)
    with Session(clean_db) as s:
        every = sorted((i for i in s.exec(select(Invoice)) if i.agency_id in ids), key=lambda i: i.id)
        for inv in every[1:]:  # all but one written off: more than a page (of 2), fewer than all
            inv.status = "written_off"
            s.add(inv)
        s.commit()
        expected = sorted((i for i in every if i.status == "written_off"), key=lambda i: (i.invoice_date, i.id),
                          reverse=True)
        listed = _walk(s, ids, invoice_list.Filters(status="written_off"), dt.date.today())
        assert [i.id for i in listed] == [i.id for i in expected] and 0 < len(expected) < len(every)
