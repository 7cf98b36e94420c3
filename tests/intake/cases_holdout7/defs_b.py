"""Seventh held-out set (written blind), part B: more requests (an XLSX with a VAT-amount column, a customer order
forwarded as an attached message, a new housing co-operative with its address, 'art.nr … (N st)' lines with one
line not to be invoiced, a Gmail reply that changes a quoted order), messages that are no request (a credit and
re-invoice in one mail, a thank-you above a quoted confirmation, a status inquiry, a bilingual out-of-office
without headers, an agency newsletter with prices), replies (bottom-posted, from an iPhone) and payment advices
(cash discount deducted, a Finnish XLSX with text amounts, a bank CSV with a BOM, a system HTML remittance with
nested tables, Finnish dates in words, a forward of a forward, a PDF with RF references and a credit note, a phone
note)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_iban, fi_ref, rf, se_ocr, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    pdf,
    text_att,
    xlsx,
)
from tests.intake.cases_holdout2.kit import (
    ANDERS,
    CENTRE_FI,
    GEO_EKONOMI,
    GS,
    JUHA,
    KIRSI,
    MARIA,
    ND,
    OLLE,
    SANNA,
    SARAH,
    YF,
    YTL_LASKUTUS,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)
from tests.intake.cases_holdout4.kit4 import q_fi, q_sv, quoted

from .kit7 import case, cust, line, org, request

TAB, KIND, QUO, IDS, REP, ADV = "3-tables", "1-kind", "2-quoting", "9-identities", "10-replies", "8-advice"
NOP = ("description", "period_start", "period_end")


@case("t21_sv_xlsx_moms_amount_column_totalt")
def _t21():
    rows = [["Kund", "Org.nr", "Artikel", "Antal", "À-pris", "Belopp", "Moms", "Att betala"],
            ["Ålidens kommun", org("K-4004"), "3020", 40, 450, 18000, 1080, 19080],
            ["Ålidens kommun", org("K-4004"), "4010", 1, 3500, 3500, 0, 3500],
            ["Brattfors Skogsägare ekonomisk förening", org("K-4005"), "1500", 2, 9600, 19200, 4800, 24000],
            ["Totalt", None, None, None, None, 40700, 5880, 46580]]
    m = mail(GEO_EKONOMI, "Underlag oktober", "Fri, 16 Oct 2026 10:00:00 +0200",
             "Hej,\nunderlag i bifogad fil.\n/Ekonomi\n",
             attachments=[xlsx("underlag_okt.xlsx", [("Underlag", rows, [])])])
    return m, expect_requests("An XLSX with a VAT amount column ('Moms': 1080, 0, 4800) and an amount including VAT: "
                              "neither is a VAT rate or a price; the rates are the articles' (6, 0, 25).", TAB,
                              [request(cust("K-4004"), [line(GS, "3020", "40", "450", skip=NOP),
                                                        line(GS, "4010", "1", "3500", skip=NOP)], [], GS),
                               request(cust("K-4005"), [line(GS, "1500", "2", "9600", skip=NOP)], [], GS)])


@case("t22_en_customer_order_attached_as_message")
def _t22():
    inner = mail("Mikko Rantanen <mikko.rantanen@nordicsoillab.fi>", "Order – sediment sampling",
                 "Mon, 21 Sep 2026 08:05:00 +0300",
                 "Hello,\n\nwe would like to order 8 sediment samples (LA200) and 2 expert hours (AT10) for the "
                 "report.\n\nPO: NSL-7781\nAttn: Mikko Rantanen\n\nBest regards,\nMikko Rantanen\nOy Nordic Soil Lab "
                 "Ab\nTiedepuisto 4, 20520 Turku\n", to="Sarah Mitchell <sarah.mitchell@ytl.fi>")
    m = mail(SARAH, "FW: Order – sediment sampling", "Mon, 05 Oct 2026 12:00:00 +0300",
             "Hi,\n\nplease invoice as per the attached order – delivered in full on 2 October.\n\n"
             + sig_ytl_en("Sarah Mitchell"), to=CENTRE_FI, attachments=[inner])
    d = {"ps": "2026-10-02"}
    return m, expect_requests("The customer's order attached as a message (message/rfc822); the agency's note gives "
                              "one delivery date for the whole order.", QUO,
                              [request(cust("K-5007"), [line(YF, "LA200", "8", skip=ND, **d),
                                                        line(YF, "AT10", "2", skip=ND, **d)], [],
                                       YF, buyer="Mikko Rantanen", order="NSL-7781")])


@case("t23_sv_new_housing_cooperative_with_address")
def _t23():
    brf = se_org("769621350")
    body = (f"Hej,\n\nNy kund: Bostadsrättsföreningen Tallkotten 3, org.nr {brf}, c/o Nabo, Box 7, 123 21 Farsta.\n"
            "Portrycksmätning (1020): 3 st den 29 september.\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Ny kund Brf Tallkotten", "Thu, 01 Oct 2026 13:00:00 +0200", body)
    c = {"name": "Bostadsrättsföreningen Tallkotten 3", "org_no": brf, "customer_number": None, "country": "SE"}
    return m, expect_requests("A new customer (a housing co-operative, org number 769…) with its postal address: "
                              "nothing to ask.", IDS,
                              [request(c, [line(GS, "1020", "3", ps="2026-09-29", skip=ND)], [], GS)])


@case("t24_sv_artnr_parentheses_one_line_not_invoiced")
def _t24():
    body = ("Hej,\n\nFastighets AB Gåsen 4, enligt avtal:\n\n"
            "Rapport, tryckt art.nr 3020 (12 st)\n"
            "Portrycksmätning art.nr 1020 (2 st) – ingår i det fasta priset, faktureras ej\n"
            "Fältdag art.nr 1500 (1 dag, 15/9)\n\n" + sig_geo("Sanna Wallin", "Handläggare"))
    m = mail(SANNA, "Gåsen 4 september", "Mon, 21 Sep 2026 09:00:00 +0200", body)
    return m, expect_requests("'art.nr CODE (N st)' lines; the line marked 'faktureras ej' is no line; '15/9' is "
                              "15 September.", TAB,
                              [request(cust("K-4010"), [line(GS, "3020", "12", skip=NOP),
                                                        line(GS, "1500", "1", ps="2026-09-15", skip=ND)], [], GS)])


@case("t25_fi_gmail_reply_changes_quoted_order")
def _t25():
    body = ("Hei,\n\nlaskuttakaa alla olevan tilauksen mukaan, paitsi maastopäiviä oli lopulta 3 (ei 4). "
            "Asiantuntijatunnit kuten tilauksessa.\n\nJuha\n\n"
            "ma 5.10.2026 klo 14.02 Timo Lahti <timo.lahti@pirkanmaanmaa.fi> kirjoitti:\n"
            + quoted("Hei,\n\nPirkanmaan Maanrakennus Oy tilaa 4 maastopäivää (AT20) ja 6 asiantuntijatuntia "
                     "(AT10).\nTilausnumero PM-5521\n\nTimo Lahti\nPirkanmaan Maanrakennus Oy"))
    m = mail(JUHA, "Re: Tilaus maastotyöt", "Tue, 13 Oct 2026 08:45:00 +0300", body, to=CENTRE_FI)
    r = request(cust("K-5003"), [line(YF, "AT20", "3", skip=NOP), line(YF, "AT10", "6", skip=NOP)], [], YF,
                order="PM-5521")
    del r["buyer_reference"]  # the orderer only signs the quoted order; left open
    return m, expect_requests("The newest part refers to the quoted customer order and changes one count (3, not 4); "
                              "the other count and the order number are the quoted order's.", QUO, [r])


@case("t26_sv_credit_and_reinvoice_one_mail")
def _t26():
    body = ("Hej,\n\nfaktura 4102233 till Vretstorp Entreprenad AB blev fel – vi fakturerade 5 fältdagar (1500) men "
            "det var 3. Kreditera den fakturan och fakturera om med 3 fältdagar, 1–3 september.\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Fel på faktura 4102233", "Tue, 06 Oct 2026 09:10:00 +0200", body)
    return m, expect_unknown("A credit of an issued invoice and its re-invoice in one mail: the new invoice depends on "
                             "the credit, so the whole is a credit request for a clerk — a request filed alone would "
                             "bill 3 days on top of the 5 still standing.", KIND)


@case("t27_en_thanks_above_quoted_confirmation")
def _t27():
    body = ("Thanks, looks good!\n\nSarah\n\nOn Wed, 7 Oct 2026 at 10:20, Myyntilaskutus "
            "<laskutus@talouspalvelu.fi> wrote:\n"
            + quoted("Hello,\n\nyour request has been invoiced:\n\nInvoice 7709123 – Nordkap Analys Oy\n"
                     "LA110 Vesinäyte, laaja analyysi 5 kpl à 196,00\nAT10 Asiantuntijatunti 2 h à 135,00\n\n"
                     "Sales invoicing, Shared Service Centre"))
    m = mail(SARAH, "Re: Invoiced: Nordkap Analys Oy", "Wed, 07 Oct 2026 11:02:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("A thank-you above the centre's quoted confirmation, which lists a customer and lines: "
                             "nothing new to invoice.", KIND)


@case("t28_sv_status_inquiry_with_order_number")
def _t28():
    body = ("Hej,\n\nhar fakturan till Nordkap Analys AB för de 4 portrycksmätningarna (1020) i september gått iväg? "
            "Kunden frågar. Deras ordernr var NA-2026-311.\n\n/Olle\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Fråga: faktura Nordkap september", "Thu, 08 Oct 2026 15:00:00 +0200", body)
    return m, expect_unknown("A question whether an invoice has been sent: it names a customer, an article, a count "
                             "and an order number but asks nothing to be invoiced.", KIND)


@case("t29_fisv_out_of_office_no_header")
def _t29():
    body = ("Jag är på semester 12.10–23.10.2026 och läser inte min e-post. I brådskande faktureringsärenden, "
            "kontakta laskutus@ytl.fi eller tfn 029 525 1000.\n\n"
            "Olen lomalla 12.10.–23.10.2026 enkä lue sähköpostiani. Kiireellisissä laskutusasioissa ota yhteyttä "
            "osoitteeseen laskutus@ytl.fi tai p. 029 525 1000.\n\nAnders Holmqvist\n")
    m = mail(ANDERS, "Frånvaro / Poissa: Laskutettu: Närpes Grönsaker Ab", "Mon, 12 Oct 2026 07:01:00 +0300", body,
             to=CENTRE_FI)
    return m, expect_unknown("A bilingual (Finland-Swedish and Finnish) out-of-office without Auto-Submitted or the "
                             "words 'automatiskt svar': not a request; the subject names a customer.", KIND)


@case("t30_sv_agency_newsletter_with_prices")
def _t30():
    html = ("<h2>SGN Nytt – oktober 2026</h2><p>Hej alla!</p>"
            "<p><b>Kurs: Geoteknik för beställare</b> – 12 november i Linköping. Pris 4 200 kr per deltagare "
            "(art. 3010). Anmäl senast 30 oktober, 3 platser kvar.</p>"
            "<p><b>Nya priser från 1 januari 2027:</b></p><ul><li>Fältdag (1500): 9 900 kr</li>"
            "<li>Utredningstimme (2010): 1 300 kr</li></ul>"
            "<p>Vi gratulerar Region Vindelälven till utmärkelsen Årets beställare!</p>"
            "<p>Hälsningar<br>Kommunikationsenheten, Sveriges geotekniska nämnd</p>"
            "<p style='font-size:8pt'>Du får det här brevet för att du står på SGN:s sändlista.</p>")
    m = mail(GEO_EKONOMI, "SGN Nytt oktober 2026", "Thu, 15 Oct 2026 07:00:00 +0200", None, html)
    return m, expect_unknown("The agency's newsletter sent from an allowed sender to a list including the centre, "
                             "without list headers; it has article codes, prices, counts and a customer's name.", KIND)


@case("t31_fi_reply_bottom_posted_answer")
def _t31():
    t = "REQ-T7K4Q"
    q = q_fi(t, ['Määrä rivillä 2 "Asiantuntijatunti" (lines[1].quantity)'],
             "Asiakas: Kuopion Vesi Oy\nRivi 1: LA100 Vesinäyte, perusanalyysi 12 kpl\n"
             "Rivi 2: AT10 Asiantuntijatunti – määrä puuttuu")
    body = ("ti 6.10.2026 klo 9.12 Myyntilaskutus <laskutus@talouspalvelu.fi> kirjoitti:\n" + quoted(q)
            + "\nAsiantuntijatunteja kertyi 7,5 h.\n\nJuha\n")
    m = mail(JUHA, f"Re: [{t}] Lisätietoja tarvitaan", "Tue, 06 Oct 2026 13:40:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("A bottom-posted answer: the quoted question (with the 12 of line 1) first, the answer "
                           "below it.", REP, t, {"lines": [{}, {"quantity": "7.5"}]})


@case("t32_sv_reply_from_iphone_org_number")
def _t32():
    t = "REQ-P2W9M"
    hb = se_org("969687123")
    q = q_sv(t, ["Organisationsnummer för kunden (customer.org_no)"],
             "Kund: Ekeby Hästgård HB (ny)\nRad 1: 3010 Kurs, per deltagare 2 st à 4 200,00")
    body = (f"Orgnr {hb}\n\nSkickat från min iPhone\n\n"
            "> 7 okt. 2026 kl. 09:14 skrev Kundfaktura <kundfaktura@ekonomicentret.se>:\n>\n" + quoted(q))
    m = mail(SANNA, f"Sv: [{t}] Komplettering behövs", "Wed, 07 Oct 2026 09:31:00 +0200", body)
    return m, expect_reply("A one-line answer from an iPhone ('Orgnr …', then 'Skickat från min iPhone'), the iOS "
                           "quote header '… skrev …:' below.", REP, t, {"customer": {"org_no": hb}, "lines": []})


@case("t33_sv_advice_cash_discount_deducted")
def _t33():
    o1, o2, o3 = se_ocr("41023017"), se_ocr("41023182"), se_ocr("41023255")
    body = ("Hej,\n\nÅlidens kommun har betalat tre fakturor med kassarabatt, se deras avisering nedan.\n\n/Ekonomi\n\n"
            "BETALNINGSAVISERING\nBetalare: Ålidens kommun\nBetalningsdag: 2026-10-05\n\n"
            "Fakturanr  OCR          Fakturabelopp  Kassarabatt 2 %  Betalt\n"
            f"4102301    {o1}     10 000,00          200,00      9 800,00\n"
            f"4102318    {o2}      4 500,00           90,00      4 410,00\n"
            f"4102325    {o3}      1 250,00           25,00      1 225,00\n\n"
            "Totalt betalt: 15 435,00 SEK\n")
    m = mail(GEO_EKONOMI, "Betalning Ålidens kommun", "Tue, 06 Oct 2026 10:00:00 +0200", body)
    return m, expect_advice("An advice for three invoices with a 2 % cash discount deducted: each item's amount is "
                            "the paid column (not the invoice amount, not the discount).", ADV,
                            {"name": "Ålidens kommun"}, "2026-10-05", "15435.00", "SEK",
                            [("4102301", o1, "9800.00"), ("4102318", o2, "4410.00"), ("4102325", o3, "1225.00")])


@case("t34_fi_xlsx_maksuerittely_text_amounts")
def _t34():
    v1, v2, v3 = fi_ref("770401"), fi_ref("770402"), fi_ref("770388")
    rows = [["MAKSUERITTELY"], ["Maksaja", "Kuopion Vesi Palvelut Oy"], ["Y-tunnus", org("K-5002")],
            ["Maksupäivä", "2.10.2026"], [None],
            ["Laskun nro", "Viitenumero", "Laskun summa", "Maksettu"],
            ["770401", v1, "1 568,00", "1 568,00"],
            ["770402", v2, "980,50", "500,00"],
            ["770388", v3, "-33,50", "-33,50"],
            ["Yhteensä", None, "2 515,00", "2 034,50"]]
    m = mail(YTL_LASKUTUS, "VL: Maksuerittely Kuopion Vesi Palvelut", "Fri, 02 Oct 2026 15:00:00 +0300",
             "Hei,\n\nmaksuerittely liitteenä.\n\nYTL Laskutus\n", to=CENTRE_FI,
             attachments=[xlsx("maksuerittely_021026.xlsx", [("Erittely", rows, [])])])
    return m, expect_advice("A Finnish XLSX payment specification with a header block, text cells with decimal "
                            "commas, a partial payment (500,00 of 980,50), a credit note and a 'Yhteensä' row "
                            "(the paid column's total).", ADV,
                            {"name": "Kuopion Vesi Palvelut Oy", "org_no": org("K-5002")}, "2026-10-02", "2034.50",
                            "EUR", [("770401", v1, "1568.00"), ("770402", v2, "500.00"), ("770388", v3, "-33.50")])


@case("t35_sv_bank_csv_bom_no_total")
def _t35():
    o1, o2 = se_ocr("41024102"), se_ocr("41024219")
    csv = ("Bokföringsdag;Betalare;Referens;Belopp;Valuta\r\n"
           f"2026-10-08;BERG & DAL KONSULT KB;{o1};2 350,00;SEK\r\n"
           f"2026-10-08;BERG & DAL KONSULT KB;{o2};11 750,00;SEK\r\n")
    m = mail(GEO_EKONOMI, "Inbetalningar Berg & Dal", "Fri, 09 Oct 2026 08:20:00 +0200",
             "Hej,\n\nbankens export av inbetalningarna från Berg & Dal, se bifogad fil.\n\n/Ekonomi\n",
             attachments=[text_att("inbetalningar_20261008.csv", csv, bom=True)])
    adv = expect_advice("The bank's semicolon CSV export with a BOM: one row per payment with the payer's name in "
                        "capitals and an OCR reference, no invoice numbers and no stated total.", ADV,
                        {"name": "BERG & DAL KONSULT KB"}, "2026-10-08", None, "SEK",
                        [(None, o1, "2350.00"), (None, o2, "11750.00")])
    return m, adv


@case("t36_en_html_remittance_nested_tables_forwarded")
def _t36():
    r1, r2, r3 = rf("77090514"), rf("77090522"), rf("77090431")
    td = "<td style='padding:2px 6px;border-bottom:1px solid #ccc'>"
    html = ("<div>Hei, saimme tämän maksajalta, tiedoksi.<br>YTL Laskutus</div><br>"
            "<div style='border-top:1px solid #B5C4DF;padding-top:3pt'><b>From:</b> noreply@saaristomeri-saatio.fi"
            "<br><b>Sent:</b> Thursday, October 8, 2026 6:00 AM<br><b>Subject:</b> Remittance advice 2026-000318"
            "</div><br>"
            "<table width='100%' cellpadding=0 cellspacing=0><tr><td>"
            "<table><tr><td><b>REMITTANCE ADVICE</b></td><td align=right>Batch 2026-000318</td></tr></table>"
            "<table><tr><td>Payer:</td><td>Saaristomeren Tutkimussäätiö sr</td></tr>"
            "<tr><td>Payment date:</td><td>07/10/2026</td></tr><tr><td>Currency:</td><td>EUR</td></tr></table>"
            "</td></tr><tr><td>"
            "<table cellspacing=0><tr><th>Invoice</th><th>Reference</th><th>Type</th><th align=right>Amount</th></tr>"
            f"<tr>{td}7709051</td>{td}{r1[:4]} {r1[4:8]} {r1[8:]}</td>{td}Invoice</td>{td}1,176.00</td></tr>"
            f"<tr>{td}7709052</td>{td}{r2[:4]} {r2[4:8]} {r2[8:]}</td>{td}Invoice</td>{td}392.00</td></tr>"
            f"<tr>{td}7709043</td>{td}{r3[:4]} {r3[4:8]} {r3[8:]}</td>{td}Credit note</td>{td}-84.00</td></tr>"
            "<tr><td colspan=3><b>Total paid</b></td><td><b>1,484.00</b></td></tr></table>"
            "</td></tr></table>")
    m = mail(YTL_LASKUTUS, "FW: Remittance advice 2026-000318", "Thu, 08 Oct 2026 09:30:00 +0300", None, html,
             to=CENTRE_FI)
    return m, expect_advice("A system remittance in nested HTML tables, forwarded HTML-only: RF references printed "
                            "in groups, a credit note, a dd/mm/yyyy date; the batch id is no reference.", ADV,
                            {"name": "Saaristomeren Tutkimussäätiö sr"}, "2026-10-07", "1484.00", "EUR",
                            [("7709051", r1, "1176.00"), ("7709052", r2, "392.00"), ("7709043", r3, "-84.00")])


@case("t37_fi_maksuilmoitus_date_in_words")
def _t37():
    v1, v2 = fi_ref("7709210"), fi_ref("7709228")
    body = ("Hei,\n\nLapin Luontomatkailu Oy ilmoitti maksaneensa lokakuun 9. päivänä seuraavat laskut:\n\n"
            f"- lasku 7709210 (viite {v1}): 890,00 €\n- lasku 7709228 (viite {v2}): 391,00 €\n\n"
            "Yhteensä 1 281,00 €.\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Lapin Luontomatkailu maksoi", "Mon, 12 Oct 2026 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_advice("A Finnish prose advice with the payment date in words ('lokakuun 9. päivänä', year of "
                            "the mail) and viitenumero references in parentheses.", ADV,
                            {"name": "Lapin Luontomatkailu Oy"}, "2026-10-09", "1281.00", "EUR",
                            [("7709210", v1, "890.00"), ("7709228", v2, "391.00")])


@case("t38_sv_forward_of_forward_advice")
def _t38():
    o1 = se_ocr("41022507")
    body = ("Hej, en betalning till er.\n/Maria\n\n"
            "-----Ursprungligt meddelande-----\nFrån: SGN Ekonomi <ekonomi@sgn.se>\nSkickat: den 8 oktober 2026 "
            "16:10\nTill: Maria Fransson <maria.fransson@sgn.se>\nÄmne: VB: Betalningsavisering\n\n"
            "Maria, kan du skicka vidare till ekonomicentret?\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Kent Sjöberg <kent.sjoberg@hbostader.se>\n"
            "Skickat: den 7 oktober 2026 11:45\nTill: ekonomi@sgn.se\nÄmne: Betalningsavisering\n\n"
            "Hej,\n\nvi har i dag betalat er faktura 4102250, OCR "
            f"{o1}, 4 900 kr.\n\nMed vänlig hälsning\nKent Sjöberg\nHallstahammars Bostäder AB\n")
    m = mail(MARIA, "VB: VB: Betalningsavisering", "Fri, 09 Oct 2026 08:00:00 +0200", body)
    adv = expect_advice("A forward of a forward of a customer's payment note: 'i dag' is the date of the customer's "
                        "own message (7 October), not of the forwards.", ADV, {"name": "Hallstahammars Bostäder AB"},
                        "2026-10-07", None, "SEK", [("4102250", o1, "4900.00")])
    del adv["payment_advice"]["total"]  # one payment without a stated total: left open
    return m, adv


@case("t39_en_pdf_advice_rf_credit_note")
def _t39():
    r1, r2, r3 = rf("77091015"), rf("77091023"), rf("77090811")
    html = ("<h1>PAYMENT ADVICE / MAKSUILMOITUS</h1>"
            "<p>Payer / Maksaja: Nordkap Analys Oy<br>Payment date / Maksupäivä: 15.10.2026<br>"
            f"Payee / Saaja: Ympäristötutkimuslaitos, {fi_iban('15723500098765')}</p>"
            "<table><thead><tr><th>Invoice / Lasku</th><th>Reference / Viite</th><th class='num'>Amount EUR</th>"
            "</tr></thead><tbody>"
            f"<tr><td>7709101</td><td>{r1}</td><td class='num'>980,00</td></tr>"
            f"<tr><td>7709102</td><td>{r2}</td><td class='num'>1 470,00</td></tr>"
            f"<tr><td>7709081 (hyvityslasku / credit note)</td><td>{r3}</td><td class='num'>-196,00</td></tr>"
            "<tr><td colspan=2><b>Total / Yhteensä</b></td><td class='num'><b>2 254,00</b></td></tr>"
            "</tbody></table>")
    m = mail(YTL_LASKUTUS, "FW: Payment advice Nordkap Analys", "Thu, 15 Oct 2026 14:00:00 +0300",
             "Hei,\n\nNordkap Analyksen maksuilmoitus liitteenä.\n\nYTL Laskutus\n", to=CENTRE_FI,
             attachments=[pdf("payment_advice_nordkap.pdf", html)])
    return m, expect_advice("A bilingual (en/fi) PDF payment advice: RF references, a credit note as a negative "
                            "item, the payee's IBAN (the agency's) no reference.", ADV,
                            {"name": "Nordkap Analys Oy"}, "2026-10-15", "2254.00", "EUR",
                            [("7709101", r1, "980.00"), ("7709102", r2, "1470.00"), ("7709081", r3, "-196.00")])


@case("t40_sv_phone_note_payment_today")
def _t40():
    o1 = se_ocr("41024401")
    body = (f"Hej! Sjöbo Vattenråd har betalat faktura 4102440 idag, 2 350 kr, ocr {o1}. /Olle\n\n"
            "Skickat från min iPhone\n")
    m = mail(OLLE, "Sjöbo betalt", "Tue, 20 Oct 2026 17:05:00 +0200", body)
    adv = expect_advice("A phone note that a customer has paid one invoice 'idag' (the mail's date).", ADV,
                        {"name": "Sjöbo Vattenråd"}, "2026-10-20", None, "SEK", [("4102440", o1, "2350.00")])
    del adv["payment_advice"]["total"]  # a single payment without a stated total: left open
    return m, adv
