"""The question loop for web-form and API requests, the clerk's check page and the learned layouts page.
(Driven through Flask's test client, not a browser.)"""
from __future__ import annotations

import re

from sqlmodel import Session, select

from core.platform.models import MailNotice
from core.requests import layout_hints
from core.requests.models import InvoiceRequest, LayoutHint
from tests.support.mail import COMPLETE, make_mail

DEMO_SENDER = "fakturering@hydrografiverket.se"


def _h(world, code="HYDRO-SE"):
    return {"Authorization": f"Bearer {world[code]['token']}"}


def test_api_request_with_a_gap_needs_info_and_is_answered_by_token(app, world):
    c = app.test_client()
    r = c.post("/api/v1/requests", headers=_h(world), json={
        "customer": {"org_no": "556712-4085"}, "lines": [{"article": "1010", "quantity": None}]})
    body = r.get_json()
    assert r.status_code == 201 and body["status"] == "needs_info"
    assert [q["path"] for q in body["questions"]] == ["lines[0].quantity"]
    assert c.get(f"/api/v1/requests/{body['id']}", headers=_h(world)).get_json()["status"] == "needs_info"

    bad = c.post(f"/api/v1/requests/{body['token']}/answers", headers=_h(world), json={"lines[0].unit_price": "5"})
    assert bad.status_code == 422 and bad.get_json()["field"] == "lines[0].unit_price"
    wrong = c.post(f"/api/v1/requests/{body['token']}/answers", headers=_h(world), json={"lines[0].quantity": "x"})
    assert wrong.status_code == 422
    other = c.post(f"/api/v1/requests/{body['token']}/answers", headers=_h(world, "VESI-FI"),
                   json={"lines[0].quantity": "2"})
    assert other.status_code == 404  # another agency's request does not exist for it

    done = c.post(f"/api/v1/requests/{body['token']}/answers", headers=_h(world), json={"lines[0].quantity": "2"})
    out = done.get_json()
    assert done.status_code == 200 and out["status"] == "invoiced" and out["invoice"]["total"] == "2875.00"
    assert out["questions"][0]["status"] == "answered" and out["questions"][0]["answer"] == "2"


def test_answers_route_is_in_the_openapi_document(app):
    doc = app.test_client().get("/api/v1/openapi.json").get_json()
    assert "/api/v1/requests/{ref}/answers" in doc["paths"]


def test_web_form_with_a_gap_asks_by_mail_and_shows_the_question_on_the_request_page(app, world, as_user,
                                                                                     clean_db):
    c = as_user("hydro")
    r = c.post("/intake/new", data={"agency": world["HYDRO-SE"]["agency"], "customer": "",
                                    "reply_to": "anna@hydrografiverket.se",
                                    "lines-0-article": "1010", "lines-0-quantity": "2"})
    assert r.status_code == 302 and "/requests/" in r.headers["Location"]
    page = c.get(r.headers["Location"]).get_data(as_text=True)
    assert "customer.org_no" in page and 'name="q' in page
    with Session(clean_db) as s:
        req = s.exec(select(InvoiceRequest).order_by(InvoiceRequest.id.desc())).first()  # type: ignore[union-attr]
        assert req.status == "waiting_for_answer" and req.requested_by == "anna@hydrografiverket.se"
        assert s.exec(select(MailNotice).where(MailNotice.request_id == req.id)).first() is not None
        qid = re.search(r'name="q(\d+)"', page).group(1)  # type: ignore[union-attr]
    after = c.post(f"/requests/{req.id}/answers", data={f"q{qid}": "556712-4085"})
    assert after.status_code == 302
    with Session(clean_db) as s:
        assert s.get(InvoiceRequest, req.id).status == "invoiced"


def _mailed_conflict(app, clean_db) -> int:
    """A mail whose org number and customer name disagree, processed by the intake: held for a clerk."""
    from intake import pipeline

    body = COMPLETE.replace("Kund: Byggbolaget i Norr AB", "Kund: Mälardalens Miljökonsult AB")
    pipeline.ingest(make_mail(body, sender=DEMO_SENDER))
    with Session(clean_db) as s:
        req = s.exec(select(InvoiceRequest).where(InvoiceRequest.source == "email")).one()
        assert req.status == "needs_review", req.hold_reason
        return int(req.id or 0)


