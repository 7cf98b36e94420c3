"""Eighth held-out set (written blind), part B: replies to the centre's question mails (answers inline between
the quoted questions, in another order than asked, only partly, or approximately), payment advices (a semicolon
CSV with thousands dots, a partial payment and an overpayment, prose, an HTML table with a colspan total row, a
UTF-16 TSV, a Danish payer's PDF in EUR, a bilingual advice with a disclaimer full of numbers) and messages that
are no request (a register change, an HTML-only Finnish credit request, a delivery failure quoting a request, a
question about invoicing in euro)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, rf, se_ocr, se_org
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_unknown, mail, pdf, text_att
from tests.intake.cases_holdout2.kit import (
    ANDERS,
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
    sig_ytl_en,
)
from tests.intake.cases_holdout4.kit4 import q_en, q_fi, q_sv, quoted

from .kit8 import case, org

KIND, REP, ADV = "1-kind", "10-replies", "8-advices"


@case("s26_sv_reply_inline_between_quoted_questions")
def _s26():
    t = "REQ-8KD3W"
    new = se_org("559412008")
    q = q_sv(t, ["Organisationsnummer för kunden (customer.org_no)", 'Antal för rad 1 "Fältdag" (lines[0].quantity)'],
             "Kund: Lövsta Gård & Skog AB (ny)\nRad 1: 1500 Fältdag – antal saknas")
    lines = quoted(q).splitlines()
    out = []
    for ln in lines:
        out.append(ln)
        if "(customer.org_no)" in ln:
            out.append(new)
        if "(lines[0].quantity)" in ln:
            out.append("2 dagar")
    body = ("Hej, svar inne i texten nedan.\n\n/Olle\n\n"
            "Den 3 nov. 2026 kl. 10:02 skrev Kundfaktura <kundfaktura@ekonomicentret.se>:\n" + "\n".join(out) + "\n")
    m = mail(OLLE, f"Sv: [{t}] Komplettering behövs", "Tue, 03 Nov 2026 11:15:00 +0100", body)
    return m, expect_reply("Answers written inline, each below its quoted question (unquoted lines between '>' "
                           "lines); the line above the quote only points to them.", REP, t,
                           {"customer": {"org_no": new}, "lines": [{"quantity": "2"}]})


@case("s27_fi_reply_answers_in_other_order")
def _s27():
    t = "REQ-Q4V7N"
    q = q_fi(t, ['Määrä rivillä 1 "Sedimenttinäyte" (lines[0].quantity)',
                 'Yksikköhinta rivillä 2 "Kulut" (lines[1].unit_price)'],
             "Asiakas: Metsänhoitoyhdistys Kaakko ry\nRivi 1: LA200 Sedimenttinäyte – määrä puuttuu\n"
             "Rivi 2: KU90 Kulut 1 kpl – hinta puuttuu")
    body = ("Hei,\n\nkulujen hinta on 145,50 € ja sedimenttinäytteitä oli 9 kpl.\n\nJuha\n\n"
            "ma 2.11.2026 klo 14.05 Myyntilaskutus <laskutus@talouspalvelu.fi> kirjoitti:\n" + quoted(q))
    m = mail(JUHA, f"Re: [{t}] Lisätietoja tarvitaan", "Tue, 03 Nov 2026 08:20:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("Two answers in one sentence, in the reverse order of the questions, each recognisable "
                           "by its subject (price of the expenses line, count of the sediment samples).", REP, t,
                           {"lines": [{"quantity": "9"}, {"unit_price": "145.50"}]})


@case("s28_en_reply_partial_answer_agency_business_id_in_signature")
def _s28():
    t = "REQ-M2H8C"
    q = q_en(t, ["Business ID of the customer (customer.org_no)", 'Quantity for line 1 "Water analysis" '
                 "(lines[0].quantity)"], "Customer: Baltic Shore Ltd (new)\nLine 1: LA100 Water analysis – "
                 "quantity missing")
    body = ("Hi,\n\nthere were 5 analyses. I'm still waiting for their Business ID and will send it as soon as I "
            "have it.\n\n" + sig_ytl_en("Sarah Mitchell") + "\nOn Mon, 9 Nov 2026 at 09:00, Myyntilaskutus "
            "<laskutus@talouspalvelu.fi> wrote:\n" + quoted(q))
    m = mail(SARAH, f"RE: [{t}] Information needed", "Mon, 09 Nov 2026 13:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("Only one of two questions answered; the Business ID in the signature is the agency's "
                           "own, not the answer to the other question.", REP, t,
                           {"customer": {"org_no": None}, "lines": [{"quantity": "5"}]})


@case("s29_sv_reply_price_in_tkr_not_taken")
def _s29():
    t = "REQ-7TZP2"
    q = q_sv(t, ['Pris för rad 1 "Expertgranskning" (lines[0].unit_price)'],
             "Kund: Region Vindelälven\nRad 1: 2020 Expertgranskning 1 st – pris saknas")
    body = ("Hej,\n\ndet blir ungefär 45 tkr, exakt belopp kommer när slutredovisningen är klar.\n\n/Maria\n\n"
            "Från: Kundfaktura <kundfaktura@ekonomicentret.se>\nSkickat: den 4 november 2026 08:00\n"
            f"Till: Maria Fransson <maria.fransson@sgn.se>\nÄmne: [{t}] Komplettering behövs\n\n" + q)
    m = mail(MARIA, f"SV: [{t}] Komplettering behövs", "Wed, 04 Nov 2026 09:45:00 +0100", body)
    return m, expect_reply("An approximate answer in thousands shorthand ('ungefär 45 tkr', the exact amount to "
                           "come) answers nothing that may be invoiced.", REP, t, None)


@case("s30_sv_advice_csv_thousands_dots")
def _s30():
    o1, o2, o3 = se_ocr("41031027"), se_ocr("41031035"), se_ocr("41031118")
    csv = ("Betalare;Fakturanummer;OCR;Belopp SEK;Betaldatum\n"
           f"Vretstorp Entreprenad AB;4103102;{o1};12.500,00;2026-11-06\n"
           f"Vretstorp Entreprenad AB;4103103;{o2};1.250,00;2026-11-06\n"
           f"Vretstorp Entreprenad AB;4103111;{o3};980,00;2026-11-06\n"
           "Summa;;;14.730,00;\n")
    m = mail(GEO_EKONOMI, "VB: Betalningsspecifikation Vretstorp", "Fri, 06 Nov 2026 14:00:00 +0100",
             "Hej,\n\nbetalningsspecifikation från Vretstorp, bifogad.\n\nSGN Ekonomi\n",
             attachments=[text_att("betalspec_vretstorp.csv", csv)])
    return m, expect_advice("A payment specification CSV with dots as thousands separators and a 'Summa' row "
                            "(the total, not an item).", ADV, {"name": "Vretstorp Entreprenad AB"}, "2026-11-06",
                            "14730.00", "SEK", [("4103102", o1, "12500.00"), ("4103103", o2, "1250.00"),
                                                ("4103111", o3, "980.00")])


@case("s31_fi_advice_partial_and_overpayment")
def _s31():
    v1, v2, v3 = fi_ref("771022"), fi_ref("771031"), fi_ref("771049")
    body = ("Hei,\n\nPirkanmaan Maanrakennus maksoi alla olevat, tiedoksi.\n\nYTL Laskutus\n\n"
            "MAKSUILMOITUS\nMaksaja: Pirkanmaan Maanrakennus Oy\nMaksupäivä: 5.11.2026\n\n"
            "Lasku     Viite        Laskun summa   Maksettu\n"
            f"771022    {v1}       2 450,00     1 000,00\n"
            f"771031    {v2}         980,50     1 000,00\n"
            f"771049    {v3}         312,00       312,00\n"
            "Yhteensä                3 742,50     2 312,00\n")
    m = mail(YTL_LASKUTUS, "VL: Maksuilmoitus", "Thu, 05 Nov 2026 15:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A Finnish advice with a partial payment (1 000 of 2 450) and an overpayment (1 000 of "
                            "980,50): each amount is the paid column; the total is the paid total.", ADV,
                            {"name": "Pirkanmaan Maanrakennus Oy"}, "2026-11-05", "2312.00", "EUR",
                            [("771022", v1, "1000.00"), ("771031", v2, "1000.00"), ("771049", v3, "312.00")])


@case("s32_en_advice_prose_two_invoices")
def _s32():
    body = ("Hi,\n\nforwarding a note from Oy Nordic Soil Lab Ab: \"We have today, 10 November 2026, paid your "
            "invoices 7709101 (EUR 1,250.00) and 7709115 (EUR 392.00), EUR 1,642.00 in total, to your account "
            "FI21 1234 5600 0007 85.\"\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "FW: Payment Nordic Soil Lab", "Tue, 10 Nov 2026 16:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A payment advice in one English sentence: two invoices with amounts, the total; the "
                            "agency's IBAN is no reference.", ADV, {"name": "Oy Nordic Soil Lab Ab"}, "2026-11-10",
                            "1642.00", "EUR", [("7709101", None, "1250.00"), ("7709115", None, "392.00")])


@case("s33_sv_advice_html_colspan_total")
def _s33():
    o1, o2 = se_ocr("41032019"), se_ocr("41032100")
    html = ("<p>Hej, här kommer Ålidens betalningsavisering.</p><p>/Sanna</p><hr>"
            "<h3>Betalningsavisering</h3><p>Betalare: Ålidens kommun, 212000-8830<br>Betalningsdag: 2026-11-09</p>"
            "<table border=1><tr><th>Faktura</th><th>OCR</th><th>Belopp</th></tr>"
            f"<tr><td>4103201</td><td>{o1}</td><td align=right>16 800,00</td></tr>"
            f"<tr><td>4103210</td><td>{o2}</td><td align=right>-4 200,00</td></tr>"
            "<tr><td colspan=2><b>Totalt betalt</b></td><td align=right><b>12 600,00</b></td></tr></table>")
    m = mail(SANNA, "VB: Betalningsavisering Ålidens kommun", "Mon, 09 Nov 2026 11:00:00 +0100", None, html)
    return m, expect_advice("An HTML advice with a credit note deducted and a total row spanning two columns.", ADV,
                            {"name": "Ålidens kommun", "org_no": "212000-8830"}, "2026-11-09", "12600.00", "SEK",
                            [("4103201", o1, "16800.00"), ("4103210", o2, "-4200.00")])


@case("s34_sv_advice_utf16_tsv")
def _s34():
    o1, o2 = se_ocr("41033017"), se_ocr("41033025")
    tsv = ("Betalningsspecifikation\r\nBetalare\tBerg & Dal Konsult KB\r\nDatum\t2026-11-12\r\n\r\n"
           "Fakturanr\tOCR-referens\tBetalt belopp\r\n"
           f"4103301\t{o1}\t9 375,00\r\n4103302\t{o2}\t1 350,00\r\nSumma\t\t10 725,00\r\n")
    m = mail(GEO_EKONOMI, "Betalningsspecifikation Berg & Dal", "Thu, 12 Nov 2026 10:00:00 +0100",
             "Hej,\nspecifikationen kom som textfil från kunden.\n/Ekonomi\n",
             attachments=[("betalning.txt", b"\xff\xfe" + tsv.encode("utf-16-le"), "text", "plain")])
    return m, expect_advice("A payment specification as a UTF-16 tab-separated text file with a header block.",
                            ADV, {"name": "Berg & Dal Konsult KB"}, "2026-11-12", "10725.00", "SEK",
                            [("4103301", o1, "9375.00"), ("4103302", o2, "1350.00")])


@case("s35_en_advice_pdf_danish_payer_eur")
def _s35():
    r1, r2 = rf("41034012"), rf("41034020")
    html = ("<h1>Remittance advice</h1><p>Miljølab Nordsjælland ApS · CVR 31245672<br>Payment date: 13.11.2026<br>"
            "Currency: EUR</p><table><thead><tr><th>Your invoice</th><th>Reference</th><th class='num'>Amount</th>"
            "</tr></thead><tbody>"
            f"<tr><td>4103401</td><td>{r1[:4]} {r1[4:8]} {r1[8:]}</td><td class='num'>2.550,00</td></tr>"
            f"<tr><td>4103402</td><td>{r2[:4]} {r2[4:8]} {r2[8:]}</td><td class='num'>850,00</td></tr>"
            "<tr><td colspan=2>Total</td><td class='num'>3.400,00</td></tr></tbody></table>")
    m = mail(MARIA, "Fwd: Remittance advice Miljølab", "Fri, 13 Nov 2026 09:00:00 +0100",
             "Hej, betalningsavi från danska kunden (EUR).\n/Maria\n",
             attachments=[pdf("remittance_miljolab.pdf", html)])
    return m, expect_advice("A Danish payer's PDF remittance in EUR with European-format amounts and RF references "
                            "printed in groups.", ADV, {"name": "Miljølab Nordsjælland ApS"}, "2026-11-13",
                            "3400.00", "EUR", [("4103401", r1, "2550.00"), ("4103402", r2, "850.00")])


@case("s36_fisv_advice_bilingual_disclaimer_numbers")
def _s36():
    v1 = fi_ref("771210")
    body = ("Hej,\n\nNärpes Grönsaker har betalat / on maksanut:\n\n"
            f"Faktura/Lasku 771210, referens/viite {v1[:3]} {v1[3:]}, belopp/summa 1 568,00 EUR\n"
            "Betalningsdag/Maksupäivä 16.11.2026\n\n/Anders\n\n"
            "--\nDetta meddelande kan innehålla konfidentiell information. Kundtjänst vardagar 8–16, tfn 029 525 1000. "
            "Arkivnummer 2026/118, version 3.\n")
    m = mail(ANDERS, "Betalning / Maksu Närpes Grönsaker", "Mon, 16 Nov 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A bilingual one-invoice advice in prose with a disclaimer full of numbers (hours, a "
                            "phone number, an archive number) that are no items.", ADV,
                            {"name": "Närpes Grönsaker"}, "2026-11-16", None, "EUR", [("771210", v1, "1568.00")])


@case("s37_sv_register_change_invoice_address")
def _s37():
    body = ("Hej,\n\nNordkap Analys AB (" + org("K-4008") + ") har flyttat. Ny fakturaadress från 1 december:\n"
            "Nordkap Analys AB, Box 4410, 102 69 Stockholm. E-faktura: 0007:" + org("K-4008").replace("-", "")
            + "\nDeras referens blir fortsatt Petra Lund.\n\nInget att fakturera just nu.\n\n"
            + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Ny fakturaadress Nordkap", "Tue, 17 Nov 2026 10:00:00 +0100", body)
    return m, expect_unknown("A register change (a new invoice address, an e-invoice address): a customer with "
                             "identifiers and a reference, but nothing to invoice.", KIND)


@case("s38_fi_hyvitys_html_only_rows")
def _s38():
    html = ("<p>Hei,</p><p>pyydämme hyvittämään laskulta <b>771204</b> seuraavat rivit, asiakas peruutti:</p>"
            "<table border=1><tr><th>Tuote</th><th>Määrä</th></tr><tr><td>KO10 Koulutuspäivä</td><td>6</td></tr>"
            "<tr><td>JU10 Julkaisu</td><td>6</td></tr></table><p>Asiakas: Pohjois-Savon jätehuoltokuntayhtymä</p>"
            "<p>Kiitos,<br>Kirsi Laine, YTL</p>")
    m = mail(KIRSI, "Hyvitys laskulle 771204", "Wed, 18 Nov 2026 09:00:00 +0200", None, html, to=CENTRE_FI)
    return m, expect_unknown("An HTML-only Finnish request to credit rows of an issued invoice ('hyvittämään "
                             "laskulta'): lines and a customer, but a credit, not a new invoice.", KIND)


@case("s39_sv_delivery_failure_quoting_request")
def _s39():
    body = ("This is the mail system at host mx1.ekonomicentret.se.\n\nI'm sorry to have to inform you that your "
            "message could not be delivered to one or more recipients.\n\n<fakturering@nordkap-analys.se>: host "
            "mx.nordkap-analys.se said: 550 5.1.1 User unknown\n\n--- Original message ---\n"
            "From: Olle Berglund <olle.berglund@sgn.se>\nSubject: Fakturera Nordkap\n\n"
            "Fakturera Nordkap Analys AB 4 st portrycksmätning (1020).\n")
    m = mail("Mail Delivery System <MAILER-DAEMON@sgn.se>", "Undelivered Mail Returned to Sender",
             "Thu, 19 Nov 2026 08:00:00 +0100", body)
    return m, expect_unknown("A delivery-failure report quoting a request (sent by the mail system, not an allowed "
                             "sender, no Auto-Submitted header): not a request.", KIND)


@case("s40_sv_question_invoice_in_euro")
def _s40():
    body = ("Hej,\n\nen fråga innan jag skickar underlaget: kan ni fakturera Miljølab Nordsjælland ApS i euro, "
            "3 fältdagar (1500) à 850 EUR? Eller måste det vara kronor?\n\nTack på förhand!\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Fråga om fakturering i EUR", "Fri, 20 Nov 2026 10:00:00 +0100", body)
    return m, expect_unknown("A question before a request ('innan jag skickar underlaget'): customer, article, count "
                             "and price, but nothing to invoice yet.", KIND)
