"""Importing a bank file (BgMax, camt.054): exactly once, all or nothing, in the caller's one transaction.

Parse (a broken file raises the parser's error naming the line/element and nothing is written) → the payee
account of every deposit names the agency (bankgiro / IBAN, digits compared) → the file is stored with its
sha256 (the same bytes again: nothing new) → payments whose `external_id` is already stored are skipped
(overlapping files) → the matching rules (core.payments.matching, the only place they live) decide, on a book of
the invoices the file reaches (core.payments.book_loader) → the payments and what the rules decided are written
set-based (core.payments.import_writes), or one payment at a time through core.payments.allocation with
`bulk=False` (a test holds both equal) → the agency is asked about what no rule could place
(core.payments.questions).

`core` does not import `intake`; the parser is handed in by the caller (`parse=intake.bankfiles.parse_bank_file`).
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.kernel.money import ZERO, money_str
from core.payments import allocation, book_loader, import_writes, matching, questions, reference_keys
from core.payments.book import Book
from core.payments.facts import METHODS, Decision, PaymentFacts, cents
from core.payments.models import BankFileRecord, Payment
from core.payments.placing import apply_decision, join_notes
from core.platform import audit, claims, collector, db
from core.registers.models import Agency

# PostgreSQL, for the import's transaction (core.platform.db.for_bulk_work: SET LOCAL; SQLite has neither): no JIT,
# and this much work_mem per sort, hash or transition table. The invoice UPDATE hands the summary trigger
# (core.billing.summary) the old and new rows of every invoice it pays as transition tables, which at the server's
# default 4 MB went to temporary files and back: for 100,000 invoices out of 1,000,000 the trigger took 0.99 / 1.13 s
# against 0.30 / 0.43 s at 64 MB (alternated), and the whole import wrote 81 MB of temporary files, now none.
WORK_MEM_MB = 64


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
    amount: Decimal = ZERO  # all currencies added (kept for scripts); per currency in amounts_by_currency
    amounts_by_currency: dict[str, Decimal] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METHODS, 0))
    unmatched: int = 0
    duplicates_skipped: int = 0
    overpayments: int = 0
    deductions: int = 0
    ask_agency: int = 0
    asked: int = 0                 # question e-mails to agencies (core.payments.questions)
    not_posted: int = 0
    already_imported: bool = False
    file_id: int | None = None
    agencies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what the reader assumed (a date, the encoding, a currency)
    # seconds per phase (parse, book, match, rows, write, invoices): for bench/payments.py, not part of as_dict
    timings: dict[str, float] = field(default_factory=dict)

    def lap(self, phase: str, since: float) -> float:
        """Add the time since `since` to `phase`; returns now (the start of the next phase)."""
        now = time.perf_counter()
        self.timings[phase] = self.timings.get(phase, 0.0) + now - since
        return now

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "format": self.format, "payments": self.payments,
                "amount": money_str(self.amount),
                "amounts_by_currency": {c: money_str(a) for c, a in sorted(self.amounts_by_currency.items())},
                "matched": dict(self.matched), "unmatched": self.unmatched,
                "duplicates_skipped": self.duplicates_skipped, "overpayments": self.overpayments,
                "deductions": self.deductions, "ask_agency": self.ask_agency, "asked": self.asked,
                "not_posted": self.not_posted,
                "already_imported": self.already_imported, "file_id": self.file_id, "agencies": self.agencies,
                "notes": self.notes, "warnings": self.warnings}


def _digits(s: str | None) -> str:
    return re.sub(r"\D", "", s or "").lstrip("0")


def agency_for_account(agencies: Iterable[Agency], account: str | None) -> Agency | None:
    """The agency whose bankgiro or IBAN is this payee account (digits only, leading zeros ignored); the first by
    id when several share it (agencies_for_account)."""
    found = agencies_for_account(agencies, account)
    return found[0] if found else None


def agencies_for_account(agencies: Iterable[Agency], account: str | None) -> list[Agency]:
    """Every agency whose bankgiro or IBAN is this payee account, by id. Several only when the register let them
    share it, which it does only with a reference prefix each (core.registers.register._check_own_account)."""
    d = _digits(account)
    if not d:
        return []
    return sorted((a for a in agencies if d in (_digits(a.bankgiro), _digits(a.iban))), key=lambda a: a.id or 0)


def _payment_refs(bp: Any) -> list[str]:
    return [r for r in [bp.reference] + [x.reference for x in getattr(bp, "references", ()) or ()] if r]


def agency_of_payment(sharing: list[Agency], bp: Any, owners: dict[str, int] | None = None) -> Agency:
    """Of the agencies sharing a payee account, the one that issued the payment's reference (`owners`: reference
    key → agency id, from _reference_owners: also references issued before the agency had a prefix), else the one
    whose reference prefix begins it (its canonical key, core.payments.reference_keys): the payment is then matched
    only against that agency's invoices, so the same number in another agency's series is never paid. A payment
    whose reference names none of them goes to the first (by id), where the rules leave it unmatched for a clerk
    unless it fits."""
    if len(sharing) == 1:
        return sharing[0]
    refs = _payment_refs(bp)
    by_id = {a.id: a for a in sharing}
    for ref in refs:
        owner = (owners or {}).get(reference_keys.ref_key(ref) or "")
        if owner in by_id:
            return by_id[owner]
    for ref in refs:
        key = reference_keys.ref_key(ref) or ""
        for a in sharing:
            if a.reference_prefix and key.startswith(a.reference_prefix):
                return a
    return sharing[0]


def facts_of(bp: Any) -> PaymentFacts:
    """Matching facts of an `intake.bankfiles.BankPayment` (duck-typed: core does not import intake)."""
    extra = tuple((r.reference, None if r.amount is None else cents(r.amount))
                  for r in bp.references if r.reference) if bp.references else ()
    return PaymentFacts(
        amount=cents(bp.amount), currency=bp.currency, date=bp.booking_date or bp.value_date,
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
    db.for_bulk_work(session, WORK_MEM_MB)
    with collector.paused():  # its payments, facts, book items and rows all live until the end
        return _import_file(session, raw, filename, fmt, parse, actor, bulk, full_book)


def _import_file(session: Session, raw: bytes, filename: str, fmt: str | None,
                 parse: Callable[[bytes, str | None], Any], actor: str, bulk: bool, full_book: bool) -> ImportResult:
    t0 = time.perf_counter()
    bf = parse(raw, fmt)
    result = ImportResult(file=filename, format=bf.format)
    result.lap("parse", t0)
    record = _record_file(session, bf, filename, actor)
    if record is None:
        result.already_imported, result.file_id = True, _file_id(session, bf.sha256)
        result.duplicates_skipped = len(bf.payments)
        return result
    dep_agency = _deposit_agencies(session, bf)
    result.file_id = record.id
    known = import_writes.known_external_ids(session, [p.external_id for p in bf.payments])
    new = [p for p in bf.payments if p.external_id not in known]
    result.duplicates_skipped = len(bf.payments) - len(new)
    result.not_posted = len(bf.other_transactions)
    result.notes = list(bf.notes) + [f"{o.source_location}: {o.kind} {o.amount} {o.currency} not posted"
                                     for o in bf.other_transactions]
    result.warnings = list(bf.warnings)
    for agency, pays in _by_agency(new, dep_agency, _reference_owners(session, new, dep_agency)):
        assert agency.id is not None  # a stored agency
        result.agencies.append(agency.code)
        t0 = time.perf_counter()
        facts = [facts_of(p) for p in pays]
        book = book_loader.load_book(session, agency.id, None if full_book else facts)
        book_loader.prepare(session, agency.id, book, facts)
        result.lap("book", t0)
        import_payments = _import_set_based if bulk else _import_one_by_one
        import_payments(session, agency, record.id, pays, facts, book, result, actor)
    result.asked = len(questions.ask_for_file(session, record.id, actor))
    _summarise(session, record, result, bf.sha256, actor)
    return result


def _file_id(session: Session, sha256: str) -> int | None:
    row = session.execute(sa.select(col(BankFileRecord.id)).where(col(BankFileRecord.sha256) == sha256)).first()
    return row[0] if row else None


def _record_file(session: Session, bf: Any, filename: str, actor: str) -> BankFileRecord | None:
    """The file's record, or None when these bytes were imported before — also when another process is importing
    them at this very moment: the second waits for the first's transaction (platform.claims.exclusive) and then
    reports "already imported" instead of failing on the unique sha256."""
    claims.exclusive(session, "bankfile", bf.sha256)
    if _file_id(session, bf.sha256) is not None:
        return None
    record = BankFileRecord(sha256=bf.sha256, filename=filename, format=bf.format, payee_account=bf.payee_account,
                            actor=actor)
    session.add(record)
    session.flush()
    return record


def _deposit_agencies(session: Session, bf: Any) -> dict[int, list[Agency]]:
    """The agencies of each deposit with payments (by deposit index), named by its payee account (one, or those
    sharing it with a reference prefix each)."""
    agencies = list(session.exec(select(Agency)))
    with_payments = {p.deposit_index for p in bf.payments}  # one pass (not one per deposit over 10^5 payments)
    dep_agency: dict[int, list[Agency]] = {}
    for dep in bf.deposits:
        if dep.index in with_payments:
            found = agencies_for_account(agencies, dep.payee_account)
            if not found:
                raise FileRejected(f"payee account {dep.payee_account} belongs to no agency", dep.source_location)
            dep_agency[dep.index] = found
    return dep_agency


def _reference_owners(session: Session, pays: list[Any], dep_agency: dict[int, list[Agency]]) -> dict[str, int]:
    """For payments to a shared account: reference key → the id of the sharing agency that issued an invoice with
    that reference (one query; nothing when no account in the file is shared)."""
    shared = {a.id for ags in dep_agency.values() if len(ags) > 1 for a in ags}
    if not shared:  # the usual case: one agency per account
        return {}
    refs = {r for p in pays if len(dep_agency[p.deposit_index]) > 1 for r in _payment_refs(p)}
    if not refs:
        return {}
    wanted = {reference_keys.ref_key(r) for r in refs} - {None}
    inv = Invoice.__table__.c
    rows = session.execute(sa.select(inv.reference, inv.agency_id).where(
        inv.agency_id.in_(sorted(i for i in shared if i is not None)),
        inv.reference.in_(sorted(refs | {k for k in wanted if k}))))
    return {reference_keys.ref_key(ref) or "": agency_id for ref, agency_id in rows
            if reference_keys.ref_key(ref) in wanted}


def _by_agency(pays: list[Any], dep_agency: dict[int, list[Agency]],
               owners: dict[str, int] | None = None) -> list[tuple[Agency, list[Any]]]:
    """The payments grouped by the agency of their deposit (on a shared account: by the payment's reference,
    agency_of_payment), in the order the file names the agencies."""
    groups: dict[int | None, tuple[Agency, list[Any]]] = {}
    for p in pays:
        agency = agency_of_payment(dep_agency[p.deposit_index], p, owners)
        groups.setdefault(agency.id, (agency, []))[1].append(p)
    return list(groups.values())


def _summarise(session: Session, record: BankFileRecord, result: ImportResult, sha256: str, actor: str) -> None:
    """What the import did, on the file's record and in the audit trail."""
    record.payments = result.payments
    record.total = result.amount
    record.duplicates_skipped = result.duplicates_skipped
    record.summary = {k: v for k, v in result.as_dict().items() if k not in ("file", "notes")}
    session.add(record)
    audit.record(session, actor, "payments.import", "bankfile", record.id, None, "payments", file=result.file,
                 format=result.format, sha256=sha256, **{k: v for k, v in result.as_dict().items()
                                                         if k in ("payments", "amount", "matched", "unmatched",
                                                                  "duplicates_skipped", "overpayments")})
    session.flush()


