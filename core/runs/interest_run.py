"""Monthly interest invoicing (räntefakturering / korkolaskutus) per agency and period (YYYY-MM).

What is charged (the calculation itself is core.runs.interest; rates are core.runs.rates plus the operator's rates
in the database, core.runs.rate_overrides, `reskontra rates set`):
* invoices (kind "invoice", status issued/paid) with a payment (core.payments.models.Allocation) dated in the
  period after their due date: interest up to the last such payment in the period, on the balance outstanding day
  by day (partial payments: core.runs.interest.interest_on_payments);
* when the agency has `interest_on_open`: also invoices still open and overdue, up to the last day of the period;
* never for customers marked no_interest, disputed invoices, invoices handed over to collection, interest
  invoices themselves, or when the agency has interest_enabled off;
* each source invoice is charged for each interest day at most once: an InterestCharge row records from..to, and
  the next charge starts the day after the last recorded `to`;
* per customer the amounts are added up; below `agency.interest_threshold` no interest invoice is made: invoices
  paid in full are then recorded as waived (final), interest on partly paid or open ones is charged by a later run;
* the interest invoice is an Invoice kind "interest" made and issued by core.billing.issuing (lines without article,
  VAT code "outside", revenue account 'interest_income'), with its own number, reference and balanced voucher.
The run is claimed in the database (core.platform.claims): the same period twice, or two workers, charge once.

A missing reference rate never skips interest (förordning 1993:1138 7 §: late interest *shall* be charged): when
any item needs a rate that is not known (or not yet confirmed, core.runs.rate_proposals), the whole run is held -
nothing charged, run status `held_missing_rate`, the message names the half-year to confirm - and the held record is
reopened by the next attempt (`retry_held`, run daily by the scheduler after fetching rates), which then charges the
period in full. A held run's empty result is never returned as the period's answer.
"""
from __future__ import annotations

import calendar as pycal
import datetime as dt
import functools
from collections.abc import Callable
from decimal import Decimal
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing import issuing
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.kernel.errors import NotFound, ValidationError
from core.kernel.money import ZERO, money_str
from core.ledger import accounts
from core.payments.models import Allocation
from core.platform import audit, bulk, db
from core.platform import claims as runs
from core.platform.models import RunRecord
from core.registers import register as registers
from core.registers.models import Agency, Customer
from core.runs import tuning
from core.runs.interest import RunCalculator
from core.runs.models import InterestCharge
from core.runs.rate_overrides import rate_table
from core.runs.rates import RateNotKnownError

KIND = "interest"
HELD = "held_missing_rate"
_ONE = dt.timedelta(days=1)
_inv, _cust, _al, _ch = (Invoice.__table__.c, Customer.__table__.c, Allocation.__table__.c,
                         InterestCharge.__table__.c)

LINE_TEXT = {"sv": "Dröjsmålsränta faktura {n}, {a}–{b}", "fi": "Viivästyskorko lasku {n}, {a}–{b}",
             "en": "Late-payment interest invoice {n}, {a}–{b}"}


def parse_period(period: str) -> tuple[dt.date, dt.date]:
    try:
        first = dt.datetime.strptime(period, "%Y-%m").date()
    except ValueError:
        raise ValidationError(f"period must be YYYY-MM, got {period!r}", "period") from None
    last = first.replace(day=pycal.monthrange(first.year, first.month)[1])
    return first, last


def plan(session: Session, agency: Agency, period: str) -> dict:
    """Per customer: the items (source invoice, principal, from, to, interest) this period would charge."""
    first, last = parse_period(period)
    out: dict = {"period": period, "customers": {}, "skipped": [], "missing_rates": {}}
    if not agency.interest_enabled:
        return out
    claims = _claims(session, agency, first, last)
    if not claims:
        return out
    calc = RunCalculator(agency.country, rate_table(session))
    b2b, on_open = agency.b2b_interest, agency.interest_on_open
    for inv_id, number, total, due, status, cust_id, cust_no, cust_kind, charged_to, pays in claims:
        p = sorted(pays)
        open_now = status == "issued"
        if open_now and on_open:
            end = last
        else:
            in_period = [d for d, _ in p if first <= d <= last and d > due]
            if not in_period:
                continue
            end = max(in_period)
        start = max(due, charged_to) if charged_to else due  # last day already charged (or the due date)
        if end <= start:
            continue
        balance = total - sum((a for d, a in p if d <= start), ZERO)
        later = [(d, a) for d, a in p if start < d <= end]
        if balance <= 0:
            continue
        try:
            interest = calc.total(balance, start, later, end, b2b and cust_kind != "private")
        except RateNotKnownError as exc:
            key = (exc.country or agency.country, exc.half_year)
            out["missing_rates"].setdefault(key, []).append(number)
            continue
        if interest <= 0:
            continue
        final = balance - sum((a for _, a in later), ZERO) <= 0  # paid in full: a waiver below threshold is final
        c = out["customers"].setdefault(cust_id, {"customer": cust_no, "items": [], "total": ZERO})
        c["items"].append({"invoice_id": inv_id, "invoice": number, "principal": balance,
                           "from": start + _ONE, "to": end, "interest": interest, "final": final})
        c["total"] += interest
    return out


