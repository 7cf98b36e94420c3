"""Payments use cases: import a bank file (exactly once, all or nothing), register a payment by hand, allocate,
refund, offset, list.

Import, in the caller's one transaction: parse (a broken file raises `BankFileError` naming the line/element and
nothing is written) → the payee account of every deposit names the agency (bankgiro / IBAN, digits compared) →
the file is stored with its sha256 (the same bytes again: nothing new) → payments whose `external_id` is already
stored are skipped (overlapping files) → the matching rules (core.matching, the only place they live) decide →
payments, allocations, vouchers and entries are bulk-inserted and invoices bulk-updated (set-based: one query for
the agency's open invoices, executemany for the rest). The vouchers are exactly those `core.allocation` posts one
payment at a time (`bulk=False` takes that path; a test holds both equal).

`core` does not import `intake`; the parser is handed in by the caller (`parse=intake.bankfiles.parse_bank_file`).
"""
from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Iterable

import sqlalchemy as sa
from sqlmodel import Session, select

from core import allocation, audit, matching, numbering
from core.errors import DomainError, NotFound, ValidationError
from core.models.invoicing import Invoice
from core.models.ledger import Voucher, VoucherEntry
from core.models.payments import Allocation, BankFileRecord, Payment
from core.models.registers import Agency, utcnow
from core.money import ZERO, money_str, round_money, to_decimal

BULK_BOOK_THRESHOLD = 50   # fewer new payments for an agency: load only the invoices they can reach


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
    matched: dict[str, int] = field(default_factory=lambda: {m: 0 for m in matching.METHODS})
    unmatched: int = 0
    duplicates_skipped: int = 0
    overpayments: int = 0
    deductions: int = 0
    ask_agency: int = 0
    not_posted: int = 0
    already_imported: bool = False
    file_id: int | None = None
    agencies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "format": self.format, "payments": self.payments,
                "amount": money_str(self.amount), "matched": dict(self.matched), "unmatched": self.unmatched,
                "duplicates_skipped": self.duplicates_skipped, "overpayments": self.overpayments,
                "deductions": self.deductions, "ask_agency": self.ask_agency, "not_posted": self.not_posted,
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
                parse: Callable[[bytes, str | None], Any], actor: str = "system", bulk: bool = True) -> ImportResult:
    """Import a bank file in the caller's transaction. Raises the parser's error or `FileRejected`."""
    bf = parse(raw, fmt)
    result = ImportResult(file=filename, format=bf.format)
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
        facts = [facts_of(p) for p in pays]
        book = matching.Book.load(session, agency_id, None if len(pays) >= BULK_BOOK_THRESHOLD else facts)
        matching.prepare(session, agency_id, book, facts)
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
    col = Payment.__table__.c.external_id
    found: set[str] = set()
    for i in range(0, len(ids), 5000):
        found.update(session.execute(sa.select(col).where(col.in_(ids[i:i + 5000]))).scalars())
    return found


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
        from core.models.intake import PaymentAdvice
    except ImportError:
        return
    t = PaymentAdvice.__table__
    session.execute(sa.update(t).where(t.c.id.in_(ids)).values(status="matched"))
    for obj in list(session.identity_map.values()):
        if isinstance(obj, PaymentAdvice) and obj.id in ids:
            session.expire(obj)


# ---- set-based path ----------------------------------------------------------------------------------------


