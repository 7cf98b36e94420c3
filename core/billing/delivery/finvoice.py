"""Finnish consumer e-invoices (kuluttajan e-lasku) in Finvoice 3.0 (Finanssiala).

A Finnish private customer who gave an e-invoice receiving proposal (vastaanottoehdotus: ConsumerEInvoiceProposal
with the consumer's e-invoice address and bank BIC, active on the invoice date) gets a Finvoice consumer e-invoice
instead of paper; reminders follow the same channel. `choose_consumer_channel` answers "finvoice" or None (then the
ordinary channel choice applies: Peppol or print). `finvoice_xml` builds the document: seller and buyer, rows, VAT
breakdown, payment terms, EPI payment details with the Finnish (SPY) or RF (ISO) reference, and the virtual barcode
(virtuaaliviivakoodi version 4/5, core.billing.delivery.barcode). core.billing.delivery.channels.deliver asks
`choose_consumer_channel`, writes the document to outbox_dir("finvoice") (`file_name`) and records it once
(DeliveryRecord, channel "finvoice"), as for every channel.

Finvoice formats: amounts with a decimal comma ("1234,50"), dates CCYYMMDD with Format="CCYYMMDD", percentages
"25,5". Encoding ISO-8859-15 is customary; UTF-8 is accepted by the banks' Finvoice service and is used here.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from lxml import etree
from sqlmodel import Session, col, select

from core.billing import lookups
from core.billing.delivery import barcode
from core.billing.models import Invoice
from core.kernel import references, vat
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, ValidationError
from core.kernel.money import round_money
from core.platform import audit
from core.registers.models import ConsumerEInvoiceProposal, Customer

BIC_RE = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")
TYPE_CODES = {"invoice": ("INV01", "LASKU"), "interest": ("INV01", "KORKOLASKU"),
              "reminder": ("INV01", "MAKSUMUISTUTUS")}


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

def _amount(value: Decimal) -> str:
    return f"{round_money(Decimal(value)):.2f}".replace(".", ",")


def _unit_amount(value: Decimal) -> str:
    v = Decimal(value)
    text = f"{v:.2f}" if v == v.quantize(Decimal("0.01")) else f"{v.normalize():f}"
    return text.replace(".", ",")


def _percent(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}".replace(".", ",")


def _qty(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}".replace(".", ",")


def _date(parent: etree._Element, tag: str, day: dt.date) -> etree._Element:
    el = etree.SubElement(parent, tag, Format="CCYYMMDD")
    el.text = day.strftime("%Y%m%d")
    return el


def _text(parent: etree._Element, tag: str, value: Any, limit: int | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, **attrs)
    text = "" if value is None else str(value)
    el.text = text[:limit] if limit else text
    return el


def _money_el(parent: etree._Element, tag: str, value: Decimal, currency: str) -> etree._Element:
    return _text(parent, tag, _amount(value), AmountCurrencyIdentifier=currency)


def _postal_address(parent: etree._Element, role: str, party: dict) -> None:
    """<Seller|Buyer>PostalAddressDetails, when the party's address is complete."""
    if party.get("street") and party.get("city") and party.get("postal_code"):
        addr = etree.SubElement(parent, f"{role}PostalAddressDetails")
        _text(addr, f"{role}StreetName", party["street"], 35)
        _text(addr, f"{role}TownName", party["city"], 35)
        _text(addr, f"{role}PostCodeIdentifier", party["postal_code"], 35)
        _text(addr, "CountryCode", party.get("country") or "FI")


def ovt(org_no: str | None) -> str | None:
    """OVT code (e-invoice address) of a Finnish organisation: 0037 + Y-tunnus digits."""
    digits = re.sub(r"\D", "", org_no or "")
    return f"0037{digits}" if len(digits) == 8 else None


