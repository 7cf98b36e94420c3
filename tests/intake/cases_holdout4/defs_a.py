"""Fourth held-out set (written blind), part A: kinds (credits, HTML-only Word mail, absence notes with a token),
quoted history from Apple Mail, Outlook (fi, HTML) and forwards, and tables (XLSX, CSV, UTF-16 TSV, PDF, HTML)."""
from __future__ import annotations

from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, pdf, text_att, xlsx
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

from .kit4 import case, cust, line, quoted, request

KIND, QUOTE, TAB = "1-kind", "2-quoting", "3-tables"


@case("w01_fi_hyvityspyynto_osittainen")
def _w01():
    body = ("Hei,\n\npyydämme hyvittämään laskulta 7700842 kaksi perusanalyysiä (LA100 2 kpl á 84,00 €), "
            "näytteet jouduttiin hylkäämään laboratoriossa. Asiakas on Kuopion Vesi Oy.\n\n"
            + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Hyvitys lasku 7700842", "Mon, 07 Jun 2027 09:12:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("A partial credit of an issued invoice ('hyvittämään laskulta … 2 kpl'), never a new "
                             "request although it names a customer, an article and a count.", KIND)


@case("w02_sv_html_only_word_placeholder")
def _w02():
    html = ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta name=Generator "
            "content='Microsoft Word 15'><style>p.MsoNormal{margin:0cm;font-size:11.0pt}</style></head>"
            "<body lang=SV><div class=WordSection1><p class=MsoNormal>Hej!<o:p></o:p></p>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Kan ni fakturera "
            "<b><span style='color:#1F3864'>Berg &amp; Dal Konsult KB</span></b> f&ouml;r:<o:p></o:p></p>"
            "<p class=MsoNormal style='margin-left:18pt'>&#8226;&nbsp;&nbsp;Utredningstimmar (2010): 7,5 tim"
            "<o:p></o:p></p><p class=MsoNormal style='margin-left:18pt'>&#8226;&nbsp;&nbsp;Rapport, tryckt (3020): "
            "2 st<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Tack p&aring; "
            "f&ouml;rhand!<o:p></o:p></p><p class=MsoNormal>Sanna Wallin, SGN<o:p></o:p></p></div></body></html>")
    m = mail(SANNA, "Fakturering Berg & Dal", "Tue, 08 Jun 2027 10:05:00 +0200",
             "Det här meddelandet är i HTML-format. Visa det i en e-postläsare som kan visa HTML.\n", html)
    return m, expect_requests("The request only in a Word-made HTML part (bullets as entities, '&amp;' in the "
                              "name); the text part is a placeholder.", KIND,
                              [request(cust("K-4009"), [line(GS, "2010", "7.5", skip=ND),
                                                        line(GS, "3020", "2", skip=ND)], [], GS)])


@case("w03_sv_semester_autosvar_with_token")
def _w03():
    body = ("Hej,\n\ntack för ditt mejl! Jag har semester till och med den 8 augusti och läser inte e-post under "
            "tiden. Brådskande faktureringsärenden: ekonomi@sgn.se eller 013-25 10 00.\n\nVänliga hälsningar\n"
            "Maria Fransson\n")
    m = mail(MARIA, "SV: [REQ-M4T7Q] Komplettering behövs", "Mon, 12 Jul 2027 07:31:00 +0200", body)
    return m, expect_unknown("A Swedish holiday reply without Auto-Submitted, with the question mail's token in "
                             "the subject: still unknown, nothing answered.", KIND, token_checked=False)


@case("w04_en_credit_note_cancelled_seats")
def _w04():
    body = ("Hi,\n\nCould you please issue a credit note against invoice 3100958? Two of the five course seats "
            "(3010) billed to Brattfors Skogsägare ekonomisk förening were cancelled in time, so 2 x 4 200,00 kr "
            "should be credited.\n\nThanks,\nOlle\n\n" + sig_geo("Olle Berglund", "Kursansvarig"))
    m = mail(OLLE, "Credit note 3100958", "Wed, 09 Jun 2027 13:40:00 +0200", body)
    return m, expect_unknown("'issue a credit note against invoice': a credit with counts and a price, no request.",
                             KIND)


