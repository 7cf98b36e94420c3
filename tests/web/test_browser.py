"""Browser tests (Playwright + Debian chromium) against a live server in a thread: a clerk submits the intake form,
answers the question that completes the request and sees the invoice issued; an agency user opening another
agency's invoice URL gets 404."""
from __future__ import annotations

import re

from tests.support.browser import login


def test_clerk_intake_answer_and_invoice(live_server, browser, world):
    page = browser.new_page(locale="en-GB")
    login(page, live_server, "clerk", "clerk-demo")
    page.goto(f"{live_server}/intake/new")
    page.select_option("#agency", str(world["HYDRO-SE"]["agency"]))
    page.fill("#customer", "10002")
    # live totals from the article register (1010: 1150.00 per hour)
    page.fill("input[name=lines-0-article]", "1010")
    page.fill("input[name=lines-0-quantity]", "2")
    page.wait_for_function("document.getElementById('total').textContent.indexOf('300') >= 0")
    # a second line without a price: the pipeline asks for it
    page.fill("input[name=lines-1-article]", "1090")
    page.fill("input[name=lines-1-quantity]", "1")
    page.click("button[type=submit].primary")
    page.wait_for_url(re.compile(r".*/queue/requests/\d+$"))
    assert "lines[1].unit_price" in page.content()
    page.fill("input[id^=q]", "5000")
    page.click("text=Save answers")
    page.wait_for_url(re.compile(r".*/invoices/\d+$"))
    assert re.search(r"/invoices/\d+$", page.url), page.url
    body = page.inner_text("main")
    assert "issued" in body.lower(), body[:800]
    assert "Uppdrag enligt offert" in body and "Konsultation" in body


def test_agency_user_gets_404_for_other_agency_invoice(live_server, browser, world):
    page = browser.new_page()
    login(page, live_server, "hydro", "hydro-demo")
    resp = page.goto(f"{live_server}/invoices/{world['VESI-FI']['invoice']}")
    assert resp.status == 404
    resp = page.goto(f"{live_server}/invoices/{world['HYDRO-SE']['invoice']}")
    assert resp.status == 200
