"""The agreed invoicing schedule: each agency's complete requests wait for its next invoicing slot and are issued
together as one batch, with one summary to the agency (counts, totals, anything held back and why). Urgent
requests and "continuous" agencies are issued at once.

Schedules (Agency.invoicing_schedule), times in the agency's local time (Europe/Stockholm, Europe/Helsinki):
    continuous                   issue at once
    daily 14:00                  every day
    weekly mon,thu 14:00         on the named weekdays (mon tue wed thu fri sat sun; sv/fi names too)
    monthly last 14:00           on the last day of the month; `monthly 1,15 14:00` on given days

A slot runs once even with several workers: `run_due_slots` claims it with a unique BatchSlot row per
(agency, slot time) inserted under a savepoint — a second worker's insert fails (or waits for the first commit and
then fails) and it does nothing.

How requests get queued: core.requests.invoicing.make_invoice asks `should_wait(agency, urgent)` for every
complete request (from any source, at once or after an answer) and, when it must wait, keeps the invoice a draft
queued in BatchEntry (`queue_invoice`, status `queued`) for the slot. An urgent request is created by
core.requests.lifecycle.submit(..., urgent=True).
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from core.billing import issuing
from core.billing.models import Invoice
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.money import ZERO, money_str
from core.kernel.types import stored_id
from core.platform import audit, correspondence
from core.platform.claims import worker_name
from core.registers.models import Agency, AgencySender
from core.registers.register import get_agency
from core.requests.models import BatchEntry, BatchSlot, InvoiceRequest, Question

DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
        "mån": 0, "tis": 1, "ons": 2, "tor": 3, "fre": 4, "lör": 5, "sön": 6,
        "ma": 0, "ti": 1, "ke": 2, "to": 3, "pe": 4, "la": 5, "su": 6}
TIMEZONES = {"SE": "Europe/Stockholm", "FI": "Europe/Helsinki"}
_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
OPEN_DRAFT = ("draft", "held")  # a queued invoice still to issue; any other status was settled before its slot


@dataclass(frozen=True)
class Schedule:
    kind: str  # continuous | daily | weekly | monthly
    time: dt.time | None = None
    weekdays: tuple[int, ...] = ()
    days: tuple[int, ...] = ()  # day of month; 0 = last


def parse_schedule(text: str | None) -> Schedule:
    parts = (text or "continuous").strip().lower().split()
    if not parts or parts == ["continuous"]:
        return Schedule("continuous")
    kind = parts[0]

    def at(tok: str) -> dt.time:
        m = _TIME_RE.match(tok)
        if not m:
            raise ValidationError(f"not a time HH:MM: {tok!r}", "invoicing_schedule")
        return dt.time(int(m.group(1)), int(m.group(2)))

    if kind == "daily" and len(parts) == 2:
        return Schedule("daily", at(parts[1]))
    if kind == "weekly" and len(parts) == 3:
        try:
            days = tuple(sorted({DAYS[d] for d in parts[1].split(",")}))
        except KeyError as exc:
            raise ValidationError(f"unknown weekday {exc.args[0]!r}", "invoicing_schedule") from None
        return Schedule("weekly", at(parts[2]), weekdays=days)
    if kind == "monthly" and len(parts) == 3:
        return Schedule("monthly", at(parts[2]), days=_month_days(parts[1]))
    raise ValidationError(f"unknown invoicing schedule {text!r} (continuous | daily HH:MM | weekly mon,thu HH:MM | "
                          "monthly last HH:MM)", "invoicing_schedule")


def _month_days(text: str) -> tuple[int, ...]:
    """Days of the month ("last" = 0) from "1,15" or "last"."""
    days: set[int] = set()
    for d in text.split(","):
        if d in ("last", "sista", "viimeinen"):
            days.add(0)
        elif d.isdigit() and 1 <= int(d) <= 31:
            days.add(int(d))
        else:
            raise ValidationError(f"not a day of the month: {d!r}", "invoicing_schedule")
    return tuple(sorted(days))


def _slots_on(s: Schedule, day: dt.date) -> bool:
    if s.kind == "daily":
        return True
    if s.kind == "weekly":
        return day.weekday() in s.weekdays
    if s.kind == "monthly":
        last = _cal.monthrange(day.year, day.month)[1]
        return any((d == 0 and day.day == last) or (d and min(d, last) == day.day) for d in s.days)
    return False


def _scan(schedule: str | Schedule, now: dt.datetime, step: int) -> dt.datetime | None:
    """The nearest slot from `now` on (step 1) or back (step -1), within about a year; None for continuous."""
    s = schedule if isinstance(schedule, Schedule) else parse_schedule(schedule)
    if s.kind == "continuous" or s.time is None:
        return None
    day = now.date()
    for _ in range(400):
        if _slots_on(s, day):
            cand = dt.datetime.combine(day, s.time, tzinfo=now.tzinfo)
            if (cand - now) * step >= dt.timedelta(0):
                return cand
        day += dt.timedelta(days=step)
    return None


def next_slot(schedule: str | Schedule, now: dt.datetime) -> dt.datetime | None:
    """The first slot at or after `now` (same tz-awareness as `now`); None for a continuous schedule."""
    s = schedule if isinstance(schedule, Schedule) else parse_schedule(schedule)
    found = _scan(s, now, 1)
    if found is None and s.kind != "continuous":
        raise DomainError(f"no slot within a year for schedule {schedule!r}")
    return found


def last_slot(schedule: str | Schedule, now: dt.datetime) -> dt.datetime | None:
    """The latest slot at or before `now`; None for continuous (or none within a year)."""
    return _scan(schedule, now, -1)


def is_continuous(agency: Agency) -> bool:
    return parse_schedule(agency.invoicing_schedule).kind == "continuous"


def local_now(agency: Agency, now: dt.datetime | None = None) -> dt.datetime:
    """`now` in the agency's local time, naive (naive input is taken as local already)."""
    now = now or utcnow()
    if now.tzinfo is None:
        return now
    return now.astimezone(ZoneInfo(TIMEZONES.get(agency.country, "Europe/Stockholm"))).replace(tzinfo=None)


