"""The invoice list sorted as the clerk chooses (issue #15 item 4): every sortable column in both directions walks
every invoice once, in that order, across page boundaries (ties and rows without a value included: drafts have no
number); "previous page" shows the page before again and "first page" the first; the count and the totals per
currency are the same on every page and in every order; a clerk of one agency sees only that agency's invoices."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from core.billing.models import Invoice
from core.views import invoice_list, invoice_sort


def _ids(world) -> list[int]:
    return sorted(w["agency"] for w in world.values() if isinstance(w, dict) and "agency" in w)


@pytest.fixture()
def many(world, clean_db):
    """24 more invoices copied from the demo ones: equal dates, due dates and open amounts (ties), drafts without
    a number, customers of the same name."""
    with Session(clean_db) as s:
        demo = [i for i in s.exec(select(Invoice)) if i.agency_id in _ids(world)]
        for n in range(24):
            src = demo[n % len(demo)]
            draft = n % 5 == 0
            s.add(Invoice(agency_id=src.agency_id, customer_id=src.customer_id, kind="invoice",
                          status="draft" if draft else "issued", number=None if draft else f"T-{n:03d}",
                          invoice_date=dt.date(2026, 1, 1 + n % 4), due_date=dt.date(2026, 2, 1 + n % 3),
                          currency=src.currency, total=Decimal("100.00") + n, open_amount=Decimal(n % 4 * 10),
                          customer_snapshot=src.customer_snapshot))
        s.commit()
    return world


def _expected(rows: list, order: invoice_sort.Order) -> list[int]:
    attr = order.spec.attr
    if order.key == "customer":  # the customer's name in the register, not the snapshot (a join)
        from core.platform.db import get_engine
        from core.registers.models import Customer

        with Session(get_engine()) as s:
            names = {c.id: c.name for c in s.exec(select(Customer))}
        return [r.id for r in sorted(rows, key=lambda r: (names[r.customer_id], r.id), reverse=order.desc)]
    valued = sorted((r for r in rows if getattr(r, attr) is not None), key=lambda r: (getattr(r, attr), r.id),
                    reverse=order.desc)
    empty = sorted((r for r in rows if getattr(r, attr) is None), key=lambda r: r.id, reverse=order.desc)
    return [r.id for r in valued + empty]


@pytest.mark.parametrize("key", sorted(invoice_sort.KEYS))
@pytest.mark.parametrize("desc", [False, True])
def test_each_order_walks_every_invoice_once_forwards_and_back(many, clean_db, key, desc):
    ids, order, f = _ids(many), invoice_sort.Order(key, desc), invoice_list.Filters()
    with Session(clean_db) as s:
        every = list(s.connection().execute(invoice_list._ROWS.where(Invoice.__table__.c.agency_id.in_(ids)),
                                            {"ids": [i.id for i in s.exec(select(Invoice))]}))
        pages, cursor = [], None
        while True:
            p = invoice_list.page(s, ids, f, cursor, size=4, order=order)
            pages.append(p)
            assert (p.count, p.totals) == (pages[0].count, pages[0].totals)
            cursor = p.next_cursor
            if cursor is None:
                break
        assert [r.id for p in pages for r in p.rows] == _expected(every, order)
        assert pages[0].count == len(every) and pages[0].prev_cursor is None and len(pages) >= 7
        for at in range(len(pages) - 1, 0, -1):  # back from the last page to the first, page by page
            back = invoice_list.page(s, ids, f, pages[at].prev_cursor, size=4, order=order, backwards=True)
            assert [r.id for r in back.rows] == [r.id for r in pages[at - 1].rows]
            assert (back.prev_cursor is None) == (at == 1) and back.next_cursor is not None
            assert (back.count, back.totals) == (pages[0].count, pages[0].totals)


@pytest.mark.parametrize("desc", [False, True])
def test_the_customer_order_through_the_name_index_walks_every_invoice_once(many, clean_db, desc, monkeypatch):
    """A large agency walks the customer-name index (the join) instead of sorting its invoices: the same walk."""
    monkeypatch.setattr(invoice_sort, "SMALL", 0)
    test_each_order_walks_every_invoice_once_forwards_and_back(many, clean_db, "customer", desc)


def _listed(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<tr><td><a href="/invoices/(\d+)">', html)]


def _link(html: str, rel: str) -> str | None:
    m = re.search(r'<a class="button" rel="' + rel + '" href="([^"]+)">', html)
    return m.group(1).replace("&amp;", "&") if m else None


def test_clerk_sorts_by_open_amount_and_pages_back_and_forth(many, as_user, clean_db, monkeypatch):
    monkeypatch.setattr(invoice_list, "PAGE", 4)
    client = as_user("admin")
    first = client.get("/invoices/?sort=-open").get_data(as_text=True)
    assert 'aria-sort="descending"' in first and _link(first, "prev") is None
    summary = re.search(r'<p class="summary"[^>]*>(.*?) · <a', first, re.S).group(1)
    pages, html = [_listed(first)], first
    while _link(html, "next"):
        html = client.get(_link(html, "next")).get_data(as_text=True)
        pages.append(_listed(html))
        assert summary in html  # the count and totals stay as they were
    with Session(clean_db) as s:
        every = list(s.connection().execute(invoice_list._ROWS, {"ids": [i.id for i in s.exec(select(Invoice))]}))
    assert [i for p in pages for i in p] == _expected(every, invoice_sort.Order("open", True))
    back = client.get(_link(html, "prev")).get_data(as_text=True)
    assert _listed(back) == pages[-2]
    again = client.get(_link(back, "next")).get_data(as_text=True)
    assert _listed(again) == pages[-1]
    assert _listed(client.get(_link(back, "first")).get_data(as_text=True)) == pages[0]


def test_a_sorted_list_shows_only_the_clerks_agency(many, as_user, clean_db, monkeypatch):
    monkeypatch.setattr(invoice_list, "PAGE", 3)
    client = as_user("clerkhydro")
    with Session(clean_db) as s:
        hydro = {i.id for i in s.exec(select(Invoice).where(Invoice.agency_id == many["HYDRO-SE"]["agency"]))}
    for sort in ("number", "-due", "-date", "open"):
        html, seen = client.get(f"/invoices/?sort={sort}").get_data(as_text=True), []
        seen += _listed(html)
        while _link(html, "next"):
            html = client.get(_link(html, "next")).get_data(as_text=True)
            seen += _listed(html)
        assert sorted(seen) == sorted(hydro), sort


def test_sorting_and_paging_back_and_forth_in_a_browser_in_swedish(many, live_server, browser, as_user, monkeypatch):
    """The clerk clicks the due date heading (latest due first; again: earliest first; again: latest first), goes
    to the next page and back, in sv."""
    from tests.support.browser import login as browser_login

    monkeypatch.setattr(invoice_list, "PAGE", 4)
    expected, html = [], as_user("clerk").get("/invoices/?sort=-due").get_data(as_text=True)
    expected.append(_listed(html))
    expected.append(_listed(as_user("clerk").get(_link(html, "next")).get_data(as_text=True)))
    ctx = browser.new_context(locale="sv-SE")
    page = ctx.new_page()
    browser_login(page, live_server, "clerk", "clerk-demo")
    page.goto(f"{live_server}/invoices/")

    def shown() -> list[int]:
        return [int(h.rsplit("/", 1)[1]) for h in page.eval_on_selector_all(
            "tbody tr td:first-child a", "els => els.map(e => e.getAttribute('href'))")]

    page.click("a.sort[href*='sort=-due']")  # a date heading sorts the latest first …
    assert page.get_attribute("th:has(a[href*='sort=due'])", "aria-sort") == "descending"
    first = shown()
    page.click("a.sort[href*='sort=due']")  # … clicked again, the earliest first …
    assert page.get_attribute("th:has(a[href*='sort=-due'])", "aria-sort") == "ascending"
    assert shown() != first
    page.click("a.sort[href*='sort=-due']")  # … and once more the latest first
    assert shown() == expected[0]
    page.get_by_role("link", name="Nästa sida").click()
    assert shown() == expected[1]
    page.get_by_role("link", name="Föregående sida").click()
    assert shown() == expected[0]
    page.get_by_role("link", name="Nästa sida").click()
    page.get_by_role("link", name="Första sidan").click()
    assert shown() == expected[0] and "sort=-due" in page.url
    ctx.close()
