"""Reports in a real browser (Playwright + Debian chromium, live server): the clerk opens the reports, sees one
ageing chart per currency (SEK and EUR never on one scale) and the report names in words, downloads the ageing
report as CSV and as XLSX and the open-items report as CSV by clicking the links, and the figures in the files are
the agency's open amounts."""
from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from openpyxl import load_workbook
from sqlmodel import Session, select

from core.billing.models import Invoice
from tests.support.browser import login


def _open_total(engine, agency_id: int) -> Decimal:
    with Session(engine) as s:
        return sum((i.open_amount for i in s.exec(select(Invoice).where(
            Invoice.agency_id == agency_id, Invoice.status == "issued"))), Decimal("0"))


def test_reports_charts_per_currency_and_exports(live_server, browser, world, clean_db):
    hydro = world["HYDRO-SE"]["agency"]
    expected = _open_total(clean_db, hydro)
    page = browser.new_page(locale="en-GB", accept_downloads=True)
    page.set_default_timeout(15_000)
    login(page, live_server, "clerk", "clerk-demo")
    page.click("nav >> text=Reports")
    currencies = page.eval_on_selector_all(".chart-box", "els => els.map(e => e.dataset.currency)")
    assert currencies == ["EUR", "SEK"]  # one chart per currency
    assert "open-items:" not in page.inner_text(".downloads") and "Open items" in page.inner_text(".downloads")
    page.select_option("select[name=agency]", str(hydro))
    page.click("form.filters button")
    page.wait_for_url(lambda url: f"agency={hydro}" in url)
    downloads = page.locator(".downloads")
    # ageing as CSV: the total row is the agency's open amount
    with page.expect_download() as info:
        downloads.locator("a", has_text="CSV").first.click()
    rows = list(csv.reader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig")), delimiter=";"))
    if len(rows[0]) == 1:
        rows = list(csv.reader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig"))))
    head, body = rows[0], rows[1:]
    total = next(r for r in body if r[head.index("bucket")] == "total")
    assert Decimal(total[head.index("amount")].replace(",", ".")) == expected
    assert info.value.suggested_filename == f"ageing-{dt.date.today().isoformat()}.csv"
    # the same as XLSX: a number cell, not text
    with page.expect_download() as info:
        downloads.locator("a", has_text="XLSX").first.click()
    ws = load_workbook(io.BytesIO(info.value.path().read_bytes()), data_only=True).active
    values = list(ws.iter_rows(values_only=True))
    hdr = [str(c) for c in values[0]]
    (xl_total,) = [r for r in values[1:] if r[hdr.index("Age")] == "Total"]  # read by people: in words
    assert Decimal(str(xl_total[hdr.index("Amount")])) == expected
    # open items as CSV: one row per open invoice, summing to the same figure
    with page.expect_download() as info:
        downloads.locator("a[href*='open-items.csv']").click()
    text = info.value.path().read_text(encoding="utf-8-sig")
    delim = ";" if text.splitlines()[0].count(";") else ","
    items = list(csv.DictReader(io.StringIO(text), delimiter=delim))
    assert sum(Decimal(r["open_amount"].replace(",", ".")) for r in items) == expected