# ---------------------------------------------------------------- queueing

def should_wait(agency: Agency, urgent: bool = False) -> bool:
    """Whether a complete request's invoice waits for the agency's next invoicing slot instead of being issued
    at once: for an auto-issuing agency on a schedule, unless the request is urgent. (An agency that reviews
    every invoice gets it held for review whatever its schedule.)"""
    return not urgent and agency.auto_issue and not is_continuous(agency)


def to_utc(agency: Agency, t: dt.datetime | None) -> dt.datetime:
    """An aware UTC time; a naive `t` is the agency's local time."""
    if t is None:
        return utcnow()
    if t.tzinfo is None:
        t = t.replace(tzinfo=ZoneInfo(TIMEZONES.get(agency.country, "Europe/Stockholm")))
    return t.astimezone(dt.UTC)


def queue_invoice(session: Session, inv: Invoice, request_id: int | None = None,
                  actor: str = "system", now: dt.datetime | None = None) -> BatchEntry:
    """Queue a draft invoice for its agency's next slot (`now`: when it was queued; naive = agency-local)."""
    if inv.status not in ("draft", "held"):
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}; only drafts wait for a slot")
    if inv.id is None:
        raise DomainError("only a stored draft can wait for a slot")
    entry = session.exec(select(BatchEntry).where(BatchEntry.invoice_id == inv.id)).first()
    if entry is None:
        agency = get_agency(session, inv.agency_id)
        entry = BatchEntry(agency_id=inv.agency_id, invoice_id=inv.id, request_id=request_id,
                           queued_at=to_utc(agency, now))
        session.add(entry)
        audit.record(session, actor, "batch.queued", "invoice", inv.id, inv.agency_id, inv.source,
                     request_id=request_id)
    inv.status, inv.hold_reason = "draft", None
    session.add(inv)
    session.flush()
    return entry


def queued(session: Session, agency_id: int, until: dt.datetime | None = None) -> list[BatchEntry]:
    """Queued entries of an agency; with `until` (agency-local naive) only those queued at or before it."""
    rows = list(session.exec(select(BatchEntry).where(BatchEntry.agency_id == agency_id,
                                                      BatchEntry.status == "queued").order_by(col(BatchEntry.id))))
    if until is None:
        return rows
    agency = get_agency(session, agency_id)
    limit = to_utc(agency, until)
    return [e for e in rows if (e.queued_at if e.queued_at.tzinfo else
                                e.queued_at.replace(tzinfo=dt.UTC)) <= limit]


# ---------------------------------------------------------------- running slots

def claim_slot(session: Session, agency: Agency, slot_at: dt.datetime, worker: str | None = None) -> BatchSlot | None:
    """Insert the slot's claim row (slot_at: agency-local, naive; stored in UTC); None when another worker has
    (or had) it."""
    slot_at = to_utc(agency, slot_at)
    if session.exec(select(BatchSlot.id).where(BatchSlot.agency_id == agency.id,
                                               BatchSlot.slot_at == slot_at)).first():
        return None
    nested = session.begin_nested()
    row = BatchSlot(agency_id=stored_id(agency), slot_at=slot_at, worker=worker or worker_name())
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        nested.rollback()
        return None
    nested.commit()
    return row


