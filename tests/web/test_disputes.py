"""Disputes from the invoice page and the API (issue #18 point 8): a clerk marks an invoice disputed with what the
customer contests and ends the dispute; an agency's system does the same through /api/v1. The open amount moves to
1516 and back (a voucher each way), the reminder run leaves the invoice alone, and the customer page shows it."""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from core.billing.models import Invoice
from core.ledger import posting
from core.ledger.models import Voucher
from core.runs import reminders


def _balances(engine, agency_id):
    with Session(engine) as s:
        return posting.account_balance(s, agency_id, "1510"), posting.account_balance(s, agency_id, "1516")


def _invoice(engine, invoice_id):
    with Session(engine) as s:
        return s.get(Invoice, invoice_id)


def _dispute_vouchers(engine, agency_id):
    with Session(engine) as s:
        return s.exec(select(Voucher).where(Voucher.agency_id == agency_id, Voucher.source_type == "dispute")).all()


def test_clerk_marks_and_ends_a_dispute_from_the_invoice_page(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    c = as_user("clerk")
    page = c.get(f"/invoices/{w['invoice']}").get_data(as_text=True)
    assert f'action="/invoices/{w["invoice"]}/dispute"' in page
    inv = _invoice(clean_db, w["invoice"])
    ar_before, _ = _balances(clean_db, w["agency"])

    r = c.post(f"/invoices/{w['invoice']}/dispute", data={"reason": "  "}, follow_redirects=True)
    assert "En tvist behöver ett skäl" in r.get_data(as_text=True)  # the clerk's language: Swedish
    assert not _invoice(clean_db, w["invoice"]).disputed

    r = c.post(f"/invoices/{w['invoice']}/dispute", data={"reason": "bestrider antalet timmar"})
    assert r.status_code == 302
    assert _invoice(clean_db, w["invoice"]).disputed
    assert _balances(clean_db, w["agency"]) == (ar_before - inv.open_amount, inv.open_amount)
    page = c.get(f"/invoices/{w['invoice']}").get_data(as_text=True)
    assert "bestrider antalet timmar" in page and f'action="/invoices/{w["invoice"]}/dispute/clear"' in page
    account = c.get(f"/customers/{w['customer']}/account").get_data(as_text=True)
    assert 'id="disputes"' in account and "bestrider antalet timmar" in account
    due = reminders.run("HYDRO-SE", dt.date.today() + dt.timedelta(days=30), dry_run=True)["reminders"]
    assert inv.number not in [x["invoice"] for x in due]  # the runs' exclusions: tests/period/test_disputes.py

    r = c.post(f"/invoices/{w['invoice']}/dispute/clear", data={"reason": "överens om 6 timmar"})
    assert r.status_code == 302 and not _invoice(clean_db, w["invoice"]).disputed
    assert _balances(clean_db, w["agency"]) == (ar_before, 0)
    assert len(_dispute_vouchers(clean_db, w["agency"])) == 2


def test_agency_user_cannot_mark_a_dispute_from_the_page(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    r = as_user("hydro").post(f"/invoices/{w['invoice']}/dispute", data={"reason": "x"})
    assert r.status_code in (302, 403) and not _invoice(clean_db, w["invoice"]).disputed


def _auth(world, code):
    return {"Authorization": f"Bearer {world[code]['token']}"}


def test_api_marks_and_clears_a_dispute(app, world, clean_db):
    w = world["HYDRO-SE"]
    c = app.test_client()
    url = f"/api/v1/invoices/{w['invoice']}/dispute"
    inv = _invoice(clean_db, w["invoice"])
    r = c.post(url, json={}, headers=_auth(world, "HYDRO-SE"))
    assert r.status_code == 422 and r.get_json()["field"] == "reason"
    assert c.post(url, json={"reason": "x"}).status_code == 401
    other = c.post(f"/api/v1/invoices/{world['VESI-FI']['invoice']}/dispute", json={"reason": "x"},
                   headers=_auth(world, "HYDRO-SE"))
    assert other.status_code == 404
    r = c.post(url, json={"reason": "contests the field day"}, headers=_auth(world, "HYDRO-SE"))
    assert r.status_code == 200, r.get_data(as_text=True)
    body = r.get_json()
    assert body["disputed"] is True and body["dispute_reason"] == "contests the field day"
    assert body["reclassified"] == str(inv.open_amount)
    assert c.post(url, json={"reason": "again"}, headers=_auth(world, "HYDRO-SE")).status_code == 409
    got = c.get(f"/api/v1/invoices/{w['invoice']}", headers=_auth(world, "HYDRO-SE")).get_json()
    assert got["disputed"] is True
    _, disputed = _balances(clean_db, w["agency"])
    assert disputed == inv.open_amount
    r = c.delete(url, headers=_auth(world, "HYDRO-SE"))
    assert r.status_code == 200 and r.get_json()["disputed"] is False
    assert _balances(clean_db, w["agency"])[1] == 0
    assert c.delete(url, headers=_auth(world, "HYDRO-SE")).status_code == 409
    spec = c.get("/api/v1/openapi.json").get_json()
    assert set(spec["paths"]["/api/v1/invoices/{invoice_id}/dispute"]) == {"post", "delete"}
