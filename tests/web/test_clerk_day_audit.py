"""A clerk's day tried as a clerk tries it (issue #15 audit), each test failing on a defect found by hand before
its fix: a mistyped amount ("12,5O") named in the clerk's words next to its field (never `lines[1].unit_price:
not a decimal number`), quantities and statuses in the reader's language, the payments list's "All" showing every
payment, a run's date typed the Finnish way (7.12.2026), the invoice list's customer filter shown and removable,
and the request form and lists at a phone's width (375 px) without a page that scrolls sideways."""
from __future__ import annotations

import datetime as dt
import re

from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.payments.models import Payment
from tests.support.browser import in_language, page_text
from tests.support.browser import login as browser_login

TODAY = dt.date.today()
RAW = ("not a decimal number", "lines[", "unit_price", "Invalid isoformat", "must be YYYY-MM")


def _visible(page: str) -> str:
    """The words a reader sees (no tags, attributes or class names)."""
    return re.sub(r"<[^>]*>", " ", page)


def _raw_words(page: str) -> list[str]:
    return [w for w in RAW if w in page]


def _draft(client, agency_id: int, quantity: str = "2,5") -> int:
    r = client.post("/invoices/new", data={"agency": agency_id, "customer": "10002", "article-0": "1010",
                                           "quantity-0": quantity, "invoice_date": TODAY.isoformat()})
    assert r.status_code == 302, page_text(r)[:2000]
    return int(re.search(r"/invoices/(\d+)", r.headers["Location"]).group(1))


def _issued(client, agency_id: int, quantity: str = "2,5") -> int:
    inv_id = _draft(client, agency_id, quantity)
    assert client.post(f"/invoices/{inv_id}/issue").status_code == 302
    return inv_id


def test_a_mistyped_price_on_the_invoice_form_is_named_in_words(as_user, world):
    clerk = in_language(as_user("clerk"), "sv")
    r = clerk.post("/invoices/new", data={"agency": world["HYDRO-SE"]["agency"], "customer": "10002",
                                          "article-0": "1010", "quantity-0": "2",
                                          "article-1": "1010", "quantity-1": "1", "price-1": "12,5O"})
    page = page_text(r)
    assert r.status_code == 400
    assert not _raw_words(page), _raw_words(page)
    assert "Rad 2" in page and "12,5O" in page and "1\xa0250,50" in page  # the line, as typed, and an example
    assert 'value="12,5O"' in page  # what the clerk typed stays in the form


def test_a_mistyped_credit_quantity_is_named_in_words(as_user, world):
    clerk = in_language(as_user("clerk"), "sv")
    inv_id = _issued(clerk, world["HYDRO-SE"]["agency"])
    r = clerk.post(f"/invoices/{inv_id}/credit", data={"reason": "fel", "mode": "partial", "qty-1": "1,5O"},
                   follow_redirects=True)
    page = page_text(r)
    assert not _raw_words(page), _raw_words(page)
    assert "Rad 1: Antal" in page and "inte ett tal" in page


def test_the_credit_form_shows_the_line_quantities_in_the_locale(as_user, world):
    clerk = in_language(as_user("clerk"), "fi")
    inv_id = _issued(clerk, world["HYDRO-SE"]["agency"], "2,5")
    page = page_text(clerk.get(f"/invoices/{inv_id}"))
    assert "(≤ 2,5)" in page and "(≤ 2.5)" not in page
    # after a partial credit of 1,5 the form offers what is left (1), not the invoiced 2,5 again
    r = clerk.post(f"/invoices/{inv_id}/credit", data={"reason": "väärä määrä", "mode": "partial", "qty-1": "1,5"})
    assert r.status_code == 302
    page = page_text(clerk.get(f"/invoices/{inv_id}"))
    assert "(≤ 1)" in page and "(≤ 2,5)" not in page


