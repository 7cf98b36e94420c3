"""Seventeenth held-out set (written blind), part B, Finnish, Finland-Swedish and English: ERP and LIMS exports
(semicolon CSV with a Yhteensä line, UTF-16 TSV), XLSX (Ohjeet sheet, month sheets and a summary, a merged
'Quantity' header, a price list), reportlab PDF tables and a form with dot leaders, booking-system HTML, a
'katso HTML-versio' notification, a bank's maksuerittely, a remittance advice with a credit note, and files that
need questions (a missing quantity, a new customer without an address, a name two customers share)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, fi_yt, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    text_att,
)

from .kit17 import CENTRE_FI, JUHA, MAA, MLASK, ND, ULLA, VARAUS, case, cust, line, request, rl_pdf, sig_fi, xlsx_book

PLAIN, CSV, XLSX, PDF, HTML, ADV, ASK, OTHER = ("0-plain", "1-csv-tsv", "2-xlsx", "3-pdf", "4-html-system",
                                                 "5-advice", "6-must-ask", "7-other-kind")


@case("f01_fi_erp_csv_yhteensa_line")
def _f01():
    y = cust("30501")["org_no"]
    csv = ("Asiakas;Y-tunnus;Tuote;Nimike;Määrä;Yks.hinta\n"
           f"Keski-Suomen Maarakennus Oy;{y};M100;Maanäyte, kaivanto 3;24;55,00\n"
           f"Keski-Suomen Maarakennus Oy;{y};M110;Laaja analyysi;4;210,00\n"
           f"Keski-Suomen Maarakennus Oy;{y};M300;Raportti;1;380,00\n"
           "Yhteensä;;;;29;2 540,00\n")
    body = ("Hei,\n\nohessa toiminnanohjausjärjestelmän vienti, näytteet otettu 12.–16.10.2026.\n"
            "Tilausnumero: KSM-4471\n" + sig_fi("Juha Koskinen"))
    m = mail(JUHA, "Laskutusaineisto KSM lokakuu", "Mon, 19 Oct 2026 09:05:00 +0300", body, to=CENTRE_FI,
             attachments=[text_att("vienti_1910.csv", csv, "cp1252")])
    p = ("2026-10-12", "2026-10-16")
    return m, expect_requests("ERP CSV with decimal commas and a Yhteensä row that is not a line.", CSV,
                              [request(cust("30501"), [line(MAA, "M100", "24", "55.00", ps=p[0], pe=p[1], skip=ND),
                                                       line(MAA, "M110", "4", "210.00", ps=p[0], pe=p[1], skip=ND),
                                                       line(MAA, "M300", "1", "380.00", ps=p[0], pe=p[1], skip=ND)],
                                       [], MAA, order="KSM-4471")])


@case("f02_fi_utf16_tsv_empty_cells")
def _f02():
    tsv = ("Asiakasnumero\tAsiakas\tTuote\tSelite\tMäärä\tHinta\tPäivä\n"
           "30503\tKuopion Energia Oy\tM200\tLausunto pohjavesiselvityksestä\t6\t\t2026-11-04\n"
           "30503\tKuopion Energia Oy\tM210\t\t1\t\t2026-11-05\n")
    body = ("Hei,\n\nliitteenä Unicode-teksti Excelistä. Hinnat hinnaston mukaan.\n\nUlla" + sig_fi("Ulla Westerholm"))
    m = mail(ULLA, "Kuopion Energia marraskuu", "Fri, 06 Nov 2026 12:30:00 +0200", body, to=CENTRE_FI,
             attachments=[("kuopio.txt", b"\xff\xfe" + tsv.replace("\n", "\r\n").encode("utf-16-le"), "text",
                           "plain")])
    return m, expect_requests("UTF-16 LE TSV with empty price and text cells: register prices, row dates.", CSV,
                              [request(cust("30503"), [line(MAA, "M200", "6", desc="Lausunto pohjavesiselvityksestä",
                                                            ps="2026-11-04"),
                                                       line(MAA, "M210", "1", ps="2026-11-05")], [], MAA)])


@case("f03_fi_xlsx_ohjeet_sheet_first")
def _f03():
    ohje = [["Ohjeet"], ["Täytä yksi rivi tuotetta kohden välilehdelle Laskutus."], ["Esimerkki:"],
            ["Asiakas", "Tuote", "Määrä", "Hinta"], ["Esimerkki Oy", "M200", "3", "150"]]
    data = [["Asiakas", "Y-tunnus", "Tuote", "Määrä", "Hinta", "Viitteenne"],
            ["Porvoon Tieurakointi Oy", "3027784-4", "M500", 14, 310, "Petri Nyman"],
            ["Porvoon Tieurakointi Oy", "3027784-4", "M600", 7, 65, "Petri Nyman"]]
    body = ("Hei,\n\nkoulutus 25.11.2026 Porvoossa, laskutustiedot välilehdellä Laskutus.\n" + sig_fi("Juha Koskinen"))
    m = mail(JUHA, "Koulutuksen laskutus Porvoo", "Thu, 26 Nov 2026 14:00:00 +0200", body, to=CENTRE_FI,
             attachments=[xlsx_book("koulutus.xlsx", [{"title": "Ohjeet", "rows": ohje},
                                                     {"title": "Laskutus", "rows": data}])])
    d = "2026-11-25"
    return m, expect_requests("The Ohjeet sheet's example row is not a line; reference from the Viitteenne column.",
                              XLSX, [request(cust("30505"), [line(MAA, "M500", "14", "310", ps=d, skip=ND),
                                                             line(MAA, "M600", "7", "65", ps=d, skip=ND)], [], MAA,
                                             buyer="Petri Nyman")])


@case("f04_fi_xlsx_month_sheets_and_summary")
def _f04():
    hdr = ["Tuote", "Selite", "Määrä", "Hinta"]
    sheets = [{"title": "Lokakuu", "rows": [hdr, ["M700", "Tietopalvelu", 1, 420]]},
              {"title": "Marraskuu", "rows": [hdr, ["M700", "Tietopalvelu", 1, 420], ["M200", "Neuvonta", 2, 150]]},
              {"title": "Yhteenveto", "rows": [["Kuukausi", "Summa"], ["Lokakuu", 420], ["Marraskuu", 720],
                                               ["Yhteensä", 1140]]}]
    body = ("Hei,\n\nlaskuttakaa Nordkust Logistik Oy (asiakasnumero 30502) liitteen mukaan, yksi välilehti "
            "kuukautta kohden (2026). Yhteenveto on vain tiedoksi.\n" + sig_fi("Ulla Westerholm"))
    m = mail(ULLA, "Nordkust tietopalvelu loka-marraskuu", "Tue, 01 Dec 2026 10:00:00 +0200", body, to=CENTRE_FI,
             attachments=[xlsx_book("nordkust_2026.xlsx", sheets)])
    return m, expect_requests("Month sheets (period from the sheet name) and a summary sheet that is not lines; "
                              "customer by number and full name (without 'Oy' the name would match two).", XLSX,
                              [request(cust("30502"), [
                                  line(MAA, "M700", "1", "420", ps="2026-10-01", pe="2026-10-31", skip=ND),
                                  line(MAA, "M700", "1", "420", ps="2026-11-01", pe="2026-11-30", skip=ND),
                                  line(MAA, "M200", "2", "150", ps="2026-11-01", pe="2026-11-30", skip=ND)], [], MAA)])


POINTS = ["Kevyen liikenteen väylä, paalu 0+120, pintamaa ja pohjamaa erikseen (kaksi kerrosta, yksi näyte)",
          "Paalu 0+240", "Paalu 0+360, kallion pinta lähellä, näyte otettu käsikairalla", "Paalu 0+480",
          "Liittymä Mannerheiminkatu, kaivanto K1, pilaantuneeksi epäilty täyttömaa",
          "Kaivanto K2", "Kaivanto K3 (pohjavedenpinta 1,2 m, näyte vedenalaisesta kerroksesta)", "Kaivanto K4",
          "Siltapenger, länsipää, koekuoppa TP5 ja lisänäyte tuhkakerroksesta laboratorion pyynnöstä",
          "Siltapenger, itäpää TP6", "Hulevesiallas, pohjasedimentti", "Hulevesiallas, luiska",
          "Varastoalue, kasa A (ylijäämämaa, kolme osanäytettä yhdistettynä kokoomanäytteeksi)",
          "Varastoalue, kasa B"]
QTY = [2, 1, 3, 1, 4, 2, 2, 1, 3, 1, 2, 1, 3, 1]


@case("f05_fi_reportlab_table_two_pages")
def _f05():
    rows = [[f"{3 + i}.11.2026", "M100", t, str(q), "55,00"] for i, (t, q) in enumerate(zip(POINTS, QTY))]
    intro = ["Asiakas: Porvoon Tieurakointi Oy, Y-tunnus 3027784-4", "Tilausnumero: PTU-2026-118"] + ["&nbsp;"] * 16
    att = rl_pdf("naytteet_marraskuu.pdf", "Näytteenottoraportti – laskutettavat näytteet", intro,
                 ["Pvm", "Tuote", "Näytepiste", "Kpl", "Hinta"], rows, widths=[24, 18, 92, 12, 22],
                 after=[f"Yhteensä {sum(QTY)} kpl."])
    body = "Hei,\n\nnäytteenottojärjestelmän raportti liitteenä, laskutetaan sen mukaan.\n" + sig_fi("Juha Koskinen")
    m = mail(JUHA, "Porvoo näytteet marraskuu", "Wed, 18 Nov 2026 15:45:00 +0200", body, to=CENTRE_FI,
             attachments=[att])
    lines = [line(MAA, "M100", str(q), "55.00", desc=t, ps=f"2026-11-{3 + i:02d}")
             for i, (t, q) in enumerate(zip(POINTS, QTY))]
    return m, expect_requests("A reportlab table of 14 rows with wrapping cells, continued on page 2 under a "
                              "repeated header; the Yhteensä line is not a line.", PDF,
                              [request(cust("30505"), lines, [], MAA, order="PTU-2026-118")])


@case("f06_fi_pdf_form_dot_leaders_new_customer_ovt")
def _f06():
    y = fi_yt("3190425")
    form = [("Asiakas:", "Laukaan Kivituote Oy", "Y-tunnus:", y),
            ("Verkkolaskuosoite:", "003731904256", "Välittäjä:", "OpusCapita (E204503)"),
            ("Viitteenne:", "Hanna Salo", "Tilausnumero:", "LK-5520")]
    att = rl_pdf("tilaus.pdf", "Tilauslomake – asiantuntijapalvelu", ["Lomakkeen täyttää asiakas."],
                 ["Tuote", "Kuvaus", "Määrä", "Hinta"], [["M200", "Louhinnan pölymittausten arviointi", "8", "150,00"]],
                 two_col=form, widths=[20, 90, 20, 30])
    body = "Hei,\n\nuusi asiakas, tilauslomake liitteenä. Työ tehty 9.12.2026.\n" + sig_fi("Ulla Westerholm")
    m = mail(ULLA, "Uusi asiakas Laukaan Kivituote", "Thu, 10 Dec 2026 09:20:00 +0200", body, to=CENTRE_FI,
             attachments=[att])
    return m, expect_requests("A PDF form with labels and dot leaders: a new customer with an OVT e-invoice "
                              "address, so the address is not asked.", PDF,
                              [request(new_cust("Laukaan Kivituote Oy", y, "FI"),
                                       [line(MAA, "M200", "8", "150.00", desc="Louhinnan pölymittausten arviointi",
                                             ps="2026-12-09")], [], MAA, buyer="Hanna Salo", order="LK-5520")])


def _layout(inner: str, footer: str) -> str:
    return ("<html><body><table width='100%'><tr><td><table><tr><td><b>MTL Tilavaraus</b></td>"
            "<td align='right'>Varausvahvistus</td></tr></table></td></tr>"
            f"<tr><td><table width='600' cellpadding='4'><tr><td>{inner}</td></tr></table></td></tr>"
            f"<tr><td><font size='1'>{footer}</font></td></tr></table></body></html>")


FOOT_FI = ("Tämä on automaattinen viesti, älä vastaa. Maaperätutkimuslaitos, PL 21, 40101 Jyväskylä, "
           "Y-tunnus 0281945-8.")


@case("f07_fi_booking_html_nested_kv")
def _f07():
    inner = ("<p>Varaus on päättynyt ja siirretty laskutukseen.</p><table border='1'>"
             "<tr><td>Varausnumero</td><td>V-20931</td></tr><tr><td>Asiakas</td><td>Kuopion Energia Oy</td></tr>"
             "<tr><td>Tila</td><td>Kokoustila Harju</td></tr><tr><td>Päivä</td><td>2.12.2026</td></tr>"
             "<tr><td>Tuote</td><td>M600</td></tr><tr><td>Tunnit</td><td>5</td></tr>"
             "<tr><td>Yhteyshenkilö</td><td>Mari Räsänen</td></tr></table>")
    m = mail(VARAUS, "Varaus V-20931 laskutukseen", "Thu, 03 Dec 2026 04:00:00 +0200", html=_layout(inner, FOOT_FI),
             to=CENTRE_FI)
    return m, expect_requests("HTML-only booking mail with nested layout tables and a key/value table; the "
                              "footer's Y-tunnus is the agency's.", HTML,
                              [request(cust("30503"), [line(MAA, "M600", "5", ps="2026-12-02", skip=ND)], [], MAA,
                                       buyer="Mari Räsänen")])


@case("f08_fi_text_says_katso_html")
def _f08():
    inner = ("<h3>Laskutettavat varaukset</h3><table border='1'><tr><th>Asiakasnro</th><th>Asiakas</th>"
             "<th>Tuote</th><th>Määrä</th><th>Päivä</th></tr><tr><td>30501</td><td>Keski-Suomen Maarakennus Oy</td>"
             "<td>M600</td><td>3</td><td>9.12.2026</td></tr></table>")
    m = mail(VARAUS, "Laskutettavat varaukset 9.12.", "Thu, 10 Dec 2026 04:00:00 +0200",
             "Tämä viesti on HTML-muodossa. Katso HTML-versio.\n", _layout(inner, FOOT_FI), to=CENTRE_FI)
    return m, expect_requests("The text part only says 'katso HTML-versio'; the data is in the HTML part.", HTML,
                              [request(cust("30501"), [line(MAA, "M600", "3", ps="2026-12-09", skip=ND)], [], MAA)])


@case("f09_fi_bank_maksuerittely_pdf")
def _f09():
    r1, r2 = fi_ref("2026310"), fi_ref("2026322")
    att = rl_pdf("maksuerittely.pdf", "Maksuerittely", [
        "Pankki: Osuuspankki", "Maksaja: Kuopion Energia Oy", "Maksupäivä: 14.12.2026",
        "Saaja: Maaperätutkimuslaitos, FI37 5000 1520 0431 86"], ["Lasku", "Viite", "Summa EUR"],
        [["31033", r1, "1 129,50"], ["31045", r2, "476,90"], ["Yhteensä", "", "1 606,40"]], widths=[40, 60, 40])
    body = "Hei,\n\nasiakkaan maksuerittely tiedoksi kohdistusta varten.\n" + sig_fi("Laskutus")
    m = mail(MLASK, "VL: Maksuerittely Kuopion Energia", "Tue, 15 Dec 2026 08:10:00 +0200", body, to=CENTRE_FI,
             attachments=[att])
    return m, expect_advice("A bank's maksuerittely as a PDF table with a Yhteensä row.", ADV,
                            {"name": "Kuopion Energia Oy"}, "2026-12-14", "1606.40", "EUR",
                            [("31033", r1, "1129.50"), ("31045", r2, "476.90")])


@case("f10_en_remittance_credit_note_negative")
def _f10():
    r1, r2, r3 = fi_ref("2026288"), fi_ref("2026301"), fi_ref("2026275")
    body = ("Hi,\n\nforwarding the remittance from Nordkust for matching.\n\nJuha\n\n"
            "---------- Forwarded message ---------\nFrom: Payments <noreply@pay.nordkust.fi>\n"
            "Subject: Remittance advice\n\nREMITTANCE ADVICE\nPayer: Nordkust Logistik Oy\n"
            "Payment date: 2026-12-11\n\n"
            "Invoice   Reference     Amount EUR\n"
            f"30288     {r1}     2,510.00\n30301     {r2}       527.10\n"
            f"30275     {r3}      -263.55   (credit note)\n"
            "Total paid                2,773.55\n\nThis is a system generated message.\n")
    m = mail(JUHA, "Fwd: Remittance advice", "Fri, 11 Dec 2026 16:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("An English remittance e-mail with a credit note as a negative line.", ADV,
                            {"name": "Nordkust Logistik Oy"}, "2026-12-11", "2773.55", "EUR",
                            [("30288", r1, "2510.00"), ("30301", r2, "527.10"), ("30275", r3, "-263.55")])


@case("f11_en_csv_unusual_headers")
def _f11():
    csv = ("Net amount,Unit price,Qty,Item,Cust. No.,Details\n"
           "\"1,960.00\",980.00,2,M210,30502,Field days Vaasa harbour\n"
           "\"1,050.00\",150.00,7,M200,30502,Data interpretation\n")
    body = ("Hello,\n\nplease invoice per the attached export from our field system. Work done 16-17 Nov 2026.\n"
            "PO: NKL-PO-3391\n" + sig_fi("Juha Koskinen"))
    m = mail(JUHA, "Invoice request Nordkust", "Wed, 18 Nov 2026 11:00:00 +0200", body, to=CENTRE_FI,
             attachments=[text_att("field_export.csv", csv)])
    p = ("2026-11-16", "2026-11-17")
    return m, expect_requests("English CSV with columns in an unusual order and a customer-number column.", CSV,
                              [request(cust("30502"), [
                                  line(MAA, "M210", "2", "980.00", desc="Field days Vaasa harbour", ps=p[0], pe=p[1]),
                                  line(MAA, "M200", "7", "150.00", desc="Data interpretation", ps=p[0], pe=p[1])],
                                  [], MAA, order="NKL-PO-3391")])


@case("f12_en_xlsx_price_list_beside_order")
def _f12():
    order = [["Customer", "Närpes Grönsaker Ab"], ["Business ID", "2043655-7"], ["Your reference", "Jonas Back"], [],
             ["Item", "Qty"], ["M100", 18], ["M110", 6]]
    plist = [["Item", "Name", "Price EUR"], ["M100", "Soil sample", 55], ["M110", "Extended analysis", 210],
             ["M200", "Expert hour", 150]]
    body = ("Hi,\n\nplease invoice as per the Order sheet; the price list sheet is for reference.\n"
            + sig_fi("Ulla Westerholm"))
    m = mail(ULLA, "Invoice Närpes Grönsaker", "Mon, 14 Sep 2026 10:00:00 +0300", body, to=CENTRE_FI,
             attachments=[xlsx_book("narpes.xlsx", [{"title": "Order", "rows": order},
                                                   {"title": "Price list", "rows": plist}])])
    return m, expect_requests("A price-list sheet beside the order sheet is not lines.", XLSX,
                              [request(cust("30504"), [line(MAA, "M100", "18", skip=ND), line(MAA, "M110", "6",
                                                                                              skip=ND)],
                                       [], MAA, buyer="Jonas Back")])


@case("f13_fi_xlsx_missing_quantity_asks")
def _f13():
    rows = [["Asiakas", "Tuote", "Selite", "Määrä", "Hinta"],
            ["Keski-Suomen Maarakennus Oy", "M210", "Kenttäpäivä Muurame", 1, 980],
            ["Keski-Suomen Maarakennus Oy", "M400", "Pilaantuneen maan erikoistutkimus", None, 1250]]
    body = "Hei,\n\nlaskutettavaa liitteessä.\n" + sig_fi("Juha Koskinen")
    m = mail(JUHA, "KSM laskutus", "Tue, 22 Sep 2026 13:00:00 +0300", body, to=CENTRE_FI,
             attachments=[xlsx_book("ksm.xlsx", [{"title": "Taul1", "rows": rows}])])
    return m, expect_requests("The second row's quantity cell is empty: asked (quantity 1 is not a default).", ASK,
                              [request(cust("30501"), [
                                  line(MAA, "M210", "1", "980", desc="Kenttäpäivä Muurame"),
                                  line(MAA, "M400", None, "1250", desc="Pilaantuneen maan erikoistutkimus")],
                                  ["lines[1].quantity"], MAA)])


@case("f14_en_html_new_swedish_customer_no_address")
def _f14():
    org = se_org("559187345")
    inner = ("<p>New order registered in the case system.</p><table border='1'>"
             f"<tr><td>Customer</td><td>Haparanda Gruvkonsult AB</td></tr><tr><td>Org. no.</td><td>{org}</td></tr>"
             "<tr><td>E-mail</td><td>info@hgruvkonsult.se</td></tr><tr><td>Item</td><td>M300</td></tr>"
             "<tr><td>Quantity</td><td>1</td></tr><tr><td>Delivered</td><td>2026-12-04</td></tr></table>")
    m = mail(VARAUS, "Order ready for invoicing", "Mon, 07 Dec 2026 04:00:00 +0200", "See the HTML version.\n",
             _layout(inner, FOOT_FI), to=CENTRE_FI)
    return m, expect_requests("A new Swedish customer with a valid org number and only an e-mail address: the "
                              "address is asked.", ASK,
                              [request(new_cust("Haparanda Gruvkonsult AB", org, "SE", email="info@hgruvkonsult.se"),
                                       [line(MAA, "M300", "1", ps="2026-12-04", skip=ND)], ["customer.address"],
                                       MAA)])


@case("f15_fisv_csv_fo_nummer_column")
def _f15():
    csv = ("FO-nummer;Kund;Artikel;Beskrivning;Antal;Á-pris\n"
           "2043655-7;Närpes Grönsaker Ab;M100;Jordprov växthus 3;10;55,00\n"
           "2043655-7;Närpes Grönsaker Ab;M300;Rapport;1;380,00\n")
    body = ("Hej,\n\nfakturera enligt bifogad fil, proverna togs 28.10.2026.\nEr referens: Camilla Nyqvist\n\n"
            "Med vänlig hälsning\nUlla Westerholm\nMaaperätutkimuslaitos / Markforskningsinstitutet\n"
            "FO-nummer 0281945-8\n")
    m = mail(ULLA, "Fakturering Närpes Grönsaker", "Thu, 29 Oct 2026 10:00:00 +0200", body, to=CENTRE_FI,
             attachments=[text_att("narpes.csv", csv)])
    d = "2026-10-28"
    return m, expect_requests("Finland-Swedish CSV with a FO-nummer column; the agency's FO-nummer in the "
                              "signature is not the customer's.", CSV,
                              [request(cust("30504"), [line(MAA, "M100", "10", "55.00", desc="Jordprov växthus 3",
                                                            ps=d),
                                                       line(MAA, "M300", "1", "380.00", desc="Rapport", ps=d)], [],
                                       MAA, buyer="Camilla Nyqvist")])


@case("f16_fisv_booking_name_two_customers")
def _f16():
    inner = ("<p>Bokningen är avslutad och överförd till fakturering.</p><table border='1'>"
             "<tr><td>Bokare</td><td>Nordkust Logistik</td></tr><tr><td>Utrymme</td><td>Mötesrum Harju</td></tr>"
             "<tr><td>Datum</td><td>20.11.2026</td></tr><tr><td>Artikel</td><td>M600</td></tr>"
             "<tr><td>Timmar</td><td>2</td></tr></table>")
    m = mail(VARAUS, "Bokning V-20877 till fakturering", "Sat, 21 Nov 2026 04:00:00 +0200",
             "Se HTML-versionen.\n", _layout(inner, FOOT_FI), to=CENTRE_FI)
    return m, expect_requests("'Nordkust Logistik' matches both Nordkust Logistik AB and Oy: the customer is asked.",
                              ASK, [request(new_cust("Nordkust Logistik", None, None),
                                            [line(MAA, "M600", "2", ps="2026-11-20", skip=ND)], ["customer.org_no"],
                                            MAA)])


@case("f17_fi_reply_quantity_from_file")
def _f17():
    body = ("Hei,\n\nerikoistutkimuksia oli kaksi kappaletta.\n\nJuha\n\n"
            "> Lähettäjä: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n> Aihe: Tarvitsemme lisätietoja "
            "[REQ-9TQ4M]\n>\n> 1. Rivin 2 \"Pilaantuneen maan erikoistutkimus\" määrä (lines[1].quantity)\n")
    m = mail(JUHA, "Vs: Tarvitsemme lisätietoja [REQ-9TQ4M]", "Wed, 23 Sep 2026 08:40:00 +0300", body,
             to=CENTRE_FI, headers={"In-Reply-To": "<REQ-9TQ4M.1@palvelukeskus.fi>"})
    return m, expect_reply("A reply answering the quantity asked about a spreadsheet row ('kaksi').", OTHER,
                           "REQ-9TQ4M", {"lines": [{}, {"quantity": "2"}]})


@case("f18_en_xlsx_merged_quantity_header")
def _f18():
    rows = [["Item", "Description", "Quantity", None, "Unit price"], [None, None, "pcs", "hours", None],
            ["M110", "Extended analysis, quarry dust", 5, None, 210], ["M200", "Consulting", None, 3, 150],
            ["Total", None, 5, 3, None]]
    body = ("Hello,\n\nplease invoice Porvoon Tieurakointi Oy as per the sheet, services in October 2026.\n"
            "Your reference: Petri Nyman\n" + sig_fi("Juha Koskinen"))
    m = mail(JUHA, "Invoice Porvoon Tieurakointi October", "Mon, 02 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI,
             attachments=[xlsx_book("ptu_oct.xlsx", [{"title": "Sheet1", "rows": rows,
                                                     "merges": ["C1:D1", "A1:A2", "B1:B2", "E1:E2"]}])])
    p = ("2026-10-01", "2026-10-31")
    return m, expect_requests("A merged 'Quantity' header over 'pcs' and 'hours'; the Total row is not a line.", XLSX,
                              [request(cust("30505"), [
                                  line(MAA, "M110", "5", "210", desc="Extended analysis, quarry dust", ps=p[0],
                                       pe=p[1]),
                                  line(MAA, "M200", "3", "150", desc="Consulting", ps=p[0], pe=p[1])], [], MAA,
                                  buyer="Petri Nyman")])


@case("f19_fi_credit_request_from_system")
def _f19():
    inner = ("<p>Varaus V-20790 on peruttu. Lasku 30266 on hyvitettävä kokonaan.</p><table border='1'>"
             "<tr><td>Asiakas</td><td>Kuopion Energia Oy</td></tr><tr><td>Lasku</td><td>30266</td></tr>"
             "<tr><td>Summa</td><td>408,00 €</td></tr></table><p>Hyvittäkää lasku 30266.</p>")
    m = mail(VARAUS, "Peruutus: hyvitä lasku 30266", "Mon, 09 Nov 2026 04:00:00 +0200", "Katso HTML-versio.\n",
             _layout(inner, FOOT_FI), to=CENTRE_FI)
    return m, expect_unknown("A credit of an issued invoice from the booking system: no new invoice.", OTHER)


@case("f20_en_booking_html_training_participants")
def _f20():
    inner = ("<p>Course booking closed. Please invoice the organiser.</p><table border='1'>"
             "<tr><td>Organiser</td><td>Keski-Suomen Maarakennus Oy</td></tr>"
             "<tr><td>Business ID</td><td>2519046-1</td></tr><tr><td>Purchase order</td><td>KSM-PO-5012</td></tr>"
             "<tr><td>Course date</td><td>8 December 2026</td></tr></table><br>"
             "<table border='1'><tr><th>Item</th><th>Participants</th></tr><tr><td>M500</td><td>9</td></tr>"
             "</table>")
    m = mail(VARAUS, "Course booking C-118 to invoicing", "Wed, 09 Dec 2026 04:00:00 +0200", html=_layout(
        inner, FOOT_FI), to=CENTRE_FI)
    return m, expect_requests("An English booking mail: a key/value table and a line table; the register's price.",
                              HTML, [request(cust("30501"), [line(MAA, "M500", "9", ps="2026-12-08", skip=ND)], [],
                                             MAA, order="KSM-PO-5012")])