def insert_payment_rows(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Bulk insert payments (Core executemany with RETURNING, in parameter order); their ids."""
    t = Payment.__table__
    now = utcnow()
    for r in rows:
        r.setdefault("created_at", now)
        r.setdefault("customer_id", None)
        r.setdefault("in_suspense", False)
        r.setdefault("ask_agency", None)
    ids: list[int] = []
    for i in range(0, len(rows), 20000):
        res = session.execute(sa.insert(t).returning(t.c.id, sort_by_parameter_order=True), rows[i:i + 20000])
        ids += [r[0] for r in res]
    return ids


def _import_bulk(session: Session, agency: Agency, record: BankFileRecord, pays: list, facts: list,
                 book: matching.Book, result: ImportResult, actor: str) -> None:
    rows, decisions = [], []
    for bp, f in zip(pays, facts):
        d = matching.decide(f, book)
        book.apply(d)
        decisions.append(d)
        row = _payment_values(agency, record.id, bp)
        rest = matching.money(d.rest(f.amount))
        row["unallocated"] = rest
        row["in_suspense"] = rest != 0
        row["customer_id"] = d.customer_id
        row["note"] = _join(row["note"], d.note)
        row["ask_agency"] = d.ask_agency
        row["suggestions"] = d.suggestions
        row["status"] = ("unmatched" if not (d.allocations or d.overpayment) else
                         "matched" if rest == 0 else "partly_matched")
        rows.append(row)
        _count(result, bp.amount, d)
    ids = insert_payment_rows(session, rows)
    # vouchers: what allocation.allocate / book_overpayment / book_to_suspense would post, one by one
    vouchers: list[dict] = []
    entries: list[list] = []
    allocs: list[dict] = []
    touched: dict[int, tuple[int, dt.date]] = {}
    for pid, row, d in zip(ids, rows, decisions):
        date, ext = row["payment_date"], row["external_id"]
        for p in d.allocations:
            it = book.items[p.item_id]
            amt = matching.money(p.amount)
            vouchers.append(dict(date=date, text=allocation.allocation_text(it.number, amt), source_id=pid))
            entries.append(allocation.allocation_entries(agency, False, it.id, it.customer_id, amt))
            allocs.append(dict(payment_id=pid, invoice_id=it.id, amount=amt, method=p.method, payment_date=date,
                               actor=actor, v=len(vouchers) - 1))
            touched[it.id] = (it.open, date)
        if d.overpayment:
            amt = matching.money(d.overpayment)
            vouchers.append(dict(date=date, text=allocation.overpayment_text(ext), source_id=pid))
            entries.append(allocation.overpayment_entries(agency, False, d.customer_id, amt))
            allocs.append(dict(payment_id=pid, invoice_id=None, amount=amt, method="overpayment", payment_date=date,
                               actor=actor, v=len(vouchers) - 1))
        if row["unallocated"] != 0:
            vouchers.append(dict(date=date, text=allocation.suspense_text(ext), source_id=pid))
            entries.append(allocation.suspense_entries(agency, row["unallocated"]))
    voucher_ids = _insert_vouchers(session, agency.id, vouchers, entries)
    now = utcnow()
    if allocs:
        for a in allocs:
            a["voucher_id"] = voucher_ids[a.pop("v")]
            a["created_at"] = now
        for i in range(0, len(allocs), 20000):
            session.execute(sa.insert(Allocation.__table__), allocs[i:i + 20000])
    _update_invoices(session, touched)
    advice_ids = [d.advice_id for d in decisions if d.advice_id is not None]
    if advice_ids:
        _mark_advices(session, advice_ids)


def _insert_vouchers(session: Session, agency_id: int, vouchers: list[dict], entries: list[list]) -> list[int]:
    if not vouchers:
        return []
    first = numbering.take_block(session, agency_id, "voucher:A", len(vouchers), 1)
    now = utcnow()
    vt, et = Voucher.__table__, VoucherEntry.__table__
    rows = [dict(agency_id=agency_id, series="A", number=first + i, date=v["date"], text=v["text"],
                 source_type="payment", source_id=v["source_id"], created_at=now) for i, v in enumerate(vouchers)]
    ids: list[int] = []
    for i in range(0, len(rows), 20000):
        res = session.execute(sa.insert(vt).returning(vt.c.id, sort_by_parameter_order=True), rows[i:i + 20000])
        ids += [r[0] for r in res]
    erows = []
    for vid, es in zip(ids, entries):
        total = ZERO
        for e in es:
            if e.amount == 0:
                continue
            amt = round_money(e.amount)
            total += amt
            erows.append(dict(voucher_id=vid, account=e.account, amount=amt, invoice_id=e.invoice_id,
                              customer_id=e.customer_id, text=e.text))
        if total != 0:  # same guarantee as ledger.post
            raise DomainError(f"voucher for payment does not balance: {total}")
    for i in range(0, len(erows), 20000):
        session.execute(sa.insert(et), erows[i:i + 20000])
    return ids


def _update_invoices(session: Session, touched: dict[int, tuple[int, dt.date]]) -> None:
    """Set-based: new open amount; `paid` with the paying date when nothing is left."""
    if not touched:
        return
    for obj in list(session.identity_map.values()):  # ORM copies in this session must not keep stale amounts
        if isinstance(obj, Invoice) and obj.id in touched:
            session.expire(obj)
    t = Invoice.__table__
    ids = sorted(touched)
    if session.get_bind().dialect.name == "postgresql":
        for i in range(0, len(ids), 50000):
            chunk = ids[i:i + 50000]
            session.execute(sa.text(
                "UPDATE invoice SET open_amount = v.o, "
                "status = CASE WHEN v.o = 0 AND invoice.status = 'issued' THEN 'paid' ELSE invoice.status END, "
                "paid_date = CASE WHEN v.o = 0 THEN v.d ELSE invoice.paid_date END "
                "FROM unnest(CAST(:ids AS bigint[]), CAST(:opens AS numeric[]), CAST(:dates AS date[])) "
                "AS v(id, o, d) WHERE invoice.id = v.id"),
                {"ids": chunk, "opens": [matching.money(touched[x][0]) for x in chunk],
                 "dates": [touched[x][1] for x in chunk]})
        return
    stmt = (sa.update(t).where(t.c.id == sa.bindparam("_id"))
            .values(open_amount=sa.bindparam("_open", type_=t.c.open_amount.type),
                    status=sa.case((sa.bindparam("_paid", type_=sa.Boolean()), "paid"), else_=t.c.status),
                    paid_date=sa.case((sa.bindparam("_paid2", type_=sa.Boolean()), sa.bindparam("_date", type_=sa.Date())),
                                      else_=t.c.paid_date)))
    params = [{"_id": x, "_open": matching.money(touched[x][0]), "_paid": touched[x][0] == 0,
               "_paid2": touched[x][0] == 0, "_date": touched[x][1]} for x in ids]
    session.execute(stmt, params)


# ---------------------------------------------------------------------------------------------------------------
# manual registration, allocation, refund, offset


def _agency(session: Session, code: str) -> Agency:
    from core import registers

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
                      actor: str = "system") -> Allocation:
    """Place (part of) what is left of a payment on an invoice (method manual); splits by calling it again."""
    payment = get_payment(session, payment_id)
    agency = session.get(Agency, payment.agency_id) if payment.agency_id else None
    inv = _invoice(session, agency, invoice_number)
    amount = to_decimal(amount, "amount") if amount is not None else (
        min(payment.unallocated, inv.open_amount) if payment.unallocated > 0 else payment.unallocated)
    alloc = allocation.allocate(session, payment, inv, amount, "manual", actor)
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


def _invoice_section(session: Session, inv: Invoice) -> tuple[str, Any]:
    """`invoice show`: what payments settled (allocations net of deductions) besides the `payments` list."""
    a = Allocation.__table__.c
    total = session.execute(sa.select(sa.func.coalesce(sa.func.sum(a.amount), 0))
                            .where(a.invoice_id == inv.id)).scalar_one()
    return "paid_total", money_str(Decimal(total).quantize(Decimal("0.01")))


def _register_view() -> None:
    from core import invoice_view

    if _invoice_section not in invoice_view.SECTIONS:
        invoice_view.SECTIONS.append(_invoice_section)


_register_view()
