"""Seventeenth held-out set (written blind), part A, Swedish: what other systems send — an ERP export CSV with a
summary line, a UTF-16 "Unicode text" export, XLSX (instruction sheet, two-row merged header, hidden helper
column, month sheets beside a totals sheet, price list beside the request), reportlab PDF tables and a PDF form,
HTML mail from a case-management system, a "see the HTML version" notification, a bank's payment advice and a
remittance mail, and files a clerk could not be sure of."""
from __future__ import annotations

from tests.intake.cases.ids import se_ocr, se_org
from tests.intake.cases.mailkit import expect_advice, expect_requests, expect_unknown, mail, new_cust, text_att

from .kit17 import ARENDE, CENTRE_SE, EKON, KARIN, MPV, ND, case, cust, line, request, rl_pdf, sig_se, xlsx_book

PLAIN, CSV, XLSX, PDF, HTML, ADV, ASK, OTHER = ("0-plain", "1-csv-tsv", "2-xlsx", "3-pdf", "4-html-system",
                                                 "5-advice", "6-must-ask", "7-other-kind")
D = "desc"


@case("s01_sv_erp_csv_semicolon_summary_line")
def _s01():
    org = cust("20411")["org_no"]
    csv = ("Exportdatum;2026-11-30;;;;\n"
           "Kund;Orgnr;Artikel;Benämning;Antal;À-pris\n"
           f"Uppvidinge Schakt AB;{org};2010;Provtagning grundvatten;6;850,00\n"
           f"Uppvidinge Schakt AB;{org};2020;Analys standardpaket;6;1 200,00\n"
           f"Uppvidinge Schakt AB;{org};2050;Rapport;1;3 100,00\n"
           "Summa;;;;13;15 400,00\n")
    body = ("Hej,\n\nhär kommer exporten ur vårt ekonomisystem för Uppvidinge Schakt, provtagning vid Åseda "
            "deponi i november 2026. Er referens: Mats Gunnarsson.\n" + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Fakturaunderlag Uppvidinge nov", "Mon, 30 Nov 2026 14:02:00 +0100", body, to=CENTRE_SE,
             attachments=[text_att("export_20261130.csv", csv, "cp1252")])
    p = ("2026-11-01", "2026-11-30")
    return m, expect_requests("ERP export: a date row above the header and a Summa row that is not a line; the "
                              "month in the body applies to every line.", CSV,
                              [request(cust("20411"), [line(MPV, "2010", "6", "850.00", skip=ND, ps=p[0], pe=p[1]),
                                                       line(MPV, "2020", "6", "1200.00", skip=ND, ps=p[0], pe=p[1]),
                                                       line(MPV, "2050", "1", "3100.00", skip=ND, ps=p[0],
                                                            pe=p[1])], [], MPV, buyer="Mats Gunnarsson")])


@case("s02_sv_utf16_unicode_text_empty_cells")
def _s02():
    tsv = ("Kundnummer\tKund\tArtikel\tText\tAntal\tPris\tEr referens\n"
           "20412\tRoslagens Vatten AB\t2030\tGranskning av kontrollprogram\t7\t\tLinda Berg\n"
           "20412\tRoslagens Vatten AB\t2040\t\t1\t\t\n")
    body = ("Hej!\n\nBifogar underlag (sparat som Unicode-text ur Excel). Priser enligt prislistan.\n\n"
            "Karin" + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Underlag Roslagens Vatten", "Tue, 03 Nov 2026 09:40:00 +0100", body,
             attachments=[("underlag.txt", b"\xff\xfe" + tsv.replace("\n", "\r\n").encode("utf-16-le"), "text",
                           "plain")])
    return m, expect_requests("UTF-16 LE tab-separated export with empty price and text cells: register prices, "
                              "register name for the empty text; the reference cell of row 1.", CSV,
                              [request(cust("20412"), [line(MPV, "2030", "7", desc="Granskning av kontrollprogram"),
                                                       line(MPV, "2040", "1")], [], MPV, buyer="Linda Berg")])