def _import_set_based(session: Session, agency: Agency, file_id: int | None, pays: list[Any],
                      facts: list[PaymentFacts], book: Book, result: ImportResult, actor: str) -> None:
    """The rules decide every payment on the book (kept current), then everything is written set-based."""
    t0 = time.perf_counter()
    decisions = []
    for bp, f in zip(pays, facts):
        d = matching.decide(f, book)
        book.apply(d)
        decisions.append(d)
        _count(result, bp.amount, d, f.currency)
    result.lap("match", t0)
    import_writes.write_decisions(session, agency, file_id, pays, facts, decisions, book, actor, result.lap)


def _import_one_by_one(session: Session, agency: Agency, file_id: int | None, pays: list[Any],
                       facts: list[PaymentFacts], book: Book, result: ImportResult, actor: str) -> None:
    """Each payment stored, decided and placed through core.payments.allocation (the reference path), one voucher
    per bank deposit."""
    for members in import_writes.deposits(pays, facts):
        first = pays[members[0]]
        deposit = allocation.DepositVoucher(agency, facts[members[0]].date,
                                            allocation.deposit_text(agency.language, first.entry_ref, len(members)),
                                            import_writes.DEPOSIT_SOURCE, file_id)
        for k in members:
            bp, f = pays[k], facts[k]
            payment = Payment(**payment_values(agency, file_id, bp))
            session.add(payment)
            session.flush()
            d = matching.decide(f, book)
            book.apply(d)
            apply_decision(session, payment, d, agency, actor, deposit=deposit)
            _count(result, payment.amount, d, f.currency)
        deposit.post(session)


