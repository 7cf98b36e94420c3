"""Ninth held-out set (written blind), part A: invoicing requests as real agency mail brings them — very short
mails, non-native mixed Swedish/English with typos in the labels, the request in the third paragraph after small
talk, lettered lists with sub-bullets, plain-text tables aligned by spaces only, a comma CSV with quoted comma
decimals, XLSX with hidden columns and formulas (cached values) or the customer in a merged title cell, a PDF with
a logo image, a scanned-only PDF, prices 'exkl. moms' / 'sis. alv', half days, started hours, a minimum charge,
travel expenses as an amount and a km allowance, a currency said once at the top, several months each with its
own count, a housing co-operative (Brf) in the register, and misspelt customer names."""
from __future__ import annotations

import base64

from tests.intake.cases.mailkit import expect_requests, mail, pdf, text_att
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

from .kit9 import ASK_ORG, case, cust, line, org, request, xlsx_real

TAB, KIND, SEV, QTY, PER, REF, ASK, IDS, PRI = ("3-tables", "1-kind", "4-several", "5-quantities", "6-periods",
                                                "7-references", "11-must-ask", "9-identities", "12-prices")
NOP = ("description", "period_start", "period_end")
NP = ("period_start", "period_end")
NOV = {"ps": "2026-11-01", "pe": "2026-11-30"}

# a 1x1 grey PNG, as a logo or a scanned page
PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55"
    "0000000a4944415408d76368000000820081dd436af40000000049454e44ae426082")).decode()


@case("r01_sv_very_short_enl_avtal")
def _r01():
    body = "Fakturera Ålidens kommun 3 h utredning (2010) enl avtal /Olle\n"
    m = mail(OLLE, "faktura", "Mon, 16 Nov 2026 08:02:00 +0100", body)
    return m, expect_requests("A one-line mail: customer, count, code; 'enl avtal' = the register's price.", QTY,
                              [request(cust("K-4004"), [line(GS, "2010", "3", skip=NOP)], [], GS)])


@case("r02_sv_typo_labels_fakturamotagare_antl_referns")
def _r02():
    body = ("Hej\n\nFakturamotagare: Nordkap Analys AB\nArtikel: 1020 Portrycksmätning\nAntl: 4\n"
            "Referns: Petra Lund\n\nMvh Sanna\n")
    m = mail(SANNA, "Fakturering Nordkap", "Mon, 16 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("Labels with typos ('Fakturamotagare', 'Antl', 'Referns') read as their words.", QTY,
                              [request(cust("K-4008"), [line(GS, "1020", "4", skip=NOP)], [], GS,
                                       buyer="Petra Lund")])


@case("r03_sven_non_native_mixed_language")
def _r03():
    body = ("Hello,\n\npls fakturera Sjöbo Vattenråd for 2 fältdag (1500), we was there 3 and 4 november 2026.\n"
            "Their referens is Nils Holm.\n\nThanks / Olle\n")
    m = mail(OLLE, "invoice Sjöbo", "Thu, 05 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A non-native writer mixing English and Swedish: two field days on 3–4 November.",
                              QTY, [request(cust("K-4007"), [line(GS, "1500", "2", ps="2026-11-03",
                                                                  pe="2026-11-04", skip=ND)], [], GS,
                                            buyer="Nils Holm")])


@case("r04_sv_request_in_third_paragraph_after_small_talk")
def _r04():
    body = ("Hej Karin!\n\nTack för senast, det var trevligt att ses på kickoffen den 14 oktober. Vi var 12 personer "
            "från Linköping och tåget var 40 minuter försenat, men det gick bra ändå.\n\n"
            "Här har vi haft fullt upp med 3 nya projekt och två kollegor på föräldraledighet, så jag är sen med "
            "underlaget – förlåt!\n\n"
            "Kan ni fakturera Region Vindelälven för 6 utredningstimmar (2010) under oktober 2026? "
            "Er referens: Lena Öhman.\n\nHa en fin helg!\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Hej + en faktura", "Fri, 06 Nov 2026 15:00:00 +0100", body)
    return m, expect_requests("A long chatty mail whose only request is in the third paragraph; the counts and "
                              "dates of the small talk are no lines.", KIND,
                              [request(cust("K-4013"), [line(GS, "2010", "6", ps="2026-10-01", pe="2026-10-31",
                                                             skip=ND)], [], GS, buyer="Lena Öhman")])


