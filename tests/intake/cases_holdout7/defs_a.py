"""Seventh held-out set (written blind), part A: invoicing requests — Finnish XLSX with Finnish headers and text
cells with decimal commas, a semicolon CSV with a BOM and a reference per customer, an HTML-only Outlook mail
with nested layout tables, a bulleted batch of customers, '2 x … à …' lines without codes, an English request from
an international unit, Finnish ordinal dates, number words and approximate counts, a line amount that disagrees
with quantity × price, unknown customers and article codes, forwards of forwards, a bottom-posted request, H1 and
Q3 periods, amounts in several national styles and a three-language disclaimer."""
from __future__ import annotations

from tests.intake.cases.mailkit import expect_requests, mail, pdf, text_att, xlsx
from tests.intake.cases_holdout2.kit import (
    ANDERS,
    CENTRE_FI,
    GS,
    JUHA,
    KIRSI,
    MARIA,
    ND,
    OLLE,
    SANNA,
    SARAH,
    YF,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)

from .kit7 import DISCL_3, INTL, case, cust, line, org, request, sig_intl

TAB, HTML, SEV, QTY, PER, REF, ASK, IDS, QUO, NUM = ("3-tables", "1-kind", "4-several", "5-quantities", "6-periods",
                                                     "7-references", "11-must-ask", "9-identities", "2-quoting",
                                                     "12-numbers")
NOP = ("description", "period_start", "period_end")
NP = ("period_start", "period_end")


@case("t01_fi_xlsx_finnish_headers_text_decimal_commas")
def _t01():
    rows = [["Laskutettavat – syyskuu 2026", None, None, None, None, None, None],
            [None, None, None, None, None, None, None],
            ["Asiakas", "Y-tunnus", "Tuotekoodi", "Selite", "Määrä", "Yks.hinta € (alv 0)", "Yhteensä €"],
            ["Kuopion Vesi Oy", org("K-5001"), "LA100", "Vesinäyte, perusanalyysi", "14", "84,00", "1 176,00"],
            ["Kuopion Vesi Oy", org("K-5001"), "AT10", "Raportointi", "2,5", "135,00", "337,50"],
            ["Saaristomeren Tutkimussäätiö sr", org("K-5012"), "LA200", "Sedimenttinäytteet", "6", "142,00",
             "852,00"],
            ["Yhteensä", None, None, None, None, None, "2 365,50"]]
    m = mail(KIRSI, "Syyskuun laskutus", "Thu, 01 Oct 2026 10:12:00 +0300",
             "Hei,\n\nliitteenä syyskuun laskutettavat. Kaikki rivit koskevat syyskuuta 2026.\n\n"
             + sig_ytl("Kirsi Laine", "Laskuttaja"), to=CENTRE_FI,
             attachments=[xlsx("laskutus_syyskuu.xlsx", [("Syyskuu", rows, ["A1:G1"])])])
    sep = {"ps": "2026-09-01", "pe": "2026-09-30"}
    return m, expect_requests("A Finnish XLSX whose cells are text with decimal commas and thousands spaces (as a "
                              "system exports them), Finnish headers ('Tuotekoodi', 'Selite', 'Määrä', 'Yks.hinta € "
                              "(alv 0)'), a title row, a 'Yhteensä' row; the body states one period for all rows.",
                              TAB,
                              [request(cust("K-5001"), [line(YF, "LA100", "14", "84.00", "Vesinäyte, perusanalyysi",
                                                             **sep),
                                                        line(YF, "AT10", "2.5", "135.00", "Raportointi", **sep)],
                                       [], YF),
                               request(cust("K-5012"), [line(YF, "LA200", "6", "142.00", "Sedimenttinäytteet", **sep)],
                                       [], YF)])


