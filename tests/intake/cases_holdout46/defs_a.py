"""Forty-sixth held-out set (written blind), part A: the Swedish municipalities' mail of early March 2028 — the
vehicle pool (a match trip in prose with hours, kilometres and a weekend supplement; an XLSX driving log with a
merged title, amounts and a sum row; an HTML-only minimum call-out; a new customer with only an e-mail; a special
vehicle priced "runt 8 tkr"; an Outlook-forwarded betalningsavisering), the nature school (a cp1252 semicolon CSV
of a school camp with a row that is not to be invoiced; a school day in prose with a "kundens referens"; a scout
camp of "runt 30" scouts; a PDF order confirmation with a fixed price; an auto-reply without Auto-Submitted) and
the ferry operator's first two charters (a wedding party by personnummer, the Dyrön twins by name only)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import se_ocr, se_org
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

from .kit46 import (
    ASK,
    FARJ,
    FORD,
    NATS,
    ND,
    OTHER,
    PLAIN,
    PNR_ELSA,
    SE_DATE,
    SIG_FARJ,
    SIG_FORD,
    SIG_NATS,
    W,
    case,
    cust,
    line,
    request,
)


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("z01_sv_ford_prose_away_match_hours_km_saturday")
def _z01() -> Any:
    body = ("Hej!\n\nBrunflo Idrottsallians, org.nr " + cust("460101")["org_no"] + ", hyrde minibuss med chaufför "
            "till bortamatchen i Sundsvall lördagen den 26 februari. Chauffören var i tjänst 9,5 timmar (art. 3110) "
            "och körde 412 km (3120). Eftersom det var en lördag tillkommer OB-tillägg för samtliga 9,5 timmar "
            "(3130).\n\nEr referens: Jonas Berglund" + SIG_FORD.format(n="Kerstin Öberg"))
    m = _se("ford_k", "Minibuss Brunflo IA 26/2", "Mon, 06 Mar 2028 08:41:10", body)
    return m, expect_requests("prose: hours with a decimal comma, kilometres and a weekend supplement for the same "
                              "hours; a day and month without a year", PLAIN, [
        request(cust("460101"), [line(FORD, "3110", "9.5", ps="2028-02-26", skip=ND),
                                 line(FORD, "3120", "412", ps="2028-02-26", skip=ND),
                                 line(FORD, "3130", "9.5", ps="2028-02-26", skip=ND)], [], FORD,
                buyer="Jonas Berglund")])


@case("z02_sv_ford_xlsx_driving_log_amounts_sum_row")
def _z02() -> Any:
    d = dt.date
    rows: list[list[Any]] = [
        ["Fordonsenheten – körningar februari 2028", None, None, None, None, None, None],
        ["Kund: Bergs kommun (kundnr 460102)", None, None, None, None, None, None],
        ["Datum", "Uppdrag", "Art", "Antal", "Enhet", "À-pris", "Belopp"],
        [d(2028, 2, 3), "Skolskjuts Rätan, ersättningstur", "3110", 4, "tim", 620, 2480],
        [d(2028, 2, 3), "Skolskjuts Rätan, ersättningstur", "3120", 138, "km", 18.5, 2553],
        [d(2028, 2, 14), "Reservkörning färdtjänst", "3110", 2.5, "tim", 620, 1550],
        [d(2028, 2, 14), "Reservkörning färdtjänst", "3120", 76, "km", 18.5, 1406],
        [d(2028, 2, 22), "Kvällskörning fritidsgården", "3110", 3, "tim", 620, 1860],
        [d(2028, 2, 22), "Kvällskörning fritidsgården", "3130", 3, "tim", 210, 630],
        [None, "Summa exkl. moms", None, None, None, None, 10479],
    ]
    contact = [["Frågor om underlaget"], ["Kerstin Öberg, fordonsenheten, 063-14 30 12"]]
    m = _se("ford", "Körningar februari – Bergs kommun", "Mon, 06 Mar 2028 13:02:55",
            "Hej,\n\nhär kommer februaris körningar åt Bergs kommun, se fliken Underlag.\n\nBeställningsnr: "
            "BK-2028-0114\nEr referens: Anneli Strand\n" + SIG_FORD.format(n="Fordonsenheten"),
            attachments=[xlsx("Korjournal_Berg_feb2028.xlsx", [("Underlag", rows, ["A1:G1", "A2:G2"]),
                                                                ("Kontakt", contact, [])])])
    art = [("3110", "620"), ("3120", "18.50")]
    return m, expect_requests("XLSX driving log: merged title rows, a customer number in a title cell, price and "
                              "amount columns, a sum row, a second sheet without lines", PLAIN, [
        request(cust("460102"), [
            line(FORD, "3110", "4", art[0][1], desc="Skolskjuts Rätan, ersättningstur", ps="2028-02-03"),
            line(FORD, "3120", "138", art[1][1], desc="Skolskjuts Rätan, ersättningstur", ps="2028-02-03"),
            line(FORD, "3110", "2.5", art[0][1], desc="Reservkörning färdtjänst", ps="2028-02-14"),
            line(FORD, "3120", "76", art[1][1], desc="Reservkörning färdtjänst", ps="2028-02-14"),
            line(FORD, "3110", "3", art[0][1], desc="Kvällskörning fritidsgården", ps="2028-02-22"),
            line(FORD, "3130", "3", "210", desc="Kvällskörning fritidsgården", ps="2028-02-22")], [], FORD,
            buyer="Anneli Strand", order="BK-2028-0114")])


@case("z03_sv_ford_html_minimum_callout_weekend")
def _z03() -> Any:
    html = ("<html><body><p>Hej!</p><p>Akut utryckning lördag 19/2 åt Teater Brunkullan AB (org.nr "
            + cust("460103")["org_no"] + "): minibussen hämtade ensemblen vid flygplatsen efter ett inställt flyg. "
            "Körningen tog bara 40 minuter, så vi tar ut minimidebiteringen, som motsvarar 2 timmar, och OB för "
            "de två timmarna.</p><table border='1' cellpadding='4'><tr><th>Art</th><th>Benämning</th><th>Antal</th>"
            "<th>Datum</th></tr><tr><td>3140</td><td>Minimidebitering utryckning</td><td>1</td><td>19/2</td></tr>"
            "<tr><td>3130</td><td>OB-tillägg helg</td><td>2</td><td>19/2</td></tr><tr><td>3120</td>"
            "<td>Körsträcka flygplatsen t/r</td><td>24</td><td>19/2</td></tr></table>"
            "<p>Med vänliga hälsningar<br>Kerstin Öberg<br>Fordonsenheten | Östersunds kommun<br>Tel 063-14 30 00"
            "</p></body></html>")
    m = _se("ford_k", "Utryckning 19/2 Teater Brunkullan", "Tue, 07 Mar 2028 09:15:31", None, html=html)
    return m, expect_requests("HTML-only table; a minimum charge as one line plus its supplement hours; '40 "
                              "minuter' is no quantity; day/month dates", PLAIN, [
        request(cust("460103"), [line(FORD, "3140", "1", desc="Minimidebitering utryckning", ps="2028-02-19"),
                                 line(FORD, "3130", "2", desc="OB-tillägg helg", ps="2028-02-19"),
                                 line(FORD, "3120", "24", desc="Körsträcka flygplatsen t/r", ps="2028-02-19")],
                [], FORD)])


@case("z04_sv_ford_new_customer_email_only")
def _z04() -> Any:
    org_new = se_org("559361428")
    body = ("Hej,\n\nny kund hos oss: Jämtfjäll Event AB, org.nr " + org_new + ", e-post bokning@jamtfjall-demo.se. "
            "De hyrde en personbil utan förare 6–8 mars, alltså 3 dygn (3150), och körde 286 km (3120). "
            "Kan ni skicka fakturan direkt?" + SIG_FORD.format(n="Kerstin Öberg"))
    m = _se("ford_k", "Ny kund – Jämtfjäll Event", "Thu, 09 Mar 2028 10:48:02", body)
    return m, expect_requests("a new customer with org number and e-mail only: address asked", ASK, [
        request(new_cust("Jämtfjäll Event AB", org_new, "SE", email="bokning@jamtfjall-demo.se"),
                [line(FORD, "3150", "3", ps="2028-03-06", pe="2028-03-08", skip=ND),
                 line(FORD, "3120", "286", ps="2028-03-06", pe="2028-03-08", skip=ND)], ["customer.address"],
                FORD)])


@case("z05_sv_ford_special_vehicle_runt_tkr")
def _z05() -> Any:
    body = ("Hej!\n\nÖstersunds Skidklubb, kundnr 460104, hyr vårt specialfordon (3190), lastbilen med kylskåp, "
            "1 st under skidskyttetävlingarna 11–12 mars. Priset blir runt 8 tkr enligt Pelle, han återkommer med "
            "exakt summa. Dessutom minibuss med förare för funktionärerna söndag 12 mars, 6 timmar (3110).\n\n"
            "De vill ha fakturan före tävlingen." + SIG_FORD.format(n="Kerstin Öberg"))
    m = _se("ford_k", "Skidklubben specialfordon", "Wed, 08 Mar 2028 14:20:47", body)
    return m, expect_requests("an unpriced article with 'runt 8 tkr' (approximate and thousands shorthand): price "
                              "asked; a second line priced by the register", ASK, [
        request(cust("460104"), [line(FORD, "3190", "1", None, ps="2028-03-11", pe="2028-03-12", skip=ND),
                                 line(FORD, "3110", "6", ps="2028-03-12", skip=ND)],
                ["lines[0].unit_price"], FORD)])


@case("z06_sv_ford_outlook_forward_betalningsavisering")
def _z06() -> Any:
    o1, o2 = se_ocr("46100231"), se_ocr("46100245")
    body = ("Hej reskontran,\nvidarebefordrar Bergs kommuns betalningsavisering, den gäller januarifakturorna.\n"
            "/Kerstin\n\nFrån: Bergs kommun Ekonomi <ekonomi@berg-demo.se>\nSkickat: den 7 mars 2028 10:15\n"
            "Till: Kerstin Öberg <kerstin.oberg@ostersund-demo.se>\nÄmne: Betalningsavisering 2028-03-07\n\n"
            "BETALNINGSAVISERING\nBetalare: Bergs kommun\nOrg.nr: " + cust("460102")["org_no"] + "\n"
            "Betalningsdatum: 7 mars 2028\n\n"
            "Fakturanr        OCR-referens        Belopp kr\n"
            "46100231         " + o1[:5] + " " + o1[5:] + "         12 880,00\n"
            "46100245         " + o2[:5] + " " + o2[5:] + "          3 410,50\n"
            "Kreditfaktura 46100260                 -1 240,00\n\n"
            "Totalt utbetalt: 15 050,50 kr\n\nEkonomienheten, Bergs kommun\n" + SIG_FORD.format(n="Kerstin Öberg"))
    m = _se("ford_k", "VB: Betalningsavisering 2028-03-07", "Wed, 08 Mar 2028 08:03:29", body)
    return m, expect_advice("Outlook-forwarded betalningsavisering: OCR with a space, a deducted credit invoice, a "
                            "date in words", OTHER, {"name": "Bergs kommun", "org_no": cust("460102")["org_no"]},
                            "2028-03-07", "15050.50", "SEK", [("46100231", o1, "12880.00"),
                                                              ("46100245", o2, "3410.50"),
                                                              ("46100260", None, "-1240.00")])


@case("z07_sv_nats_cp1252_csv_camp_row_not_invoiced")
def _z07() -> Any:
    c = "Friskolan Lönnbacken AB;460106;2028-02-22;2028-02-24"
    csv = ("Kund;Kundnr;Från;Till;Art;Benämning;Antal;Anmärkning\r\n"
           f"{c};NS12;Övernattning, 26 elever x 2 nätter;52;\r\n"
           f"{c};NS13;Helpension, 26 elever x 2 dygn;52;\r\n"
           "Friskolan Lönnbacken AB;460106;2028-02-24;2028-02-24;NS11;Naturskoledag avresedagen;26;\r\n"
           f"{c};NS12;Övernattning medföljande lärare, 3 x 2 nätter;6;Ingår i paketet – debiteras ej\r\n"
           f"{c};NS15;Buss Lönnbacken–Ljungdala t/r;128;\r\n")
    m = _se("nats_i", "Lägerskola Lönnbacken v. 8", "Mon, 06 Mar 2028 15:30:12",
            "Hej!\n\nFakturaunderlag för Lönnbackens lägerskola bifogas (csv). Lärarnas övernattningar ingår i "
            "paketet och ska inte faktureras.\n\nEr referens: Lena Holm, klass 5B" + SIG_NATS.format(n="Ingela Rask"),
            attachments=[text_att("lagerskola_lonnbacken.csv", csv, encoding="cp1252")])
    per = {"ps": "2028-02-22", "pe": "2028-02-24"}
    return m, expect_requests("cp1252 semicolon CSV with written participant x night products; a row marked "
                              "'debiteras ej' is no line", PLAIN, [
        request(cust("460106"), [line(NATS, "NS12", "52", desc="Övernattning, 26 elever x 2 nätter", **per),
                                 line(NATS, "NS13", "52", desc="Helpension, 26 elever x 2 dygn", **per),
                                 line(NATS, "NS11", "26", desc="Naturskoledag avresedagen", ps="2028-02-24"),
                                 line(NATS, "NS15", "128", desc="Buss Lönnbacken–Ljungdala t/r", **per)], [], NATS,
                buyer="Lena Holm, klass 5B")])


@case("z08_sv_nats_prose_school_day_kundens_referens")
def _z08() -> Any:
    body = ("Hej,\n\nKillebergs skola åk 4 var här torsdag 2 mars: naturskoledag för 24 elever (NS11). De stannade "
            "kvar efter lunch, så pedagogen fick arbeta 1,5 timme extra (NS14). Bussen körde Killeberg–Ljungdala "
            "tur och retur, 2 x 38 km = 76 km (NS15).\n\nFakturan ska till Osby kommun.\nKundens referens: Maria "
            "Sund" + SIG_NATS.format(n="Ingela"))
    m = _se("nats_i", "Naturskoledag Killeberg 2/3", "Tue, 07 Mar 2028 11:05:40", body)
    return m, expect_requests("prose with pupils, extra teacher hours and a written km product; the school is not "
                              "the customer, the municipality is (by exact name); 'Kundens referens' is the buyer "
                              "reference (the contract lists 'Er referens'; a clerk reads both alike)", PLAIN, [
        request(cust("460105"), [line(NATS, "NS11", "24", ps="2028-03-02", skip=ND),
                                 line(NATS, "NS14", "1.5", ps="2028-03-02", skip=ND),
                                 line(NATS, "NS15", "76", ps="2028-03-02", skip=ND)], [], NATS,
                buyer="Maria Sund")])


@case("z09_sv_nats_scout_camp_runt_30")
def _z09() -> Any:
    body = ("Hej!\n\nHässleholms Scoutkår (kundnr 460107) har bokat lägerskolan helgen 17–19 mars för sitt "
            "vårläger. De vet inte exakt hur många som kommer – runt 30 scouter – men de vill ha fakturan nu så att "
            "de hinner ta betalt av föräldrarna. Det gäller övernattning två nätter per scout (NS12) och "
            "helpension (NS13).\n\nJag hör av mig när anmälan har stängt." + SIG_NATS.format(n="Ingela Rask"))
    m = _se("nats_i", "Scoutkårens vårläger", "Wed, 08 Mar 2028 09:12:03", body)
    return m, expect_requests("person-nights and full-board days of 'runt 30' scouts: both quantities asked; 'två "
                              "nätter per scout' is not the line's quantity", ASK, [
        request(cust("460107"), [line(NATS, "NS12", None, ps="2028-03-17", pe="2028-03-19", skip=ND),
                                 line(NATS, "NS13", None, ps="2028-03-17", pe="2028-03-19", skip=ND)],
                ["lines[0].quantity", "lines[1].quantity"], NATS)])


@case("z10_sv_nats_pdf_order_confirmation_fixed_price")
def _z10() -> Any:
    html = ("<h1>Orderbekräftelse – temadag</h1><table><tr><th>Kund</th><td>Friskolan Lönnbacken AB</td></tr>"
            "<tr><th>Org.nr</th><td>" + cust("460106")["org_no"] + "</td></tr><tr><th>Er beställning</th>"
            "<td>EB-2028-17</td></tr><tr><th>Er referens</th><td>Peter Ahl</td></tr></table><br>"
            "<table><thead><tr><th>Datum</th><th>Art</th><th>Benämning</th><th>Antal</th><th>À-pris</th></tr>"
            "</thead><tbody><tr><td>2028-03-07</td><td>NS19</td><td>Temadag Spår i snön, fast pris</td>"
            "<td class='num'>1</td><td class='num'>4 800,00</td></tr><tr><td>2028-03-07</td><td>NS15</td>"
            "<td>Buss t/r</td><td class='num'>54 km</td><td class='num'>32,00</td></tr>"
            "<tr><td></td><td></td><td><b>Summa exkl. moms</b></td><td></td><td class='num'>6 528,00</td></tr>"
            "</tbody></table><p>Naturskolan Ljungdala, Hässleholms kommun · tfn 0451-26 70 00</p>")
    m = _se("nats", "Temadag Lönnbacken 7/3", "Thu, 09 Mar 2028 13:44:18",
            "Hej, fakturera enligt bifogad orderbekräftelse – temadagen genomfördes i tisdags som planerat.\n"
            + SIG_NATS.format(n="Naturskolan Ljungdala"),
            attachments=[pdf("orderbekraftelse_EB-2028-17.pdf", html)])
    return m, expect_requests("PDF order confirmation: header fields, an unpriced article given a fixed price, a "
                              "quantity with its unit in the cell, a sum row", PLAIN, [
        request(cust("460106"), [line(NATS, "NS19", "1", "4800.00", desc="Temadag Spår i snön, fast pris",
                                      ps="2028-03-07"),
                                 line(NATS, "NS15", "54", "32.00", desc="Buss t/r", ps="2028-03-07")], [], NATS,
                buyer="Peter Ahl", order="EB-2028-17")])


@case("z11_sv_nats_auto_reply_subject_only")
def _z11() -> Any:
    body = ("Tack för ditt mejl!\n\nNaturskolan har stängt för sportlovet till och med fredag 10 mars. Mejl läses "
            "när vi är tillbaka. Brådskande ärenden: ring kommunens kontaktcenter, 0451-26 70 00.\n\nIngela Rask\n")
    m = _se("nats_i", "Automatiskt svar: [REQ-8WQ3T] Uppgifter saknas för fakturering", "Mon, 06 Mar 2028 07:30:02",
            body, headers={"X-Auto-Response-Suppress": "All", "In-Reply-To": "<REQ-8WQ3T.1@servicecentret.se>"})
    return m, expect_unknown("an out-of-office answer to a question mail, recognised by its 'Automatiskt svar' "
                             "subject alone (no Auto-Submitted header)", OTHER, token_checked=False)


@case("z12_sv_farj_wedding_party_personnummer")
def _z12() -> Any:
    body = ("Hej!\n\nElsa Nordqvist, personnummer " + PNR_ELSA + ", beställde en extratur Hönö–Fotö för sitt "
            "bröllopssällskap lördag 4 mars 2028. Turen startade 18.00 och färjan var tillbaka vid kaj 20.35, alltså "
            "3 påbörjade timmar (XT10). Helgtillägg för 3 timmar (XT20) och kvällstillägg efter kl. 19 för 2 "
            "timmar (XT30).\n\nHon vill ha fakturan hem i brevlådan." + SIG_FARJ.format(n="Patrik Lindell"))
    m = _se("farj_p", "Extratur bröllop 4/3", "Mon, 06 Mar 2028 10:10:10", body)
    return m, expect_requests("a registered private person by a 10-digit personnummer; started hours, weekend "
                              "and evening supplements; clock times are no quantities", PLAIN, [
        request(cust("460111"), [line(FARJ, "XT10", "3", ps="2028-03-04", skip=ND),
                                 line(FARJ, "XT20", "3", ps="2028-03-04", skip=ND),
                                 line(FARJ, "XT30", "2", ps="2028-03-04", skip=ND)], [], FARJ)])


@case("z13_sv_farj_dyron_twins_by_name")
def _z13() -> Any:
    body = ("Hej,\n\nDyrön Skärgårdsservice behövde en extratur med bilfärjan onsdag 1 mars för en kranbil: 2 "
            "påbörjade timmar (XT10). Vi fick ta in två extra däcksmän i 2 timmar vardera, dvs. 4 personaltimmar "
            "(XT40).\n" + SIG_FARJ.format(n="Patrik Lindell"))
    m = _se("farj_p", "Dyrön 1/3", "Tue, 07 Mar 2028 16:02:11", body)
    return m, expect_requests("a name matching both Dyrön Skärgårdsservice AB and HB, no number: org_no asked",
                              ASK, [
        request(new_cust("Dyrön Skärgårdsservice", None, None),
                [line(FARJ, "XT10", "2", ps="2028-03-01", skip=ND), line(FARJ, "XT40", "4", ps="2028-03-01",
                                                                          skip=ND)],
                ["customer.org_no"], FARJ)])
