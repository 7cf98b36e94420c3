"""Reminders (betalningspåminnelse / maksumuistutus): the single home of "when a reminder may go out".

Rules, per agency (policy fields on core.registers.models.Agency):
* at most MAX_RUNS_PER_MONTH (2) reminder runs per agency and calendar month; a third is refused (RunRefused);
* an invoice (kind invoice or interest, status issued, open amount > 0) gets a reminder only when
  - it has been delivered (a DeliveryRecord of the invoice itself: nobody is reminded of an invoice not yet sent),
  - it is more than `reminder_grace_days` days past its due date (date - due_date > grace days),
  - its open amount is at least `reminder_min_amount`,
  - it has had fewer than `max_reminders_per_invoice` reminders, and the previous reminder's own payment date
    has passed,
  - it is not disputed and not handed over to collection, and the customer is not marked no_reminders;
* a reminder fee only when the agency agreed it with the customer before the debt arose (`reminder_fee_agreed`,
  lag 1981:739 2 §) and never above the legal cap: SE 60 SEK (1981:739 4 §), FI consumer 5 € (perintälaki 10 §),
  FI business 12 € (perintälaki, B2B caps from 2022-05-01) - core.registers.reminder_fees; a Finnish consumer's
  reminder carries a fee only 14 days after the due date and 14 days after the previous reminder (perintälaki, KKV),
  earlier it goes without one. A higher agreed fee is cut to the cap; an invoice in another currency than the
  agency's carries none (the caps are stated in the agency's currency). The fee is
  added to the invoice's open amount and posted on one voucher per run and currency (a voucher is in one currency,
  as an invoice's and a bank deposit's are): AR debit per invoice / fee income credit. The run's fees are totalled
  per currency (`fees_by_currency`); `total_fees` stays the plain sum of all currencies, for old scripts only.
* the reminder asks for payment within `reminder_payment_days` (next banking day).

A run is claimed in the database (core.platform.claims) before anything is written: the same run twice (or by two
workers) sends one set of reminders; the (invoice, reminder_no) unique key guards every reminder on its own. The
letters are produced after the run is recorded (core.runs.reminder_letters).
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import DeliveryRecord, Invoice
from core.kernel import calendar
from core.kernel.errors import NotFound
from core.kernel.money import ZERO, money_str
from core.ledger import accounts, texts
from core.ledger import posting as ledger
from core.platform import audit, bulk, db
from core.platform import claims as runs
from core.platform.models import RunRecord
from core.registers import register as registers
from core.registers.models import Agency, AgencyCustomer, Customer
from core.registers.reminder_fees import reminder_fee
from core.runs import tuning
from core.runs.models import Reminder
from core.runs.reminder_letters import deliver_pending

KIND = "reminders"
MAX_RUNS_PER_MONTH = 2
REMINDABLE_KINDS = ("invoice", "interest")

_inv, _cust, _rem, _ac, _dr = (Invoice.__table__.c, Customer.__table__.c, Reminder.__table__.c,
                               AgencyCustomer.__table__.c, DeliveryRecord.__table__.c)


FI_CONSUMER_FEE_DAYS = 14


def _fi_consumer_too_early(agency: Agency, kind: str | None, date: dt.date, due: dt.date,
                           last_sent: dt.date | None) -> bool:
    """Finnish consumer debts: a reminder that carries a fee at the earliest 14 days after the due date, and the next
    one at the earliest 14 days after the previous reminder (perintälaki 513/1999 4 § and 10 §, as the Finnish
    Competition and Consumer Authority KKV reads them in "Perintäkulut ja perinnän eteneminen")."""
    if agency.country != "FI" or kind != "private":
        return False
    if (date - due).days < FI_CONSUMER_FEE_DAYS:
        return True
    return last_sent is not None and (date - last_sent).days < FI_CONSUMER_FEE_DAYS


@dataclass
class Plan:
    agency: Agency
    date: dt.date
    reminders: list[dict] = field(default_factory=list)  # invoice_id, customer_id, reminder_no, fee, ...
    skipped: list[dict] = field(default_factory=list)


def _customer_ids(session: Session, agency: Agency, numbers: Iterable[str] | None) -> list[int] | None:
    if not numbers:
        return None
    ids = []
    for num in numbers:
        row = session.execute(sa.select(_cust.id).where(_cust.customer_number == num)).first()
        if row is None:
            row = session.execute(sa.select(_ac.customer_id).where(_ac.agency_id == agency.id,
                                                                   _ac.number == num)).first()
        if row is None:
            raise NotFound(f"no customer {num!r} in the register", "customer")
        ids.append(row[0])
    return ids


def plan(session: Session, agency: Agency, date: dt.date, customers: Iterable[str] | None = None) -> Plan:
    """What a reminder run on `date` would send, and why each other overdue open invoice is left out.
    One set-based query over the agency's overdue open invoices."""
    cust_ids = _customer_ids(session, agency, customers)
    counts = (sa.select(_rem.invoice_id, sa.func.count().label("n"), sa.func.max(_rem.due_date).label("last_due"),
                        sa.func.max(_rem.reminder_date).label("last_sent"))
              .where(_rem.agency_id == agency.id).group_by(_rem.invoice_id).subquery())
    delivered = sa.exists().where(_dr.invoice_id == _inv.id, _dr.document != "reminder")
    q = (sa.select(_inv.id, _inv.number, _inv.due_date, _inv.open_amount, _inv.disputed, _inv.collection_status,
                   _inv.customer_id, _cust.customer_number, _cust.kind, _cust.no_reminders,
                   sa.func.coalesce(counts.c.n, 0), counts.c.last_due, counts.c.last_sent, delivered, _inv.currency)
         .join(Customer.__table__, _cust.id == _inv.customer_id)
         .outerjoin(counts, counts.c.invoice_id == _inv.id)
         .where(_inv.agency_id == agency.id, _inv.status == "issued", _inv.kind.in_(REMINDABLE_KINDS),
                _inv.due_date < date, _inv.open_amount > 0)
         .order_by(_inv.due_date, _inv.id))
    if cust_ids is not None:
        q = q.where(_inv.customer_id.in_(cust_ids))
    p = Plan(agency, date)
    grace = agency.reminder_grace_days
    max_n = max(agency.max_reminders_per_invoice, 0)
    fee_of = functools.cache(functools.partial(reminder_fee, agency))  # (kind, currency): one rule, once each
    new_due = calendar.next_banking_day(agency.country, date + dt.timedelta(days=agency.reminder_payment_days))
    for (inv_id, number, due, open_amount, disputed, coll, cust_id, cust_no, cust_kind, no_rem, n,
         last_due, last_sent, was_delivered, currency) in session.execute(q):
        reason = None
        if not was_delivered:
            reason = "invoice not delivered yet"
        elif no_rem:
            reason = "customer has no_reminders"
        elif disputed:
            reason = "invoice is disputed"
        elif coll:
            reason = f"invoice is in collection ({coll})"
        elif n >= max_n:
            reason = f"already reminded ({n} of at most {max_n})"
        elif last_due is not None and last_due >= date:
            reason = f"previous reminder is due {last_due.isoformat()}"
        elif (date - due).days <= grace:
            reason = f"within the {grace} grace days after the due date"
        elif open_amount < agency.reminder_min_amount:
            reason = f"open amount {money_str(open_amount)} below the minimum {money_str(agency.reminder_min_amount)}"
        if reason:
            p.skipped.append({"invoice": number, "reason": reason})
            continue
        fee = fee_of(cust_kind, currency)
        if fee and _fi_consumer_too_early(agency, cust_kind, date, due, last_sent):
            fee = ZERO  # the reminder goes, without a fee (KKV: a free reminder may be sent earlier)
        p.reminders.append({"invoice_id": inv_id, "invoice": number, "customer_id": cust_id, "customer": cust_no,
                            "due_date": due, "open_amount": open_amount, "fee": fee, "reminder_no": n + 1,
                            "reminder_due": new_due, "currency": currency})
    return p


