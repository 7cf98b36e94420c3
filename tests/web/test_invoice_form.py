"""The invoice form (issue #15): a clerk creates a draft with lines, changes a draft's lines, copies an issued
invoice into a new draft and issues it — checked in the database, as the clerk would check the invoice."""
from __future__ import annotations

from decimal import Decimal

from sqlmodel import Session, col, func, select

from core.billing.models import Invoice, InvoiceLine
from core.registers.models import Customer


def _english(client):
    """The pages in English, whatever the user's language (the assertions read English words)."""
    client.post("/language", data={"lang": "en"})
    return client


def _lines(engine, invoice_id: int) -> list[tuple[str | None, Decimal, Decimal]]:
    with Session(engine) as s:
        return [(ln.article_code, ln.quantity, ln.unit_price) for ln in s.exec(
            select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id).order_by(col(InvoiceLine.line_no)))]


def _customer_number(engine, customer_id: int) -> str:
    with Session(engine) as s:
        return s.get(Customer, customer_id).customer_number


def _count(engine) -> int:
    with Session(engine) as s:
        return s.exec(select(func.count()).select_from(Invoice)).one()


def _new_draft(client, w, number, **lines):
    form = {"agency": w["agency"], "customer": number, "invoice_date": "", "buyer_reference": "Ref Anna"}
    form.update(lines)
    return client.post("/invoices/new", data=form)


def test_create_a_draft_with_lines(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    number = _customer_number(clean_db, w["customer"])
    clerk = _english(as_user("clerk"))
    assert "/invoices/new" in clerk.get("/invoices/").get_data(as_text=True)
    r = _new_draft(clerk, w, number, **{"article-0": w["article_code"], "quantity-0": "3",
                                        "article-1": "", "quantity-1": "2", "price-1": "1 250,50",
                                        "text-1": "Konsulttimme"})
    assert r.status_code == 302, r.get_data(as_text=True)[:3000]
    inv_id = int(r.headers["Location"].rstrip("/").split("/")[-1])
    with Session(clean_db) as s:
        inv = s.get(Invoice, inv_id)
        assert inv.status == "draft" and inv.customer_id == w["customer"] and inv.buyer_reference == "Ref Anna"
    lines = _lines(clean_db, inv_id)
    assert [(a, q) for a, q, _p in lines] == [(w["article_code"], Decimal("3")), (None, Decimal("2"))]
    assert lines[1][2] == Decimal("1250.50")


def test_a_bad_line_is_named_in_words_and_nothing_is_stored(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    before = _count(clean_db)
    r = _new_draft(_english(as_user("clerk")), w, _customer_number(clean_db, w["customer"]),
                   **{"article-0": w["article_code"], "quantity-0": "1", "article-1": "NO-SUCH", "quantity-1": "1"})
    page = r.get_data(as_text=True)
    assert r.status_code == 400 and "Line 2, article" in page and "lines[1]" not in page
    assert 'value="NO-SUCH"' in page  # what was typed stays
    assert _count(clean_db) == before
    r = _new_draft(_english(as_user("clerkvesi")), world["VESI-FI"], _customer_number(clean_db, w["customer"]),
                   **{"article-0": world["VESI-FI"]["article_code"], "quantity-0": "1"})
    assert r.status_code == 400 and _count(clean_db) == before  # HYDRO's customer is not VESI's


def test_change_a_drafts_lines(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    number = _customer_number(clean_db, w["customer"])
    clerk = _english(as_user("clerk"))
    r = _new_draft(clerk, w, number, **{"article-0": w["article_code"], "quantity-0": "1"})
    inv_id = int(r.headers["Location"].rstrip("/").split("/")[-1])
    form = clerk.get(f"/invoices/{inv_id}/edit").get_data(as_text=True)
    assert f'value="{w["article_code"]}"' in form and 'value="Ref Anna"' in form
    r = clerk.post(f"/invoices/{inv_id}/edit", data={"customer": number, "article-0": w["article_code"],
                                                     "quantity-0": "5", "quantity-1": "1", "price-1": "99",
                                                     "text-1": "Frakt"})
    assert r.status_code == 302, r.get_data(as_text=True)[:3000]
    assert [(a, q) for a, q, _p in _lines(clean_db, inv_id)] == [(w["article_code"], Decimal("5")),
                                                                (None, Decimal("1"))]
    with Session(clean_db) as s:
        inv = s.get(Invoice, inv_id)
        assert inv.status == "draft" and inv.net_total == sum(
            (ln.net_amount for ln in s.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == inv_id))),
            Decimal("0"))
    issued = w["invoice"]
    before = _lines(clean_db, issued)
    r = clerk.post(f"/invoices/{issued}/edit", data={"customer": number, "article-0": w["article_code"],
                                                     "quantity-0": "7"})
    assert r.status_code == 302 and _lines(clean_db, issued) == before
    assert "Only a draft can be changed" in clerk.get(r.headers["Location"]).get_data(as_text=True)


def test_copy_an_issued_invoice_and_issue_the_copy(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    with Session(clean_db) as s:
        original = s.get(Invoice, w["invoice"])
    assert original.number
    clerk = _english(as_user("clerk"))
    assert f"/invoices/{original.id}/copy" in clerk.get(f"/invoices/{original.id}").get_data(as_text=True)
    r = clerk.post(f"/invoices/{original.id}/copy")
    assert r.status_code == 302 and r.headers["Location"].endswith("/edit"), r.headers.get("Location")
    copy_id = int(r.headers["Location"].split("/")[-2])
    assert copy_id != original.id
    assert _lines(clean_db, copy_id) == _lines(clean_db, original.id)
    r = clerk.post(f"/invoices/{copy_id}/issue", data={"force_reason": "copy of a monthly invoice"})
    assert r.status_code == 302
    with Session(clean_db) as s:
        copy = s.get(Invoice, copy_id)
        assert copy.status == "issued", copy.hold_reason
        assert copy.number and copy.number != original.number and copy.customer_id == original.customer_id
        assert copy.total == original.total
        assert s.get(Invoice, original.id).status == original.status  # the original is untouched
