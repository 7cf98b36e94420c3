"""Thirteenth held-out set (written blind), part B: corrections and partial credits of issued invoices (no new
request), replies whose answers carry money in awkward forms (net beside gross, dot thousands, apostrophe
thousands, a half month), payment advices (an overpayment, one sum for several invoices, a payment under the wrong
reference, a credit note in parentheses with apostrophe thousands, SEK paid to the Finnish agency) and messages
that are no request (a question about what an invoice would cost incl. VAT, a price list for next year)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_unknown, mail
from tests.intake.cases_holdout2.kit import (
    CENTRE_FI,
    GEO_EKONOMI,
    JUHA,
    KIRSI,
    MARIA,
    OLLE,
    SANNA,
    SARAH,
    YTL_LASKUTUS,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)
from tests.intake.cases_holdout4.kit4 import q_en, q_fi, q_sv, quoted

from .kit13 import case

KIND, REP, ADV, CRED = "1-kind", "10-replies", "8-advices", "13-credits"


# --- corrections and credits of issued invoices: never a new request ------------------------------------------

@case("q27_sv_issued_invoice_wrong_count_credit_and_new")
def _q27():
    body = ("Hej,\n\nfaktura 4103618 till Vretstorp Entreprenad AB blev fel – det ska vara 3 st portrycksmätning "
            "(1020), inte 4. Kan ni kreditera den och skicka en ny med 3 st?\n\nTack!\n/Olle\n")
    m = mail(OLLE, "Fel på faktura 4103618", "Mon, 23 Nov 2026 08:15:00 +0100", body)
    return m, expect_unknown("A correction of an issued invoice (3, not 4): a credit and a re-invoice that depends "
                             "on it — a credit request for a clerk, never a new request for 3 on top of the 4 "
                             "still standing.", CRED)


@case("q28_fi_partial_credit_two_samples")
def _q28():
    body = ("Hei,\n\nlaskulla 771388 (Kuopion Vesi Palvelut Oy) laskutettiin 10 kpl LA100, mutta kaksi näytettä "
            "rikkoutui kuljetuksessa eikä niitä analysoitu. Hyvittäkää laskusta 2 kpl à 84,00 €.\n\n"
            + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Hyvitys lasku 771388", "Tue, 24 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("A partial credit of an issued invoice ('hyvittäkää laskusta 2 kpl'): a credit "
                             "request, no request to invoice.", CRED)


@case("q29_en_partial_credit_agreed_reduction")
def _q29():
    body = ("Hello,\n\nwe agreed with Lapin Luontomatkailu Oy on a price reduction for the delayed report. Please "
            "credit EUR 250.00 (excl. VAT) of invoice 7713920.\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Credit 250 EUR on invoice 7713920", "Wed, 25 Nov 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("A partial credit by amount of an issued invoice: a credit request, no request.",
                             CRED)


# --- replies ------------------------------------------------------------------------------------------------------

@case("q30_sv_reply_price_net_and_gross")
def _q30():
    t = "REQ-7KD3M"
    q = q_sv(t, ['À-pris för rad 1 "Expertgranskning" (lines[0].unit_price)'],
             "Kund: Fastighets AB Gåsen 4\nRad 1: 2020 Expertgranskning 6 tim – pris saknas")
    body = ("Hej,\n\npriset är 1 100 kr/tim exkl. moms (1 375 kr inkl. moms).\n\n/Sanna\n\n"
            "Den 25 nov. 2026 kl. 10:02 skrev Kundfaktura <kundfaktura@ekonomicentret.se>:\n" + quoted(q))
    m = mail(SANNA, f"Sv: [{t}] Komplettering behövs", "Wed, 25 Nov 2026 13:00:00 +0100", body)
    return m, expect_reply("A price answer with the net and the gross: the net 1 100 is the answer.", REP, t,
                           {"lines": [{"unit_price": "1100"}]})


@case("q31_fi_reply_quantity_and_price_dot_thousands")
def _q31():
    t = "REQ-P4W9T"
    q = q_fi(t, ['Rivin 1 "Kulut" määrä (lines[0].quantity)', 'Rivin 1 "Kulut" yksikköhinta (lines[0].unit_price)'],
             "Asiakas: Lapin Luontomatkailu Oy\nRivi 1: KU90 Kulut – määrä ja hinta puuttuvat")
    body = ("Hei,\n\nmäärä 2 kpl, hinta 1.250,00 €/kpl (alv 0).\n\nKirsi\n\n"
            "ke 25.11.2026 klo 9.00 Myyntilaskutus <laskutus@talouspalvelu.fi> kirjoitti:\n" + quoted(q))
    m = mail(KIRSI, f"Vs: [{t}] Lisätietoja tarvitaan", "Wed, 25 Nov 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("Both answers in one line, the price in dot-thousands style (1.250,00 = 1250).", REP, t,
                           {"lines": [{"quantity": "2", "unit_price": "1250.00"}]})


@case("q32_en_reply_price_apostrophe_thousands_second_line")
def _q32():
    t = "REQ-H2Z6Q"
    q = q_en(t, ['Unit price for line 2 "Expenses" (lines[1].unit_price)'],
             "Customer: Oy Nordic Soil Lab Ab\nLine 1: AT20 Field day 2 days\nLine 2: KU90 Expenses 1 – price "
             "missing")
    body = ("Hi,\n\nthe expenses come to EUR 1'080.00 in total (boat hire).\n\nSarah\n\n"
            "On Thu, 26 Nov 2026 at 09:00, Sales invoicing <laskutus@talouspalvelu.fi> wrote:\n" + quoted(q))
    m = mail(SARAH, f"RE: [{t}] Information needed", "Thu, 26 Nov 2026 14:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("An answer for the second line in Swiss style ('1'080.00'), at the path asked.", REP, t,
                           {"lines": [{}, {"unit_price": "1080.00"}]})


@case("q33_sv_reply_half_month_count")
def _q33():
    t = "REQ-Q8N5B"
    q = q_sv(t, ['Antal för rad 1 "Tillståndsavgift" (lines[0].quantity)'],
             "Kund: Sjöbo Vattenråd\nRad 1: 4010 Tillståndsavgift oktober 2026 – antal saknas")
    body = ("Hej,\n\nhalv månad, alltså antal 0,5.\n\n/Maria\n\n"
            "Den 1 dec. 2026 kl. 10:00 skrev Kundfaktura <kundfaktura@ekonomicentret.se>:\n" + quoted(q))
    m = mail(MARIA, f"SV: [{t}] Komplettering behövs", "Tue, 01 Dec 2026 11:30:00 +0100", body)
    return m, expect_reply("A pro-rata count answered as a half month, 0,5.", REP, t,
                           {"lines": [{"quantity": "0.5"}]})


# --- payment advices --------------------------------------------------------------------------------------------

@case("q34_sv_advice_overpayment")
def _q34():
    o1 = se_ocr("41045013")
    body = ("Hej,\n\nBerg & Dal Konsult KB har betalat 5 000 kr på faktura 4104501, som var på 4 500 kr. "
            "Överbetalningen 500 kr vill de ha tillbaka.\n\nBetalningsavisering\nBetalare: Berg & Dal Konsult KB\n"
            f"Betaldatum: 2026-11-27\nFaktura 4104501, OCR {o1}, betalt 5 000,00 kr\n"
            "Summa betalt: 5 000,00 kr\n\n/Sanna\n")
    m = mail(SANNA, "VB: Betalning Berg & Dal (överbetalning)", "Fri, 27 Nov 2026 15:00:00 +0100", body)
    return m, expect_advice("An overpayment: the item's amount is what was paid (5 000), not the invoice's 4 500.",
                            ADV, {"name": "Berg & Dal Konsult KB"}, "2026-11-27", "5000.00", "SEK",
                            [("4104501", o1, "5000.00")])


@case("q35_fi_advice_one_sum_three_invoices")
def _q35():
    v1, v2, v3 = fi_ref("771801"), fi_ref("771819"), fi_ref("771827")
    body = ("Hei,\n\nMetsänhoitoyhdistys Kaakko ry maksoi 30.11.2026 yhdellä suorituksella 2 310,00 € kolme "
            "laskua:\n\n"
            f"lasku 771801, viite {v1}: 840,00 €\nlasku 771819, viite {v2}: 1 050,00 €\n"
            f"lasku 771827, viite {v3}: 420,00 €\n\nYTL Laskutus\n")
    m = mail(YTL_LASKUTUS, "VL: Mhy Kaakko maksu", "Mon, 30 Nov 2026 14:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("One payment for three invoices: each invoice is an item with its share, the one sum "
                            "is the total.", ADV, {"name": "Metsänhoitoyhdistys Kaakko ry"}, "2026-11-30",
                            "2310.00", "EUR", [("771801", v1, "840.00"), ("771819", v2, "1050.00"),
                                               ("771827", v3, "420.00")])


@case("q36_sv_advice_wrong_reference_noted")
def _q36():
    o1 = se_ocr("41046016")
    body = ("Hej,\n\nRegion Vindelälven har betalat faktura 4104602 men angett OCR-numret för faktura 4104601 "
            "(som redan är betald). Beloppet stämmer med 4104602.\n\n"
            "Betalningsspecifikation\nBetalare: Region Vindelälven\nBetaldatum: 2026-12-01\n\n"
            f"Fakturanr   OCR            Belopp\n4104602     {o1}     3 200,00\n\n" + "SGN Ekonomi\n")
    m = mail(GEO_EKONOMI, "VB: Betalning Region Vindelälven – fel OCR", "Tue, 01 Dec 2026 10:00:00 +0100", body)
    return m, expect_advice("A payment under another invoice's OCR: the item is as stated in the advice (invoice "
                            "4104602, the OCR written) — the ledger, not the parser, sorts out the reference.",
                            ADV, {"name": "Region Vindelälven"}, "2026-12-01", None, "SEK",
                            [("4104602", o1, "3200.00")])


@case("q37_en_advice_credit_note_parentheses_apostrophe")
def _q37():
    v1, v2 = fi_ref("772011"), fi_ref("772029")
    body = ("FYI – remittance below.\n\n" + sig_ytl_en("Sarah Mitchell") + "\n---------- Forwarded message "
            "---------\nFrom: Accounts Payable <ap@nordicsoillab.fi>\nDate: Mon, 30 Nov 2026\n"
            "Subject: Remittance advice\n\nRemittance advice\nPayer: Oy Nordic Soil Lab Ab\nValue date: 30.11.2026\n"
            "Currency: EUR\n\n"
            f"Invoice 7720110   Ref {v1}    1'250.00\nCredit note 7720290   Ref {v2}    (500.00)\n"
            "Total paid   750.00\n")
    m = mail(SARAH, "Fwd: Remittance advice", "Mon, 30 Nov 2026 16:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A remittance with apostrophe thousands and a credit note in parentheses (negative).",
                            ADV, {"name": "Oy Nordic Soil Lab Ab"}, "2026-11-30", "750.00", "EUR",
                            [("7720110", v1, "1250.00"), ("7720290", v2, "-500.00")])


@case("q38_fi_advice_sek_paid_to_finnish_agency")
def _q38():
    v1 = fi_ref("771905")
    body = ("Hei,\n\nruotsalainen asiakas maksoi kruunuissa.\n\nMaksaja: Nordkap Analys AB\nMaksupäivä: 1.12.2026\n"
            f"Lasku 771905, viite {v1}, SEK 20 400,00\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "VL: Nordkap Analys maksu SEK", "Tue, 01 Dec 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("An advice in SEK forwarded to the Finnish agency: the currency as written.", ADV,
                            {"name": "Nordkap Analys AB"}, "2026-12-01", None, "SEK",
                            [("771905", v1, "20400.00")])


# --- no request -------------------------------------------------------------------------------------------------

@case("q39_sv_question_what_invoice_costs_incl_vat")
def _q39():
    body = ("Hej,\n\nBrf Solgläntan 3 undrar vad det skulle kosta inklusive moms med 3 fältdagar (1500) och två "
            "tryckta rapporter (3020). Blir det öresavrundning på fakturan? Jag skickar underlag om de "
            "tackar ja.\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Fråga om pris inkl moms", "Wed, 02 Dec 2026 09:00:00 +0100", body)
    return m, expect_unknown("A question about what an invoice would cost incl. VAT, with customer, articles and "
                             "counts: nothing to invoice yet.", KIND)


@case("q40_fi_price_list_next_year_index")
def _q40():
    body = ("Hei,\n\nYTL:n hinnat vuodelle 2027 (indeksikorotus 3,0 %), päivittäkää rekisteriin 1.1.2027 alkaen:\n\n"
            "AT10 asiantuntijatunti 135,00 → 139,05 €/h\nAT20 maastopäivä 890,00 → 916,70 €/pv\n"
            "LA100 vesinäyte 84,00 → 86,52 €/kpl\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Hinnasto 2027", "Wed, 02 Dec 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("A price list for next year to be entered in the register: a register change, no "
                             "customer, nothing to invoice.", KIND)