def _claims(session: Session, agency: Agency, first: dt.date, last: dt.date) -> list[tuple[Any, ...]]:
    """The invoices that may bear interest this period: paid late in it (or, with `interest_on_open`, still open
    and overdue), with the last day already charged and their payments up to `last`: (id, number, total, due date,
    status, customer id, customer number, customer kind, charged to, [(payment date, amount), ...]). One query, one
    pass over the invoices: each invoice's allocations joined to it (its rows come together in the order)."""
    charged = (sa.select(_ch.source_invoice_id, sa.func.max(_ch.to_date).label("to"))
               .where(_ch.agency_id == agency.id).group_by(_ch.source_invoice_id).subquery())
    q = (sa.select(_inv.id, _inv.number, _inv.total, _inv.due_date, _inv.status, _inv.customer_id,
                   _cust.customer_number, _cust.kind, charged.c.to, _al.payment_date, _al.amount)
         .join(Customer.__table__, _cust.id == _inv.customer_id)
         .outerjoin(charged, charged.c.source_invoice_id == _inv.id)
         .outerjoin(Allocation.__table__, sa.and_(_al.invoice_id == _inv.id, _al.payment_date <= last))
         .where(*_source_conditions(agency, first, last)).order_by(_inv.customer_id, _inv.due_date, _inv.id))
    out: list[tuple[Any, ...]] = []
    last_id = None
    for *claim, day, amount in session.execute(q):
        if claim[0] != last_id:
            last_id = claim[0]
            out.append((*claim, []))
        if day is not None:
            out[-1][-1].append((day, amount))
    return out


def _source_conditions(agency: Agency, first: dt.date, last: dt.date) -> list[sa.ColumnElement[bool]]:
    """Which invoices may bear interest this period (over invoice joined with its customer)."""
    late_paid = (sa.select(_al.invoice_id).join(Invoice.__table__, _inv.id == _al.invoice_id)
                 .where(_inv.agency_id == agency.id, _al.payment_date >= first, _al.payment_date <= last,
                        _al.payment_date > _inv.due_date).distinct())
    cond = sa.and_(_inv.status.in_(("issued", "paid")), _inv.id.in_(late_paid))
    if agency.interest_on_open:
        cond = sa.or_(cond, sa.and_(_inv.status == "issued", _inv.open_amount > 0, _inv.due_date < last))
    return [_inv.agency_id == agency.id, _inv.kind == "invoice", _inv.disputed.is_(False),
            _inv.collection_status.is_(None), _cust.no_interest.is_(False), cond]


@tuning.paused
def run(agency_code: str, period: str, dry_run: bool = False, actor: str = "system",
        url: str | None = None) -> dict:
    first, last = parse_period(period)
    with db.session_scope(url) as session:
        agency = registers.agency_by_code(session, agency_code)
        session.expunge(agency)
        if dry_run:
            tuning.without_jit(session)
            p = plan(session, agency, period)
            return _result(agency, period, True, None, p, {})
    run_date = last + _ONE
    c = runs.claim(KIND, agency.code, period, run_date, agency.id, {"period": period}, url=url)
    if not c.new and c.status == HELD:
        runs.reopen(c.record_id, HELD, url)
    with runs.work_transaction(c.record_id, url) as session:
        if session is not None:
            tuning.without_jit(session)
            p = plan(session, agency, period)
            if p["missing_rates"]:
                res = _result(agency, period, False, c.record_id, p, {})
                runs.mark(session, c.record_id, HELD, {"missing_rates": res["missing_rates"],
                                                       "message": res["message"]})
                audit.record(session, actor, "interest.held", "runrecord", c.record_id, agency.id, "run",
                             period=period, message=res["message"])
                return res
            numbers = _invoice(session, agency, c.record_id, run_date, p, actor)
            res = _result(agency, period, False, c.record_id, p, numbers)
            runs.mark(session, c.record_id, "done",
                      {"count": res["count"], "total": res["total"], "below_threshold": res["below_threshold"],
                       "skipped": res["skipped"]})
            audit.record(session, actor, "interest.run", "runrecord", c.record_id, agency.id, "run",
                         period=period, count=res["count"], total=res["total"])
            return res
    with db.session_scope(url) as session:
        res = recorded_result(session, agency, period, c.record_id)
    res["already_run"] = True
    return res