@case("r05_fi_lettered_list_sub_bullets_two_customers")
def _r05():
    body = ("Hei,\n\nmarraskuun laskutus:\n\n"
            "a) Kuopion Vesi Oy\n   – LA100 vesinäyte, 10 kpl\n   – AT10 asiantuntijatyö, 3 h\n"
            "b) Ruovesjärven kunta\n   – LA110 laaja analyysi, 4 kpl\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Marraskuun laskutus", "Mon, 30 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A lettered list of customers, each with indented dash sub-bullets for its lines.",
                              SEV, [request(cust("K-5001"), [line(YF, "LA100", "10", skip=NOP),
                                                             line(YF, "AT10", "3", skip=NOP)], [], YF),
                                    request(cust("K-5005"), [line(YF, "LA110", "4", skip=NOP)], [], YF)])


@case("r06_sv_plain_text_table_aligned_by_spaces")
def _r06():
    body = ("Hej,\n\nnovember:\n\n"
            "Kund                       Art    Antal   Datum\n"
            "Vretstorp Entreprenad AB   1010   3       2026-11-02\n"
            "Vretstorp Entreprenad AB   1020   2       2026-11-02\n"
            "Berg & Dal Konsult KB      2010   5,5     2026-11-05\n\n/Olle\n")
    m = mail(OLLE, "Underlag november", "Fri, 06 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A plain-text table aligned by spaces only (no separators, no rules).", TAB,
                              [request(cust("K-4003"), [line(GS, "1010", "3", ps="2026-11-02", skip=ND),
                                                        line(GS, "1020", "2", ps="2026-11-02", skip=ND)], [], GS),
                               request(cust("K-4009"), [line(GS, "2010", "5.5", ps="2026-11-05", skip=ND)], [],
                                       GS)])


@case("r07_fi_csv_comma_separator_quoted_comma_decimal")
def _r07():
    csv = ("asiakas,tuote,määrä,pvm\n"
           "Pirkanmaan Maanrakennus Oy,AT10,\"7,5\",12.11.2026\n"
           "Pirkanmaan Maanrakennus Oy,LA200,4,12.11.2026\n")
    m = mail(KIRSI, "Pirkanmaa 12.11.", "Fri, 13 Nov 2026 09:00:00 +0200", "Hei,\nliitteenä.\nKirsi\n",
             to=CENTRE_FI, attachments=[text_att("pirkanmaa.csv", csv)])
    return m, expect_requests("A comma-separated CSV whose decimal comma is kept in quotes ('\"7,5\"' = 7.5).",
                              TAB, [request(cust("K-5003"), [line(YF, "AT10", "7.5", ps="2026-11-12", skip=ND),
                                                             line(YF, "LA200", "4", ps="2026-11-12", skip=ND)],
                                            [], YF)])


@case("r08_sv_xlsx_hidden_column_and_formulas")
def _r08():
    rows = [["Kund", "Artikel", "Antal (gammalt)", "Antal", "à-pris", "Summa"],
            ["Fastighets AB Gåsen 4", "1020", 9, 6, 980, None],
            ["Fastighets AB Gåsen 4", "2010", 1, 2, 1250, None],
            ["Totalt", None, None, None, None, None]]
    att = xlsx_real("gasen_nov.xlsx", rows, hidden=("C",),
                    formulas={"F2": ("D2*E2", "5880"), "F3": ("D3*E3", "2500"), "F4": ("SUM(F2:F3)", "8380"),
                              "D4": ("SUM(D2:D3)", "8")})
    m = mail(SANNA, "Gåsen 4 november", "Mon, 16 Nov 2026 11:00:00 +0100", "Hej,\nunderlag bifogat.\n/Sanna\n",
             attachments=[att])
    return m, expect_requests("An XLSX with a hidden column of old counts (not the count) and formula cells whose "
                              "cached values are the amounts; the 'Totalt' row is no line.", TAB,
                              [request(cust("K-4010"), [line(GS, "1020", "6", "980", skip=NOP),
                                                        line(GS, "2010", "2", "1250", skip=NOP)], [], GS)])


