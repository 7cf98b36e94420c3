"""Jobs: long work a person starts (a reminder or interest run, an import, a delivery) is queued here by the web
and done by a worker process (`reskontra worker`), so no web request waits for minutes and a second click cannot
start a second run.

* `enqueue` stores the job with its key (what it does); while a job with the same key is queued or running, the
  unique `active_key` makes `enqueue` return that job instead of a new one.
* `claim_next` takes the oldest queued job with a conditional UPDATE that exactly one worker wins; a running job
  whose worker has been silent for LEASE (it died) is taken over. The work itself is still claimed by its own rules
  (a run by core.platform.claims), so redoing an interrupted job never doubles anything.
* The job's function gets a `Progress` it may call (`progress(done, total, note)`); the web reads it.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from apscheduler.util import obj_to_ref, ref_to_obj
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.kernel.jsonenc import jsonable
from core.platform import db
from core.platform.claims import worker_name
from core.platform.models import Job

LEASE = dt.timedelta(minutes=10)
_t = Job.__table__


class Progress:
    """Writes a job's progress in short transactions of its own, at most once a second (the last call always)."""

    def __init__(self, job_id: int, url: str | None = None) -> None:
        self.job_id, self.url, self._last = job_id, url, 0.0

    def __call__(self, done: int, total: int, note: str | None = None) -> None:
        now = time.monotonic()
        if now - self._last < 1.0 and done < total:
            return
        self._last = now
        with db.session_scope(self.url) as s:
            s.execute(sa.update(_t).where(_t.c.id == self.job_id).values(
                progress_done=done, progress_total=total, progress_note=note, heartbeat_at=utcnow()))


def enqueue(session: Session, kind: str, key: str, func: Callable[..., dict[str, Any]], params: dict[str, Any],
            actor: str, agency_id: int | None = None) -> tuple[Job, bool]:
    """(the job, True) when queued now, (the job under way, False) when one with this key is queued or running."""
    active = session.exec(select(Job).where(col(Job.active_key) == key)).first()
    if active is not None:
        return active, False
    job = Job(kind=kind, key=key, active_key=key, ref=obj_to_ref(func), params=jsonable(params), agency_id=agency_id,
              created_by=actor)
    try:
        with session.begin_nested():
            session.add(job)
            session.flush()
    except IntegrityError:  # queued by somebody else a moment ago
        return session.exec(select(Job).where(col(Job.active_key) == key)).one(), False
    return job, True


def claim_next(url: str | None = None) -> int | None:
    """The id of a job this worker now runs, or None when nothing waits."""
    now = utcnow()
    takeable = sa.or_(_t.c.status == "queued", sa.and_(_t.c.status == "running", _t.c.heartbeat_at < now - LEASE))
    with db.session_scope(url) as s:
        candidates = s.execute(sa.select(_t.c.id).where(takeable).order_by(_t.c.id).limit(5)).scalars().all()
    for job_id in candidates:
        with db.session_scope(url) as s:
            won = s.exec(sa.update(_t).where(_t.c.id == job_id, takeable).values(
                status="running", worker=worker_name(), started_at=now, heartbeat_at=now))
            if won.rowcount == 1:
                return int(job_id)
    return None


def run(job_id: int, url: str | None = None) -> str:
    """Do a claimed job; its status afterwards (done | failed). A failure keeps the error for the person."""
    with db.session_scope(url) as s:
        job = s.get(Job, job_id)
        assert job is not None  # claimed a moment ago
        ref, params = job.ref, dict(job.params or {})
    try:
        result = ref_to_obj(ref)(progress=Progress(job_id, url), url=url, **params)
        values: dict[str, Any] = {"status": "done", "result": jsonable(result or {}), "error": None}
    except Exception as exc:  # any failure of the work is the job's outcome, shown to the person who started it
        values = {"status": "failed", "error": f"{type(exc).__name__}: {exc}"[:2000]}
    with db.session_scope(url) as s:
        s.execute(sa.update(_t).where(_t.c.id == job_id).values(active_key=None, finished_at=utcnow(), **values))
    return str(values["status"])


def run_pending(url: str | None = None, limit: int | None = None) -> int:
    """Claim and do queued jobs until none is left (or `limit`); how many this call did (the worker's job)."""
    done = 0
    while limit is None or done < limit:
        job_id = claim_next(url)
        if job_id is None:
            break
        run(job_id, url)
        done += 1
    return done


def get(session: Session, job_id: int) -> Job | None:
    return session.get(Job, job_id)