@case("s03_sv_xlsx_instruction_sheet_first")
def _s03():
    instr = [["Instruktion för faktureringsunderlag"], ["Fyll i en rad per artikel på fliken Underlag."],
             ["Exempel:"], ["Kund", "Artikel", "Antal", "Pris"], ["Exempelkunden AB", "2030", "10", "1350"]]
    data = [["Kund", "Org.nr", "Artikel", "Antal", "Pris", "Avser"],
            ["Tierps kommun", "212000-2700", "2090", 4, 3900, "Kurs i provtagning 2026-10-14"],
            ["Tierps kommun", "212000-2700", "2070", 6, 450, "Lokal 2026-10-14"]]
    body = ("Hej,\n\nunderlag för höstens kurs för Tierps kommun bifogas (flik Underlag).\n"
            "Beställningsnummer: TK-26-0391\n" + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Kursfakturering Tierp", "Thu, 15 Oct 2026 11:10:00 +0200", body,
             attachments=[xlsx_book("kursunderlag.xlsx", [{"title": "Instruktion", "rows": instr},
                                                         {"title": "Underlag", "rows": data}])])
    d = "2026-10-14"
    return m, expect_requests("The instruction sheet's example row is not a line.", XLSX,
                              [request(cust("20413"), [line(MPV, "2090", "4", "3900", ps=d, skip=ND),
                                                       line(MPV, "2070", "6", "450", ps=d, skip=ND)], [], MPV,
                                       order="TK-26-0391")])


@case("s04_sv_xlsx_merged_antal_st_h")
def _s04():
    rows = [["Artikel", "Benämning", "Antal", None, "À-pris"], [None, None, "st", "h", None],
            ["2010", "Provtagning ytvatten", 12, None, 850], ["2030", "Utvärdering", None, 5.5, 1350],
            ["Summa", None, 12, 5.5, None]]
    body = ("Hej,\n\nfakturera Mälardalens Bergteknik AB enligt bifogad fil. Uppdraget avser september 2026.\n"
            + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Fakturering Mälardalens Bergteknik", "Fri, 02 Oct 2026 08:15:00 +0200", body,
             attachments=[xlsx_book("mbt_sept.xlsx", [{"title": "Blad1", "rows": rows,
                                                      "merges": ["C1:D1", "A1:A2", "B1:B2", "E1:E2"]}])])
    p = ("2026-09-01", "2026-09-30")
    return m, expect_requests("A two-row merged header: 'Antal' over 'st' and 'h'; one row counts pieces, the other "
                              "hours (5,5); the Summa row is not a line.", XLSX,
                              [request(cust("20418"), [line(MPV, "2010", "12", "850", ps=p[0], pe=p[1], skip=ND),
                                                       line(MPV, "2030", "5.5", "1350", ps=p[0], pe=p[1],
                                                            skip=ND)], [], MPV)])


@case("s05_sv_xlsx_hidden_helper_column")
def _s05():
    rows = [["Kundnr", "Artikel", "Beskrivning", "Antal", "Internt kostnadsställe", "Pris/enhet"],
            ["20419", "2040", "Fältdag hamnbassängen", 2, 4410, 8900],
            ["20419", "2060", "PFAS-analys sediment", 3, 4410, 2750]]
    body = ("Hej,\n\nGävle Hamn, sedimentprovtagning 2026-09-21–2026-09-22. Underlag bifogas.\n"
            "Deras ordernr: GH-PO-88214\n" + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Gävle Hamn sediment", "Wed, 23 Sep 2026 13:00:00 +0200", body,
             attachments=[xlsx_book("gh.xlsx", [{"title": "Underlag", "rows": rows, "hidden_cols": ["E"]}])])
    p = ("2026-09-21", "2026-09-22")
    return m, expect_requests("A hidden helper column (cost centre 4410) is neither quantity nor price; the "
                              "special analysis has its price in the file.", XLSX,
                              [request(cust("20419"), [line(MPV, "2040", "2", "8900", ps=p[0], pe=p[1], skip=ND),
                                                       line(MPV, "2060", "3", "2750", ps=p[0], pe=p[1], skip=ND)],
                                       [], MPV, order="GH-PO-88214")])


