"""Payments use cases: import a bank file (exactly once, all or nothing), register a payment by hand, allocate,
refund, offset, list.

Import, in the caller's one transaction: parse (a broken file raises `BankFileError` naming the line/element and
nothing is written) → the payee account of every deposit names the agency (bankgiro / IBAN, digits compared) →
the file is stored with its sha256 (the same bytes again: nothing new) → payments whose `external_id` is already
stored are skipped (overlapping files) → the matching rules (core.matching, the only place they live) decide,
on a book of the invoices the file reaches → payments, allocations, vouchers and entries are bulk-inserted and
invoices bulk-updated (set-based: a few queries for the invoices the file reaches, executemany for the rest).
The vouchers are exactly those `core.allocation` posts one payment at a time (`bulk=False` takes that path;
a test holds both equal).

`core` does not import `intake`; the parser is handed in by the caller (`parse=intake.bankfiles.parse_bank_file`).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from core.billing.models import Invoice
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.money import ZERO, money_str, round_money, to_decimal
from core.ledger.models import Voucher, VoucherEntry
from core.payments import allocation, matching
from core.payments.models import Allocation, BankFileRecord, Payment
from core.platform import audit, numbering
from core.registers.models import Agency


class FileRejected(DomainError):
    """The file cannot be imported (nothing was written); `location` names where."""

    def __init__(self, message: str, location: str | None = None) -> None:
        super().__init__(message, location)
        self.location = location


@dataclass
class ImportResult:
    file: str
    format: str
    payments: int = 0
    amount: Decimal = ZERO
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(matching.METHODS, 0))
    unmatched: int = 0
    duplicates_skipped: int = 0
    overpayments: int = 0
    deductions: int = 0
    ask_agency: int = 0
    asked: int = 0                 # question e-mails to agencies (core.payment_questions)
    not_posted: int = 0
    already_imported: bool = False
    file_id: int | None = None
    agencies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # seconds per phase (parse, book, match, rows, write, invoices): for bench/payments.py, not part of as_dict
    timings: dict[str, float] = field(default_factory=dict)

    def lap(self, phase: str, since: float) -> float:
        """Add the time since `since` to `phase`; returns now (the start of the next phase)."""
        now = time.perf_counter()
        self.timings[phase] = self.timings.get(phase, 0.0) + now - since
        return now

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "format": self.format, "payments": self.payments,
                "amount": money_str(self.amount), "matched": dict(self.matched), "unmatched": self.unmatched,
                "duplicates_skipped": self.duplicates_skipped, "overpayments": self.overpayments,
                "deductions": self.deductions, "ask_agency": self.ask_agency, "asked": self.asked,
                "not_posted": self.not_posted,
                "already_imported": self.already_imported, "file_id": self.file_id, "agencies": self.agencies,
                "notes": self.notes}


def _digits(s: str | None) -> str:
    return re.sub(r"\D", "", s or "").lstrip("0")


def agency_for_account(agencies: Iterable[Agency], account: str | None) -> Agency | None:
    """The agency whose bankgiro or IBAN is this payee account (digits only, leading zeros ignored)."""
    d = _digits(account)
    if not d:
        return None
    for a in agencies:
        if d in (_digits(a.bankgiro), _digits(a.iban)):
            return a
    return None


def facts_of(bp: Any) -> matching.PaymentFacts:
    """Matching facts of an `intake.bankfiles.BankPayment` (duck-typed: core does not import intake)."""
    extra = tuple((r.reference, None if r.amount is None else matching.cents(r.amount))
                  for r in bp.references if r.reference)
    return matching.PaymentFacts(
        amount=matching.cents(bp.amount), currency=bp.currency, date=bp.booking_date or bp.value_date,
        reference=bp.reference or None, extra_refs=extra, remittance=tuple(bp.remittance_info),
        payer_name=bp.payer_name, payer_org_no=bp.payer_org_no)


# ---------------------------------------------------------------------------------------------------------------
# import


def import_file(session: Session, raw: bytes, filename: str, fmt: str | None = None, *,
                parse: Callable[[bytes, str | None], Any], actor: str = "system", bulk: bool = True,
                full_book: bool = False) -> ImportResult:
    """Import a bank file in the caller's transaction. Raises the parser's error or `FileRejected`.
    The rules see a targeted book (the invoices the file reaches); `full_book` loads every open invoice of the
    agency instead, with the same outcome."""
    t0 = time.perf_counter()
    bf = parse(raw, fmt)
    result = ImportResult(file=filename, format=bf.format)
    result.lap("parse", t0)
    existing = session.execute(sa.select(BankFileRecord.id).where(BankFileRecord.sha256 == bf.sha256)).first()
    if existing:
        result.already_imported, result.file_id = True, existing[0]
        result.duplicates_skipped = len(bf.payments)
        return result
    agencies = list(session.exec(select(Agency)))
    dep_agency: dict[int, Agency] = {}
    for dep in bf.deposits:
        if any(p.deposit_index == dep.index for p in bf.payments):
            ag = agency_for_account(agencies, dep.payee_account)
            if ag is None:
                raise FileRejected(f"payee account {dep.payee_account} belongs to no agency", dep.source_location)
            dep_agency[dep.index] = ag
    record = BankFileRecord(sha256=bf.sha256, filename=filename, format=bf.format, payee_account=bf.payee_account,
                            actor=actor)
    session.add(record)
    session.flush()
    result.file_id = record.id
    known = _existing_external_ids(session, [p.external_id for p in bf.payments])
    new = [p for p in bf.payments if p.external_id not in known]
    result.duplicates_skipped = len(bf.payments) - len(new)
    result.not_posted = len(bf.other_transactions)
    result.notes = list(bf.notes) + [f"{o.source_location}: {o.kind} {o.amount} {o.currency} not posted"
                                     for o in bf.other_transactions]
    by_agency: dict[int, list] = {}
    for p in new:
        by_agency.setdefault(dep_agency[p.deposit_index].id, []).append(p)
    for agency_id, pays in by_agency.items():
        agency = next(a for a in agencies if a.id == agency_id)
        result.agencies.append(agency.code)
        t0 = time.perf_counter()
        facts = [facts_of(p) for p in pays]
        book = matching.Book.load(session, agency_id, None if full_book else facts)
        matching.prepare(session, agency_id, book, facts)
        result.lap("book", t0)
        if bulk:
            _import_bulk(session, agency, record, pays, facts, book, result, actor)
        else:
            for bp, f in zip(pays, facts):
                payment = _new_payment(agency, record.id, bp)
                session.add(payment)
                session.flush()
                d = matching.decide(f, book)
                book.apply(d)
                apply_decision(session, payment, d, agency, actor)
                _count(result, payment.amount, d, payment)
    from core.payments import questions as payment_questions  # it uses this module: imported when needed

    result.asked = len(payment_questions.ask_for_file(session, record.id, actor))
    record.payments = result.payments
    record.total = result.amount
    record.duplicates_skipped = result.duplicates_skipped
    record.summary = {k: v for k, v in result.as_dict().items() if k not in ("file", "notes")}
    session.add(record)
    audit.record(session, actor, "payments.import", "bankfile", record.id, None, "payments", file=filename,
                 format=bf.format, sha256=bf.sha256, **{k: v for k, v in result.as_dict().items()
                                                         if k in ("payments", "amount", "matched", "unmatched",
                                                                  "duplicates_skipped", "overpayments")})
    session.flush()
    return result


def _existing_external_ids(session: Session, ids: list[str]) -> set[str]:
    """Which of these external ids are stored already (one query: an array on PostgreSQL, json_each on SQLite)."""
    if not ids:
        return set()
    conn = session.connection()
    cur = conn.connection.driver_connection.cursor()
    try:
        if conn.dialect.name == "postgresql":
            cur.execute("SELECT external_id FROM payment WHERE external_id = ANY(%s)", (ids,))
        else:
            cur.execute("SELECT external_id FROM payment WHERE external_id IN (SELECT value FROM json_each(?))",
                        (json.dumps(ids),))
        return {r[0] for r in cur.fetchall()}
    finally:
        cur.close()


def _new_payment(agency: Agency, file_id: int | None, bp: Any) -> Payment:
    return Payment(**_payment_values(agency, file_id, bp))


def _payment_values(agency: Agency, file_id: int | None, bp: Any) -> dict[str, Any]:
    note = None
    if bp.kind == "deduction":
        note = f"deduction (BgMax TK21, code {bp.deduction_code})"
    return dict(agency_id=agency.id, bank_file_id=file_id, external_id=bp.external_id,
                kind="deduction" if bp.kind == "deduction" else "payment", amount=bp.amount, currency=bp.currency,
                payment_date=bp.booking_date or bp.value_date, reference=(bp.reference or None) and bp.reference[:64],
                payer_name=bp.payer_name, payer_org_no=bp.payer_org_no, payer_account=bp.payer_account,
                remittance=" | ".join(bp.remittance_info) or None, source_location=bp.source_location,
                status="unmatched", unallocated=bp.amount, suggestions=[], note=note)


def _count(result: ImportResult, amount: Decimal, d: matching.Decision, payment: Payment | None = None) -> None:
    result.payments += 1
    result.amount += amount
    if amount < 0:
        result.deductions += 1
    if d.allocations:
        result.matched[d.method] = result.matched.get(d.method, 0) + 1
    elif not d.overpayment:
        result.unmatched += 1
    if d.overpayment:
        result.overpayments += 1
    if d.ask_agency:
        result.ask_agency += 1


def apply_decision(session: Session, payment: Payment, d: matching.Decision, agency: Agency,
                   actor: str = "system") -> None:
    """One payment at a time through core.allocation (manual registration; `import_file(bulk=False)`)."""
    for p in d.allocations:
        inv = session.get(Invoice, p.item_id)
        allocation.allocate(session, payment, inv, matching.money(p.amount), p.method, actor)
    if d.overpayment:
        allocation.book_overpayment(session, payment, agency, d.customer_id, actor)
    if payment.unallocated != 0:
        allocation.book_to_suspense(session, payment, agency, actor)
    payment.note = _join(payment.note, d.note)
    payment.ask_agency = d.ask_agency if payment.unallocated != 0 or d.ask_agency else None
    payment.suggestions = d.suggestions
    payment.customer_id = payment.customer_id or d.customer_id
    if d.advice_id is not None:
        _mark_advices(session, [d.advice_id])
    session.add(payment)


def _join(a: str | None, b: str | None) -> str | None:
    return "; ".join(x for x in (a, b) if x) or None


def _mark_advices(session: Session, ids: list[int]) -> None:
    try:
        from core.payments.models import PaymentAdvice
    except ImportError:
        return
    t = PaymentAdvice.__table__
    session.execute(sa.update(t).where(t.c.id.in_(ids)).values(status="matched"))
    for obj in list(session.identity_map.values()):
        if isinstance(obj, PaymentAdvice) and obj.id in ids:
            session.expire(obj)


# ---- set-based path ----------------------------------------------------------------------------------------


def sql_cents(session: Session):
    """How a Money value given as integer cents is handed to the driver: the scaled integer itself on SQLite
    (core.types stores öre), an exact decimal string on PostgreSQL (NUMERIC)."""
    if session.get_bind().dialect.name == "sqlite":
        return int
    return _cents_text


def _cents_text(c: int) -> str:
    q, r = divmod(abs(c), 100)
    return f"{'-' if c < 0 else ''}{q}.{r:02d}"


def sql_timestamp(session: Session, value: dt.datetime) -> Any:
    """A DateTime value as the driver gets it (SQLite: SQLAlchemy's text form; PostgreSQL: the datetime)."""
    if session.get_bind().dialect.name == "sqlite":
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def sql_date(session: Session):
    """Converter of a date to the driver's form (SQLite: ISO text as SQLAlchemy stores it)."""
    if session.get_bind().dialect.name == "sqlite":
        return lambda d: None if d is None else d.isoformat()
    return lambda d: d


def reserve_ids(session: Session, table: sa.Table, count: int) -> list[int]:
    """`count` primary keys for rows this transaction is about to insert. PostgreSQL: taken from the table's
    sequence in one query (the sequence named once: `pg_get_serial_sequence` per row costs more than `nextval`).
    SQLite: the ones after the current maximum — safe because the caller already holds the database's write lock
    (it wrote in this transaction), so no other writer can take them meanwhile."""
    if count <= 0:
        return []
    conn = session.connection()
    cur = conn.connection.driver_connection.cursor()
    try:
        if conn.dialect.name == "postgresql":
            cur.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table.name,))
            seq = cur.fetchone()[0]
            cur.execute("SELECT nextval(%s::regclass) FROM generate_series(1, %s)", (seq, count))
            return [r[0] for r in cur.fetchall()]
        cur.execute(f'SELECT coalesce(max(id), 0) FROM "{table.name}"')
        top = cur.fetchone()[0]
        return list(range(top + 1, top + 1 + count))
    finally:
        cur.close()


