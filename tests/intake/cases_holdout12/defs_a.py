"""Twelfth held-out set (written blind), part A — "other agencies, other trades": a university invoicing course
fees per participant, lab hours and room hire (to a company, another university college and a Norwegian lab), a
police authority invoicing copies per page with the fee for the first ten pages, permits and escorts of heavy
transports, and a Finnish ELY centre invoicing permits, inspections and expert hours. The mistakes people make:
a forgotten article code, last year's price, a sum that disagrees with the lines, a customer given only by a
person's name, private persons by personnummer/henkilötunnus (with and without an address), costs split 50 % each
between two payers, an invoice wanted in English for a foreign customer."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import CENTRE_FI, expect_requests, mail

from .kit12 import (
    ASK_ORG,
    ELY,
    JONAS,
    KARIN,
    LEENA,
    MIKKO,
    NOP,
    POL,
    POL_REG,
    UNI,
    VSU_EKONOMI,
    case,
    cust,
    line,
    new_private,
    org,
    request,
)
from .sigs import sig_ely, sig_pol, sig_vsu

KIND, SEV, QTY, PER, REF, ASK, IDS, PRI, TOT = ("1-kind", "4-several", "5-quantities", "6-periods",
                                                "7-references", "11-must-ask", "9-identities", "12-prices",
                                                "13-totals")
ND = ("description",)
NP = ("period_start", "period_end")


# --- the university ---------------------------------------------------------------------------------------------

@case("s01_sv_uni_course_fee_per_participant_po")
def _s01():
    body = ("Hej!\n\nUppdragsutbildningen \"Kyla i praktiken\" hölls 23–24 november 2026. Från Kylteknik Vättersjö AB "
            "deltog fyra personer.\n\nFakturera kursavgiften: KA10 × 4 deltagare.\nDeras referens: Malin Berg\n"
            "Inköpsordernr: 4500123\n\n" + sig_vsu("Karin Sjödahl"))
    m = mail(KARIN, "Fakturering kurs Kyla i praktiken", "Mon, 30 Nov 2026 09:12:00 +0100", body)
    return m, expect_requests("Course fee per participant ('KA10 × 4 deltagare') with the course dates in the "
                              "sentence above; the customer's PO labelled 'Inköpsordernr'.", QTY,
                              [request(cust("K-4017"), [line(UNI, "KA10", "4", ps="2026-11-23", pe="2026-11-24",
                                                             skip=ND)], [], UNI, buyer="Malin Berg",
                                       order="4500123")])


@case("s02_sv_uni_lab_hours_last_years_price")
def _s02():
    body = ("Hej,\n\nSörbyns högskola har hyrt in sig i vårt materiallab under oktober 2026: 12 laboratorietimmar "
            "(LT20) à 1 390 kr/tim enligt prislistan.\n\n" + sig_vsu("Karin Sjödahl"))
    m = mail(KARIN, "Labbtimmar Sörbyn oktober", "Tue, 01 Dec 2026 10:05:00 +0100", body)
    return m, expect_requests("Lab hours at last year's price (1 390; the register says 1 450): prices are taken "
                              "as written — no question (a clerk may be asked to check, the scorer does not "
                              "look at that).", PRI,
                              [request(cust("K-4018"), [line(UNI, "LT20", "12", "1390", ps="2026-10-01",
                                                             pe="2026-10-31", skip=ND)], [], UNI)])


@case("s03_sv_uni_room_hire_forgotten_code_asks_price")
def _s03():
    body = ("Hej!\n\nKylteknik Vättersjö AB hyrde ett av våra seminarierum onsdagen den 2 december 2026, 6 timmar. "
            "Kan ni skicka en faktura till dem?\n\nTack!\nKarin\n")
    m = mail(KARIN, "Rumshyra Kylteknik", "Thu, 03 Dec 2026 08:40:00 +0100", body)
    return m, expect_requests("Room hire without its article code and without a price: articles are never matched "
                              "by name, so the price is asked.", ASK,
                              [request(cust("K-4017"), [line(UNI, None, "6", None, vat=None, ps="2026-12-02",
                                                             skip=("description", "vat_rate"))],
                                       ["lines[0].unit_price"], UNI)])


@case("s04_sv_uni_foreign_customer_invoice_in_english")
def _s04():
    body = ("Hej,\n\nkan ni fakturera Tromsfjord Marinlab AS i Norge för 2 deltagare på kursen Kylkedjan i praktiken "
            "(KA10), 16–17 november 2026? Fakturan måste vara på engelska, de läser inte svenska.\n"
            "Deras referens: Ingvild Haugen\n\n" + sig_vsu("Karin Sjödahl"))
    m = mail(KARIN, "Faktura på engelska – Tromsfjord", "Fri, 04 Dec 2026 11:00:00 +0100", body)
    return m, expect_requests("A Norwegian customer in the register by its exact name; the wish for an English "
                              "invoice changes no value.", IDS,
                              [request(cust("K-6001"), [line(UNI, "KA10", "2", ps="2026-11-16", pe="2026-11-17",
                                                             skip=ND)], [], UNI, buyer="Ingvild Haugen")])


@case("s05_sv_uni_room_split_fifty_percent_each")
def _s05():
    body = ("Hej,\n\nseminarierum (LH30) torsdag 3 december 2026 för den gemensamma workshopen om kylmedier, 8 tim. "
            "Kostnaden delas 50 % vardera, dvs.\n\n"
            "Kylteknik Vättersjö AB: LH30, 4 tim\nSörbyns högskola: LH30, 4 tim\n\n" + sig_vsu("Karin Sjödahl"))
    m = mail(KARIN, "Delad lokalhyra workshop 3/12", "Fri, 04 Dec 2026 13:20:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-12-03", "skip": ND}
    return m, expect_requests("Room hire split 50 % each between two payers, each share written out (4 h each): "
                              "two requests of 4 h, never one of 8 h.", SEV,
                              [request(cust("K-4017"), [line(UNI, "LH30", "4", **d)], [], UNI),
                               request(cust("K-4018"), [line(UNI, "LH30", "4", **d)], [], UNI)])


@case("s06_sv_uni_sum_disagrees_with_lines")
def _s06():
    body = ("Hej,\n\nunderlag Kylteknik Vättersjö AB, november 2026:\n\n"
            "LT20 Laboratorietimme    6 tim\nLH30 Seminarierum        3 tim\n\nSumma: 10 350 kr exkl. moms\n\n"
            + sig_vsu("Karin Sjödahl"))
    m = mail(KARIN, "Underlag Kylteknik november", "Mon, 07 Dec 2026 08:15:00 +0100", body)
    nov: dict[str, Any] = {"ps": "2026-11-01", "pe": "2026-11-30", "skip": ND}
    return m, expect_requests("The stated sum (10 350) disagrees with the lines (6 × 1 450 + 3 × 650 = 10 650): "
                              "the lines are as written, no question path fits a wrong sum (a clerk's check).",
                              TOT, [request(cust("K-4017"), [line(UNI, "LT20", "6", **nov),
                                                             line(UNI, "LH30", "3", **nov)], [], UNI)])


@case("s07_sv_uni_customer_only_a_persons_name_asks")
def _s07():
    body = ("Hej, fakturera Henrik Dahl för 3 labbtimmar (LT20) förra veckan. Han har en liten konsultfirma men "
            "jag vet inte vad den heter.\n/Karin\n")
    m = mail(KARIN, "Labbtimmar Henrik", "Mon, 07 Dec 2026 09:30:00 +0100", body)
    return m, expect_requests("The customer given only by a person's name not in the register (his firm unnamed): "
                              "the identity is asked.", IDS,
                              [request(ASK_ORG, [line(UNI, "LT20", "3", skip=NOP)], ["customer.org_no"], UNI)])


@case("s08_sv_uni_per_participant_two_articles")
def _s08():
    body = ("Hej!\n\nSörbyns högskola skickade 3 deltagare till kursen Kylteknik grund. Fakturera per deltagare "
            "både kursavgift (KA10) och kurslitteratur (KA11).\n\n" + sig_vsu("Karin Sjödahl"))
    m = mail(KARIN, "Kylteknik grund – Sörbyn", "Mon, 07 Dec 2026 10:02:00 +0100", body)
    return m, expect_requests("Three participants, two articles each charged per participant: 3 of each.", QTY,
                              [request(cust("K-4018"), [line(UNI, "KA10", "3", skip=NOP),
                                                        line(UNI, "KA11", "3", skip=NOP)], [], UNI)])


@case("s09_sv_uni_html_booking_system_key_value")
def _s09():
    html = ("<html><body><p>Automatiskt meddelande från lokalbokningen. Bokningen nedan är genomförd och ska "
            "faktureras.</p><table border='1'>"
            "<tr><td>Lokalbokning nr</td><td>LB-2026-0877</td></tr>"
            "<tr><td>Lokal</td><td>Hörsal Aulan</td></tr>"
            "<tr><td>Artikel</td><td>LH31</td></tr>"
            "<tr><td>Antal dagar</td><td>2</td></tr>"
            "<tr><td>Datum</td><td>2026-11-30 – 2026-12-01</td></tr>"
            "<tr><td>Fakturamottagare</td><td>Sörbyns högskola</td></tr>"
            "<tr><td>Märkning</td><td>Proj 7731</td></tr>"
            "</table><p>VSU Lokalbokning</p></body></html>")
    m = mail(VSU_EKONOMI, "Genomförd bokning LB-2026-0877 – fakturera", "Tue, 01 Dec 2026 06:00:00 +0100",
             html=html)
    return m, expect_requests("An HTML-only mail from a room-booking system as a key/value table; the booking "
                              "number is the university's own, not the customer's order.", REF,
                              [request(cust("K-4018"), [line(UNI, "LH31", "2", ps="2026-11-30", pe="2026-12-01",
                                                             skip=ND)], [], UNI, buyer="Proj 7731")])


# --- the police authority ---------------------------------------------------------------------------------------

@case("s10_sv_pol_copies_per_page_first_ten_fee")
def _s10():
    body = ("Hej,\n\nbegärda kopior av förundersökningsprotokoll i ärende 5000-K123456-26 har skickats till "
            "Advokatbyrån Lindkvist & Ros KB.\n\n"
            "- expeditionsavgift för de första 10 sidorna (PK02): 1 st\n"
            "- kopior utöver tio sidor (PK01): 76 sidor à 2 kr\n\n"
            "Er ref: Sara Ros\n\n" + sig_pol("Jonas Ring", "Registrator"))
    m = mail(JONAS, "Kopior allmän handling – Lindkvist & Ros", "Tue, 01 Dec 2026 14:10:00 +0100", body)
    return m, expect_requests("Copies per page after a fee for the first ten pages; the police case number is no "
                              "order reference.", QTY,
                              [request(cust("K-4019"), [line(POL, "PK02", "1", skip=NOP),
                                                        line(POL, "PK01", "76", "2", skip=NOP)], [], POL,
                                       buyer="Sara Ros")])


@case("s11_sv_pol_escort_clock_times_and_hours")
def _s11():
    body = ("Hej!\n\nEskort av tung transport (vindkraftsvinge) Köping–Arboga torsdag 3 december 2026 kl. "
            "06.30–10.15, dvs. 3,75 tim (PE30), plus framkörningsavgift PE31 1 st.\n"
            "Kund: Vretstorp Entreprenad AB, deras ordernr VE-88120.\n\n" + sig_pol("Jonas Ring", "Trafikpolis"))
    m = mail(JONAS, "Eskort 3/12 Vretstorp", "Fri, 04 Dec 2026 07:55:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-12-03", "skip": ND}
    return m, expect_requests("An escort by clock times with the hours also written (3,75 tim); the clock times "
                              "are no count.", QTY,
                              [request(cust("K-4003"), [line(POL, "PE30", "3.75", **d),
                                                        line(POL, "PE31", "1", **d)], [], POL, order="VE-88120")])


@case("s12_sv_pol_permit_private_person_personnummer_address")
def _s12():
    body = ("Hej,\n\ntillstånd för offentlig tillställning (PT10), 1 tillstånd, beviljat till privatpersonen Lars "
            "Viklund, personnummer 19780412-2377, Storgatan 5, 731 30 Köping. Fakturan skickas till hemadressen.\n\n"
            + sig_pol("Jonas Ring"))
    m = mail(JONAS, "Tillstånd Viklund", "Mon, 07 Dec 2026 10:40:00 +0100", body)
    return m, expect_requests("A private person not in the register, with a valid personnummer and a postal "
                              "address: a new customer that needs no question.", IDS,
                              [request(new_private("Lars Viklund", "19780412-2377"),
                                       [line(POL, "PT10", "1", skip=NOP)], [], POL)])


@case("s13_sv_pol_copies_private_person_no_address_asks")
def _s13():
    body = ("Hej,\n\nkopior till Maja Strand (860923-1488): expeditionsavgift PK02 1 st och 4 sidor utöver de "
            "första tio (PK01).\n\n/Jonas\n")
    m = mail(JONAS, "Kopior Strand", "Mon, 07 Dec 2026 11:05:00 +0100", body)
    return m, expect_requests("A private person by a 10-digit personnummer, not in the register and without an "
                              "address: a new customer, its address is asked.", ASK,
                              [request(new_private("Maja Strand", "19860923-1488"),
                                       [line(POL, "PK02", "1", skip=NOP), line(POL, "PK01", "4", skip=NOP)],
                                       ["customer.address"], POL)])


@case("s14_sv_pol_permit_registered_private_by_10_digit_pnr")
def _s14():
    body = ("Hej!\n\nElsa Nyström, 500614-2383, har fått tillstånd för loppmarknad på torget (PT10). "
            "Fakturera 1 tillstånd.\n\n" + sig_pol("Jonas Ring"))
    m = mail(POL_REG, "Tillstånd loppmarknad", "Mon, 07 Dec 2026 12:00:00 +0100", body)
    return m, expect_requests("A private person in the register known by a 10-digit personnummer.", IDS,
                              [request(cust("K-4011"), [line(POL, "PT10", "1", skip=NOP)], [], POL)])


@case("s15_sv_pol_permits_old_tariff_price_org_number")
def _s15():
    body = (f"Hej,\n\nHallstahammars Bostäder AB (org.nr {org('K-4001')}): 2 tillstånd offentlig tillställning "
            "(PT10) à 650 kr, julmarknad och luciatåg.\n\n" + sig_pol("Jonas Ring"))
    m = mail(JONAS, "Tillstånd Hallstahammar", "Mon, 07 Dec 2026 13:15:00 +0100", body)
    return m, expect_requests("Permits at last year's tariff (650; the register says 700): the price as written.",
                              PRI, [request(cust("K-4001"), [line(POL, "PT10", "2", "650", skip=NOP)], [], POL)])


@case("s16_sv_pol_forward_from_case_system_own_case_number")
def _s16():
    body = ("Fakturera enligt nedan, tack.\n\nRegistrator\n\n---------- Vidarebefordrat meddelande ----------\n"
            "Från: Jonas Ring <jonas.ring@bergslagspolisen.se>\nDatum: fre 4 dec. 2026 16:02\n"
            "Ämne: Ärende A-2026/4411 – eskort\nTill: Registrator <registrator@bergslagspolisen.se>\n\n"
            "Vårt ärende: A-2026/4411\nKund: Vretstorp Entreprenad Öst AB\nEskort tung transport PE30: 5 tim\n"
            "Framkörning PE31: 1 st\n\n/Jonas\n")
    m = mail(POL_REG, "VB: Ärende A-2026/4411 – eskort", "Mon, 07 Dec 2026 08:01:00 +0100", body)
    return m, expect_requests("A forward whose request is the forwarded part; 'Vårt ärende' is the police's own "
                              "case number, not an order reference; the daughter company by its exact name.", REF,
                              [request(cust("K-4012"), [line(POL, "PE30", "5", skip=NOP),
                                                        line(POL, "PE31", "1", skip=NOP)], [], POL)])


# --- the ELY centre -------------------------------------------------------------------------------------------

@case("s17_fi_ely_permit_lupa_dnro_viitteenne")
def _s17():
    body = ("Hei,\n\nlaskuttakaa Savon Turvekuljetus Oy:ltä poikkeamislupa (EL11), 1 lupa. Päätös annettu "
            "25.11.2026, dnro POSELY/1123/2026.\nViitteenne: Jukka Salo\n\n" + sig_ely("Mikko Halonen"))
    m = mail(MIKKO, "Lupamaksu Savon Turvekuljetus", "Tue, 01 Dec 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A permit ('1 lupa') for a customer in the elative case ('Oy:ltä'); the ELY's "
                              "'dnro' is no order reference.", REF,
                              [request(cust("K-5015"), [line(ELY, "EL11", "1", skip=NOP)], [], ELY,
                                       buyer="Jukka Salo")])


@case("s18_fi_ely_inspections_two_dates_count_stated")
def _s18():
    body = ("Hei,\n\nKuopion Vesi Oy: tarkastuskäynnit (ET20) 4.11. ja 18.11.2026, käyntejä 2 kpl.\n\n"
            + sig_ely("Leena Rantala", "Tarkastaja"))
    m = mail(LEENA, "Tarkastukset Kuopion Vesi", "Wed, 02 Dec 2026 10:10:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Two inspection visits with their dates and the count stated ('2 kpl').", QTY,
                              [request(cust("K-5001"), [line(ELY, "ET20", "2", skip=NOP)], [], ELY)])


@case("s19_fi_ely_registered_private_by_henkilotunnus")
def _s19():
    body = ("Hei,\n\nAino Heikkilä, hetu 120385-2461\nPoikkeamislupa EL11, 1 kpl, päätös 30.11.2026\n\n"
            "Laskun voi lähettää normaalisti.\n\n" + sig_ely("Mikko Halonen"))
    m = mail(MIKKO, "Poikkeamislupa Heikkilä", "Thu, 03 Dec 2026 08:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A private person in the register known by henkilötunnus.", IDS,
                              [request(cust("K-5011"), [line(ELY, "EL11", "1", skip=NOP)], [], ELY)])


@case("s20_fi_ely_permit_last_years_tariff")
def _s20():
    body = ("Hei!\n\nPirkanmaan Maanrakennus Oy\nYmpäristölupapäätös EL10, 1 lupa, 2 250,00 € (vuoden 2025 "
            "maksuasetuksen mukaan, hakemus tullut vireille 2025)\n\n" + sig_ely("Mikko Halonen"))
    m = mail(MIKKO, "Ympäristölupa Pirkanmaan Maanrakennus", "Thu, 03 Dec 2026 13:00:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_requests("A permit at last year's tariff (2 250; the register says 2 400): as written.",
                              PRI, [request(cust("K-5003"), [line(ELY, "EL10", "1", "2250.00", skip=NOP)], [],
                                            ELY)])


@case("s21_fi_ely_expert_hours_split_50_50")
def _s21():
    body = ("Hei,\n\nvesistöselvityksen asiantuntijatyö EA30 yhteensä 10 h, kustannukset jaetaan 50/50:\n\n"
            "Kuopion Vesi Oy 5 h\nRuovesjärven kunta 5 h\n\n" + sig_ely("Leena Rantala", "Erikoisasiantuntija"))
    m = mail(LEENA, "Vesistöselvitys, jaettu laskutus", "Fri, 04 Dec 2026 09:45:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Expert hours split 50/50 between two payers with each share written: 5 h each; "
                              "the 10 h total is no line.", SEV,
                              [request(cust("K-5001"), [line(ELY, "EA30", "5", skip=NOP)], [], ELY),
                               request(cust("K-5005"), [line(ELY, "EA30", "5", skip=NOP)], [], ELY)])


@case("s22_fi_ely_line_amount_disagrees")
def _s22():
    body = ("Hei,\n\nRuovesjärven kunta: tarkastuskäynnit ET20 3 kpl à 480 € = 1 340 €\n\n"
            + sig_ely("Leena Rantala", "Tarkastaja"))
    m = mail(LEENA, "Ruovesi tarkastukset", "Fri, 04 Dec 2026 14:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A line amount that disagrees with count × price (3 × 480 = 1 440, not 1 340): the "
                              "stated unit price and count stand; the mismatch is a clerk's check, no question.",
                              TOT, [request(cust("K-5005"), [line(ELY, "ET20", "3", "480", skip=NOP)], [], ELY)])


@case("s23_fi_ely_norwegian_customer_invoice_in_english")
def _s23():
    body = ("Hei,\n\nlaskutettava: Tromsfjord Marinlab AS (Norja). Lasku englanninkielisenä, kiitos.\n"
            "Tarkastuskäynti ET20, 1 kpl, 12.11.2026\nViitteenne: Ola Nordmann\n\n" + sig_ely("Mikko Halonen"))
    m = mail(MIKKO, "Lasku englanniksi – Tromsfjord", "Mon, 07 Dec 2026 09:20:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A Norwegian customer of a Finnish agency, invoice asked in English: EUR, the "
                              "register's customer.", IDS,
                              [request(cust("K-6001"), [line(ELY, "ET20", "1", ps="2026-11-12", skip=ND)], [], ELY,
                                       buyer="Ola Nordmann")])

