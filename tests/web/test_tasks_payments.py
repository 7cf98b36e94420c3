"""A clerk's payment tasks in a real browser (Playwright + Debian chromium, live server, CSRF on), checked as the
clerk checks them: a payment registered by hand lowers its invoice's open amount; an unmatched payment split over
two invoices settles both parts; an overpayment booked as customer credit is refunded; a BgMax bank file (written
by intake.bankfiles.bgmax_writer) uploaded in the browser shows its import summary, settles the invoice it names
and leaves the unknown payment in the unmatched queue."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from sqlmodel import Session, select

from core.billing.models import Invoice
from core.payments.models import Allocation, Payment
from intake.bankfiles.bgmax_writer import BgMaxDeposit, BgMaxPayment, write_bgmax
from tests.support.browser import login


def _hydro_invoices(engine, agency_id: int) -> list[Invoice]:
    with Session(engine, expire_on_commit=False) as s:
        return list(s.exec(select(Invoice).where(Invoice.agency_id == agency_id, Invoice.status == "issued",
                                                 Invoice.kind == "invoice").order_by(Invoice.id)))


def _get(engine, model, obj_id):
    with Session(engine, expire_on_commit=False) as s:
        return s.get(model, obj_id)


def _clerk(live_server, browser):
    page = browser.new_page(locale="en-GB")
    page.set_default_timeout(10_000)
    login(page, live_server, "clerk", "clerk-demo")
    return page


def test_register_a_payment_against_an_invoice(live_server, browser, world, clean_db):
    inv = _get(clean_db, Invoice, world["HYDRO-SE"]["invoice"])
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/payments/")
    page.click("text=Register a payment")
    page.select_option("#agency", str(world["HYDRO-SE"]["agency"]))
    page.fill("#amount", "1 000,00")
    page.fill("#date", dt.date.today().isoformat())
    page.fill("#invoice", inv.number)
    page.fill("#payer", "Kund AB")
    page.click("main form button.primary")
    page.wait_for_url(re.compile(r".*/payments/\d+$"))
    assert "Payment registered" in page.inner_text(".flash.ok")
    assert inv.number in page.inner_text("main")  # the allocation is listed on the payment's page
    assert _get(clean_db, Invoice, inv.id).open_amount == inv.open_amount - Decimal("1000.00")


def test_split_an_unmatched_payment_over_two_invoices(live_server, browser, world, clean_db):
    first, second = _hydro_invoices(clean_db, world["HYDRO-SE"]["agency"])[:2]
    pay_id = world["HYDRO-SE"]["payment"]  # 100.00 SEK, unmatched
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/payments/?status=open")
    page.locator("tbody tr", has_text="Payer HYDRO-SE").locator("a").first.click()
    page.wait_for_url(re.compile(rf".*/payments/{pay_id}$"))
    page.fill("input[name=invoice-0]", first.number)
    page.fill("input[name=amount-0]", "60")
    page.fill("input[name=invoice-1]", second.number)
    page.fill("input[name=amount-1]", "40,00")
    page.click("form[action$=allocate] button.primary")
    page.wait_for_selector(".flash.ok")
    assert "2 allocations made" in page.inner_text(".flash.ok")
    assert _get(clean_db, Invoice, first.id).open_amount == first.open_amount - Decimal("60.00")
    assert _get(clean_db, Invoice, second.id).open_amount == second.open_amount - Decimal("40.00")
    pay = _get(clean_db, Payment, pay_id)
    assert pay.unallocated == 0 and pay.status == "matched"
    assert "matched" in page.inner_text("h1").lower()


def test_overpayment_to_customer_credit_then_refund(live_server, browser, world, clean_db):
    inv = _get(clean_db, Invoice, world["HYDRO-SE"]["invoice"])
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/payments/register")
    page.select_option("#agency", str(world["HYDRO-SE"]["agency"]))
    page.fill("#amount", str(inv.open_amount + Decimal("250.00")))
    page.fill("#date", dt.date.today().isoformat())
    page.fill("#invoice", inv.number)
    page.click("main form button.primary")
    page.wait_for_url(re.compile(r".*/payments/\d+$"))
    pay_id = int(page.url.rsplit("/", 1)[1])
    assert _get(clean_db, Invoice, inv.id).open_amount == 0
    if _get(clean_db, Payment, pay_id).unallocated > 0:  # the rest waits: the clerk books it as customer credit
        page.click("text=Book the rest as customer credit")
        page.wait_for_selector(".flash.ok")
    assert "250.00" in page.inner_text("main")  # the customer credit
    page.fill("form[action$=refund] input[name=amount]", "250")
    page.click("form[action$=refund] button")
    page.wait_for_selector(".flash.ok")
    assert "Refund booked" in page.inner_text(".flash.ok")
    with Session(clean_db) as s:
        refunds = s.exec(select(Allocation).where(Allocation.payment_id == pay_id,
                                                  Allocation.method == "refund")).all()
    assert [abs(a.amount) for a in refunds] == [Decimal("250.00")]


def test_upload_a_bgmax_file_and_work_the_unmatched_payment(live_server, browser, world, clean_db, tmp_path):
    inv = _get(clean_db, Invoice, world["HYDRO-SE"]["invoice"])
    raw = write_bgmax("5050-1055", [BgMaxDeposit(dt.date.today(), [
        BgMaxPayment(inv.open_amount, inv.reference, name="Kund AB"),
        BgMaxPayment(Decimal("777.00"), "", name="Okänd Betalare")])],
        created=dt.datetime.now().replace(microsecond=0))
    f = tmp_path / "bgmax.txt"
    f.write_bytes(raw)
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/payments/")
    page.click("text=Import a bank file")
    page.set_input_files("#file", str(f))
    page.click("main form button.primary")
    page.wait_for_selector(".import-result")
    assert page.inner_text("#payments").strip() == "2"
    assert page.inner_text("#unmatched").startswith("1")
    assert "by reference number" in page.inner_text(".import-result")
    assert _get(clean_db, Invoice, inv.id).open_amount == 0
    # the unknown payment waits in the unmatched queue
    page.click("text=work the unmatched payments")
    page.wait_for_url(re.compile(r".*/payments/\?status=open$"))
    row = page.locator("tbody tr", has_text="Okänd Betalare")
    assert row.count() == 1 and "777.00" in row.inner_text()
    # the same file again imports nothing
    page.goto(f"{live_server}/payments/import")
    page.set_input_files("#file", str(f))
    page.click("main form button.primary")
    page.wait_for_selector(".import-result")
    assert "already imported" in page.inner_text(".import-result")
    with Session(clean_db) as s:
        assert len(s.exec(select(Payment).where(Payment.payer_name == "Okänd Betalare")).all()) == 1


def test_a_payment_advice_places_a_payment_without_reference(live_server, browser, world, clean_db, tmp_path):
    first, second = _hydro_invoices(clean_db, world["HYDRO-SE"]["agency"])[:2]
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/payments/")
    page.click("text=Payment advices")
    page.click("#new-advice summary")
    page.select_option("#agency", str(world["HYDRO-SE"]["agency"]))
    page.fill("#payer", "Samlad Betalare AB")
    page.fill("input[name=invoice-0]", first.number)
    page.fill("input[name=amount-0]", str(first.open_amount))
    page.fill("input[name=invoice-1]", second.number)
    page.fill("input[name=amount-1]", str(second.open_amount))
    page.click("#new-advice button.primary")
    page.wait_for_selector(".flash.ok")
    row = page.locator("#advices tbody tr").first
    assert first.number in row.inner_text() and "Unmatched" in row.inner_text()
    # the bank file brings one payment of the sum, without a reference
    raw = write_bgmax("5050-1055", [BgMaxDeposit(dt.date.today(), [
        BgMaxPayment(first.open_amount + second.open_amount, "", name="Samlad Betalare AB")])],
        created=dt.datetime.now().replace(microsecond=0))
    f = tmp_path / "bgmax-advice.txt"
    f.write_bytes(raw)
    page.goto(f"{live_server}/payments/import")
    page.set_input_files("#file", str(f))
    page.click("main form button.primary")
    page.wait_for_selector(".import-result")
    assert "by payment advice" in page.inner_text(".import-result")
    assert _get(clean_db, Invoice, first.id).open_amount == 0
    assert _get(clean_db, Invoice, second.id).open_amount == 0
    page.goto(f"{live_server}/payments/advices/")
    assert "Matched" in page.locator("#advices tbody tr").first.inner_text()


def test_a_large_bank_file_is_imported_by_the_worker(live_server, browser, world, clean_db, tmp_path):
    """A file of 400 payments is not imported inside the request: the page waits for the worker with a progress
    bar, then shows the same summary; the invoice it names is settled."""
    from core.platform import jobs

    inv = _get(clean_db, Invoice, world["HYDRO-SE"]["invoice"])
    unknown = [BgMaxPayment(Decimal("10.00") + n, "", name=f"Betalare {n}") for n in range(399)]
    raw = write_bgmax("5050-1055", [BgMaxDeposit(dt.date.today(), [
        BgMaxPayment(inv.open_amount, inv.reference, name="Kund AB"), *unknown])],
        created=dt.datetime.now().replace(microsecond=0))
    assert len(raw) > 50_000
    f = tmp_path / "bgmax-large.txt"
    f.write_bytes(raw)
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/payments/import")
    page.set_input_files("#file", str(f))
    page.click("main form button.primary")
    page.wait_for_url(re.compile(r".*/payments/import/jobs/\d+$"))
    assert page.locator("progress").count() == 1
    with Session(clean_db) as s:
        assert s.exec(select(Payment).where(Payment.payer_name == "Kund AB")).first() is None  # not in the request
    assert jobs.run_pending() == 1  # the worker
    page.wait_for_selector(".import-result", timeout=20_000)  # the page refreshes itself
    assert page.inner_text("#payments").strip().replace("\u00a0", "").replace(",", "") == "400"
    assert page.inner_text("#unmatched").startswith("399")
    assert _get(clean_db, Invoice, inv.id).open_amount == 0
