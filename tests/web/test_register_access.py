"""Issue #17, finding 2: the shared customer register through the intake look-up. Swept across two agencies: a
user sees the customers its agency invoiced or registered; the rest of the register answers only a full, exact
identifier (central customer number, organisation number), never a fragment, never a private person (a personal
identity number is no key), and exact look-ups are rate-limited."""
from __future__ import annotations

import json

import pytest
from sqlmodel import Session, select

from core import access
from core.kernel import parties
from core.platform.db import get_engine
from core.registers.models import Customer

AGENCIES = {"hydro": "HYDRO-SE", "vesi": "VESI-FI"}


@pytest.fixture(autouse=True)
def fresh_limits():
    access._hits.clear()
    yield
    access._hits.clear()


def _lookup(client, agency_id: int, q: str) -> list[dict]:
    access._hits.clear()  # the sweep checks the rule; the limit has its own test
    r = client.get("/intake/customers.json", query_string={"q": q, "agency": agency_id})
    assert r.status_code == 200, r.data[:300]
    return json.loads(r.data)


def _register() -> tuple[list[Customer], dict[str, set[str]]]:
    """Every customer, and per user the customer numbers their agency sees (as admin would compute it)."""
    from core.platform.models import User

    with Session(get_engine()) as s:
        customers = list(s.exec(select(Customer)))
        seen = {}
        for name in AGENCIES:
            user = s.exec(select(User).where(User.username == name)).one()
            seen[name] = {c.customer_number for c in s.exec(access.customers_query(s, user))}
    return customers, seen


@pytest.mark.parametrize("username", sorted(AGENCIES))
def test_sweep_other_agencies_customers(world, as_user, username):
    client = as_user(username)
    agency_id = world[AGENCIES[username]]["agency"]
    customers, seen = _register()
    others = [c for c in customers if c.customer_number not in seen[username]]
    assert others and seen[username], "the world must have customers on both sides"
    for c in others:
        private = c.kind == "private" or bool((parties.identify_org_no(c.org_no or "") or ("", "", False))[2])
        for fragment in (c.name[:5], c.customer_number[:-1], (c.org_no or "")[:6]):
            if len(fragment) >= 2:
                hits = {h["customer_number"] for h in _lookup(client, agency_id, fragment)}
                assert c.customer_number not in hits, (username, c.name, fragment)
        exact = _lookup(client, agency_id, c.customer_number)
        if private:
            assert exact == [], (username, c.name)
            if c.org_no:
                assert _lookup(client, agency_id, c.org_no) == [], "a personal identity number is no key"
        else:
            assert [h["customer_number"] for h in exact] == [c.customer_number]
            if c.org_no:
                assert [h["customer_number"] for h in _lookup(client, agency_id, c.org_no)] == [c.customer_number]
    for c in customers:
        if c.customer_number in seen[username] and len(c.name) >= 5:
            assert c.customer_number in {h["customer_number"] for h in _lookup(client, agency_id, c.name[:5])}


def test_no_answer_shows_a_full_personal_identity_number(world, as_user):
    customers, _ = _register()
    client = as_user("clerk")
    for c in customers:
        if c.kind == "private" and c.org_no:
            text = client.get("/intake/customers.json", query_string={"q": c.name[:4]}).get_data(as_text=True)
            assert c.org_no not in text and c.org_no.replace("-", "") not in text


def test_exact_lookups_into_the_register_are_rate_limited(world, as_user):
    client = as_user("hydro")
    agency_id = world["HYDRO-SE"]["agency"]
    codes = []
    for i in range(access.OUTSIDE_LOOKUPS[0] + 1):
        r = client.get("/intake/customers.json", query_string={"q": f"99{i:04d}", "agency": agency_id})
        codes.append(r.status_code)
    assert codes[:-1] == [200] * access.OUTSIDE_LOOKUPS[0] and codes[-1] == 429
    assert "too many" in json.loads(r.data)["error"]


def test_a_request_cannot_reach_another_agencys_private_customer_by_number_or_name(app, world):
    """VESI never invoiced Lars-Erik Holmgren (HYDRO's private customer 10003): neither his customer number nor his
    name resolves to him, so no invoice shows his address; HYDRO itself still reaches him by number."""
    from core.registers.models import AgencyCustomer

    c = app.test_client()
    vesi = {"Authorization": f"Bearer {world['VESI-FI']['token']}"}
    for customer in ({"customer_number": "10003"}, {"name": "Lars-Erik Holmgren"}):
        r = c.post("/api/v1/requests", headers=vesi, json={
            "customer": customer, "lines": [{"article": "V100", "quantity": "1"}]})
        assert r.status_code == 201, r.get_json()
        body = r.get_json()
        assert body["invoice"] is None and "customer.org_no" in [q["path"] for q in body["questions"]]
        assert "Holmgren" not in r.get_data(as_text=True)
    with Session(get_engine()) as s:
        holmgren = s.exec(select(Customer).where(Customer.customer_number == "10003")).one()
        links = s.exec(select(AgencyCustomer).where(AgencyCustomer.customer_id == holmgren.id,
                                                    AgencyCustomer.agency_id == world["VESI-FI"]["agency"])).all()
        assert links == []
    hydro = {"Authorization": f"Bearer {world['HYDRO-SE']['token']}"}
    r = c.post("/api/v1/requests", headers=hydro, json={
        "customer": {"customer_number": "10003"}, "lines": [{"article": "2010", "quantity": "1"}]})
    assert r.get_json()["invoice"] is not None