def _manual_payment(client, agency_id: int, amount: str) -> int:
    r = client.post("/payments/register", data={"agency": agency_id, "date": TODAY.isoformat(), "amount": amount,
                                                "currency": "", "invoice": "", "reference": "",
                                                "payer": "Kund AB", "payer_org_no": ""})
    assert r.status_code == 302, page_text(r)[:2000]
    return int(r.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def test_a_mistyped_split_amount_and_payment_statuses_in_words(as_user, world, clean_db):
    clerk = in_language(as_user("clerk"), "fi")
    pay_id = _manual_payment(clerk, world["HYDRO-SE"]["agency"], "1 000,00")
    with Session(clean_db) as s:
        inv = s.exec(select(Invoice).where(Invoice.agency_id == world["HYDRO-SE"]["agency"],
                                           Invoice.status == "issued").order_by(col(Invoice.id))).first()
    r = clerk.post(f"/payments/{pay_id}/allocate", data={"invoice-0": inv.number, "amount-0": "12,5O"},
                   follow_redirects=True)
    page = page_text(r)
    assert not _raw_words(page), _raw_words(page)
    assert "Summa 1: " in page or "Summa: " in page  # the field in words
    clerk.post(f"/payments/{pay_id}/allocate", data={"invoice-0": inv.number, "amount-0": "100,50"})
    page = _visible(page_text(clerk.get(f"/payments/{pay_id}")))
    assert "partly_matched" not in page and "Osittain tunnistettu" in page
    assert "manual" not in page and "kirjattu käsin" in page
    clerk.post(f"/payments/{pay_id}/refund", data={"amount": ""})
    with Session(clean_db) as s:
        assert s.get(Payment, pay_id).status == "returned"
    page = _visible(page_text(clerk.get(f"/payments/{pay_id}")))
    assert "returned" not in page and "Palautettu" in page


def test_the_payments_list_all_shows_every_payment(as_user, world, clean_db):
    clerk = in_language(as_user("clerk"), "sv")
    pay_id = _manual_payment(clerk, world["HYDRO-SE"]["agency"], "500")
    clerk.post(f"/payments/{pay_id}/refund", data={"amount": ""})
    with Session(clean_db) as s:
        assert s.get(Payment, pay_id).status == "returned"
    for status in ("", "returned"):  # "Alla" sends an empty status
        page = page_text(clerk.get(f"/payments/?status={status}"))
        assert f"/payments/{pay_id}\"" in page, status
    assert f"/payments/{pay_id}\"" not in page_text(clerk.get("/payments/"))  # the queue to work: open ones only


def test_a_run_date_typed_the_finnish_way(as_user, world):
    clerk = in_language(as_user("clerk"), "fi")
    agency = world["VESI-FI"]["agency"]
    page = page_text(clerk.get(f"/runs/?kind=reminders&agency={agency}&when={TODAY.day}.{TODAY.month}.{TODAY.year}"))
    assert not _raw_words(page), _raw_words(page)
    assert "Esikatselu" in page  # the preview was made for that day
    page = page_text(clerk.get(f"/runs/?kind=reminders&agency={agency}&when=31.2.2026"))
    assert not _raw_words(page) and "ei ole päivämäärä" in page
    page = page_text(clerk.get(f"/runs/?kind=interest&agency={agency}&when=11/2026"))
    assert not _raw_words(page), _raw_words(page)
    assert "Esikatselu" in page
    preview = _visible(page.split("Esikatselu", 1)[1].split("Historia", 1)[0])
    assert "Valmis" not in preview  # a preview has made nothing: it is not "done"


def test_the_invoice_lists_customer_filter_is_shown_and_can_be_removed(as_user, world):
    clerk = in_language(as_user("clerk"), "sv")
    cust = world["HYDRO-SE"]["customer"]
    page = page_text(clerk.get(f"/invoices/?overdue=1&customer={cust}"))
    assert world["HYDRO-SE"]["customer_name"] in page.split("<table")[0]  # above the list, not only in its rows
    assert 'href="/invoices/?overdue=1"' in page  # the filter without the customer


def _overflow(page) -> int:
    """How far the page is wider than the screen (a wide table scrolls in its own box instead)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_a_phone_width_request_form_and_lists(live_server, browser, world):
    ctx = browser.new_context(viewport={"width": 375, "height": 800}, locale="sv-SE")
    page = ctx.new_page()
    browser_login(page, live_server, "hydro", "hydro-demo")
    page.goto(f"{live_server}/intake/new")
    assert _overflow(page) <= 0
    box = page.locator("input[name=lines-0-unit_price]").bounding_box()
    assert box and box["x"] + box["width"] <= 375 and box["width"] >= 100, box  # typed without scrolling
    for url in ("/invoices/", "/reports/"):
        page.goto(f"{live_server}{url}")
        assert _overflow(page) <= 0, url
    clerk = ctx.new_page()
    ctx.clear_cookies()
    browser_login(clerk, live_server, "clerk", "clerk-demo")
    clerk.goto(f"{live_server}/invoices/new")
    box = clerk.locator("input[name=price-0]").bounding_box()
    assert box and box["x"] + box["width"] <= 375 and box["width"] >= 100, box  # wide enough to read "1 250,50"
    for url in ("/invoices/new", "/payments/?status=", "/runs/", f"/invoices/{world['HYDRO-SE']['invoice']}",
                f"/customers/{world['HYDRO-SE']['customer']}/account", "/reports/"):
        clerk.goto(f"{live_server}{url}")
        assert _overflow(clerk) <= 0, url
    ctx.close()


def test_a_register_change_is_read_in_words(as_user, world, clean_db):
    from core.registers import register as registers
    from core.requests import masterdata

    with Session(clean_db, expire_on_commit=False) as s:
        agency = registers.agency_by_code(s, "VESI-FI")
        masterdata.create_change(s, agency, "article", "update", {"code": "V100", "unit_price": "199.50"}, None,
                                 source="email", actor="intake", requested_by="laskutus@vesitutkimus.fi")
        masterdata.create_change(s, agency, "customer", "create",
                                 {"name": "Matti Meikäläinen", "private": True, "country": "FI"}, None,
                                 source="email", actor="intake", requested_by="laskutus@vesitutkimus.fi")
        s.commit()
    clerk = in_language(as_user("clerk"), "fi")
    page = _visible(page_text(clerk.get("/registers/changes/?status=")))
    assert "V100" in page and "199,50" in page
    assert not re.search(r"\b(code|private|True|False)\b", page), re.findall(r"\b(code|private|True|False)\b", page)
    assert "Koodi" in page


def test_the_booked_provision_is_confirmed_in_the_readers_numbers_and_dates(as_user, world, clean_db):
    from core.billing.models import Invoice as Inv

    with Session(clean_db) as s:  # an invoice long overdue, so that there is a provision to book
        inv = s.exec(select(Inv).where(Inv.agency_id == world["HYDRO-SE"]["agency"], Inv.status == "issued")
                     .order_by(col(Inv.id))).first()
        inv.due_date = TODAY - dt.timedelta(days=100)
        s.add(inv)
        s.commit()
    clerk = in_language(as_user("clerk"), "fi")
    agency = world["HYDRO-SE"]["agency"]
    r = clerk.post("/period/provision", data={"agency": agency, "month": TODAY.strftime("%Y-%m"),
                                              "date": TODAY.isoformat()}, follow_redirects=True)
    page = page_text(r)
    flash = re.search(r'class="flash ok"[^>]*>(.*?)<', page, re.S)
    assert flash, page[:3000]
    words = flash.group(1)
    assert not re.search(r"\d\.\d{2}(?![\d.])", words) and not re.search(r"\d{4}-\d\d-\d\d", words), words


def test_a_saved_payment_advice_is_confirmed_in_the_readers_numbers(as_user, world, clean_db):
    with Session(clean_db) as s:
        inv = s.exec(select(Invoice).where(Invoice.agency_id == world["HYDRO-SE"]["agency"],
                                           Invoice.status == "issued").order_by(col(Invoice.id))).first()
    clerk = in_language(as_user("clerk"), "sv")
    r = clerk.post("/payments/advices/", data={"agency": world["HYDRO-SE"]["agency"], "date": TODAY.isoformat(),
                                               "payer": "Kund AB", "payer_org_no": "", "invoice-0": inv.number,
                                               "amount-0": "1 234,50"}, follow_redirects=True)
    flash = re.search(r'class="flash ok"[^>]*>(.*?)<', page_text(r), re.S)
    assert flash and "1\xa0234,50" in flash.group(1) and "1234.50" not in flash.group(1), flash


def test_a_delivery_run_is_found_again_and_an_empty_one_is_not_offered(as_user, world, clean_db):
    from core.registers import register as registers

    clerk = in_language(as_user("clerk"), "sv")
    agency = world["HYDRO-SE"]["agency"]
    r = clerk.post("/runs/execute", data={"kind": "delivery", "agency": agency, "when": ""})
    job_url = r.headers["Location"]
    assert "/runs/jobs/" in job_url
    page = page_text(clerk.get("/runs/"))  # the clerk left the progress page; the run is listed with its status
    assert f'href="{job_url}"' in page and "Leverans av fakturor" in page
    with Session(clean_db, expire_on_commit=False) as s:  # an agency with nothing waiting for delivery
        empty = registers.agency_by_code(s, "KULTUR-SE")
        for inv in s.exec(select(Invoice).where(Invoice.agency_id == empty.id)):
            inv.status = "cancelled"
            s.add(inv)
        s.commit()
    page = page_text(clerk.get(f"/runs/?kind=delivery&agency={empty.id}"))
    assert 'id="nothing-to-run"' in page and 'action="/runs/execute"' not in page


def test_the_exported_xlsx_of_a_filtered_list_is_in_words(as_user, world):
    import io

    import openpyxl

    clerk = in_language(as_user("clerk"), "fi")
    agency = world["VESI-FI"]["agency"]
    r = clerk.get(f"/invoices/?agency={agency}&status=issued&format=xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(r.data)).active
    header = [c.value for c in ws[1]]
    assert "invoice_date" not in header and "Laskun päivämäärä" in header, header
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows and all(row[header.index("Virasto")] == "VESI-FI" for row in rows)  # the filtered rows only
    assert all(row[header.index("Tila")] == "Laskutettu" for row in rows)
    csv = clerk.get(f"/invoices/?agency={agency}&status=issued&format=csv").get_data(as_text=True)
    assert csv.lstrip("\ufeff").startswith("number;kind;agency")  # the CSV keeps the stable keys for programs
