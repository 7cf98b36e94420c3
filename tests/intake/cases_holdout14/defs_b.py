"""Fourteenth held-out set (written blind), part B: odd spaces and emoji, substitutes, requests mixed with chat,
'same as last time', a mail sent twice, payment advices typed as sentences, approximate values, bad and new
identities, a credit ask, an auto-reply, two customers in one line and a private person."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import CENTRE_FI, expect_advice, expect_requests, expect_unknown, mail, new_cust

from .kit14 import ANNA, FRIDA, JONAS, KF, LIISA, LS, MIKKO, ND, SIG_ANNA, SIG_LIISA, case, cust, line, request

D = "Mon, 07 Dec 2026 {} +0100"
DF = "Mon, 07 Dec 2026 {} +0200"
IPH = "\n\nSkickat från min iPhone\n"
SPACE, SUB, MIX, SAME, TWICE, ADV, ASK, OTHER = ("10-odd-spaces", "11-substitute", "12-mixed-chat",
                                                 "13-same-as-last", "14-sent-twice", "15-advice-sentence",
                                                 "16-must-ask", "17-not-a-request")


@case("b21_sv_nbsp_thin_space_amounts")
def _b21():
    body = ("Piteå Bageri AB\nU900 Utlägg provfrakt 1 st 1\u00a0245,50 kr\nT300 2\u2009tim à 1\u202f100 kr\n"
            "\n/Frida\n")
    m = mail(FRIDA, "Piteå bageri frakt+tid", D.format("09:01:00"), body)
    return m, expect_requests("Non-breaking, thin and narrow no-break spaces inside numbers.", SPACE,
                              [request(cust("K-7007"), [line(LS, "U900", "1", "1245.50", skip=ND),
                                                        line(LS, "T300", "2", "1100", skip=ND)], [], LS)])


@case("b22_fi_smart_quotes_emoji")
def _b22():
    body = ("Moi! 😊 Laskutetaan ”Savon Leipomo Oy” – K40 koulutuspäivä 5 osallistujaa 🙏 hinta 290 €/hlö, "
            "koulutus oli 2.12.\n-Liisa\n")
    m = mail(LIISA, "koulutus 🎓", DF.format("10:00:00"), body, to=CENTRE_FI)
    return m, expect_requests("Smart quotes around the name, emoji, an en dash.", SPACE,
                              [request(cust("K-8004"), [line(KF, "K40", "5", "290", ps="2026-12-02", skip=ND)], [],
                                       KF)])


@case("b23_sv_substitute_pa_uppdrag_av")
def _b23():
    body = ("Hej,\n\npå uppdrag av Jonas Berg (föräldraledig v. 49–52): fakturera Kiruna Fastigheter AB 1 st A130 "
            "asbestanalys. Er ref: Maja Nilsson.\n\nFrida Ek\nför Jonas Berg\nTel 0920-45 67 12\n")
    m = mail(FRIDA, "Asbest Kiruna (för Jonas)", D.format("09:05:00"), body)
    return m, expect_requests("A substitute writing for a colleague; week numbers are no quantities.", SUB,
                              [request(cust("K-7004"), [line(LS, "A130", "1", skip=ND)], [], LS,
                                       buyer="Maja Nilsson")])


@case("b24_fi_sijaisena_case_ending")
def _b24():
    body = ("Mikko Virtasen sijaisena: laskuttakaa Joensuun Vesi Oy:tä L70 mittarin vuokra 7 vrk "
            "23.–29.11.2026, tilausnumero JV-2026-88.\n\n" + SIG_LIISA)
    m = mail(LIISA, "Mittarin vuokra Joensuu", DF.format("10:02:00"), body, to=CENTRE_FI)
    return m, expect_requests("'sijaisena' substitute; 'Oy:tä' case ending; a rental period.", SUB,
                              [request(cust("K-8002"), [line(KF, "L70", "7", ps="2026-11-23", pe="2026-11-29",
                                                             skip=ND)], [], KF, order="JV-2026-88")])


@case("b25_sv_request_mixed_with_lunch")
def _b25():
    body = ("Hej Eva!\n\nLunch på torsdag kl 12 – vi blir 4 st, bokar du bord på Hemma? Mötet flyttat till rum 3 "
            "kl 14.\n\nFörresten, kan ni fakturera Skellefteå Camping HB för 2 st 20 analys bas.\n\nMvh Jonas\n")
    m = mail(JONAS, "torsdag + en faktura", D.format("09:07:00"), body)
    return m, expect_requests("Lunch for '4 st' and a room number around the real request.", MIX,
                              [request(cust("K-7006"), [line(LS, "20", "2", skip=ND)], [], LS)])


@case("b26_fi_request_mixed_with_meeting")
def _b26():
    body = ("Moi,\n\npalaveri siirtyy klo 10 → 11, huone 2.14, otan kahvit 6 hengelle.\n\nJa sitten: "
            "Kuopion Kiinteistöt Oy, A50 asiantuntijatunnit 3 h, työ tehty 30.11.\n\n-Mikko\n")
    m = mail(MIKKO, "palaveri + lasku", DF.format("10:05:00"), body, to=CENTRE_FI)
    return m, expect_requests("A meeting note around a one-line request.", MIX,
                              [request(cust("K-8003"), [line(KF, "A50", "3", ps="2026-11-30", skip=ND)], [], KF)])


@case("b27_sv_same_as_last_time_asks_lines")
def _b27():
    body = "samma som förra gången för Gällivare Golv 🙏" + IPH
    m = mail(ANNA, "gällivare", D.format("09:10:00"), body)
    return m, expect_requests("'Same as last time' names the customer and nothing to invoice: ask the lines.", SAME,
                              [request(cust("K-7008"), [], ["lines"], LS)])


@case("b28_fi_same_as_last_time_asks_lines")
def _b28():
    body = "Sama kuin viime kerralla Savon Leipomo Oy:lle, kiitos!\n-Liisa\n"
    m = mail(LIISA, "Savon Leipomo", DF.format("10:07:00"), body, to=CENTRE_FI)
    return m, expect_requests("'Sama kuin viime kerralla' with a customer and nothing to invoice.", SAME,
                              [request(cust("K-8004"), [], ["lines"], KF)])


_TWICE = "Byggservice i Luleå AB, 1 st F600 fältdag 4/12.\n\n" + SIG_ANNA


def _twice_exp(note: str) -> Any:
    return expect_requests(note, TWICE, [request(cust("K-7001"), [line(LS, "F600", "1", ps="2026-12-04", skip=ND)],
                                                 [], LS)])


@case("b29_sv_sent_twice_first")
def _b29():
    return (mail(ANNA, "Fältdag Luleå", D.format("09:12:00"), _TWICE),
            _twice_exp("A mail sent twice with different subjects, first copy."))


@case("b30_sv_sent_twice_second")
def _b30():
    return (mail(ANNA, "Fältdag Byggservice (skickar igen, fick felmeddelande)", D.format("09:14:00"), _TWICE),
            _twice_exp("The same mail again under another subject: still one full request (duplicates are the "
                       "store's job)."))


@case("b31_sv_advice_sentence_phone")
def _b31():
    body = "kunden 3 Kök ringde, dom har betalat faktura 26004512 med 4 250 kr igår" + IPH
    m = mail(ANNA, "betalning 3 kök", D.format("09:20:00"), body)
    return m, expect_advice("A payment advice typed as one sentence; 'igår' is the day before the mail.", ADV,
                            {"name": "3 Kök", "org_no": None}, "2026-12-06", "4250", "SEK",
                            [("26004512", None, "4250")])


@case("b32_fi_advice_sentence_two_invoices")
def _b32():
    body = ("Joensuun Vesi maksoi eilen laskut 71187 (812,40 €) ja 71190 (500,00 €), yht. 1 312,40 €.\n-Liisa\n")
    m = mail(LIISA, "maksu Joensuun Vesi", DF.format("10:10:00"), body, to=CENTRE_FI)
    return m, expect_advice("A Finnish payment sentence with two invoices and a total.", ADV,
                            {"name": "Joensuun Vesi", "org_no": None}, "2026-12-06", "1312.40", "EUR",
                            [("71187", None, "812.40"), ("71190", None, "500.00")])


@case("b33_en_advice_sentence_rf_reference")
def _b33():
    body = "Piteå Bageri paid today with ref RF18 5390 0754 7034, SEK 2,400.00. Jonas" + IPH
    m = mail(JONAS, "payment piteå", D.format("09:25:00"), body)
    return m, expect_advice("An English payment sentence with an RF reference in groups.", ADV,
                            {"name": "Piteå Bageri", "org_no": None}, "2026-12-07", "2400.00", "SEK",
                            [(None, "RF18539007547034", "2400.00")])


@case("b34_sv_approx_hours_and_price_asks")
def _b34():
    body = "fakt haparanda hamn T310 jour ca 6 tim natten 28/11, pris runt 1500/tim tror jag" + IPH
    m = mail(FRIDA, "jour haparanda", D.format("09:30:00"), body)
    return m, expect_requests("Approximate hours and price: neither is taken; T310 has no register price.", ASK,
                              [request(cust("K-7009"), [line(LS, "T310", None, None, ps="2026-11-28", skip=ND)],
                                       ["lines[0].quantity", "lines[0].unit_price"], LS)])


@case("b35_sv_new_customer_bad_check_digit")
def _b35():
    body = ("ny kund: Luleå Takvård AB orgnr 556123-4568, Storgatan 5, 972 31 Luleå. 2 st A110.\n/Jonas" + IPH)
    m = mail(JONAS, "ny kund takvård", D.format("09:35:00"), body)
    return m, expect_requests("A typed organisation number with a wrong check digit is no identifier: ask.", ASK,
                              [request(new_cust("Luleå Takvård AB", None, None),
                                       [line(LS, "A110", "2", skip=ND)], ["customer.org_no"], LS)])


@case("b36_sv_new_customer_no_address")
def _b36():
    body = "ny kund Boden Smide AB 556777-0002, 1 st provtagning art 10, gjord 3/12. adress kommer\n/Anna" + IPH
    m = mail(ANNA, "boden smide", D.format("09:40:00"), body)
    return m, expect_requests("A valid new organisation number without a postal or e-invoice address.", ASK,
                              [request(new_cust("Boden Smide AB", "556777-0002", "SE"),
                                       [line(LS, "10", "1", ps="2026-12-03", skip=ND)], ["customer.address"], LS)])


@case("b37_sv_credit_request_phone")
def _b37():
    body = "kreditera faktura 26004398 till byggservice i umeå, fel antal (skulle va 2 st inte 3)" + IPH
    m = mail(FRIDA, "kredit", D.format("09:45:00"), body)
    return m, expect_unknown("A credit of an issued invoice: never requests.", OTHER)


@case("b38_sv_out_of_office_with_numbers")
def _b38():
    body = ("Automatiskt svar: Jag är ledig t.o.m. 14/12. Brådskande fakturor: ring 0920-45 67 00 "
            "eller mejla jonas.berg@regionlabbet.se.\n\nAnna Lind\n")
    m = mail(ANNA, "Automatiskt svar: Fakturering vecka 49", D.format("09:50:00"), body,
             headers={"Auto-Submitted": "auto-replied"})
    return m, expect_unknown("An out-of-office reply.", OTHER)


@case("b39_fi_two_customers_one_line")
def _b39():
    body = "jakobstads trävaru: 2 kpl V20 / kuopion kiinteistöt: 1 kpl R60. kiitos!\n\n" + SIG_LIISA
    m = mail(LIISA, "kaksi laskua", DF.format("10:20:00"), body, to=CENTRE_FI)
    return m, expect_requests("Two customers in one line separated by a slash.", MIX,
                              [request(cust("K-8001"), [line(KF, "V20", "2", skip=ND)], [], KF),
                               request(cust("K-8003"), [line(KF, "R60", "1", skip=ND)], [], KF)])


@case("b40_sv_private_person_ten_digit_number")
def _b40():
    body = ("fakturera Lars Öberg 800412-1235, en radonmätning A120 hemma hos honom 1/12\n\n" + SIG_ANNA)
    m = mail(ANNA, "radon privatperson", D.format("09:55:00"), body)
    return m, expect_requests("A private person by a ten-digit personal number; 'en' is the count.", OTHER,
                              [request(cust("K-7010"), [line(LS, "A120", "1", ps="2026-12-01", skip=ND)], [],
                                       LS)])
