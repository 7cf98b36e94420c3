"""Held-out: several customers in one body, quantities and amounts, periods, references."""
from __future__ import annotations

from .kit import (
    ANDERS,
    CENTRE_FI,
    DISCL_FI,
    DISCL_SV,
    GEO_DIARIET,
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
    expect_requests,
    line,
    mail,
    request,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
    sig_ytl_sv,
)


@case("h24_sv_three_customers_numbered_headings")
def _h24():
    body = ("Hej!\n\nTre kunder att fakturera denna gång:\n\n"
            "1) Vretstorp Entreprenad AB\n   • Fältdag (1500), 2 dagar\n   • Utredningstimme (2010), 4 tim\n\n"
            "2) Brattfors Skogsägare ekonomisk förening\n   • Kurs, per deltagare (3010), 6 deltagare\n\n"
            "3) Ålidens kommun\n   • Tillståndsavgift (4010), 1 st\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Fakturering tre kunder", "Wed, 17 Feb 2027 10:00:00 +0100", body)
    return m, expect_requests("Three customers under numbered headings with bulleted lines.", "4-several",
                              [request(cust("K-4003"), [line(GS, "1500", "2", skip=ND),
                                                        line(GS, "2010", "4", skip=ND)], [], GS),
                               request(cust("K-4005"), [line(GS, "3010", "6", skip=ND)], [], GS),
                               request(cust("K-4004"), [line(GS, "4010", "1", skip=ND)], [], GS)])


@case("h25_fi_two_customers_prose_inflected")
def _h25():
    body = ("Hei,\n\nPirkanmaan Maanrakennus Oy:lle laskutetaan kolme maastopäivää (AT20). Kuopion Vesi Oy:ltä "
            "puolestaan veloitetaan 12 perusanalyysia (LA100).\n\n" + sig_ytl("Juha Mäkelä") + DISCL_FI)
    m = mail(JUHA, "Laskutettavaa", "Thu, 18 Feb 2027 09:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Two customers in running Finnish prose, each with a case ending after a colon.",
                              "4-several",
                              [request(cust("K-5003"), [line(YF, "AT20", "3", skip=ND)], [], YF),
                               request(cust("K-5001"), [line(YF, "LA100", "12", skip=ND)], [], YF)])


@case("h26_en_customers_table_with_ids")
def _h26():
    body = ("Hello,\n\nplease invoice the following customers for the sediment survey (item LA200):\n\n"
            "Customer                      Business ID   Samples\n"
            "Oy Nordic Soil Lab Ab         2890461-8     5\n"
            "Metsänhoitoyhdistys Kaakko ry 1060183-8     9\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Sediment survey invoicing", "Fri, 19 Feb 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("One article stated once, customers in a text table with their own counts.",
                              "4-several",
                              [request(cust("K-5007"), [line(YF, "LA200", "5", skip=ND)], [], YF),
                               request(cust("K-5006"), [line(YF, "LA200", "9", skip=ND)], [], YF)])


@case("h27_sv_count_times_count_words")
def _h27():
    body = ("Hej,\n\nVi har gjort provtagning åt Hallstahammars Bostäder AB (556702-3188): två fastigheter med "
            "fyra borrpunkter vardera, art 1010.\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Provtagning Hallstahammar", "Mon, 22 Feb 2027 08:00:00 +0100", body)
    return m, expect_requests("A count in words times a count ('två fastigheter med fyra borrpunkter vardera' = 8).",
                              "5-quantities",
                              [request(cust("K-4001"), [line(GS, "1010", "8", skip=ND)], [], GS)])


@case("h28_sv_approximate_tkr")
def _h28():
    body = ("Hej,\n\nKund: Nordkap Analys AB, org.nr 559233-1705\n\nUtlägg (9000) för laboratoriehyra, 1 st, "
            "ungefär 12 tkr – exakt belopp får jag i nästa vecka.\nExpertgranskning (2020): 5 tim à 1 450 kr\n\n"
            + sig_geo("Sanna Wallin", "Utredare"))
    m = mail(SANNA, "Underlag Nordkap", "Tue, 23 Feb 2027 10:00:00 +0100", body)
    return m, expect_requests("'ungefär 12 tkr' is not a price: asked; a stated price for an article without one.",
                              "5-quantities",
                              [request(cust("K-4008"), [line(GS, "9000", "1", None, skip=ND),
                                                        line(GS, "2020", "5", "1450", skip=ND)],
                                       ["lines[0].unit_price"], GS)])


