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
