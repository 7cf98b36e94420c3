"""More shapes across the classes: a re-send quoting its own earlier copy, a labelled block under a section
heading, a 'Beställare' label in the body, an attachment answering above a quoted history, phishing from an
unknown sender, an HTML bilingual advice from a bank portal, a Finnish advice with a partial payment."""
from __future__ import annotations

from .ids import fi_ref, se_ocr
from .mailkit import CENTRE_FI, case, cust, expect_advice, expect_requests, expect_unknown, line, mail, request, xlsx
from .people import DISCLAIMER_SE, EMMA, FATIMA, KARIN, MARJUT, NILS, PO, TUULA, sig_fi, sig_se, sig_se_short

MS, MF = "MARK-SE", "METSA-FI"
ND = ("description",)


@case("q11_sv_resend_quotes_same_request")
def _q11():
    req = ("Kund: Rosendals Trädgårdar AB\nOrg.nr: 556489-1272\nEr referens: Helena Rosén\n\n"
           "Artikel 140, 3 st\nArtikel 130, 3 st\n")
    body = ("Hej igen,\n\nskickar om underlaget nedan, vi har inte sett någon faktura ännu.\n\n/Karin\n\n"
            "Från: Karin Östberg <karin.ostberg@smui.se>\nSkickat: den 2 november 2026 10:11\n"
            "Till: Kundfaktura <kundfaktura@ekonomicentret.se>\nÄmne: Underlag Rosendal\n\nHej!\n\n" + req
            + "\nMvh Karin\n")
    m = mail(KARIN, "VB: Underlag Rosendal", "Mon, 16 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("A re-send: the new part only says 'see below' and quotes the earlier copy of the "
                              "same request; it yields that request once.", "2-quoting",
                              [request(cust("20012"), [line(MS, "140", "3"), line(MS, "130", "3")], [], MS,
                                       buyer="Helena Rosén")])


@case("q12_sv_attachment_above_history")
def _q12():
    rows = [["Kund", "Org.nr", "Artikel", "Antal"], ["Tornhagen Konsult AB", "559310-7724", "210", 9]]
    body = ("Hej,\n\nhär är det uppdaterade underlaget (bifogat), det ersätter siffrorna nedan.\n\nMvh Emma\n\n"
            "Från: Emma Lind\nSkickat: den 20 november 2026 08:30\nÄmne: Tornhagen timmar\n\n"
            "Tornhagen Konsult AB, konsulttimmar (210): 12 tim\n")
    m = mail(EMMA, "SV: Tornhagen timmar", "Mon, 23 Nov 2026 09:00:00 +0100", body,
             attachments=[xlsx("tornhagen.xlsx", [("Blad1", rows, [])])])
    return m, expect_requests("A new attachment replaces the numbers in the quoted history (12 h is history).",
                              "2-quoting", [request(cust("20013"), [line(MS, "210", "9")], [], MS)])


@case("t18_sv_section_heading_block")
def _t18():
    body = ("Hej!\n\nFAKTURAMOTTAGARE\nNamn: Upplands Vattenvårdsförbund\nOrg.nr: 802455-6014\n\n"
            "UPPDRAG\nArtikel: 140 Grundvattenprovtagning\nAntal: 7\n\nArtikel: 230 Granskning av handlingar\n"
            "Antal: 3,5\n\nMvh\n" + sig_se("Nils Åkerlund"))
    m = mail(NILS, "Uppdrag Upplands", "Tue, 24 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("Labelled block under section headings: neither 'FAKTURAMOTTAGARE', 'Namn:' nor "
                              "'UPPDRAG' belongs to a value.", "3-tables",
                              [request(cust("20011"), [line(MS, "140", "7"), line(MS, "230", "3.5")], [], MS)])


@case("r17_sv_bestallare_in_body")
def _r17():
    body = ("Hej,\n\nKund: Kvarnbäckens Lantbruk HB\nBeställare: Gustav Bäck\nVårt diarienummer: 2026/0982\n\n"
            "Fältundersökning (120), 1 dag\n\nMvh\n" + sig_se_short("Fatima"))
    m = mail(FATIMA, "Fältdag Kvarnbäcken", "Wed, 25 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("'Beställare' is the buyer reference; 'Vårt diarienummer' is no order reference.",
                              "7-references", [request(cust("20006"), [line(MS, "120", "1", skip=ND)], [], MS,
                                                       buyer="Gustav Bäck", order=None)])


