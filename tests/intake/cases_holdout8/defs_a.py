"""Eighth held-out set (written blind), part A: invoicing requests — a kuntayhtymä by Y-tunnus with 'sopimuksen
mukaan' prices and a week range, 'enligt avtal' for an article without a register price, English and Swedish
ordinal dates, a Finnish date without a year, a line VAT rate that differs from the register, a deduction line, an
'MSEK'/'tkr' price, customers named only by an e-mail address or an abbreviation, a henkilötunnus with a new
century letter, text and HTML parts that disagree, a short newest part above a long chain, an XLSX with one sheet
per customer and a totals sheet, a two-page PDF with a repeated header, an HTML table with rowspan and colspan,
a UTF-16 TSV with per-line periods, an EU customer with reverse charge, a new and an unresolvable housing
company."""
from __future__ import annotations

import datetime as dt

from tests.intake.cases.mailkit import expect_requests, mail, pdf, text_att, xlsx
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
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)
from tests.intake.cases_holdout4.kit4 import quoted

from .kit8 import ASK_ORG, case, cust, line, org, request, vat

TAB, KIND, SEV, QTY, PER, REF, ASK, IDS, QUO = ("3-tables", "1-kind", "4-several", "5-quantities", "6-periods",
                                                "7-references", "11-must-ask", "9-identities", "2-quoting")
NOP = ("description", "period_start", "period_end")
NP = ("period_start", "period_end")


def _wk(year: int, week: int, day: int) -> str:
    return dt.date.fromisocalendar(year, week, day).isoformat()


@case("s01_fi_kuntayhtyma_ytunnus_sopimuksen_mukaan_viikot")
def _s01():
    body = ("Hei,\n\nlaskuttakaa Y-tunnukselta " + org("K-5013") + " seuraavat, hinnat sopimuksen mukaan:\n\n"
            "AT20 Maastopäivä 3 pv\nAT10 Asiantuntijatunti 12 h\n\nAjanjakso: viikot 10–12/2026.\n"
            "Viitteenne: Heikki Rytkönen\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Laskutus / jätehuolto", "Tue, 24 Mar 2026 10:00:00 +0200", body, to=CENTRE_FI)
    w = {"ps": _wk(2026, 10, 1), "pe": _wk(2026, 12, 7)}
    return m, expect_requests("A kuntayhtymä given only by its Y-tunnus; 'sopimuksen mukaan' means the register's "
                              "price; 'viikot 10–12/2026' a week range for all lines.", IDS,
                              [request(cust("K-5013"), [line(YF, "AT20", "3", skip=ND, **w),
                                                        line(YF, "AT10", "12", skip=ND, **w)], [], YF,
                                       buyer="Heikki Rytkönen")])


@case("s02_sv_enligt_avtal_no_register_price_asks")
def _s02():
    body = ("Hej,\n\nFakturera Vretstorp Entreprenad AB:\n\n- Expertgranskning (2020), 6 tim, pris enligt avtal\n"
            "- Utredningstimme (2010), 4 tim, enligt avtal\n\nEr referens: Tomas Vik\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Granskning Vretstorp", "Mon, 12 Oct 2026 09:10:00 +0200", body)
    return m, expect_requests("'enligt avtal' is no price: the line whose article has a register price takes it, "
                              "the one without (2020) is asked.", ASK,
                              [request(cust("K-4003"), [line(GS, "2020", "6", None, skip=NOP),
                                                        line(GS, "2010", "4", skip=NOP)],
                                       ["lines[0].unit_price"], GS, buyer="Tomas Vik")])


