"""Fifteenth held-out set (written blind), part B: money coming in — Finnish maksuilmoitus with viitenumero, RF
references, several invoices minus a credit note, under- and overpayments stated in words, a payer paying for
another customer, a bank export CSV with Finnish columns, an English EUR advice with bank charges deducted, an
advice inside a reply chain, a date without a year in January — plus a new-year newsletter, a holiday auto-reply
and two replies to question mails."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, rf
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_unknown, mail, text_att

from .kit15 import ANNA, CENTRE_FI, FAKT, LASK, LENA, MIKKO, PER, case, sig_fi, sig_se

ADV, UNK, REP = "9-advices", "10-not-requests", "11-replies"


def _spaced(ref: str) -> str:
    """A reference written in groups of five from the left, as Finnish bank giros print them."""
    return " ".join(ref[i:i + 5] for i in range(0, len(ref), 5))


@case("p01_fi_maksuilmoitus_viitenumero")
def _p01():
    r1, r2 = fi_ref("2026100"), fi_ref("2026114")
    body = ("Hei,\n\nalla Kokkolan Kaukolämpö Oy:n maksuilmoitus tiedoksi.\n\nMikko\n\n"
            "---------- Välitetty viesti ----------\nLähettäjä: Reskontra <reskontra@kokkolankaukolampo.fi>\n"
            "Aihe: Maksuilmoitus\n\nMAKSUILMOITUS\nMaksaja: Kokkolan Kaukolämpö Oy\nMaksupäivä: 22.12.2026\n\n"
            f"Lasku 20561  viite {_spaced(r1)}  1 204,80 EUR\n"
            f"Lasku 20588  viite {_spaced(r2)}    602,40 EUR\n"
            "Yhteensä                         1 807,20 EUR\n")
    m = mail(MIKKO, "VS: Maksuilmoitus", "Wed, 23 Dec 2026 08:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A forwarded Finnish maksuilmoitus; viitenumero written in groups, output as digits.",
                            ADV, {"name": "Kokkolan Kaukolämpö Oy"}, "2026-12-22", "1807.20", "EUR",
                            [("20561", r1, "1204.80"), ("20588", r2, "602.40")])


@case("p02_fi_rf_reference")
def _p02():
    ref = rf("2026115")
    sp = " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))
    body = ("Hei,\n\nvälitän tiedoksi: Oulun Seudun Vesi Oy ilmoittaa maksaneensa laskun 20602 tänään 30.12.2026.\n"
            f"Viite: {sp.lower()}\nSumma: 3 012,00 €\n\nTerveisin\nLaskutus, Vesitutkimuslaitos\n")
    m = mail(LASK, "Maksuilmoitus lasku 20602", "Wed, 30 Dec 2026 15:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("An RF reference written in lower case groups: upper case, no spaces.", ADV,
                            {"name": "Oulun Seudun Vesi Oy"}, "2026-12-30", "3012.00", "EUR",
                            [("20602", ref, "3012.00")])


@case("p03_sv_three_invoices_minus_credit")
def _p03():
    body = ("Hej,\n\nvidarebefordrar betalningsavisering från Nordbyggen.\n\n/Fakturering\n\n"
            "-------- Vidarebefordrat meddelande --------\nFrån: ekonomi@nordbyggen.se\nÄmne: Betalningsavisering\n\n"
            "Betalningsavisering – Nordbyggen Entreprenad AB\nBetaldag: 2026-12-30\n\n"
            "Fakturanr   OCR          Belopp\n10301       1030105      4 500,00\n"
            "10315       1031509     12 000,00\n10290 (kreditnota)  1029008   -1 500,00\n"
            "Summa betalt                15 000,00 SEK\n")
    m = mail(FAKT, "VB: Betalningsavisering Nordbyggen", "Thu, 31 Dec 2026 09:00:00 +0100", body)
    return m, expect_advice("Two invoices paid less a credit note (negative item); the total is the net.", ADV,
                            {"name": "Nordbyggen Entreprenad AB"}, "2026-12-30", "15000.00", "SEK",
                            [("10301", "1030105", "4500.00"), ("10315", "1031509", "12000.00"),
                             ("10290", "1029008", "-1500.00")])


@case("p04_sv_underpayment_in_words")
def _p04():
    body = ("Hej!\n\nSjövik Fastigheter meddelar följande, se nedan.\n\n/Lena\n\n> Hej,\n> faktura 10320 på "
            "9 800 kr betalas idag 2027-01-08, men vi betalar 500 kr mindre pga att fältdagen blev avbruten en "
            "timme tidigt.\n> Vi betalar alltså 9 300 kr.\n> Hälsningar, Sjövik Fastigheter AB, ekonomi\n")
    m = mail(LENA, "Sjövik betalar 10320", "Fri, 08 Jan 2027 10:00:00 +0100", body)
    return m, expect_advice("An underpayment stated in words: the item is what was paid (9 300), not the "
                            "invoice amount.", ADV, {"name": "Sjövik Fastigheter AB"}, "2027-01-08", "9300", "SEK",
                            [("10320", None, "9300")])


@case("p05_sv_overpayment_in_words")
def _p05():
    body = ("Hej,\n\nfrån Mälarkust Energi AB:\n\n\"Vi har 2026-12-28 betalat faktura 10318 (3 200 kr) men "
            "råkade betala 2 000 kr för mycket, totalt 5 200 kr. Dra av överskottet på nästa faktura.\"\n\n"
            + sig_se("Per Ångström"))
    m = mail(PER, "Överbetalning Mälarkust 10318", "Tue, 29 Dec 2026 09:00:00 +0100", body)
    return m, expect_advice("An overpayment: paid 5 200 against an invoice of 3 200; the item is the 5 200 paid.",
                            ADV, {"name": "Mälarkust Energi AB"}, "2026-12-28", "5200", "SEK",
                            [("10318", None, "5200")])


@case("p06_sv_payer_on_behalf_of_other")
def _p06():
    body = ("Hej,\n\nbetalningsavisering:\n\nBetalare: Högbo Vattenförening\nAvser: faktura 10333 till Berglunds "
            "Rör HB (vi betalar för deras räkning enligt avtal)\nOCR: 10333 07\nBelopp: 6 250,00 kr\n"
            "Betalningsdag: 2027-01-04\n\n" + sig_se("Lena Holm"))
    m = mail(LENA, "Betalning faktura 10333", "Mon, 04 Jan 2027 14:00:00 +0100", body)
    return m, expect_advice("A payer paying another customer's invoice: the payer as stated (Högbo).", ADV,
                            {"name": "Högbo Vattenförening"}, "2027-01-04", "6250.00", "SEK",
                            [("10333", "1033307", "6250.00")])


@case("p07_fi_bank_export_csv_finnish_columns")
def _p07():
    r1, r2, r3 = fi_ref("2026129"), fi_ref("2026131"), fi_ref("2026148")
    csv = ("Maksupäivä;Maksaja;Laskun numero;Viitenumero;Summa (EUR)\n"
           f"29.12.2026;Tampereen Rakennuttajat Oy;20611;{r1};878,50\n"
           f"29.12.2026;Tampereen Rakennuttajat Oy;20620;{r2};1 255,00\n"
           f"29.12.2026;Tampereen Rakennuttajat Oy;20633;{r3};251,00\n"
           ";;;Yhteensä;2 384,50\n")
    body = ("Hei,\n\nliitteenä Tampereen Rakennuttajien maksuerittely pankin tiliotteelta (CSV).\n"
            + sig_fi("Anna Sjöberg"))
    m = mail(ANNA, "Maksuerittely Tampereen Rakennuttajat", "Wed, 30 Dec 2026 12:00:00 +0200", body,
             to=CENTRE_FI, attachments=[text_att("maksut_2026-12-29.csv", csv, "windows-1252")])
    return m, expect_advice("A bank export CSV with Finnish columns, Windows-1252, decimal comma, a sum row.", ADV,
                            {"name": "Tampereen Rakennuttajat Oy"}, "2026-12-29", "2384.50", "EUR",
                            [("20611", r1, "878.50"), ("20620", r2, "1255.00"), ("20633", r3, "251.00")])


@case("p08_en_foreign_eur_bank_charges_deducted")
def _p08():
    body = ("Hello,\n\nforwarding the remittance from Northwater.\n\nAnna\n\n---------- Forwarded message ----------\n"
            "From: Accounts <accounts@northwater.co.uk>\nSubject: Remittance advice\n\nREMITTANCE ADVICE\n"
            "Northwater Analytics Ltd\nPayment date: 11 January 2027\n\nInvoice 20640   EUR 1,250.00\n"
            "Less bank charges       EUR   -15.00\nAmount remitted         EUR 1,235.00\n\n"
            "Kind regards, Accounts Payable\n")
    m = mail(ANNA, "Fwd: Remittance advice Northwater", "Tue, 12 Jan 2027 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("An English advice in EUR with bank charges deducted: paid 1 235.00 for the invoice; "
                            "the charge is not an item.", ADV, {"name": "Northwater Analytics Ltd"}, "2027-01-11",
                            "1235.00", "EUR", [("20640", None, "1235.00")])


@case("p09_sv_advice_in_reply_chain")
def _p09():
    body = ("Hej,\n\nkunden svarade på vår påminnelse, se nedan. Kan ni stämma av?\n\n/Per\n\n"
            "> Från: Lindqvist & Son Måleri AB <lindqvist@maleri.se>\n> Skickat: 5 januari 2027\n"
            "> Ämne: SV: Påminnelse faktura 10288\n>\n> Hej, vi betalade faktura 10288 den 2026-12-28 med "
            "6 400 kr, OCR 1028802. Betalningen bör synas hos er nu.\n> Mvh Anette Lindqvist\n>\n"
            ">> Från: Per Ångström\n>> Ämne: Påminnelse faktura 10288\n>> Vi saknar betalning för faktura 10288, "
            "6 400 kr, förfallen 2026-12-20.\n")
    m = mail(PER, "VB: SV: Påminnelse faktura 10288", "Tue, 05 Jan 2027 11:00:00 +0100", body)
    return m, expect_advice("A payment stated by the customer inside a reply chain to a reminder.", ADV,
                            {"name": "Lindqvist & Son Måleri AB"}, "2026-12-28", "6400", "SEK",
                            [("10288", "1028802", "6400")])


@case("p10_fi_payment_date_without_year")
def _p10():
    ref = fi_ref("2026163")
    body = ("Hei,\n\nSaimaan Maansiirto Ky kertoi maksaneensa laskun 20650 jo 30.12. — summa 1 172,00 €, "
            f"viite {ref}.\n\nTerveisin\nLaskutus\n")
    m = mail(LASK, "Saimaan Maansiirto maksu", "Mon, 04 Jan 2027 08:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("'30.12.' in a mail of 4 January: paid 2026-12-30.", ADV,
                            {"name": "Saimaan Maansiirto Ky"}, "2026-12-30", "1172.00", "EUR",
                            [("20650", ref, "1172.00")])


@case("u01_sv_new_year_newsletter_prices_2027")
def _u01():
    body = ("Gott nytt år från Geoteknikverket!\n\nFrån 1 januari 2027 gäller nya priser:\n"
            "1010 Konsulttimme 1 300 kr/tim (tidigare 1 250 kr)\n1020 Fältdag 9 800 kr\n\n"
            "Vi tackar alla kunder för 2026.\nAvregistrera dig från utskicket här.\n")
    m = mail(FAKT, "Nyhetsbrev: nya priser 2027", "Fri, 01 Jan 2027 07:00:00 +0100", body,
             headers={"List-Unsubscribe": "<mailto:unsubscribe@geoteknikverket.se>"})
    return m, expect_unknown("A new-year newsletter with a price list: no request.", UNK)


@case("u02_fi_holiday_auto_reply_quoting_request")
def _u02():
    body = ("Automaattinen vastaus: Olen lomalla 21.12.2026–6.1.2027. Kiireellisissä asioissa ota yhteyttä "
            "laskutus@vesitutkimus.fi.\n\n> laskuttakaa Kokkolan Kaukolämpö Oy: V100 10 kpl\n")
    m = mail(MIKKO, "Automaattinen vastaus: Laskutus Kokkola", "Mon, 21 Dec 2026 08:00:00 +0200", body,
             to=CENTRE_FI, headers={"Auto-Submitted": "auto-replied"})
    return m, expect_unknown("A holiday auto-reply quoting a request: unknown.", UNK)


@case("r01_sv_reply_quantity")
def _r01():
    body = ("Hej,\n\n1. Det blev 3 timmar.\n\n/Lena\n\n> Fråga [REQ-7HK2M]\n> 1. Antal för rad 1 \"Konsulttimme\" "
            "(lines[0].quantity)\n")
    m = mail(LENA, "SV: Komplettering behövs [REQ-7HK2M]", "Tue, 05 Jan 2027 10:00:00 +0100", body,
             headers={"In-Reply-To": "<REQ-7HK2M.1@servicecentret.se>"})
    return m, expect_reply("A reply answering the quantity.", REP, "REQ-7HK2M",
                           {"lines": [{"quantity": "3"}]})


@case("r02_fi_reply_old_price_december")
def _r02():
    body = ("Hei,\n\njoulukuun rivin hinta on vanha hinta 135,00 € / h.\n\nMikko\n\n"
            "> [REQ-Q4W8T] Tarvitsemme lisätietoja\n> 1. Rivin 1 \"Asiantuntijatunti\" yksikköhinta "
            "(lines[0].unit_price)\n")
    m = mail(MIKKO, "Vs: Tarvitsemme lisätietoja [REQ-Q4W8T]", "Wed, 06 Jan 2027 09:00:00 +0200", body,
             to=CENTRE_FI, headers={"In-Reply-To": "<REQ-Q4W8T.1@palvelukeskus.fi>"})
    return m, expect_reply("A Finnish reply giving the old (December) price.", REP, "REQ-Q4W8T",
                           {"lines": [{"unit_price": "135.00"}]})
