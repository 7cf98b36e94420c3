"""Reconciliation: the AR subledger (open items per customer) against the ledger's AR control account, as of any
date, with every difference listed and explained; and bank files against the payments booked from them
(core.period.bank_files).

The subledger as of D is rebuilt from history, not from today's open amounts: every invoice, credit note and
interest invoice issued with an invoice date <= D at its total, less allocations with a payment date <= D, less
write-offs dated <= D. Credit notes are applied to their original in the order things happened, with the rule of
core.billing.issuing (what the original no longer owes stays on the credit note as a customer credit).
The ledger side is the sum of entries on the agency's AR account in vouchers dated <= D.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.money import CENT, ZERO, money_str
from core.ledger import accounts
from core.ledger import posting as ledger
from core.ledger.models import Voucher, VoucherEntry
from core.payments.models import Allocation
from core.period.bank_files import bank_file_check
from core.period.models import WriteOff
from core.platform import bulk
from core.registers.models import Agency

AR_DOC_STATUSES = ("issued", "paid", "credited", "written_off")
Event = tuple[dt.datetime, str, int, int, Decimal]  # (when, kind, row id, invoice id, amount)


def _pk(row_id: int | None) -> int:
    """The id of a row read from the database (always set; None only before a row is flushed)."""
    assert row_id is not None, "row read from the database without an id"
    return row_id


@dataclass
class OpenItem:
    invoice: Invoice
    open_amount: Decimal
    paid: Decimal = ZERO
    credited: Decimal = ZERO
    written_off: Decimal = ZERO

    @property
    def customer_id(self) -> int:
        return self.invoice.customer_id

    def as_dict(self, as_of: dt.date) -> dict:
        inv = self.invoice
        overdue = (as_of - inv.due_date).days if inv.due_date else 0
        return {"invoice": inv.number, "id": inv.id, "kind": inv.kind, "invoice_date": inv.invoice_date.isoformat(),
                "due_date": inv.due_date.isoformat() if inv.due_date else None,
                "customer_number": inv.customer_snapshot.get("customer_number"),
                "customer": inv.customer_snapshot.get("name"), "total": money_str(inv.total),
                "paid": money_str(self.paid), "credited": money_str(self.credited),
                "written_off": money_str(self.written_off), "open_amount": money_str(self.open_amount),
                "days_overdue": max(overdue, 0), "collection_status": inv.collection_status,
                "disputed": inv.disputed}


def _ts(value: dt.datetime | None) -> dt.datetime:
    """Timestamps in one comparable form (naive UTC), whether loaded from the database or still in memory."""
    if value is None:
        return dt.datetime.min
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _docs(session: Session, agency: Agency, as_of: dt.date | None) -> list[Invoice]:
    q = select(Invoice).where(col(Invoice.agency_id) == agency.id, col(Invoice.status).in_(AR_DOC_STATUSES),
                              col(Invoice.number).is_not(None))
    if as_of:
        q = q.where(col(Invoice.invoice_date) <= as_of)
    return list(session.exec(q.order_by(col(Invoice.invoice_date), col(Invoice.id))))


def replay(session: Session, agency: Agency, as_of: dt.date | None = None) -> dict[int, OpenItem]:
    """Every AR document issued up to `as_of` (None: all) with its open amount as of that date."""
    docs = _docs(session, agency, as_of)
    items = {_pk(inv.id): OpenItem(inv, inv.total) for inv in docs}
    if not items:
        return items
    # events dated up to D, applied in the order they were processed (as the stored open amounts were)
    events = _events(session, agency, docs, items, as_of)
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    for _at, kind, row_id, inv_id, amount in events:
        if kind == "alloc":
            it = items[inv_id]
            it.open_amount -= amount
            it.paid += amount
        elif kind == "write_off":
            it = items[inv_id]
            it.open_amount -= amount
            it.written_off += amount
        else:  # credit note applied to its original, as core.billing.issuing._apply_credit does
            original, note = items[inv_id], items[row_id]
            applied = max(amount, -max(original.open_amount, ZERO))
            original.open_amount += applied
            original.credited -= applied
            note.open_amount -= applied
            note.credited += applied
    return items


def _events(session: Session, agency: Agency, docs: list[Invoice], items: dict[int, OpenItem],
            as_of: dt.date | None) -> list[Event]:
    """Allocations, write-offs and credits dated up to `as_of` that touch the documents in `items`."""
    events: list[Event] = []
    # the allocations of the agency's documents, selected by a join (not by a list of a million ids)
    aq = (select(Allocation).join(Invoice, col(Invoice.id) == col(Allocation.invoice_id))
          .where(col(Invoice.agency_id) == agency.id))
    if as_of:
        aq = aq.where(col(Allocation.payment_date) <= as_of)
    for a in session.exec(aq):
        if a.invoice_id in items:
            events.append((_ts(a.created_at), "alloc", _pk(a.id), a.invoice_id, a.amount))
    wq = select(WriteOff).where(col(WriteOff.agency_id) == agency.id)
    if as_of:
        wq = wq.where(col(WriteOff.date) <= as_of)
    for w in session.exec(wq):
        if w.invoice_id in items:
            events.append((_ts(w.created_at), "write_off", _pk(w.id), w.invoice_id, w.amount))
    for inv in docs:
        if inv.kind == "credit_note" and inv.credited_invoice_id is not None and inv.credited_invoice_id in items:
            events.append((_ts(inv.issued_at or inv.created_at), "credit", _pk(inv.id), inv.credited_invoice_id,
                           inv.total))
    return events


def open_items(session: Session, agency: Agency, as_of: dt.date) -> list[OpenItem]:
    """Items with a non-zero open amount as of the date (credit notes with an unused credit are negative)."""
    return [it for it in replay(session, agency, as_of).values() if it.open_amount != 0]


def open_items_by_customer(session: Session, agency: Agency, as_of: dt.date) -> list[dict]:
    groups: dict[int, list[OpenItem]] = defaultdict(list)
    for it in open_items(session, agency, as_of):
        groups[it.customer_id].append(it)
    out = []
    for items in groups.values():
        snap = items[0].invoice.customer_snapshot
        out.append({"customer_number": snap.get("customer_number"), "customer": snap.get("name"),
                    "org_no": snap.get("org_no") if snap.get("kind") != "private" else None,
                    "open_amount": money_str(sum((i.open_amount for i in items), ZERO)),
                    "items": [i.as_dict(as_of) for i in sorted(items, key=lambda i: (i.invoice.due_date
                                                                                    or i.invoice.invoice_date))]})
    return sorted(out, key=lambda c: (c["customer"] or "", c["customer_number"] or ""))


def _ledger_by_invoice(session: Session, agency: Agency, acct: str,
                       as_of: dt.date) -> Sequence[sa.Row[*tuple[Any, ...]]]:
    """(invoice id, amount, series, number, date, voucher text, entry text, source type, source id) of every
    entry on the AR accounts (1510 and disputed 1516, whose reclassification nets to 0 per invoice) up to `as_of`."""
    ve, v = VoucherEntry.__table__.c, Voucher.__table__.c
    return session.execute(
        sa.select(ve.invoice_id, ve.amount, v.series, v.number, v.date, v.text, ve.text, v.source_type, v.source_id)
        .join(Voucher.__table__, ve.voucher_id == v.id)
        .where(v.agency_id == agency.id, ve.account.in_((acct, accounts.account(agency.accounts, "ar_disputed"))),
               v.date <= as_of)
        .order_by(v.date, v.number)).all()


@dataclass
class Reconciliation:
    agency: str
    date: dt.date
    ar_account: str
    ar_subledger: Decimal
    ar_ledger: Decimal
    differences: list[dict] = field(default_factory=list)
    bank_files: list[dict] = field(default_factory=list)

    @property
    def difference(self) -> Decimal:
        return self.ar_subledger - self.ar_ledger

    @property
    def ok(self) -> bool:
        return self.difference == 0 and not self.differences and all(b["ok"] for b in self.bank_files)

    def as_dict(self) -> dict:
        return {"agency": self.agency, "date": self.date.isoformat(), "ar_account": self.ar_account,
                "ar_subledger": money_str(self.ar_subledger), "ar_ledger": money_str(self.ar_ledger),
                "difference": money_str(self.difference), "differences": self.differences,
                "bank_files": self.bank_files, "ok": self.ok}


def reconcile(session: Session, agency: Agency, as_of: dt.date) -> Reconciliation:
    """AR subledger vs the AR account as of a date, per document; every difference with its explanation.
    The `amount` of a difference is its effect on subledger minus ledger (they add up to `difference`), except
    kinds `unbalanced_voucher` and `open_amount_unexplained`, which do not enter that sum."""
    acct = ledger.ar_account(agency)
    items = replay(session, agency, as_of)
    rows = _ledger_by_invoice(session, agency, acct, as_of)
    sub_total = sum((it.open_amount for it in items.values()), ZERO)
    led_total = sum((Decimal(r[1]) for r in rows), ZERO).quantize(CENT)
    rec = Reconciliation(agency.code, as_of, acct, sub_total, led_total)
    by_invoice, issue_booked = _ledger_per_invoice(rec, rows)
    rec.differences += _not_in_subledger(session, rec, agency, by_invoice, items)
    unvouchered = _allocations_without_voucher(session, list(items), as_of)
    rec.differences += _family_differences(rec, items, by_invoice, issue_booked, unvouchered)
    rec.differences += _unbalanced(session, agency, as_of)
    rec.differences += _unexplained_open_amounts(session, agency)
    rec.bank_files = bank_file_check(session, agency, as_of)
    return rec


def _ledger_per_invoice(rec: Reconciliation, rows: Sequence[sa.Row[*tuple[Any, ...]]]
                        ) -> tuple[dict[int, Decimal], set[int]]:
    """The AR entries summed per invoice, and the invoices whose issuing voucher is among them; an entry that
    names no invoice is a difference of its own (added to `rec`)."""
    by_invoice: dict[int, Decimal] = defaultdict(lambda: ZERO)
    issue_booked: set[int] = set()
    for inv_id, amount, series, number, vdate, vtext, etext, stype, sid in rows:
        if inv_id is not None and sid == inv_id and stype in ("invoice", "credit_note", "interest"):
            issue_booked.add(inv_id)
        if inv_id is None:
            rec.differences.append({
                "kind": "entry_without_invoice", "amount": money_str(-Decimal(amount)),
                "voucher": f"{series}{number}", "voucher_date": vdate.isoformat(), "text": etext or vtext,
                "explanation": f"voucher {series}{number} ({vtext}) books {money_str(amount)} on {rec.ar_account} "
                               f"without linking an invoice; the subledger has no item for it"})
        else:
            by_invoice[inv_id] += Decimal(amount)
    return by_invoice, issue_booked


def _not_in_subledger(session: Session, rec: Reconciliation, agency: Agency, by_invoice: dict[int, Decimal],
                      items: dict[int, OpenItem]) -> list[dict]:
    """Entries for invoices the subledger does not hold as of the date, each with the reason."""
    out: list[dict] = []
    acct, as_of = rec.ar_account, rec.date
    for inv_id in sorted(set(by_invoice) - set(items)):
        inv = session.get(Invoice, inv_id)
        why = ("it belongs to another agency" if inv and inv.agency_id != agency.id else
               f"its invoice date {inv.invoice_date} is after {as_of}" if inv and inv.invoice_date > as_of else
               f"it is {inv.status if inv else 'missing'}")
        out.append({
            "kind": "entry_for_invoice_not_in_subledger", "invoice": inv.number if inv else None,
            "invoice_id": inv_id, "amount": money_str(-by_invoice[inv_id]),
            "explanation": f"{acct} has {money_str(by_invoice[inv_id])} for invoice "
                           f"{(inv.number or inv.id) if inv else inv_id}, but {why}"})
    return out


def _family_differences(rec: Reconciliation, items: dict[int, OpenItem], by_invoice: dict[int, Decimal],
                        issue_booked: set[int], unvouchered: dict[int, list[Allocation]]) -> list[dict]:
    """Subledger against ledger per family (an invoice with its credit notes: a credit moves open amount between
    them): documents never booked, and amounts that differ, with what explains them."""
    out: list[dict] = []
    acct, as_of = rec.ar_account, rec.date
    families: dict[int, list[int]] = defaultdict(list)
    for inv_id in items:
        families[_family_root(items, inv_id)].append(inv_id)
    for root, members in families.items():
        head = items[root].invoice
        sub = sum((items[m].open_amount for m in members), ZERO)
        led = sum((by_invoice.get(m, ZERO) for m in members), ZERO)
        for m in members:
            if m not in issue_booked and items[m].invoice.total != 0:
                it = items[m]
                out.append({
                    "kind": "invoice_without_voucher", "invoice": it.invoice.number, "invoice_id": m,
                    "amount": money_str(it.invoice.total),
                    "explanation": f"{it.invoice.kind} {it.invoice.number} ({money_str(it.invoice.total)}, "
                                   f"{it.invoice.invoice_date}) has no entry on {acct} up to {as_of}"})
                led += it.invoice.total  # explained above; any rest is a mismatch of its own
        diff = sub - led
        if diff != 0:
            allocs = [a for m in members for a in unvouchered.get(m, [])]
            reason = ("allocations without a voucher: " + ", ".join(
                f"{money_str(a.amount)} on {a.payment_date} ({a.method})" for a in allocs)) if allocs else \
                "entries on the AR account that no invoice, credit, payment or write-off explains"
            numbers = [items[m].invoice.number or "" for m in members]
            out.append({
                "kind": "amount_mismatch", "invoice": head.number, "invoice_id": root, "documents": numbers,
                "subledger": money_str(sub), "ledger": money_str(led), "amount": money_str(diff),
                "explanation": f"{head.kind} {head.number}" + (f" with credit notes {', '.join(numbers[1:])}"
                                                               if len(numbers) > 1 else "")
                               + f": open {money_str(sub)} in the subledger, {money_str(led)} on {acct}; {reason}"})
    return out


def _allocations_without_voucher(session: Session, invoice_ids: list[int],
                                 as_of: dt.date) -> dict[int, list[Allocation]]:
    out: dict[int, list[Allocation]] = defaultdict(list)
    for part in bulk.chunks(invoice_ids):
        for a in session.exec(select(Allocation).where(col(Allocation.invoice_id).in_(part),
                                                       col(Allocation.voucher_id).is_(None),
                                                       col(Allocation.payment_date) <= as_of)):
            out[_pk(a.invoice_id)].append(a)
    return out


def _unbalanced(session: Session, agency: Agency, as_of: dt.date) -> list[dict]:
    rows = ledger.unbalanced_vouchers(session, _pk(agency.id), as_of)
    return [{"kind": "unbalanced_voucher", "voucher": f"{s}{n}", "voucher_date": d.isoformat(),
             "amount": money_str(ZERO), "imbalance": money_str(Decimal(total)),
             "explanation": f"voucher {s}{n} ({t}) does not balance: debit minus credit is {money_str(total)}"}
            for s, n, d, t, total in rows]


def _family_root(items: dict[int, OpenItem], inv_id: int) -> int:
    cid = items[inv_id].invoice.credited_invoice_id
    return cid if cid in items else inv_id


def _unexplained_open_amounts(session: Session, agency: Agency) -> list[dict]:
    """Invoices (with their credit notes) whose stored open amounts differ from what their history gives:
    changed without a payment, credit or write-off on record."""
    items = replay(session, agency, None)
    stored: dict[int, Decimal] = defaultdict(lambda: ZERO)
    rebuilt: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for inv_id, it in items.items():
        root = _family_root(items, inv_id)
        stored[root] += it.invoice.open_amount
        rebuilt[root] += it.open_amount
    out = []
    for root in stored:
        if stored[root] != rebuilt[root]:
            inv = items[root].invoice
            out.append({"kind": "open_amount_unexplained", "invoice": inv.number, "invoice_id": root,
                        "amount": money_str(ZERO), "stored_open_amount": money_str(stored[root]),
                        "history_open_amount": money_str(rebuilt[root]),
                        "explanation": f"{inv.kind} {inv.number} (with its credit notes) shows "
                                       f"{money_str(stored[root])} open, but its payments, credits and "
                                       f"write-offs give {money_str(rebuilt[root])}"})
    return out
