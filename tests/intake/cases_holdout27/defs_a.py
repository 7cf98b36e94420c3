"""Twenty-seventh held-out set (written blind), part A: plain requests from the Swedish agencies and the Finnish
library — prose, a table in the body, CSV/XLSX/PDF attachments, a forward and a reply chain."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import expect_requests, mail, new_cust, pdf, text_att, xlsx

from .kit27 import (
    CENTRE_FI,
    FI_DATE,
    JAN,
    JORD,
    KANS,
    KRIM,
    KUST,
    ND,
    PLAIN,
    PNR_ANDERS,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_KUST = ("\n\nMed vänlig hälsning\n{n}\nKustbevakningen, region Väst\nOrg.nr " + org(KUST)
            + " | Bankgiro 5081-3307 | Växel 010-450 79 00\n")
SIG_KRIM = ("\n\nHälsningar\n{n}\nArbetsdriften, anstalten Hällby\nKriminalvården | Org.nr " + org(KRIM) + "\n"
            "Tänk på miljön innan du skriver ut detta e-postmeddelande.\n")
SIG_JORD = ("\n\nKontrollenheten\nJordbruksstyrelsen\nOrg.nr " + org(JORD) + "\n"
            "När du skickar e-post till Jordbruksstyrelsen behandlar vi dina personuppgifter enligt GDPR.\n")
SIG_KANS = ("\n\nYstävällisin terveisin\nKopiopalvelu / Kansalliskirjasto\nY-tunnus " + org(KANS)
            + " | puh. 0294 123 400\n")


def _se(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


def _fi(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("v01_sv_kust_prose_towing_hours_one_date")
def _v01() -> Any:
    body = ("Hej!\n\nVi bogserade m/s Klövern för Skärgårdsfrakt AB (org.nr " + cust("K-7001")["org_no"] + ") den "
            "14 januari efter motorhaveri utanför Marstrand. Insatsen pågick 3,5 timmar. Debitera bogsering enligt "
            "taxa, artikel KB10.\n\nEr referens: Mats Olofsson" + SIG_KUST.format(n="Jonas Widén"))
    m = _se("kust", "Fakturaunderlag bogsering 14/1", "Mon, 01 Feb 2027 08:42:10", body)
    return m, expect_requests("prose: one towing line, hours with decimal comma, a date without year", PLAIN, [
        request(cust("K-7001"), [line(KUST, "KB10", "3.5", ps="2027-01-14", skip=ND)], [], KUST,
                buyer="Mats Olofsson")])


@case("v02_sv_kust_csv_two_customers_dated_rows")
def _v02() -> Any:
    csv = ("Datum;Kund;Org.nr;Art;Beskrivning;Timmar\n"
           "2027-01-08;Västkustens Hamn AB;" + cust("K-7002")["org_no"] + ";KB20;Oljeläns kajen;6\n"
           "2027-01-19;Skärgårdsfrakt AB;" + cust("K-7001")["org_no"] + ";KB10;Bogsering Hönö;2,5\n"
           "2027-01-23;Västkustens Hamn AB;" + cust("K-7002")["org_no"] + ";KB20;Sanering läckage;4\n"
           ";;;;Summa;12,5\n")
    m = _se("kust_lc", "Debitering januari", "Tue, 02 Feb 2027 07:15:00",
            "Hej,\n\nunderlag för januari bifogas (CSV). Fakturera enligt taxan.\n\nLedningscentral Väst\n",
            attachments=[text_att("debitering_2027-01.csv", csv, encoding="cp1252")])
    return m, expect_requests("CSV, Windows-1252, rows for two customers grouped, sum row ignored", PLAIN, [
        request(cust("K-7002"), [line(KUST, "KB20", "6", desc="Oljeläns kajen", ps="2027-01-08"),
                                 line(KUST, "KB20", "4", desc="Sanering läckage", ps="2027-01-23")], [], KUST),
        request(cust("K-7001"), [line(KUST, "KB10", "2.5", desc="Bogsering Hönö", ps="2027-01-19")], [], KUST)])


@case("v03_sv_kust_inline_forward_from_duty_officer")
def _v03() -> Any:
    body = ("Hej Kundfaktura,\n\nse nedan från vakthavande, kan ni fakturera?\n\n/Jonas\n\n"
            "-------- Vidarebefordrat meddelande --------\nÄmne: Miljöräddning Lysekil\nDatum: 2027-01-29 16:02\n"
            "Från: Vakthavande befäl <vb.vast@kustbevakning-vast.se>\nTill: Jonas Widén\n\n"
            "Miljöräddningsinsats vid Västkustens Hamn AB:s terminal i Lysekil 2027-01-27--2027-01-28, totalt "
            "9 timmar (KB20).\nKund: Västkustens Hamn AB, kundnr K-7002\nBeställningsnr: 4500217781\n"
            "Er referens: Hamnkapten Eva Berg\n\n/VB")
    m = _se("kust", "VB: Miljöräddning Lysekil", "Mon, 01 Feb 2027 10:05:44", body)
    return m, expect_requests("inline forward; customer number, order and buyer reference, a two-day range", PLAIN, [
        request(cust("K-7002"), [line(KUST, "KB20", "9", ps="2027-01-27", pe="2027-01-28", skip=ND)], [], KUST,
                buyer="Hamnkapten Eva Berg", order="4500217781")])


@case("v04_sv_krim_body_table_pallets_and_carpentry")
def _v04() -> Any:
    body = ("Hej!\n\nFakturera Hällby Bygg AB (kundnr K-7003) för januari 2027:\n\n"
            "Art   Benämning              Antal  Enhet\n"
            "KV30  EUR-pall, ny             120  st\n"
            "KV10  Snickeri, byggbodar       16  tim\n\n"
            "Pris enligt prislista." + SIG_KRIM.format(n="Petra Lindqvist"))
    m = _se("krim_p", "Fakturering Hällby Bygg jan", "Wed, 03 Feb 2027 13:20:00", body)
    return m, expect_requests("fixed-width table in the body, period for the whole request", PLAIN, [
        request(cust("K-7003"), [line(KRIM, "KV30", "120", ps=JAN[0], pe=JAN[1], skip=ND),
                                 line(KRIM, "KV10", "16", ps=JAN[0], pe=JAN[1], skip=ND)], [], KRIM)])


@case("v05_sv_krim_xlsx_laundry_kg_per_week")
def _v05() -> Any:
    rows = [["Tvätt januari 2027", None, None, None], ["Kund", "Artikel", "Vecka", "Kg"],
            ["Mälarhotellen AB", "KV20", "v. 1", 212], ["Mälarhotellen AB", "KV20", "v. 2", 198.5],
            ["Hällby Bygg AB", "KV20", "v. 2", 40], ["Totalt", None, None, 450.5]]
    m = _se("krim", "Tvätt januari", "Thu, 04 Feb 2027 09:01:00",
            "Hej, tvättunderlaget för januari i bifogad fil.\n" + SIG_KRIM.format(n="Arbetsdriften"),
            attachments=[xlsx("tvatt_jan27.xlsx", [("Januari", rows, ["A1:D1"])])])
    # The week column names no dates; the sheet's title gives the month for every row.
    return m, expect_requests("XLSX with a title row, kg with a decimal, a totals row; month from the title", PLAIN, [
        request(cust("K-7004"), [line(KRIM, "KV20", "212", ps=JAN[0], pe=JAN[1], skip=ND),
                                 line(KRIM, "KV20", "198.5", ps=JAN[0], pe=JAN[1], skip=ND)], [], KRIM),
        request(cust("K-7003"), [line(KRIM, "KV20", "40", ps=JAN[0], pe=JAN[1], skip=ND)], [], KRIM)])


@case("v06_sv_krim_reply_chain_new_customer_with_address")
def _v06() -> Any:
    org_new = se_org("559288441")
    body = ("Hej,\n\nny kund, fakturera enligt nedan: 60 st EUR-pall (KV30), levererade 2027-02-02.\n\n"
            "Kund: Eskilstuna Trädgårdsprodukter AB\nOrg.nr " + org_new + "\nFakturaadress: Box 318, "
            "631 05 Eskilstuna\nEr ref: Lina Ek" + SIG_KRIM.format(n="Petra Lindqvist") +
            "\n\nFrån: Lina Ek <lina@etprodukter.se>\nSkickat: den 1 februari 2027 15:40\n"
            "Ämne: Beställning pallar\n\n> Hej Petra! Vi vill beställa 60 nya EUR-pallar, leverans tisdag.\n"
            "> Mvh Lina, Eskilstuna Trädgårdsprodukter\n")
    m = _se("krim_p", "SV: Beställning pallar", "Wed, 03 Feb 2027 08:12:00", body)
    # The quoted sender's address is hers, not stated as the customer's invoice e-mail: e-mail left unchecked.
    new = new_cust("Eskilstuna Trädgårdsprodukter AB", org_new, "SE")
    del new["email"]
    return m, expect_requests("a new customer with valid org number and postal address: nothing to ask", PLAIN, [
        request(new, [line(KRIM, "KV30", "60", ps="2027-02-02", skip=ND)], [], KRIM, buyer="Lina Ek")])


@case("v07_sv_jord_prose_inspection_and_extra_control")
def _v07() -> Any:
    body = ("Hej,\n\nvänligen fakturera Vätterbygdens Slakteri AB, " + cust("K-7007")["org_no"] + ", för "
            "offentlig kontroll den 12 januari 2027: 4 timmar (JV10), samt en extra offentlig kontroll (JV20, "
            "fast avgift) den 26 januari 2027 efter brister vid första besöket.\n\nDiarienummer 5.2.17-00412/27"
            + SIG_JORD)
    m = _se("jord", "Fakturering kontroll Vätterbygdens Slakteri", "Fri, 05 Feb 2027 11:30:00", body)
    return m, expect_requests("prose: two lines with their own dates, 'en' and a fixed fee", PLAIN, [
        request(cust("K-7007"), [line(JORD, "JV10", "4", ps="2027-01-12", skip=ND),
                                 line(JORD, "JV20", "1", ps="2027-01-26", skip=ND)], [], JORD)])


@case("v08_sv_jord_pdf_billing_basis")
def _v08() -> Any:
    html = ("<h1>Underlag för fakturering – offentlig kontroll</h1><p>Kund: Lantgården Ekbacka AB<br/>Org.nr: "
            + cust("K-7005")["org_no"] + "<br/>Kontrolldatum: 2027-01-21</p><table><thead><tr><th>Artikel</th>"
            "<th>Benämning</th><th class='num'>Timmar</th></tr></thead><tbody><tr><td>JV10</td>"
            "<td>Kontroll nötkreatur</td><td class='num'>2,5</td></tr></tbody></table>"
            "<p>Kontrollant: K. Strand</p>")
    m = _se("jord", "Fakturaunderlag 2027-0188", "Mon, 08 Feb 2027 14:02:00",
            "Hej, underlag bifogas som PDF.\n" + SIG_JORD, attachments=[pdf("underlag_2027-0188.pdf", html)])
    return m, expect_requests("PDF form: customer block, a one-row table, the control date", PLAIN, [
        request(cust("K-7005"), [line(JORD, "JV10", "2.5", desc="Kontroll nötkreatur", ps="2027-01-21")], [],
                JORD)])


@case("v09_sv_jord_private_farmer_ten_digit_pnr")
def _v09() -> Any:
    body = ("Hej!\n\nFakturera lantbrukare Anders Lund, pnr " + PNR_ANDERS + ", Norrgården 4, Habo, för "
            "offentlig kontroll 3 timmar den 18/1 (JV10).\n" + SIG_JORD)
    m = _se("jord", "Kontroll Norrgården", "Mon, 08 Feb 2027 15:45:00", body)
    return m, expect_requests("private customer by 10-digit personnummer (gets the century), a d/m date", PLAIN, [
        request(cust("K-7006"), [line(JORD, "JV10", "3", ps="2027-01-18", skip=ND)], [], JORD)])


@case("v10_fi_kans_prose_scanning_and_order_fee")
def _v10() -> Any:
    body = ("Hei,\n\nlaskuttakaa Kustannus Oy Lehtipuu (Y-tunnus " + cust("K-8002")["org_no"] + ") "
            "tilauksesta 2027-0042:\n- skannaus 240 sivua (KK10)\n- tilausmaksu 1 kpl (KK30)\n\n"
            "Toimitettu 15.1.2027. Viitteenne: Sanna Kivi" + SIG_KANS)
    m = _fi("kans", "Laskutus tilaus 2027-0042", "Tue, 02 Feb 2027 10:10:00", body)
    return m, expect_requests("a short list in prose, order number, delivery date for both lines", PLAIN, [
        request(cust("K-8002"), [line(KANS, "KK10", "240", ps="2027-01-15", skip=ND),
                                 line(KANS, "KK30", "1", ps="2027-01-15", skip=ND)], [], KANS,
                buyer="Sanna Kivi", order="2027-0042")])


@case("v11_fi_kans_csv_two_customers_microfilm")
def _v11() -> Any:
    csv = ("asiakas,y-tunnus,tuote,selite,määrä,pvm\n"
           "Sukututkimus Juuret ry," + cust("K-8003")["org_no"] + ",KK20,Kirkonkirjat Ilmajoki,14,12.1.2027\n"
           "Kustannus Oy Lehtipuu," + cust("K-8002")["org_no"] + ",KK20,Sanomalehti 1918,6,20.1.2027\n"
           "Sukututkimus Juuret ry," + cust("K-8003")["org_no"] + ",KK30,Tilausmaksu,1,12.1.2027\n")
    m = _fi("kans", "Tammikuun mikrofilmitilaukset", "Wed, 03 Feb 2027 09:00:00",
            "Hei, liitteenä tammikuun mikrofilmikopiot laskutettavaksi." + SIG_KANS,
            attachments=[text_att("mikrofilmit_tammikuu.csv", csv)])
    return m, expect_requests("comma CSV, rows grouped by customer in first-appearance order", PLAIN, [
        request(cust("K-8003"), [line(KANS, "KK20", "14", desc="Kirkonkirjat Ilmajoki", ps="2027-01-12"),
                                 line(KANS, "KK30", "1", desc="Tilausmaksu", ps="2027-01-12")], [], KANS),
        request(cust("K-8002"), [line(KANS, "KK20", "6", desc="Sanomalehti 1918", ps="2027-01-20")], [], KANS)])


@case("v12_fi_kans_private_person_hetu")
def _v12() -> Any:
    body = ("Hei!\n\nAsiakas Aino Virtanen (hetu " + cust("K-8004")["org_no"] + ") tilasi kolme "
            "mikrofilmikopiota (KK20) 27.1.2027. Laskutetaan normaalihinnalla.\n" + SIG_KANS)
    m = _fi("kans", "Yksityisasiakkaan tilaus", "Thu, 04 Feb 2027 12:30:00", body)
    return m, expect_requests("a private person by henkilötunnus, number word 'kolme'", PLAIN, [
        request(cust("K-8004"), [line(KANS, "KK20", "3", ps="2027-01-27", skip=ND)], [], KANS)])
