"""Peppol BIS Billing 3.0 (UBL 2.1) Invoice (380) and CreditNote (381) for issued invoices and credit notes.

Built with lxml in the element order of the UBL 2.1 XSD. Amounts come from the invoice as issued (core.kernel.vat did
the rounding); a credit note, stored with negative amounts, is sent as a UBL CreditNote with positive amounts. Rules
followed (domain-facts §9): endpoint schemes 0007 (SE org no) / 0216 (FI OVT) / 0037 (FI Y-tunnus); VAT categories
S/Z/E/O/AE/K/G with exemption reason text and VATEX code where EN 16931 requires one; payment means 30 + SE:BANKGIRO
for Swedish agencies (SE-R-011), 58 SEPA credit transfer with IBAN for Finnish ones; the payment reference (OCR /
viitenumero / RF) as PaymentID; "Godkänd för F-skatt" (SE-R-005); the SE org number as PartyLegalEntity CompanyID
(SE-R-003/004/013).
"""
from __future__ import annotations

import re
from decimal import Decimal

from lxml import etree
from sqlmodel import Session

from core.billing import lookups
from core.billing.models import Invoice, InvoiceLine
from core.kernel import vat
from core.kernel.errors import ValidationError
from core.kernel.money import round_money

NS_INV = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CN = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"

# our units -> UN/ECE Recommendation 20 (BR-CL-23)
UNIT_CODES = {"st": "H87", "kpl": "H87", "pcs": "H87", "ea": "H87", "tim": "HUR", "h": "HUR", "timme": "HUR",
              "hour": "HUR", "dag": "DAY", "pv": "DAY", "day": "DAY", "mån": "MON", "kk": "MON", "month": "MON",
              "år": "ANN", "vuosi": "ANN", "km": "KMT", "kg": "KGM", "m": "MTR", "m2": "MTK", "m3": "MTQ",
              "l": "LTR", "sida": "ZZ"}
# VAT category -> VATEX code sent next to the exemption text (E has no single code: the text carries the basis)
VATEX = {"AE": "VATEX-EU-AE", "K": "VATEX-EU-IC", "G": "VATEX-EU-G", "O": "VATEX-EU-O"}
NEEDS_REASON = {"E", "AE", "K", "G", "O"}
SE_FTAX_TEXT = "Godkänd för F-skatt"


def _cbc(parent: etree._Element, tag: str, text, **attrs) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS_CBC}}}{tag}", {k: str(v) for k, v in attrs.items()})
    el.text = str(text)
    return el


def _cac(parent: etree._Element, name: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{NS_CAC}}}{name}")


def _amt(value: Decimal) -> str:
    return str(round_money(value))


def _num(value: Decimal) -> str:
    """A plain decimal without exponent or trailing zeros ("2", "0.5", "333.3333")."""
    text = format(Decimal(value).normalize(), "f")
    return text


def _digits(value: str | None) -> str:
    return re.sub(r"\D", "", value or "")


def unit_code(unit: str | None) -> str:
    return UNIT_CODES.get((unit or "").strip().lower(), "C62")


def seller_endpoint(seller: dict) -> tuple[str, str]:
    """(scheme, id): Swedish agencies by org number (0007), Finnish ones by OVT code (0216 = 0037 + Y-tunnus)."""
    if seller.get("peppol_id"):
        scheme, _, ident = seller["peppol_id"].partition(":")
        return scheme, ident
    if seller.get("country") == "FI":
        return "0216", "0037" + _digits(seller.get("org_no"))
    return "0007", _digits(seller.get("org_no"))


def legal_scheme(country: str | None) -> str | None:
    return {"SE": "0007", "FI": "0037"}.get(country or "")


def buyer_endpoint(customer: dict) -> tuple[str, str]:
    """The buyer's Peppol address: its registered peppol_id, else derived from a Swedish/Finnish org number."""
    pid = customer.get("peppol_id")
    if pid and ":" in pid:
        scheme, _, ident = pid.partition(":")
        return scheme.strip(), ident.strip()
    if customer.get("kind") != "private" and customer.get("org_no"):
        if customer.get("country") == "SE":
            return "0007", _digits(customer["org_no"])
        if customer.get("country") == "FI":
            return "0216", "0037" + _digits(customer["org_no"])
    raise ValidationError(f"customer {customer.get('customer_number')} has no Peppol address (peppol_id) and no "
                          "Swedish or Finnish organisation number to derive one from", "customer.peppol_id")


def document_type(inv: Invoice) -> str:
    return "381" if inv.kind == "credit_note" else "380"


