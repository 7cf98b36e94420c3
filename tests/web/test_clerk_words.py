"""What a clerk reads on the reports, period-end and request pages is in their own language and says what will
happen: a reconciliation difference as a word and its meaning with amounts in the reader's locale (not the core's
English explanation; the CLI and JSON keep those), monthly shares as the reader writes numbers, and a request line
with the register's name and price the invoice will take."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Session

from core.ledger import posting as ledger
from core.registers import register as registers


def _unlinked_entry(engine) -> None:
    """A manual voucher on the AR account that names no invoice: the reconciliation lists it as a difference."""
    with Session(engine) as s:
        a = registers.agency_by_code(s, "HYDRO-SE")
        ledger.post(s, a.id, dt.date.today(), "Manuell rättelse", "manual", None,
                    [ledger.Entry("1510", Decimal("1234.50")), ledger.Entry("3001", Decimal("-1234.50"))])
        s.commit()


def test_differences_in_swedish_and_finnish(as_user, world, clean_db):
    _unlinked_entry(clean_db)
    c = as_user("clerkhydro")
    expected = {"sv": ("Kontering utan faktura", "bokar 1\xa0234,50 på kundfordringskontot"),
                "fi": ("Kirjaus ilman laskua", "kirjaa 1\xa0234,50 myyntisaamistilille")}
    for lang, (kind, text) in expected.items():
        c.get(f"/lang/{lang}")
        with c.session_transaction() as sess:
            sess["lang"] = lang
        page = c.get("/reports/", headers={"Accept-Language": lang}).get_data(as_text=True)
        assert kind in page and text in page.replace("&nbsp;", "\xa0").replace("\u202f", "\xa0"), lang
        assert "entry without invoice" not in page and "without linking an invoice" not in page


def test_shares_per_month_in_the_readers_locale(as_user, world):
    """The automation rate and the e-invoice share per month are numbers in the reader's locale (0,0 in Swedish),
    never the core's "0.0"."""
    import re

    c = as_user("clerkhydro")
    with c.session_transaction() as sess:
        sess["lang"] = "sv"
    page = c.get("/reports/").get_data(as_text=True)
    cells = re.findall(r'<td class="num">(\d+[.,]\d)</td>', page)
    assert cells and all("," in x for x in cells), cells


def test_request_page_shows_the_register_price_and_name_a_line_will_take(as_user, world):
    """A web-form request with a register article (no price stated) and one without a register price: the clerk
    sees the name and price the invoice will take for the first, and the question only for the second — not an
    empty description and a dash as if the price were missing too."""
    c = as_user("clerk")
    with c.session_transaction() as sess:
        sess["lang"] = "sv"
    r = c.post("/intake/new", data={"agency": world["HYDRO-SE"]["agency"], "customer": "10002",
                                    "lines-0-article": "1010", "lines-0-quantity": "6",
                                    "lines-1-article": "1090", "lines-1-quantity": "1"})
    page = c.get(r.location).get_data(as_text=True)
    row = page[page.index("<td>1010</td>"):].split("</tr>")[0]
    assert "Konsultation, per timme" in row and "1\xa0150,00" in row.replace("&nbsp;", "\xa0"), row
    assert " ·  · " not in page