def bulk_load(session: Session, table: sa.Table, columns: list[str], rows: Iterable[tuple]) -> None:
    """Insert rows (tuples in `columns` order, values already in driver form: see `sql_cents`, `sql_timestamp`,
    JSON as text) without per-row ORM or TypeDecorator work: COPY on PostgreSQL, the driver's executemany on
    SQLite; inside the session's transaction."""
    conn = session.connection()
    raw = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        cols = ", ".join(f'"{c}"' for c in columns)
        with raw.cursor() as cur:
            with cur.copy(f'COPY "{table.name}" ({cols}) FROM STDIN') as cp:
                for r in rows:
                    cp.write_row(r)
        return
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    cur = raw.cursor()
    try:
        cur.executemany(f'INSERT INTO "{table.name}" ({cols}) VALUES ({marks})', rows)
    finally:
        cur.close()



PAYMENT_COLUMNS = ["id", "agency_id", "bank_file_id", "external_id", "kind", "amount", "currency", "payment_date",
                   "reference", "payer_name", "payer_org_no", "payer_account", "remittance", "source_location",
                   "status", "unallocated", "suggestions", "note", "customer_id", "in_suspense", "ask_agency",
                   "created_at"]


def payment_rows(session: Session, agency: Agency, file_id: int | None, pays: list,
                 decisions: list[matching.Decision] | None = None, facts: list | None = None) -> list[list]:
    """Rows (PAYMENT_COLUMNS, driver form, id still None) of the payments of a bank file: as `_payment_values`,
    and with a decision each, what `apply_decision` leaves on the payment."""
    cents, date = sql_cents(session), sql_date(session)
    now = sql_timestamp(session, utcnow())
    dates: dict = {}
    rows = []
    for i, bp in enumerate(pays):
        amt = facts[i].amount if facts is not None else matching.cents(bp.amount)
        day = bp.booking_date or bp.value_date
        d_day = dates.get(day)
        if d_day is None:
            d_day = dates[day] = date(day)
        ref = bp.reference
        note = f"deduction (BgMax TK21, code {bp.deduction_code})" if bp.kind == "deduction" else None
        kind = "deduction" if bp.kind == "deduction" else "payment"
        remit = " | ".join(bp.remittance_info) or None
        status, rest, sugg, customer, ask = "unmatched", amt, "[]", None, None
        if decisions is not None:
            d = decisions[i]
            rest = d.rest(amt)
            status = ("unmatched" if not (d.allocations or d.overpayment) else
                      "matched" if rest == 0 else "partly_matched")
            if d.suggestions:
                sugg = json.dumps(d.suggestions)
            note = _join(note, d.note)
            customer, ask = d.customer_id, d.ask_agency
        rows.append([None, agency.id, file_id, bp.external_id, kind, cents(amt), bp.currency, d_day,
                     ref[:64] if ref else None, bp.payer_name, bp.payer_org_no, bp.payer_account, remit,
                     bp.source_location, status, cents(rest), sugg, note, customer, rest != 0 and decisions is not None,
                     ask, now])
    return rows


