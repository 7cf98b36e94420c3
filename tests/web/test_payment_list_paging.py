"""The payments list and the invoice export at any size (issue #15 item 4): the payments list pages forwards and
backwards (newest first, ties by id) instead of stopping silently at 300 rows, with the count and the totals per
currency of everything the filter matches on every page; a clerk sees only the own agency's payments and the
unassigned ones; an invoice export cut at its limit says so in its last line."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from core.payments.models import Payment
from core.views import invoice_list, payment_list


@pytest.fixture()
def payments(world, clean_db):
    """13 more open payments: equal dates (ties), both agencies and none (unassigned), two currencies."""
    agencies = [world["HYDRO-SE"]["agency"], world["VESI-FI"]["agency"], None]
    with Session(clean_db) as s:
        for n in range(13):
            s.add(Payment(agency_id=agencies[n % 3], external_id=f"list-{n}", amount=Decimal("10.00") + n,
                          currency="EUR" if n % 2 else "SEK", payment_date=dt.date(2026, 3, 1 + n % 3),
                          unallocated=Decimal(n), payer_name=f"Payer {n}", status="unmatched"))
        s.commit()
    return world


def _listed(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<tr><td><a href="/payments/(\d+)">', html)]


def _link(html: str, rel: str) -> str | None:
    m = re.search(r'<a class="button" rel="' + rel + '" href="([^"]+)">', html)
    return m.group(1).replace("&amp;", "&") if m else None


def _summary(html: str) -> str:
    return re.search(r'<p class="summary" role="status">(.*?)</p>', html, re.S).group(1)


def _walk(client, url: str) -> tuple[list[list[int]], list[str]]:
    html = client.get(url).get_data(as_text=True)
    pages, htmls = [_listed(html)], [html]
    while _link(html, "next"):
        html = client.get(_link(html, "next")).get_data(as_text=True)
        pages.append(_listed(html))
        htmls.append(html)
    return pages, htmls


def test_clerk_pages_through_the_payments_and_back(payments, as_user, clean_db, monkeypatch):
    monkeypatch.setattr(payment_list, "PAGE", 4)
    client = as_user("admin")
    pages, htmls = _walk(client, "/payments/")
    with Session(clean_db) as s:
        every = [p for p in s.exec(select(Payment)) if p.status in ("unmatched", "partly_matched")]
    expected = [p.id for p in sorted(every, key=lambda p: (p.payment_date, p.id), reverse=True)]
    assert [i for p in pages for i in p] == expected and len(pages) >= 4
    assert _link(htmls[0], "prev") is None and _link(htmls[-1], "next") is None
    assert all(_summary(h) == _summary(htmls[0]) for h in htmls)  # the same count and totals on every page
    sek = sum(p.amount for p in every if p.currency == "SEK")
    assert f"{len(every)}" in _summary(htmls[0]) and "SEK" in _summary(htmls[0]) and "EUR" in _summary(htmls[0])
    with Session(clean_db) as s:
        page = payment_list.page(s, select(Payment).where(Payment.status == "unmatched"))
    assert page.count == len(every) and {t["currency"]: t["amount"] for t in page.totals}["SEK"] == sek
    for at in range(len(pages) - 1, 0, -1):  # "previous page" from the last page back to the first
        back = client.get(_link(htmls[at], "prev")).get_data(as_text=True)
        assert _listed(back) == pages[at - 1] and _summary(back) == _summary(htmls[0])
        assert (_link(back, "prev") is None) == (at == 1)
    assert _listed(client.get(_link(htmls[-1], "first")).get_data(as_text=True)) == pages[0]


def test_a_clerk_pages_through_only_the_own_and_unassigned_payments(payments, as_user, clean_db, monkeypatch):
    monkeypatch.setattr(payment_list, "PAGE", 2)
    pages, _ = _walk(as_user("clerkhydro"), "/payments/?status=")
    with Session(clean_db) as s:
        mine = {p.id for p in s.exec(select(Payment)) if p.agency_id in (payments["HYDRO-SE"]["agency"], None)}
    seen = [i for p in pages for i in p]
    assert len(seen) == len(set(seen)) and set(seen) == mine


def test_an_export_cut_at_its_limit_says_so_in_its_last_line(world, as_user, monkeypatch):
    monkeypatch.setattr(invoice_list, "EXPORT_LIMIT", 2)
    body = as_user("admin").get("/invoices/?format=csv").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 1 + 2 + 1 and rows[0][0] == "number"
    assert "2" in rows[-1][0] and all(c == "" for c in rows[-1][1:])
    monkeypatch.setattr(invoice_list, "EXPORT_LIMIT", 100)
    body = as_user("admin").get("/invoices/?format=csv").get_data(as_text=True)
    whole = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert len(whole) == 1 + 5 and whole[-1][0]  # not cut: no note
