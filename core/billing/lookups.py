"""Finding invoices and reading what they consist of: by number, their lines, their VAT breakdown, their agency.

Read-only; used by issuing, crediting, the invoice document, delivery, the period-end runs and the commands.
An invoice number is unique per agency (the agency's own series), so a bare number can be ambiguous.
"""
from __future__ import annotations

from sqlmodel import Session, col, select

from core.billing.models import Invoice, InvoiceLine
from core.kernel import vat
from core.kernel.errors import DomainError, NotFound
from core.registers.models import Agency
from core.registers.register import agency_by_code, get_agency


def find_invoice(session: Session, number: str, agency_id: int | None = None) -> Invoice | None:
    q = select(Invoice).where(Invoice.number == number)
    if agency_id is not None:
        q = q.where(Invoice.agency_id == agency_id)
    rows = session.exec(q).all()
    if len(rows) > 1:
        raise DomainError(f"invoice number {number} exists for several agencies; name the agency")
    return rows[0] if rows else None


def invoice_by_number(session: Session, number: str, agency_code: str | None = None) -> Invoice:
    """The invoice with this number (of the named agency, if given); NotFound otherwise — for commands."""
    agency_id = agency_by_code(session, agency_code).id if agency_code else None
    inv = find_invoice(session, number, agency_id)
    if inv is None:
        raise NotFound(f"no invoice {number}", "number")
    return inv


def agency_of(session: Session, inv: Invoice) -> Agency:
    """The invoice's agency (always there: invoice.agency_id is a foreign key)."""
    return get_agency(session, inv.agency_id)


def lines_of(session: Session, inv: Invoice) -> list[InvoiceLine]:
    return list(session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                             .order_by(col(InvoiceLine.line_no))))


def vat_breakdown(session: Session, inv: Invoice) -> list[vat.VatGroup]:
    return vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln in lines_of(session, inv)]).groups