@case("t02_sv_csv_semicolon_bom_reference_per_customer")
def _t02():
    csv = ("Kundnr;Kund;Artikel;Benämning;Antal;Er referens;Utfört\r\n"
           "K-4004;Ålidens kommun;3010;Kurs, per deltagare;3;Karin Holm;2026-09-17\r\n"
           "K-4014;Stiftelsen Kvarnbackens Naturreservat;2010;\"Utredning; naturvärden\";6,5;Per Ahlgren;"
           "2026-09-10\r\n"
           "K-4009;Berg & Dal Konsult KB;1020;Portrycksmätning;2;Linnea Dal;2026-09-22\r\n")
    m = mail(SANNA, "Underlag september", "Thu, 01 Oct 2026 08:40:00 +0200",
             "Hej!\n\nBifogar septemberunderlaget (semikolonseparerat, från vårt ärendesystem).\n\n/Sanna\n",
             attachments=[text_att("underlag_sep.csv", csv, bom=True)])
    return m, expect_requests("A UTF-8 CSV with a BOM, semicolons, CRLF and a quoted cell holding a semicolon; one "
                              "line per customer, each with its own 'Er referens' and date.", TAB,
                              [request(cust("K-4004"), [line(GS, "3010", "3", desc="Kurs, per deltagare",
                                                             ps="2026-09-17")], [], GS, buyer="Karin Holm"),
                               request(cust("K-4014"), [line(GS, "2010", "6.5", desc="Utredning; naturvärden",
                                                             ps="2026-09-10")], [], GS, buyer="Per Ahlgren"),
                               request(cust("K-4009"), [line(GS, "1020", "2", desc="Portrycksmätning",
                                                             ps="2026-09-22")], [], GS, buyer="Linnea Dal")])


@case("t03_sv_outlook_html_only_nested_tables")
def _t03():
    p = "<p class=MsoNormal style='margin:0cm'>"
    cell = "<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>" + p
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset='utf-8'><style>"
            "p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri}</style></head><body lang=SV>"
            "<div class=WordSection1>"
            f"{p}Hej,<o:p></o:p></p>{p}<o:p>&nbsp;</o:p></p>"
            f"{p}Fakturera Hallstahammars Bostäder Förvaltning AB enligt nedan.<o:p></o:p></p>{p}<o:p>&nbsp;</o:p></p>"
            "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td valign=top>"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
            f"<tr>{cell}<b>Artikel</b></p></td>{cell}<b>Benämning</b></p></td>{cell}<b>Antal</b></p></td>"
            f"{cell}<b>Datum</b></p></td></tr>"
            f"<tr>{cell}1010</p></td>{cell}Geoteknisk provtagning</p></td>{cell}4</p></td>{cell}2026-09-08</p></td>"
            "</tr>"
            f"<tr>{cell}1020</p></td>{cell}Portrycksmätning</p></td>{cell}4</p></td>{cell}2026-09-08</p></td></tr>"
            "</table></td><td width=30>&nbsp;</td><td valign=top>"
            "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>"
            f"<tr><td>{p}Er referens:</p></td><td>{p}Kent Sjöberg</p></td></tr>"
            f"<tr><td>{p}Beställning:</p></td><td>{p}HBF-2026-114</p></td></tr></table>"
            "</td></tr></table>"
            f"{p}<o:p>&nbsp;</o:p></p>{p}Med vänlig hälsning<o:p></o:p></p>"
            "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td>"
            f"{p}<img width=60 height=60 src=\"cid:image001.png@01DB1234\" alt=\"SGN\"></p></td><td>"
            f"{p}<b>Olle Berglund</b><br>Geotekniker<br>Sveriges geotekniska nämnd<br>Tel 013-25 10 47<br>"
            "Org.nr 202100-6123</p></td></tr></table></div></body></html>")
    m = mail(OLLE, "Provtagning Förvaltningen", "Fri, 11 Sep 2026 14:05:00 +0200", None, html)
    d = {"ps": "2026-09-08"}
    return m, expect_requests("HTML only, as Outlook writes it (MsoNormal paragraphs, o:p, a layout table holding the "
                              "line table and a key/value table side by side, a signature table with the agency's "
                              "org number).", HTML,
                              [request(cust("K-4002"), [line(GS, "1010", "4", desc="Geoteknisk provtagning", **d),
                                                        line(GS, "1020", "4", desc="Portrycksmätning", **d)], [], GS,
                                       buyer="Kent Sjöberg", order="HBF-2026-114")])