@case("r09_fi_xlsx_customer_in_merged_title_cell")
def _r09():
    rows = [["Asiakas: Lapin Luontomatkailu Oy", None, None], [None, None, None],
            ["Tuote", "Määrä", "Päivä"], ["AT20", 2, "17.11.2026"], ["LA100", 6, "18.11.2026"]]
    att = xlsx_real("lappi_marras.xlsx", rows, merges=("A1:C1",))
    m = mail(KIRSI, "Lappi marraskuu", "Fri, 20 Nov 2026 09:00:00 +0200", "Hei,\nliite.\nKirsi\n", to=CENTRE_FI,
             attachments=[att])
    return m, expect_requests("The customer only in a merged title cell above the table.", TAB,
                              [request(cust("K-5009"), [line(YF, "AT20", "2", ps="2026-11-17", skip=ND),
                                                        line(YF, "LA100", "6", ps="2026-11-18", skip=ND)], [], YF)])


@case("r10_sv_pdf_with_logo_image_and_table")
def _r10():
    html = (f"<img src='data:image/png;base64,{PNG}' style='width:30mm;height:10mm'>"
            "<p style='font-size:7pt'>Bild 1. SGN logotyp</p><h1>Faktureringsunderlag</h1>"
            "<p>Kund: Brattfors Skogsägare ekonomisk förening<br>Beställningsnr: BSE-4520</p>"
            "<table><tr><th>Artikel</th><th>Benämning</th><th class='num'>Antal</th></tr>"
            "<tr><td>1010</td><td>Geoteknisk provtagning</td><td class='num'>4</td></tr>"
            "<tr><td>3020</td><td>Rapport, tryckt</td><td class='num'>2</td></tr></table>")
    m = mail(OLLE, "Brattfors underlag", "Tue, 17 Nov 2026 10:00:00 +0100", "Hej,\nse pdf.\n/Olle\n",
             attachments=[pdf("brattfors.pdf", html)])
    return m, expect_requests("A PDF with a logo image and its caption above the heading; the table is read, "
                              "the image skipped.", TAB,
                              [request(cust("K-4005"), [line(GS, "1010", "4", skip=NOP),
                                                        line(GS, "3020", "2", skip=NOP)], [], GS,
                                       order="BSE-4520")])


@case("r11_sv_pdf_scanned_image_only_not_read")
def _r11():
    html = f"<img src='data:image/png;base64,{PNG}' style='width:180mm;height:250mm'>"
    m = mail(MARIA, "Inskannat underlag", "Wed, 18 Nov 2026 10:00:00 +0100",
             "Hej,\n\nunderlaget för Nordkap Analys AB bifogas, inskannat.\n\n/Maria\n",
             attachments=[pdf("scan_0001.pdf", html)])
    return m, expect_requests("The lines are only in a scanned image (the PDF has no text): the customer is "
                              "named, but no line can be read, so the lines are asked (contract question "
                              "'lines'), never made up.", ASK, [request(cust("K-4008"), [], ["lines"], GS)])


@case("r12_sv_price_exkl_moms")
def _r12():
    body = ("Hej,\n\nFakturera Fastighets AB Gåsen 4 för expertgranskning (2020), 8 tim à 1 400 kr exkl. moms.\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Gåsen granskning", "Thu, 19 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A price stated 'exkl. moms': the net unit price as written.", PRI,
                              [request(cust("K-4010"), [line(GS, "2020", "8", "1400", skip=NOP)], [], GS)])


@case("r13_fi_price_sis_alv_asks")
def _r13():
    body = ("Hei,\n\nlaskuttakaa Metsänhoitoyhdistys Kaakko ry:tä: asiantuntijatyö AT10 5 h, hinta 150,60 €/h "
            "sis. alv.\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Mhy Kaakko", "Thu, 19 Nov 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A price stated including VAT ('sis. alv') differs from the register's net price: "
                              "the net price is not written, so it is asked, not computed.", ASK,
                              [request(cust("K-5006"), [line(YF, "AT10", "5", None, skip=NOP)],
                                       ["lines[0].unit_price"], YF)])


