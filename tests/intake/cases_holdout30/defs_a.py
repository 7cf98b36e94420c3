"""Thirtieth held-out set (written blind), part A: the Swedish agencies — market surveillance tests, building
permits and excavation supervision: prose, XLSX/PDF/CSV/TSV attachments, a forward, a credit request and the
cases that must ask (an approximate price, a new customer without address, a price-less article, missing hours)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, new_cust, pdf, text_att, xlsx

from .kit30 import ASK, BYGG, KONS, MAR, ND, OTHER, PLAIN, RAA, W, case, cust, line, org, request, when

SIG_KONS = ("\n\nMed vänliga hälsningar\n\n{n}\nInspektör, provningsenheten\nMarknadskontrollverket\n"
            "Org.nr " + org(KONS) + " · Bankgiro 5091-4410 · Tfn 054-19 44 00\nwww.marknadskontroll-demo.se\n")
SIG_BYGG = ("\n\n// {n}\nBygglovshandläggare\nVretaby kommun, Samhällsbyggnad\nTorget 1, 446 80 Vretaby\n"
            "Växel 0303-33 00 00\n")
SIG_RAA = ("\n\nVänligen\n{n}\nAntikvarie, enheten för antikvarisk kontroll\nKulturmiljöverket | org.nr "
           + org(RAA) + "\nDetta meddelande kan innehålla konfidentiell information.\n")


def _se(frm: str, subj: str, day: int, hm: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(day, hm, "SE"), body, **kw)


@case("v01_sv_kons_prose_failed_charger_test_costs")
def _v01() -> Any:
    c = cust("K-9104")
    body = ("Hej!\n\nVid vår kontroll av laddare (modell QC-65) hos Elmarket Sverige AB, org.nr " + c["org_no"]
            + ", underkändes produkten. Enligt beslut i ärende 2027/0412 ska bolaget ersätta våra kostnader:\n\n"
            "- Laboratorieanalys MK30, 1 st\n- Provexemplar MK20: 3 st à 449,00 kr\n\n"
            "Provet togs den 9 mars. Deras referens: Johan Ling (produktansvarig)."
            + SIG_KONS.format(n="Sara Holm"))
    m = _se("kons", "Kostnadsersättning Elmarket – underkänd laddare", 1, "09:14", body)
    # The sample date is the one date stated for the request: it applies to both lines.
    return m, expect_requests("prose with a dash list; explicit '1 st'; purchase price à; one date for both", PLAIN, [
        request(c, [line(KONS, "MK30", "1", ps="2027-03-09", skip=ND),
                    line(KONS, "MK20", "3", price="449.00", ps="2027-03-09", skip=ND)], [], KONS,
                buyer="Johan Ling")])


@case("v02_sv_kons_xlsx_lab_hours_two_importers")
def _v02() -> Any:
    rows = [["Debiteringsunderlag provning mars 2027", None, None, None, None],
            [None, None, None, None, None],
            ["Företag", "Org.nr", "Art.nr", "Text", "Antal"],
            ["Barnkraft Leksaker AB", cust("K-9103")["org_no"], "MK10", "Provning ftalater, docka", 6],
            ["Barnkraft Leksaker AB", cust("K-9103")["org_no"], "MK30", "Analys kemi", 2],
            ["Nordlys Import & Export AB", cust("K-9102")["org_no"], "MK10", "Provning brandskydd, lampa", 3.5],
            [None, None, None, "Summa timmar", 9.5]]
    m = _se("kons_lab", "Underlag mars", 2, "07:48",
            "Hej\nbifogar underlag för mars. Timpris enligt taxa.\n/Labbet",
            attachments=[xlsx("Underlag_provning_2027-03.xlsx", [("Mars", rows, ["A1:E1"])])])
    return m, expect_requests("XLSX with a title row naming the month, a blank row and a sum row", PLAIN, [
        request(cust("K-9103"), [
            line(KONS, "MK10", "6", desc="Provning ftalater, docka", ps=MAR[0], pe=MAR[1]),
            line(KONS, "MK30", "2", desc="Analys kemi", ps=MAR[0], pe=MAR[1])], [], KONS),
        request(cust("K-9102"), [
            line(KONS, "MK10", "3.5", desc="Provning brandskydd, lampa", ps=MAR[0], pe=MAR[1])], [], KONS)])


@case("v03_sv_kons_sample_price_runt")
def _v03() -> Any:
    body = ("Hej,\n\nfakturera Barnkraft Leksaker AB (" + cust("K-9103")["org_no"] + ") för provning av "
            "barnsäkerhetsgrindar, provet underkändes:\n\nProvning MK10: 4 timmar\nProvexemplar MK20: 2 st, "
            "kostade runt 1 100 kr styck, kvittot ligger hos Karin som är ledig\n\nProvningsdatum 2027-03-16."
            + SIG_KONS.format(n="Sara Holm"))
    m = _se("kons", "Fakturering grindar", 5, "10:02", body)
    return m, expect_requests("price of a sample-purchase article stated as 'runt': price asked", ASK, [
        request(cust("K-9103"), [line(KONS, "MK10", "4", ps="2027-03-16", skip=ND),
                                 line(KONS, "MK20", "2", price=None, ps="2027-03-16", skip=ND)],
                ["lines[1].unit_price"], KONS)])


@case("v04_sv_kons_credit_issued_invoice")
def _v04() -> Any:
    body = ("Hej Kundfaktura!\n\nNordlys Import AB har överklagat och förvaltningsrätten har upphävt vårt beslut. "
            "Faktura 27103318 (provning 8 tim + analys, totalt 13 400 kr) ska därför krediteras i sin helhet.\n\n"
            "Tack på förhand!" + SIG_KONS.format(n="Sara Holm"))
    m = _se("kons", "Kreditera faktura 27103318", 6, "14:30", body)
    return m, expect_unknown("a credit of an issued invoice (the lines quoted are the old invoice's): no requests",
                             OTHER)


@case("v05_sv_kons_forward_from_inspector_customer_number")
def _v05() -> Any:
    body = ("Vidarebefordrar från Ola, han har inte behörighet till fakturaflödet ännu.\n\n/Sara\n\n"
            "Från: Ola Strand <ola.strand@marknadskontroll-demo.se>\nSkickat: den 31 mars 2027 16:55\n"
            "Till: Sara Holm <sara.holm@marknadskontroll-demo.se>\nÄmne: fakt. Nordlys\n\n"
            "Hej Sara, kan du skicka vidare till fakturering:\n"
            "kund Nordlys Import AB, kundnr K-9101\nMK10 provning elsäkerhet adapter 5 h\n"
            "MK30 lab 1 st\ndatum 25/3\nderas inköpsordernr PO-77310\n\nOla")
    m = _se("kons", "VB: fakt. Nordlys", 1, "08:05", body)
    return m, expect_requests("inline forward from a colleague; customer number; PO; date d/m without year", PLAIN, [
        request(cust("K-9101"), [line(KONS, "MK10", "5", ps="2027-03-25", skip=ND),
                                 line(KONS, "MK30", "1", ps="2027-03-25", skip=ND)], [], KONS,
                order="PO-77310")])


@case("v06_sv_kons_near_twin_name_without_number")
def _v06() -> Any:
    body = ("Hej!\n\nKostnadsersättning ska tas ut av Nordlys Import (den i Karlstad, inte Malmöbolaget) för "
            "provning av julbelysning: 7 timmar provning (MK10) den 18 mars 2027.\n"
            + SIG_KONS.format(n="Sara Holm"))
    m = _se("kons", "Ersättning julbelysning", 7, "11:21", body)
    # "Nordlys Import" matches only "Nordlys Import AB" without its legal form; the twin's name is longer.
    return m, expect_requests("near-twin names: the short name matches exactly one register customer", PLAIN, [
        request(cust("K-9101"), [line(KONS, "MK10", "7", ps="2027-03-18", skip=ND)], [], KONS)])


@case("v07_sv_bygg_private_permit_twelve_digit_pnr")
def _v07() -> Any:
    c = cust("K-9107")
    body = ("Hej,\n\nbeslut om bygglov fattat 2027-03-11 (dnr BYGG 2027-000214). Avgift ska tas ut av sökanden:\n\n"
            "Erik Sandberg, pnr " + c["org_no"].replace("-", "") + "\nÄngsvägen 11, 446 91 Vretaby\n\n"
            "BL10 Bygglov nybyggnad enbostadshus  1 st\nBL20 Tekniskt samråd  3 tim\n"
            + SIG_BYGG.format(n="Henrik Dahl"))
    m = _se("bygg_h", "Avgift bygglov Ängsvägen 11", 1, "13:40", body)
    return m, expect_requests("private applicant by a 12-digit personal number without dash; a decision date",
                              PLAIN, [
        request(c, [line(BYGG, "BL10", "1", desc="Bygglov nybyggnad enbostadshus", ps="2027-03-11"),
                    line(BYGG, "BL20", "3", desc="Tekniskt samråd", ps="2027-03-11")], [], BYGG)])


@case("v08_sv_bygg_pdf_fee_decision_brf")
def _v08() -> Any:
    c = cust("K-9106")
    html = ("<h1>Vretaby kommun – Avgiftsbeslut</h1><p>Beslutsdatum: 2027-03-24<br>Sökande: Bostadsrättsföreningen "
            "Lärkbacken<br>Org.nr: " + c["org_no"] + "<br>Er referens: Gunilla Ahl</p>"
            "<table><thead><tr><th>Kod</th><th>Åtgärd</th><th class='num'>Antal</th><th>Enhet</th></tr></thead>"
            "<tbody><tr><td>BL30</td><td>Utstakning, komplementbyggnad</td><td class='num'>1</td><td>st</td></tr>"
            "<tr><td>BL20</td><td>Handläggning bygglov, ändrad användning</td><td class='num'>4,5</td>"
            "<td>tim</td></tr></tbody></table><p>Avgiften tas ut enligt plan- och bygglovstaxa 2027.</p>"
            "<p style='font-size:8pt'>Vretaby kommun, org.nr " + org(BYGG) + ", bankgiro 5092-0038</p>")
    m = _se("bygg", "Avgiftsbeslut Lärkbacken", 2, "09:30", "Avgiftsbeslut bifogas för fakturering.\n\nBygglov",
            attachments=[pdf("Avgiftsbeslut_BYGG_2027-000188.pdf", html)])
    return m, expect_requests("PDF fee decision for an association; the agency's org number in the footer", PLAIN, [
        request(c, [line(BYGG, "BL30", "1", desc="Utstakning, komplementbyggnad", ps="2027-03-24"),
                    line(BYGG, "BL20", "4.5", desc="Handläggning bygglov, ändrad användning", ps="2027-03-24")],
                [], BYGG, buyer="Gunilla Ahl")])


@case("v09_sv_bygg_new_company_email_only")
def _v09() -> Any:
    org_new = se_org("559411736")
    body = ("Hej!\n\nNy sökande som inte finns hos er: Vretaby Solpark AB, org.nr " + org_new + ". De vill ha "
            "fakturan på mejl till ekonomi@vretabysolpark.se, tel 070-318 22 41.\n\n"
            "Startbesked solcellsanläggning 2027-03-29: handläggning 6 timmar, BL20.\n"
            + SIG_BYGG.format(n="Henrik Dahl"))
    m = _se("bygg_h", "Ny kund – startbesked solpark", 5, "15:12", body)
    return m, expect_requests("new company with org number, e-mail and phone but no address: address asked", ASK, [
        request(new_cust("Vretaby Solpark AB", org_new, "SE", email="ekonomi@vretabysolpark.se"),
                [line(BYGG, "BL20", "6", ps="2027-03-29", skip=ND)], ["customer.address"], BYGG)])


@case("v10_sv_bygg_csv_march_fees_cp1252")
def _v10() -> Any:
    csv = ("Diarienr;Sökande;Kundnr;Kod;Benämning;Antal;Beslutsdatum\n"
           "BYGG 2027-000171;Vretaby Fastighets AB;K-9105;BL20;Förhandsbesked, Kyrkogatan;2;2027-03-03\n"
           "BYGG 2027-000190;Bostadsrättsföreningen Lärkbacken;K-9106;BL20;Fasadändring;1,5;2027-03-10\n"
           "BYGG 2027-000199;Vretaby Fastighets AB;K-9105;BL30;Utstakning förråd;1;2027-03-17\n"
           ";;;;Totalt att fakturera;;\n")
    m = _se("bygg", "Avgifter mars (fil)", 6, "08:00",
            "Hej! Här kommer mars-avgifterna enligt vår export ur ärendesystemet.\n\nBygglovsenheten",
            attachments=[text_att("avgifter_202703.csv", csv, encoding="cp1252")])
    return m, expect_requests("CSV in Windows-1252 with customer numbers, rows grouped by customer", PLAIN, [
        request(cust("K-9105"), [line(BYGG, "BL20", "2", desc="Förhandsbesked, Kyrkogatan", ps="2027-03-03"),
                                 line(BYGG, "BL30", "1", desc="Utstakning förråd", ps="2027-03-17")], [], BYGG),
        request(cust("K-9106"), [line(BYGG, "BL20", "1.5", desc="Fasadändring", ps="2027-03-10")], [], BYGG)])


@case("v11_sv_bygg_special_handling_without_price")
def _v11() -> Any:
    body = ("Hej\n\nVretaby Fastighets AB (kundnr K-9105) ska faktureras för särskild handläggning (BL90), 1 st, "
            "gäller strandskyddsdispens Kyrkviken, beslut 26 mars. Beloppet räknas fram av nämndsekreteraren, "
            "jag återkommer med det.\n" + SIG_BYGG.format(n="Henrik Dahl"))
    m = _se("bygg_h", "Strandskyddsdispens Kyrkviken", 7, "09:45", body)
    return m, expect_requests("an article without register price and no price in the mail: price asked", ASK, [
        request(cust("K-9105"), [line(BYGG, "BL90", "1", ps="2027-03-26", skip=ND)], ["lines[0].unit_price"],
                BYGG)])


@case("v12_sv_raa_prose_week_of_supervision_and_travel")
def _v12() -> Any:
    body = ("Hej!\n\nAntikvarisk kontroll vid schaktningen för ny VA-ledning i Sigtuna, för Mälardalens Schakt & "
            "Mark AB, 2–5 mars 2027. Vi var på plats 22 timmar totalt (AK10). Resor Stockholm–Sigtuna t/r, "
            "sammanlagt 16 mil (AK30).\n\nDeras beställning: 2027-118.\nDeras referens: Per Nyström."
            + SIG_RAA.format(n="Maja Ek"))
    m = _se("raa", "Underlag antikvarisk kontroll Sigtuna", 1, "10:30", body)
    return m, expect_requests("prose: a date range for both lines, hours and mil, order and buyer reference", PLAIN, [
        request(cust("K-9108"), [line(RAA, "AK10", "22", ps="2027-03-02", pe="2027-03-05", skip=ND),
                                 line(RAA, "AK30", "16", ps="2027-03-02", pe="2027-03-05", skip=ND)], [], RAA,
                buyer="Per Nyström", order="2027-118")])


@case("v13_sv_raa_tsv_finds_two_developers")
def _v13() -> Any:
    tsv = ("kund\torgnr\tartikel\tbeskrivning\tantal\tdatum\n"
           "Östgöta Exploatering AB\t" + cust("K-9109")["org_no"] + "\tAK10\tKontroll Tornby etapp 2\t14\t"
           "2027-03-09\n"
           "Östgöta Exploatering AB\t" + cust("K-9109")["org_no"] + "\tAK20\tFynd Tornby etapp 2\t37\t"
           "2027-03-09\n"
           "Fibernät i Roslagen AB\t" + cust("K-9110")["org_no"] + "\tAK10\tKontroll fiberschakt Rimbo\t9,5\t"
           "2027-03-23\n")
    m = _se("raa", "Fakturaunderlag mars – antikvarisk kontroll", 6, "16:05",
            "Hej, underlaget för mars som tabbseparerad fil (två beställare).\n\n/Maja",
            attachments=[text_att("ak_mars.tsv", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV with two customers by org number, finds counted per piece", PLAIN, [
        request(cust("K-9109"), [line(RAA, "AK10", "14", desc="Kontroll Tornby etapp 2", ps="2027-03-09"),
                                 line(RAA, "AK20", "37", desc="Fynd Tornby etapp 2", ps="2027-03-09")], [], RAA),
        request(cust("K-9110"), [line(RAA, "AK10", "9.5", desc="Kontroll fiberschakt Rimbo", ps="2027-03-23")],
                [], RAA)])


@case("v14_sv_raa_supervision_hours_missing")
def _v14() -> Any:
    body = ("Hej,\n\nkan ni fakturera Fibernät i Roslagen AB för antikvarisk kontroll (AK10) vid Kvarngatan i "
            "Norrtälje den 17 mars? Jag har inte fått tidrapporten från fältantikvarien än men vill få iväg "
            "underlaget innan månadsskiftet. Resa 6 mil (AK30) samma dag.\n" + SIG_RAA.format(n="Maja Ek"))
    m = _se("raa", "Kvarngatan Norrtälje", 8, "08:50", body)
    return m, expect_requests("supervision hours not yet known (no quantity): quantity asked", ASK, [
        request(cust("K-9110"), [line(RAA, "AK10", None, ps="2027-03-17", skip=ND),
                                 line(RAA, "AK30", "6", ps="2027-03-17", skip=ND)], ["lines[0].quantity"], RAA)])