@case("h29_fi_eur_european_format_times")
def _h29():
    body = ("Hei,\n\nAsiakas: Ruovesjärven kunta\n\n– kulut (KU90): 1 kpl, EUR 1.480,50\n"
            "– asiantuntijatyö AT10: 2 x 6 h\n\nt. Kirsi\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Ruovesjärvi", "Wed, 24 Feb 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'EUR 1.480,50' (dot thousands, comma decimals) and '2 x 6 h' = 12.", "5-quantities",
                              [request(cust("K-5005"), [line(YF, "KU90", "1", "1480.50", skip=ND),
                                                        line(YF, "AT10", "12", skip=ND)], [], YF)])


@case("h30_sv_line_total_only")
def _h30():
    body = ("Hej,\n\nFakturera Brattfors Skogsägare ekonomisk förening:\n\n"
            "Utredningstimmar (2010): 7,5 tim, totalt 9 375 kr\nUtlägg (9000): 3 st, summa 1 000 kr\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Brattfors", "Thu, 25 Feb 2027 10:00:00 +0100", body)
    return m, expect_requests("Only line totals: 9 375 / 7.5 = 1 250 exactly; 1 000 / 3 is not exact, asked.",
                              "5-quantities",
                              [request(cust("K-4005"), [line(GS, "2010", "7.5", "1250.00", skip=ND),
                                                        line(GS, "9000", "3", None, skip=ND)],
                                       ["lines[1].unit_price"], GS)])


@case("h31_sv_colon_dash_price_and_antal")
def _h31():
    body = ("Hej,\n\nVretstorp Entreprenad AB ska faktureras för:\n\n- Expertgranskning, art 2020 – antal: 3 – "
            "pris 1 500:- per timme\n- Rapport, tryckt (3020) – antal: 2\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Vretstorp granskning", "Fri, 26 Feb 2027 10:00:00 +0100", body)
    return m, expect_requests("'– antal: 3 –' and '1 500:-' per hour.", "5-quantities",
                              [request(cust("K-4003"), [line(GS, "2020", "3", "1500", skip=ND),
                                                        line(GS, "3020", "2", skip=ND)], [], GS)])


@case("h32_sv_week_range")
def _h32():
    body = ("Hej,\n\nKund: Sjöbo Vattenråd\nFältdagar (1500) vecka 3–4 2027: 6 dagar\n\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Fältdagar Sjöbo", "Mon, 01 Feb 2027 10:00:00 +0100", body)
    return m, expect_requests("A week range 'vecka 3–4 2027'.", "6-periods",
                              [request(cust("K-4007"), [line(GS, "1500", "6", ps="2027-01-18", pe="2027-01-31",
                                                             skip=ND)], [], GS)])


@case("h33_fi_month_range_inflected")
def _h33():
    body = ("Hei,\n\nKuopion Vesi Palvelut Oy:n asiantuntijatyö (AT10) tammi–helmikuussa 2027 yhteensä 16 tuntia.\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "AT10 tammi-helmikuu", "Tue, 02 Mar 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Inflected Finnish month range 'tammi–helmikuussa 2027'.", "6-periods",
                              [request(cust("K-5002"), [line(YF, "AT10", "16", ps="2027-01-01", pe="2027-02-28",
                                                             skip=ND)], [], YF)])


@case("h34_fi_day_range_finnish_style")
def _h34():
    body = ("Hei,\n\nAsiakas: Metsänhoitoyhdistys Kaakko ry\nMaastopäivät AT20, 3 pv, ajalla 8.–10.3.2027\n\n"
            "Kirsi Laine\n")
    m = mail(KIRSI, "Maastopäivät", "Thu, 11 Mar 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finnish day range 'd.–d.m.yyyy'.", "6-periods",
                              [request(cust("K-5006"), [line(YF, "AT20", "3", ps="2027-03-08", pe="2027-03-10",
                                                             skip=ND)], [], YF)])


