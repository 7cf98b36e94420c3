"""Web fixtures: the demo set with invoices, users of two agencies, objects of every kind per agency, clients."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlmodel import Session, select


@pytest.fixture()
def world(clean_db):
    """Demo registers and invoices; users; per agency a payment, request+question, quarantined message, token."""
    from core import demo
    from core.billing.models import Invoice
    from core.payments.models import Payment
    from core.platform.models import InboundMessage
    from core.registers import register as registers
    from core.registers.models import AgencyCustomer, Article, Customer
    from core.requests.models import InvoiceRequest, Question
    from web import users

    with Session(clean_db, expire_on_commit=False) as s:
        demo.load(s, today=dt.date.today())
        users.ensure_demo_users(s)
        users.create_user(s, "clerkhydro", "clerkhydro-pw", "clerk", ["HYDRO-SE"])
        users.create_user(s, "clerkvesi", "clerkvesi-pw", "clerk", ["VESI-FI"])
        w = {}
        for code in ("HYDRO-SE", "VESI-FI"):
            a = registers.agency_by_code(s, code)
            inv = s.exec(select(Invoice).where(Invoice.agency_id == a.id)).first()
            cust = s.get(Customer, inv.customer_id)
            art = s.exec(select(Article).where(Article.agency_id == a.id)).first()
            pay = Payment(agency_id=a.id, external_id=f"ext-{code}", amount=Decimal("100.00"),
                          currency=a.currency, payment_date=dt.date.today(), unallocated=Decimal("100.00"),
                          payer_name=f"Payer {code}")
            raw = b"From: x@y\r\nSubject: hi\r\n\r\nbody " + code.encode()
            msg = InboundMessage(sha256=f"{code:0<64}"[:64], raw=raw,
                                 status="quarantined", agency_id=a.id, from_addr="x@y", subject=f"Q {code}",
                                 reason="unknown sender")
            req = InvoiceRequest(token=f"REQ-{code[:5]}", agency_id=a.id, source="api", status="waiting_for_answer",
                                 data={"customer": {"customer_number": cust.customer_number},
                                       "lines": [{"article": art.code, "quantity": None}]})
            s.add_all([pay, msg, req])
            s.flush()
            q = Question(request_id=req.id, path="lines[0].quantity")
            s.add(q)
            s.flush()
            tok, clear = users.create_token(s, a, f"tok {code}", "test")
            w[code] = {"agency": a.id, "invoice": inv.id, "customer": cust.id, "article": art.id, "payment": pay.id,
                       "message": msg.id, "request": req.id, "question": q.id, "token_id": tok.id, "token": clear,
                       "customer_name": cust.name, "article_code": art.code}
        # a customer known only to VESI (linked, no invoice)
        only = registers.upsert_customer(s, {"name": "Vesi-only Asiakas Oy", "org_no": "0112038-9", "country": "FI"})
        s.add(AgencyCustomer(agency_id=w["VESI-FI"]["agency"], customer_id=only.id, number="V-1"))
        w["VESI-FI"]["only_customer"] = only.id
        from core.platform.models import User
        w["users"] = {u.username: u.id for u in s.exec(select(User))}
        s.commit()
    return w


@pytest.fixture()
def app(world):
    from web.app import create_app

    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test-secret"})


def login(app, username: str, password: str | None = None):
    client = app.test_client()
    r = client.post("/login", data={"username": username, "password": password or f"{username}-demo"})
    assert r.status_code == 302, r.data[:500]
    return client


PASSWORDS = {"admin": "admin-demo", "clerk": "clerk-demo", "hydro": "hydro-demo", "vesi": "vesi-demo",
             "clerkhydro": "clerkhydro-pw", "clerkvesi": "clerkvesi-pw"}


@pytest.fixture()
def as_user(app):
    def make(username: str):
        return login(app, username, PASSWORDS[username])
    return make


@pytest.fixture()
def live_server(world):
    """The web app (CSRF on, as in production) on a free port in a thread; skips where Chromium is missing."""
    import os
    import threading

    from tests.support.browser import CHROMIUM

    if not os.path.exists(CHROMIUM):
        print(f"browser tests skipped: {CHROMIUM} is missing (apt-get install -y chromium)")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    pytest.importorskip("playwright.sync_api")
    from werkzeug.serving import make_server

    from web.app import create_app

    server = make_server("127.0.0.1", 0, create_app({"SECRET_KEY": "browser-test"}), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)


@pytest.fixture()
def browser():
    """A headless Chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    from tests.support.browser import ARGS, CHROMIUM

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()
