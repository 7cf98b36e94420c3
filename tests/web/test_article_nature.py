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