def finvoice_xml(session: Session, inv: Invoice, document: str = "invoice", extra: dict | None = None) -> bytes:
    """Finvoice 3.0 consumer e-invoice (or reminder: document="reminder", extra={"fee", "due_date",
    "reminder_no"}) for an issued invoice. Raises ValidationError when it cannot be expressed."""
    if inv.status not in ("issued", "paid", "credited") or not inv.number:
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}; only issued documents are sent")
    seller = inv.seller_snapshot or {}
    buyer = inv.customer_snapshot or {}
    extra = dict(extra or {})
    prop = proposal_for(session, inv, dt.date.today() if document == "reminder" else inv.invoice_date)
    if prop is None:
        raise ValidationError("the customer has no active e-invoice receiving proposal", "customer")
    iban = re.sub(r"\s", "", seller.get("iban") or "")
    bic = (seller.get("bic") or "").upper()
    if not iban or not bic:
        raise ValidationError("the seller needs an IBAN and a BIC for a Finvoice", "agency.iban")
    cur = inv.currency
    lines = lookups.lines_of(session, inv)
    groups = lookups.vat_breakdown(session, inv)
    fee = Decimal(str(extra.get("fee") or "0"))
    reminder = document == "reminder"
    if reminder:
        amount_due = round_money(inv.open_amount + fee)
        due = extra.get("due_date") or dt.date.today()
        if isinstance(due, str):
            due = dt.date.fromisoformat(due)
        number = f"{inv.number}-M{extra.get('reminder_no') or 1}"
        doc_date = dt.date.today() if not extra.get("date") else extra["date"]
    else:
        amount_due, due, number, doc_date = inv.total, inv.due_date or inv.invoice_date, inv.number, inv.invoice_date
    reference = references.normalize(inv.reference or "")
    virtual = barcode.virtual_barcode(iban, reference, amount_due, due)

    root = etree.Element("Finvoice", Version="3.0")
    # message transmission: from the seller (OVT + its bank) to the consumer (e-invoice address + its bank)
    mtd = etree.SubElement(root, "MessageTransmissionDetails")
    snd = etree.SubElement(mtd, "MessageSenderDetails")
    _text(snd, "FromIdentifier", ovt(seller.get("org_no")) or iban)
    _text(snd, "FromIntermediator", bic)
    rcv = etree.SubElement(mtd, "MessageReceiverDetails")
    _text(rcv, "ToIdentifier", prop.einvoice_address)
    _text(rcv, "ToIntermediator", prop.bank_bic)
    md = etree.SubElement(mtd, "MessageDetails")
    _text(md, "MessageIdentifier", f"{seller.get('code') or 'S'}-{number}"[:48])
    _text(md, "MessageTimeStamp", utcnow().replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S"))
    # seller
    spd = etree.SubElement(root, "SellerPartyDetails")
    if seller.get("org_no"):
        _text(spd, "SellerPartyIdentifier", seller["org_no"], 35)
    _text(spd, "SellerOrganisationName", seller.get("name"), 70)
    if seller.get("vat_no"):
        _text(spd, "SellerOrganisationTaxCode", seller["vat_no"], 35)
    _postal_address(spd, "Seller", seller)
    sid = etree.SubElement(root, "SellerInformationDetails")
    if seller.get("city"):
        _text(sid, "SellerHomeTownName", seller["city"], 35)
    if seller.get("vat_no"):
        _text(sid, "SellerVatRegistrationText", "Alv.Rek.")
    acc = etree.SubElement(sid, "SellerAccountDetails")
    _text(acc, "SellerAccountID", iban, IdentificationSchemeName="IBAN")
    _text(acc, "SellerBic", bic, IdentificationSchemeName="BIC")
    rd = etree.SubElement(sid, "InvoiceRecipientDetails")
    _text(rd, "InvoiceRecipientAddress", prop.einvoice_address)
    _text(rd, "InvoiceRecipientIntermediatorAddress", prop.bank_bic)
    lang = (buyer.get("language") or "fi").upper()
    _text(root, "InvoiceRecipientLanguageCode", lang if lang in ("FI", "SV", "EN") else "FI")
    # buyer: a consumer (no identifier: personal identity numbers are not sent)
    bpd = etree.SubElement(root, "BuyerPartyDetails")
    _text(bpd, "BuyerOrganisationName", buyer.get("name"), 70)
    _postal_address(bpd, "Buyer", buyer)
    if buyer.get("email"):
        bcd = etree.SubElement(root, "BuyerCommunicationDetails")
        _text(bcd, "BuyerEmailaddressIdentifier", buyer["email"], 70)
    if inv.supply_date:
        dd = etree.SubElement(root, "DeliveryDetails")
        _date(dd, "DeliveryDate", inv.supply_date)
    # invoice details
    idt = etree.SubElement(root, "InvoiceDetails")
    code, text = TYPE_CODES["reminder" if reminder else ("interest" if inv.kind == "interest" else "invoice")]
    _text(idt, "InvoiceTypeCode", code)
    _text(idt, "InvoiceTypeText", text)
    _text(idt, "OriginCode", "Original")
    _text(idt, "InvoiceNumber", number, 20)
    _date(idt, "InvoiceDate", doc_date)
    if reminder:
        _text(idt, "OriginalInvoiceNumber", inv.number, 20)
        _date(idt, "OriginalInvoiceDate", inv.invoice_date)
    starts = [ln.period_start for ln in lines if ln.period_start]
    ends = [ln.period_end for ln in lines if ln.period_end]
    if starts and ends and not reminder:
        _date(idt, "InvoicingPeriodStartDate", min(starts))
        _date(idt, "InvoicingPeriodEndDate", max(ends))
    if inv.order_reference:
        _text(idt, "OrderIdentifier", inv.order_reference, 70)
    if inv.buyer_reference:
        _text(idt, "BuyerReferenceIdentifier", inv.buyer_reference, 70)
    if reminder:
        _money_el(idt, "InvoiceTotalVatExcludedAmount", amount_due, cur)
        _money_el(idt, "InvoiceTotalVatAmount", Decimal("0"), cur)
        _money_el(idt, "InvoiceTotalVatIncludedAmount", amount_due, cur)
    else:
        _money_el(idt, "InvoiceTotalVatExcludedAmount", inv.net_total, cur)
        _money_el(idt, "InvoiceTotalVatAmount", inv.vat_total, cur)
        _money_el(idt, "InvoiceTotalVatIncludedAmount", inv.total, cur)
        for g in groups:
            vs = etree.SubElement(idt, "VatSpecificationDetails")
            _money_el(vs, "VatBaseAmount", g.net, cur)
            _text(vs, "VatRatePercent", _percent(g.rate))
            _text(vs, "VatCode", g.category)
            _money_el(vs, "VatRateAmount", g.vat, cur)
            if g.exemption_reason:
                _text(vs, "VatFreeText", g.exemption_reason, 70)
    if inv.note:
        _text(idt, "InvoiceFreeText", inv.note, 512)
    pt = etree.SubElement(idt, "PaymentTermsDetails")
    terms = "Maksumuistutus" if reminder else f"{(inv.due_date - inv.invoice_date).days} pv netto" \
        if inv.due_date else "Heti"
    _text(pt, "PaymentTermsFreeText", terms, 70)
    _date(pt, "InvoiceDueDate", due)
    od = etree.SubElement(pt, "PaymentOverDueFineDetails")
    _text(od, "PaymentOverDueFineFreeText", "Viivästyskorko korkolain mukaan", 70)
    _text(root, "VirtualBankBarcode", virtual)
    # rows
    if reminder:
        row = etree.SubElement(root, "InvoiceRow")
        _text(row, "ArticleName", f"Lasku {inv.number}", 100)
        od = etree.SubElement(row, "RowOverDuePaymentDetails")
        _text(od, "RowOriginalInvoiceIdentifier", inv.number, 35)
        _date(od, "RowOriginalInvoiceDate", inv.invoice_date)
        if inv.due_date:
            _date(od, "RowOriginalDueDate", inv.due_date)
        _money_el(od, "RowOriginalInvoiceTotalAmount", inv.total, cur)
        if inv.reference:
            _text(od, "RowOriginalEpiRemittanceInfoIdentifier", reference, 35)
        _money_el(od, "RowUnPaidVatIncludedAmount", inv.open_amount, cur)
        _money_el(row, "RowAmount", inv.open_amount, cur)
        if fee:
            row = etree.SubElement(root, "InvoiceRow")
            _text(row, "ArticleName", "Muistutusmaksu", 100)
            _money_el(row, "RowAmount", fee, cur)
    else:
        for ln in lines:
            row = etree.SubElement(root, "InvoiceRow")
            if ln.article_code:
                _text(row, "ArticleIdentifier", ln.article_code, 70)
            _text(row, "ArticleName", ln.description, 100)
            _text(row, "InvoicedQuantity", _qty(ln.quantity), QuantityUnitCode=(ln.unit or "kpl")[:14])
            if ln.period_start:
                _date(row, "StartDate", ln.period_start)
            if ln.period_end:
                _date(row, "EndDate", ln.period_end)
            _text(row, "UnitPriceAmount", _unit_amount(ln.unit_price), AmountCurrencyIdentifier=cur)
            row_vat = round_money(ln.net_amount * ln.vat_rate / Decimal(100))
            _text(row, "RowVatRatePercent", _percent(ln.vat_rate))
            _text(row, "RowVatCode", vat.category(ln.vat_code))
            _money_el(row, "RowVatAmount", row_vat, cur)
            _money_el(row, "RowVatExcludedAmount", ln.net_amount, cur)
            _money_el(row, "RowAmount", ln.net_amount + row_vat, cur)
    # EPI: the payment (SEPA credit transfer data for the consumer's bank)
    epi = etree.SubElement(root, "EpiDetails")
    eid = etree.SubElement(epi, "EpiIdentificationDetails")
    _date(eid, "EpiDate", doc_date)
    _text(eid, "EpiReference", number)
    epd = etree.SubElement(epi, "EpiPartyDetails")
    bfi = etree.SubElement(epd, "EpiBfiPartyDetails")
    _text(bfi, "EpiBfiIdentifier", bic, IdentificationSchemeName="BIC")
    ben = etree.SubElement(epd, "EpiBeneficiaryPartyDetails")
    _text(ben, "EpiNameAddressDetails", seller.get("name"), 35)
    bei = re.sub(r"\D", "", seller.get("org_no") or "")
    if len(bei) == 8:
        _text(ben, "EpiBei", f"{bei[:7]}-{bei[7]}")
    _text(ben, "EpiAccountID", iban, IdentificationSchemeName="IBAN")
    pid = etree.SubElement(epi, "EpiPaymentInstructionDetails")
    _text(pid, "EpiRemittanceInfoIdentifier", reference,
          IdentificationSchemeName="ISO" if reference.startswith("RF") else "SPY")
    _text(pid, "EpiInstructedAmount", _amount(amount_due), AmountCurrencyIdentifier=cur)
    _text(pid, "EpiCharge", "", ChargeOption="SLEV")
    _date(pid, "EpiDateOptionDate", due)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def file_name(inv: Invoice, agency_code: str, document: str = "invoice", sequence: int = 0) -> str:
    suffix = f"-{sequence}" if document == "reminder" else ""
    doc = "reminder" if document == "reminder" else ("interest" if inv.kind == "interest" else "invoice")
    return f"{agency_code}-{doc}-{inv.number}{suffix}.xml"
