"""Periods: week numbers (v., vecka, vko, viikko), quarters and half-years, month names in sv/fi/en (Finnish
inflected forms) with or without a year, month ranges, Finnish day ranges, day ranges with a month name, one
period for all lines, a date without a year (takes the mail's year)."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_requests, line, mail, request
from .people import (
    ANTTI,
    BJORN,
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
    sig_en,
    sig_fi,
    sig_se,
)

P = "6-periods"
MS, MF = "MARK-SE", "METSA-FI"
ND = ("description",)


@case("p01_sv_week_number")
def _p01():
    body = ("Hej,\n\nInstrumenthyra (610) till Ekmans Miljöteknik AB, v. 36, 1 vecka.\nPlus 4 st metallanalyser "
            "(130) utförda vecka 37.\n\n/Karin\n")
    m = mail(KARIN, "Hyra Ekmans", "Tue, 15 Sep 2026 10:00:00 +0200", body)
    return m, expect_requests("Swedish week numbers: 'v. 36' and 'vecka 37' are ISO weeks Monday–Sunday.", P,
                              [request(cust("20007"), [line(MS, "610", "1", ps="2026-08-31", pe="2026-09-06", skip=ND),
                                                       line(MS, "130", "4", ps="2026-09-07", pe="2026-09-13", skip=ND)],
                                       [], MS)])


@case("p02_sv_week_range")
def _p02():
    body = ("Hej!\n\nSolvik AB har hyrt mätutrustning (art 610) vecka 12–14, alltså 3 veckor.\nEr referens: "
            "Lena Solberg\n\nMvh\n" + sig_se("Nils Åkerlund"))
    m = mail(NILS, "Hyra Solvik v 12-14", "Tue, 07 Apr 2026 09:00:00 +0200", body)
    return m, expect_requests("Week range 'vecka 12–14': Monday of week 12 to Sunday of week 14.", P,
                              [request(cust("20001"), [line(MS, "610", "3", ps="2026-03-16", pe="2026-04-05", skip=ND)],
                                       [], MS, buyer="Lena Solberg")])


@case("p03_fi_vko_and_viikolla")
def _p03():
    body = ("Hei,\n\nLapin Laboratoriot Oy:\n- maastotyöpäivät (M20) 2 pv, vko 41\n"
            "- asiantuntijatyö (K10) 6 h viikolla 45\n\nTerveisin\n" + sig_fi("Antti Salminen"))
    m = mail(ANTTI, "Laskutus Lapin Lab", "Tue, 10 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finnish weeks: 'vko 41' and the inflected 'viikolla 45'.", P,
                              [request(cust("30010"), [line(MF, "M20", "2", ps="2026-10-05", pe="2026-10-11", skip=ND),
                                                       line(MF, "K10", "6", ps="2026-11-02", pe="2026-11-08", skip=ND)],
                                       [], MF)])


@case("p04_sv_quarters")
def _p04():
    body = ("Hej,\n\nKund: Sörbygdens kommun\n\nTillsynsavgift (520), 1 st, kvartal 3 2026\n"
            "Tillsynsavgift (520), 1 st, Q4 2026\n\nMvh Fatima\n")
    m = mail(FATIMA, "Tillsynsavgifter Sörbygden", "Mon, 05 Oct 2026 09:00:00 +0200", body)
    return m, expect_requests("Quarters: 'kvartal 3 2026' and 'Q4 2026'.", P,
                              [request(cust("20014"), [line(MS, "520", "1", ps="2026-07-01", pe="2026-09-30", skip=ND),
                                                       line(MS, "520", "1", ps="2026-10-01", pe="2026-12-31", skip=ND)],
                                       [], MS)])


@case("p05_fi_half_year")
def _p05():
    body = ("Hei,\n\nPaikkatietolisenssi (L10) Vaskiluodon Satama Oy:lle, 1 kpl, ajalle 1. vuosipuolisko 2026.\n\n"
            "Marjut\n")
    m = mail(MARJUT, "Lisenssi Vaskiluoto", "Wed, 08 Jul 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Finnish half-year '1. vuosipuolisko 2026'; 'Oy:lle' resolves.", P,
                              [request(cust("30007"), [line(MF, "L10", "1", ps="2026-01-01", pe="2026-06-30", skip=ND)],
                                       [], MF)])


@case("p06_sv_half_year_words")
def _p06():
    body = ("Hej,\n\nKartlicens (420) till Upplands Vattenvårdsförbund för andra halvåret 2026, 1 st.\n\n"
            "Hälsningar Emma\n")
    m = mail(EMMA, "Kartlicens Upplands", "Thu, 02 Jul 2026 09:00:00 +0200", body)
    return m, expect_requests("'andra halvåret 2026' is July–December.", P,
                              [request(cust("20011"), [line(MS, "420", "1", ps="2026-07-01", pe="2026-12-31", skip=ND)],
                                       [], MS)])


@case("p07_sv_month_and_range")
def _p07():
    body = ("Hej!\n\nRosendals Trädgårdar AB:\n1. Grundvattenprovtagning (140), 5 st, mars 2026\n"
            "2. Konsulttimme (210), 12 tim, maj–juni 2026\n\n/Per-Olof\n")
    m = mail(PO, "Rosendal vår", "Tue, 07 Jul 2026 09:00:00 +0200", body)
    return m, expect_requests("A Swedish month and a month range, each on its own line.", P,
                              [request(cust("20012"), [line(MS, "140", "5", ps="2026-03-01", pe="2026-03-31", skip=ND),
                                                       line(MS, "210", "12", ps="2026-05-01", pe="2026-06-30",
                                                            skip=ND)], [], MS)])


@case("p08_fi_inflected_months")
def _p08():
    body = ("Hei,\n\nKallioinen Rakennus Oy:\n- maanäyteanalyysit (M30) 14 kpl syyskuussa 2026\n"
            "- asiantuntijatyö (K10) 20 h tammi–maaliskuu 2026\n- vesinäytteet (M40) 3 kpl kesäkuulta\n\n"
            "Terveisin Tuula\n")
    m = mail(TUULA, "Kallioinen laskutus", "Mon, 05 Oct 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Finnish months: inessive 'syyskuussa 2026', range 'tammi–maaliskuu 2026', ablative "
                              "'kesäkuulta' without a year (the mail's year).", P,
                              [request(cust("30001"), [line(MF, "M30", "14", ps="2026-09-01", pe="2026-09-30", skip=ND),
                                                       line(MF, "K10", "20", ps="2026-01-01", pe="2026-03-31", skip=ND),
                                                       line(MF, "M40", "3", ps="2026-06-01", pe="2026-06-30",
                                                            skip=ND)], [], MF)])


@case("p09_en_months")
def _p09():
    body = ("Hi,\n\nPlease invoice Saaristomeren Kalastus Oy:\n- K10 expert work, 9 hours, September 2026\n"
            "- M40 water samples, 12 pcs, Jan–Mar 2026\n\nRegards,\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Invoice Saaristomeren", "Fri, 02 Oct 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("English month and abbreviated month range.", P,
                              [request(cust("30012"), [line(MF, "K10", "9", ps="2026-09-01", pe="2026-09-30", skip=ND),
                                                       line(MF, "M40", "12", ps="2026-01-01", pe="2026-03-31",
                                                            skip=ND)], [], MF)])


@case("p10_fi_day_ranges")
def _p10():
    body = ("Hei,\n\nMetsä-Pohjola Palvelut Oy:\nMaastotyöpäivät (M20) 5 pv 3.–7.8.2026\n"
            "Maastotyöpäivät (M20) 5 pv 28.9.–2.10.2026\n\nViitteenne: Riikka Aho\n\n" + sig_fi("Eveliina Rantanen"))
    m = mail(EVELIINA, "Maastotyöt Metsä-Pohjola", "Mon, 05 Oct 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Finnish day ranges 'd.–d.m.yyyy' and 'd.m.–d.m.yyyy'.", P,
                              [request(cust("30006"), [line(MF, "M20", "5", ps="2026-08-03", pe="2026-08-07", skip=ND),
                                                       line(MF, "M20", "5", ps="2026-09-28", pe="2026-10-02", skip=ND)],
                                       [], MF, buyer="Riikka Aho")])


@case("p11_day_ranges_month_names")
def _p11():
    body = ("Hej,\n\nfältundersökning (120) hos Bergslagens Bygg och Mark AB 12–14 oktober, 3 dagar, och "
            "konsulttid (210) 6 tim den 20 oktober.\n\nMvh Jonas\n")
    m = mail(JONAS, "Fält Bergslagen", "Mon, 26 Oct 2026 09:00:00 +0100", body)
    return m, expect_requests("Day range with a Swedish month name and a single day, both without a year.", P,
                              [request(cust("20003"), [line(MS, "120", "3", ps="2026-10-12", pe="2026-10-14", skip=ND),
                                                       line(MS, "210", "6", ps="2026-10-20", skip=ND)], [], MS)])


@case("p12_fi_day_range_lokakuuta")
def _p12():
    body = ("Hei,\n\nkoulutus (K20) 12.–14. lokakuuta 2026, osallistujia 9, asiakas Pohjanmaan "
            "Vesiensuojeluyhdistys ry.\n\nBjörn\n")
    m = mail(BJORN, "Koulutus PVSY", "Thu, 15 Oct 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Finnish day range with a partitive month name '12.–14. lokakuuta 2026'.", P,
                              [request(cust("30009"), [line(MF, "K20", "9", ps="2026-10-12", pe="2026-10-14", skip=ND)],
                                       [], MF)])


@case("p13_sv_one_period_all_lines")
def _p13():
    body = ("Hej!\n\nKund: Norrviken Energi AB\nAvser perioden 1–30 september 2026\n\n"
            "Art 140, 6 st\nArt 130, 6 st\nArt 210, 4 tim\n\nMvh\n" + sig_se("Emma Lind"))
    m = mail(EMMA, "Norrviken september", "Thu, 01 Oct 2026 09:00:00 +0200", body)
    per = {"ps": "2026-09-01", "pe": "2026-09-30"}
    return m, expect_requests("One period stated once applies to every line.", P,
                              [request(cust("20005"), [line(MS, "140", "6", **per), line(MS, "130", "6", **per),
                                                       line(MS, "210", "4", **per)], [], MS)])


@case("p14_no_year_dates")
def _p14():
    body = ("Hej,\n\nFakturera Kvarnbäckens Lantbruk HB för jordprovtagning (110), 9 st, provtagning den 14/9.\n"
            "Grundvattenprov (140) 2 st tagna 21.9.\n\n/Nils\n")
    m = mail(NILS, "Kvarnbäcken prover", "Wed, 30 Sep 2026 09:00:00 +0200", body)
    return m, expect_requests("Dates without a year ('14/9', '21.9.') take the mail's year.", P,
                              [request(cust("20006"), [line(MS, "110", "9", ps="2026-09-14", skip=ND),
                                                       line(MS, "140", "2", ps="2026-09-21", skip=ND)], [], MS)])
