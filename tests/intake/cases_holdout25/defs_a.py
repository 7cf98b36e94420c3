"""Twenty-fifth held-out set (written blind), part A: plain requests a careful clerk invoices as they stand — prose,
lists, a table in the body, CSV/XLSX/PDF attachments, periods written as dates, weeks, months and ranges."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, pdf, text_att, xlsx

from .kit25 import (
    HETU_PIRJO,
    KONF,
    METSA,
    ND,
    PESU,
    PLAIN,
    SATAMA,
    SKOLA,
    TAND,
    TOLK,
    case,
    cust,
    fi_mail,
    line,
    request,
    se_mail,
)
from .sigs import SIG_KONF, SIG_METSA, SIG_PESU, SIG_SATAMA, SIG_SKOLA, SIG_TAND, SIG_TOLK


@case("e01_sv_tolk_prose_onsite_hours_court")
def _e01() -> Any:
    body = ("Hej!\n\nVänligen fakturera Västerdals tingsrätt för tolkning på plats (TK10) vid huvudförhandling "
            "den 4 november: 3,5 timmar, arabiska.\nBeställningsnr: TR-2026-4471\nEr referens: Anna Berg, "
            "rotel 3\n" + SIG_TOLK)
    m = se_mail("tolk_p", "Fakturaunderlag tolkning 4/11", "Tue, 01 Dec 2026 08:47:12", body)
    return m, expect_requests("Prose with labelled order number and buyer reference; date without year.", PLAIN, [
        request(cust("C-81002"), [line(TOLK, "TK10", "3.5", ps="2026-11-04", skip=ND)], [], TOLK,
                buyer="Anna Berg, rotel 3", order="TR-2026-4471")])


@case("e02_sv_tolk_csv_assignments_two_customers")
def _e02() -> Any:
    csv = ("Datum;Kund;Org.nr;Tjänst;Artikel;Timmar\n"
           "2026-11-03;Malmhav Bemanning AB;" + cust("C-81001")["org_no"] + ";Telefontolkning somaliska;TK20;1,5\n"
           "2026-11-05;Västerdals tingsrätt;" + cust("C-81002")["org_no"] + ";Tolkning på plats dari;TK10;4\n"
           "2026-11-17;Malmhav Bemanning AB;" + cust("C-81001")["org_no"] + ";Telefontolkning tigrinja;TK20;2\n")
    m = se_mail("tolk", "Tolkuppdrag november – underlag", "Wed, 02 Dec 2026 07:15:00",
                "Hej,\n\nhär kommer novembers uppdrag att fakturera (se bifogad fil). Ordinarie taxa.\n" + SIG_TOLK,
                attachments=[text_att("uppdrag_2026-11.csv", csv, "windows-1252")])
    return m, expect_requests("CSV, one row per assignment; rows grouped by customer in row order.", PLAIN, [
        request(cust("C-81001"), [
            line(TOLK, "TK20", "1.5", desc="Telefontolkning somaliska", ps="2026-11-03"),
            line(TOLK, "TK20", "2", desc="Telefontolkning tigrinja", ps="2026-11-17")], [], TOLK),
        request(cust("C-81002"), [line(TOLK, "TK10", "4", desc="Tolkning på plats dari", ps="2026-11-05")], [],
                TOLK)])


@case("e03_fi_pesu_xlsx_laundry_kg_november")
def _e03() -> Any:
    rows: list[Any] = [
        ["Asiakas", "Y-tunnus", "Tuote", "Selite", "Määrä (kg)"],
        ["Vaasan Hoivakoti Oy", cust("C-82001")["org_no"], "PE10", "Laitospyykki", 412.5],
        ["Seinäjoen Seudun Terveyspalvelut Oy", cust("C-82009")["org_no"], "PE10", "Potilasvaatteet", 288],
        ["Yhteensä", None, None, None, 700.5]]
    body = ("Hei,\n\nliitteenä marraskuun 2026 pyykkimäärät laskutettavaksi hinnaston mukaan.\n" + SIG_PESU)
    m = fi_mail("pesu", "Pyykkilaskutus marraskuu", "Tue, 01 Dec 2026 13:02:40", body,
                attachments=[xlsx("pyykki_11_2026.xlsx", [("Marraskuu", rows, [])])])
    per = {"ps": "2026-11-01", "pe": "2026-11-30"}
    return m, expect_requests("XLSX with a total row; the month in the mail applies to every line.", PLAIN, [
        request(cust("C-82001"), [line(PESU, "PE10", "412.5", desc="Laitospyykki", **per)], [], PESU),
        request(cust("C-82009"), [line(PESU, "PE10", "288", desc="Potilasvaatteet", **per)], [], PESU)])


@case("e04_fi_pesu_prose_workwear_rental_po")
def _e04() -> Any:
    body = ("Hei!\n\nLaskuttakaa Seinäjoen Seudun Terveyspalvelut Oy:ltä työvaatevuokra (PE20) ajalta "
            "1.11.–30.11.2026, 42 kpl.\nTilausnumero 4500123987, viitteenne: Kaisa Heikkilä / kustannuspaikka "
            "3120.\n" + SIG_PESU)
    m = fi_mail("pesu", "Työvaatevuokra 11/2026", "Thu, 03 Dec 2026 10:20:00", body)
    return m, expect_requests("Finnish prose; customer with case ending after colon; range without year on start.",
                              PLAIN, [
        request(cust("C-82009"), [line(PESU, "PE20", "42", ps="2026-11-01", pe="2026-11-30", skip=ND)], [], PESU,
                buyer="Kaisa Heikkilä / kustannuspaikka 3120", order="4500123987")])


@case("e05_sv_tand_prose_oral_health_week")
def _e05() -> Any:
    body = ("Hej,\n\nunder vecka 46 gjorde vi munhälsobedömningar (FT10) på Solgläntans Omsorg AB, tolv "
            "boende totalt. Fakturera enligt avtal.\nDeras referens: Maria Lund, enhetschef\n" + SIG_TAND)
    m = se_mail("tand", "Munhälsobedömningar v 46", "Mon, 30 Nov 2026 14:31:09", body)
    return m, expect_requests("A week number gives Monday–Sunday; 'tolv' is the count.", PLAIN, [
        request(cust("C-81003"), [line(TAND, "FT10", "12", ps="2026-11-09", pe="2026-11-15", skip=ND)], [], TAND,
                buyer="Maria Lund, enhetschef")])


@case("e06_sv_tand_body_table_two_articles")
def _e06() -> Any:
    body = ("Hej!\n\nUnderlag för Solgläntans Omsorg AB (org.nr " + cust("C-81003")["org_no"] + "), oktober 2026:\n\n"
            "Art.   Benämning                        Antal   á-pris\n"
            "FT20   Tandvårdsbesök enligt avtal        7     1 150,00\n"
            "FT10   Munhälsobedömning                  3       480,00\n"
            "                                      Summa:   9 490,00\n" + SIG_TAND)
    m = se_mail("tand_klin", "Fakturaunderlag okt", "Tue, 03 Nov 2026 09:05:00", body)
    per = {"ps": "2026-10-01", "pe": "2026-10-31"}
    return m, expect_requests("Plain-text table in the body with a sum row; a month for the whole request.",
                              PLAIN, [
        request(cust("C-81003"), [
            line(TAND, "FT20", "7", price="1150.00", desc="Tandvårdsbesök enligt avtal", **per),
            line(TAND, "FT10", "3", price="480.00", desc="Munhälsobedömning", **per)], [], TAND)])


@case("e07_fi_satama_prose_winter_storage_range")
def _e07() -> Any:
    body = ("Hei,\n\nKaskisalon Venekerho ry:n talvisäilytys kentällä: kolme venettä (SA20), kausi "
            "1.11.2026–30.4.2027. Laskuttakaa normaalihinnalla.\n" + SIG_SATAMA)
    m = fi_mail("satama", "Talvisäilytys / Venekerho", "Fri, 27 Nov 2026 11:11:00", body)
    return m, expect_requests("A season across the year end; 'kolme' is the count.", PLAIN, [
        request(cust("C-82002"), [line(SATAMA, "SA20", "3", ps="2026-11-01", pe="2027-04-30", skip=ND)], [],
                SATAMA)])


@case("e08_fi_satama_csv_crane_lifts_dates")
def _e08() -> Any:
    csv = ("pvm,asiakasnro,asiakas,tuote,kpl,lisätieto\n"
           "2.11.2026,C-82003,Merikuljetus Laine Oy,SA30,2,proomu Laine 3\n"
           "9.11.2026,C-82003,Merikuljetus Laine Oy,SA30,1,hinaaja Ahti\n"
           "23.11.2026,C-82003,Merikuljetus Laine Oy,SA30,3,proomu Laine 3\n")
    m = fi_mail("satama", "Nosturinostot marraskuu", "Tue, 01 Dec 2026 15:40:00",
                "Hei\n\nliitteenä marraskuun nostot, laskutus hinnaston mukaan.\n" + SIG_SATAMA,
                attachments=[text_att("nostot_marras.csv", csv)])
    return m, expect_requests("Comma CSV, one customer by customer number, a date per row.", PLAIN, [
        request(cust("C-82003"), [
            line(SATAMA, "SA30", "2", ps="2026-11-02", skip=ND),
            line(SATAMA, "SA30", "1", ps="2026-11-09", skip=ND),
            line(SATAMA, "SA30", "3", ps="2026-11-23", skip=ND)], [], SATAMA)])


@case("e09_sv_konf_pdf_booking_confirmation")
def _e09() -> Any:
    html = ("<h1>Bokningsbekräftelse 2026-318</h1><p>Kund: Norrviks Hotell &amp; Konferens AB, org.nr "
            + cust("C-81007")["org_no"] + "<br>Er referens: Johan Ek<br>Datum: 24–25 november 2026</p>"
            "<table><thead><tr><th>Artikel</th><th>Beskrivning</th><th>Antal</th><th>à-pris</th>"
            "<th>Belopp</th></tr></thead><tbody>"
            "<tr><td>KF10</td><td>Aula Magna, hel dag</td><td>2</td><td>4 800,00</td><td>9 600,00</td></tr>"
            "<tr><td>KF20</td><td>Förmiddags- och eftermiddagsfika</td><td>160</td><td>65,00</td>"
            "<td>10 400,00</td></tr>"
            "<tr><td colspan='4'>Summa exkl. moms</td><td>20 000,00</td></tr></tbody></table>")
    m = se_mail("konf", "Fakturera bokning 2026-318", "Thu, 26 Nov 2026 16:02:00",
                "Hej!\n\nBifogar bokningsbekräftelsen, fakturera enligt den.\n" + SIG_KONF,
                attachments=[pdf("bokning_2026-318.pdf", html)])
    per = {"ps": "2026-11-24", "pe": "2026-11-25"}
    return m, expect_requests("PDF booking confirmation with a sum row; the date range applies to both lines.",
                              PLAIN, [
        request(cust("C-81007"), [
            line(KONF, "KF10", "2", price="4800.00", desc="Aula Magna, hel dag", **per),
            line(KONF, "KF20", "160", price="65.00", desc="Förmiddags- och eftermiddagsfika", **per)], [], KONF,
                buyer="Johan Ek")])


@case("e10_sv_konf_html_only_student_union")
def _e10() -> Any:
    html = ("<html><body><p>Hej,</p><p>Studentkåren vid Norrviks universitet hyrde hörsal B torsdag 19/11 "
            "för sin kårstämma. Fakturera:</p><ul><li>KF10 Lokalhyra, 1 dag</li><li>KF30 Teknikerstöd, 3 "
            "timmar</li></ul><p>Referens hos kåren: Ella Nord (kassör)</p><p>--<br>Konferensenheten | Norrviks "
            "universitet</p></body></html>")
    m = se_mail("konf", "Kårstämma 19/11", "Fri, 20 Nov 2026 08:30:00", None, html=html)
    return m, expect_requests("HTML-only mail with a bullet list; weekday and d/m date.", PLAIN, [
        request(cust("C-81005"), [line(KONF, "KF10", "1", ps="2026-11-19", skip=ND),
                                  line(KONF, "KF30", "3", ps="2026-11-19", skip=ND)], [], KONF,
                buyer="Ella Nord (kassör)")])


@case("e11_fi_metsa_private_hunting_permits")
def _e11() -> Any:
    body = ("Hei,\n\nasiakas Pirjo Mäkelä (hetu " + HETU_PIRJO + ") osti kaksi pienriistalupaa (ML10) "
            "kaudelle 1.8.2026–31.3.2027, laskulla pyydetty maksamaan. Osoite Koivukuja 4, 96300 Rovaniemi.\n"
            + SIG_METSA)
    m = fi_mail("metsa", "Lasku: pienriistaluvat / Mäkelä", "Wed, 02 Dec 2026 12:00:00", body)
    return m, expect_requests("Private person by henkilötunnus; 'kaksi' permits; a hunting season range.", PLAIN, [
        request(cust("C-82004"), [line(METSA, "ML10", "2", ps="2026-08-01", pe="2027-03-31", skip=ND)], [],
                METSA)])


@case("e12_fi_metsa_xlsx_moose_area_permits_priced")
def _e12() -> Any:
    rows: list[Any] = [
        ["Hirviseurueiden aluelupa 2026–2027"], [],
        ["Seurue", "Y-tunnus", "Tuotekoodi", "Alue", "Kpl", "Hinta €"],
        ["Erämiesten Seura Hirvikoski ry", cust("C-82005")["org_no"], "ML20", "Ranua pohjoinen 2 140 ha", 1,
         "312,00"],
        ["Erämiesten Seura Hirvikoski ry", cust("C-82005")["org_no"], "ML20", "Simojärvi itä 860 ha", 1, "124,50"]]
    m = fi_mail("metsa", "Aluelupien laskutus", "Mon, 30 Nov 2026 09:45:00",
                "Hei\n\nliitteenä laskutettavat aluelupamaksut, hinnat taulukossa.\n" + SIG_METSA,
                attachments=[xlsx("aluelupa_laskutus.xlsx", [("Laskutus", rows, ["A1:F1"])])])
    return m, expect_requests("XLSX with a title row: prices given per row for an article without a register price; "
                              "the hectares in the text are not the quantity. The season in the title (bare years) "
                              "is not checked as a period.", PLAIN, [
        request(cust("C-82005"), [
            line(METSA, "ML20", "1", price="312.00", desc="Ranua pohjoinen 2 140 ha", skip=("period_start",
                                                                                           "period_end")),
            line(METSA, "ML20", "1", price="124.50", desc="Simojärvi itä 860 ha",
                 skip=("period_start", "period_end"))], [], METSA)])


@case("e13_fisv_skola_gym_rental_month")
def _e13() -> Any:
    body = ("Hej!\n\nSjöviks Idrottsförening rf har hyrt gymnastiksalen (SK20) under november månad, sammanlagt "
            "åtta timmar enligt bokningslistan. Fakturera enligt taxan.\nDeras ref: Mikael Björk\n" + SIG_SKOLA)
    m = fi_mail("skola", "Hyra gymnastiksal nov -26", "Tue, 01 Dec 2026 10:10:00", body)
    return m, expect_requests("Finland-Swedish prose: 'november månad' in a December mail is November 2026 (the "
                              "mail's year); 'åtta timmar' is the quantity.", PLAIN, [
        request(cust("C-82006"), [line(SKOLA, "SK20", "8", ps="2026-11-01", pe="2026-11-30", skip=ND)], [],
                SKOLA, buyer="Mikael Björk")])
