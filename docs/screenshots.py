"""Take PNG screenshots of the main web pages into docs/screenshots/ (Playwright + /usr/bin/chromium).

Runs on a throw-away SQLite database with the demo set, the demo users, a request waiting for an answer and an
unmatched payment.   Usage: .venv/bin/python docs/screenshots.py
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import threading
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def prepare() -> dict:
    tmp = tempfile.mkdtemp(prefix="reskontra-shots-")
    os.environ["RESKONTRA_VAR"] = tmp
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/shots.db"
    sys.path.insert(0, str(ROOT))
    from sqlmodel import select

    from core import demo
    from core.payments.models import Payment
    from core.platform import migrate
    from core.platform.db import session_scope
    from core.registers import register as registers
    from web import pipeline, users

    migrate.upgrade()
    ids: dict = {}
    with session_scope() as s:
        demo.load(s)
        users.ensure_demo_users(s)
        hydro = registers.agency_by_code(s, "HYDRO-SE")
        res = pipeline.submit(s, hydro, {"customer": {"customer_number": "10002"}, "buyer_reference": "Eva Lind",
                                         "lines": [{"article": "1010", "quantity": "6"},
                                                   {"article": "1090", "description": "Utredning enligt offert",
                                                    "quantity": "1"}]}, "web", "clerk")
        ids["request"] = res.get("request_id")
        s.add(Payment(agency_id=hydro.id, external_id="shot-1", amount=Decimal("5750.00"), currency="SEK",
                      payment_date=dt.date.today(), unallocated=Decimal("5750.00"), payer_name="Byggbolaget i Norr AB",
                      reference="123", remittance="Faktura 10001 delbetalning"))
        s.flush()
        ids["payment"] = s.exec(select(Payment.id)).first()
    return ids


def main() -> int:
    if not os.path.exists(CHROMIUM):
        print(f"skipped: {CHROMIUM} is missing (apt-get install -y chromium)")
        return 0
    ids = prepare()
    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    from web.app import create_app

    server = make_server("127.0.0.1", 0, create_app(), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    OUT.mkdir(parents=True, exist_ok=True)
    pages = [("dashboard", "/"), ("queue", "/queue/"), ("intake-form", "/intake/new"), ("invoices", "/invoices/"),
             ("invoice", "/invoices/1"), ("customers", "/registers/customers"), ("customer", "/registers/customers/1"),
             ("customer-form", "/registers/customers/1/edit"), ("articles", "/registers/articles"),
             ("payments", "/payments/"), ("payment", f"/payments/{ids['payment']}"),
             ("runs-preview", "/runs/?kind=reminders&agency=1"), ("reports", "/reports/"),
             ("customer-account", "/customers/1/account"), ("invoices-overdue", "/invoices/?overdue=1"),
             ("admin-users", "/admin/users"), ("admin-tokens", "/admin/tokens")]
    if ids.get("request"):
        pages.insert(2, ("request", f"/queue/requests/{ids['request']}"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="sv-SE")
        page.goto(f"{base}/login")
        page.screenshot(path=str(OUT / "login.png"))
        for user, pw in (("admin", "admin-demo"),):
            page.fill("#username", user)
            page.fill("#password", pw)
            page.click("button[type=submit]")
            page.wait_for_load_state()
        for name, url in pages:
            page.goto(base + url)
            if name == "intake-form":
                page.fill("#customer", "10001")
                page.fill("input[name=lines-0-article]", "1010")
                page.fill("input[name=lines-0-quantity]", "8")
                page.fill("input[name=lines-1-article]", "1020")
                page.fill("input[name=lines-1-quantity]", "2")
                page.wait_for_timeout(300)
            page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
            print("wrote", OUT / f"{name}.png")
        browser.close()
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