@case("t04_sv_bulleted_batch_one_line_per_customer")
def _t04():
    body = ("Hej,\n\nseptemberfakturor, en rad per kund:\n\n"
            "• Sjöbo Vattenråd – fältdag (1500), 2 dagar 14–15/9\n"
            "• Nordkap Analys AB – portrycksmätning (1020), 4 st\n"
            "• Stiftelsen Kvarnbackens Naturreservat – rapport, tryckt (3020), 25 ex\n"
            "• Fastighets AB Gåsen 4 – tillståndsavgift (4010), 1 st\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Septemberfakturor", "Wed, 30 Sep 2026 15:20:00 +0200", body)
    return m, expect_requests("A bulleted batch: four customers, one line each; '14–15/9' is a day range with a "
                              "numeric month; '25 ex' (exemplar) is the count; the 4 of 'Gåsen 4' is part of a name.",
                              SEV,
                              [request(cust("K-4007"), [line(GS, "1500", "2", ps="2026-09-14", pe="2026-09-15",
                                                             skip=ND)], [], GS),
                               request(cust("K-4008"), [line(GS, "1020", "4", skip=NOP)], [], GS),
                               request(cust("K-4014"), [line(GS, "3020", "25", skip=NOP)], [], GS),
                               request(cust("K-4010"), [line(GS, "4010", "1", skip=NOP)], [], GS)])


@case("t05_sv_times_a_pris_lines_without_codes")
def _t05():
    body = ("Hej,\n\nFakturera Berg & Dal Konsult KB:\n\n"
            "2 x Konsultation à 950 kr\n"
            "1 x Resa Umeå–Skellefteå à 1 240 kr\n"
            "3 x Rapport, tryckt (3020) à 450 kr\n\n"
            "Er referens: Linnea Dal\n\n" + sig_geo("Sanna Wallin", "Handläggare"))
    m = mail(SANNA, "Fakturera Berg & Dal", "Mon, 05 Oct 2026 09:30:00 +0200", body)
    return m, expect_requests("'N x text à price kr' lines: two without an article code (not in the register, the "
                              "price stated, so nothing to ask; the agency's VAT), one with a code.", QTY,
                              [request(cust("K-4009"), [line(GS, None, "2", "950.00", "Konsultation", skip=NP),
                                                        line(GS, None, "1", "1240.00", "Resa Umeå–Skellefteå", skip=NP),
                                                        line(GS, "3020", "3", "450.00", skip=NOP)], [], GS,
                                       buyer="Linnea Dal")])


@case("t06_en_international_unit_q3_slash_dozen")
def _t06():
    body = ("Dear colleagues,\n\nOn behalf of the International Unit, please invoice the Archipelago Sea Research "
            f"Foundation (Saaristomeren Tutkimussäätiö sr, Business ID {org('K-5012')}) for the Q3/2026 "
            "monitoring:\n\n- a dozen extended water analyses (LA110)\n- two field days (AT20)\n\n"
            "Their reference: Anna Lindqvist\nPurchase order: 4500123456\n\n" + sig_intl("Mikael Grönroos"))
    m = mail(INTL, "Invoice request – Archipelago Sea monitoring Q3", "Fri, 02 Oct 2026 11:00:00 +0300", body,
             to=CENTRE_FI)
    q3 = {"ps": "2026-07-01", "pe": "2026-09-30"}
    return m, expect_requests("An English request from an international unit (a sender not seen before): the "
                              "customer named in English and in Finnish with its Business ID, 'a dozen' is 12, "
                              "'two' is 2, 'Q3/2026' the third quarter; 'Their reference' is the buyer's.", REF,
                              [request(cust("K-5012"), [line(YF, "LA110", "12", skip=ND, **q3),
                                                        line(YF, "AT20", "2", skip=ND, **q3)],
                                       [], YF, buyer="Anna Lindqvist", order="4500123456")])


@case("t07_fi_maaliskuun_15_paivana_kolme")
def _t07():
    body = ("Hei,\n\nlaskuttakaa Lapin Luontomatkailu Oy:ltä yksi maastopäivä (AT20), joka pidettiin maaliskuun 15. "
            "päivänä, sekä kolme asiantuntijatuntia (AT10) raportin kirjoittamisesta.\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Lapin maastopäivä", "Wed, 18 Mar 2026 13:15:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A Finnish ordinal date in words ('maaliskuun 15. päivänä', no year: the mail's); "
                              "'yksi' and 'kolme' are the counts.", PER,
                              [request(cust("K-5009"), [line(YF, "AT20", "1", ps="2026-03-15", skip=ND),
                                                        line(YF, "AT10", "3", skip=NOP)], [], YF)])


