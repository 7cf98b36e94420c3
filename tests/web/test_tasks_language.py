"""The clerk's tasks read in the clerk's language (issue #15, item 3): a core error met in the browser is shown in
Swedish or Finnish, not as the core's English (web.errors); what a payment asks its agency, how it was placed, a
register change and the period-end page read in words, without `None`, keys or untranslated text (the checks of
tests/web/test_pages_language.problems)."""
from __future__ import annotations

import datetime as dt
import re

from sqlmodel import Session

from core.billing.models import Invoice
from core.requests import masterdata
from intake.bankfiles.bgmax_writer import BgMaxDeposit, BgMaxPayment, write_bgmax
from tests.support.browser import login
from tests.web.test_pages_language import problems
from web.errors import core_text


def _page(browser, live_server, locale: str):
    page = browser.new_page(locale=locale)
    page.set_default_timeout(15_000)
    login(page, live_server, "clerk", "clerk-demo")
    return page


def test_a_core_error_reads_in_swedish(live_server, browser, world, clean_db):
    inv_id = world["HYDRO-SE"]["invoice"]
    page = _page(browser, live_server, "sv-SE")
    page.goto(f"{live_server}/invoices/{inv_id}")
    page.fill("#reason", "Fel kund")
    page.click("text=Kreditera hela fakturan")
    page.wait_for_selector(".flash.ok")
    page.goto(f"{live_server}/invoices/{inv_id}")  # the credited invoice: crediting again is refused
    page.fill("#reason", "Igen")
    page.click("text=Kreditera hela fakturan")
    page.wait_for_selector(".flash.error")
    message = page.inner_text(".flash.error")
    assert message == "Rader: inget att kreditera", message  # the core's "lines: nothing to credit", in words


def test_payment_question_method_and_register_change_read_in_finnish(live_server, browser, world, clean_db,
                                                                    tmp_path):
    raw = write_bgmax("5050-1055", [BgMaxDeposit(dt.date.today(), [BgMaxPayment("321.00", "", name="Tuntematon")])],
                      created=dt.datetime.now().replace(microsecond=0))
    f = tmp_path / "bgmax.txt"
    f.write_bytes(raw)
    with Session(clean_db, expire_on_commit=False) as s:
        change = masterdata.create_change(s, "HYDRO-SE", "article", "update",
                                          {"code": "1010", "unit_price": "1250.00", "vat_code": "standard"}, None,
                                          source="email", actor="intake")
        s.commit()
    page = _page(browser, live_server, "fi-FI")
    page.goto(f"{live_server}/payments/import")
    page.set_input_files("#file", str(f))
    page.click("main form button.primary")
    page.wait_for_selector(".import-result")
    page.goto(f"{live_server}/payments/?status=open")
    page.locator("tbody tr", has_text="Tuntematon").locator("a").first.click()
    page.wait_for_url(re.compile(r".*/payments/\d+$"))
    body = page.inner_text("main")
    assert "ei viitettä: mitä laskua maksu koskee?" in body and "which invoice" not in body
    assert problems(page.url, page.content(), "fi") == []
    # the clerk places it by hand: the method reads as a word
    page.fill("input[name=invoice-0]", _number(clean_db, world["HYDRO-SE"]["invoice"]))
    page.fill("input[name=amount-0]", "321,00")
    page.click("form[action$=allocate] button.primary")
    page.wait_for_selector(".flash.ok")
    assert "käsin" in page.inner_text("main") and "manual" not in page.inner_text("main")
    for url in (f"{live_server}/registers/changes/", f"{live_server}/period/", f"{live_server}/payments/advices/"):
        page.goto(url)
        assert problems(url, page.content(), "fi") == [], url
    page.goto(f"{live_server}/registers/changes/")
    card = page.inner_text(f"#change-{change.id}")
    assert "Yksikköhinta" in card and "1\u00a0250,00" in card


def _number(engine, invoice_id: int) -> str:
    with Session(engine) as s:
        return s.get(Invoice, invoice_id).number


def test_core_messages_have_words_in_every_language(app):
    """Each message of the table is translated in sv and fi (a new core message without words shows English)."""
    samples = ["invoice 1001 is issued, cannot be issued", "payment has only 100.00 unallocated, cannot allocate 500",
               "invoice 1001 has only 20.00 open", "change REQ-ABCDE still misses data.vat_code",
               "same reference, same amount", "no reference: which invoice does this payment settle?"]
    for lang in ("sv", "fi"):
        with app.test_request_context(headers={"Accept-Language": lang}):
            out = [core_text(m) for m in samples]
        assert all(o != m for o, m in zip(out, samples, strict=True)), (lang, out)
    with app.test_request_context(headers={"Accept-Language": "sv"}):
        assert core_text("something the table does not know") == "something the table does not know"
        assert core_text("payment has only 100.00 unallocated, cannot allocate 500") == \
            "betalningen har bara 100,00 kvar att avräkna, inte 500,00"


def test_the_payment_question_mail_asks_in_the_agencys_language():
    """The question mail says what it asks in the agency's language, as the payment page does (one table)."""
    from decimal import Decimal

    from core.payments.models import Payment
    from core.payments.questions import question_text

    pays = [Payment(id=7, agency_id=1, external_id="x", amount=Decimal("20000.00"), currency="SEK",
                    payment_date=dt.date(2026, 12, 6), unallocated=Decimal("20000.00"),
                    ask_agency="no reference: which invoice does this payment settle?"),
            Payment(id=8, agency_id=1, external_id="y", amount=Decimal("-150.00"), currency="EUR",
                    payment_date=dt.date(2026, 12, 6), unallocated=Decimal("-150.00"),
                    ask_agency="the payer deducted 1500.00 citing RF18: which credit note is it?")]
    sv, fi = question_text("sv", pays), question_text("fi", pays)
    assert "ingen referens: vilken faktura avser betalningen?" in sv and "which invoice" not in sv
    assert "maksaja vähensi 1 500,00 viitaten RF18: mistä hyvityslaskusta on kyse?" in fi
    assert "20 000,00 SEK" in sv
