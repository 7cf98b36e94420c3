"""Agency isolation over EVERY route of the app (iterating app.url_map): users of HYDRO-SE (an agency user and a
clerk assigned only to HYDRO-SE) get 404/403 for VESI-FI's ids, see none of VESI-FI's data, and their POSTs change
nothing. And the API token of one agency cannot read the other's."""
from __future__ import annotations

import hashlib
import re

import pytest
import sqlalchemy as sa

from tests.web.conftest import PASSWORDS, login

# which of the other agency's objects a URL parameter names
PARAM_OBJECT = {"invoice_id": "invoice", "customer_id": "only_customer", "article_id": "article",
                "payment_id": "payment", "request_id": "request", "message_id": "message", "token_id": "token_id",
                "agency_id": "agency", "user_id": None}
VALID_CHOICES = {"kind": ["ageing", "open-items", "reconciliation", "valuation", "automation"]}
# POST routes that change the user's own session/settings only (not agency data)
OWN_ONLY = {"auth.login", "auth.logout", "auth.set_language", "auth.settings"}
SECRET_MARKERS = ("Järvi-Suomen Vesi Oy", "Vesi-only Asiakas Oy", "Payer VESI-FI", "Q VESI-FI", "REQ-VESI-")


def snapshot(engine) -> str:
    """A hash of every row of every table except the audit trail and the login bookkeeping."""
    h = hashlib.sha256()
    with engine.connect() as conn:
        for table in sorted(sa.inspect(engine).get_table_names()):
            if table in ("auditevent", "alembic_version"):
                continue
            cols = [c["name"] for c in sa.inspect(engine).get_columns(table)
                    if c["name"] not in ("last_login_at", "last_used_at", "language")]
            rows = conn.execute(sa.text(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table}" '
                                        f'ORDER BY 1')).all()
            h.update(f"{table}:{rows!r}".encode())
    return h.hexdigest()


def expand(rule, other: dict, user_ids: dict) -> list[str]:
    """Concrete URLs for a rule, with the other agency's ids in every id parameter."""
    urls = [""]
    parts = re.split(r"(<[^>]+>)", rule.rule)
    for part in parts:
        m = re.fullmatch(r"<(?:(\w+)(\([^)]*\))?:)?(\w+)>", part)
        if not m:
            urls = [u + part for u in urls]
            continue
        conv, args, name = m.group(1), m.group(2), m.group(3)
        if conv == "any":
            choices = [c.strip().strip("'\"") for c in args.strip("()").split(",")]
        elif name in VALID_CHOICES:
            choices = VALID_CHOICES[name]
        elif name == "user_id":
            choices = [str(user_ids["vesi"])]
        elif name in PARAM_OBJECT:
            choices = [str(other[PARAM_OBJECT[name]])]
        elif name == "filename":
            choices = ["app.css"]
        else:
            choices = ["1"]
        urls = [u + c for u in urls for c in choices]
    return urls


def form_for(other: dict) -> dict:
    """A form that names the other agency and its objects everywhere it could."""
    return {"agency": other["agency"], "customer": "20001", "lines-0-article": other["article_code"],
            "lines-0-quantity": "1", "lines-0-unit_price": "10", "invoice-0": "10001", "amount-0": "1",
            "invoice": "10001", "reason": "test", "mode": "full", "name": "X", "code": "ZZ1", "unit": "st",
            "vat_rate": "25", "kind": "reminders", "when": "", "path": "lines[0].quantity", "value": "2",
            f"q{other['question']}": "3", "force_reason": "x", "country": "FI", "language": "fi",
            "org_no": "0112038-9", "username": "intruder", "role": "clerk", "password": "intruder-pw",
            "agencies": [other["agency"]], "customer_id": other["only_customer"]}


@pytest.mark.parametrize("username", ["hydro", "clerkhydro"])
def test_every_route_isolates_agencies(app, world, clean_db, username):
    other = world["VESI-FI"]
    client = login(app, username, PASSWORDS[username])
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.endpoint.startswith("api."):
            continue
        has_id = any(f":{a}>" in rule.rule or f"<{a}>" in rule.rule for a in PARAM_OBJECT)
        for url in expand(rule, other, world["users"]):
            for method in sorted((rule.methods or set()) & {"GET", "POST"}):
                if rule.endpoint in OWN_ONLY:
                    continue
                before = snapshot(clean_db)
                if method == "GET":
                    r = client.get(url)
                    r2 = client.get(url, query_string={"agency": other["agency"]})
                    for resp in (r, r2):
                        text = resp.get_data().decode("utf-8", "replace")
                        assert resp.status_code < 500, (url, resp.status_code)
                        for marker in SECRET_MARKERS:
                            assert marker not in text, (username, url, marker)
                    if has_id:
                        assert r.status_code in (403, 404), (username, method, url, r.status_code)
                else:
                    r = client.post(url, data=form_for(other))
                    assert r.status_code < 500, (url, r.status_code, r.get_data(as_text=True)[-800:])
                    if has_id:
                        assert r.status_code in (403, 404), (username, method, url, r.status_code)
                    assert snapshot(clean_db) == before, (username, method, url, r.status_code)
                checked += 1
    assert checked > 40


def test_clerk_of_both_agencies_sees_both(as_user, world):
    c = as_user("clerk")
    assert c.get(f"/invoices/{world['VESI-FI']['invoice']}").status_code == 200
    assert c.get(f"/invoices/{world['HYDRO-SE']['invoice']}").status_code == 200


def test_api_token_isolation(app, world):
    c = app.test_client()
    h = {"Authorization": f"Bearer {world['HYDRO-SE']['token']}"}
    assert c.get(f"/api/v1/invoices/{world['VESI-FI']['invoice']}", headers=h).status_code == 404
    assert c.get(f"/api/v1/requests/{world['VESI-FI']['request']}", headers=h).status_code == 404
    assert c.get(f"/api/v1/requests/{world['VESI-FI']['request']}/questions", headers=h).status_code == 404
    listed = c.get("/api/v1/invoices", headers=h).get_json()
    assert listed and all(i["agency"] == "HYDRO-SE" for i in listed)
    assert c.get(f"/api/v1/invoices/{world['HYDRO-SE']['invoice']}", headers=h).status_code == 200
    assert c.get("/api/v1/invoices").status_code == 401
    assert c.get("/api/v1/invoices", headers={"Authorization": "Bearer nope"}).status_code == 401