@case("t08_en_half_dozen_and_a_handful")
def _t08():
    body = ("Hi,\n\nplease invoice Oy Nordic Soil Lab Ab for half a dozen basic water analyses (LA100) and a handful "
            "of sediment samples (LA200) – I will confirm the exact number of sediment samples next week, the lab "
            "is still counting.\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Nordic Soil Lab – October samples", "Tue, 06 Oct 2026 10:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'half a dozen' is exactly 6; 'a handful', with the count promised later, is no count: "
                              "asked.", ASK,
                              [request(cust("K-5007"), [line(YF, "LA100", "6", skip=NOP),
                                                        line(YF, "LA200", None, skip=NOP)],
                                       ["lines[1].quantity"], YF)])


@case("t09_sv_pdf_line_amount_disagrees_asks")
def _t09():
    html = ("<h1>Faktureringsunderlag</h1><p>Kund: Brattfors Skogsägare ekonomisk förening</p>"
            "<table><thead><tr><th>Artikel</th><th>Benämning</th><th class='num'>Antal</th>"
            "<th class='num'>À-pris</th><th class='num'>Belopp</th></tr></thead><tbody>"
            "<tr><td>2010</td><td>Utredningstimme</td><td class='num'>8</td><td class='num'>1 250,00</td>"
            "<td class='num'>10 000,00</td></tr>"
            "<tr><td>3020</td><td>Rapport, tryckt</td><td class='num'>3</td><td class='num'>450,00</td>"
            "<td class='num'>1 450,00</td></tr>"
            "<tr><td colspan=4><b>Summa exkl. moms</b></td><td class='num'><b>11 450,00</b></td></tr>"
            "</tbody></table>")
    m = mail(OLLE, "Underlag Brattfors", "Wed, 07 Oct 2026 16:00:00 +0200",
             "Hej,\nunderlaget för Brattfors bifogas.\n/Olle\n", attachments=[pdf("underlag_brattfors.pdf", html)])
    return m, expect_requests("A PDF table whose second line does not add up: 3 × 450,00 = 1 350,00, not the "
                              "1 450,00 written (and the sum follows the wrong amount). What to invoice is uncertain, "
                              "so that line's price is asked; the first line agrees (8 × 1 250 = 10 000).", ASK,
                              [request(cust("K-4005"), [line(GS, "2010", "8", "1250.00", "Utredningstimme", skip=NP),
                                                        line(GS, "3020", "3", None, "Rapport, tryckt", skip=NP)],
                                       ["lines[1].unit_price"], GS)])


@case("t10_fi_parikymmenta_approximate_asks")
def _t10():
    body = ("Hei,\n\nRuovesjärven kunta: vesinäytteet (LA100) syyskuulta, parikymmentä kappaletta – tarkka määrä "
            "tulee laboratoriosta ensi viikolla. Lisäksi lupamaksu (LU10) 1 kpl.\n\n" + sig_ytl("Kirsi Laine"))
    m = mail(KIRSI, "Ruovesjärvi syyskuu", "Fri, 02 Oct 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'parikymmentä' (some twenty) with the exact count still to come: asked.", ASK,
                              [request(cust("K-5005"), [line(YF, "LA100", None, skip=NOP),
                                                        line(YF, "LU10", "1", skip=NOP)],
                                       ["lines[0].quantity"], YF)])


@case("t11_sv_unknown_customer_kontaktperson")
def _t11():
    body = ("Hej,\n\nFakturera Ekebyholms Trädgård AB för två fältdagar (1500) 21–22 september. Kontaktperson där: "
            "Jonas Ek.\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Fältdagar Ekebyholm", "Thu, 24 Sep 2026 08:00:00 +0200", body)
    c = {"name": "Ekebyholms Trädgård AB", "org_no": None, "vat_no": None, "customer_number": None}
    return m, expect_requests("A customer not in the register and no number: the org number is asked (nothing "
                              "else about the customer); 'två' is the count.", IDS,
                              [request(c, [line(GS, "1500", "2", ps="2026-09-21", pe="2026-09-22", skip=ND)],
                                       ["customer.org_no"], GS, buyer="Jonas Ek")])