def insert_payment_rows(session: Session, rows: list[list]) -> list[int]:
    """Bulk insert payment rows from `payment_rows` (ids reserved first, then COPY / executemany); their ids."""
    ids = reserve_ids(session, Payment.__table__, len(rows))
    for r, pid in zip(rows, ids):
        r[0] = pid
    bulk_load(session, Payment.__table__, PAYMENT_COLUMNS, rows)
    return ids


def _import_bulk(session: Session, agency: Agency, record: BankFileRecord, pays: list, facts: list,
                 book: matching.Book, result: ImportResult, actor: str) -> None:
    t0 = time.perf_counter()
    decisions = []
    for bp, f in zip(pays, facts):
        d = matching.decide(f, book)
        book.apply(d)
        decisions.append(d)
        _count(result, bp.amount, d)
    t0 = result.lap("match", t0)
    rows = payment_rows(session, agency, record.id, pays, decisions, facts)
    t0 = result.lap("rows", t0)
    ids = insert_payment_rows(session, rows)
    t0 = result.lap("write", t0)
    rest_of = {pid: d.rest(f.amount) for pid, d, f in zip(ids, decisions, facts)}
    # vouchers: what allocation.allocate / book_overpayment / book_to_suspense would post, one by one
    cents, date_of = sql_cents(session), sql_date(session)
    now = sql_timestamp(session, utcnow())
    a_debit, a_credit = allocation.allocation_accounts(agency, False)
    o_debit, o_credit = allocation.overpayment_accounts(agency, False)
    s_debit, s_credit = allocation.suspense_accounts(agency)
    vouchers: list[list] = []      # [id, agency, series, number, date, text, source_type, source_id, created_at]
    entries: list[tuple] = []      # (voucher index, account, cents, invoice_id, customer_id, text)
    allocs: list[list] = []        # [payment_id, invoice_id, amount, method, payment_date, voucher index, actor, at]
    touched: dict[int, tuple[int, Any]] = {}
    dates: dict = {}
    for pid, f, d, bp in zip(ids, facts, decisions, pays):
        day = dates.get(f.date)
        if day is None:
            day = dates[f.date] = date_of(f.date)
        for p in d.allocations:
            it = book.items[p.item_id]
            v = len(vouchers)
            vouchers.append([None, agency.id, "A", None, day, allocation.allocation_text(it.number, p.amount),
                             "payment", pid, now])
            entries.append((v, a_debit, p.amount, None, None, None))
            entries.append((v, a_credit, -p.amount, it.id, it.customer_id, None))
            allocs.append([pid, it.id, cents(p.amount), p.method, day, v, actor, now])
            touched[it.id] = (it, f.date)
        if d.overpayment:
            v = len(vouchers)
            vouchers.append([None, agency.id, "A", None, day, allocation.overpayment_text(bp.external_id),
                             "payment", pid, now])
            entries.append((v, o_debit, d.overpayment, None, None, None))
            entries.append((v, o_credit, -d.overpayment, None, d.customer_id, None))
            allocs.append([pid, None, cents(d.overpayment), "overpayment", day, v, actor, now])
        rest = rest_of[pid]
        if rest != 0:
            v = len(vouchers)
            vouchers.append([None, agency.id, "A", None, day, allocation.suspense_text(bp.external_id),
                             "payment", pid, now])
            entries.append((v, s_debit, rest, None, None, None))
            entries.append((v, s_credit, -rest, None, None, None))
    t0 = result.lap("rows", t0)
    if vouchers:
        voucher_ids = reserve_ids(session, Voucher.__table__, len(vouchers))
        first = numbering.take_block(session, agency.id, "voucher:A", len(vouchers), 1)
        for i, (v, vid) in enumerate(zip(vouchers, voucher_ids)):
            v[0], v[3] = vid, first + i
        bulk_load(session, Voucher.__table__, ["id", "agency_id", "series", "number", "date", "text", "source_type",
                                               "source_id", "created_at"], vouchers)
        # every voucher above is two legs of the same amount with opposite signs: balanced, none zero
        bulk_load(session, VoucherEntry.__table__, ["voucher_id", "account", "amount", "invoice_id", "customer_id",
                                                    "text"],
                  [(voucher_ids[v], acct, cents(c), inv, cust, txt) for v, acct, c, inv, cust, txt in entries])
        for a in allocs:
            a[5] = voucher_ids[a[5]]
        bulk_load(session, Allocation.__table__, ["payment_id", "invoice_id", "amount", "method", "payment_date",
                                                  "voucher_id", "actor", "created_at"], allocs)
    t0 = result.lap("write", t0)
    _update_invoices(session, touched)
    result.lap("invoices", t0)
    advice_ids = [d.advice_id for d in decisions if d.advice_id is not None]
    if advice_ids:
        _mark_advices(session, advice_ids)


