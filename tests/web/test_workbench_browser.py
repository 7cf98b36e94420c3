"""A clerk's workbench in Chromium (issue #15), each test doing what the clerk does and checking what the clerk
reads, each failing before its fix: a payment the agency was asked about and that the clerk then split and returned
the rest of shows its question closed, in words, on its page and in the list of questions; a split with one amount
mistyped comes back with every row as typed and the error next to its row."""
from __future__ import annotations

import datetime as dt
import re

from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.payments.models import Payment, PaymentQuestion
from core.platform.db import get_engine
from tests.support.browser import login

TODAY = dt.date.today()


def _open_invoices(agency_id: int, n: int) -> list[Invoice]:
    with Session(get_engine()) as s:
        return list(s.exec(select(Invoice).where(Invoice.agency_id == agency_id, Invoice.status == "issued",
                                                 Invoice.open_amount > 100).order_by(col(Invoice.id)).limit(n)))


def _register(page, base: str, agency_id: int, amount: str) -> int:
    """The clerk registers a payment by hand without reference or invoice: the rules cannot place it, the agency
    is asked."""
    page.goto(f"{base}/payments/register")
    page.select_option("#agency", str(agency_id))
    page.fill("#date", TODAY.isoformat())
    page.fill("#amount", amount)
    page.fill("#payer", "Okänd Betalare AB")
    page.click("form.card button.primary")
    page.wait_for_url(re.compile(r".*/payments/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def test_a_question_closes_when_the_clerk_splits_and_returns_the_rest(live_server, browser, world):
    agency = world["HYDRO-SE"]["agency"]
    first, second = _open_invoices(agency, 2)
    page = browser.new_page(locale="sv-SE")
    login(page, live_server, "clerk", "clerk-demo")
    pay_id = _register(page, live_server, agency, "1 000,00")
    asked = page.locator("p.asked")
    assert "Öppen" in asked.inner_text()  # the agency is asked about the payment
    page.fill("input[name=invoice-0]", first.number)
    page.fill("input[name=amount-0]", "100,00")
    page.fill("input[name=invoice-1]", second.number)
    page.fill("input[name=amount-1]", "50,00")
    page.click("form[action$='/allocate'] button.primary")
    page.wait_for_selector(".flash.ok")
    page.click("form[action$='/refund'] button")  # the rest (850,00) back to the payer
    page.wait_for_selector(".flash.ok")
    with Session(get_engine()) as s:
        assert s.get(Payment, pay_id).unallocated == 0
    asked = page.locator("p.asked").inner_text()
    assert "Öppen" not in asked and "Redan placerad av en handläggare" in asked, asked
    page.goto(f"{live_server}/payments/questions?status=")
    row = page.locator("#questions tbody tr", has=page.locator(f"a[href='/payments/{pay_id}']"))
    assert row.count() == 1
    assert "Redan placerad av en handläggare" in row.inner_text() and "Öppen" not in row.inner_text()
    page.goto(f"{live_server}/payments/questions")  # the open ones: this one is no longer among them
    assert page.locator(f"#questions a[href='/payments/{pay_id}']").count() == 0
    with Session(get_engine()) as s:
        assert s.exec(select(PaymentQuestion).where(PaymentQuestion.status == "open")).all() == []


def test_a_split_with_one_amount_mistyped_keeps_every_row(live_server, browser, world):
    agency = world["HYDRO-SE"]["agency"]
    invoices = _open_invoices(agency, 3)
    page = browser.new_page(locale="fi-FI")
    login(page, live_server, "clerk", "clerk-demo")
    pay_id = _register(page, live_server, agency, "1 000,00")
    typed = [(invoices[0].number, "100,00"), (invoices[1].number, "12,5O"), (invoices[2].number, "50,00")]
    for i, (number, amount) in enumerate(typed):
        page.fill(f"input[name=invoice-{i}]", number)
        page.fill(f"input[name=amount-{i}]", amount)
    page.click("form[action$='/allocate'] button.primary")
    page.wait_for_load_state()
    for i, (number, amount) in enumerate(typed):  # every row as typed
        assert page.input_value(f"input[name=invoice-{i}]") == number
        assert page.input_value(f"input[name=amount-{i}]") == amount
    error = page.locator("#split-row-1 .err")
    assert error.count() == 1 and "12,5O" in error.inner_text(), page.content()[:3000]
    assert page.locator("#split-row-0 .err").count() == 0 and page.locator("#split-row-2 .err").count() == 0
    assert page.get_attribute("input[name=amount-1]", "aria-invalid") == "true"
    with Session(get_engine()) as s:  # nothing allocated
        assert s.get(Payment, pay_id).unallocated == 1000


def _lists_with_more_rows_than_a_page(world) -> None:
    """Seven more payment advices (two currencies), register changes, runs and imported files than before."""
    from decimal import Decimal

    from core.payments.models import PaymentAdvice
    from core.platform.models import RunRecord
    from core.requests.models import ChangeRequest, InvoiceBatch

    se, fi = world["HYDRO-SE"]["agency"], world["VESI-FI"]["agency"]
    with Session(get_engine()) as s:
        for n in range(7):
            agency = se if n % 2 else fi
            s.add(PaymentAdvice(agency_id=agency, payer_name=f"Betalare {n}", payment_date=TODAY,
                                total=Decimal("1111.11"), currency="SEK" if n % 2 else "EUR"))
            s.add(ChangeRequest(token=f"REQ-L{n:04d}", agency_id=agency, entity="article", action="update",
                                data={"code": f"A{n}", "unit_price": "10.00"}))
            s.add(RunRecord(kind="reminders", scope="HYDRO-SE", agency_id=se, run_key=f"2026-0{n + 1}-01",
                            period=f"2026-0{n + 1}", run_date=dt.date(2026, n + 1, 1), status="done"))
            s.add(InvoiceBatch(agency_id=se, sha256=f"{n:064d}", filename=f"fil-{n}.csv", rows=n))
        s.commit()


def _place(page) -> str:
    return page.locator("p.paging .place").inner_text().replace("\xa0", " ").replace("\u202f", " ")


def _walk(page, rows: str) -> tuple[int, list[str]]:
    """Next page until there is none; (rows seen, the place of each page)."""
    seen, places = 0, []
    while True:
        seen += page.locator(rows).count()
        places.append(_place(page))
        if page.locator("a[rel=next]").count() == 0:
            return seen, places
        page.click("a[rel=next]")
        page.wait_for_load_state()


LISTS = [("/payments/advices/", "#advices tbody tr"), ("/registers/customers", "#customers tbody tr"),
         ("/registers/changes/?status=", "section.change"), ("/runs/", "#runs tbody tr"),
         ("/batches/", "#batches tbody tr"), ("/payments/questions?status=", "#questions tbody tr")]


def test_every_list_pages_on_with_its_count(live_server, browser, world, monkeypatch):
    """Each list shows where the page is ("1–3 av 9"), walks on to the last row and back, the same count on every
    page; the advices with their totals per currency."""
    from core.views import keyset

    monkeypatch.setattr(keyset, "PAGE", 3)
    _lists_with_more_rows_than_a_page(world)
    page = browser.new_page(locale="sv-SE")
    login(page, live_server, "clerk", "clerk-demo")
    _register(page, live_server, world["HYDRO-SE"]["agency"], "10,00")  # a question to list
    for url, rows in LISTS:
        page.goto(f"{live_server}{url}")
        first_rows = page.locator(rows).all_inner_texts()
        count = int(re.sub(r"\D", "", page.locator("p.summary").inner_text().split("·")[0]))
        assert _place(page) == f"1–{min(3, count)} av {count:,}".replace(",", " "), url
        seen, places = _walk(page, rows)
        assert seen == count, (url, places)
        assert places[-1].startswith(f"{count - page.locator(rows).count() + 1}–{count} ") or count == 0, places
        if len(places) > 1:
            page.click("a[rel=prev]")
            page.wait_for_load_state()
            assert _place(page) == places[-2], url
            if len(places) > 2:
                page.click("a[rel=first]")
                page.wait_for_load_state()
            assert page.locator(rows).all_inner_texts() == first_rows, url
    page.goto(f"{live_server}/payments/advices/")
    summary = page.locator("p.summary").inner_text().replace("\xa0", " ").replace("\u202f", " ")
    assert "SEK: summa 3 333,33" in summary and "EUR: summa 4 444,44" in summary, summary


def _listed_invoices(page) -> list[int]:
    hrefs = page.locator("table tbody tr td:first-child a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    return [int(h.rstrip("/").rsplit("/", 1)[1]) for h in hrefs]


def test_the_invoice_list_sorts_by_customer_name(live_server, browser, world):
    """The clerk clicks the "Kund" heading: the invoices by the customer's name A–Z (ties by number order of
    entry), a second click Z–A, and the next page goes on where the first stopped."""
    import sqlalchemy as sa

    from core.registers.models import Customer

    inv, cust = Invoice.__table__.c, Customer.__table__.c
    with Session(get_engine()) as s:
        walk = [r.id for r in s.execute(sa.select(inv.id).join(Customer.__table__, cust.id == inv.customer_id)
                                        .order_by(cust.name, inv.id))]
    page = browser.new_page(locale="sv-SE")
    login(page, live_server, "clerk", "clerk-demo")
    page.goto(f"{live_server}/invoices/")
    page.click("th a.sort:text-is('Kund')")
    page.wait_for_url(re.compile(r".*sort=customer"))
    shown = _listed_invoices(page)
    assert shown == walk[:len(shown)] and len(shown) == min(50, len(walk))
    assert page.get_attribute("th:has(a:text-is('Kund ↑'))", "aria-sort") == "ascending"
    if page.locator("a[rel=next]").count():
        page.click("a[rel=next]")
        page.wait_for_load_state()
        nxt = _listed_invoices(page)
        assert nxt == walk[len(shown):len(shown) + len(nxt)]
        page.click("a[rel=first]")
    page.click("th a.sort:has-text('Kund')")
    page.wait_for_url(re.compile(r".*sort=-customer"))
    shown = _listed_invoices(page)
    assert shown == walk[::-1][:len(shown)]


def test_a_finnish_clerk_types_dates_the_finnish_way_in_an_english_browser(live_server, browser, world):
    """The browser speaks English, the clerk Finnish: the invoice date is offered and typed as 1.12.2026 (never
    the browser's 12/01/2026), and a month reads "marraskuu 2026", not its key 2026-11."""
    page = browser.new_page(locale="en-US")
    login(page, live_server, "clerk", "clerk-demo")
    page.click("button[lang=fi]")
    page.goto(f"{live_server}/invoices/new")
    field = page.locator("#invoice_date")
    assert field.get_attribute("type") == "text"
    assert field.input_value() == f"{TODAY.day}.{TODAY.month}.{TODAY.year}"
    assert field.get_attribute("placeholder") == "31.3.2026"
    page.select_option("#agency", str(world["HYDRO-SE"]["agency"]))
    page.fill("#customer", "10002")
    page.fill("input[name=article-0]", "1010")
    page.fill("input[name=quantity-0]", "2")
    field.fill("1.12.2026")
    page.click("form.invoice-form button.primary")
    page.wait_for_url(re.compile(r".*/invoices/\d+$"))
    with Session(get_engine()) as s:
        assert s.get(Invoice, int(page.url.rsplit("/", 1)[1])).invoice_date == dt.date(2026, 12, 1)
    page.goto(f"{live_server}/period/?agency={world['HYDRO-SE']['agency']}&month=2026-11")
    assert page.locator("#accruals h2").count(), page.content()[-3000:]
    heading = page.locator("#accruals h2").inner_text()
    assert "marraskuu 2026" in heading and "2026-11" not in heading, heading