@case("w05_sv_apple_mail_quote_customer_question")
def _w05():
    older = ("Hej Olle!\n\nKan ni göra 5 portrycksmätningar till vid Kolbäcksvägen? Fakturera i så fall på "
             "projekt 7710.\n\nMvh\nKent Sjöberg\nHallstahammars Bostäder AB\n")
    body = ("Hej,\n\nnu kan ni fakturera Hallstahammars Bostäder AB för 3 portrycksmätningar (1020), utförda "
            "14 juni 2027. De två sista gör vi i augusti.\n\nOlle\n\n"
            "Den 2 juni 2027 kl. 16:40 skrev Kent Sjöberg <kent.sjoberg@hbostader.se>:\n\n" + quoted(older))
    m = mail(OLLE, "Re: Portryck Kolbäcksvägen", "Tue, 15 Jun 2027 08:20:00 +0200", body)
    return m, expect_requests("Apple Mail quote ('Den … skrev …:') with the customer's question for 5: only the "
                              "newest 3 count; the quoted 'projekt 7710' is no reference.", QUOTE,
                              [request(cust("K-4001"), [line(GS, "1020", "3", ps="2027-06-14", skip=ND)], [], GS)])


@case("w06_fi_outlook_lahettaja_no_prefix")
def _w06():
    body = ("Hei,\n\ntässä toukokuun laskutettavat.\n\nAsiakas: Kuopion Vesi Palvelut Oy\nAjalta 1.–31.5.2027\n"
            "LA100 perusanalyysi 11 kpl\n\nJuha\n\n"
            "Lähettäjä: Juha Mäkelä <juha.makela@ytl.fi>\nLähetetty: torstai 6. toukokuuta 2027 14.02\n"
            "Vastaanottaja: Myyntilaskutus <laskutus@talouspalvelu.fi>\nAihe: Laskutus huhtikuu\n\n"
            "Hei,\n\ntässä huhtikuun laskutettavat.\n\nAsiakas: Kuopion Vesi Palvelut Oy\nLA100 perusanalyysi 7 kpl\n"
            "LA200 sedimenttinäyte 2 kpl\n\nJuha\n")
    m = mail(JUHA, "VS: Laskutus huhtikuu", "Thu, 03 Jun 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Finnish Outlook history without '>' (Lähettäjä/Lähetetty): last month's lines are "
                              "not taken again.", QUOTE,
                              [request(cust("K-5002"), [line(YF, "LA100", "11", ps="2027-05-01", pe="2027-05-31",
                                                             skip=ND)], [], YF)])


@case("w07_en_html_outlook_reply_divider")
def _w07():
    html = ("<div dir='ltr'><p>Hi,</p><p>Please invoice Ruovesjärven kunta for 2 permit fees (LU10).</p>"
            "<p>Thanks,<br>Sarah</p></div><div id='appendonsend'></div><hr style='display:inline-block;width:98%'>"
            "<div id='divRplyFwdMsg' dir='ltr'><font face='Calibri' style='font-size:11pt'><b>From:</b> Leena Aho "
            "&lt;leena.aho@ruovesjarvi.fi&gt;<br><b>Sent:</b> Monday, June 14, 2027 3:12 PM<br><b>To:</b> Sarah "
            "Mitchell &lt;sarah.mitchell@ytl.fi&gt;<br><b>Subject:</b> Permits</font></div><div><p>Hi Sarah,</p>"
            "<p>we expect 5 permits this year (LU10 5 pcs), our PO will be RK-2027-19.</p><p>Leena</p></div>")
    m = mail(SARAH, "RE: Permits", "Wed, 16 Jun 2027 11:00:00 +0300", None, html, to=CENTRE_FI)
    return m, expect_requests("An HTML-only Outlook reply: the customer's quoted estimate (5, a future PO) is "
                              "history; the newest part asks for 2.", QUOTE,
                              [request(cust("K-5005"), [line(YF, "LU10", "2", skip=ND)], [], YF)])


