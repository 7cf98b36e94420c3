"""Twenty-second held-out set (written blind), part C: hurried mail that must ask (no price, no count, an
ambiguous or unknown customer, a new customer without address, a bad check digit, 'tkr' and 'noin', a count that
contradicts itself, no lines at all) and mail of other kinds (a forwarded payment advice and a maksuilmoitus, an
out-of-office reply, a status question, a credit request, a one-word reply to the centre's question quoted below)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, fi_yt, se_ocr
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
)

from .kit22 import (
    AMK,
    ASK,
    CENTRE_FI,
    CENTRE_SE,
    DOM,
    FI_DATE,
    FISKE,
    IPHONE_FI,
    IPHONE_SV,
    MUSEUM,
    ND,
    OTHER,
    PELA,
    SE_DATE,
    SKAR,
    W,
    case,
    cust,
    line,
    org,
    request,
)

IPH = {"X-Mailer": "iPhone Mail (22B91)"}
SIG_SV = "\n\nmvh\n{n}\n{t}\nOrg.nr {o}\n"
SIG_FI = "\n\nt. {n}\n{t}\nY-tunnus {o}\n"


def _se(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


def _fi(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("g24_sv_museum_antiquarian_no_price")
def _g24() -> Any:
    m = _se("museum", "antikv medverkan älvkraft", "Tue, 01 Dec 2026 10:02:00",
            "antikvarisk medverkan LM90 Älvkraft AB 6 tim okt, bygglovsärendet kraftstationen" + IPHONE_SV,
            headers=IPH)
    return m, expect_requests("Article without a register price and no price in the mail; 'okt' = October of "
                              "the mail's year.", ASK, [
        request(cust("G-107"), [line(MUSEUM, "LM90", "6", ps="2026-10-01", pe="2026-10-31", skip=ND)],
                ["lines[0].unit_price"], MUSEUM)])


@case("g25_sv_fiske_name_in_both_countries")
def _g25() -> Any:
    m = _se("fiske", "elfiske havsbris", "Wed, 02 Dec 2026 12:12:12",
            "elfiske FE20 4 tim 18/11 åt Havsbris Konsult, deras ref Per Wik\n/J" + IPHONE_SV, headers=IPH)
    return m, expect_requests("'Havsbris Konsult' matches the AB and the Oy: no identity, ask.", ASK, [
        request(new_cust("Havsbris Konsult", None, None), [line(FISKE, "FE20", "4", ps="2026-11-18", skip=ND)],
                ["customer.org_no"], FISKE, buyer="Per Wik")])


@case("g26_sv_dom_new_customer_email_only")
def _g26() -> Any:
    body = ("Hej, kopior TR10 12 sidor till Juristbyrån Norrsken AB 559410-0025, mejla fakturan till "
            "ekonomi@norrsken.se\nLena" + SIG_SV.format(n="Lena Åberg", t="Norrviks tingsrätt", o=org(DOM)))
    m = _se("dom", "kopior norrsken", "Thu, 03 Dec 2026 10:40:00", body)
    return m, expect_requests("New company with a valid org no and only an e-mail address: ask the address.", ASK, [
        request(new_cust("Juristbyrån Norrsken AB", "559410-0025", "SE", email="ekonomi@norrsken.se"),
                [line(DOM, "TR10", "12", skip=ND)], ["customer.address"], DOM)])


@case("g27_sv_museum_tours_without_count")
def _g27() -> Any:
    m = _se("museum", "guidningar norrsundsposten", "Wed, 02 Dec 2026 08:30:00",
            "kan ni fakturera Norrsundsposten AB för guidade visningar LM10 i november. tack\nK" + IPHONE_SV,
            headers=IPH)
    return m, expect_requests("Plural 'visningar' without a count: quantity asked, price from the register.",
                              ASK, [
        request(cust("G-105"), [line(MUSEUM, "LM10", None, ps="2026-11-01", pe="2026-11-30", skip=ND)],
                ["lines[0].quantity"], MUSEUM)])


@case("g28_sv_fiske_fixed_price_in_tkr")
def _g28() -> Any:
    m = _se("fiske", "fiskevårdsutredning bergvik", "Fri, 04 Dec 2026 15:05:00",
            "utredning fiskevård FE90 Bergviks Fiske & Turism AB, fast pris 18 tkr enl offerten\nJohan"
            + SIG_SV.format(n="Johan Brandt", t="Länsstyrelsen i Kustlanda län", o=org(FISKE)))
    return m, expect_requests("'fast pris' gives quantity 1, but '18 tkr' is thousands shorthand: price asked.",
                              ASK, [
        request(cust("G-103"), [line(FISKE, "FE90", "1", price=None, skip=ND)], ["lines[0].unit_price"], FISKE)])


@case("g29_fi_pela_custom_training_approx_price")
def _g29() -> Any:
    m = _fi("pela", "koulutus savon tm", "Thu, 03 Dec 2026 18:20:00",
            "räätälöity turvallisuuskoulutus PL90 Savon Teollisuusmaalaus Oy, 1 kpl, hinta noin 800 € 3.12."
            + IPHONE_FI, headers=IPH)
    return m, expect_requests("'noin 800 €' is approximate: price null and asked (the article has none).", ASK, [
        request(cust("G-202"), [line(PELA, "PL90", "1", price=None, ps="2026-12-03", skip=ND)],
                ["lines[0].unit_price"], PELA)])


@case("g30_fi_amk_hours_contradict_themselves")
def _g30() -> Any:
    # Contract silent on a count stated twice with two values in one mail. A careful clerk invoices neither 8
    # nor 6 hours: quantity null and asked (never invoice a guess).
    body = ("AK10 Pohjanmaan Koneistus Oy 8 h 10.11.\n(eli yhteensä 6 tuntia kuten sovittiin)"
            + SIG_FI.format(n="Sanna", t="Pohjanrannan AMK", o=org(AMK)))
    m = _fi("amk", "labra 10.11.", "Mon, 30 Nov 2026 11:11:00", body)
    return m, expect_requests("8 h on the line, 'yhteensä 6 tuntia' below it: contradictory, ask.", ASK, [
        request(cust("G-204"), [line(AMK, "AK10", None, ps="2026-11-10", skip=ND)], ["lines[0].quantity"], AMK)])


@case("g31_fi_pela_private_person_name_only")
def _g31() -> Any:
    m = _fi("pela", "palotarkastus lappalainen", "Thu, 03 Dec 2026 15:00:00",
            "palotarkastus omakotitalo Marko Lappalainen, Kuopio, PL10 1 h 3.12." + IPHONE_FI, headers=IPH)
    return m, expect_requests("A private person not in the register, by name only: ask for the identity.", ASK, [
        request(new_cust("Marko Lappalainen", None, None), [line(PELA, "PL10", "1", ps="2026-12-03", skip=ND)],
                ["customer.org_no"], PELA)])


@case("g32_fi_amk_bad_check_digit")
def _g32() -> Any:
    body = ("tilavuokra AK30 4 h 27.11. Vaasan Robotiikka Oy, y-tunnus " + bad_check(fi_yt("2345678"))
            + ", Tehtaantie 2, 65100 Vaasa" + SIG_FI.format(n="Sanna", t="Pohjanrannan AMK", o=org(AMK)))
    m = _fi("amk", "tilavuokra", "Fri, 27 Nov 2026 16:16:00", body)
    return m, expect_requests("Y-tunnus failing its check digit is no identifier; the name is not in the "
                              "register: ask.", ASK, [
        request(new_cust("Vaasan Robotiikka Oy", None, None), [line(AMK, "AK30", "4", ps="2026-11-27", skip=ND)],
                ["customer.org_no"], AMK)])


@case("g33_fisv_skar_no_lines_yet")
def _g33() -> Any:
    m = _fi("skar", "fiskodlingen", "Fri, 04 Dec 2026 16:59:00",
            "hej kan ni fakturera Ålands Fiskodling Ab för det vi pratade om, jag skickar uppgifterna sen"
            + IPHONE_SV, headers=IPH)
    return m, expect_requests("Customer known, nothing to invoice written yet: ask for the lines.", ASK, [
        request(cust("G-207"), [], ["lines"], SKAR)])


@case("g34_fisv_skar_new_company_no_address")
def _g34() -> Any:
    yt = fi_yt("2812345")
    m = _fi("skar", "båtplats eckerö", "Mon, 07 Dec 2026 07:45:00",
            "Båtplats SK40 1 säsong åt Eckerö Båtservice Ab FO " + yt + "\n/Annika" + IPHONE_SV, headers=IPH)
    return m, expect_requests("New company with a valid FO-nummer but no address: ask the address.", ASK, [
        request(new_cust("Eckerö Båtservice Ab", yt, "FI"), [line(SKAR, "SK40", "1", skip=ND)],
                ["customer.address"], SKAR)])


@case("g35_sv_museum_forwarded_payment_advice")
def _g35() -> Any:
    body = ("fwd, hembygdsföreningen har betalat /K\n\n---------- Vidarebefordrat meddelande ---------\n"
            "Från: Kassören <kassor@norrsundshembygd.se>\nDatum: 1 dec. 2026 19:02\nÄmne: Betalning\n\n"
            "Betalningsavisering\nBetalare: Norrsunds Hembygdsförening\nBetalningsdag: 2026-12-01\n"
            "Faktura 26-10877  OCR " + se_ocr("2610877") + "  1 200,00\n"
            "Faktura 26-10912  OCR " + se_ocr("2610912") + "    850,00\n"
            "Totalt: 2 050,00 SEK\n" + IPHONE_SV.rstrip() + "\n\n--\nKarin Vestberg\nStiftelsen Norrsunds länsmuseum\n"
            "Org.nr " + org(MUSEUM) + " | Bankgiro 5104-3321\n")
    m = _se("museum", "Fwd: Betalning", "Wed, 02 Dec 2026 07:15:00", body, headers=IPH)
    return m, expect_advice("A customer's payment advice forwarded in one line; the museum's org no and "
                            "bankgiro are not the payer's.", OTHER, {"name": "Norrsunds Hembygdsförening",
                                                                      "org_no": None},
                            "2026-12-01", "2050.00", "SEK",
                            [("26-10877", se_ocr("2610877"), "1200.00"), ("26-10912", se_ocr("2610912"), "850.00")])


@case("g36_sv_dom_out_of_office")
def _g36() -> Any:
    body = ("<html><body><p>Hej!</p><p>Jag är ledig t.o.m. 14/12 och läser inte min e-post. Brådskande ärenden: "
            "registrator@dom-norrvik.se eller växeln 0660-29 60 00.</p><p>Lena Åberg<br>Norrviks tingsrätt</p>"
            "</body></html>")
    m = mail(W["dom"], "Automatiskt svar: [REQ-9KD2A] Komplettering behövs: kopior Juristbyrån Norrsken AB",
         f"Mon, 07 Dec 2026 08:01:00 {SE_DATE}", html=body, to=CENTRE_SE,
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                  "In-Reply-To": "<REQ-9KD2A.1@servicecentret.se>"})
    return m, expect_unknown("Out-of-office reply to a question mail: unknown even with a token.", OTHER)


@case("g37_sv_fiske_status_question")
def _g37() -> Any:
    m = _se("fiske", "bergvik?", "Mon, 07 Dec 2026 09:47:00",
            "hej har fakturan till bergvik för fisketillståndet gått iväg? de ringde o frågade\n/J" + IPHONE_SV,
            headers=IPH)
    return m, expect_unknown("A question about an issued invoice, no new invoice asked for.", OTHER)


@case("g38_fi_pela_credit_request")
def _g38() -> Any:
    m = _fi("pela", "hyvitys 26-04412", "Fri, 04 Dec 2026 08:05:00",
            "hyvittäkää lasku 26-04412 kokonaan, väärä asiakas (piti olla As Oy Järvenrinne). uusi pyyntö tulee "
            "erikseen\n-Petri" + IPHONE_FI, headers=IPH)
    return m, expect_unknown("A credit request mentioning the right customer: no new request.", OTHER)


@case("g39_fi_amk_reply_above_quoted_question")
def _g39() -> Any:
    body = ("6 h\n\nLähetetty iPhonesta\n\n"
            "> 1.12.2026 kello 15.02 Myyntilaskutus <myyntilaskutus@palvelukeskus.fi> kirjoitti:\n>\n> Hei,\n>\n"
            "> tarvitsemme seuraavat tiedot ennen kuin lasku voidaan muodostaa:\n>\n"
            "> 1. Rivin 1 \"Laboratoriopalvelu, tunti\" määrä (lines[0].quantity)\n>\n"
            "> Vastaa tähän viestiin ja säilytä [REQ-7QM3D] otsikossa.\n>\n> Pyyntö lyhyesti:\n"
            "> Asiakas: Pohjanmaan Koneistus Oy\n> Rivi 1: AK10 Laboratoriopalvelu, tunti – ? h à 120,00 €\n>\n"
            "> Ystävällisin terveisin\n> Myyntilaskutus, Palvelukeskus\n")
    m = _fi("amk", "Re: [REQ-7QM3D] Täydennystä tarvitaan: Pohjanmaan Koneistus Oy", "Wed, 02 Dec 2026 07:31:00",
            body, headers={**IPH, "In-Reply-To": "<REQ-7QM3D.1@palvelukeskus.fi>",
                           "References": "<REQ-7QM3D.1@palvelukeskus.fi>"})
    return m, expect_reply("A two-character answer above an iPhone-quoted question; the quoted price is no "
                           "answer.", OTHER, "REQ-7QM3D", {"lines": [{"quantity": "6"}]})


@case("g40_fi_pela_forwarded_maksuilmoitus")
def _g40() -> Any:
    r1, r2 = fi_ref("2603981"), fi_ref("2604010")
    body = ("tiedoksi\n\n-------- Välitetty viesti --------\nLähettäjä: isannointi@jarvenrinne.fi\n"
            "Päivämäärä: 30.11.2026\nAihe: maksuilmoitus\n\nMAKSUILMOITUS\nMaksaja: Asunto Oy Järvenrinne, "
            "Y-tunnus " + cust("G-203")["org_no"] + "\nMaksupäivä: 30.11.2026\n"
            "Lasku 26-03981  viite " + r1[:4] + " " + r1[4:] + "  630,00 €\n"
            "Lasku 26-04010  viite " + r2[:4] + " " + r2[4:] + "  750,00 €\nYhteensä 1 380,00 €\n"
            "\nLaskutus\nJärvi-Savon pelastuslaitos\nY-tunnus " + org(PELA) + "\n")
    m = _fi("pela_lask", "VL: maksuilmoitus", "Tue, 01 Dec 2026 09:00:00", body)
    return m, expect_advice("Forwarded maksuilmoitus; references printed with a space.", OTHER,
                            {"name": "Asunto Oy Järvenrinne", "org_no": cust("G-203")["org_no"]}, "2026-11-30",
                            "1380.00", "EUR", [("26-03981", r1, "630.00"), ("26-04010", r2, "750.00")])