@case("r14_sv_half_days_price_per_half_day")
def _r14():
    body = ("Hej,\n\nSjöbo Vattenråd: fältarbete (1500) 3 halvdagar à 5 200 kr per halvdag, 23–25 november.\n\n"
            "/Maria\n")
    m = mail(MARIA, "Sjöbo halvdagar", "Thu, 26 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A price per half day: 3 units at the half-day price as written.", PRI,
                              [request(cust("K-4007"), [line(GS, "1500", "3", "5200", ps="2026-11-23",
                                                             pe="2026-11-25", skip=ND)], [], GS)])


@case("r15_sv_per_started_hour")
def _r15():
    body = ("Hej,\n\nBerg & Dal Konsult KB: utredning (2010) 2 tim 20 min, debiteras per påbörjad timme.\n"
            "Er ref: Linnea Dal\n\n/Sanna\n")
    m = mail(SANNA, "Berg & Dal utredning", "Fri, 27 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("'per påbörjad timme': 2 h 20 min counts 3 hours.", QTY,
                              [request(cust("K-4009"), [line(GS, "2010", "3", skip=NOP)], [], GS,
                                       buyer="Linnea Dal")])


@case("r16_fi_minimum_charge")
def _r16():
    body = ("Hei,\n\nTmi Jari Koskinen: puhelinneuvonta AT10, kesto 40 min. Minimiveloitus 2 h sopimuksen "
            "mukaan.\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Koskinen neuvonta", "Fri, 27 Nov 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("40 minutes of work under a minimum charge of 2 h: 2 hours are invoiced.", QTY,
                              [request(cust("K-5010"), [line(YF, "AT10", "2", skip=NOP)], [], YF)])


@case("r17_sv_travel_amount_and_km_allowance")
def _r17():
    body = ("Hej,\n\nBrattfors Skogsägare ekonomisk förening, fältdag 24 november:\n\n"
            "1500 Fältdag 1 dag\n9000 Utlägg tågresa 1 840 kr\n9000 Bilersättning 120 km à 2,50 kr\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Brattfors fältdag + utlägg", "Wed, 25 Nov 2026 10:00:00 +0100", body)
    d = {"ps": "2026-11-24", "skip": ND}
    return m, expect_requests("Travel expenses as an amount only (1 × 1 840) and a km allowance '120 km à 2,50' "
                              "(120 × 2.50).", QTY,
                              [request(cust("K-4005"), [line(GS, "1500", "1", **d),
                                                        line(GS, "9000", "1", "1840", **d),
                                                        line(GS, "9000", "120", "2.50", **d)], [], GS)])


@case("r18_en_currency_once_at_top")
def _r18():
    body = ("Hi,\n\nAll prices below are in EUR.\n\nMiljølab Nordsjælland ApS:\n"
            "- 1500 field day, 2 days, 900.00 per day\n- 3020 printed report, 3 pcs, 48.00 each\n\n"
            "PO: ML-2026-0240\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Miljølab November", "Mon, 30 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("The currency said once above the lines applies to each price.", PRI,
                              [request(cust("K-4015"), [line(GS, "1500", "2", "900.00", skip=NOP),
                                                        line(GS, "3020", "3", "48.00", skip=NOP)], [], GS,
                                       order="ML-2026-0240", currency="EUR")])


@case("r19_sv_several_months_each_own_count")
def _r19():
    body = ("Hej,\n\nStiftelsen Kvarnbackens Naturreservat, tillståndsavgift (4010):\n"
            "augusti 2026: 1 st\nseptember 2026: 1 st\noktober 2026: 2 st\n\n/Sanna\n")
    m = mail(SANNA, "Kvarnbacken avgifter", "Mon, 02 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("Three months, each with its own count: one line per month with its period.", PER,
                              [request(cust("K-4014"), [line(GS, "4010", "1", ps="2026-08-01", pe="2026-08-31",
                                                             skip=ND),
                                                        line(GS, "4010", "1", ps="2026-09-01", pe="2026-09-30",
                                                             skip=ND),
                                                        line(GS, "4010", "2", ps="2026-10-01", pe="2026-10-31",
                                                             skip=ND)], [], GS)])


