"""Period end in a real browser (Playwright + Debian chromium, live server, CSRF on): the clerk previews and books
the month's accruals (the invoice's schedule then shows the month recognised, and booking again books nothing
twice), books the provision for doubtful receivables (a voucher with its reversal) and reads the reconciliation of
the AR subledger against the ledger (no difference)."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from sqlmodel import Session, select

from core.billing import drafting, issuing
from core.ledger.models import Voucher
from core.period.models import Provision
from core.registers import register as registers
from tests.support.browser import login


def _month_after(day: dt.date, n: int = 1) -> dt.date:
    y, m = divmod(day.month - 1 + n, 12)
    return dt.date(day.year + y, m + 1, 1)


def _clerk(live_server, browser):
    page = browser.new_page(locale="en-GB")
    page.set_default_timeout(15_000)
    login(page, live_server, "clerk", "clerk-demo")
    return page


def test_book_the_accruals_of_a_month(live_server, browser, world, clean_db):
    start = _month_after(dt.date.today())
    end = _month_after(start, 2) - dt.timedelta(days=1)  # two months of service, invoiced in advance
    with Session(clean_db, expire_on_commit=False) as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        cust = registers.find_customer(s, "10002", agency)
        inv = drafting.create_draft(s, agency, cust, [drafting.LineInput(
            article_code="1010", quantity="10", period_start=start, period_end=end)], drafting.DraftOptions())
        issuing.issue(s, inv, force=True, force_reason="test")
        s.commit()
    month = start.strftime("%Y-%m")
    page = _clerk(live_server, browser)
    page.click("nav >> text=Period end")
    page.select_option("select[name=agency]", str(agency.id))
    page.fill("input[name=month]", month)
    page.click("form.filters button.primary")
    page.wait_for_selector("#accrual-rows")
    assert page.locator("#accruals tbody tr", has_text=inv.number).count() == 1
    total = Decimal(page.inner_text("#accrual-total").replace(",", ""))
    assert 0 < total < Decimal("11500.00")  # one month of the two
    page.click("#accruals button.primary")
    page.wait_for_selector(".flash.ok")
    assert "booked" in page.inner_text(".flash.ok")
    assert "Nothing to recognise" in page.inner_text("#accruals")  # booked: nothing left for the month
    page.goto(f"{live_server}/invoices/{inv.id}")
    schedule = page.locator("h2:has-text('Accrual schedule') ~ table").first.inner_text()
    assert f"{start:%B} {start.year}" in schedule  # the month in words (en), not its key 2027-01
    with Session(clean_db) as s:
        booked = s.exec(select(Voucher).where(Voucher.agency_id == agency.id,
                                              Voucher.date == _month_after(start) - dt.timedelta(days=1))).all()
    assert len(booked) == 1


def test_book_the_provision_and_reconcile(live_server, browser, world, clean_db):
    agency = world["HYDRO-SE"]["agency"]
    as_of = (dt.date.today() + dt.timedelta(days=200)).isoformat()  # the demo invoices are long overdue then
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/period/?agency={agency}&date={as_of}")
    provision = page.inner_text("#provision")
    assert re.search(r"[1-9]", provision), provision
    page.click("#valuation button.primary")
    page.wait_for_selector(".flash.ok")
    assert page.locator("#provision-posted").count() == 1  # booked, with its reversal
    with Session(clean_db) as s:
        (prov,) = s.exec(select(Provision).where(Provision.agency_id == agency)).all()
        assert prov.voucher_id and prov.reversal_voucher_id
    # the reconciliation: the provision does not touch the AR account, subledger and ledger agree
    rec = page.inner_text("#reconciliation")
    assert "OK" in rec and page.inner_text("#difference").strip() in ("0.00", "-0.00")
    assert page.inner_text("#subledger") == page.inner_text("#ledger")
    assert "None" not in page.inner_text("main")
