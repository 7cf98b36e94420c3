"""A register change is approved beside what it changes (issue #15): the clerk sees, field by field, what the
register holds now and what the agency asks for — "Industrivägen 14 → Nya vägen 7" — and which fields stay as
they are. Before, the approval showed only the new values: a clerk could not tell a moved customer from a
corrected spelling, nor which of the fields the agency had changed. After approval the change shows what it
replaced."""
from __future__ import annotations

import html
import re

from sqlmodel import Session, select

from core.registers import register as registers
from core.registers.models import Customer
from core.requests import masterdata
from tests.support.browser import in_language, page_text


def _rows(page: str, change_id: int) -> dict[str, tuple[str, str, str, bool]]:
    """The change's comparison: field -> (before, arrow, after, marked as changed)."""
    card = page.split(f'id="change-{change_id}"', 1)[1].split("</section>", 1)[0]
    out = {}
    for attrs, field, old, arrow, new in re.findall(
            r'<tr([^>]*)><th scope="row">([^<]+)</th><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>', card):
        text = [html.unescape(re.sub(r"<[^>]+>", "", x)).strip() for x in (old, arrow, new)]
        out[html.unescape(field)] = (text[0], text[1], text[2], "changed" in attrs)
    return out


def test_an_address_change_shows_the_old_address_beside_the_new(as_user, world, clean_db):
    with Session(clean_db, expire_on_commit=False) as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        cust = s.exec(select(Customer).where(Customer.customer_number == "10002")).one()
        old_street, old_city, postal = cust.street, cust.city, cust.postal_code
        change = masterdata.create_change(s, agency, "customer", "update",
                                          {"customer_number": "10002", "street": "Nya vägen 7", "city": old_city,
                                           "postal_code": postal}, None, source="email", actor="intake",
                                          requested_by="fakturering@hydrografiverket.se")
        s.commit()
    clerk = in_language(as_user("clerk"), "sv")
    rows = _rows(page_text(clerk.get("/registers/changes/")), change.id)
    assert rows["Gatuadress"] == (old_street, "→", "Nya vägen 7", True), rows
    assert rows["Ort"][0] == old_city and rows["Ort"][2] == "oförändrat" and not rows["Ort"][3], rows
    assert not rows["Postnummer"][3], rows

    assert clerk.post(f"/registers/changes/{change.id}/approve").status_code == 302
    done = page_text(clerk.get("/registers/changes/?status=applied"))
    assert "Före" in done.split(f'id="change-{change.id}"', 1)[1].split("</section>", 1)[0]
    assert _rows(done, change.id)["Gatuadress"] == (old_street, "→", "Nya vägen 7", True)