@case("s03_en_march_3rd_and_3rd_of_march")
def _s03():
    body = ("Hello,\n\nplease invoice Nordkap Analys Oy:\n\n"
            "* 1 field day (AT20) on March 3rd\n* 8 extended water analyses (LA110), samples taken on the 5th of "
            "March\n\nYour reference: Petra Lund\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Nordkap – March field work", "Mon, 16 Mar 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("English ordinal dates without a year ('March 3rd', 'the 5th of March'): the mail's "
                              "year.", PER,
                              [request(cust("K-5008"), [line(YF, "AT20", "1", ps="2026-03-03", skip=ND),
                                                        line(YF, "LA110", "8", ps="2026-03-05", skip=ND)], [], YF,
                                       buyer="Petra Lund")])


@case("s04_sv_den_3e_mars_och_v_10_12")
def _s04():
    body = ("Hej!\n\nFakturera Sjöbo Vattenråd för fältdagen den 3:e mars (1500, 1 dag) samt portrycksmätningar "
            "(1020) v. 10–12, 9 st totalt.\n\nMärkning: SVR-26-07\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Sjöbo mars", "Tue, 24 Mar 2026 14:00:00 +0100", body)
    return m, expect_requests("'den 3:e mars' (ordinal with ':e', no year) and 'v. 10–12' for the second line.", PER,
                              [request(cust("K-4007"), [line(GS, "1500", "1", ps="2026-03-03", skip=ND),
                                                        line(GS, "1020", "9", ps=_wk(2026, 10, 1),
                                                             pe=_wk(2026, 12, 7), skip=ND)], [], GS,
                                       buyer="SVR-26-07")])


@case("s05_fi_date_3_3_no_year_kahdeksan")
def _s05():
    body = ("Moi,\n\nPirkanmaan Maanrakennus Oy:lle lasku: sedimenttinäytteet LA200, 8 kpl, näytteenotto 3.3. "
            "Tampereella.\nTilausnumero 4500-778\n\nt. Kirsi\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Pirkanmaa näytteet", "Wed, 11 Mar 2026 08:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A Finnish date 'd.m.' without a year takes the mail's year.", PER,
                              [request(cust("K-5003"), [line(YF, "LA200", "8", ps="2026-03-03", skip=ND)], [], YF,
                                       order="4500-778")])


@case("s06_sv_line_vat_differs_from_register")
def _s06():
    body = ("Hej,\n\nFakturera Nordkap Analys AB:\n\n3020 Rapport, digital version  10 st  450 kr  moms 25 %\n"
            "2010 Utredningstimme  3 tim  1 250 kr  moms 25 %\n\n"
            "Obs! Rapporten levereras digitalt i år, därför 25 % moms och inte 6 %.\n\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Nordkap rapport", "Thu, 15 Oct 2026 10:00:00 +0200", body)
    return m, expect_requests("A VAT rate written on the line (25 %) that differs from the article's (6 %): as "
                              "written.", QTY,
                              [request(cust("K-4008"), [line(GS, "3020", "10", "450", "Rapport, digital version",
                                                             vat="25", skip=NP),
                                                        line(GS, "2010", "3", "1250", skip=NOP)], [], GS)])


@case("s07_sv_deduction_line_negative")
def _s07():
    body = ("Hej,\n\nOktober för Brattfors Skogsägare ekonomisk förening:\n\n"
            "1010 Geoteknisk provtagning  6 st\n"
            "1500 Fältdag  -1 dag  (avdrag: fältdagen 2 september debiterades två gånger)\n\n"
            "Beställningsnr BSE-4471\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Brattfors oktober + avdrag", "Fri, 30 Oct 2026 15:30:00 +0100", body)
    return m, expect_requests("A deduction line with a negative count ('-1 dag'), the register's price; the date "
                              "in the note belongs to the earlier invoice.", QTY,
                              [request(cust("K-4005"), [line(GS, "1010", "6", skip=NOP),
                                                        line(GS, "1500", "-1", skip=NOP)], [], GS,
                                       order="BSE-4471")])