def _limit_reached(agency: Agency, date: dt.date) -> runs.RunRefused:
    return runs.RunRefused(f"{agency.code} has had {MAX_RUNS_PER_MONTH} reminder runs in {date.strftime('%Y-%m')} "
                           f"already; at most {MAX_RUNS_PER_MONTH} per calendar month")


def _check_month_limit(agency: Agency, date: dt.date) -> Callable[[Session], None]:
    """Run inside the claim (after its insert, under the advisory lock): a third run in the month is refused."""
    def check(session: Session) -> None:
        if runs.count_in_period(session, KIND, agency.code, date.strftime("%Y-%m")) > MAX_RUNS_PER_MONTH:
            raise _limit_reached(agency, date)
    return check


def run_key(date: dt.date, customer_ids: list[int] | None) -> str:
    if not customer_ids:
        return date.isoformat()
    digest = hashlib.sha1(",".join(str(i) for i in sorted(customer_ids)).encode()).hexdigest()[:12]
    return f"{date.isoformat()}:sel:{digest}"


@tuning.paused
def run(agency_code: str, date: dt.date | None = None, customers: Iterable[str] | None = None,
        dry_run: bool = False, actor: str = "system", deliver_documents: bool = True,
        url: str | None = None) -> dict:
    """A reminder run. Dry run: exactly what would be sent, nothing written. Real run: claimed in the database
    first (a third run in a month raises RunRefused); a run that exists already returns what it sent then and
    sends nothing again (after a crash it finishes what is missing)."""
    date = date or dt.date.today()
    customers = list(customers or [])
    with db.session_scope(url) as session:
        agency = registers.agency_by_code(session, agency_code)
        session.expunge(agency)
        cust_ids = _customer_ids(session, agency, customers)
        if dry_run:
            tuning.without_jit(session)
            return _dry_run(session, agency, date, customers, cust_ids)
    c = runs.claim(KIND, agency.code, run_key(date, cust_ids), date, agency.id, {"customers": customers},
                   check=_check_month_limit(agency, date), url=url)
    skipped, sent = _record_run(agency, date, customers, c.record_id, actor, url)
    if deliver_documents:
        deliver_pending(c.record_id, actor, url)
        runs.mark_done(c.record_id, url)
    if sent is None:  # recorded before (a rerun, or a crash after recording): what it recorded then
        with db.session_scope(url) as session:
            sent = sent_by_run(session, c.record_id)
    res = _result(agency, date, False, c.record_id, sent, skipped)
    res["already_run"] = not c.new
    return res


