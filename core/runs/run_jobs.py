"""The runs as jobs (core.platform.jobs): what the web queues when a clerk presses "Kör"/"Suorita"/"Run" and a
worker process then does. Each is the same run the CLI does synchronously (claimed once per agency and date or
period by core.platform.claims), so a job that is repeated after a crash never doubles a reminder or an invoice.
The key of a job names the run, so a second click while it is queued or running shows the same job."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlmodel import Session, col, select

from core.billing.delivery import channels
from core.billing.models import Invoice
from core.kernel.types import stored_id
from core.platform import claims, db, jobs
from core.platform.models import Job
from core.registers import register as registers
from core.registers.models import Agency
from core.requests import schedule as batching
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


def delivery_job(progress: Progress, agency: str, when: str, actor: str, url: str | None = None) -> dict[str, Any]:
    """Deliver the agency's issued, undelivered documents (Peppol, Finvoice, print; core.billing.delivery.channels
    records each once), under the same lock as the scheduler's delivery so two never deliver at once."""
    progress(0, 1, "delivery")
    with claims.job_lock("job", "delivery", url=url) as got:
        if not got:
            raise RuntimeError("another process is delivering now; run it again in a moment")
        with db.session_scope(url) as s:
            a = registers.agency_by_code(s, agency)
            made = channels.run(s, actor=actor, day=dt.date.fromisoformat(when), agency_id=a.id)
            numbers = {i.id: i.number for i in s.exec(
                select(Invoice).where(col(Invoice.id).in_([d.record.invoice_id for d in made])))}
            documents = [{"number": numbers.get(d.record.invoice_id), "channel": d.record.channel}
                         for d in made if d.created]  # one delivered meanwhile by another process is not listed
    progress(1, 1, None)
    return {"count": len(documents), "documents": documents}


def delivery_preview(session: Session, agency: Agency) -> dict[str, Any]:
    """What a delivery run would send now: the agency's issued documents not delivered yet, with their channel."""
    todo = channels.undelivered(session, agency.id)
    return {"count": len(todo), "documents": [{"number": i.number, "customer": (i.customer_snapshot or {}).get("name"),
                                               "total": i.total, "channel": channels.choose_channel(i)}
                                              for i in todo[:500]]}


def batch_job(progress: Progress, agency: str, when: str, actor: str, url: str | None = None) -> dict[str, Any]:
    """Run the agency's latest due invoicing slot now (core.requests.schedule: the slot is claimed once, so the
    scheduler and a clerk never both issue it)."""
    progress(0, 1, "batch")
    with db.session_scope(url) as s:
        a = registers.agency_by_code(s, agency)
        sched = batching.parse_schedule(a.invoicing_schedule)
        slot_at = None if sched.kind == "continuous" else batching.last_slot(sched, batching.local_now(a))
        slot = batching.claim_slot(s, a, slot_at) if slot_at is not None else None
        if slot is None:
            result: dict[str, Any] = {"already_run": slot_at is not None, "count": 0}
        else:
            summary = batching.run_slot(s, a, slot, actor)
            result = {"count": summary["issued_count"], "slot": summary["slot"], "issued": summary["issued"],
                      "held": [{"customer": h.get("customer"), "reason": h.get("reason")}
                               for h in summary["held_back"]]}
    progress(1, 1, None)
    return result


def batch_preview(session: Session, agency: Agency) -> dict[str, Any]:
    """What the invoicing slot would issue now: the agency's invoices queued before its latest due slot."""
    sched = batching.parse_schedule(agency.invoicing_schedule)
    slot_at = None if sched.kind == "continuous" else batching.last_slot(sched, batching.local_now(agency))
    entries = batching.queued(session, stored_id(agency), slot_at) if slot_at is not None else []
    invoices = {i.id: i for i in session.exec(select(Invoice).where(
        col(Invoice.id).in_([e.invoice_id for e in entries])))} if entries else {}
    rows = [{"customer": (inv.customer_snapshot or {}).get("name"), "total": inv.total, "currency": inv.currency}
            for e in entries if (inv := invoices.get(e.invoice_id)) is not None]
    return {"count": len(rows), "queued": rows}


RUNS: dict[str, Callable[..., dict[str, Any]]] = {"reminders": reminder_job, "interest": interest_job,
                                                  "collection": collection_job, "delivery": delivery_job,
                                                  "batch": batch_job}


def queue_run(session: Session, kind: str, agency: Agency, when: str, actor: str) -> tuple[Job, bool]:
    """Queue a run (a date, or a period YYYY-MM for interest) for a worker; (job, False) when the same run is
    already queued or running."""
    key = f"{kind}|{agency.code}|{when}"
    return jobs.enqueue(session, kind, key, RUNS[kind], {"agency": agency.code, "when": when, "actor": actor},
                        actor, agency.id)