@case("k13_en_phishing_unknown_sender")
def _k13():
    body = ("Dear customer,\n\nYour invoice 2026-4471 of EUR 1,980.00 is overdue. To avoid a collection fee, pay "
            "today via the secure link below and confirm your business ID.\n\nhttps://pay-secure-invoices.example/"
            "login\n\nAccounts Receivable Team\n")
    m = mail("Accounts <billing@secure-invoices.example>", "URGENT: overdue invoice 2026-4471",
             "Thu, 26 Nov 2026 03:14:00 +0000", body)
    return m, expect_unknown("Phishing from a sender of no agency, with amounts and an invoice number: unknown.",
                             "1-kind")


@case("pa10_svfi_bank_portal_html_advice")
def _pa10():
    v1, v2 = fi_ref("45203"), fi_ref("45210")
    html = ("<table width='100%'><tr><td><table><tr><td><h2>Betalningsavisering / Maksuilmoitus</h2></td></tr>"
            "<tr><td>Betalare / Maksaja: Skärgårdens Fisk Ab</td></tr>"
            "<tr><td>Betalningsdag / Maksupäivä: 20.11.2026</td></tr></table></td></tr><tr><td>"
            "<table border='1'><tr><th>Faktura / Lasku</th><th>Referens / Viite</th><th>Belopp / Määrä EUR</th></tr>"
            f"<tr><td>45203</td><td>{v1}</td><td>3 120,00</td></tr><tr><td>45210</td><td>{v2}</td><td>448,80</td></tr>"
            "<tr><td colspan='2'>Totalt / Yhteensä</td><td>3 568,80</td></tr></table></td></tr></table>")
    m = mail(MARJUT, "VL: Betalningsavisering / Maksuilmoitus", "Fri, 20 Nov 2026 12:00:00 +0200", None,
             "<p>Tiedoksi / För kännedom. Marjut</p>" + html, to=CENTRE_FI)
    return m, expect_advice("Bilingual advice from a bank portal, HTML only, nested tables.", "1-kind",
                            {"name": "Skärgårdens Fisk Ab", "org_no": None}, "2026-11-20", "3568.80", "EUR",
                            [("45203", v1, "3120.00"), ("45210", v2, "448.80")])


@case("pa11_fi_partial_payment_columns")
def _pa11():
    v1, v2, v3 = fi_ref("45227"), fi_ref("45234"), fi_ref("45241")
    body = ("Hei,\n\nKallioinen Rakennus maksoi osan laskuista:\n\nMAKSUILMOITUS\nMaksaja: Kallioinen Rakennus Oy, "
            "2845120-9\nMaksupäivä 24.11.2026\n\n"
            "Lasku   Viite     Laskun summa   Maksettu\n"
            f"45227   {v1}    3 900,00       3 900,00\n45234   {v2}    1 560,00         780,00\n"
            f"45241   {v3}      960,00         960,00\n\nMaksettu yhteensä 5 640,00 EUR\n\n"
            + sig_fi("Tuula Heikkinen"))
    m = mail(TUULA, "Maksuilmoitus Kallioinen", "Tue, 24 Nov 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("Finnish advice with invoice and paid columns: the paid amount counts.", "8-advice",
                            {"name": "Kallioinen Rakennus Oy", "org_no": "2845120-9"}, "2026-11-24", "5640.00", "EUR",
                            [("45227", v1, "3900.00"), ("45234", v2, "780.00"), ("45241", v3, "960.00")])


@case("pa12_sv_advice_with_credit_note_trailing_minus")
def _pa12():
    o1, o2 = se_ocr("2610595"), se_ocr("2610601")
    body = ("Hej,\n\nBetalningsspecifikation från Bergslagens Bygg och Mark AB:\n\nBetalare: Bergslagens Bygg och "
            "Mark AB\nBetaldag: 2026-11-25\n\n"
            "Fakturanr   Referens       Belopp\n"
            f"2610595     {o1}       17 800,00\n2610601     {o2}        2 480,00\n"
            "2610377     Kreditnota     -4 450,00\n\nSumma: 15 830,00 kr\n\n/Per-Olof\n" + DISCLAIMER_SE)
    m = mail(PO, "Betalning Bergslagens", "Wed, 25 Nov 2026 10:00:00 +0100", body)
    return m, expect_advice("A credit note listed with the invoices is a negative item.", "8-advice",
                            {"name": "Bergslagens Bygg och Mark AB", "org_no": None}, "2026-11-25", "15830.00", "SEK",
                            [("2610595", o1, "17800.00"), ("2610601", o2, "2480.00"), ("2610377", None, "-4450.00")])