def _groups(lines: list[InvoiceLine], sign: Decimal) -> list[vat.VatGroup]:
    return vat.totals([(ln.net_amount * sign, ln.vat_code, ln.vat_rate) for ln in lines]).groups


def invoice_ubl(session: Session, inv: Invoice) -> bytes:
    """The Peppol BIS 3 UBL document (UTF-8 bytes) for an issued invoice, interest invoice or credit note."""
    if inv.status in ("draft", "held", "cancelled") or not inv.number:
        raise ValidationError(f"invoice {inv.number or inv.id} is {inv.status}; only issued documents are sent",
                              "status")
    lines = lookups.lines_of(session, inv)
    is_credit = inv.kind == "credit_note"
    sign = Decimal(-1) if is_credit else Decimal(1)
    groups = _groups(lines, sign)
    cats = {g.category for g in groups}
    _check_categories(cats)
    only_o = cats == {"O"}
    seller, cust = inv.seller_snapshot or {}, inv.customer_snapshot or {}

    root = _root(is_credit)
    _header(root, inv, is_credit)
    _references(session, root, inv, cust, is_credit)
    _party(_cac(root, "AccountingSupplierParty"), seller, seller_endpoint(seller), supplier=True, only_o=only_o)
    _party(_cac(root, "AccountingCustomerParty"), cust, buyer_endpoint(cust), supplier=False, only_o=only_o)
    _delivery(root, inv, cust, cats)
    if not is_credit and inv.total > 0:
        _payment_means(root, inv, seller)
    _payment_terms(root, inv, is_credit)
    _tax_total(root, inv, groups, sign)
    _monetary_total(root, inv, sign)
    for ln in lines:
        _line(root, ln, is_credit, sign, inv.currency)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _check_categories(cats: set[str]) -> None:
    """Refuse VAT category mixes EN 16931 cannot express on one document (BR-O-11, BR-AE-01)."""
    if "O" in cats and len(cats) > 1:
        raise ValidationError("EN 16931 (BR-O-11) does not allow 'outside the scope of VAT' lines together with "
                              "other VAT categories on one e-invoice; send it on paper or split the invoice",
                              "lines")
    if "AE" in cats and len(cats) > 1:
        raise ValidationError("EN 16931 (BR-AE-01) allows reverse charge only as the single VAT category",
                              "lines")


def _root(is_credit: bool) -> etree._Element:
    root_ns = NS_CN if is_credit else NS_INV
    return etree.Element(f"{{{root_ns}}}{'CreditNote' if is_credit else 'Invoice'}",
                         nsmap={None: root_ns, "cac": NS_CAC, "cbc": NS_CBC})


def _header(root: etree._Element, inv: Invoice, is_credit: bool) -> None:
    """Specification and profile (BT-24, BT-23), number, dates, type code (380/381), note, currency."""
    _cbc(root, "CustomizationID", CUSTOMIZATION_ID)
    _cbc(root, "ProfileID", PROFILE_ID)
    _cbc(root, "ID", inv.number)
    _cbc(root, "IssueDate", inv.invoice_date.isoformat())
    if not is_credit and inv.due_date:
        _cbc(root, "DueDate", inv.due_date.isoformat())
    _cbc(root, "CreditNoteTypeCode" if is_credit else "InvoiceTypeCode", document_type(inv))
    if inv.note:
        _cbc(root, "Note", inv.note[:1000])
    _cbc(root, "DocumentCurrencyCode", inv.currency)


def _references(session: Session, root: etree._Element, inv: Invoice, cust: dict, is_credit: bool) -> None:
    """Buyer reference (BT-10), order reference (BT-13) and, on a credit note, the credited invoice (BG-3)."""
    # PEPPOL-EN16931-R003: a buyer reference or an order reference; our customer number when the buyer gave neither
    buyer_ref = inv.buyer_reference or (None if inv.order_reference else cust.get("customer_number") or inv.number)
    if buyer_ref:
        _cbc(root, "BuyerReference", buyer_ref)
    if inv.order_reference:
        _cbc(_cac(root, "OrderReference"), "ID", inv.order_reference)
    if is_credit and inv.credited_invoice_id:
        original = session.get(Invoice, inv.credited_invoice_id)
        if original is not None and original.number:
            ref = _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference")
            _cbc(ref, "ID", original.number)
            _cbc(ref, "IssueDate", original.invoice_date.isoformat())


