"""Twenty-third held-out set (written blind), part A: plain requests from the Swedish agencies — the land survey
office's XLSX export (title row with the period, per-line rows, a totals row), the school administration's prose,
the library consortium's CSV export (period column, totals row) and a forward."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.mailkit import expect_requests, text_att, xlsx

from .kit23 import BIBL, LANT, ND, PLAIN, PNR_LINNEA, SKOLA, case, cust, line, request
from .sigs23 import send

_LM_HEAD = ["Ärendenr", "Sakägare", "Id-nr", "Åtgärdskod", "Benämning", "Antal", "Enhet", "Belopp"]


@case("k01_sv_lant_xlsx_title_period_per_line")
def _k01() -> Any:
    org1, org2 = cust("K-7101")["org_no"], cust("K-7102")["org_no"]
    rows = [["Debiteringsunderlag november 2026", None, None, None, None, None, None, None], _LM_HEAD,
            ["M-2026-0412", "Mälarskog Fastigheter AB", org1, "FR10", "Fastighetsreglering Skälby 3:14", 6.5,
             "tim", 9425],
            ["M-2026-0412", "Mälarskog Fastigheter AB", org1, "FR20", "Gränsutmärkning Skälby 3:14", 4, "st", 3280],
            ["M-2026-0433", "Västerås Vägsamfällighet nr 4", org2, "FR30", "Servitut väg", 1, "st", 1900],
            ["Summa", None, None, None, None, None, None, 14605]]
    att = xlsx("debitering_2026-11.xlsx", [("Underlag", rows, ["A1:H1"])])
    m = send("lant", "Debiteringsunderlag 2026-11", "Tue, 01 Dec 2026 06:00:12",
             "Bifogat debiteringsunderlag från Ärende+ för perioden.\n", attachments=[att])
    # The period is only in the sheet's title row ("november 2026"): stated once for the whole file, so it applies
    # to every line; the amounts match register price × quantity.
    nov = {"ps": "2026-11-01", "pe": "2026-11-30"}
    return m, expect_requests("XLSX export, title row with the month, per-line rows for two customers, a sum row.",
                              PLAIN, [
        request(cust("K-7101"), [line(LANT, "FR10", "6.5", desc="Fastighetsreglering Skälby 3:14", **nov),
                                 line(LANT, "FR20", "4", desc="Gränsutmärkning Skälby 3:14", **nov)], [], LANT),
        request(cust("K-7102"), [line(LANT, "FR30", "1", desc="Servitut väg", **nov)], [], LANT)])


@case("k02_sv_lant_prose_private_servitude_fixed_fee")
def _k02() -> Any:
    body = ("Hej!\n\nKan ni fakturera Linnea Holm (" + PNR_LINNEA + ") för registrering av servitut, fast avgift "
            "enligt taxa (FR30). Registreringen gjordes 18/11.\n\nHon vill ha fakturan på papper till "
            "Björkvägen 8, 725 92 Västerås.\n")
    m = send("lant_p", "Faktura servitut Holm", "Wed, 02 Dec 2026 13:41:09", body)
    return m, expect_requests("Prose: private person by 10-digit personnummer, a fixed fee (qty 1), date without "
                              "year.", PLAIN, [
        request(cust("K-7103"), [line(LANT, "FR30", "1", ps="2026-11-18", skip=ND)], [], LANT)])


@case("k03_sv_lant_xlsx_customer_numbers_month_column")
def _k03() -> Any:
    rows = [["Kundnr", "Kund", "Åtgärd", "Text", "Tim", "Månad"],
            ["K-7101", "Mälarskog Fastigheter", "FR10", "Avstyckning Tuna 1:7", 3, "2026-11"],
            ["K-7102", "Vägsamfälligheten", "FR10", "Anläggningsförrättning", 2.25, "2026-11"],
            [None, "Totalt", None, None, 5.25, None]]
    att = xlsx("export_arenden.xlsx", [("Blad1", rows, [])])
    m = send("lant", "Export debiterbar tid", "Thu, 03 Dec 2026 06:00:09", "Se bifogad fil.\n", attachments=[att])
    nov = {"ps": "2026-11-01", "pe": "2026-11-30"}
    return m, expect_requests("XLSX per-customer rows keyed by customer number (names abbreviated), a month column "
                              "'2026-11', a totals row.", PLAIN, [
        request(cust("K-7101"), [line(LANT, "FR10", "3", desc="Avstyckning Tuna 1:7", **nov)], [], LANT),
        request(cust("K-7102"), [line(LANT, "FR10", "2.25", desc="Anläggningsförrättning", **nov)], [], LANT)])


@case("k04_sv_lant_xlsx_twelve_digit_org_dates_per_row")
def _k04() -> Any:
    org12 = "16" + cust("K-7101")["org_no"].replace("-", "")
    rows = [["Datum", "Kund", "Organisationsnummer", "Kod", "Beskrivning", "Antal"],
            [dt.date(2026, 11, 4), "Mälarskog Fastigheter AB", org12, "FR10", "Fältarbete Skälby", 4],
            [dt.date(2026, 11, 19), "Mälarskog Fastigheter AB", org12, "FR10", "Sammanträde Skälby", 1.5]]
    att = xlsx("Malarskog_tid.xlsx", [("Tid", rows, [])])
    m = send("lant_p", "Tid Mälarskog", "Fri, 04 Dec 2026 15:02:44",
             "Hej,\n\nhär kommer nedlagd tid i ärendet M-2026-0412 att fakturera Mälarskog. Timpris enligt taxan.\n",
             attachments=[att])
    return m, expect_requests("XLSX with a 12-digit org number (leading 16) and a date per row.", PLAIN, [
        request(cust("K-7101"), [line(LANT, "FR10", "4", desc="Fältarbete Skälby", ps="2026-11-04"),
                                 line(LANT, "FR10", "1.5", desc="Sammanträde Skälby", ps="2026-11-19")], [],
                LANT)])


@case("k05_sv_skola_prose_interkommunal_month")
def _k05() -> Any:
    body = ("Hej,\n\nNordanstigs kommun ska faktureras interkommunal ersättning (SK10) för tre elever som går hos "
            "oss i november 2026.\n\nEr referens: Ulla Persson\n")
    m = send("skola", "Interkommunal ersättning november", "Mon, 07 Dec 2026 08:15:30", body)
    return m, expect_requests("Prose: 'tre elever', a month, a buyer reference.", PLAIN, [
        request(cust("K-7105"), [line(SKOLA, "SK10", "3", ps="2026-11-01", pe="2026-11-30", skip=ND)], [], SKOLA,
                buyer="Ulla Persson")])


@case("k06_sv_skola_prose_school_transport_term")
def _k06() -> Any:
    body = ("Hej!\n\nSkolskjuts höstterminen 2026 (17 augusti – 18 december) ska faktureras Hudiksvalls Friskola AB:\n"
            "12 elever à 3 100 kr (SK20).\n\nDeras referens: Maria Lund\nBeställningsnr: HF-2026-044\n")
    m = send("skola", "Skolskjuts HT26 friskolan", "Mon, 07 Dec 2026 09:02:11", body)
    return m, expect_requests("Prose with a term range, 'à' price equal to the register's, buyer and order refs.",
                              PLAIN, [
        request(cust("K-7104"), [line(SKOLA, "SK20", "12", "3100", ps="2026-08-17", pe="2026-12-18", skip=ND)], [],
                SKOLA, buyer="Maria Lund", order="HF-2026-044")])


@case("k07_sv_skola_mother_tongue_price_given")
def _k07() -> Any:
    body = ("Hej,\n\nfakturera Nordanstigs kommun för modersmålsundervisning i somaliska, art SK90:\n"
            "14 timmar à 520 kr, oktober–november 2026.\nBeställning: 2026-118\n")
    m = send("skola", "Modersmål Nordanstig", "Tue, 08 Dec 2026 10:40:00", body)
    return m, expect_requests("An article without a register price, the price written; a two-month range; an "
                              "order reference.", PLAIN, [
        request(cust("K-7105"), [line(SKOLA, "SK90", "14", "520", ps="2026-10-01", pe="2026-11-30", skip=ND)], [],
                SKOLA, order="2026-118")])


@case("k08_sv_bibl_csv_ill_loans_period_column")
def _k08() -> Any:
    csv = ("Bibliotek;Kundnr;Tjänst;Beskrivning;Antal;Period;Belopp\r\n"
           "Frösö FHS;K-7107;BN10;Fjärrlån;23;2026-11-01 - 2026-11-30;1380,00\r\n"
           "Hembygdsförbundet;K-7106;BN10;Fjärrlån;7;2026-11-01 - 2026-11-30;420,00\r\n"
           ";;;Totalt;30;;1800,00\r\n")
    m = send("bibl", "Fjärrlån november 2026", "Tue, 01 Dec 2026 07:30:00",
             "Hej!\n\nMånadens fjärrlån enligt bifogad fil från Libris-exporten.\n",
             attachments=[text_att("fjarrlan_202611.csv", csv, "windows-1252")])
    nov = {"ps": "2026-11-01", "pe": "2026-11-30"}
    return m, expect_requests("CSV export (Windows-1252, CRLF): customer numbers, a period column, a totals row.",
                              PLAIN, [
        request(cust("K-7107"), [line(BIBL, "BN10", "23", desc="Fjärrlån", **nov)], [], BIBL),
        request(cust("K-7106"), [line(BIBL, "BN10", "7", desc="Fjärrlån", **nov)], [], BIBL)])


@case("k09_sv_bibl_csv_membership_quarter_and_lost_book")
def _k09() -> Any:
    csv = ("Kundnr;Kund;Artikel;Text;Antal;Från;Till\n"
           "K-7107;Frösö Folkhögskola;BN20;Katalogsamverkan Q4;3;2026-10-01;2026-12-31\n"
           "K-7106;Jämtlands Hembygdsförbund;BN30;Förlorad bok: Jämtländsk bygdekrönika;1;2026-11-20;2026-11-20\n")
    m = send("bibl", "Fakturaunderlag", "Wed, 02 Dec 2026 07:30:00", "Hej,\nunderlag bifogas.\n",
             attachments=[text_att("underlag.csv", csv)])
    return m, expect_requests("CSV with from/to columns: a quarter's membership (3 months) and one lost book.",
                              PLAIN, [
        request(cust("K-7107"), [line(BIBL, "BN20", "3", desc="Katalogsamverkan Q4", ps="2026-10-01",
                                      pe="2026-12-31")], [], BIBL),
        request(cust("K-7106"), [line(BIBL, "BN30", "1", desc="Förlorad bok: Jämtländsk bygdekrönika",
                                      ps="2026-11-20")], [], BIBL)])


@case("k10_sv_bibl_prose_lost_book_own_price")
def _k10() -> Any:
    body = ("Hej,\n\nJämtlands Hembygdsförbund har tappat bort en bok (BN30) som de lånat via oss. Ersättningen blir "
            "495 kr eftersom boken är en faksimilutgåva, inte taxans 350 kr.\n")
    m = send("bibl", "Förlorad bok", "Thu, 03 Dec 2026 11:12:13", body)
    # The written price (495) wins over the register's 350, which the mail itself says is not to be used.
    return m, expect_requests("Prose: 'en bok' (qty 1), a written price overriding the register's.", PLAIN, [
        request(cust("K-7106"), [line(BIBL, "BN30", "1", "495", skip=ND)], [], BIBL)])


@case("k11_sv_skola_forwarded_from_principal")
def _k11() -> Any:
    body = ("Hej, vidarebefordrar från rektorn på Strömsskolan. Kan ni fakturera enligt nedan?\n\n"
            "---------- Vidarebefordrat meddelande ----------\nFrån: Per Åkerlund <per.akerlund@bergvik.se>\n"
            "Datum: 4 december 2026 16:20\nÄmne: Elever från Nordanstig\nTill: Annika Berglund\n\n"
            "Hej Annika!\nVi har två elever från Nordanstigs kommun sedan 1 december. Interkommunal ersättning "
            "SK10 för december 2026, 2 elever.\n/Per\n")
    m = send("skola", "VB: Elever från Nordanstig", "Mon, 07 Dec 2026 13:30:00", body)
    return m, expect_requests("Inline forward: the request sits in the forwarded text.", PLAIN, [
        request(cust("K-7105"), [line(SKOLA, "SK10", "2", ps="2026-12-01", pe="2026-12-31", skip=ND)], [],
                SKOLA)])


@case("k12_sv_bibl_html_only_membership")
def _k12() -> Any:
    html = ("<html><body><p>Hej,</p><p>fakturera följande medlemsavgift för katalogsamverkan:</p>"
            "<table border='1'><tr><th>Kund</th><th>Org.nr</th><th>Artikel</th><th>Månader</th>"
            "<th>Period</th></tr><tr><td>Frösö Folkhögskola</td><td>" + cust("K-7107")["org_no"] + "</td>"
            "<td>BN20</td><td>2</td><td>november–december 2026</td></tr></table>"
            "<p>Ekonomifunktionen<br>Biblioteksnätet Mellannorr</p></body></html>")
    m = send("bibl", "Medlemsavgift Frösö", "Fri, 04 Dec 2026 09:09:09", None, html=html)
    return m, expect_requests("HTML-only mail with a one-row table: 2 months over a two-month range.", PLAIN, [
        request(cust("K-7107"), [line(BIBL, "BN20", "2", ps="2026-11-01", pe="2026-12-31", skip=ND)], [], BIBL)])