def test_clerk_sees_why_and_the_evidence_beside_the_message_then_confirms(app, world, as_user, clean_db):
    rid = _mailed_conflict(app, clean_db)
    c = as_user("clerk")
    assert f"/review/{rid}" in c.get("/queue/?kind=review").get_data(as_text=True)
    page = c.get(f"/review/{rid}").get_data(as_text=True)
    assert "identity_conflict" in page and "Mälardalens Miljökonsult AB" in page
    assert re.search(r'<mark class="prov"[^>]*>\s*10\s+Antal: 3</mark>', page)  # the quantity's source line
    assert "label:antal" in page and "stated" in page
    r = c.post(f"/review/{rid}/confirm")
    assert r.status_code == 302 and "/invoices/" in r.headers["Location"]
    with Session(clean_db) as s:
        req = s.get(InvoiceRequest, rid)
        assert req.status == "invoiced" and req.confirmed_by == "clerk"
    assert c.post(f"/queue/requests/{rid}/reject", data={"reason": "late"}).status_code == 302
    with Session(clean_db) as s:
        assert s.get(InvoiceRequest, rid).status == "invoiced"  # an invoiced request cannot be rejected


def test_agency_user_cannot_confirm(app, world, as_user, clean_db):
    rid = _mailed_conflict(app, clean_db)
    assert as_user("hydro").post(f"/review/{rid}/confirm").status_code == 403
    assert as_user("clerkvesi").get(f"/review/{rid}").status_code == 404


def test_learned_layouts_page_lists_and_revokes(app, world, as_user, clean_db):
    with Session(clean_db) as s:
        h = layout_hints.add_hint(s, DEMO_SENDER, "Utförda enheter", "quantity",
                                  agency_id=world["HYDRO-SE"]["agency"], request_id=None, question_id=None,
                                  actor="test")
        s.commit()
        hid = h.id
    c = as_user("clerk")
    page = c.get("/review/hints").get_data(as_text=True)
    assert DEMO_SENDER in page and "utförda enheter" in page and "quantity" in page
    assert DEMO_SENDER not in as_user("clerkvesi").get("/review/hints").get_data(as_text=True)
    assert c.post(f"/review/hints/{hid}/revoke").status_code == 302
    with Session(clean_db) as s:
        assert s.get(LayoutHint, hid).revoked_at is not None
    assert "utförda enheter" not in c.get("/review/hints").get_data(as_text=True)


def test_a_new_invoice_asked_with_a_credit_waits_in_the_clerks_list_with_the_invoice_to_credit(app, world, as_user,
                                                                                               clean_db):
    """A credit and a new invoice in one mail (issue #14, holdout24): the new invoice is a request the clerk sees in
    the review list, saying which invoice to credit first; nothing is invoiced before the clerk confirms."""
    from intake import pipeline

    body = ("Hej,\n\nfaktura 100321 till Byggbolaget i Norr AB blev fel. Kreditera den och fakturera om med rätt "
            "värden:\n\nKund: Byggbolaget i Norr AB, org.nr 556712-4085\n1010 Konsultation 4 tim\n\n/Anna\n")
    pipeline.ingest(make_mail(body, sender=DEMO_SENDER, subject="Kreditera och fakturera om 100321"))
    with Session(clean_db) as s:
        req = s.exec(select(InvoiceRequest).where(InvoiceRequest.source == "email")).one()
        assert req.status == "needs_review" and req.invoice_id is None
        rid = int(req.id or 0)
    c = as_user("clerk")
    assert f"/review/{rid}" in c.get("/queue/?kind=review").get_data(as_text=True)
    page = c.get(f"/review/{rid}").get_data(as_text=True)
    assert 'data-code="credit_first"' in page and "credit invoice 100321" in page
