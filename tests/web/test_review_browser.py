"""In a real browser (Playwright + Debian chromium, live server, CSRF on): an agency user's web-form request with a
gap shows its question on the request page and is answered there; a clerk confirms a request the gate held."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from core.requests.models import InvoiceRequest
from tests.support.browser import login
from tests.support.mail import COMPLETE, make_mail


def test_agency_user_answers_the_forms_question_on_the_request_page(live_server, browser, world):
    page = browser.new_page(locale="en-GB")
    login(page, live_server, "hydro", "hydro-demo")
    page.goto(f"{live_server}/intake/new")
    page.select_option("#agency", str(world["HYDRO-SE"]["agency"]))
    page.fill("input[name=lines-0-article]", "1010")
    page.fill("input[name=lines-0-quantity]", "2")
    page.fill("#reply_to", "anna@hydrografiverket.se")
    page.click("button[type=submit].primary")
    page.wait_for_url(re.compile(r".*/requests/\d+$"))
    assert "customer.org_no" in page.content()
    page.fill("input[id^=q]", "556712-4085")
    page.click("text=Send answers")
    page.wait_for_url(re.compile(r".*/requests/\d+$"))
    body = page.inner_text("main")
    assert "invoiced" in body.lower() or "fakturerad" in body.lower(), body[:600]


def test_clerk_confirms_a_held_request_beside_its_evidence(live_server, browser, world, clean_db):
    from intake import pipeline

    body = COMPLETE.replace("Kund: Byggbolaget i Norr AB", "Kund: Mälardalens Miljökonsult AB")
    pipeline.ingest(make_mail(body, sender="fakturering@hydrografiverket.se"))
    with Session(clean_db) as s:
        req = s.exec(select(InvoiceRequest).where(InvoiceRequest.source == "email")).one()
        assert req.status == "needs_review"
    page = browser.new_page(locale="en-GB")
    login(page, live_server, "clerk", "clerk-demo")
    page.goto(f"{live_server}/queue/?kind=review")
    page.click(f"text={req.token}")
    page.wait_for_url(re.compile(rf".*/review/{req.id}$"))
    assert "identifiers do not agree" in page.inner_text("#reasons")  # the reason in words, not its code
    assert page.locator("mark.prov", has_text="Antal: 3").count() == 1
    page.click("#confirm")
    page.wait_for_url(re.compile(r".*/invoices/\d+$"))
    with Session(clean_db) as s:
        assert s.get(InvoiceRequest, req.id).status == "invoiced"
