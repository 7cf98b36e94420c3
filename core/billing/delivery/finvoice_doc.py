"""The Finvoice 3.0 message (Finanssiala, Finvoice 3.0 implementation guideline), element by element in the order of
the Finvoice 3.0 XSD: message transmission, seller, buyer, invoice details (totals, VAT breakdown, payment terms),
the virtual barcode, rows, and the EPI payment details. `FinvoiceFacts` carries everything the message needs;
core.billing.delivery.finvoice.finvoice_xml gathers and checks it (receiving proposal, the seller's IBAN and BIC),
so this module reads no database.

Finvoice formats: amounts with a decimal comma ("1234,50"), dates CCYYMMDD with Format="CCYYMMDD", percentages
"25,5". Encoding ISO-8859-15 is customary; UTF-8 is accepted by the banks' Finvoice service and is used here.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lxml import etree

from core.billing.models import Invoice, InvoiceLine
from core.kernel import vat
from core.kernel.clock import utcnow
from core.kernel.money import round_money
from core.registers.models import ConsumerEInvoiceProposal

# Finvoice 3.0 InvoiceTypeCode (Finanssiala code list as carried by OCA/l10n-finland account_edi_finvoice
# INVOICE_TYPES): INV01 LASKU, INV02 HYVITYSLASKU, INV03 KORKOLASKU (interest invoice), INV08 HUOMAUTUSLASKU (a
# reminder / notice of an unpaid invoice); the type text is free text, so the reminder keeps "MAKSUMUISTUTUS"
TYPE_CODES = {"invoice": ("INV01", "LASKU"), "interest": ("INV03", "KORKOLASKU"),
              "reminder": ("INV08", "MAKSUMUISTUTUS")}


@dataclass(frozen=True)
class FinvoiceFacts:
    """One Finvoice message: the issued invoice and what is sent for it (an invoice, or a reminder of it)."""
    inv: Invoice
    seller: dict
    buyer: dict
    proposal: ConsumerEInvoiceProposal
    iban: str
    bic: str
    lines: list[InvoiceLine]
    groups: list[vat.VatGroup]
    fee: Decimal
    reminder: bool
    amount_due: Decimal
    due: dt.date
    number: str
    doc_date: dt.date
    reference: str
    virtual: str

    @property
    def cur(self) -> str:
        return self.inv.currency


# ---------------------------------------------------------------- formats and element helpers

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


# ---------------------------------------------------------------- the message

def render(f: FinvoiceFacts) -> bytes:
    """The Finvoice 3.0 document (UTF-8 bytes with XML declaration)."""
    root = etree.Element("Finvoice", Version="3.0")
    _transmission(root, f)
    _seller(root, f)
    _buyer(root, f)
    _invoice_details(root, f)
    _text(root, "VirtualBankBarcode", f.virtual)
    if f.reminder:
        _reminder_rows(root, f)
    else:
        _invoice_rows(root, f)
    _epi(root, f)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _transmission(root: etree._Element, f: FinvoiceFacts) -> None:
    """MessageTransmissionDetails: from the seller (OVT + its bank) to the consumer (e-invoice address + its bank)."""
    mtd = etree.SubElement(root, "MessageTransmissionDetails")
    snd = etree.SubElement(mtd, "MessageSenderDetails")
    _text(snd, "FromIdentifier", ovt(f.seller.get("org_no")) or f.iban)
    _text(snd, "FromIntermediator", f.bic)
    rcv = etree.SubElement(mtd, "MessageReceiverDetails")
    _text(rcv, "ToIdentifier", f.proposal.einvoice_address)
    _text(rcv, "ToIntermediator", f.proposal.bank_bic)
    md = etree.SubElement(mtd, "MessageDetails")
    _text(md, "MessageIdentifier", f"{f.seller.get('code') or 'S'}-{f.number}"[:48])
    _text(md, "MessageTimeStamp", utcnow().replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S"))


def _seller(root: etree._Element, f: FinvoiceFacts) -> None:
    """SellerPartyDetails and SellerInformationDetails (home town, VAT registration, account, recipient)."""
    seller = f.seller
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
    _text(acc, "SellerAccountID", f.iban, IdentificationSchemeName="IBAN")
    _text(acc, "SellerBic", f.bic, IdentificationSchemeName="BIC")
    rd = etree.SubElement(sid, "InvoiceRecipientDetails")
    _text(rd, "InvoiceRecipientAddress", f.proposal.einvoice_address)
    _text(rd, "InvoiceRecipientIntermediatorAddress", f.proposal.bank_bic)


def _buyer(root: etree._Element, f: FinvoiceFacts) -> None:
    """Language, BuyerPartyDetails of a consumer (no identifier: personal identity numbers are not sent),
    e-mail and delivery date."""
    buyer = f.buyer
    lang = (buyer.get("language") or "fi").upper()
    _text(root, "InvoiceRecipientLanguageCode", lang if lang in ("FI", "SV", "EN") else "FI")
    bpd = etree.SubElement(root, "BuyerPartyDetails")
    _text(bpd, "BuyerOrganisationName", buyer.get("name"), 70)
    _postal_address(bpd, "Buyer", buyer)
    if buyer.get("email"):
        bcd = etree.SubElement(root, "BuyerCommunicationDetails")
        _text(bcd, "BuyerEmailaddressIdentifier", buyer["email"], 70)
    if f.inv.supply_date:
        dd = etree.SubElement(root, "DeliveryDetails")
        _date(dd, "DeliveryDate", f.inv.supply_date)


def _invoice_details(root: etree._Element, f: FinvoiceFacts) -> None:
    """InvoiceDetails: type, number and dates, references, totals with the VAT breakdown, free text, terms."""
    inv = f.inv
    idt = etree.SubElement(root, "InvoiceDetails")
    _identification(idt, f)
    if inv.order_reference:
        _text(idt, "OrderIdentifier", inv.order_reference, 70)
    if inv.buyer_reference:
        _text(idt, "BuyerReferenceIdentifier", inv.buyer_reference, 70)
    if f.reminder:
        _reminder_totals(idt, f)
    else:
        _invoice_totals(idt, f)
    if inv.note:
        _text(idt, "InvoiceFreeText", inv.note, 512)
    _payment_terms(idt, f)


def _identification(idt: etree._Element, f: FinvoiceFacts) -> None:
    """Type code and text, number, date; a reminder names the original invoice, an invoice its invoicing period."""
    inv = f.inv
    code, text = TYPE_CODES["reminder" if f.reminder else ("interest" if inv.kind == "interest" else "invoice")]
    _text(idt, "InvoiceTypeCode", code)
    _text(idt, "InvoiceTypeText", text)
    _text(idt, "OriginCode", "Original")
    _text(idt, "InvoiceNumber", f.number, 20)
    _date(idt, "InvoiceDate", f.doc_date)
    if f.reminder:
        _text(idt, "OriginalInvoiceNumber", inv.number, 20)
        _date(idt, "OriginalInvoiceDate", inv.invoice_date)
    starts = [ln.period_start for ln in f.lines if ln.period_start]
    ends = [ln.period_end for ln in f.lines if ln.period_end]
    if starts and ends and not f.reminder:
        _date(idt, "InvoicingPeriodStartDate", min(starts))
        _date(idt, "InvoicingPeriodEndDate", max(ends))


def _reminder_totals(idt: etree._Element, f: FinvoiceFacts) -> None:
    """A reminder carries no VAT: the open amount plus the fee, VAT 0."""
    _money_el(idt, "InvoiceTotalVatExcludedAmount", f.amount_due, f.cur)
    _money_el(idt, "InvoiceTotalVatAmount", Decimal("0"), f.cur)
    _money_el(idt, "InvoiceTotalVatIncludedAmount", f.amount_due, f.cur)


def _invoice_totals(idt: etree._Element, f: FinvoiceFacts) -> None:
    """Totals as issued and one VatSpecificationDetails per VAT group (with the exemption text when there is one)."""
    inv = f.inv
    _money_el(idt, "InvoiceTotalVatExcludedAmount", inv.net_total, f.cur)
    _money_el(idt, "InvoiceTotalVatAmount", inv.vat_total, f.cur)
    _money_el(idt, "InvoiceTotalVatIncludedAmount", inv.total, f.cur)
    for g in f.groups:
        vs = etree.SubElement(idt, "VatSpecificationDetails")
        _money_el(vs, "VatBaseAmount", g.net, f.cur)
        _text(vs, "VatRatePercent", _percent(g.rate))
        _text(vs, "VatCode", g.category)
        _money_el(vs, "VatRateAmount", g.vat, f.cur)
        if g.exemption_reason:
            _text(vs, "VatFreeText", g.exemption_reason, 70)


def _payment_terms(idt: etree._Element, f: FinvoiceFacts) -> None:
    """PaymentTermsDetails: terms text, due date and the late-payment interest clause (korkolaki)."""
    inv = f.inv
    pt = etree.SubElement(idt, "PaymentTermsDetails")
    terms = "Maksumuistutus" if f.reminder else f"{(inv.due_date - inv.invoice_date).days} pv netto" \
        if inv.due_date else "Heti"
    _text(pt, "PaymentTermsFreeText", terms, 70)
    _date(pt, "InvoiceDueDate", f.due)
    od = etree.SubElement(pt, "PaymentOverDueFineDetails")
    _text(od, "PaymentOverDueFineFreeText", "Viivästyskorko korkolain mukaan", 70)


def _reminder_rows(root: etree._Element, f: FinvoiceFacts) -> None:
    """A reminder's rows: the overdue invoice (RowOverDuePaymentDetails) and the reminder fee, if any."""
    inv = f.inv
    row = etree.SubElement(root, "InvoiceRow")
    _text(row, "ArticleName", f"Lasku {inv.number}", 100)
    od = etree.SubElement(row, "RowOverDuePaymentDetails")
    _text(od, "RowOriginalInvoiceIdentifier", inv.number, 35)
    _date(od, "RowOriginalInvoiceDate", inv.invoice_date)
    if inv.due_date:
        _date(od, "RowOriginalDueDate", inv.due_date)
    _money_el(od, "RowOriginalInvoiceTotalAmount", inv.total, f.cur)
    if inv.reference:
        _text(od, "RowOriginalEpiRemittanceInfoIdentifier", f.reference, 35)
    _money_el(od, "RowUnPaidVatIncludedAmount", inv.open_amount, f.cur)
    _money_el(row, "RowAmount", inv.open_amount, f.cur)
    if f.fee:
        row = etree.SubElement(root, "InvoiceRow")
        _text(row, "ArticleName", "Muistutusmaksu", 100)
        _money_el(row, "RowAmount", f.fee, f.cur)


