"""Fifth held-out set (written blind), part B: tables (a PDF form with an empty price cell, HTML with a customer
cell spanning two rows), several customers (org numbers only, near-duplicate names numbered, a shared 'Q3/2026',
one customer not in the register), quantities and amounts ('à-pris × antal' with totals excl./incl. VAT, a price
with no count yet, 'kertamaksu 1250 €', 'EUR 1.250,00', a count promised later, 'n. 180 € (tarkentuu)', hours and
minutes)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail, pdf
from tests.intake.cases_holdout2.kit import (
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
    new_cust,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)

from .kit5 import DISCL_FI_SV, case, cust, line, org, request

TAB, SEV, QTY = "3-tables", "4-several", "5-quantities"


@case("u12_sv_apris_times_antal_summa_exkl_inkl")
def _u12():
    body = ("Hej,\n\nKund: Ålidens kommun\n\nTillståndsavgift (4010): 3 500:- × 2\n"
            "Utredningstimme (2010): 1 250 kr × 3,5 tim, exkl. moms\n\n"
            "Summa exkl. moms 11 375:-, inkl. moms 12 468,75 kr.\n\n" + sig_geo("Sanna Wallin", "Handläggare"))
    m = mail(SANNA, "Fakturaunderlag Ålidens kommun", "Wed, 08 Apr 2026 10:00:00 +0200", body)
    return m, expect_requests("Lines written 'à-pris × antal' (price first, '3 500:-'), a net and a VAT-inclusive "
                              "sum that both agree (7 000 + 4 375 = 11 375; VAT 0 % and 25 %: 12 468,75).", QTY,
                              [request(cust("K-4004"), [line(GS, "4010", "2", "3500", skip=ND),
                                                        line(GS, "2010", "3.5", "1250", skip=ND)], [], GS)])


@case("u13_sv_pdf_form_empty_price_cell")
def _u13():
    css = ".f td { border: none; padding: 2pt 8pt 2pt 0 }"
    html = ("<h1>Faktureringsunderlag</h1><table class='f' style='width:60%'>"
            f"<tr><td>Kund</td><td>Sjöbo Vattenråd</td></tr><tr><td>Org.nr</td><td>{org('K-4007')}</td></tr>"
            "<tr><td>Er referens</td><td>Britt Holm</td></tr></table><br>"
            "<table><thead><tr><th>Artikel</th><th>Benämning</th><th class='num'>Antal</th>"
            "<th class='num'>À-pris exkl. moms</th><th class='num'>Belopp</th></tr></thead><tbody>"
            "<tr><td>3020</td><td>Rapport, tryckt</td><td class='num'>5</td><td class='num'>450,00</td>"
            "<td class='num'>2 250,00</td></tr>"
            "<tr><td>9000</td><td>Utlägg, extern analys (ALS)</td><td class='num'>1</td><td class='num'></td>"
            "<td class='num'></td></tr></tbody></table>")
    m = mail(OLLE, "Underlag Sjöbo", "Tue, 21 Apr 2026 15:00:00 +0200",
             "Hej,\nunderlaget bifogas. Fakturan från ALS har inte kommit än.\n/Olle\n",
             attachments=[pdf("underlag_sjobo.pdf", html, css)])
    return m, expect_requests("A PDF form whose outlay line (9000, no register price) has empty price and amount "
                              "cells: the price is asked, never taken from the neighbouring row.", TAB,
                              [request(cust("K-4007"), [line(GS, "3020", "5", "450.00", "Rapport, tryckt"),
                                                        line(GS, "9000", "1", None, "Utlägg, extern analys (ALS)")],
                                       ["lines[1].unit_price"], GS, buyer="Britt Holm")])


@case("u14_sv_html_customer_cell_rowspan")
def _u14():
    html = ("<p>Hej,</p><p>underlag april:</p><table border=1 cellspacing=0 cellpadding=3>"
            "<tr><th>Kund</th><th>Artikel</th><th>Antal</th><th>Utfört</th></tr>"
            "<tr><td rowspan=2>Hallstahammars Bostäder Förvaltning AB</td><td>1010</td><td>3</td><td>2026-04-08</td>"
            "</tr><tr><td>1020</td><td>3</td><td>2026-04-08</td></tr>"
            "<tr><td>Berg &amp; Dal Konsult KB</td><td>2010</td><td>6</td><td>2026-04-15</td></tr></table>"
            "<p>/Sanna</p>")
    m = mail(SANNA, "Underlag april", "Thu, 30 Apr 2026 16:00:00 +0200", None, html)
    return m, expect_requests("An HTML-only table whose first customer cell spans two rows (rowspan): both rows "
                              "are that customer's; the near-duplicate 'Hallstahammars Bostäder AB' is not meant.",
                              TAB,
                              [request(cust("K-4002"), [line(GS, "1010", "3", ps="2026-04-08"),
                                                        line(GS, "1020", "3", ps="2026-04-08")], [], GS),
                               request(cust("K-4009"), [line(GS, "2010", "6", ps="2026-04-15")], [], GS)])


@case("u15_sv_two_customers_by_org_number_only")
def _u15():
    body = ("Hej,\n\ntvå fakturor:\n\n"
            f"{org('K-4001')}: 2 st portrycksmätningar (1020), utförda 9 april.\n"
            f"{org('K-4008')}: 4 utredningstimmar (2010).\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Två fakturor", "Tue, 14 Apr 2026 09:00:00 +0200", body)
    return m, expect_requests("Each customer only by its org number at the start of its line; the signature holds "
                              "the agency's own org number and bankgiro.", SEV,
                              [request(cust("K-4001"), [line(GS, "1020", "2", ps="2026-04-09", skip=ND)], [], GS),
                               request(cust("K-4008"), [line(GS, "2010", "4", skip=ND)], [], GS)])


@case("u16_fi_near_duplicates_numbered")
def _u16():
    body = ("Hei,\n\nhuhtikuun laskutettavat:\n1) Kuopion Vesi Oy: LA100 12 kpl\n"
            "2) Kuopion Vesi Palvelut Oy: LA100 3 kpl ja LA200 1 kpl\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Huhtikuun laskutus", "Tue, 05 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    apr: dict[str, Any] = {"ps": "2026-04-01", "pe": "2026-04-30", "skip": ND}
    return m, expect_requests("Two near-duplicate register names as numbered items; the second item has two lines "
                              "joined by 'ja'; 'huhtikuun' in the heading is every line's period.", SEV,
                              [request(cust("K-5001"), [line(YF, "LA100", "12", **apr)], [], YF),
                               request(cust("K-5002"), [line(YF, "LA100", "3", **apr), line(YF, "LA200", "1", **apr)],
                                       [], YF)])


@case("u17_en_q3_slash_year_two_customers_dashes")
def _u17():
    body = ("Hello,\n\nfor Q3/2026, please invoice:\n\nNärpes Grönsaker Ab — training day, 2 participants (KO10)\n"
            "Lapin Luontomatkailu Oy — 3 field days (AT20)\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Q3 invoicing", "Mon, 05 Oct 2026 09:00:00 +0300", body, to=CENTRE_FI)
    q3: dict[str, Any] = {"ps": "2026-07-01", "pe": "2026-09-30", "skip": ND}
    return m, expect_requests("'Q3/2026' (a slash before the year) stated once for two customers written "
                              "'Name — what (code)'.", SEV,
                              [request(cust("K-5004"), [line(YF, "KO10", "2", **q3)], [], YF),
                               request(cust("K-5009"), [line(YF, "AT20", "3", **q3)], [], YF)])


@case("u18_sv_second_customer_not_in_register")
def _u18():
    body = ("Hej,\n\nfakturera Brattfors Skogsägare ekonomisk förening för 1 kursdeltagare (3010, kursen 21 april).\n\n"
            "Fakturera även Bergslagens Markteknik för samma kurs, 2 deltagare. Deras org.nr har jag inte fått än.\n\n"
            + sig_geo("Olle Berglund", "Kursansvarig"))
    m = mail(OLLE, "Kursavgifter april", "Thu, 23 Apr 2026 09:00:00 +0200", body)
    nop = ("description", "period_start", "period_end")
    return m, expect_requests("The second customer is in no register and has no number (the signature's org "
                              "number is the agency's): only its request asks for the identity.", SEV,
                              [request(cust("K-4005"), [line(GS, "3010", "1", ps="2026-04-21", skip=ND)], [], GS),
                               request(new_cust("Bergslagens Markteknik", None, None),
                                       [line(GS, "3010", "2", skip=nop)], ["customer.org_no"], GS)])


@case("u19_sv_a_pris_count_from_travel_claim")
def _u19():
    body = ("Hej,\n\nKund: Berg & Dal Konsult KB\nUtlägg (9000): hotellnätter à 1 190:-, antal nätter enligt "
            "reseräkningen som kommer från resenären.\nUtredningstimmar (2010): 8 tim\n\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Berg & Dal utlägg", "Mon, 27 Apr 2026 10:00:00 +0200", body)
    return m, expect_requests("A price per night but no count yet ('antal nätter enligt reseräkningen'): the count "
                              "is asked, never taken as 1.", QTY,
                              [request(cust("K-4009"), [line(GS, "9000", None, "1190", skip=ND),
                                                        line(GS, "2010", "8", skip=ND)], ["lines[0].quantity"], GS)])


@case("u20_fi_euro_after_number_kertamaksu")
def _u20():
    body = ("Hei,\n\nAsiakas: Metsänhoitoyhdistys Kaakko ry\n\nAT10 asiantuntijatyö 7,5 h à 135 €\n"
            "KU90 aineiston käsittely, kertamaksu 1250 €\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja") + DISCL_FI_SV)
    m = mail(KIRSI, "Laskutus Mhy Kaakko", "Mon, 11 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'1250 €' without a thousands separator marked 'kertamaksu' (quantity 1) and a "
                              "Finnish/Swedish disclaimer with the agency's Y-tunnus and postal code.", QTY,
                              [request(cust("K-5006"), [line(YF, "AT10", "7.5", "135", skip=ND),
                                                        line(YF, "KU90", "1", "1250", skip=ND)], [], YF)])


@case("u21_en_times_each_eur_european_format")
def _u21():
    body = ("Hi,\n\nplease invoice Lapin Luontomatkailu Oy:\n\n2 x field instrument rental (KU90) à EUR 1.250,00\n"
            "1 x permit fee (LU10)\n\nTheir reference: Outi Rautio.\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Instrument rental", "Wed, 13 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'2 x … à EUR 1.250,00': the price each in European format, not a total.", QTY,
                              [request(cust("K-5009"), [line(YF, "KU90", "2", "1250.00", skip=ND),
                                                        line(YF, "LU10", "1", skip=ND)], [], YF,
                                       buyer="Outi Rautio")])


@case("u22_sv_antal_meddelas_senare")
def _u22():
    body = ("Hej,\n\nHallstahammars Bostäder AB:\n- Portrycksmätningar (1020), antal meddelas senare när protokollen "
            "är klara\n- Rapport, tryckt (3020): 2 ex\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Hallstahammar portryck", "Fri, 15 May 2026 09:00:00 +0200", body)
    return m, expect_requests("A line whose count is promised later: asked; the article code 1020 is no count.",
                              QTY, [request(cust("K-4001"), [line(GS, "1020", None, skip=ND),
                                                             line(GS, "3020", "2", skip=ND)],
                                            ["lines[0].quantity"], GS)])


@case("u23_fi_hinta_n_tarkentuu")
def _u23():
    body = ("Hei,\n\nPirkanmaan Maanrakennus Oy:\nLA200 sedimenttinäytteet 6 kpl\nKU90 näytteiden kuljetus 1 kpl, "
            "hinta n. 180 € (tarkentuu kuljetusliikkeen laskusta)\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Sedimentit Pirkanmaa", "Mon, 18 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'n. 180 € (tarkentuu …)': an approximate price of an article without a register "
                              "price: asked.", QTY,
                              [request(cust("K-5003"), [line(YF, "LA200", "6", skip=ND),
                                                        line(YF, "KU90", "1", None, skip=ND)],
                                       ["lines[1].unit_price"], YF)])


@case("u24_sv_hours_and_minutes_half_days")
def _u24():
    body = ("Hej,\n\nKund: Nordkap Analys AB\nUtredningstimmar (2010): 2 h 45 min\nFältdag (1500): 1,5 dagar\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Nordkap timmar", "Tue, 19 May 2026 09:00:00 +0200", body)
    return m, expect_requests("'2 h 45 min' is 2.75 hours (neither 2 nor 45); '1,5 dagar'.", QTY,
                              [request(cust("K-4008"), [line(GS, "2010", "2.75", skip=ND),
                                                        line(GS, "1500", "1.5", skip=ND)], [], GS)])
