"""The Swedish national rules of Peppol BIS Billing 3 (SE-R-001…013, from OpenPEPPOL/peppol-bis-invoice-3
rules/sch/PEPPOL-EN16931-UBL.sch), which apply when the seller's country is SE: the seller's VAT and organisation
numbers, the Swedish VAT rates, and Bankgiro / Plusgiro payment means; plus a Reskontra check of the bankgiro
number's Luhn digit (RSK-SE-BANKGIRO)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lxml import etree
from stdnum import luhn

from core.billing.delivery.findings import Finding, decimal, nodes, peppol, text


def se_orgnr_ok(value: str) -> bool:
    return bool(re.fullmatch(r"\d{10}", value)) and luhn.is_valid(value)


def se_findings(root: etree._Element) -> list[Finding]:
    """SE-R-001…013 (Swedish seller rules); nothing when the seller is not Swedish."""
    seller = (nodes(root, "cac:AccountingSupplierParty/cac:Party") or [None])[0]
    if seller is None or text(seller, "cac:PostalAddress/cac:Country/cbc:IdentificationCode") != "SE":
        return []
    vat_id = text(seller, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID")
    se_vat = vat_id.startswith("SE")
    out = list(_vat_number(vat_id)) if se_vat else []
    out += _organisation_number(seller)
    if se_vat:
        out += _vat_rates(root)
    out += _payment_means(root)
    return out


def _vat_number(vat_id: str) -> Iterator[Finding]:
    """SE-R-001/002: a Swedish VAT number is "SE" + 12 digits."""
    if len(vat_id) != 14:
        yield peppol("SE-R-001", "For Swedish suppliers, Swedish VAT-numbers must consist of 14 characters.")
    if not vat_id[2:14].isdigit():
        yield peppol("SE-R-002", "For Swedish suppliers, the Swedish VAT-numbers must have the trailing 12 "
                     "characters in numeric form")


def _organisation_number(seller: etree._Element) -> Iterator[Finding]:
    """SE-R-003/004/013 on the legal entity's organisation number and, when there is one, SE-R-005: the only other
    tax registration a Swedish seller states is "Godkänd för F-skatt"."""
    legal = text(seller, "cac:PartyLegalEntity/cbc:CompanyID")
    if not legal:
        return
    if not legal.isdigit():
        yield peppol("SE-R-003", "Swedish organisation numbers should be numeric.", "warning")
    if len(legal) != 10:
        yield peppol("SE-R-004", "Swedish organisation numbers consist of 10 characters.", "warning")
    if not se_orgnr_ok(legal):
        yield peppol("SE-R-013", "The last digit of a Swedish organization number must be valid according to the "
                     "Luhn algorithm.", "warning")
    for cid in nodes(seller, "cac:PartyTaxScheme[normalize-space(cac:TaxScheme/cbc:ID) != 'VAT']/cbc:CompanyID"):
        if " ".join((cid.text or "").split()).upper() != "GODKÄND FÖR F-SKATT":
            yield peppol("SE-R-005", "For Swedish suppliers, when using Seller tax registration identifier, "
                         "'Godkänd för F-skatt' must be stated")


def _vat_rates(root: etree._Element) -> Iterator[Finding]:
    """SE-R-006: standard-rated (S) VAT is 25, 12 or 6 percent."""
    for cat in nodes(root, ".//cac:TaxCategory[cbc:ID='S'] | .//cac:ClassifiedTaxCategory[cbc:ID='S']"):
        if decimal(text(cat, "cbc:Percent") or "x") not in (Decimal(25), Decimal(12), Decimal(6)):
            yield peppol("SE-R-006", "For Swedish suppliers, only standard VAT rate of 6, 12 or 25 are used")


def _payment_means(root: etree._Element) -> Iterator[Finding]:
    """SE-R-007…012: Plusgiro and Bankgiro accounts, code 30 for giro and domestic credit transfers."""
    buyer_se = text(root, "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/"
                          "cbc:IdentificationCode") == "SE"
    for pm in nodes(root, "cac:PaymentMeans"):
        code = text(pm, "cbc:PaymentMeansCode")
        branch = text(pm, "cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID")
        acct = text(pm, "cac:PayeeFinancialAccount/cbc:ID")
        if code == "30" and branch == "SE:PLUSGIRO":
            yield from _plusgiro(acct)
        if code == "30" and branch == "SE:BANKGIRO":
            yield from _bankgiro(acct)
        if code in ("50", "56"):
            yield peppol("SE-R-011", "For Swedish suppliers using Swedish Bankgiro or Plusgiro, use code 30 with "
                         "SE:BANKGIRO or SE:PLUSGIRO", "warning")
        if code == "31" and buyer_se:
            yield peppol("SE-R-012", "For domestic transactions between Swedish trading partners, credit transfer "
                         "should be indicated by PaymentMeansCode=\"30\"", "warning")


def _plusgiro(acct: str) -> Iterator[Finding]:
    """SE-R-007/010: a Plusgiro account is 2-8 digits."""
    if not acct.isdigit():
        yield peppol("SE-R-007", "For Swedish suppliers using Plusgiro, the Account ID must be numeric", "warning")
    if not 2 <= len(acct) <= 8:
        yield peppol("SE-R-010", "For Swedish suppliers using Plusgiro, the Account ID must have 2-8 characters",
                     "warning")


def _bankgiro(acct: str) -> Iterator[Finding]:
    """SE-R-008/009: a Bankgiro account is 7-8 digits; Reskontra also checks its Luhn digit."""
    if not acct.isdigit():
        yield peppol("SE-R-008", "For Swedish suppliers using Bankgiro, the Account ID must be numeric", "warning")
    if len(acct) not in (7, 8):
        yield peppol("SE-R-009", "For Swedish suppliers using Bankgiro, the Account ID must have 7-8 characters",
                     "warning")
    if acct.isdigit() and not luhn.is_valid(acct):
        yield peppol("RSK-SE-BANKGIRO", f"bankgiro number {acct} fails its check digit", "warning")
