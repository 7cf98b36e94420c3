"""Each figure on the dashboard is the count (or amount) of the list it links to (issue #15): a clerk who sees
"3" on a tile and clicks it finds three rows, and the overdue amount of an agency is the open total of its
overdue list. Before, the tiles and the lists had each their own definition: "Open questions" counted the
questions and the list showed requests, "Requests waiting" still counted a held request whose invoice had been
issued (the queue no longer listed it), "Invoices issued today" linked to the invoices dated from today (an
older draft issued today was missing, a draft dated today was there), and the overdue amounts linked nowhere."""
from __future__ import annotations

import datetime as dt
import html
import re

from sqlmodel import Session

from core.requests.models import InvoiceRequest, Question
from tests.support.browser import in_language, page_text

TODAY = dt.date.today()


def _tiles(page: str) -> dict[str, tuple[int, str]]:
    """The dashboard's linked tiles: their words -> (figure, link)."""
    out = {}
    for href, n, words in re.findall(r'<a class="tile" href="([^"]+)"><span class="n">([\d\s\xa0]+)</span>([^<]+)</a>',
                                     page):
        out[words.strip()] = (int(re.sub(r"\D", "", n)), html.unescape(href))
    return out


def _rows(page: str, heading: str) -> int:
    """The rows of the table under a heading (a row saying there is nothing is none: it spans the table)."""
    part = page.split(f"<h2>{heading}</h2>", 1)[1].split("</tbody>", 1)[0].split("<tbody>", 1)[1]
    return len(re.findall(r"<tr><td>", part))


def _listed_invoices(page: str) -> int:
    """The count the invoice list states in its summary line."""
    return int(re.sub(r"\D", "", re.search(r'<p class="summary" role="status">([^<·]+)', page).group(1)))


def _setup(clean_db, world, as_user):
    """What makes the definitions part: a second question on one request; a held request whose invoice a clerk
    issued by hand; a draft dated last week issued today and a draft dated today not issued."""
    hydro = world["HYDRO-SE"]
    clerk = as_user("clerk")
    with Session(clean_db) as s:
        s.add(Question(request_id=hydro["request"], path="lines[0].unit_price"))
        s.commit()
    for day in (TODAY - dt.timedelta(days=7), TODAY):
        r = clerk.post("/invoices/new", data={"agency": hydro["agency"], "customer": "10002", "article-0": "1010",
                                              "quantity-0": "1", "invoice_date": day.isoformat()})
        assert r.status_code == 302, page_text(r)[:2000]
        draft = int(re.search(r"/invoices/(\d+)", r.headers["Location"]).group(1))
        if day < TODAY:
            held = InvoiceRequest(token="REQ-HELD1", agency_id=hydro["agency"], source="email", status="held",
                                  invoice_id=draft, data={})
            with Session(clean_db) as s:
                s.add(held)
                s.commit()
            assert clerk.post(f"/invoices/{draft}/issue").status_code == 302


def test_every_tile_counts_what_its_list_shows(as_user, world, clean_db):
    _setup(clean_db, world, as_user)
    clerk = in_language(as_user("clerk"), "en")
    tiles = _tiles(page_text(clerk.get("/")))
    assert len(tiles) == 4, tiles
    for words, (n, href) in tiles.items():
        listed = page_text(clerk.get(href))
        if "/invoices" in href:
            shown = _listed_invoices(listed)
        else:
            shown = _rows(listed, "Quarantined messages" if "quarantine" in href else "Requests")
        assert shown == n, (words, n, shown, href)
    assert tiles.get("Invoices issued today", (0,))[0] >= 1


def test_the_overdue_amount_of_an_agency_is_its_overdue_list(as_user, world, clean_db):
    clerk = in_language(as_user("clerk"), "sv")
    page = page_text(clerk.get("/"))
    links = re.findall(r'<tr><td><a href="([^"]+)">([^<]+)</a></td><td class="num">([^<]+)</td></tr>', page)
    assert {"HYDRO-SE", "VESI-FI"} <= {code for _h, code, _v in links}, page
    for href, code, amount in links:
        listed = page_text(clerk.get(html.unescape(href)))
        assert "overdue=1" in html.unescape(href)
        if amount.startswith("0,00"):  # nothing overdue: an empty list
            assert _listed_invoices(listed) == 0, code
        else:
            assert f"öppet {amount}" in listed, (code, amount, listed.split('role="status">', 1)[1][:300])
