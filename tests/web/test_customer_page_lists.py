"""The customer page a clerk reaches from the customer list (issue #15): its invoices are never cut silently —
beyond the latest 50 it says so and leads to all of them in the invoice list, filtered to the customer, with the
count — and its history says what happened in words, not the audit keys (customer.upsert (registry)). Each
failing before the fix."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from sqlmodel import Session, select

from core.billing.models import Invoice


def _more_invoices(clean_db, invoice_id: int, n: int) -> None:
    with Session(clean_db) as s:
        src = s.get(Invoice, invoice_id)
        for k in range(n):
            s.add(Invoice(agency_id=src.agency_id, customer_id=src.customer_id, kind="invoice", status="issued",
                          number=f"C-{k:03d}", invoice_date=dt.date(2026, 1, 1) + dt.timedelta(days=k),
                          currency=src.currency, total=Decimal("10.00"), open_amount=Decimal("10.00"),
                          customer_snapshot=src.customer_snapshot))
        s.commit()


def test_a_customer_with_more_invoices_than_shown_is_led_to_all_of_them(world, as_user, clean_db):
    w = world["HYDRO-SE"]
    _more_invoices(clean_db, w["invoice"], 60)
    with Session(clean_db) as s:
        total = len(s.exec(select(Invoice).where(Invoice.customer_id == w["customer"])).all())
    clerk = as_user("clerk")
    html = clerk.get(f"/registers/customers/{w['customer']}").get_data(as_text=True)
    assert html.count('<tr><td><a href="/invoices/') == 50
    link = re.search(r'<p class="more"><a href="([^"]+)">([^<]+)</a>', html)
    assert link.group(2) == "De senaste 50 fakturorna visas: alla kundens fakturor i fakturalistan"
    listed = clerk.get(link.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert re.search(rf'class="summary" role="status">{total} fakturor', listed)


def test_a_customer_with_few_invoices_has_them_all_and_the_way_to_the_list(world, as_user):
    w = world["HYDRO-SE"]
    html = as_user("clerk").get(f"/registers/customers/{w['customer']}").get_data(as_text=True)
    assert re.search(r'<p class="more"><a href="/invoices/\?customer=\d+">Kundens fakturor i fakturalistan</a>', html)


def test_the_history_says_what_happened_in_words(world, as_user):
    html = as_user("clerk").get(f"/registers/customers/{world['HYDRO-SE']['customer']}").get_data(as_text=True)
    history = re.search(r'<ul class="history">(.*?)</ul>', html, re.S).group(1)
    assert "Sparad i registret (Centralregistret)" in history
    assert "customer.upsert" not in history and "registry" not in history