@case("t12_fi_unknown_article_codes")
def _t12():
    body = ("Hei,\n\nKuopion Vesi Palvelut Oy, lokakuun analyysit:\n\n"
            "LA300 Mikrobiologinen analyysi 4 kpl\n"
            "LA310 Legionella-analyysi 4 kpl à 65,00 €\n"
            "LA100 Vesinäyte, perusanalyysi 10 kpl\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Kuopion Vesi Palvelut lokakuu", "Fri, 30 Oct 2026 15:00:00 +0200", body, to=CENTRE_FI)
    octo = {"ps": "2026-10-01", "pe": "2026-10-31"}
    return m, expect_requests("Two article codes not in the register: kept as written; the one without a price is "
                              "asked, the one with 'à 65,00 €' is not; 'lokakuun' gives every line October.", ASK,
                              [request(cust("K-5002"), [line(YF, "LA300", "4", None, "Mikrobiologinen analyysi",
                                                             **octo),
                                                        line(YF, "LA310", "4", "65.00", "Legionella-analyysi", **octo),
                                                        line(YF, "LA100", "10", skip=ND, **octo)],
                                       ["lines[0].unit_price"], YF)])


@case("t13_sv_forward_of_forward_acceptance_two_not_three")
def _t13():
    body = ("Till fakturering, se Olles rader nedan.\n\n/Maria\n\n"
            "---------- Vidarebefordrat meddelande ---------\n"
            "Från: Olle Berglund <olle.berglund@sgn.se>\nDate: mån 28 sep. 2026 kl 16:40\n"
            "Subject: VB: Offert fältarbete Vindelälven\nTo: Maria Fransson <maria.fransson@sgn.se>\n\n"
            "Maria – regionen accepterade offerten nedan och vi gjorde jobbet 21–23 september, men det blev bara två "
            "fältdagar, inte tre. Rapporterna enligt offerten.\n\n/Olle\n\n"
            "-----Ursprungligt meddelande-----\n"
            "Från: Lena Strand <lena.strand@regionvindelalven.se>\nSkickat: den 2 september 2026 10:15\n"
            "Till: Olle Berglund <olle.berglund@sgn.se>\nÄmne: SV: Offert fältarbete Vindelälven\n\n"
            "Hej Olle,\n\nvi accepterar offerten: 3 fältdagar (1500) och 5 tryckta rapporter (3020).\n"
            "Vår referens: Lena Strand\nBeställningsnummer: RV-2026-0893\n\nLena Strand\nRegion Vindelälven\n")
    m = mail(MARIA, "VB: VB: Offert fältarbete Vindelälven", "Tue, 29 Sep 2026 08:30:00 +0200", body)
    return m, expect_requests("A Gmail forward of an Outlook forward: the middle message corrects the count ('två "
                              "fältdagar, inte tre'); the reports and the customer's references come from the "
                              "customer's acceptance at the bottom ('Vår referens' there is the buyer's).", QUO,
                              [request(cust("K-4013"), [line(GS, "1500", "2", skip=NOP),
                                                        line(GS, "3020", "5", skip=NOP)],
                                       [], GS, buyer="Lena Strand", order="RV-2026-0893")])


@case("t14_sv_bottom_posted_request_below_quote")
def _t14():
    body = ("> Från: Maria Fransson <maria.fransson@sgn.se>\n> Skickat: den 5 oktober 2026 08:12\n"
            "> Till: Olle Berglund <olle.berglund@sgn.se>\n> Ämne: Portryck Nordkap – fakturera?\n>\n"
            "> Olle, ska vi fakturera Nordkap Analys AB för alla 6 portrycksmätningar (1020) som låg i "
            "beställningen?\n> /Maria\n\n"
            "Nej, bara 4 – två ströks på plats. Jag skickar detta direkt till kundfaktura: fakturera Nordkap Analys "
            "AB 4 st portrycksmätning (1020), utförda 1 oktober.\n\n/Olle\n")
    m = mail(OLLE, "SV: Portryck Nordkap – fakturera?", "Mon, 05 Oct 2026 10:02:00 +0200", body,
             headers={"Cc": "Maria Fransson <maria.fransson@sgn.se>"})
    return m, expect_requests("Bottom-posting: the quoted question (6) comes first, the new text with the request "
                              "(4, done 1 October) below it.", QUO,
                              [request(cust("K-4008"), [line(GS, "1020", "4", ps="2026-10-01", skip=ND)], [], GS)])


