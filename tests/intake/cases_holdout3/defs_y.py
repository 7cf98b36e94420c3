"""Third held-out set, second batch (written blind): corrections above a forward, forms above tables,
approximate counts, names without legal form, order-only identities, CSV advices, kronor, quarters, products."""
from __future__ import annotations

from tests.intake.cases.ids import se_ocr
from tests.intake.cases_holdout2.kit import (
    CENTRE_FI,
    GEO_EKONOMI,
    GS,
    JUHA,
    KIRSI,
    MARIA,
    ND,
    OLLE,
    SANNA,
    SARAH,
    YF,
    case,
    cust,
    expect_advice,
    expect_requests,
    line,
    mail,
    request,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
    text_att,
    xlsx,
)


@case("y01_sv_correction_above_forward")
def _y01():
    body = ("Hej,\n\nObs! Bara 2 av de 3 anmälda deltagarna kom, så fakturera 2 kursplatser (3010).\n\n/Olle\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Lars Holm <lars.holm@brattfors.se>\n"
            "Datum: 2 maj 2027 10:14\nÄmne: Anmälan kurs\nTill: Olle Berglund <olle.berglund@sgn.se>\n\n"
            "Hej,\n\nBrattfors Skogsägare ekonomisk förening anmäler 3 deltagare till kursen (3010).\n\n"
            "Lars Holm\n")
    m = mail(OLLE, "VB: Anmälan kurs", "Mon, 03 May 2027 09:00:00 +0200", body)
    return m, expect_requests("The newest part corrects the forwarded order's count: 2, not 3.", "2-quoting",
                              [request(cust("K-4005"), [line(GS, "3010", "2", skip=ND)], [], GS)])


@case("y02_fi_xlsx_form_block_above_table")
def _y02():
    rows = [["Asiakas:", "Kuopion Vesi Oy"], ["Y-tunnus:", "2405518-8"], ["Viitteenne:", "Tiina Koski"], [],
            ["Tuote", "Kuvaus", "Määrä (kpl)", "À-hinta (€)"],
            ["LA100", "Vesinäyte, perusanalyysi", 12, 84], ["LA110", "Vesinäyte, laaja analyysi", 3, 196]]
    m = mail(JUHA, "Laskutuslomake", "Tue, 04 May 2027 09:00:00 +0300", "Hei, lomake liitteenä.\n\nJuha\n",
             to=CENTRE_FI, attachments=[xlsx("lomake.xlsx", [("Lomake", rows, [])])])
    return m, expect_requests("An XLSX form: the customer block above the item table; units in the headers.",
                              "3-tables",
                              [request(cust("K-5001"), [line(YF, "LA100", "12", "84"), line(YF, "LA110", "3", "196")],
                                       [], YF, buyer="Tiina Koski")])


@case("y03_en_html_hours_rate_total")
def _y03():
    html = ("<p>Hi,</p><p>Customer: Ruovesjärven kunta</p><table border='1'><tr><th>Item</th><th>Hours</th>"
            "<th>Rate (EUR)</th><th>Amount</th></tr><tr><td>AT10</td><td>6</td><td>135.00</td><td>810.00</td></tr>"
            "<tr><td colspan='3'>Total</td><td>810.00</td></tr></table><p>Sarah</p>")
    m = mail(SARAH, "Expert hours", "Wed, 05 May 2027 09:00:00 +0300", "Hi,\n\nsee the table in HTML.\n\nSarah\n",
             html, to=CENTRE_FI)
    return m, expect_requests("HTML table with 'Hours' and 'Rate' columns and a total row.", "3-tables",
                              [request(cust("K-5005"), [line(YF, "AT10", "6", "135.00")], [], YF)])


@case("y04_sv_approximate_count")
def _y04():
    body = ("Hej,\n\nKund: Sjöbo Vattenråd\nPortrycksmätning (1020): ett tiotal mätningar, exakt antal kommer när "
            "protokollet är klart.\n\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Sjöbo portryck", "Thu, 06 May 2027 09:00:00 +0200", body)
    return m, expect_requests("'ett tiotal' is no quantity: asked.", "5-quantities",
                              [request(cust("K-4007"), [line(GS, "1020", None, skip=ND)], ["lines[0].quantity"],
                                       GS)])


@case("y05_sv_name_without_legal_form")
def _y05():
    body = ("Hej,\n\nKund: Hallstahammars Bostäder\nRapport, tryckt (3020): 20 st\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Rapporter", "Fri, 07 May 2027 09:00:00 +0200", body)
    return m, expect_requests("A register name without its legal form beside a longer near-duplicate.",
                              "9-identities",
                              [request(cust("K-4001"), [line(GS, "3020", "20", skip=ND)], [], GS)])


