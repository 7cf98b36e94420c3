"""Twenty-eighth held-out set (written blind), part A: the Swedish agencies — road permits, home-care meals,
calibrations: prose, a body table, CSV/XLSX/PDF attachments, an HTML-only mail, a forward, a reply chain, a near-twin
name; then the Swedish ones that must ask, and a forwarded payment advice."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import bad_check, pnr, se_ocr, se_org
from tests.intake.cases.mailkit import expect_advice, expect_requests, mail, new_cust, pdf, text_att, xlsx

from .kit28 import (
    ASK,
    FEB,
    HEM,
    OTHER,
    PLAIN,
    PNR_BERTIL,
    PNR_GRETA,
    SE_DATE,
    STR,
    VAG,
    W,
    case,
    cust,
    line,
    no,
    org,
    request,
)

ND = ("description",)
SIG_VAG = ("\n\nMed vänliga hälsningar\n{n}\nDispensenheten, Vägförvaltningen Mitt\nTfn 0771-92 10 00\nOrg.nr "
           + org(VAG) + "\n")
SIG_HEM = ("\n\n/{n}\nMatservice, hemtjänsten\nTallmo kommun | org.nr " + org(HEM) + " | bg 5092-1187\n")
SIG_STR = ("\n\nVänligen\n{n}\nKalibreringslaboratoriet\nStrålskyddsinstitutet, org.nr " + org(STR) + "\n"
           "Detta meddelande kan innehålla sekretessbelagd information.\n")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("c01_sv_vag_prose_single_permit_order_number")
def _c01() -> Any:
    body = ("Hej,\n\nbeslut om transportdispens TDS 2027/1184 har fattats för en enstaka transport (VD10) av "
            "hjullastare på väg 86 Sundsvall–Bräcke, transportdag 4 mars.\n\nFaktureras Nordväg Transport AB, "
            "org.nr " + no("S-2801") + ".\nDeras beställningsnummer: NT-55102\n" + SIG_VAG.format(n="Ulrika Ferm"))
    m = _se("vag", "Fakturering TDS 2027/1184", "Mon, 08 Mar 2027 09:12:00", body)
    return m, expect_requests("prose: 'en enstaka transport' is quantity 1, a day without year, order number", PLAIN, [
        request(cust("S-2801"), [line(VAG, "VD10", "1", ps="2027-03-04", skip=ND)], [], VAG, order="NT-55102")])


@case("c02_sv_vag_pdf_long_term_permit_validity")
def _c02() -> Any:
    html = ("<h1>Beslut om transportdispens – långtid</h1><p>Diarienr: TDS 2027/1201<br/>Sökande: Kranlyft i "
            "Mälardalen AB<br/>Org.nr: " + no("S-2803") + "<br/>Giltighetstid: 2027-03-15 – 2027-09-14</p>"
            "<table><thead><tr><th>Art.nr</th><th>Avser</th><th class='num'>Antal</th></tr></thead><tbody>"
            "<tr><td>VD20</td><td>Långtidsdispens mobilkran 60 t, län Y och Z</td><td class='num'>1</td></tr>"
            "</tbody></table><p>Beslutande: Ulrika Ferm</p><p>Avgiften tas ut enligt förordningen om "
            "avgifter för dispenser.</p>")
    m = _se("vag", "Avgift långtidsdispens Kranlyft", "Tue, 09 Mar 2027 14:30:00",
            "Hej! Beslutet bifogas, avgiften ska faktureras sökanden.\n" + SIG_VAG.format(n="Ulrika Ferm"),
            attachments=[pdf("beslut_TDS_2027-1201.pdf", html)])
    return m, expect_requests("PDF decision: one permit, the validity range as the line's period", PLAIN, [
        request(cust("S-2803"), [line(VAG, "VD20", "1", desc="Långtidsdispens mobilkran 60 t, län Y och Z",
                                      ps="2027-03-15", pe="2027-09-14")], [], VAG)])


@case("c03_sv_vag_forward_escort_hours_customer_number")
def _c03() -> Any:
    body = ("Kan ni fakturera detta? Fick det från fältet i morse.\n\nErik\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Lars Nyström <lars.nystrom@vagforvaltning-mitt.se>"
            "\nDatum: tis 9 mars 2027 kl 17:48\nÄmne: besiktning + eskort Bräcke\nTill: Erik Sundin\n\n"
            "Tjena Erik\nKört eskort och fordonsbesiktning åt Nordvägs Transport (kundnr S-2802) idag, "
            "4,5 tim inkl. restid. VD30.\nDeras ref var Kenneth Åström.\n/Lars\n")
    m = _se("vag_e", "VB: besiktning + eskort Bräcke", "Wed, 10 Mar 2027 07:55:00", body)
    return m, expect_requests("inline forward: 'idag' in a forwarded mail dated 9 March, hours with decimal comma",
                              PLAIN, [
        request(cust("S-2802"), [line(VAG, "VD30", "4.5", ps="2027-03-09", skip=ND)], [], VAG,
                buyer="Kenneth Åström")])


@case("c04_sv_hem_csv_meals_per_person_month")
def _c04() -> Any:
    g, b = no("S-2804"), no("S-2805")
    csv = ("Personnummer;Namn;Art;Benämning;Antal;Månad\n"
           f"{g};Greta Holm;HM10;Matlåda;20;februari 2027\n"
           f"{g};Greta Holm;HM20;Dessert;8;februari 2027\n"
           f"{b};Bertil Sandén;HM10;Matlåda;28;februari 2027\n"
           f"{g};Greta Holm;HM30;Utkörning;1;februari 2027\n"
           f"{b};Bertil Sandén;HM30;Utkörning;1;februari 2027\n")
    m = _se("hem", "Matdistribution februari", "Wed, 03 Mar 2027 10:20:00",
            "Hej!\n\nHär kommer februari för de två som faktureras via er. Övriga går via hemtjänstavgiften som "
            "vanligt." + SIG_HEM.format(n="Matservice"), attachments=[text_att("mat_feb2027.csv", csv, "cp1252")])
    feb = {"ps": FEB[0], "pe": FEB[1]}
    return m, expect_requests("CSV cp1252, private persons by 12-digit personnummer, rows grouped per person", PLAIN, [
        request(cust("S-2804"), [line(HEM, "HM10", "20", desc="Matlåda", **feb),
                                 line(HEM, "HM20", "8", desc="Dessert", **feb),
                                 line(HEM, "HM30", "1", desc="Utkörning", **feb)], [], HEM),
        request(cust("S-2805"), [line(HEM, "HM10", "28", desc="Matlåda", **feb),
                                 line(HEM, "HM30", "1", desc="Utkörning", **feb)], [], HEM)])


@case("c05_sv_hem_xlsx_lunch_club_dated_rows")
def _c05() -> Any:
    d1, d2 = dt.date(2027, 2, 3), dt.date(2027, 2, 17)
    rows = [["Kund: Föreningen Tallmo Seniorer, org.nr " + no("S-2806"), None, None],
            [None, None, None], ["Datum", "Artikel", "Antal portioner"],
            [d1, "HM10", 24], [d1, "HM20", 24], [d2, "HM10", 21], [d2, "HM20", 19], ["Summa", None, 88]]
    m = _se("hem_a", "Seniorluncherna feb", "Thu, 04 Mar 2027 13:05:00",
            "Hej,\nbifogar underlaget för seniorluncherna i Folkets hus i februari. Pris enligt taxa."
            + SIG_HEM.format(n="Anneli Backman"),
            attachments=[xlsx("seniorlunch_feb.xlsx", [("Feb", rows, ["A1:C1"])])])
    return m, expect_requests("XLSX: customer in a title row, date cells per row, a sum row that is no line", PLAIN, [
        request(cust("S-2806"), [line(HEM, "HM10", "24", ps="2027-02-03"), line(HEM, "HM20", "24", ps="2027-02-03"),
                                 line(HEM, "HM10", "21", ps="2027-02-17"), line(HEM, "HM20", "19", ps="2027-02-17")],
                [], HEM)])


@case("c06_sv_hem_prose_plus_pnr_number_word_week")
def _c06() -> Any:
    body = ("Hej\n\nBertil Sandén, " + PNR_BERTIL + ", fick tolv matlådor (HM10) vecka 8, alltså 22–26 "
            "februari, medan dottern var bortrest. Ingen utkörningsavgift den här gången, hon hämtade dem själv."
            + SIG_HEM.format(n="Anneli"))
    m = _se("hem_a", "Bertil S v 8", "Fri, 05 Mar 2027 08:40:00", body)
    return m, expect_requests("10-digit personnummer with '+', number word 'tolv', a fee the mail says not to take",
                              PLAIN, [
        request(cust("S-2805"), [line(HEM, "HM10", "12", ps="2027-02-22", pe="2027-02-26", skip=ND)], [], HEM)])


@case("c07_sv_str_body_table_dosimeters_and_meters")
def _c07() -> Any:
    body = ("Hej,\n\nvi har kalibrerat följande åt Isotopkliniken Syd AB (org.nr " + no("S-2807") + "), "
            "kalibreringsdatum 3 mars 2027:\n\n"
            "Art.   Instrument                 Antal\n"
            "SK10   Persondosimeter EPD Mk2       6\n"
            "SK20   Dosratsmätare RDS-31          2\n\n"
            "Er referens: Sofie Lind, sjukhusfysik\nInköpsorder: 88120457" + SIG_STR.format(n="Per Ahlgren"))
    m = _se("str_p", "Fakturaunderlag kalibrering Isotopkliniken", "Mon, 08 Mar 2027 15:10:00", body)
    on = {"ps": "2027-03-03", "skip": ND}
    return m, expect_requests("plain-text table in the body, one date for the request, reference and PO", PLAIN, [
        request(cust("S-2807"), [line(STR, "SK10", "6", **on), line(STR, "SK20", "2", **on)], [], STR,
                buyer="Sofie Lind, sjukhusfysik", order="88120457")])


@case("c08_sv_str_html_only_meters_and_certificates")
def _c08() -> Any:
    html = ("<html><body><p>Hej!</p><p>Kund: Mätteknik Norrland AB, kundnr S-2808<br>Kalibrerat: 2027-03-08<br>"
            "Ordernr: 4400-1187</p><table border='1'><tr><th>Artikel</th><th>Benämning</th><th>Antal</th>"
            "<th>À-pris</th></tr><tr><td>SK20</td><td>Kalibrering dosratsinstrument</td><td>3</td>"
            "<td>3 200,00</td></tr><tr><td>SK30</td><td>Extra kalibreringsbevis</td><td>2</td><td>250,00</td></tr>"
            "</table><p>Mvh<br>Kalibreringslab<br>Strålskyddsinstitutet</p></body></html>")
    m = _se("str", "Fakturaunderlag order 4400-1187", "Tue, 09 Mar 2027 11:00:00", None, html=html)
    on = {"ps": "2027-03-08"}
    return m, expect_requests("HTML-only mail with a table, prices in Swedish style, customer number", PLAIN, [
        request(cust("S-2808"), [line(STR, "SK20", "3", "3200.00", desc="Kalibrering dosratsinstrument", **on),
                                 line(STR, "SK30", "2", "250.00", desc="Extra kalibreringsbevis", **on)], [], STR,
                order="4400-1187")])


@case("c09_sv_str_reply_chain_new_customer_peppol")
def _c09() -> Any:
    org_new = se_org("559412083")
    body = ("Hej Kundfaktura,\n\nny kund för oss. Fyra persondosimetrar (SK10) kalibrerade 10 mars 2027 enligt "
            "mejlet nedan.\n\nKund: Nukleärmätning Väst AB\nOrg.nr " + org_new + "\nE-faktura: Peppol 0007:"
            + org_new.replace("-", "") + "\nEr referens: Johan Ek" + SIG_STR.format(n="Per Ahlgren")
            + "\n\nFrån: Johan Ek <johan.ek@nuklearmatning.se>\nSkickat: den 1 mars 2027 09:02\nTill: Per Ahlgren"
            "\nÄmne: Kalibrering\n\n> Hej Per, vi skickar fyra EPD-dosimetrar med bud i dag. Faktura gärna som "
            "e-faktura.\n> /Johan\n")
    m = _se("str_p", "SV: Kalibrering", "Thu, 11 Mar 2027 16:20:00", body)
    new = new_cust("Nukleärmätning Väst AB", org_new, "SE")
    del new["email"]
    return m, expect_requests("new customer with a Peppol ID (an e-invoice address): no address asked; 'Fyra'",
                              PLAIN, [
        request(new, [line(STR, "SK10", "4", ps="2027-03-10", skip=ND)], [], STR, buyer="Johan Ek")])


@case("c10_sv_vag_near_twin_name_only")
def _c10() -> Any:
    body = ("Hej!\n\nFakturera Nordväg Transport AB för besiktning av ekipage i Kvissleby den 11 mars, 2 timmar "
            "(VD30). OBS Nordväg utan s, inte Nordvägs i Östersund.\n\nErik Sundin\nVägförvaltningen Mitt\n")
    m = _se("vag_e", "besiktning Kvissleby", "Fri, 12 Mar 2027 12:12:00", body)
    return m, expect_requests("customer by name only; its near twin differs by one letter: resolves to one", PLAIN, [
        request(cust("S-2801"), [line(VAG, "VD30", "2", ps="2027-03-11", skip=ND)], [], VAG)])


@case("c11_sv_hem_total_and_count_give_price")
def _c11() -> Any:
    body = ("Hej,\n\nGreta Holm, " + PNR_GRETA + ", har haft glutenfri specialkost (HM90) i februari: 20 portioner, "
            "totalt 300 kr för tillägget.\n" + SIG_HEM.format(n="Anneli Backman"))
    m = _se("hem_a", "Specialkost Greta Holm", "Fri, 05 Mar 2027 09:30:00", body)
    return m, expect_requests("article without price: a total with a count gives the unit price", PLAIN, [
        request(cust("S-2804"), [line(HEM, "HM90", "20", "15.00", ps=FEB[0], pe=FEB[1], skip=ND)], [], HEM)])


@case("c12_sv_vag_road_damage_approximate")
def _c12() -> Any:
    body = ("Hej,\n\nvi behöver fakturera Nordvägs Transport AB (" + no("S-2802") + ") ersättning för en "
            "vägskada (VD90) – trasigt räcke på E14 vid Ånge efter deras transport 26 februari. Kostnaden blir "
            "runt 8 000 kr, entreprenörens faktura har inte kommit än." + SIG_VAG.format(n="Ulrika Ferm"))
    m = _se("vag", "Vägskada E14 Ånge", "Mon, 15 Mar 2027 10:45:00", body)
    return m, expect_requests("'runt 8 000 kr' on an article without price: unit price asked", ASK, [
        request(cust("S-2802"), [line(VAG, "VD90", "1", None, ps="2027-02-26", skip=ND)],
                ["lines[0].unit_price"], VAG)])


@case("c13_sv_str_count_missing")
def _c13() -> Any:
    body = ("Hej\n\nKalibreringen av Isotopklinikens persondosimetrar (SK10) blev klar 15 mars. Kundnr S-2807. "
            "Antal enligt deras följesedel, den ligger hos Maja som är tillbaka på måndag." + SIG_STR.format(
                n="Per Ahlgren"))
    m = _se("str_p", "Dosimetrar Isotopkliniken", "Tue, 16 Mar 2027 14:00:00", body)
    return m, expect_requests("the count is somewhere else: quantity asked", ASK, [
        request(cust("S-2807"), [line(STR, "SK10", None, ps="2027-03-15", skip=ND)], ["lines[0].quantity"], STR)])


@case("c14_sv_hem_bad_pnr_unknown_person")
def _c14() -> Any:
    wrong = bad_check(pnr("410923", "306"))
    body = ("Hej!\n\nNy brukare: Karin Wallin, pnr " + wrong + ", Ängsvägen 3, 574 81 Tallmo. 10 matlådor (HM10) "
            "i februari.\n" + SIG_HEM.format(n="Anneli Backman"))
    m = _se("hem_a", "Ny brukare matlådor", "Tue, 09 Mar 2027 10:00:00", body)
    return m, expect_requests("personnummer failing its check digit, name not in register: org_no asked", ASK, [
        request(new_cust("Karin Wallin", None, None), [line(HEM, "HM10", "10", ps=FEB[0], pe=FEB[1], skip=ND)],
                ["customer.org_no"], HEM)])


@case("c15_sv_vag_new_customer_email_only")
def _c15() -> Any:
    org_new = se_org("559530716")
    body = ("Hej,\n\ndispens TDS 2027/1240, 1 st enstaka transport (VD10), transportdag 18 mars 2027.\n"
            "Sökande: Tungtransport Jämtland AB, org.nr " + org_new + ". Fakturan kan mejlas till "
            "faktura@tungjamt.se.\n" + SIG_VAG.format(n="Ulrika Ferm"))
    m = _se("vag", "Fakturering TDS 2027/1240", "Wed, 17 Mar 2027 13:30:00", body)
    return m, expect_requests("new customer with valid org number but only an e-mail address: address asked", ASK, [
        request(new_cust("Tungtransport Jämtland AB", org_new, "SE", email="faktura@tungjamt.se"),
                [line(VAG, "VD10", "1", ps="2027-03-18", skip=ND)], ["customer.address"], VAG)])


@case("c16_sv_str_forwarded_payment_advice_with_credit")
def _c16() -> Any:
    o1, o2, o3 = se_ocr("710045120"), se_ocr("710046300"), se_ocr("710046880")
    body = ("Hej, Isotopkliniken skickade sin avisering till oss istället för till er. Vidarebefordrar.\n\n/Per\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Isotopkliniken Syd AB <ap@isotopkliniken.se>\n"
            "Skickat: den 12 mars 2027 08:14\nÄmne: Betalningsspecifikation\n\n"
            "Betalningsspecifikation\nBetalare: Isotopkliniken Syd AB\nBetaldatum: 2027-03-12\n\n"
            f"Faktura     OCR           Belopp\n71004512    {o1}    11 100,00\n71004630    {o2}     6 400,00\n"
            f"71004688    {o3}    -1 850,00  (kreditfaktura)\n\nSumma utbetalt: 15 650,00 SEK\n")
    m = _se("str_p", "VB: Betalningsspecifikation", "Fri, 12 Mar 2027 09:40:00", body)
    return m, expect_advice("a payment advice forwarded by the agency, a credit note deducted", OTHER,
                            {"name": "Isotopkliniken Syd AB", "org_no": None}, "2027-03-12", "15650.00", "SEK",
                            [("71004512", o1, "11100.00"), ("71004630", o2, "6400.00"),
                             ("71004688", o3, "-1850.00")])
