"""Forty-fifth held-out set (written blind), part A: the Swedish agencies' month-end mail of late November 2027 — the
Christmas market (three traders after the first Advent weekend, an XLSX of December Saturdays with a summary sheet,
twin names in a hurried addition, a new trader without address, a cp1252 CSV of 2028 annual places with a row not to
invoice, a correction that replaces Wednesday's mail quoted below), the simulation centre (a PDF participant list
that is no invoice basis, an HTML-only booking system mail, two customers with an unpriced scenario, a reply giving
an org number and hours, a UTF-8 TSV with a BOM) and the vehicle workshop (an XLSX with an internal sheet not to
invoice, three customers in hurried one-liners, hours still to come, a PDF work order, a credit request)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.mailkit import (
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit45 import (
    ASK,
    CENTRE_SE,
    ND,
    NOV,
    OTHER,
    PERIOD,
    PLAIN,
    PNR_INGRID,
    PNR_SOFIA,
    SE_DATE,
    SIMC,
    TORG,
    URGENT,
    VERK,
    W,
    case,
    cust,
    line,
    on,
    org,
    request,
)

SIG_TORG = ("\n\nHälsningar\n{n}\nTorghandel och evenemang | Kalmar kommun\nBox 611, 391 26 Kalmar\n"
            "Org.nr " + org(TORG) + " | Bankgiro 5539-0414 | Tfn 0480-45 00 00\n")
SIG_SIMC = ("\n\nVänliga hälsningar\n{n}\nSimuleringscentrum, Region Östergötland\nOrg.nr " + org(SIMC)
            + " | Tfn 010-103 00 00\n--\nDetta e-postmeddelande kan innehålla sekretessbelagd information. Har du "
            "fått det av misstag – meddela avsändaren och radera det.\n")
SIG_VERK = ("\n\nMed vänlig hälsning\n{n}\nFordonsverkstaden | Karlstads kommun\nSäterivägen 4, 653 41 Karlstad\n"
            "Org.nr " + org(VERK) + " | Bankgiro 5544-9012\n")
ADVENT = ("2027-11-27", "2027-11-28")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("y01_sv_torg_advent_weekend_three_traders")
def _y01() -> Any:
    body = ("Hej!\n\nFörsta advent-helgen är över, här kommer underlaget för julmarknaden på Stortorget lör–sön "
            "27–28 november 2027. Vi vill ha ut fakturorna före bokslutet, så gärna i veckan.\n\n"
            "1) Karamellkokeriet Kalmarsund AB, org.nr " + on("C-4501") + "\n"
            "   - Marknadsplats 3x6 m (JM20), 2 dagar\n   - El 16A (JM30), 2 dagar\n\n"
            "2) Föreningen Kalmar Julmarknad, kundnr C-4503\n   Er referens: Gunilla Ek\n"
            "   - Marknadstält (JM40), 3 st – lånade till föreningsborden\n\n"
            "3) Sofia Lindahl, personnr " + PNR_SOFIA + "\n   - Marknadsplats 3x3 m (JM10), 2 dagar\n"
            "   - El 16A (JM30), 1 dag (bara söndagen)\n" + SIG_TORG.format(n="Ida Bergkvist"))
    m = _se("torg_i", "Fakturaunderlag julmarknad 1:a advent", "Mon, 29 Nov 2027 07:48:12", body)
    adv = {"ps": ADVENT[0], "pe": ADVENT[1]}
    return m, expect_requests("three customers in numbered blocks (org number, customer number, 10-digit "
                              "personnummer); one weekend stated once for every line; 'bara söndagen' left open",
                              PLAIN, [
        request(cust("C-4501"), [line(TORG, "JM20", "2", skip=ND, **adv), line(TORG, "JM30", "2", skip=ND, **adv)],
                [], TORG),
        request(cust("C-4503"), [line(TORG, "JM40", "3", skip=ND, **adv)], [], TORG, buyer="Gunilla Ek"),
        request(cust("C-4504"), [line(TORG, "JM10", "2", skip=ND, **adv),
                                 line(TORG, "JM30", "1", skip=ND + PERIOD)], [], TORG)])


def _dec_rows() -> list[list[Any]]:
    d = dt.date
    hb, ih = ("C-4502", "Karamellkokeriet Kalmarsund HB"), ("C-4505", "Ingrid Holmér")
    return [[*hb, d(2027, 12, 4), "JM10", "Plats 3x3 m", 1, None], [*hb, d(2027, 12, 4), "JM30", "El 16A", 1, None],
            [*ih, d(2027, 12, 4), "JM10", "Plats 3x3 m", 1, None],
            [*hb, d(2027, 12, 11), "JM10", "Plats 3x3 m", 1, None], [*hb, d(2027, 12, 11), "JM30", "El 16A", 1, None],
            [*ih, d(2027, 12, 11), "JM10", "Plats 3x3 m", 1, "Luciamarknad"],
            [*ih, d(2027, 12, 18), "JM10", "Plats 3x3 m", 1, None],
            [*hb, d(2027, 12, 18), "JM20", "Plats 3x6 m (dubbelplats)", 1, "bytt från 3x3"],
            [*hb, d(2027, 12, 18), "JM30", "El 16A", 1, None]]


@case("y02_sv_torg_xlsx_december_saturdays_summary_sheet")
def _y02() -> Any:
    rows = _dec_rows()
    sheet = [["Julmarknad Stortorget – lördagar i december 2027", None, None, None, None, None, None],
             ["Kundnr", "Kund", "Datum", "Art", "Benämning", "Antal", "Anm."], *rows,
             ["Summa", None, None, None, None, 9, None]]
    summary = [["Kund", "Summa kr"], ["Karamellkokeriet Kalmarsund HB", 2760], ["Ingrid Holmér", 1950],
               ["Totalt", 4710]]
    m = _se("torg", "Julmarknad december – förskottsfakturor", "Mon, 29 Nov 2027 10:15:40",
            "Hej,\n\nbifogar bokningarna för december-lördagarna. Enligt beslut ska de faktureras i förskott nu i "
            "november, så att de hinner betalas före årsskiftet. Fliken Bokningar är underlaget, fliken Summering "
            "är bara för vår egen kontroll.\n" + SIG_TORG.format(n="Torghandeln"),
            attachments=[xlsx("julmarknad_dec_2027.xlsx", [("Bokningar", sheet, ["A1:G1"]),
                                                             ("Summering", summary, [])])])
    by: dict[str, list[dict[str, Any]]] = {"C-4502": [], "C-4505": []}
    for num, _n, day, art, text, qty, _note in rows:
        by[num].append(line(TORG, art, str(qty), desc=text, ps=day.isoformat()))
    return m, expect_requests("XLSX: merged title, rows of two customers (one a private person) interleaved by date, a "
                              "sum row, a summary sheet of amounts that is no invoice basis", PLAIN, [
        request(cust("C-4502"), by["C-4502"], [], TORG), request(cust("C-4505"), by["C-4505"], [], TORG)])


@case("y03_sv_torg_twin_names_hurried_addition")
def _y03() -> Any:
    body = ("Hej igen,\n\nglömde en sak i gårdagens underlag: Karamellkokeriet Kalmarsund hyrde också ett "
            "marknadstält (JM40) under advent-helgen 27–28/11, 1 st. Kan det komma med? Sitter på tåget och har "
            "inte kundregistret framför mig.\n\n/Ida\n\nSkickat från min mobil\n")
    m = _se("torg_i", "BRÅDSKANDE – tält Karamellkokeriet", "Tue, 30 Nov 2027 16:52:03", body, headers=URGENT)
    return m, expect_requests("an addition to yesterday's request; the name matches both Karamellkokeriet "
                              "Kalmarsund AB and HB and no number is given: org_no asked", ASK, [
        request(new_cust("Karamellkokeriet Kalmarsund", None, None),
                [line(TORG, "JM40", "1", ps=ADVENT[0], pe=ADVENT[1], skip=ND)], ["customer.org_no"], TORG)])


@case("y04_sv_torg_new_trader_email_only")
def _y04() -> Any:
    new = "559380-0617"
    body = ("Hej!\n\nNy knalle till julmarknaden: Glöggmakarna på Öland AB, org.nr " + new + ", kontakt "
            "info@gloggmakarna-demo.se. De har bokat plats 3x3 (JM10) lördagarna 4, 11 och 18 december, alltså 3 "
            "dagar, plus el (JM30) samma dagar, 3 dagar. Postadressen har de inte skickat än, jag har påmint dem."
            + SIG_TORG.format(n="Ida Bergkvist"))
    m = _se("torg_i", "Ny kund julmarknad", "Wed, 24 Nov 2027 13:20:55", body)
    return m, expect_requests("a new customer with org number and e-mail only: address asked (three separate Saturdays "
                              "per line: periods not checked)", ASK, [
        request(new_cust("Glöggmakarna på Öland AB", new, "SE", email="info@gloggmakarna-demo.se"),
                [line(TORG, "JM10", "3", skip=ND + PERIOD), line(TORG, "JM30", "3", skip=ND + PERIOD)],
                ["customer.address"], TORG)])


@case("y05_sv_torg_cp1252_csv_annual_places_2028")
def _y05() -> Any:
    y = ("2028-01-01", "2028-12-31")
    csv = ("Kundnr;Namn;Personnr/Org.nr;Art;Antal;Från;Till;Pris;Anmärkning\r\n"
           f"C-4501;Karamellkokeriet Kalmarsund AB;{on('C-4501')};JM50;1;{y[0]};{y[1]};;\r\n"
           f"C-4505;Ingrid Holmér;{PNR_INGRID};JM50;1;{y[0]};{y[1]};;\r\n"
           f"C-4503;Föreningen Kalmar Julmarknad;{on('C-4503')};JM50;2;{y[0]};{y[1]};;Två platser (Larmtorget + "
           "Stortorget)\r\n"
           f"C-4504;Sofia Lindahl;{PNR_SOFIA};JM50;1;{y[0]};2028-06-30;4 800,00;Halvår enl. beslut TN 2027/311\r\n"
           f"C-4502;Karamellkokeriet Kalmarsund HB;{on('C-4502')};JM50;1;{y[0]};{y[1]};;EJ FAKTURA – betalt i "
           "förskott (kvitto 2027-10-02)\r\n")
    m = _se("torg_i", "Årsplatser torghandel 2028", "Thu, 25 Nov 2027 09:02:31",
            "Hej,\n\nårsplatserna för torghandeln 2028 ska faktureras nu före årsskiftet. Lista bifogad "
            "(semikolonseparerad, sparad ur Excel). OBS att raden med EJ FAKTURA inte ska med.\n"
            + SIG_TORG.format(n="Ida Bergkvist"),
            attachments=[text_att("arsplatser_2028.csv", csv, encoding="cp1252")])
    full = {"ps": y[0], "pe": y[1]}
    return m, expect_requests("Windows-1252 semicolon CSV, one row per customer (private persons by 10-digit "
                              "personnummer), a decimal-comma price over the register's, a row marked not to invoice",
                              PLAIN, [
        request(cust("C-4501"), [line(TORG, "JM50", "1", skip=ND, **full)], [], TORG),
        request(cust("C-4505"), [line(TORG, "JM50", "1", skip=ND, **full)], [], TORG),
        request(cust("C-4503"), [line(TORG, "JM50", "2", skip=ND, **full)], [], TORG),
        request(cust("C-4504"), [line(TORG, "JM50", "1", "4800.00", ps=y[0], pe="2028-06-30", skip=ND)], [], TORG)])


@case("y06_sv_torg_correction_replaces_quoted_mail")
def _y06() -> Any:
    body = ("Hej,\n\njag skrev fel i onsdags – föreningen hade inte 2 tält utan 4, och elen gällde 3 dagar, inte 2. "
            "Här är rätt underlag, släng det gamla om det inte redan gått iväg:\n\n"
            "Kund: Föreningen Kalmar Julmarknad (kundnr C-4503)\nEr referens: Gunilla Ek\nBeställning: FKJ-2027-14\n\n"
            "Marknadstält (JM40)   4 st      Luciahelgen 11–12 december 2027\n"
            "El 16A (JM30)         3 dagar   10–12 december 2027\n" + SIG_TORG.format(n="Ida Bergkvist")
            + "\nFrån: Ida Bergkvist <ida.bergkvist@kalmar-demo.se>\nSkickat: den 24 november 2027 14:05\n"
            "Till: Kundfaktura <kundfaktura@servicecentret.se>\nÄmne: Fakturaunderlag Föreningen Kalmar Julmarknad\n\n"
            "Hej,\n\nKund: Föreningen Kalmar Julmarknad (kundnr C-4503)\nEr referens: Gunilla Ek\n\n"
            "Marknadstält (JM40)   2 st      Luciahelgen 11–12 december 2027\n"
            "El 16A (JM30)         2 dagar   11–12 december 2027\n")
    m = _se("torg_i", "RÄTTELSE: Fakturaunderlag Föreningen Kalmar Julmarknad (ersätter onsdagens)",
            "Fri, 26 Nov 2027 08:40:19", body)
    return m, expect_requests("a correction above the quoted wrong request: the corrected lines once, nothing from the "
                              "quote", PLAIN, [
        request(cust("C-4503"), [line(TORG, "JM40", "4", ps="2027-12-11", pe="2027-12-12", skip=ND),
                                 line(TORG, "JM30", "3", ps="2027-12-10", pe="2027-12-12", skip=ND)], [], TORG,
                buyer="Gunilla Ek", order="FKJ-2027-14")])


@case("y07_sv_simc_pdf_participant_list_not_lines")
def _y07() -> Any:
    names = [("Anna Berg", "Station Värnamo"), ("Erik Sund", "Station Värnamo"), ("Lina Ohlsson", "Station Eksjö"),
             ("Mats Kron", "Station Eksjö"), ("Sara Nilsson", "Station Jönköping"), ("Omar Haddad", "Station "
             "Jönköping"), ("Pia Lund", "Station Gislaved"), ("Jonas Ahl", "Station Tranås")]
    trs = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{s}</td><td>3/3</td></tr>" for i, (n, s) in enumerate(names, 1))
    html = ("<h1>Deltagarlista – HLR-instruktörsutbildning 15–17 november 2027</h1><p>Simuleringscentrum, "
            "Region Östergötland</p><table><thead><tr><th>Nr</th><th>Namn</th><th>Arbetsplats</th><th>Närvaro</th>"
            "</tr></thead><tbody>" + trs + "</tbody></table><p>Antal deltagare: 8. Samtliga godkända.</p>")
    body = ("Hej!\n\nFakturera Ambulanssjukvården i Småland AB (org.nr " + on("C-4506") + ") för HLR-instruktörs"
            "utbildningen 15–17 november 2027: 8 deltagare à 4 200 kr (SC20). Deltagarlistan bifogas som underlag "
            "till kunden – den ska inte faktureras per rad.\n\nEr referens: Petra Sand\nBeställningsnummer: AMB-4471"
            + SIG_SIMC.format(n="Johan Wretling"))
    m = _se("simc_j", "Fakturering HLR-instruktörer nov", "Mon, 22 Nov 2027 11:05:44", body,
            attachments=[pdf("deltagarlista_hlr_2027-11.pdf", html)])
    return m, expect_requests("the body holds the line; the attached PDF is a participant list (names, stations), "
                              "no lines of its own", PLAIN, [
        request(cust("C-4506"), [line(SIMC, "SC20", "8", "4200", ps="2027-11-15", pe="2027-11-17", skip=ND)], [],
                SIMC, buyer="Petra Sand", order="AMB-4471")])


@case("y08_sv_simc_html_only_booking_system")
def _y08() -> Any:
    html = ("<html><body style='font-family:Arial'><h2>Bokning genomförd – underlag för fakturering</h2>"
            "<p>Bokning SIM-27-0912 har markerats som genomförd och ska faktureras.</p><table>"
            "<tr><td><b>Kund</b></td><td>Linköpings kommun</td></tr><tr><td><b>Org.nr</b></td><td>" + on("C-4508")
            + "</td></tr><tr><td><b>Er referens</b></td><td>Räddningstjänsten, Karin Sjö</td></tr>"
            "<tr><td><b>Ert ordernr</b></td><td>LK-INK-558120</td></tr></table><br><table border='1'>"
            "<tr><th>Art.nr</th><th>Benämning</th><th>Datum</th><th>Antal</th><th>Enhet</th><th>À-pris</th></tr>"
            "<tr><td>SC10</td><td>Simuleringsövning halvdag, rökdykning/sjukvård</td><td>2027-11-19</td><td>1</td>"
            "<td>tillfälle</td><td>14 500,00</td></tr><tr><td>SC40</td><td>Markörer, 3 personer x 2 tim</td>"
            "<td>2027-11-19</td><td>6</td><td>tim</td><td>520,00</td></tr></table>"
            "<p style='font-size:8pt;color:#777'>Automatiskt meddelande från SimBoka – svara inte. Region "
            "Östergötland, org.nr " + org(SIMC) + ".</p></body></html>")
    m = _se("simc", "SimBoka: SIM-27-0912 klar för fakturering", "Tue, 23 Nov 2027 06:30:00", None, html=html)
    return m, expect_requests("HTML-only booking-system mail: key-value table, item table with prices, the "
                              "system's own booking number is no order reference", PLAIN, [
        request(cust("C-4508"), [line(SIMC, "SC10", "1", "14500.00", desc="Simuleringsövning halvdag, rökdykning/"
                                      "sjukvård", ps="2027-11-19"),
                                 line(SIMC, "SC40", "6", "520.00", desc="Markörer, 3 personer x 2 tim",
                                      ps="2027-11-19")], [], SIMC,
                buyer="Räddningstjänsten, Karin Sjö", order="LK-INK-558120")])


@case("y09_sv_simc_two_customers_scenario_unpriced")
def _y09() -> Any:
    body = ("Hej,\n\ntvå saker innan månadsskiftet:\n\nAkutläkarbolaget Östgöta AB – de hyrde simuleringssalen (SC30) "
            "torsdag 18/11, 4 timmar.\n\nAmbulanssjukvården i Småland AB – vi har tagit fram ett specialscenario "
            "(SC90) åt dem, tågolycka med många skadade, 1 st. Priset står i offerten som Lena skickade i september "
            "och jag hittar den inte. Lena är tillbaka på måndag.\n\nJohan")
    m = _se("simc_j", "Två fakturor till", "Wed, 24 Nov 2027 17:45:10", body)
    return m, expect_requests("two customers by exact name in prose; the unpriced article without a written price is "
                              "asked for the second only", ASK, [
        request(cust("C-4507"), [line(SIMC, "SC30", "4", ps="2027-11-18", skip=ND)], [], SIMC),
        request(cust("C-4506"), [line(SIMC, "SC90", "1", None, skip=ND + PERIOD)], ["lines[0].unit_price"], SIMC)])


@case("y10_sv_simc_reply_org_number_and_hours")
def _y10() -> Any:
    token = "REQ-7KQ2M"
    body = ("Hej,\n\n1. Org.nr är " + on("C-4507") + " (Akutläkarbolaget Östgöta AB).\n"
            "2. Det blev 9 timmar markörtid till slut.\n\nJohan\n\n"
            "Från: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 24 november 2027 09:12\n"
            "Till: Johan Wretling <johan.wretling@regionostergotland-demo.se>\n"
            "Ämne: [" + token + "] Uppgifter saknas för fakturering\n\nHej! För att kunna fakturera behöver vi:\n"
            "1. Kundens organisationsnummer (customer.org_no)\n2. Antal för rad 1 \"Markörtid\" (lines[0].quantity)\n\n"
            "Er begäran: \"Akutläkarna, markörtid ca 10 timmar (SC40), 12/11\"\n")
    m = _se("simc_j", "SV: [" + token + "] Uppgifter saknas för fakturering", "Thu, 25 Nov 2027 10:01:27", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>",
                     "References": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("a numbered reply answering both questions; the quoted 'ca 10 timmar' is not taken", OTHER,
                           token, {"customer": {"org_no": on("C-4507")}, "lines": [{"quantity": "9"}]})


@case("y11_sv_simc_utf8_bom_tsv_room_hours")
def _y11() -> Any:
    ak, lk = ("Akutläkarbolaget Östgöta AB", on("C-4507")), ("Linköpings kommun", on("C-4508"))
    rows = [("2027-11-02", ak, "Teamträning akutrum", "3"), ("2027-11-03", ak, "Teamträning akutrum", "3"),
            ("2027-11-05", lk, "Räddningstjänsten, trafikolycka", "2,5"), ("2027-11-09", ak, "ST-läkare, luftväg", "2"),
            ("2027-11-10", ak, "ST-läkare, luftväg", "2"), ("2027-11-12", lk, "Räddningstjänsten, brand", "4"),
            ("2027-11-16", ak, "Teamträning akutrum", "3"), ("2027-11-17", ak, "Sepsisövning", "1,5"),
            ("2027-11-23", ak, "Teamträning akutrum", "3"), ("2027-11-24", lk, "Hemtjänst, fallolycka", "2"),
            ("2027-11-25", ak, "ST-läkare, luftväg", "2"), ("2027-11-26", ak, "Teamträning akutrum", "2,5")]
    tsv = "Datum\tKund\tOrg.nr\tArt\tAktivitet\tTimmar\r\n" + "".join(
        f"{d}\t{c[0]}\t{c[1]}\tSC30\t{a}\t{h}\r\n" for d, c, a, h in rows) + "\t\t\t\tSumma\t30,5\r\n"
    m = _se("simc", "Salshyra november", "Fri, 26 Nov 2027 15:10:00",
            "Hej!\n\nsalshyran för november, exporterad ur SimBoka som tabbavgränsad text. Allt till ordinarie "
            "timpris. Det här är sista novemberunderlaget från oss i år.\n" + SIG_SIMC.format(n="Ekonomi, SimC"),
            attachments=[text_att("salshyra_2027-11.txt", tsv, bom=True, subtype="tab-separated-values")])
    by: dict[str, list[dict[str, Any]]] = {ak[0]: [], lk[0]: []}
    for d, c, a, h in rows:
        by[c[0]].append(line(SIMC, "SC30", h.replace(",", "."), desc=a, ps=d))
    return m, expect_requests("UTF-8 TSV with a byte-order mark, twelve rows of two customers interleaved, decimal-"
                              "comma hours, a sum row", PLAIN, [
        request(cust("C-4507"), by[ak[0]], [], SIMC), request(cust("C-4508"), by[lk[0]], [], SIMC)])


@case("y12_sv_verk_xlsx_tyre_changes_internal_sheet")
def _y12() -> Any:
    cars = [(dt.date(2027, 11, 8), "HMR 101"), (dt.date(2027, 11, 8), "HMR 114"), (dt.date(2027, 11, 10), "KTX 552"),
            (dt.date(2027, 11, 12), "HMR 120"), (dt.date(2027, 11, 15), "FLP 330"), (dt.date(2027, 11, 17), "HMR 131"),
            (dt.date(2027, 11, 19), "BZD 908")]
    data: list[list[Any]] = []
    for day, reg in cars:
        data += [[day, reg, "FV20", "Däckskifte", 1], [day, reg, "FV30", "Däckhotell sommardäck 2027/28", 1]]
    sheet = [["Hammarö kommun – däckskifte och däckhotell v. 45–46 (kundnr C-4511)", None, None, None, None],
             ["Datum", "Regnr", "Art", "Benämning", "Antal"], *data, ["Summa", None, None, None, 14]]
    own = [["Datum", "Regnr", "Art", "Benämning", "Antal"], [dt.date(2027, 11, 9), "KSD 210", "FV20", "Däckskifte", 1],
           [dt.date(2027, 11, 9), "KSD 211", "FV20", "Däckskifte", 1]]
    m = _se("verk_m", "Däckskiften Hammarö v 45-46", "Mon, 22 Nov 2027 08:12:09",
            "Hej,\n\nhär är Hammarös däckskiften. Fliken Interna är våra egna bilar (gatuförvaltningen) och ska inte "
            "faktureras.\n" + SIG_VERK.format(n="Maria Nordh"),
            attachments=[xlsx("dackskiften_v45-46.xlsx", [("Hammarö", sheet, ["A1:E1"]),
                                                            ("Interna – faktureras ej", own, [])])])
    lines = [line(VERK, art, "1", desc=text, ps=day.isoformat()) for day, _reg, art, text, _q in data]
    return m, expect_requests("XLSX: a merged title with the customer number, fourteen dated rows, a sum row, and a "
                              "second sheet the mail says is not to be invoiced", PLAIN, [
        request(cust("C-4511"), lines, [], VERK)])


@case("y13_sv_verk_hurried_one_liners_three_customers")
def _y13() -> Any:
    body = ("Hej\nsista för i år från verkstan, allt utfört i november:\n\n"
            "Karlstads Energi AB " + on("C-4509") + " – 6,5 verkstadstim (FV10) + reservdelar totalt 2 340 kr (FV50)\n"
            "Karlstadsbuss AB kundnr C-4510 – tvätt tungt fordon FV60 x 4\n"
            "Hammarö kommun – besiktningsförberedelse FV40 2 st\n\nmvh Tobbe\nFordonsverkstaden\n")
    m = _se("verk_t", "fakt innan bokslut!!", "Tue, 30 Nov 2027 07:02:45", body, headers=URGENT)
    n = {"ps": NOV[0], "pe": NOV[1]}
    return m, expect_requests("three customers in hurried one-liners; 'totalt 2 340 kr' is a lump sum (quantity 1); "
                              "'allt utfört i november' stated once for the whole mail is every line's period (the "
                              "contract speaks of one request; a clerk reads it for all three)", PLAIN, [
        request(cust("C-4509"), [line(VERK, "FV10", "6.5", skip=ND, **n),
                                 line(VERK, "FV50", "1", "2340", skip=ND, **n)], [], VERK),
        request(cust("C-4510"), [line(VERK, "FV60", "4", skip=ND, **n)], [], VERK),
        request(cust("C-4511"), [line(VERK, "FV40", "2", skip=ND, **n)], [], VERK)])


@case("y14_sv_verk_hours_to_come_parts_unpriced")
def _y14() -> Any:
    body = ("Hej,\n\nKlarälvdalens Räddningstjänstförbund, org.nr " + on("C-4512") + ", har haft in släckbil 2110 "
            "för service 15–19 november 2027:\n\n"
            "- Verkstadstimmar (FV10): antal kommer från Tobbe, han har inte stämplat ut arbetsordern än\n"
            "- Reservdelar (FV50): pumptätningar, 2 st – priset får jag från leverantörsfakturan som inte kommit\n"
            "- Tvätt tungt fordon (FV60): 1 st\n\nVill ändå att ni lägger upp det så att det kommer med i november."
            + SIG_VERK.format(n="Maria Nordh"))
    m = _se("verk_m", "Släckbil 2110 service", "Wed, 24 Nov 2027 14:31:50", body)
    p = {"ps": "2027-11-15", "pe": "2027-11-19"}
    return m, expect_requests("hours still to come (quantity asked) and parts without a price (price asked) in one "
                              "request; the service period stated once", ASK, [
        request(cust("C-4512"), [line(VERK, "FV10", None, skip=ND, **p), line(VERK, "FV50", "2", None, skip=ND, **p),
                                 line(VERK, "FV60", "1", skip=ND, **p)],
                ["lines[0].quantity", "lines[1].unit_price"], VERK)])


@case("y15_sv_verk_pdf_work_order_form")
def _y15() -> Any:
    kv = [("Kund", "Karlstads Energi AB"), ("Org.nr", on("C-4509")), ("Er referens", "Leif Dahl"),
          ("Ert beställningsnr", "KEAB-PO-77120"), ("Vår arbetsorder", "AO-27-1184"), ("Fordon", "Servicebil XKL 404"),
          ("Utfört", "2027-11-23")]
    rows = [("FV10", "Felsökning och byte av bromsbelägg", "3,5", "780,00"),
            ("FV50", "Bromsbelägg fram, original", "1", "1 875,00"), ("FV60", "Tvätt", "1", "")]
    html = ("<h1>ARBETSORDER AO-27-1184</h1><table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv)
            + "</table><br><table><thead><tr><th>Art</th><th>Benämning</th><th>Antal</th><th>À-pris</th></tr></thead>"
            "<tbody>" + "".join(f"<tr><td>{a}</td><td>{t}</td><td class='num'>{q}</td><td class='num'>{p}</td></tr>"
                                for a, t, q, p in rows)
            + "<tr><td></td><td><b>Summa exkl. moms</b></td><td></td><td class='num'>5 495,00</td></tr></tbody>"
            "</table><p>Fordonsverkstaden, Karlstads kommun – org.nr " + org(VERK) + "</p>")
    m = _se("verk", "Arbetsorder AO-27-1184 Karlstads Energi", "Thu, 25 Nov 2027 16:05:12",
            "Hej, arbetsordern bifogas. Kan ni fakturera den före månadsskiftet?\n" + SIG_VERK.format(n="Verkstaden"),
            attachments=[pdf("AO-27-1184.pdf", html)])
    d = "2027-11-23"
    return m, expect_requests("PDF work order: label/value form, the workshop's own work-order number is no order "
                              "reference, an empty price cell takes the register's, a sum row", PLAIN, [
        request(cust("C-4509"), [line(VERK, "FV10", "3.5", "780.00", desc=rows[0][1], ps=d),
                                 line(VERK, "FV50", "1", "1875.00", desc=rows[1][1], ps=d),
                                 line(VERK, "FV60", "1", desc="Tvätt", ps=d)], [], VERK,
                buyer="Leif Dahl", order="KEAB-PO-77120")])


@case("y16_sv_verk_credit_double_invoice")
def _y16() -> Any:
    body = ("Hej,\n\nfaktura 8812044 till Karlstadsbuss AB (tvätt av 4 bussar i oktober) har gått iväg två gånger – "
            "den finns även som 8812051. Kan ni kreditera 8812051 i sin helhet? Kunden har hört av sig och vill ha "
            "kreditfakturan före månadsskiftet." + SIG_VERK.format(n="Maria Nordh"))
    m = _se("verk_m", "Dubbelfakturerat – kreditera 8812051", "Fri, 26 Nov 2027 09:55:00", body)
    return m, expect_unknown("a credit of a doubly issued invoice: no requests", OTHER)
