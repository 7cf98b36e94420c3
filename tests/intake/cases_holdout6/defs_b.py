"""Sixth held-out set (written blind), part B: payment advices (camt-like fields pasted as text, Finnish
viitenumero in groups of five, an English remittance with invoice numbers and OCR references), identities (a
customer number only, a Swedish or Finnish VAT number only, a region with a 2-org number, a kommun's
department), traps that must ask ('samma som förra månaden', '3–4 st', 'runt 20 h'), dates ('den 3:e mars', '3/4'),
numbers that are not the count (a property's block number, sum/VAT/to-pay rows), a second customer named only,
interleaved customers, minutes and Finnish 'puolitoista', RTF leftovers and a price inquiry."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_requests, expect_unknown, mail
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
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)

from .kit6 import case, cust, line, org, request, vat

ADV, IDS, ASK, NUM, KIND = "7-advice", "8-identities", "9-must-ask", "10-numbers", "11-kinds"
NOP = ("description", "period_start", "period_end")


@case("v21_sv_camt_fields_pasted_as_text")
def _v21():
    o1, o2 = se_ocr("52030118"), se_ocr("52030274")
    body = ("Hej,\ninbetalning från Nordkap Analys AB enligt bankens avisering, klistrad nedan.\n/Ekonomi\n\n"
            "Ntry:\n  Amt: 7350.00 SEK\n  BookgDt: 2026-05-12\n  RltdPties/Dbtr/Nm: NORDKAP ANALYS AB\n"
            "  RmtInf/Strd:\n"
            f"    CdtrRefInf/Ref: {o1}   RfrdDocAmt/RmtdAmt: 4900.00\n"
            f"    CdtrRefInf/Ref: {o2}   RfrdDocAmt/RmtdAmt: 2450.00\n")
    m = mail(GEO_EKONOMI, "Inbetalning Nordkap", "Wed, 13 May 2026 09:00:00 +0200", body)
    return m, expect_advice("camt.054 field names pasted as text: booking date, debtor name, two structured "
                            "references with their remitted amounts (4900 + 2450 = 7350).", ADV,
                            {"name": "Nordkap Analys AB"}, "2026-05-12", "7350.00", "SEK",
                            [(None, o1, "4900.00"), (None, o2, "2450.00")])


@case("v22_fi_viitenumero_in_groups_of_five")
def _v22():
    v1, v2 = fi_ref("770201512"), fi_ref("770203317")
    g1, g2 = f"{v1[:5]} {v1[5:]}", f"{v2[:5]} {v2[5:]}"
    body = ("Hei,\n\nKuopion Vesi Oy ilmoitti maksaneensa 5.5.2026 seuraavat laskut:\n\n"
            f"Lasku 7702015, viitenumero {g1}, 392,00 €\nLasku 7702033, viitenumero {g2}, 196,00 €\n"
            "Yhteensä 588,00 €\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Kuopion Vesi maksoi", "Wed, 06 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_advice("Finnish references printed in groups of five ('77020 15121'); 392 + 196 = 588.", ADV,
                            {"name": "Kuopion Vesi Oy"}, "2026-05-05", "588.00", "EUR",
                            [("7702015", v1, "392.00"), ("7702033", v2, "196.00")])


@case("v23_en_remittance_invoice_numbers_and_ocr")
def _v23():
    o1, o2 = se_ocr("41020115"), se_ocr("41020262")
    body = ("Hi,\n\nforwarding the customer's remittance below.\n\nSGN Ekonomi\n\n"
            "---------- Forwarded message ---------\nFrom: Accounts <accounts@bergdal.se>\n"
            "Date: Thu, 14 May 2026 at 10:02\nSubject: Remittance advice\nTo: <ekonomi@sgn.se>\n\n"
            "REMITTANCE ADVICE\nPayer: Berg & Dal Konsult KB\nPayment date: 14 May 2026\n\n"
            f"Invoice no. 4102011   OCR {o1}   SEK 2,350.00\n"
            f"Invoice no. 4102026   OCR {o2}   SEK 11,750.00\n"
            "Total paid: SEK 14,100.00\n")
    m = mail(GEO_EKONOMI, "Fwd: Remittance advice", "Thu, 14 May 2026 11:00:00 +0200", body)
    return m, expect_advice("An English remittance (English number format, currency before the amount) with "
                            "invoice numbers and OCR references; 2,350 + 11,750 = 14,100.", ADV,
                            {"name": "Berg & Dal Konsult KB"}, "2026-05-14", "14100.00", "SEK",
                            [("4102011", o1, "2350.00"), ("4102026", o2, "11750.00")])


@case("v24_sv_customer_number_only")
def _v24():
    body = ("Hej,\n\nKundnr K-4009\nUtredningstimme (2010): 2 h, 14 maj\n\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Utredning", "Fri, 15 May 2026 09:00:00 +0200", body)
    return m, expect_requests("The customer only by its customer number.", IDS,
                              [request(cust("K-4009"), [line(GS, "2010", "2", ps="2026-05-14", skip=ND)], [], GS)])


@case("v25_sv_vat_number_only")
def _v25():
    body = (f"Hej,\n\nMomsreg.nr {vat('K-4010')} – tillståndsavgift (4010), 1 st.\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Tillstånd", "Mon, 18 May 2026 09:00:00 +0200", body)
    return m, expect_requests("The customer only by its Swedish VAT number (SE…01).", IDS,
                              [request(cust("K-4010"), [line(GS, "4010", "1", skip=NOP)], [], GS)])


@case("v26_fi_vat_number_only")
def _v26():
    body = (f"Hei,\n\nALV-tunniste {vat('K-5009')}: julkaisu (JU10) 20 kpl.\n\n" + sig_ytl("Kirsi Laine"))
    m = mail(KIRSI, "Julkaisut", "Tue, 19 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("The customer only by its Finnish VAT number (FI + Y-tunnus digits).", IDS,
                              [request(cust("K-5009"), [line(YF, "JU10", "20", skip=NOP)], [], YF)])


@case("v27_sv_region_org_2_and_ordinal_date")
def _v27():
    body = (f"Hej,\n\nRegion Vindelälven, org.nr {org('K-4013')}: kurs per deltagare (3010), 6 deltagare. Kursen "
            "hölls den 3:e mars.\n\n" + sig_geo("Sanna Wallin", "Kursadministratör"))
    m = mail(SANNA, "Kurs regionen", "Tue, 10 Mar 2026 09:00:00 +0100", body)
    return m, expect_requests("A region (org number 2xxxxx) and a date with an ordinal suffix ('den 3:e mars').",
                              IDS, [request(cust("K-4013"), [line(GS, "3010", "6", ps="2026-03-03", skip=ND)], [], GS)])


@case("v28_sv_kommun_genitive_department_er_referens")
def _v28():
    body = ("Hej,\n\nFakturera Ålidens kommuns miljö- och byggförvaltning: 2 fältdagar (1500) 7–8 maj.\n"
            "Er referens: Karin Holm\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Fältdagar Åliden", "Mon, 11 May 2026 09:00:00 +0200", body)
    return m, expect_requests("A kommun in the genitive followed by its department: the customer is the kommun.",
                              IDS, [request(cust("K-4004"), [line(GS, "1500", "2", ps="2026-05-07", pe="2026-05-08",
                                                                  skip=ND)], [], GS, buyer="Karin Holm")])


@case("v29_sv_samma_som_forra_manaden")
def _v29():
    body = ("Hej,\n\nSjöbo Vattenråd: utredningstimmar (2010) för maj, samma antal som förra månaden.\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Sjöbo maj", "Mon, 01 Jun 2026 09:00:00 +0200", body)
    return m, expect_requests("'Samma antal som förra månaden' refers to a count that is not in the mail: asked.",
                              ASK, [request(cust("K-4007"), [line(GS, "2010", None, skip=NOP)],
                                            ["lines[0].quantity"], GS)])


@case("v30_sv_quantity_range_3_4_st")
def _v30():
    body = ("Hej,\n\nNordkap Analys AB: portrycksmätningar (1020), 3–4 st, vecka 20.\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Portryck v 20", "Mon, 18 May 2026 09:00:00 +0200", body)
    return m, expect_requests("A range '3–4 st' is no count: asked (the week is read).", ASK,
                              [request(cust("K-4008"), [line(GS, "1020", None, ps="2026-05-11", pe="2026-05-17",
                                                             skip=ND)], ["lines[0].quantity"], GS)])


@case("v31_sv_runt_20_h")
def _v31():
    body = ("Hej,\n\nBrattfors Skogsägare ekonomisk förening, utredningstimmar (2010): runt 20 h i april.\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Brattfors april", "Mon, 04 May 2026 09:00:00 +0200", body)
    return m, expect_requests("'runt 20 h' (around 20 hours) is approximate: asked.", ASK,
                              [request(cust("K-4005"), [line(GS, "2010", None, ps="2026-04-01", pe="2026-04-30",
                                                             skip=ND)], ["lines[0].quantity"], GS)])


@case("v32_sv_slash_date_day_month")
def _v32():
    body = ("Hej,\n\nFältdag (1500) för Vretstorp Entreprenad Öst AB, 1 dag, utförd 3/4.\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Fältdag Öst", "Tue, 07 Apr 2026 09:00:00 +0200", body)
    return m, expect_requests("'3/4' in a Swedish mail of 7 April is the 3rd of April (day/month), not a fraction "
                              "and not a count; the daughter company, not its parent.", NUM,
                              [request(cust("K-4012"), [line(GS, "1500", "1", ps="2026-04-03", skip=ND)], [], GS)])


@case("v33_sv_block_number_not_count")
def _v33():
    body = ("Hej,\n\nHallstahammars Bostäder AB, kv. Lärkan 7: geoteknisk provtagning (1010), 6 borrpunkter.\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Provtagning Lärkan 7", "Wed, 20 May 2026 09:00:00 +0200", body)
    return m, expect_requests("The block's number ('kv. Lärkan 7') is not the count; 6 is.", NUM,
                              [request(cust("K-4001"), [line(GS, "1010", "6", skip=NOP)], [], GS)])


@case("v34_sv_sum_vat_to_pay_rows_not_lines")
def _v34():
    body = ("Hej,\n\nHallstahammars Bostäder Förvaltning AB\n\n"
            "Portrycksmätning 1020      3 st     2 940,00\n"
            "Provtagning 1010           2 st     4 700,00\n"
            "                                   ---------\n"
            "Summa                               7 640,00\n"
            "Moms 25 %                           1 910,00\n"
            "Att betala                          9 550,00\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Förvaltningen", "Thu, 21 May 2026 09:00:00 +0200", body)
    return m, expect_requests("Sum, VAT and to-pay rows under two lines are no lines: 3 × 980 = 2 940, "
                              "2 × 2 350 = 4 700, 7 640 + 1 910 = 9 550.", NUM,
                              [request(cust("K-4002"), [line(GS, "1020", "3", "980.00", skip=NOP),
                                                        line(GS, "1010", "2", "2350.00", skip=NOP)], [], GS)])


@case("v35_fi_second_customer_named_only")
def _v35():
    body = ("Hei,\n\nKuopion Vesi Oy: perusanalyysit (LA100) 8 kpl. Kuopion Vesi Palvelut Oy:n näytteet "
            "laskutetaan erikseen kesäkuussa.\n\n" + sig_ytl("Kirsi Laine"))
    m = mail(KIRSI, "Kuopion Vesi", "Fri, 22 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A second customer is named only to say it is billed later: one request, and the "
                              "8 samples are the first customer's.", NUM,
                              [request(cust("K-5001"), [line(YF, "LA100", "8", skip=NOP)], [], YF)])


@case("v36_en_two_customers_one_sentence_semicolon")
def _v36():
    body = ("Hi,\n\nplease invoice: Nordkap Analys Oy – 2 extended water analyses (LA110); Oy Nordic Soil Lab Ab – "
            "5 basic water analyses (LA100) and 2 sediment samples (LA200).\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Lab invoices", "Mon, 25 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Two customers in one sentence split by a semicolon; the second has two lines.", NUM,
                              [request(cust("K-5008"), [line(YF, "LA110", "2", skip=NOP)], [], YF),
                               request(cust("K-5007"), [line(YF, "LA100", "5", skip=NOP),
                                                        line(YF, "LA200", "2", skip=NOP)], [], YF)])


@case("v37_sv_minutes_only")
def _v37():
    body = ("Hej,\n\nNordkap Analys AB: telefonmöte om granskningen, utredningstimme (2010) 90 minuter, 26 maj.\n\n"
            + sig_geo("Sanna Wallin", "Granskare"))
    m = mail(SANNA, "Telefonmöte Nordkap", "Wed, 27 May 2026 09:00:00 +0200", body)
    return m, expect_requests("90 minutes of an hourly article is 1.5 hours, never 90.", NUM,
                              [request(cust("K-4008"), [line(GS, "2010", "1.5", ps="2026-05-26", skip=ND)], [], GS)])


@case("v38_fi_puolitoista_tuntia")
def _v38():
    body = ("Hei,\n\nNärpes Grönsaker Ab: asiantuntijatyötä (AT10) puolitoista tuntia 27.5.\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Närpes", "Thu, 28 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'puolitoista tuntia' is one and a half hours.", NUM,
                              [request(cust("K-5004"), [line(YF, "AT10", "1.5", ps="2026-05-27", skip=ND)], [], YF)])


@case("v39_sv_rtf_leftovers_in_body")
def _v39():
    body = ("{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 Hej,\\par\\par "
            f"Kund: Göran Lilja, {org('K-4006')}\\par Tillståndsavgift (4010): 1 st\\par\\par Olle\\par}}\n")
    m = mail(OLLE, "Tillstånd Lilja", "Fri, 29 May 2026 09:00:00 +0200", body)
    return m, expect_requests("RTF control words left in a plain-text body (\\par as line ends); 'fs22' and "
                              "'deff0' are no numbers of the request.", KIND,
                              [request(cust("K-4006"), [line(GS, "4010", "1", skip=NOP)], [], GS)])


@case("v40_sv_price_inquiry_not_request")
def _v40():
    body = ("Hej,\n\nvad skulle 3 fältdagar (1500) i juni kosta för Vretstorp Entreprenad AB? Kunden vill ha en "
            "offert innan de bestämmer sig.\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Fråga om pris", "Tue, 26 May 2026 09:00:00 +0200", body)
    return m, expect_unknown("A question about a price for an offer: nothing is to be invoiced.", KIND)