def _update_invoices(session: Session, touched: dict[int, tuple[Any, dt.date]]) -> None:
    """Set-based: the book's open amount and status (`paid` when nothing is left) and the paying date.
    PostgreSQL: COPY into a temporary table and one UPDATE … FROM; SQLite: one executemany (its per-statement
    cost is small; the B-tree work is the same either way)."""
    if not touched:
        return
    for obj in list(session.identity_map.values()):  # ORM copies in this session must not keep stale amounts
        if isinstance(obj, Invoice) and obj.id in touched:
            session.expire(obj)
    cents, date_of = sql_cents(session), sql_date(session)
    params = [(cents(it.open), it.status, date_of(day) if it.open == 0 else None, iid)
              for iid, (it, day) in sorted(touched.items())]
    conn = session.connection()
    cur = conn.connection.driver_connection.cursor()
    try:
        if conn.dialect.name == "postgresql":  # one statement: COPY the new values beside, then UPDATE … FROM
            cur.execute("CREATE TEMP TABLE paid_invoice (open_amount numeric(18, 2), status varchar(16), "
                        "paid_date date, id bigint) ON COMMIT DROP")
            with cur.copy("COPY paid_invoice FROM STDIN") as cp:
                for row in params:
                    cp.write_row(row)
            cur.execute("UPDATE invoice i SET open_amount = p.open_amount, status = p.status, "
                        "paid_date = COALESCE(p.paid_date, i.paid_date) FROM paid_invoice p WHERE i.id = p.id")
            cur.execute("DROP TABLE paid_invoice")
        else:
            cur.executemany("UPDATE invoice SET open_amount = ?, status = ?, paid_date = COALESCE(?, paid_date) "
                            "WHERE id = ?", params)
    finally:
        cur.close()


