"""Sixth held-out set (written blind), part A: mails typed on a phone, tables typed into the body (pasted Excel
with tabs, '|' tables, '+---+' boxes), HTML with one <div>/<p> per line and &nbsp; padding, numbered lists with
sub-bullets per customer, prices (the agency's own price list, discounts, 'moms tillkommer', thin spaces and
NBSP in amounts, a second currency) and forwards/replies (a forward of a forward with notes between, a correction
of a request already sent, answers in another language than the question)."""
from __future__ import annotations

from tests.intake.cases.mailkit import expect_reply, expect_requests, expect_unknown, mail
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
from tests.intake.cases_holdout4.kit4 import q_en, q_fi, q_sv, quoted

from .kit6 import case, cust, line, request

PHONE, TXT, HTML, LIST, PRICE, FWD = "1-phone", "2-text-tables", "3-html", "4-lists", "5-prices", "6-forwards"
NOP = ("description", "period_start", "period_end")


@case("v01_sv_phone_lowercase_glued_units")
def _v01():
    body = ("hej! kan ni fakturera hallstahammars bostäder ab 3st portrycksmätning 1020 o 2,5h utredning 2010\n"
            "tack /maria\n\nSkickat från min iPhone\n")
    m = mail(MARIA, "faktura", "Tue, 05 May 2026 17:42:00 +0200", body)
    return m, expect_requests("Typed on a phone: no capitals, units glued to the numbers ('3st', '2,5h'), 'o' for "
                              "'och', no period.", PHONE,
                              [request(cust("K-4001"), [line(GS, "1020", "3", skip=ND), line(GS, "2010", "2.5",
                                                                                             skip=ND)], [], GS)])


@case("v02_fi_phone_lowercase_pv_h_glued")
def _v02():
    body = ("moi, laskuttakaa pirkanmaan maanrakennus oy:ltä 2pv maastopäivä at20 + 4h asiantuntija at10. kiitos\n"
            "juha\n\nLähetetty iPhonesta\n")
    m = mail(JUHA, "laskutus", "Wed, 06 May 2026 19:05:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A Finnish phone mail in lower case with glued units ('2pv', '4h') and article codes in "
                              "lower case.", PHONE,
                              [request(cust("K-5003"), [line(YF, "AT20", "2", skip=ND), line(YF, "AT10", "4",
                                                                                             skip=ND)], [], YF)])


@case("v03_sv_phone_antal_after_article_no_colon")
def _v03():
    body = ("fakturera sjöbo vattenråd\nfältdag 1500 1 dag 12 maj\nrapport tryckt 3020 antal 5\n//olle\n\n"
            "Skickat från Outlook för Android\n")
    m = mail(OLLE, "sjöbo", "Wed, 13 May 2026 07:58:00 +0200", body)
    return m, expect_requests("Short phone lines: the date is on the field-day line only; the report line has "
                              "'antal 5' without a colon.", PHONE,
                              [request(cust("K-4007"), [line(GS, "1500", "1", ps="2026-05-12", skip=ND),
                                                        line(GS, "3020", "5", skip=NOP)], [], GS)])


@case("v04_sv_excel_pasted_tab_separated_body")
def _v04():
    body = ("Hej,\n\nhär är maj, klistrat från Excel:\n\n"
            "Kund\tArtikel\tAntal\tPeriod\n"
            "Sjöbo Vattenråd\t2010\t3,5\t2026-05\n"
            "Nordkap Analys AB\t1020\t2\t2026-05\n"
            "Sjöbo Vattenråd\t3020\t10\t2026-05\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Underlag maj", "Mon, 01 Jun 2026 09:00:00 +0200", body)
    may = {"ps": "2026-05-01", "pe": "2026-05-31", "skip": ND}
    return m, expect_requests("Excel pasted into the body: TAB-separated with a header row; the same customer on "
                              "two rows (not adjacent) is one request.", TXT,
                              [request(cust("K-4007"), [line(GS, "2010", "3.5", **may), line(GS, "3020", "10", **may)],
                                       [], GS),
                               request(cust("K-4008"), [line(GS, "1020", "2", **may)], [], GS)])


