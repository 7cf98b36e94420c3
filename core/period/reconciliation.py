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
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.money import ZERO, money_str
from core.ledger import accounts
from core.ledger import posting as ledger
from core.ledger.models import VoucherEntry
from core.payments.models import Allocation
from core.period import ledger_checks, sql_text
from core.period import open_amounts as oa
from core.period import open_items as listing
from core.period.bank_files import bank_file_check
from core.platform import bulk
from core.registers.models import Agency

AR_DOC_STATUSES = oa.AR_DOC_STATUSES
_inv, _ve = Invoice.__table__, VoucherEntry.__table__


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
    found = ledger_checks.run(session, ledger_checks.Scope(aid, ar_accounts, as_of))  # the ledger alone
    led_total = oa.dec(totals["led"]) + sum((Decimal(d["amount"]) for d in found.unlinked), ZERO) * -1
    rec = Reconciliation(agency.code, as_of, acct, oa.dec(totals["sub"]), led_total)
    rec.differences += found.unlinked
    rec.differences += _not_in_subledger(session, rec, aid, orphans)
    rec.differences += _family_differences(session, rec, aid, ar_accounts, families)
    rec.differences += found.unbalanced
    rec.differences += _unexplained_open_amounts(session, unexplained)
    rec.bank_files = bank_file_check(session, agency, as_of)
    return rec


Sums = tuple[dict[str, int], list[tuple[int, int, int, int]], list[tuple[int, int]], list[tuple[int, int, int]]]


def _sums(session: Session, aid: int, ar_accounts: tuple[str, str], as_of: dt.date) -> Sums:
    """One statement, one pass over every document and the AR entries: the two totals, the families whose
    subledger and ledger differ or that hold a document never booked (root, subledger, ledger, documents never
    booked), the AR entries of invoices the subledger does not hold as of the date (invoice id, amount), and the
    families whose stored open amounts differ from their whole history (root, stored, history). All amounts in
    cents. The documents are joined to their AR entries summed per invoice, summed, and the few rows that matter
    (a credit family's, a difference) are gathered beside the sums by a filtered aggregate (`_fold` sums the
    families): issue #16 saw the per-document table written out and read three times take most of 7-11 s.
    An entry's invoice that is no document as of the date (an orphan) comes out of a full join on PostgreSQL;
    SQLite builds no index for a full join's right side, so there the entries joined to documents are counted
    and the orphans looked for only when some entry was not."""
    pg = sql_text.is_pg(session)
    summed = _ledger(session, aid, ar_accounts, as_of)
    led: sa.Subquery | sa.CTE = summed if pg else sa.select(summed).cte("led")  # SQLite: read twice, below
    doc = _documents(session, aid, as_of)
    d = doc.c
    amount, in_d = oa.zero(led.c.amount), d.in_d == 1
    unbooked = sa.case((sa.and_(oa.zero(led.c.booked) == 0, d.total != 0), 1), else_=0)
    led_adj = amount + unbooked * d.total  # a document never booked is explained by its own line
    # the documents read back: the few in a family (a credit note, or an original some credit note names) and
    # those that differ; every other document only adds to the totals
    named = sa.select(_inv.c.credited_invoice_id).where(_inv.c.agency_id == aid,
                                                        _inv.c.credited_invoice_id.is_not(None))
    differs = sa.or_(sa.and_(in_d, sa.or_(d.sub != led_adj, unbooked > 0)), d.stored != d.history)
    kin = sa.or_(d.root_d != d.id, d.root_all != d.id, d.id.in_(named))
    upto = lambda e: sa.func.coalesce(sa.func.sum(sa.case((in_d, e), else_=0)), 0)
    rows = sql_text.rows_array(session, [d.id, d.in_d, d.root_d, d.root_all, d.sub, led_adj, unbooked, d.stored,
                                         d.history], sa.and_(d.id.is_not(None), sa.or_(kin, differs)))
    if pg:
        orphan = sa.and_(led.c.invoice_id.is_not(None), sa.or_(d.id.is_(None), d.in_d == 0))
        last: list[Any] = [sql_text.rows_array(session, [led.c.invoice_id, led.c.amount], orphan)]
    else:
        matched = sa.func.sum(sa.case((sa.and_(led.c.invoice_id.is_not(None), in_d), 1), else_=0))
        last = [matched, sa.select(sa.func.count()).select_from(led).scalar_subquery()]
    stmt = sa.select(upto(d.sub), upto(amount), rows, *last).select_from(
        doc.outerjoin(led, led.c.invoice_id == d.id, full=pg))
    sql_text.room_to_sort(session, 256)  # PostgreSQL: the hashes of a million documents and entries in memory
    # PostgreSQL: the AR entries' vouchers hashed once, not looked up by id per entry (a nested loop over a
    # million voucher index searches; the statement 6.2-7.7 -> 5.6-6.1 s at 1M invoices, interleaved, issue #16)
    with sql_text.planner_without(session, "enable_nestloop"):
        sub_total, led_total, docs, *rest = session.execute(stmt).one()
    orphans = sql_text.rows_of(rest[0]) if pg else \
        _orphans(session, aid, as_of, _ledger(session, aid, ar_accounts, as_of)) if rest[0] != rest[1] else []
    return _fold(int(sub_total), int(led_total), sql_text.rows_of(docs), orphans)