# ---------------------------------------------------------------------------------------------------------------
# manual registration, allocation, refund, offset


def _agency(session: Session, code: str) -> Agency:
    from core.registers import register as registers

    return registers.agency_by_code(session, code)


def register_payment(session: Session, agency: Agency, amount: Decimal | str, date: dt.date,
                     reference: str | None = None, payer: str | None = None, payer_org_no: str | None = None,
                     invoice_number: str | None = None, currency: str | None = None,
                     actor: str = "system", external_id: str | None = None) -> Payment:
    """A payment registered by hand (cash, a transfer seen only on the statement). With an invoice number it is
    allocated there (method manual, any excess a customer credit); otherwise the matching rules run."""
    amount = to_decimal(amount, "amount")
    if amount <= 0 or amount != round_money(amount):
        raise ValidationError("amount must be positive with at most two decimals", "amount")
    currency = currency or agency.currency
    ext = external_id or f"manual:{agency.code}:{uuid.uuid4().hex}"
    if session.exec(select(Payment.id).where(Payment.external_id == ext)).first():
        raise ValidationError(f"payment {ext} is already registered", "external_id")
    payment = Payment(agency_id=agency.id, external_id=ext, kind="manual", amount=amount, currency=currency,
                      payment_date=date, reference=reference, payer_name=payer, payer_org_no=payer_org_no,
                      unallocated=amount, source_location="manual")
    session.add(payment)
    session.flush()
    if invoice_number:
        inv = _invoice(session, agency, invoice_number)
        d = matching.Decision(customer_id=inv.customer_id)
        open_c = matching.cents(inv.open_amount)
        if inv.status != "issued" or open_c <= 0 or inv.currency != currency:
            d.overpayment = matching.cents(amount)
            d.note = f"invoice {inv.number} is {inv.status} ({inv.currency}): customer credit to refund or offset"
        else:
            d.allocations.append(matching.Planned(inv.id, min(open_c, matching.cents(amount)), "manual"))
            d.overpayment = max(0, matching.cents(amount) - open_c)
        apply_decision(session, payment, d, agency, actor)
    else:
        facts = matching.PaymentFacts(matching.cents(amount), currency, date, reference=reference,
                                      payer_name=payer, payer_org_no=payer_org_no)
        book = matching.Book.load(session, agency.id, only=[facts])
        matching.prepare(session, agency.id, book, [facts])
        d = matching.decide(facts, book)
        apply_decision(session, payment, d, agency, actor)
        session.flush()
        from core.payments import questions as payment_questions  # it uses this module: imported when needed

        payment_questions.ask_for_file(session, None, actor, payment_ids=[payment.id])
    audit.record(session, actor, "payment.register", "payment", payment.id, agency.id, "payments", amount=amount,
                 reference=reference, invoice=invoice_number)
    session.flush()
    return payment