@case("t15_fi_h1_2026_viitteenne_tilausnumero")
def _t15():
    body = ("Hei,\n\nlaskutetaan Metsänhoitoyhdistys Kaakko ry:ltä valvontamaksu (LU10) 1 kpl ajalta H1 2026 sekä "
            "julkaisut (JU10) 40 kpl.\n\nViitteenne: Pekka Virtanen\nTilausnumero: MHY-445\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Kaakko valvontamaksu", "Tue, 08 Sep 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'ajalta H1 2026' (for the first half of 2026) on the fee line; references under "
                              "'Viitteenne' and 'Tilausnumero'.", PER,
                              [request(cust("K-5006"), [line(YF, "LU10", "1", ps="2026-01-01", pe="2026-06-30",
                                                             skip=ND),
                                                        line(YF, "JU10", "40", skip=NOP)], [], YF,
                                       buyer="Pekka Virtanen", order="MHY-445")])


@case("t16_sv_sek_dot_thousands_totalt")
def _t16():
    body = ("Hej,\n\nVretstorp Entreprenad Öst AB:\n"
            "- Utlägg (9000) maskinhyra grävmaskin, totalt SEK 12.500\n"
            "- Fältdag (1500): 1 dag, 6/10\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Utlägg Öst", "Fri, 09 Oct 2026 11:00:00 +0200", body)
    return m, expect_requests("'totalt SEK 12.500': a lump sum (quantity 1) of twelve thousand five hundred kronor, "
                              "the dot a thousands separator; '6/10' is 6 October.", QTY,
                              [request(cust("K-4012"), [line(GS, "9000", "1", "12500.00", skip=NOP),
                                                        line(GS, "1500", "1", ps="2026-10-06", skip=ND)], [], GS)])


@case("t17_fi_euro_formats_kiintea_hinta_viite")
def _t17():
    body = ("Hei,\n\nPirkanmaan Maanrakennus Oy:\n"
            "1) Selvitystyö pohjavesialueesta, kiinteä hinta 12 500 €\n"
            "2) Kulut (KU90): laboratorion alihankinta 1 kpl, 1.250,50 EUR\n"
            "3) Asiantuntijatunnit (AT10) 6 h\n\nViite: Timo Lahti\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Pirkanmaa selvitys", "Mon, 12 Oct 2026 13:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Three amount styles: '12 500 €' (space thousands, euro after), '1.250,50 EUR' "
                              "(dot thousands, decimal comma); 'kiinteä hinta' is a lump sum (quantity 1) of a line "
                              "without a code; 'Viite:' followed by a name is the buyer's reference.", QTY,
                              [request(cust("K-5003"), [line(YF, None, "1", "12500.00", "Selvitystyö pohjavesialueesta",
                                                             skip=NP),
                                                        line(YF, "KU90", "1", "1250.50", skip=NOP),
                                                        line(YF, "AT10", "6", skip=NOP)], [], YF, buyer="Timo Lahti")])


@case("t18_fisv_three_language_disclaimer")
def _t18():
    body = ("Hej,\n\nvänligen fakturera Närpes Grönsaker Ab för tre sedimentprov (LA200) och ett kursdeltagande "
            "(KO10).\n\nMed vänlig hälsning\nAnders Holmqvist\nSpecialforskare\n" + DISCL_3)
    m = mail(ANDERS, "Fakturering Närpes", "Wed, 14 Oct 2026 10:30:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish request with a legal disclaimer in Finnish, Swedish and English that "
                              "holds the agency's numbers ('2 päivän', Y-tunnus, phone, postal code): none of them "
                              "is a count or an identity.", NUM,
                              [request(cust("K-5004"), [line(YF, "LA200", "3", skip=NOP),
                                                        line(YF, "KO10", "1", skip=NOP)], [], YF)])


