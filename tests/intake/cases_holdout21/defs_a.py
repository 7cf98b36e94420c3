"""Twenty-first held-out set (written blind), part A: plain requests that should go straight through — half with
the data in a CSV/XLSX/PDF/HTML table (per customer or per line, headers in sv/fi/en, totals rows, a period column
or a period in the mail), half in prose."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail, pdf, text_att, xlsx

from .kit21 import (
    CENTRE_FI,
    KULTUR,
    LIIK,
    MILJO,
    ND,
    NET,
    PLAIN,
    PNR_ERIK,
    POLIS,
    RUOKA,
    TRAFIK,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_MILJO = ("\n\nMed vänlig hälsning\nSara Nyberg\nMiljöinspektör, Miljökontoret\nÄlvdals kommun\n"
             "Org.nr " + org(MILJO) + " | Bankgiro 5071-2204\n")
SIG_POLIS = ("\n\nTillståndsenheten, region Nord\nPolismyndigheten\nOrg.nr " + org(POLIS) + "\n"
             "Detta meddelande kan innehålla uppgifter som omfattas av sekretess.\n")
SIG_TRAFIK = "\n\nEkonomienheten\nLänstrafiken Norrdal | Org.nr " + org(TRAFIK) + " | tel 060-12 34 00\n"
SIG_LIIK = ("\n\nYstävällisin terveisin\nMikko Rantanen\nliikuntasihteeri, Koskelan kaupunki\nY-tunnus "
            + org(LIIK) + "\n")
SIG_RUOKA = "\n\nTerveisin\nHanna Laine\nylitarkastaja, Elintarvikevirasto\nY-tunnus " + org(RUOKA) + "\n"
SIG_KULTUR = ("\n\nMed vänliga hälsningar\nMaria Öhman\nkultursekreterare, Strandby kommun\nFO-nummer "
              + org(KULTUR) + "\n")
SIG_NET = "\n\nBest regards,\nNetwork Office\nNordic Coastal Research Network | Business ID " + org(NET) + "\n"
SE_DATE, FI_DATE = "+0100", "+0200"


def _fi(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _se(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("p01_sv_miljo_csv_inspection_hours_per_customer")
def _p01() -> Any:
    csv = ("Kund;Org.nr;Artikel;Text;Timmar;Period\n"
           "Älvdals Livs AB;" + cust("K-5001")["org_no"] + ";MK10;Tillsyn livsmedel;3,5;"
           "2026-11-01--2026-11-30\n"
           "Bergslagens Åkeri AB;" + cust("K-5002")["org_no"] + ";MK10;Tillsyn cistern;2;2026-11-01--2026-11-30\n"
           "Summa;;;;5,5;\n")
    m = _se("miljo", "Tillsynsavgifter november", "Tue, 01 Dec 2026 09:10:00",
            "Hej,\n\nbifogar tillsynstimmar för november, fakturera enligt taxan.\n" + SIG_MILJO,
            attachments=[text_att("tillsyn_nov.csv", csv, "windows-1252")])
    return m, expect_requests("CSV with one row per customer, a period column and a sum row.", PLAIN, [
        request(cust("K-5001"), [line(MILJO, "MK10", "3.5", desc="Tillsyn livsmedel", ps="2026-11-01",
                                      pe="2026-11-30")], [], MILJO),
        request(cust("K-5002"), [line(MILJO, "MK10", "2", desc="Tillsyn cistern", ps="2026-11-01",
                                      pe="2026-11-30")], [], MILJO)])


@case("p02_sv_miljo_prose_samples_one_date")
def _p02() -> Any:
    body = ("Hej!\n\nVi tog fyra vattenprover (MK20) vid Älvdals Livs AB:s anläggning den 12 november. Fakturera "
            "dem enligt taxan, tack.\n" + SIG_MILJO)
    m = _se("miljo", "Provtagning Älvdals Livs", "Wed, 02 Dec 2026 10:00:00", body)
    return m, expect_requests("Prose: 'fyra' prover on a date without a year (the mail's year).", PLAIN, [
        request(cust("K-5001"), [line(MILJO, "MK20", "4", ps="2026-11-12", skip=ND)], [], MILJO)])


@case("p03_sv_miljo_registration_fixed_fee_private")
def _p03() -> Any:
    body = ("Hej,\n\nregistrering av livsmedelsanläggning (gårdsbutik) för Erik Sund, " + PNR_ERIK + ". "
            "Engångsavgift enligt taxa, artikel MK30.\n" + SIG_MILJO)
    m = _se("miljo_reg", "Registreringsavgift gårdsbutik", "Thu, 03 Dec 2026 08:45:00", body)
    return m, expect_requests("A private person by a 10-digit personnummer; 'engångsavgift' gives quantity 1.",
                              PLAIN, [request(cust("K-5004"), [line(MILJO, "MK30", "1", skip=ND)], [], MILJO)])


@case("p04_sv_polis_html_permits")
def _p04() -> Any:
    html = ("<html><body><p>Hej,</p><p>Följande tillstånd har beviljats i november och ska faktureras:</p>"
            "<table border='1'><tr><th>Sökande</th><th>Org.nr</th><th>Art.</th><th>Antal</th><th>Beslutsdatum</th>"
            f"</tr><tr><td>Nordhav Events AB</td><td>{cust('K-5006')['org_no']}</td><td>PT10</td><td>2</td>"
            f"<td>2026-11-19</td></tr><tr><td>Norrdals Dansklubb</td><td>{cust('K-5005')['org_no']}</td>"
            "<td>PT10</td><td>1</td><td>2026-11-24</td></tr></table>"
            f"<p>Tillståndsenheten Nord<br>Org.nr {org(POLIS)}</p></body></html>")
    m = mail(W["polis"], "Fakturering tillstånd november", "Tue, 01 Dec 2026 14:00:00 +0100", html=html)
    return m, expect_requests("HTML-only table, one row per applicant with a decision date.", PLAIN, [
        request(cust("K-5006"), [line(POLIS, "PT10", "2", ps="2026-11-19", skip=ND)], [], POLIS),
        request(cust("K-5005"), [line(POLIS, "PT10", "1", ps="2026-11-24", skip=ND)], [], POLIS)])


@case("p05_sv_polis_prose_hours_with_diary")
def _p05() -> Any:
    body = ("Hej,\n\nhandläggning av ansökan om offentlig tillställning (dnr A 88.412/2026) för Region Norrdal: "
            "PT20, 6 timmar à 900 kr, utfört under november 2026.\nEr referens: Lena Berg.\n" + SIG_POLIS)
    m = _se("polis", "Handläggningsavgift Region Norrdal", "Wed, 02 Dec 2026 11:30:00", body)
    exp = expect_requests("Prose with hours, a price and a month; the diary number (dnr) is left open as a "
                          "reference.", PLAIN, [
        request(cust("K-5003"), [line(POLIS, "PT20", "6", "900", ps="2026-11-01", pe="2026-11-30", skip=ND)], [],
                POLIS, buyer="Lena Berg")])
    del exp["requests"][0]["order_reference"]
    return m, exp


@case("p06_sv_trafik_xlsx_charter_hours")
def _p06() -> Any:
    rows: list[Any] = [["Beställningstrafik november 2026"], [],
                       ["Kund", "Artikel", "Beskrivning", "Datum", "Timmar"],
                       ["Region Norrdal", "LT10", "Sjukresor extra", "2026-11-05", 4],
                       ["Region Norrdal", "LT10", "Skolutflykt", "2026-11-18", 6.5],
                       ["Totalt", None, None, None, 10.5]]
    m = _se("trafik", "Beställningstrafik nov – underlag", "Tue, 01 Dec 2026 13:05:00",
            "Hej,\n\nunderlag bifogat. Fakturera enligt prislista.\n" + SIG_TRAFIK,
            attachments=[xlsx("bestallningstrafik_nov.xlsx", [("Nov", rows, ["A1:E1"])])])
    return m, expect_requests("XLSX with a title row, two lines for one customer and a total row.", PLAIN, [
        request(cust("K-5003"), [line(TRAFIK, "LT10", "4", desc="Sjukresor extra", ps="2026-11-05"),
                                 line(TRAFIK, "LT10", "6.5", desc="Skolutflykt", ps="2026-11-18")], [], TRAFIK)])


@case("p07_sv_trafik_prose_school_cards")
def _p07() -> Any:
    body = ("Hej!\n\nSundsvalls Skolbuss HB har köpt 25 skolkort (LT20) för vårterminen. Pris enligt prislista. "
            "Deras ordernummer är SB-2026-117.\n" + SIG_TRAFIK)
    m = _se("trafik", "Skolkort Sundsvalls Skolbuss", "Thu, 03 Dec 2026 09:20:00", body)
    return m, expect_requests("Prose: a registered customer by name, register price, an order number.", PLAIN, [
        request(cust("K-5008"), [line(TRAFIK, "LT20", "25", skip=ND)], [], TRAFIK, order="SB-2026-117")])


@case("p08_sv_trafik_pdf_ad_space_months")
def _p08() -> Any:
    doc = ("<h1>Reklamavtal – fakturaunderlag</h1><p>Kund: Nordhav Events AB, org.nr "
           f"{cust('K-5006')['org_no']}</p><table><thead><tr><th>Art.nr</th><th>Benämning</th><th>Antal mån</th>"
           "<th>Period</th><th>À-pris</th></tr></thead><tbody><tr><td>LT30</td><td>Reklamyta buss, linje 2</td>"
           "<td>2</td><td>2026-11-01 – 2026-12-31</td><td class='num'>3 200,00</td></tr></tbody></table>")
    m = _se("trafik", "Reklamyta Nordhav", "Fri, 04 Dec 2026 10:10:00",
            "Hej, se bifogat underlag.\n" + SIG_TRAFIK, attachments=[pdf("reklam_nordhav.pdf", doc)])
    return m, expect_requests("PDF form with one line, a two-month period.", PLAIN, [
        request(cust("K-5006"), [line(TRAFIK, "LT30", "2", "3200.00", desc="Reklamyta buss, linje 2",
                                      ps="2026-11-01", pe="2026-12-31")], [], TRAFIK)])


@case("p09_sv_miljo_forwarded_inline_hours")
def _p09() -> Any:
    body = ("Hej, vidarebefordrar från kollega – fakturera gärna.\n/Sara\n\n---------- Vidarebefordrat meddelande "
            "----------\nFrån: Olle Persson <olle.persson@alvdal.se>\nDatum: 30 nov 2026\nÄmne: tillsyn Bergslagen\n\n"
            "Tillsyn hos Bergslagens Åkeri AB den 26 november 2026, 1,5 timme (MK10).\n" + SIG_MILJO)
    m = _se("miljo", "VB: tillsyn Bergslagen", "Tue, 01 Dec 2026 15:40:00", body)
    return m, expect_requests("An inline forward from a colleague: the forwarded content is the request.", PLAIN, [
        request(cust("K-5002"), [line(MILJO, "MK10", "1.5", ps="2026-11-26", skip=ND)], [], MILJO)])


@case("p10_fi_liik_csv_hall_bookings")
def _p10() -> Any:
    csv = ("Asiakas,Y-tunnus,Tuote,Selite,Tunnit,Kausi\n"
           f"Koskelan Palloseura ry,{cust('K-6001')['org_no']},LP10,Salivuorot ma/ke,16,11/2026\n"
           f"Koskelan Palloseura ry,{cust('K-6001')['org_no']},LP20,Tekonurmi harjoitukset,12,11/2026\n"
           ",,,Yhteensä,28,\n")
    m = _fi("liik_var", "Vuorolaskutus marraskuu", "Tue, 01 Dec 2026 08:15:00",
            "Hei,\n\nliitteenä marraskuun vuorot laskutettavaksi.\n" + SIG_LIIK,
            attachments=[text_att("vuorot_11_2026.csv", csv)])
    return m, expect_requests("Comma CSV, Finnish headers, a month column (11/2026) and a total row.", PLAIN, [
        request(cust("K-6001"), [
            line(LIIK, "LP10", "16", desc="Salivuorot ma/ke", ps="2026-11-01", pe="2026-11-30"),
            line(LIIK, "LP20", "12", desc="Tekonurmi harjoitukset", ps="2026-11-01", pe="2026-11-30")], [], LIIK)])


@case("p11_fi_liik_prose_swim_lanes")
def _p11() -> Any:
    body = ("Hei!\n\nLaskuttakaa Leipomo Aurinko Oy:ltä henkilökunnan uintivuorot: uimahallin rata (LP30) "
            "kahdeksan tuntia ajalla 2.–30.11.2026. Viitteenne: Tiina Mäkelä.\n" + SIG_LIIK)
    m = _fi("liik", "Uintivuorot Leipomo Aurinko", "Wed, 02 Dec 2026 12:00:00", body)
    return m, expect_requests("Finnish prose, a case ending after a colon, a number word, a date range.", PLAIN, [
        request(cust("K-6002"), [line(LIIK, "LP30", "8", ps="2026-11-02", pe="2026-11-30", skip=ND)], [], LIIK,
                buyer="Tiina Mäkelä")])


@case("p12_fi_liik_xlsx_several_customers")
def _p12() -> Any:
    rows: list[Any] = [["Asiakasnro", "Asiakas", "Tuote", "Tunnit", "Päivä"],
                       ["K-6004", "Matti Korhonen", "LP10", 2, "14.11.2026"],
                       ["K-6002", "Leipomo Aurinko Oy", "LP20", 3, "21.11.2026"],
                       ["K-6004", "Matti Korhonen", "LP10", 1, "28.11.2026"]]
    m = _fi("liik_var", "Yksittäiset vuorot marraskuu", "Thu, 03 Dec 2026 09:40:00",
            "Hei, liitteessä yksittäiset vuorot. Hinnat hinnaston mukaan.\n" + SIG_LIIK,
            attachments=[xlsx("yksittaiset_vuorot.xlsx", [("Vuorot", rows, [])])])
    return m, expect_requests("XLSX rows for two customers (by customer number), grouped per customer.", PLAIN, [
        request(cust("K-6004"), [line(LIIK, "LP10", "2", ps="2026-11-14"), line(LIIK, "LP10", "1",
                                                                               ps="2026-11-28")], [], LIIK),
        request(cust("K-6002"), [line(LIIK, "LP20", "3", ps="2026-11-21")], [], LIIK)])


@case("p13_fi_ruoka_pdf_inspection_and_samples")
def _p13() -> Any:
    doc = ("<h1>Tarkastusmaksu</h1><p>Kohde: Ravintola Sataman Helmi Oy, Y-tunnus "
           f"{cust('K-6003')['org_no']}<br>Tarkastuspäivä 17.11.2026</p><table><thead><tr><th>Tuote</th>"
           "<th>Kuvaus</th><th>Määrä</th><th>á-hinta €</th><th>Yhteensä €</th></tr></thead><tbody>"
           "<tr><td>RV10</td><td>Tarkastus, tunti</td><td>2,5</td><td>53,00</td><td>132,50</td></tr>"
           "<tr><td>RV20</td><td>Näytteenotto</td><td>3</td><td>28,00</td><td>84,00</td></tr>"
           "<tr><td colspan='4'>Yhteensä</td><td>216,50</td></tr></tbody></table>")
    m = _fi("ruoka", "Tarkastusmaksu Sataman Helmi", "Tue, 01 Dec 2026 10:30:00",
            "Hei,\n\nlaskutettava tarkastus liitteenä.\n" + SIG_RUOKA,
            attachments=[pdf("tarkastus_satamanhelmi.pdf", doc)])
    return m, expect_requests("PDF with hours and samples, one inspection date for the whole request, a total "
                              "row that adds up.", PLAIN, [
        request(cust("K-6003"), [line(RUOKA, "RV10", "2.5", "53.00", desc="Tarkastus, tunti", ps="2026-11-17"),
                                 line(RUOKA, "RV20", "3", "28.00", desc="Näytteenotto", ps="2026-11-17")], [],
                RUOKA)])


@case("p14_fi_ruoka_prose_lab_analyses")
def _p14() -> Any:
    body = ("Hei,\n\nLeipomo Aurinko Oy (Y-tunnus " + cust("K-6002")["org_no"] + "): laboratorioanalyysit RV30, "
            "5 kpl, näytteet otettu 9.11.2026. Tilausnumero 45-2231.\n" + SIG_RUOKA)
    m = _fi("ruoka", "Analyysit Leipomo Aurinko", "Wed, 02 Dec 2026 13:30:00", body)
    return m, expect_requests("Prose with a Y-tunnus, a count in kpl, a sample date and an order number.", PLAIN, [
        request(cust("K-6002"), [line(RUOKA, "RV30", "5", ps="2026-11-09", skip=ND)], [], RUOKA,
                order="45-2231")])


@case("p15_fi_ruoka_html_table_two_restaurants")
def _p15() -> Any:
    html = ("<p>Hei,</p><p>marraskuun tarkastukset:</p><table border='1'><tr><th>Toimija</th><th>Tuote</th>"
            "<th>Tunnit</th><th>Pvm</th></tr><tr><td>Ravintola Sataman Helmi Oy</td><td>RV10</td><td>1,5</td>"
            "<td>3.11.2026</td></tr><tr><td>Leipomo Aurinko Oy</td><td>RV10</td><td>2</td><td>25.11.2026</td></tr>"
            f"</table><p>Hanna Laine<br>Elintarvikevirasto, Y-tunnus {org(RUOKA)}</p>")
    m = mail(W["ruoka"], "Tarkastukset 11/2026", "Thu, 03 Dec 2026 08:00:00 +0200", "Hei,\n\nmarraskuun "
             "tarkastukset:\n\nRavintola Sataman Helmi Oy  RV10  1,5 h  3.11.2026\nLeipomo Aurinko Oy  RV10  2 h  "
             "25.11.2026\n" + SIG_RUOKA, html=html, to=CENTRE_FI)
    return m, expect_requests("Text and HTML alternatives of the same table: two customers.", PLAIN, [
        request(cust("K-6003"), [line(RUOKA, "RV10", "1.5", ps="2026-11-03", skip=ND)], [], RUOKA),
        request(cust("K-6002"), [line(RUOKA, "RV10", "2", ps="2026-11-25", skip=ND)], [], RUOKA)])


@case("p16_fi_liik_prose_private_person")
def _p16() -> Any:
    body = ("Moi,\n\nMatti Korhonen (asiakasnumero K-6004) varasi liikuntasalin syntymäpäiväjuhliin 20.11.2026, "
            "kolme tuntia (LP10). Laskuttakaa hinnaston mukaan.\n" + SIG_LIIK)
    m = _fi("liik", "Salivaraus M. Korhonen", "Fri, 04 Dec 2026 10:00:00", body)
    return m, expect_requests("A private person by customer number; a number word.", PLAIN, [
        request(cust("K-6004"), [line(LIIK, "LP10", "3", ps="2026-11-20", skip=ND)], [], LIIK)])


@case("p17_fi_ruoka_tsv_sampling_round")
def _p17() -> Any:
    tsv = ("Asiakas\tTuote\tNäytteitä\tNäytepäivä\n"
           "Ravintola Sataman Helmi Oy\tRV20\t4\t2026-11-10\n"
           "Ravintola Sataman Helmi Oy\tRV30\t4\t2026-11-10\n")
    m = _fi("ruoka", "Näytteenottokierros", "Fri, 04 Dec 2026 14:20:00",
            "Hei, näytteenottokierroksen laskutustiedot liitteenä.\n" + SIG_RUOKA,
            attachments=[text_att("naytteet.tsv", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV with sampling and analysis for one customer.", PLAIN, [
        request(cust("K-6003"), [line(RUOKA, "RV20", "4", ps="2026-11-10"), line(RUOKA, "RV30", "4",
                                                                                ps="2026-11-10")], [], RUOKA)])


@case("p18_fisv_kultur_prose_hall_rent")
def _p18() -> Any:
    body = ("Hej,\n\nStrandby Teaterförening rf hyrde stora salen (KU10) för repetitioner under november 2026, "
            "sammanlagt 14 timmar, samt scenteknik (KU30) 6 timmar. Fakturera enligt taxa.\n" + SIG_KULTUR)
    m = _fi("kultur", "Salhyra teaterföreningen", "Tue, 01 Dec 2026 11:00:00", body)
    return m, expect_requests("Finland-Swedish prose, a month for the whole request, two lines.", PLAIN, [
        request(cust("K-6005"), [line(KULTUR, "KU10", "14", ps="2026-11-01", pe="2026-11-30", skip=ND),
                                 line(KULTUR, "KU30", "6", ps="2026-11-01", pe="2026-11-30", skip=ND)], [], KULTUR)])


@case("p19_fisv_kultur_csv_course_fees")
def _p19() -> Any:
    csv = ("Kund;FO-nummer;Artikel;Kurs;Deltagare;Period\n"
           f"Kustens Folkhögskola Ab;{cust('K-6006')['org_no']};KU20;Keramik för nybörjare;12;"
           "1.9.2026-30.11.2026\n")
    m = _fi("kultur", "Kursavgifter hösten", "Wed, 02 Dec 2026 09:00:00",
            "Hej,\n\nbifogar deltagarlistans summering för faktureringen.\n" + SIG_KULTUR,
            attachments=[text_att("kurser_host.csv", csv, bom=True)])
    return m, expect_requests("UTF-8 CSV with BOM, a period in Finnish date style.", PLAIN, [
        request(cust("K-6006"), [line(KULTUR, "KU20", "12", desc="Keramik för nybörjare", ps="2026-09-01",
                                      pe="2026-11-30")], [], KULTUR)])


@case("p20_fisv_kultur_pdf_stage_hours")
def _p20() -> Any:
    doc = ("<h1>Faktureringsunderlag</h1><p>Kund: Nordhav Events Oy, FO-nr "
           f"{cust('K-6007')['org_no']}<br>Evenemang 21.11.2026</p><table><thead><tr><th>Artikel</th>"
           "<th>Text</th><th>Timmar</th><th>Pris/h</th></tr></thead><tbody><tr><td>KU10</td><td>Salhyra</td>"
           "<td>5</td><td>55,00</td></tr><tr><td>KU30</td><td>Scenteknik</td><td>5</td><td>48,00</td></tr>"
           "</tbody></table>")
    m = _fi("kultur", "Underlag Nordhav", "Thu, 03 Dec 2026 15:00:00", "Hej! Underlag bifogat.\n" + SIG_KULTUR,
            attachments=[pdf("underlag_nordhav.pdf", doc)])
    return m, expect_requests("PDF: the name 'Nordhav Events Oy' with its FO number (no ambiguity).", PLAIN, [
        request(cust("K-6007"), [line(KULTUR, "KU10", "5", "55.00", desc="Salhyra", ps="2026-11-21"),
                                 line(KULTUR, "KU30", "5", "48.00", desc="Scenteknik", ps="2026-11-21")], [],
                KULTUR)])


@case("p21_fisv_liik_prose_field_booking")
def _p21() -> Any:
    body = ("Hej,\n\nKustens Folkhögskola Ab bokade konstgräsplanen (LP20) för idrottsdag den 6 november: "
            "4 timmar. Er referens: Johanna Back.\n\nMvh Mikko\n" + SIG_LIIK)
    m = _fi("liik", "Planbokning Kustens Folkhögskola", "Mon, 07 Dec 2026 08:30:00", body)
    return m, expect_requests("Finland-Swedish prose from the Finnish sports office.", PLAIN, [
        request(cust("K-6006"), [line(LIIK, "LP20", "4", ps="2026-11-06", skip=ND)], [], LIIK,
                buyer="Johanna Back")])


@case("p22_en_net_csv_workshop_participants")
def _p22() -> Any:
    csv = ("Customer,Business ID,Item,Description,Participants,Date\n"
           f"Meri Analytics Oy,{cust('K-6008')['org_no']},RN10,Coastal modelling workshop,3,2026-11-12\n"
           f"Havsforskning Nord AB,{cust('K-5007')['org_no']},RN10,Coastal modelling workshop,2,2026-11-12\n"
           ",,,Total,5,\n")
    m = _fi("net", "Workshop invoicing", "Tue, 01 Dec 2026 16:00:00",
            "Hello,\n\nplease invoice the workshop participants per the attached list.\n" + SIG_NET,
            attachments=[text_att("workshop_nov.csv", csv)])
    return m, expect_requests("English CSV, a Finnish and a Swedish customer, a total row.", PLAIN, [
        request(cust("K-6008"), [line(NET, "RN10", "3", desc="Coastal modelling workshop", ps="2026-11-12")], [],
                NET),
        request(cust("K-5007"), [line(NET, "RN10", "2", desc="Coastal modelling workshop", ps="2026-11-12")], [],
                NET)])


@case("p23_en_net_prose_membership")
def _p23() -> Any:
    body = ("Hi,\n\nplease invoice Havsforskning Nord AB one annual membership fee (RN20) for 2027, i.e. "
            "1 January – 31 December 2027. Their PO: HFN-7731.\n" + SIG_NET)
    m = _fi("net", "Membership 2027", "Wed, 02 Dec 2026 09:30:00", body)
    return m, expect_requests("English prose, 'one', a year-long period, a PO.", PLAIN, [
        request(cust("K-5007"), [line(NET, "RN20", "1", ps="2027-01-01", pe="2027-12-31", skip=ND)], [], NET,
                order="HFN-7731")])


@case("p24_en_net_xlsx_data_service_hours")
def _p24() -> Any:
    rows: list[Any] = [["Item", "Description", "Hours", "Rate EUR", "Period"],
                       ["RN30", "Buoy data extraction", 7.5, 90, "Nov 2026"],
                       ["Total", None, 7.5, None, None]]
    m = _fi("net", "Data service Meri Analytics", "Thu, 03 Dec 2026 11:45:00",
            "Hello,\n\nplease invoice Meri Analytics Oy (customer no. K-6008) for the attached hours.\n" + SIG_NET,
            attachments=[xlsx("data_service_nov.xlsx", [("Hours", rows, [])])])
    return m, expect_requests("Customer in the mail, lines in an XLSX with a month column and a total row.",
                              PLAIN, [request(cust("K-6008"), [line(NET, "RN30", "7.5", "90",
                                                                    desc="Buoy data extraction", ps="2026-11-01",
                                                                    pe="2026-11-30")], [], NET)])
