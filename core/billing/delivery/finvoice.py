"""Finnish consumer e-invoices (kuluttajan e-lasku) in Finvoice 3.0 (Finanssiala).

A Finnish private customer who gave an e-invoice receiving proposal (vastaanottoehdotus: ConsumerEInvoiceProposal
with the consumer's e-invoice address and bank BIC, active on the invoice date) gets a Finvoice consumer e-invoice
instead of paper; reminders follow the same channel. `choose_consumer_channel` answers "finvoice" or None (then the
ordinary channel choice applies: Peppol or print). `finvoice_xml` checks that the document can be sent (an active
proposal, the seller's IBAN and BIC), gathers its facts (amount due, due date, the Finnish (SPY) or RF (ISO)
reference, the virtual barcode: virtuaaliviivakoodi version 4/5, core.billing.delivery.barcode) and has
core.billing.delivery.finvoice_doc build the message. core.billing.delivery.channels.deliver asks
`choose_consumer_channel`, writes the document to outbox_dir("finvoice") (`file_name`) and records it once
(DeliveryRecord, channel "finvoice"), as for every channel.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from sqlmodel import Session, col, select

from core.billing import lookups
from core.billing.delivery import barcode, finvoice_doc
from core.billing.delivery.finvoice_doc import FinvoiceFacts
from core.billing.models import Invoice
from core.kernel import references
from core.kernel.errors import DomainError, ValidationError
from core.kernel.money import round_money
from core.platform import audit
from core.registers.models import ConsumerEInvoiceProposal, Customer

BIC_RE = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")


# ---------------------------------------------------------------- proposals

def add_proposal(session: Session, customer: Customer, bank_bic: str, einvoice_address: str,
                 started: dt.date | None = None, agency_id: int | None = None,
                 actor: str = "system") -> ConsumerEInvoiceProposal:
    """Register a receiving proposal; a consumer has at most one active proposal (an older one ends)."""
    if customer.country != "FI" or not customer.is_private:
        raise ValidationError("consumer e-invoices are for Finnish private customers", "customer")
    bic = re.sub(r"\s", "", bank_bic or "").upper()
    if not BIC_RE.match(bic):
        raise ValidationError(f"not a BIC: {bank_bic!r}", "bank_bic")
    addr = re.sub(r"\s", "", einvoice_address or "").upper()
    if not 2 <= len(addr) <= 34:
        raise ValidationError(f"not an e-invoice address: {einvoice_address!r}", "einvoice_address")
    started = started or dt.date.today()
    assert customer.id is not None  # from the register
    for old in active_proposals(session, customer.id, started):
        old.ended = started - dt.timedelta(days=1)
        session.add(old)
    prop = ConsumerEInvoiceProposal(customer_id=customer.id, agency_id=agency_id, bank_bic=bic,
                                    einvoice_address=addr, started=started)
    session.add(prop)
    session.flush()
    audit.record(session, actor, "consumer_einvoice.added", "customer", customer.id, agency_id, "cli",
                 bank_bic=bic, started=started)
    return prop


def end_proposal(session: Session, customer: Customer, ended: dt.date | None = None,
                 actor: str = "system") -> list[ConsumerEInvoiceProposal]:
    """End the customer's active proposal(s) (a termination message from the bank, or the customer's wish)."""
    ended = ended or dt.date.today()
    rows = [p for p in session.exec(select(ConsumerEInvoiceProposal).where(
        ConsumerEInvoiceProposal.customer_id == customer.id)) if p.ended is None or p.ended >= ended]
    if not rows:
        raise DomainError(f"customer {customer.customer_number} has no active e-invoice proposal")
    for p in rows:
        p.ended = ended
        session.add(p)
    audit.record(session, actor, "consumer_einvoice.ended", "customer", customer.id, None, "cli", ended=ended)
    session.flush()
    return rows


def active_proposals(session: Session, customer_id: int, day: dt.date,
                     agency_id: int | None = None) -> list[ConsumerEInvoiceProposal]:
    rows = session.exec(select(ConsumerEInvoiceProposal).where(
        ConsumerEInvoiceProposal.customer_id == customer_id, ConsumerEInvoiceProposal.started <= day)
        .order_by(col(ConsumerEInvoiceProposal.started).desc(), col(ConsumerEInvoiceProposal.id).desc())).all()
    return [p for p in rows if (p.ended is None or p.ended >= day)
            and (p.agency_id is None or agency_id is None or p.agency_id == agency_id)]


def proposal_for(session: Session, inv: Invoice, day: dt.date | None = None) -> ConsumerEInvoiceProposal | None:
    cust = inv.customer_snapshot or {}
    if cust.get("kind") != "private" or cust.get("country") != "FI":
        return None
    rows = active_proposals(session, inv.customer_id, day or inv.invoice_date, inv.agency_id)
    return rows[0] if rows else None


def choose_consumer_channel(session: Session, inv: Invoice, document: str = "invoice",
                            day: dt.date | None = None) -> str | None:
    """"finvoice" for a Finnish private customer with an active receiving proposal and a Finnish seller with an
    IBAN (invoices, interest invoices and reminders; a credit note goes on paper: the consumer e-invoice service
    carries payable documents), else None: the ordinary choice (Peppol / print) applies."""
    if inv.kind == "credit_note" and document != "reminder":
        return None
    seller = inv.seller_snapshot or {}
    if seller.get("country") != "FI" or not seller.get("iban") or inv.currency != "EUR":
        return None
    on = day or (dt.date.today() if document == "reminder" else inv.invoice_date)
    return "finvoice" if proposal_for(session, inv, on) else None


# ---------------------------------------------------------------- the document

def finvoice_xml(session: Session, inv: Invoice, document: str = "invoice", extra: dict | None = None) -> bytes:
    """Finvoice 3.0 consumer e-invoice (or reminder: document="reminder", extra={"fee", "due_date",
    "reminder_no"}) for an issued invoice. Raises ValidationError when it cannot be expressed."""
    issued_number = inv.number
    if inv.status not in ("issued", "paid", "credited") or not issued_number:
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}; only issued documents are sent")
    return finvoice_doc.render(_facts(session, inv, issued_number, document, dict(extra or {})))


def _facts(session: Session, inv: Invoice, issued_number: str, document: str, extra: dict) -> FinvoiceFacts:
    """What the message needs, checked: an active receiving proposal, the seller's IBAN and BIC."""
    seller = inv.seller_snapshot or {}
    sent_on = extra.get("date") or dt.date.today()  # a reminder is dated by its run, not by the clock
    prop = proposal_for(session, inv, sent_on if document == "reminder" else inv.invoice_date)
    if prop is None:
        raise ValidationError("the customer has no active e-invoice receiving proposal", "customer")
    iban = re.sub(r"\s", "", seller.get("iban") or "")
    bic = (seller.get("bic") or "").upper()
    if not iban or not bic:
        raise ValidationError("the seller needs an IBAN and a BIC for a Finvoice", "agency.iban")
    lines = lookups.lines_of(session, inv)
    groups = lookups.vat_breakdown(session, inv)
    fee = Decimal(str(extra.get("fee") or "0"))
    reminder = document == "reminder"
    if reminder:
        amount_due, due, number, doc_date = _reminder_amounts(inv, extra, fee)
    else:
        amount_due, due, number, doc_date = (inv.total, inv.due_date or inv.invoice_date, issued_number,
                                               inv.invoice_date)
    reference = references.normalize(inv.reference or "")
    return FinvoiceFacts(inv=inv, seller=seller, buyer=inv.customer_snapshot or {}, proposal=prop, iban=iban, bic=bic,
                         lines=lines, groups=groups, fee=fee, reminder=reminder, amount_due=amount_due, due=due,
                         number=number, doc_date=doc_date, reference=reference,
                         virtual=barcode.virtual_barcode(iban, reference, amount_due, due))


def _reminder_amounts(inv: Invoice, extra: dict, fee: Decimal) -> tuple[Decimal, dt.date, str, dt.date]:
    """(amount due, due date, number, date) of a reminder: the open amount plus the fee, number <invoice>-M<n>."""
    amount_due = round_money(inv.open_amount + fee)
    doc_date = extra.get("date") or dt.date.today()  # the run date, passed on by the reminder run
    due = extra.get("due_date") or doc_date
    if isinstance(due, str):
        due = dt.date.fromisoformat(due)
    number = f"{inv.number}-M{extra.get('reminder_no') or 1}"
    return amount_due, due, number, doc_date


def file_name(inv: Invoice, agency_code: str, document: str = "invoice", sequence: int = 0) -> str:
    suffix = f"-{sequence}" if document == "reminder" else ""
    doc = "reminder" if document == "reminder" else ("interest" if inv.kind == "interest" else "invoice")
    return f"{agency_code}-{doc}-{inv.number}{suffix}.xml"