@case("t19_sv_pdf_order_form_two_column_head")
def _t19():
    css = ".h td { border: none; padding: 1pt 6pt 1pt 0 }"
    html = ("<h1>BESTÄLLNING / FAKTURAUNDERLAG</h1>"
            "<table class='h'><tr><td style='width:50%'><b>Kund:</b> Stiftelsen Kvarnbackens Naturreservat<br>"
            f"<b>Org.nr:</b> {org('K-4014')}<br><b>Fakturaadress:</b> Box 12, 744 21 Heby</td>"
            "<td><b>Er referens:</b> Ingrid Ståhl<br><b>Beställningsnr:</b> KB-2026-07<br>"
            "<b>Beställningsdatum:</b> 2026-08-20</td></tr></table><br>"
            "<table><thead><tr><th>Artikel</th><th>Benämning</th><th class='num'>Antal</th><th>Enhet</th>"
            "<th class='num'>À-pris</th><th class='num'>Belopp</th></tr></thead><tbody>"
            "<tr><td>1010</td><td>Provtagning, borrpunkt</td><td class='num'>5</td><td>st</td>"
            "<td class='num'>2 350,00</td><td class='num'>11 750,00</td></tr>"
            "<tr><td>2010</td><td>Utredningstimme</td><td class='num'>10,5</td><td>tim</td>"
            "<td class='num'>1 250,00</td><td class='num'>13 125,00</td></tr>"
            "<tr><td colspan=5>Summa exkl. moms</td><td class='num'>24 875,00</td></tr>"
            "<tr><td colspan=5>Moms 25 %</td><td class='num'>6 218,75</td></tr>"
            "<tr><td colspan=5><b>Totalt att fakturera</b></td><td class='num'><b>31 093,75</b></td></tr>"
            "</tbody></table>")
    m = mail(MARIA, "Underlag Kvarnbacken", "Mon, 05 Oct 2026 14:30:00 +0200",
             "Hej,\nunderlaget bifogat som pdf.\n/Maria\n", attachments=[pdf("bestallning_kvarnbacken.pdf", html, css)])
    return m, expect_requests("A PDF form with a two-column head (customer block left, references right, labels in "
                              "bold) and a line table with sum, VAT and total rows; the order date is no service "
                              "period.", TAB,
                              [request(cust("K-4014"), [line(GS, "1010", "5", "2350.00", "Provtagning, borrpunkt"),
                                                        line(GS, "2010", "10.5", "1250.00", "Utredningstimme")], [],
                                       GS, buyer="Ingrid Ståhl", order="KB-2026-07")])


@case("t20_fi_csv_ytunnus_only_finnish_dates")
def _t20():
    csv = ("Y-tunnus;Tuote;Määrä;Alkaa;Päättyy;Viitteenne\n"
           f"{org('K-5009')};AT20;2;7.9.2026;8.9.2026;Sanna Kivelä\n"
           f"{org('K-5006')};KO10;12;15.9.2026;15.9.2026;\n"
           f"{org('K-5009')};AT10;5,5;7.9.2026;11.9.2026;Sanna Kivelä\n")
    m = mail(KIRSI, "Syyskuun kenttätyöt", "Mon, 05 Oct 2026 09:00:00 +0300", "Hei,\n\nliitteenä.\n\nKirsi\n",
             to=CENTRE_FI, attachments=[text_att("kenttatyot_09.csv", csv)])
    return m, expect_requests("A CSV whose customers are only Y-tunnus numbers, start and end columns with Finnish "
                              "dates (d.m.yyyy), a reference column empty for one customer; rows of the same customer "
                              "grouped.", TAB,
                              [request(cust("K-5009"), [line(YF, "AT20", "2", ps="2026-09-07", pe="2026-09-08",
                                                             skip=ND),
                                                        line(YF, "AT10", "5.5", ps="2026-09-07", pe="2026-09-11",
                                                             skip=ND)], [], YF, buyer="Sanna Kivelä"),
                               request(cust("K-5006"), [line(YF, "KO10", "12", ps="2026-09-15", skip=ND)], [], YF)])
