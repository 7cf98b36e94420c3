"""Quantities and amounts: units (st, h, kpl, tim), dashed attribute lines, counts in words times a number,
local amount formats, approximate and abbreviated amounts (asked), line totals only, lump sums, missing
quantities (asked: quantity 1 is no default)."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_requests, line, mail, request
from .people import (
    ANTTI,
    DISCLAIMER_SE,
    EMMA,
    EVELIINA,
    FATIMA,
    JONAS,
    KARIN,
    MARJUT,
    NILS,
    OLIVER,
    PO,
    TUULA,
    ULLA,
    sig_en,
    sig_fi,
    sig_fisv,
    sig_se,
    sig_se_short,
)

A = "5-quantities"
MS, MF = "MARK-SE", "METSA-FI"
ND = ("description",)


@case("qa01_sv_st_and_hours")
def _qa01():
    body = ("Hej,\n\nfakturera Solvik AB (556804-3177):\n- 3 st grundvattenprover (art 140)\n"
            "- 2,5 h konsulttid (art 210)\n\nMvh\n" + sig_se("Karin Östberg"))
    m = mail(KARIN, "Fakturering Solvik", "Mon, 09 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("'3 st' and '2,5 h' (decimal comma) in a bulleted list.", A,
                              [request(cust("20001"), [line(MS, "140", "3", skip=ND), line(MS, "210", "2.5", skip=ND)],
                                       [], MS)])


@case("qa02_fi_kpl_and_tim")
def _qa02():
    body = ("Hei!\n\nLaskuttakaa Lapin Laboratoriot Oy:\nM30 maanäyteanalyysi 10 kpl\nK10 asiantuntijatyö 1.5 tim\n\n"
            "Kiitos,\n" + sig_fi("Eveliina Rantanen"))
    m = mail(EVELIINA, "Laskutus Lapin Laboratoriot", "Tue, 10 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'10 kpl' and '1.5 tim' (decimal point) after the article text.", A,
                              [request(cust("30010"), [line(MF, "M30", "10", skip=ND), line(MF, "K10", "1.5", skip=ND)],
                                       [], MF)])


@case("qa03_sv_dash_attribute_lines")
def _qa03():
    body = ("Hej!\n\nKund: Lindqvist & Hallberg Konsult AB\nOrg.nr: 559177-2354\n\n"
            "Artikel 130 Laboratorieanalys metaller\n  – antal: 2\n  – pris: enligt prislista\n"
            "Artikel 420 Kartlicens, år\n  – antal: 1\n\nHälsningar\n" + sig_se("Per-Olof Strand"))
    m = mail(PO, "Underlag L&H", "Wed, 11 Nov 2026 11:00:00 +0100", body)
    return m, expect_requests("Quantities as dashed attribute lines under each article ('– antal: 2'); 'enligt "
                              "prislista' means the register price.", A,
                              [request(cust("20009"), [line(MS, "130", "2"), line(MS, "420", "1")], [], MS)])


@case("qa04_en_count_words_times_number")
def _qa04():
    body = ("Hello,\n\nplease invoice Pohjanmaan Vesiensuojeluyhdistys ry for water sample analyses (M40): "
            "three sites, 8 samples each, taken on 2 November 2026.\nYour reference: Kaisa Mäki\n\n"
            "Regards,\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Invoice request PVSY water samples", "Wed, 04 Nov 2026 13:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'three sites, 8 samples each' is 24 samples.", A,
                              [request(cust("30009"), [line(MF, "M40", "24", ps="2026-11-02", skip=ND)], [], MF,
                                       buyer="Kaisa Mäki")])


@case("qa05_sv_amount_formats")
def _qa05():
    body = ("Hej,\n\nUtlägg och analyser för Upplands Vattenvårdsförbund (kundnr 20011):\n\n"
            "Utlägg provkärl (310): 1 st, 1 250,00 kr\nResekostnader (320): 1 st, 1850:-\n"
            "Specialanalys enligt offert (530): 2 st à 3 400 kr\n\nMvh\n" + sig_se_short("Emma"))
    m = mail(EMMA, "Utlägg Upplands", "Thu, 12 Nov 2026 08:00:00 +0100", body)
    return m, expect_requests("Swedish amount styles: '1 250,00 kr', '1850:-', 'à 3 400 kr'.", A,
                              [request(cust("20011"), [line(MS, "310", "1", "1250.00", skip=ND),
                                                       line(MS, "320", "1", "1850", skip=ND),
                                                       line(MS, "530", "2", "3400", skip=ND)], [], MS)])


@case("qa06_fi_eur_formats")
def _qa06():
    body = ("Hei,\n\nlaskuttakaa Puutarhapalvelu Nieminen Tmi:ltä\n\n"
            "X10 erillistutkimus, 1 kpl, EUR 1.250,00\nT10 kulukorvaus 1 kpl 86,40 €\n"
            "L20 aineistoluovutus 3 kpl á 45 €\n"
            "\nTerveisin\n" + sig_fi("Marjut Koskela"))
    m = mail(MARJUT, "Laskutus Nieminen", "Fri, 13 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Euro styles: 'EUR 1.250,00', '86,40 €', 'á 45 €'; 'Tmi:ltä' resolves.", A,
                              [request(cust("30008"), [line(MF, "X10", "1", "1250.00", skip=ND),
                                                       line(MF, "T10", "1", "86.40", skip=ND),
                                                       line(MF, "L20", "3", "45", skip=ND)], [], MF)])


@case("qa07_sv_tkr_asked")
def _qa07():
    body = ("Hej,\n\nRosendals Trädgårdar AB ska faktureras för specialanalysen (530), 1 st, ca 12 tkr enligt "
            "offerten. Exakt belopp har jag inte här.\n\n/Per-Olof\n")
    m = mail(PO, "Specialanalys Rosendal", "Mon, 16 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("'ca 12 tkr' is approximate and abbreviated: the price is null and asked.", A,
                              [request(cust("20012"), [line(MS, "530", "1", None, skip=ND)],
                                       ["lines[0].unit_price"], MS)])


@case("qa08_sv_ungefar_asked")
def _qa08():
    body = ("Hej!\n\nKund: Östra Lerums kommun\n\nArtikel 310 Utlägg för provkärl och frakt, 1 st, ungefär "
            "4 000 kr (kvitto kommer).\nArtikel 140 Grundvattenprovtagning, 6 st\n\nMvh Karin\n\n" + DISCLAIMER_SE)
    m = mail(KARIN, "Östra Lerum utlägg", "Tue, 17 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("'ungefär 4 000 kr' is not taken: price null and asked; the second line has a "
                              "register price.", A,
                              [request(cust("20004"), [line(MS, "310", "1", None, skip=ND),
                                                       line(MS, "140", "6", skip=ND)],
                                       ["lines[0].unit_price"], MS)])


@case("qa09_fi_noin_asked")
def _qa09():
    body = ("Hei,\n\nAalto-Kivinen Ky: maastotyöpäivät (M20) 2 pv ja matkakulut (T20) 1 kpl, noin 300 €. "
            "Tarkka summa selviää ensi viikolla.\n\nTuula\n")
    m = mail(TUULA, "Aalto-Kivinen", "Wed, 18 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'noin 300 €' is approximate: asked.", A,
                              [request(cust("30011"), [line(MF, "M20", "2", skip=ND),
                                                       line(MF, "T20", "1", None, skip=ND)],
                                       ["lines[1].unit_price"], MF)])


@case("qa10_en_approx_asked")
def _qa10():
    body = ("Hi,\n\nfor Skärgårdens Fisk Ab please invoice:\n* X10 special study, 1 pc, approx. EUR 800\n"
            "* T20 travel, 1 pc, ~ 250 €\n* M40 water samples, 5 pcs\n\nThanks\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Skärgårdens Fisk", "Thu, 19 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'approx. EUR 800' and '~ 250 €' are not prices; both asked.", A,
                              [request(cust("30003"), [line(MF, "X10", "1", None, skip=ND),
                                                       line(MF, "T20", "1", None, skip=ND),
                                                       line(MF, "M40", "5", skip=ND)],
                                       ["lines[0].unit_price", "lines[1].unit_price"], MF)])


@case("qa11_sv_line_total_only")
def _qa11():
    body = ("Hej,\n\nTornhagen Konsult AB, kundnr 20013\n\nSpecialanalys enligt offert (530): 4 st, radbelopp "
            "9 800,00 kr\nResekostnader (320): 2 st, belopp 1 130,00 kr\n\n/Jonas\n")
    m = mail(JONAS, "Tornhagen analyser", "Fri, 20 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("Only line amounts given with quantities: unit price = amount / quantity "
                              "(2 450,00 and 565,00).", A,
                              [request(cust("20013"), [line(MS, "530", "4", "2450.00", skip=ND),
                                                       line(MS, "320", "2", "565.00", skip=ND)], [], MS)])


@case("qa12_sv_line_total_inexact_asked")
def _qa12():
    body = ("Hej,\n\nEkmans Miljöteknik AB: Specialanalys enligt offert (530), 3 st, sammanlagt 1 000 kr.\n\n"
            "/Nils\n")
    m = mail(NILS, "Ekmans specialanalys", "Mon, 23 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("1 000 kr for 3 does not divide exactly: the price is not guessed (asked).", A,
                              [request(cust("20007"), [line(MS, "530", "3", None, skip=ND)],
                                       ["lines[0].unit_price"], MS)])


@case("qa13_sv_fixed_price_quantity_one")
def _qa13():
    body = ("Hej,\n\nSakkunnigutlåtande (220) för Norrviken Energi AB, fast pris 14 500 kr enligt avtal.\n"
            "Er referens: Stefan Norrby\n\nMvh\n" + sig_se("Fatima Haddad"))
    m = mail(FATIMA, "Utlåtande Norrviken", "Tue, 24 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("'fast pris' marks a lump sum: quantity 1.", A,
                              [request(cust("20005"), [line(MS, "220", "1", "14500", skip=ND)], [], MS,
                                       buyer="Stefan Norrby")])


@case("qa14_sv_no_quantity_asked")
def _qa14():
    body = ("Hej,\n\nGranskning av handlingar (230) för Bergslagens Bygg och Mark AB, timmarna skickar jag "
            "senare. Dessutom 2 st tryckta publikationer (510).\n\nMvh Emma\n")
    m = mail(EMMA, "Granskning Bergslagens", "Wed, 25 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("No quantity for the hours: null and asked (quantity 1 is no default).", A,
                              [request(cust("20003"), [line(MS, "230", None, skip=ND), line(MS, "510", "2", skip=ND)],
                                       ["lines[0].quantity"], MS)])


@case("qa15_sv_number_words")
def _qa15():
    body = ("Hej!\n\nFakturera Kvarnbäckens Lantbruk HB för två fältdagar (120) och fem timmar konsulttid (210). "
            "Utbildningsdagen (410) hade tolv deltagare.\n\nTack!\n" + sig_se_short("Jonas"))
    m = mail(JONAS, "Kvarnbäcken", "Thu, 26 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("Swedish number words: två, fem, tolv.", A,
                              [request(cust("20006"), [line(MS, "120", "2", skip=ND), line(MS, "210", "5", skip=ND),
                                                       line(MS, "410", "12", skip=ND)], [], MS)])


@case("qa16_fi_number_words_inflected")
def _qa16():
    body = ("Hei,\n\nKoulutus (K20) kahdelle henkilölle ja kolme maastotyöpäivää (M20), asiakas Metsä-Pohjola "
            "Oy.\n\nAntti\n")
    m = mail(ANTTI, "Metsä-Pohjola koulutus", "Fri, 27 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finnish number words, one inflected: 'kahdelle' (2), 'kolme' (3); "
                              "'Metsä-Pohjola Oy' beside 'Metsä-Pohjola Palvelut Oy'.", A,
                              [request(cust("30005"), [line(MF, "K20", "2", skip=ND), line(MF, "M20", "3", skip=ND)],
                                       [], MF)])


@case("qa17_en_sek_english_format")
def _qa17():
    body = ("Hi,\n\nplease invoice Solvik Fastigheter AB for expenses (310): 1 x SEK 1,200.50 (sample courier).\n\n"
            "Best,\nFatima\nSMUI, +46 19 17 62 00\n")
    m = mail(FATIMA, "Expenses Solvik Fastigheter", "Mon, 30 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("English amount format in a Swedish agency's mail: 'SEK 1,200.50'; '1 x' is an "
                              "explicit one.", A,
                              [request(cust("20002"), [line(MS, "310", "1", "1200.50", skip=ND)], [], MS)])


@case("qa18_fi_kiintea_hinta")
def _qa18():
    body = ("Hei,\n\nRaportti (R10), asiakas Kiuruniemen kaupunki, kiinteä hinta 2 400 € sopimuksen mukaan.\n"
            "Tilausnumero: KK-2026-88\n\n" + sig_fi("Marjut Koskela"))
    m = mail(MARJUT, "Raportti Kiuruniemi", "Tue, 01 Dec 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'kiinteä hinta' is a lump sum: quantity 1.", A,
                              [request(cust("30004"), [line(MF, "R10", "1", "2400", skip=ND)], [], MF,
                                       order="KK-2026-88")])


@case("qa19_fisv_st_decimal_comma")
def _qa19():
    body = ("Hej,\n\nFakturera Skärgårdens Fisk Ab:\nM10 Puustomittaus 17,5 ha\nP10 Provtagningsutrustning, hyra "
            "3 veckor\n\nHälsningar\n" + sig_fisv("Ulla Sjöholm"))
    m = mail(ULLA, "Fakturering Skärgårdens Fisk", "Wed, 02 Dec 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish lines: '17,5 ha', '3 veckor' (the article's unit).", A,
                              [request(cust("30003"), [line(MF, "M10", "17.5", skip=ND), line(MF, "P10", "3", skip=ND)],
                                       [], MF)])
