"""The set-based writes of a bank-file import: what the matching rules decided for thousands of payments, written
in a few statements (core.platform.bulk says how per database; here is what is written).

Payments, allocations, vouchers and voucher entries are inserted with reserved ids in the driver's form, the
invoices the file reached are updated in one statement, the advices it used marked. The vouchers are exactly
those core.payments.allocation posts one payment at a time (`DepositVoucher`: the same accounts and texts): one
balanced voucher per bank deposit, its bank line for the deposit and one line per allocation, overpayment and
suspense remainder naming its payment (`import_file(bulk=False)` takes that path; a test holds both equal).
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from core.billing import summary
from core.billing.models import Invoice
from core.kernel.clock import utcnow
from core.ledger import accounts
from core.ledger.models import Voucher, VoucherEntry
from core.payments import allocation
from core.payments.book import Book, Item
from core.payments.facts import Decision, PaymentFacts, cents
from core.payments.models import Allocation, Payment
from core.payments.placing import join_notes, mark_advices
from core.platform import bulk, numbering
from core.registers.models import Agency

Lap = Callable[[str, float], float]   # ImportResult.lap: adds the time of a phase, returns now

PAYMENT_COLUMNS = ["id", "agency_id", "bank_file_id", "external_id", "kind", "amount", "currency", "payment_date",
                   "reference", "payer_name", "payer_org_no", "payer_account", "remittance", "source_location",
                   "status", "unallocated", "suggestions", "note", "customer_id", "in_suspense", "ask_agency",
                   "created_at"]
VOUCHER_COLUMNS = ["id", "agency_id", "series", "number", "date", "text", "source_type", "source_id", "created_at"]
# agency_id, voucher_date, issues_invoice: the entry's copies of its voucher's (core.ledger.posting.copies)
ENTRY_COLUMNS = ["voucher_id", "account", "amount", "invoice_id", "customer_id", "text", "payment_id", "agency_id",
                 "voucher_date", "issues_invoice"]
ALLOCATION_COLUMNS = ["payment_id", "invoice_id", "amount", "method", "payment_date", "voucher_id", "actor",
                      "created_at"]


def known_external_ids(session: Session, ids: list[str]) -> set[str]:
    """Which of these external ids (bank serial / transaction id) are stored already: overlapping files."""
    return bulk.existing_values(session, Payment.__table__, "external_id", ids)


def payment_rows(session: Session, agency: Agency, file_id: int | None, pays: Sequence[Any],
                 decisions: list[Decision] | None = None,
                 facts: list[PaymentFacts] | None = None) -> list[list[Any]]:
    """Rows (PAYMENT_COLUMNS, driver form, id still None) of the payments of a bank file: as
    `importing.payment_values`, and with a decision each, what `placing.apply_decision` leaves on the payment."""
    to_cents, date = bulk.driver_cents(session), bulk.driver_date(session)
    now = bulk.driver_timestamp(session, utcnow())
    dates: dict[dt.date, Any] = {}
    rows = []
    for i, bp in enumerate(pays):
        amt = facts[i].amount if facts is not None else cents(bp.amount)
        day = bp.booking_date or bp.value_date
        d_day = dates.get(day)
        if d_day is None:
            d_day = dates[day] = date(day)
        ref = bp.reference
        note = f"deduction (BgMax TK21, code {bp.deduction_code})" if bp.kind == "deduction" else None
        note = join_notes(note, "; ".join(bp.warnings))  # the bank file reader's assumptions, on the payment
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
            note = join_notes(note, d.note)
            customer, ask = d.customer_id, d.ask_agency
        rows.append([None, agency.id, file_id, bp.external_id, kind, to_cents(amt), bp.currency, d_day,
                     ref[:64] if ref else None, bp.payer_name, bp.payer_org_no, bp.payer_account, remit,
                     bp.source_location, status, to_cents(rest), sugg, note, customer,
                     rest != 0 and decisions is not None, ask, now])
    return rows


def insert_payment_rows(session: Session, rows: list[list[Any]]) -> list[int]:
    """Bulk insert payment rows from `payment_rows` (ids reserved first, then COPY / executemany); their ids."""
    ids = bulk.reserve_ids(session, Payment.__table__, len(rows))
    for r, pid in zip(rows, ids):
        r[0] = pid
    bulk.copy_insert(session, Payment.__table__, PAYMENT_COLUMNS, rows)
    return ids


DEPOSIT_SOURCE = "bank_deposit"  # Voucher.source_type of a bank deposit's voucher (source_id: the bank file)


def deposits(pays: Sequence[Any], facts: Sequence[PaymentFacts]) -> list[list[int]]:
    """The (new) payments of one agency grouped by the bank deposit they came with (a BgMax TK15 section, a camt
    entry) and their booking date, as positions in `pays`, in file order: each group is one voucher."""
    groups: dict[tuple[int, dt.date], list[int]] = {}
    for k, (bp, f) in enumerate(zip(pays, facts)):
        groups.setdefault((bp.deposit_index, f.date), []).append(k)
    return list(groups.values())


# an entry before its voucher id is known: (voucher index, account, cents, invoice id, customer id, text, payment id)
_Entry = tuple[int, str, int, int | None, int | None, str | None, int | None]


@dataclass
class _Postings:
    """What the decisions post, before voucher ids and numbers are known (vouchers referred to by index)."""

    vouchers: list[list[Any]] = field(default_factory=list)   # VOUCHER_COLUMNS, id and number None
    entries: list[_Entry] = field(default_factory=list)
    allocs: list[list[Any]] = field(default_factory=list)     # ALLOCATION_COLUMNS, voucher_id = voucher index
    touched: dict[int, tuple[Item, dt.date]] = field(default_factory=dict)   # invoice id -> (item, paying date)

    def voucher(self, agency_id: int | None, day: Any, text: str, file_id: int | None, now: Any) -> int:
        self.vouchers.append([None, agency_id, "A", None, day, text, DEPOSIT_SOURCE, file_id, now])
        return len(self.vouchers) - 1

    def credit(self, v: int, account: str, amount: int, payment_id: int, invoice_id: int | None = None,
               customer_id: int | None = None, text: str | None = None) -> None:
        self.entries.append((v, account, -amount, invoice_id, customer_id, text, payment_id))


def write_decisions(session: Session, agency: Agency, file_id: int | None, pays: Sequence[Any],
                    facts: list[PaymentFacts], decisions: list[Decision], book: Book, actor: str, lap: Lap) -> None:
    """Store the payments of one agency in a bank file with what the rules decided for each."""
    t0 = time.perf_counter()
    rows = payment_rows(session, agency, file_id, pays, decisions, facts)
    t0 = lap("rows", t0)
    ids = insert_payment_rows(session, rows)
    t0 = lap("write", t0)
    postings = _postings(session, agency, file_id, ids, pays, facts, decisions, book, actor)
    t0 = lap("rows", t0)
    _write_postings(session, agency, postings)
    t0 = lap("write", t0)
    _update_invoices(session, postings.touched)
    lap("invoices", t0)
    advice_ids = [d.advice_id for d in decisions if d.advice_id is not None]
    if advice_ids:
        mark_advices(session, advice_ids)


def _postings(session: Session, agency: Agency, file_id: int | None, ids: list[int], pays: Sequence[Any],
              facts: list[PaymentFacts], decisions: list[Decision], book: Book, actor: str) -> _Postings:
    """One voucher per bank deposit, as core.payments.allocation.DepositVoucher posts it one payment at a time:
    the bank line for the deposit's amount, then per payment its AR lines (invoice and payment named), its
    overpayment and its suspense remainder."""
    to_cents, date_of = bulk.driver_cents(session), bulk.driver_date(session)
    now = bulk.driver_timestamp(session, utcnow())
    bank = accounts.account(agency.accounts, "bank")
    ar = allocation.allocation_accounts(agency, False)[1]
    prepaid = allocation.overpayment_accounts(agency, False)[1]
    suspense = allocation.suspense_account(agency)
    out = _Postings()
    for members in deposits(pays, facts):
        day = date_of(facts[members[0]].date)
        text = allocation.deposit_text(agency.language, pays[members[0]].entry_ref, len(members))
        v = out.voucher(agency.id, day, text, file_id, now)
        bank_at = len(out.entries)
        out.entries.append((v, bank, 0, None, None, None, None))
        total = 0
        for k in members:
            pid, f, d, bp = ids[k], facts[k], decisions[k], pays[k]
            total += f.amount
            for p in d.allocations:
                it = book.items[p.item_id]
                out.credit(v, ar, p.amount, pid, it.id, it.customer_id,
                           allocation.allocation_text(agency.language, it.number, p.amount))
                out.allocs.append([pid, it.id, to_cents(p.amount), p.method, day, v, actor, now])
                out.touched[it.id] = (it, f.date)
            if d.overpayment:
                out.credit(v, prepaid, d.overpayment, pid, None, d.customer_id,
                           allocation.overpayment_text(agency.language, bp.external_id))
                out.allocs.append([pid, None, to_cents(d.overpayment), "overpayment", day, v, actor, now])
            rest = d.rest(f.amount)
            if rest != 0:
                out.credit(v, suspense, rest, pid, text=allocation.suspense_text(agency.language, bp.external_id))
        out.entries[bank_at] = (v, bank, total, None, None, None, None)
    return out


def _write_postings(session: Session, agency: Agency, postings: _Postings) -> None:
    """Vouchers (reserved ids, a block of series A numbers), their entries and the allocations."""
    vouchers = postings.vouchers
    if not vouchers:
        return
    assert agency.id is not None  # a stored agency
    to_cents = bulk.driver_cents(session)
    voucher_ids = bulk.reserve_ids(session, Voucher.__table__, len(vouchers))
    first = numbering.take_block(session, agency.id, "voucher:A", len(vouchers), 1)
    for i, (v, vid) in enumerate(zip(vouchers, voucher_ids)):
        v[0], v[3] = vid, first + i
    bulk.copy_insert(session, Voucher.__table__, VOUCHER_COLUMNS, vouchers)
    # each voucher: the bank line is the sum of its credit lines (balanced); a zero line is not written (the
    # ledger's rule, core.ledger.posting.checked_entries); a deposit's voucher issues no invoice
    bulk.copy_insert(session, VoucherEntry.__table__, ENTRY_COLUMNS,
                     [(voucher_ids[v], acct, to_cents(c), inv, cust, txt, pay, agency.id, vouchers[v][4], False)
                      for v, acct, c, inv, cust, txt, pay in postings.entries if c != 0])
    for a in postings.allocs:
        a[5] = voucher_ids[a[5]]
    bulk.copy_insert(session, Allocation.__table__, ALLOCATION_COLUMNS, postings.allocs)


def _update_invoices(session: Session, touched: dict[int, tuple[Item, dt.date]]) -> None:
    """The book's open amount and status (`paid` when nothing is left) and the paying date, set-based; the invoice
    summary's log written set-based too (core.billing.summary.logged_set_based)."""
    if not touched:
        return
    for obj in list(session.identity_map.values()):  # ORM copies in this session must not keep stale amounts
        if isinstance(obj, Invoice) and obj.id in touched:
            session.expire(obj)
    to_cents, date_of = bulk.driver_cents(session), bulk.driver_date(session)
    rows = [(to_cents(it.open), it.status, date_of(day) if it.open == 0 else None, iid)
            for iid, (it, day) in sorted(touched.items())]
    with summary.logged_set_based(session.connection(), list(touched)):  # SQLite: not a delta row per invoice
        bulk.bulk_update_from(session, Invoice.__table__, "id", ["open_amount", "status", "paid_date"], rows,
                              keep_when_null={"paid_date"})