@case("y06_fi_tilaaja_person_below_customer")
def _y06():
    body = ("Hei,\n\nAsiakas: Pirkanmaan Maanrakennus Oy\nTilaaja: Jari Vuorinen\n\nAT20 maastopäivät 2 pv\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Maastopäivät", "Mon, 10 May 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'Tilaaja' naming a person below the customer is the buyer reference.",
                              "7-references",
                              [request(cust("K-5003"), [line(YF, "AT20", "2", skip=ND)], [], YF,
                                       buyer="Jari Vuorinen")])


@case("y07_sv_second_customer_org_only")
def _y07():
    body = ("Hej,\n\n1. Vretstorp Entreprenad AB – 2 fältdagar (1500)\n2. Org.nr 769612-0455 – 1 kursplats (3010)\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Två kunder", "Tue, 11 May 2027 09:00:00 +0200", body)
    return m, expect_requests("Two numbered customers, the second given only by its org number.", "4-several",
                              [request(cust("K-4003"), [line(GS, "1500", "2", skip=ND)], [], GS),
                               request(cust("K-4005"), [line(GS, "3010", "1", skip=ND)], [], GS)])


@case("y08_sv_advice_csv_attachment")
def _y08():
    o1, o2 = se_ocr("31005012"), se_ocr("31005020")
    csv = f"Fakturanr;OCR;Belopp\r\n3100501;{o1};4 200,00\r\n3100502;{o2};950,00\r\n"
    body = ("Hej,\n\nbetalningsavisering från Nordkap Analys AB (559233-1705), betald 2027-05-12, se bifogad fil.\n"
            "Totalt 5 150,00 kr.\n\n/Ekonomi\n")
    m = mail(GEO_EKONOMI, "Betalningsavisering Nordkap", "Wed, 12 May 2027 09:00:00 +0200", body,
             attachments=[text_att("avi.csv", csv)])
    return m, expect_advice("An advice whose items are a CSV attachment, payer and total in the body.", "8-advice",
                            {"name": "Nordkap Analys AB", "org_no": "559233-1705"}, "2027-05-12", "5150.00", "SEK",
                            [("3100501", o1, "4200.00"), ("3100502", o2, "950.00")])


@case("y09_fi_two_lines_one_sentence_ablative")
def _y09():
    body = ("Hei,\n\nLaskutetaan Kuopion Vesi Oy:ltä LA100 6 kpl á 84,00 € sekä LA110 2 kpl.\n\n"
            + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Kuopion Vesi", "Thu, 13 May 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Two lines in one Finnish sentence, the customer in the ablative.", "5-quantities",
                              [request(cust("K-5001"), [line(YF, "LA100", "6", "84.00", skip=ND),
                                                        line(YF, "LA110", "2", skip=ND)], [], YF)])


@case("y10_sv_kronor_decimal_hours")
def _y10():
    body = ("Hej,\n\nNordkap Analys AB: Expertgranskning 2020: 3,5 timmar à 1 450 kronor.\n\n"
            + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Granskning Nordkap", "Fri, 14 May 2027 09:00:00 +0200", body)
    return m, expect_requests("'3,5 timmar à 1 450 kronor'.", "5-quantities",
                              [request(cust("K-4008"), [line(GS, "2020", "3.5", "1450", skip=ND)], [], GS)])


@case("y11_fi_quarter_ordinal")
def _y11():
    body = ("Hei,\n\nAsiakas: Metsänhoitoyhdistys Kaakko ry\nLupamaksu LU10 1 kpl, 2. neljännes 2027\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Lupamaksu", "Mon, 17 May 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'2. neljännes 2027' on the line.", "6-periods",
                              [request(cust("K-5006"), [line(YF, "LU10", "1", ps="2027-04-01", pe="2027-06-30",
                                                             skip=ND)], [], YF)])


@case("y12_en_product_each")
def _y12():
    body = ("Hi,\n\nPlease invoice Oy Nordic Soil Lab Ab for two site visits (AT20) of one field day each.\n\n"
            + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Site visits", "Tue, 18 May 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'two site visits of one field day each' = 2.", "5-quantities",
                              [request(cust("K-5007"), [line(YF, "AT20", "2", skip=ND)], [], YF)])


_ = (MARIA, sig_geo)