def _invoice(session: Session, agency: Agency | None, number: str) -> Invoice:
    q = select(Invoice).where(Invoice.number == number)
    if agency is not None:
        q = q.where(Invoice.agency_id == agency.id)
    rows = session.exec(q).all()
    if not rows:
        raise NotFound(f"no invoice {number}", "invoice")
    if len(rows) > 1:
        raise DomainError(f"invoice number {number} exists for several agencies", "invoice")
    return rows[0]


def get_payment(session: Session, payment_id: int) -> Payment:
    p = session.get(Payment, payment_id)
    if p is None:
        raise NotFound(f"no payment {payment_id}", "payment")
    return p


def allocate_manually(session: Session, payment_id: int, invoice_number: str, amount: Decimal | str | None = None,
                      actor: str = "system", method: str = "manual") -> Allocation:
    """Place (part of) what is left of a payment on an invoice (method manual, or agency_answer when the agency's
    reply to a payment question names it); splits by calling it again."""
    payment = get_payment(session, payment_id)
    agency = session.get(Agency, payment.agency_id) if payment.agency_id else None
    inv = _invoice(session, agency, invoice_number)
    amount = to_decimal(amount, "amount") if amount is not None else (
        min(payment.unallocated, inv.open_amount) if payment.unallocated > 0 else payment.unallocated)
    alloc = allocation.allocate(session, payment, inv, amount, method, actor)
    session.flush()
    return alloc