@case("v05_fi_pipe_table_plain_text")
def _v05():
    body = ("Hei,\n\nKuopion Vesi Oy, toukokuun näytteet:\n\n"
            "| Tuote | Kuvaus                    | Määrä |\n"
            "|-------|---------------------------|-------|\n"
            "| LA100 | Vesinäyte, perusanalyysi  |    12 |\n"
            "| LA110 | Vesinäyte, laaja analyysi |     3 |\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Kuopion Vesi toukokuu", "Mon, 01 Jun 2026 10:00:00 +0300", body, to=CENTRE_FI)
    may = {"ps": "2026-05-01", "pe": "2026-05-31"}
    return m, expect_requests("A Markdown-style '|' table in plain text under one customer; 'toukokuun' (May's) is "
                              "the period.", TXT,
                              [request(cust("K-5001"), [line(YF, "LA100", "12", **may), line(YF, "LA110", "3", **may)],
                                       [], YF)])


@case("v06_en_ascii_box_table_amounts_total")
def _v06():
    body = ("Hi,\n\nplease invoice Oy Nordic Soil Lab Ab as below (work done in April 2026).\n\n"
            "+-------+--------------------+------+------------+----------+\n"
            "| Item  | Description        | Qty  | Unit price | Amount   |\n"
            "+-------+--------------------+------+------------+----------+\n"
            "| LA200 | Sediment sample    |    6 |     142.00 |   852.00 |\n"
            "| AT10  | Expert hour        |  1.5 |     135.00 |   202.50 |\n"
            "+-------+--------------------+------+------------+----------+\n"
            "| Total excl. VAT                                | 1,054.50 |\n"
            "+-------+--------------------+------+------------+----------+\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Invoice Nordic Soil Lab", "Mon, 04 May 2026 11:00:00 +0300", body, to=CENTRE_FI)
    apr = {"ps": "2026-04-01", "pe": "2026-04-30", "skip": ND}
    return m, expect_requests("An ASCII box table (+---+ rules, '|' cells) with amounts and a total row spanning "
                              "columns: 6 × 142.00 = 852.00, 1.5 × 135.00 = 202.50, total 1,054.50.", TXT,
                              [request(cust("K-5007"), [line(YF, "LA200", "6", "142.00", **apr),
                                                        line(YF, "AT10", "1.5", "135.00", **apr)], [], YF)])


@case("v07_sv_html_div_per_line_nbsp")
def _v07():
    html = ("<div>Hej,</div><div><br></div>"
            "<div>Kund:&nbsp;&nbsp;&nbsp;&nbsp;Brattfors Skogsägare ekonomisk förening</div>"
            "<div>Artikel:&nbsp;&nbsp;3020 Rapport, tryckt</div>"
            "<div>Antal:&nbsp;&nbsp;&nbsp;&nbsp;12&nbsp;st</div>"
            "<div>Er&nbsp;referens:&nbsp;Lars&nbsp;Brattström</div><div><br></div>"
            "<div>Mvh</div><div>Sanna Wallin</div><div>Sveriges geotekniska nämnd</div>")
    m = mail(SANNA, "Rapporter Brattfors", "Thu, 07 May 2026 13:00:00 +0200", None, html)
    return m, expect_requests("HTML only, one <div> per line and &nbsp; as padding between label and value (also "
                              "inside the reference).", HTML,
                              [request(cust("K-4005"), [line(GS, "3020", "12", skip=ND)], [], GS,
                                       buyer="Lars Brattström")])


