"""The Peppol BIS Billing 3 layer of UBL validation (PEPPOL-EN16931-R*, -P*, -F*, -CL*, PEPPOL-COMMON-R*), which is
not on PyPI: targeted Python checks of the rules that can apply to what we send, written from
OpenPEPPOL/peppol-bis-invoice-3 rules/sch/PEPPOL-EN16931-UBL.sch (release 3.0.19), plus Reskontra checks for
Finnish identifiers (RSK-FI-*) and the Swedish national rules (core.billing.delivery.peppol_se_rules). One function
per rule group, in the order of the schematron."""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lxml import etree

from core.billing.delivery.findings import Finding, decimal, nodes, peppol, text
from core.billing.delivery.peppol_se_rules import se_findings
from core.kernel.endpoints import endpoint_problem

CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
INVOICE_TYPES = set("71 80 82 84 102 218 219 331 380 382 383 386 388 393 395 553 575 623 780 817 870 875 876 "
                    "877".split())
CREDIT_TYPES = {"381", "396", "81", "83", "532"}
# Peppol EAS code list (PEPPOL-EN16931-CL008), release 3.0.19; 9955 (SE VAT) was removed in 3.0.15
EAS = set(("0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0154 0158 0170 0177 0183 0184 "
           "0188 0190 0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 0202 0203 0204 0205 0208 0209 0210 0211 "
           "0212 0213 0215 0216 0217 0218 0221 0225 0230 0235 0240 0242 0244 9901 9910 9913 9914 9915 9918 9919 "
           "9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 "
           "9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959 AN AQ AS AU EM").split())
# exemption reason code -> the VAT category it requires (PEPPOL-EN16931-P0104)
VATEX_CATEGORY = {"VATEX-EU-G": "G", "VATEX-EU-O": "O", "VATEX-EU-IC": "K", "VATEX-EU-AE": "AE", "VATEX-EU-D": "E",
                  "VATEX-EU-F": "E", "VATEX-EU-I": "E", "VATEX-EU-J": "E"}
AMOUNT_PATHS = ("cbc:Amount", "cbc:BaseAmount", "cbc:PriceAmount", "cbc:TaxableAmount", "cbc:LineExtensionAmount",
                "cbc:TaxExclusiveAmount", "cbc:TaxInclusiveAmount", "cbc:AllowanceTotalAmount",
                "cbc:ChargeTotalAmount", "cbc:PrepaidAmount", "cbc:PayableRoundingAmount", "cbc:PayableAmount")
AMOUNTS_XPATH = " | ".join(f".//{p}" for p in AMOUNT_PATHS) + " | cac:TaxTotal[cac:TaxSubtotal]/cbc:TaxAmount"


def peppol_findings(doc: etree._ElementTree) -> list[Finding]:
    root = doc.getroot()
    return [*_document_rules(root), *_empty_elements(doc), *_tax_total_rules(root), *_endpoint_rules(root),
            *_payment_and_allowance_rules(root), *_currency_rules(root, doc), *_line_rules(root, doc),
            *_type_code_rules(root), *_date_rules(root, doc), *_code_list_rules(root, doc),
            *_identifier_rules(root, doc), *se_findings(root)]


def _billing_process(root: etree._Element) -> str | None:
    """NN of the profile urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0, None when the profile is not in that form."""
    m = re.fullmatch(r"urn:fdc:peppol\.eu:2017:poacc:billing:(\d{2}):1\.0", text(root, "cbc:ProfileID"))
    return m.group(1) if m else None


def _document_rules(root: etree._Element) -> Iterator[Finding]:
    """R001/R007 profile, R002 one note, R003 a buyer or order reference, R004 specification identifier."""
    if not nodes(root, "cbc:ProfileID"):  # R001 asks for the element; R007 checks its content
        yield peppol("PEPPOL-EN16931-R001", "Business process MUST be provided.")
    if _billing_process(root) is None:
        yield peppol("PEPPOL-EN16931-R007", "Business process MUST be in the format "
                     "'urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0'.")
    if len(nodes(root, "cbc:Note")) > 1:
        yield peppol("PEPPOL-EN16931-R002", "No more than one note is allowed on document level.")
    if not (nodes(root, "cbc:BuyerReference") or nodes(root, "cac:OrderReference/cbc:ID")):
        yield peppol("PEPPOL-EN16931-R003", "A buyer reference or purchase order reference MUST be provided.")
    if not text(root, "cbc:CustomizationID").startswith(CUSTOMIZATION):
        yield peppol("PEPPOL-EN16931-R004", f"Specification identifier MUST have the value '{CUSTOMIZATION}'.")


