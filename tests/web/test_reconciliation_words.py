"""A clerk reads the reconciliation's differences on the reports page and the period-end page in their own
language: the kind as a word and what it means with amounts in the reader's locale — not the core's English
explanation or a kind with underscores (the CLI and JSON keep those)."""
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
