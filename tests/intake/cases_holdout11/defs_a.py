"""Eleventh held-out set (written blind), part A: invoicing requests whose data is in attachments or made by
systems — semicolon CSV with decimal commas (Swedish and Finnish headers), CSV with quoted line breaks and a report
preamble, XLSX with a sheet per customer, a summary sheet plus detail sheets, headers below the first row, Excel
serial dates, numbers stored as text, a price-list sheet; PDF forms and tables drawn by reportlab; HTML mail from
case-management systems; a request beside a price list; a file named as one thing holding another; and edges: a
formula without a cached value, a CSV of headers only, a total row that disagrees with its lines, an empty cell,
new customers with and without an address."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import expect_requests, mail, new_cust, text_att
from tests.intake.cases_holdout2.kit import CENTRE_FI, GEO_DIARIET, JUHA, KIRSI, MARIA, OLLE, SANNA, SARAH, YTL_LASKUTUS

from .kit11 import (
    GS,
    ND,
    NOP,
    YF,
    Serial,
    Text,
    case,
    cust,
    line,
    pdf_form,
    pdf_table,
    request,
    xlsx_sheets,
)

TAB, ASK, IDS, SEV = "3-tables", "11-must-ask", "9-identities", "4-several"


@case("b01_sv_csv_semicolon_decimal_comma_swedish_header")
def _b01():
    csv = ("Kund;Artikel;Antal;À-pris;Datum\r\n"
           "Vretstorp Entreprenad AB;2010;7,5;1 250,00;2026-11-03\r\n"
           "Vretstorp Entreprenad AB;1020;3;;2026-11-04\r\n")
    m = mail(OLLE, "Underlag Vretstorp", "Thu, 05 Nov 2026 09:10:00 +0100", "Hej,\nunderlag i bifogad fil.\n/Olle\n",
             attachments=[text_att("vretstorp_nov.csv", csv, encoding="cp1252")])
    return m, expect_requests("Semicolon CSV, decimal comma, Swedish header; an empty price cell takes the "
                              "register's price.", TAB,
                              [request(cust("K-4003"), [line(GS, "2010", "7.5", "1250", ps="2026-11-03", skip=ND),
                                                        line(GS, "1020", "3", ps="2026-11-04", skip=ND)], [], GS)])


@case("b02_fi_csv_semicolon_finnish_header_ytunnus_column")
def _b02():
    csv = ("Asiakas;Y-tunnus;Tuote;Määrä;Yksikköhinta;Päivämäärä\n"
           "Kuopion Vesi Oy;2405518-8;AT10;3,5;135,00;05.11.2026\n"
           "Kuopion Vesi Oy;2405518-8;LA100;12;;06.11.2026\n")
    m = mail(KIRSI, "Kuopion Vesi marraskuu", "Mon, 09 Nov 2026 09:00:00 +0200", "Hei,\naineisto liitteenä.\nKirsi\n",
             to=CENTRE_FI, attachments=[text_att("kuopion_vesi.csv", csv)])
    return m, expect_requests("Finnish-headed semicolon CSV with a Y-tunnus column and decimal commas.", TAB,
                              [request(cust("K-5001"), [line(YF, "AT10", "3.5", "135", ps="2026-11-05", skip=ND),
                                                        line(YF, "LA100", "12", ps="2026-11-06", skip=ND)], [], YF)])


@case("b03_sv_csv_quoted_fields_with_line_breaks")
def _b03():
    csv = ('"Kund";"Artikel";"Beskrivning";"Antal";"Datum"\r\n'
           '"Region Vindelälven";"2010";"Utredning\r\nsträckan Ån–Bron";"4";"2026-11-10"\r\n'
           '"Region Vindelälven";"3020";"Rapport, tryckt\r\n(till länsstyrelsen)";"2";"2026-11-12"\r\n')
    m = mail(MARIA, "Vindelälven underlag", "Fri, 13 Nov 2026 10:00:00 +0100",
             "Hej,\n\nexport från tidredovisningen bifogas. Er referens: Lena Öhman.\n\n/Maria\n",
             attachments=[text_att("export_vindelalven.csv", csv)])
    return m, expect_requests("A CSV export whose quoted description fields contain line breaks: each record is "
                              "one line, not two.", TAB,
                              [request(cust("K-4013"), [line(GS, "2010", "4", ps="2026-11-10", skip=ND),
                                                        line(GS, "3020", "2", ps="2026-11-12", skip=ND)], [], GS,
                                       buyer="Lena Öhman")])


@case("b04_fi_xlsx_sheet_per_customer_header_row3_serial_dates")
def _b04():
    att = xlsx_sheets("marraskuu_asiakkaittain.xlsx", [
        ("Pirkanmaa", [["Asiakas:", "Pirkanmaan Maanrakennus Oy"], [],
                       ["Tuote", "Määrä", "Päivämäärä"],
                       ["LA200", 5, Serial(2026, 11, 9, "d.m.yyyy")], ["AT10", 2, Serial(2026, 11, 9, "d.m.yyyy")]]),
        ("Lappi", [["Asiakas:", "Lapin Luontomatkailu Oy"], [],
                   ["Tuote", "Määrä", "Päivämäärä"], ["AT20", 2, Serial(2026, 11, 10, "d.m.yyyy")]]),
    ])
    m = mail(JUHA, "Marraskuu, kaksi asiakasta", "Wed, 11 Nov 2026 09:00:00 +0200",
             "Hei,\nliitteessä välilehti per asiakas.\nJuha\n", to=CENTRE_FI, attachments=[att])
    return m, expect_requests("One sheet per customer, the customer in a cell above the header on row 3, dates as "
                              "Excel serial numbers.", SEV,
                              [request(cust("K-5003"), [line(YF, "LA200", "5", ps="2026-11-09", skip=ND),
                                                        line(YF, "AT10", "2", ps="2026-11-09", skip=ND)], [], YF),
                               request(cust("K-5009"), [line(YF, "AT20", "2", ps="2026-11-10", skip=ND)], [], YF)])


@case("b05_sv_xlsx_summary_sheet_plus_detail_sheets")
def _b05():
    att = xlsx_sheets("underlag_nov.xlsx", [
        ("Sammanställning", [["Kund", "Belopp exkl. moms"], ["Nordkap Analys AB", 6420],
                             ["Fastighets AB Gåsen 4", 7050], ["Totalt", 13470]]),
        ("Nordkap", [["Faktureringsunderlag november 2026"], ["Kund", "Nordkap Analys AB"], [],
                     ["Artikel", "Antal", "Datum"], ["1020", 4, Serial(2026, 11, 16)],
                     ["2010", 2, Serial(2026, 11, 17)]]),
        ("Gåsen", [["Faktureringsunderlag november 2026"], ["Kund", "Fastighets AB Gåsen 4"], [],
                   ["Artikel", "Antal", "Datum"], ["1010", 3, Serial(2026, 11, 18)]]),
    ])
    m = mail(SANNA, "Underlag november", "Fri, 20 Nov 2026 10:00:00 +0100", "Hej,\nbifogar underlaget.\n/Sanna\n",
             attachments=[att])
    return m, expect_requests("A summary sheet of amounts per customer (no lines) and one detail sheet per "
                              "customer with the lines; the summary agrees with the details.", SEV,
                              [request(cust("K-4008"), [line(GS, "1020", "4", ps="2026-11-16", skip=ND),
                                                        line(GS, "2010", "2", ps="2026-11-17", skip=ND)], [], GS),
                               request(cust("K-4010"), [line(GS, "1010", "3", ps="2026-11-18", skip=ND)], [], GS)])


@case("b06_sv_xlsx_numbers_stored_as_text")
def _b06():
    att = xlsx_sheets("bergdal.xlsx", [("Blad1", [
        ["Kund", "Berg & Dal Konsult KB"], ["Er referens", "Linnea Dal"], [],
        ["Artikel", "Benämning", "Antal", "À-pris"],
        ["2020", "Expertgranskning", Text("6"), Text("1 400")],
        ["2010", "Utredningstimme", Text("2,5"), Text("1250")]])])
    m = mail(OLLE, "Berg & Dal", "Mon, 23 Nov 2026 10:00:00 +0100", "Hej,\nse bilaga.\n/Olle\n", attachments=[att])
    return m, expect_requests("Counts and prices stored as text cells ('2,5', '1 400').", TAB,
                              [request(cust("K-4009"), [line(GS, "2020", "6", "1400", skip=NOP),
                                                        line(GS, "2010", "2.5", "1250", skip=NOP)], [], GS,
                                       buyer="Linnea Dal")])


@case("b07_fi_pdf_form_labels_values_koulutus")
def _b07():
    att = pdf_form("tilauslomake.pdf", "Tilauslomake / koulutus", [
        ("Laskutettava asiakas", "Ruovesjärven kunta"), ("Y-tunnus", "0213655-0"),
        ("Tilausnumero", "RK-2026-118"), ("Viitteenne", "Matti Virtanen"),
        ("Tuote", "KO10 Koulutuspäivä, osallistuja"), ("Osallistujia", "14"), ("Koulutuspäivä", "19.11.2026")],
        foot="YTL, Ympäristötutkimuslaitos")
    m = mail(KIRSI, "Ruovesi koulutus", "Fri, 20 Nov 2026 09:00:00 +0200", "Hei,\ntäytetty lomake liitteenä.\nKirsi\n",
             to=CENTRE_FI, attachments=[att])
    return m, expect_requests("A PDF form of labels in boxes: customer, Y-tunnus, order number, reference, "
                              "product, participants, date.", TAB,
                              [request(cust("K-5005"), [line(YF, "KO10", "14", ps="2026-11-19", skip=ND)], [], YF,
                                       buyer="Matti Virtanen", order="RK-2026-118")])


@case("b08_sv_pdf_table_with_amounts_and_summa")
def _b08():
    att = pdf_table("underlag_hallstahammar.pdf", "Faktureringsunderlag",
                    ["Artikel", "Benämning", "Antal", "À-pris", "Belopp"],
                    [["1010", "Geoteknisk provtagning", "4", "2 350,00", "9 400,00"],
                     ["9000", "Utlägg provtagningsmaterial", "1", "1 200,00", "1 200,00"],
                     ["", "Summa", "", "", "10 600,00"]],
                    intro=["Kund: Hallstahammars Bostäder Förvaltning AB", "Org.nr: 559104-2279",
                           "Provtagningsdatum: 2026-11-11"])
    m = mail(OLLE, "Hallstahammar förvaltning", "Thu, 12 Nov 2026 10:00:00 +0100", "Hej,\npdf bifogad.\n/Olle\n",
             attachments=[att])
    d: dict[str, Any] = {"ps": "2026-11-11", "skip": ND}
    return m, expect_requests("A PDF table with line amounts and a Summa row that agrees; one date for all.", TAB,
                              [request(cust("K-4002"), [line(GS, "1010", "4", "2350", **d),
                                                        line(GS, "9000", "1", "1200", **d)], [], GS)])


def _kv_html(title: str, rows: list[tuple[str, str]], foot: str) -> str:
    cells = "".join(f"<tr><td style='background:#eee;font-weight:bold'>{k}</td><td>{v}</td></tr>" for k, v in rows)
    return (f"<html><body><table width='600' style='font-family:Arial'><tr><td style='background:#003366;"
            f"color:#fff;font-size:16px'>{title}</td></tr><tr><td><table border='1' cellpadding='4'>{cells}"
            f"</table></td></tr><tr><td style='font-size:10px;color:#666'>{foot}</td></tr></table></body></html>")


@case("b09_sv_html_case_system_kv_table_statligt_bolag")
def _b09():
    html = _kv_html("Ärende SGN 2026/1432 – Fakturering", [
        ("Ärendetyp", "Fakturering av tillståndsavgift"), ("Kund", "Statens Provfastigheter AB"),
        ("Organisationsnummer", "559412-3704"), ("Artikel", "4010 Tillståndsavgift"), ("Antal", "1"),
        ("Er referens", "Karl Ek"), ("Handläggare", "Maria Fransson")],
        "Detta meddelande är automatiskt genererat från ärendehanteringssystemet Ärendia. Svara inte på detta mail.")
    m = mail(GEO_DIARIET, "SGN 2026/1432 Fakturering", "Fri, 20 Nov 2026 13:45:00 +0100", html=html)
    return m, expect_requests("HTML mail generated by a case-management system: a key/value table; the "
                              "customer (a state-owned company) by org number.", TAB,
                              [request(cust("K-4017"), [line(GS, "4010", "1", skip=NOP)], [], GS, buyer="Karl Ek")])


@case("b10_fi_html_system_order_hyvinvointialue")
def _b10():
    html = _kv_html("Tilaus vastaanotettu – laskutettava", [
        ("Asiakas", "Pohjois-Karjalan hyvinvointialue"), ("Y-tunnus", "3221318-2"),
        ("Tilausnumero", "PKHVA-55120"), ("Tuote", "LA110"), ("Määrä", "8 kpl"),
        ("Näytteenottopäivä", "24.11.2026")],
        "Tämä viesti on lähetetty automaattisesti tilausjärjestelmästä.")
    m = mail(YTL_LASKUTUS, "Tilaus PKHVA-55120", "Wed, 25 Nov 2026 07:30:00 +0200", html=html, to=CENTRE_FI)
    return m, expect_requests("A Finnish order system's HTML mail with a key/value table; a wellbeing services "
                              "county by Y-tunnus.", TAB,
                              [request(cust("K-5015"), [line(YF, "LA110", "8", ps="2026-11-24", skip=ND)], [], YF,
                                       order="PKHVA-55120")])


@case("b11_sv_request_csv_plus_price_list_xlsx")
def _b11():
    csv = "Kund;Artikel;Antal\nBrf Solgläntan 3;1020;2\nBrf Solgläntan 3;3020;1\n"
    plist = xlsx_sheets("prislista_2026.xlsx", [("Prislista", [
        ["Prislista 2026"], ["Artikel", "Benämning", "Enhet", "Pris"], ["1010", "Geoteknisk provtagning", "st", 2350],
        ["1020", "Portrycksmätning", "st", 980], ["2010", "Utredningstimme", "tim", 1250],
        ["3020", "Rapport, tryckt", "st", 450]])])
    body = ("Hej,\n\nunderlaget för Solgläntan ligger i CSV-filen. Prislistan bifogar jag bara för kännedom, kunden "
            "bad om den – den ska inte faktureras.\n\n/Sanna\n")
    m = mail(SANNA, "Solgläntan + prislista", "Tue, 24 Nov 2026 10:00:00 +0100", body,
             attachments=[text_att("solglantan.csv", csv), plist])
    return m, expect_requests("Two attachments: the request (CSV) and a price list (XLSX) that is not a request.",
                              TAB, [request(cust("K-4016"), [line(GS, "1020", "2", skip=NOP),
                                                             line(GS, "3020", "1", skip=NOP)], [], GS)])


@case("b12_fi_price_list_csv_first_then_request_xlsx")
def _b12():
    hinnasto = "Tuote;Nimi;Hinta\nLA100;Vesinäyte;84,00\nAT10;Asiantuntijatunti;135,00\nAT20;Maastopäivä;890,00\n"
    req = xlsx_sheets("tilaus_narpes.xlsx", [("Taul1", [["Asiakas", "Tuote", "Määrä"],
                                                         ["Närpes Grönsaker Ab", "LA100", 6],
                                                         ["Närpes Grönsaker Ab", "AT10", 2]])])
    m = mail(JUHA, "Närpes laskutus", "Thu, 26 Nov 2026 09:00:00 +0200",
             "Hei,\n\nlaskutettavat tilaus_narpes.xlsx:ssä. Hinnasto.csv on vain tiedoksi.\n\nJuha\n", to=CENTRE_FI,
             attachments=[text_att("hinnasto.csv", hinnasto), req])
    return m, expect_requests("A price list CSV comes first in MIME order, the request XLSX second: only the "
                              "XLSX rows are lines.", TAB,
                              [request(cust("K-5004"), [line(YF, "LA100", "6", skip=NOP),
                                                        line(YF, "AT10", "2", skip=NOP)], [], YF)])


@case("b13_sv_file_named_prislista_holds_request")
def _b13():
    att = xlsx_sheets("prislista.xlsx", [("Blad1", [["Kund", "Sjöbo Vattenråd"], [],
                                                    ["Artikel", "Antal", "Från", "Till"],
                                                    ["1500", 2, Serial(2026, 11, 12), Serial(2026, 11, 13)]])])
    m = mail(MARIA, "Sjöbo", "Mon, 16 Nov 2026 10:00:00 +0100", "Hej,\nse bifogat.\n/Maria\n", attachments=[att])
    return m, expect_requests("A file named 'prislista.xlsx' whose content is a request: customer, article, "
                              "count and a from–to period.", TAB,
                              [request(cust("K-4007"), [line(GS, "1500", "2", ps="2026-11-12", pe="2026-11-13",
                                                             skip=ND)], [], GS)])


@case("b21_sv_xlsx_external_formula_no_cached_value_asks")
def _b21():
    att = xlsx_sheets("nordkap_tid.xlsx", [("Blad1", [["Kund", "Nordkap Analys AB"], [],
                                                      ["Artikel", "Antal", "Datum"],
                                                      ["2010", "='[Tidrapport_nov.xlsx]Blad1'!C14",
                                                       Serial(2026, 11, 19)]])])
    m = mail(SANNA, "Nordkap utredning", "Fri, 20 Nov 2026 14:00:00 +0100", "Hej,\nbifogat.\n/Sanna\n",
             attachments=[att])
    return m, expect_requests("The count is a formula linking another workbook, saved without a cached value: "
                              "no count can be read, so it is asked.", ASK,
                              [request(cust("K-4008"), [line(GS, "2010", None, ps="2026-11-19", skip=ND)],
                                       ["lines[0].quantity"], GS)])


@case("b22_fi_csv_headers_only_asks_lines")
def _b22():
    csv = "Asiakas;Tuote;Määrä;Päivämäärä\r\n"
    m = mail(KIRSI, "Kuopion Vesi lokakuu", "Mon, 02 Nov 2026 09:00:00 +0200",
             "Hei,\n\nKuopion Vesi Oy:n lokakuun laskutusaineisto liitteenä.\n\nKirsi\n", to=CENTRE_FI,
             attachments=[text_att("lokakuu.csv", csv)])
    return m, expect_requests("The attached CSV has only its header row: the customer is named, the lines are "
                              "asked.", ASK, [request(cust("K-5001"), [], ["lines"], YF)])


@case("b23_sv_xlsx_total_row_disagrees_with_lines")
def _b23():
    att = xlsx_sheets("vretstorp_ost.xlsx", [("Blad1", [["Kund", "Artikel", "Antal", "À-pris", "Belopp"],
                                                        ["Vretstorp Entreprenad Öst AB", "2010", 2, 1250, 2500],
                                                        ["Vretstorp Entreprenad Öst AB", "1020", 3, 980, 2940],
                                                        ["Totalt", None, None, None, 6420]])])
    m = mail(OLLE, "Vretstorp Öst", "Tue, 24 Nov 2026 10:00:00 +0100", "Hej,\nunderlag.\n/Olle\n",
             attachments=[att])
    return m, expect_requests("The total row (6 420) disagrees with its lines (5 440): the lines are as written "
                              "(a mismatch is a clerk's check, not a contract question).", TAB,
                              [request(cust("K-4012"), [line(GS, "2010", "2", "1250", skip=NOP),
                                                        line(GS, "1020", "3", "980", skip=NOP)], [], GS)])


@case("b24_fi_csv_yhteensa_row_disagrees")
def _b24():
    csv = ("Asiakas;Tuote;Määrä;Hinta;Yhteensä\n"
           "Saaristomeren Tutkimussäätiö sr;AT20;3;890,00;2 670,00\n"
           "Saaristomeren Tutkimussäätiö sr;LA200;10;142,00;1 420,00\n"
           ";;;Yhteensä;4 290,00\n")
    m = mail(JUHA, "Saaristomeri", "Wed, 25 Nov 2026 09:00:00 +0200", "Hei,\nliitteenä.\nJuha\n", to=CENTRE_FI,
             attachments=[text_att("saaristomeri.csv", csv)])
    return m, expect_requests("A 'Yhteensä' row (4 290) that disagrees with the lines (4 090); lines as written.",
                              TAB, [request(cust("K-5012"), [line(YF, "AT20", "3", "890", skip=NOP),
                                                             line(YF, "LA200", "10", "142", skip=NOP)], [], YF)])


@case("b25_sv_csv_empty_count_cell_asks")
def _b25():
    csv = "Kund;Artikel;Antal;Datum\nÅlidens kommun;1010;5;2026-11-23\nÅlidens kommun;1020;;2026-11-23\n"
    m = mail(MARIA, "Åliden provtagning", "Tue, 24 Nov 2026 10:00:00 +0100", "Hej,\nbifogat.\n/Maria\n",
             attachments=[text_att("aliden.csv", csv)])
    d: dict[str, Any] = {"ps": "2026-11-23", "skip": ND}
    return m, expect_requests("One row's count cell is empty: that count is asked.", ASK,
                              [request(cust("K-4004"), [line(GS, "1010", "5", **d), line(GS, "1020", None, **d)],
                                       ["lines[1].quantity"], GS)])


@case("b26_fi_xlsx_kulut_price_empty_asks")
def _b26():
    att = xlsx_sheets("lappi_kulut.xlsx", [("Taul1", [["Asiakas", "Tuote", "Selite", "Määrä", "Hinta"],
                                                      ["Lapin Luontomatkailu Oy", "AT20", "Maastopäivä", 1, None],
                                                      ["Lapin Luontomatkailu Oy", "KU90", "Matkakulut", 1, None]])])
    m = mail(KIRSI, "Lappi maastopäivä", "Thu, 26 Nov 2026 09:00:00 +0200", "Hei,\nliite.\nKirsi\n", to=CENTRE_FI,
             attachments=[att])
    return m, expect_requests("An expenses line (KU90, no register price) with an empty price cell: asked; the "
                              "field day takes the register's price.", ASK,
                              [request(cust("K-5009"), [line(YF, "AT20", "1", skip=NOP),
                                                        line(YF, "KU90", "1", None, skip=NOP)],
                                       ["lines[1].unit_price"], YF)])


_TALLMON = se_org("559501234")
_KRONLUND = se_org("559377215")


@case("b27_sv_xlsx_new_customer_with_address_block")
def _b27():
    att = xlsx_sheets("ny_kund_tallmon.xlsx", [("Blad1", [
        ["Ny kund"], ["Namn", "Tallmon Mark & Schakt AB"], ["Org.nr", _TALLMON],
        ["Adress", "Industrivägen 7, 931 61 Skellefteå"], [], ["Artikel", "Antal"], ["1010", 2]])])
    m = mail(OLLE, "Ny kund Tallmon", "Fri, 27 Nov 2026 10:00:00 +0100", "Hej,\nny kund, se filen.\n/Olle\n",
             attachments=[att])
    return m, expect_requests("A new customer (valid org number, not in the register) with its postal address in "
                              "the sheet: nothing to ask.", IDS,
                              [request(new_cust("Tallmon Mark & Schakt AB", _TALLMON, "SE"),
                                       [line(GS, "1010", "2", skip=NOP)], [], GS)])


@case("b28_sv_csv_new_customer_orgnr_no_address_asks")
def _b28():
    csv = f"Kund;Org.nr;Artikel;Antal\nKronlunds Bygg & Mark AB;{_KRONLUND};2010;3\n"
    m = mail(SANNA, "Kronlunds", "Fri, 27 Nov 2026 11:00:00 +0100", "Hej,\nbifogat, ny kund.\n/Sanna\n",
             attachments=[text_att("kronlunds.csv", csv)])
    return m, expect_requests("A new customer by org number in a CSV column, no address anywhere: the address is "
                              "asked.", IDS,
                              [request(new_cust("Kronlunds Bygg & Mark AB", _KRONLUND, "SE"),
                                       [line(GS, "2010", "3", skip=NOP)], ["customer.address"], GS)])


@case("b29_fi_csv_report_preamble_above_header")
def _b29():
    csv = ("Raportti: Laskutettavat suoritteet\nAjettu: 30.11.2026 klo 14.02\nKäyttäjä: kirsi.laine\n\n"
           "Asiakas;Tuote;Määrä;Päivämäärä\n"
           "Metsänhoitoyhdistys Kaakko ry;AT10;4,5;26.11.2026\n"
           "Metsänhoitoyhdistys Kaakko ry;JU10;20;26.11.2026\n")
    m = mail(KIRSI, "Mhy Kaakko suoritteet", "Mon, 30 Nov 2026 14:10:00 +0200", "Hei,\nraportti liitteenä.\nKirsi\n",
             to=CENTRE_FI, attachments=[text_att("suoritteet.csv", csv)])
    d: dict[str, Any] = {"ps": "2026-11-26", "skip": ND}
    return m, expect_requests("A system CSV with report lines (title, run time, user) above the header; the run "
                              "date is no service date.", TAB,
                              [request(cust("K-5006"), [line(YF, "AT10", "4.5", **d), line(YF, "JU10", "20", **d)],
                                       [], YF)])


@case("b30_en_xlsx_erp_export_title_rows_serial_from_to")
def _b30():
    att = xlsx_sheets("billable_export.xlsx", [("Export", [
        ["ERP export – billable time"], ["Generated 2026-11-30 09:12"],
        ["Customer", "Customer no", "Article", "Qty", "From", "To"],
        ["Oy Nordic Soil Lab Ab", "K-5007", "AT10", 12, Serial(2026, 11, 2), Serial(2026, 11, 6)]])])
    m = mail(SARAH, "Billable time Nordic Soil Lab", "Mon, 30 Nov 2026 10:00:00 +0200",
             "Hi,\nexport attached.\nSarah\n", to=CENTRE_FI, attachments=[att])
    return m, expect_requests("An ERP export: two title rows, header on row 3, From/To as serial dates.", TAB,
                              [request(cust("K-5007"), [line(YF, "AT10", "12", ps="2026-11-02", pe="2026-11-06",
                                                             skip=ND)], [], YF)])


@case("b31_sv_pdf_form_empty_count_box_asks")
def _b31():
    att = pdf_form("kursanmalan.pdf", "Beställning kurs", [
        ("Kund", "Göran Lilja"), ("Artikel", "3010 Kurs, per deltagare"), ("Antal deltagare", ""),
        ("Kursdatum", "2026-11-25")])
    m = mail(MARIA, "Kurs Lilja", "Wed, 25 Nov 2026 16:00:00 +0100", "Hej,\nblankett bifogad.\n/Maria\n",
             attachments=[att])
    return m, expect_requests("A PDF form whose count box is empty: the count is asked.", ASK,
                              [request(cust("K-4006"), [line(GS, "3010", None, ps="2026-11-25", skip=ND)],
                                       ["lines[0].quantity"], GS)])


@case("b32_fi_pdf_table_two_customers_interleaved")
def _b32():
    att = pdf_table("naytteet_marraskuu.pdf", "Laskutettavat näytteet", ["Asiakas", "Tuote", "Määrä", "Päivä"],
                    [["Saaristomeren Tutkimussäätiö sr", "LA100", "9", "3.11.2026"],
                     ["As Oy Kuopion Satamakatu 12", "LA110", "2", "4.11.2026"],
                     ["Saaristomeren Tutkimussäätiö sr", "AT10", "3", "5.11.2026"]])
    m = mail(JUHA, "Näytteet marraskuu", "Fri, 06 Nov 2026 09:00:00 +0200", "Hei,\nPDF liitteenä.\nJuha\n",
             to=CENTRE_FI, attachments=[att])
    return m, expect_requests("A PDF table with a customer column, rows of two customers interleaved: grouped by "
                              "customer, row order kept.", SEV,
                              [request(cust("K-5012"), [line(YF, "LA100", "9", ps="2026-11-03", skip=ND),
                                                        line(YF, "AT10", "3", ps="2026-11-05", skip=ND)], [], YF),
                               request(cust("K-5014"), [line(YF, "LA110", "2", ps="2026-11-04", skip=ND)], [], YF)])


@case("b33_sv_html_system_price_enligt_offert_asks")
def _b33():
    html = _kv_html("Ärende SGN 2026/1519 – Faktureringsunderlag", [
        ("Kund", "Stiftelsen Kvarnbackens Naturreservat"), ("Artikel", "2020 Expertgranskning"),
        ("Antal", "5 tim"), ("Pris", "enligt offert"), ("Handläggare", "Olle Berglund")],
        "Automatiskt genererat från Ärendia.")
    m = mail(GEO_DIARIET, "SGN 2026/1519 Faktureringsunderlag", "Thu, 26 Nov 2026 11:00:00 +0100", html=html)
    return m, expect_requests("A case-system key/value table; 'Pris: enligt offert' for an article with no "
                              "register price: the price is asked.", ASK,
                              [request(cust("K-4014"), [line(GS, "2020", "5", None, skip=NOP)],
                                       ["lines[0].unit_price"], GS)])


@case("b40_sv_xlsx_text_counts_with_units_and_price_sheet")
def _b40():
    att = xlsx_sheets("hallstahammar_nov.xlsx", [
        ("Underlag", [["Kund:", "Hallstahammars Bostäder AB"], ["Period:", "november 2026"], [],
                      ["Artikel", "Antal"], ["1020", Text("3 st")], ["2010", Text("2,5 tim")]]),
        ("Prislista", [["Artikel", "Pris"], ["1020", 980], ["2010", 1250], ["1500", 9600]]),
    ])
    m = mail(OLLE, "Hallstahammar november", "Mon, 30 Nov 2026 11:00:00 +0100", "Hej,\nunderlag bifogat.\n/Olle\n",
             attachments=[att])
    d: dict[str, Any] = {"ps": "2026-11-01", "pe": "2026-11-30", "skip": ND}
    return m, expect_requests("Counts as text with their unit ('3 st', '2,5 tim'), a period said once, and a "
                              "price-list sheet in the same workbook that is no lines.", TAB,
                              [request(cust("K-4001"), [line(GS, "1020", "3", **d), line(GS, "2010", "2.5", **d)],
                                       [], GS)])
