"""Twenty-seventh held-out set (written blind), part B: plain requests from the wellbeing services county, the
training areas, the adult education centre and the council secretariat (Finnish, Finland-Swedish, English), and two
more Swedish ones (HTML only, a number word)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail, pdf, text_att, xlsx

from .kit27 import (
    CENTRE_FI,
    FI_DATE,
    HYV,
    JAN,
    KRIM,
    KUST,
    MBI,
    NC,
    ND,
    PLAIN,
    PV,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_HYV = ("\n\nYstävällisin terveisin\n{n}\nLausuntotoimisto, Pohjanmaan hyvinvointialue\nY-tunnus " + org(HYV)
           + "\nTämä viesti voi sisältää luottamuksellista tietoa.\n")
SIG_PV = ("\n\nHarjoitusaluevuokraus\nPuolustusvoimat, Länsi-Suomen harjoitusalueet\nY-tunnus " + org(PV)
          + " | vaihde 0299 800\n")
SIG_MBI = ("\n\nMed vänliga hälsningar\nCamilla Sjöholm\nbyråsekreterare, Medborgarinstitutet Kustbygden\n"
           "FO-nummer " + org(MBI) + " | tfn 06 385 1200\n")
SIG_NC = ("\n\nKind regards,\nHelle Sørensen\nFinance Officer, Nordic Inland Waters Council Secretariat\n"
          "Org. no. " + org(NC) + " | Bankgiro 5084-2271\n")


def _fi(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _se(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("v13_fi_hyv_prose_statements_to_insurer")
def _v13() -> Any:
    body = ("Hei,\n\nlaskutettavaksi Vakuutusosakeyhtiö Kalevalta (asiakasnro K-8005) kaksi B-lausuntoa (HV10), "
            "laadittu 11.1.2027 ja 19.1.2027.\nViitteenne: vahinkonumero 27-114582\n" +
            SIG_HYV.format(n="Riitta Mäkelä"))
    m = _fi("hyv_r", "B-lausunnot tammikuu", "Mon, 01 Feb 2027 09:30:00", body)
    # Two dates for one line of two: the first and the last date are the line's period (a careful clerk's range).
    return m, expect_requests("customer number with a case-inflected name, 'kaksi', claim number as reference",
                              PLAIN, [request(cust("K-8005"), [line(HYV, "HV10", "2", ps="2027-01-11",
                                                                    pe="2027-01-19", skip=ND)], [], HYV,
                                              buyer="vahinkonumero 27-114582")])


@case("v14_fi_hyv_xlsx_statements_per_insurer")
def _v14() -> Any:
    rows = [["Laskuttaja", "Asiakas", "Y-tunnus", "Tuote", "Kpl", "Päivämäärä"],
            ["Lausuntotoimisto", "Keskinäinen Eläkeyhtiö Tyven", cust("K-8006")["org_no"], "HV20", 1, "2027-01-07"],
            ["Lausuntotoimisto", "Vakuutusosakeyhtiö Kaleva", cust("K-8005")["org_no"], "HV10", 1, "2027-01-14"],
            ["Lausuntotoimisto", "Keskinäinen Eläkeyhtiö Tyven", cust("K-8006")["org_no"], "HV20", 2, "2027-01-28"]]
    m = _fi("hyv", "Lausuntolaskutus 1/2027", "Tue, 02 Feb 2027 08:00:00",
            "Hei, tammikuun lausunnot liitteenä.\n" + SIG_HYV.format(n="Lausuntotoimisto"),
            attachments=[xlsx("lausunnot_01_2027.xlsx", [("Lausunnot", rows, [])])])
    return m, expect_requests("XLSX with an issuer column that is the agency itself; rows grouped", PLAIN, [
        request(cust("K-8006"), [line(HYV, "HV20", "1", ps="2027-01-07", skip=ND),
                                 line(HYV, "HV20", "2", ps="2027-01-28", skip=ND)], [], HYV),
        request(cust("K-8005"), [line(HYV, "HV10", "1", ps="2027-01-14", skip=ND)], [], HYV)])


@case("v15_fi_pv_prose_range_rental_association")
def _v15() -> Any:
    body = ("Hei!\n\nSatakunnan Reserviläiset ry (Y-tunnus " + cust("K-8008")["org_no"] + ") vuokrasi "
            "Säkylän ampumaradan 16.–17.1.2027, 2 vuorokautta (PV10). Pyydämme laskuttamaan.\n\n"
            "Tilausnumero: SR-2027-03" + SIG_PV)
    m = _fi("pv", "Ampumaradan vuokra 16.-17.1.", "Mon, 01 Feb 2027 12:00:00", body)
    return m, expect_requests("a day range written with an en dash, two days, order number", PLAIN, [
        request(cust("K-8008"), [line(PV, "PV10", "2", ps="2027-01-16", pe="2027-01-17", skip=ND)], [], PV,
                order="SR-2027-03")])


@case("v16_fi_pv_pdf_rental_confirmation")
def _v16() -> Any:
    html = ("<h1>Vuokrasopimus / laskutusilmoitus</h1><p>Vuokralainen: Turvakoulutus Aalto Oy<br/>Y-tunnus: "
            + cust("K-8009")["org_no"] + "<br/>Vuokra-aika: 25.01.2027</p><table><thead><tr><th>Tuote</th>"
            "<th>Kuvaus</th><th class='num'>Tunnit</th><th class='num'>á-hinta</th></tr></thead><tbody><tr>"
            "<td>PV20</td><td>Harjoitusalue Hevossalo, ajoharjoittelu</td><td class='num'>10</td>"
            "<td class='num'>85,00</td></tr></tbody></table><p>Yhteyshenkilö: J. Aalto</p>")
    m = _fi("pv", "Laskutusilmoitus 2027/07", "Wed, 03 Feb 2027 13:40:00", "Liitteenä laskutusilmoitus." + SIG_PV,
            attachments=[pdf("laskutusilmoitus_2027_07.pdf", html)])
    return m, expect_requests("PDF rental confirmation with one row, hours and unit price", PLAIN, [
        request(cust("K-8009"), [line(PV, "PV20", "10", "85.00", desc="Harjoitusalue Hevossalo, ajoharjoittelu",
                                      ps="2027-01-25")], [], PV)])


@case("v17_fs_mbi_prose_hall_rent_month")
def _v17() -> Any:
    body = ("Hej!\n\nKan ni fakturera Kustbygdens Sångarförbund rf för lokalhyra (MI20) i januari 2027, "
            "sammanlagt 12 timmar (övningar i festsalen).\n" + SIG_MBI)
    m = _fi("mbi", "Fakturering lokalhyra januari", "Mon, 01 Feb 2027 14:15:00", body)
    return m, expect_requests("Finland-Swedish prose; a name resolving with 'rf', a month period", PLAIN, [
        request(cust("K-8010"), [line(MBI, "MI20", "12", ps=JAN[0], pe=JAN[1], skip=ND)], [], MBI)])


@case("v18_fs_mbi_csv_course_fees_per_employer")
def _v18() -> Any:
    csv = ("Arbetsgivare;FO-nummer;Kurs;Artikel;Deltagare\n"
           "Vörå Smide Ab;" + cust("K-8011")["org_no"] + ";Svetsning grund, vt 2027;MI10;3\n"
           "Oravais Bygg Ab;" + cust("K-8012")["org_no"] + ";Svetsning grund, vt 2027;MI10;2\n")
    m = _fi("mbi", "Kursavgifter svetskursen", "Fri, 05 Feb 2027 10:00:00",
            "Hej,\n\nbifogar deltagarlistan per arbetsgivare för svetskursen (start 18.1.2027). "
            "Kursavgiften faktureras arbetsgivarna.\n" + SIG_MBI,
            attachments=[text_att("svetskurs_vt27.csv", csv)])
    # The course's start date is not the billed period of a spring-term course: periods are left unchecked.
    return m, expect_requests("CSV per employer; participants as quantity", PLAIN, [
        request(cust("K-8011"), [line(MBI, "MI10", "3", desc="Svetsning grund, vt 2027",
                                      skip=("period_start", "period_end"))], [], MBI),
        request(cust("K-8012"), [line(MBI, "MI10", "2", desc="Svetsning grund, vt 2027",
                                      skip=("period_start", "period_end"))], [], MBI)])


@case("v19_en_nc_prose_conference_fees_po")
def _v19() -> Any:
    body = ("Dear colleagues,\n\nplease invoice Limnologica Consulting AB (org. no. " + cust("K-7008")["org_no"]
            + ") for three participants at our Lake Restoration Conference, Stockholm, 20-21 January 2027 "
            "(article NC10, conference fee).\n\nTheir PO number: LC-PO-2027-009\nYour reference: Dr. Karin Åberg"
            + SIG_NC)
    m = _se("nc", "Invoice request - conference fees", "Mon, 01 Feb 2027 16:20:00", body)
    return m, expect_requests("English prose; number word, PO, a day range in English", PLAIN, [
        request(cust("K-7008"), [line(NC, "NC10", "3", ps="2027-01-20", pe="2027-01-21", skip=ND)], [], NC,
                buyer="Dr. Karin Åberg", order="LC-PO-2027-009")])


@case("v20_en_nc_body_table_stand_and_reports")
def _v20() -> Any:
    body = ("Hello,\n\nplease invoice Västkustens Hamn AB, customer no. K-7002, as below:\n\n"
            "| Item | Description | Qty |\n|------|-------------|-----|\n"
            "| NC20 | Exhibition stand, conference 20-21 Jan | 2 |\n| NC30 | Printed proceedings | 40 |\n\n"
            "Prices as per our price list." + SIG_NC)
    m = _se("nc", "Invoice: exhibitor Västkustens Hamn", "Tue, 02 Feb 2027 09:45:00", body)
    return m, expect_requests("a markdown-style table in the body; two lines, registry prices", PLAIN, [
        request(cust("K-7002"), [line(NC, "NC20", "2", desc="Exhibition stand, conference 20-21 Jan",
                                      skip=("period_start", "period_end")),
                                 line(NC, "NC30", "40", desc="Printed proceedings")], [], NC)])


@case("v21_sv_kust_html_only_diving_fixed_price")
def _v21() -> Any:
    html = ("<p>Hej,</p><p>Dykinsats för Skärgårdsfrakt AB (kundnr K-7001) vid kajen i Skärhamn den "
            "22 januari 2027, artikel KB90.</p><p><b>Fast pris: 18&nbsp;500 kr</b> enligt offert 2027-011.</p>"
            "<p>Med vänlig hälsning<br/>Jonas Widén<br/>Kustbevakningen, region Väst<br/>Org.nr " + org(KUST)
            + "</p>")
    m = mail(W["kust"], "Dykinsats Skärhamn", "Wed, 03 Feb 2027 11:11:00 " + SE_DATE, html=html)
    return m, expect_requests("HTML only; an article without a price, a fixed price given: quantity 1", PLAIN, [
        request(cust("K-7001"), [line(KUST, "KB90", "1", "18500", ps="2027-01-22", skip=ND)], [], KUST)])


@case("v22_fi_hyv_forward_private_patient")
def _v22() -> Any:
    body = ("Välitän laskutettavaksi.\n\nRiitta\n\n---------- Välitetty viesti ----------\n"
            "Lähettäjä: Osastosihteeri <osastosihteeri.sisat@pohjanmaanhyva.fi>\nPäivämäärä: 29.1.2027\n"
            "Aihe: C-lausunto ja kopiot\n\nPotilas Pekka Salo, " + cust("K-8007")["org_no"] + ", Rantatie 18, "
            "Vaasa. C-lausunto 1 kpl (HV20) 28.1.2027 sekä potilasasiakirjakopiot 4 kpl (HV30).\n")
    m = _fi("hyv_r", "VL: C-lausunto ja kopiot", "Mon, 01 Feb 2027 10:02:00", body + SIG_HYV.format(n="Riitta Mäkelä"))
    # The date follows the statement only; the copies carry none.
    return m, expect_requests("forward; private person by hetu; one dated line and one undated", PLAIN, [
        request(cust("K-8007"), [line(HYV, "HV20", "1", ps="2027-01-28", skip=ND),
                                 line(HYV, "HV30", "4", skip=ND + ("period_start", "period_end"))], [], HYV)])


@case("v23_sv_krim_number_word_hours")
def _v23() -> Any:
    body = ("Hej,\n\nsnickeriverkstaden har byggt hyllor åt Mälarhotellen AB, åtta timmar (KV10), vecka 4.\n"
            "Fakturera gärna snarast. Er referens: Receptionen / Ola\n" + "\nPetra Lindqvist\nArbetsdriften Hällby")
    m = _se("krim_p", "Hyllor Mälarhotellen", "Thu, 04 Feb 2027 16:50:00", body)
    # 'vecka 4' is a week, not a date; the contract names no week rule, so periods are left unchecked.
    return m, expect_requests("quantity as a Swedish number word; short signature", PLAIN, [
        request(cust("K-7004"), [line(KRIM, "KV10", "8", skip=ND + ("period_start", "period_end"))], [], KRIM,
                buyer="Receptionen / Ola")])


@case("v24_fi_pv_amount_and_hours_give_price")
def _v24() -> Any:
    body = ("Hei,\n\nlaskutetaan Turvakoulutus Aalto Oy:ltä harjoitusalueen vuokra (PV20) 6 tuntia, "
            "yhteensä 510,00 € (alv 0 %), käyttöpäivä 29.1.2027.\n" + SIG_PV)
    m = _fi("pv", "Alueen vuokra 29.1.", "Fri, 05 Feb 2027 08:25:00", body)
    # Amount with quantity gives the unit price; the VAT rate written for the line (0 %) is taken as written.
    return m, expect_requests("line amount with hours gives the unit price; own VAT 0; case ending on the name",
                              PLAIN, [
        request(cust("K-8009"), [line(PV, "PV20", "6", "85.00", vat="0", ps="2027-01-29", skip=ND)], [], PV)])