def retry_held(url: str | None = None, actor: str = "scheduler") -> list[dict]:
    """Re-run every held interest run, oldest period first (a rate confirmed since lets it charge in full; one still
    missing keeps it held). Returns each run's result."""
    with db.session_scope(url) as session:
        held = session.execute(sa.select(RunRecord.__table__.c.scope, RunRecord.__table__.c.run_key)
                               .where(RunRecord.__table__.c.kind == KIND, RunRecord.__table__.c.status == HELD)
                               .order_by(RunRecord.__table__.c.run_key, RunRecord.__table__.c.scope)).all()
    return [run(scope, key, actor=actor, url=url) for scope, key in held]


def _missing(p: dict) -> tuple[list[dict], str]:
    """The half-years without a known rate, and the one line that tells the clerk what to do."""
    rows = [{"country": c, "valid_from": hy, "invoices": sorted(nums)}
            for (c, hy), nums in sorted(p.get("missing_rates", {}).items(), key=lambda kv: (kv[0][0], str(kv[0][1])))]
    if not rows:
        return [], ""
    parts = [f"{r['country']} from {r['valid_from']}" for r in rows]
    n = sum(len(r["invoices"]) for r in rows)
    first = rows[0]
    return rows, (f"interest run {p['period']} held: no confirmed reference rate for {', '.join(parts)} "
                  f"({n} invoice(s) waiting); confirm it with `reskontra rates confirm --country {first['country']} "
                  f"--from {first['valid_from']}` and the run is redone")


def _invoice(session: Session, agency: Agency, run_id: int, run_date: dt.date, p: dict, actor: str) -> dict:
    """Issue one interest invoice per customer at or above the threshold (all at once, core.billing.issuing.issue_many),
    and record every charge."""
    agency_id = agency.id
    assert agency_id is not None  # the agency of a claimed run is in the register
    numbers: dict[int, tuple[str, Decimal]] = {}
    revenue = accounts.account(agency.accounts, "interest_income")
    due = [cust_id for cust_id, c in p["customers"].items() if c["total"] >= agency.interest_threshold]
    customers: dict[int | None, Customer] = {}
    for i in range(0, len(due), 5000):
        customers.update((c.id, c) for c in session.exec(
            select(Customer).where(col(Customer.id).in_(due[i:i + 5000]))))
    iso = functools.cache(dt.date.isoformat)  # a run's 100,000 lines name a few dozen days
    charges: list[dict] = []
    batch: list[tuple[Customer, list[LineInput], DraftOptions | None]] = []
    batch_customers: list[int] = []  # the customer id of each batch item
    pending: list[tuple[dict, int]] = []  # (charge, index in batch): the invoice id is known after issuing
    for cust_id, c in p["customers"].items():
        items = c["items"]
        if c["total"] < agency.interest_threshold:
            charges += [_charge(run_id, agency_id, it, None, "waived") for it in items if it["final"]]
            continue
        customer = customers[cust_id]
        text = LINE_TEXT[customer.language if customer.language in LINE_TEXT else "sv"]
        lines = [LineInput(description=text.format(n=it["invoice"], a=iso(it["from"]), b=iso(it["to"])),
                           quantity=_QTY, unit_price=it["interest"], vat_code="outside", unit="st",
                           revenue_account=revenue) for it in items]
        batch.append((customer, lines, DraftOptions(invoice_date=run_date, kind="interest", source="run",
                                                    actor=actor, note=f"Räntefaktura {p['period']}")))
        batch_customers.append(cust_id)
        for it in items:
            charges.append(_charge(run_id, agency_id, it, None, "invoiced"))
            pending.append((charges[-1], len(batch) - 1))
    issued = issuing.issue_many(session, agency, batch, actor, force=True, force_reason="interest run")
    for cust_id, inv in zip(batch_customers, issued):
        numbers[cust_id] = (inv["number"], inv["total"])
    for charge, k in pending:
        charge["interest_invoice_id"] = issued[k]["id"]
    # in source-invoice order: PostgreSQL's foreign-key check locks each source invoice's row, in id order page
    # by page (as core.runs.reminders writes its rows)
    charges.sort(key=itemgetter("source_invoice_id"))
    bulk.insert_rows(session, InterestCharge.__table__, charges)  # COPY on PostgreSQL
    return numbers