def run_slot(session: Session, agency: Agency, slot: BatchSlot, actor: str = "batch") -> dict[str, Any]:
    """Issue every queued invoice of the agency; summary with counts, totals and what was held back and why."""
    at = slot.slot_at if slot.slot_at.tzinfo else slot.slot_at.replace(tzinfo=dt.UTC)
    slot_local = local_now(agency, at)
    issued: list[dict[str, Any]] = []
    held: list[dict[str, Any]] = []
    totals: dict[str, dict[str, Decimal]] = {}
    entries = queued(session, stored_id(agency), slot_local)
    requests = _requests_of(session, agency)  # before the entries are no longer queued
    invoices = _issue_entries(session, agency, entries, slot, actor)
    changed: list[InvoiceRequest] = []
    for entry, inv in zip(entries, invoices):
        req = requests.get(entry.request_id) if entry.request_id else None
        customer = (inv.customer_snapshot or {}).get("name")
        if entry.status == "skipped":  # issued by hand before the slot: its request follows its invoice
            if req and inv.number:
                req.status, req.hold_reason = "invoiced", None
                changed.append(req)
            continue
        if inv.status == "issued":
            t = totals.setdefault(inv.currency, {"net": ZERO, "vat": ZERO, "total": ZERO})
            t["net"] += inv.net_total
            t["vat"] += inv.vat_total
            t["total"] += inv.total
            issued.append({"invoice": inv.number, "customer": customer, "total": money_str(inv.total),
                           "currency": inv.currency, "request": req.token if req else None})
        else:
            held.append({"request": req.token if req else None, "invoice_id": inv.id, "customer": customer,
                         "reason": inv.hold_reason})
        if req:
            req.status = "invoiced" if inv.status == "issued" else "held"
            req.hold_reason = None if inv.status == "issued" else inv.hold_reason
            changed.append(req)
    _save(session, InvoiceRequest, changed, ("status", "hold_reason"))
    held += _held_back(session, agency, {h["request"] for h in held})
    summary = {"agency": agency.code, "slot": slot_local.isoformat(timespec="minutes"),
               "issued_count": len(issued), "held_count": len(held), "issued": issued, "held_back": held,
               "totals": {c: {k: money_str(v) for k, v in t.items()} for c, t in totals.items()}}
    slot.summary, slot.status, slot.finished_at = summary, "done", utcnow()
    session.add(slot)
    audit.record(session, actor, "batch.slot", "agency", agency.id, agency.id, "run",
                 slot=summary["slot"], issued=len(issued), held=len(held))
    if issued or any(h.get("invoice_id") and not str(h["reason"]).startswith("waiting") for h in held):
        _summary_mail(session, agency, slot, summary)
    session.flush()
    return summary


def _issue_entries(session: Session, agency: Agency, entries: list[BatchEntry], slot: BatchSlot,
                   actor: str) -> list[Invoice]:
    """Issue the queued invoices in queue order, set-based (core.billing.issuing.issue_stored: the numbers,
    references, vouchers and events `issue` would give one by one); one a check objects to — or that cannot be
    issued — is held with the reason, the others issue. An entry whose invoice a clerk already issued (or
    cancelled) by hand while it waited is skipped, not held: there is nothing left to issue. Each entry records
    its invoice's outcome."""
    loaded = {inv.id: inv for inv in session.exec(
        select(Invoice).join(BatchEntry, col(BatchEntry.invoice_id) == col(Invoice.id))
        .where(BatchEntry.agency_id == agency.id, BatchEntry.status == "queued"))}
    settled = {i for i, inv in loaded.items() if inv.status not in OPEN_DRAFT}
    invoices = []
    for entry in entries:
        inv = loaded.get(entry.invoice_id)
        if inv is None:
            raise NotFound(f"no invoice {entry.invoice_id} for batch entry {entry.id}", "invoice")
        invoices.append(inv)
    issuing.issue_stored(session, agency, [i for i in invoices if i.status in OPEN_DRAFT], actor, hold_failures=True)
    for entry, inv in zip(entries, invoices):
        entry.slot_id = slot.id
        if entry.invoice_id in settled:
            entry.status, entry.reason = "skipped", f"already {inv.status} before the slot"
        elif inv.status == "issued":
            entry.status, entry.reason = "issued", None
        else:
            entry.status, entry.reason = "held", inv.hold_reason
    _save(session, BatchEntry, entries, ("slot_id", "status", "reason"))
    return invoices


