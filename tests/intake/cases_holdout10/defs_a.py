"""Tenth held-out set (written blind), part A: invoicing requests from 'a long ordinary working week' — Outlook
threads whose newest part only refers to the history, long signatures with disclaimers and the agency's own
numbers, mixed Swedish/Finnish/English, several customers told in prose paragraphs, annual and quarterly fees, a
line struck in the same mail, prices incl. VAT, a discount with its result, a missing attachment, notes to the
clerk, a re-send, odd amount styles (SEK 12.500,-; 2 350:-; €1,250.00), part of a month, per-participant counts
and participants listed by name, a Finnish HTML mail from a case system, a kommunalförbund and a municipal Oy."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail, new_cust
from tests.intake.cases_holdout2.kit import (
    ANDERS,
    CENTRE_FI,
    DISCL_FI,
    DISCL_SV,
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
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)

from .kit10 import ASK_ORG, case, cust, line, org, request, unchecked

KIND, SEV, QTY, PER, REF, ASK, IDS, PRI, HIST, TAB = ("1-kind", "4-several", "5-quantities", "6-periods",
                                                 "7-references", "11-must-ask", "9-identities", "12-prices",
                                                 "2-history", "3-tables")
NOP = ("description", "period_start", "period_end")
NP = ("period_start", "period_end")

LONG_DISCL_SV = (
    "\nSGN – för ett säkert byggande\n"
    "Sveriges geotekniska nämnd · Org.nr 202100-6123 · Momsreg.nr SE202100612301\n"
    "Tel. växel +46 (0)13-25 10 00 · Fax 013-25 10 99\n\n"
    "KONFIDENTIALITET: Detta e-postmeddelande och eventuella bilagor kan innehålla information som omfattas av "
    "sekretess enligt offentlighets- och sekretesslagen (2009:400). Om du inte är rätt mottagare, vänligen "
    "underrätta avsändaren och radera meddelandet. Allmänna handlingar kan komma att lämnas ut. "
    "Tänk på miljön innan du skriver ut detta e-postmeddelande.\n")


def outlook_hdr(frm: str, sent: str, subject: str, to: str = "Kundfaktura <kundfaktura@ekonomicentret.se>") -> str:
    return f"\nFrån: {frm}\nSkickat: {sent}\nTill: {to}\nÄmne: {subject}\n\n"


@case("w01_sv_outlook_same_as_last_month_three_hours")
def _w01():
    body = ("Hej!\n\nSamma som förra månaden men 3 timmar i stället för 2. Gäller november 2026.\n\n/Olle\n"
            + outlook_hdr("Olle Berglund <olle.berglund@sgn.se>", "den 9 november 2026 08:14",
                          "Fakturering Nordkap oktober")
            + "Hej,\n\nFakturera Nordkap Analys AB för 2 timmar utredning (2010), oktober 2026.\n"
            "Er referens: Petra Lund\n\nMed vänlig hälsning\nOlle Berglund\n")
    m = mail(OLLE, "SV: Fakturering Nordkap oktober", "Mon, 07 Dec 2026 08:05:00 +0100", body)
    req = request(cust("K-4008"), [line(GS, "2010", "3", ps="2026-11-01", pe="2026-11-30", skip=ND)], [], GS)
    return m, expect_requests("An Outlook thread whose newest part only says 'same as last month but 3 hours "
                              "instead of 2, November': customer and article from the history, the count and "
                              "period from the newest part (the reference is left unchecked).", HIST,
                              [unchecked(req, "buyer_reference")])


@case("w02_sv_long_signature_disclaimer_agency_numbers")
def _w02():
    body = ("Hej,\n\nVänligen fakturera Vretstorp Entreprenad AB (org.nr " + org("K-4003") + ") för 4 st "
            "geoteknisk provtagning (1010) utförda 2026-12-02.\nEr referens: Jonas Vret\n\n"
            + sig_geo("Maria Fransson", "Handläggare") + "Mobil: 070-311 24 58\n" + LONG_DISCL_SV)
    m = mail(MARIA, "Fakturering Vretstorp", "Mon, 07 Dec 2026 09:12:00 +0100", body)
    return m, expect_requests("A long signature with the agency's own org and VAT numbers, phone and fax numbers "
                              "and a legal disclaimer citing a statute: none of it is the customer's.", IDS,
                              [request(cust("K-4003"), [line(GS, "1010", "4", ps="2026-12-02", skip=ND)], [], GS,
                                       buyer="Jonas Vret")])


@case("w03_fisven_mixed_three_languages")
def _w03():
    body = ("Moi!\n\nCould you please invoice Lapin Luontomatkailu Oy: 2 maastopäivää (AT20) 1.–2.12.2026, "
            "plus 5 kpl LA100 vesinäytteitä from the same trip.\n\nTack och hej,\nAnders\n")
    m = mail(ANDERS, "Lappi laskutus / invoice", "Mon, 07 Dec 2026 10:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finnish, English and Swedish in one mail; the date range belongs to the field "
                              "days.", QTY,
                              [request(cust("K-5009"), [line(YF, "AT20", "2", ps="2026-12-01", pe="2026-12-02",
                                                             skip=ND),
                                                        line(YF, "LA100", "5", skip=NOP)], [], YF)])


@case("w04_sv_three_customers_prose_paragraphs")
def _w04():
    body = ("Hej Karin,\n\nhär kommer veckans fakturering, jag skriver det i löptext eftersom jag sitter i "
            "telefonen.\n\n"
            "Först Ålidens kommun. Där hade vi två fältdagar (1500) den 1 och 2 december.\n\n"
            "Sedan Sjöbo Vattenråd, där gjorde vi under samma resa sex portrycksmätningar (1020).\n\n"
            "Till sist vill Brattfors Skogsägare ekonomisk förening ha en tryckt rapport (3020), en (1) st.\n\n"
            "Tack på förhand!\nSanna\n")
    m = mail(SANNA, "Veckans fakturering", "Mon, 07 Dec 2026 11:00:00 +0100", body)
    return m, expect_requests("Three customers each named in its own prose paragraph, counts as words.", SEV,
                              [request(cust("K-4004"), [line(GS, "1500", "2", ps="2026-12-01", pe="2026-12-02",
                                                             skip=ND)], [], GS),
                               request(cust("K-4007"), [line(GS, "1020", "6", skip=NOP)], [], GS),
                               request(cust("K-4005"), [line(GS, "3020", "1", skip=NOP)], [], GS)])


@case("w05_sv_annual_fee_next_year")
def _w05():
    body = ("Hej,\n\nsom varje år: årsavgiften för Stiftelsen Kvarnbackens Naturreservat.\n"
            "Tillståndsavgift (4010), 1 st, avser perioden 2027-01-01 – 2027-12-31.\n"
            "Er referens: Karl Kvarnström\n\n/Sanna\n\n" + DISCL_SV)
    m = mail(SANNA, "Årsavgift 2027 Kvarnbacken", "Mon, 07 Dec 2026 13:20:00 +0100", body)
    return m, expect_requests("A recurring annual fee for next year, one unit at the register's price (0 % VAT).",
                              PER, [request(cust("K-4014"), [line(GS, "4010", "1", ps="2027-01-01",
                                                                  pe="2027-12-31", skip=ND)], [], GS,
                                            buyer="Karl Kvarnström")])


@case("w06_fi_quarterly_fee_q1")
def _w06():
    body = ("Hei,\n\nneljännesvuosilaskutus Q1/2027:\n\nSaaristomeren Tutkimussäätiö sr\nLU10 lupamaksu 1 kpl, "
            "jakso 1.1.–31.3.2027\nViitteenne: Meri Saarinen\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja")
            + DISCL_FI)
    m = mail(KIRSI, "Q1/2027 lupamaksu", "Tue, 08 Dec 2026 08:40:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A quarterly fee for the next quarter with its period.", PER,
                              [request(cust("K-5012"), [line(YF, "LU10", "1", ps="2027-01-01", pe="2027-03-31",
                                                             skip=ND)], [], YF, buyer="Meri Saarinen")])


@case("w07_sv_stryk_rad_2_in_same_mail")
def _w07():
    body = ("Hej,\n\nFastighets AB Gåsen 4, arbete vecka 49:\n\n"
            "1. Geoteknisk provtagning (1010) 3 st\n2. Portrycksmätning (1020) 2 st\n3. Rapport, tryckt (3020) 1 st\n\n"
            "Stryk rad 2 – mätningen blev inte av, det regnade bort. Resten som ovan.\n\n/Olle\n")
    m = mail(OLLE, "Gåsen 4 v49", "Tue, 08 Dec 2026 09:00:00 +0100", body)
    return m, expect_requests("A numbered line struck in the same mail ('Stryk rad 2'): two lines remain.", KIND,
                              [request(cust("K-4010"), [line(GS, "1010", "3", skip=NOP),
                                                        line(GS, "3020", "1", skip=NOP)], [], GS)])


@case("w08_sv_hourly_price_inkl_moms_asks")
def _w08():
    body = ("Hej,\n\nHallstahammars Bostäder AB ska faktureras för expertgranskning (2020), 6 timmar. "
            "Timpriset är 1 875 kr inkl. moms enligt offerten.\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Hallstahammar granskning", "Tue, 08 Dec 2026 10:15:00 +0100", body)
    return m, expect_requests("An hourly price stated only incl. VAT for an article without a register price: the "
                              "net price is not written, so it is asked.", ASK,
                              [request(cust("K-4001"), [line(GS, "2020", "6", None, skip=NOP)],
                                       ["lines[0].unit_price"], GS)])


@case("w09_sv_discount_percentage_with_result")
def _w09():
    body = ("Hej,\n\nBerg & Dal Konsult KB – expertgranskning (2020) 10 timmar.\nListpris 1 500 kr/tim, 20 % "
            "rabatt enligt ramavtalet, dvs. 1 200 kr/tim exkl. moms.\n\n/Maria\n")
    m = mail(MARIA, "Berg & Dal granskning", "Tue, 08 Dec 2026 11:30:00 +0100", body)
    return m, expect_requests("A list price, a discount percentage and the discounted price stated: the price "
                              "invoiced is the discounted 1 200.", PRI,
                              [request(cust("K-4009"), [line(GS, "2020", "10", "1200", skip=NOP)], [], GS)])


@case("w10_sv_refers_to_missing_attachment_asks_lines")
def _w10():
    body = ("Hej,\n\nFakturera Region Vindelälven enligt bifogad sammanställning för november.\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Region Vindelälven nov", "Tue, 08 Dec 2026 13:00:00 +0100", body)
    return m, expect_requests("The mail refers to an attachment that is not there: customer known, lines asked.",
                              ASK, [request(cust("K-4013"), [], ["lines"], GS)])


@case("w11_sv_internal_note_ring_mig_innan")
def _w11():
    body = ("Hej!\n\nOBS: ring mig innan ni skickar fakturan, 070-214 55 81, hon har bytt adress nyligen.\n\n"
            "Elsa Nyström (privatperson), personnr " + org("K-4011") + ", ska faktureras för kursen (3010) "
            "den 3 december 2026, 1 deltagare.\n\n/Sanna\n")
    m = mail(SANNA, "Kurs Nyström", "Tue, 08 Dec 2026 14:10:00 +0100", body)
    return m, expect_requests("A note to the clerk ('OBS: ring mig innan', a mobile number) above a complete "
                              "request for a private person: the note is no line and no identity.", KIND,
                              [request(cust("K-4011"), [line(GS, "3010", "1", ps="2026-12-03", skip=ND)], [], GS)])


@case("w12_sv_resend_with_original_below")
def _w12():
    body = ("Hej igen,\n\nskickar om denna då jag inte sett någon faktura i systemet ännu.\n\n/Sanna\n\n"
            "-----Ursprungligt meddelande-----\n"
            + outlook_hdr("Sanna Wallin <sanna.wallin@sgn.se>", "den 23 november 2026 10:02",
                          "Fakturering Nordkap").lstrip("\n")
            + "Hej,\n\nFakturera Nordkap Analys AB 5 st portrycksmätning (1020), utförda 2026-11-18.\n"
            "Er ref: Petra Lund\n\n/Sanna\n")
    m = mail(SANNA, "VB: Fakturering Nordkap", "Wed, 09 Dec 2026 08:20:00 +0100", body)
    return m, expect_requests("A re-send: the agency forwards its own earlier request with one line above — the "
                              "request once.", HIST,
                              [request(cust("K-4008"), [line(GS, "1020", "5", ps="2026-11-18", skip=ND)], [], GS,
                                       buyer="Petra Lund")])


@case("w13_sv_fixed_price_sek_12500_comma_dash")
def _w13():
    body = ("Hej,\n\nStiftelsen Kvarnbackens Naturreservat – expertgranskning av skötselplanen (2020), "
            "fast pris SEK 12.500,- exkl. moms enligt avtal.\n\n/Olle\n")
    m = mail(OLLE, "Kvarnbacken granskning", "Wed, 09 Dec 2026 09:00:00 +0100", body)
    return m, expect_requests("A fixed price written 'SEK 12.500,-' (dot for thousands, ',-' for no öre): one "
                              "unit at 12 500.", PRI,
                              [request(cust("K-4014"), [line(GS, "2020", "1", "12500", skip=NOP)], [], GS)])


@case("w14_sv_colon_dash_amounts_by_org_number")
def _w14():
    body = ("Hej,\n\nKund: org.nr " + org("K-4012") + "\n\n"
            "Expertgranskning (2020) 3 tim à 1 350:-\nUtlägg (9000) provtransport, 1 st à 2 350:-\n\n/Maria\n")
    m = mail(MARIA, "Faktura Vretstorp Öst", "Wed, 09 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("Prices written '1 350:-' and '2 350:-'; the customer only by org number (the "
                              "daughter company, not its near-namesake).", PRI,
                              [request(cust("K-4012"), [line(GS, "2020", "3", "1350", skip=NOP),
                                                        line(GS, "9000", "1", "2350", skip=NOP)], [], GS)])


@case("w15_en_euro_amounts_fixed_fee_and_hours")
def _w15():
    body = ("Hi,\n\nplease invoice Oy Nordic Soil Lab Ab:\n\n"
            "* workshop facilitation on 3 December 2026, fixed fee €1,250.00\n"
            "* expert work AT10, 8 h at €142.50/h (agreed rate)\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Invoice Nordic Soil Lab", "Wed, 09 Dec 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Euro amounts in English style ('€1,250.00', '€142.50'); a fixed fee without code "
                              "is one unit; an agreed rate overrides the register's.", PRI,
                              [request(cust("K-5007"), [line(YF, None, "1", "1250.00", ps="2026-12-03",
                                                             skip=("description",)),
                                                        line(YF, "AT10", "8", "142.50", skip=NOP)], [], YF)])


@case("w16_sv_half_month_monthly_fee")
def _w16():
    body = ("Hej,\n\nSjöbo Vattenråd – hyra av mätstation, utlägg (9000), 4 800 kr per månad exkl. moms. Avtalet "
            "började den 16 november, så fakturera halva november: 0,5 månad, perioden 2026-11-16 – 2026-11-30.\n\n"
            "/Olle\n")
    m = mail(OLLE, "Sjöbo mätstation nov", "Wed, 09 Dec 2026 13:00:00 +0100", body)
    return m, expect_requests("Part of a month: half a month at the monthly price, with its period.", PER,
                              [request(cust("K-4007"), [line(GS, "9000", "0.5", "4800", ps="2026-11-16",
                                                             pe="2026-11-30", skip=ND)], [], GS)])


@case("w17_sv_course_per_participant_count")
def _w17():
    body = ("Hej,\n\nÅlidens kommun skickade 7 deltagare till grundkursen i geoteknik (3010) den 2 december, "
            "debiteras per deltagare.\nEr referens: Ulla Ålund\n\n" + sig_geo("Maria Fransson", "Kursansvarig"))
    m = mail(MARIA, "Kurs Åliden 2/12", "Wed, 09 Dec 2026 14:00:00 +0100", body)
    return m, expect_requests("A course charged per participant: the number of participants is the count.", QTY,
                              [request(cust("K-4004"), [line(GS, "3010", "7", ps="2026-12-02", skip=ND)], [], GS,
                                       buyer="Ulla Ålund")])


@case("w18_fi_course_participants_listed_by_name")
def _w18():
    body = ("Hei,\n\nRuovesjärven kunnan osallistujat koulutuspäivään (KO10) 4.12.2026:\n\n"
            "- Matti Virtanen\n- Liisa Korhonen\n- Pekka Nieminen\n- Sari Mäkinen\n- Jukka Hämäläinen\n\n"
            "Laskutus osallistujamäärän mukaan.\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Koulutus 4.12. Ruovesi", "Thu, 10 Dec 2026 08:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Participants listed by name, invoiced per participant: five names give 5.", QTY,
                              [request(cust("K-5005"), [line(YF, "KO10", "5", ps="2026-12-04", skip=ND)], [], YF)])


@case("w19_fi_html_case_system_message")
def _w19():
    html = ("<html><body style='font-family:Arial'><table width='600' cellpadding='4' style='background:#eef'>"
            "<tr><td><b>Asianhallintajärjestelmä – laskutuspyyntö</b><br>Asia YTL/1432/2026</td></tr></table>"
            "<p>Laskutettava asiakas: <b>Pohjois-Savon jätehuoltokuntayhtymä</b><br>Y-tunnus: " + org("K-5013")
            + "<br>Viitteenne: Heikki Savolainen</p>"
            "<table border='1' cellspacing='0' cellpadding='3'><tr><th>Tuote</th><th>Selite</th><th>Määrä</th>"
            "<th>Suorituspäivä</th></tr>"
            "<tr><td>LA110</td><td>Suotovesinäytteet</td><td>8</td><td>30.11.2026</td></tr>"
            "<tr><td>AT10</td><td>Tulosten tulkinta</td><td>2,5</td><td>1.12.2026</td></tr></table>"
            "<p style='font-size:8pt;color:#888'>Tämä viesti on lähetetty asianhallintajärjestelmästä. Käsittelijä: "
            "Kirsi Laine, puh. 029 525 1000.</p></body></html>")
    m = mail(YTL_LASKUTUS, "Laskutuspyyntö YTL/1432/2026", "Thu, 10 Dec 2026 09:00:00 +0200", html=html,
             to=CENTRE_FI)
    return m, expect_requests("A Finnish HTML-only mail sent by the agency's case system: a request (not an "
                              "auto-reply), lines in an HTML table.", TAB,
                              [request(cust("K-5013"), [line(YF, "LA110", "8", ps="2026-11-30", skip=ND),
                                                        line(YF, "AT10", "2.5", ps="2026-12-01", skip=ND)], [], YF,
                                       buyer="Heikki Savolainen")])


@case("w20_sv_new_customer_with_address_no_question")
def _w20():
    org_new = "556987-1238"
    body = ("Hej,\n\nNy kund, finns inte hos er ännu:\nLindesbergs Byggkonsult AB\nOrg.nr " + org_new + "\n"
            "Storgatan 4\n711 30 Lindesberg\n\nFältdag (1500) 1 dag, 4 december 2026.\n\n/Olle\n")
    m = mail(OLLE, "Ny kund Lindesberg", "Thu, 10 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("A new customer with org number and postal address: nothing to ask.", IDS,
                              [request(new_cust("Lindesbergs Byggkonsult AB", org_new, "SE"),
                                       [line(GS, "1500", "1", ps="2026-12-04", skip=ND)], [], GS)])


@case("w21_sv_kommunalforbund_course_per_person_price")
def _w21():
    body = ("Hej,\n\nKommunalförbundet Räddningstjänsten Mälardalen deltog i kursen om släntstabilitet (3010) "
            "den 8 december: 14 brandmän à 3 900 kr per person (förbundsrabatt enligt avtal).\n\n"
            + sig_geo("Maria Fransson", "Kursansvarig"))
    m = mail(MARIA, "Kurs räddningstjänsten", "Thu, 10 Dec 2026 11:00:00 +0100", body)
    return m, expect_requests("A kommunalförbund in the register by its full name; a per-person price for 14 "
                              "participants.", QTY,
                              [request(cust("K-4017"), [line(GS, "3010", "14", "3900", ps="2026-12-08", skip=ND)],
                                       [], GS)])


@case("w22_fi_municipal_oy_case_ending_month")
def _w22():
    body = ("Hei,\n\nlaskutetaan Iisalmen Vesihuolto Oy:ltä joulukuun 2026 näytteet:\nLA100 24 kpl\nLA110 6 kpl\n\n"
            "Tilausnumero: IVH-2026-118\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Iisalmi joulukuu", "Thu, 10 Dec 2026 12:00:00 +0200", body, to=CENTRE_FI)
    d: dict[str, Any] = {"ps": "2026-12-01", "pe": "2026-12-31", "skip": ND}
    return m, expect_requests("A municipality-owned Oy in a case form ('Oy:ltä'), a month for both lines, an order "
                              "number.", IDS,
                              [request(cust("K-5015"), [line(YF, "LA100", "24", **d), line(YF, "LA110", "6", **d)],
                                       [], YF, order="IVH-2026-118")])


@case("w23_fisv_municipal_oy_without_legal_form")
def _w23():
    body = ("Hej,\n\nvar snäll och fakturera Iisalmen Vesihuolto för 1 terrängdag (AT20) den 3.12.2026.\n"
            "Er referens: Pekka Ruotsalainen\n\nMvh Anders\n")
    m = mail(ANDERS, "Iisalmi terrängdag", "Thu, 10 Dec 2026 13:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("The register name without its trailing 'Oy' in a Finland-Swedish mail.", IDS,
                              [request(cust("K-5015"), [line(YF, "AT20", "1", ps="2026-12-03", skip=ND)], [], YF,
                                       buyer="Pekka Ruotsalainen")])


@case("w24_sv_samma_som_vanligt_no_history_asks_lines")
def _w24():
    body = "Hej!\n\nSamma som vanligt för Sjöbo Vattenråd, tack!\n\n/Olle\n"
    m = mail(OLLE, "Sjöbo december", "Thu, 10 Dec 2026 14:00:00 +0100", body)
    return m, expect_requests("'Same as usual' with no history in the mail: the customer is known but no line is "
                              "written, so the lines are asked — never copied from an earlier month.", ASK,
                              [request(cust("K-4007"), [], ["lines"], GS)])


@case("w25_sv_price_incl_and_excl_vat_private_person")
def _w25():
    body = ("Hej,\n\nGöran Lilja, personnummer " + org("K-4006") + ": expertgranskning (2020) 4 tim à 1 400 kr "
            "exkl. moms (1 750 kr inkl. moms).\n\n/Maria\n")
    m = mail(MARIA, "Lilja granskning", "Fri, 11 Dec 2026 08:00:00 +0100", body)
    return m, expect_requests("A price given both excl. and incl. VAT: the net price is the price.", PRI,
                              [request(cust("K-4006"), [line(GS, "2020", "4", "1400", skip=NOP)], [], GS)])


@case("w26_sv_antal_aterkommer_asks_quantity")
def _w26():
    body = ("Hej,\n\nHallstahammars Bostäder Förvaltning AB – portrycksmätningar (1020) i Kolbäck. Antal återkommer "
            "jag med när fältprotokollen är inskickade (ca en vecka).\n\n/Sanna\n")
    m = mail(SANNA, "Förvaltning Kolbäck", "Fri, 11 Dec 2026 09:00:00 +0100", body)
    return m, expect_requests("The count is to come ('Antal återkommer jag med'); 'en vecka' is no count: asked.",
                              ASK, [request(cust("K-4002"), [line(GS, "1020", None, skip=NOP)],
                                            ["lines[0].quantity"], GS)])


@case("w27_sv_stated_total_matches")
def _w27():
    body = ("Hej,\n\nBrf Solgläntan 3\n3 st provtagningar (1010) à 2 350:- = 7 050:-\nTotalt 7 050:- exkl. moms\n\n"
            "Kontakt: ordförande Eva Ek\n\n/Olle\n")
    m = mail(OLLE, "Brf Solgläntan", "Fri, 11 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("A line amount and a matching total in ':-' style: one line of 3.", PRI,
                              [unchecked(request(cust("K-4016"), [line(GS, "1010", "3", "2350", skip=NOP)], [], GS),
                                         "buyer_reference")])


@case("w28_fi_two_partial_months_each_own_hours")
def _w28():
    body = ("Hei,\n\nTmi Jari Koskinen, asiantuntijatyö AT10:\n"
            "- syyskuu 2026: 12 h\n- lokakuu 1.–15.10.2026: 6 h (sopimus päättyi 15.10.)\n\n"
            + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Koskinen syys-lokakuu", "Fri, 11 Dec 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A whole month and a part of a month, each with its own hours.", PER,
                              [request(cust("K-5010"), [line(YF, "AT10", "12", ps="2026-09-01", pe="2026-09-30",
                                                             skip=ND),
                                                        line(YF, "AT10", "6", ps="2026-10-01", pe="2026-10-15",
                                                             skip=ND)], [], YF)])


@case("w29_fisv_participants_each_day_two_days")
def _w29():
    body = ("Hej,\n\nNärpes Grönsaker Ab deltog i vår utbildning (KO10) 1–2 december 2026 med 4 deltagare "
            "båda dagarna. Utbildningen debiteras per deltagare och dag.\n\nMed vänliga hälsningar\n"
            "Anders Holmqvist\nYTL / Vasa\n")
    m = mail(ANDERS, "Utbildning Närpes", "Wed, 09 Dec 2026 15:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Four participants on each of two days, charged per participant and day: 8.", QTY,
                              [request(cust("K-5004"), [line(YF, "KO10", "8", ps="2026-12-01", pe="2026-12-02",
                                                             skip=ND)], [], YF)])


@case("w30_en_two_customers_one_ambiguous_name_asks")
def _w30():
    body = ("Hi all,\n\nTwo more for this week:\n\nNordkap Analys did 3 sediment samples (LA200) on 9 December "
            "2026.\n\nLapin Luontomatkailu Oy had one field day (AT20) on 10 December 2026.\n\n"
            + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Two more", "Fri, 11 Dec 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Nordkap Analys' matches both the AB and the Oy: asked; the second customer is "
                              "clear.", IDS,
                              [request(ASK_ORG, [line(YF, "LA200", "3", ps="2026-12-09", skip=ND)],
                                       ["customer.org_no"], YF),
                               request(cust("K-5009"), [line(YF, "AT20", "1", ps="2026-12-10", skip=ND)], [], YF)])