def _ledger(session: Session, aid: int, ar_accounts: tuple[str, str], as_of: dt.date) -> sa.Subquery:
    """The agency's AR entries up to the date summed per invoice (cents), and whether the invoice's own issuing
    voucher is among them (`booked`); read from ix_entry_invoice alone, by the voucher's agency, date and source
    as each entry carries them (VoucherEntry's copies, which `ledger check` proves equal to the voucher's): the
    join of 1.6 million entries to a million vouchers was most of the reconciliation at a centre's size."""
    e = _ve.c
    # SQLite without statistics would search ix_entry_account and read every entry's row: there the account,
    # agency and date are tested as expressions, so the covering index (invoice_id first, grouped as it is read)
    # is walked
    steer = (lambda c: c) if sql_text.is_pg(session) else (lambda c: sa.func.coalesce(c, c))
    return (sa.select(e.invoice_id, oa.sum_cents(session, e.amount).label("amount"),
                      sa.func.max(sa.case((e.issues_invoice, 1), else_=0)).label("booked"))
            .where(steer(e.agency_id) == aid, steer(e.account).in_(ar_accounts), steer(e.voucher_date) <= as_of,
                   e.invoice_id.is_not(None))
            .group_by(e.invoice_id).subquery("led"))


def _documents(session: Session, aid: int, as_of: dt.date) -> sa.Subquery:
    """Every AR document of the agency over all time: whether it is one as of the date (`in_d`), the root of its
    credit family as of the date and over all time (its original when it is a credit note of one, else itself:
    looked up only for the credit notes, not joined for a million documents), its total, open amount as of the
    date from its history (`sub`), over all time (`history`) and as stored (`stored`), in cents."""
    c = lambda e: oa.cents(session, e)
    ev = oa.events(session, aid, as_of, also_all=True, scoped=False)  # joined to the agency's documents below
    i, z = _inv, oa.zero
    fees, paid, wo = ev.fees.c, ev.paid.c, ev.written_off.c

    def root(day: dt.date | None) -> sa.ColumnElement[Any]:
        orig = _inv.alias("orig")
        found = sa.select(orig.c.id).where(orig.c.id == i.c.credited_invoice_id, oa.is_doc(orig, aid, day))
        return sa.case((i.c.credited_invoice_id.is_(None), i.c.id),
                       else_=sa.func.coalesce(found.scalar_subquery(), i.c.id))

    return (sa.select(
        i.c.id, sa.case((i.c.invoice_date <= as_of, 1), else_=0).label("in_d"), root(as_of).label("root_d"),
        root(None).label("root_all"), c(i.c.total).label("total"),
        (c(i.c.total) + z(fees.amount) - z(paid.amount) - z(wo.amount)).label("sub"),
        (c(i.c.total) + z(fees.amount_all) - z(paid.amount_all) - z(wo.amount_all)).label("history"),
        c(i.c.open_amount).label("stored"))
        .select_from(i.outerjoin(ev.paid, paid.invoice_id == i.c.id).outerjoin(ev.fees, fees.invoice_id == i.c.id)
                     .outerjoin(ev.written_off, wo.invoice_id == i.c.id))
        .where(oa.is_doc(i, aid, None)).subquery("doc"))


def _orphans(session: Session, aid: int, as_of: dt.date, led: sa.Subquery) -> list[list[int]]:
    """The AR entries summed per invoice whose invoice is no document of the agency as of the date (SQLite, when
    `_sums` counted some): each invoice's row looked up by its id."""
    o = _inv.alias("o")
    return [[iid, int(amount)] for iid, amount in session.execute(
        sa.select(led.c.invoice_id, led.c.amount)
        .outerjoin(o, sa.and_(o.c.id == led.c.invoice_id, oa.is_doc(o, aid, as_of))).where(o.c.id.is_(None)))]


def _fold(sub_total: int, led_total: int, docs: list[list[int]], orphan_rows: list[list[int]]) -> Sums:
    """The totals, the families and the documents that differ, from `_sums`'s figures and rows: a family (an
    original with its credit notes, as of the date and over all time) is summed here, a document outside one is
    compared as it is (as in `_sums`'s docstring)."""
    orphans = [(iid, amount) for iid, amount in orphan_rows]
    totals = {"sub": sub_total, "led": led_total + sum(a for _, a in orphans)}  # entries of no document: orphans
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
        sa.select(_ve.c.invoice_id)
        .where(_ve.c.agency_id == aid, _ve.c.account.in_(accts), _ve.c.voucher_date <= as_of,
               _ve.c.invoice_id.in_(ids), _ve.c.issues_invoice)).scalars())


def _allocations_without_voucher(session: Session, invoice_ids: list[int],
                                 as_of: dt.date) -> dict[int, list[Allocation]]:
    out: dict[int, list[Allocation]] = defaultdict(list)
    for part in bulk.chunks(invoice_ids):
        for a in session.exec(select(Allocation).where(col(Allocation.invoice_id).in_(part),
                                                       col(Allocation.voucher_id).is_(None),
                                                       col(Allocation.payment_date) <= as_of)):
            out[_pk(a.invoice_id)].append(a)
    return out


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

