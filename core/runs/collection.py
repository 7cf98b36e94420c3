"""Hand-over to debt collection (inkasso / perintä) and the status of each case.

* An invoice becomes a collection case when it is still open `agency.collection_days` days after the payment
  date of its last reminder (a reminder must have been sent), and it is not disputed or already in collection.
* Claims on other Swedish state agencies are never handed to collection (förordning 1993:1138, domain-facts §7.2):
  a customer of kind "public" with a Swedish organisation number 2021xx-xxxx (the state's number series) is left
  out with that reason; settle such receivables between the agencies (keep intra-state receivables separate).
  Municipalities/regions (212000-..., 232100-...) are not state agencies and are handed over.
* The run writes one CSV and one JSON file (debtor, claim, interest accrued but not invoiced, reminder fees,
  history) to outbox_dir("collection"), creates a CollectionCase per invoice and marks the invoice
  collection_status = "handed_over": from then on core.runs.reminders and core.runs.interest_run leave it alone.
* `update_status` records the collection agency's status changes in the case history (and on the invoice).
The run is claimed in the database (core.platform.claims) per agency and date.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections import defaultdict
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.cells import csv_writer
from core.kernel.clock import utcnow
from core.kernel.errors import NotFound, ValidationError
from core.kernel.money import ZERO, money_str
from core.kernel.vocabulary import COLLECTION_STATUSES
from core.payments.models import Allocation
from core.platform import audit, bulk, db, settings
from core.platform import claims as runs
from core.platform.models import RunRecord
from core.registers import register as registers
from core.registers.models import Agency, Customer
from core.runs.interest import interest_on_payments
from core.runs.models import CollectionCase, InterestCharge, Reminder
from core.runs.rate_overrides import rate_table
from core.runs.rates import RateNotKnownError, RateTable

KIND = "collection"
STATUSES = COLLECTION_STATUSES
_inv, _rem, _al = Invoice.__table__.c, Reminder.__table__.c, Allocation.__table__.c


def is_swedish_state_agency(kind: str | None, country: str | None, org_no: str | None) -> bool:
    digits = re.sub(r"\D", "", org_no or "")
    return kind == "public" and (country or "SE") == "SE" and digits.startswith("2021")


def plan(session: Session, agency: Agency, date: dt.date) -> dict:
    """The invoices to hand over on `date`, with claim, accrued interest, fees and (for the export) history. A
    fixed number of statements however many cases: the candidates in one query, then their interest charges,
    payments and reminders each in one query per 500 invoices (`_Facts`)."""
    last = (sa.select(_rem.invoice_id, sa.func.max(_rem.due_date).label("due"), sa.func.sum(_rem.fee).label("fees"),
                      sa.func.count().label("n"))
            .where(_rem.agency_id == agency.id).group_by(_rem.invoice_id).subquery())
    limit = date - dt.timedelta(days=agency.collection_days)
    q = (sa.select(Invoice, Customer, last.c.due, last.c.fees, last.c.n)
         .join(last, last.c.invoice_id == _inv.id).join(Customer, col(Customer.id) == _inv.customer_id)
         .where(_inv.agency_id == agency.id, _inv.status == "issued", _inv.open_amount > 0,
                _inv.disputed.is_(False), _inv.collection_status.is_(None), last.c.due < limit)
         .order_by(_inv.due_date, _inv.id))
    cases: list[dict] = []
    skipped: list[dict] = []
    rows = session.execute(q).all()
    facts = _Facts(session, [inv.id for inv, cust, *_ in rows
                             if not is_swedish_state_agency(cust.kind, cust.country, cust.org_no)])
    rates: RateTable | None = None
    for inv, cust, rem_due, fees, n in rows:
        if is_swedish_state_agency(cust.kind, cust.country, cust.org_no):
            skipped.append({"invoice": inv.number, "reason": "claim on another state agency: must not go to debt "
                            "collection (förordning 1993:1138); settle between the agencies"})
            continue
        fees = fees or ZERO
        claim = max(inv.open_amount - fees, ZERO)
        interest = ZERO
        if not cust.no_interest and inv.kind == "invoice":
            rates = rates or rate_table(session)
            try:
                interest = _accrued_interest(agency, inv, cust, date, rates, facts)
            except RateNotKnownError as exc:
                skipped.append({"invoice": inv.number, "reason": str(exc)})
                continue
        cases.append({"invoice": inv, "customer": cust, "claim": claim, "interest": interest, "fees": fees,
                      "reminders": n, "reminder_due": rem_due, "history": _history(inv, facts)})
    return {"cases": cases, "skipped": skipped}


class _Facts:
    """What the cases need from other tables, read for all candidate invoices at once: the last interest day
    charged, the payments (allocations) and the reminders per invoice."""

    def __init__(self, session: Session, ids: list[int | None]) -> None:
        _ch = InterestCharge.__table__.c
        self.charged_to: dict[int, dt.date] = {}
        self.payments: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
        self.reminders: dict[int, list[tuple[int, dt.date, Decimal, dt.date]]] = defaultdict(list)
        for part in bulk.chunks([i for i in ids if i is not None]):
            self.charged_to.update(session.execute(
                sa.select(_ch.source_invoice_id, sa.func.max(_ch.to_date))
                .where(_ch.source_invoice_id.in_(part)).group_by(_ch.source_invoice_id)).all())
            for inv_id, day, amount in session.execute(
                    sa.select(_al.invoice_id, _al.payment_date, _al.amount).where(_al.invoice_id.in_(part))
                    .order_by(_al.invoice_id, _al.payment_date, _al.id)):
                self.payments[inv_id].append((day, amount))
            for inv_id, no, sent, fee, pay_by in session.execute(
                    sa.select(_rem.invoice_id, _rem.reminder_no, _rem.reminder_date, _rem.fee, _rem.due_date)
                    .where(_rem.invoice_id.in_(part)).order_by(_rem.invoice_id, _rem.reminder_no)):
                self.reminders[inv_id].append((no, sent, fee, pay_by))


def _accrued_interest(agency: Agency, inv: Invoice, cust: Customer, date: dt.date, rates: RateTable,
                      facts: _Facts) -> Decimal:
    """Interest accrued on the invoice up to `date` and not invoiced yet (from the day after the last charge)."""
    assert inv.id is not None  # a stored invoice
    charged_to = facts.charged_to.get(inv.id)
    due = _due_date(inv)
    start = max(due, charged_to) if charged_to else due
    if date <= start:
        return ZERO
    pays = [(d, a) for d, a in facts.payments.get(inv.id, []) if d <= date]
    balance = inv.total - sum((a for d, a in pays if d <= start), ZERO)
    if balance <= 0:
        return ZERO
    later = [(d, a) for d, a in pays if d > start]
    return interest_on_payments(agency.country, balance, start, later, until=date, rates=rates,
                                b2b=agency.b2b_interest and cust.kind != "private").total


def _due_date(inv: Invoice) -> dt.date:
    """An issued invoice always has a due date (it was reminded after it); one without is an error in the data."""
    if inv.due_date is None:
        raise ValidationError(f"invoice {inv.number} has no due date", "due_date")
    return inv.due_date


def _history(inv: Invoice, facts: _Facts) -> list[dict]:
    assert inv.id is not None  # a stored invoice
    events: list[dict[str, str | None]] = [
        {"date": inv.invoice_date.isoformat(), "event": "invoiced", "amount": money_str(inv.total)},
        {"date": _due_date(inv).isoformat(), "event": "due"}]
    for no, sent, fee, pay_by in facts.reminders.get(inv.id, []):
        events.append({"date": sent.isoformat(), "event": f"reminder {no}", "fee": money_str(fee),
                       "pay_by": pay_by.isoformat()})
    for d, a in facts.payments.get(inv.id, []):
        events.append({"date": d.isoformat(), "event": "payment", "amount": money_str(a)})
    return sorted(events, key=lambda e: e["date"])


def _case_row(c: dict, case_no: str | None) -> dict:
    inv, cust = c["invoice"], c["customer"]
    return {"case": case_no, "invoice": inv.number, "customer": cust.customer_number,
            "claim": money_str(c["claim"]), "interest": money_str(c["interest"]), "fees": money_str(c["fees"]),
            "total": money_str(c["claim"] + c["interest"] + c["fees"]), "currency": inv.currency}


def run(agency_code: str, date: dt.date | None = None, dry_run: bool = False, actor: str = "system",
        url: str | None = None) -> dict:
    """A collection run: a dry run lists what would be handed over; a real run is claimed once per agency and
    date, and running it again returns the cases it handed over then."""
    date = date or dt.date.today()
    with db.session_scope(url) as session:
        agency = registers.agency_by_code(session, agency_code)
        session.expunge(agency)
        if dry_run:
            p = plan(session, agency, date)
            return {"agency": agency.code, "date": date, "dry_run": True, "run_id": None,
                    "cases": [_case_row(c, None) for c in p["cases"]], "skipped": p["skipped"],
                    "count": len(p["cases"]), "files": []}
    cl = runs.claim(KIND, agency.code, date.isoformat(), date, agency.id, url=url)
    with runs.work_transaction(cl.record_id, url) as session:
        if session is not None:
            return _hand_over(session, agency, date, cl.record_id, actor)
    return _recorded(agency, date, cl.record_id, url)


def _hand_over(session: Session, agency: Agency, date: dt.date, run_id: int, actor: str) -> dict:
    """Create the cases, mark their invoices handed over, write the export files, and finish the run record."""
    agency_id = agency.id
    assert agency_id is not None  # the agency of a claimed run is in the register
    p = plan(session, agency, date)
    rows, export, cases = [], [], []
    for c in p["cases"]:
        inv, cust = c["invoice"], c["customer"]
        case_no = f"{agency.code}-{inv.number}"
        history = c["history"] + [{"date": date.isoformat(), "event": "handed_over"}]
        cases.append(dict(case_no=case_no, run_id=run_id, agency_id=agency_id, invoice_id=inv.id,
                          customer_id=cust.id, status="handed_over", handed_over_on=date, claim=c["claim"],
                          interest=c["interest"], fees=c["fees"], currency=inv.currency, history=history))
        rows.append(_case_row(c, case_no))
        export.append(_export_record(agency, c, case_no, history))
    files = _write_files(agency, date, run_id, export) if export else []
    # set-based: the cases in one insert (with their files), their invoices marked in one update per 500
    bulk.bulk_insert(session, CollectionCase, [dict(case, files=files) for case in cases])
    ids = [c["invoice"].id for c in p["cases"]]
    for part in bulk.chunks(ids):
        session.execute(sa.update(Invoice.__table__).where(_inv.id.in_(part)).values(collection_status="handed_over"))
    for c in p["cases"]:  # the ORM copies read by plan() must not keep the old status
        session.expire(c["invoice"], ["collection_status"])
    res = {"agency": agency.code, "date": date, "dry_run": False, "run_id": run_id, "cases": rows,
           "skipped": p["skipped"], "count": len(rows), "files": files}
    runs.mark(session, run_id, "done", {"count": len(rows), "files": files, "skipped": p["skipped"]})
    audit.record(session, actor, "collection.run", "runrecord", run_id, agency_id, "run",
                 date=date, count=len(rows))
    return res


def _recorded(agency: Agency, date: dt.date, run_id: int, url: str | None) -> dict:
    """What a run that exists already handed over (it hands over nothing again)."""
    with db.session_scope(url) as session:
        rec = session.get(RunRecord, run_id)
        if rec is None:
            raise NotFound(f"no run record {run_id}", "run")
        cases = session.exec(select(CollectionCase).where(col(CollectionCase.run_id) == run_id)
                             .order_by(col(CollectionCase.id))).all()
        rows = [case_dict(session, c) for c in cases]
        summary = rec.summary or {}
    return {"agency": agency.code, "date": date, "dry_run": False, "run_id": run_id, "cases": rows,
            "skipped": summary.get("skipped", []), "count": len(rows), "files": summary.get("files", []),
            "already_run": True}


def _export_record(agency: Agency, c: dict, case_no: str, history: list[dict]) -> dict:
    inv, cust = c["invoice"], c["customer"]
    return {"case": case_no, "creditor": {"code": agency.code, "name": agency.name, "org_no": agency.org_no},
            "debtor": {"customer_number": cust.customer_number, "name": cust.name, "kind": cust.kind,
                       "org_no": cust.org_no, "street": cust.street, "postal_code": cust.postal_code,
                       "city": cust.city, "country": cust.country, "email": cust.email},
            "invoice": {"number": inv.number, "reference": inv.reference, "invoice_date": inv.invoice_date.isoformat(),
                        "due_date": _due_date(inv).isoformat(), "total": money_str(inv.total),
                        "open_amount": money_str(inv.open_amount), "currency": inv.currency},
            "claim": money_str(c["claim"]), "interest": money_str(c["interest"]), "fees": money_str(c["fees"]),
            "total": money_str(c["claim"] + c["interest"] + c["fees"]), "history": history}


def _write_files(agency: Agency, date: dt.date, run_id: int, export: list[dict]) -> list[str]:
    out = settings.outbox_dir("collection")
    stem = f"collection-{agency.code}-{date.isoformat()}-run{run_id}"
    (out / f"{stem}.json").write_text(json.dumps({"agency": agency.code, "date": date.isoformat(),
                                                  "cases": export}, ensure_ascii=False, indent=2), encoding="utf-8")
    buf = io.StringIO()
    w = csv_writer(buf, delimiter=";")  # names come from outside: never a formula
    w.writerow(["case", "debtor_number", "debtor_name", "debtor_org_no", "street", "postal_code", "city", "country",
                "invoice", "reference", "invoice_date", "due_date", "currency", "claim", "interest", "fees", "total",
                "reminders"])
    for e in export:
        d, i = e["debtor"], e["invoice"]
        w.writerow([e["case"], d["customer_number"], d["name"], d["org_no"], d["street"], d["postal_code"], d["city"],
                    d["country"], i["number"], i["reference"], i["invoice_date"], i["due_date"], i["currency"],
                    e["claim"], e["interest"], e["fees"], e["total"],
                    sum(1 for h in e["history"] if h["event"].startswith("reminder"))])
    (out / f"{stem}.csv").write_text(buf.getvalue(), encoding="utf-8")
    return [str(out / f"{stem}.csv"), str(out / f"{stem}.json")]


def find_case(session: Session, case_no: str) -> CollectionCase:
    case = session.exec(select(CollectionCase).where(col(CollectionCase.case_no) == case_no)).first()
    if case is None and case_no.isdigit():
        case = session.get(CollectionCase, int(case_no))
    if case is None:
        raise NotFound(f"no collection case {case_no!r}", "case")
    return case


def update_status(session: Session, case_no: str, status: str, note: str | None = None, actor: str = "system",
                  date: dt.date | None = None) -> CollectionCase:
    if status not in STATUSES:
        raise ValidationError(f"status must be one of {', '.join(STATUSES)}, got {status!r}", "status")
    case = find_case(session, case_no)
    old = case.status
    case.status = status
    case.history = list(case.history) + [{"date": (date or dt.date.today()).isoformat(), "event": f"status {status}",
                                          "from": old, "note": note, "by": actor}]
    case.updated_at = utcnow()
    inv = session.get(Invoice, case.invoice_id)
    if inv is None:
        raise NotFound(f"collection case {case.case_no}: invoice {case.invoice_id} is missing", "case")
    inv.collection_status = status
    session.add_all([case, inv])
    audit.record(session, actor, "collection.status", "collectioncase", case.id, case.agency_id, "cli",
                 case=case.case_no, old=old, new=status, note=note)
    session.flush()
    return case


def list_cases(session: Session, agency: Agency, status: str | None = None) -> list[CollectionCase]:
    """The agency's collection cases, newest hand-over first; `status` narrows to one state (e.g. the cases still
    with the collection agency: handed_over)."""
    if status is not None and status not in STATUSES:
        raise ValidationError(f"status must be one of {', '.join(STATUSES)}, got {status!r}", "status")
    q = select(CollectionCase).where(col(CollectionCase.agency_id) == agency.id)
    if status:
        q = q.where(col(CollectionCase.status) == status)
    return list(session.exec(q.order_by(col(CollectionCase.handed_over_on).desc(), col(CollectionCase.id).desc())))


def case_dict(session: Session, case: CollectionCase) -> dict:
    inv = session.get(Invoice, case.invoice_id)
    cust = session.get(Customer, case.customer_id)
    if inv is None or cust is None:
        raise NotFound(f"collection case {case.case_no}: its invoice or customer is missing", "case")
    return {"case": case.case_no, "invoice": inv.number, "customer": cust.customer_number, "status": case.status,
            "handed_over_on": case.handed_over_on, "claim": money_str(case.claim),
            "interest": money_str(case.interest), "fees": money_str(case.fees),
            "total": money_str(case.claim + case.interest + case.fees), "currency": case.currency,
            "history": case.history, "files": case.files}