_QTY = Decimal("1")


def _charge(run_id: int, agency_id: int, it: dict, interest_invoice_id: int | None, status: str) -> dict:
    return {"run_id": run_id, "agency_id": agency_id, "source_invoice_id": it["invoice_id"],
            "interest_invoice_id": interest_invoice_id, "from_date": it["from"], "to_date": it["to"],
            "principal": it["principal"], "amount": it["interest"], "status": status}


def _items(items: list[dict], money: Callable[[Decimal], str | None] = money_str) -> list[dict]:
    return [{"invoice": it["invoice"], "principal": money(it["principal"]), "from": it["from"], "to": it["to"],
             "interest": money(it["interest"])} for it in items]


def _result(agency: Agency, period: str, dry_run: bool, run_id: int | None, p: dict, numbers: dict) -> dict:
    invoices, below = [], []
    money = functools.cache(money_str)  # amounts repeat across a run's items
    for cust_id, c in p["customers"].items():
        row = {"customer": c["customer"], "number": None, "total": money_str(c["total"]),
               "items": _items(c["items"], money)}
        if c["total"] < agency.interest_threshold:
            row.pop("number")
            row["threshold"] = money_str(agency.interest_threshold)
            below.append(row)
            continue
        if cust_id in numbers:
            row["number"], total = numbers[cust_id]
            row["total"] = money_str(total)
        invoices.append(row)
    total = sum((Decimal(r["total"]) for r in invoices), ZERO)
    missing, message = _missing(p)
    if missing:  # held: nothing is charged, the figures are not the period's answer
        invoices, below, total = [], [], ZERO
    return {"agency": agency.code, "period": period, "dry_run": dry_run, "run_id": run_id,
            "status": HELD if missing else "done", "message": message, "missing_rates": missing,
            "invoices": invoices, "below_threshold": below, "skipped": p.get("skipped", []), "count": len(invoices),
            "total": money_str(total)}


def recorded_result(session: Session, agency: Agency, period: str, run_id: int) -> dict:
    """What a finished run charged, from its InterestCharge rows (re-running a period shows it, charges nothing)."""
    rec = session.get(RunRecord, run_id)
    if rec is None:
        raise NotFound(f"no run record {run_id}", "run")
    q = (sa.select(_ch.interest_invoice_id, _inv.number, _inv.total, _cust.customer_number, _ch.principal,
                   _ch.from_date, _ch.to_date, _ch.amount, _ch.source_invoice_id)
         .join(Invoice.__table__, _inv.id == _ch.interest_invoice_id)
         .join(Customer.__table__, _cust.id == _inv.customer_id)
         .where(_ch.run_id == run_id, _ch.status == "invoiced").order_by(_inv.number, _ch.id))
    src = {}
    by_inv: dict[int, dict] = {}
    rows = session.execute(q).all()
    if rows:
        ids = list({r[8] for r in rows})
        src = dict(session.execute(sa.select(_inv.id, _inv.number).where(_inv.id.in_(ids))).all())
    for iid, number, total, cust_no, principal, f, t, amount, source in rows:
        row = by_inv.setdefault(iid, {"customer": cust_no, "number": number, "total": money_str(total), "items": []})
        row["items"].append({"invoice": src.get(source), "principal": money_str(principal), "from": f, "to": t,
                             "interest": money_str(amount)})
    invoices = list(by_inv.values())
    summary = rec.summary or {}
    return {"agency": agency.code, "period": period, "dry_run": False, "run_id": run_id,
            "status": rec.status if rec.status == HELD else "done", "message": summary.get("message", ""),
            "missing_rates": summary.get("missing_rates", []), "invoices": invoices,
            "below_threshold": summary.get("below_threshold", []), "skipped": summary.get("skipped", []),
            "count": len(invoices), "total": money_str(sum((Decimal(r["total"]) for r in invoices), ZERO))}
