"""Thirteenth held-out set (written blind), part A: invoicing requests where the money is not simple — prices
stated gross and net, gross only, an index increase with and without its result, an instalment, pro-rata
periods stated and not stated, minutes per hour and per started half hour, SEK for the Finnish agency and EUR with
reverse charge for the Swedish one, VAT-exempt lines beside VAT lines, öresavrundning, apostrophe and dot
thousands, a prepayment deducted as a negative line in parentheses, a line total with a count, a stated sum that
does not add up, a cost still to come — and about a third plain, fully stated requests."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail
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
    sig_ytl_sv,
)

from .kit13 import case, cust, line, request

EASY, PRI, QTY, PER, ASK, TAB, IDS = ("0-plain", "12-prices", "5-quantities", "6-periods", "11-must-ask",
                                      "3-tables", "9-identities")
NOP = ("description", "period_start", "period_end")


# --- plain, fully stated --------------------------------------------------------------------------------------

@case("q01_sv_plain_labelled_order_and_ref")
def _q01():
    body = ("Hej,\n\nvänligen fakturera enligt nedan.\n\nKund: Vretstorp Entreprenad AB\nBeställning: VE-26-0815\n"
            "Er referens: Tomas Ek\n\n1020 Portrycksmätning, 4 st, 2026-11-09\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Fakturering Vretstorp", "Tue, 10 Nov 2026 08:40:00 +0100", body)
    return m, expect_requests("A plain labelled request: customer, order number, reference, one line at the "
                              "register's price.", EASY,
                              [request(cust("K-4003"), [line(GS, "1020", "4", ps="2026-11-09", skip=ND)], [], GS,
                                       buyer="Tomas Ek", order="VE-26-0815")])


@case("q02_fi_plain_one_line_date")
def _q02():
    body = ("Hei,\n\nlaskuttakaa Ruovesjärven kuntaa: LA100 vesinäyte, 12 kpl, näytteet otettu 5.11.2026.\n\n"
            + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Ruovesi vesinäytteet", "Fri, 06 Nov 2026 09:15:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A plain Finnish one-line request (partitive 'Ruovesjärven kuntaa').", EASY,
                              [request(cust("K-5005"), [line(YF, "LA100", "12", ps="2026-11-05", skip=ND)], [],
                                       YF)])


@case("q03_en_plain_hours_eur_price_po")
def _q03():
    body = ("Hi,\n\nPlease invoice Oy Nordic Soil Lab Ab for 6 expert hours (AT10) at EUR 135.00 per hour, work "
            "done 2–4 November 2026. PO number NSL-4471.\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Invoice Nordic Soil Lab", "Thu, 05 Nov 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A plain English request, the price as written (equal to the register's).", EASY,
                              [request(cust("K-5007"), [line(YF, "AT10", "6", "135.00", ps="2026-11-02",
                                                             pe="2026-11-04", skip=ND)], [], YF,
                                       order="NSL-4471")])


@case("q04_sv_plain_two_lines_colon_dash_prices")
def _q04():
    body = ("Hej!\n\nHallstahammars Bostäder AB\n"
            "1010 Provtagning 2 st à 2 350:-\n3020 Rapport, tryckt 2 st à 450:-\n"
            "Utfört 2026-11-12.\n\nTack!\nSanna\n")
    m = mail(SANNA, "Hallstahammar provtagning", "Fri, 13 Nov 2026 14:05:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-11-12", "skip": ND}
    return m, expect_requests("Two lines with prices in the ':-' style, equal to the register's.", EASY,
                              [request(cust("K-4001"), [line(GS, "1010", "2", "2350", **d),
                                                        line(GS, "3020", "2", "450", **d)], [], GS)])


@case("q05_fi_plain_course_participants")
def _q05():
    body = ("Hei,\n\nKuopion Vesi Oy:n henkilöstölle pidettiin koulutuspäivä 12.11.2026.\n"
            "Laskutettavaa: KO10 koulutuspäivä, 9 osallistujaa à 320,00 €.\n"
            "Viitteenne: Pekka Rantanen\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Koulutuspäivä Kuopion Vesi", "Fri, 13 Nov 2026 10:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A course day per participant: 9 × 320,00 € as written.", EASY,
                              [request(cust("K-5001"), [line(YF, "KO10", "9", "320.00", ps="2026-11-12", skip=ND)],
                                       [], YF, buyer="Pekka Rantanen")])


@case("q06_sv_plain_field_days_and_hotel_outlay")
def _q06():
    body = ("Hej,\n\nÅlidens kommun ska faktureras för fältarbetet 10–11 november 2026:\n\n"
            "• 1500 Fältdag – 2 dagar\n• 9000 Utlägg hotell – 1 st, 1 480 kr\n\nMärkning: Kommunstyrelsen, Per Holm\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Åliden fältarbete", "Thu, 12 Nov 2026 09:00:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-11-10", "pe": "2026-11-11", "skip": ND}
    return m, expect_requests("Two field days at the register's price and a hotel outlay of one stated amount; "
                              "the period stated once applies to both lines. 'Märkning' is the buyer reference.",
                              EASY, [request(cust("K-4004"), [line(GS, "1500", "2", **d),
                                                              line(GS, "9000", "1", "1480", **d)], [], GS,
                                             buyer="Kommunstyrelsen, Per Holm")])


@case("q07_en_plain_private_person_one_report")
def _q07():
    body = ("Hello,\n\nplease send an invoice to Elsa Nyström for one printed report (3020). She collected it "
            "on 16 November 2026.\n\nThanks,\nOlle\n")
    m = mail(OLLE, "Report for Elsa Nyström", "Tue, 17 Nov 2026 10:10:00 +0100", body)
    return m, expect_requests("A registered private person by her exact name; 'one' is the count.", EASY,
                              [request(cust("K-4011"), [line(GS, "3020", "1", ps="2026-11-16", skip=ND)], [],
                                       GS)])


# --- prices: gross, net, index, instalment --------------------------------------------------------------------

@case("q08_sv_fixed_price_net_and_gross_both_stated")
def _q08():
    body = ("Hej,\n\nBerg & Dal Konsult KB – expertgranskning (2020) av deras markundersökning, fast pris "
            "10 000 kr exkl. moms (12 500 kr inkl. moms).\n\n/Sanna\n")
    m = mail(SANNA, "Berg & Dal granskning", "Wed, 18 Nov 2026 13:00:00 +0100", body)
    return m, expect_requests("A fixed price with both the net and the gross amount: the net 10 000 is the price, "
                              "'fast pris' the count 1.", PRI,
                              [request(cust("K-4009"), [line(GS, "2020", "1", "10000", skip=NOP)], [], GS)])


@case("q09_fi_gross_only_kertamaksu_asks_price")
def _q09():
    body = ("Hei,\n\nSaaristomeren Tutkimussäätiö sr: näytteenottoveneen vuokra (KU90), kertamaksu 1 004,00 € "
            "sis. alv 25,5 %.\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Saaristomeri veneen vuokra", "Wed, 18 Nov 2026 14:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A one-off charge stated only including VAT for an article without a register "
                              "price: 'kertamaksu' is the count 1, but the net price is not written — asked, not "
                              "derived.", ASK,
                              [request(cust("K-5012"), [line(YF, "KU90", "1", None, skip=NOP)],
                                       ["lines[0].unit_price"], YF)])


@case("q10_sv_annual_fee_index_percent_without_result_asks")
def _q10():
    body = ("Hej,\n\ndags för årsavgiften 2027 till Stiftelsen Kvarnbackens Naturreservat: tillståndsavgift "
            "(4010), 1 st. Avgiften räknas upp med KPI, 2,4 % jämfört med 2026.\nPeriod: 2027-01-01 – 2027-12-31.\n"
            "\n/Maria\n")
    m = mail(MARIA, "Årsavgift Kvarnbacken 2027", "Mon, 30 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("An annual fee raised by an index percentage whose result is not written: the "
                              "register's price is last year's and the new price would be a computation — asked.",
                              ASK, [request(cust("K-4014"), [line(GS, "4010", "1", None, ps="2027-01-01",
                                                                  pe="2027-12-31", skip=ND)],
                                            ["lines[0].unit_price"], GS)])


@case("q11_fi_annual_fee_index_with_result")
def _q11():
    body = ("Hei,\n\nPohjois-Savon jätehuoltokuntayhtymä, vuoden 2027 lupamaksu:\n"
            "LU10 lupamaksu 1 kpl, 410,00 € + indeksikorotus 3,0 % = 422,30 €\n"
            "Laskutuskausi 1.1.–31.12.2027.\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Lupamaksu 2027 PSJHKY", "Tue, 01 Dec 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("An index increase with its result written: the price is the stated 422,30 €, not "
                              "the register's 410.", PRI,
                              [request(cust("K-5013"), [line(YF, "LU10", "1", "422.30", ps="2027-01-01",
                                                             pe="2027-12-31", skip=ND)], [], YF)])


@case("q12_sv_instalment_first_of_three")
def _q12():
    body = ("Hej,\n\nenligt avtalet med Region Vindelälven delas granskningsuppdraget upp på tre fakturor om "
            "40 000 kr vardera. Fakturera nu den första:\n\n"
            "2020 Expertgranskning, delbetalning 1 av 3 – fast pris 40 000 kr exkl. moms\n\n"
            "Delbetalning 2 och 3 skickar jag underlag för i januari respektive mars.\n"
            "Er referens: Lena Öhman\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Vindelälven delbetalning 1/3", "Wed, 02 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("An instalment plan: only the first instalment is asked for now (one line, fixed "
                              "price 40 000); the later ones are announced, not requested.", PRI,
                              [request(cust("K-4013"), [line(GS, "2020", "1", "40000", skip=NOP)], [], GS,
                                       buyer="Lena Öhman")])


# --- periods and quantities -------------------------------------------------------------------------------------

@case("q13_sv_half_month_stated_as_count")
def _q13():
    body = ("Hej,\n\nBrf Solgläntan 3: tillståndsavgift (4010) för halva november, 15–30 november 2026.\n"
            "Antal: 0,5 (avgiften är 3 500 kr per månad)\n\n/Sanna\n")
    m = mail(SANNA, "Solgläntan halv månad", "Mon, 30 Nov 2026 11:00:00 +0100", body)
    return m, expect_requests("A half month stated as the count 0,5 with the monthly price (= the register's) and "
                              "the half-month period.", PER,
                              [request(cust("K-4016"), [line(GS, "4010", "0.5", "3500", ps="2026-11-15",
                                                             pe="2026-11-30", skip=ND)], [], GS)])


@case("q14_sv_pro_rata_from_the_15th_asks_count")
def _q14():
    body = ("Hej,\n\nSjöbo Vattenråd har tillstånd från den 15 oktober. Fakturera tillståndsavgift (4010), "
            "3 500 kr per månad:\n\n- oktober 2026 pro rata från den 15:e\n- november 2026: 1 st\n\n/Maria\n")
    m = mail(MARIA, "Sjöbo tillståndsavgift okt–nov", "Tue, 01 Dec 2026 09:30:00 +0100", body)
    return m, expect_requests("A pro-rata month whose share is not written (17/31 would be a computation): its "
                              "count is asked; November is stated as 1.", ASK,
                              [request(cust("K-4007"), [line(GS, "4010", None, "3500", ps="2026-10-15",
                                                             pe="2026-10-31", skip=ND),
                                                        line(GS, "4010", "1", "3500", ps="2026-11-01",
                                                             pe="2026-11-30", skip=ND)],
                                       ["lines[0].quantity"], GS)])


@case("q15_fi_hours_and_minutes_actual_time")
def _q15():
    body = ("Hei,\n\nTmi Jari Koskinen, asiantuntijatyö AT10: 3 t 30 min, laskutetaan toteutuneen ajan mukaan "
            "(ei minimiveloitusta).\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Koskinen AT10", "Wed, 02 Dec 2026 13:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Hours and minutes invoiced by actual time: 3 h 30 min = 3.5 h.", QTY,
                              [request(cust("K-5010"), [line(YF, "AT10", "3.5", skip=NOP)], [], YF)])


@case("q16_sv_per_started_half_hour")
def _q16():
    body = ("Hej,\n\nGöran Lilja ringde om sin tomt: rådgivning som utredningstimme (2010), samtalet tog "
            "1 tim 40 min. Vi debiterar per påbörjad halvtimme.\n\n/Olle\n")
    m = mail(OLLE, "Göran Lilja rådgivning", "Wed, 02 Dec 2026 15:00:00 +0100", body)
    return m, expect_requests("'per påbörjad halvtimme': 1 h 40 min begins four half hours = 2 hours at the "
                              "hourly price.", QTY,
                              [request(cust("K-4006"), [line(GS, "2010", "2", skip=NOP)], [], GS)])


# --- currencies, VAT -------------------------------------------------------------------------------------------

@case("q17_fisv_sek_for_finnish_agency")
def _q17():
    body = ("Hej,\n\nvar vänlig fakturera Nordkap Analys AB (Sverige) för 2 terrängdagar (AT20) 17–18.11.2026.\n"
            "Pris enligt offert: 10 200 SEK per dag. Fakturan i svenska kronor.\n\n"
            + sig_ytl_sv("Anders Holmqvist"))
    m = mail(ANDERS, "Fakturering Nordkap Analys AB", "Thu, 19 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A Swedish customer invoiced by the Finnish agency in SEK as written; the name with "
                              "'AB' matches only the Swedish company.", PRI,
                              [request(cust("K-4008"), [line(YF, "AT20", "2", "10200", ps="2026-11-17",
                                                             pe="2026-11-18", skip=ND)], [], YF, currency="SEK")])


@case("q18_sv_eur_reverse_charge_apostrophe_thousands")
def _q18():
    body = ("Hej,\n\nny kund i registret sedan förra veckan: Bodenlabor Nordheide GmbH (USt-IdNr DE813745620).\n"
            "Fältdag (1500), 2 dagar, 24–25 november 2026, à EUR 1'150.00 per dag.\n"
            "Moms 0 % – omvänd skattskyldighet (reverse charge).\nTheir PO: BN-2026-117\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Faktura Bodenlabor (EUR)", "Thu, 26 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("An EU customer by its VAT number, priced in EUR with an apostrophe as thousands "
                              "separator ('1'150.00'), VAT 0 % written for reverse charge.", PRI,
                              [request(cust("K-4017"), [line(GS, "1500", "2", "1150.00", vat="0",
                                                             ps="2026-11-24", pe="2026-11-25", skip=ND)], [], GS,
                                       order="BN-2026-117", currency="EUR")])


@case("q19_sv_vat_exempt_line_beside_vat_line")
def _q19():
    body = ("Hej,\n\nÅlidens kommun, november:\n\n"
            "1) 2010 Utredningstimme, 4 tim – momsfritt (myndighetsutövning), 0 % moms\n"
            "2) 1020 Portrycksmätning, 2 st – 25 % moms\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Åliden november", "Mon, 30 Nov 2026 14:00:00 +0100", body)
    return m, expect_requests("A VAT-exempt line (0 % written, the register says 25) beside a line with VAT: "
                              "each line's rate as written.", PRI,
                              [request(cust("K-4004"), [line(GS, "2010", "4", vat="0", skip=NOP),
                                                        line(GS, "1020", "2", vat="25", skip=NOP)], [], GS)])


@case("q20_sv_oresavrundning_totals_below_lines")
def _q20():
    body = ("Hej,\n\nFastighets AB Gåsen 4, tryckta rapporter:\n\n"
            "3020 Rapport, tryckt (kortversion)   3 st à 149,50 kr   448,50 kr\n"
            "Moms 6 %                                               26,91 kr\n"
            "Öresavrundning                                          0,59 kr\n"
            "Att betala                                            476,00 kr\n\n/Sanna\n")
    m = mail(SANNA, "Gåsen rapporter", "Tue, 01 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("One line with its own price; the VAT, rounding ('öresavrundning') and to-pay rows "
                              "are no lines.", PRI,
                              [request(cust("K-4010"), [line(GS, "3020", "3", "149.50", skip=NOP)], [], GS)])


@case("q21_sv_prepayment_deducted_in_parentheses")
def _q21():
    body = ("Hej,\n\nslutfaktura Brattfors Skogsägare ekonomisk förening, fältarbete 16–18 november 2026:\n\n"
            "Art    Text                                  Antal   À-pris       Belopp\n"
            "1500   Fältdag                               3       9 600,00     28 800,00\n"
            "       Avgår förskott, faktura 4103877       1       (10 000,00)  (10 000,00)\n"
            "       Summa exkl. moms                                           18 800,00\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Brattfors slutfaktura", "Thu, 19 Nov 2026 11:00:00 +0100", body)
    return m, expect_requests("A final invoice with a prepayment deducted as a line in parentheses: count 1, "
                              "price −10 000; the sum row is no line.", TAB,
                              [request(cust("K-4005"), [line(GS, "1500", "3", "9600.00", skip=NOP),
                                                        line(GS, None, "1", "-10000.00", vat="25", skip=NOP)], [],
                                       GS)])


@case("q22_en_line_total_with_count_sek")
def _q22():
    body = ("Hi,\n\nMiljølab Nordsjælland ApS – 3 field days (1500), 9–11 November 2026, line total "
            "SEK 28,800.00.\n\nBR Olle\n")
    m = mail(OLLE, "Miljølab field days", "Thu, 12 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("A line total with its count: unit price 28 800 / 3 = 9 600, in SEK as written.",
                              PRI, [request(cust("K-4015"), [line(GS, "1500", "3", "9600.00", ps="2026-11-09",
                                                                  pe="2026-11-11", skip=ND)], [], GS,
                                            currency="SEK")])


@case("q23_sv_stated_sum_does_not_add_up")
def _q23():
    body = ("Hej,\n\nVretstorp Entreprenad Öst AB:\n"
            "1010 Provtagning 3 st à 2 350 kr\n1020 Portrycksmätning 2 st à 980 kr\n"
            "Summa: 9 000 kr exkl. moms\n\n/Olle\n")
    m = mail(OLLE, "Vretstorp Öst", "Fri, 20 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("Lines with stated prices and a sum that does not equal them (9 010): the lines as "
                              "written (the mismatch is a clerk's check, not a question path).", PRI,
                              [request(cust("K-4012"), [line(GS, "1010", "3", "2350", skip=NOP),
                                                        line(GS, "1020", "2", "980", skip=NOP)], [], GS)])


@case("q24_fi_dot_thousands_yhteensa_matches")
def _q24():
    body = ("Hei,\n\nPirkanmaan Maanrakennus Oy, vesistötutkimus marraskuu 2026:\n"
            "LA110 laaja analyysi 25 kpl à 196,00 € = 4.900,00 €\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Pirkanmaa marraskuu", "Mon, 30 Nov 2026 15:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A line with count, price and a line total in dot-thousands style that agree; "
                              "the month gives the period.", EASY,
                              [request(cust("K-5003"), [line(YF, "LA110", "25", "196.00", ps="2026-11-01",
                                                             pe="2026-11-30", skip=ND)], [], YF)])


@case("q25_sv_dot_thousands_price_no_register_price")
def _q25():
    body = ("Hej,\n\nHallstahammars Bostäder Förvaltning AB – expertgranskning (2020) 7,5 tim à 1.480,00 kr/tim.\n"
            "Ert ordernr: HBF-2211\n\n/Sanna\n")
    m = mail(SANNA, "HBF granskning", "Tue, 24 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A price in dot-thousands style for an article without a register price.", EASY,
                              [request(cust("K-4002"), [line(GS, "2020", "7.5", "1480.00", skip=NOP)], [], GS,
                                       order="HBF-2211")])


@case("q26_sv_outlay_amount_to_come_asks_price")
def _q26():
    body = ("Hej,\n\nNordkap Analys AB:\n- 1500 Fältdag, 1 dag (25 november 2026)\n"
            "- 9000 Utlägg maskinhyra, 1 st – beloppet återkommer jag med när kvittot kommit\n\n/Maria\n")
    m = mail(MARIA, "Nordkap fältdag", "Thu, 26 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("An outlay whose amount is still to come: the article has no register price and "
                              "none is written — asked; the field day is complete.", ASK,
                              [request(cust("K-4008"), [line(GS, "1500", "1", ps="2026-11-25", skip=ND),
                                                        line(GS, "9000", "1", None, skip=NOP)],
                                       ["lines[1].unit_price"], GS)])