def _delivery(root: etree._Element, inv: Invoice, cust: dict, cats: set[str]) -> None:
    """Actual delivery date (BT-72; required for intra-community supplies, BR-IC-11) and deliver-to country."""
    if inv.supply_date or "K" in cats:
        delivery = _cac(root, "Delivery")
        _cbc(delivery, "ActualDeliveryDate", (inv.supply_date or inv.invoice_date).isoformat())
        if "K" in cats or "G" in cats:  # BR-IC-12: deliver-to country for intra-community supplies
            addr = _cac(_cac(delivery, "DeliveryLocation"), "Address")
            _cbc(_cac(addr, "Country"), "IdentificationCode", cust.get("country") or "SE")


def _tax_total(root: etree._Element, inv: Invoice, groups: list[vat.VatGroup], sign: Decimal) -> None:
    """TaxTotal with one TaxSubtotal per VAT category and rate (BG-23)."""
    cur = inv.currency
    tax_total = _cac(root, "TaxTotal")
    _cbc(tax_total, "TaxAmount", _amt(inv.vat_total * sign), currencyID=cur)
    for g in groups:
        sub = _cac(tax_total, "TaxSubtotal")
        _cbc(sub, "TaxableAmount", _amt(g.net), currencyID=cur)
        _cbc(sub, "TaxAmount", _amt(g.vat), currencyID=cur)
        _tax_category(_cac(sub, "TaxCategory"), g.category, g.rate, g.exemption_reason)


def _monetary_total(root: etree._Element, inv: Invoice, sign: Decimal) -> None:
    """LegalMonetaryTotal (BG-22): no document-level allowances or charges, nothing prepaid."""
    cur = inv.currency
    net = inv.net_total * sign
    mon = _cac(root, "LegalMonetaryTotal")
    _cbc(mon, "LineExtensionAmount", _amt(net), currencyID=cur)
    _cbc(mon, "TaxExclusiveAmount", _amt(net), currencyID=cur)
    _cbc(mon, "TaxInclusiveAmount", _amt(inv.total * sign), currencyID=cur)
    _cbc(mon, "PayableAmount", _amt(inv.total * sign), currencyID=cur)


def _party(wrapper: etree._Element, data: dict, endpoint: tuple[str, str], supplier: bool, only_o: bool) -> None:
    """The seller's or buyer's Party: endpoint, identification, name, address, tax schemes, legal entity, contact."""
    party = _cac(wrapper, "Party")
    _cbc(party, "EndpointID", endpoint[1], schemeID=endpoint[0])
    country = data.get("country") or "SE"
    scheme = legal_scheme(country)
    org = _digits(data.get("org_no"))
    private = data.get("kind") == "private"
    if not supplier and data.get("customer_number"):
        _cbc(_cac(party, "PartyIdentification"), "ID", data["customer_number"])
    _cbc(_cac(party, "PartyName"), "Name", data.get("name") or "")
    _postal_address(party, data, country)
    _tax_schemes(party, data, country, supplier, only_o)
    legal = _cac(party, "PartyLegalEntity")
    _cbc(legal, "RegistrationName", data.get("name") or "")
    if org and not private and scheme:
        _cbc(legal, "CompanyID", org, schemeID=scheme)
    if data.get("email") and not supplier:
        _cbc(_cac(party, "Contact"), "ElectronicMail", data["email"])


def _postal_address(party: etree._Element, data: dict, country: str) -> None:
    addr = _cac(party, "PostalAddress")
    if data.get("street"):
        _cbc(addr, "StreetName", data["street"])
    if data.get("city"):
        _cbc(addr, "CityName", data["city"])
    if data.get("postal_code"):
        _cbc(addr, "PostalZone", data["postal_code"])
    _cbc(_cac(addr, "Country"), "IdentificationCode", country)


def _tax_schemes(party: etree._Element, data: dict, country: str, supplier: bool, only_o: bool) -> None:
    """PartyTaxScheme: the VAT number, and for a Swedish seller approved for F-tax the F-skatt text (SE-R-005)."""
    if data.get("vat_no") and not only_o:  # BR-O-02: no VAT identifiers on an invoice outside the scope of VAT
        pts = _cac(party, "PartyTaxScheme")
        _cbc(pts, "CompanyID", data["vat_no"])
        _cbc(_cac(pts, "TaxScheme"), "ID", "VAT")
    if supplier and country == "SE" and data.get("f_tax_approved"):
        pts = _cac(party, "PartyTaxScheme")
        _cbc(pts, "CompanyID", SE_FTAX_TEXT)  # SE-R-005
        _cbc(_cac(pts, "TaxScheme"), "ID", "TAX")


