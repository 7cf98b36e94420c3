"""Credit notes: crediting an issued invoice fully, or partly by line and quantity.

A document that changes an invoice counts as an invoice when it refers to it specifically and unambiguously (ML
2023:200 ch. 17): a credit note names its original, carries the original's parties and prices with negative
quantities, never credits more of a line than is left, and is issued at once (core.billing.issuing, which applies
it to the original's open amount).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Session, col, select

from core.billing import drafting, issuing, lookups
from core.billing.models import Invoice, InvoiceLine
from core.kernel import vat
from core.kernel.errors import DomainError, ValidationError
from core.kernel.money import ZERO, to_decimal
from core.platform import audit


def credit(session: Session, original: Invoice, reason: str, lines: dict[int, Decimal] | None = None,
           actor: str = "system", source: str = "cli", invoice_date: dt.date | None = None) -> Invoice:
    """Credit note referring unambiguously to the original: fully, or {line_no: quantity} partly."""
    if original.kind == "credit_note" or original.status not in ("issued", "paid", "credited"):
        raise DomainError(f"invoice {original.number or original.id} cannot be credited ({original.status})")
    if not reason:
        raise ValidationError("a credit note needs a reason", "reason")
    assert original.id is not None  # an issued invoice
    agency = lookups.agency_of(session, original)
    orig_lines = lookups.lines_of(session, original)
    already = _already_credited(session, original.id)
    picks = lines or {ln.line_no: ln.quantity - already.get(ln.line_no, ZERO) for ln in orig_lines
                      if ln.quantity - already.get(ln.line_no, ZERO) > 0}
    inv = Invoice(agency_id=original.agency_id, customer_id=original.customer_id, kind="credit_note",
                  status="draft", invoice_date=invoice_date or dt.date.today(), supply_date=original.supply_date,
                  due_date=invoice_date or dt.date.today(), currency=original.currency,
                  credited_invoice_id=original.id, buyer_reference=original.buyer_reference,
                  order_reference=original.order_reference, note=f"Kredit av faktura {original.number}: {reason}",
                  source=source, **drafting.customer_columns(original.customer_snapshot),
                  seller_snapshot=original.seller_snapshot)
    session.add(inv)
    session.flush()
    assert inv.id is not None  # flushed
    new_lines = _credit_lines(inv.id, orig_lines, picks, already)
    session.add_all(new_lines)
    tot = vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln in new_lines])
    inv.net_total, inv.vat_total, inv.total = tot.net, tot.vat, tot.total
    session.flush()
    audit.record(session, actor, "invoice.credit", "invoice", original.id, agency.id, source,
                 reason=reason, credit_total=tot.total)
    return issuing.issue(session, inv, actor)


def _credit_lines(credit_id: int, orig_lines: list[InvoiceLine], picks: dict[int, Decimal],
                  already: dict[int, Decimal]) -> list[InvoiceLine]:
    """The credit note's lines: each picked original line with the negative quantity to credit, renumbered."""
    new_lines: list[InvoiceLine] = []
    for ln in orig_lines:
        if ln.line_no not in picks:
            continue
        qty = to_decimal(picks[ln.line_no])
        if qty <= 0 or qty + already.get(ln.line_no, ZERO) > ln.quantity:
            raise ValidationError(f"line {ln.line_no}: cannot credit {qty} of {ln.quantity} "
                                  f"({already.get(ln.line_no, ZERO)} already credited)", f"lines[{ln.line_no - 1}]")
        new_lines.append(InvoiceLine(invoice_id=credit_id, line_no=len(new_lines) + 1, article_code=ln.article_code,
                                     description=ln.description, quantity=-qty, unit=ln.unit,
                                     unit_price=ln.unit_price, vat_code=ln.vat_code, vat_rate=ln.vat_rate,
                                     net_amount=vat.line_net(-qty, ln.unit_price), revenue_account=ln.revenue_account,
                                     period_start=ln.period_start, period_end=ln.period_end))
    if not new_lines:
        raise ValidationError("nothing to credit", "lines")
    return new_lines


def creditable_quantities(session: Session, invoice: Invoice, lines: list[InvoiceLine]) -> dict[int, Decimal]:
    """What can still be credited per line (the invoiced quantity less earlier credit notes): the credit form offers
    this, so a clerk is not told "cannot credit 2.5 of 2.5" after a first partial credit."""
    done = _already_credited(session, invoice.id) if invoice.id is not None else {}
    return {ln.line_no: ln.quantity - done.get(ln.line_no, ZERO) for ln in lines}


def _already_credited(session: Session, invoice_id: int) -> dict[int, Decimal]:
    """Quantity already credited per original line, matched by line order and description."""
    credits = session.exec(select(Invoice.id).where(Invoice.credited_invoice_id == invoice_id,
                                                    Invoice.status != "cancelled")).all()
    result: dict[int, Decimal] = {}
    if not credits:
        return result
    orig = {(ln.description, ln.unit_price): ln.line_no for ln in
            session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id))}
    for ln in session.exec(select(InvoiceLine).where(col(InvoiceLine.invoice_id).in_(credits))):
        no = orig.get((ln.description, ln.unit_price))
        if no:
            result[no] = result.get(no, ZERO) - ln.quantity
    return result