@case("s08_sv_msek_and_tkr_price_asks")
def _s08():
    body = ("Hej,\n\nRegion Vindelälven ska faktureras för expertgranskningen av dammutredningen (2020), fast pris "
            "0,2 MSEK enligt offerten, samt 2 tryckta rapporter (3020).\n\nEr referens: Lena Öhman\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Vindelälven granskning", "Wed, 21 Oct 2026 11:00:00 +0200", body)
    return m, expect_requests("'fast pris 0,2 MSEK' is a lump sum (quantity 1) in shorthand: the price is asked.",
                              ASK,
                              [request(cust("K-4013"), [line(GS, "2020", "1", None, skip=NOP),
                                                        line(GS, "3020", "2", skip=NOP)],
                                       ["lines[0].unit_price"], GS, buyer="Lena Öhman")])


@case("s09_sv_customer_only_by_email_address_asks")
def _s09():
    body = ("Hej,\n\nkan ni skicka en faktura till ekonomi@kvarnbacken.se för 2 fältdagar (1500) 6–7 oktober?\n\n"
            "Tack!\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Faktura fältdagar", "Thu, 08 Oct 2026 13:00:00 +0200", body)
    return m, expect_requests("The customer only as an e-mail address (no name, no number): not an identity — the "
                              "org number is asked.", IDS,
                              [request(ASK_ORG, [line(GS, "1500", "2", ps="2026-10-06", pe="2026-10-07", skip=ND)],
                                       ["customer.org_no"], GS)])


