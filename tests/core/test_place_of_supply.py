"""Place of supply: the VAT of a line follows the article's nature, the customer's country and VAT status and the
supply date (2006/112/EC art. 44, 45, 138, 146; ML 2023:200 ch. 6; AVL §§ 63–72 a) — and an invoice whose facts
do not decide is held with the reason, never issued with Swedish VAT."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from lxml import etree

from core.billing import document, drafting, issuing
from core.billing.delivery import printing, ubl, validate
from core.billing.drafting import DraftOptions, LineInput
from core.registers import register as registers
from tests.delivery.support import add_foreign_customers

NS = validate.NS
DAY = dt.date(2026, 11, 2)


def _customer(session, number, **data):
    return registers.upsert_customer(session, {"customer_number": number, "language": "en", **data})


def _invoice(session, customer, lines, agency="HYDRO-SE", day=DAY):
    a = registers.agency_by_code(session, agency)
    c = registers.find_customer(session, customer, a)
    inv = drafting.create_draft(session, a, c, [LineInput(article_code=art, quantity=q, vat_code=code,
                                                          description=None if art else "Mätboj", unit_price=price)
                                                for art, q, price, code in lines],
                                DraftOptions(invoice_date=day, supply_date=day, buyer_reference="Anna Berg"))
    issuing.issue(session, inv)
    session.commit()
    return inv


def _lines(session, inv):
    return [(ln["vat_code"], D(ln["vat_rate"])) for ln in document.invoice_dict(session, inv)["lines"]]


def _tax(xml):
    doc = etree.fromstring(xml)
    cat = doc.find("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", NS)
    return doc, cat.findtext("cbc:ID", namespaces=NS), cat.findtext("cbc:TaxExemptionReason", namespaces=NS)


def test_service_to_a_german_business_is_reverse_charge_with_both_vat_numbers(demo):
    add_foreign_customers(demo)
    inv = _invoice(demo, "30001", [("1010", "3", None, None)])  # consulting (service), a 25 % article
    assert inv.status == "issued", inv.hold_reason
    assert _lines(demo, inv) == [("reverse_charge", D("0"))]
    assert (inv.net_total, inv.vat_total, inv.total) == (D("3450.00"), D("0.00"), D("3450.00"))
    breakdown = document.invoice_dict(demo, inv)["vat_breakdown"]
    assert breakdown[0]["category"] == "AE" and "Omvänd betalningsskyldighet" in breakdown[0]["exemption_reason"]
    printed = printing.render_html(demo, inv)  # the printed invoice: the text and both VAT numbers (art. 226)
    assert "Omvänd betalningsskyldighet" in printed and "DE811569869" in printed and "SE202100631301" in printed
    xml = ubl.invoice_ubl(demo, inv)
    doc, cat, reason = _tax(xml)
    assert cat == "AE" and "Reverse charge" in reason
    assert doc.findtext("cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID",
                        namespaces=NS) == "DE811569869"
    assert [str(f) for f in validate.validate(xml).fatal] == []


def test_service_to_a_norwegian_business_is_outside_the_scope(demo):
    add_foreign_customers(demo)
    inv = _invoice(demo, "30002", [("1010", "2", None, None)])
    assert inv.status == "issued", inv.hold_reason
    assert _lines(demo, inv) == [("outside", D("0"))] and inv.vat_total == D("0.00")
    xml = ubl.invoice_ubl(demo, inv)
    _, cat, reason = _tax(xml)
    assert cat == "O" and reason
    assert [str(f) for f in validate.validate(xml).fatal] == []


def test_service_to_a_finnish_consumer_carries_swedish_vat(demo):
    _customer(demo, "30010", name="Matti Meikäläinen", country="FI", private=True,
              address={"street": "Kauppakatu 1", "postal_code": "00100", "city": "Helsinki"})
    inv = _invoice(demo, "30010", [("1010", "1", None, None)])
    assert inv.status == "issued", inv.hold_reason
    assert _lines(demo, inv) == [("standard", D("25"))] and inv.vat_total == D("287.50")


def test_goods_to_a_german_business_are_an_intra_community_supply(demo):
    add_foreign_customers(demo)
    inv = _invoice(demo, "30001", [("3010", "4", None, None)])  # printed report: goods, 6 % at home
    assert inv.status == "issued", inv.hold_reason
    assert _lines(demo, inv) == [("intra_eu", D("0"))]
    xml = ubl.invoice_ubl(demo, inv)
    doc, cat, reason = _tax(xml)
    assert cat == "K" and reason
    assert doc.findtext("cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode",
                        namespaces=NS) == "DE"
    assert [str(f) for f in validate.validate(xml).fatal] == []


def test_goods_to_a_us_business_are_an_export(demo):
    _customer(demo, "30011", name="Harbor Instruments Inc", country="US", peppol_id="0088:0614141000005",
              address={"street": "1 Main St", "postal_code": "02110", "city": "Boston"})
    inv = _invoice(demo, "30011", [("3010", "2", None, None)])
    assert inv.status == "issued", inv.hold_reason
    assert _lines(demo, inv) == [("export", D("0"))]
    xml = ubl.invoice_ubl(demo, inv)
    _, cat, reason = _tax(xml)
    assert cat == "G" and reason
    assert [str(f) for f in validate.validate(xml).fatal] == []


def test_german_business_without_a_vat_number_is_held_not_issued_with_swedish_vat(demo):
    _customer(demo, "30012", name="Ostsee Vermessung GmbH", country="DE",
              address={"street": "Am Hafen 3", "postal_code": "18055", "city": "Rostock"})
    inv = _invoice(demo, "30012", [("1010", "1", None, None)])
    assert inv.status == "held" and inv.number is None
    assert [w["code"] for w in inv.warnings] == ["vat_buyer_unverified"]
    assert "VAT number" in inv.hold_reason and "30012" in inv.hold_reason


def test_article_of_unknown_nature_to_a_foreign_business_is_held(demo):
    add_foreign_customers(demo)
    registers.upsert_article(demo, {"agency": "HYDRO-SE", "code": "4010", "name": "Mätutrustning, hyra",
                                    "unit_price": "500", "vat_rate": "25"})  # goods or service: not registered
    inv = _invoice(demo, "30001", [("4010", "1", None, None)])
    assert inv.status == "held"
    assert [w["code"] for w in inv.warnings] == ["vat_supply_kind_unknown"]
    assert "reverse_charge (AE)" in inv.hold_reason and "intra_eu (K)" in inv.hold_reason


def test_a_line_that_says_swedish_vat_to_an_eu_business_is_held_with_the_right_code(demo):
    add_foreign_customers(demo)
    inv = _invoice(demo, "30001", [("1010", "1", None, "standard")])
    assert inv.status == "held"
    assert [w["code"] for w in inv.warnings] == ["vat_code_contradicts_buyer"]
    assert _lines(demo, inv) == [("reverse_charge", D("0"))]  # what a clerk who confirms will issue
    forced = issuing.issue(demo, inv, actor="clerk", force=True, force_reason="checked the VIES answer")
    assert forced.status == "issued" and forced.vat_total == D("0.00")


def test_an_invalid_foreign_vat_number_stored_earlier_holds_the_invoice(demo):
    cust = _customer(demo, "30013", name="Baltic Survey GmbH", country="DE", vat_no="DE811569869",
                     address={"street": "Kai 1", "postal_code": "24103", "city": "Kiel"})
    cust.vat_no = "DE811569860"  # as an older register version stored it, before the check digits were checked
    demo.add(cust)
    demo.commit()
    inv = _invoice(demo, "30013", [("1010", "1", None, None)])
    assert inv.status == "held" and "not a valid DE VAT number" in inv.hold_reason


def test_domestic_and_finnish_sales_are_unchanged(demo):
    inv = _invoice(demo, "10002", [("1010", "1", None, None), ("3010", "1", None, None)])
    assert _lines(demo, inv) == [("standard", D("25")), ("culture", D("6"))]
    fi = _invoice(demo, "20001", [("V100", "2", None, None)], agency="VESI-FI")
    assert fi.status == "issued" and _lines(demo, fi) == [("standard", D("25.5"))]


def test_finnish_agency_service_to_a_swedish_business_is_reverse_charge(demo):
    inv = _invoice(demo, "10002", [("V220", "10", None, None)], agency="VESI-FI")
    assert inv.status == "issued", inv.hold_reason
    assert _lines(demo, inv) == [("reverse_charge", D("0"))] and inv.total == D("1200.00")
    xml = ubl.invoice_ubl(demo, inv)
    doc, cat, reason = _tax(xml)
    assert cat == "AE" and "Reverse charge" in reason
    assert doc.findtext("cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID",
                        namespaces=NS) == "SE556893217101"
    assert [str(f) for f in validate.validate(xml).fatal] == []


def test_public_authority_fee_stays_outside_scope_for_a_foreign_business(demo):
    add_foreign_customers(demo)
    inv = _invoice(demo, "30001", [("2010", "1", None, None)])
    assert inv.status == "issued" and _lines(demo, inv) == [("outside", D("0"))]


def test_a_plain_zero_percent_is_outside_scope_and_six_percent_the_permanent_rate():
    """A request or file line saying "0" (no article) is a public-authority fee outside the scope of VAT, not
    "exempt" (which needs a legal basis and is named: "momsfri"); "6" is the permanent 6 % rate, never the
    temporary food rate that is 12 % for a March 2026 supply."""
    from core.kernel import vat

    assert vat.code_of("SE", "0", dt.date(2026, 3, 15)) == "outside"
    assert vat.code_of("FI", "0 %", dt.date(2026, 3, 15)) == "outside"
    assert vat.code_of("SE", "momsfri", dt.date(2026, 3, 15)) == "exempt"
    six = vat.code_of("SE", "6", dt.date(2026, 3, 15))
    assert six != "food" and vat.rate_for("SE", six, dt.date(2026, 3, 15)) == D("6")
    assert vat.rate_for("SE", six, dt.date(2028, 1, 1)) == D("6")
