"""Reading a received UBL 2.1 Invoice / CreditNote (Peppol BIS 3 or plain EN 16931) into one request of the intake
contract: customer, buyer_reference, order_reference, currency, lines[article, description, quantity, unit_price,
vat_rate, period_start, period_end]. The *buyer* of the e-invoice is the customer to invoice.

Parsed safely: defusedxml refuses DTDs, entity expansion and external references before lxml sees the document.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from defusedxml.common import DefusedXmlException
from lxml import etree

from core.kernel.errors import ValidationError

NS = {"cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
      "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"}
ROOTS = {"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2": "Invoice",
         "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2": "CreditNote"}
MAX_BYTES = 20 * 1024 * 1024


def _parse(xml: bytes) -> etree._Element:
    if len(xml) > MAX_BYTES:
        raise ValidationError("UBL document is too large", "attachment")
    if re.search(rb"<!DOCTYPE|<!ENTITY", xml[:4096], re.I):
        raise ValidationError("UBL document with a DTD or entities is refused", "attachment")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False,
                             huge_tree=False, remove_comments=True)
    try:
        return etree.fromstring(xml, parser)
    except (etree.XMLSyntaxError, DefusedXmlException) as exc:
        raise ValidationError(f"not well-formed XML: {exc}", "attachment") from exc


def _text(node: etree._Element | None, path: str) -> str | None:
    if node is None:
        return None
    found = node.find(path, NS)
    if found is None or found.text is None:
        return None
    text = " ".join(found.text.split())
    return text or None


def _plain(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        d = Decimal(text)
    except InvalidOperation:
        return None
    return format(d.normalize(), "f") if d == d.to_integral_value() else format(d, "f").rstrip("0")


def _org_no(party: etree._Element, country: str | None) -> str | None:
    legal = party.find("cac:PartyLegalEntity/cbc:CompanyID", NS)
    candidates = [legal] if legal is not None else []
    candidates += party.findall("cac:PartyIdentification/cbc:ID", NS)
    endpoint = party.find("cbc:EndpointID", NS)
    for el in candidates + ([endpoint] if endpoint is not None else []):
        scheme, value = el.get("schemeID"), re.sub(r"\s", "", el.text or "")
        digits = re.sub(r"\D", "", value)
        if scheme == "0007" and len(digits) == 10:
            return f"{digits[:6]}-{digits[6:]}"
        if scheme == "0037" and len(digits) == 8:
            return f"{digits[:7]}-{digits[7]}"
        if scheme == "0216" and digits.startswith("0037") and len(digits) >= 12:
            return f"{digits[4:11]}-{digits[11]}"
    return None


def read_ubl_invoice(xml: bytes) -> dict[str, Any]:
    """One intake request from a UBL Invoice or CreditNote (ValidationError if it is neither)."""
    root = _parse(xml)
    q = etree.QName(root)
    kind = ROOTS.get(q.namespace or "")
    if kind is None or q.localname != kind:
        raise ValidationError(f"not a UBL Invoice or CreditNote: {q.localname}", "attachment")
    credit = kind == "CreditNote"
    return {"customer": _customer(root.find("cac:AccountingCustomerParty/cac:Party", NS)),
            "buyer_reference": _text(root, "cbc:BuyerReference"),
            "order_reference": _text(root, "cac:OrderReference/cbc:ID"),
            "currency": _text(root, "cbc:DocumentCurrencyCode"),
            "lines": [_line(ln, credit) for ln in root.findall("cac:CreditNoteLine" if credit else "cac:InvoiceLine",
                                                               NS)],
            "questions": [], "document": _document(root, credit)}


def _customer(party: etree._Element | None) -> dict[str, Any]:
    """The buyer (BG-7) as the customer to invoice: name, identifiers, Peppol address (BT-49), postal address."""
    country = _text(party, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")
    endpoint = party.find("cbc:EndpointID", NS) if party is not None else None
    return {
        "name": _text(party, "cac:PartyLegalEntity/cbc:RegistrationName") or _text(party, "cac:PartyName/cbc:Name"),
        "org_no": _org_no(party, country) if party is not None else None,
        "vat_no": _vat_no(party),
        "customer_number": None,
        "email": _text(party, "cac:Contact/cbc:ElectronicMail"),
        "country": country,
        "peppol_id": f"{endpoint.get('schemeID')}:{endpoint.text.strip()}" if endpoint is not None and
        endpoint.text else None,
        "address": {"street": _text(party, "cac:PostalAddress/cbc:StreetName"),
                    "postal_code": _text(party, "cac:PostalAddress/cbc:PostalZone"),
                    "city": _text(party, "cac:PostalAddress/cbc:CityName")},
    }


def _vat_no(party: etree._Element | None) -> str | None:
    """The buyer's VAT identifier (BT-48): the last PartyTaxScheme whose scheme is VAT."""
    vat_no = None
    for pts in (party.findall("cac:PartyTaxScheme", NS) if party is not None else []):
        if _text(pts, "cac:TaxScheme/cbc:ID") == "VAT":
            vat_no = re.sub(r"\s", "", _text(pts, "cbc:CompanyID") or "").upper() or None
    return vat_no


def _line(ln: etree._Element, credit: bool) -> dict[str, Any]:
    """One request line from an InvoiceLine / CreditNoteLine; the price per one unit (BT-146 / BT-149)."""
    qty = _text(ln, "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity")
    price = _text(ln, "cac:Price/cbc:PriceAmount")
    base = _text(ln, "cac:Price/cbc:BaseQuantity")
    if price and base and Decimal(base) not in (0, 1):
        price = str(Decimal(price) / Decimal(base))
    category = _text(ln, "cac:Item/cac:ClassifiedTaxCategory/cbc:ID")
    rate = _text(ln, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent") or ("0" if category else None)
    name = _text(ln, "cac:Item/cbc:Name")
    desc = _text(ln, "cac:Item/cbc:Description")
    return {"article": _text(ln, "cac:Item/cac:SellersItemIdentification/cbc:ID"),
            "description": name or desc,
            "quantity": _plain(qty), "unit_price": _plain(price), "vat_rate": _plain(rate),
            "vat_category": category,
            "period_start": _text(ln, "cac:InvoicePeriod/cbc:StartDate"),
            "period_end": _text(ln, "cac:InvoicePeriod/cbc:EndDate")}


def _document(root: etree._Element, credit: bool) -> dict[str, Any]:
    """What the received document was: kind, number, date, type code, seller, payable amount."""
    return {"kind": "credit_note" if credit else "invoice", "number": _text(root, "cbc:ID"),
            "issue_date": _text(root, "cbc:IssueDate"),
            "type_code": _text(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode"),
            "seller": _text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
            "payable_amount": _text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount")}