@case("v08_fi_html_p_nbsp_two_customers_ol")
def _v08():
    html = ("<p>Hei,</p><p>laskutettavaa toukokuulta:</p>"
            "<ol><li>Metsänhoitoyhdistys Kaakko ry<ul><li>koulutuspäivä (KO10), 5&nbsp;hlö</li></ul></li>"
            "<li>Lapin Luontomatkailu Oy<ul><li>maastopäivä (AT20) 1&nbsp;pv</li>"
            "<li>asiantuntijatunnit (AT10) 3&nbsp;h</li></ul></li></ol>"
            "<p>&nbsp;</p><p>Juha Mäkelä<br>Ympäristötutkimuslaitos</p>")
    m = mail(JUHA, "Toukokuun laskutus", "Tue, 02 Jun 2026 09:30:00 +0300", None, html, to=CENTRE_FI)
    may = {"ps": "2026-05-01", "pe": "2026-05-31", "skip": ND}
    return m, expect_requests("HTML: an ordered list of customers, each with a nested bullet list of lines; "
                              "'toukokuulta' (from May) is every line's period.", HTML,
                              [request(cust("K-5006"), [line(YF, "KO10", "5", **may)], [], YF),
                               request(cust("K-5009"), [line(YF, "AT20", "1", **may), line(YF, "AT10", "3", **may)],
                                       [], YF)])


@case("v09_sv_numbered_list_sub_bullets")
def _v09():
    body = ("Hej,\n\nAtt fakturera:\n\n"
            "1. Sjöbo Vattenråd\n"
            "   - Fältdag (1500): 2 dagar, 11–12 maj\n"
            "   - Rapport, tryckt (3020): 4 st\n"
            "2. Fastighets AB Gåsen 4\n"
            "   - Utredningstimme (2010): 6 h\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Fakturering", "Fri, 15 May 2026 09:00:00 +0200", body)
    return m, expect_requests("A numbered list of customers with dash sub-bullets per line; the '4' in 'Gåsen 4' "
                              "is part of a name.", LIST,
                              [request(cust("K-4007"), [line(GS, "1500", "2", ps="2026-05-11", pe="2026-05-12",
                                                             skip=ND), line(GS, "3020", "4", skip=NOP)], [], GS),
                               request(cust("K-4010"), [line(GS, "2010", "6", skip=ND)], [], GS)])


@case("v10_sv_agency_price_list_differs_from_register")
def _v10():
    body = ("Hej,\n\nFakturera Nordkap Analys AB för portrycksmätningar (1020): 4 st à 1 050 kr enligt vår prislista "
            "från 1 maj 2026.\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Portryck Nordkap", "Mon, 18 May 2026 09:00:00 +0200", body)
    return m, expect_requests("The agency's own new price list (1 050 kr) differs from the register's 980: the "
                              "stated price as written, for a clerk to check, never the register's.", PRICE,
                              [request(cust("K-4008"), [line(GS, "1020", "4", "1050.00", skip=NOP)], [], GS)])


@case("v11_sv_rabatt_procent_asks_price")
def _v11():
    body = ("Hej,\n\nFakturera Vretstorp Entreprenad AB 8 utredningstimmar (2010). De har rabatt 10 % enligt "
            "ramavtalet.\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Utredning Vretstorp", "Tue, 19 May 2026 09:00:00 +0200", body)
    return m, expect_requests("A discount ('rabatt 10 %') on a register price: the price to invoice is neither the "
                              "register's nor stated; the 10 is no count. The price is asked.", PRICE,
                              [request(cust("K-4003"), [line(GS, "2010", "8", None, skip=NOP)],
                                       ["lines[0].unit_price"], GS)])


@case("v12_fi_alennus_on_stated_price_asks")
def _v12():
    body = ("Hei,\n\nNordkap Analys Oy: asiantuntijatunnit (AT10) 10 h à 135,00 €, alennus 15 % sopimuksen "
            "mukaan.\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Nordkap asiantuntijatyö", "Wed, 20 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'alennus 15 %' after a stated price: the invoiced price is not the 135,00 written; "
                              "asked.", PRICE,
                              [request(cust("K-5008"), [line(YF, "AT10", "10", None, skip=NOP)],
                                       ["lines[0].unit_price"], YF)])


