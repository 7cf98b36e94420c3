"""The invoice list says where a page is, as every list paged by keyset does ("5–8 of 29"): on every page, in
every order, forwards and back, whichever way the count is found (the invoice summary for no filter or a status,
the capped count for a text, customer or date filter); a match above the count limit shows "10 000+" and no
place. The place travels in the cursor, the one format of every list (core.views.cursor); a cursor without one
or with a place that cannot be shows the rows and no place."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlmodel import Session

from core.views import cursor, invoice_list, invoice_sort, keyset
from tests.web.conftest import login
from tests.web.test_invoice_list_sort import _ids, many  # noqa: F401 -- the fixture of 24 more invoices


def _walk(s, ids, f, order):
    pages, at = [], None
    while True:
        p = invoice_list.page(s, ids, f, at, size=4, order=order)
        pages.append(p)
        at = p.next_cursor
        if at is None:
            return pages


FILTERS = {"none": invoice_list.Filters(), "status": invoice_list.Filters(status="issued"),
           "dates": invoice_list.Filters(date_from=dt.date(2000, 1, 1)),
           "overdue": invoice_list.Filters(overdue=True)}


@pytest.mark.parametrize("key", sorted(invoice_sort.KEYS))
@pytest.mark.parametrize("desc", [False, True])
@pytest.mark.parametrize("kind", sorted(FILTERS))
def test_every_page_knows_its_place_forwards_and_back(many, clean_db, key, desc, kind):
    ids, order, f = _ids(many), invoice_sort.Order(key, desc), FILTERS[kind]
    with Session(clean_db) as s:
        pages = _walk(s, ids, f, order)
        count = pages[0].count
        assert count == sum(len(p.rows) for p in pages) and len(pages) >= 2
        place = 1
        for p in pages:
            assert (p.first, p.last, p.count_exact) == (place, place + len(p.rows) - 1, True)
            place += len(p.rows)
        back = invoice_list.page(s, ids, f, pages[-1].prev_cursor, size=4, order=order, backwards=True)
        assert (back.first, back.last) == (pages[-2].first, pages[-2].last)


def test_a_customer_filter_is_placed_too(many, clean_db):
    ids = _ids(many)
    with Session(clean_db) as s:
        any_row = invoice_list.page(s, ids, invoice_list.Filters()).rows[0]
        f = invoice_list.Filters(customer_id=any_row.customer_id)
        pages = _walk(s, ids, f, invoice_list.default_order(f))
        assert len(pages) >= 2, "the customer needs more than a page of invoices"
        assert [p.first for p in pages] == [1 + 4 * n for n in range(len(pages))]
        assert pages[-1].last == pages[0].count
        back = invoice_list.page(s, ids, f, pages[1].prev_cursor, size=4, backwards=True)  # to the first page
        assert ([r.id for r in back.rows], back.first, back.count) == ([r.id for r in pages[0].rows], 1,
                                                                        pages[0].count)


def test_above_the_limit_no_place_and_a_plus(many, clean_db, monkeypatch):
    monkeypatch.setattr(invoice_list, "COUNT_LIMIT", 3)
    with Session(clean_db) as s:
        p = invoice_list.page(s, _ids(many), invoice_list.Filters(date_from=dt.date(2000, 1, 1)), size=4)
        second = invoice_list.page(s, _ids(many), invoice_list.Filters(date_from=dt.date(2000, 1, 1)),
                                   p.next_cursor, size=4)
    assert (p.count, p.count_exact, p.totals, second.first) == (3, False, [], 0)


def test_the_page_shows_where_it_is(many, app, monkeypatch):
    monkeypatch.setattr(invoice_list, "PAGE", 4)
    client = login(app, "clerk")
    for query in ("", "?sort=number", "?sort=-customer&from=2000-01-01"):
        first = client.get(f"/invoices/{query}").get_data(as_text=True)
        n = re.search(r'class="summary" role="status">(\d+)', first).group(1)
        assert re.search(f'<span class="place">1–4 [a-z]+ {n}</span>', first)  # "1–4 av 29" in Swedish
        nxt = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
        assert re.search(f'<span class="place">5–8 [a-z]+ {n}</span>', client.get(nxt).get_data(as_text=True))


def test_one_cursor_format_for_every_list():
    row = type("Row", (), {"id": 17, "name": "Kund_AB", "invoice_date": dt.date(2026, 11, 30), "number": None})
    by_name = keyset.Keys(ident=None, column=object(), attr="name")
    assert keyset.cursor_of(row, by_name) == "vKund_AB_17"
    assert keyset.parse_cursor("vKund_AB_17", by_name) == ("Kund_AB", 17)
    assert keyset.cursor_of(row, keyset.Keys(ident=None)) == "17"
    by_number = invoice_sort.Order("number", False)
    assert invoice_sort.cursor_of(row, by_number) == "n_17"
    assert invoice_sort.parse_cursor("n_17", by_number) == cursor.At(17)
    assert invoice_sort.parse_cursor(invoice_sort.cursor_of(row, invoice_sort.Order("date")), invoice_sort.Order(
        "date")) == cursor.At(17, True, dt.date(2026, 11, 30))
    for bad in ("", "x_1", "v2026-13-01_5", "n_", "vabc", "12a", "n3_4"):
        assert cursor.decode(bad, dt.date.fromisoformat) is None
    assert cursor.decode("12a") is None and cursor.decode("12") == cursor.At(12)
    assert cursor.decode(cursor.encode(812, dt.date(2026, 11, 30), place=51), dt.date.fromisoformat) == cursor.At(
        812, True, dt.date(2026, 11, 30), 51)
    assert cursor.decode("51:n_812", str) == cursor.At(812, place=51) and cursor.decode("x:n_8", str) is None


def test_a_cursor_without_its_place_or_with_a_wrong_one_shows_no_place(many, clean_db):
    ids, f = _ids(many), invoice_list.Filters()
    with Session(clean_db) as s:
        p2 = invoice_list.page(s, ids, f, invoice_list.page(s, ids, f, size=4).next_cursor, size=4)
        bare = p2.prev_cursor.partition(":")[2]
        assert p2.first == 5 and p2.prev_cursor.startswith("5:")
        assert invoice_list.page(s, ids, f, bare, size=4).first == 0
        assert invoice_list.page(s, ids, f, "99999:" + bare, size=4).first == 0
        assert invoice_list.page(s, ids, f, "garbage", size=4).prev_cursor is None
