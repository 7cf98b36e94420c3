"""Ninth held-out set (written blind), part B: replies by non-native writers (an answer glued to a mixed-language
sentence, a Y-tunnus under a misspelt label), payment advices (an invoice paid twice in one batch, an XLSX with a
hidden column and a formula total, a comma CSV with quoted decimals, a short English note, a currency said once
at the top, a PDF with a logo, misspelt English labels, a Finnish numbered list) and messages that are no request
(out-of-office replies with 'Automatiskt svar:'/'Automaattinen vastaus:' subjects — one quoting a request, one
carrying a token — a read receipt, and a mail that only links to a file share)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, fi_yt, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_requests, expect_unknown, mail, pdf, text_att
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
    sig_ytl_en,
)
from tests.intake.cases_holdout4.kit4 import q_fi, q_sv, quoted

from .defs_a import PNG
from .kit9 import case, cust, request, xlsx_real

KIND, REP, ADV = "1-kind", "10-replies", "8-advices"


@case("r27_sven_reply_answer_in_mixed_sentence")
def _r27():
    t = "REQ-9HW2K"
    q = q_sv(t, ['Antal för rad 1 "Portrycksmätning" (lines[0].quantity)'],
             "Kund: Vretstorp Entreprenad AB\nRad 1: 1020 Portrycksmätning – antal saknas")
    body = ("Hi, sorry for late – antalet is 7 st, we did them last week.\n\n/Olle\n\n"
            "Den 16 nov. 2026 kl. 09:00 skrev Kundfaktura <kundfaktura@ekonomicentret.se>:\n" + quoted(q))
    m = mail(OLLE, f"Sv: [{t}] Komplettering behövs", "Tue, 17 Nov 2026 08:30:00 +0100", body)
    return m, expect_reply("A non-native answer mixing English and Swedish; 'last week' is no count.", REP, t,
                           {"lines": [{"quantity": "7"}]})


@case("r28_fi_reply_misspelt_label_ytunus")
def _r28():
    t = "REQ-3PLX8"
    yt = fi_yt("3209871")
    q = q_fi(t, ["Asiakkaan Y-tunnus (customer.org_no)"], "Asiakas: Savon Kalatalous Oy (uusi)\n"
             "Rivi 1: LA100 Vesinäyte 5 kpl")
    body = (f"Moi,\n\nY-tunus: {yt}\n\nJuha\n\nma 16.11.2026 klo 10.00 Myyntilaskutus "
            "<laskutus@talouspalvelu.fi> kirjoitti:\n" + quoted(q))
    m = mail(JUHA, f"Vs: [{t}] Lisätietoja tarvitaan", "Tue, 17 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("A Y-tunnus under a misspelt label ('Y-tunus').", REP, t, {"customer": {"org_no": yt}})


@case("r29_sv_advice_invoice_paid_twice")
def _r29():
    o1, o2 = se_ocr("41038016"), se_ocr("41038024")
    body = ("Hej,\n\nHallstahammars Bostäder AB har betalat samma faktura två gånger, se nedan. Vi återkommer om "
            "återbetalning.\n\nBetalningsavisering\nBetalare: Hallstahammars Bostäder AB\nBetaldatum: 2026-11-20\n\n"
            "Faktura   OCR              Belopp\n"
            f"4103801   {o1}     5 600,00\n"
            f"4103801   {o1}     5 600,00\n"
            f"4103802   {o2}     2 350,00\n"
            "Summa                     13 550,00\n\nSGN Ekonomi\n")
    m = mail(GEO_EKONOMI, "VB: Betalningsavisering Hallstahammar (dubbelbetalning)",
             "Fri, 20 Nov 2026 14:00:00 +0100", body)
    return m, expect_advice("An invoice paid twice in one batch: both payments are items (the duplicate is for "
                            "the ledger to handle, not to drop).", ADV, {"name": "Hallstahammars Bostäder AB"},
                            "2026-11-20", "13550.00", "SEK",
                            [("4103801", o1, "5600.00"), ("4103801", o1, "5600.00"), ("4103802", o2, "2350.00")])


@case("r30_fi_advice_xlsx_hidden_column_formula_total")
def _r30():
    v1, v2 = fi_ref("771501"), fi_ref("771519")
    rows = [["Maksaja", "Kuopion Vesi Oy"], ["Maksupäivä", "23.11.2026"], [None],
            ["Lasku", "Viite", "Sisäinen", "Maksettu"],
            ["771501", v1, "KV-88", 1260.5], ["771519", v2, "KV-91", 840], ["Yhteensä", None, None, None]]
    att = xlsx_real("maksut.xlsx", rows, hidden=("C",), formulas={"D7": ("SUM(D5:D6)", "2100.5")})
    m = mail(YTL_LASKUTUS, "VL: Kuopion Vesi maksut", "Mon, 23 Nov 2026 12:00:00 +0200",
             "Hei,\nKuopion Veden maksuerittely liitteenä.\nYTL Laskutus\n", to=CENTRE_FI, attachments=[att])
    return m, expect_advice("An XLSX advice with a hidden column of the payer's own codes and a formula total "
                            "(cached value).", ADV, {"name": "Kuopion Vesi Oy"}, "2026-11-23", "2100.50", "EUR",
                            [("771501", v1, "1260.50"), ("771519", v2, "840.00")])


@case("r31_sv_advice_comma_csv_quoted_decimals")
def _r31():
    o1, o2 = se_ocr("41039014"), se_ocr("41039022")
    csv = ("Betalare,Faktura,OCR,Belopp,Datum\n"
           f"Ålidens kommun,4103901,{o1},\"12 500,00\",2026-11-24\n"
           f"Ålidens kommun,4103902,{o2},\"980,00\",2026-11-24\n")
    m = mail(SANNA, "VB: Betalning Åliden", "Tue, 24 Nov 2026 10:00:00 +0100", "Hej,\nbetalfil från Åliden.\n"
             "/Sanna\n", attachments=[text_att("aliden_betalning.csv", csv)])
    return m, expect_advice("A comma-separated advice whose amounts keep their decimal comma inside quotes.", ADV,
                            {"name": "Ålidens kommun"}, "2026-11-24", None, "SEK",
                            [("4103901", o1, "12500.00"), ("4103902", o2, "980.00")])


@case("r32_en_advice_short_note_forwarded")
def _r32():
    v1 = fi_ref("771605")
    body = ("FYI\n\n" + sig_ytl_en("Sarah Mitchell") + "\n\n---------- Forwarded message ---------\n"
            "From: Accounts <accounts@nordicsoillab.fi>\nDate: Wed, 25 Nov 2026\nSubject: Payment\n\n"
            f"Hi, Oy Nordic Soil Lab Ab paid invoice 7716050 today, ref {v1}, EUR 445.00.\nRegards, Accounts\n")
    m = mail(SARAH, "Fwd: Payment", "Wed, 25 Nov 2026 15:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A two-line payment note forwarded with 'FYI' only; paid 'today' = the forwarded "
                            "message's date.", ADV, {"name": "Oy Nordic Soil Lab Ab"}, "2026-11-25", None, "EUR",
                            [("7716050", v1, "445.00")])


@case("r33_sv_advice_currency_once_at_top")
def _r33():
    o1, o2 = se_ocr("41040016"), se_ocr("41040024")
    body = ("Hej,\n\nbetalningsavi från danska kunden.\n\nValuta: EUR\nBetalare: Miljølab Nordsjælland ApS\n"
            "Betaldatum: 2026-11-26\n\n"
            f"Faktura 4104001  OCR {o1}  1 800,00\nFaktura 4104002  OCR {o2}  144,00\nTotalt 1 944,00\n\n/Maria\n")
    m = mail(MARIA, "VB: Betalning Miljølab", "Thu, 26 Nov 2026 10:00:00 +0100", body)
    return m, expect_advice("The currency said once at the top (EUR, not the agency's SEK).", ADV,
                            {"name": "Miljølab Nordsjælland ApS"}, "2026-11-26", "1944.00", "EUR",
                            [("4104001", o1, "1800.00"), ("4104002", o2, "144.00")])


@case("r34_sv_advice_pdf_with_logo")
def _r34():
    o1 = se_ocr("41041014")
    html = (f"<img src='data:image/png;base64,{PNG}' style='width:30mm;height:10mm'>"
            "<h1>Betalningsavisering</h1><p>Betalare: Region Vindelälven<br>Betalningsdag: 2026-11-27</p>"
            "<table><tr><th>Fakturanummer</th><th>OCR</th><th class='num'>Belopp</th></tr>"
            f"<tr><td>4104101</td><td>{o1}</td><td class='num'>45 000,00</td></tr>"
            "<tr><td colspan=2>Summa</td><td class='num'>45 000,00</td></tr></table>")
    m = mail(GEO_EKONOMI, "VB: Betalningsavisering Region Vindelälven", "Fri, 27 Nov 2026 10:00:00 +0100",
             "Hej,\nbifogad avisering.\nSGN Ekonomi\n", attachments=[pdf("avisering.pdf", html)])
    return m, expect_advice("A PDF advice with a logo image above the heading.", ADV, {"name": "Region Vindelälven"},
                            "2026-11-27", "45000.00", "SEK", [("4104101", o1, "45000.00")])


@case("r35_en_advice_misspelt_labels")
def _r35():
    o1, o2 = se_ocr("41042012"), se_ocr("41042020")
    body = ("Hello,\n\nPayment advise\nPayer: Vretstorp Entreprenad AB\nPaymnet date: 2026-11-30\n\n"
            f"Invoce 4104201, OCR {o1}, amount SEK 3 400,00\nInvoce 4104202, OCR {o2}, amount SEK 980,00\n"
            "Totall SEK 4 380,00\n\n/Olle\n")
    m = mail(OLLE, "FW: Payment advise Vretstorp", "Mon, 30 Nov 2026 10:00:00 +0100", body)
    return m, expect_advice("An English advice with misspelt labels ('Payment advise', 'Paymnet date', 'Invoce', "
                            "'Totall').", ADV, {"name": "Vretstorp Entreprenad AB"}, "2026-11-30", "4380.00", "SEK",
                            [("4104201", o1, "3400.00"), ("4104202", o2, "980.00")])


@case("r36_fi_advice_numbered_list")
def _r36():
    v1, v2 = fi_ref("771702"), fi_ref("771710")
    body = ("Hei,\n\nRuovesjärven kunta on maksanut 30.11.2026:\n\n"
            f"1) lasku 771702, viite {v1}, 320,00 €\n2) lasku 771710, viite {v2}, 1 176,00 €\n\n"
            "Yhteensä 1 496,00 €\n\nKirsi\n")
    m = mail(KIRSI, "Ruovesi maksoi", "Mon, 30 Nov 2026 13:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A Finnish advice as a numbered list in prose.", ADV, {"name": "Ruovesjärven kunta"},
                            "2026-11-30", "1496.00", "EUR", [("771702", v1, "320.00"), ("771710", v2, "1176.00")])


@case("r37_sv_automatiskt_svar_quoting_request")
def _r37():
    body = ("Hej,\n\njag är på semester till och med 30 november och läser inte min e-post. Brådskande ärenden: "
            "ring 013-25 10 00.\n\n/Sanna Wallin\n\n-----Ursprungligt meddelande-----\n"
            "Från: Kundfaktura <kundfaktura@ekonomicentret.se>\nÄmne: Fakturering november\n\n"
            "Fakturera Nordkap Analys AB 2 st portrycksmätning (1020)?\n")
    m = mail(SANNA, "Automatiskt svar: Fakturering november", "Mon, 16 Nov 2026 08:00:00 +0100", body)
    return m, expect_unknown("An out-of-office reply ('Automatiskt svar:') that quotes a request: no request.",
                             KIND)


@case("r38_fi_automaattinen_vastaus_with_token")
def _r38():
    body = ("Olen lomalla 23.–27.11.2026. Kiireellisissä asioissa ota yhteyttä Kirsi Laineeseen, "
            "kirsi.laine@ytl.fi.\n\nJuha Mäkelä\n")
    m = mail(JUHA, "Automaattinen vastaus: [REQ-7QM4D] Lisätietoja tarvitaan", "Mon, 23 Nov 2026 08:00:00 +0200",
             body, to=CENTRE_FI)
    return m, expect_unknown("A Finnish auto-reply carrying a question token: still no reply.", KIND,
                             token_checked=False)


@case("r39_sv_read_receipt")
def _r39():
    body = ("Ditt meddelande\n\n  Till: Kundfaktura\n  Ämne: Fakturera Nordkap 4 st (1020)\n"
            "  Skickat: den 17 november 2026 10:12\n\nlästes den 17 november 2026 10:40.\n")
    m = mail(MARIA, "Läst: Fakturera Nordkap 4 st (1020)", "Tue, 17 Nov 2026 10:40:00 +0100", body)
    return m, expect_unknown("A read receipt ('Läst:') whose subject repeats a request: no request.", KIND)


@case("r40_sv_only_link_to_file_share")
def _r40():
    body = ("Hej,\n\nunderlaget för novemberfaktureringen till Nordkap Analys AB ligger i vår delade mapp, se "
            "bifogad länk:\nhttps://sgn.sharepoint.com/:x:/s/ekonomi/EbK3nQ-underlag-nov\n\n/Maria\n")
    m = mail(MARIA, "Underlag november (länk)", "Mon, 30 Nov 2026 16:00:00 +0100", body)
    return m, expect_requests("Only a link to a file share: a request to invoice Nordkap whose lines are not in "
                              "the mail — the lines are asked (contract question 'lines').", "11-must-ask",
                              [request(cust("K-4008"), [], ["lines"], "GEO-SE")])
