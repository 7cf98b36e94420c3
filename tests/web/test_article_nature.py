"""The article form registers an article's nature, goods or service: it decides the VAT for foreign customers
(core.billing.place_of_supply; without it an invoice to a foreign business is held)."""
from __future__ import annotations

from sqlmodel import Session, select


def test_clerk_registers_an_articles_nature_goods_or_service(as_user, world, clean_db):
    from core.registers.models import Article

    c = as_user("clerk")
    assert 'name="supply_kind"' in c.get(f"/registers/articles/{world['HYDRO-SE']['article']}/edit").get_data(
        as_text=True)
    r = c.post("/registers/articles/new", data={"agency": world["HYDRO-SE"]["agency"], "code": "7010",
                                                 "name": "Mätboj", "unit": "st", "unit_price": "1200",
                                                 "vat_rate": "25", "vat_code": "", "supply_kind": "goods"})
    assert r.status_code == 302, r.get_data(as_text=True)[:500]
    with Session(clean_db) as s:
        art = s.exec(select(Article).where(Article.code == "7010")).one()
        assert art.supply_kind == "goods"


def test_held_invoice_page_says_why_in_the_clerks_language(as_user, world, clean_db):
    import datetime as dt

    from core.billing import drafting, issuing
    from core.registers import register as registers

    with Session(clean_db, expire_on_commit=False) as s:
        a = registers.agency_by_code(s, "HYDRO-SE")
        cust = registers.upsert_customer(s, {"customer_number": "30012", "name": "Ostsee Vermessung GmbH",
                                             "country": "DE", "language": "en"})
        inv = drafting.create_draft(s, a, cust, [drafting.LineInput(article_code="1010", quantity="1")],
                                    drafting.DraftOptions(invoice_date=dt.date.today()))
        issuing.issue(s, inv)
        s.commit()
        assert inv.status == "held"
    page = as_user("clerk").get(f"/invoices/{inv.id}").get_data(as_text=True)
    assert "utan giltigt momsregistreringsnummer" in page
