"""Held-out: tables in XLSX (title rows, two data sheets and a summary sheet, customer numbers), CSV with
quoted English headers, UTF-16 TSV with empty cells, a long PDF table across pages, a two-column PDF form, a
plain-text table with sum and VAT rows, an HTML table with a two-row header and a foot."""
from __future__ import annotations

from .kit import (
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
    case,
    cust,
    expect_requests,
    line,
    mail,
    pdf,
    request,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
    sig_ytl_sv,
    text_att,
    xlsx,
)

T = "3-tables"


@case("h16_sv_xlsx_title_rows_customer_numbers")
def _h16():
    readme = [["LÄS MIG"], ["Fyll i fliken Data. Kundnummer enligt kundregistret."],
              ["Kundnummer", "Kundnamn", "Artikel", "Beskrivning", "Antal", "Enhet"],
              ["K-0000", "Exempel AB", "1010", "Exempelrad", 3, "st"]]
    data = [["Faktureringsunderlag januari 2027"], [],
            ["Kundnummer", "Kundnamn", "Artikel", "Beskrivning", "Antal", "Enhet"],
            ["K-4003", "Vretstorp Entreprenad AB", "1010", "Geoteknisk provtagning, per borrpunkt", 5, "st"],
            ["K-4008", "Nordkap Analys AB", "2010", "Utredningstimme", 7.5, "tim"],
            ["K-4003", "Vretstorp Entreprenad AB", "1020", "Portrycksmätning", 2, "st"],
            [None, "Totalt", None, None, 14.5, None]]
    m = mail(GEO_EKONOMI, "Underlag januari", "Fri, 29 Jan 2027 16:00:00 +0100",
             "Hej,\n\nbifogar januariunderlaget.\n\nEkonomi, SGN\n",
             attachments=[xlsx("underlag_jan.xlsx", [("Läs mig", readme, []), ("Data", data, ["A1:F1"])])])
    return m, expect_requests("XLSX: a read-me sheet with an example row, a title row and an empty row above the "
                              "header, customer numbers 'K-…', a totals row.", T,
                              [request(cust("K-4003"), [line(GS, "1010", "5"), line(GS, "1020", "2")], [], GS),
                               request(cust("K-4008"), [line(GS, "2010", "7.5")], [], GS)])


@case("h17_fi_xlsx_two_month_sheets_summary")
def _h17():
    hdr = ["Asiakas", "Y-tunnus", "Tuotekoodi", "Määrä", "Kausi"]
    tam = [hdr, ["Kuopion Vesi Oy", "2405518-8", "LA100", 20, "1/2027"],
           ["Ruovesjärven kunta", "0213655-0", "AT20", 2, "1/2027"]]
    hel = [hdr, ["Kuopion Vesi Oy", "2405518-8", "LA100", 18, "2/2027"]]
    summ = [["Yhteenveto"], ["Asiakas", "Määrä yhteensä"], ["Kuopion Vesi Oy", 38], ["Ruovesjärven kunta", 2]]
    m = mail(JUHA, "Laskutus tammi-helmikuu", "Mon, 01 Mar 2027 09:00:00 +0200",
             "Hei,\n\nliitteenä tammi- ja helmikuun laskutettavat.\n\n" + sig_ytl("Juha Mäkelä"), to=CENTRE_FI,
             attachments=[xlsx("laskutus_q1.xlsx", [("Tammikuu", tam, []), ("Helmikuu", hel, []),
                                                    ("Yhteenveto", summ, [])])])
    return m, expect_requests("Two data sheets and a summary sheet; 'Kausi' as M/YYYY gives each line its month.",
                              T,
                              [request(cust("K-5001"),
                                       [line(YF, "LA100", "20", ps="2027-01-01", pe="2027-01-31"),
                                        line(YF, "LA100", "18", ps="2027-02-01", pe="2027-02-28")], [], YF),
                               request(cust("K-5005"),
                                       [line(YF, "AT20", "2", ps="2027-01-01", pe="2027-01-31")], [], YF)])


