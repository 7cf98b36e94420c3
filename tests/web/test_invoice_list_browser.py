"""The invoice list as a clerk filters it in Chromium (issue #15), each test failing before its fix: a filter
chosen after sorting keeps the order the clerk clicked; a date typed so that it cannot be read is said so next to
the field, in the clerk's language, instead of a list silently not narrowed by it."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from core.billing.models import Invoice
from core.platform.db import get_engine
from core.registers.models import Customer
from tests.support.browser import login
from tests.web.test_invoice_list_sort import many  # noqa: F401 -- the fixture of 24 more invoices


def _listed(page) -> list[int]:
    hrefs = page.locator("table tbody tr td:first-child a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    return [int(h.rstrip("/").rsplit("/", 1)[1]) for h in hrefs]


def test_a_status_chosen_after_sorting_keeps_the_order(live_server, browser, many):
    with Session(get_engine()) as s:
        names = {c.id: c.name for c in s.exec(select(Customer))}
        issued = sorted(s.exec(select(Invoice).where(Invoice.status == "issued")),
                        key=lambda i: (names[i.customer_id], i.id))
    page = browser.new_page(locale="sv-SE")
    login(page, live_server, "clerk", "clerk-demo")
    page.goto(f"{live_server}/invoices/")
    page.click("th a.sort:text-is('Kund')")
    page.wait_for_url(re.compile(r".*sort=customer"))
    page.select_option("select[name=status]", "issued")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r".*status=issued"))
    assert page.get_attribute("th:has(a:text-is('Kund ↑'))", "aria-sort") == "ascending"
    shown = _listed(page)
    assert shown == [i.id for i in issued][:len(shown)] and len(shown) == min(50, len(issued))


def test_a_mistyped_date_is_said_not_silently_ignored(live_server, browser, many):
    page = browser.new_page(locale="fi-FI")
    login(page, live_server, "clerk", "clerk-demo")
    page.click("button[lang=fi]")
    page.goto(f"{live_server}/invoices/")
    page.fill("input[name=from]", "31.2.2026")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r".*from=31\.2\.2026"))
    alert = page.locator("#from-err")
    assert alert.get_attribute("role") == "alert"
    assert alert.inner_text() == ("Alkaen: ”31.2.2026” ei ole päivämäärä; kirjoita esimerkiksi 31.3.2026. "
                                  "Luetteloa ei ole rajattu sillä.")
    assert page.get_attribute("input[name=from]", "aria-invalid") == "true"
    assert page.input_value("input[name=from]") == "31.2.2026"  # as typed, to correct
    page.fill("input[name=from]", "1.1.2026")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r".*from=1\.1\.2026"))
    assert page.locator("#from-err").count() == 0 and page.get_attribute("input[name=from]", "aria-invalid") is None