@case("s06_sv_xlsx_month_sheets_and_totals")
def _s06():
    hdr = ["Artikel", "Text", "Antal", "Pris"]
    sheets = [{"title": "Totalt", "rows": [["Månad", "Belopp"], ["Juli", 2500], ["Augusti", 2500],
                                           ["September", 4850], ["Totalt", 9850]]},
              {"title": "Juli", "rows": [hdr, ["2080", "Dataabonnemang", 1, 2500]]},
              {"title": "Augusti", "rows": [hdr, ["2080", "Dataabonnemang", 1, 2500]]},
              {"title": "September", "rows": [hdr, ["2080", "Dataabonnemang", 1, 2500],
                                              ["2010", "Kontrollprov", 1, 2350]]}]
    body = ("Hej,\n\nkvartalsfakturering Q3 2026 för Ekbackens Lantbruk AB (kundnr 556123). En flik per månad, "
            "fliken Totalt är bara en sammanställning.\n" + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Q3 Ekbacken", "Thu, 01 Oct 2026 10:00:00 +0200", body,
             attachments=[xlsx_book("ekbacken_q3.xlsx", sheets)])
    return m, expect_requests("One sheet per month (the month from the sheet name) and a totals sheet that is not "
                              "lines; customer by number 556123, which looks like the start of an org number.",
                              XLSX,
                              [request(cust("556123"), [
                                  line(MPV, "2080", "1", "2500", ps="2026-07-01", pe="2026-07-31", skip=ND),
                                  line(MPV, "2080", "1", "2500", ps="2026-08-01", pe="2026-08-31", skip=ND),
                                  line(MPV, "2080", "1", "2500", ps="2026-09-01", pe="2026-09-30", skip=ND),
                                  line(MPV, "2010", "1", "2350", ps="2026-09-01", pe="2026-09-30", skip=ND)],
                                  [], MPV)])


SITES = ["Norra infiltrationsdammen, brunn 1 (djupprov under isläggning, dubbelprov för kontroll)",
         "Norra infiltrationsdammen, brunn 2", "Södra grusåsen, observationsrör G4 (svårtillgängligt, terrängbil)",
         "Södra grusåsen, observationsrör G5", "Vattenverkets råvattenintag, kranprov före UV-behandling",
         "Reservvattentäkt Östhammar, pumpstation", "Bräddpunkt B12, utlopp till Väddö kanal efter kraftigt regn",
         "Bräddpunkt B14", "Recipient Norrtäljeviken, tre nivåer (yta, mitt och botten) sammanvägt prov",
         "Lakvattendamm vid återvinningscentralen", "Dagvattenbrunn Hamngatan", "Dagvattenbrunn Industrivägen",
         "Kontrollpunkt K7 nedströms reningsverket, provet taget med båt enligt kontrollprogrammet",
         "Kontrollpunkt K8", "Kontrollpunkt K9 (extra provtagning begärd av tillsynsmyndigheten)"]


@case("s07_sv_reportlab_table_two_pages_wrapping")
def _s07():
    rows = [[f"2026-10-{5 + i:02d}", "2010", s, "1", "850,00"] for i, s in enumerate(SITES)]
    intro = ["Roslagens Vatten AB, org.nr 556088-3117", "Provtagning enligt kontrollprogram, oktober 2026.",
             "Samtliga prov ska faktureras till ordinarie pris."] + ["&nbsp;"] * 14
    att = rl_pdf("provtagning_okt.pdf", "Provtagningsrapport för fakturering", intro,
                 ["Datum", "Artikel", "Provpunkt", "Antal", "À-pris"], rows, widths=[24, 18, 90, 14, 22],
                 after=["Summa 15 st, 12 750,00 kr exkl. moms."])
    body = "Hej,\n\nunderlag från provtagningssystemet bifogas, fakturera enligt PDF.\n" + sig_se("Karin Lundgren")
    m = mail(KARIN, "Provtagning oktober Roslagens Vatten", "Mon, 26 Oct 2026 16:20:00 +0100", body,
             attachments=[att])
    lines = [line(MPV, "2010", "1", "850.00", desc=s, ps=f"2026-10-{5 + i:02d}") for i, s in enumerate(SITES)]
    return m, expect_requests("A reportlab table of 15 rows whose long cells wrap onto two lines and which "
                              "continues on page 2 with the header repeated; each row has its own date.", PDF,
                              [request(cust("20412"), lines, [], MPV)])


