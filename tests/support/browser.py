"""Helpers of the browser tests (Playwright driving Debian's Chromium)."""
from __future__ import annotations

import re

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def login(page, base: str, user: str, password: str) -> None:
    """Log in through the login form and wait for the dashboard."""
    page.goto(f"{base}/login")
    page.fill("#username", user)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))


def in_language(client, lang: str):
    """A Flask test client that has chosen `lang` on the language form (as a clerk does)."""
    client.post("/language", data={"lang": lang})
    return client


def page_text(r) -> str:
    """A response's HTML with every kind of non-breaking space as U+00A0, so numbers compare as the reader sees them."""
    return r.get_data(as_text=True).replace("&nbsp;", "\xa0").replace("\u202f", "\xa0")
