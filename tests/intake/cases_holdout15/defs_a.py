"""Fifteenth held-out set (written blind), part A: invoicing requests at the year end — periods across new year
(weeks 52–2, 15.12.–15.1.), a date without a year in early January that means December, "avser 2026",
corrections (credit and re-invoice, 'the price should have been'), a request withdrawn in the next paragraph,
RESEND/uudelleen, several customers with subtotals and a grand total, prices changing on 1 January, an article
without a price, a 100+ private person, a changed org number, a customer registered in two languages."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, new_cust

from .kit15 import (
    ANNA,
    CENTRE_FI,
    FAKT,
    GEO,
    LASK,
    LENA,
    MIKKO,
    ND,
    PER,
    PNR,
    VESI,
    case,
    cust,
    line,
    request,
    sig_fi,
    sig_se,
)

PLAIN, PERIOD, CORR, CANCEL, RESEND, TABLE, PRICE, IDS, ASK = (
    "0-plain", "1-yearend-periods", "2-corrections", "3-cancelled", "4-resend", "5-multi-customer-table",
    "6-price-change", "7-identities", "8-must-ask")


@case("y01_sv_plain_report_december")
def _y01():
    body = ("Hej,\n\nfakturera Nordbyggen Entreprenad AB för en rapport (1050), 1 st, levererad 2026-12-15.\n"
            "Er referens: Jonas Ekdahl\n" + sig_se("Lena Holm"))
    m = mail(LENA, "Fakturering Nordbyggen", "Wed, 16 Dec 2026 09:12:00 +0100", body)
    return m, expect_requests("Plain one-line request at the register's price.", PLAIN,
                              [request(cust("K-101"), [line(GEO, "1050", "1", ps="2026-12-15", skip=ND)], [], GEO,
                                       buyer="Jonas Ekdahl")])


@case("y02_sv_weeks_52_to_2")
def _y02():
    body = ("Hej!\n\nMälarkust Energi AB har hyrt vår tiltmätare över helgerna, vecka 52–2 (fyra veckor).\n"
            "Artikel 1070 Instrumenthyra, 4 veckor.\nBeställning: ME-2026-771\n" + sig_se("Per Ångström"))
    m = mail(PER, "Instrumenthyra v. 52-2 Mälarkust", "Mon, 18 Jan 2027 10:05:00 +0100", body)
    return m, expect_requests("ISO weeks 52 (2026) to 2 (2027): 2026-12-21 to 2027-01-17 (2026 has 53 weeks).",
                              PERIOD, [request(cust("K-104"), [line(GEO, "1070", "4", ps="2026-12-21",
                                                                    pe="2027-01-17", skip=ND)], [], GEO,
                                               order="ME-2026-771")])


@case("y03_fi_range_15_12_to_15_1")
def _y03():
    body = ("Hei,\n\nlaskuttakaa Oulun Seudun Vesi Oy:ltä seurantasopimus (V700) jaksolta 15.12.2026–15.1.2027, "
            "1 kk.\nTilausnumero: OSV-4410\n" + sig_fi("Mikko Virtanen"))
    m = mail(MIKKO, "Laskutus OSV seuranta", "Fri, 15 Jan 2027 13:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A monitoring month across the year end, written as a date range.", PERIOD,
                              [request(cust("K-202"), [line(VESI, "V700", "1", ps="2026-12-15", pe="2027-01-15",
                                                            skip=ND)], [], VESI, order="OSV-4410")])


@case("y04_sv_date_without_year_in_january_is_december")
def _y04():
    body = ("Hej,\n\nvi glömde fakturera fältdagen hos Sjövik Fastigheter AB före jul. Fältdag (1020), 1 dag, "
            "utförd 28/12.\n\nTack och gott nytt år!\nLena\n")
    m = mail(LENA, "Sjövik fältdag", "Tue, 05 Jan 2027 08:20:00 +0100", body)
    return m, expect_requests("'28/12' in a mail of 5 January, 'före jul': the day is 2026-12-28, not a date "
                              "later in 2027.", PERIOD,
                              [request(cust("K-102"), [line(GEO, "1020", "1", ps="2026-12-28", skip=ND)], [], GEO)])


@case("y05_fi_date_without_year_january_mail")
def _y05():
    body = ("Hei,\n\nSaimaan Maansiirto Ky: kenttäpäivä (V210) 1 pv sekä talvinäytteet (V120) 6 kpl, "
            "tehty 30.12. ennen vuodenvaihdetta.\n" + sig_fi("Anna Sjöberg"))
    m = mail(ANNA, "Saimaan Maansiirto joulukuun työt", "Mon, 04 Jan 2027 11:00:00 +0200", body, to=CENTRE_FI)
    d: dict[str, Any] = {"ps": "2026-12-30", "skip": ND}
    return m, expect_requests("'30.12.' in a January mail, 'ennen vuodenvaihdetta': 2026-12-30 for both lines.",
                              PERIOD, [request(cust("K-203"), [line(VESI, "V210", "1", **d),
                                                               line(VESI, "V120", "6", **d)], [], VESI)])


@case("y06_sv_accrual_avser_2026")
def _y06():
    body = ("Hej,\n\nårsavtalet med Älvdalens kommun avser 2026 och ska faktureras nu (periodiseras på 2026).\n"
            "1060 Mätning enligt årsavtal, 1 st.\nMärkning: Samhällsbyggnad, Karin Ols\n" + sig_se("Per Ångström"))
    m = mail(PER, "Årsavtal Älvdalen avser 2026", "Thu, 07 Jan 2027 14:00:00 +0100", body)
    return m, expect_requests("An annual agreement for the whole of 2026 invoiced in January: period the year "
                              "2026.", PERIOD,
                              [request(cust("K-103"), [line(GEO, "1060", "1", ps="2026-01-01", pe="2026-12-31",
                                                            skip=ND)], [], GEO,
                                       buyer="Samhällsbyggnad, Karin Ols")])


@case("y07_sv_credit_and_reinvoice_quantity")
def _y07():
    body = ("Hej,\n\nfaktura 10234 till Sjövik Fastigheter AB blev fel: vi fakturerade 5 provanalyser men det "
            "var bara 3.\nKreditera 10234 i sin helhet och skicka en ny faktura:\n\n"
            "1040 Provanalys, 3 st, analyserade 2026-12-09\n" + sig_se("Lena Holm"))
    m = mail(LENA, "Kredit + ny faktura Sjövik (10234)", "Mon, 11 Jan 2027 09:00:00 +0100", body)
    return m, expect_requests("Credit the whole invoice and re-invoice: the new invoice (3 analyses) is the "
                              "request; the credit is not a line, the 5 of the old invoice is not the quantity.",
                              CORR, [request(cust("K-102"), [line(GEO, "1040", "3", ps="2026-12-09", skip=ND)],
                                             [], GEO)])


@case("y08_sv_change_quantity_on_issued_invoice")
def _y08():
    body = ("Hej,\n\nkan ni ändra antalet på faktura 10234 (Sjövik Fastigheter AB, provanalys 1040) till 3? "
            "Kunden har bara fått 3 analyser.\n\n/Lena\n")
    m = mail(LENA, "Ändra faktura 10234", "Mon, 11 Jan 2027 09:30:00 +0100", body)
    return m, expect_unknown("A change of an issued invoice is not a new invoice: no request.", CORR)


@case("y09_en_price_should_have_been")
def _y09():
    body = ("Hi,\n\nThe hourly rate on invoice 10251 to Lindqvist & Son Måleri AB was wrong – the price should "
            "have been SEK 1,100 per hour (agreed discount), not 1,300. Please credit 10251 and re-issue:\n\n"
            "1010 Consulting, 8 hours at SEK 1,100.00, work done 14–16 December 2026\n\nRegards,\nPer\n")
    m = mail(PER, "Re-issue invoice 10251 Lindqvist", "Tue, 12 Jan 2027 15:40:00 +0100", body)
    return m, expect_requests("A credit and re-issue at the price it should have been; 1,300 is the wrong old "
                              "price.", CORR,
                              [request(cust("K-109"), [line(GEO, "1010", "8", "1100.00", ps="2026-12-14",
                                                            pe="2026-12-16", skip=ND)], [], GEO)])


@case("y10_fi_hyvitys_ja_uusi_lasku")
def _y10():
    body = ("Hei,\n\nLapin Kaivostutkimus Oy:n lasku 20577 on hyvitettävä kokonaan, hinta oli väärä. "
            "Laskuttakaa uudelleen oikealla hinnalla:\n\nV110 Laaja analyysi 6 kpl à 170,00 € "
            "(sovittu alennus), analyysit 17.12.2026\n" + sig_fi("Mikko Virtanen"))
    m = mail(MIKKO, "Hyvitys ja uusi lasku 20577", "Wed, 13 Jan 2027 10:10:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finnish credit + re-invoice: the new lines at the corrected price.", CORR,
                              [request(cust("K-206"), [line(VESI, "V110", "6", "170.00", ps="2026-12-17",
                                                            skip=ND)], [], VESI)])


@case("y11_sv_request_withdrawn_next_paragraph")
def _y11():
    body = ("Hej,\n\nkan ni fakturera Berglunds Rör HB för en fältdag (1020), 1 dag, 2026-12-17?\n\n"
            "Nej förresten – stryk det. Jag pratade just med projektledaren, fältdagen ingår i deras fastpris "
            "från i somras. Ingen faktura alltså.\n\nGod jul!\nLena\n")
    m = mail(LENA, "Berglunds Rör fältdag", "Fri, 18 Dec 2026 16:02:00 +0100", body)
    return m, expect_unknown("A request withdrawn in the next paragraph: nothing to invoice.", CANCEL)


@case("y12_sv_one_of_two_withdrawn")
def _y12():
    body = ("Hej,\n\ninför bokslutet, fakturera:\n\n1. Nordbyggen Entreprenad AB – 1040 Provanalys, 4 st\n"
            "2. Högbo Vattenförening – 1050 Rapport, 1 st\n\nUppdatering kl. 14.10: Högbo ska inte faktureras, "
            "rapporten är en del av föreningens avtal. Bara Nordbyggen alltså.\n" + sig_se("Fakturering"))
    m = mail(FAKT, "Fakturering före bokslut", "Mon, 21 Dec 2026 14:15:00 +0100", body)
    return m, expect_requests("Two customers listed, the second withdrawn further down: one request.", CANCEL,
                              [request(cust("K-101"), [line(GEO, "1040", "4", skip=ND)], [], GEO)])


@case("y13_sv_resend_subject_quoted_original")
def _y13():
    body = ("Hej igen,\n\nskickar om denna – har inte sett någon faktura ännu.\n\n/Per\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Per Ångström <per.angstrom@geoteknikverket.se>\n"
            "Skickat: den 22 december 2026 10:00\nTill: Kundfaktura\nÄmne: Fakturering Mälarkust\n\n"
            "Hej,\nfakturera Mälarkust Energi AB: 1120 Övervakning per månad, december 2026, 1 mån.\n"
            "Beställning: ME-2026-802\n")
    m = mail(PER, "RESEND: Fakturering Mälarkust", "Thu, 07 Jan 2027 08:45:00 +0100", body)
    return m, expect_requests("A re-send quoting the original: the request once.", RESEND,
                              [request(cust("K-104"), [line(GEO, "1120", "1", ps="2026-12-01", pe="2026-12-31",
                                                            skip=ND)], [], GEO, order="ME-2026-802")])


@case("y14_fi_uudelleen_forwarded_original")
def _y14():
    body = ("Hei,\n\nlähetän uudelleen, edellinen viesti jäi ilmeisesti lukematta.\n\nAnna\n\n"
            "---------- Välitetty viesti ----------\nLähettäjä: Anna Sjöberg <anna.sjoberg@vesitutkimus.fi>\n"
            "Päivämäärä: 23.12.2026 klo 9.12\nAihe: Laskutus Hämeenlinna\n\n"
            "Hei,\nlaskuttakaa Hämeenlinnan kaupunkia: vesinäytteet V100, 20 kpl à 48,00 €, otettu "
            "joulukuussa 2026.\nViitteenne: Tekninen toimi / Sari Koski\n")
    m = mail(ANNA, "UUDELLEEN: Laskutus Hämeenlinna", "Fri, 08 Jan 2027 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'uudelleen' with the original forwarded: one request.", RESEND,
                              [request(cust("K-208"), [line(VESI, "V100", "20", "48.00", ps="2026-12-01",
                                                            pe="2026-12-31", skip=ND)], [], VESI,
                                       buyer="Tekninen toimi / Sari Koski")])


@case("y15_sv_table_three_customers_subtotals")
def _y15():
    body = ("Hej,\n\nhär är decembers fakturering, per kund med delsummor:\n\n"
            "Kund                       Art   Antal  À-pris     Belopp\n"
            "Nordbyggen Entreprenad AB  1010  6      1 250,00   7 500,00\n"
            "Nordbyggen Entreprenad AB  1090  120    25,00      3 000,00\n"
            "  Delsumma Nordbyggen                              10 500,00\n"
            "Stiftelsen Granhammar      1040  8      650,00     5 200,00\n"
            "  Delsumma Granhammar                               5 200,00\n"
            "Sjövik Fastigheter AB      1050  1      2 400,00   2 400,00\n"
            "  Delsumma Sjövik                                   2 400,00\n"
            "Totalt att fakturera                               18 100,00\n\n"
            "Alla belopp exkl. moms. Avser december 2026.\n" + sig_se("Lena Holm"))
    m = mail(LENA, "Decemberfakturering", "Mon, 04 Jan 2027 09:00:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-12-01", "pe": "2026-12-31", "skip": ND}
    return m, expect_requests("Three customers in one table with subtotals and a grand total: three requests, "
                              "subtotal and total rows are not lines; 1 250 (December price) as written.", TABLE,
                              [request(cust("K-101"), [line(GEO, "1010", "6", "1250.00", **d),
                                                       line(GEO, "1090", "120", "25.00", **d)], [], GEO),
                               request(cust("K-105"), [line(GEO, "1040", "8", "650.00", **d)], [], GEO),
                               request(cust("K-102"), [line(GEO, "1050", "1", "2400.00", **d)], [], GEO)])


@case("y16_fi_table_two_customers_valisumma")
def _y16():
    body = ("Hei,\n\njoulukuun laskutettavat:\n\n"
            "Asiakas                     | Tuote | Määrä | À-hinta | Yhteensä\n"
            "Kokkolan Kaukolämpö Oy      | V100  | 14    | 48,00   | 672,00\n"
            "Kokkolan Kaukolämpö Oy      | V300  | 1     | 320,00  | 320,00\n"
            "Välisumma                   |       |       |         | 992,00\n"
            "Tampereen Rakennuttajat Oy  | V200  | 5     | 140,00  | 700,00\n"
            "Välisumma                   |       |       |         | 700,00\n"
            "Kaikki yhteensä             |       |       |         | 1 692,00\n\n"
            + sig_fi("Mikko Virtanen"))
    m = mail(MIKKO, "Joulukuun laskutus", "Tue, 05 Jan 2027 10:00:00 +0200", body, to=CENTRE_FI)
    sk = ("description", "period_start", "period_end")  # 'joulukuun laskutettavat' names no service period
    return m, expect_requests("Two Finnish customers with 'Välisumma' rows and a grand total: two requests.",
                              TABLE, [request(cust("K-201"), [line(VESI, "V100", "14", "48.00", skip=sk),
                                                              line(VESI, "V300", "1", "320.00", skip=sk)], [],
                                              VESI),
                                      request(cust("K-207"), [line(VESI, "V200", "5", "140.00", skip=sk)], [],
                                              VESI)])


@case("y17_sv_price_change_both_prices_stated")
def _y17():
    body = ("Hej,\n\nkonsulttimmar för Nordbyggen Entreprenad AB (1010):\n"
            "- december 2026: 10 tim à 1 250 kr (gamla priset)\n- januari 2027: 6 tim à 1 300 kr (nya priset från "
            "1/1)\n" + sig_se("Per Ångström"))
    m = mail(PER, "Konsulttimmar Nordbyggen dec/jan", "Mon, 01 Feb 2027 09:00:00 +0100", body)
    return m, expect_requests("The old price on December hours and the new one on January hours, both written.",
                              PRICE, [request(cust("K-101"), [
                                  line(GEO, "1010", "10", "1250", ps="2026-12-01", pe="2026-12-31", skip=ND),
                                  line(GEO, "1010", "6", "1300", ps="2027-01-01", pe="2027-01-31", skip=ND)], [],
                                  GEO)])


@case("y18_sv_old_price_not_stated_asks")
def _y18():
    body = ("Hej,\n\nMälarkust Energi AB, konsulttimmar 1010:\n"
            "12 timmar i december 2026 – till förra årets pris enligt avtalet\n"
            "4 timmar i januari 2027\n\n/Per\n")
    m = mail(PER, "Timmar Mälarkust", "Tue, 02 Feb 2027 09:00:00 +0100", body)
    return m, expect_requests("December hours at 'last year's price', which the mail does not state and the "
                              "register (2027 price) does not hold: asked; January at the register's price.",
                              PRICE, [request(cust("K-104"), [
                                  line(GEO, "1010", "12", None, ps="2026-12-01", pe="2026-12-31", skip=ND),
                                  line(GEO, "1010", "4", ps="2027-01-01", pe="2027-01-31", skip=ND)],
                                  ["lines[0].unit_price"], GEO)])


@case("y19_fi_old_and_new_hour_price")
def _y19():
    body = ("Hei,\n\nHämeenlinnan kaupunki, asiantuntijatunnit V200:\njoulukuu 2026: 7 h, vanha hinta 135,00 €/h\n"
            "tammikuu 2027: 3 h, uusi hinta 140,00 €/h\n" + sig_fi("Anna Sjöberg"))
    m = mail(ANNA, "Asiantuntijatunnit joulu-tammi", "Mon, 01 Feb 2027 08:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finnish old and new hourly prices on December and January lines.", PRICE,
                              [request(cust("K-208"), [
                                  line(VESI, "V200", "7", "135.00", ps="2026-12-01", pe="2026-12-31", skip=ND),
                                  line(VESI, "V200", "3", "140.00", ps="2027-01-01", pe="2027-01-31", skip=ND)],
                                  [], VESI)])


@case("y20_sv_null_price_article_price_given")
def _y20():
    body = ("Hej,\n\nStiftelsen Granhammar: specialuppdrag (1080) – inventering av dammvallen, fast pris "
            "18 500 kr exkl. moms. Klart 2026-12-22.\n" + sig_se("Lena Holm"))
    m = mail(LENA, "Specialuppdrag Granhammar", "Wed, 23 Dec 2026 11:00:00 +0100", body)
    return m, expect_requests("An article without a register price, priced in the mail as a fixed price (count 1).",
                              PLAIN, [request(cust("K-105"), [line(GEO, "1080", "1", "18500", ps="2026-12-22",
                                                                   skip=ND)], [], GEO)])


@case("y21_sv_null_price_article_no_price_asks")
def _y21():
    body = ("Hej,\n\nHögbo Vattenförening ska faktureras för ett specialuppdrag (1080), 1 st: "
            "provpumpning av brunn 3, utförd 2026-12-29. Pris enligt offert.\n\n/Lena\n")
    m = mail(LENA, "Högbo provpumpning", "Wed, 30 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("Price 'enligt offert' for an article without a register price: asked.", ASK,
                              [request(cust("K-110"), [line(GEO, "1080", "1", None, ps="2026-12-29", skip=ND)],
                                       ["lines[0].unit_price"], GEO)])


@case("y22_sv_private_person_100_plus")
def _y22():
    pn = PNR[:6] + "+" + PNR[6:]
    body = (f"Hej,\n\nfakturera privatpersonen Gustav Ekholm ({pn}) för en rapport om radonmätningen i hans hus, "
            "1050, 1 st, 2026-12-11.\n" + sig_se("Lena Holm"))
    m = mail(LENA, "Rapport Ekholm", "Mon, 14 Dec 2026 13:00:00 +0100", body)
    return m, expect_requests("A private person born 1924: '+' in the personnummer; resolved in the register.",
                              IDS, [request(cust("K-107"), [line(GEO, "1050", "1", ps="2026-12-11", skip=ND)], [],
                                            GEO)])


@case("y23_sv_old_org_number_changed")
def _y23():
    old = se_org("556477120")
    body = (f"Hej,\n\nTornvik Bygg AB (org.nr {old}) – borrning 1030, 36 meter, 2026-12-03.\n\n/Per\n")
    m = mail(PER, "Borrning Tornvik", "Fri, 04 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("The mail's org number is Tornvik's old one; the register has a new number: the "
                              "customer cannot be identified with certainty — asked.", IDS,
                              [{"customer": {"org_no": None}, "lines": [line(GEO, "1030", "36", ps="2026-12-03",
                                                                              skip=ND)],
                                "questions": ["customer.org_no"]}])


@case("y24_fi_swedish_spelling_of_twice_registered")
def _y24():
    body = ("Hej,\n\nvänligen fakturera Vasa Hamn Ab för isprovtagning: V130 Jäänäyte, 9 st, tagna 12.1.2027.\n"
            "Er referens: Hamnkapten Nils Byström\n" + sig_fi("Anna Sjöberg"))
    m = mail(ANNA, "Fakturering Vasa Hamn", "Wed, 13 Jan 2027 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A company registered twice (Vaasan Satama Oy / Vasa Hamn Ab, same Y-tunnus): the "
                              "Swedish name matches exactly one entry.", IDS,
                              [request(cust("K-205"), [line(VESI, "V130", "9", ps="2027-01-12", skip=ND)], [], VESI,
                                       buyer="Hamnkapten Nils Byström")])


@case("y25_sv_new_company_from_1_january_no_address")
def _y25():
    org = se_org("559401226")
    body = (f"Hej,\n\nnytt bolag fr.o.m. 1 januari: Kisa Markteknik AB, org.nr {org}, "
            "e-post faktura@kisamarkteknik.se.\nFakturera 1100 Kurs per deltagare, 3 st, kursdag 2027-01-14.\n"
            + sig_se("Lena Holm"))
    m = mail(LENA, "Ny kund Kisa Markteknik", "Fri, 15 Jan 2027 10:00:00 +0100", body)
    return m, expect_requests("A new customer with a valid org number and only an e-mail address: address asked.",
                              ASK, [request(new_cust("Kisa Markteknik AB", org, "SE", "faktura@kisamarkteknik.se"),
                                            [line(GEO, "1100", "3", ps="2027-01-14", skip=ND)],
                                            ["customer.address"], GEO)])


@case("y26_fi_approximate_hours_asks")
def _y26():
    body = ("Hei,\n\nVaasan Satama Oy: asiantuntijatyö V200 joulukuussa 2026, noin 14 tuntia — tarkka tuntimäärä "
            "tulee myöhemmin.\n" + sig_fi("Mikko Virtanen"))
    m = mail(LASK, "Vaasan Satama tunnit", "Thu, 07 Jan 2027 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'noin 14 tuntia' with the exact count to come: the quantity is asked.", ASK,
                              [request(cust("K-204"), [line(VESI, "V200", None, ps="2026-12-01", pe="2026-12-31",
                                                            skip=ND)], ["lines[0].quantity"], VESI)])
