"""Issuing invoices: one by one (`issue`), or many at once (`issue_many`, used by the runs; `issue_stored` for
stored drafts, used by the invoicing slots).

A draft (core.billing.drafting) is issued in the caller's transaction — or held instead when a plausibility check
objects, unless forced with a reason: number from the agency's unbroken series (ML 2023:200 ch. 17: a sequential
number that identifies the invoice uniquely), payment reference, balanced voucher (core.billing.vouchers) and
audit events. Issuing a credit note applies it to the original's open amount.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from core.billing import drafting, lookups, plausibility, vouchers
from core.billing.drafting import Draft, DraftOptions, LineInput
from core.billing.models import Invoice, InvoiceLine
from core.kernel import references
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.money import ZERO
from core.kernel.types import stored_id
from core.ledger import posting as ledger
from core.platform import audit, numbering
from core.platform.bulk import bulk_insert, chunks
from core.platform.models import AuditEvent
from core.registers.models import Agency, Customer


def issue(session: Session, inv: Invoice, actor: str = "system", force: bool = False,
          force_reason: str | None = None) -> Invoice:
    """Issue a draft or held invoice: held instead when a check objects (unless forced with a reason)."""
    if inv.status not in ("draft", "held"):
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}, cannot be issued")
    agency = lookups.agency_of(session, inv)
    assert agency.id is not None  # from the register
    if _holds(inv.warnings, force):
        inv.status = "held"
        inv.hold_reason = _hold_reason(inv.warnings)
        args, details = _held_event(agency, inv, actor)
        audit.record(session, *args, **details)
        session.flush()
        return inv
    _check_force(inv.warnings, force, force_reason)
    _refresh_parties(session, agency, inv)
    inv.number, inv.reference = _number_and_reference(
        agency, inv.kind, numbering.next_number(session, agency.id, "invoice", agency.invoice_number_start))
    inv.status = "issued"
    inv.issued_at = utcnow()
    inv.open_amount = inv.total
    inv.hold_reason = None
    session.add(inv)
    session.flush()
    vouchers.post_invoice_voucher(session, agency, inv)
    if inv.kind == "credit_note" and inv.credited_invoice_id:
        _apply_credit(session, inv)
    args, details = _issued_event(agency, inv, actor, force, force_reason)
    audit.record(session, *args, **details)
    session.flush()
    return inv


# what a draft's parties may change before it is issued without changing its VAT (the buyer's country, VAT number,
# identity and kind decide the lines' VAT: core.billing.place_of_supply; they stay as drafted)
_BUYER_CONTACT = ("name", "street", "postal_code", "city", "email", "peppol_id", "language")
_SELLER_CONTACT = ("name", "street", "postal_code", "city", "bankgiro", "iban", "bic")


def _refresh_parties(session: Session, agency: Agency, inv: Invoice) -> None:
    """A draft is not yet an invoice: the invoice issued carries the buyer's address and the seller's payment
    account as they are on the day of issue (ML 2023:200 17 kap. 24 §, AVL 209 e §). A held draft issued after an
    approved address change printed the old address, and one issued after a new bankgiro the old account. A credit
    note keeps its original's parties."""
    _take_parties(agency, inv, session.get(Customer, inv.customer_id))


def _take_parties(agency: Agency, inv: Invoice, customer: Customer | None) -> None:
    """The day-of-issue contact fields of the buyer (from the register's `customer`) and of the seller onto `inv`
    (not for a credit note); `issue` and `issue_stored` both issue through this."""
    if inv.kind == "credit_note":
        return
    if customer is not None:
        now = drafting.customer_snapshot(customer, agency)
        columns = drafting.customer_columns({**inv.customer_snapshot, **{k: now[k] for k in _BUYER_CONTACT}})
        for name, value in columns.items():
            setattr(inv, name, value)
    seller = drafting.seller_snapshot(agency)
    inv.seller_snapshot = {**inv.seller_snapshot, **{k: seller[k] for k in _SELLER_CONTACT}}


def _holds(warnings: list, force: bool) -> bool:
    return bool(warnings) and not force


def _hold_reason(warnings: list) -> str:
    return "; ".join(w["message"] for w in warnings)


def _check_force(warnings: list, force: bool, force_reason: str | None) -> None:
    if force and warnings and not force_reason:
        raise ValidationError("overriding a plausibility check needs a reason", "force_reason")


def _number_and_reference(agency: Agency, kind: str, number: int) -> tuple[str, str | None]:
    """The invoice number as printed and its payment reference (credit notes have none)."""
    num = str(number)
    base = (agency.reference_prefix or "") + num  # agencies sharing an account: unique across it
    return num, (references.for_invoice(agency.reference_kind, base) if kind != "credit_note" else None)


