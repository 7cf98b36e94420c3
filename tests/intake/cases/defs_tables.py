"""Tables: XLSX with an instruction sheet, merged two-row headers, several data sheets, totals; CSV/TSV in
several encodings with empty cells, customer-number and period columns; PDF tables across pages, two-column
PDF forms, dot leaders; text and HTML tables with totals rows."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_requests, line, mail, pdf, request, text_att, xlsx
from .people import (
    ANTTI,
    EMMA,
    EVELIINA,
    FATIMA,
    JONAS,
    KARIN,
    MARJUT,
    NILS,
    OLIVER,
    PO,
    SE_EKONOMI,
    TUULA,
    sig_en,
    sig_fi,
    sig_se,
    sig_se_short,
)

T = "3-tables"
MS, MF = "MARK-SE", "METSA-FI"


@case("t01_sv_xlsx_instruction_sheet")
def _t01():
    instr = [["Instruktioner för faktureringsunderlag"], ["Fyll i en rad per kund och artikel på fliken Underlag."],
             ["Exempel:"], ["Kund", "Org.nr", "Artikel", "Antal", "À-pris", "Er referens"],
             ["Exempelföretaget AB", "556000-0000", "110", 5, 450, "Anna Exempel"]]
    data = [["Kund", "Org.nr", "Artikel", "Antal", "À-pris", "Er referens"],
            ["Solvik AB", "556804-3177", "110", 12, None, "Lena Solberg"],
            ["Solvik AB", "556804-3177", "130", 12, None, "Lena Solberg"],
            ["Norrviken Energi AB", "556915-4429", "610", 3, None, None]]
    m = mail(KARIN, "Underlag (Excel)", "Fri, 30 Oct 2026 14:00:00 +0100",
             "Hej,\n\nhär kommer underlaget i bifogad fil.\n\n" + sig_se("Karin Östberg"),
             attachments=[xlsx("underlag_oktober.xlsx", [("Instruktioner", instr, ["A1:F1"]),
                                                         ("Underlag", data, [])])])
    return m, expect_requests("XLSX with an instruction sheet (and its example row) before the data sheet; rows "
                              "grouped per customer.", T,
                              [request(cust("20001"), [line(MS, "110", "12"), line(MS, "130", "12")], [], MS,
                                       buyer="Lena Solberg"),
                               request(cust("20005"), [line(MS, "610", "3")], [], MS)])


@case("t02_sv_xlsx_merged_two_row_header")
def _t02():
    rows = [["Kund", None, "Tjänst", None, "Pris", None],
            ["Namn", "Org.nr", "Art.nr", "Antal", "À-pris exkl. moms", "Moms %"],
            ["Ekmans AB", "556118-0349", "210", 4.5, 1180, 25],
            ["Ekmans AB", "556118-0349", "510", 10, 320, 6],
            ["Lindqvist & Hallberg Konsult AB", "559177-2354", "230", 2, 1050, 25]]
    m = mail(NILS, "Fakturaunderlag", "Mon, 02 Nov 2026 09:00:00 +0100", "Hej, se bifogat.\n\n/Nils\n",
             attachments=[xlsx("fakturaunderlag.xlsx", [("Blad1", rows, ["A1:B1", "C1:D1", "E1:F1"])])])
    return m, expect_requests("Merged two-row header (group row over the column names); 'Ekmans AB' beside "
                              "'Ekmans Miljöteknik AB' in the register.", T,
                              [request(cust("20008"), [line(MS, "210", "4.5", "1180"), line(MS, "510", "10", "320")],
                                       [], MS),
                               request(cust("20009"), [line(MS, "230", "2", "1050")], [], MS)])


@case("t03_sv_xlsx_several_data_sheets")
def _t03():
    head = ["Kundnr", "Kund", "Artikel", "Benämning", "Antal"]
    okt = [head, [20011, "Upplands Vattenvårdsförbund", "140", "Grundvattenprovtagning", 8]]
    nov = [head, [20011, "Upplands Vattenvårdsförbund", "140", "Grundvattenprovtagning", 6],
           [20004, "Östra Lerums kommun", "110", "Jordprovtagning, per prov", 20]]
    m = mail(EMMA, "Underlag okt + nov", "Mon, 30 Nov 2026 15:00:00 +0100",
             "Hej!\n\nHär kommer underlag för oktober och november, en flik per månad.\n\nHälsningar\nEmma\n",
             attachments=[xlsx("underlag_okt_nov.xlsx", [("Oktober", okt, []), ("November", nov, [])])])
    sk = ("period_start", "period_end")
    return m, expect_requests("Two data sheets (one per month): every sheet's rows count, grouped per customer "
                              "across sheets; customer numbers as Excel numbers.", T,
                              [request(cust("20011"), [line(MS, "140", "8", skip=sk), line(MS, "140", "6", skip=sk)],
                                       [], MS),
                               request(cust("20004"), [line(MS, "110", "20", skip=sk)], [], MS)])


@case("t04_fi_xlsx_totals_sheet_and_row")
def _t04():
    rows = [["Asiakas", "Y-tunnus", "Tuote", "Kuvaus", "Määrä", "Yksikköhinta", "Yhteensä"],
            ["Kiuruniemen kaupunki", "0174316-4", "M40", "Vesinäyteanalyysi", 24, 112, 2688],
            ["Kiuruniemen kaupunki", "0174316-4", "M20", "Maastotyöpäivä", 3, 780, 2340],
            ["Yhteensä", None, None, None, None, None, 5028]]
    summary = [["Asiakas", "Summa"], ["Kiuruniemen kaupunki", 5028], ["Kaikki yhteensä", 5028]]
    m = mail(TUULA, "Laskutusaineisto Kiuruniemi", "Tue, 03 Nov 2026 12:30:00 +0200",
             "Hei,\n\nliitteenä laskutusaineisto.\n\n" + sig_fi("Tuula Heikkinen"), to=CENTRE_FI,
             attachments=[xlsx("laskutus_kiuruniemi.xlsx", [("Rivit", rows, []), ("Yhteenveto", summary, [])])])
    return m, expect_requests("A 'Yhteensä' row and a summary sheet are no lines and no customers.", T,
                              [request(cust("30004"), [line(MF, "M40", "24", "112"), line(MF, "M20", "3", "780")],
                                       [], MF)])


@case("t05_fi_csv_interleaved_customers")
def _t05():
    csv = ("Asiakas;Y-tunnus;Tuote;Määrä;Hinta\r\nMetsä-Pohjola Oy;2291535-9;M10;120;38,50\r\n"
           "Kallioinen Rakennus Oy;2845120-9;M20;2;780,00\r\nMetsä-Pohjola Oy;2291535-9;R10;1;2 400,00\r\n"
           "Yhteensä;;;;8 580,00\r\n")
    m = mail(ANTTI, "Laskutus lokakuu", "Fri, 30 Oct 2026 10:00:00 +0200", "Hei, csv liitteenä.\n\nAntti\n",
             to=CENTRE_FI, attachments=[text_att("laskutus_10.csv", csv)])
    return m, expect_requests("CSV rows of two customers interleaved: grouped per customer in order of first "
                              "appearance, each row's lines stay with its own customer; 'Yhteensä' row skipped.", T,
                              [request(cust("30005"), [line(MF, "M10", "120", "38.50"),
                                                       line(MF, "R10", "1", "2400.00")],
                                       [], MF),
                               request(cust("30001"), [line(MF, "M20", "2", "780.00")], [], MF)])


@case("t06_sv_utf16_tsv_empty_cells")
def _t06():
    tsv = ("Kund\tOrg.nr\tArtikel\tBeskrivning\tAntal\tPris\r\n"
           "Kvarnbäckens Lantbruk HB\t969778-1236\t110\tJordprovtagning åker 3\t8\t\r\n"
           "Kvarnbäckens Lantbruk HB\t969778-1236\t320\tResa Linköping t/r\t1\t1 450,00\r\n"
           "Kvarnbäckens Lantbruk HB\t969778-1236\t130\t\t8\t\r\n")
    data = b"\xff\xfe" + tsv.encode("utf-16-le")
    m = mail(JONAS, "Underlag Kvarnbäcken", "Thu, 05 Nov 2026 08:00:00 +0100",
             "Hej, exporterat från Excel som Unicode-text.\n/Jonas\n",
             attachments=[("underlag.txt", data, "text", "plain")])
    return m, expect_requests("Excel 'Unicode text' export: UTF-16 with BOM, tab-separated, empty price and "
                              "description cells (register price and name apply).", T,
                              [request(cust("20006"), [line(MS, "110", "8", desc="Jordprovtagning åker 3"),
                                                       line(MS, "320", "1", "1450.00", desc="Resa Linköping t/r"),
                                                       line(MS, "130", "8")], [], MS)])


@case("t07_sv_csv_customer_number_column")
def _t07():
    csv = ("Kundnr,Kundnamn,Artikel,Antal,Pris\n20009,Lindqvist & Hallberg Konsult AB,210,3.5,\n"
           "20009,Lindqvist & Hallberg Konsult AB,230,2,\n20012,Rosendals Trädgårdar AB,420,1,\n")
    m = mail(PO, "Underlag LH + Rosendal", "Fri, 06 Nov 2026 13:00:00 +0100", "Hej,\nunderlag bifogat.\nPO\n",
             attachments=[text_att("underlag.csv", csv)])
    return m, expect_requests("Customer-number column before the name column: the number identifies the customer, "
                              "it is not the name.", T,
                              [request(cust("20009"), [line(MS, "210", "3.5"), line(MS, "230", "2")], [], MS),
                               request(cust("20012"), [line(MS, "420", "1")], [], MS)])


@case("t08_sv_csv_period_columns")
def _t08():
    csv = ("Kund;Org.nr;Artikel;Antal;Från;Till\n"
           "Solvik Fastigheter AB;559021-5660;610;1;2026-10-05;2026-10-11\n"
           "Solvik Fastigheter AB;559021-5660;120;3;2026-10-06;2026-10-08\n")
    m = mail(FATIMA, "Underlag instrumenthyra", "Mon, 12 Oct 2026 09:00:00 +0200", "Hej, se csv.\n/Fatima\n",
             attachments=[text_att("hyra.csv", csv)])
    return m, expect_requests("Period columns (Från/Till) in a CSV give each line its own period.", T,
                              [request(cust("20002"), [line(MS, "610", "1", ps="2026-10-05", pe="2026-10-11"),
                                                       line(MS, "120", "3", ps="2026-10-06", pe="2026-10-08")],
                                       [], MS)])


@case("t09_fi_csv_date_column")
def _t09():
    csv = ("Asiakas;Tuote;Kuvaus;Määrä;Päivämäärä\n"
           "Vaskiluodon Satama Oy;M40;Vesinäyte, satama-allas 1;6;14.10.2026\n"
           "Vaskiluodon Satama Oy;M40;Vesinäyte, satama-allas 2;4;21.10.2026\n")
    m = mail(EVELIINA, "Vesinäytteet Vaskiluoto", "Thu, 22 Oct 2026 09:00:00 +0300", "Hei, aineisto liitteenä.\n",
             to=CENTRE_FI, attachments=[text_att("naytteet.csv", csv, "cp1252")])
    return m, expect_requests("A date column (Finnish d.m.yyyy) gives each line's sample date; cp1252 CSV.", T,
                              [request(cust("30007"), [
                                  line(MF, "M40", "6", desc="Vesinäyte, satama-allas 1", ps="2026-10-14"),
                                  line(MF, "M40", "4", desc="Vesinäyte, satama-allas 2", ps="2026-10-21")], [], MF)])


def _t10_rows() -> list[tuple[str, str, str]]:
    out = []
    for i in range(1, 35):
        code = "110" if i % 3 else "130"
        what = "Jordprov" if code == "110" else "Metallanalys av jordprov"
        desc = (f"{what} punkt P-{i:02d}, djup 0–0,5 m, provgrop vid {'norra' if i % 2 else 'södra'} "
                f"infarten till etapp {1 + i // 10}")
        out.append((code, desc, str(1 + i % 3)))
    return out


@case("t10_sv_pdf_table_across_pages")
def _t10():
    rows = _t10_rows()
    trs = "".join(f"<tr><td>{n}</td><td>{c}</td><td>{d}</td><td class='num'>{q}</td><td>st</td></tr>"
                  for n, (c, d, q) in enumerate(rows, 1))
    html = ("<h1>Faktureringsunderlag</h1><p>Kund: Bergslagens Bygg och Mark AB<br>Org.nr: 556377-8025<br>"
            "Er referens: Tomas Grahn</p><table><thead><tr><th>Rad</th><th>Artikel</th>"
            "<th style='width:55%'>Beskrivning</th><th>Antal</th><th>Enhet</th></tr></thead>"
            f"<tbody>{trs}</tbody></table>")
    m = mail(NILS, "Underlag Bergslagens etapp 1–4", "Tue, 10 Nov 2026 10:00:00 +0100",
             "Hej,\nunderlaget som pdf.\n\n" + sig_se_short("Nils"), attachments=[pdf("underlag_bergslagens.pdf",
                                                                                     html)])
    lines = [line(MS, c, q, desc=d) for c, d, q in rows]
    return m, expect_requests("A PDF table whose description cells wrap and that continues over pages with a "
                              "repeated header row (34 lines).", T,
                              [request(cust("20003"), lines, [], MS, buyer="Tomas Grahn")])


@case("t11_sv_pdf_two_column_form")
def _t11():
    html = ("<h1>Beställning / faktureringsunderlag</h1><table style='border:none'><tr>"
            "<td style='width:50%;border:none'><b>Fakturamottagare</b><br>Namn: Rosendals Trädgårdar AB<br>"
            "Org.nr: 556489-1272<br>Adress: Rosendalsvägen 38, 115 21 Stockholm</td>"
            "<td style='border:none'><b>Beställare</b><br>Namn: Helena Rosén<br>Telefon: 070-231 45 87<br>"
            "Beställningsnr: RT-2026-051</td></tr></table><br>"
            "<table><tr><th>Artikel</th><th>Benämning</th><th>Antal</th></tr>"
            "<tr><td>410</td><td>Utbildningsdag, per deltagare</td><td>6</td></tr>"
            "<tr><td>510</td><td>Publikation, tryckt</td><td>6</td></tr></table>")
    m = mail(EMMA, "Beställning kurs Rosendal", "Wed, 11 Nov 2026 14:00:00 +0100", "Hej, blankett bifogad.\n/Emma\n",
             attachments=[pdf("bestallning.pdf", html)])
    return m, expect_requests("Two-column PDF form: the 'Beställare' column's 'Namn:' and phone must not leak "
                              "into the customer name; Beställare is the buyer reference.", T,
                              [request(cust("20012"), [line(MS, "410", "6"), line(MS, "510", "6")], [], MS,
                                       buyer="Helena Rosén", order="RT-2026-051")])


@case("t12_fi_pdf_dot_leaders")
def _t12():
    html = ("<h1>LASKUTUSPYYNTÖ</h1><pre style='font-family:DejaVu Sans Mono;font-size:10pt'>"
            "Asiakas ..................... Kallioinen Rakennus Oy\nY-tunnus .................... 2845120-9\n"
            "Viitteenne .................. Jari Salo\nTilausnumero ................ KR-2026-19\n\n"
            "Tuote  Kuvaus                     Määrä    á-hinta\n"
            "K10    Asiantuntijatyö            12,5 h   125,00\n"
            "T20    Matkakulut, Tampere t/r    1 kpl    186,40\n</pre>")
    m = mail(TUULA, "Laskutuspyyntö Kallioinen", "Thu, 12 Nov 2026 11:00:00 +0200", "Hei, lomake liitteenä.\n",
             to=CENTRE_FI, attachments=[pdf("laskutuspyynto.pdf", html)])
    return m, expect_requests("Finnish PDF form with dot leaders after the labels: the dots are not part of the "
                              "values.", T,
                              [request(cust("30001"), [line(MF, "K10", "12.5", "125.00", desc="Asiantuntijatyö"),
                                                       line(MF, "T20", "1", "186.40", desc="Matkakulut, Tampere t/r")],
                                       [], MF, buyer="Jari Salo", order="KR-2026-19")])


@case("t13_sv_text_table_totalt")
def _t13():
    body = ("Hej!\n\nKund: Tornhagen Konsult AB\n\n"
            "Art   Benämning                    Antal   À-pris     Summa\n"
            "110   Jordprovtagning              6       450,00     2 700,00\n"
            "610   Instrumenthyra, vecka        2       2 750,00   5 500,00\n"
            "                                   Totalt             8 200,00\n\n" + sig_se("Jonas Eklöf"))
    m = mail(JONAS, "Fakturera Tornhagen", "Fri, 13 Nov 2026 09:30:00 +0100", body)
    return m, expect_requests("Fixed-width text table with a 'Totalt' row (no line) and thousands spaces.", T,
                              [request(cust("20013"), [line(MS, "110", "6", "450.00", desc="Jordprovtagning"),
                                                       line(MS, "610", "2", "2750.00")], [], MS)])


@case("t14_fi_html_table_kv_and_total")
def _t14():
    html = ("<p>Hei,</p><p>laskutettavaa alla.</p><table border='1'>"
            "<tr><td>Asiakas</td><td>Kiuruniemen kaupunki</td></tr><tr><td>Viitteenne</td><td>Mari Ojala</td></tr>"
            "<tr><td>Tilausnumero</td><td>2026-0457</td></tr></table><p></p><table border='1'>"
            "<tr><th>Tuote</th><th>Nimike</th><th>Määrä</th><th>Hinta</th><th>Yhteensä</th></tr>"
            "<tr><td>S10</td><td>Tarkastusmaksu</td><td>3</td><td>360,00</td><td>1 080,00</td></tr>"
            "<tr><td>J10</td><td>Julkaisu, painettu</td><td>15</td><td>24,00</td><td>360,00</td></tr>"
            "<tr><td colspan='4'>Yhteensä</td><td>1 440,00</td></tr></table><p>Marjut</p>")
    m = mail(MARJUT, "Laskutus Kiuruniemi", "Mon, 16 Nov 2026 13:00:00 +0200", "Hei, ks. HTML.\n", html,
             to=CENTRE_FI)
    return m, expect_requests("Key/value HTML table (Viitteenne, Tilausnumero) and an HTML line table with a "
                              "'Yhteensä' row; municipality by its exact name.", T,
                              [request(cust("30004"), [line(MF, "S10", "3", "360.00"), line(MF, "J10", "15", "24.00")],
                                       [], MF, buyer="Mari Ojala", order="2026-0457")])


@case("t15_sv_xlsx_org_number_only_interleaved")
def _t15():
    rows = [["Org.nr", "Artikel", "Antal"], ["556804-3177", "110", 5], ["212000-1496", "140", 2],
            ["556804-3177", "130", 5], ["559177-2354", "210", 3]]
    m = mail(SE_EKONOMI, "Samlat underlag", "Tue, 17 Nov 2026 10:00:00 +0100", "Se bifogad fil.\n",
             attachments=[xlsx("samlat.xlsx", [("Data", rows, [])])])
    return m, expect_requests("XLSX with customers identified only by org number, rows of three customers "
                              "interleaved.", T,
                              [request(cust("20001"), [line(MS, "110", "5"), line(MS, "130", "5")], [], MS),
                               request(cust("20004"), [line(MS, "140", "2")], [], MS),
                               request(cust("20009"), [line(MS, "210", "3")], [], MS)])


@case("t16_sv_csv_cp1252_summa")
def _t16():
    csv = ("Kund;Org.nr;Art;Benämning;Antal;À-pris;Belopp\r\n"
           "Sörbygdens kommun;212000-6271;520;Tillsynsavgift;3;2 100,00;6 300,00\r\n"
           "Sörbygdens kommun;212000-6271;320;Resekostnader, bil 212 km;1;530,00;530,00\r\n"
           "Summa;;;;;;6 830,00\r\n")
    m = mail(FATIMA, "Tillsyn Sörbygden", "Wed, 18 Nov 2026 10:00:00 +0100", "Hej, underlag bifogat.\n",
             attachments=[text_att("tillsyn.csv", csv, "cp1252")])
    return m, expect_requests("Windows-1252 CSV with thousands spaces, a 'Summa' row; the km figure in the "
                              "description is no quantity.", T,
                              [request(cust("20014"), [line(MS, "520", "3", "2100.00", desc="Tillsynsavgift"),
                                                       line(MS, "320", "1", "530.00",
                                                            desc="Resekostnader, bil 212 km")],
                                       [], MS)])


@case("t17_en_xlsx_amounts_only")
def _t17():
    rows = [["Customer", "Business ID", "Item", "Description", "Qty", "Amount (EUR)"],
            ["Vaskiluodon Satama Oy", "1902215-4", "X10", "Sediment study, harbour basin", 1, 6400],
            ["Vaskiluodon Satama Oy", "1902215-4", "K10", "Expert work", 16, 2000],
            ["Vaskiluodon Satama Oy", "1902215-4", "T20", "Travel", 2, 311.6],
            ["Total", None, None, None, None, 8711.6]]
    m = mail(OLIVER, "Invoicing: Vaskiluoto sediment study", "Thu, 19 Nov 2026 09:00:00 +0200",
             "Hi,\n\nplease see the attached sheet; amounts are line totals excl. VAT.\n\n" + sig_en("Oliver Grant"),
             to=CENTRE_FI, attachments=[xlsx("vaskiluoto.xlsx", [("Sheet1", rows, [])])])
    return m, expect_requests("Only line totals: unit price = amount / quantity exactly; 'Total' row skipped.",
                              T, [request(cust("30007"), [
                                  line(MF, "X10", "1", "6400", desc="Sediment study, harbour basin"),
                                  line(MF, "K10", "16", "125", desc="Expert work"),
                                  line(MF, "T20", "2", "155.80", desc="Travel")], [], MF)])