@case("h18_en_csv_quoted_bom_service_date")
def _h18():
    csv = ('"Customer ID","Customer","Item","Qty","Unit price","Service date"\r\n'
           '"K-5007","Oy Nordic Soil Lab Ab","LA200","6","142.00","2027-01-14"\r\n'
           '"K-5007","Oy Nordic Soil Lab Ab","AT10","2.5","135.00","2027-01-15"\r\n'
           '"K-5003","Pirkanmaan Maanrakennus Oy","KU90","1","1,240.00","2027-01-20"\r\n')
    m = mail(SARAH, "Invoicing data", "Tue, 02 Feb 2027 10:00:00 +0200",
             "Hello,\n\nattached is the invoicing file for January.\n\n" + sig_ytl_en("Sarah Mitchell"),
             to=CENTRE_FI, attachments=[text_att("invoicing_jan.csv", csv, bom=True)])
    return m, expect_requests("Comma CSV with quoted cells, BOM, English headers, a thousands comma in a price.", T,
                              [request(cust("K-5007"),
                                       [line(YF, "LA200", "6", ps="2027-01-14"),
                                        line(YF, "AT10", "2.5", ps="2027-01-15")], [], YF),
                               request(cust("K-5003"), [line(YF, "KU90", "1", "1240.00", ps="2027-01-20")], [], YF)])


@case("h19_fi_tsv_utf16_empty_cells")
def _h19():
    tsv = ("Asiakas\tY-tunnus\tNimike\tMäärä\tAlkaen\tPäättyen\tLisätieto\r\n"
           "Metsänhoitoyhdistys Kaakko ry\t1060183-8\tKO10\t7\t9.2.2027\t9.2.2027\t\r\n"
           "Metsänhoitoyhdistys Kaakko ry\t1060183-8\tJU10\t7\t\t\tkurssimateriaali\r\n"
           "Kuopion Vesi Palvelut Oy\t2405526-8\tAT10\t4\t1.2.2027\t5.2.2027\t\r\n")
    data = b"\xff\xfe" + tsv.encode("utf-16-le")
    m = mail(KIRSI, "Laskutettavat viikko 6", "Mon, 08 Feb 2027 15:00:00 +0200",
             "Hei, laskutustiedosto liitteenä (Unicode-teksti).\n\nKirsi\n", to=CENTRE_FI,
             attachments=[("laskutus_vko6.txt", data, "text", "plain")])
    return m, expect_requests("UTF-16 tab-separated export saved as .txt, empty date cells; a remark column.", T,
                              [request(cust("K-5006"), [line(YF, "KO10", "7", ps="2027-02-09"),
                                                        line(YF, "JU10", "7", skip=ND)], [], YF),
                               request(cust("K-5002"), [line(YF, "AT10", "4", ps="2027-02-01",
                                                             pe="2027-02-05")], [], YF)])


def _pdf_rows(n: int) -> tuple[str, list[tuple[str, int]]]:
    rows, out = [], []
    for i in range(n):
        code = ("1010", "1020")[i % 2]
        qty = 1 + (i * 7) % 5
        desc = ("Geoteknisk provtagning i borrpunkt BP" if code == "1010" else "Portrycksmätning med "
                "elektrisk spetstrycksonde i punkt BP") + f"{100 + i}, kv. Lärkan {i % 4 + 1}"
        rows.append(f"<tr><td>{code}</td><td>{desc}</td><td class='num'>{qty}</td></tr>")
        out.append((code, qty, desc))
    return "".join(rows), out


@case("h20_sv_pdf_long_table_two_pages")
def _h20():
    rows_html, rows = _pdf_rows(34)
    html = ("<h1>Fakturaunderlag</h1><p>Kund: Hallstahammars Bostäder Förvaltning AB<br>Org.nr: 559104-2279<br>"
            "Er referens: Agneta Lund</p><table><thead><tr><th style='width:15%'>Art.nr</th>"
            "<th style='width:70%'>Benämning</th><th style='width:15%'>Antal</th></tr></thead><tbody>"
            + rows_html + "</tbody></table><p>Underlaget godkänt av projektledaren.</p>")
    m = mail(OLLE, "Underlag HB Förvaltning", "Tue, 09 Feb 2027 10:00:00 +0100",
             "Hej,\n\nunderlag som pdf.\n\n" + sig_geo("Olle Berglund", "Projektledare"),
             attachments=[pdf("underlag_hbf.pdf", html, "td { font-size: 9pt } tr { page-break-inside: avoid }")])
    return m, expect_requests("PDF table of 34 rows with wrapping descriptions, over two pages with a repeated "
                              "header.", T,
                              [request(cust("K-4002"), [line(GS, c, str(q), desc=d) for c, q, d in rows], [], GS,
                                       buyer="Agneta Lund")])