def _held_event(agency: Agency, inv: Any, actor: str) -> tuple[tuple, dict]:
    return ((actor, "invoice.held", "invoice", inv.id, agency.id, inv.source),
            dict(reasons=[w["code"] for w in inv.warnings]))


def _issued_event(agency: Agency, inv: Any, actor: str, force: bool,
                  force_reason: str | None) -> tuple[tuple, dict]:
    return ((actor, "invoice.issued", "invoice", inv.id, agency.id, inv.source),
            dict(number=inv.number, reference=inv.reference, total=inv.total,
                 forced=bool(force and inv.warnings), force_reason=force_reason))


def _apply_credit(session: Session, credit: Invoice) -> None:
    """Reduce the original's open amount; what the original no longer owes stays on the credit note as a
    customer credit (negative open amount) to refund or offset."""
    original = session.get(Invoice, credit.credited_invoice_id)
    if original is None:
        raise NotFound(f"credited invoice {credit.credited_invoice_id} does not exist", "credited_invoice_id")
    applied = max(credit.total, -max(original.open_amount, ZERO))  # both negative or zero
    original.open_amount += applied
    credit.open_amount = credit.total - applied
    if original.open_amount == 0 and original.status == "issued":
        original.status = "credited"
    session.add(original)
    session.add(credit)


# ---- bulk path: the same building blocks, written with Core executemany -----------------------------------------


def issue_many(session: Session, agency: Agency, items: list[tuple[Customer, list[LineInput], DraftOptions | None]],
               actor: str = "system", force: bool = False, force_reason: str | None = None) -> list[dict]:
    """create_draft + issue for many invoices of one agency, in the caller's transaction: the same lines, totals,
    checks, numbers, references, vouchers and audit events as calling them one by one in this order, but written
    with a few Core executemany statements (runs issue thousands at a time). Every item's lines are built and
    checked before anything is written; errors (ValidationError as from create_draft/issue) are raised in the
    caller's transaction, which then rolls back. Returns per item, in order, the invoice's column values with its
    `id` (status "issued", or "held" when a check objects and force is off)."""
    articles: dict = {}
    drafts = [drafting.prepare(session, agency, customer, lines, opts or DraftOptions(), articles)
              for customer, lines, opts in items]
    out: list[dict] = []
    start = 0
    while start < len(drafts):
        end = _independent_until(drafts, start)
        out += _issue_block(session, agency, drafts[start:end], actor, force, force_reason)
        start = end
    return out


def _independent_until(drafts: list[Draft], start: int) -> int:
    """End of the run of drafts from `start` none of which would see an earlier one of the run as a likely
    duplicate (one by one, an invoice issued or held just before is in the database when the next is checked):
    such a draft starts a new block, checked after the block before it is written."""
    window = plausibility.DUPLICATE_WINDOW_DAYS
    seen: dict[tuple[int, Decimal], list[dt.date]] = {}
    for k in range(start, len(drafts)):
        d = drafts[k]
        key = (d.customer_id, d.totals.total)
        if any(abs((d.invoice_date - day).days) <= window for day in seen.get(key, ())):
            return k
        if d.opts.kind == "invoice":
            seen.setdefault(key, []).append(d.invoice_date)
    return len(drafts)


def _issue_block(session: Session, agency: Agency, drafts: list[Draft], actor: str, force: bool,
                 force_reason: str | None) -> list[dict]:
    assert agency.id is not None  # from the register
    dupes = drafting.duplicates_many(session, agency.id, [(d.customer_id, d.totals.total, d.invoice_date)
                                                          for d in drafts])
    rows = [drafting.draft_values(session, agency, d, dp) for d, dp in zip(drafts, dupes)]
    for row in rows:
        if not _holds(row["warnings"], force):
            _check_force(row["warnings"], force, force_reason)
    _number_rows(session, agency, rows, force)
    ids = bulk_insert(session, Invoice, rows, returning=True)
    for row, id_ in zip(rows, ids):
        row["id"] = id_
    bulk_insert(session, InvoiceLine, [dict(values, invoice_id=row["id"]) for row, d in zip(rows, drafts)
                                       for values in d.lines])
    vouchers.post_invoice_vouchers(session, agency, [(row, d.lines) for row, d in zip(rows, drafts)
                                                     if row["status"] == "issued"])
    events: list[dict] = []
    for row, d in zip(rows, drafts):
        inv = _RowView(row)
        events.append(_event_row(*drafting.draft_event(agency, d, row["id"], row["warnings"])))
        events.append(_event_row(*(_held_event(agency, inv, actor) if row["status"] == "held"
                                   else _issued_event(agency, inv, actor, force, force_reason))))
    bulk_insert(session, AuditEvent, events)
    return rows


