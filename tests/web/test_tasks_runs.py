"""The runs in a real browser (Playwright + Debian chromium, live server, CSRF on): a clerk previews a run, presses
"Execute run", sees the job page waiting for a worker (it updates by itself), the worker does the job (here the
test calls core.platform.jobs.run_pending, as `reskontra worker` does), and the same page then shows what the run
made; the result is checked where a clerk would look next (the invoice's reminders, the delivered invoices, the
issued batch). Delivery, reminders, interest, collection and the invoicing slot."""
from __future__ import annotations

import datetime as dt
import re

from sqlmodel import Session, func, select

from core.billing import drafting
from core.billing.models import Invoice
from core.platform import jobs
from core.platform.models import Job
from core.registers import register as registers
from core.requests import schedule
from core.runs.models import Reminder
from tests.support.browser import login

FAR = (dt.date.today() + dt.timedelta(days=120)).isoformat()  # every demo invoice is overdue by then


def _clerk(live_server, browser):
    page = browser.new_page(locale="en-GB")
    page.set_default_timeout(15_000)
    login(page, live_server, "clerk", "clerk-demo")
    return page


def _run(page, live_server, agency_id: int, kind: str, when: str = "") -> dict:
    """Preview, execute, see the job wait, let the worker do it, see the result; the job's result."""
    page.goto(f"{live_server}/runs/")
    page.select_option("select[name=kind]", kind)
    page.select_option("select[name=agency]", str(agency_id))
    page.fill("input[name=when]", when)
    page.click("text=Preview (dry run)")
    page.wait_for_selector("text=nothing has been written")
    page.click("text=Execute run")
    page.wait_for_url(re.compile(r".*/runs/jobs/\d+$"))
    assert page.locator("progress").count() == 1  # waiting for the worker, with a progress bar
    assert jobs.run_pending() == 1  # the worker
    page.wait_for_selector("text=Result", timeout=20_000)  # the page refreshes itself
    assert page.locator("progress").count() == 0
    job_id = int(page.url.rsplit("/", 1)[1])
    with Session(jobs_engine()) as s:
        job = s.get(Job, job_id)
        assert job.status == "done", job.error
        return dict(job.result)


def jobs_engine():
    from core.platform.db import get_engine

    return get_engine()


def test_delivery_then_reminder_run(live_server, browser, world, clean_db):
    agency = world["HYDRO-SE"]["agency"]
    page = _clerk(live_server, browser)
    result = _run(page, live_server, agency, "delivery")
    assert result["count"] > 0
    shown = page.inner_text("main")
    numbers = [d["number"] for d in result["documents"]]
    assert all(n in shown for n in numbers)
    page.goto(f"{live_server}/invoices/{world['HYDRO-SE']['invoice']}")
    assert "not delivered yet" not in page.inner_text("main")
    # reminders for invoices overdue on FAR
    result = _run(page, live_server, agency, "reminders", FAR)
    with Session(clean_db) as s:
        made = s.exec(select(func.count()).select_from(Reminder)).one()
        reminded = s.exec(select(Reminder)).first()
    assert made == result["count"] > 0
    assert f"Documents made\n{made}" in page.inner_text("main") or str(made) in page.inner_text("dl.kv")
    page.goto(f"{live_server}/invoices/{reminded.invoice_id}")
    assert page.locator("section", has_text="Reminders").locator("tbody tr").first.inner_text().startswith("1")
    # the preview now says the run exists, and offers no second run
    page.goto(f"{live_server}/runs/?kind=reminders&agency={agency}&when={FAR}")
    assert "already exists" in page.inner_text("main")
    assert page.locator("text=Execute run").count() == 0


def test_interest_and_collection_runs(live_server, browser, world, clean_db):
    agency = world["HYDRO-SE"]["agency"]
    page = _clerk(live_server, browser)
    _run(page, live_server, agency, "delivery")
    _run(page, live_server, agency, "reminders", FAR)
    period = (dt.date.today() + dt.timedelta(days=150)).strftime("%Y-%m")
    result = _run(page, live_server, agency, "interest", period)
    assert "count" in result
    with Session(clean_db) as s:
        interest = s.exec(select(func.count()).select_from(Invoice).where(Invoice.kind == "interest")).one()
    assert interest == result["count"]
    later = (dt.date.today() + dt.timedelta(days=200)).isoformat()
    result = _run(page, live_server, agency, "collection", later)
    with Session(clean_db) as s:
        in_collection = s.exec(select(func.count()).select_from(Invoice).where(
            Invoice.collection_status.is_not(None))).one()
    assert in_collection == result["count"]


def test_invoicing_slot_run_issues_the_queued_invoice(live_server, browser, world, clean_db):
    with Session(clean_db, expire_on_commit=False) as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        agency.invoicing_schedule = "daily 00:00"
        s.add(agency)
        cust = registers.find_customer(s, "10004", agency)
        draft = drafting.create_draft(s, agency, cust, [drafting.LineInput(article_code="1010", quantity="7")],
                                      drafting.DraftOptions(source="web"))
        schedule.queue_invoice(s, draft, now=dt.datetime.now() - dt.timedelta(days=1))
        s.commit()
    page = _clerk(live_server, browser)
    page.goto(f"{live_server}/runs/?kind=batch&agency={agency.id}")
    assert "Queued invoices (1)" in page.inner_text("main")
    result = _run(page, live_server, agency.id, "batch")
    with Session(clean_db) as s:
        inv = s.get(Invoice, draft.id)
    assert inv.status == "issued" and inv.number
    assert result["count"] == 1 and inv.number in page.inner_text("main")


def test_an_empty_preview_offers_no_run(as_user, world, clean_db):
    """A reminder preview that would make nothing (nothing was overdue in 2000) offers no "Execute run": an empty
    reminder run would still count as one of the month's two. A delivery with documents to send is offered."""
    from core.platform.models import RunRecord

    c = as_user("clerk")
    c.post("/language", data={"lang": "en"})
    page = c.get(f"/runs/?kind=reminders&agency={world['HYDRO-SE']['agency']}&when=2000-01-01").get_data(as_text=True)
    assert 'id="nothing-to-run"' in page and "Execute run" not in page, page[page.find("<main"):][:1500]
    page = c.get(f"/runs/?kind=delivery&agency={world['HYDRO-SE']['agency']}").get_data(as_text=True)
    assert "Execute run" in page and 'id="nothing-to-run"' not in page  # undelivered invoices: the run is offered
    with Session(clean_db) as s:
        assert s.exec(select(func.count()).select_from(RunRecord)).one() == 0