@case("h35_sv_quarter_without_year")
def _h35():
    body = ("Hej,\n\nÅlidens kommun ska ha sin tillståndsavgift (4010), 1 st, för första kvartalet.\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Tillståndsavgift Q1", "Mon, 15 Mar 2027 10:00:00 +0100", body)
    return m, expect_requests("'första kvartalet' without a year: the mail's year.", "6-periods",
                              [request(cust("K-4004"), [line(GS, "4010", "1", ps="2027-01-01", pe="2027-03-31",
                                                             skip=ND)], [], GS)])


@case("h36_en_day_range_month_name_no_year")
def _h36():
    body = ("Hi,\n\nCustomer: Oy Nordic Soil Lab Ab\nExpert work (AT10): 14 hours between 11 and 15 January.\n\n"
            + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Expert work January", "Mon, 01 Feb 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("English day range with a month name and no year.", "6-periods",
                              [request(cust("K-5007"), [line(YF, "AT10", "14", ps="2027-01-11", pe="2027-01-15",
                                                             skip=ND)], [], YF)])


@case("h37_fi_single_week_viikolla")
def _h37():
    body = ("Hei,\n\nRuovesjärven kunnalle laskutetaan viikolla 6 tehdyt vesinäytteet: 10 kpl LA100.\n\n"
            + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Vesinäytteet vko 6", "Mon, 15 Feb 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'viikolla 6' without a year; 'Ruovesjärven kunnalle' (allative of kunta).",
                              "6-periods",
                              [request(cust("K-5005"), [line(YF, "LA100", "10", ps="2027-02-08", pe="2027-02-14",
                                                             skip=ND)], [], YF)])


@case("h38_sv_marking_prose_and_ert_ordernr")
def _h38():
    body = ("Hej,\n\nKund: Nordkap Analys AB\nErt ordernr: 4500112233\nFakturan ska märkas med projekt 4410-KS.\n\n"
            "Portrycksmätning (1020): 4 st\n\nDnr 2026-00871\n" + sig_geo("Olle Berglund") + DISCL_SV)
    m = mail(OLLE, "Nordkap portryck", "Tue, 16 Mar 2027 10:00:00 +0100", body)
    return m, expect_requests("'Fakturan ska märkas med …' is the buyer reference, 'Ert ordernr' the order; the "
                              "Dnr is not.", "7-references",
                              [request(cust("K-4008"), [line(GS, "1020", "4", skip=ND)], [], GS,
                                       buyer="projekt 4410-KS", order="4500112233")])


@case("h39_fi_viitteenne_ostotilaus_dnro")
def _h39():
    body = ("Hei,\n\nAsiakas: Kuopion Vesi Oy\nViitteenne: Tiina Koski\nOstotilausnumero: 8800123\n"
            "Dnro YTL/233/2026\n\nLA100 Vesinäyte, perusanalyysi 15 kpl\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Kuopion Vesi näytteet", "Wed, 17 Mar 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Ostotilausnumero' is the order reference; the agency's Dnro is not.",
                              "7-references",
                              [request(cust("K-5001"), [line(YF, "LA100", "15", skip=ND)], [], YF,
                                       buyer="Tiina Koski", order="8800123")])


@case("h40_en_please_quote_attn_our_ref")
def _h40():
    body = ("Hi,\n\nPlease invoice Närpes Grönsaker Ab for 2 days of field work (AT20).\nAttn: Mikael Björk\n"
            "Please quote PO 7789-22 on the invoice.\nOur ref: YTL/2026/441\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Field work invoice", "Thu, 18 Mar 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Attn:' is the buyer reference, 'please quote PO … on the invoice' the order; "
                              "'Our ref' is the agency's own.", "7-references",
                              [request(cust("K-5004"), [line(YF, "AT20", "2", skip=ND)], [], YF,
                                       buyer="Mikael Björk", order="7789-22")])


@case("h41_sv_kontaktperson_bestallning_nr")
def _h41():
    body = ("Hej,\n\nKund: Brattfors Skogsägare ekonomisk förening\nKontaktperson: Lars Holm\n"
            "Beställning nr: B-20455\n\nFältdag 1500 – 1 dag\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Brattfors fältdag", "Fri, 19 Mar 2027 10:00:00 +0100", body)
    return m, expect_requests("'Kontaktperson' is the buyer, 'Beställning nr' the order.", "7-references",
                              [request(cust("K-4005"), [line(GS, "1500", "1", skip=ND)], [], GS,
                                       buyer="Lars Holm", order="B-20455")])


_ = (ANDERS, GEO_DIARIET, ND, sig_ytl_sv)