def _number_rows(session: Session, agency: Agency, rows: list[dict], force: bool) -> None:
    """Hold the rows a check objects to; number the others, in order, from one block of the agency's series."""
    assert agency.id is not None  # from the register
    issued = [row for row in rows if not _holds(row["warnings"], force)]
    number = numbering.take_block(session, agency.id, "invoice", len(issued), agency.invoice_number_start) \
        if issued else 0
    now = utcnow()
    for row in rows:
        if _holds(row["warnings"], force):
            row.update(status="held", hold_reason=_hold_reason(row["warnings"]), number=None, reference=None,
                       issued_at=None)
            continue
        row["number"], row["reference"] = _number_and_reference(agency, row["kind"], number)
        number += 1
        row.update(status="issued", issued_at=now, open_amount=row["total"], hold_reason=None)


class _RowView:
    """Attribute access to an invoice row, for the helpers issue() calls with an Invoice."""

    def __init__(self, row: dict) -> None:
        self.__dict__.update(row)


def _event_row(args: tuple, details: dict) -> dict:
    """The row audit.record would add (the same masking and JSON conversion: audit.event_row makes both)."""
    return audit.event_row(*args, **details)


# ---- stored drafts: issue() for many already-stored drafts of one agency, set-based ----------------------------


def issue_stored(session: Session, agency: Agency, invoices: list[Invoice], actor: str = "system",
                 force: bool = False, force_reason: str | None = None,
                 hold_failures: bool = False) -> list[Invoice]:
    """`issue` for many stored draft (or held) invoices of one agency, in this order and in the caller's
    transaction — for the invoicing slot (core.requests.schedule), whose queued drafts are already stored and
    pointed to by batch entries and requests. The same day-of-issue buyer address and seller payment account
    (`_take_parties`: a draft queued in the morning is issued to the address approved at noon), the same holds
    (an invoice whose stored warnings object is held with their messages as the reason and an `invoice.held`
    event), the same consecutive numbers of the agency's series in this order (ML 2023:200 ch. 17), references,
    vouchers (bokföringslagen 1999:1078 5 kap.) and audit events as `issue` one by one, but with a fixed number
    of statements: one block of invoice numbers, one of voucher numbers, one UPDATE (executemany) per kind of
    change, bulk inserts of vouchers, entries and events.

    Everything that can fail is checked before anything is written. A failure (DomainError: wrong status, an
    override without a reason, a voucher that does not balance, a missing credited invoice) is raised — or, with
    `hold_failures`, that invoice is held with the error as its reason and the others issue (what a slot does;
    unlike `issue`, no number is taken for it). Returns the invoices, updated in place."""
    assert agency.id is not None  # from the register
    failures: dict[int, str] = {}
    lines = _stored_lines(session, [stored for stored in invoices if stored.id is not None])
    for k, inv in enumerate(invoices):
        try:
            _check_stored(session, agency, inv, lines.get(inv.id or 0, []), force, force_reason)
        except DomainError as exc:
            if not hold_failures:
                raise
            failures[k] = str(exc)
    to_issue = [inv for k, inv in enumerate(invoices) if k not in failures and not _holds(inv.warnings, force)]
    number = numbering.take_block(session, agency.id, "invoice", len(to_issue), agency.invoice_number_start) \
        if to_issue else 0
    with session.no_autoflush:  # the changed invoices are written set-based, not by the ORM's flush
        issued_rows, held_rows, events = _apply_stored(session, agency, invoices, failures, number, actor,
                                                       force, force_reason)
        _update_stored(session, issued_rows, _ISSUED_COLUMNS)
        _update_stored(session, held_rows, _HELD_COLUMNS)
    for inv in invoices:  # written above: the ORM has nothing left to flush for these columns
        for name in _ISSUED_COLUMNS:
            set_committed_value(inv, name, getattr(inv, name))
    vouchers.post_invoice_vouchers(session, agency, [(_voucher_row(inv), lines.get(stored_id(inv), []))
                                                     for inv in to_issue])
    bulk_insert(session, AuditEvent, events)
    session.flush()  # credited originals (_apply_credit), through the ORM
    return invoices