def _requests_of(session: Session, agency: Agency) -> dict[int | None, InvoiceRequest]:
    """The agency's requests with a queued batch entry, by id (one query, however many)."""
    return {req.id: req for req in session.exec(
        select(InvoiceRequest).join(BatchEntry, col(BatchEntry.request_id) == col(InvoiceRequest.id))
        .where(BatchEntry.agency_id == agency.id, BatchEntry.status == "queued"))}


def _save(session: Session, model: type[BatchEntry] | type[InvoiceRequest], rows: list[Any],
          columns: tuple[str, ...]) -> None:
    """Write these columns of loaded rows with one UPDATE executed for all of them (the ORM's flush would issue
    one per run of rows that changed the same columns), and tell the session they are saved."""
    if not rows:
        return
    table = model.__table__
    with session.no_autoflush:  # else the ORM would write these rows first, its own way
        session.execute(sa.update(table).where(table.c.id == sa.bindparam("_id"))
                        .values({name: sa.bindparam(f"v_{name}") for name in columns}),
                        [{"_id": row.id, **{f"v_{name}": getattr(row, name) for name in columns}} for row in rows])
    for row in rows:
        for name in columns:
            set_committed_value(row, name, getattr(row, name))


def _held_back(session: Session, agency: Agency, listed: set[str | None]) -> list[dict[str, Any]]:
    """The agency's other requests still waiting for an answer or held, with why (for the summary)."""
    out: list[dict[str, Any]] = []
    for req in session.exec(select(InvoiceRequest).where(
            InvoiceRequest.agency_id == agency.id,
            col(InvoiceRequest.status).in_(("waiting_for_answer", "held"))).order_by(col(InvoiceRequest.id))):
        if req.token in listed:
            continue
        if req.status == "waiting_for_answer":
            paths = [q.path for q in session.exec(select(Question).where(Question.request_id == req.id,
                                                                         Question.status == "open"))]
            reason = "waiting for an answer: " + ", ".join(paths)
        else:
            reason = req.hold_reason or "held"
        out.append({"request": req.token, "invoice_id": req.invoice_id,
                    "customer": (req.data.get("customer") or {}).get("name"), "reason": reason})
    return out


def run_due_slots(session: Session, now: dt.datetime | None = None, actor: str = "batch") -> list[dict[str, Any]]:
    """For the scheduler: every scheduled agency whose latest slot (at or before `now`, agency-local time) has not
    run yet: claim it and issue its queue. Returns the summaries of the slots run by this call."""
    out = []
    for agency in session.exec(select(Agency).order_by(Agency.code)).all():
        try:
            sched = parse_schedule(agency.invoicing_schedule)
        except ValidationError:
            continue
        if sched.kind == "continuous":
            continue
        slot_at = last_slot(sched, local_now(agency, now))
        if slot_at is None:
            continue
        slot = claim_slot(session, agency, slot_at)
        if slot is None:
            continue
        out.append(run_slot(session, agency, slot, actor))
    return out


def _summary_mail(session: Session, agency: Agency, slot: BatchSlot, summary: dict[str, Any]) -> None:
    """The slot's summary to whoever asked for its requests by mail, else to the agency's first sender."""
    reqs = {e.request_id for e in session.exec(select(BatchEntry).where(BatchEntry.slot_id == slot.id))}
    to = sorted({r.requested_by for r in session.exec(select(InvoiceRequest).where(
        col(InvoiceRequest.id).in_([i for i in reqs if i]))) if r.requested_by})
    if not to:
        to = sorted(session.exec(select(AgencySender.email).where(AgencySender.agency_id == agency.id)).all())[:1]
    lines = [f"Faktureringsomgång / Laskutuserä / Invoicing batch {summary['slot']} — {agency.name}", "",
             f"Utställda / Laskutettu / Issued: {summary['issued_count']}"]
    lines += [f"  {i['invoice']}  {i['customer']}  {i['total']} {i['currency']}"
              + (f"  ({i['request']})" if i["request"] else "") for i in summary["issued"]]
    for cur, t in summary["totals"].items():
        lines.append(f"Summa / Yhteensä / Total {cur}: net {t['net']}, VAT {t['vat']}, total {t['total']}")
    lines += ["", f"Väntar / Odottaa / Held back: {summary['held_count']}"]
    lines += [f"  {h['request'] or h['invoice_id']}  {h['customer'] or ''}: {h['reason']}"
              for h in summary["held_back"]]
    correspondence.record_notice(session, agency, "batch_summary", f"BATCH-{agency.code}-{slot.id}",
                                 ", ".join(to) or None, slot_id=slot.id,
                                 subject=f"Faktureringsomgång {summary['slot']} — {agency.code}",
                                 body="\n".join(lines) + "\n")
