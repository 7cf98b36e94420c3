"""Every page for every role: what each role may open, what it sees, security settings, languages, CLI."""
from __future__ import annotations

import pytest

PAGES = ["/", "/intake/new", "/invoices/", "/registers/customers", "/registers/articles", "/reports/", "/settings"]
STAFF = ["/queue/", "/payments/", "/runs/", "/registers/customers/new", "/registers/articles/new"]
ADMIN = ["/admin/users", "/admin/users/new", "/admin/agencies", "/admin/tokens"]


@pytest.mark.parametrize("user", ["admin", "clerk", "hydro", "vesi"])
def test_pages_per_role(as_user, world, user):
    c = as_user(user)
    for url in PAGES:
        assert c.get(url).status_code == 200, url
    for url in STAFF:
        assert c.get(url).status_code == (200 if user in ("admin", "clerk") else 403), url
    for url in ADMIN:
        assert c.get(url).status_code == (200 if user == "admin" else 403), url
    inv = world["HYDRO-SE"]["invoice"]
    assert c.get(f"/invoices/{inv}").status_code == (404 if user == "vesi" else 200)


def test_login_required_and_wrong_password(app):
    c = app.test_client()
    r = c.get("/invoices/")
    assert r.status_code == 302 and "/login" in r.location
    r = c.post("/login", data={"username": "clerk", "password": "wrong"})
    assert r.status_code == 200 and "Wrong username or password" in r.get_data(as_text=True) \
        or "Fel användarnamn" in r.get_data(as_text=True)
    assert c.get("/invoices/").status_code == 302


def test_security_headers_and_cookie(app):
    c = app.test_client()
    r = c.post("/login", data={"username": "clerk", "password": "clerk-demo"})
    cookie = r.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    r = c.get("/")
    for h in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"):
        assert h in r.headers
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    from web.app import create_app
    secure = create_app({"TESTING": True, "SESSION_COOKIE_SECURE": True, "WTF_CSRF_ENABLED": False})
    r = secure.test_client().post("/login", data={"username": "clerk", "password": "clerk-demo"})
    assert "Secure" in r.headers.get("Set-Cookie", "")


def test_personnummer_masked_in_lists(as_user):
    c = as_user("hydro")
    text = c.get("/registers/customers").get_data(as_text=True)
    assert "Lars-Erik Holmgren" in text
    assert "19571121-****" in text and "19571121-2893" not in text
    text = c.get("/intake/customers.json?q=Holm&agency=1").get_data(as_text=True)
    assert "2893" not in text


def test_dashboard_has_charts_and_figures(as_user):
    text = as_user("clerk").get("/").get_data(as_text=True)
    assert "<svg" in text and "HYDRO-SE" in text


def test_languages(as_user):
    c = as_user("clerk")
    for lang, word in (("sv", "Fakturor"), ("fi", "Laskut"), ("en", "Invoices")):
        c.post("/language", data={"lang": lang, "next": "/"})
        assert word in c.get("/invoices/").get_data(as_text=True), lang


def test_accept_language_before_login(app):
    c = app.test_client()
    assert "Kirjaudu" in c.get("/login", headers={"Accept-Language": "fi-FI,fi;q=0.9"}).get_data(as_text=True)
    assert "Logga in" in c.get("/login", headers={"Accept-Language": "sv"}).get_data(as_text=True)


def test_amounts_formatted_per_locale(as_user, world):
    c = as_user("clerk")
    c.post("/language", data={"lang": "sv", "next": "/"})
    text = c.get(f"/invoices/{world['HYDRO-SE']['invoice']}").get_data(as_text=True)
    assert "\xa0kr" in text  # 1 234,56 kr
    c.post("/language", data={"lang": "en", "next": "/"})
    text = c.get(f"/invoices/{world['HYDRO-SE']['invoice']}").get_data(as_text=True)
    assert "SEK" in text


def test_intake_form_creates_invoice_or_request(as_user, world):
    c = as_user("clerk")
    r = c.post("/intake/new", data={"agency": world["HYDRO-SE"]["agency"], "customer": "10002",
                                    "lines-0-article": "1010", "lines-0-quantity": "3"})
    assert r.status_code == 302
    page = c.get(r.location).get_data(as_text=True)
    assert "Konsultation" in page
    # missing quantity: a question in the queue
    r = c.post("/intake/new", data={"agency": world["HYDRO-SE"]["agency"], "customer": "10002",
                                    "lines-0-article": "1010"})
    assert r.status_code == 302