def _apply_stored(session: Session, agency: Agency, invoices: list[Invoice], failures: dict[int, str],
                  number: int, actor: str, force: bool,
                  force_reason: str | None) -> tuple[list[dict], list[dict], list[dict]]:
    """What `issue` sets on each invoice, in order, on the loaded objects; the rows to write (issued, held) and
    the audit events."""
    now = utcnow()
    issued_rows: list[dict] = []
    held_rows: list[dict] = []
    events: list[dict] = []
    customers = _customers(session, [inv for k, inv in enumerate(invoices) if k not in failures])
    for k, inv in enumerate(invoices):
        if k in failures:
            inv.status, inv.hold_reason = "held", failures[k]
            held_rows.append(_stored_row(inv, _HELD_COLUMNS))
            continue
        if _holds(inv.warnings, force):
            inv.status, inv.hold_reason = "held", _hold_reason(inv.warnings)
            held_rows.append(_stored_row(inv, _HELD_COLUMNS))
            events.append(_event_row(*_held_event(agency, inv, actor)))
            continue
        _take_parties(agency, inv, customers.get(inv.customer_id))
        inv.number, inv.reference = _number_and_reference(agency, inv.kind, number)
        number += 1
        inv.status, inv.issued_at, inv.open_amount, inv.hold_reason = "issued", now, inv.total, None
        if inv.kind == "credit_note" and inv.credited_invoice_id:
            _apply_credit(session, inv)  # in order: a later credit note sees what an earlier one applied
        issued_rows.append(_stored_row(inv, _ISSUED_COLUMNS))
        events.append(_event_row(*_issued_event(agency, inv, actor, force, force_reason)))
    return issued_rows, held_rows, events


_HELD_COLUMNS = ("status", "hold_reason")
_ISSUED_COLUMNS = ("status", "number", "reference", "issued_at", "open_amount", "hold_reason", "customer_snapshot",
                   "customer_name", "customer_number", "seller_snapshot")
_LINE_COLUMNS = ("invoice_id", "net_amount", "vat_code", "vat_rate", "period_end", "revenue_account")


def _customers(session: Session, invoices: list[Invoice]) -> dict[int, Customer]:
    """The invoices' customers as the register has them now, by id (a query per 5,000)."""
    out: dict[int, Customer] = {}
    for ids in chunks(sorted({inv.customer_id for inv in invoices}), 5000):
        out.update((stored_id(c), c) for c in session.scalars(sa.select(Customer).where(
            Customer.__table__.c.id.in_(ids))))
    return out


def _stored_lines(session: Session, invoices: list[Invoice]) -> dict[int, list[dict]]:
    """The voucher-relevant column values of the invoices' lines, per invoice id, in line order (a query per
    5,000 invoices: a list of ids stays under every database's limit on bound parameters)."""
    table = InvoiceLine.__table__
    out: dict[int, list[dict]] = {}
    for ids in chunks([stored_id(inv) for inv in invoices], 5000):
        q = (sa.select(*(table.c[name] for name in _LINE_COLUMNS)).where(table.c.invoice_id.in_(ids))
             .order_by(table.c.invoice_id, table.c.id))
        for row in session.execute(q).mappings():
            out.setdefault(row["invoice_id"], []).append(dict(row))
    return out


def _check_stored(session: Session, agency: Agency, inv: Invoice, lines: list[dict], force: bool,
                  force_reason: str | None) -> None:
    """What would make `issue` fail for this invoice, raised before anything is written."""
    if inv.status not in ("draft", "held"):
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}, cannot be issued")
    if inv.id is None or inv.agency_id != agency.id:
        raise DomainError(f"invoice {inv.id} is not a stored invoice of agency {agency.code}")
    if _holds(inv.warnings, force):
        return
    _check_force(inv.warnings, force, force_reason)
    entries = vouchers.invoice_voucher_entries(
        agency, inv.id, inv.customer_id, inv.total, inv.invoice_date,
        [vouchers.VoucherLine(ln["net_amount"], ln["vat_code"], ln["vat_rate"], ln["period_end"],
                              ln["revenue_account"]) for ln in lines])
    ledger.checked_entries(vouchers.voucher_text(inv.kind, f"(draft {inv.id})", agency.language), entries)
    if inv.kind == "credit_note" and inv.credited_invoice_id \
            and session.get(Invoice, inv.credited_invoice_id) is None:
        raise NotFound(f"credited invoice {inv.credited_invoice_id} does not exist", "credited_invoice_id")


def _stored_row(inv: Invoice, columns: tuple[str, ...]) -> dict:
    return {"_id": inv.id, **{f"v_{name}": getattr(inv, name) for name in columns}}


def _update_stored(session: Session, rows: list[dict], columns: tuple[str, ...]) -> None:
    """One UPDATE executed for many rows (`_id` and `v_<column>` values), through the columns' types."""
    if not rows:
        return
    table = Invoice.__table__
    session.execute(sa.update(table).where(table.c.id == sa.bindparam("_id"))
                    .values({name: sa.bindparam(f"v_{name}") for name in columns}), rows)


def _voucher_row(inv: Invoice) -> dict:
    """The column values post_invoice_vouchers reads."""
    return {"id": inv.id, "customer_id": inv.customer_id, "total": inv.total, "invoice_date": inv.invoice_date,
            "kind": inv.kind, "number": inv.number}
