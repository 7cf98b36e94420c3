"""Nineteenth held-out set (written blind), part C: ten requests that must ask (hours 'enligt tidrapport' with no
report, an article without a price 'hinta sovitaan', 'pris enligt offert', an ambiguous name, a new customer
without an address, a bad check digit, 'cirka', a new private person by name only, a monthly delivery without a
quantity, no lines yet) and six of other kinds (a payment advice in Swedish and an English remittance advice, a
credit request, an auto-reply with a token, a status question, a request withdrawn later in the same thread)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, se_ocr, se_org
from tests.intake.cases.mailkit import expect_advice, expect_requests, expect_unknown, mail, new_cust, pdf

from .defs_a import SIG_MET, SIG_SKOG, SIG_SOC, SIG_VATTEN
from .defs_b import SIG_ELY, SIG_HAMN, SIG_LAB, SIG_SPRAK
from .kit19 import (
    ASK,
    CENTRE_FI,
    ELY,
    HAMN,
    LAB,
    MET,
    MUS,
    ND,
    OTHER,
    SKOG,
    SOC,
    VATTEN,
    W,
    case,
    cust,
    line,
    no_refs,
    org,
    request,
)


@case("a25_sv_soc_hours_per_time_report_missing")
def _a25() -> Any:
    body = ("Hej,\n\nJohan Ek (790203-1579) ska faktureras hemtjänst SO10 för november 2026, antal timmar enligt "
            "tidrapport från utföraren.\n" + SIG_SOC)
    m = mail(W["soc"], "Hemtjänst nov Johan Ek", "Wed, 02 Dec 2026 10:20:00 +0100", body)
    return m, expect_requests("Hours 'enligt tidrapport' but no report attached: the quantity must be asked.", ASK,
                              [request(cust("K-3004"), [line(SOC, "SO10", None, ps="2026-11-01", pe="2026-11-30",
                                                             skip=ND)], ["lines[0].quantity"], SOC)])


@case("a26_fi_lab_special_test_price_agreed_separately")
def _a26() -> Any:
    body = ("Hei,\n\nasiakas: Järvisuon kaupunki. Laskutetaan 2 kpl erikoistutkimusta (LA90, geenipaneeli), näytteet "
            "analysoitu 12.11.2026. Hinta sovitaan erikseen Yhtyneiden laboratorioiden kanssa, ilmoitan sen "
            "myöhemmin.\n" + SIG_LAB)
    m = mail(W["lab_sirpa"], "Erikoistutkimukset / Järvisuon kaupunki", "Fri, 13 Nov 2026 11:00:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_requests("An article without a register price and no price written: the price is asked.", ASK,
                              [request(cust("K-4001"), [line(LAB, "LA90", "2", None, ps="2026-11-12", skip=ND)],
                                       ["lines[0].unit_price"], LAB)])


@case("a27_sv_mus_special_order_price_per_offer")
def _a27() -> Any:
    body = ("Hej,\n\nspecialbeställningen till Region Mittland (M90, 1 st inramat tryck i storformat) är "
            "levererad 2026-11-26. Pris enligt offert – jag letar fram den.\n\nMuseibutiken, Regionmuseet Nord\n")
    m = mail(W["mus"], "Specialbeställning Region Mittland", "Fri, 27 Nov 2026 14:45:00 +0100", body)
    return m, expect_requests("'Pris enligt offert' without the offer, for an article without a price: asked.",
                              ASK, [request(cust("K-3002"), [line(MUS, "M90", "1", None, ps="2026-11-26", skip=ND)],
                                            ["lines[0].unit_price"], MUS)])


@case("a28_fi_ely_ambiguous_name_se_and_fi")
def _a28() -> Any:
    body = ("Hei,\n\nlaskutetaan Norrskog Data: E30 asiantuntijatyö 6 h (kalakantojen paikkatietoaineisto), "
            "lokakuu 2026.\n" + SIG_ELY)
    m = mail(W["ely"], "Laskutus Norrskog Data", "Mon, 02 Nov 2026 12:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Norrskog Data' matches both the AB and the Oy: no customer identity.", ASK,
                              [request(new_cust("Norrskog Data", None, None),
                                       [line(ELY, "E30", "6", ps="2026-10-01", pe="2026-10-31", skip=ND)],
                                       ["customer.org_no"], ELY)])


@case("a29_sv_vatten_new_customer_without_address")
def _a29() -> Any:
    o = se_org("802534761")
    body = ("Hej,\n\nny kund: Stensjöns fiskevårdsområdesförening, org.nr " + o + ". Handläggning av "
            "anmälan om vattenverksamhet, V30, 4 timmar (oktober 2026). Kontakt: ordforande@stensjon.se\n"
            + SIG_VATTEN)
    m = mail(W["vatten"], "Ny kund – handläggning", "Tue, 03 Nov 2026 13:00:00 +0100", body)
    return m, expect_requests("A new customer with a valid org number and only an e-mail: the address is asked.",
                              ASK, [request(new_cust("Stensjöns fiskevårdsområdesförening", o, "SE"),
                                            [line(VATTEN, "V30", "4", ps="2026-10-01", pe="2026-10-31", skip=ND)],
                                            ["customer.address"], VATTEN)])


@case("a30_fisv_hamn_extra_service_cirka")
def _a30() -> Any:
    body = ("Hej,\n\nkund: Mälarhamnens Sjöfart AB. Till deras anlöp 18.11.2026 kommer en tilläggstjänst (H90, "
            "isbrytningsassistans vid kaj), 1 st, cirka 600 €. Exakt belopp när bogserbolaget fakturerat oss.\n\n"
            "Hamnavgiften H10, 1 anlöp, samma dag.\n" + SIG_HAMN)
    m = mail(W["hamn_jonas"], "Anlöp 18.11 Mälarhamnens Sjöfart", "Thu, 19 Nov 2026 16:20:00 +0200", body,
             to=CENTRE_FI)
    d: dict[str, Any] = {"ps": "2026-11-18", "skip": ND}
    return m, expect_requests("'cirka 600 €' for an article without a price: not taken, asked; the call fee goes "
                              "through.", ASK,
                              [request(cust("K-3007"), [line(HAMN, "H90", "1", None, **d), line(HAMN, "H10", "1", **d)],
                                       ["lines[0].unit_price"], HAMN)])


@case("a31_sv_skog_bad_check_digit_new_name")
def _a31() -> Any:
    bad = bad_check(se_org("556771093"))
    body = ("Hej!\n\nFakturera Ljusnedalens Skogsägare AB, org.nr " + bad + ", för rådgivning G30 3 timmar "
            "den 12 november.\nAdress: Byvägen 4, 840 95 Funäsdalen\n" + SIG_SKOG)
    m = mail(W["skog"], "Rådgivning Ljusnedalen", "Fri, 13 Nov 2026 08:50:00 +0100", body)
    return m, expect_requests("An org number with a bad check digit is no identifier; the name is not in the "
                              "register: only customer.org_no is asked.", ASK,
                              [request(new_cust("Ljusnedalens Skogsägare AB", None, None),
                                       [line(SKOG, "G30", "3", ps="2026-11-12", skip=ND)], ["customer.org_no"],
                                       SKOG)])


@case("a32_fi_lab_new_private_person_name_only")
def _a32() -> Any:
    body = ("Hei,\n\nyksityisasiakkaan näytteenotto kotikäyntinä LA30, 1 kpl, 24.11.2026.\nAsiakas: Matti "
            "Korhonen, Rantakatu 9 B 12, 70100 Kuopio. Henkilötunnus puuttuu lähetteestä.\n" + SIG_LAB)
    m = mail(W["lab"], "Yksityisasiakas Korhonen", "Wed, 25 Nov 2026 10:10:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A new private person by name and address only, no henkilötunnus: identity asked.",
                              ASK, [request(new_cust("Matti Korhonen", None, None),
                                            [line(LAB, "LA30", "1", ps="2026-11-24", skip=ND)], ["customer.org_no"],
                                            LAB)])


@case("a33_en_met_monthly_delivery_no_quantity")
def _a33() -> Any:
    body = ("Hi,\n\ncould you invoice Norrvik Energi AB for the wind data deliveries (K10) as usual? Their "
            "contract was extended in October, so please check how many months are due.\n" + SIG_MET)
    m = mail(W["met"], "Norrvik data deliveries", "Mon, 07 Dec 2026 08:00:00 +0100", body)
    return m, expect_requests("'As usual' with the number of months left open: the quantity is asked.", ASK,
                              [no_refs(request(cust("K-3001"), [line(MET, "K10", None, skip=("description",
                                                                                             "period_start",
                                                                                             "period_end"))],
                                               ["lines[0].quantity"], MET))])


@case("a34_fi_ely_customer_but_no_lines_yet")
def _a34() -> Any:
    body = ("Hei,\n\ntuleva lasku Kalastajaseura Ahven ry:lle. Laskutettavat rivit lähetän huomenna, kun "
            "kenttäraportti on valmis – avatkaa asiakkaalle pyyntö jo nyt.\n" + SIG_ELY)
    m = mail(W["ely"], "Tuleva lasku Ahven ry", "Thu, 26 Nov 2026 15:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A customer but no line at all: 'lines' is asked.", ASK,
                              [no_refs(request(cust("K-4007"), [], ["lines"], ELY))])


@case("o35_sv_vatten_payment_advice_forwarded")
def _o35() -> Any:
    o1, o2 = se_ocr("6201445"), se_ocr("6201512")
    body = ("Hej,\n\nNorrvik Energi skickade denna till mig, vidare till er.\n" + SIG_VATTEN + "\n"
            "----- Vidarebefordrat meddelande -----\nFrån: Leverantörsreskontra Norrvik Energi AB\n"
            "Skickat: 2026-11-26\nÄmne: Betalningsspecifikation\n\nBetalningsspecifikation\n"
            "Betalare: Norrvik Energi AB\nBetaldag: 26.11.2026\n\n"
            f"Fakturanr  OCR         Belopp kr\n62014      {o1}    3 240,00\n62015      {o2}   12 500,00\n"
            "Summa                  15 740,00\n")
    m = mail(W["vatten"], "VB: Betalningsspecifikation", "Thu, 26 Nov 2026 14:00:00 +0100", body)
    return m, expect_advice("A customer's payment specification forwarded by the water authority.", OTHER,
                            {"name": "Norrvik Energi AB"}, "2026-11-26", "15740.00", "SEK",
                            [("62014", o1, "3240.00"), ("62015", o2, "12500.00")])


@case("o36_fi_lab_credit_request")
def _o36() -> Any:
    body = ("Hei,\n\nhyvittäkää lasku 88123 (Terveyspalvelut Kaamos Oy) kokonaan: verenkuvat laskutettiin "
            "kahteen kertaan. Uutta laskua ei tarvita.\n" + SIG_LAB)
    m = mail(W["lab"], "Hyvityspyyntö lasku 88123", "Mon, 30 Nov 2026 09:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("A credit request: no new invoice.", OTHER)


@case("o37_fi_ely_auto_reply_with_token")
def _o37() -> Any:
    body = ("Automaattinen vastaus: Olen maastotöissä 11.12.2026 asti enkä lue sähköpostia. Kiireelliset asiat: "
            "kirjaamo.rannikko@ely-keskus.fi.\n\nJanne Koivisto\n")
    m = mail(W["ely"], "Automaattinen vastaus: Lisätietopyyntö [REQ-9KD4T]", "Mon, 07 Dec 2026 07:01:00 +0200",
             body, to=CENTRE_FI, headers={"Auto-Submitted": "auto-replied",
                                          "In-Reply-To": "<REQ-9KD4T.1@palvelukeskus.fi>"})
    return m, expect_unknown("An out-of-office reply carrying a question token: unknown.", OTHER,
                             token_checked=False)


@case("o38_fisv_sprak_status_question")
def _o38() -> Any:
    body = ("Hej,\n\nhar fakturan för kursavgifterna till Oy Nordic Shipping Ab (8 deltagare, P10) redan gått "
            "iväg? Kunden frågar efter den. Skicka gärna fakturanumret.\n" + SIG_SPRAK)
    m = mail(W["sprak"], "Har fakturan gått?", "Fri, 04 Dec 2026 13:15:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("A status question about a request already sent: nothing new to invoice.", OTHER)


@case("o39_fisv_sprak_request_withdrawn_in_thread")
def _o39() -> Any:
    body = ("Hej igen,\n\nstryk min förfrågan nedan – Kustlinjen drog tillbaka beställningen och "
            "ingenting ska faktureras. Förlåt för besväret!\n\nCamilla\n\n"
            "Från: Camilla Lind\nSkickat: den 2 december 2026 09:40\nTill: Myyntilaskutus\nÄmne: Översättning "
            "Kustlinjen\n\nHej, fakturera Rederiaktiebolaget Kustlinjen för översättning P20, 14 sidor à 48 €, "
            "levererat 1.12.2026.\n/Camilla\n")
    m = mail(W["sprak"], "SV: Översättning Kustlinjen", "Thu, 03 Dec 2026 16:02:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("A request withdrawn in a later message of the same thread: the quoted request is "
                             "history, nothing to invoice.", OTHER)


@case("o40_en_hamn_remittance_advice_pdf")
def _o40() -> Any:
    r1, r2 = fi_ref("41207"), fi_ref("41231")
    doc = ("<h1>REMITTANCE ADVICE</h1><p>Payer: Oy Nordic Shipping Ab<br>Payment date: 30 Nov 2026<br>"
           "Paid to: Kustby hamn</p><table><thead><tr><th>Invoice</th><th>Reference</th><th>Amount EUR</th></tr>"
           f"</thead><tbody><tr><td>41207</td><td>{r1}</td><td class='num'>2,805.50</td></tr>"
           f"<tr><td>41231</td><td>{r2}</td><td class='num'>1,569.00</td></tr>"
           "<tr><td>41240</td><td></td><td class='num'>-180.00</td></tr>"
           "<tr><td colspan='2'>Total paid</td><td class='num'>4,194.50</td></tr></tbody></table>"
           "<p>41240 is your credit note, deducted.</p>")
    body = ("Hi,\n\nforwarding Nordic Shipping's remittance advice (attached) for your ledger.\n\nJonas Sandvik\n"
            "Kustby hamn · Business ID " + org(HAMN) + "\n")
    m = mail(W["hamn_jonas"], "FW: Remittance advice Nordic Shipping", "Tue, 01 Dec 2026 10:40:00 +0200", body,
             to=CENTRE_FI, attachments=[pdf("remittance_20261130.pdf", doc)])
    return m, expect_advice("An English remittance advice as a PDF, with a credit note deducted.", OTHER,
                            {"name": "Oy Nordic Shipping Ab"}, "2026-11-30", "4194.50", "EUR",
                            [("41207", r1, "2805.50"), ("41231", r2, "1569.00"), ("41240", None, "-180.00")])
