"""Fourteenth held-out set (written blind), part A: phone-typed mails, abbreviations, typos, town twins, codes
that look like quantities, replies answering several questions at once, chat pastes, calendar events, requests
only in attachments, number-heavy signatures and long disclaimers."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import CENTRE_FI, expect_reply, expect_requests, mail, text_att

from .kit14 import (
    ANDERS,
    ANNA,
    DISCLAIMER,
    FRIDA,
    JONAS,
    KF,
    LIISA,
    LS,
    MIKKO,
    ND,
    SIG_ANNA,
    SIG_LIISA,
    case,
    cust,
    line,
    request,
)

D = "Mon, 07 Dec 2026 {} +0100"
DF = "Mon, 07 Dec 2026 {} +0200"
IPH = "\n\nSkickat från min iPhone\n"
PHONE, ABBR, TOWN, CODE, REPLY, CHAT, CAL, ATT, SIG = ("1-phone", "2-abbrev-typo", "3-town-twins",
                                                       "4-code-like-qty", "5-replies", "6-chat-paste",
                                                       "7-calendar", "8-attachment-only", "9-signature-noise")


@case("a01_sv_phone_lowercase_town_twin_lulea")
def _a01():
    body = "hej! fakturera byggservice i luleå 3 st A110 legionella, provt 2/12. /anna" + IPH
    m = mail(ANNA, "fakt", D.format("07:02:11"), body)
    return m, expect_requests("Phone mail, lower case; the town picks Luleå among the Byggservice twins.", TOWN,
                              [request(cust("K-7001"), [line(LS, "A110", "3", ps="2026-12-02", skip=ND)], [], LS)])


@case("a02_sv_prose_town_twin_umea_number_word")
def _a02():
    body = ("Hej,\n\nkan ni fakturera Byggservice i Umeå AB för radonmätning (A120), två st.\n\nTack!\n\n" + SIG_ANNA)
    m = mail(ANNA, "Radon Umeå", D.format("07:05:40"), body)
    return m, expect_requests("Town twin Umeå; number word 'två'; signature full of numbers.", TOWN,
                              [request(cust("K-7002"), [line(LS, "A120", "2", skip=ND)], [], LS)])


@case("a03_sv_byggservice_without_town_asks_customer")
def _a03():
    body = "fakturera byggservice 2 st A130 asbest, vet inte vilket kontor det var, kollar. /jonas" + IPH
    m = mail(JONAS, "asbest", D.format("07:09:00"), body)
    return m, expect_requests("'byggservice' matches three register customers: no identity, ask the customer; the "
                              "line is still complete.", TOWN,
                              [request({"org_no": None, "customer_number": None},
                                       [line(LS, "A130", "2", skip=ND)], ["customer.org_no"], LS)])


@case("a04_sv_code_10_with_quantity_4_numbered_customer")
def _a04():
    body = "3 Kök AB: 4 st art 10 provtagning 30/11\nmvh Frida" + IPH
    m = mail(FRIDA, "3 kök", D.format("07:11:30"), body)
    return m, expect_requests("Article code '10' next to the count 4; customer name starting with a digit.", CODE,
                              [request(cust("K-7003"), [line(LS, "10", "4", ps="2026-11-30", skip=ND)], [], LS)])


@case("a05_sv_ten_of_article_20")
def _a05():
    body = "fakt 3 kök 10 st 20 (analys bas), tack\n/Jonas" + IPH
    m = mail(JONAS, "3 kök analys", D.format("07:13:05"), body)
    return m, expect_requests("'10 st 20' is ten of article 20 (not article 10); '3 kök' without legal form.",
                              CODE, [request(cust("K-7003"), [line(LS, "20", "10", skip=ND)], [], LS)])


@case("a06_fi_phone_kpl_typo_month")
def _a06():
    body = "laskuta joensuun vesi 6kpl V20 legionella, näytteet otettu 3. joulukuta\n-liisa\n\nLähetetty iPhonesta\n"
    m = mail(LIISA, "laskutus", DF.format("08:01:00"), body, to=CENTRE_FI)
    return m, expect_requests("Finnish phone mail: '6kpl' glued, month name misspelt ('joulukuta').", ABBR,
                              [request(cust("K-8002"), [line(KF, "V20", "6", ps="2026-12-03", skip=ND)], [], KF)])


@case("a07_sv_label_typos_month_typo")
def _a07():
    body = ("Kudn: Piteå Bageri\nAtikel: A110\nAntla: 2\nDatun: 14 novmber\n\nFrida\n")
    m = mail(FRIDA, "Fakturering Piteå Bageri", D.format("07:15:44"), body)
    return m, expect_requests("Labels and month misspelt by a hurried typist; the year comes from Date.", ABBR,
                              [request(cust("K-7007"), [line(LS, "A110", "2", ps="2026-11-14", skip=ND)], [], LS)])


@case("a08_en_pcs_two_lines_po")
def _a08():
    body = ("pls invoice Kuopion Kiinteistöt 2 pcs V30 radon + 1 pcs R60 report, PO KK-5512. thx\n\n"
            "Anders Holm\nSenior analyst, Kaupunkilaboratorio Itä\n+358 40 555 0192 | office hrs 8–16\n")
    m = mail(ANDERS, "invoice KK", DF.format("08:03:00"), body, to=CENTRE_FI)
    return m, expect_requests("English shorthand 'pcs', two lines joined by '+', a PO.", ABBR,
                              [request(cust("K-8003"), [line(KF, "V30", "2", skip=ND), line(KF, "R60", "1", skip=ND)],
                                       [], KF, order="KK-5512")])


@case("a09_sv_tim_decimal_comma_hours")
def _a09():
    body = "Gällivare Golv 5,5 tim T300 konsult 1/12\n//Jonas" + IPH
    m = mail(JONAS, "tim gällivare", D.format("07:18:00"), body)
    return m, expect_requests("'5,5 tim' hours with decimal comma.", ABBR,
                              [request(cust("K-7008"), [line(LS, "T300", "5.5", ps="2026-12-01", skip=ND)], [], LS)])


_Q_SV = ("> Hej,\n> vi behöver några uppgifter innan vi kan fakturera.\n"
         "> 1. Organisationsnummer för kunden \"Studentbostäderna\" (customer.org_no)\n"
         "> 2. Pris för rad 1 \"Radonmätning\" (lines[0].unit_price)\n"
         "> 3. Antal för rad 1 \"Radonmätning\" (lines[0].quantity)\n> \n> Kundfaktura, Ekonomicentret\n")


@case("a10_sv_reply_out_of_order_one_line")
def _a10():
    body = "antal 4, orgnr 559012-3450, pris 1 950 kr/st (avtalspris)\n/Anna\n\n" + _Q_SV
    m = mail(ANNA, "Sv: [REQ-7H2KQ] Frågor om fakturering", D.format("07:20:00"), body,
             headers={"In-Reply-To": "<REQ-7H2KQ.1@servicecentret.se>"})
    return m, expect_reply("A top-posted reply answering three questions in one line, out of order.", REPLY,
                           "REQ-7H2KQ", {"customer": {"org_no": "559012-3450"},
                                         "lines": [{"quantity": "4", "unit_price": "1950"}]})


@case("a11_fi_reply_all_in_one_line")
def _a11():
    quote = ("> Hei,\n> tarvitsemme seuraavat tiedot:\n> 1. Asiakkaan Y-tunnus (customer.org_no)\n"
             "> 2. Määrä rivillä 1 \"Radonmittaus\" (lines[0].quantity)\n"
             "> 3. Yksikköhinta rivillä 1 \"Radonmittaus\" (lines[0].unit_price)\n")
    body = "3 kpl á 150 e, y-tunnus 1112223-0\n\n-Mikko\n\n" + quote
    m = mail(MIKKO, "VS: [REQ-M4X9T] Lisätietoja laskutukseen", DF.format("08:05:00"), body, to=CENTRE_FI)
    return m, expect_reply("A Finnish one-line answer to three questions.", REPLY, "REQ-M4X9T",
                           {"customer": {"org_no": "1112223-0"}, "lines": [{"quantity": "3", "unit_price": "150"}]})


@case("a12_sv_reply_token_only_in_headers")
def _a12():
    quote = ("Från: Kundfaktura\nSkickat: den 4 december 2026 15:02\n"
             "1. Antal för rad 1 \"Kurs vattenhygien\" (lines[0].quantity)\n")
    body = "Det var 12 deltagare till slut.\n/Jonas\n\n" + quote
    m = mail(JONAS, "Sv: fakturafrågor", D.format("07:22:00"), body,
             headers={"In-Reply-To": "<REQ-P8K3D.1@servicecentret.se>",
                      "References": "<REQ-P8K3D.1@servicecentret.se>"})
    return m, expect_reply("Token only in In-Reply-To/References (subject lost it).", REPLY, "REQ-P8K3D",
                           {"lines": [{"quantity": "12"}]})


@case("a13_sv_teams_paste_timestamps")
def _a13():
    body = ("Klistrar in från Teams så ni ser:\n\n[08:14] Frida Ek\nkan du fakturera Haparanda Hamn?\n"
            "[08:15] Frida Ek\n2 st A110 och 1 st R400\n[08:16] Jonas Berg\n👍\n[08:17] Frida Ek\n"
            "provtagningen gjordes 26/11\n\n/Jonas\n")
    m = mail(JONAS, "VB: från Teams", D.format("08:20:00"), body)
    d: dict[str, Any] = {"ps": "2026-11-26", "skip": ND}
    return m, expect_requests("A Teams paste with timestamps and names in front of lines.", CHAT,
                              [request(cust("K-7009"), [line(LS, "A110", "2", **d), line(LS, "R400", "1", **d)],
                                       [], LS)])


@case("a14_fi_slack_paste_normal_price")
def _a14():
    body = ("Slackista:\n\nLiisa Koski  9.02\nsavon leipomo, webinaari K41, 14 osallistujaa\n"
            "Mikko Virtanen  9.03\nhinta?\nLiisa Koski  9.05\nnormaali hinta. webinaari oli 1.12.\n\n-Mikko\n")
    m = mail(MIKKO, "webinaari savon leipomo", DF.format("09:10:00"), body, to=CENTRE_FI)
    return m, expect_requests("A Slack paste; 'normal price' means the register's; times 9.02 are no dates.",
                              CHAT, [request(cust("K-8004"), [line(KF, "K41", "14", ps="2026-12-01", skip=ND)], [],
                                             KF)])


_ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E00800000000\r\n"
        "DTSTART;TZID=W. Europe Standard Time:20261203T080000\r\n"
        "DTEND;TZID=W. Europe Standard Time:20261203T160000\r\n"
        "SUMMARY:Kurs vattenhygien – Kiruna Fastigheter\r\nLOCATION:Konferensrum 3\\, Hus 10\r\n"
        "ORGANIZER;CN=Anna Lind:mailto:anna.lind@regionlabbet.se\r\n"
        "ATTENDEE;CN=Ola Niemi:mailto:ola.niemi@kirunafast.se\r\n"
        "ATTENDEE;CN=Per Mäki:mailto:per.maki@kirunafast.se\r\n"
        "ATTENDEE;CN=Eva Kallio:mailto:eva.kallio@kirunafast.se\r\nSEQUENCE:2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@case("a15_sv_ics_event_is_the_service")
def _a15():
    body = ("Hej,\n\nkursen i bifogad inbjudan ska faktureras Kiruna Fastigheter AB, K200, 7 deltagare "
            "(alla kom inte med i inbjudan).\n\n" + SIG_ANNA)
    m = mail(ANNA, "Fakturera kursen 3/12", D.format("08:25:00"), body,
             attachments=[text_att("invite.ics", _ICS, subtype="calendar")])
    return m, expect_requests("A calendar invitation for the course; the count comes from the body; the date "
                              "from the event.", CAL,
                              [request(cust("K-7004"), [line(LS, "K200", "7", ps="2026-12-03", skip=ND)], [], LS)])


@case("a16_en_calendar_text_flat_fee_no_article")
def _a16():
    body = ("Hi, please invoice the workshop below to Joensuun Vesi Oy, flat fee EUR 950.00.\n\n"
            "-----Original Appointment-----\nSubject: Water safety workshop / Joensuun Vesi\n"
            "When: Tuesday, 1 December 2026 13:00-16:00 (UTC+02:00) Helsinki, Kyiv, Riga\n"
            "Where: Room B214 / Teams meeting ID 384 551 207 96\n\nAnders\n")
    m = mail(ANDERS, "workshop invoice", DF.format("09:12:00"), body, to=CENTRE_FI)
    return m, expect_requests("A pasted calendar entry; a flat fee is quantity 1; no article, default VAT.", CAL,
                              [request(cust("K-8002"), [line(KF, None, "1", "950.00", ps="2026-12-01", skip=ND)],
                                       [], KF)])


@case("a17_sv_request_only_in_txt_attachment")
def _a17():
    txt = ("Kund: Umeå Studentbostäder AB\nOrgnr 559012-3450\n"
           "L500 Hyra mätutrustning 5 dygn 23-27 nov 2026\n")
    body = "se bifogad fil\n\n" + SIG_ANNA
    m = mail(ANNA, "fakturaunderlag", D.format("08:30:00"), body,
             attachments=[text_att("underlag.txt", txt, subtype="plain")])
    return m, expect_requests("The whole request sits in a .txt attachment; signature numbers in the body.", ATT,
                              [request(cust("K-7011"), [line(LS, "L500", "5", ps="2026-11-23", pe="2026-11-27",
                                                             skip=ND)], [], LS)])


@case("a18_fi_attached_eml_inside_reply")
def _a18():
    inner = mail(LIISA, "Kenttäpäivät Kuopio", "Fri, 04 Dec 2026 15:40:00 +0200",
                 "Hei Mikko,\n\nlaskutetaan Kuopion Kiinteistöt Oy: T80 kenttäpäivä 2 pv 24.–25.11.2026.\n\n"
                 + SIG_LIISA, to="Mikko Virtanen <mikko.virtanen@kaupunkilab.fi>")
    body = "Tässä Liisan viesti liitteenä, voitteko laskuttaa tämän? kiitos\n-Mikko\n"
    m = mail(MIKKO, "VS: Kenttäpäivät Kuopio", DF.format("09:15:00"), body, to=CENTRE_FI, attachments=[inner])
    return m, expect_requests("The request is only in an attached message.", ATT,
                              [request(cust("K-8003"), [line(KF, "T80", "2", ps="2026-11-24", pe="2026-11-25",
                                                             skip=ND)], [], KF)])


@case("a19_sv_number_word_signature_noise")
def _a19():
    body = ("Fakturera Norrbottens Vattenrening, A120 radonmätning, tre st.\nÄrende 2026/1143\n\n" + SIG_ANNA)
    m = mail(ANNA, "Radon NBV", D.format("08:40:00"), body)
    return m, expect_requests("'tre st' as the count among phone numbers, postal codes, hours and a case number.",
                              SIG, [request(cust("K-7005"), [line(LS, "A120", "3", skip=ND)], [], LS)])


@case("a20_fi_swedish_name_customer_long_disclaimer")
def _a20():
    body = "Hei, laskuttakaa Jakobstads Trävaru Ab: 4 kpl V10 vesianalyysi.\n\n" + SIG_LIISA + DISCLAIMER
    m = mail(LIISA, "Jakobstad vesianalyysit", DF.format("09:20:00"), body, to=CENTRE_FI)
    return m, expect_requests("A Finnish customer with a Swedish name; a trilingual disclaimer full of numbers.",
                              SIG, [request(cust("K-8001"), [line(KF, "V10", "4", skip=ND)], [], KF)])