def _invoice_rows(root: etree._Element, f: FinvoiceFacts) -> None:
    for ln in f.lines:
        _invoice_row(root, ln, f.cur)


def _invoice_row(root: etree._Element, ln: InvoiceLine, cur: str) -> None:
    """One InvoiceRow: article, quantity, period, unit price, the row's VAT and amounts."""
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


def _epi(root: etree._Element, f: FinvoiceFacts) -> None:
    """EpiDetails: the payment as SEPA credit transfer data for the consumer's bank (identification, parties,
    instruction)."""
    epi = etree.SubElement(root, "EpiDetails")
    eid = etree.SubElement(epi, "EpiIdentificationDetails")
    _date(eid, "EpiDate", f.doc_date)
    _text(eid, "EpiReference", f.number)
    _epi_parties(epi, f)
    pid = etree.SubElement(epi, "EpiPaymentInstructionDetails")
    _text(pid, "EpiRemittanceInfoIdentifier", f.reference,
          IdentificationSchemeName="ISO" if f.reference.startswith("RF") else "SPY")
    _text(pid, "EpiInstructedAmount", _amount(f.amount_due), AmountCurrencyIdentifier=f.cur)
    _text(pid, "EpiCharge", "", ChargeOption="SLEV")
    _date(pid, "EpiDateOptionDate", f.due)


def _epi_parties(epi: etree._Element, f: FinvoiceFacts) -> None:
    """EpiPartyDetails: the seller's bank (BIC) and the beneficiary (name, Y-tunnus as EpiBei, IBAN)."""
    epd = etree.SubElement(epi, "EpiPartyDetails")
    bfi = etree.SubElement(epd, "EpiBfiPartyDetails")
    _text(bfi, "EpiBfiIdentifier", f.bic, IdentificationSchemeName="BIC")
    ben = etree.SubElement(epd, "EpiBeneficiaryPartyDetails")
    _text(ben, "EpiNameAddressDetails", f.seller.get("name"), 35)
    bei = re.sub(r"\D", "", f.seller.get("org_no") or "")
    if len(bei) == 8:
        _text(ben, "EpiBei", f"{bei[:7]}-{bei[7]}")
    _text(ben, "EpiAccountID", f.iban, IdentificationSchemeName="IBAN")