@case("w08_sv_vb_customer_order_price_note_above")
def _w08():
    body = ("Hej,\n\nfakturera enligt nedan, art. 2020. Timpris enligt avtal 1 150 kr.\n\n/Sanna\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Ingrid Ek <ingrid.ek@nordkapanalys.se>\n"
            "Skickat: den 17 juni 2027 09:03\nTill: Sanna Wallin <sanna.wallin@sgn.se>\nÄmne: Beställning\n\n"
            "Hej Sanna,\n\nNordkap Analys AB beställer expertgranskning av rapporten, 6 timmar enligt offert.\n"
            "Vårt ordernummer: NA-5521\n\nIngrid Ek\nNordkap Analys AB\n")
    m = mail(SANNA, "VB: Beställning", "Fri, 18 Jun 2027 08:00:00 +0200", body)
    return m, expect_requests("A forwarded customer order; the agency's note above gives the article and the "
                              "contract price (2020 has no register price).", QUOTE,
                              [request(cust("K-4008"), [line(GS, "2020", "6", "1150", skip=ND)], [], GS,
                                       order="NA-5521")])


@case("w09_fi_offer_superseded_in_newest")
def _w09():
    body = ("Hei,\n\nlaskutetaan toteutuneen mukaan: Pirkanmaan Maanrakennus Oy, LA110 6 kpl. Tarjouksessa oli 10 "
            "näytettä, mutta vain kuusi analysoitiin.\n\n" + sig_ytl("Juha Mäkelä")
            + "\n-----Alkuperäinen viesti-----\nLähettäjä: Jari Vuorinen <jari.vuorinen@pirkanmaanmaa.fi>\n"
            "Lähetetty: 2. kesäkuuta 2027 10:15\nVastaanottaja: Juha Mäkelä\nAihe: Tarjouspyyntö\n\n"
            "Hyväksymme tarjouksen: LA110 laaja analyysi 10 kpl á 196,00 €.\nJari Vuorinen\n")
    m = mail(JUHA, "VS: Tarjouspyyntö", "Mon, 21 Jun 2027 09:30:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("The newest part says 6 of the offered 10 were analysed; the quoted offer's 10 is "
                              "superseded.", QUOTE,
                              [request(cust("K-5003"), [line(YF, "LA110", "6", skip=ND)], [], YF)])


@case("w10_sv_xlsx_instruction_data_summary_sheets")
def _w10():
    instr = [["Instruktion"], ["Fyll i en rad per artikel och kund. Period som ÅÅÅÅ-MM."],
             ["Exempel:", "K-4001", "Hallstahammars Bostäder AB", "1010", 2, "2027-01"]]
    data = [["Kundnr", "Kundnamn", "Artikel", "Antal", "Period"],
            ["K-4003", "Vretstorp Entreprenad AB", "1010", 4, "2027-06"],
            ["K-4010", "Fastighets AB Gåsen 4", "1020", 2, "2027-06"],
            ["K-4003", "Vretstorp Entreprenad AB", "1020", 1, "2027-06"]]
    summary = [["Summering juni"], ["Antal rader", 3], ["Totalt antal", 7]]
    m = mail(GEO_EKONOMI, "Underlag juni", "Thu, 01 Jul 2027 09:00:00 +0200", "Hej,\nunderlag för juni bifogas.\n",
             attachments=[xlsx("underlag_juni.xlsx", [("Instruktion", instr, []), ("Data", data, []),
                                                      ("Summering", summary, [])])])
    jun = {"ps": "2027-06-01", "pe": "2027-06-30"}
    return m, expect_requests("XLSX: an instruction sheet with an example row, the data sheet, a summary sheet; a "
                              "customer named 'Gåsen 4' (a number at the end of the name).", TAB,
                              [request(cust("K-4003"), [line(GS, "1010", "4", **jun), line(GS, "1020", "1", **jun)],
                                       [], GS),
                               request(cust("K-4010"), [line(GS, "1020", "2", **jun)], [], GS)])


@case("w11_fi_xlsx_merged_header_finnish_dates")
def _w11():
    rows = [["Asiakas", None, "Suorite", None, None], ["Nimi", "Y-tunnus", "Tuote", "Määrä", "Pvm"],
            ["Lapin Luontomatkailu Oy", "2765433-8", "AT20", 2, "12.7.2027"],
            ["Kuopion Vesi Oy", "2405518-8", "LA110", 3, "14.7.2027"],
            ["Yhteensä", None, None, 5, None]]
    m = mail(KIRSI, "Heinäkuun laskutus", "Mon, 19 Jul 2027 10:00:00 +0300", "Hei,\nliitteenä.\n\nKirsi\n",
             to=CENTRE_FI, attachments=[xlsx("heinakuu.xlsx", [("Taul1", rows, ["A1:B1", "C1:E1"])])])
    return m, expect_requests("XLSX with merged group headers over a second header row, Finnish dates and a "
                              "'Yhteensä' row.", TAB,
                              [request(cust("K-5009"), [line(YF, "AT20", "2", ps="2027-07-12")], [], YF),
                               request(cust("K-5001"), [line(YF, "LA110", "3", ps="2027-07-14")], [], YF)])


