"""Reconciliation: the AR subledger (open items per customer) against the ledger's AR control account, as of any
date, with every difference listed and explained; and bank files against the payments booked from them
(core.period.bank_files). Bokföringslagen (1999:1078) 4 kap. 1 §: the reskontra specifies the AR account, so the
two must agree to the öre.

The subledger as of D is rebuilt from history, not from today's open amounts (core.period.open_amounts): every
invoice, credit note and interest invoice issued with an invoice date <= D at its total, plus reminder fees charged
up to D, less allocations with a payment date <= D, less write-offs dated <= D. Credit notes are applied to their
original with the rule of core.billing.issuing. The ledger side is the sum of entries on the agency's AR accounts
(1510 and disputed 1516) in vouchers dated <= D.

Everything is summed in the database, per document family (an invoice with its credit notes: a credit moves open
amount between them, so a family agrees with the ledger or not as a whole); only the differences come back.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.money import ZERO, money_str
from core.ledger import accounts
from core.ledger import posting as ledger
from core.ledger.models import Voucher, VoucherEntry
from core.payments.models import Allocation
from core.period import open_amounts as oa
from core.period import open_items as listing
from core.period import sql_text
from core.period.bank_files import bank_file_check
from core.platform import bulk
from core.registers.models import Agency

AR_DOC_STATUSES = oa.AR_DOC_STATUSES
ISSUING = ("invoice", "credit_note", "interest")
_inv, _ve, _v = Invoice.__table__, VoucherEntry.__table__, Voucher.__table__


def _pk(row_id: int | None) -> int:
    """The id of a row read from the database (always set; None only before a row is flushed)."""
    assert row_id is not None, "row read from the database without an id"
    return row_id


@dataclass
class OpenItem:
    """An open document as of a date (amounts in Decimal)."""

    doc: oa.Doc

    @property
    def open_amount(self) -> Decimal:
        return oa.dec(self.doc.open)

    @property
    def customer_id(self) -> int:
        return self.doc.customer_id


def open_items(session: Session, agency: Agency, as_of: dt.date) -> list[OpenItem]:
    """Items with a non-zero open amount as of the date (credit notes with an unused credit are negative), in
    invoice-date order. Holds them all: for a whole centre use `open_items_by_customer`'s stream."""
    aid = _pk(agency.id)
    fam = [d for d in oa.replay_families(session, aid, as_of).values() if d.open != 0]
    docs = list(oa.plain_rows(session, aid, as_of)) + fam
    return [OpenItem(d) for d in sorted(docs, key=lambda d: (d.invoice_date, d.id))]


def open_items_by_customer(session: Session, agency: Agency, as_of: dt.date) -> list[dict]:
    """The open items per customer (core.period.open_items; `stream_by_customer` for one customer at a time)."""
    return list(listing.stream(session, _pk(agency.id), as_of))


def stream_by_customer(session: Session, agency: Agency, as_of: dt.date, encoded: bool = False):
    return listing.stream(session, _pk(agency.id), as_of, encoded)


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
    aid = _pk(agency.id)
    acct = ledger.ar_account(agency)
    ar_accounts = (acct, accounts.account(agency.accounts, "ar_disputed"))
    totals, families, orphans, unexplained = _sums(session, aid, ar_accounts, as_of)
    unlinked = _entries_without_invoice(session, aid, ar_accounts, as_of, acct)
    led_total = oa.dec(totals["led"]) + sum((Decimal(d["amount"]) for d in unlinked), ZERO) * -1
    rec = Reconciliation(agency.code, as_of, acct, oa.dec(totals["sub"]), led_total)
    rec.differences += unlinked
    rec.differences += _not_in_subledger(session, rec, aid, orphans)
    rec.differences += _family_differences(session, rec, aid, ar_accounts, families)
    rec.differences += _unbalanced(session, agency, as_of)
    rec.differences += _unexplained_open_amounts(session, unexplained)
    rec.bank_files = bank_file_check(session, agency, as_of)
    return rec


