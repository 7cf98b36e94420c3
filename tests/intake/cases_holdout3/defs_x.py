"""Third held-out set: short real-world requests, lists in HTML, month columns, replies, advices, credits."""
from __future__ import annotations

from tests.intake.cases.ids import se_ocr
from tests.intake.cases_holdout2.kit import (
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
    case,
    cust,
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    line,
    mail,
    new_cust,
    request,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
    text_att,
    xlsx,
)


@case("x01_sv_short_question_style")
def _x01():
    body = ("Hej!\n\nKan ni skicka en faktura till Sjöbo Vattenråd på 3 st tryckta rapporter (3020) och 2 "
            "utredningstimmar (2010)?\nMärkning: Vattenplan 2027\n\nTack!\n/Sanna\n")
    m = mail(SANNA, "Faktura Sjöbo", "Tue, 06 Apr 2027 09:00:00 +0200", body)
    return m, expect_requests("A question-style request with two articles in one sentence.", "5-quantities",
                              [request(cust("K-4007"), [line(GS, "3020", "3", skip=ND),
                                                        line(GS, "2010", "2", skip=ND)], [], GS,
                                       buyer="Vattenplan 2027")])


@case("x02_fi_html_list_only")
def _x02():
    html = ("<p>Hei,</p><p>Asiakas: <b>Kuopion Vesi Oy</b></p><ul><li>LA110 – 5 kpl</li><li>LA200 – 2 kpl</li>"
            "</ul><p>Terveisin<br>Kirsi Laine<br>YTL</p>")
    m = mail(KIRSI, "Laskutus", "Wed, 07 Apr 2027 09:00:00 +0300", None, html, to=CENTRE_FI)
    return m, expect_requests("HTML-only mail with a bulleted list.", "1-kind",
                              [request(cust("K-5001"), [line(YF, "LA110", "5", skip=ND),
                                                        line(YF, "LA200", "2", skip=ND)], [], YF)])


