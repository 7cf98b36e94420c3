"""`reskontra worker [--once]`: the background process — the scheduler with core's runs (reminders, interest,
collection, reference rates) and the intake room's jobs (mailbox polling, outgoing mail, invoicing slots, the
invoicing-file drop folders). Any number of workers may run against one database: every run is claimed in the
database and every polling job holds a lock while it runs (core.runs.scheduler). The web process runs none of
this (`reskontra serve`)."""
from __future__ import annotations

import signal
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser is built without importing the scheduler (start-up cost)
    from apscheduler.schedulers.base import BaseScheduler

    from core.runs.scheduler import JobSpec

# the intake room's jobs, injected into core's scheduler by reference (core never imports intake)
MAILBOX_POLL = "intake.pipeline:poll_once"
MAIL_SENDER = "intake.outgoing_mail:deliver_pending"
DROPBOX_POLL = "intake.dropbox:poll_once"  # invoicing files in var/dropbox/<AGENCY>/in
QUEUED_JOBS = "core.platform.jobs:run_pending"  # runs, imports and deliveries the web queued
POLLING = ("mailbox_poll", "outbox_delivery", "batch_slots", "dropbox_poll", "jobs")


def register(sub, groups) -> None:
    p = sub.add_parser("worker", help="run the scheduler, mailbox polling, outgoing mail and queued work")
    p.add_argument("--once", action="store_true",
                   help="run each polling job (mailbox, outgoing mail, invoicing slots, drop folders) once and exit")
    p.set_defaults(func=_worker)


def injected_jobs() -> dict[str, Callable[..., Any] | JobSpec]:
    from apscheduler.triggers.interval import IntervalTrigger

    from core.runs import scheduler

    triggers = scheduler.default_triggers()
    return {"jobs": scheduler.JobSpec(QUEUED_JOBS, IntervalTrigger(seconds=3, timezone=scheduler.TIMEZONE), "plain"),
            "mailbox_poll": scheduler.JobSpec(MAILBOX_POLL, *triggers["mailbox_poll"]),
            "outbox_delivery": scheduler.JobSpec(MAIL_SENDER, *triggers["outbox_delivery"]),
            "batch_slots": scheduler.batch_spec(MAIL_SENDER),
            "dropbox_poll": scheduler.JobSpec(DROPBOX_POLL, *triggers["dropbox_poll"])}


def make(background: bool) -> tuple[BaseScheduler, list[str]]:
    """The scheduler with core's jobs and the intake room's, not yet started, and the names of its jobs."""
    from core.runs import scheduler

    injected = injected_jobs()
    sched = scheduler.make_scheduler(injected=injected, background=background)
    return sched, sorted([*scheduler.core_jobs(), *injected])


def run_polling_once() -> list[str]:
    """One round of the polling jobs, each under its lock (a job another process is running is skipped)."""
    from apscheduler.util import obj_to_ref

    from core import schema
    from core.runs import scheduler

    schema.metadata()  # every table declared: a job may write rows whose foreign keys reach any package
    ran = []
    for name, spec in injected_jobs().items():
        assert isinstance(spec, scheduler.JobSpec) and name in POLLING
        ref = spec.func if isinstance(spec.func, str) else obj_to_ref(spec.func)
        if scheduler.run_injected(name, ref, spec.mode, spec.kwargs):
            ran.append(name)
    return ran


def _worker(args) -> int:
    from core.platform import logs, migrate

    logs.configure("worker")
    migrate.upgrade()
    if args.once:
        print("Ran: " + ", ".join(run_polling_once()))
        return 0
    from core import schema

    schema.metadata()  # every table declared before any job writes
    sched, jobs = make(background=False)
    signal.signal(signal.SIGTERM, lambda *_: sched.shutdown(wait=False))
    print(f"Reskontra worker: running jobs {', '.join(jobs)}", flush=True)
    sched.start()  # blocks until SIGTERM / Ctrl-C
    return 0
