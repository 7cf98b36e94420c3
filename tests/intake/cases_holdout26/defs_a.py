"""Twenty-sixth held-out set (written blind), part A: plain requests from systems and forms that a careful clerk
would invoice as they stand — case-management HTML tables, ERP CSV/XLSX exports (per line and per customer, totals
rows, a period column or a period in the title, quantity and price in one cell), a booking system's PDF and its
label: value notifications, web-form mail, time-reporting summaries and forwarded customer orders."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, pdf, text_att, xlsx

from .kit26 import (
    BYGG,
    HAMN,
    ICT,
    LOMA,
    ND,
    PLAIN,
    SIG_HAMN,
    SIG_TILA,
    TILA,
    case,
    cust,
    fi,
    line,
    request,
    se,
)

NOV = {"ps": "2026-11-01", "pe": "2026-11-30"}


def _open(exp: dict[str, Any], *keys: str) -> dict[str, Any]:
    """Leaves request keys open (not scored) where the contract does not decide, e.g. a diary number."""
    for r in exp["requests"]:
        for k in keys:
            r.pop(k, None)
    return exp


def _castor_html(rows: str, head: str) -> str:
    return ("<html><body style='font-family:Arial'><table width='100%' bgcolor='#003b5c'><tr><td>"
            "<font color='white'><b>Castor</b> ärendehantering – Lövsta kommun</font></td></tr></table>"
            f"{head}<table border='1' cellpadding='4' cellspacing='0'><tr bgcolor='#e8eef3'><th>Avgiftsrad</th>"
            f"<th>Kod</th><th>Antal</th><th>Enhet</th><th>À-pris</th><th>Belopp</th></tr>{rows}</table>"
            "<p style='font-size:9px;color:#777'>Detta meddelande är skickat från Castor och går inte att svara "
            "på. Frågor: bygg@lovsta.se</p></body></html>")


@case("j01_sv_bygg_castor_html_fee_decision")
def _j01() -> Any:
    head = ("<p><b>Avgiftsbeslut – överförs till fakturering</b></p><table cellpadding='2'>"
            "<tr><td>Ärende</td><td>BN 2026-000388</td></tr><tr><td>Fakturamottagare</td><td>Lövsta Bostäder AB"
            "</td></tr><tr><td>Org.nr</td><td>" + cust("L-7001")["org_no"] + "</td></tr><tr><td>Er referens</td>"
            "<td>Mats Ek</td></tr></table><br>")
    rows = ("<tr><td>Bygglov enbostadshus, Kvarnen 3:12</td><td>BL10</td><td>1</td><td>st</td><td>18 400,00</td>"
            "<td>18 400,00</td></tr><tr><td>Kartutdrag</td><td>BL40</td><td>2</td><td>st</td><td>650,00</td>"
            "<td>1 300,00</td></tr><tr><td colspan='5'><b>Summa</b></td><td><b>19 700,00</b></td></tr>")
    m = se("castor", "Castor: Avgiftsbeslut BN 2026-000388", "Tue, 01 Dec 2026 07:02:11", None,
           html=_castor_html(rows, head))
    exp = expect_requests("Case-management HTML mail: metadata table, fee table with a sum row.", PLAIN, [
        request(cust("L-7001"), [line(BYGG, "BL10", "1", "18400.00", desc="Bygglov enbostadshus, Kvarnen 3:12"),
                                 line(BYGG, "BL40", "2", "650.00", desc="Kartutdrag")], [], BYGG, buyer="Mats Ek")])
    return m, _open(exp, "order_reference")


@case("j02_sv_bygg_castor_private_person_12_digit")
def _j02() -> Any:
    pnr12 = cust("L-7005")["org_no"]
    head = ("<p><b>Avgiftsbeslut – överförs till fakturering</b></p><p>Ärende: BN 2026-000401<br>"
            f"Fakturamottagare: Anna Lindqvist, {pnr12}<br>Adress: Bäckvägen 14, 744 32 Lövsta</p>")
    rows = ("<tr><td>Handläggning tillbyggnad</td><td>BL20</td><td>3,5</td><td>tim</td><td>1 180,00</td>"
            "<td>4 130,00</td></tr><tr><td>Kartutdrag</td><td>BL40</td><td>1</td><td>st</td><td>650,00</td>"
            "<td>650,00</td></tr><tr><td colspan='5'>Summa</td><td>4 780,00</td></tr>")
    text = (f"Avgiftsbeslut – överförs till fakturering\nÄrende: BN 2026-000401\nFakturamottagare: Anna Lindqvist, "
            f"{pnr12}\n\nHandläggning tillbyggnad  BL20  3,5 tim  1 180,00  4 130,00\n"
            "Kartutdrag  BL40  1 st  650,00  650,00\nSumma 4 780,00\n")
    m = se("castor", "Castor: Avgiftsbeslut BN 2026-000401", "Tue, 01 Dec 2026 07:02:48", text,
           html=_castor_html(rows, head))
    exp = expect_requests("A private person by a 12-digit personnummer in a text+HTML system mail.", PLAIN, [
        request(cust("L-7005"), [line(BYGG, "BL20", "3.5", "1180.00", desc="Handläggning tillbyggnad"),
                                 line(BYGG, "BL40", "1", "650.00", desc="Kartutdrag")], [], BYGG)])
    return m, _open(exp, "order_reference")


@case("j03_sv_hamn_erp_csv_per_line_month_column")
def _j03() -> Any:
    csv = ("Kundnr;Kundnamn;Artikel;Benämning;Antal;Enhet;À-pris;Belopp;Period\n"
           "L-7002;Västerviks Rederi AB;HA10;Kajplats M/S Skärvik;4;dygn;2 900,00;11 600,00;2026-11\n"
           "L-7007;Hanse Logistik GmbH;HA20;Förtöjning M/V Elbe Trader;2;st;1 450,00;2 900,00;2026-11\n"
           "L-7002;Västerviks Rederi AB;HA20;Förtöjning M/S Skärvik;2;st;1 450,00;2 900,00;2026-11\n"
           ";;;;;;Summa;17 400,00;\n")
    m = se("hamn", "Fakturaunderlag hamnavgifter november", "Tue, 01 Dec 2026 10:15:00",
           "Hej,\n\nbifogar export ur affärssystemet med hamnavgifter för november. Fakturera enligt underlaget."
           + SIG_HAMN, attachments=[text_att("FU_hamn_202611.csv", csv, "windows-1252")])
    return m, expect_requests("ERP CSV (Windows-1252) per line, rows of one customer not adjacent, a foreign "
                              "customer by customer number, a month column, a sum row.", PLAIN, [
        request(cust("L-7002"), [line(HAMN, "HA10", "4", "2900.00", desc="Kajplats M/S Skärvik", **NOV),
                                 line(HAMN, "HA20", "2", "1450.00", desc="Förtöjning M/S Skärvik", **NOV)], [], HAMN),
        request(cust("L-7007"), [line(HAMN, "HA20", "2", "1450.00", desc="Förtöjning M/V Elbe Trader", **NOV)], [],
                HAMN)])


@case("j04_sv_hamn_xlsx_storage_period_in_title")
def _j04() -> Any:
    rows: list[Any] = [["Lagerhyra period 2026-11-01 – 2026-11-30"], [],
                       ["Kund", "Org.nr", "Art.nr", "Benämning", "Yta m²", "Pris/m²", "Belopp"],
                       ["Bygg & Mark i Lövsta AB", cust("L-7006")["org_no"], "HA30", "Lagerhyra Magasin 2", 120, 85,
                        10200],
                       ["Västerviks Rederi AB", cust("L-7002")["org_no"], "HA30", "Lagerhyra Kylhall B", 60, 85, 5100],
                       ["Totalt", None, None, None, 180, None, 15300]]
    m = se("erp", "Export: Lagerhyra 2026-11", "Tue, 01 Dec 2026 06:00:04",
           "Rapporten Lagerhyra (FU-LAG-01) har körts av ekonomi@vastervikenshamn.se.\nUnderlaget skickas till "
           "servicecentret för fakturering.\n\nAgresso Business World – automatiskt meddelande\n",
           attachments=[xlsx("Lagerhyra_202611.xlsx", [("Lagerhyra", rows, ["A1:G1"])])])
    return m, expect_requests("ERP XLSX per customer with the period only in the title row and a total row.", PLAIN, [
        request(cust("L-7006"), [line(HAMN, "HA30", "120", "85", desc="Lagerhyra Magasin 2", **NOV)], [], HAMN),
        request(cust("L-7002"), [line(HAMN, "HA30", "60", "85", desc="Lagerhyra Kylhall B", **NOV)], [], HAMN)])


@case("j05_sv_hamn_xlsx_quantity_and_price_in_one_cell")
def _j05() -> Any:
    rows: list[Any] = [["Kund", "Kundnr", "Tjänst", "Art", "Antal x pris", "Enhet", "Från", "Till"],
                       ["Västerviks Rederi AB", "L-7002", "Kajplats M/S Skärvik", "HA10", "3 x 2 900,00", "dygn",
                        "2026-11-12", "2026-11-14"],
                       ["Västerviks Rederi AB", "L-7002", "Förtöjning M/S Skärvik", "HA20", "1 x 1 450,00", "st",
                        "2026-11-12", "2026-11-12"]]
    m = se("hamn", "Underlag anlöp Skärvik 12–14/11", "Wed, 02 Dec 2026 13:40:00",
           "Hej!\n\nFakturera Västerviks Rederi för anlöpet enligt bifogad fil.\n" + SIG_HAMN,
           attachments=[xlsx("anlop_skarvik.xlsx", [("Blad1", rows, [])])])
    return m, expect_requests("XLSX with quantity and price in one cell ('3 x 2 900,00'), units and dates in "
                              "their own columns.", PLAIN, [
        request(cust("L-7002"), [line(HAMN, "HA10", "3", "2900.00", desc="Kajplats M/S Skärvik", ps="2026-11-12",
                                      pe="2026-11-14"),
                                 line(HAMN, "HA20", "1", "1450.00", desc="Förtöjning M/S Skärvik",
                                      ps="2026-11-12")], [], HAMN)])


@case("j06_fi_tila_booking_pdf_forwarded")
def _j06() -> Any:
    doc = ("<h1>Varausvahvistus V-2026-1187</h1><p>Harjulan kaupunki – kulttuuripalvelut / Varaamo</p>"
           f"<p>Varaaja: Harjulan Kuoro ry<br>Y-tunnus: {cust('L-8001')['org_no']}<br>Yhteyshenkilö: Sari Lahti, "
           "040 555 1290</p><table><thead><tr><th>Tila / palvelu</th><th>Tuote</th><th>Päivä</th><th>Klo</th>"
           "<th>Tunnit</th><th>Hinta €/h</th><th>Yhteensä €</th></tr></thead><tbody>"
           "<tr><td>Konserttisali</td><td>TV10</td><td>21.11.2026</td><td>14.00–18.00</td><td class='num'>4</td>"
           "<td class='num'>120,00</td><td class='num'>480,00</td></tr><tr><td>Tekninen tuki (äänentoisto)</td>"
           "<td>TV30</td><td>21.11.2026</td><td>14.00–18.00</td><td class='num'>4</td><td class='num'>55,00</td>"
           "<td class='num'>220,00</td></tr><tr><td colspan='6'>Yhteensä (alv 0 %)</td><td class='num'>700,00</td>"
           "</tr></tbody></table><p>Peruutusehdot: maksuton peruutus 14 vrk ennen tilaisuutta.</p>")
    m = fi("tila", "VS: Varausvahvistus V-2026-1187", "Tue, 01 Dec 2026 11:20:00",
           "Hei,\n\nliitteenä kuoron joulukonsertin varausvahvistus. Laskuttakaa vahvistuksen mukaisesti, kiitos!\n"
           + SIG_TILA, attachments=[pdf("Varausvahvistus_V-2026-1187.pdf", doc)])
    exp = expect_requests("A booking system's PDF confirmation forwarded; hours and prices per line, one date.",
                          PLAIN, [request(cust("L-8001"), [
                              line(TILA, "TV10", "4", "120.00", ps="2026-11-21", skip=ND),
                              line(TILA, "TV30", "4", "55.00", ps="2026-11-21", skip=ND)], [], TILA)])
    return m, _open(exp, "order_reference", "buyer_reference")


@case("j07_fi_tila_varaamo_notification_label_value")
def _j07() -> Any:
    body = ("Varaus on vahvistettu ja siirretty laskutukseen.\n\nVarausnumero: V-2026-1203\n"
            "Varaaja: Kiinteistö Oy Harjunrinne\nY-tunnus: " + cust("L-8003")["org_no"] + "\n"
            "Laskutusosoite: Rinnetie 9, 15140 Harjula\nViitteenne: Hallituksen kokous\nTila: Kokoushuone Aalto\n"
            "Tuotekoodi: TV20\nPäivämäärä: 24.11.2026\nAika: 17.00–20.00\nKesto (h): 3\nHinta: 25,00 €/h\n"
            "Lisätiedot: \nLaskutetaan: Kyllä\n\n--\nVaraamo | Harjulan kaupunki\nTähän viestiin ei voi vastata.\n")
    m = fi("varaamo", "Varaus V-2026-1203 vahvistettu – laskutukseen", "Wed, 02 Dec 2026 08:00:12", body)
    exp = expect_requests("Booking system label: value mail with an empty field; duration given in hours.", PLAIN, [
        request(cust("L-8003"), [line(TILA, "TV20", "3", "25.00", ps="2026-11-24", skip=ND)], [], TILA,
                buyer="Hallituksen kokous")])
    return m, _open(exp, "order_reference")


@case("j08_fi_loma_webform_excavation_permit")
def _j08() -> Any:
    body = ("Uusi lomakevastaus: Kaivuulupa – laskutustiedot\nLähetetty: 02.12.2026 09:14\n"
            "Käsittelijä: Jari Heikkinen\n\nHakijan nimi: Rakennus Kivijärvi Oy\nY-tunnus: "
            + cust("L-8002")["org_no"] + "\nLaskutusosoite: Sorakuja 4, 35600 Rautajärvi\nVerkkolaskuosoite: \n"
            "Viitteenne: Työmaa 114 / T. Kivijärvi\nTilausnumero: \nTuote: TK10 Kaivuulupa\nMäärä: 1\n"
            "Yksikkö: kpl\nKaivupaikka: Kirkkotie 18\nLisätiedot: \nHyväksytty laskutettavaksi: Kyllä\n\n"
            "-- \nRautajärven kunnan sähköinen asiointi\n")
    m = fi("lomake", "Lomakevastaus: Kaivuulupa – laskutustiedot", "Wed, 02 Dec 2026 09:14:30", body)
    return m, expect_requests("Web-form notification, label: value lines, empty fields left empty.", PLAIN, [
        request(cust("L-8002"), [line(LOMA, "TK10", "1")], [], LOMA, buyer="Työmaa 114 / T. Kivijärvi")])


@case("j09_fi_loma_webform_street_area_rent")
def _j09() -> Any:
    body = ("Uusi lomakevastaus: Katualueen vuokraus\n\nHakija: Saimaan Vesi Oy\nY-tunnus: "
            + cust("L-8008")["org_no"] + "\nYhteyshenkilö: Kalle Pitkänen\nTuote: TK20\n"
            "Vuokrattava alue: Asemakatu 3 edusta (työmaa-aita)\nPinta-ala (m²): 40\n"
            "Vuokra-aika: 1.11.2026–30.11.2026\nHinta: taksan mukaan\nLiitteet: (ei liitteitä)\n\n"
            "Lomake on käsitelty ja hyväksytty laskutettavaksi. / J. Heikkinen\n")
    m = fi("lomake", "Lomakevastaus: Katualueen vuokraus", "Thu, 03 Dec 2026 12:01:00", body)
    return m, expect_requests("Web form: square metres as the quantity, a rental period, the register price.",
                              PLAIN, [request(cust("L-8008"), [line(LOMA, "TK20", "40", skip=ND, **NOV)], [], LOMA)])


@case("j10_fi_ict_time_report_summary_text")
def _j10() -> Any:
    body = ("Tuntikirjaus – laskutettavat tunnit\nJakso: 1.11.2026–30.11.2026\n"
            "Asiakas: Etelä-Saimaan hyvinvointialue (" + cust("L-8004")["org_no"] + ")\n"
            "Projekti: Potilastietojärjestelmän integraatio\nTilausnumero: ESHVA-PO-2026-0457\n\n"
            "Tuote   Kuvaus                         Tunnit    á-hinta\n"
            "IC10    Integraatiosuunnittelu          12,5      96,00\n"
            "IC20    Käyttäjätuki                     6,0      68,00\n"
            "---------------------------------------------------------\n"
            "Yhteensä                                18,5\n\n"
            "Hyväksyjä: Petri Ahonen 01.12.2026\nLähetetty automaattisesti Tuntikirjaus-järjestelmästä.\n")
    # A system's Auto-Submitted: auto-generated is no auto-reply: the content decides, and this one asks to invoice.
    m = fi("tunti", "Laskutettavat tunnit 11/2026 – Etelä-Saimaan hyvinvointialue", "Tue, 01 Dec 2026 16:30:00",
           body, headers={"Auto-Submitted": "auto-generated"})
    return m, expect_requests("Time-reporting summary as a plain-text table (Auto-Submitted: "
                              "auto-generated), a period and an order number.", PLAIN, [request(cust("L-8004"), [
                                  line(ICT, "IC10", "12.5", "96.00", desc="Integraatiosuunnittelu", **NOV),
                                  line(ICT, "IC20", "6", "68.00", desc="Käyttäjätuki", **NOV)], [], ICT,
                                  order="ESHVA-PO-2026-0457")])