@case("x03_en_out_of_office")
def _x03():
    body = ("Thank you for your message. I am out of the office until Monday 12 April with limited access to "
            "email. For invoicing matters please contact laskutus@ytl.fi.\n\nSarah Mitchell\n")
    m = mail(SARAH, "Re: Invoice question", "Thu, 08 Apr 2027 07:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("English out-of-office without Auto-Submitted.", "1-kind")


@case("x04_sv_makulera_faktura")
def _x04():
    body = ("Hej,\n\nKan ni makulera faktura 3100411? Den gick till fel kund (Nordkap Analys AB i stället för "
            "Vretstorp Entreprenad AB). 2 fältdagar à 9 600 kr.\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Makulera faktura 3100411", "Fri, 09 Apr 2027 10:00:00 +0200", body)
    return m, expect_unknown("'makulera faktura': a credit, never a new request.", "1-kind")


@case("x05_sv_reply_quote_older_numbers")
def _x05():
    body = ("Hej,\n\nVretstorp Entreprenad AB ska faktureras för 4 fältdagar (1500) i april.\n\n/Maria\n\n"
            "Den 10 mars 2027 kl. 14:12 skrev Maria Fransson <maria.fransson@sgn.se>:\n"
            "> Hej,\n> Vretstorp Entreprenad AB ska faktureras för 3 fältdagar (1500) i mars.\n> /Maria\n")
    m = mail(MARIA, "Re: Vretstorp fältdagar", "Mon, 12 Apr 2027 09:00:00 +0200", body)
    return m, expect_requests("'… skrev' quote with last month's request: only the newest counts.", "2-quoting",
                              [request(cust("K-4003"), [line(GS, "1500", "4", ps="2027-04-01", pe="2027-04-30",
                                                             skip=ND)], [], GS)])


@case("x06_fi_laskutusjakso_month_range")
def _x06():
    body = ("Hei,\n\nAsiakas: Oy Nordic Soil Lab Ab\nLaskutusjakso: maalis–huhtikuu 2027\n\n"
            "AT10 Asiantuntijatunnit 10 h\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Nordic Soil Lab", "Tue, 13 Apr 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'Laskutusjakso: maalis–huhtikuu 2027' for the line.", "6-periods",
                              [request(cust("K-5007"), [line(YF, "AT10", "10", ps="2027-03-01", pe="2027-04-30",
                                                             skip=ND)], [], YF)])


@case("x07_sv_xlsx_group_header_summa")
def _x07():
    rows = [["Kund", None, "Artikel", "Antal"], ["Namn", "Org.nr", None, None],
            ["Vretstorp Entreprenad AB", "556381-9043", "1010", 3],
            ["Hallstahammars Bostäder AB", "556702-3188", "1020", 5],
            ["Summa", None, None, 8]]
    m = mail(GEO_EKONOMI, "Underlag april", "Wed, 14 Apr 2027 09:00:00 +0200", "Hej, se bifogad fil.\n",
             attachments=[xlsx("april.xlsx", [("Blad1", rows, ["A1:B1", "C1:C2", "D1:D2"])])])
    return m, expect_requests("XLSX: a group header over name and org number, merged cells, a 'Summa' row.",
                              "3-tables",
                              [request(cust("K-4003"), [line(GS, "1010", "3")], [], GS),
                               request(cust("K-4001"), [line(GS, "1020", "5")], [], GS)])


@case("x08_sv_csv_cp1252_month_column")
def _x08():
    csv = ("Kundnr;Artikel;Antal;Period\r\nK-4001;2010;6;2027-03\r\nK-4005;3010;2;2027-03\r\n"
           "K-4001;3020;4;2027-03\r\n")
    m = mail(MARIA, "Underlag mars", "Thu, 15 Apr 2027 09:00:00 +0200", "Hej, underlag bifogas.\n/Maria\n",
             attachments=[text_att("mars.csv", csv, encoding="cp1252")])
    return m, expect_requests("CP1252 CSV with customer numbers and a month period column.", "3-tables",
                              [request(cust("K-4001"),
                                       [line(GS, "2010", "6", ps="2027-03-01", pe="2027-03-31"),
                                        line(GS, "3020", "4", ps="2027-03-01", pe="2027-03-31")], [], GS),
                               request(cust("K-4005"), [line(GS, "3010", "2", ps="2027-03-01", pe="2027-03-31")],
                                       [], GS)])


@case("x09_en_two_customers_for_paragraphs")
def _x09():
    body = ("Hi,\n\nFor Kuopion Vesi Oy: 7 basic water analyses (LA100).\n\nFor Närpes Grönsaker Ab: 1 field day "
            "(AT20) on 14 April 2027.\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Two invoices", "Fri, 16 Apr 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Two customers, each introduced by 'For X:'.", "4-several",
                              [request(cust("K-5001"), [line(YF, "LA100", "7", skip=ND)], [], YF),
                               request(cust("K-5004"), [line(YF, "AT20", "1", ps="2027-04-14", skip=ND)], [], YF)])


@case("x10_sv_new_customer_peppol")
def _x10():
    body = ("Hej,\n\nNy kund: Visby Markkonsult AB, org.nr 559412-3381\nE-faktura: Peppol 0007:5594123381\n\n"
            "Fältdag (1500): 2 dagar\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Fakturering ny kund", "Mon, 19 Apr 2027 09:00:00 +0200", body)
    return m, expect_requests("A new customer with a Peppol address: no address question.", "9-identities",
                              [request(new_cust("Visby Markkonsult AB", "559412-3381", "SE"),
                                       [line(GS, "1500", "2", skip=ND)], [], GS)])


@case("x11_fi_reply_ytunnus_label")
def _x11():
    t = "REQ-W3E8R"
    q = (f"Hei,\n\ntarvitsemme vielä:\n\n1. Asiakkaan Y-tunnus (customer.org_no)\n\nVastaa yläpuolelle ja säilytä "
         f"[{t}] otsikossa.\n\nAineisto:\nAsiakas: Kuopion Vesi\nRivi 1: LA100 – 4 kpl á 84,00 €\n")
    body = "Y-tunnus: 2405518-8\n\nJuha\n\n" + "\n".join("> " + x for x in q.splitlines()) + "\n"
    m = mail(JUHA, f"Re: [{t}] Lisätietoja", "Tue, 20 Apr 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("A labelled one-line answer.", "10-replies", t,
                           {"customer": {"org_no": "2405518-8"}, "lines": []})


@case("x12_sv_reply_price_english_format")
def _x12():
    t = "REQ-C7V2N"
    q = (f"Hej,\n\nInnan fakturan kan skapas behöver vi:\n\n1. Pris för rad 1 \"Expertgranskning\" "
         f"(lines[0].unit_price)\n\nSvara ovanför denna text och behåll [{t}] i ämnesraden.\n")
    body = "SEK 1,450.00 per timme\n\nOlle\n\n" + "\n".join("> " + x for x in q.splitlines()) + "\n"
    m = mail(OLLE, f"SV: [{t}] Komplettering behövs", "Wed, 21 Apr 2027 09:00:00 +0200", body)
    return m, expect_reply("A price in English format in a Swedish reply.", "10-replies", t,
                           {"lines": [{"unit_price": "1450.00"}]})


@case("x13_sv_advice_inline_text")
def _x13():
    o1, o2 = se_ocr("31004114"), se_ocr("31004122")
    body = ("Hej, vidarebefordrar.\n\n/Ekonomi\n\nBETALNINGSSPECIFIKATION\nBetalare: Ålidens kommun\n"
            "Betalningsdag: 2027-04-22\n\n"
            f"Faktura 3100411  OCR {o1}  9 600,00\nFaktura 3100412  OCR {o2}  3 500,00\n"
            "Totalt: 13 100,00 SEK\n")
    m = mail(GEO_EKONOMI, "VB: Betalningsspecifikation", "Thu, 22 Apr 2027 09:00:00 +0200", body)
    return m, expect_advice("Inline text advice with OCR references.", "8-advice",
                            {"name": "Ålidens kommun", "org_no": None}, "2027-04-22", "13100.00", "SEK",
                            [("3100411", o1, "9600.00"), ("3100412", o2, "3500.00")])


@case("x14_fi_approx_price_noin")
def _x14():
    body = ("Hei,\n\nAsiakas: Metsänhoitoyhdistys Kaakko ry\n- AT10 asiantuntijatyö 2,5 h\n"
            "- KU90 kulut 1 kpl, noin 300 €\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "MHY Kaakko", "Fri, 23 Apr 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("'noin 300 €' is approximate: asked.", "5-quantities",
                              [request(cust("K-5006"), [line(YF, "AT10", "2.5", skip=ND),
                                                        line(YF, "KU90", "1", None, skip=ND)],
                                       ["lines[1].unit_price"], YF)])


@case("x15_sv_personnummer_12_digits")
def _x15():
    body = ("Hej,\n\nTillståndsavgift (4010), 1 st, till Göran Lilja, 19261203-4575.\n\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Tillstånd", "Mon, 26 Apr 2027 09:00:00 +0200", body)
    return m, expect_requests("A private person by the 12-digit personal identity number.", "9-identities",
                              [request(cust("K-4006"), [line(GS, "4010", "1", skip=ND)], [], GS)])


@case("x16_en_attention_po_dash")
def _x16():
    body = ("Hello,\n\nplease invoice Brattfors Skogsägare ekonomisk förening for 1 course seat (3010) — "
            "PO 55-1200, attention Lars Holm.\n\nRegards,\nMaria Fransson\nSGN, +46 13 25 10 00\n")
    m = mail(MARIA, "Course seat", "Tue, 27 Apr 2027 09:00:00 +0200", body)
    return m, expect_requests("English prose with 'PO' and 'attention' inside one sentence.", "7-references",
                              [request(cust("K-4005"), [line(GS, "3010", "1", skip=ND)], [], GS, buyer="Lars Holm",
                                       order="55-1200")])
