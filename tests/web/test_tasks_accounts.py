"""The customer account in a real browser (Playwright + Debian chromium, live server, CSRF on): a clerk finds the
customer, opens the account, reads the balance, registers the customer's payment and sees the balance drop and the
payment listed; the statement PDF downloaded from the page lists the open invoice and the balance (read with
pypdf)."""
from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

from pypdf import PdfReader
from sqlmodel import Session, select

from core.billing.models import Invoice
from core.registers.models import Customer
from tests.support.browser import login


def _balance(engine, customer_id: int, agency_id: int) -> Decimal:
    with Session(engine) as s:
        return sum((i.open_amount for i in s.exec(select(Invoice).where(
            Invoice.customer_id == customer_id, Invoice.agency_id == agency_id, Invoice.status == "issued"))),
            Decimal("0"))


def _sv(amount: Decimal) -> str:
    """An amount as the English (en-GB) page writes it: 1,234.50."""
    return f"{amount:,.2f}"


def _swedish(amount: Decimal) -> str:
    """An amount as a Swedish statement writes it: 1 234,50 (a no-break space between thousands)."""
    return f"{amount:,.2f}".replace(",", "\xa0").replace(".", ",")


def test_account_page_payment_and_statement_pdf(live_server, browser, world, clean_db):
    w = world["HYDRO-SE"]
    with Session(clean_db) as s:
        cust = s.get(Customer, w["customer"])
        inv = s.get(Invoice, w["invoice"])
        number, open_amount = inv.number, inv.open_amount
    balance = _balance(clean_db, w["customer"], w["agency"])
    page = browser.new_page(locale="en-GB")
    page.set_default_timeout(10_000)
    login(page, live_server, "clerk", "clerk-demo")
    page.goto(f"{live_server}/registers/customers?q={cust.customer_number}")
    page.locator("main a", has_text=cust.name).first.click()
    page.click("text=Account and statement")
    page.wait_for_url(re.compile(r".*/customers/\d+/account$"))
    tiles = page.inner_text(".tiles")
    assert _sv(balance) in tiles, tiles
    assert number in page.inner_text("main")
    # the customer pays 500.00 of the invoice
    page.goto(f"{live_server}/payments/register")
    page.select_option("#agency", str(w["agency"]))
    page.fill("#amount", "500")
    page.fill("#date", dt.date.today().isoformat())
    page.fill("#invoice", number)
    page.click("main form button.primary")
    page.wait_for_selector(".flash.ok")
    page.goto(f"{live_server}/customers/{w['customer']}/account")
    assert _sv(balance - Decimal("500.00")) in page.inner_text(".tiles")
    assert _sv(Decimal("500.00")) in page.locator("section", has_text="Payments").first.inner_text()
    # the statement, fetched as the browser would (same session): in the customer's language, whoever prints it
    href = page.get_attribute("text=Statement (PDF)", "href")
    for lang, title, fmt in ((cust.language, "Kontoutdrag", _swedish), ("en", "Statement of account", _sv)):
        url = f"{live_server}{href}" + ("&lang=en" if lang == "en" else "")
        resp = page.context.request.get(url, headers={"Accept-Language": "en-GB"})
        assert resp.ok and resp.headers["content-type"] == "application/pdf"
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(resp.body())).pages)
        assert title in text and cust.name in text, (lang, text[:300])
        assert number in text and fmt(open_amount - Decimal("500.00")) in text
        assert fmt(balance - Decimal("500.00")) in text  # the balance line
        assert "None" not in text