Sums = tuple[dict[str, int], list[tuple[int, int, int, int]], list[tuple[int, int]], list[tuple[int, int, int]]]


def _sums(session: Session, aid: int, ar_accounts: tuple[str, str], as_of: dt.date) -> Sums:
    """One statement over every document and the AR entries: the two totals, the families whose subledger and
    ledger differ or that hold a document never booked (root, subledger, ledger, documents never booked), the
    AR entries of invoices the subledger does not hold as of the date (invoice id, amount), and the families
    whose stored open amounts differ from their whole history (root, stored, history). All amounts in cents.
    The per-document table is read twice, for the totals and for the few documents that matter (`_fold` sums
    their families): issue #16 saw seven passes over a million documents take most of 8-12 s."""
    c = lambda e: oa.cents(session, e)
    booked = sa.case((sa.and_(_v.c.source_id == _ve.c.invoice_id, _v.c.source_type.in_(ISSUING)), 1), else_=0)
    led = (sa.select(_ve.c.invoice_id, oa.sum_cents(session, _ve.c.amount).label("amount"),
                     sa.func.max(booked).label("booked"))
           .join(_v, _v.c.id == _ve.c.voucher_id)
           .where(_v.c.agency_id == aid, _ve.c.account.in_(ar_accounts), _v.c.date <= as_of,
                  _ve.c.invoice_id.is_not(None))
           .group_by(_ve.c.invoice_id).cte("led"))
    ev = oa.events(session, aid, as_of, also_all=True, scoped=False)  # joined to the agency's documents below
    i, orig_d, orig_a = _inv, _inv.alias("orig_d"), _inv.alias("orig_a")
    z = oa.zero
    fees, paid, wo = ev.fees.c, ev.paid.c, ev.written_off.c
    in_d = i.c.invoice_date <= as_of
    doc = (sa.select(
        i.c.id, sa.case((in_d, 1), else_=0).label("in_d"),
        sa.case((orig_d.c.id.is_not(None), orig_d.c.id), else_=i.c.id).label("root_d"),
        sa.case((orig_a.c.id.is_not(None), orig_a.c.id), else_=i.c.id).label("root_all"),
        c(i.c.total).label("total"),
        (c(i.c.total) + z(fees.amount) - z(paid.amount) - z(wo.amount)).label("sub"),
        (c(i.c.total) + z(fees.amount_all) - z(paid.amount_all) - z(wo.amount_all)).label("history"),
        c(i.c.open_amount).label("stored"),
        sa.func.coalesce(led.c.amount, 0).label("led"), sa.func.coalesce(led.c.booked, 0).label("booked"))
        .select_from(i.outerjoin(orig_d, sa.and_(orig_d.c.id == i.c.credited_invoice_id,
                                                 oa.is_doc(orig_d, aid, as_of)))
                     .outerjoin(orig_a, sa.and_(orig_a.c.id == i.c.credited_invoice_id, oa.is_doc(orig_a, aid, None)))
                     .outerjoin(ev.paid, paid.invoice_id == i.c.id).outerjoin(ev.fees, fees.invoice_id == i.c.id)
                     .outerjoin(ev.written_off, wo.invoice_id == i.c.id)
                     .outerjoin(led, led.c.invoice_id == i.c.id))
        .where(oa.is_doc(i, aid, None)).cte("doc"))
    unbooked = sa.case((sa.and_(doc.c.booked == 0, doc.c.total != 0), 1), else_=0)
    led_adj = doc.c.led + unbooked * doc.c.total  # a document never booked is explained by its own line
    # the documents read back: the few in a family (a credit note, or an original some credit note names) and
    # those that differ; every other document only adds to the totals
    named = sa.select(_inv.c.credited_invoice_id).where(_inv.c.agency_id == aid,
                                                        _inv.c.credited_invoice_id.is_not(None))
    differs = sa.or_(sa.and_(doc.c.in_d == 1, sa.or_(doc.c.sub != led_adj, unbooked > 0)),
                     doc.c.stored != doc.c.history)
    kin = sa.or_(doc.c.root_d != doc.c.id, doc.c.root_all != doc.c.id, doc.c.id.in_(named))
    zero = sa.literal(0, sa.BigInteger)
    in_sub = sa.select(doc.c.id).where(doc.c.in_d == 1).subquery("in_sub")
    upto = lambda e: sa.func.coalesce(sa.func.sum(sa.case((doc.c.in_d == 1, e), else_=0)), 0)
    parts = [  # (tag, id, in_d, root_d, root_all, sub, ledger, never booked, stored, history)
        sa.select(sa.literal("sum"), zero, zero, zero, zero, upto(doc.c.sub), upto(doc.c.led), zero, zero, zero),
        sa.select(sa.literal("doc"), doc.c.id, doc.c.in_d, doc.c.root_d, doc.c.root_all, doc.c.sub, led_adj,
                  unbooked, doc.c.stored, doc.c.history).where(sa.or_(kin, differs)),
        # an anti-join, not NOT IN: PostgreSQL cannot turn NOT IN into one, and once the million ids no longer
        # fit its hash in work_mem it searches the list once per entry (over 8 minutes at 1,000,000 invoices)
        sa.select(sa.literal("orphan"), led.c.invoice_id, zero, zero, zero, led.c.amount, zero, zero, zero, zero)
        .select_from(led.outerjoin(in_sub, in_sub.c.id == led.c.invoice_id)).where(in_sub.c.id.is_(None)),
    ]
    sql_text.room_to_sort(session, 256)  # PostgreSQL: the hashes of a million documents and entries in memory
    return _fold([(str(tag), *map(int, rest)) for tag, *rest in session.execute(sa.union_all(*parts))])