def test_customer_validation_errors_per_field(as_user, world):
    c = as_user("clerk")
    r = c.post("/registers/customers/new", data={"agency": world["HYDRO-SE"]["agency"], "kind": "company",
                                                 "name": "Test AB", "country": "SE", "org_no": "556712-4084",
                                                 "language": "sv"})
    assert r.status_code == 422
    assert 'aria-invalid="true"' in r.get_data(as_text=True)
    r = c.post("/registers/customers/new", data={"agency": world["HYDRO-SE"]["agency"], "kind": "company",
                                                 "name": "Nytt Bolag AB", "country": "SE", "org_no": "5591234561",
                                                 "language": "sv", "peppol_id": "0007:5591234561"})
    assert r.status_code == 302
    page = c.get(r.location).get_data(as_text=True)
    assert "0007:5591234561" in page and "Sparad i registret (Webbformulär)" in page  # the history in words


def _credit_notes_of(engine, invoice_id: int) -> list:
    from sqlmodel import Session, select

    from core.billing.models import Invoice
    with Session(engine) as s:
        return list(s.exec(select(Invoice).where(Invoice.credited_invoice_id == invoice_id)).all())


def _open_amount(engine, invoice_id: int):
    from sqlmodel import Session

    from core.billing.models import Invoice
    with Session(engine) as s:
        inv = s.get(Invoice, invoice_id)
        assert inv is not None
        return inv.open_amount


def test_credit_full(as_user, world, clean_db):
    """The clerk credits an invoice in full: a credit note exists, is issued, and the invoice is no longer open."""
    c = as_user("clerk")
    inv = world["HYDRO-SE"]["invoice"]
    before = _open_amount(clean_db, inv)
    r = c.post(f"/invoices/{inv}/credit", data={"reason": "fel kund", "mode": "full"})
    assert r.status_code == 302
    notes = _credit_notes_of(clean_db, inv)
    assert len(notes) == 1 and notes[0].status == "issued" and notes[0].number
    assert notes[0].total == -before
    assert _open_amount(clean_db, inv) == 0
    text = c.get(r.location).get_data(as_text=True)
    assert notes[0].number in text
    listed = c.get("/invoices/?q=" + notes[0].number).get_data(as_text=True)
    assert notes[0].number in listed and "credit_note" not in listed  # the kind in words, not the internal name
    assert "Kreditfaktura" in listed or "Credit note" in listed or "Hyvityslasku" in listed


def test_credit_partial(as_user, world, clean_db):
    """A partial credit of one unit on line 1: the note holds that line only and the open amount drops by it."""
    c = as_user("clerk")
    inv = world["HYDRO-SE"]["invoice"]
    before = _open_amount(clean_db, inv)
    r = c.post(f"/invoices/{inv}/credit", data={"reason": "en timme för mycket", "mode": "partial", "qty-1": "1"})
    assert r.status_code == 302
    notes = _credit_notes_of(clean_db, inv)
    assert len(notes) == 1 and notes[0].status == "issued"
    assert _open_amount(clean_db, inv) == before + notes[0].total and notes[0].total < 0


def test_manual_allocation(as_user, world, clean_db):
    from sqlmodel import Session

    from core.billing.models import Invoice
    c = as_user("clerk")
    with Session(clean_db) as s:
        number = s.get(Invoice, world["HYDRO-SE"]["invoice"]).number
    r = c.post(f"/payments/{world['HYDRO-SE']['payment']}/allocate", data={"invoice-0": number, "amount-0": "40,00"})
    assert r.status_code == 302
    with Session(clean_db) as s:
        from core.payments.models import Payment
        assert str(s.get(Payment, world["HYDRO-SE"]["payment"]).unallocated) == "60.00"


def test_reports_download(as_user):
    c = as_user("hydro")
    r = c.get("/reports/ageing.csv")
    assert r.status_code == 200 and "text/csv" in r.content_type
    r = c.get("/reports/ageing.xlsx")
    assert r.status_code == 200 and r.data[:2] == b"PK"


