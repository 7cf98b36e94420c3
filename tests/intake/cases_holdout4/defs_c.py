"""Fourth held-out set (written blind), part C: references (prose marking, Finnish contact person with an agency
case number, a Finland-Swedish key/value HTML table as Outlook renders it in text), payment advices (bilingual
text with a paid column, an English PDF remittance with a credit note, a maksuilmoitus as an attached message),
identities (org number and name that disagree, a 10-digit personnummer, a new Finnish customer with an e-invoice
address) and replies (a bare count, a Y-tunnus alone, two numbered answers, an answer that is only a phone number)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, rf, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_requests, mail, pdf
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
    new_cust,
    sig_geo,
    sig_ytl,
    sig_ytl_sv,
)

from .kit4 import case, cust, line, q_en, q_fi, q_sv, quoted, request

REF, ADV, IDS, RP = "7-references", "8-advice", "9-identities", "10-replies"


@case("w28_sv_mark_fakturan_med_ert_ordernr")
def _w28():
    body = ("Hej,\n\nHallstahammars Bostäder AB ska faktureras för 2 st geoteknisk provtagning (1010). Märk fakturan "
            "med \"Åsen 4471\", Ert ordernr 88213.\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Provtagning Åsen", "Tue, 10 Aug 2027 09:00:00 +0200", body)
    return m, expect_requests("'Märk fakturan med \"…\"' in prose is the buyer reference, 'Ert ordernr' the order.",
                              REF, [request(cust("K-4001"), [line(GS, "1010", "2", skip=ND)], [], GS,
                                            buyer="Åsen 4471", order="88213")])


@case("w29_fi_yhteyshenkilo_tilausnumero_dnro")
def _w29():
    body = ("Hei,\n\nAsiakas: Ruovesjärven kunta\nYhteyshenkilö: Päivi Ranta\nTilausnumero: 4500012345\n"
            "LU10 lupamaksu 2 kpl\n\nDnro YTL/512/00.04/2027\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Lupamaksut Ruovesi", "Wed, 11 Aug 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'Yhteyshenkilö' under the customer is the buyer reference, 'Tilausnumero' the order; "
                              "the agency's Dnro is neither.", REF,
                              [request(cust("K-5005"), [line(YF, "LU10", "2", skip=ND)], [], YF, buyer="Päivi Ranta",
                                       order="4500012345")])


@case("w30_fisv_html_kv_table_text_rendered_by_outlook")
def _w30():
    html = ("<p>Hej,</p><p>faktureringsuppgifter nedan.</p><table border=1 cellpadding=4>"
            "<tr><td><b>Kund</b></td><td>Närpes Grönsaker Ab</td></tr>"
            "<tr><td><b>Er referens</b></td><td>Ann-Sofie Lindqvist</td></tr>"
            "<tr><td><b>Beställning</b></td><td>NG-2027-118</td></tr></table><br>"
            "<table border=1 cellpadding=4><tr><th>Artikel</th><th>Antal</th></tr><tr><td>KO10</td><td>4</td></tr>"
            "</table><p>Hälsningar<br>Anders</p>")
    text = ("Hej,\n\nfaktureringsuppgifter nedan.\n\nKund\n\nNärpes Grönsaker Ab\n\nEr referens\n\n"
            "Ann-Sofie Lindqvist\n\nBeställning\n\nNG-2027-118\n\n\nArtikel\n\nAntal\n\nKO10\n\n4\n\n"
            "Hälsningar\nAnders\n")
    m = mail(ANDERS, "Kurs Närpes", "Thu, 12 Aug 2027 09:00:00 +0300", text, html, to=CENTRE_FI)
    return m, expect_requests("Key/value and item tables in HTML; the text part is Outlook's rendering with one "
                              "cell per line.", REF,
                              [request(cust("K-5004"), [line(YF, "KO10", "4", skip=ND)], [], YF,
                                       buyer="Ann-Sofie Lindqvist", order="NG-2027-118")])


@case("w31_svfi_bilingual_advice_paid_column_rf_spacing")
def _w31():
    r1, r2 = rf("77008123"), rf("77008131")
    body = ("Välitämme tiedoksi / Vidarebefordras för kännedom.\n\n"
            "MAKSUILMOITUS / BETALNINGSAVISERING\nMaksaja / Betalare: Närpes Grönsaker Ab\n"
            "Maksupäivä / Betalningsdag: 20.8.2027\nErä / Bunt: 2027082000113\n\n"
            "Lasku/Faktura  Viite/Referens     Laskutettu/Fakturerat  Maksettu/Betalt\n"
            f"7700812        {r1[:4]} {r1[4:8]} {r1[8:]}     1 780,00               1 000,00\n"
            f"7700813        {r2[:4]} {r2[4:9]} {r2[9:]}    405,00                 405,00\n\n"
            "Yhteensä / Totalt: 1 405,00 EUR\n\nYTL Laskutus\n")
    m = mail(YTL_LASKUTUS, "VL: Maksuilmoitus / Betalningsavisering", "Fri, 20 Aug 2027 12:00:00 +0300", body,
             to=CENTRE_FI)
    return m, expect_advice("A bilingual text advice: the paid column (a partial payment) counts, RF references "
                            "with uneven spacing, a batch number that is no reference.", ADV,
                            {"name": "Närpes Grönsaker Ab", "org_no": None}, "2027-08-20", "1405.00", "EUR",
                            [("7700812", r1, "1000.00"), ("7700813", r2, "405.00")])


@case("w32_en_pdf_remittance_credit_note_negative")
def _w32():
    o1, o2, o3 = se_ocr("31008124"), se_ocr("31008306"), se_ocr("31007993")
    html = ("<h1>Remittance advice</h1><p>Payer: Hallstahammars Bostäder AB, reg. no 556702-3188<br>"
            "Payment date: 15 September 2027<br>Payment run: 2027-0915-02</p><table><thead><tr><th>Invoice no</th>"
            "<th>Reference (OCR)</th><th>Type</th><th class='num'>Amount SEK</th></tr></thead><tbody>"
            f"<tr><td>3100812</td><td>{o1}</td><td>Invoice</td><td class='num'>12 500,00</td></tr>"
            f"<tr><td>3100830</td><td>{o2}</td><td>Invoice</td><td class='num'>4 700,00</td></tr>"
            f"<tr><td>3100799</td><td>{o3}</td><td>Credit note</td><td class='num'>-2 350,00</td></tr>"
            "<tr><td colspan='3'><b>Total paid</b></td><td class='num'><b>14 850,00</b></td></tr></tbody></table>")
    m = mail(GEO_EKONOMI, "VB: Remittance advice Hallstahammars Bostäder", "Wed, 15 Sep 2027 14:00:00 +0200",
             "Hej,\nremittance advice från Hallstahammars Bostäder, se pdf.\n/Ekonomi\n",
             attachments=[pdf("remittance.pdf", html)])
    return m, expect_advice("An English PDF remittance advice with a credit note as a negative item and a payment "
                            "run id that is no reference.", ADV,
                            {"name": "Hallstahammars Bostäder AB", "org_no": "556702-3188"}, "2027-09-15", "14850.00",
                            "SEK", [("3100812", o1, "12500.00"), ("3100830", o2, "4700.00"),
                                    ("3100799", o3, "-2350.00")])


@case("w33_fi_maksuilmoitus_attached_message")
def _w33():
    v1, v2 = fi_ref("1077091"), fi_ref("1077092")
    inner_body = ("MAKSUILMOITUS\n\nMaksaja: Kuopion Vesi Oy (Y-tunnus 2405518-8)\nMaksupäivä: 30.9.2027\n\n"
                  f"Lasku 7700918   viite {v1[:3]} {v1[3:]}   1 568,00\n"
                  f"Lasku 7700926   viite {v2[:3]} {v2[3:]}     392,00\n"
                  "Yhteensä 1 960,00 EUR\n\nKuopion Vesi Oy, ostoreskontra\n")
    inner = mail("Kuopion Vesi reskontra <reskontra@kuopionvesi.fi>", "Maksuilmoitus",
                 "Thu, 30 Sep 2027 16:00:00 +0300", inner_body, to="Kirsi Laine <kirsi.laine@ytl.fi>")
    m = mail(KIRSI, "VL: Maksuilmoitus", "Fri, 01 Oct 2027 08:30:00 +0300",
             "Hei,\n\ntiedoksi oheinen maksuilmoitus.\n\nKirsi\n", to=CENTRE_FI, attachments=[inner])
    return m, expect_advice("A Finnish maksuilmoitus inside an attached message (message/rfc822).", ADV,
                            {"name": "Kuopion Vesi Oy", "org_no": "2405518-8"}, "2027-09-30", "1960.00", "EUR",
                            [("7700918", v1, "1568.00"), ("7700926", v2, "392.00")])


@case("w34_sv_org_number_of_another_customer")
def _w34():
    body = ("Hej,\n\nKund: Vretstorp Entreprenad AB, org.nr 556702-3188\nGeoteknisk provtagning (1010): 3 st\n\n"
            + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Provtagning", "Mon, 16 Aug 2027 09:00:00 +0200", body)
    return m, expect_requests("The org number belongs to another register customer than the name: the contract "
                              "resolves by the org number (Hallstahammars Bostäder AB), but names and numbers "
                              "disagree, so it must never go straight through.", IDS,
                              [request(cust("K-4001"), [line(GS, "1010", "3", skip=ND)], [], GS)])


@case("w35_sv_private_person_ten_digits")
def _w35():
    body = ("Hej,\n\nTillståndsavgift (4010), 1 st, till Elsa Nyström (500614-2383), Björkvägen 11, Mora.\n\n"
            + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Tillstånd Nyström", "Tue, 17 Aug 2027 09:00:00 +0200", body)
    return m, expect_requests("A 10-digit personnummer without '+': born 1950, the register's private person.", IDS,
                              [request(cust("K-4011"), [line(GS, "4010", "1", skip=ND)], [], GS)])


@case("w36_fi_new_customer_e_invoice_address")
def _w36():
    body = ("Hei,\n\nUusi asiakas: Kainuun Metsäpalvelu Oy, Y-tunnus 3012345-8\nVerkkolaskuosoite: 003730123458, "
            "välittäjä Maventa (003721291126)\n\nAT10 asiantuntijatyö 4 h\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Uusi asiakas Kainuu", "Wed, 18 Aug 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A new Finnish customer with an e-invoice address (OVT) and operator: no address "
                              "question.", IDS,
                              [request(new_cust("Kainuun Metsäpalvelu Oy", "3012345-8", "FI"),
                                       [line(YF, "AT10", "4", skip=ND)], [], YF)])


@case("w37_sv_reply_count_only_outlook")
def _w37():
    t = "REQ-D3K9P"
    q = q_sv(t, ['Antal för rad 1 "Fältdag" (lines[0].quantity)'],
             "Kund: Vretstorp Entreprenad AB\nRad 1: 1500 Fältdag – antal saknas à 9 600,00 kr")
    body = ("4 dagar\n\nFrån: Kundfaktura <kundfaktura@ekonomicentret.se>\nSkickat: den 19 augusti 2027 10:02\n"
            f"Till: Maria Fransson <maria.fransson@sgn.se>\nÄmne: [{t}] Komplettering behövs\n\n" + q)
    m = mail(MARIA, f"SV: [{t}] Komplettering behövs", "Thu, 19 Aug 2027 11:00:00 +0200", body)
    return m, expect_reply("A bare count with a unit above an Outlook quote.", RP, t, {"lines": [{"quantity": "4"}]})


@case("w38_fi_reply_ytunnus_alone_gmail")
def _w38():
    t = "REQ-N8B2V"
    q = q_fi(t, ["Asiakkaan Y-tunnus (customer.org_no)"],
             "Asiakas: Luontomatkailu Lappi\nRivi 1: AT20 Maastopäivä – 2 pv á 890,00 €")
    body = ("2765433-8\n\nla 21.8.2027 klo 10.12 Myyntilaskutus <laskutus@talouspalvelu.fi> kirjoitti:\n\n"
            + quoted(q))
    m = mail(JUHA, f"Re: [{t}] Lisätietoja tarvitaan", "Sat, 21 Aug 2027 12:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("A Y-tunnus alone above a Finnish Gmail quote.", RP, t,
                           {"customer": {"org_no": "2765433-8"}, "lines": []})


@case("w39_en_reply_two_numbered_answers")
def _w39():
    t = "REQ-F5W2L"
    q = q_en(t, ['Quantity for line 1 "Asiantuntijatunti" (lines[0].quantity)',
                 'Unit price for line 2 "Kulut" (lines[1].unit_price)'],
             "Customer: Oy Nordic Soil Lab Ab\nLine 1: AT10 Asiantuntijatunti – quantity missing at 135.00 EUR\n"
             "Line 2: KU90 Kulut – 1 pcs, price missing")
    body = ("1. 12 h\n2. 95,50 €\n\nSarah\n\nOn Tue, 24 Aug 2027 at 09:40, Myyntilaskutus "
            "<laskutus@talouspalvelu.fi> wrote:\n" + quoted(q))
    m = mail(SARAH, f"Re: [{t}] Information needed", "Tue, 24 Aug 2027 13:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("Two numbered answers in the order of the questions.", RP, t,
                           {"lines": [{"quantity": "12"}, {"unit_price": "95.50"}]})


@case("w40_sv_reply_phone_number_no_answer")
def _w40():
    t = "REQ-Y7C4H"
    q = q_sv(t, ['Antal för rad 1 "Portrycksmätning" (lines[0].quantity)'],
             "Kund: Hallstahammars Bostäder AB\nRad 1: 1020 Portrycksmätning – antal saknas à 980,00 kr")
    body = ("Hej,\n\ndet vet jag tyvärr inte. Ring Kent Sjöberg på 070-512 34 56, han har protokollen.\n\n/Olle\n\n"
            + quoted(q))
    m = mail(OLLE, f"SV: [{t}] Komplettering behövs", "Wed, 25 Aug 2027 09:00:00 +0200", body)
    return m, expect_reply("The reply answers nothing; a phone number is no quantity.", RP, t, None)


_ = (SANNA, sig_ytl_sv)