@case("r20_sv_brf_by_org_number_name_variant")
def _r20():
    body = ("Hej,\n\nFakturera BRF Solgläntan nr 3 (org.nr " + org("K-4016") + ") för 2 provtagningar (1010), "
            "utförda 2026-11-10.\nKontakt: ordförande Eva Ek\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Brf Solgläntan", "Wed, 11 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A housing co-operative written differently from the register ('BRF … nr 3') but "
                              "with its org number: resolved by the number.", IDS,
                              [request(cust("K-4016"), [line(GS, "1010", "2", ps="2026-11-10", skip=ND)], [], GS,
                                       buyer="Eva Ek")])


@case("r21_en_brf_exact_name_please_invoice")
def _r21():
    body = ("Hi!\n\nInvoice to Brf Solgläntan 3 please: 1 pore pressure measurement (1020) and 1 printed report "
            "(3020).\n\nBR Olle\n")
    m = mail(OLLE, "Brf invoice", "Thu, 12 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A Brf by its exact register name in an English sentence.", IDS,
                              [request(cust("K-4016"), [line(GS, "1020", "1", skip=NOP),
                                                        line(GS, "3020", "1", skip=NOP)], [], GS)])


@case("r22_sv_misspelt_customer_name_asks")
def _r22():
    body = "Hej,\n\nFakturera Nordkapp Analys AB 3 st portrycksmätning (1020).\n\n/Sanna\n"
    m = mail(SANNA, "Nordkapp", "Fri, 13 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A misspelt customer name ('Nordkapp'): close to a register name but no exact "
                              "match — asked, never guessed.", IDS,
                              [request(ASK_ORG, [line(GS, "1020", "3", skip=NOP)], ["customer.org_no"], GS)])


@case("r23_fisv_finland_swedish_terrangdag")
def _r23():
    body = ("Hej,\n\nvar vänlig fakturera Närpes Grönsaker Ab för 3 st vattenprov (LA100) och 1 terrängdag (AT20), "
            "18.11.2026.\n\nMed vänliga hälsningar\nAnders Holmqvist\nYTL / Vasa\n")
    m = mail(ANDERS, "Fakturering Närpes", "Thu, 19 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish wording ('terrängdag', 'var vänlig fakturera') with Finnish codes.",
                              QTY, [request(cust("K-5004"), [line(YF, "LA100", "3", ps="2026-11-18", skip=ND),
                                                             line(YF, "AT20", "1", ps="2026-11-18", skip=ND)],
                                            [], YF)])


@case("r24_en_two_customers_one_unknown_asks")
def _r24():
    body = ("Hi,\n\nplease invoice:\n\n1. Oy Nordic Soil Lab Ab – 4 expert hours (AT10)\n"
            "2. Baltic Geo Services – 2 field days (AT20)\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Two invoices", "Mon, 23 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Two customers; the second is not in the register and has no identifier: its "
                              "number is asked.", IDS,
                              [request(cust("K-5007"), [line(YF, "AT10", "4", skip=NOP)], [], YF),
                               request(ASK_ORG, [line(YF, "AT20", "2", skip=NOP)], ["customer.org_no"], YF)])


@case("r25_sv_dash_list_count_after_dash")
def _r25():
    body = ("Hej!\n\nGöran Lilja (privatperson):\n- Rapport, tryckt (3020) – 2\n- Utredningstimme (2010) – 1,5\n\n"
            "/Maria\n")
    m = mail(MARIA, "Göran Lilja", "Tue, 24 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("Counts written after a dash at the end of each line.", QTY,
                              [request(cust("K-4006"), [line(GS, "3020", "2", skip=NOP),
                                                        line(GS, "2010", "1.5", skip=NOP)], [], GS)])


@case("r26_fi_quantity_missing_with_stray_numbers_asks")
def _r26():
    body = ("Hei,\n\nKuopion Vesi Palvelut Oy: vesinäytteitä LA110, määrä tarkentuu kun laboratorio on valmis "
            "(arvio 2–3 viikkoa).\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Kuopion Vesi Palvelut", "Tue, 24 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("The count is still to come ('määrä tarkentuu'); '2–3 viikkoa' is a duration, not "
                              "the count: asked.", ASK,
                              [request(cust("K-5002"), [line(YF, "LA110", None, skip=NOP)], ["lines[0].quantity"],
                                       YF)])