@case("w12_en_csv_comma_quoted_prices_periods")
def _w12():
    csv = ("Business ID,Customer,Item,Description,Qty,Unit price (EUR),From,To\r\n"
           '2890461-8,"Oy Nordic Soil Lab Ab",KU90,"Travel, Turku-Oulu",1,"1,250.00",2027-08-02,2027-08-04\r\n'
           '2890461-8,"Oy Nordic Soil Lab Ab",AT10,"Expert hours",12,135.00,2027-08-02,2027-08-04\r\n')
    m = mail(SARAH, "August invoicing", "Thu, 05 Aug 2027 14:00:00 +0300", "Hi,\n\nthe data is attached.\n\nSarah\n",
             to=CENTRE_FI, attachments=[text_att("august.csv", csv)])
    per = {"ps": "2027-08-02", "pe": "2027-08-04"}
    return m, expect_requests("Comma CSV with a quoted English-format price and a comma inside a description; "
                              "From/To columns.", TAB,
                              [request(cust("K-5007"), [line(YF, "KU90", "1", "1250.00", "Travel, Turku-Oulu", **per),
                                                        line(YF, "AT10", "12", "135.00", "Expert hours", **per)],
                                       [], YF)])


@case("w13_sv_utf16_txt_export_quantity_to_come")
def _w13():
    tsv = ("Org.nr\tNamn\tArt.nr\tAntal\tAnmärkning\r\n"
           "556381-9043\tVretstorp Entreprenad AB\t1500\t2\t\r\n"
           "556381-9043\tVretstorp Entreprenad AB\t1010\t\tantal kommer\r\n"
           "769612-0455\tBrattfors Skogsägare ekonomisk förening\t3010\t3\t\r\n")
    m = mail(MARIA, "Export", "Tue, 06 Jul 2027 11:00:00 +0200", "Hej,\nexport från projektsystemet.\n/Maria\n",
             attachments=[text_att("export.txt", tsv, encoding="utf-16", subtype="plain")])
    return m, expect_requests("A UTF-16 'Unicode text' export saved as .txt; one row's count is empty ('antal "
                              "kommer'): asked, not guessed.", TAB,
                              [request(cust("K-4003"), [line(GS, "1500", "2"), line(GS, "1010", None)],
                                       ["lines[1].quantity"], GS),
                               request(cust("K-4005"), [line(GS, "3010", "3")], [], GS)])


@case("w14_sv_pdf_customer_blocks_wrapped_cells")
def _w14():
    d1 = ("Geoteknisk provtagning vid Kolbäcksvägen 12–18, borrpunkter BP1–BP6 enligt borrplan daterad "
          "2027-05-03, inklusive återfyllnad och utsättning")
    d2 = "Rapport, tryckt, ex. till kommunstyrelsen"
    html = ("<h1>Faktureringsunderlag juli 2027</h1>"
            "<h2>Kund: Hallstahammars Bostäder Förvaltning AB, org.nr 559104-2279</h2>"
            "<table style='width:60%'><thead><tr><th>Artikel</th><th>Beskrivning</th><th>Antal</th></tr></thead>"
            f"<tbody><tr><td>1010</td><td>{d1}</td><td class='num'>6</td></tr></tbody></table>"
            "<h2>Kund: Ålidens kommun</h2>"
            "<table style='width:60%'><thead><tr><th>Artikel</th><th>Beskrivning</th><th>Antal</th></tr></thead>"
            f"<tbody><tr><td>3020</td><td>{d2}</td><td class='num'>4</td></tr></tbody></table>")
    m = mail(OLLE, "Underlag juli", "Fri, 30 Jul 2027 15:00:00 +0200", "Hej,\nse bifogad pdf.\n/Olle\n",
             attachments=[pdf("underlag_juli.pdf", html)])
    return m, expect_requests("A PDF with one block per customer; the first description wraps over several "
                              "lines and holds numbers, dates and ranges that are no values.", TAB,
                              [request(cust("K-4002"), [line(GS, "1010", "6", desc=d1)], [], GS),
                               request(cust("K-4004"), [line(GS, "3020", "4", desc=d2)], [], GS)])