def payment_values(agency: Agency, file_id: int | None, bp: Any) -> dict[str, Any]:
    """The fields of a new Payment for a bank file's payment (`import_writes.payment_rows` writes the same)."""
    note = None
    if bp.kind == "deduction":
        note = f"deduction (BgMax TK21, code {bp.deduction_code})"
    note = join_notes(note, "; ".join(bp.warnings))  # the bank file reader's assumptions, on the payment
    return dict(agency_id=agency.id, bank_file_id=file_id, external_id=bp.external_id,
                kind="deduction" if bp.kind == "deduction" else "payment", amount=bp.amount, currency=bp.currency,
                payment_date=bp.booking_date or bp.value_date, reference=(bp.reference or None) and bp.reference[:64],
                payer_name=bp.payer_name, payer_org_no=bp.payer_org_no, payer_account=bp.payer_account,
                remittance=" | ".join(bp.remittance_info) or None, source_location=bp.source_location,
                status="unmatched", unallocated=bp.amount, suggestions=[], note=note)


def _count(result: ImportResult, amount: Decimal, d: Decision, currency: str) -> None:
    result.payments += 1
    result.amount += amount
    result.amounts_by_currency[currency] = result.amounts_by_currency.get(currency, ZERO) + amount
    if amount < 0:
        result.deductions += 1
    if d.allocations:
        method = d.method or ""
        result.matched[method] = result.matched.get(method, 0) + 1
    elif not d.overpayment:
        result.unmatched += 1
    if d.overpayment:
        result.overpayments += 1
    if d.ask_agency:
        result.ask_agency += 1
