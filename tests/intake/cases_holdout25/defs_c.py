"""Twenty-fifth held-out set (written blind), part C: requests that must ask (missing count, new customer without
address, bad check digit, thousands shorthand, contradictory hours, no lines, unknown customer number) and the
other kinds of a month (payment advices, a credit request, an automatic reply, a question, a reply)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_yt, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    new_cust,
    pdf,
    text_att,
)

from .kit25 import (
    ASK,
    EUP,
    METSA,
    ND,
    OTHER,
    PESU,
    SATAMA,
    SKOLA,
    TAND,
    TOLK,
    case,
    cust,
    fi_mail,
    line,
    request,
    se_mail,
)
from .sigs import SIG_EUP, SIG_KONF, SIG_METSA, SIG_PESU, SIG_SATAMA, SIG_SKOLA, SIG_TAND, SIG_TOLK

NEW_SE_ORG = se_org("559188203")
BAD_YT = bad_check(fi_yt("2345619"))


@case("e28_fi_satama_crane_lifts_no_count")
def _e28() -> Any:
    body = ("Hei,\n\nMerikuljetus Laine Oy:n nosturinostot (SA30) marraskuulta laskutukseen. Nostoja oli "
            "useampi, lista on Jarilla.\n" + SIG_SATAMA)
    m = fi_mail("satama", "Nostot / Merikuljetus Laine", "Tue, 01 Dec 2026 07:50:00", body)
    return m, expect_requests("'useampi' is no count: the quantity is asked.", ASK, [
        request(cust("C-82003"), [line(SATAMA, "SA30", None, ps="2026-11-01", pe="2026-11-30", skip=ND)],
                ["lines[0].quantity"], SATAMA)])


@case("e29_sv_tand_new_company_no_address")
def _e29() -> Any:
    body = ("Hej,\n\nny kund: Bergviks Hemtjänst AB, org.nr " + NEW_SE_ORG + ". Tre munhälsobedömningar "
            "(FT10) den 1 december. E-post för faktura: ekonomi@bergvikshemtjanst.se\n" + SIG_TAND)
    m = se_mail("tand", "Ny kund – munhälsobedömning", "Thu, 03 Dec 2026 09:40:00", body)
    return m, expect_requests("New customer with a valid org number, only an e-mail: ask the address.", ASK, [
        request(new_cust("Bergviks Hemtjänst AB", NEW_SE_ORG, "SE", email="ekonomi@bergvikshemtjanst.se"),
                [line(TAND, "FT10", "3", ps="2026-12-01", skip=ND)], ["customer.address"], TAND)])


@case("e30_fi_metsa_bad_check_ytunnus")
def _e30() -> Any:
    body = ("Hei\n\nLaskutettava: Lapin Erätaidot Oy, Y-tunnus " + BAD_YT + "\nML10 pienriistalupa, 6 kpl, "
            "kausi 2026–2027 (1.8.2026–31.3.2027)\nOsoite: Erätie 14, 96400 Rovaniemi\n" + SIG_METSA)
    m = fi_mail("metsa", "Laskutus: Lapin Erätaidot", "Thu, 03 Dec 2026 13:15:00", body)
    return m, expect_requests("A Y-tunnus failing its check digit is no identifier; the name matches nobody: ask "
                              "the customer's identity.", ASK, [
        request(new_cust("Lapin Erätaidot Oy", None, None), [line(METSA, "ML10", "6", ps="2026-08-01",
                                                                    pe="2027-03-31", skip=ND)],
                ["customer.org_no"], METSA)])


@case("e31_en_eup_contribution_k_euro_shorthand")
def _e31() -> Any:
    body = ("Hi,\n\ncould you invoice Pohjanlahden Energiatoimisto Oy the partner contribution (BG20) for 2027? "
            "It's a fixed fee, 3 k€ according to the partnership agreement (I'll confirm the exact figure).\n"
            + SIG_EUP)
    m = fi_mail("eup", "Partner contribution 2027", "Mon, 07 Dec 2026 08:25:00", body)
    # A bare year ("for 2027") is a period the contract does not define (it names months): not checked.
    return m, expect_requests("'3 k€' is thousands shorthand: no price; 'fixed fee' gives quantity 1.", ASK, [
        request(cust("C-82008"), [line(EUP, "BG20", "1", price=None, skip=ND + ("period_start", "period_end"))],
                ["lines[0].unit_price"], EUP)])


@case("e32_fisv_skola_hours_disagree_body_csv")
def _e32() -> Any:
    csv = "Datum;Timmar;Kommentar\n03.11.2026;2;\n10.11.2026;4;\n17.11.2026;4;\n24.11.2026;4;\nSumma;14;\n"
    body = ("Hej,\n\nSjöviks Idrottsförening rf: gymnastiksalen (SK20) i november, totalt 12 timmar. "
            "Bokningslistan bifogas.\n" + SIG_SKOLA)
    m = fi_mail("skola", "Gymnastiksal IF november", "Tue, 01 Dec 2026 15:05:00", body,
                attachments=[text_att("bokningar_nov.csv", csv, "windows-1252")])
    # The body's total (12) and the attached list (sum 14) contradict each other: a careful clerk invoices neither
    # and asks for the hours. One line (the body's), the CSV being its support; quantity null and asked.
    return m, expect_requests("Body says 12 hours, the attached booking list sums to 14: the hours are asked.",
                              ASK, [
        request(cust("C-82006"), [line(SKOLA, "SK20", None, ps="2026-11-01", pe="2026-11-30", skip=ND)],
                ["lines[0].quantity"], SKOLA)])


@case("e33_sv_tolk_no_lines_yet")
def _e33() -> Any:
    body = ("Hej!\n\nMalmhav Bemanning AB (kundnr C-81001) ska faktureras för veckans tolkuppdrag. Underlaget "
            "med tider kommer från tolkarna i nästa vecka, men lägg gärna upp kunden redan nu.\n" + SIG_TOLK)
    m = se_mail("tolk", "Malmhav – kommande fakturering", "Fri, 04 Dec 2026 15:30:00", body)
    return m, expect_requests("A request without anything to invoice yet: ask the lines.", ASK, [
        request(cust("C-81001"), [], ["lines"], TOLK)])


@case("e34_fi_pesu_unknown_customer_number")
def _e34() -> Any:
    body = ("Hei,\n\nlaskuttakaa asiakasnumero 99123 pyykkipalvelu (PE10) 120 kg, lokakuu 2026.\n" + SIG_PESU)
    m = fi_mail("pesu", "Pyykki 10/2026", "Mon, 02 Nov 2026 10:00:00", body)
    unknown = {"name": None, "org_no": None, "vat_no": None, "customer_number": "99123", "email": None,
               "country": None}
    return m, expect_requests("A customer number not in the register identifies nobody: kept, and the identity "
                              "is asked.", ASK, [
        request(unknown, [line(PESU, "PE10", "120", ps="2026-10-01", pe="2026-10-31", skip=ND)],
                ["customer.org_no"], PESU)])


@case("e35_sv_konf_forwarded_payment_advice")
def _e35() -> Any:
    body = ("Hej, vidarebefordrar betalningsaviseringen vi fick från hotellet.\n" + SIG_KONF
            + "\n-----Ursprungligt meddelande-----\nFrån: Norrviks Hotell & Konferens AB <invoice@norrvikshotell.se>"
            "\nSkickat: den 30 november 2026 10:12\nÄmne: Betalningsavisering\n\nBETALNINGSAVISERING\n"
            "Betalare: Norrviks Hotell & Konferens AB, org.nr " + cust("C-81007")["org_no"] + "\n"
            "Betalningsdag: 2026-11-30\n\nFakturanr   OCR          Belopp\n"
            "1004512     202610457    20 000,00\n1004538     202610887     8 590,00\n"
            "Totalt betalt: 28 590,00 SEK\nTill bankgiro 5083-6621\n")
    m = se_mail("konf", "VB: Betalningsavisering", "Mon, 30 Nov 2026 11:00:00", body)
    return m, expect_advice("A payment advice forwarded inline; the agency's bankgiro is no amount.", OTHER,
                            {"name": "Norrviks Hotell & Konferens AB", "org_no": cust("C-81007")["org_no"]},
                            "2026-11-30", "28590.00", "SEK",
                            [("1004512", "202610457", "20000.00"), ("1004538", "202610887", "8590.00")])


@case("e36_fi_satama_pdf_maksuilmoitus_credit")
def _e36() -> Any:
    html = ("<h1>Maksuilmoitus</h1><p>Maksaja: Merikuljetus Laine Oy<br>Maksupäivä 4.12.2026</p><table>"
            "<tr><th>Lasku</th><th>Viite</th><th>Summa €</th></tr>"
            "<tr><td>900123</td><td>3300 4125</td><td>720,00</td></tr>"
            "<tr><td>900131</td><td>3300 4293</td><td>240,00</td></tr>"
            "<tr><td>900140 (hyvityslasku)</td><td></td><td>-120,00</td></tr>"
            "<tr><td colspan='2'>Yhteensä</td><td>840,00</td></tr></table>")
    m = fi_mail("satama", "VL: Maksuilmoitus Merikuljetus Laine", "Fri, 04 Dec 2026 14:00:00",
                "Hei, asiakkaan maksuilmoitus liitteenä tiedoksi.\n" + SIG_SATAMA,
                attachments=[pdf("maksuilmoitus_041226.pdf", html)])
    return m, expect_advice("A payment advice in a PDF; a credit note is deducted (negative, no reference).",
                            OTHER, {"name": "Merikuljetus Laine Oy", "org_no": None}, "2026-12-04", "840.00", "EUR",
                            [("900123", "33004125", "720.00"), ("900131", "33004293", "240.00"),
                             ("900140", None, "-120.00")])


@case("e37_sv_tand_credit_request")
def _e37() -> Any:
    body = ("Hej,\n\nvi behöver kreditera faktura 7004512 till Solgläntans Omsorg AB helt – fel antal besök "
            "(FT20 7 st skulle varit 5). Ny faktura skickar vi underlag för separat.\n" + SIG_TAND)
    m = se_mail("tand", "Kreditering faktura 7004512", "Wed, 02 Dec 2026 10:30:00", body)
    return m, expect_unknown("A credit of an issued invoice is no new invoice request: no requests.", OTHER)


@case("e38_fi_metsa_auto_reply_with_token")
def _e38() -> Any:
    body = ("Automaattinen vastaus\n\nOlen lomalla 14.12.2026 asti. Kiireellisissä asioissa ota yhteyttä "
            "asiakaspalveluun, puh. 020 639 4000.\n\nYstävällisin terveisin\nEräpalvelut\n")
    m = fi_mail("metsa", "Automaattinen vastaus: [REQ-8HT3P] Lisätietoja tarvitaan: laskutuspyyntö",
                "Mon, 07 Dec 2026 07:02:00", body,
                headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-8HT3P.1@palvelukeskus.fi>"})
    return m, expect_unknown("An automatic reply carrying a token is still unknown.", OTHER, token_checked=False)


@case("e39_en_eup_question_payment_status")
def _e39() -> Any:
    body = ("Hello,\n\na quick question: has Pohjanlahden Energiatoimisto Oy paid invoice 9001245 (conference "
            "registrations, 3 x 180 EUR)? Their finance team says it was paid on 20 November but we cannot see it "
            "in the project ledger.\n\nAlso, should partner invoices to Estonia carry VAT?\n" + SIG_EUP)
    m = fi_mail("eup", "Question: payment status invoice 9001245", "Thu, 03 Dec 2026 11:45:00", body)
    return m, expect_unknown("A question to the centre, not a request: the figures quoted are no lines.", OTHER)


@case("e40_sv_tolk_reply_translation_price")
def _e40() -> Any:
    body = ("Hej!\n\nPriset enligt offerten är 1 450 kr per sida.\n\n/Lina\n" + SIG_TOLK
            + "\nFrån: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 23 november 2026 14:10\n"
            "Till: Lina Sjöberg <lina.sjoberg@migrationsenheten.se>\nÄmne: [REQ-7KD2M] Komplettering behövs: "
            "fakturaunderlag Västerdals tingsrätt\n\nHej,\n\nvi har tagit emot ert fakturaunderlag men behöver "
            "följande innan fakturan kan skapas:\n\n1. À-pris för rad 1 \"Översättning, per sida\" "
            "(lines[0].unit_price)\n\nSvara på detta meddelande och behåll [REQ-7KD2M] i ämnesraden.\n\n"
            "Med vänlig hälsning\nKundfaktura, Servicecentret\n")
    m = se_mail("tolk_p", "SV: [REQ-7KD2M] Komplettering behövs: fakturaunderlag Västerdals tingsrätt",
                "Tue, 24 Nov 2026 08:05:00", body,
                headers={"In-Reply-To": "<REQ-7KD2M.1@servicecentret.se>",
                         "References": "<REQ-7KD2M.1@servicecentret.se>"})
    return m, expect_reply("Reply above an Outlook quote: the price per page for line 1.", OTHER, "REQ-7KD2M",
                           {"lines": [{"unit_price": "1450"}]})

