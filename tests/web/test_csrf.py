"""CSRF: every state-changing form needs the token (the app is built with CSRF on, as in production)."""
from __future__ import annotations

import re

import pytest


@pytest.fixture()
def csrf_app(world):
    from web.app import create_app

    return create_app({"TESTING": True, "SECRET_KEY": "csrf-test"})


def _token(html: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


def test_login_without_token_is_refused(csrf_app):
    c = csrf_app.test_client()
    r = c.post("/login", data={"username": "clerk", "password": "clerk-demo"})
    assert r.status_code == 400
    assert c.get("/").status_code == 302  # not logged in


def test_post_routes_refuse_missing_token(csrf_app, world):
    c = csrf_app.test_client()
    tok = _token(c.get("/login").get_data(as_text=True))
    assert c.post("/login", data={"username": "clerk", "password": "clerk-demo", "csrf_token": tok}).status_code == 302
    inv = world["HYDRO-SE"]["invoice"]
    for url, data in [(f"/invoices/{inv}/credit", {"reason": "x", "mode": "full"}),
                      ("/intake/new", {"agency": world["HYDRO-SE"]["agency"], "customer": "10001",
                                       "lines-0-article": "1010", "lines-0-quantity": "1"}),
                      (f"/payments/{world['HYDRO-SE']['payment']}/overpayment", {}),
                      ("/logout", {})]:
        assert c.post(url, data=data).status_code == 400, url
        assert c.post(url, data={**data, "csrf_token": "forged"}).status_code == 400, url
    # with the token the same credit works
    page = c.get(f"/invoices/{inv}").get_data(as_text=True)
    r = c.post(f"/invoices/{inv}/credit", data={"reason": "x", "mode": "full", "csrf_token": _token(page)})
    assert r.status_code == 302


def test_every_post_route_is_csrf_protected(csrf_app, world):
    """Sweep: no POST route (outside the token-authenticated API) accepts a request without the CSRF token."""
    c = csrf_app.test_client()
    tok = _token(c.get("/login").get_data(as_text=True))
    c.post("/login", data={"username": "admin", "password": "admin-demo", "csrf_token": tok})
    for rule in csrf_app.url_map.iter_rules():
        if "POST" not in (rule.methods or ()) or rule.endpoint.startswith(("api.", "api_batches.", "api_requests.")):
            continue
        url = re.sub(r"<any\(([^,)]+)[^>]*>", lambda m: m.group(1).strip("'\" "), rule.rule)
        url = re.sub(r"<[^>]+>", "1", url)
        assert c.post(url, data={}).status_code == 400, url
