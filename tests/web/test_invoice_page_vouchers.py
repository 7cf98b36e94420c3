"""The invoice page lists the vouchers that touch the invoice with the lines that concern it: a bank deposit's
voucher (one bank line, an AR line per payment it settles, issue #5/#16) shows the bank line and this invoice's
line, and says how many lines belong to other invoices instead of listing thousands of them."""
from __future__ import annotations

import re

from sqlmodel import Session

from tests.payments.helpers import bgmax, import_, invoice, pay
from tests.web.conftest import login


def test_deposit_voucher_shows_this_invoices_line_and_counts_the_others(app, world, clean_db):
    with Session(clean_db, expire_on_commit=False) as s:
        invs = [invoice(s, amount, customer="10002") for amount in ("111.00", "222.00", "333.00")]
        s.commit()
        import_(s, bgmax([pay(i.total, i.reference) for i in invs]))
        middle = invs[1].id
    client = login(app, "clerk", "clerk-demo")
    page = client.get(f"/invoices/{middle}", headers={"Accept-Language": "en"}).get_data(as_text=True)
    deposit = page[page.index("Vouchers"):]
    amounts = re.findall(r'class="num">([^<]+)<', deposit)
    assert any("666" in a for a in amounts)  # the bank line: the deposit as the bank statement shows it
    assert any("222" in a for a in amounts)  # this invoice's AR line
    assert not any("111" in a or "333" in a for a in amounts)  # the other invoices' lines are not listed
    assert "and 2 lines for other invoices" in deposit