def _fold(rows: list[tuple]) -> Sums:
    """The totals, the families and the documents that differ, from `_sums`'s rows: a family (an original with
    its credit notes, as of the date and over all time) is summed here, a document outside one is compared as it
    is (as in `_sums`'s docstring)."""
    docs = [r[1:] for r in rows if r[0] == "doc"]
    orphans = [(r[1], r[5]) for r in rows if r[0] == "orphan"]
    total = next(r for r in rows if r[0] == "sum")
    totals = {"sub": total[5], "led": total[6] + sum(a for _, a in orphans)}  # entries of no document: orphans
    roots_d = {root for iid, in_d, root, _ra, *_ in docs if in_d and root != iid}
    roots_a = {root for iid, _in_d, _rd, root, *_ in docs if root != iid}
    fam: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    hist: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    families, unexplained = [], []
    for iid, in_d, root_d, root_a, sub, led, unbooked, stored, history in docs:
        if in_d and (root_d != iid or iid in roots_d):
            f = fam[root_d]
            f[0], f[1], f[2] = f[0] + sub, f[1] + led, f[2] + unbooked
        elif in_d and (sub != led or unbooked > 0):
            families.append((iid, sub, led, unbooked))
        if root_a != iid or iid in roots_a:
            h = hist[root_a]
            h[0], h[1] = h[0] + stored, h[1] + history
        elif stored != history:
            unexplained.append((iid, stored, history))
    families += [(root, s, led, u) for root, (s, led, u) in fam.items() if s != led or u > 0]
    unexplained += [(root, st, hi) for root, (st, hi) in hist.items() if st != hi]
    return totals, families, orphans, unexplained


