"""The schedule: APScheduler 3 with its job store in the application database (SQLAlchemyJobStore on the app's
engine), safe with several processes.

Core jobs (reminder runs, monthly interest runs, collection hand-over) are defined here; jobs of other rooms
(mailbox polling, outbox delivery, daily reports) are injected by the caller as module-level callables (web/app
wires the intake functions; core imports neither intake nor web). The invoicing-slot job (`batch_job`, core's
batching then the mails it recorded) needs intake's mail sender, so the caller adds it: `batch_spec(sender_ref)`.
APScheduler 3 does not coordinate several schedulers sharing one job store, so a job may fire in more than one
process: that is harmless because
* every core run is claimed in the database (core.platform.claims: one RunRecord per kind/agency/date-or-period),
* a daily injected job (e.g. reports) is claimed the same way per day (core.platform.claims.run_once),
* a polling injected job (mailbox, outbox) runs under a PostgreSQL advisory lock taken with try-lock, so a second
  process skips that round instead of polling in parallel.
Job ids are fixed and registered with replace_existing, so two processes starting together keep one copy each.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from apscheduler.util import obj_to_ref, ref_to_obj

from core.billing.delivery import channels
from core.kernel.errors import DomainError
from core.platform import claims as runs
from core.platform import db
from core.registers.models import Agency
from core.requests import schedule as batching
from core.runs import collection, interest_run, rate_proposals, reminders
from core.runs.rates import RateNotKnownError

log = logging.getLogger("reskontra.scheduler")
TIMEZONE = "Europe/Stockholm"
REMINDER_DAYS = "5,20"  # two reminder runs a month (the limit in core.runs.reminders is 2)


@dataclass
class JobSpec:
    """A job: a module-level callable (or "module:function" reference) and its trigger.
    mode: "daily" (claimed once per day in the database), "exclusive" (advisory try-lock), "plain"."""

    func: Callable[..., Any] | str
    trigger: Any
    mode: str = "exclusive"
    kwargs: dict = field(default_factory=dict)


def core_jobs() -> dict[str, JobSpec]:
    return {
        # issued documents go out every hour (a reminder run only reminds of delivered invoices)
        "delivery": JobSpec(delivery_job, CronTrigger(minute=30, timezone=TIMEZONE), "plain"),
        "reminders": JobSpec(reminder_job, CronTrigger(day=REMINDER_DAYS, hour=6, timezone=TIMEZONE), "plain"),
        "interest": JobSpec(interest_job, CronTrigger(day=1, hour=7, timezone=TIMEZONE), "plain"),
        "collection": JobSpec(collection_job, CronTrigger(hour=8, timezone=TIMEZONE), "plain"),
        "reference_rates": JobSpec(rates_job, CronTrigger(hour=6, minute=45, timezone=TIMEZONE), "plain"),
    }


def default_triggers() -> dict[str, tuple[Any, str]]:
    """Triggers for the injected jobs, by name (the caller may give its own in a JobSpec)."""
    return {"mailbox_poll": (IntervalTrigger(minutes=1, timezone=TIMEZONE), "exclusive"),
            "outbox_delivery": (IntervalTrigger(minutes=15, timezone=TIMEZONE), "exclusive"),
            "daily_reports": (CronTrigger(hour=5, timezone=TIMEZONE), "daily"),
            "batch_slots": (IntervalTrigger(minutes=5, timezone=TIMEZONE), "exclusive"),
            "dropbox_poll": (IntervalTrigger(minutes=1, timezone=TIMEZONE), "exclusive")}


def make_scheduler(injected: dict[str, Callable[..., Any] | JobSpec] | None = None, engine: sa.Engine | None = None,
                   background: bool = True, with_core: bool = True) -> BaseScheduler:
    """A scheduler whose jobs live in the application database. `injected`: name -> callable (with the default
    trigger of that name) or JobSpec. Call .start() on the result (or run it blocking with background=False)."""
    engine = engine or db.get_engine()
    cls: type[BaseScheduler] = BackgroundScheduler if background else BlockingScheduler
    sched = cls(jobstores={"default": SQLAlchemyJobStore(engine=engine)}, timezone=TIMEZONE,
                job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600})
    specs: dict[str, JobSpec] = dict(core_jobs()) if with_core else {}
    defaults = default_triggers()
    for name, item in (injected or {}).items():
        if isinstance(item, JobSpec):
            specs[name] = item
        else:
            if name not in defaults:
                raise DomainError(f"no default trigger for job {name!r}; pass a JobSpec")
            trigger, mode = defaults[name]
            specs[name] = JobSpec(item, trigger, mode)
    for name, spec in specs.items():
        ref = spec.func if isinstance(spec.func, str) else obj_to_ref(spec.func)
        if spec.mode == "plain":
            sched.add_job(ref, spec.trigger, id=name, name=name, kwargs=spec.kwargs, replace_existing=True)
        else:
            sched.add_job(run_injected, spec.trigger, id=name, name=name, replace_existing=True,
                          kwargs={"name": name, "ref": ref, "mode": spec.mode, "kwargs": spec.kwargs})
    return sched


# --- job functions (module level: the job store keeps them as textual references) ------------------------------

def _agencies(url: str | None = None) -> list[Agency]:
    with db.session_scope(url) as s:
        rows = list(s.execute(sa.select(Agency).order_by(Agency.__table__.c.code)).scalars())
        for a in rows:
            s.expunge(a)
        return rows


def _for_agencies(kind: str, key: str, run: Callable[[str], dict], agencies: list[Agency],
                  refused: tuple[type[Exception], ...] = ()) -> list[dict]:
    """One run per agency; one agency's refusal or failure never stops the others."""
    done = []
    for agency in agencies:
        base = {"kind": kind, "agency": agency.code, "key": key}
        try:
            res = run(agency.code)
            done.append({**base, "executed": not res.get("already_run"), "count": res["count"],
                         **({"status": res["status"], "message": res["message"]} if res.get("status") not in
                            (None, "done") else {})})
            if res.get("status") not in (None, "done"):
                log.warning("%s run %s %s: %s", kind, agency.code, key, res.get("message"))
        except refused as exc:
            log.warning("%s run %s %s refused: %s", kind, agency.code, key, exc)
            done.append({**base, "refused": str(exc)})
        except Exception:
            log.exception("%s run failed for %s", kind, agency.code)
            done.append({**base, "error": True})
    return done