def test_admin_creates_user_and_token(as_user, world):
    c = as_user("admin")
    r = c.post("/admin/users/new", data={"username": "newclerk", "role": "clerk", "password": "longenough",
                                         "agencies": [world["VESI-FI"]["agency"]], "active": "y"})
    assert r.status_code == 302
    r = c.post("/admin/tokens", data={"agency": world["VESI-FI"]["agency"], "name": "ERP"})
    assert "rsk_" in r.get_data(as_text=True)


def test_users_cli(world, capsys):
    from tests.conftest import run_cli
    code, out, err = run_cli(capsys, "users", "add", "--username", "cli1", "--role", "agency_user",
                             "--agency", "HYDRO-SE", "--password", "secret-123")
    assert code == 0, err
    code, out, err = run_cli(capsys, "users", "add", "--username", "cli2", "--role", "agency_user",
                             "--password", "secret-123")
    assert code == 2 and "exactly one agency" in err


def test_queue_discard_needs_reason_and_is_audited(as_user, world, clean_db):
    from sqlmodel import Session, select

    from core.platform.models import AuditEvent, InboundMessage

    c = as_user("clerk")
    mid = world["HYDRO-SE"]["message"]
    assert "Q HYDRO-SE" in c.get("/queue/?kind=quarantine").get_data(as_text=True)
    c.post(f"/queue/messages/{mid}/discard", data={"reason": ""})
    with Session(clean_db) as s:
        assert s.get(InboundMessage, mid).status == "quarantined"
    c.post(f"/queue/messages/{mid}/discard", data={"reason": "spam"})
    with Session(clean_db) as s:
        msg = s.get(InboundMessage, mid)
        assert msg.status == "discarded"
        assert s.exec(select(AuditEvent).where(AuditEvent.entity_id == str(mid))).first() is not None


def test_queue_answer_completes_request(as_user, world, clean_db):
    c = as_user("clerk")
    r = c.post("/intake/new", data={"agency": world["HYDRO-SE"]["agency"], "customer": "10002",
                                    "lines-0-article": "1090", "lines-0-quantity": "1"})
    assert "/queue/requests/" in r.location
    page = c.get(r.location).get_data(as_text=True)
    qid = int(__import__("re").search(r'name="q(\d+)"', page).group(1))
    r = c.post(r.location + "/answer", data={f"q{qid}": "4500"})
    assert "/invoices/" in r.location
    assert "issued" in c.get(r.location).get_data(as_text=True)


def test_request_page_highlights_extracted_values(as_user, world, clean_db):
    from sqlmodel import Session

    from core.platform.models import InboundMessage
    from core.requests.models import InvoiceRequest

    with Session(clean_db) as s:
        req = s.get(InvoiceRequest, world["HYDRO-SE"]["request"])
        msg = InboundMessage(sha256="f" * 64, raw=b"From: a@b\r\nSubject: Fakturera\r\nContent-Type: text/plain; "
                             b"charset=utf-8\r\n\r\nFakturera kund 10001 artikel 1010 tack", status="processed",
                             agency_id=req.agency_id, from_addr="a@b", subject="Fakturera")
        s.add(msg)
        s.flush()
        req.message_id = msg.id
        s.add(req)
        s.commit()
    text = as_user("clerk").get(f"/queue/requests/{world['HYDRO-SE']['request']}").get_data(as_text=True)
    assert '<mark class="prov">1010</mark>' in text


def test_invoice_preview(as_user, world):
    c = as_user("hydro")
    inv = world["HYDRO-SE"]["invoice"]
    r = c.get(f"/invoices/{inv}/preview.html")
    assert r.status_code == 200 and "<html" in r.get_data(as_text=True).lower()
    r = c.get(f"/invoices/{inv}/preview.pdf")
    assert r.status_code == 200 and r.data[:4] == b"%PDF"
    assert c.get(f"/invoices/{world['VESI-FI']['invoice']}/preview.pdf").status_code == 404


def _open_invoice(session, agency_id):
    from sqlmodel import select

    from core.billing.models import Invoice

    return session.exec(select(Invoice).where(Invoice.agency_id == agency_id, Invoice.status == "issued",
                                              Invoice.kind == "invoice", Invoice.open_amount > 50)
                        .order_by(Invoice.id)).first()


