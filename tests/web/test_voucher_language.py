"""A Finnish agency's books read in Finnish (issue #15): the vouchers of its invoice and of a payment on it —
shown on the invoice page and written so into its exports — say "Lasku 10001" and "Kirjattu suoritus …", not
"Faktura" and "Registrerad inbetalning". Before, every voucher text was written in Swedish whatever the agency.
A Swedish agency's stay Swedish."""
from __future__ import annotations

import datetime as dt
import html
import re

from tests.support.browser import in_language, page_text

TODAY = dt.date.today()
SWEDISH = ("Faktura", "Inbetalning", "inbetalning", "Påminnelse")


def _issued(clerk, agency_id: int, customer: str, article: str) -> tuple[int, str]:
    r = clerk.post("/invoices/new", data={"agency": agency_id, "customer": customer, "article-0": article,
                                          "quantity-0": "1", "invoice_date": TODAY.isoformat()})
    assert r.status_code == 302, page_text(r)[:2000]
    inv_id = int(re.search(r"/invoices/(\d+)", r.headers["Location"]).group(1))
    assert clerk.post(f"/invoices/{inv_id}/issue").status_code == 302
    page = page_text(clerk.get(f"/invoices/{inv_id}"))
    return inv_id, re.search(r"<h1>[^<]*?(\d+)", page).group(1)


def _voucher_texts(page: str) -> list[str]:
    """The texts of the vouchers the invoice page lists (each summary: series and number · date · text)."""
    return [html.unescape(t).split(" · ", 2)[-1] for t in re.findall(r"<summary>([A-Z]+\d+ · [^<]+)</summary>", page)]


def test_a_finnish_agencys_vouchers_read_in_finnish(as_user, world):
    clerk = in_language(as_user("clerk"), "fi")
    for code, customer, article, words in (("VESI-FI", "20001", "V100", ("Lasku", "Kirjattu suoritus")),
                                           ("HYDRO-SE", "10002", "1010", ("Faktura", "Registrerad inbetalning"))):
        agency = world[code]["agency"]
        inv_id, number = _issued(clerk, agency, customer, article)
        r = clerk.post("/payments/register", data={"agency": agency, "date": TODAY.isoformat(), "amount": "10,00",
                                                   "invoice": number})
        assert r.status_code == 302, page_text(r)[:2000]
        texts = _voucher_texts(page_text(clerk.get(f"/invoices/{inv_id}")))
        assert len(texts) == 2, texts
        assert texts[0] == f"{words[0]} {number}", texts
        assert texts[1].startswith(words[1]), texts
        if code == "VESI-FI":
            assert not [t for t in texts if any(w in t for w in SWEDISH)], texts