def _empty_elements(doc: etree._ElementTree) -> Iterator[Finding]:
    """R008: no empty elements."""
    for el in doc.getroot().iter():
        if isinstance(el.tag, str) and len(el) == 0 and not (el.text or "").strip():
            yield peppol("PEPPOL-EN16931-R008", "Document MUST not contain empty elements.", location=doc.getpath(el))


def _tax_total_rules(root: etree._Element) -> Iterator[Finding]:
    """R053/R054: one tax total with subtotals, a second without only in the tax currency; R005: that currency
    differs from the invoice currency."""
    has_tax_cur = bool(nodes(root, "cbc:TaxCurrencyCode"))
    if len(nodes(root, "cac:TaxTotal[cac:TaxSubtotal]")) != 1:
        yield peppol("PEPPOL-EN16931-R053", "Only one tax total with tax subtotals MUST be provided.")
    if len(nodes(root, "cac:TaxTotal[not(cac:TaxSubtotal)]")) != (1 if has_tax_cur else 0):
        yield peppol("PEPPOL-EN16931-R054", "Only one tax total without tax subtotals MUST be provided when tax "
                     "currency code is provided.")
    if has_tax_cur and text(root, "cbc:TaxCurrencyCode") == text(root, "cbc:DocumentCurrencyCode"):
        yield peppol("PEPPOL-EN16931-R005", "VAT accounting currency code MUST be different from invoice currency "
                     "code.")


def _endpoint_rules(root: etree._Element) -> Iterator[Finding]:
    """R010/R020: both parties have an electronic address."""
    if not nodes(root, "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID"):
        yield peppol("PEPPOL-EN16931-R010", "Buyer electronic address MUST be provided")
    if not nodes(root, "cac:AccountingSupplierParty/cac:Party/cbc:EndpointID"):
        yield peppol("PEPPOL-EN16931-R020", "Seller electronic address MUST be provided")


def _payment_and_allowance_rules(root: etree._Element) -> Iterator[Finding]:
    """R061: a mandate for direct debit; R043: ChargeIndicator is true or false."""
    for pm in nodes(root, "cac:PaymentMeans"):
        if text(pm, "cbc:PaymentMeansCode") in ("49", "59") and not nodes(pm, "cac:PaymentMandate/cbc:ID"):
            yield peppol("PEPPOL-EN16931-R061", "Mandate reference MUST be provided for direct debit.")
    for ac in nodes(root, ".//cac:AllowanceCharge"):
        if text(ac, "cbc:ChargeIndicator") not in ("true", "false"):
            yield peppol("PEPPOL-EN16931-R043", "Allowance/charge ChargeIndicator value MUST equal 'true' or 'false'")


def _currency_rules(root: etree._Element, doc: etree._ElementTree) -> Iterator[Finding]:
    """R051: every amount in the invoice currency (BT-5), except the VAT total in accounting currency (BT-111)."""
    doc_cur = text(root, "cbc:DocumentCurrencyCode")
    for a in nodes(root, AMOUNTS_XPATH):
        if a.get("currencyID") != doc_cur:
            yield peppol("PEPPOL-EN16931-R051", "All currencyID attributes must have the same value as the invoice "
                         "currency code (BT-5), except BT-111.", location=doc.getpath(a))


def _line_rules(root: etree._Element, doc: etree._ElementTree) -> Iterator[Finding]:
    """R121 positive base quantity; R120 line net = quantity * price / base quantity + charges - allowances (0.02
    slack); R100 one invoiced object per line."""
    is_cn = etree.QName(root).localname == "CreditNote"
    for line in nodes(root, "cac:InvoiceLine | cac:CreditNoteLine"):
        qty, price, net, charges, allowances = _line_amounts(line, is_cn)
        base = decimal(text(line, "cac:Price/cbc:BaseQuantity") or "1") or Decimal(1)
        if base <= 0:
            yield peppol("PEPPOL-EN16931-R121", "Base quantity MUST be a positive number above zero.")
        elif abs(net - (qty * price / base + charges - allowances)) > Decimal("0.02"):
            yield peppol("PEPPOL-EN16931-R120", "Invoice line net amount MUST equal (Invoiced quantity * (Item net "
                         "price/item price base quantity) + charges - allowances", location=doc.getpath(line))
        if len(nodes(line, "cac:DocumentReference")) > 1:
            yield peppol("PEPPOL-EN16931-R100", "Only one invoiced object is allowed pr line")


def _line_amounts(line: etree._Element, is_cn: bool) -> tuple[Decimal, Decimal, Decimal, Decimal, Decimal]:
    """(quantity, price, net amount, charges, allowances) of a line; a missing or unreadable number counts as the
    neutral value (quantity 1, amounts 0)."""
    qty = decimal(text(line, "cbc:CreditedQuantity" if is_cn else "cbc:InvoicedQuantity") or "1") or Decimal(1)
    price = decimal(text(line, "cac:Price/cbc:PriceAmount") or "0") or Decimal(0)
    net = decimal(text(line, "cbc:LineExtensionAmount") or "0") or Decimal(0)
    return qty, price, net, _adjustments(line, "true"), _adjustments(line, "false")