def _entries_without_invoice(session: Session, aid: int, ar_accounts: tuple[str, str], as_of: dt.date,
                             acct: str) -> list[dict]:
    """Entries on the AR accounts that name no invoice: a difference each (the subledger has no item for them)."""
    rows = session.execute(
        sa.select(_ve.c.amount, _v.c.series, _v.c.number, _v.c.date, _v.c.text, _ve.c.text)
        .join(_v, _v.c.id == _ve.c.voucher_id)
        .where(_v.c.agency_id == aid, _ve.c.account.in_(ar_accounts), _v.c.date <= as_of,
               _ve.c.invoice_id.is_(None))
        .order_by(_v.c.date, _v.c.number)).all()
    return [{"kind": "entry_without_invoice", "amount": money_str(-Decimal(amount)),
             "voucher": f"{series}{number}", "voucher_date": vdate.isoformat(), "text": etext or vtext,
             "explanation": f"voucher {series}{number} ({vtext}) books {money_str(amount)} on {acct} "
                            f"without linking an invoice; the subledger has no item for it"}
            for amount, series, number, vdate, vtext, etext in rows]


def _not_in_subledger(session: Session, rec: Reconciliation, aid: int, orphans: list[tuple[int, int]]) -> list[dict]:
    """Entries for invoices the subledger does not hold as of the date, each with the reason."""
    out: list[dict] = []
    acct, as_of = rec.ar_account, rec.date
    for inv_id, amount in sorted(orphans):
        inv = session.get(Invoice, inv_id)
        why = ("it belongs to another agency" if inv and inv.agency_id != aid else
               f"its invoice date {inv.invoice_date} is after {as_of}" if inv and inv.invoice_date > as_of else
               f"it is {inv.status if inv else 'missing'}")
        out.append({
            "kind": "entry_for_invoice_not_in_subledger", "invoice": inv.number if inv else None,
            "invoice_id": inv_id, "amount": oa.money(-amount),
            "explanation": f"{acct} has {oa.money(amount)} for invoice "
                           f"{(inv.number or inv.id) if inv else inv_id}, but {why}"})
    return out


def _members(session: Session, aid: int, as_of: dt.date, roots: list[int]) -> dict[int, list[Invoice]]:
    """The documents (as of the date) of the families with these roots, in invoice-date order; in chunks, as
    only families with a difference get here."""
    out: dict[int, list[Invoice]] = defaultdict(list)
    orig = _inv.alias("orig")
    for part in bulk.chunks(roots):
        q = (select(Invoice).outerjoin(orig, sa.and_(orig.c.id == col(Invoice.credited_invoice_id),
                                                     oa.is_doc(orig, aid, as_of)))
             .where(oa.is_doc(_inv, aid, as_of),
                    sa.or_(col(Invoice.id).in_(part), sa.and_(orig.c.id.is_not(None), orig.c.id.in_(part)))))
        for inv in session.exec(q):
            root = inv.credited_invoice_id if inv.credited_invoice_id in part and inv.id not in part else _pk(inv.id)
            out[_pk(root)].append(inv)
    for docs in out.values():
        docs.sort(key=lambda d: (d.invoice_date, d.id or 0))
    return out