@case("s10_sv_customer_abbreviation_asks")
def _s10():
    body = ("Hej,\n\nFakturera HBF för 4 provtagningar (1010) och 4 portrycksmätningar (1020), utförda 2026-10-20.\n"
            "Er referens: Kent Sjöberg\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "HBF provtagning", "Thu, 22 Oct 2026 16:00:00 +0200", body)
    return m, expect_requests("A customer named by an in-house abbreviation ('HBF'): matches no register name, so "
                              "the org number is asked (never guess Hallstahammars Bostäder [Förvaltning] AB).", IDS,
                              [request(ASK_ORG, [line(GS, "1010", "4", ps="2026-10-20", skip=ND),
                                                 line(GS, "1020", "4", ps="2026-10-20", skip=ND)],
                                       ["customer.org_no"], GS, buyer="Kent Sjöberg")])


@case("s11_fi_henkilotunnus_century_letter_y")
def _s11():
    body = ("Hei,\n\nyksityisasiakas Aino Heikkilä, hetu 120385Y2461, koulutuspäivä KO10 1 hlö 14.10.2026.\n\n"
            + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Koulutuspäivä yksityinen", "Fri, 16 Oct 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A henkilötunnus with the new century sign 'Y' (= '-', born 1900–1999): the same "
                              "person as the register's 120385-2461.", IDS,
                              [request(cust("K-5011"), [line(YF, "KO10", "1", ps="2026-10-14", skip=ND)], [], YF)])


@case("s12_sv_text_and_html_parts_disagree_asks")
def _s12():
    text = ("Hej,\n\nFakturera Fastighets AB Gåsen 4: Portrycksmätning (1020) 3 st.\n\n/Olle\n")
    html = ("<p>Hej,</p><p>Fakturera Fastighets AB Gåsen 4: Portrycksmätning (1020) <b>5 st</b>.</p><p>/Olle</p>")
    m = mail(OLLE, "Gåsen 4", "Mon, 19 Oct 2026 10:00:00 +0200", text, html)
    return m, expect_requests("The plain-text part says 3, the HTML part 5 (edited after the text was generated): "
                              "the quantity is uncertain, so asked.", ASK,
                              [request(cust("K-4010"), [line(GS, "1020", None, skip=NOP)], ["lines[0].quantity"], GS)])


@case("s13_sv_short_newest_above_long_chain")
def _s13():
    old = ("Hej,\n\nFakturera Nordkap Analys AB 6 st portrycksmätningar (1020) och Vretstorp Entreprenad AB "
           "2 fältdagar (1500).\n\n/Olle")
    older = ("Kan du skicka underlaget för Nordkap och Vretstorp? Ålidens kommun väntar också, 3 kursplatser (3010)."
             "\n\n/Maria")
    body = ("Lägg till Sjöbo Vattenråd också: 1 fältdag (1500) 2026-10-14.\n\n/Maria\n\n"
            "Från: Olle Berglund <olle.berglund@sgn.se>\nSkickat: den 15 oktober 2026 09:12\n"
            "Till: Kundfaktura <kundfaktura@ekonomicentret.se>\nÄmne: Underlag oktober\n\n" + old + "\n\n"
            "Från: Maria Fransson <maria.fransson@sgn.se>\nSkickat: den 14 oktober 2026 17:40\n"
            "Till: Olle Berglund <olle.berglund@sgn.se>\nÄmne: Underlag oktober\n\n" + older + "\n\n"
            + quoted("Gamla noteringar: Berg & Dal Konsult KB 4 tim (2010)\n"))
    m = mail(MARIA, "SV: Underlag oktober", "Thu, 15 Oct 2026 10:05:00 +0200", body)
    return m, expect_requests("A one-line newest part above a long Outlook chain with three other customers' lines: "
                              "only the newest part is a request (the quoted request was already sent).", QUO,
                              [request(cust("K-4007"), [line(GS, "1500", "1", ps="2026-10-14", skip=ND)], [], GS)])


@case("s14_sv_xlsx_sheet_per_customer_totals_sheet")
def _s14():
    head = ["Artikel", "Benämning", "Antal", "Datum"]
    s1 = [["Kund: Nordkap Analys AB"], ["Orgnr: " + org("K-4008")], [None], head,
          ["1020", "Portrycksmätning", 5, "2026-10-06"], ["2010", "Utredningstimme", 3, "2026-10-07"],
          ["Summa", None, 8, None]]
    s2 = [["Kund: Ålidens kommun"], ["Orgnr: " + org("K-4004")], [None], head,
          ["3010", "Kurs, per deltagare", 4, "2026-10-09"], ["Summa", None, 4, None]]
    tot = [["Sammanställning oktober"], ["Kund", "Rader", "Belopp"], ["Nordkap Analys AB", 2, 8650],
           ["Ålidens kommun", 1, 16800], ["Totalt", 3, 25450]]
    m = mail(SANNA, "Oktoberunderlag", "Fri, 30 Oct 2026 12:00:00 +0100",
             "Hej,\n\nunderlaget för oktober, en flik per kund och en sammanställning.\n\n/Sanna\n",
             attachments=[xlsx("oktober.xlsx", [("Nordkap", s1, []), ("Åliden", s2, []),
                                                 ("Sammanställning", tot, [])])])
    return m, expect_requests("An XLSX with one sheet per customer (the customer in a 'Kund:' cell above the "
                              "table, not in a column), 'Summa' rows and a totals sheet that is no data.", TAB,
                              [request(cust("K-4008"), [line(GS, "1020", "5", desc="Portrycksmätning",
                                                             ps="2026-10-06"),
                                                        line(GS, "2010", "3", desc="Utredningstimme",
                                                             ps="2026-10-07")], [], GS),
                               request(cust("K-4004"), [line(GS, "3010", "4", desc="Kurs, per deltagare",
                                                             ps="2026-10-09")], [], GS)])


def _pdf_rows() -> list[tuple[str, str, str, int]]:
    rows = []
    for i in range(46):
        cust_no = "K-4002" if i < 28 else "K-4003"
        rows.append((cust_no, f"2026-09-{1 + i % 28:02d}", "1010" if i % 2 == 0 else "1020", 1 + i % 3))
    return rows


@case("s15_sv_pdf_two_pages_repeated_header")
def _s15():
    names = {"K-4002": "Hallstahammars Bostäder Förvaltning AB", "K-4003": "Vretstorp Entreprenad AB"}
    trs = "".join(f"<tr><td>{names[c]}</td><td>{a}</td><td class='num'>{q}</td><td>{d}</td></tr>"
                  for c, d, a, q in _pdf_rows())
    html = ("<h1>Faktureringsorder september 2026</h1><p>Sveriges geotekniska nämnd · Orgnr 202100-6123</p>"
            "<table><thead><tr><th>Kund</th><th>Artikel</th><th class='num'>Antal</th><th>Datum</th></tr></thead>"
            f"<tbody>{trs}</tbody></table><p>Sida-fot: Frågor? 013-25 10 47</p>")
    m = mail(OLLE, "Faktureringsorder september", "Thu, 01 Oct 2026 08:00:00 +0200",
             "Hej,\nfaktureringsordern för september bifogas (två sidor).\n/Olle\n",
             attachments=[pdf("faktureringsorder_sep.pdf", html, "td,th{padding:5pt}")])
    by: dict[str, list] = {}
    for c, d, a, q in _pdf_rows():
        by.setdefault(c, []).append(line(GS, a, str(q), ps=d, skip=ND))
    return m, expect_requests("A PDF invoicing order over two pages with the header row repeated on page 2; the "
                              "agency's org number under the title is not a customer's.", TAB,
                              [request(cust(c), ls, [], GS) for c, ls in by.items()])


@case("s16_fi_html_rowspan_colspan")
def _s16():
    html = ("<p>Hei,</p><p>lokakuun laskutettavat alla.</p>"
            "<table border=1><tr><th rowspan=2>Asiakas</th><th rowspan=2>Tuote</th><th colspan=2>Toteutunut</th>"
            "</tr><tr><th>Määrä</th><th>Pvm</th></tr>"
            "<tr><td rowspan=2>Kuopion Vesi Palvelut Oy</td><td>LA100</td><td>11</td><td>5.10.2026</td></tr>"
            "<tr><td>AT10</td><td>2</td><td>6.10.2026</td></tr>"
            "<tr><td>Ruovesjärven kunta</td><td>LA110</td><td>4</td><td>12.10.2026</td></tr>"
            "<tr><td colspan=2>Yhteensä</td><td>17</td><td></td></tr></table>"
            "<p>Terveisin<br>Juha Mäkelä<br>YTL · Y-tunnus 0912346-1</p>")
    m = mail(JUHA, "Lokakuun laskutus", "Mon, 02 Nov 2026 09:00:00 +0200", None, html, to=CENTRE_FI)
    return m, expect_requests("An HTML-only table with a two-row header (colspan over 'Määrä'/'Pvm'), a customer "
                              "cell spanning two rows and a 'Yhteensä' row spanning two columns.", TAB,
                              [request(cust("K-5002"), [line(YF, "LA100", "11", ps="2026-10-05", skip=ND),
                                                        line(YF, "AT10", "2", ps="2026-10-06", skip=ND)], [], YF),
                               request(cust("K-5005"), [line(YF, "LA110", "4", ps="2026-10-12", skip=ND)], [], YF)])


@case("s17_sv_utf16_tsv_per_line_periods")
def _s17():
    tsv = ("Kund\tArtikel\tAntal\tFrån\tTill\tEr ref\r\n"
           "Berg & Dal Konsult KB\t2010\t7,5\t2026-09-01\t2026-09-15\tLinnea Dal\r\n"
           "Berg & Dal Konsult KB\t2010\t4\t2026-09-16\t2026-09-30\tLinnea Dal\r\n"
           "Berg & Dal Konsult KB\t3020\t2\t\t\tLinnea Dal\r\n")
    m = mail(SANNA, "Berg & Dal september", "Fri, 02 Oct 2026 09:00:00 +0200",
             "Hej,\nexport från tidrapporteringen bifogad (Unicode-text).\n/Sanna\n",
             attachments=[("tid_sep.txt", b"\xff\xfe" + tsv.encode("utf-16-le"), "text", "plain")])
    return m, expect_requests("A UTF-16 LE tab-separated export with 'Från'/'Till' columns: a period per line, the "
                              "last line with empty period cells.", TAB,
                              [request(cust("K-4009"), [line(GS, "2010", "7.5", ps="2026-09-01", pe="2026-09-15",
                                                             skip=ND),
                                                        line(GS, "2010", "4", ps="2026-09-16", pe="2026-09-30",
                                                             skip=ND),
                                                        line(GS, "3020", "2", skip=ND)], [], GS,
                                       buyer="Linnea Dal")])


@case("s18_en_eu_customer_vat_reverse_charge_eur")
def _s18():
    body = ("Hi,\n\nplease invoice Miljølab Nordsjælland ApS (VAT " + vat("K-4015") + ") for 3 field days (1500) "
            "on 12–14 October 2026 at EUR 850.00 per day. Reverse charge, VAT 0 %.\n\n"
            "Their PO: ML-2026-0193\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Invoice – Miljølab (DK)", "Mon, 19 Oct 2026 10:00:00 +0200", body)
    return m, expect_requests("A Danish customer by name and VAT number; the price in EUR as written, VAT 0 % "
                              "(reverse charge) as written.", IDS,
                              [request(cust("K-4015"), [line(GS, "1500", "3", "850.00", vat="0", ps="2026-10-12",
                                                             pe="2026-10-14", skip=ND)], [], GS,
                                       order="ML-2026-0193", currency="EUR")])


@case("s19_fi_new_as_oy_with_address")
def _s19():
    yt = "3109876-8"
    body = ("Hei,\n\nuusi asiakas: As Oy Joensuun Rantapuisto, Y-tunnus " + yt + ", Rantakatu 3, 80100 Joensuu.\n"
            "Radon-mittaus: LA100 6 kpl, näytteet 20.10.2026.\nYhteyshenkilö: isännöitsijä Pekka Nevalainen\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Uusi asiakas As Oy Rantapuisto", "Thu, 22 Oct 2026 13:00:00 +0300", body, to=CENTRE_FI)
    c = {"name": "As Oy Joensuun Rantapuisto", "org_no": yt, "customer_number": None, "country": "FI"}
    return m, expect_requests("A new housing company (not in the register) with a valid Y-tunnus and a postal "
                              "address: nothing to ask.", IDS,
                              [request(c, [line(YF, "LA100", "6", ps="2026-10-20", skip=ND)], [], YF,
                                       buyer="Pekka Nevalainen")])


@case("s20_fi_asunto_osakeyhtio_long_form_asks")
def _s20():
    body = ("Hei,\n\nlaskutetaan Asunto-osakeyhtiö Kuopion Satamakatu 12:lta kosteusmittaukset: AT10 4 h ja LA100 "
            "2 kpl, 27.10.2026.\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Satamakatu 12", "Wed, 28 Oct 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("The register holds 'As Oy Kuopion Satamakatu 12'; the mail writes the long legal "
                              "form in front, inflected ('…12:lta'). The contract's name match drops only a "
                              "trailing legal form or a case ending; an expansion of a leading abbreviation is no "
                              "exact match, so the number is asked rather than guessed.", IDS,
                              [request(ASK_ORG, [line(YF, "AT10", "4", ps="2026-10-27", skip=ND),
                                                 line(YF, "LA100", "2", ps="2026-10-27", skip=ND)],
                                       ["customer.org_no"], YF)])


@case("s21_fi_kuntayhtyma_inflected_name_prose")
def _s21():
    body = ("Hei!\n\nPohjois-Savon jätehuoltokuntayhtymälle lähtee lasku koulutuspäivästä 10.11.2026: KO10, 14 "
            "osallistujaa. Viite: PSJ/2026/118\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Koulutus PSJHKY", "Wed, 11 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A kuntayhtymä named in the allative ('…kuntayhtymälle') without a colon; 14 "
                              "participants of one training day; the 'Viite:' is the buyer's reference.", IDS,
                              [request(cust("K-5013"), [line(YF, "KO10", "14", ps="2026-11-10", skip=ND)], [], YF,
                                       buyer="PSJ/2026/118")])


@case("s22_sv_two_customers_agency_org_in_prose")
def _s22():
    body = ("Hej,\n\nvi (SGN, orgnr 202100-6123) har utfört provtagning åt två kunder:\n\n"
            "1) Vretstorp Entreprenad Öst AB – 5 st provtagning (1010), 3 nov\n"
            "2) Elsa Nyström, personnummer " + org("K-4011")[2:] + " – 1 st rapport (3020)\n\n"
            "Vid frågor ring mig på 070-312 45 67.\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Provtagning november", "Thu, 05 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("The agency's own org number in the first sentence (not a customer); a company and a "
                              "private person with a 12-digit personnummer written as 10.", SEV,
                              [request(cust("K-4012"), [line(GS, "1010", "5", ps="2026-11-03", skip=ND)], [], GS),
                               request(cust("K-4011"), [line(GS, "3020", "1", skip=NOP)], [], GS)])


@case("s23_en_three_days_each_two_sites_mixed_units")
def _s23():
    body = ("Hi,\n\nfor Oy Nordic Soil Lab Ab please bill:\n"
            "- expert work: 2 sites x 3.5 hours each (AT10)\n"
            "- publications (JU10): a dozen copies, VAT 10 %\n\n"
            "Attn: Mikko Salo\nPO 7788-26\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Nordic Soil Lab billing", "Tue, 10 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'2 sites x 3.5 hours each' is 7 hours; 'a dozen' is 12; the written VAT 10 % beats "
                              "the register's 14 %.", QTY,
                              [request(cust("K-5007"), [line(YF, "AT10", "7", skip=NOP),
                                                        line(YF, "JU10", "12", vat="10", skip=NOP)], [], YF,
                                       buyer="Mikko Salo", order="7788-26")])


@case("s24_sv_recurring_monthly_first_month_only")
def _s24():
    body = ("Hej,\n\nNordkap Analys AB har tecknat ett serviceavtal: fakturera 1 st tillståndsavgift (4010) för "
            "november 2026 nu. Samma avgift ska sedan faktureras varje månad till och med juni 2027 – det tar vi "
            "separat med er om upplägg.\n\nEr referens: Petra Lund\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Serviceavtal Nordkap", "Mon, 02 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A request for this month's invoice of a recurring fee: one line for November only "
                              "(the later months are to be arranged separately, not invoiced now).", PER,
                              [request(cust("K-4008"), [line(GS, "4010", "1", ps="2026-11-01", pe="2026-11-30",
                                                             skip=ND)], [], GS, buyer="Petra Lund")])


@case("s25_fi_csv_english_amounts_line_totals")
def _s25():
    csv = ("asiakas,y-tunnus,tuote,määrä,yhteensä\n"
           f"Lapin Luontomatkailu Oy,{org('K-5009')},KU90,3,\"1,234.50\"\n"
           f"Lapin Luontomatkailu Oy,{org('K-5009')},AT20,2,\"1,780.00\"\n")
    m = mail(KIRSI, "Lappi kulut", "Mon, 09 Nov 2026 10:00:00 +0200",
             "Hei,\nliitteenä Lapin kulut ja maastopäivät (lokakuu 2026).\nKirsi\n",
             to=CENTRE_FI, attachments=[text_att("lappi.csv", csv)])
    octo = {"ps": "2026-10-01", "pe": "2026-10-31"}
    return m, expect_requests("A comma CSV with English-style amounts in quotes and only line totals: price = total "
                              "/ quantity (1 234,50 / 3 = 411,50 exactly; 1 780 / 2 = 890).", QTY,
                              [request(cust("K-5009"), [line(YF, "KU90", "3", "411.50", skip=ND, **octo),
                                                        line(YF, "AT20", "2", "890.00", skip=ND, **octo)], [], YF)])
