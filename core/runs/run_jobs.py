"""The runs as jobs (core.platform.jobs): what the web queues when a clerk presses "Kör"/"Suorita"/"Run" and a
worker process then does. Each is the same run the CLI does synchronously (claimed once per agency and date or
period by core.platform.claims), so a job that is repeated after a crash never doubles a reminder or an invoice.
The key of a job names the run, so a second click while it is queued or running shows the same job."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlmodel import Session

from core.platform import jobs
from core.platform.models import Job
from core.registers.models import Agency
from core.runs import collection, interest_run, reminders

Progress = Callable[[int, int, str | None], None]


def reminder_job(progress: Progress, agency: str, when: str, actor: str, url: str | None = None) -> dict[str, Any]:
    progress(0, 1, "reminders")
    result = reminders.run(agency, dt.date.fromisoformat(when), actor=actor, url=url)
    progress(1, 1, None)
    return result


def interest_job(progress: Progress, agency: str, when: str, actor: str, url: str | None = None) -> dict[str, Any]:
    progress(0, 1, "interest")
    result = interest_run.run(agency, when, actor=actor, url=url)
    progress(1, 1, None)
    return result


def collection_job(progress: Progress, agency: str, when: str, actor: str, url: str | None = None) -> dict[str, Any]:
    progress(0, 1, "collection")
    result = collection.run(agency, dt.date.fromisoformat(when), actor=actor, url=url)
    progress(1, 1, None)
    return result


RUNS: dict[str, Callable[..., dict[str, Any]]] = {"reminders": reminder_job, "interest": interest_job,
                                                  "collection": collection_job}


def queue_run(session: Session, kind: str, agency: Agency, when: str, actor: str) -> tuple[Job, bool]:
    """Queue a run (a date, or a period YYYY-MM for interest) for a worker; (job, False) when the same run is
    already queued or running."""
    key = f"{kind}|{agency.code}|{when}"
    return jobs.enqueue(session, kind, key, RUNS[kind], {"agency": agency.code, "when": when, "actor": actor},
                        actor, agency.id)
