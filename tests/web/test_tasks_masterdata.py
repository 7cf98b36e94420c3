"""Master-data approvals in a real browser (Playwright + Debian chromium, live server, CSRF on): an agency asked by
mail for a new price of an article and for a new article; the clerk reads both changes in words on the register
changes page, approves the price (the register then has it, as a new version) and rejects the other with a reason
(it stays out of the register)."""
from __future__ import annotations

from decimal import Decimal

from sqlmodel import Session, select

from core.registers import register as registers
from core.registers.models import Article
from core.requests import masterdata
from core.requests.models import ChangeRequest
from tests.support.browser import login


def test_clerk_approves_one_change_and_rejects_another(live_server, browser, world, clean_db):
    with Session(clean_db, expire_on_commit=False) as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        price = masterdata.create_change(s, agency, "article", "update",
                                         {"code": "1010", "unit_price": "1250.00"}, None, source="email",
                                         actor="intake", requested_by="fakturering@hydrografiverket.se")
        new = masterdata.create_change(s, agency, "article", "create",
                                       {"code": "7777", "name": "Mätbåt per dygn", "unit_price": "9000",
                                        "vat_code": "standard"}, None, source="email", actor="intake",
                                       requested_by="fakturering@hydrografiverket.se")
        s.commit()
    assert price.status == new.status == "pending_approval"
    page = browser.new_page(locale="en-GB")
    page.set_default_timeout(10_000)
    login(page, live_server, "clerk", "clerk-demo")
    page.goto(f"{live_server}/registers/articles")
    page.click("text=Register changes")
    card = page.locator(f"#change-{price.id}")
    text = card.inner_text()
    assert "Article (change)" in text and "1,250.00" in text and "Unit price" in text
    assert "unit_price" not in text and "None" not in text  # words, not keys
    card.locator("button.primary").click()
    page.wait_for_selector(".flash.ok")
    assert price.token in page.inner_text(".flash.ok")
    other = page.locator(f"#change-{new.id}")
    other.locator("input[name=reason]").fill("Artikeln finns redan som 1090")
    other.locator("button.danger").click()
    page.wait_for_selector(".flash.ok")
    assert "rejected" in page.inner_text(".flash.ok")
    assert page.locator(".change").count() == 0  # nothing waits any more
    with Session(clean_db) as s:
        art = s.exec(select(Article).where(Article.agency_id == agency.id, Article.code == "1010")).one()
        assert art.unit_price == Decimal("1250.00")
        assert s.exec(select(Article).where(Article.code == "7777")).first() is None
        assert s.get(ChangeRequest, new.id).status == "rejected"
        assert s.get(ChangeRequest, new.id).reason == "Artikeln finns redan som 1090"
    # the decided changes stay readable
    page.select_option("select[name=status]", "rejected")
    page.click("form.filters button")
    assert "Artikeln finns redan som 1090" in page.inner_text("main")


def test_another_agencys_clerk_does_not_see_the_change(live_server, browser, world, clean_db):
    with Session(clean_db, expire_on_commit=False) as s:
        change = masterdata.create_change(s, "HYDRO-SE", "article", "update", {"code": "1010", "unit_price": "1300"},
                                          None, source="email", actor="intake")
        s.commit()
    page = browser.new_page(locale="en-GB")
    page.set_default_timeout(10_000)
    login(page, live_server, "clerkvesi", "clerkvesi-pw")
    page.goto(f"{live_server}/registers/changes/")
    assert page.locator(f"#change-{change.id}").count() == 0
    resp = page.request.post(f"{live_server}/registers/changes/{change.id}/approve")
    assert resp.status in (400, 404)  # no CSRF token or not theirs: nothing applied
    with Session(clean_db) as s:
        assert s.get(ChangeRequest, change.id).status == "pending_approval"