def test_overpayment_offset_and_refund(as_user, world, clean_db):
    from sqlmodel import Session

    from core.billing.models import Invoice
    from core.payments import allocation
    from core.payments.models import Payment

    pid = world["HYDRO-SE"]["payment"]
    with Session(clean_db) as s:
        inv = _open_invoice(s, world["HYDRO-SE"]["agency"])
        inv_id, number, open_before, cust = inv.id, inv.number, inv.open_amount, inv.customer_id
    c = as_user("clerk")
    c.post(f"/payments/{pid}/overpayment", data={"customer_id": cust})
    assert f"/payments/{pid}/offset" in c.get(f"/payments/{pid}").get_data(as_text=True)  # credit to offset
    r = c.post(f"/payments/{pid}/offset", data={"invoice": number, "amount": "30,00"})
    assert r.status_code == 302
    r = c.post(f"/payments/{pid}/refund", data={"amount": "20"})
    assert r.status_code == 302
    with Session(clean_db) as s:
        assert str(s.get(Invoice, inv_id).open_amount) == str(open_before - 30)
        assert str(allocation.customer_credit(s, s.get(Payment, pid))) == "50.00"
    # more than the credit is refused, and nothing changes
    c.post(f"/payments/{pid}/refund", data={"amount": "60"})
    with Session(clean_db) as s:
        assert str(allocation.customer_credit(s, s.get(Payment, pid))) == "50.00"


def test_unmatched_payment_gets_ranked_suggestions(as_user, world, clean_db):
    import datetime as dt

    from sqlmodel import Session

    from core.payments.models import Payment

    with Session(clean_db, expire_on_commit=False) as s:
        inv = _open_invoice(s, world["HYDRO-SE"]["agency"])
        p = Payment(agency_id=inv.agency_id, external_id="sugg-1", amount=inv.open_amount, currency=inv.currency,
                    payment_date=dt.date.today(), unallocated=inv.open_amount, reference="999")
        s.add(p)
        s.commit()
    page = as_user("clerk").get(f"/payments/{p.id}").get_data(as_text=True)
    assert inv.number in page and "samma belopp" in page  # the grounds in the reader's words (web.errors)


def test_reports_period_end(as_user, world):
    c = as_user("hydro")
    page = c.get("/reports/").get_data(as_text=True)
    assert any(t in page for t in ("Valuation of receivables", "Värdering av kundfordringar",
                                   "Myyntisaamisten arvostus"))
    for kind in ("reconciliation", "valuation", "open-items", "automation"):
        r = c.get(f"/reports/{kind}.csv")
        assert r.status_code == 200, kind
    body = c.get("/reports/reconciliation.csv").get_data(as_text=True)
    assert "ar_subledger" in body and "VESI-FI" not in body


def test_invoice_shows_accrual_schedule(as_user, world, clean_db):
    import datetime as dt

    from sqlmodel import Session

    from core.billing import drafting, issuing
    from core.registers import register as registers

    with Session(clean_db, expire_on_commit=False) as s:
        a = registers.agency_by_code(s, "HYDRO-SE")
        cust = registers.find_customer(s, "10002", a)
        inv = drafting.create_draft(s, a, cust, [drafting.LineInput(
            article_code="1090", quantity="1", unit_price="12000.00", period_start=dt.date(2026, 1, 1),
            period_end=dt.date(2026, 12, 31))], drafting.DraftOptions(invoice_date=dt.date(2026, 1, 5)))
        issuing.issue(s, inv, force=True, force_reason="test")
        s.commit()
    page = as_user("clerk").get(f"/invoices/{inv.id}").get_data(as_text=True)
    assert "2026-01" in page and "2026-12" in page


def test_payment_page_shows_the_question_to_the_agency_and_a_refused_answer(as_user, world, clean_db):
    import datetime as dt

    from sqlmodel import Session

    from core.payments import questions as payment_questions
    from core.payments import registration
    from core.registers import register as registers

    with Session(clean_db, expire_on_commit=False) as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        p = registration.register_payment(s, agency, "321.00", dt.date.today(), payer="Kontant kund")
        [question] = payment_questions.ask_for_file(s, None, "test", payment_ids=[p.id]) or \
            [payment_questions.open_question_of(s, p)]
        payment_questions.answer(s, question, [payment_questions.PaymentAnswer(
            p.id, [payment_questions.InvoicePart("999999")], text="999999")], "reply", "hydro@example.se")
        s.commit()
    page = as_user("clerk").get(f"/payments/{p.id}").get_data(as_text=True)
    assert question.token in page and "999999" in page and "no invoice" in page
