"""A clerk's invoice tasks in a real browser (Playwright + Debian chromium, live server, CSRF on), each checked as
the clerk would check it: a new draft typed into the invoice form and changed, then issued with a number and an
open amount; an issued invoice copied into a new draft; credited in full (the credit note exists and the invoice
has nothing open) and in part (the open amount drops by the credited line); written off as a credit loss."""
from __future__ import annotations

import re
from decimal import Decimal

from sqlmodel import Session, select

from core.billing.models import Invoice, InvoiceLine
from core.period.models import WriteOff
from tests.support.browser import login


def _invoice(engine, invoice_id: int) -> Invoice:
    with Session(engine, expire_on_commit=False) as s:
        return s.get(Invoice, invoice_id)


def _lines(engine, invoice_id: int) -> list[InvoiceLine]:
    with Session(engine) as s:
        return list(s.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)
                           .order_by(InvoiceLine.line_no)))


def _id(url: str) -> int:
    return int(re.search(r"/invoices/(\d+)", url).group(1))


def _clerk(live_server, browser):
    page = browser.new_page(locale="en-GB")
    login(page, live_server, "clerk", "clerk-demo")
    return page


def _new_issued_invoice(page, live_server, world, qty: str = "2") -> int:
    """The invoice form: a draft of two lines for customer 10002, saved, then issued from its page."""
    page.goto(f"{live_server}/invoices/new")
    page.select_option("#agency", str(world["HYDRO-SE"]["agency"]))
    page.fill("#customer", "10002")
    page.fill("input[name=article-0]", "1010")
    page.fill("input[name=quantity-0]", qty)
    page.fill("input[name=article-1]", "1010")
    page.fill("input[name=quantity-1]", "1")
    page.fill("input[name=price-1]", "1000")
    page.fill("input[name=text-1]", "Extra hour")
    page.click("button.primary")
    page.wait_for_url(re.compile(r".*/invoices/\d+$"))
    page.click("text=Issue invoice")
    page.wait_for_selector(".flash.ok")
    return _id(page.url)


def test_create_edit_and_issue_a_draft(live_server, browser, world, clean_db):
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/invoices/new")
    page.select_option("#agency", str(world["HYDRO-SE"]["agency"]))
    page.fill("#customer", "10002")
    page.fill("input[name=article-0]", "1010")
    page.fill("input[name=quantity-0]", "2")
    page.click("button.primary")
    page.wait_for_url(re.compile(r".*/invoices/\d+$"))
    draft_id = _id(page.url)
    draft = _invoice(clean_db, draft_id)
    assert draft.status == "draft" and draft.number is None and draft.net_total == Decimal("2300.00")
    # the clerk changes the draft: 4 hours instead of 2
    page.click("text=Change the draft")
    page.wait_for_url(re.compile(r".*/edit$"))
    assert Decimal(page.input_value("input[name=quantity-0]")) == 2
    page.fill("input[name=quantity-0]", "4")
    page.click("button.primary")
    page.wait_for_url(re.compile(rf".*/invoices/{draft_id}$"))
    assert _invoice(clean_db, draft_id).net_total == Decimal("4600.00")
    page.click("text=Issue invoice")
    page.wait_for_selector(".flash.ok")
    issued = _invoice(clean_db, draft_id)
    assert issued.status == "issued" and issued.number and issued.open_amount == issued.total > 0
    header = page.inner_text("h1")
    assert issued.number in header and "issued" in header.lower()


def test_copy_an_issued_invoice_into_a_new_draft(live_server, browser, world, clean_db):
    page = _clerk(live_server, browser)
    original = _new_issued_invoice(page, live_server, world)
    page.click("text=Copy into a new draft")
    page.wait_for_url(re.compile(r".*/invoices/\d+/edit$"))
    copy_id = _id(page.url)
    assert copy_id != original
    assert page.input_value("input[name=article-0]") == "1010"
    assert Decimal(page.input_value("input[name=quantity-1]")) == 1
    page.fill("input[name=quantity-0]", "5")
    page.click("button.primary")
    page.wait_for_url(re.compile(rf".*/invoices/{copy_id}$"))
    copy = _invoice(clean_db, copy_id)
    assert copy.status == "draft" and copy.customer_id == _invoice(clean_db, original).customer_id
    assert [ln.quantity for ln in _lines(clean_db, copy_id)] == [Decimal("5"), Decimal("1")]
    assert _invoice(clean_db, original).status == "issued"  # the original is untouched


def test_credit_an_invoice_in_full(live_server, browser, world, clean_db):
    page = _clerk(live_server, browser)
    inv_id = _new_issued_invoice(page, live_server, world)
    total = _invoice(clean_db, inv_id).total
    page.fill("#reason", "Wrong customer")
    page.click("text=Credit the whole invoice")
    page.wait_for_url(lambda url: _id(url) != inv_id)
    note = _invoice(clean_db, _id(page.url))
    assert note.kind == "credit_note" and note.credited_invoice_id == inv_id and note.number
    assert note.total == -total
    assert "Credit note" in page.inner_text("h1") and note.number in page.inner_text(".flash.ok")
    original = _invoice(clean_db, inv_id)
    assert original.open_amount == 0 and original.status == "credited"
    page.goto(f"{live_server}/invoices/{inv_id}")
    assert note.number in page.inner_text("main")  # the invoice lists its credit note


def test_credit_one_line_of_an_invoice(live_server, browser, world, clean_db):
    page = _clerk(live_server, browser)
    inv_id = _new_issued_invoice(page, live_server, world)
    before = _invoice(clean_db, inv_id)
    page.fill("#reason", "One hour too many")
    page.fill("input[name=qty-1]", "1")  # one of the two hours at 1150.00 + 25 % VAT
    page.click("text=Credit the quantities typed")
    page.wait_for_url(lambda url: _id(url) != inv_id)
    note = _invoice(clean_db, _id(page.url))
    assert note.kind == "credit_note" and note.total == Decimal("-1437.50")
    after = _invoice(clean_db, inv_id)
    assert after.open_amount == before.open_amount - Decimal("1437.50") and after.status == "issued"


def test_write_off_a_confirmed_credit_loss(live_server, browser, world, clean_db):
    page = _clerk(live_server, browser)
    inv_id = _new_issued_invoice(page, live_server, world)
    open_before = _invoice(clean_db, inv_id).open_amount
    page.click("#write-off summary")
    page.fill("#write_off_reason", "Konkurs, bevakning utan utdelning")
    page.click("#write-off button.danger")
    page.wait_for_selector(".flash.ok")
    inv = _invoice(clean_db, inv_id)
    assert inv.status == "written_off" and inv.open_amount == 0
    with Session(clean_db) as s:
        wo = s.exec(select(WriteOff).where(WriteOff.invoice_id == inv_id)).one()
    assert wo.amount == open_before and wo.vat_amount > 0
    assert "written off" in page.inner_text(".flash.ok")
    assert page.locator("#write-off").count() == 0  # nothing left to write off
