"""Fifth held-out set (written blind), part C: periods ('jan–mar 2026', 'viikoilla 12–14', '1.–15.3.' after a
line, 'nov–dec' written in January), references (abbreviated 'Er ref'/'Best.nr' beside the agency's 'Vår ref'
and dnr, a PO only in the subject), payment advices (a forwarded Swedish specification with a partial payment and
a credit note, an HTML-only Finnish specification with a Unicode minus, an XLSX remittance over two sheets),
identities (a near-duplicate daughter company, a bad check digit on a new customer, a henkilötunnus alone, a new
Finnish customer with the agency's address in the signature) and replies (Lotus Notes header block, one Finnish
line answering two questions, an English answer that answers nothing)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, fi_yt, rf, se_ocr, se_org
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_requests, mail, text_att, xlsx
from tests.intake.cases_holdout2.kit import (
    ANDERS,
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
    YTL_LASKUTUS,
    new_cust,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
    sig_ytl_sv,
)
from tests.intake.cases_holdout4.kit4 import q_en, q_fi, q_sv, quoted

from .kit5 import AINO_HETU, case, cust, line, org, request, sig_notes

PER, REF, ADV, IDS, RP = "6-periods", "7-references", "8-advice", "9-identities", "10-replies"


@case("u25_sv_jan_mar_en_dash_quarter_fee")
def _u25():
    body = ("Hej,\n\nKvartalsfakturering: Brattfors Skogsägare ekonomisk förening, tillståndsavgift (4010) för "
            "jan–mar 2026, 1 st.\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Kvartalsavgift Brattfors", "Thu, 02 Apr 2026 09:00:00 +0200", body)
    return m, expect_requests("'jan–mar 2026': abbreviated month names joined by an en dash.", PER,
                              [request(cust("K-4005"), [line(GS, "4010", "1", ps="2026-01-01", pe="2026-03-31",
                                                             skip=ND)], [], GS)])


@case("u26_fi_viikoilla_12_14_yhteensa_pv")
def _u26():
    body = ("Hei,\n\nPirkanmaan Maanrakennus Oy, maastopäivät (AT20) viikoilla 12–14: yhteensä 4 pv.\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Maastopäivät Pirkanmaa", "Tue, 07 Apr 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'viikoilla 12–14' (the adessive plural of 'viikko') is ISO weeks 12–14 of the "
                              "mail's year: 16 March – 5 April 2026; 'yhteensä 4 pv' is the count.", PER,
                              [request(cust("K-5003"), [line(YF, "AT20", "4", ps="2026-03-16", pe="2026-04-05",
                                                             skip=ND)], [], YF)])


@case("u27_fisv_day_range_no_year_after_line")
def _u27():
    body = ("Hej,\n\nNärpes Grönsaker Ab: LA100 vattenprov 14 st (provtagning 1.–15.3.)\n\n"
            + sig_ytl_sv("Anders Holmqvist"))
    m = mail(ANDERS, "Vattenprov Närpes", "Fri, 20 Mar 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A day range '1.–15.3.' without a year in brackets after the line: the mail's "
                              "year.", PER,
                              [request(cust("K-5004"), [line(YF, "LA100", "14", ps="2026-03-01", pe="2026-03-15",
                                                             skip=ND)], [], YF)])


@case("u28_sv_nov_dec_written_in_january")
def _u28():
    body = ("Hej,\n\nHallstahammars Bostäder Förvaltning AB, portrycksmätningar (1020) nov–dec: 6 st.\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Portryck nov–dec", "Tue, 12 Jan 2027 09:00:00 +0100", body)
    return m, expect_requests("'nov–dec' without a year written on 12 January: last year's November–December.",
                              PER, [request(cust("K-4002"), [line(GS, "1020", "6", ps="2026-11-01", pe="2026-12-31",
                                                                  skip=ND)], [], GS)])


@case("u29_sv_er_ref_best_nr_beside_var_ref_dnr")
def _u29():
    body = ("Hej,\n\nBerg & Dal Konsult KB ska faktureras för expertgranskning (2020), 5 tim à 1 400 kr.\n"
            "Er ref: Lena Dahl\nBest.nr: BD-2231\n\nVår ref: Olle Berglund, dnr 2026/114\n\n"
            + sig_notes("Olle Berglund", "Geotekniker"))
    m = mail(OLLE, "Expertgranskning Berg & Dal", "Wed, 20 May 2026 09:00:00 +0200", body)
    return m, expect_requests("Abbreviated labels 'Er ref:' and 'Best.nr:' next to the agency's own 'Vår ref' "
                              "and case number; a price for an article without a register price.", REF,
                              [request(cust("K-4009"), [line(GS, "2020", "5", "1400", skip=ND)], [], GS,
                                       buyer="Lena Dahl", order="BD-2231")])


@case("u30_en_po_only_in_subject")
def _u30():
    body = ("Hi,\n\nplease invoice Kuopion Vesi Oy for one field day (AT20) on 4 May 2026. The customer's purchase "
            "order number is in the subject line.\n\nSarah\n")
    m = mail(SARAH, "PO 4500123456 / Kuopion Vesi Oy – field day", "Thu, 07 May 2026 09:00:00 +0300", body,
             to=CENTRE_FI)
    return m, expect_requests("The purchase order stands only in the subject, and the body says so.", REF,
                              [request(cust("K-5001"), [line(YF, "AT20", "1", ps="2026-05-04", skip=ND)], [], YF,
                                       order="4500123456")])


@case("u31_sv_forwarded_spec_partial_and_credit_note")
def _u31():
    o1, o2, o3 = se_ocr("31011205"), se_ocr("31011387"), se_ocr("31010779")
    body = ("Hej,\nvidarebefordrar betalningsspecifikation från Vretstorp.\n/Ekonomi\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Vretstorp Entreprenad AB Ekonomi "
            "<ekonomi@vretstorp-entreprenad.se>\nSkickat: den 20 april 2026 15:30\nTill: SGN Ekonomi "
            "<ekonomi@sgn.se>\nÄmne: Betalningsspecifikation\n\nBETALNINGSSPECIFIKATION\n"
            f"Betalare: Vretstorp Entreprenad AB, {org('K-4003')}\nBetalningsdag: 2026-04-20\n\n"
            "Fakturanr   OCR          Fakturabelopp   Betalt\n"
            f"3101120     {o1}     11 750,00        5 000,00\n"
            f"3101138     {o2}      4 900,00        4 900,00\n"
            f"3101077     {o3}     -1 250,00       -1 250,00   (kreditnota)\n\n"
            "Summa betalt: 8 650,00 SEK\n")
    m = mail(GEO_EKONOMI, "VB: Betalningsspecifikation", "Tue, 21 Apr 2026 08:00:00 +0200", body)
    return m, expect_advice("A forwarded Swedish specification: the 'Betalt' column counts (a partial payment of "
                            "5 000 of 11 750), a credit note deducted as a negative.", ADV,
                            {"name": "Vretstorp Entreprenad AB", "org_no": org("K-4003")}, "2026-04-20", "8650.00",
                            "SEK", [("3101120", o1, "5000.00"), ("3101138", o2, "4900.00"),
                                    ("3101077", o3, "-1250.00")])


@case("u32_fi_html_maksuerittely_unicode_minus")
def _u32():
    v1, v2, v3 = fi_ref("1077101"), fi_ref("1077102"), fi_ref("1077099")
    html = ("<p>Hei,</p><p>tiedoksi Pirkanmaan Maanrakennuksen maksuerittely.</p><p>Kirsi</p><hr>"
            "<h3>MAKSUERITTELY</h3><p>Maksaja: Pirkanmaan Maanrakennus Oy (Y-tunnus "
            f"{org('K-5003')})<br>Maksupäivä: 28.4.2026</p>"
            "<table border=1 cellspacing=0><tr><th>Lasku</th><th>Viite</th><th>Tyyppi</th><th>Summa EUR</th></tr>"
            f"<tr><td>7701010</td><td>{v1}</td><td>Lasku</td><td align=right>1 176,00</td></tr>"
            f"<tr><td>7701028</td><td>{v2}</td><td>Lasku</td><td align=right>568,00</td></tr>"
            f"<tr><td>7700990</td><td>{v3}</td><td>Hyvityslasku</td><td align=right>\u2212142,00</td></tr>"
            "<tr><td colspan=3><b>Yhteensä</b></td><td align=right><b>1 602,00</b></td></tr></table>")
    m = mail(KIRSI, "VL: Maksuerittely", "Wed, 29 Apr 2026 09:00:00 +0300", None, html, to=CENTRE_FI)
    return m, expect_advice("An HTML-only Finnish payment specification; the credit note's amount has a Unicode "
                            "minus sign (U+2212).", ADV,
                            {"name": "Pirkanmaan Maanrakennus Oy", "org_no": org("K-5003")}, "2026-04-28", "1602.00",
                            "EUR", [("7701010", v1, "1176.00"), ("7701028", v2, "568.00"),
                                    ("7700990", v3, "-142.00")])


@case("u33_en_xlsx_remittance_two_sheets")
def _u33():
    r1, r2, r3 = rf("77010551"), rf("77010633"), rf("77010120")
    pay = [["Remittance advice"], ["Payer", "Oy Nordic Soil Lab Ab"], ["Business ID", org("K-5007")],
           ["Payment date", dt.date(2026, 5, 15)], ["Total paid (EUR)", 2034.50]]
    spec = [["Invoice", "Reference", "Invoice amount", "Paid"], ["7701055", r1, 1568.00, 1568.00],
            ["7701063", r2, 980.50, 500.00], ["7701012", r3, -33.50, -33.50]]
    m = mail(YTL_LASKUTUS, "FW: Remittance advice Nordic Soil Lab", "Fri, 15 May 2026 13:00:00 +0300",
             "Hei,\n\nremittance advice attached / maksuerittely liitteenä.\n\nYTL Laskutus\n", to=CENTRE_FI,
             attachments=[xlsx("remittance_20260515.xlsx", [("Payment", pay, []), ("Specification", spec, [])])])
    return m, expect_advice("An XLSX remittance: payer, date and total on one sheet, the items on another; a "
                            "partial payment (500 of 980.50) and a credit note.", ADV,
                            {"name": "Oy Nordic Soil Lab Ab", "org_no": org("K-5007")}, "2026-05-15", "2034.50",
                            "EUR", [("7701055", r1, "1568.00"), ("7701063", r2, "500.00"),
                                    ("7701012", r3, "-33.50")])


@case("u34_sv_near_duplicate_daughter_company")
def _u34():
    body = ("Hej,\n\nKund: Vretstorp Entreprenad Öst AB\nFältdag (1500): 2 dagar, 16–17 april\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Fältdagar Norrköping", "Mon, 20 Apr 2026 09:00:00 +0200", body)
    return m, expect_requests("The daughter company whose name continues the parent's ('Vretstorp Entreprenad' + "
                              "'Öst AB'): it is the daughter, never the parent.", IDS,
                              [request(cust("K-4012"), [line(GS, "1500", "2", ps="2026-04-16", pe="2026-04-17",
                                                             skip=ND)], [], GS)])


@case("u35_sv_new_customer_bad_check_digit")
def _u35():
    bad = bad_check(se_org("969654321"))
    body = (f"Hej,\n\nNy kund: Mälardalens Lantbruk HB, org.nr {bad}, Gårdsvägen 3, 725 92 Västerås.\n"
            "Kurs, per deltagare (3010): 2 st\n\n" + sig_geo("Sanna Wallin", "Kursadministratör"))
    m = mail(SANNA, "Ny kund kurs", "Tue, 26 May 2026 09:00:00 +0200", body)
    c = new_cust("Mälardalens Lantbruk HB", None, None)
    del c["country"]  # the contract derives it from an identifier; the address is Swedish, so left open
    return m, expect_requests("A new customer whose org number fails its check digit: no identifier, so the number "
                              "is asked (the postal address is given).", IDS,
                              [request(c, [line(GS, "3010", "2", skip=ND)], ["customer.org_no"], GS)])


@case("u36_fi_henkilotunnus_only")
def _u36():
    body = (f"Hei,\n\nlaskutetaan yksityishenkilöä, henkilötunnus {AINO_HETU}: julkaisu (JU10) 3 kpl, postitus "
            "rekisterissä olevaan osoitteeseen.\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Julkaisut yksityishenkilölle", "Wed, 27 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A private customer given only by a Finnish henkilötunnus that is in the register.",
                              IDS, [request(cust("K-5011"), [line(YF, "JU10", "3", skip=ND)], [], YF)])


@case("u37_fi_new_customer_signature_address_is_ours")
def _u37():
    yt = fi_yt("3187655")
    body = (f"Hei,\n\nuusi asiakas: Saimaan Vesitutkimus Oy, Y-tunnus {yt}\nLA110 laaja analyysi 5 kpl\n\n"
            "Osoitetiedot tulevat asiakkaalta myöhemmin.\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Uusi asiakas Saimaa", "Thu, 28 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A new Finnish customer without an address; the only postal address in the mail is "
                              "the agency's own (signature): the address is asked.", IDS,
                              [request(new_cust("Saimaan Vesitutkimus Oy", yt, "FI"),
                                       [line(YF, "LA110", "5", skip=ND)], ["customer.address"], YF)])


@case("u38_sv_reply_notes_header_block")
def _u38():
    t = "REQ-K7P3M"
    q = q_sv(t, ["Kundens organisationsnummer (customer.org_no)"],
             "Kund: Vretstorp Entreprenad (flera kunder i registret)\nRad 1: 1010 Geoteknisk provtagning – 2 st à "
             "2 350,00 kr")
    body = ("Orgnr 556381-9043, alltså moderbolaget.\n\nOlle Berglund\n\n\n\n"
            "Från:\tKundfaktura <kundfaktura@ekonomicentret.se>\nTill:\tOlle Berglund/SGN@SGN\n"
            f"Datum:\t2026-04-21 10:14\nÄrende:\t[{t}] Komplettering behövs\n\n" + q)
    m = mail(OLLE, f"Sv: [{t}] Komplettering behövs", "Tue, 21 Apr 2026 11:02:00 +0200", body)
    return m, expect_reply("An org number in a short sentence above a Lotus Notes header block (tabs, 'Datum:', "
                           "'Ärende:') with the question mail unquoted below.", RP, t,
                           {"customer": {"org_no": org("K-4003")}, "lines": []})


@case("u39_fi_reply_one_line_two_answers")
def _u39():
    t = "REQ-H4V8N"
    q = q_fi(t, ['Määrä rivillä 1 "Kulut" (lines[0].quantity)', 'Yksikköhinta rivillä 1 "Kulut" '
                 '(lines[0].unit_price)'], "Asiakas: Ruovesjärven kunta\nRivi 1: KU90 Kulut – määrä ja hinta puuttuvat")
    body = ("6 kpl à 75,00 €\n\nKirsi\n\nLähettäjä: Myyntilaskutus <laskutus@talouspalvelu.fi>\n"
            "Lähetetty: tiistai 14. huhtikuuta 2026 9.12\nVastaanottaja: Kirsi Laine <kirsi.laine@ytl.fi>\n"
            f"Aihe: [{t}] Lisätietoja tarvitaan\n\n" + q)
    m = mail(KIRSI, f"VS: [{t}] Lisätietoja tarvitaan", "Tue, 14 Apr 2026 10:30:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("One line '6 kpl à 75,00 €' answers both questions of the same line.", RP, t,
                           {"lines": [{"quantity": "6", "unit_price": "75.00"}]})


@case("u40_en_reply_promises_answer_later")
def _u40():
    t = "REQ-T2M6W"
    q = q_en(t, ['Quantity for line 1 "Sedimenttinäyte" (lines[0].quantity)'],
             "Customer: Lapin Luontomatkailu Oy\nLine 1: LA200 Sedimenttinäyte – quantity missing at 142.00 EUR")
    body = ("Hi,\n\nnot confirmed yet – the lab will give me the final number of samples next week and I'll get back "
            "to you then. Call +358 50 412 7730 if it's urgent.\n\nSarah\n\n"
            "On Wed, 15 Apr 2026 at 10:20, Myyntilaskutus <laskutus@talouspalvelu.fi> wrote:\n" + quoted(q))
    m = mail(SARAH, f"Re: [{t}] Information needed", "Wed, 15 Apr 2026 14:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("The reply promises the count later; a phone number and 'next week' answer nothing.",
                           RP, t, None)


_: Any = (JUHA, sig_ytl_en, text_att)
