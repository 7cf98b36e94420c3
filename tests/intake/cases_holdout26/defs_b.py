"""Twenty-sixth held-out set (written blind), part B: more plain requests — a time report as CSV, an HTML licence
report, ERP exports with Swedish column names (Finland-Swedish), forwarded customer orders in English (inline and
as a PDF purchase order), a lab booking system's HTML table, a forwarded order from an association, a case
system's plain-text fee decision, a web form for a private person and a booking system's monthly XLSX report."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, pdf, text_att, xlsx

from .kit26 import (
    BILD,
    BYGG,
    HAMN,
    ICT,
    LOMA,
    ND,
    PLAIN,
    SIG_BILD,
    SIG_HAMN,
    SIG_ICT,
    SIG_TEST,
    SIG_TILA,
    TEST,
    TILA,
    case,
    cust,
    fi,
    line,
    request,
    se,
)

NOV = {"ps": "2026-11-01", "pe": "2026-11-30"}
DEC = {"ps": "2026-12-01", "pe": "2026-12-31"}
NOPERIOD = ("description", "period_start", "period_end")


@case("j11_fi_ict_time_report_csv_two_customers")
def _j11() -> Any:
    csv = ("Asiakas;Y-tunnus;Tuote;Kuvaus;Tunnit;Jakso\n"
           f"Saimaan Vesi Oy;{cust('L-8008')['org_no']};IC10;Mittaridatan raportointi;7,5;11/2026\n"
           f"Polar Composites Oy;{cust('L-8009')['org_no']};IC20;Tukipyynnöt;3,0;11/2026\n"
           f"Saimaan Vesi Oy;{cust('L-8008')['org_no']};IC20;Käyttäjätuki;2,5;11/2026\n"
           "Yhteensä;;;;13,0;\n")
    m = fi("ict", "Tuntiraportti 11/2026 laskutukseen", "Tue, 01 Dec 2026 15:05:00",
           "Hei,\n\nliitteenä marraskuun tuntiraportti Tuntikirjauksesta, laskutetaan hinnaston mukaan.\n" + SIG_ICT,
           attachments=[text_att("tuntiraportti_2026-11.csv", csv)])
    return m, expect_requests("Time report CSV, rows for one customer apart, month as '11/2026', a total row.",
                              PLAIN, [
        request(cust("L-8008"), [line(ICT, "IC10", "7.5", desc="Mittaridatan raportointi", **NOV),
                                 line(ICT, "IC20", "2.5", desc="Käyttäjätuki", **NOV)], [], ICT),
        request(cust("L-8009"), [line(ICT, "IC20", "3", desc="Tukipyynnöt", **NOV)], [], ICT)])


@case("j12_fi_ict_licence_report_html")
def _j12() -> Any:
    html = ("<html><body><p>Hei,</p><p>alla joulukuun lisenssiraportti laskutettavaksi.</p>"
            "<table border='1' cellspacing='0' cellpadding='3'><tr><th>Asiakas</th><th>Tuote</th><th>Lisenssi</th>"
            "<th>Määrä (kpl)</th><th>€/kpl/kk</th><th>Kausi</th></tr><tr><td>Saimaan Vesi Oy</td><td>IC30</td>"
            "<td>Toimisto-ohjelmisto E3</td><td>25</td><td>14,50</td><td>joulukuu 2026</td></tr>"
            "<tr><td colspan='3'>Yhteensä</td><td>25</td><td></td><td>362,50 €</td></tr></table>"
            "<p>Viitteenne: Kari Niemi</p><p>Terveisin,<br>Petri Ahonen<br>Saimaan ICT-kuntayhtymä</p>"
            "</body></html>")
    m = fi("ict", "Lisenssiraportti 12/2026", "Thu, 03 Dec 2026 09:45:00", None, html=html)
    return m, expect_requests("HTML-only licence report, month in Finnish words, buyer reference below.", PLAIN, [
        request(cust("L-8008"), [line(ICT, "IC30", "25", "14.50", desc="Toimisto-ohjelmisto E3", **DEC)], [], ICT,
                buyer="Kari Niemi")])


@case("j13_fisv_bild_erp_xlsx_period_in_title")
def _j13() -> Any:
    rows: list[Any] = [["Faktureringsunderlag 11/2026 – Bildningsavdelningen"],
                       ["Kundnr", "Kund", "Artikel", "Benämning", "Antal", "Enhet", "A-pris", "Summa"],
                       ["L-8006", "Korsnäsvik Idrottsförening rf", "BI10", "Lunch, träningsläger", 120, "portion",
                        5.2, 624],
                       ["L-8007", "Österbottens Fisk Ab", "BI40", "Lokalhyra gymnastiksal", 3, "h", 32, 96],
                       ["", "Totalt", "", "", None, "", None, 720]]
    m = fi("eko", "Faktureringsunderlag 11/2026 (Bildning)", "Tue, 01 Dec 2026 07:30:00",
           "Faktureringsunderlaget har exporterats av Jonas Sjöberg och överförs till servicecentret för "
           "fakturering.\n\nEkonomisystemet / Korsnäsvik kommun\n",
           attachments=[xlsx("FU_bildning_2026-11.xlsx", [("Underlag", rows, ["A1:H1"])])])
    return m, expect_requests("ERP XLSX export with Swedish column names, customer numbers, the month only in "
                              "the title, a total row.", PLAIN, [
        request(cust("L-8006"), [line(BILD, "BI10", "120", "5.20", desc="Lunch, träningsläger", **NOV)], [], BILD),
        request(cust("L-8007"), [line(BILD, "BI40", "3", "32.00", desc="Lokalhyra gymnastiksal", **NOV)], [], BILD)])


@case("j14_fisv_bild_prose_pupil_places")
def _j14() -> Any:
    body = ("Hej!\n\nVi ber er fakturera Sundby kommun för elevplatser: två elever från Sundby går i vår "
            "högstadieskola. Artikel BI20, december 2026, alltså 2 st à 1 150,00 €.\n"
            "Er referens: Anders Holm\n" + SIG_BILD)
    m = fi("bild", "Elevplatser Sundby dec", "Wed, 02 Dec 2026 14:12:00", body)
    return m, expect_requests("Finland-Swedish prose; a public body by name, a month, '2 st à'.", PLAIN, [
        request(cust("L-8011"), [line(BILD, "BI20", "2", "1150.00", skip=ND, **DEC)], [], BILD,
                buyer="Anders Holm")])


@case("j15_en_test_forwarded_purchase_order_inline")
def _j15() -> Any:
    body = ("Hi,\n\nplease invoice the order below. The tests were completed on 27 November.\n" + SIG_TEST
            + "\n---------- Forwarded message ---------\nFrom: Jaana Virta <jaana.virta@polarcomposites.fi>\n"
            "Date: Tue, 10 Nov 2026 at 13:02\nSubject: Purchase order PC-PO-55821\nTo: orders@nmtc.fi\n\n"
            "PURCHASE ORDER PC-PO-55821\nSupplier: Nordic Materials Testing Centre\n\n"
            "Item                          | Code | Qty | Unit price EUR\n"
            "Tensile test, CFRP coupons    | MT10 | 12  | 85.00\n"
            "Test report                   | MT30 | 1   | 150.00\n\n"
            "Buyer's reference: Jaana Virta\nInvoice address: Polar Composites Oy, Kuitukatu 8, 90630 Oulu\n"
            "Business ID " + cust("L-8009")["org_no"] + "\nE-invoices preferred.\n")
    m = fi("test", "Fwd: Purchase order PC-PO-55821", "Wed, 02 Dec 2026 10:30:00", body)
    return m, expect_requests("A customer's purchase order forwarded inline; one service date for the whole "
                              "request; the PO number is the order reference.", PLAIN, [
        request(cust("L-8009"), [line(TEST, "MT10", "12", "85.00", desc="Tensile test, CFRP coupons",
                                      ps="2026-11-27"),
                                 line(TEST, "MT30", "1", "150.00", desc="Test report", ps="2026-11-27")], [], TEST,
                buyer="Jaana Virta", order="PC-PO-55821")])


@case("j16_en_test_purchase_order_pdf_agreed_price")
def _j16() -> Any:
    doc = ("<h1>Arctic Alloys AB – Purchase Order 4500123987</h1><p>Org.nr " + cust("L-8010")["org_no"]
           + " · Smältverksv. 2, 971 34 Luleå, Sweden</p><p>Supplier: Nordic Materials Testing Centre, Espoo</p>"
           "<table><thead><tr><th>Pos</th><th>Material</th><th>Description</th><th>Qty</th><th>Unit</th>"
           "<th>Price EUR</th><th>Net EUR</th></tr></thead><tbody><tr><td>10</td><td>MT20</td>"
           "<td>Chemical analysis, steel grade S355</td><td class='num'>3</td><td>pcs</td>"
           "<td class='num'>220.00</td><td class='num'>660.00</td></tr></tbody></table>"
           "<p>Price as agreed in frame agreement FA-2025-12. Our reference: Lars Öberg.</p>")
    m = fi("test", "Invoice PO 4500123987 (Arctic Alloys)", "Thu, 03 Dec 2026 08:10:00",
           "Hello,\n\nthe analyses in the attached PO were done on 2–3 December 2026. Please invoice as per the PO "
           "(agreed price).\n" + SIG_TEST, attachments=[pdf("PO_4500123987.pdf", doc)])
    return m, expect_requests("A customer's PDF purchase order; the agreed price differs from the register's and "
                              "is taken as written; a Swedish customer of a Finnish agency.", PLAIN, [
        request(cust("L-8010"), [line(TEST, "MT20", "3", "220.00", desc="Chemical analysis, steel grade S355",
                                      ps="2026-12-02", pe="2026-12-03")], [], TEST, buyer="Lars Öberg",
                order="4500123987")])


@case("j17_en_test_lab_booking_html_foreign_customer")
def _j17() -> Any:
    html = ("<html><body><h3>LabBook – booking completed, ready for invoicing</h3><table border='1' "
            "cellpadding='3'><tr><td>Booking</td><td>LB-88213</td></tr><tr><td>Customer no.</td><td>L-7007</td>"
            "</tr><tr><td>Customer</td><td>Hanse Logistik GmbH</td></tr><tr><td>VAT ID</td><td>DE 812 345 632</td>"
            "</tr><tr><td>Test date</td><td>30.11.2026</td></tr></table><br><table border='1' cellpadding='3'>"
            "<tr><th>Code</th><th>Service</th><th>Qty</th><th>Unit</th><th>Unit price</th></tr>"
            "<tr><td>MT10</td><td>Tensile test, lashing chain links</td><td>6</td><td>specimen</td><td>85,00</td>"
            "</tr><tr><td>MT30</td><td>Test report (EN)</td><td>1</td><td>pcs</td><td>150,00</td></tr></table>"
            "<p><i>This is an automatic message from LabBook. Sent on behalf of orders@nmtc.fi.</i></p>"
            "</body></html>")
    m = fi("test", "LabBook: LB-88213 completed – invoice", "Tue, 01 Dec 2026 17:20:00", None, html=html)
    return m, expect_requests("Lab booking system's HTML tables; a German customer by customer number and VAT ID.",
                              PLAIN, [request(cust("L-7007"), [
                                  line(TEST, "MT10", "6", "85.00", desc="Tensile test, lashing chain links",
                                       ps="2026-11-30"),
                                  line(TEST, "MT30", "1", "150.00", desc="Test report (EN)", ps="2026-11-30")], [],
                                  TEST)])


@case("j18_sv_hamn_forwarded_order_from_association")
def _j18() -> Any:
    body = ("Hej,\n\nfakturera föreningen enligt beställningen nedan, förtöjningarna är gjorda.\n" + SIG_HAMN
            + "\n-----Ursprungligt meddelande-----\nFrån: Bo Karlsson <kassor@skargardsfiske.se>\n"
            "Skickat: den 20 november 2026 08:12\nTill: Ekonomi Västervikens Hamn\nÄmne: Beställning förtöjning\n\n"
            "Hej!\nVi beställer förtöjning vid fiskekajen vid fyra tillfällen under vecka 47, art HA20 enligt er "
            "prislista.\nVår referens: Bo Karlsson\n\nSkärgårdens Fiskeförening\norg.nr "
            + cust("L-7003")["org_no"] + "\n")
    m = se("hamn", "VB: Beställning förtöjning", "Thu, 03 Dec 2026 11:02:00", body)
    return m, expect_requests("A customer's order forwarded inline; 'fyra' as the quantity; a week number is "
                              "left open as a period.", PLAIN, [
        request(cust("L-7003"), [line(HAMN, "HA20", "4", skip=NOPERIOD)], [], HAMN, buyer="Bo Karlsson")])


@case("j19_sv_bygg_castor_plain_text_fee_decision")
def _j19() -> Any:
    body = ("Avgiftsbeslut – överförs till fakturering\n\nÄrende: BN 2026-000412\n"
            "Ärendemening: Strandskyddsdispens, brygga Lövsta 4:7\nFakturamottagare: Bygg & Mark i Lövsta AB\n"
            "Organisationsnummer: " + cust("L-7006")["org_no"] + "\nFakturaadress: Verkstadsv. 7, 744 35 Lövsta\n"
            "Er referens: Johan Berg\nAvgiftsrad: BL20 Handläggning\nAntal: 2 tim\nÀ-pris: 1 180,00 kr\n"
            "Beslutsdatum: 2026-11-27\nHandläggare: Karin Wall\n\n"
            "Detta meddelande är skickat från Castor och går inte att svara på.\n")
    m = se("castor", "Castor: Avgiftsbeslut BN 2026-000412", "Wed, 02 Dec 2026 07:01:55", body)
    exp = expect_requests("Case system's plain-text label: value mail; the decision date is left open as a "
                          "period, the diary number as an order reference.", PLAIN, [
        request(cust("L-7006"), [line(BYGG, "BL20", "2", "1180.00", skip=NOPERIOD)], [], BYGG, buyer="Johan Berg")])
    exp["requests"][0].pop("order_reference")
    return m, exp


@case("j20_fi_loma_webform_private_person_hetu")
def _j20() -> Any:
    body = ("Uusi lomakevastaus: Lisätyhjennyksen tilaus\n\nTilaajan nimi: Liisa Mäkelä\n"
            "Henkilötunnus: " + cust("L-8005")["org_no"] + "\nOsoite: Koivukuja 2, 35600 Rautajärvi\n"
            "Sähköposti: liisa.makela@posti.fi\nPuhelin: 050 377 1842\nTuote: TK30 Jäteastian lisätyhjennys\n"
            "Tyhjennyskertoja: 2\nTyhjennyspäivä: 26.11.2026\nLisätiedot: Astia portin vieressä\n\n"
            "Tilaus on toteutettu, laskutetaan taksan mukaan. / JH\n")
    m = fi("lomake", "Lomakevastaus: Lisätyhjennyksen tilaus", "Thu, 03 Dec 2026 10:20:00", body)
    return m, expect_requests("Web form for a private person identified by henkilötunnus; register price.",
                              PLAIN, [request(cust("L-8005"), [
                                  line(LOMA, "TK30", "2", desc="Jäteastian lisätyhjennys", ps="2026-11-26")], [],
                                  LOMA)])


@case("j21_fi_tila_booking_report_xlsx")
def _j21() -> Any:
    rows: list[Any] = [["Varausraportti marraskuu 2026 – laskutettavat"],
                       ["Varaaja", "Y-tunnus", "Tuote", "Tila", "Päivä", "Tunnit", "€/h", "Yhteensä"],
                       ["Harjulan Kuoro ry", cust("L-8001")["org_no"], "TV20", "Kokoushuone Aalto", "3.11.2026", 2,
                        25, 50],
                       ["Etelä-Saimaan hyvinvointialue", cust("L-8004")["org_no"], "TV10", "Konserttisali",
                        "12.11.2026", 3, 120, 360],
                       ["Harjulan Kuoro ry", cust("L-8001")["org_no"], "TV20", "Kokoushuone Aalto", "17.11.2026", 2,
                        25, 50],
                       ["Yhteensä", None, None, None, None, 7, None, 460]]
    m = fi("tila", "Marraskuun varausraportti", "Tue, 01 Dec 2026 13:00:00",
           "Hei,\n\nliitteenä Varaamon raportti marraskuun laskutettavista varauksista.\n" + SIG_TILA,
           attachments=[xlsx("varausraportti_2026-11.xlsx", [("Raportti", rows, ["A1:H1"])])])
    return m, expect_requests("Booking report XLSX, one row per booking with its own date (the title's month "
                              "is overridden by each row's date), grouped by customer.", PLAIN, [
        request(cust("L-8001"), [line(TILA, "TV20", "2", "25", ps="2026-11-03", skip=ND),
                                 line(TILA, "TV20", "2", "25", ps="2026-11-17", skip=ND)], [], TILA),
        request(cust("L-8004"), [line(TILA, "TV10", "3", "120", ps="2026-11-12", skip=ND)], [], TILA)])


@case("j22_fisv_bild_csv_bom_transport_and_meals")
def _j22() -> Any:
    csv = ("Kundnummer;Namn;Artikelnr;Benämning;Antal;Enhet;Pris;Period\n"
           "L-8011;Sundby kommun;BI30;Skolskjuts elever från Sundby;84;resa;4,80;2026-11-01 - 2026-11-30\n"
           "L-8011;Sundby kommun;BI10;Skolmåltider elever från Sundby;168;portion;5,20;2026-11-01 - 2026-11-30\n")
    m = fi("bild", "Skolskjuts och måltider Sundby nov", "Wed, 02 Dec 2026 15:40:00",
           "Hej,\n\nhär kommer underlaget för Sundby kommuns elever i november, exporterat ur ekonomisystemet. "
           "Fakturera enligt filen, tack.\n" + SIG_BILD,
           attachments=[text_att("sundby_nov.csv", csv, bom=True)])
    return m, expect_requests("CSV (UTF-8 with BOM) with Swedish column names and a period column.", PLAIN, [
        request(cust("L-8011"), [line(BILD, "BI30", "84", "4.80", desc="Skolskjuts elever från Sundby", **NOV),
                                 line(BILD, "BI10", "168", "5.20", desc="Skolmåltider elever från Sundby", **NOV)],
                [], BILD)])