@case("v13_sv_moms_tillkommer_price_without_register")
def _v13():
    body = ("Hej,\n\nExpertgranskning åt Berg & Dal Konsult KB (2020): 5 tim à 1 400 kr exkl. moms. 25 % moms "
            "tillkommer.\n\n" + sig_geo("Sanna Wallin", "Granskare"))
    m = mail(SANNA, "Granskning Berg & Dal", "Thu, 21 May 2026 09:00:00 +0200", body)
    return m, expect_requests("An article without a register price, price stated excl. VAT; '25 % moms "
                              "tillkommer' is the VAT rate, neither a count nor a price.", PRICE,
                              [request(cust("K-4009"), [line(GS, "2020", "5", "1400.00", skip=NOP)], [], GS)])


@case("v14_sv_thin_space_nbsp_amounts")
def _v14():
    body = ("Hej,\n\nVretstorp Entreprenad AB:\n"
            "Utlägg (9000) maskinhyra: 1 st, 12\u202f480,00 kr\n"
            "Fältdag (1500): 1 dag, 9\u00a0600 kr\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Utlägg och fältdag", "Fri, 22 May 2026 09:00:00 +0200", body)
    return m, expect_requests("Thousands separated by a narrow no-break space (U+202F) and a no-break space "
                              "(U+00A0): 12 480,00 and 9 600 (the register's price).", PRICE,
                              [request(cust("K-4003"), [line(GS, "9000", "1", "12480.00", skip=NOP),
                                                        line(GS, "1500", "1", "9600.00", skip=NOP)], [], GS)])


@case("v15_en_second_currency_expense_asks")
def _v15():
    body = ("Hi,\n\nplease invoice Lapin Luontomatkailu Oy for 1 field day (AT20) on 12 May, plus the hotel in "
            "Haparanda as costs (KU90): SEK 2,400 – we paid it in Swedish crowns.\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Field day Lapland", "Mon, 18 May 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A EUR agency's request with one expense in SEK: the invoice is in euros and the "
                              "conversion is not ours to guess, so that price is asked.", PRICE,
                              [request(cust("K-5009"), [line(YF, "AT20", "1", ps="2026-05-12", skip=ND),
                                                        line(YF, "KU90", "1", None, skip=NOP)],
                                       ["lines[1].unit_price"], YF)])


@case("v16_sv_forward_of_forward_notes_between")
def _v16():
    body = ("Hej,\n\nse nedan – Olle har stämt av antalet med kunden.\n\n/Maria\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Olle Berglund <olle.berglund@sgn.se>\n"
            "Skickat: den 20 maj 2026 16:02\nTill: Maria Fransson <maria.fransson@sgn.se>\n"
            "Ämne: VB: Beställning provtagning\n\n"
            "Maria, kan du skicka detta till fakturering? Fastighets AB Gåsen 4 ska faktureras för "
            "provtagningen (1010), men bara 3 borrpunkter blev gjorda, inte 5 som de beställde.\n\nOlle\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Eva Gås <eva@gasen4.se>\nSkickat: den 4 maj 2026 09:10\n"
            "Till: Olle Berglund <olle.berglund@sgn.se>\nÄmne: Beställning provtagning\n\n"
            "Hej, vi beställer geoteknisk provtagning i 5 borrpunkter på Gåsen 4.\n\nEva Gås\n")
    m = mail(MARIA, "VB: VB: Beställning provtagning", "Thu, 21 May 2026 08:15:00 +0200", body)
    return m, expect_requests("A forward of a forward: Maria's note, then Olle's forward that is the request (3 "
                              "done, not 5), then the customer's order of 5.", FWD,
                              [request(cust("K-4010"), [line(GS, "1010", "3", skip=NOP)], [], GS)])