def _dry_run(session: Session, agency: Agency, date: dt.date, customers: list[str],
             cust_ids: list[int] | None) -> dict:
    """What the run would send; refused as the real run would be when the month's runs are used up."""
    p = plan(session, agency, date, customers)
    existing = runs.count_in_period(session, KIND, agency.code, date.strftime("%Y-%m"))
    if existing >= MAX_RUNS_PER_MONTH and runs.find(session, KIND, agency.code, run_key(date, cust_ids)) is None:
        raise _limit_reached(agency, date)
    return _result(agency, date, True, None, p.reminders, p.skipped)


def _record_run(agency: Agency, date: dt.date, customers: list[str], run_id: int, actor: str,
                url: str | None) -> tuple[list[dict], list[dict] | None]:
    """Record the claimed run's reminders and fees (once: a run recorded already is left as it is); returns the
    invoices left out, as they were when the run was recorded, and the reminders this call recorded (in the order
    `sent_by_run` reads them; None when the run was recorded before)."""
    with runs.work_transaction(run_id, url) as session:
        if session is not None:
            tuning.without_jit(session)
            p = plan(session, agency, date, customers)
            _record(session, agency, run_id, date, p.reminders, actor)
            runs.mark(session, run_id, "recorded", {
                "count": len(p.reminders), "skipped": p.skipped,
                "total_fees": str(sum((r["fee"] for r in p.reminders), ZERO)),
                "fees_by_currency": {c: str(v) for c, v in fees_by_currency(p.reminders).items()}})
            audit.record(session, actor, "reminders.run", "runrecord", run_id, agency.id, "run",
                         date=date, count=len(p.reminders))
            return p.skipped, p.reminders
    with db.session_scope(url) as s:
        rec = s.get(RunRecord, run_id)
        if rec is None:
            raise NotFound(f"no run record {run_id}", "run")
        return list((rec.summary or {}).get("skipped", [])), None


