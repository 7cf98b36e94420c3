"""In a real browser (Playwright + Debian chromium, live server, CSRF on): an agency user's web-form request with a
gap shows its question on the request page and is answered there; a clerk confirms a request the gate held."""
from __future__ import annotations

import os
import re
import threading

import pytest
from sqlmodel import Session, select

from core.requests.models import InvoiceRequest
from tests.support.mail import COMPLETE, make_mail

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture()
def live_server(world):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    pytest.importorskip("playwright.sync_api")
    from werkzeug.serving import make_server

    from web.app import create_app

    server = make_server("127.0.0.1", 0, create_app({"SECRET_KEY": "browser-test"}), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)


@pytest.fixture()
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _login(page, base: str, user: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#username", user)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))


def test_agency_user_answers_the_forms_question_on_the_request_page(live_server, browser, world):
    page = browser.new_page(locale="en-GB")
    _login(page, live_server, "hydro", "hydro-demo")
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
    _login(page, live_server, "clerk", "clerk-demo")
    page.goto(f"{live_server}/queue/?kind=review")
    page.click(f"text={req.token}")
    page.wait_for_url(re.compile(rf".*/review/{req.id}$"))
    assert "identity_conflict" in page.inner_text("#reasons")
    assert page.locator("mark.prov", has_text="Antal: 3").count() == 1
    page.click("#confirm")
    page.wait_for_url(re.compile(r".*/invoices/\d+$"))
    with Session(clean_db) as s:
        assert s.get(InvoiceRequest, req.id).status == "invoiced"
