"""A clerk runs reminders from the browser (issue #15/#16): the preview says what will happen, "Execute" queues
the run for a worker instead of doing it inside the request, a second click shows the same job, the worker does
it once, the job page shows what was made, and the preview then says the run exists already."""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session, func, select

from core.billing.delivery import channels
from core.platform import jobs
from core.platform.models import Job
from core.runs.models import Reminder


def _reminders(engine) -> int:
    with Session(engine) as s:
        return s.exec(select(func.count()).select_from(Reminder)).one()


def test_reminder_run_is_queued_done_by_the_worker_once_and_shown(as_user, world, clean_db):
    with Session(clean_db) as s:  # reminders only for delivered invoices: deliver the demo invoices first
        channels.run(s, actor="test")
        s.commit()
    c = as_user("clerk")
    agency = world["HYDRO-SE"]["agency"]
    when = (dt.date.today() + dt.timedelta(days=120)).isoformat()  # every demo invoice is overdue by then
    page = c.get(f"/runs/?kind=reminders&agency={agency}&when={when}").get_data(as_text=True)
    assert "Execute run" in page or "Kör" in page or "Suorita" in page
    assert "reminder_no" not in page  # columns in words, not internal keys
    r = c.post("/runs/execute", data={"kind": "reminders", "agency": agency, "when": when})
    assert r.status_code == 302 and "/runs/jobs/" in r.location
    again = c.post("/runs/execute", data={"kind": "reminders", "agency": agency, "when": when})
    assert again.location == r.location  # the second click shows the same job, no second run
    assert _reminders(clean_db) == 0  # nothing happened inside the web request
    job_page = c.get(r.location).get_data(as_text=True)
    assert 'http-equiv="refresh"' in job_page and "<progress" in job_page
    assert jobs.run_pending() == 1
    made = _reminders(clean_db)
    assert made > 0
    done_page = c.get(r.location).get_data(as_text=True)
    assert 'http-equiv="refresh"' not in done_page and str(made) in done_page
    with Session(clean_db) as s:
        (job,) = s.exec(select(Job)).all()
        assert job.status == "done" and job.active_key is None and job.result["count"] == made
    # the preview now says the run exists; pressing again (e.g. an old tab) changes nothing
    page = c.get(f"/runs/?kind=reminders&agency={agency}&when={when}").get_data(as_text=True)
    assert "already exists" in page or "finns redan" in page or "on jo" in page
    c.post("/runs/execute", data={"kind": "reminders", "agency": agency, "when": when})
    jobs.run_pending()
    assert _reminders(clean_db) == made


def test_a_failing_run_is_shown_as_failed_with_its_reason(as_user, world, clean_db):
    c = as_user("clerk")
    r = c.post("/runs/execute", data={"kind": "interest", "agency": world["HYDRO-SE"]["agency"], "when": "2026-13"})
    jobs.run_pending()
    page = c.get(r.location).get_data(as_text=True) if r.location and "/jobs/" in r.location else ""
    with Session(clean_db) as s:
        statuses = [j.status for j in s.exec(select(Job))]
    assert statuses in ([], ["failed"])  # refused before queueing, or failed with its reason
    if statuses:
        assert "failed" in page.lower() or "misslyckades" in page.lower() or "epäonnistui" in page.lower()