@case("v17_sv_correction_of_request_already_sent")
def _v17():
    body = ("Hej igen,\n\nantalet ska vara 5, inte 4 – en deltagare anmäldes i efterhand.\n\n/Sanna\n\n"
            "Från: Sanna Wallin <sanna.wallin@sgn.se>\nSkickat: den 25 maj 2026 10:02\n"
            "Till: Kundfaktura <kundfaktura@ekonomicentret.se>\nÄmne: Kursavgift Ålidens kommun\n\n"
            "Hej,\n\nFakturera Ålidens kommun för kursen 19 maj: Kurs, per deltagare (3010), 4 st.\n\nSanna\n")
    m = mail(SANNA, "SV: Kursavgift Ålidens kommun", "Mon, 25 May 2026 14:40:00 +0200", body)
    return m, expect_unknown("A correction of a request already sent to the centre (quoted below, no question "
                             "token): not a new request — taking it as one would invoice the course twice.", FWD)


@case("v18_fi_question_answered_in_swedish")
def _v18():
    t = "REQ-K7P2D"
    q = q_fi(t, ['Määrä rivillä 1 "Koulutuspäivä, osallistuja" (lines[0].quantity)'],
             "Asiakas: Närpes Grönsaker Ab\nRivi 1: KO10 Koulutuspäivä, osallistuja – määrä puuttuu")
    body = ("Hej,\n\nantalet deltagare var 7 st.\n\nAnders\n\n"
            "Från: Myyntilaskutus <laskutus@talouspalvelu.fi>\nSkickat: tisdag 26 maj 2026 09:12\n"
            f"Till: Anders Holmqvist <anders.holmqvist@ytl.fi>\nÄmne: [{t}] Lisätietoja tarvitaan\n\n" + q)
    m = mail("Anders Holmqvist <anders.holmqvist@ytl.fi>", f"SV: [{t}] Lisätietoja tarvitaan",
             "Tue, 26 May 2026 11:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("A Finnish question answered in Swedish above a Swedish Outlook header.", FWD, t,
                           {"lines": [{"quantity": "7"}]})


@case("v19_en_question_answered_in_finnish")
def _v19():
    t = "REQ-M3Q8X"
    q = q_en(t, ["Business ID of the customer (customer.org_no)"],
             "Customer: Kemijoen Kalastusmatkat Oy (new)\nLine 1: AT20 Maastopäivä 2 pv")
    body = ("Hei,\n\nasiakkaan Y-tunnus on 3211457-1.\n\nSarah\n\n"
            "On Wed, 27 May 2026 at 09:20, Myyntilaskutus <laskutus@talouspalvelu.fi> wrote:\n" + quoted(q))
    m = mail(SARAH, f"Re: [{t}] Information needed", "Wed, 27 May 2026 13:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("An English question answered in Finnish ('Y-tunnus on …'); the agency's own Business "
                           "ID stands only in the quoted question's signature.", FWD, t,
                           {"customer": {"org_no": "3211457-1"}, "lines": []})


@case("v20_sv_reply_price_beside_register_price")
def _v20():
    t = "REQ-W4N9B"
    q = q_sv(t, ['À-pris på rad 2 "Utlägg" (lines[1].unit_price)'],
             "Kund: Hallstahammars Bostäder AB\nRad 1: 1020 Portrycksmätning 2 st à 980,00\n"
             "Rad 2: 9000 Utlägg 1 st – pris saknas")
    body = ("Hej,\n\nutlägget ska vara 850 kr (inte 980 som portrycket).\n\nMaria\n\n"
            "Från: Kundfaktura <kundfaktura@ekonomicentret.se>\nSkickat: den 28 maj 2026 08:30\n"
            f"Till: Maria Fransson <maria.fransson@sgn.se>\nÄmne: [{t}] Komplettering behövs\n\n" + q)
    m = mail(MARIA, f"SV: [{t}] Komplettering behövs", "Thu, 28 May 2026 10:00:00 +0200", body)
    return m, expect_reply("The answer names two prices: 850 is the answer, 980 the other line's.", FWD, t,
                           {"lines": [{}, {"unit_price": "850.00"}]})