@case("s08_sv_pdf_two_column_form_dot_leaders")
def _s08():
    org = se_org("559417230")
    form = [("Kund:", "Lövsta Hästgård AB", "Org.nr:", org), ("Adress:", "Lövsta 14", "Postnr/ort:", "741 91 Knivsta"),
            ("Er referens:", "Sara Lindblom", "Beställning:", "LH-2026-12")]
    att = rl_pdf("bestallning.pdf", "Beställningsblankett – analys", ["Blanketten fylls i av kunden."],
                 ["Artikel", "Beskrivning", "Antal", "Pris"],
                 [["2020", "Analys, standardpaket (hästhage, markprov)", "3", "1 200,00"]], two_col=form,
                 widths=[20, 90, 20, 30])
    body = ("Hej,\n\nny kund, blankett bifogad. Proverna analyserades 2026-08-18.\n" + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Ny kund Lövsta Hästgård", "Wed, 19 Aug 2026 09:00:00 +0200", body, attachments=[att])
    return m, expect_requests("A two-column PDF form with labels and dot leaders: a new customer with a postal "
                              "address, so nothing is asked.", PDF,
                              [request(new_cust("Lövsta Hästgård AB", org, "SE"),
                                       [line(MPV, "2020", "3", "1200.00", ps="2026-08-18", skip=ND)], [], MPV,
                                       buyer="Sara Lindblom", order="LH-2026-12")])


def _layout(inner: str, footer: str) -> str:
    return ("<html><body><table width='100%' cellpadding='0'><tr><td bgcolor='#1d3c5a'>"
            "<table><tr><td><font color='white'><b>Miljöprovverket – Ärendehantering</b></font></td></tr></table>"
            f"</td></tr><tr><td><table width='640'><tr><td>{inner}</td></tr></table></td></tr>"
            f"<tr><td><small>{footer}</small></td></tr></table></body></html>")


@case("s09_sv_case_system_html_kv_table")
def _s09():
    kv = ("<p>Ett ärende har markerats för fakturering.</p><table border='1'>"
          "<tr><td>Ärendenummer</td><td>MPV-2026-1187</td></tr><tr><td>Kund</td><td>Gävle Hamn AB</td></tr>"
          "<tr><td>Organisationsnummer</td><td>556104-8264</td></tr>"
          "<tr><td>Er referens</td><td>Johan Sundqvist</td></tr>"
          "<tr><td>Artikel</td><td>2030 Konsulttimme</td></tr><tr><td>Antal</td><td>12 tim</td></tr>"
          "<tr><td>Period</td><td>2026-09-01 – 2026-09-30</td></tr></table>")
    html = _layout(kv, "Detta är ett automatiskt meddelande från ärendesystemet. Svara inte på detta "
                       "meddelande. Miljöprovverket, Box 640, 751 26 Uppsala, org.nr 202100-7444.")
    m = mail(ARENDE, "Faktureringsunderlag ärende MPV-2026-1187", "Thu, 01 Oct 2026 06:00:00 +0200", html=html)
    return m, expect_requests("HTML-only mail from a case system: nested layout tables, a key/value table, the "
                              "agency's org number in the footer is not the customer's.", HTML,
                              [request(cust("20419"), [line(MPV, "2030", "12", ps="2026-09-01", pe="2026-09-30",
                                                            skip=ND)], [], MPV, buyer="Johan Sundqvist")])


@case("s10_sv_text_part_says_see_html")
def _s10():
    text = ("Detta meddelande är skrivet i HTML. Se HTML-versionen.\n")
    inner = ("<h3>Bokning att fakturera</h3><table border='1'><tr><th>Kund</th><th>Kundnr</th><th>Artikel</th>"
             "<th>Antal</th><th>Datum</th></tr><tr><td>Tierps kommun</td><td>20413</td><td>2070</td>"
             "<td>8</td><td>2026-11-12</td></tr></table><p>Bokningsnummer (ange som beställning): B-55102</p>")
    html = _layout(inner, "Automatiskt utskick – Lokalbokning Miljöprovverket")
    m = mail(ARENDE, "Bokning B-55102 klar för fakturering", "Fri, 13 Nov 2026 05:30:00 +0100", text, html)
    return m, expect_requests("The text part only says 'see the HTML version'; the data is in the HTML part.",
                              HTML, [request(cust("20413"), [line(MPV, "2070", "8", ps="2026-11-12", skip=ND)], [],
                                             MPV, order="B-55102")])


@case("s11_sv_bank_payment_advice_pdf")
def _s11():
    o1, o2 = se_ocr("2610044"), se_ocr("2610059")
    att = rl_pdf("betalningsavisering.pdf", "Betalningsavisering", [
        "Bank: Nordbanken Företag", "Betalare: Uppvidinge Schakt AB", "Betalningsdag: 2026-12-02",
        "Mottagare: Miljöprovverket, bankgiro 5311-4092"], ["Fakturanr", "OCR-referens", "Belopp SEK"],
        [["26-1004", o1, "19 250,00"], ["26-1005", o2, "4 000,00"], ["Totalt", "", "23 250,00"]],
        widths=[40, 60, 40])
    body = ("Hej,\n\nfick denna avisering från kunden, vidarebefordrar för avprickning.\n" + sig_se("Ekonomi"))
    m = mail(EKON, "VB: Betalningsavisering Uppvidinge Schakt", "Thu, 03 Dec 2026 08:30:00 +0100", body,
             attachments=[att])
    return m, expect_advice("A bank's payment advice as a PDF table with a total row.", ADV,
                            {"name": "Uppvidinge Schakt AB"}, "2026-12-02", "23250.00", "SEK",
                            [("26-1004", o1, "19250.00"), ("26-1005", o2, "4000.00")])


@case("s12_sv_remittance_mail_credit_note_negative")
def _s12():
    o1, o2, o3 = se_ocr("2609981"), se_ocr("2610012"), se_ocr("2609873")
    body = ("Hej,\n\nnedan från Roslagens Vattens betalsystem.\n\nKarin\n\n"
            "-------- Vidarebefordrat meddelande --------\nFrån: Betalningar <no-reply@betal.roslagsvatten.se>\n"
            "Datum: 2026-11-27\nÄmne: Betalningsspecifikation\n\n"
            "BETALNINGSSPECIFIKATION\nBetalare: Roslagens Vatten AB\nBetalningsdatum: 2026-11-27\n\n"
            "Faktura     Referens       Belopp\n"
            f"26-0998     {o1}     8 500,00\n26-1001     {o2}     3 350,00\n"
            f"26-0987     {o3}    -1 350,00  Kreditfaktura\n"
            "Summa                      10 500,00 SEK\n\n"
            "Detta är ett automatiskt meddelande och kan inte besvaras.\n")
    m = mail(KARIN, "VB: Betalningsspecifikation", "Fri, 27 Nov 2026 15:10:00 +0100", body)
    return m, expect_advice("A remittance mail from a payment system listing invoices and a credit note as a "
                            "negative line.", ADV, {"name": "Roslagens Vatten AB"}, "2026-11-27", "10500.00", "SEK",
                            [("26-0998", o1, "8500.00"), ("26-1001", o2, "3350.00"), ("26-0987", o3, "-1350.00")])


@case("s13_sv_csv_unusual_column_order")
def _s13():
    csv = ("Belopp exkl moms;Pris/enhet;Antal;Artikelkod;Kundnr;Avser\n"
           "5 100,00;850,00;6;2010;556123;Markprov vall\n"
           "2 700,00;1 350,00;2;2030;556123;Rådgivning gödsling\n")
    body = ("Hej,\n\nfrån vårt fältsystem, fakturera kunden i filen. Proverna togs 2026-05-12.\n"
            + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Fakturera Ekbacken", "Wed, 13 May 2026 10:45:00 +0200", body,
             attachments=[text_att("falt_export.csv", csv)])
    return m, expect_requests("Columns in an unusual order; 'Pris/enhet' is the price, 'Belopp exkl moms' the "
                              "line amount; the customer number 556123 is not an org number.", CSV,
                              [request(cust("556123"), [
                                  line(MPV, "2010", "6", "850.00", desc="Markprov vall", ps="2026-05-12"),
                                  line(MPV, "2030", "2", "1350.00", desc="Rådgivning gödsling", ps="2026-05-12")],
                                  [], MPV)])


@case("s14_sv_xlsx_price_list_sheet_beside_request")
def _s14():
    req = [["Kund", "Nordkust Logistik AB"], ["Org.nr", "556903-1726"], [],
           ["Artikel", "Antal"], ["2020", 10], ["2050", 1]]
    plist = [["Artikel", "Benämning", "Pris 2026"], ["2010", "Provtagning", 850], ["2020", "Analys, standardpaket",
             1200], ["2030", "Konsulttimme", 1350], ["2050", "Rapport", 3100]]
    body = ("Hej,\n\nfakturera enligt fliken Beställning, prislistan ligger på fliken bredvid.\n"
            "Deras beställningsnummer: NL-INK-7730\n" + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Beställning Nordkust", "Tue, 08 Dec 2026 12:00:00 +0100", body,
             attachments=[xlsx_book("nordkust.xlsx", [{"title": "Beställning", "rows": req},
                                                     {"title": "Prislista", "rows": plist}])])
    return m, expect_requests("A price-list sheet beside the request sheet: its rows are not lines; the prices are "
                              "the register's anyway.", XLSX,
                              [request(cust("20416"), [line(MPV, "2020", "10", skip=ND), line(MPV, "2050", "1",
                                                                                               skip=ND)],
                                       [], MPV, order="NL-INK-7730")])


@case("s15_sv_csv_missing_quantity_asks")
def _s15():
    csv = ("Kund;Orgnr;Artikel;Text;Antal;Pris\n"
           "Tierps kommun;212000-2700;2010;Provtagning badplatser;9;850\n"
           "Tierps kommun;212000-2700;2020;Analys badvatten;;1200\n")
    body = ("Hej,\n\nbadvattenprovtagning sommaren 2026, juni–augusti, underlag bifogas.\n" + sig_se("Karin"))
    m = mail(KARIN, "Badvatten Tierp", "Mon, 31 Aug 2026 15:00:00 +0200", body,
             attachments=[text_att("badvatten.csv", csv)])
    p = ("2026-06-01", "2026-08-31")
    return m, expect_requests("The analysis row has an empty quantity cell: asked, not guessed from the 9 samples.",
                              ASK, [request(cust("20413"), [
                                  line(MPV, "2010", "9", "850", desc="Provtagning badplatser", ps=p[0], pe=p[1]),
                                  line(MPV, "2020", None, "1200", desc="Analys badvatten", ps=p[0], pe=p[1])],
                                  ["lines[1].quantity"], MPV)])


@case("s16_sv_csv_amount_not_divisible_totals_off")
def _s16():
    csv = ("Kundnr;Artikel;Text;Antal;Belopp exkl moms\n"
           "20418;2060;Specialanalys radon;3;2 000,00\n"
           "20418;2050;Rapport;1;3 100,00\n"
           "Summa;;;;5 600,00\n")
    body = ("Hej,\n\nexport ur LIMS. Observera att summan i filen kommer från systemet.\n" + sig_se("Karin"))
    m = mail(KARIN, "LIMS-underlag Mälardalens Bergteknik", "Tue, 10 Nov 2026 10:00:00 +0100", body,
             attachments=[text_att("lims.csv", csv)])
    return m, expect_requests("Special analysis: 3 for 2 000,00 gives no exact unit price (666,666…) and the "
                              "article has no register price: asked. The Summa row (5 600) does not add up and "
                              "is not a line.", ASK,
                              [request(cust("20418"), [
                                  line(MPV, "2060", "3", None, desc="Specialanalys radon"),
                                  line(MPV, "2050", "1", "3100.00", desc="Rapport")],
                                  ["lines[0].unit_price"], MPV)])


@case("s17_sv_booking_html_same_name_two_customers")
def _s17():
    inner = ("<p>Ny bokning bekräftad och klar för fakturering.</p><table border='1'>"
             "<tr><td>Bokare</td><td>Hammarby Konsult AB</td></tr><tr><td>Lokal</td><td>Seminarierum Fyris</td></tr>"
             "<tr><td>Datum</td><td>2026-11-24</td></tr><tr><td>Artikel</td><td>2070</td></tr>"
             "<tr><td>Timmar</td><td>4</td></tr></table>")
    html = _layout(inner, "Lokalbokning – automatiskt meddelande.")
    m = mail(ARENDE, "Bokning B-55190 klar för fakturering", "Wed, 25 Nov 2026 05:30:00 +0100",
             "Se HTML-versionen av detta meddelande.\n", html)
    return m, expect_requests("Two registered customers are called Hammarby Konsult AB (Nacka and Sundsvall); the "
                              "booking gives only the name, so the customer is asked.", ASK,
                              [request(new_cust("Hammarby Konsult AB", None, None),
                                       [line(MPV, "2070", "4", ps="2026-11-24", skip=ND)], ["customer.org_no"], MPV)])


@case("s18_sv_case_system_credit_request")
def _s18():
    inner = ("<p>Beslut i ärende MPV-2026-1102: fakturan ska krediteras.</p><table border='1'>"
             "<tr><td>Kund</td><td>Gävle Hamn AB</td></tr><tr><td>Faktura</td><td>26-0955</td></tr>"
             "<tr><td>Åtgärd</td><td>Kreditera hela fakturan</td></tr>"
             "<tr><td>Belopp</td><td>17 800,00 kr</td></tr></table>")
    m = mail(ARENDE, "Kreditering faktura 26-0955", "Mon, 16 Nov 2026 07:00:00 +0100",
             "Se HTML-versionen.\n", _layout(inner, "Automatiskt meddelande från ärendesystemet."))
    return m, expect_unknown("A credit of an issued invoice from the case system: not a new invoice, no requests.",
                             OTHER)


@case("s19_sv_erp_csv_two_customers_grouped")
def _s19():
    csv = ("Kundnr;Kundnamn;Art.nr;Benämning;Kvantitet;Enhetspris;Radbelopp\n"
           "20411;Uppvidinge Schakt AB;2040;Fältdag;1;8 900,00;8 900,00\n"
           "20416;Nordkust Logistik AB;2010;Provtagning;4;850,00;3 400,00\n"
           "20411;Uppvidinge Schakt AB;2030;Konsulttimme;3,5;1 350,00;4 725,00\n"
           ";;;;;Totalt;17 025,00\n")
    body = ("Hej,\n\ndecemberunderlag ur affärssystemet, två kunder i samma fil. Arbetet utfördes 2026-12-03.\n"
            + sig_se("Karin Lundgren"))
    m = mail(KARIN, "Underlag december", "Fri, 04 Dec 2026 11:30:00 +0100", body,
             attachments=[text_att("underlag_dec.csv", csv, "cp1252")])
    d = "2026-12-03"
    return m, expect_requests("Two customers interleaved in an ERP CSV: grouped per customer in order of first "
                              "appearance; the Totalt row is not a line.", CSV,
                              [request(cust("20411"), [line(MPV, "2040", "1", "8900.00", ps=d, skip=ND),
                                                       line(MPV, "2030", "3.5", "1350.00", ps=d, skip=ND)], [], MPV),
                               request(cust("20416"), [line(MPV, "2010", "4", "850.00", ps=d, skip=ND)], [], MPV)])


@case("s20_sv_system_reminder_no_request")
def _s20():
    inner = ("<p>Du har 3 ärenden som väntar på attest i ärendesystemet.</p><table border='1'>"
             "<tr><td>MPV-2026-1190</td><td>Tierps kommun</td><td>2 tim</td></tr>"
             "<tr><td>MPV-2026-1194</td><td>Gävle Hamn AB</td><td>1 st</td></tr></table>"
             "<p>Logga in för att attestera.</p>")
    m = mail(ARENDE, "Påminnelse: ärenden väntar på attest", "Mon, 30 Nov 2026 06:00:00 +0100",
             "Se HTML-versionen.\n", _layout(inner, "Automatiskt meddelande."),
             headers={"Auto-Submitted": "auto-generated"})
    return m, expect_unknown("A system reminder about cases awaiting approval: no request to invoice.", OTHER)
