"""Fourth held-out set (written blind), part B: several customers in one body, quantities and amounts (an
approximate count, line totals that do or do not divide, a lump sum in European format, counts in words times
counts), periods (ISO weeks across a year end, two Finnish months, a half-year, a day range stated once)."""
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

from .kit4 import case, cust, line, request

SEV, QTY, PER = "4-several", "5-quantities", "6-periods"


@case("w17_sv_semicolon_three_customers_one_paragraph")
def _w17():
    body = ("Hej,\n\nfakturera följande för juni: Hallstahammars Bostäder AB 2 st portrycksmätningar (1020); "
            "Vretstorp Entreprenad AB 1 fältdag (1500); Sjöbo Vattenråd 4 tryckta rapporter (3020).\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Fakturering juni", "Fri, 02 Jul 2027 09:00:00 +0200", body)
    jun: dict[str, Any] = {"ps": "2027-06-01", "pe": "2027-06-30", "skip": ND}
    return m, expect_requests("Three customers in one sentence separated by semicolons; 'för juni' for all.", SEV,
                              [request(cust("K-4001"), [line(GS, "1020", "2", **jun)], [], GS),
                               request(cust("K-4003"), [line(GS, "1500", "1", **jun)], [], GS),
                               request(cust("K-4007"), [line(GS, "3020", "4", **jun)], [], GS)])


@case("w18_fi_one_article_three_customers_counts")
def _w18():
    body = ("Hei,\n\nLA100-perusanalyysit kesäkuulta:\n- Kuopion Vesi Oy 4 kpl\n- Ruovesjärven kunta 6 kpl\n"
            "- Närpes Grönsaker Ab 2 kpl\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Perusanalyysit kesäkuu", "Mon, 05 Jul 2027 09:00:00 +0300", body, to=CENTRE_FI)
    jun: dict[str, Any] = {"ps": "2027-06-01", "pe": "2027-06-30", "skip": ND}
    return m, expect_requests("One article stated once in the heading ('kesäkuulta'), three customers with their "
                              "own counts.", SEV,
                              [request(cust("K-5001"), [line(YF, "LA100", "4", **jun)], [], YF),
                               request(cust("K-5005"), [line(YF, "LA100", "6", **jun)], [], YF),
                               request(cust("K-5004"), [line(YF, "LA100", "2", **jun)], [], YF)])


@case("w19_en_lettered_customers_with_refs")
def _w19():
    body = ("Hi,\n\ntwo invoices please:\n\nA) Pirkanmaan Maanrakennus Oy – 3 expert hours (AT10), their reference "
            "Jari Vuorinen\nB) Lapin Luontomatkailu Oy – training day (KO10) for 5 participants, PO 7781\n\n"
            + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Two invoices", "Tue, 06 Jul 2027 10:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Customers as A) and B) items, each with its own reference.", SEV,
                              [request(cust("K-5003"), [line(YF, "AT10", "3", skip=ND)], [], YF,
                                       buyer="Jari Vuorinen"),
                               request(cust("K-5009"), [line(YF, "KO10", "5", skip=ND)], [], YF, order="7781")])


@case("w20_sv_cirka_hours_asked")
def _w20():
    body = ("Hej,\n\nKund: Sjöbo Vattenråd\nUtredningstimmar (2010): ca 12 tim, exakt tid från tidrapporten nästa "
            "vecka\nRapport, tryckt (3020): 2 st\n\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Sjöbo utredning", "Wed, 07 Jul 2027 09:00:00 +0200", body)
    return m, expect_requests("'ca 12 tim' is an approximate count: asked, the other line stands.", QTY,
                              [request(cust("K-4007"), [line(GS, "2010", None, skip=ND),
                                                        line(GS, "3020", "2", skip=ND)], ["lines[0].quantity"], GS)])