def _adjustments(line: etree._Element, charge: str) -> Decimal:
    """The sum of a line's charges (charge="true") or allowances ("false")."""
    amounts = nodes(line, f"cac:AllowanceCharge[cbc:ChargeIndicator='{charge}']/cbc:Amount")
    return sum((decimal(x.text) or Decimal(0) for x in amounts), Decimal(0))


def _type_code_rules(root: etree._Element) -> Iterator[Finding]:
    """P0100/P0101: in the billing process 01, invoice and credit note type codes from the profile's lists."""
    if _billing_process(root) != "01":
        return
    for code in nodes(root, "cbc:InvoiceTypeCode"):
        if code.text.strip() not in INVOICE_TYPES:
            yield peppol("PEPPOL-EN16931-P0100", "Invoice type code MUST be set according to the profile.")
    for code in nodes(root, "cbc:CreditNoteTypeCode"):
        if code.text.strip() not in CREDIT_TYPES:
            yield peppol("PEPPOL-EN16931-P0101", "Credit note type code MUST be set according to the profile.")


def _date_rules(root: etree._Element, doc: etree._ElementTree) -> Iterator[Finding]:
    """F001: dates as YYYY-MM-DD; R110/R111: a line period within the invoice period."""
    for d in nodes(root, ".//cbc:IssueDate | .//cbc:DueDate | .//cbc:TaxPointDate | .//cbc:StartDate"
                         " | .//cbc:EndDate | .//cbc:ActualDeliveryDate"):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", (d.text or "").strip()):
            yield peppol("PEPPOL-EN16931-F001", "A date MUST be formatted YYYY-MM-DD.", location=doc.getpath(d))
    start, end = text(root, "cac:InvoicePeriod/cbc:StartDate"), text(root, "cac:InvoicePeriod/cbc:EndDate")
    lines = "cac:InvoiceLine/cac:InvoicePeriod | cac:CreditNoteLine/cac:InvoicePeriod"
    for period in nodes(root, lines):
        if start and text(period, "cbc:StartDate") and text(period, "cbc:StartDate") < start:
            yield peppol("PEPPOL-EN16931-R110", "Start date of line period MUST be within invoice period.")
        if end and text(period, "cbc:EndDate") and text(period, "cbc:EndDate") > end:
            yield peppol("PEPPOL-EN16931-R111", "End date of line period MUST be within invoice period.")
    for base in nodes(root, ".//cac:Price/cbc:BaseQuantity[@unitCode]"):
        qty = nodes(base.getparent().getparent(), "cbc:InvoicedQuantity | cbc:CreditedQuantity")
        if qty and qty[0].get("unitCode") != base.get("unitCode"):
            yield peppol("PEPPOL-EN16931-R130", "Unit code of price base quantity MUST be same as invoiced quantity.")


def _code_list_rules(root: etree._Element, doc: etree._ElementTree) -> Iterator[Finding]:
    """CL008: endpoint schemes from the EAS list; P0104: a VATEX code with the VAT category it requires."""
    for ep in nodes(root, ".//cbc:EndpointID[@schemeID]"):
        if ep.get("schemeID") not in EAS:
            yield peppol("PEPPOL-EN16931-CL008", f"Electronic address identifier scheme {ep.get('schemeID')} must be "
                         "from the codelist \"Electronic Address Identifier Scheme\"", location=doc.getpath(ep))
    for cat in nodes(root, ".//cac:TaxCategory[cbc:TaxExemptionReasonCode]"):
        want = VATEX_CATEGORY.get(text(cat, "cbc:TaxExemptionReasonCode").upper())
        if want and text(cat, "cbc:ID") != want:
            yield peppol("PEPPOL-EN16931-P0104", f"Tax Category {want} MUST be used with exemption reason code "
                         f"{text(cat, 'cbc:TaxExemptionReasonCode')}")


def _identifier_rules(root: etree._Element, doc: etree._ElementTree) -> Iterator[Finding]:
    """PEPPOL-COMMON-R040…R050 and RSK-FI-0037/0216, RSK-EAS-VAT: each identifier checked by its scheme
    (core.kernel.endpoints, the same check the register applies to a customer's Peppol id)."""
    for el in nodes(root, ".//cbc:EndpointID | .//cac:PartyIdentification/cbc:ID | .//cbc:CompanyID"):
        problem = endpoint_problem(el.get("schemeID") or "", (el.text or "").strip())
        if problem:
            yield peppol(problem[0], problem[1] + ".", location=doc.getpath(el))