@case("h21_fisv_pdf_two_column_form")
def _h21():
    html = ("<h1>Faktureringsblankett / Laskutuslomake</h1><table style='border:none'><tr>"
            "<td style='border:none;width:50%'><b>Kund / Asiakas</b><br>Namn: Närpes Grönsaker Ab<br>"
            "FO-nummer: 0700154-0<br>Beställare: Mikael Björk</td>"
            "<td style='border:none;width:50%'><b>Leverans / Toimitus</b><br>Ort: Närpes<br>"
            "Datum: 11.2.2027<br>Ert ordernummer: NG-5521</td></tr></table><br>"
            "<table><tr><th>Produkt</th><th>Beskrivning</th><th>Antal</th><th>à-pris €</th></tr>"
            "<tr><td>AT20</td><td>Fältdag</td><td>1</td><td>890,00</td></tr>"
            "<tr><td>LA100</td><td>Vattenprov, grundanalys</td><td>9</td><td>84,00</td></tr></table>")
    m = mail(ANDERS, "Faktureringsblankett Närpes", "Fri, 12 Feb 2027 09:00:00 +0200",
             "Hej, blanketten bifogad.\n\n" + sig_ytl_sv("Anders Holmqvist"), to=CENTRE_FI,
             attachments=[pdf("blankett.pdf", html)])
    return m, expect_requests("Two-column PDF form: labels in both columns ('Beställare' is the buyer, 'Ert "
                              "ordernummer' the order); the date applies to the lines.", T,
                              [request(cust("K-5004"),
                                       [line(YF, "AT20", "1", ps="2027-02-11", skip=ND),
                                        line(YF, "LA100", "9", ps="2027-02-11", skip=ND)], [], YF,
                                       buyer="Mikael Björk", order="NG-5521")])


@case("h22_sv_text_table_sum_vat_rows")
def _h22():
    body = ("Hej,\n\nKund: Sjöbo Vattenråd\nOrg.nr: 802477-3155\n\n"
            "Art.nr  Tjänst                      Antal   À-pris      Belopp\n"
            "2010    Utredningstimme             6       1 250,00    7 500,00\n"
            "3020    Rapport, tryckt             10        450,00    4 500,00\n"
            "                                            Summa      12 000,00\n"
            "                                            Moms 25 %   1 875,00\n"
            "                                            Moms 6 %      270,00\n"
            "                                            Att betala 14 145,00\n\n"
            + sig_geo("Sanna Wallin", "Utredare"))
    m = mail(SANNA, "Faktureringsunderlag Sjöbo", "Mon, 15 Feb 2027 11:00:00 +0100", body)
    return m, expect_requests("Aligned text table with sum, VAT and 'Att betala' rows (not lines).", T,
                              [request(cust("K-4007"), [line(GS, "2010", "6", "1250.00"),
                                                        line(GS, "3020", "10", "450.00")], [], GS)])


@case("h23_fi_html_table_two_row_header_tfoot")
def _h23():
    html = ("<p>Hei,</p><p>Asiakas: <b>Pirkanmaan Maanrakennus Oy</b> (1877402-0)<br>Tilaajan viite: Jari "
            "Vuorinen</p><table border='1'><thead><tr><th rowspan='2'>Tuote</th><th colspan='2'>Toteutunut</th>"
            "</tr><tr><th>Määrä</th><th>Yksikkö</th></tr></thead><tbody>"
            "<tr><td>LA200</td><td>11</td><td>kpl</td></tr><tr><td>AT20</td><td>3</td><td>pv</td></tr></tbody>"
            "<tfoot><tr><td>Yhteensä</td><td>14</td><td></td></tr></tfoot></table><p>Terveisin<br>Juha</p>")
    text = ("Hei,\n\nAsiakas: Pirkanmaan Maanrakennus Oy (1877402-0)\nTilaajan viite: Jari Vuorinen\n\n"
            "Tuote | Määrä | Yksikkö\nLA200 | 11 | kpl\nAT20 | 3 | pv\nYhteensä | 14 |\n\nTerveisin\nJuha\n")
    m = mail(JUHA, "Laskutus Pirkanmaa", "Tue, 16 Feb 2027 13:00:00 +0200", text, html, to=CENTRE_FI)
    return m, expect_requests("HTML table with a rowspan/colspan two-row header and a tfoot total, with a text "
                              "twin.", T,
                              [request(cust("K-5003"), [line(YF, "LA200", "11", skip=ND),
                                                        line(YF, "AT20", "3", skip=ND)], [], YF,
                                       buyer="Jari Vuorinen")])


_ = (MARIA, ND, sig_ytl)