@case("w15_fi_pdf_dot_leader_form_two_columns")
def _w15():
    css = ".f td { border: none; padding: 2pt } .items th, .items td { border: 0.5pt solid #444 }"
    html = ("<h1>LASKUTUSPYYNTÖ</h1><table class='f'><tr><td style='width:50%'>"
            "Asiakas .................... Kuopion Vesi Palvelut Oy<br>Y-tunnus ................... 2405526-8<br>"
            "Viitteenne ................. Matti Räsänen<br>Tilausnumero ............... PO-4471</td>"
            "<td>Laskuttaja: Ympäristötutkimuslaitos<br>Y-tunnus: 0912346-1<br>Yhteyshenkilö: Juha Mäkelä<br>"
            "Puh. 029 525 1000</td></tr></table><br>"
            "<table class='items' style='width:70%'><tr><th>Tuote</th><th>Määrä</th><th>Yksikkö</th></tr>"
            "<tr><td>LA100</td><td>20</td><td>kpl</td></tr><tr><td>AT10</td><td>3,5</td><td>h</td></tr></table>")
    m = mail(JUHA, "Laskutuspyyntö Kuopion Vesi Palvelut", "Wed, 11 Aug 2027 09:00:00 +0300",
             "Hei,\nlaskutuspyyntö liitteenä.\n\nJuha\n", to=CENTRE_FI, attachments=[pdf("pyynto.pdf", html, css)])
    return m, expect_requests("A PDF form with dot leaders on the left and the agency's own block (its Y-tunnus, "
                              "its contact person) in the right column: neither leaks into the customer.", TAB,
                              [request(cust("K-5002"), [line(YF, "LA100", "20", skip=ND),
                                                        line(YF, "AT10", "3.5", skip=ND)], [], YF,
                                       buyer="Matti Räsänen", order="PO-4471")])


@case("w16_en_html_nested_system_request")
def _w16():
    kv = ("<table cellpadding=2 border=0><tr><td><font face=Arial size=2>Customer:</font></td><td><font face=Arial "
          "size=2><b>Pirkanmaan Maanrakennus Oy</b></font></td></tr><tr><td><font face=Arial size=2>Business ID:"
          "</font></td><td><font face=Arial size=2>1877402-0</font></td></tr><tr><td><font face=Arial size=2>Your "
          "reference:</font></td><td><font face=Arial size=2>Jari Vuorinen</font></td></tr><tr><td><font "
          "face=Arial size=2>Purchase order:</font></td><td><font face=Arial size=2>PMR-2027-334</font></td></tr>"
          "</table>")
    items = ("<table border=1 cellspacing=0><tr><th>Code</th><th>Description</th><th>Quantity</th><th>Unit</th></tr>"
             "<tr><td>AT10</td><td>Expert work</td><td align=right>4.0</td><td>h</td></tr>"
             "<tr><td>LA200</td><td>Sediment sample</td><td align=right>9</td><td>pcs</td></tr>"
             "<tr><td colspan=2><i>Total items</i></td><td align=right>13</td><td></td></tr></table>")
    html = ("<html><body><table width='100%' bgcolor='#f0f0f0'><tr><td><table width=600 align=center bgcolor=white>"
            "<tr><td><font face=Arial size=3><b>Billing request 2027-0812</b></font></td></tr>"
            f"<tr><td>{kv}</td></tr><tr><td>{items}</td></tr><tr><td><font size=1>Generated by YTL project "
            "system. Do not reply.</font></td></tr></table></td></tr></table></body></html>")
    m = mail(YTL_LASKUTUS, "Billing request 2027-0812", "Thu, 12 Aug 2027 06:00:00 +0300",
             "This message was generated by the project system. Please view it in HTML.\n", html, to=CENTRE_FI)
    return m, expect_requests("A system-generated nested HTML request: key/value table with references, an item "
                              "table with a 'Total items' row.", TAB,
                              [request(cust("K-5003"), [line(YF, "AT10", "4", desc="Expert work"),
                                                        line(YF, "LA200", "9", desc="Sediment sample")], [], YF,
                                       buyer="Jari Vuorinen", order="PMR-2027-334")])


_ = (ANDERS, sig_ytl_en)