def _family_differences(session: Session, rec: Reconciliation, aid: int, ar_accounts: tuple[str, str],
                        families: list[tuple[int, int, int, int]]) -> list[dict]:
    """Subledger against ledger per family (an invoice with its credit notes: a credit moves open amount between
    them): documents never booked, and amounts that differ, with what explains them."""
    out: list[dict] = []
    acct, as_of = rec.ar_account, rec.date
    members = _members(session, aid, as_of, [root for root, *_ in families])
    unvouchered = _allocations_without_voucher(session, [_pk(d.id) for root, *_ in families
                                                         for d in members.get(root, [])], as_of)
    order = sorted(families, key=lambda f: min(((d.invoice_date, _pk(d.id)) for d in members.get(f[0], [])),
                                               default=(dt.date.min, f[0])))
    for root, sub, led, unbooked in order:
        docs = members.get(root, [])
        if unbooked:
            booked = _booked(session, aid, as_of, ar_accounts, [_pk(d.id) for d in docs])
            for d in docs:
                if d.id not in booked and d.total != 0:
                    out.append({
                        "kind": "invoice_without_voucher", "invoice": d.number, "invoice_id": d.id,
                        "amount": money_str(d.total),
                        "explanation": f"{d.kind} {d.number} ({money_str(d.total)}, {d.invoice_date}) has no "
                                       f"entry on {acct} up to {as_of}"})
        diff = sub - led
        if diff != 0:
            head = next((d for d in docs if d.id == root), None)
            allocs = [a for d in docs for a in unvouchered.get(_pk(d.id), [])]
            reason = ("allocations without a voucher: " + ", ".join(
                f"{money_str(a.amount)} on {a.payment_date} ({a.method})" for a in allocs)) if allocs else \
                "entries on the AR account that no invoice, credit, payment or write-off explains"
            numbers = [d.number or "" for d in ([head] if head else []) + [d for d in docs if d.id != root]]
            kind, number = (head.kind, head.number) if head else ("invoice", None)
            out.append({
                "kind": "amount_mismatch", "invoice": number, "invoice_id": root, "documents": numbers,
                "subledger": oa.money(sub), "ledger": oa.money(led), "amount": oa.money(diff),
                "explanation": f"{kind} {number}" + (f" with credit notes {', '.join(numbers[1:])}"
                                                     if len(numbers) > 1 else "")
                               + f": open {oa.money(sub)} in the subledger, {oa.money(led)} on {acct}; {reason}"})
    return out


def _booked(session: Session, aid: int, as_of: dt.date, accts: tuple[str, str], ids: list[int]) -> set[int]:
    """Of these documents, the ones whose issuing voucher is on the AR accounts up to the date."""
    return set(session.execute(
        sa.select(_ve.c.invoice_id).join(_v, _v.c.id == _ve.c.voucher_id)
        .where(_v.c.agency_id == aid, _ve.c.account.in_(accts), _v.c.date <= as_of, _ve.c.invoice_id.in_(ids),
               _v.c.source_id == _ve.c.invoice_id, _v.c.source_type.in_(ISSUING))).scalars())


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
    """Vouchers whose entries do not sum to zero: summed per voucher id alone (the database walks the agency's
    vouchers in id order, no sort), then the few found are described."""
    total = oa.sum_cents(session, _ve.c.amount)  # cents: a bigint sum per voucher, not a NUMERIC one
    bad = (sa.select(_v.c.id, total.label("total"))
           .join(_ve, _ve.c.voucher_id == _v.c.id).where(_v.c.agency_id == agency.id, _v.c.date <= as_of)
           .group_by(_v.c.id).having(total != 0).subquery("bad"))
    rows = session.execute(sa.select(_v.c.series, _v.c.number, _v.c.date, _v.c.text, bad.c.total)
                           .join(bad, bad.c.id == _v.c.id).order_by(_v.c.id)).all()
    return [{"kind": "unbalanced_voucher", "voucher": f"{s}{n}", "voucher_date": d.isoformat(),
             "amount": money_str(ZERO), "imbalance": oa.money(total),
             "explanation": f"voucher {s}{n} ({t}) does not balance: debit minus credit is {oa.money(total)}"}
            for s, n, d, t, total in rows]


def _unexplained_open_amounts(session: Session, rows: list[tuple[int, int, int]]) -> list[dict]:
    """Invoices (with their credit notes) whose stored open amounts differ from what their history gives:
    changed without a payment, fee, credit or write-off on record."""
    out = []
    for root, stored, history in sorted(rows):
        inv = session.get(Invoice, root)
        kind, number = (inv.kind, inv.number) if inv else ("invoice", None)
        out.append({"kind": "open_amount_unexplained", "invoice": number, "invoice_id": root,
                    "amount": money_str(ZERO), "stored_open_amount": oa.money(stored),
                    "history_open_amount": oa.money(history),
                    "explanation": f"{kind} {number} (with its credit notes) shows {oa.money(stored)} open, but "
                                   f"its payments, fees, credits and write-offs give {oa.money(history)}"})
    return out

