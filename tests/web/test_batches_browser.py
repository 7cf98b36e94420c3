"""Browser test (Playwright + chromium, CSRF on) of the web upload: an agency user uploads an invoicing file, sees
the preview with the bad row named and nothing issued, confirms, and reads the receipt with the issued invoice."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from core.billing.models import Invoice
from core.platform.db import get_engine
from tests.support.browser import login

CSV = ("fakturanyckel;kundnummer;fakturadatum;artikel;antal\n"
       "A;10002;2026-11-30;1010;5\n"
       "B;10004;2026-11-30;9999;1\n")


def _from_file() -> int:
    with Session(get_engine()) as s:
        return len(s.exec(select(Invoice).where(Invoice.source == "file")).all())


def test_upload_preview_confirm_receipt(live_server, browser, world, tmp_path):
    f = tmp_path / "november.csv"
    f.write_text(CSV, encoding="cp1252")
    page = browser.new_page(locale="en-GB")
    login(page, live_server, "hydro", "hydro-demo")
    page.goto(f"{live_server}/batches/")
    page.set_input_files("#file", str(f))
    page.click("#batch-upload button[type=submit]")
    page.wait_for_selector("#batch-errors")
    row = page.locator("#batch-errors tbody tr").first
    assert row.locator("td").nth(0).inner_text() == "3" and "9999" in row.inner_text()
    assert _from_file() == 0  # the preview issued nothing
    page.click("#batch-confirm button[type=submit]")
    page.wait_for_url(re.compile(r".*/batches/\d+$"))
    assert "A" in page.locator("#batch-issued").inner_text()
    assert _from_file() == 1