def reminder_job(day: dt.date | None = None, url: str | None = None) -> list[dict]:
    """Reminder runs for every agency (the cron trigger decides the days)."""
    day = day or dt.date.today()
    return _for_agencies("reminders", day.isoformat(),
                         lambda code: reminders.run(code, day, actor="scheduler", url=url), _agencies(url),
                         (runs.RunRefused,))


def interest_job(day: dt.date | None = None, url: str | None = None) -> list[dict]:
    """Interest runs for the month before `day` (the trigger fires on the 1st)."""
    day = day or dt.date.today()
    period = (day.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    return _for_agencies("interest", period,
                         lambda code: interest_run.run(code, period, actor="scheduler", url=url),
                         [a for a in _agencies(url) if a.interest_enabled], (DomainError, RateNotKnownError))


def rates_job(day: dt.date | None = None, url: str | None = None) -> list[dict]:
    """Daily: ask the publishers for new reference rates and propose them to a clerk (core.runs.rate_proposals;
    off with RESKONTRA_RATE_FETCH=off, e.g. without network), then redo the interest runs held for a missing rate
    (those whose rate has been confirmed since charge in full; the others stay held)."""
    day = day or dt.date.today()
    out: list[dict] = []
    if os.environ.get("RESKONTRA_RATE_FETCH", "on").lower() != "off":
        with db.session_scope(url) as s:
            fetched = rate_proposals.fetch_and_propose(s, day)
        for e in fetched["errors"]:
            log.warning("reference rates for %s not fetched: %s", e["country"], e["error"])
        out.append({"kind": "reference_rates", "key": day.isoformat(), "proposed": len(fetched["proposed"]),
                    "errors": fetched["errors"]})
    for res in interest_run.retry_held(url):
        out.append({"kind": "interest", "agency": res["agency"], "key": res["period"], "status": res["status"],
                    "count": res["count"]})
    return out


def delivery_job(day: dt.date | None = None, url: str | None = None) -> list[dict]:
    """Deliver every issued, undelivered document (Peppol, Finvoice, print): each is recorded once
    (core.billing.delivery.channels), and the job holds a lock while it runs, so a second worker (or the
    day-by-day simulation in two processes) skips instead of delivering the same documents at the same time."""
    key = (day or dt.date.today()).isoformat()
    with runs.job_lock("job", "delivery", url=url) as got:  # one delivery run at a time, whoever calls it
        if not got:
            return [{"kind": "delivery", "key": key, "skipped": "another process is delivering"}]
        with db.session_scope(url) as s:
            made = channels.run(s, actor="scheduler", day=day)
    return [{"kind": "delivery", "key": key, "count": len(made)}]


def collection_job(day: dt.date | None = None, url: str | None = None) -> list[dict]:
    day = day or dt.date.today()
    return _for_agencies("collection", day.isoformat(),
                         lambda code: collection.run(code, day, actor="scheduler", url=url), _agencies(url))


def batch_job(mail_sender: str | None = None, now: dt.datetime | None = None, url: str | None = None) -> list[dict]:
    """The agreed invoicing schedules: run every agency's due slot (core.requests.schedule.run_due_slots: each slot
    claimed once in the database), then send the mails it recorded (the batch summaries, and any other pending mail)
    with `mail_sender`, a "module:function" reference injected by the caller (intake's one sender,
    intake.outgoing_mail:deliver_pending; core imports no intake)."""
    with db.session_scope(url) as s:
        summaries = batching.run_due_slots(s, now, actor="scheduler")
    if mail_sender:
        ref_to_obj(mail_sender)(url=url)
    return summaries


def batch_spec(mail_sender: str | None) -> JobSpec:
    """The invoicing-slot job with the injected mail sender (every 5 minutes; a slot runs at its first tick)."""
    trigger, mode = default_triggers()["batch_slots"]
    return JobSpec(batch_job, trigger, mode, kwargs={"mail_sender": mail_sender})


def run_injected(name: str, ref: str, mode: str = "exclusive", kwargs: dict | None = None,
                 day: dt.date | None = None, url: str | None = None) -> bool:
    """Call an injected job once: "daily" claims (job:name, *, day) in the database; "exclusive" holds a
    PostgreSQL advisory try-lock while it runs (skipped when another process holds it). Returns True if it ran."""
    func = ref_to_obj(ref)
    kwargs = kwargs or {}
    if mode == "daily":
        day = day or dt.date.today()
        return runs.run_once(f"job:{name}", "*", day.isoformat(), day, lambda: func(**kwargs), url=url)
    if mode == "exclusive":
        with runs.job_lock("job", name, url=url) as got:
            if not got:
                log.info("job %s is running in another process; skipped", name)
                return False
            func(**kwargs)
            return True
    func(**kwargs)
    return True


# --- simulation: what the schedule does on a given day ---------------------------------------------------------

def fires_on(trigger: Any, day: dt.date) -> bool:
    """Whether a trigger fires at some time on `day` (uses the trigger itself, so it cannot drift from it)."""
    tz = ZoneInfo(TIMEZONE)
    start = dt.datetime.combine(day, dt.time(0), tz)
    nxt = trigger.get_next_fire_time(None, start)
    return nxt is not None and nxt.date() == day


def run_day(day: dt.date, url: str | None = None) -> list[dict]:
    """Run every core job whose trigger fires on `day`, as the scheduler would (catch-up, tests, simulations)."""
    out: list[dict] = []
    for spec in core_jobs().values():
        if fires_on(spec.trigger, day):
            func = ref_to_obj(spec.func) if isinstance(spec.func, str) else spec.func
            out += func(day=day, url=url)
    return out
