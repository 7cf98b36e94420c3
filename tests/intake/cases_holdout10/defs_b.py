"""Tenth held-out set (written blind), part B: payment advices pasted from a bank (a bankgiro statement with a
balance line, a Finnish tiliote with booking and value dates), an English remittance with '€1,250.00' amounts and a
credit note, a payment told on the phone 'last Friday'; replies (Outlook-style header instead of '>' quoting, a
Y-tunnus with an address around it, a partial answer, a withdrawal that answers nothing); and mail that is no
request (a price-list change, a request to resend a copy of an issued invoice)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, fi_yt, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_unknown, mail
from tests.intake.cases_holdout2.kit import (
    CENTRE_FI,
    GEO_EKONOMI,
    JUHA,
    KIRSI,
    OLLE,
    SANNA,
    SARAH,
    YTL_LASKUTUS,
    sig_geo,
    sig_ytl_en,
)
from tests.intake.cases_holdout4.kit4 import q_en, q_fi, q_sv, quoted

from .kit10 import case

KIND, REP, ADV = "1-kind", "10-replies", "8-advices"


@case("w31_sv_advice_pasted_bankgiro_statement")
def _w31():
    o1, o2 = se_ocr("41050019"), se_ocr("41050027")
    body = ("Hej,\n\nklistrar in från internetbanken, Nordkap har betalat:\n\n"
            "Kontoutdrag – Bankgiro 552-0440\nBokföringsdag 2026-12-08\n\nInbetalningar\n"
            "Datum       Avsändare            Referens (OCR)      Belopp\n"
            f"2026-12-08  NORDKAP ANALYS AB    {o1}          5 880,00\n"
            f"2026-12-08  NORDKAP ANALYS AB    {o2}            980,00\n\n"
            "Summa inbetalningar                          6 860,00\n"
            "Saldo efter bokföring                    1 234 567,89\n\nSGN Ekonomi\n")
    m = mail(GEO_EKONOMI, "Inbetalning Nordkap", "Tue, 08 Dec 2026 15:00:00 +0100", body)
    return m, expect_advice("A bankgiro statement pasted as text: rows with only OCR references (no invoice "
                            "numbers); the account balance is no total.", ADV, {"name": "NORDKAP ANALYS AB"},
                            "2026-12-08", "6860.00", "SEK", [(None, o1, "5880.00"), (None, o2, "980.00")])


@case("w32_fi_advice_pasted_tiliote")
def _w32():
    v1, v2 = fi_ref("772101"), fi_ref("772119")
    body = ("Hei,\n\nKuopion Vesi maksoi, alla ote verkkopankista:\n\n"
            "TILIOTE  FI84 1572 3500 0987 65\n"
            "Kirjauspvm  Arvopvm  Maksaja            Viite        Määrä EUR\n"
            f"09.12.      09.12.   KUOPION VESI OY    {v1}      +1 260,50\n"
            f"09.12.      09.12.   KUOPION VESI OY    {v2}        +840,00\n"
            "Panot yhteensä 2 kpl                               2 100,50\n"
            "Saldo 09.12.2026                                  98 112,40\n\nKirsi\n")
    m = mail(KIRSI, "Kuopion Vesi maksu", "Wed, 09 Dec 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A Finnish bank statement (tiliote) pasted as text: dates without year, signed "
                            "amounts, the agency's own IBAN and the balance are no items.", ADV,
                            {"name": "KUOPION VESI OY"}, "2026-12-09", "2100.50", "EUR",
                            [(None, v1, "1260.50"), (None, v2, "840.00")])


@case("w33_en_remittance_euro_style_with_credit_note")
def _w33():
    body = ("Hi, remittance below for your ledger.\n\n" + sig_ytl_en("Sarah Mitchell")
            + "\n-------- Original Message --------\nFrom: Accounts Payable <ap@nordicsoillab.fi>\n"
            "Sent: Thursday, December 10, 2026 9:12 AM\nSubject: Remittance advice\n\n"
            "Remittance advice\nPayer: Oy Nordic Soil Lab Ab\nPayment date: 10 December 2026\n\n"
            "Invoice 7716101      €1,250.00\nInvoice 7716102        €406.50\nCredit note 7716090    -€84.00\n"
            "Total paid           €1,572.50\n\nKind regards, AP team\n")
    m = mail(SARAH, "FW: Remittance advice", "Thu, 10 Dec 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("An English remittance with '€1,250.00' amounts and a credit note deducted (negative).",
                            ADV, {"name": "Oy Nordic Soil Lab Ab"}, "2026-12-10", "1572.50", "EUR",
                            [("7716101", None, "1250.00"), ("7716102", None, "406.50"),
                             ("7716090", None, "-84.00")])


@case("w34_sv_advice_phone_call_last_friday")
def _w34():
    body = ("Hej,\n\nBrattfors Skogsägare ekonomisk förening ringde nyss: de betalade fakturorna 4105001 "
            "(12 500:-) och 4105002 (3 400:-) i fredags. Bara så ni vet om det dyker upp i reskontran.\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Betalning Brattfors", "Mon, 07 Dec 2026 14:30:00 +0100", body)
    return m, expect_advice("A payment told from a phone call, 'i fredags' = the Friday before the Monday mail "
                            "(2026-12-04); amounts in ':-' style; no total stated.", ADV,
                            {"name": "Brattfors Skogsägare ekonomisk förening"}, "2026-12-04", None, "SEK",
                            [("4105001", None, "12500"), ("4105002", None, "3400")])


@case("w35_sv_reply_outlook_header_not_quoted")
def _w35():
    t = "REQ-7DK4M"
    q = q_sv(t, ['Antal för rad 1 "Utredningstimme" (lines[0].quantity)',
                 'Pris för rad 2 "Expertgranskning" (lines[1].unit_price)'],
             "Kund: Ålidens kommun\nRad 1: 2010 Utredningstimme – antal saknas\nRad 2: 2020 Expertgranskning 2 tim")
    body = ("Hej,\n\nRad 1: 3 timmar.\nRad 2: 1 150 kr/tim exkl. moms.\n\n/Olle\n\n"
            "Från: Kundfaktura <kundfaktura@ekonomicentret.se>\nSkickat: den 8 december 2026 14:02\n"
            f"Till: Olle Berglund <olle.berglund@sgn.se>\nÄmne: [{t}] Komplettering behövs\n\n" + q)
    m = mail(OLLE, f"SV: [{t}] Komplettering behövs", "Wed, 09 Dec 2026 08:00:00 +0100", body)
    return m, expect_reply("An answer above an Outlook header block (the question mail below is not '>'-quoted): "
                           "the 2 hours of the summary are not an answer.", REP, t,
                           {"lines": [{"quantity": "3"}, {"unit_price": "1150"}]})


@case("w36_fi_reply_ytunnus_with_address")
def _w36():
    t = "REQ-N8W3Q"
    yt = fi_yt("3345678")
    q = q_fi(t, ["Asiakkaan Y-tunnus (customer.org_no)"], "Asiakas: Savonlinnan Kalanviljely (uusi)\n"
             "Rivi 1: LA200 Sedimenttinäyte 4 kpl")
    body = ("Hei,\n\nasiakkaan tiedot:\nSavonlinnan Kalanviljely Oy\nY-tunnus " + yt + "\n"
            "Olavinkatu 27, 57130 Savonlinna\n\nt. Juha\n\nti 8.12.2026 klo 13.05 Myyntilaskutus "
            "<laskutus@talouspalvelu.fi> kirjoitti:\n" + quoted(q))
    m = mail(JUHA, f"Vs: [{t}] Lisätietoja tarvitaan", "Wed, 09 Dec 2026 09:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("A Y-tunnus given with the company's name and address around it: the asked org number "
                           "is the answer.", REP, t, {"customer": {"org_no": yt}})


@case("w37_en_reply_partial_answer")
def _w37():
    t = "REQ-5TXP2"
    q = q_en(t, ['Quantity for line 1 "Sediment sample" (lines[0].quantity)',
                 'Unit price for line 2 "Expenses" (lines[1].unit_price)'],
             "Customer: Lapin Luontomatkailu Oy\nLine 1: LA200 Sediment sample – quantity missing\n"
             "Line 2: KU90 Expenses 1 pcs – price missing")
    body = ("Hi,\n\nthe quantity for line 1 is 4. For the expenses on line 2 I still need the receipts from the "
            "field team, I will come back to you next week.\n\nSarah\n\nOn Tue, 8 Dec 2026 at 15:10, Sales "
            "invoicing <laskutus@talouspalvelu.fi> wrote:\n" + quoted(q))
    m = mail(SARAH, f"Re: [{t}] Information needed", "Thu, 10 Dec 2026 16:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("A reply that answers one of two questions: only the answered quantity.", REP, t,
                           {"lines": [{"quantity": "4"}]})


@case("w38_sv_reply_withdraws_request")
def _w38():
    t = "REQ-2HB9V"
    q = q_sv(t, ['Antal för rad 1 "Fältdag" (lines[0].quantity)'],
             "Kund: Sjöbo Vattenråd\nRad 1: 1500 Fältdag – antal saknas")
    body = ("Hej,\n\nvi drar tillbaka underlaget – kunden avbokade fältarbetet, så ingen faktura ska gå.\n"
            "Förlåt för besväret!\n\n/Sanna\n\nDen 9 dec. 2026 kl. 10:00 skrev Kundfaktura "
            "<kundfaktura@ekonomicentret.se>:\n" + quoted(q))
    m = mail(SANNA, f"Sv: [{t}] Komplettering behövs", "Fri, 11 Dec 2026 08:45:00 +0100", body)
    return m, expect_reply("A reply withdrawing the request: it answers nothing (no request).", REP, t, None)


@case("w39_sv_price_list_change_notice")
def _w39():
    body = ("Hej,\n\nfrån den 1 januari 2027 gäller nya priser hos oss:\n\n"
            "2010 Utredningstimme 1 300 kr/tim (tidigare 1 250)\n1500 Fältdag 9 900 kr/dag (tidigare 9 600)\n\n"
            "Vänligen uppdatera artikelregistret inför januarifaktureringen.\n\nSGN Ekonomi\n")
    m = mail(GEO_EKONOMI, "Nya priser 2027", "Fri, 11 Dec 2026 13:00:00 +0100", body)
    return m, expect_unknown("A price-list change for the article register: codes and prices but nothing to "
                             "invoice.", KIND)


@case("w40_fi_resend_copy_of_issued_invoice")
def _w40():
    body = ("Hei,\n\nRuovesjärven kunta ei ole saanut laskua 771702 (320,00 €). Voisitteko lähettää laskusta "
            "kopion uudelleen osoitteeseen kirjanpito@ruovesjarvi.fi?\n\nKiitos,\nYTL Laskutus\n")
    m = mail(YTL_LASKUTUS, "Laskukopio Ruovesi", "Fri, 11 Dec 2026 14:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("A request to resend a copy of an issued invoice: no new invoice.", KIND)


