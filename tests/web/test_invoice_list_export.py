"""The invoice list's export reads as the page did (issue #15): sorted by open amount, by number (drafts without
one last) or by customer name, the CSV lists the invoices in that order, within the clerk's filters; failing before
the fix (the file was always newest invoice date first, whatever order the clerk had clicked)."""
from __future__ import annotations

import csv
import io
import re

import pytest

from core.views import invoice_list
from tests.web.test_invoice_list_sort import many  # noqa: F401 -- the fixture of 24 more invoices


def _numbers_on_pages(client, query: str) -> list[str]:
    """The invoices the list shows, page after page (the number, or "#id" of a draft)."""
    shown, url = [], f"/invoices/?{query}"
    while url:
        html = client.get(url).get_data(as_text=True)
        shown += [re.sub(r"<[^>]+>|\s", "", cell) for cell in re.findall(r'<tr><td><a href="/invoices/\d+">(.*?)</a>',
                                                                          html)]
        nxt = re.search(r'rel="next" href="([^"]+)"', html)
        url = nxt.group(1).replace("&amp;", "&") if nxt else None
    return shown


@pytest.mark.parametrize("query", ["sort=-open", "sort=number", "sort=-customer&status=issued", "overdue=1"])
def test_the_file_lists_the_invoices_in_the_order_the_list_shows(many, as_user, monkeypatch, query):
    monkeypatch.setattr(invoice_list, "PAGE", 5)
    clerk = as_user("clerk")
    body = clerk.get(f"/invoices/?{query}&format=csv").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))[1:]
    listed = _numbers_on_pages(clerk, query)
    assert len(rows) == len(listed) >= 2
    # a draft has no number: the list says "Utkast #12", the file leaves the number empty
    assert [r[0] or None for r in rows] == [None if "#" in n else n for n in listed]