def fees_by_currency(items: Iterable[dict]) -> dict[str, Decimal]:
    """The run's fees per currency of the reminded invoices (a currency whose reminders carry no fee at 0.00): an
    agency invoicing in SEK and EUR has two totals, never one sum in no currency. Sorted by currency code."""
    out: dict[str, Decimal] = {}
    for r in items:
        out[r["currency"]] = out.get(r["currency"], ZERO) + r["fee"]
    return dict(sorted(out.items()))


def _record(session: Session, agency: Agency, run_id: int, date: dt.date, items: list[dict], actor: str) -> None:
    """One fee voucher per currency, the reminder rows (bulk, each naming the voucher of its fee) and the fees added
    to the open amounts (set-based). The vouchers go first so that every row is written once, complete. The fee is
    compensation, not consideration: outside the scope of VAT, so the voucher books no VAT; the period-end reports
    count it as part of the open amount (core.period.open_amounts) and a write-off takes no VAT back on it
    (core.period.fees)."""
    if not items:
        return
    agency_id = agency.id
    assert agency_id is not None  # the agency of a claimed run is in the register
    # fee entries and reminders written by invoice id, as the fee UPDATE reads them: PostgreSQL checks each row's
    # foreign key to its invoice by locking that invoice row, and in id order those locks (and the UPDATE after
    # them) walk the invoice heap and its primary key page by page instead of at random. What the run returns and
    # `sent_by_run` reads keep the plan's order (due date, invoice).
    items = sorted(items, key=itemgetter("invoice_id"))
    vids = _post_fees(session, agency, run_id, date, items)
    rows = [{"run_id": run_id, "agency_id": agency_id, "invoice_id": r["invoice_id"], "customer_id": r["customer_id"],
             "reminder_no": r["reminder_no"], "reminder_date": date, "due_date": r["reminder_due"],
             "open_amount": r["open_amount"], "fee": r["fee"],
             "fee_voucher_id": vids[r["currency"]] if r["fee"] > 0 else None}
            for r in items]
    bulk.insert_rows(session, Reminder.__table__, rows)  # COPY on PostgreSQL
    if not vids:
        return
    # the fee becomes part of the claim: one set-based UPDATE from the run's reminders (one per invoice), in
    # invoice order - PostgreSQL then walks the invoice heap and its primary key in order, not at random
    fees = (sa.select(_rem.invoice_id, _rem.fee).where(_rem.run_id == run_id, _rem.fee > 0)
            .order_by(_rem.invoice_id).subquery())
    session.execute(sa.update(Invoice.__table__).where(_inv.id == fees.c.invoice_id)
                    .values(open_amount=_inv.open_amount + fees.c.fee))


