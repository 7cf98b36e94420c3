"""Changing a draft's lines and copying an invoice into a new draft, both through core.billing.drafting's one path
(register prices, VAT by supply date, plausibility checks), so a changed or copied draft is built exactly as a new
one. Only a draft or held invoice can change: an issued invoice is booked and numbered (BFL 5:5, ML 17:24 — it is
corrected by a credit note, core.billing.crediting), but it may be copied into a new draft."""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, delete

from core.billing import drafting, lookups
from core.billing.models import Invoice, InvoiceLine
from core.kernel.errors import DomainError
from core.platform import audit
from core.registers.models import Agency, Customer

EDITABLE = ("draft", "held")


def line_inputs(session: Session, inv: Invoice) -> list[drafting.LineInput]:
    """The invoice's lines as drafting input: article, quantity, price, text, VAT code and account as stored. A
    VAT rate is carried only where it was overridden with a reason; otherwise the rate follows the supply date."""
    return [drafting.LineInput(article_code=ln.article_code, quantity=ln.quantity, unit_price=ln.unit_price,
                               description=ln.description, vat_code=ln.vat_code,
                               vat_rate=ln.vat_rate if ln.vat_override_reason else None,
                               vat_override_reason=ln.vat_override_reason, period_start=ln.period_start,
                               period_end=ln.period_end, unit=ln.unit, revenue_account=ln.revenue_account)
            for ln in lookups.lines_of(session, inv)]


def replace_lines(session: Session, inv: Invoice, agency: Agency, customer: Customer,
                  lines: list[drafting.LineInput], opts: drafting.DraftOptions, source: str = "web") -> Invoice:
    """The draft (or held invoice, which becomes a draft again) with these lines, dates and references instead of
    its old ones; totals and warnings computed afresh. Raises DomainError for anything else."""
    if inv.status not in EDITABLE or inv.number:
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}: only a draft can be changed", "status")
    assert inv.id is not None and agency.id is not None  # stored records
    opts.source, opts.request_id, opts.kind = inv.source, inv.request_id, inv.kind
    d = drafting.prepare(session, agency, customer, lines, opts)
    dupes = [n for n in drafting.duplicates_many(session, agency.id, [(d.customer_id, d.totals.total,
                                                                         d.invoice_date)])[0]
             if n not in (inv.number, f"draft {inv.id}")]
    values = drafting.draft_values(session, agency, d, dupes)
    session.execute(delete(InvoiceLine).where(col(InvoiceLine.invoice_id) == inv.id))
    for key, value in values.items():
        setattr(inv, key, value)
    inv.hold_reason = None
    session.add(inv)
    for line in d.lines:
        session.add(InvoiceLine(invoice_id=inv.id, **line))
    audit.record(session, opts.actor, "invoice.redraft", "invoice", inv.id, agency.id, source,
                 customer=customer.customer_number, total=d.totals.total, lines=len(d.lines))
    session.flush()
    return inv


def copy_invoice(session: Session, original: Invoice, agency: Agency, customer: Customer, actor: str,
                 invoice_date: dt.date | None = None, source: str = "web") -> Invoice:
    """A new draft with the original's customer, lines and references, dated today (or `invoice_date`); the
    original is left as it is. A credit note is not copied (it only exists against its invoice)."""
    if original.kind != "invoice":
        raise DomainError(f"a {original.kind} cannot be copied, only an invoice", "kind")
    opts = drafting.DraftOptions(invoice_date=invoice_date, buyer_reference=original.buyer_reference,
                                 order_reference=original.order_reference, note=original.note, source=source,
                                 actor=actor, currency=original.currency)
    inv = drafting.create_draft(session, agency, customer, line_inputs(session, original), opts)
    audit.record(session, actor, "invoice.copy", "invoice", inv.id, agency.id, source,
                 original=original.number or original.id)
    return inv
