"""Run previews and results show every amount with its currency (issue #15): a centre has SEK and EUR agencies,
and a clerk reading "60,00" under "Reminder fee" cannot tell kronor from euros. Before, the preview's amounts
were bare numbers; now each is the amount in the currency of its invoice (its agency's for a run's totals)."""
from __future__ import annotations

import datetime as dt
import html
import re

from tests.support.browser import in_language, page_text

FAR = (dt.date.today() + dt.timedelta(days=120)).isoformat()
MONEY_HEADINGS = {"Öppet belopp", "Påminnelseavgift", "Påminnelseavgifter", "Summa", "Kapitalbelopp", "Ränta", "Belopp",
                  "Fordran", "Avgifter", "Beloppsgräns"}


def _tables(page: str) -> list[tuple[list[str], list[list[str]]]]:
    out = []
    for table in re.findall(r"<table>(.*?)</table>", page, re.S):
        heads = [html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<th[^>]*>(.*?)</th>", table)]
        rows = [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r)]
                for r in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>", 1)[-1], re.S)]
        out.append((heads, rows))
    return out


def _amounts_without_currency(page: str) -> list[str]:
    """The amounts under a money heading, and the preview's money figures, that name no currency."""
    preview = page.split("inget har sparats", 1)[1].split("</section>", 1)[0]
    bare = []
    for heads, rows in _tables(preview):
        for row in rows:
            bare += [f"{h}: {cell}" for h, cell in zip(heads, row)
                     if h in MONEY_HEADINGS and cell != "—" and not re.search(r"(kr|€|SEK|EUR)$", cell)]
    for term, value in re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", preview):
        if term in MONEY_HEADINGS and not re.search(r"(kr|€|SEK|EUR)$", html.unescape(value)):
            bare.append(f"{term}: {value}")
    return bare


def test_every_amount_of_a_run_preview_names_its_currency(as_user, world):
    clerk = in_language(as_user("clerk"), "sv")
    period = (dt.date.today() + dt.timedelta(days=150)).strftime("%Y-%m")
    later = (dt.date.today() + dt.timedelta(days=200)).isoformat()
    seen = 0
    for code, sign in (("HYDRO-SE", "kr"), ("VESI-FI", "€")):
        agency = world[code]["agency"]
        for kind, when in (("delivery", ""), ("reminders", FAR), ("interest", period), ("collection", later)):
            page = page_text(clerk.get(f"/runs/?kind={kind}&agency={agency}&when={when}"))
            assert "inget har sparats" in page, (code, kind)
            assert _amounts_without_currency(page) == [], (code, kind)
            seen += page.split("inget har sparats", 1)[1].split("</section>", 1)[0].count(sign)
    assert seen > 0