def _payment_means(root: etree._Element, inv: Invoice, seller: dict) -> None:
    ref = inv.reference
    if seller.get("country") == "SE" and seller.get("bankgiro"):
        pm = _cac(root, "PaymentMeans")
        _cbc(pm, "PaymentMeansCode", "30", name="Credit transfer")
        if ref:
            _cbc(pm, "PaymentID", ref)
        acct = _cac(pm, "PayeeFinancialAccount")
        _cbc(acct, "ID", _digits(seller["bankgiro"]))
        _cbc(_cac(acct, "FinancialInstitutionBranch"), "ID", "SE:BANKGIRO")
    if seller.get("iban"):
        pm = _cac(root, "PaymentMeans")
        sepa = inv.currency == "EUR"
        _cbc(pm, "PaymentMeansCode", "58" if sepa else "30",
             name="SEPA credit transfer" if sepa else "Credit transfer")
        if ref:
            _cbc(pm, "PaymentID", ref)
        acct = _cac(pm, "PayeeFinancialAccount")
        _cbc(acct, "ID", re.sub(r"\s", "", seller["iban"]).upper())
        if seller.get("bic"):
            _cbc(_cac(acct, "FinancialInstitutionBranch"), "ID", seller["bic"])


def _payment_terms(root: etree._Element, inv: Invoice, is_credit: bool) -> None:
    if is_credit:
        text = ("Kreditfaktura, avräknas mot den krediterade fakturan / "
                "Credit note, set off against the credited invoice")
    elif inv.due_date:
        days = (inv.due_date - inv.invoice_date).days
        text = (f"Betalningsvillkor {days} dagar, förfallodag {inv.due_date.isoformat()}. Dröjsmålsränta enligt "
                f"lag / Payment terms {days} days; late-payment interest as provided by law")
    else:
        return
    _cbc(_cac(root, "PaymentTerms"), "Note", text)


def _tax_category(cat: etree._Element, category: str, rate: Decimal, reason: str | None) -> None:
    _cbc(cat, "ID", category)
    if category != "O":  # BR-O-05/-09: no rate for "not subject to VAT"
        _cbc(cat, "Percent", _num(rate))
    if category in NEEDS_REASON:
        if category in VATEX:
            _cbc(cat, "TaxExemptionReasonCode", VATEX[category])
        _cbc(cat, "TaxExemptionReason", reason or vat.ZERO_CODES.get(category, ("", category))[1] or category)
    _cbc(_cac(cat, "TaxScheme"), "ID", "VAT")


def _line(root: etree._Element, ln: InvoiceLine, is_credit: bool, sign: Decimal, cur: str) -> None:
    """An InvoiceLine / CreditNoteLine (BG-25): quantity, net amount, period, item and price."""
    el = _cac(root, "CreditNoteLine" if is_credit else "InvoiceLine")
    _cbc(el, "ID", ln.line_no)
    qty, price_amount = ln.quantity * sign, ln.unit_price
    if price_amount < 0:  # BR-27: the item price is never negative; the sign goes to the quantity
        qty, price_amount = -qty, -price_amount
    _cbc(el, "CreditedQuantity" if is_credit else "InvoicedQuantity", _num(qty), unitCode=unit_code(ln.unit))
    _cbc(el, "LineExtensionAmount", _amt(ln.net_amount * sign), currencyID=cur)
    if ln.period_start or ln.period_end:
        period = _cac(el, "InvoicePeriod")
        if ln.period_start:
            _cbc(period, "StartDate", ln.period_start.isoformat())
        if ln.period_end:
            _cbc(period, "EndDate", ln.period_end.isoformat())
    _item(_cac(el, "Item"), ln)
    price = _cac(el, "Price")
    exact = price_amount == price_amount.quantize(Decimal("0.01"))
    _cbc(price, "PriceAmount", _amt(price_amount) if exact else _num(price_amount), currencyID=cur)


def _item(item: etree._Element, ln: InvoiceLine) -> None:
    """Item (BG-31): name, seller's article number and the line's VAT category (BG-30; no rate for "O")."""
    _cbc(item, "Name", ln.description[:200])
    if ln.article_code:
        _cbc(_cac(item, "SellersItemIdentification"), "ID", ln.article_code)
    cat_code = vat.category(ln.vat_code)
    ctc = _cac(item, "ClassifiedTaxCategory")
    _cbc(ctc, "ID", cat_code)
    if cat_code != "O":
        _cbc(ctc, "Percent", _num(ln.vat_rate))
    _cbc(_cac(ctc, "TaxScheme"), "ID", "VAT")


def file_name(inv: Invoice, seller_code: str) -> str:
    kind = "creditnote" if inv.kind == "credit_note" else "invoice"
    return f"{seller_code}-{kind}-{inv.number}.xml"