def _post_fees(session: Session, agency: Agency, run_id: int, date: dt.date, items: list[dict]) -> dict[str, int]:
    """The run's fee vouchers, one per currency that has fees (a voucher never adds kronor to euros): AR debit per
    reminded invoice, fee income credit of that currency's total. Returns the voucher id per currency."""
    assert agency.id is not None  # the agency of a claimed run is in the register
    ar = accounts.account(agency.accounts, "ar")
    totals = {c: t for c, t in fees_by_currency(items).items() if t > 0}
    drafts = []
    for currency, total in totals.items():
        entries = [ledger.Entry(ar, r["fee"], r["invoice_id"], r["customer_id"],
                                texts.text(agency.language, "reminder_fee"))
                   for r in items if r["fee"] > 0 and r["currency"] == currency]
        entries.append(ledger.Entry(accounts.account(agency.accounts, "reminder_fees"), -total,
                                    text=texts.text(agency.language, "reminder_fees")))
        drafts.append(ledger.VoucherDraft(
            date, texts.text(agency.language, "reminder_fees_on", d=date.isoformat(), currency=currency),
            "reminder_fees", run_id, entries))
    return dict(zip(totals, ledger.post_many(session, agency.id, drafts)))


def sent_by_run(session: Session, run_id: int) -> list[dict]:
    q = (sa.select(_inv.number, _cust.customer_number, _inv.due_date, _rem.open_amount, _rem.fee, _rem.reminder_no,
                   _inv.currency)
         .join(Invoice.__table__, _inv.id == _rem.invoice_id).join(Customer.__table__, _cust.id == _rem.customer_id)
         .where(_rem.run_id == run_id).order_by(_inv.due_date, _inv.id))
    return [{"invoice": n, "customer": c, "due_date": d, "open_amount": o, "fee": f, "reminder_no": k, "currency": cur}
            for n, c, d, o, f, k, cur in session.execute(q)]


def _result(agency: Agency, date: dt.date, dry_run: bool, run_id: int | None, items: list[dict],
            skipped: list[dict]) -> dict:
    texts: dict[Decimal, str | None] = {}  # a run's amounts repeat: each formatted once

    def text(amount: Decimal) -> str | None:
        found = texts.get(amount)
        if found is None:
            found = texts[amount] = money_str(amount)
        return found

    out = [{"invoice": r["invoice"], "customer": r["customer"], "due_date": r["due_date"],
            "open_amount": text(r["open_amount"]), "fee": text(r["fee"]), "reminder_no": r["reminder_no"],
            "currency": r["currency"]}
           for r in items]
    return {"agency": agency.code, "date": date, "dry_run": dry_run, "run_id": run_id, "reminders": out,
            "skipped": skipped, "count": len(out), "total_fees": money_str(sum((r["fee"] for r in items), ZERO)),
            "fees_by_currency": {c: money_str(v) for c, v in fees_by_currency(items).items()}}


def reminders_of(session: Session, invoice_id: int) -> list[dict]:
    """The invoice's reminders, for `invoice show` (core.views.invoice's "reminders" key)."""
    rows = session.exec(select(Reminder).where(col(Reminder.invoice_id) == invoice_id)
                        .order_by(col(Reminder.reminder_no))).all()
    return [{"reminder_no": r.reminder_no, "date": r.reminder_date, "due_date": r.due_date,
             "open_amount": money_str(r.open_amount), "fee": money_str(r.fee), "run_id": r.run_id,
             "sent": r.sent_at is not None} for r in rows]


def may_remind_invoice(session: Session, inv: Invoice, date: dt.date) -> tuple[bool, str | None]:
    """Whether one invoice would get a reminder on `date` (same rules as a run), with the reason if not."""
    agency = session.get(Agency, inv.agency_id)
    cust = session.get(Customer, inv.customer_id)
    if agency is None or cust is None:
        raise NotFound(f"invoice {inv.number}: its agency or customer is missing", "invoice")
    p = plan(session, agency, date, [cust.customer_number])
    for r in p.reminders:
        if r["invoice_id"] == inv.id:
            return True, None
    for s in p.skipped:
        if s["invoice"] == inv.number:
            return False, s["reason"]
    return False, "not an overdue open invoice"

