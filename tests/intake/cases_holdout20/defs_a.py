"""Twentieth held-out set (written blind), part A: requests that go straight through — foreign customers with VAT
numbers (reverse charge stated or implied), Swedish and Finnish customers, amounts as '1,250.00', 'EUR 1.250,00',
'SEK 12,500', '€1,250', dates as '12 Nov 2026', 'November 12th', ISO and a settled '11/12/2026', references
('your ref' is the buyer's, 'our ref' the agency's), forwards, quoted threads, XLSX, CSV, HTML and PDF."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail, pdf, text_att, xlsx

from .kit20 import (
    CENTRE_FI,
    CENTRE_SE,
    GEO,
    MAT,
    ND,
    NDV,
    PLAIN,
    SIG_GEO,
    SIG_GEO_FI,
    SIG_MAT,
    SIG_MAT_SV,
    W,
    case,
    cust,
    drop,
    line,
    request,
)


def _se(w: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[w], subj, date, body, to=CENTRE_SE, **kw)


def _fi(w: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[w], subj, date, body, to=CENTRE_FI, **kw)


@case("p01_en_mat_german_gmbh_po_reverse_charge")
def _p01() -> Any:
    body = ("Hello,\n\nPlease raise an invoice to Geomess Bayern GmbH (VAT DE287654321) for the calibration of "
            "3 instruments (T10), completed 12 Nov 2026.\nPO number: 4500123987\nAttn: Dr. Klaus Weber\n"
            "Reverse charge applies.\n" + SIG_MAT.format(n="Sara Lindqvist"))
    m = _se("sara", "Invoice request – Geomess Bayern", "Fri, 13 Nov 2026 10:05:00 +0100", body)
    return m, expect_requests("A German GmbH by name and VAT number, PO number, reverse charge without a rate.",
                              PLAIN, [drop(request(cust("C-301"), [line(MAT, "T10", "3", ps="2026-11-12",
                                                                        skip=NDV)], [], MAT, order="4500123987"),
                                           "buyer_reference")])


@case("p02_en_geo_estonian_ou_eur_comma_decimal")
def _p02() -> Any:
    body = ("Hi,\n\nplease invoice Tallinna Mõõtetehnika OÜ (VAT EE102376541) for our training day on "
            "November 12th: 2 participants (G30) at EUR 1.250,00 each. VAT 0 % – reverse charge.\n"
            "Their PO: TM-2026-118\n" + SIG_GEO.format(n="Anna Berg"))
    m = _fi("anna", "Training day / Tallinna Mõõtetehnika", "Fri, 13 Nov 2026 09:30:00 +0200", body)
    return m, expect_requests("An Estonian OÜ, 'EUR 1.250,00', 'November 12th' without a year, VAT 0 % stated.",
                              PLAIN, [request(cust("C-306"), [line(GEO, "G30", "2", "1250.00", vat="0",
                                                                   ps="2026-11-12", skip=ND)], [], GEO,
                                              order="TM-2026-118")])


@case("p03_sv_mat_norwegian_as_course_sek")
def _p03() -> Any:
    body = ("Hej,\n\nfakturera Fjordmåling AS (Norge, org.nr 918 364 512) för den internationella kursen T20, "
            "1 deltagare, SEK 12,500, kursdagar 2026-11-16 – 2026-11-18.\nDeras referens: Ingrid Haugen\n"
            + SIG_MAT_SV.format(n="Erik Nyberg"))
    m = _se("erik", "Kursavgift Fjordmåling AS", "Thu, 19 Nov 2026 14:10:00 +0100", body)
    return m, expect_requests("A Norwegian customer by name, 'SEK 12,500', a course period; no VAT rate written.",
                              PLAIN, [request(cust("C-303"), [line(MAT, "T20", "1", "12500", ps="2026-11-16",
                                                                   pe="2026-11-18", skip=NDV)], [], MAT,
                                              buyer="Ingrid Haugen")])


@case("p04_en_geo_uk_university_three_months")
def _p04() -> Any:
    body = ("Dear colleagues,\n\nPlease raise an invoice to the University of Eastmoor for GNSS observation data "
            "(G20), three months, September–November 2026.\nYour ref: Prof. Helen Marsh\nPO number: "
            "EM-PO-77120\nOur ref: Mikko Laine\n" + SIG_GEO.format(n="Mikko Laine"))
    m = _fi("mikko", "Invoice – University of Eastmoor GNSS data", "Tue, 01 Dec 2026 11:00:00 +0200", body)
    return m, expect_requests("A UK university, 'three months' as a word, a month range; 'Our ref' is the agency's.",
                              PLAIN, [request(cust("C-305"), [line(GEO, "G20", "3", ps="2026-09-01",
                                                                   pe="2026-11-30", skip=ND)], [], GEO,
                                              buyer="Prof. Helen Marsh", order="EM-PO-77120")])


@case("p05_fi_geo_danish_aps_euro_sign_fixed")
def _p05() -> Any:
    body = ("Hei,\n\nlaskutetaan tanskalaista asiakasta Øresund Måleteknik ApS (ALV-nro DK31457892): "
            "erityisselvitys G90, kiinteä hinta €1,250, raportti toimitettu 20.11.2026. Käännetty verovelvollisuus, "
            "ALV 0 %.\n" + SIG_GEO_FI.format(n="Mikko Laine"))
    m = _fi("mikko", "Lasku Øresund Måleteknik", "Mon, 23 Nov 2026 08:40:00 +0200", body)
    return m, expect_requests("A Danish ApS, '€1,250' fixed price for an article without a register price.",
                              PLAIN, [request(cust("C-304"), [line(GEO, "G90", "1", "1250", vat="0",
                                                                   ps="2026-11-20", skip=ND)], [], GEO)])


@case("p06_sv_mat_your_ref_vs_our_ref")
def _p06() -> Any:
    body = ("Hej!\n\nExpertkonsultation till Nordmät Instrument AB, T30, 6 timmar den 20 november 2026.\n"
            "Er referens: Anna Holm\nVår referens: Sara Lindqvist\nKostnadsställe hos oss: 4410\n"
            + SIG_MAT_SV.format(n="Sara Lindqvist"))
    m = _se("sara", "Konsultation Nordmät", "Mon, 23 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("'Er referens' is the buyer's; 'Vår referens' and the cost centre are the agency's.",
                              PLAIN, [request(cust("C-101"), [line(MAT, "T30", "6", ps="2026-11-20", skip=ND)],
                                              [], MAT, buyer="Anna Holm")])


@case("p07_en_mat_forwarded_dutch_order_original_message")
def _p07() -> Any:
    body = ("Hi,\n\nplease invoice Rijnland Survey B.V. per their order below – the two instruments were calibrated "
            "and shipped back on 2026-11-24.\n" + SIG_MAT.format(n="Erik Nyberg") +
            "\n-----Original Message-----\nFrom: Pieter de Vries <p.devries@rijnlandsurvey.nl>\nSent: 02 November "
            "2026 15:12\nTo: Erik Nyberg\nSubject: Calibration order\n\nDear Erik,\n\nWe hereby order calibration "
            "(T10) of two total stations, serial nos 44871 and 44902.\nOur PO: RS-2026-0457\nVAT NL853746291B01\n"
            "\nKind regards\nPieter de Vries\nRijnland Survey B.V.\n")
    m = _se("erik", "FW: Calibration order", "Wed, 25 Nov 2026 10:30:00 +0100", body)
    return m, expect_requests("A forwarded order ('-----Original Message-----') the agency asks to invoice; the "
                              "service date from the agency's part.", PLAIN,
                              [request(cust("C-302"), [line(MAT, "T10", "2", ps="2026-11-24", skip=NDV)], [], MAT,
                                       order="RS-2026-0457")])


@case("p08_en_geo_new_request_above_quoted_quote_thread")
def _p08() -> Any:
    body = ("Hi,\n\nKaupunkimittaus Pohjola Oy accepted our quote. Please invoice them 8 hours of coordinate "
            "transformation service (G10) for October 2026.\n" + SIG_GEO.format(n="Anna Berg") +
            "\nOn Mon, 2 Nov 2026 at 09:14, Juha Rantala <juha.rantala@kmpohjola.fi> wrote:\n"
            "> Hello Anna, what would a transformation job of roughly 8-10 hours cost us?\n> Best, Juha\n")
    m = _fi("anna", "Re: Transformation quote", "Wed, 04 Nov 2026 13:20:00 +0200", body)
    return m, expect_requests("The request above an 'On … wrote:' quote; the quote asks a price, no line.",
                              PLAIN, [request(cust("C-202"), [line(GEO, "G10", "8", ps="2026-10-01",
                                                                   pe="2026-10-31", skip=ND)], [], GEO)])


@case("p09_en_mat_xlsx_two_foreign_customers")
def _p09() -> Any:
    rows = [["Customer", "VAT no", "Article", "Description", "Qty", "Unit price SEK", "Date"],
            ["Geomess Bayern GmbH", "DE287654321", "T10", "Calibration, level", 2, 4500, "2026-11-05"],
            ["Øresund Måleteknik ApS", "DK31457892", "T40", "Certificate copy", 4, 350, "2026-11-05"],
            ["Geomess Bayern GmbH", "DE287654321", "T40", "Certificate copy", 2, 350, "2026-11-05"]]
    body = ("Hello,\n\nattached are this week's calibrations for foreign customers. Reverse charge for both.\n"
            + SIG_MAT.format(n="International Unit"))
    m = _se("mat", "Foreign calibrations week 45", "Fri, 06 Nov 2026 15:00:00 +0100", body,
            attachments=[xlsx("foreign_w45.xlsx", [("Sheet1", rows, [])])])
    d: dict[str, Any] = {"ps": "2026-11-05", "skip": ("vat_rate",)}
    return m, expect_requests("XLSX rows for two foreign customers, grouped by customer in order of appearance.",
                              PLAIN,
                              [request(cust("C-301"), [line(MAT, "T10", "2", "4500", "Calibration, level", **d),
                                                       line(MAT, "T40", "2", "350", "Certificate copy", **d)],
                                       [], MAT),
                               request(cust("C-304"), [line(MAT, "T40", "4", "350", "Certificate copy", **d)], [],
                                       MAT)])


@case("p10_en_geo_csv_estonian_and_finnish")
def _p10() -> Any:
    csv = ("customer;business_id_or_vat;article;qty;unit_price_eur;date\n"
           "Tallinna Mõõtetehnika OÜ;EE102376541;G10;5;120,00;2026-11-10\n"
           "Mittaustekniikka Saarinen Oy;2345671-3;G40;3;45,00;2026-11-10\n")
    body = "Hi,\n\nplease invoice the rows in the attached file.\n" + SIG_GEO.format(n="International Services")
    m = _fi("geo", "Invoices Nov 10", "Wed, 11 Nov 2026 08:15:00 +0200", body,
            attachments=[text_att("invoice_rows.csv", csv)])
    return m, expect_requests("A semicolon CSV with an Estonian and a Finnish customer, decimal commas.", PLAIN,
                              [request(cust("C-306"), [line(GEO, "G10", "5", "120.00", ps="2026-11-10",
                                                            skip=NDV)], [], GEO),
                               request(cust("C-201"), [line(GEO, "G40", "3", "45.00", ps="2026-11-10", skip=ND)],
                                       [], GEO)])


@case("p11_sv_mat_swedish_customer_iban_in_signature")
def _p11() -> Any:
    body = ("Hej,\n\nKalibra Teknik AB (org.nr 559214-6376) ska faktureras för kalibrering T10, 2 st à 4 500,00 kr, "
            "utförd 2026-11-12.\n" + SIG_MAT.format(n="Sara Lindqvist"))
    m = _se("sara", "Kalibrering Kalibra", "Fri, 13 Nov 2026 11:45:00 +0100", body)
    return m, expect_requests("A Swedish customer by org number; the agency's IBAN, BIC and VAT in the signature.",
                              PLAIN, [request(cust("C-103"), [line(MAT, "T10", "2", "4500.00", ps="2026-11-12",
                                                                   skip=ND)], [], MAT)])


@case("p12_fi_geo_city_month_einvoice")
def _p12() -> Any:
    body = ("Hei,\n\nTurun kaupungille laskutetaan GNSS-havaintoaineisto G20, 1 kk, lokakuu 2026.\n"
            "Viitteenne: Kiinteistöliikelaitos / Paula Aho\n" + SIG_GEO_FI.format(n="Mikko Laine"))
    m = _fi("mikko", "Turku lokakuu", "Mon, 02 Nov 2026 10:00:00 +0200", body)
    return m, expect_requests("A Finnish city (e-invoice in the register), one month.", PLAIN,
                              [request(cust("C-204"), [line(GEO, "G20", "1", ps="2026-10-01", pe="2026-10-31",
                                                            skip=ND)], [], GEO,
                                       buyer="Kiinteistöliikelaitos / Paula Aho")])


@case("p13_en_mat_uk_date_settled_by_yesterday")
def _p13() -> Any:
    body = ("Hi,\n\nplease invoice University of Eastmoor for the remote consultation yesterday (11/12/2026): "
            "4 hours, T30. Their cost centre is FIN-4410 and PO number 7700123.\n"
            + SIG_MAT.format(n="Erik Nyberg"))
    m = _se("erik", "Eastmoor consultation", "Sat, 12 Dec 2026 09:10:00 +0100", body)
    return m, expect_requests("'11/12/2026' settled by 'yesterday' in a mail of 12 Dec: 11 December.", PLAIN,
                              [request(cust("C-305"), [line(MAT, "T30", "4", ps="2026-12-11", skip=NDV)], [], MAT,
                                       order="7700123")])


@case("p14_en_geo_html_only_norwegian")
def _p14() -> Any:
    html = ("<html><body><p>Hello,</p><p>please invoice <b>Fjordmåling AS</b> (NO918364512MVA), period "
            "1–15 Nov 2026:</p><table border='1'><tr><th>Article</th><th>Service</th><th>Hours</th>"
            "<th>Price</th></tr><tr><td>G10</td><td>Coordinate transformation, Bergen harbour</td><td>12</td>"
            "<td>EUR 120.00</td></tr></table><p>Kind regards,<br>Anna Berg<br>Geodeettinen keskus</p></body></html>")
    m = mail(W["anna"], "Fjordmåling transformation", "Tue, 17 Nov 2026 10:00:00 +0200", html=html, to=CENTRE_FI)
    return m, expect_requests("HTML-only mail with a table; a Norwegian customer; a date range.", PLAIN,
                              [request(cust("C-303"), [line(GEO, "G10", "12", "120.00",
                                                            "Coordinate transformation, Bergen harbour",
                                                            ps="2026-11-01", pe="2026-11-15",
                                                            skip=("vat_rate",))], [], GEO)])


@case("p15_sv_mat_total_for_three_gives_unit_price")
def _p15() -> Any:
    body = ("Hej,\n\nGeomess Bayern GmbH: kalibrering T10 av 3 instrument, avtalat pris SEK 12,750 totalt för alla "
            "tre. Utfört 2026-11-26. Omvänd skattskyldighet.\n" + SIG_MAT_SV.format(n="Sara Lindqvist"))
    m = _se("sara", "Geomess kalibrering", "Fri, 27 Nov 2026 13:00:00 +0100", body)
    return m, expect_requests("A total for three gives the unit price 4250.", PLAIN,
                              [request(cust("C-301"), [line(MAT, "T10", "3", "4250", ps="2026-11-26", skip=NDV)],
                                       [], MAT)])


@case("p16_fisv_geo_training_per_participant")
def _p16() -> Any:
    body = ("Hej,\n\nvänligen fakturera Suomen Kartta Ab för utbildningsdagen 24.11.2026: G30, 5 deltagare à "
            "1 250,00 €.\nEr referens: Mats Sjöholm\n\nMed vänliga hälsningar\nAnna Berg\nGeodeettinen keskus\n")
    m = _fi("anna", "Utbildningsdag Suomen Kartta", "Wed, 25 Nov 2026 12:00:00 +0200", body)
    return m, expect_requests("Finland-Swedish, per participant, '1 250,00 €'.", PLAIN,
                              [request(cust("C-205"), [line(GEO, "G30", "5", "1250.00", ps="2026-11-24", skip=ND)],
                                       [], GEO, buyer="Mats Sjöholm")])


@case("p17_en_mat_pdf_order_form_estonian")
def _p17() -> Any:
    doc = ("<h1>PURCHASE ORDER</h1><p>Buyer: Tallinna Mõõtetehnika OÜ, Pärnu mnt 21, 10141 Tallinn, Estonia<br>"
           "VAT: EE102376541<br>PO number: PO-55817<br>Date: 9 Nov 2026</p><table><thead><tr><th>Item</th>"
           "<th>Description</th><th>Qty</th><th>Unit price</th></tr></thead><tbody><tr><td>T20</td>"
           "<td>International measurement course, Borås 7–9 Dec 2026</td><td class='num'>2</td>"
           "<td class='num'>SEK 12,500.00</td></tr></tbody></table>")
    body = ("Hi,\n\nthe attached purchase order from Tallinna Mõõtetehnika for the December course – please "
            "invoice.\n" + SIG_MAT.format(n="International Unit"))
    m = _se("mat", "PO Tallinna Mõõtetehnika – course", "Tue, 10 Nov 2026 09:00:00 +0100", body,
            attachments=[pdf("PO-55817.pdf", doc)])
    return m, expect_requests("A PDF purchase order; the course dates are the period.", PLAIN,
                              [request(cust("C-306"), [line(MAT, "T20", "2", "12500.00",
                                                            "International measurement course, Borås 7–9 Dec 2026",
                                                            ps="2026-12-07", pe="2026-12-09", skip=NDV)], [], MAT,
                                       order="PO-55817")])


@case("p18_en_geo_forwarded_dear_sirs_order")
def _p18() -> Any:
    body = ("Please invoice as requested below (annual subscription).\n\nMikko\n\n"
            "---------- Forwarded message ---------\nFrom: Einkauf Geomess Bayern <einkauf@geomess-bayern.de>\n"
            "Date: Mon, 30 Nov 2026\nSubject: Order GNSS data 2027\n\nDear Sirs,\n\nwe hereby order GNSS "
            "observation data (article G20) for 12 months, January–December 2027, at EUR 850.00 per month.\n"
            "Order no. 4500130455. Please send the invoice to rechnung@geomess-bayern.de.\n\nKind regards\n"
            "Geomess Bayern GmbH\nVAT DE287654321\n")
    m = _fi("mikko", "Fwd: Order GNSS data 2027", "Tue, 01 Dec 2026 08:20:00 +0200", body)
    return m, expect_requests("A forwarded 'Dear Sirs' order: 12 months of 2027.", PLAIN,
                              [request(cust("C-301"), [line(GEO, "G20", "12", "850.00", ps="2027-01-01",
                                                            pe="2027-12-31", skip=NDV)], [], GEO,
                                       order="4500130455")])


@case("p19_sv_mat_handelsbolag_two_lines")
def _p19() -> Any:
    body = ("Hej,\n\nLunds Mätcentrum HB, 969754-3214:\n- T10 kalibrering, 1 st\n- T30 expertkonsultation, "
            "2,5 timmar\nBåda den 12 Nov 2026.\n" + SIG_MAT_SV.format(n="Erik Nyberg"))
    m = _se("erik", "Lunds Mätcentrum", "Fri, 13 Nov 2026 16:00:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-11-12", "skip": ND}
    return m, expect_requests("Two lines, one date for both ('12 Nov 2026').", PLAIN,
                              [request(cust("C-105"), [line(MAT, "T10", "1", **d), line(MAT, "T30", "2.5", **d)], [],
                                       MAT)])


@case("p20_en_mat_customer_number_refs")
def _p20() -> Any:
    body = ("Hello,\n\ncustomer no. C-104 (Göteborgs Marina Laboratorium): certificate copies T40, 6 pcs, sent "
            "2026-11-30.\nYour ref: Lena Forsberg\nOur ref: Erik Nyberg\n" + SIG_MAT.format(n="Erik Nyberg"))
    m = _se("erik", "Certificate copies GML", "Tue, 01 Dec 2026 10:10:00 +0100", body)
    return m, expect_requests("By customer number; 'Your ref' is the buyer's, 'Our ref' the agency's.", PLAIN,
                              [request(cust("C-104"), [line(MAT, "T40", "6", ps="2026-11-30", skip=ND)], [], MAT,
                                       buyer="Lena Forsberg")])


@case("p21_fi_geo_ytunnus_month_price")
def _p21() -> Any:
    body = ("Hei,\n\nLapin Maanmittaus Oy (Y-tunnus 3012457-3), koordinaattimuunnos G10, 10 h à 120,00 €, "
            "marraskuu 2026.\n" + SIG_GEO_FI.format(n="Anna Berg"))
    m = _fi("anna", "Lapin Maanmittaus marraskuu", "Tue, 01 Dec 2026 09:00:00 +0200", body)
    return m, expect_requests("A Finnish company by Y-tunnus, a month.", PLAIN,
                              [request(cust("C-203"), [line(GEO, "G10", "10", "120.00", ps="2026-11-01",
                                                            pe="2026-11-30", skip=ND)], [], GEO)])


@case("p22_en_geo_dutch_bv_reverse_charge_stated")
def _p22() -> Any:
    body = ("Hello,\n\nplease raise an invoice to Rijnland Survey B.V., VAT NL853746291B01:\n"
            "Coordinate transformation (G10), 7.5 hours, 2026-11-12, EUR 120.00/h.\n"
            "VAT 0% – reverse charge (Art. 196 VAT Directive).\nYour reference: P. de Vries\n"
            + SIG_GEO.format(n="Mikko Laine"))
    m = _fi("mikko", "Rijnland Survey – transformation", "Fri, 13 Nov 2026 14:00:00 +0200", body)
    return m, expect_requests("A Dutch B.V. with the reverse charge and 0 % written.", PLAIN,
                              [request(cust("C-302"), [line(GEO, "G10", "7.5", "120.00", vat="0", ps="2026-11-12",
                                                            skip=ND)], [], GEO, buyer="P. de Vries")])


@case("p23_en_mat_danish_two_instruments_november_3rd")
def _p23() -> Any:
    body = ("Hi,\n\nØresund Måleteknik ApS sent us two instruments (T10) for calibration, done on November 3rd. "
            "Please invoice at the list price.\n" + SIG_MAT.format(n="Sara Lindqvist"))
    m = _se("sara", "Øresund calibration", "Wed, 04 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("'two instruments' as a word, 'November 3rd' takes the mail's year.", PLAIN,
                              [request(cust("C-304"), [line(MAT, "T10", "2", ps="2026-11-03", skip=NDV)], [],
                                       MAT)])


@case("p24_sv_mat_region_po_cost_centre")
def _p24() -> Any:
    body = ("Hej,\n\nRegion Västerkust har skickat 3 deltagare till den internationella kursen T20 "
            "(2026-11-16 – 2026-11-18).\nEr referens: Lars Åkesson\nBeställningsnummer: 2026-4471\n"
            "Kostnadsställe (regionens): 7710\n" + SIG_MAT_SV.format(n="Erik Nyberg"))
    m = _se("erik", "Kurs Region Västerkust", "Thu, 19 Nov 2026 15:30:00 +0100", body)
    return m, expect_requests("A region with a PO number and a cost centre; three participants.", PLAIN,
                              [request(cust("C-102"), [line(MAT, "T20", "3", ps="2026-11-16", pe="2026-11-18",
                                                            skip=ND)], [], MAT, buyer="Lars Åkesson",
                                       order="2026-4471")])
