"""Thirty-fourth held-out set (written blind), part B: plain requests from the Finnish meteorological data licences
and employment services' training purchases (prose, CSV, XLSX, PDF, a forward, a Y-tunnus with a bad check digit on a
registered name) and the Finland-Swedish vocational college (prose, CSV with BOM, an HTML table, a new customer with
an address); two other kinds (a forwarded maksuilmoitus, a status question)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, fi_yt
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit34 import (
    CENTRE_FI,
    FI_DATE,
    HETU_MIKKO,
    ILM,
    MAY,
    ND,
    OTHER,
    PLAIN,
    TYO,
    YRK,
    W,
    case,
    cust,
    line,
    on,
    org,
    request,
)

SIG_ILM = ("\n\nTerveisin\n{n}\nDatapalvelut | Ilmatieteen palvelukeskus\nY-tunnus " + org(ILM)
           + " | puh. 029 539 1000\n")
SIG_TYO = ("\n\nYstävällisin terveisin\n{n}\nKoulutushankinnat, Uudenmaan työllisyyspalvelut\nPorkkalankatu 13, "
           "00180 Helsinki\n")
SIG_YRK = ("\n\nMed vänlig hälsning\nMalin Grönqvist\nKoordinator, uppdragsutbildning\nYrkesinstitutet Sydkust\n"
           "FO-nummer " + org(YRK) + " | tfn 040 778 2310\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("w15_fi_ilm_prose_licence_quarter")
def _w15() -> Any:
    body = ("Hei,\n\nlaskutettavaksi Tuulivoima Pohjoisranta Oy (Y-tunnus " + on("K-4401") + "): havaintodatan "
            "käyttölisenssi L-100, 3 kk ajalta 1.4.–30.6.2027.\nTilausnumero PO-88412, viitteenne Hanna Kallio."
            + SIG_ILM.format(n="Jari Nieminen"))
    m = _fi("ilm_j", "Lisenssi Q2 / Pohjoisranta", "Tue, 01 Jun 2027 10:05:00", body)
    return m, expect_requests("prose: months as quantity, a range with the year once, order and reference", PLAIN, [
        request(cust("K-4401"), [line(ILM, "L-100", "3", ps="2027-04-01", pe="2027-06-30", skip=ND)], [], ILM,
                buyer="Hanna Kallio", order="PO-88412")])


@case("w16_fi_ilm_csv_api_batches")
def _w16() -> Any:
    csv = ("asiakasnro,asiakas,tuote,määrä,kausi\n"
           "K-4402,Agrisää Oy,L-300,340,toukokuu 2027\n"
           "K-4401,Tuulivoima Pohjoisranta Oy,L-300,1250,toukokuu 2027\n"
           "K-4402,Agrisää Oy,L-100,1,toukokuu 2027\n")
    m = _fi("ilm", "Rajapintakäyttö toukokuu", "Wed, 02 Jun 2027 08:30:00",
            "Moi,\n\ntoukokuun rajapintaerät ja lisenssit liitteessä, hinnat hinnaston mukaan.\n"
            + SIG_ILM.format(n="Datapalvelut"),
            attachments=[text_att("rajapinta_2027-05.csv", csv)])
    return m, expect_requests("comma CSV by customer number, a Finnish month name per row, grouped", PLAIN, [
        request(cust("K-4402"), [line(ILM, "L-300", "340", ps=MAY[0], pe=MAY[1], skip=ND),
                                 line(ILM, "L-100", "1", ps=MAY[0], pe=MAY[1], skip=ND)], [], ILM),
        request(cust("K-4401"), [line(ILM, "L-300", "1250", ps=MAY[0], pe=MAY[1], skip=ND)], [], ILM)])


@case("w17_fi_ilm_private_weather_statement_hetu")
def _w17() -> Any:
    body = ("Hei!\n\nYksityishenkilö Mikko Rantanen, hetu " + HETU_MIKKO + ", Rantakatu 11 A 4, Porvoo, tilasi "
            "yhden säätodistuksen (L-200) vakuutusyhtiötä varten Porvoon myrskystä 14.–15.5. Todistus "
            "toimitettiin asiakkaalle 3.6.2027." + SIG_ILM.format(n="Jari"))
    m = _fi("ilm_j", "Säätodistus / yksityinen", "Fri, 04 Jun 2027 14:10:00", body)
    # The storm days are what the statement is about; the service is the statement, delivered on 3.6.
    return m, expect_requests("private person by hetu, 'yhden', delivery date (not the storm days)", PLAIN, [
        request(cust("K-4404"), [line(ILM, "L-200", "1", ps="2027-06-03", skip=ND)], [], ILM)])


@case("w18_fi_ilm_xlsx_annual_licences")
def _w18() -> Any:
    rows = [["Asiakas", "Y-tunnus", "Tuote", "Kk", "Alkaa", "Päättyy"],
            ["Suomen Lennokkiharrastajat ry", on("K-4403"), "L-100", 12, "1.7.2027", "30.6.2028"],
            ["Agrisää Oy", on("K-4402"), "L-100", 6, "1.7.2027", "31.12.2027"]]
    m = _fi("ilm", "Lisenssien uusinnat heinäkuusta", "Mon, 07 Jun 2027 09:45:00",
            "Hei,\n\nliitteenä heinäkuussa alkavat lisenssit, laskutus etukäteen.\n" + SIG_ILM.format(n="Datapalvelut"),
            attachments=[xlsx("uusinnat_07_2027.xlsx", [("Uusinnat", rows, [])])])
    return m, expect_requests("XLSX with Finnish d.m.yyyy text dates, an association, periods ahead", PLAIN, [
        request(cust("K-4403"), [line(ILM, "L-100", "12", ps="2027-07-01", pe="2028-06-30", skip=ND)], [], ILM),
        request(cust("K-4402"), [line(ILM, "L-100", "6", ps="2027-07-01", pe="2027-12-31", skip=ND)], [], ILM)])


@case("w19_fi_tyo_pdf_employer_share")
def _w19() -> Any:
    html = ("<h1>RekryKoulutus – työnantajan maksuosuus</h1><p>Työnantaja: Rakennus Hirvonen Oy<br/>Y-tunnus: "
            + on("K-4405") + "<br/>Koulutus: Talonrakennuksen työnjohto<br/>Koulutusaika: 12.4.2027–11.6.2027"
            "<br/>Tilaajan yhteyshenkilö: Timo Hirvonen</p><table><thead><tr><th>Tuote</th><th>Selite</th>"
            "<th class='num'>Henkilöä</th><th class='num'>á €</th></tr></thead><tbody><tr><td>YH-20</td>"
            "<td>RekryKoulutus, työnantajan osuus 30 %</td><td class='num'>3</td><td class='num'>1 350,00</td></tr>"
            "</tbody></table><p>Hankintapäätös UUD-2027-0315</p>")
    m = _fi("tyo", "Maksuosuus / Rakennus Hirvonen", "Tue, 08 Jun 2027 12:00:00",
            "Hei,\n\nohessa laskutettava maksuosuus (pdf).\n" + SIG_TYO.format(n="Koulutushankinnat"),
            attachments=[pdf("maksuosuus_hirvonen.pdf", html)])
    return m, expect_requests("PDF form: participants, unit price, training period, contact as reference", PLAIN, [
        request(cust("K-4405"), [line(TYO, "YH-20", "3", "1350.00", desc="RekryKoulutus, työnantajan osuus 30 %",
                                      ps="2027-04-12", pe="2027-06-11")], [], TYO, buyer="Timo Hirvonen")])


@case("w20_fi_tyo_prose_two_employers_twin_exact")
def _w20() -> Any:
    body = ("Hei,\n\nlaskuttakaa seuraavat työnantajien maksuosuudet:\n\n1) Konepaja Laaksonen Oy, "
            + on("K-4406") + " – TäsmäKoulutus (YH-30) kaksi henkilöä, koulutus 3.–28.5.2027.\n\n"
            "2) Rannikon Sähkö Ky (Karjaa) – yhteishankintakoulutus YH-10, 1 hlö á 2 650,00 €, koulutus "
            "toukokuu 2027.\n" + SIG_TYO.format(n="Satu Heikkilä"))
    m = _fi("tyo_s", "Maksuosuudet toukokuu", "Wed, 09 Jun 2027 10:30:00", body)
    return m, expect_requests("two customers in prose; the Ky of the Oy/Ky twin by its exact name", PLAIN, [
        request(cust("K-4406"), [line(TYO, "YH-30", "2", ps="2027-05-03", pe="2027-05-28", skip=ND)], [], TYO),
        request(cust("K-4408"), [line(TYO, "YH-10", "1", "2650.00", ps=MAY[0], pe=MAY[1], skip=ND)], [], TYO)])


@case("w21_fi_tyo_forward_total_for_five")
def _w21() -> Any:
    body = ("Tässä vielä Pekalta tullut, laskuttakaa kiitos.\n\nSatu\n\n"
            "---------- Välitetty viesti ----------\nLähettäjä: Pekka Aalto <pekka.aalto@tyollisyys-demo.fi>\n"
            "Päivämäärä: ma 7.6.2027 klo 15.12\nAihe: Muutoskoulutus Laaksonen\n\n"
            "Konepaja Laaksonen Oy:lle laskutetaan yhteishankintakoulutuksen (YH-10) työnantajaosuus: 5 henkilöä, "
            "yhteensä 8 200,00 €. Koulutusaika 19.4.–4.6.2027. Heidän tilausnumeronsa TN-2027-0451.\n\nPekka")
    m = _fi("tyo_s", "VL: Muutoskoulutus Laaksonen", "Thu, 10 Jun 2027 08:15:00", body)
    return m, expect_requests("inline forward; ':lle' on the name; a total for five gives the unit price", PLAIN, [
        request(cust("K-4406"), [line(TYO, "YH-10", "5", "1640.00", ps="2027-04-19", pe="2027-06-04", skip=ND)],
                [], TYO, order="TN-2027-0451")])


@case("w22_fi_ilm_bad_check_ytunnus_name_resolves")
def _w22() -> Any:
    body = ("Hei,\n\nAgrisää Oy (Y-tunnus " + bad_check(on("K-4402")) + ") tilasi kaksi säätodistusta (L-200) "
            "hallavahinkoja varten, toimitettu 9.6.2027.\n" + SIG_ILM.format(n="Jari Nieminen"))
    m = _fi("ilm_j", "Säätodistukset Agrisää", "Fri, 11 Jun 2027 11:40:00", body)
    # The Y-tunnus fails its check digit, so it identifies nobody; the name matches exactly one register row, and
    # the contract resolves by name then (the register's own number is output). Nothing is asked.
    return m, expect_requests("a mistyped Y-tunnus, but the name matches one register row: resolved", PLAIN, [
        request(cust("K-4402"), [line(ILM, "L-200", "2", ps="2027-06-09", skip=ND)], [], ILM)])


@case("w23_fs_yrk_prose_truck_course")
def _w23() -> Any:
    body = ("Hej!\n\nTruckkortsutbildning (UB2) för Närpes Grönsaker Ab, FO-nummer " + on("K-4409") + ", den "
            "3–4 juni 2027, åtta deltagare. Alla klarade provet.\n\nEr referens: Johanna Back" + SIG_YRK)
    m = _fi("yrk", "Fakturering truckkort Närpes Grönsaker", "Mon, 14 Jun 2027 09:20:00", body)
    return m, expect_requests("Finland-Swedish prose: FO-nummer, number word 'åtta', a two-day range", PLAIN, [
        request(cust("K-4409"), [line(YRK, "UB2", "8", ps="2027-06-03", pe="2027-06-04", skip=ND)], [], YRK,
                buyer="Johanna Back")])


@case("w24_fs_yrk_csv_hot_work_two_firms")
def _w24() -> Any:
    csv = ("Kund;FO-nr;Art;Kurs;Datum;Antal;Enhet\n"
           "Kristinestads Båtvarv Ab;" + on("K-4410") + ";UB3;Heta arbeten;12.5.2027;6;deltagare\n"
           "Närpes Grönsaker Ab;" + on("K-4409") + ";UB3;Heta arbeten;12.5.2027;3;deltagare\n"
           "Kristinestads Båtvarv Ab;" + on("K-4410") + ";UB1;Brandskydd på varvet;19.5.2027;4;h\n")
    m = _fi("yrk", "Kurser maj", "Tue, 15 Jun 2027 13:05:00",
            "Hej,\n\nbifogar majkurserna som ska faktureras.\n" + SIG_YRK,
            attachments=[text_att("kurser_maj.csv", csv, bom=True)])
    return m, expect_requests("CSV with BOM, d.m.yyyy dates, two firms grouped, own course texts", PLAIN, [
        request(cust("K-4410"), [line(YRK, "UB3", "6", desc="Heta arbeten", ps="2027-05-12"),
                                 line(YRK, "UB1", "4", desc="Brandskydd på varvet", ps="2027-05-19")], [], YRK),
        request(cust("K-4409"), [line(YRK, "UB3", "3", desc="Heta arbeten", ps="2027-05-12")], [], YRK)])


@case("w25_fs_yrk_html_fixed_price_and_workshop")
def _w25() -> Any:
    html = ("<p>Hej,</p><p>fakturera Sydkustens Företagarförening rf (kundnr K-4411) för kursen som hölls "
            "24–25 maj 2027:</p><table border='1' cellpadding='3'><tr><th>Art</th><th>Vad</th><th>Antal</th>"
            "<th>Pris</th></tr><tr><td>UB9</td><td>Digital marknadsföring för småföretag</td><td>fast pris</td>"
            "<td>2&nbsp;850,00 €</td></tr><tr><td>UB4</td><td>Verkstadshyra</td><td>2 dagar</td><td>enl. "
            "prislista</td></tr></table><p>Hälsningar<br/>Malin</p>")
    m = _fi("yrk", "Faktura Företagarföreningen", "Wed, 16 Jun 2027 16:00:00", None, html=html)
    return m, expect_requests("HTML table: a fixed price is quantity 1, a period for the whole request", PLAIN, [
        request(cust("K-4411"), [line(YRK, "UB9", "1", "2850.00", desc="Digital marknadsföring för småföretag",
                                      ps="2027-05-24", pe="2027-05-25"),
                                 line(YRK, "UB4", "2", desc="Verkstadshyra", ps="2027-05-24", pe="2027-05-25")],
                [], YRK)])


@case("w26_fs_yrk_new_customer_with_address")
def _w26() -> Any:
    yt = fi_yt("2604417")
    body = ("Hej,\n\nny kund för oss: Lappfjärds Plåt Ab, FO-nr " + yt + ", Industrivägen 4, 64300 Lappfjärd. "
            "Heta arbeten (UB3) 4 deltagare den 7 juni.\nDeras kontaktperson: Kim Storbacka" + SIG_YRK)
    m = _fi("yrk", "Ny kund Lappfjärds Plåt", "Thu, 17 Jun 2027 10:10:00", body)
    new = new_cust("Lappfjärds Plåt Ab", yt, "FI")
    del new["email"]
    return m, expect_requests("a new customer with a valid FO-nummer and a postal address: nothing asked", PLAIN, [
        request(new, [line(YRK, "UB3", "4", ps="2027-06-07", skip=ND)], [], YRK, buyer="Kim Storbacka")])


@case("w27_fi_ilm_forwarded_maksuilmoitus")
def _w27() -> Any:
    body = ("Asiakas lähetti tämän meille, tiedoksi reskontraan.\n\nJari\n\n-----Alkuperäinen viesti-----\n"
            "Lähettäjä: Agrisää Oy <reskontra@agrisaa.fi>\nAihe: Maksuilmoitus\n\nMAKSUILMOITUS\n"
            "Maksaja: Agrisää Oy\nY-tunnus: " + on("K-4402") + "\nMaksupäivä: 11.6.2027\n\n"
            "Lasku        Viite              Summa\n"
            "370021455    " + fi_ref("3700214551")[:5] + " " + fi_ref("3700214551")[5:] + "      480,00\n"
            "370021502    " + fi_ref("3700215020") + "        25,50\n"
            "370021390    " + fi_ref("3700213907") + "       -60,00  (hyvityslasku)\n"
            "Yhteensä                        445,50 EUR\n")
    m = _fi("ilm_j", "VL: Maksuilmoitus", "Mon, 14 Jun 2027 08:00:00", body)
    return m, expect_advice("a forwarded maksuilmoitus with a credit note deducted, a spaced reference", OTHER,
                            {"name": "Agrisää Oy", "org_no": on("K-4402")}, "2027-06-11", "445.50", "EUR",
                            [("370021455", fi_ref("3700214551"), "480.00"),
                             ("370021502", fi_ref("3700215020"), "25.50"),
                             ("370021390", fi_ref("3700213907"), "-60.00")])


@case("w28_fi_tyo_status_question")
def _w28() -> Any:
    body = ("Hei,\n\nonko Rakennus Hirvonen Oy:n maksuosuuslasku (RekryKoulutus, pyydetty 8.6.) jo lähtenyt? "
            "Asiakas kysyi, koska heidän kirjanpitonsa haluaa sen vielä kesäkuulle.\n" + SIG_TYO.format(n="Satu"))
    m = _fi("tyo_s", "Kysymys: Hirvosen lasku", "Mon, 21 Jun 2027 09:30:00", body)
    return m, expect_unknown("a question about an earlier request's invoice: nothing to invoice", OTHER)