@case("w21_fi_line_totals_exact_and_not")
def _w21():
    body = ("Hei,\n\nAsiakas: Tmi Jari Koskinen\nKU90 postikulut 4 kpl, yhteensä 50,00 €\n"
            "KU90 kopiokulut 3 kpl, yhteensä 100,00 €\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Kulut Koskinen", "Thu, 08 Jul 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Only line totals: 50,00 / 4 = 12,50 exactly; 100,00 / 3 does not divide: asked. "
                              "A sole trader written 'Tmi' first.", QTY,
                              [request(cust("K-5010"), [line(YF, "KU90", "4", "12.50", skip=ND),
                                                        line(YF, "KU90", "3", None, skip=ND)],
                                       ["lines[1].unit_price"], YF)])


@case("w22_en_lump_sum_european_format")
def _w22():
    body = ("Hello,\n\nplease invoice Närpes Grönsaker Ab:\n- Expert hours (AT10): 1.5 h\n- Travel costs (KU90), "
            "lump sum EUR 1.250,00\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Närpes travel", "Fri, 09 Jul 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'1.5 h' and a lump sum in European format 'EUR 1.250,00' (quantity 1).", QTY,
                              [request(cust("K-5004"), [line(YF, "AT10", "1.5", skip=ND),
                                                        line(YF, "KU90", "1", "1250.00", skip=ND)], [], YF)])


@case("w23_fi_count_words_times_each")
def _w23():
    body = ("Hei,\n\nRuovesjärven kunta: kolmelta kohteelta otettiin kuusi sedimenttinäytettä kustakin (LA200).\n\n"
            + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Sedimenttinäytteet Ruovesi", "Mon, 12 Jul 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'kolmelta kohteelta … kuusi … kustakin' = 3 × 6 = 18.", QTY,
                              [request(cust("K-5005"), [line(YF, "LA200", "18", skip=ND)], [], YF)])


@case("w24_sv_week_range_across_year_end")
def _w24():
    body = ("Hej,\n\nKund: Vretstorp Entreprenad AB\nFältdagar (1500) v. 52–53 2026: 3 dagar\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Fältdagar mellandagarna", "Tue, 05 Jan 2027 09:00:00 +0100", body)
    return m, expect_requests("ISO weeks 52–53 of 2026 (a 53-week year): 21 Dec 2026 – 3 Jan 2027.", PER,
                              [request(cust("K-4003"), [line(GS, "1500", "3", ps="2026-12-21", pe="2027-01-03",
                                                             skip=ND)], [], GS)])


@case("w25_fi_two_months_hyphen_ja")
def _w25():
    body = ("Hei,\n\nAsiakas: Kuopion Vesi Oy\nKesä- ja heinäkuussa tehdyt laajat analyysit: LA110 5 kpl\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Laajat analyysit", "Tue, 03 Aug 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'Kesä- ja heinäkuussa' (two inflected months joined by a hyphen and 'ja', no "
                              "year): June–July of the mail's year.", PER,
                              [request(cust("K-5001"), [line(YF, "LA110", "5", ps="2027-06-01", pe="2027-07-31",
                                                             skip=ND)], [], YF)])


@case("w26_en_half_year_previous_year")
def _w26():
    body = ("Hello,\n\nCustomer: Metsänhoitoyhdistys Kaakko ry\nPermit fee (LU10) for H2 2026: 1 pcs\n\n"
            + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Permit fee H2", "Wed, 03 Feb 2027 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'H2 2026' is July–December 2026.", PER,
                              [request(cust("K-5006"), [line(YF, "LU10", "1", ps="2026-07-01", pe="2026-12-31",
                                                             skip=ND)], [], YF)])


@case("w27_fisv_day_range_once_two_lines")
def _w27():
    body = ("Hej,\n\nfältarbete hos Närpes Grönsaker Ab 14.–18.6.2027:\nAT20 fältdagar 5 st\nLA100 vattenprov 12 st\n\n"
            + sig_ytl_sv("Anders Holmqvist"))
    m = mail(ANDERS, "Fältarbete Närpes", "Mon, 21 Jun 2027 09:00:00 +0300", body, to=CENTRE_FI)
    per: dict[str, Any] = {"ps": "2027-06-14", "pe": "2027-06-18", "skip": ND}
    return m, expect_requests("A Finnish-style day range stated once above two lines.", PER,
                              [request(cust("K-5004"), [line(YF, "AT20", "5", **per), line(YF, "LA100", "12", **per)],
                                       [], YF)])


_ = (MARIA, OLLE)