def refund_payment(session: Session, payment_id: int, amount: Decimal | str | None = None,
                   date: dt.date | None = None, actor: str = "system") -> Allocation:
    payment = get_payment(session, payment_id)
    return allocation.refund(session, payment, None if amount is None else to_decimal(amount), date, actor)


def offset_payment(session: Session, payment_id: int, invoice_number: str, amount: Decimal | str | None = None,
                   date: dt.date | None = None, actor: str = "system") -> Allocation:
    payment = get_payment(session, payment_id)
    agency = session.get(Agency, payment.agency_id)
    inv = _invoice(session, agency, invoice_number)
    return allocation.offset(session, payment, inv, None if amount is None else to_decimal(amount), date, actor)


# ---------------------------------------------------------------------------------------------------------------
# views


def payment_dict(session: Session, p: Payment, agency_codes: dict[int, str] | None = None,
                 allocs: list | None = None) -> dict[str, Any]:
    if allocs is None:
        allocs = session.execute(sa.select(Allocation, Invoice.number).outerjoin(Invoice, Invoice.id == Allocation.invoice_id)
                                 .where(Allocation.payment_id == p.id).order_by(Allocation.id)).all()
    code = (agency_codes or {}).get(p.agency_id) if agency_codes else (
        session.get(Agency, p.agency_id).code if p.agency_id else None)
    credit = sum((a.amount for a, _ in allocs if a.method == "overpayment"), ZERO) - \
        sum((a.amount for a, _ in allocs if a.method in ("refund", "offset")), ZERO)
    return {"id": p.id, "agency": code, "external_id": p.external_id, "kind": p.kind, "status": p.status,
            "amount": money_str(p.amount), "currency": p.currency, "payment_date": p.payment_date,
            "reference": p.reference, "payer": p.payer_name, "payer_org_no": p.payer_org_no,
            "unallocated": money_str(p.unallocated), "in_suspense": p.in_suspense,
            "customer_credit": money_str(credit), "note": p.note, "ask_agency": p.ask_agency,
            "allocations": [{"invoice": num, "amount": money_str(a.amount), "method": a.method,
                             "date": a.payment_date, "voucher_id": a.voucher_id} for a, num in allocs],
            "suggestions": p.suggestions, "source": p.source_location, "bank_file_id": p.bank_file_id}


def list_payments(session: Session, since: dt.date | None = None, agency_code: str | None = None,
                  status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    q = select(Payment).order_by(Payment.payment_date, Payment.id)
    if since:
        q = q.where(Payment.payment_date >= since)
    if agency_code:
        q = q.where(Payment.agency_id == _agency(session, agency_code).id)
    if status:
        q = q.where(Payment.status == status)
    if limit:
        q = q.limit(limit)
    pays = list(session.exec(q))
    codes = {a.id: a.code for a in session.exec(select(Agency))}
    allocs: dict[int, list] = {}
    ids = [p.id for p in pays]
    for i in range(0, len(ids), 5000):
        for a, num in session.execute(sa.select(Allocation, Invoice.number)
                                      .outerjoin(Invoice, Invoice.id == Allocation.invoice_id)
                                      .where(Allocation.payment_id.in_(ids[i:i + 5000])).order_by(Allocation.id)):
            allocs.setdefault(a.payment_id, []).append((a, num))
    return [payment_dict(session, p, codes, allocs.get(p.id, [])) for p in pays]
