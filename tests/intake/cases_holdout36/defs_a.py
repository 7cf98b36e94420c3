"""Thirty-sixth held-out set (written blind), part A: the Swedish agencies' year-end mail (public dental care, a
university's conference service, the national archive's copy service) — a whole autumn billed at once, the
'mellandagarna', an advance invoice for January, cost centres and project codes beside the buyer's reference, a
correction of last week's request, a case system's process fields, CSV/XLSX/PDF/HTML, the must-ask ones (twin names,
a price range, a participant range, an unpriced article, a new customer without address) and a payment advice and a
reply."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_ocr
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit36 import (
    ARKV,
    ASK,
    AUTUMN,
    CENTRE_SE,
    KONF,
    ND,
    OTHER,
    PLAIN,
    PNR_INGRID,
    PNR_LARS,
    SE_DATE,
    TAND,
    W,
    case,
    cust,
    line,
    org,
    pay,
    request,
)

SIG_TAND = ("\n\nMed vänlig hälsning\n{n}\nFolktandvården, ekonomienheten | Region Mittnorrland\nOrg.nr " + org(TAND)
            + " | Bankgiro " + pay(TAND) + "\nVäxel 060-18 50 00\n")
SIG_KONF = ("\n\nHälsningar\n{n}\nKonferensservice, Norrlandsuniversitetet\nOrg.nr " + org(KONF)
            + "\nTfn 060-14 86 00 | Universitetsbacken 1, 851 70 Sundsvall\n")
SIG_ARKV = ("\n\nVänliga hälsningar\n{n}\nKopieservice | Statens arkivverk\nOrg.nr " + org(ARKV)
            + " | Bankgiro " + pay(ARKV) + "\nBesök oss: Arkivgatan 3, Härnösand. Tfn 0611-835 00.\n")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("p01_sv_tand_outreach_whole_autumn")
def _p01() -> Any:
    body = ("Hej!\n\nNu kommer hela höstens uppsökande munhälsobedömningar på en gång, så att de kommer med i årets "
            "bokslut.\n\nKund: Ljungsunds kommun, org.nr " + cust("361001")["org_no"] + "\n"
            "Period: augusti–december 2027\n\n"
            "Boende             Art    Antal\nSolgläntan         TV30   34\nBjörkbacken        TV30   27\n"
            "Hemtjänst norra    TV30   19\n\n"
            "Er referens: Maria Holm\nKostnadsställe: 6120\nProjekt: MUN-HÖST27" + SIG_TAND.format(n="Petra Lundmark"))
    m = _se("tand_p", "Uppsökande munhälsobedömningar hösten 2027 – Ljungsund", "Mon, 13 Dec 2027 08:12:40", body)
    return m, expect_requests("a whole autumn (month range) billed at once as a plain-text table; the cost centre "
                              "and project code are no buyer or order reference", PLAIN, [
        request(cust("361001"), [line(TAND, "TV30", q, ps=AUTUMN[0], pe=AUTUMN[1], skip=ND)
                                 for q in ("34", "27", "19")], [], TAND, buyer="Maria Holm")])


@case("p02_sv_tand_csv_missed_visits_new_patient")
def _p02() -> Any:
    csv = ("Patient;Personnummer;Adress;Postnr;Ort;Datum;Åtgärd;Antal;Belopp\n"
           "Ingrid Sundberg;19" + PNR_INGRID.replace("-", "") + ";Granvägen 7;856 33;Sundsvall;2027-11-16;TV20;1;"
           "650,00\nLars-Göran Nilsson;" + PNR_LARS + ";Bergsgatan 3 B;852 34;Sundsvall;2027-12-02;TV20;1;650,00\n"
           "Summa;;;;;;;2;1 300,00\n")
    m = _se("tand", "Uteblivna besök nov–dec", "Mon, 13 Dec 2027 09:40:05",
            "Hej,\n\nuteblivna besök att fakturera patienterna, se bifogad fil. Den andra patienten har inte "
            "fått faktura från oss tidigare.\n" + SIG_TAND.format(n="Folktandvården Ekonomi"),
            attachments=[text_att("uteblivna_besok_v50.csv", csv, encoding="cp1252")])
    lars = "19" + PNR_LARS
    return m, expect_requests("semicolon CSV (Windows-1252): a registered patient by a 12-digit personnummer "
                              "without hyphen, a new patient by a 10-digit one (century 19) with an address; "
                              "sum row ignored", PLAIN, [
        request(cust("361004"), [line(TAND, "TV20", "1", "650.00", ps="2027-11-16")], [], TAND),
        request(new_cust("Lars-Göran Nilsson", lars, "SE"), [line(TAND, "TV20", "1", "650.00", ps="2027-12-02")],
                [], TAND)])


@case("p03_sv_tand_mellandagarna_staff_training")
def _p03() -> Any:
    body = ("Hej,\n\nAlnö Omsorg AB (org.nr " + cust("361002")["org_no"] + ") har beställt munvårdsutbildning för "
            "personalen i mellandagarna, tisdag 28 och onsdag 29 december 2027, 3 timmar per dag, totalt 6 timmar "
            "(TV40). De vill ha fakturan före årsskiftet, så vi fakturerar redan nu.\n\n"
            "Er referens: 4410 / Eva Nordin" + SIG_TAND.format(n="Petra Lundmark"))
    m = _se("tand_p", "Munvårdsutbildning i mellandagarna – Alnö Omsorg AB", "Mon, 13 Dec 2027 10:05:51", body)
    return m, expect_requests("a twin name resolved by its org number; two days in 'mellandagarna' as the period; "
                              "a cost centre inside the buyer's reference is kept as written", PLAIN, [
        request(cust("361002"), [line(TAND, "TV40", "6", ps="2027-12-28", pe="2027-12-29", skip=ND)], [], TAND,
                buyer="4410 / Eva Nordin")])


@case("p04_sv_tand_twin_name_without_number")
def _p04() -> Any:
    body = ("Hej!\n\nMunhälsobedömningar den 8 december:\n\nKund: Alnö Omsorg\nBoende: Strandgården\n"
            "Antal: 12 st (TV30)\n\n/Petra\n\nSkickat från Outlook för iOS\n")
    m = _se("tand_p", "Strandgården 8/12", "Tue, 14 Dec 2027 07:21:33", body)
    return m, expect_requests("'Alnö Omsorg' matches both Alnö Omsorg AB and HB and no number is given: org_no "
                              "asked", ASK, [
        request(new_cust("Alnö Omsorg", None, None), [line(TAND, "TV30", "12", ps="2027-12-08", skip=ND)],
                ["customer.org_no"], TAND)])


@case("p05_sv_tand_dental_lab_price_range")
def _p05() -> Any:
    body = ("Hej,\n\nLjungsunds kommun, kundnr 361001, ska betala tandtekniskt arbete (TV90) för en boende på "
            "Solgläntan: en helprotes, lämnad 2027-12-06. Labbet har inte skickat sin faktura till oss än, men det "
            "blir någonstans mellan 3 800 och 4 200 kr. Kan ni lägga upp fakturan så kompletterar jag med beloppet "
            "innan bokslutet?" + SIG_TAND.format(n="Petra Lundmark"))
    m = _se("tand_p", "Tandtekniskt arbete Solgläntan", "Tue, 14 Dec 2027 11:47:09", body)
    return m, expect_requests("'en helprotes' is quantity 1; a price range for an unpriced article: price asked",
                              ASK, [
        request(cust("361001"), [line(TAND, "TV90", "1", None, ps="2027-12-06", skip=ND)],
                ["lines[0].unit_price"], TAND)])


@case("p06_sv_tand_forwarded_payment_specification")
def _p06() -> Any:
    o1, o2 = se_ocr("27114033"), se_ocr("27114098")
    body = ("Hej,\n\nvidarebefordrar Ljungsunds betalningsspecifikation, de har kvittat en kreditfaktura.\n\n"
            "/Ekonomi\n\n"
            "Från: Ljungsunds kommun, Ekonomiservice <ekonomiservice@ljungsund-demo.se>\n"
            "Skickat: den 14 december 2027 10:12\nTill: Folktandvården Ekonomi\nÄmne: Betalningsspecifikation\n\n"
            "BETALNINGSSPECIFIKATION\n\nBetalare:      Ljungsunds kommun\nOrg.nr:        " + cust("361001")["org_no"]
            + "\nBetaldatum:    2027-12-14\nMottagare:     Region Mittnorrland, Folktandvården, bankgiro "
            + pay(TAND) + "\n\nFakturanr   OCR           Belopp\n27114033    " + o1 + "     16 320,00\n"
            "27114098    " + o2 + "      4 800,00\n27109921    kreditfaktura  -1 150,00\n"
            "                          ----------\nTotalt betalt:            19 970,00 SEK\n\n"
            "Frågor: ekonomiservice, tfn 0570-471 00\n")
    m = _se("tand", "VB: Betalningsspecifikation Ljungsunds kommun", "Wed, 15 Dec 2027 08:30:00", body)
    return m, expect_advice("a forwarded Outlook payment specification with a credit invoice deducted; the "
                            "agency's bankgiro and a phone number are no amounts", OTHER,
                            {"name": "Ljungsunds kommun", "org_no": cust("361001")["org_no"]}, "2027-12-14",
                            "19970.00", "SEK", [("27114033", o1, "16320.00"), ("27114098", o2, "4800.00"),
                                                ("27109921", None, "-1150.00")])


@case("p07_sv_konf_xlsx_title_rows_two_sheets")
def _p07() -> Any:
    rows = [["Norrlandsuniversitetet – Konferensservice", None, None, None, None, None],
            ["Faktureringsunderlag: konferensen Kustklimat 2027, 6–8 december 2027", None, None, None, None, None],
            ["Kund: Bottniska Energiforskning AB, org.nr " + cust("361007")["org_no"], None, None, None, None, None],
            ["Er referens: Kristina Ahl", None, None, "Ert ordernr: BEF-PO-7781", None, None],
            [None, None, None, None, None, None],
            ["Art", "Benämning", "Antal", "Enhet", "À-pris", "Belopp"],
            ["KF10", "Konferenspaket, 3 dagar × 40 deltagare", 120, "deltagare", 895, 107400],
            ["KF30", "Konferensmiddag", 96, "kuvert", 560, 53760],
            ["KF20", "Aulan", 3, "dag", 12500, 37500],
            ["KF90", "AV-tekniker", 6, "tim", 650, 3900],
            [None, "Summa exkl. moms", None, None, None, 202560],
            [None, "Moms", None, None, None, 43651.2],
            [None, "Att betala", None, None, None, 246211.2]]
    names = [["Namn", "Organisation"], ["Kristina Ahl", "Bottniska Energiforskning"],
             ["Mats Öberg", "Bottniska Energiforskning"], ["Helena Strand", "Umeå energikontor"]]
    m = _se("konf_j", "Underlag Kustklimat 2027", "Mon, 13 Dec 2027 13:02:18",
            "Hej!\n\nUnderlaget för Kustklimat i bifogad fil, gärna faktura före jul." + SIG_KONF.format(n="Johan"),
            attachments=[xlsx("kustklimat_2027_underlag.xlsx", [("Underlag", rows, ["A1:F1", "A2:F2"]),
                                                                ("Deltagarlista", names, [])])])
    per = ("2027-12-06", "2027-12-08")
    return m, expect_requests("XLSX with title rows (customer, references, the period once for all lines), a "
                              "sum, VAT and total block and a participant sheet that holds no lines", PLAIN, [
        request(cust("361007"), [line(KONF, "KF10", "120", "895", desc="Konferenspaket, 3 dagar × 40 deltagare",
                                      ps=per[0], pe=per[1]),
                                 line(KONF, "KF30", "96", "560", desc="Konferensmiddag", ps=per[0], pe=per[1]),
                                 line(KONF, "KF20", "3", "12500", desc="Aulan", ps=per[0], pe=per[1]),
                                 line(KONF, "KF90", "6", "650", desc="AV-tekniker", ps=per[0], pe=per[1])],
                [], KONF, buyer="Kristina Ahl", order="BEF-PO-7781")])


@case("p08_sv_konf_labels_cost_centre_project")
def _p08() -> Any:
    body = ("Hej!\n\nFaktureringsunderlag, personalkonferens 2 december 2027\n\n"
            "Kund: Stiftelsen Nordliga Kustmuseet\nOrg.nr: " + cust("361009")["org_no"] + "\n"
            "Er referens: Anders Fjällström\nKostnadsställe: 7200\nProjektkod: KM-ARK-26\n"
            "Beställningsnr: 2027-0441\n\nKonferenspaket heldag (KF10): 45 deltagare\nMiddag (KF30): 45 kuvert"
            + SIG_KONF.format(n="Konferensservice"))
    m = _se("konf", "Faktureringsunderlag Kustmuseet 2/12", "Mon, 13 Dec 2027 14:40:00", body)
    return m, expect_requests("labelled fields: buyer reference and order number beside a cost centre and a "
                              "project code (neither is a reference field)", PLAIN, [
        request(cust("361009"), [line(KONF, "KF10", "45", ps="2027-12-02", skip=ND),
                                 line(KONF, "KF30", "45", ps="2027-12-02", skip=ND)], [], KONF,
                buyer="Anders Fjällström", order="2027-0441")])


@case("p09_sv_konf_advance_invoice_january")
def _p09() -> Any:
    body = ("Hej!\n\nHöga Kustens Besöksnäring ekonomisk förening har bokat aulan för sitt nyårsseminarium "
            "10–11 januari 2028. Enligt avtalet ska de förskottsfaktureras före årsskiftet:\n\n"
            "• Lokalhyra aulan (KF20), 2 dagar\n• Konferenspaket (KF10), 60 deltagare à 895 kr\n\n"
            "Ordernummer: HKB-0112" + SIG_KONF.format(n="Johan Vikström"))
    m = _se("konf_j", "Förskottsfaktura nyårsseminariet", "Tue, 14 Dec 2027 09:15:27", body)
    per = ("2028-01-10", "2028-01-11")
    return m, expect_requests("an advance invoice for January of the next year; the full registered name of an "
                              "economic association", PLAIN, [
        request(cust("361008"), [line(KONF, "KF20", "2", ps=per[0], pe=per[1], skip=ND),
                                 line(KONF, "KF10", "60", "895", ps=per[0], pe=per[1], skip=ND)], [], KONF,
                order="HKB-0112")])


@case("p10_sv_konf_correction_of_last_weeks_request")
def _p10() -> Any:
    body = ("Hej igen,\n\nrättelse av underlaget jag skickade förra veckan (se nedan): det var 38 deltagare, inte "
            "42, och lika många middagar. Ni har inte skickat fakturan än, så använd det här underlaget i stället "
            "för det förra.\n\nKund: Bottniska Energiforskning AB, kundnr 361007\nDatum: 3 december 2027\n"
            "KF10 Konferenspaket heldag   38 deltagare\nKF30 Middag                  38 kuvert\n"
            "Er referens: Kristina Ahl" + SIG_KONF.format(n="Johan Vikström")
            + "\nFrån: Johan Vikström <johan.vikstrom@norrlandsuniversitetet-demo.se>\n"
            "Skickat: den 8 december 2027 16:40\nTill: Kundfaktura <kundfaktura@servicecentret.se>\n"
            "Ämne: Underlag Bottniska Energiforskning 3/12\n\nHej,\n\nKund: Bottniska Energiforskning AB, kundnr "
            "361007\nDatum: 3 december 2027\nKF10 Konferenspaket heldag   42 deltagare\n"
            "KF30 Middag                  42 kuvert\nEr referens: Kristina Ahl\n\nJohan\n")
    m = _se("konf_j", "RÄTTELSE: Underlag Bottniska Energiforskning 3/12", "Tue, 14 Dec 2027 15:55:42", body)
    return m, expect_requests("a correction of last week's request quoting it: the corrected request once, "
                              "nothing from the quoted copy", PLAIN, [
        request(cust("361007"), [line(KONF, "KF10", "38", ps="2027-12-03", skip=ND),
                                 line(KONF, "KF30", "38", ps="2027-12-03", skip=ND)], [], KONF,
                buyer="Kristina Ahl")])


@case("p11_sv_konf_participant_range_unpriced_av")
def _p11() -> Any:
    body = ("Hej,\n\nworkshop för Stiftelsen Nordliga Kustmuseet den 15 december 2027:\n\n"
            "- Konferenspaket (KF10): mellan 25 och 30 deltagare, slutlig lista kommer efter helgen\n"
            "- AV-stöd (KF90): 4 timmar – timpriset har jag inte fått från teknikavdelningen än\n\n"
            "Er ref: Anders Fjällström" + SIG_KONF.format(n="Johan Vikström"))
    m = _se("konf_j", "Workshop Kustmuseet 15/12", "Wed, 15 Dec 2027 10:31:03", body)
    return m, expect_requests("a participant range (quantity asked) and an unpriced article without a price "
                              "(price asked)", ASK, [
        request(cust("361009"), [line(KONF, "KF10", None, ps="2027-12-15", skip=ND),
                                 line(KONF, "KF90", "4", None, ps="2027-12-15", skip=ND)],
                ["lines[0].quantity", "lines[1].unit_price"], KONF, buyer="Anders Fjällström")])


@case("p12_sv_arkv_case_system_process_fields")
def _p12() -> Any:
    body = ("Fakturera enligt nedan.\n\n"
            "Ärendenummer:   KOP 2027/08812\nÄrendetyp:      Kopiebeställning\nHandläggare:    Elin Sjögren\n"
            "Status:         Avslutad\nLeveransdatum:  2027-12-09\n"
            "--------------------------------------------------\n"
            "Beställare:     Kvarnbergets Advokatbyrå\nEr referens:    advokat Lisa Brandt, ärende 2027/114\n"
            "Levererat:      212 sidor papperskopior A4 (AK10)\n                Expeditionsavgift (AK40) 1 st\n"
            "--------------------------------------------------\n"
            "Meddelandet är skapat i ärendesystemet Diarie+ (process: Kopiebeställning > Fakturering)."
            + SIG_ARKV.format(n="Kopieservice"))
    m = _se("arkv", "Diarie+ | KOP 2027/08812 | Underlag för fakturering", "Mon, 13 Dec 2027 07:02:11", body)
    return m, expect_requests("a case system's process fields; the name without AB matches one customer; one "
                              "delivery date for both lines", PLAIN, [
        request(cust("361006"), [line(ARKV, "AK10", "212", ps="2027-12-09", skip=ND),
                                 line(ARKV, "AK40", "1", ps="2027-12-09", skip=ND)], [], ARKV,
                buyer="advokat Lisa Brandt, ärende 2027/114")])


@case("p13_sv_arkv_pdf_genealogy_order_form")
def _p13() -> Any:
    html = ("<h1>Beställning – kopieservice</h1><table><tr><td>Beställare</td><td>Medelpads Släktforskarförening"
            "</td></tr><tr><td>Org.nr</td><td>" + cust("361005")["org_no"] + "</td></tr><tr><td>Er referens</td>"
            "<td>Gun Edlund</td></tr><tr><td>Ert beställningsnr</td><td>MSF-27-31</td></tr><tr><td>Leveransdatum"
            "</td><td>2027-12-10</td></tr></table><br><table><thead><tr><th>Art</th><th>Beskrivning</th>"
            "<th>Antal</th><th>À-pris</th><th>Belopp</th></tr></thead><tbody>"
            "<tr><td>AK20</td><td>Husförhörslängder Tuna 1820–1835, digitala bilder</td><td class='num'>86</td>"
            "<td class='num'>45,00</td><td class='num'>3 870,00</td></tr>"
            "<tr><td>AK30</td><td>Forskningsuppdrag, släktutredning</td><td class='num'>2,5</td>"
            "<td class='num'>900,00</td><td class='num'>2 250,00</td></tr>"
            "<tr><td>AK40</td><td>Expeditionsavgift</td><td class='num'>1</td><td class='num'>120,00</td>"
            "<td class='num'>120,00</td></tr><tr><td></td><td><b>Summa</b></td><td></td><td></td>"
            "<td class='num'><b>6 240,00</b></td></tr></tbody></table>")
    m = _se("arkv_e", "Beställning MSF-27-31", "Mon, 13 Dec 2027 11:18:30",
            "Hej, underlaget i pdf:en, fakturera gärna före årsskiftet." + SIG_ARKV.format(n="Elin Sjögren"),
            attachments=[pdf("bestallning_MSF-27-31.pdf", html)])
    return m, expect_requests("a PDF order form; the years in a description (1820–1835) are no period, the "
                              "delivery date is", PLAIN, [
        request(cust("361005"), [line(ARKV, "AK20", "86", "45.00",
                                      desc="Husförhörslängder Tuna 1820–1835, digitala bilder", ps="2027-12-10"),
                                 line(ARKV, "AK30", "2.5", "900.00", desc="Forskningsuppdrag, släktutredning",
                                      ps="2027-12-10"),
                                 line(ARKV, "AK40", "1", "120.00", desc="Expeditionsavgift", ps="2027-12-10")],
                [], ARKV, buyer="Gun Edlund", order="MSF-27-31")])


@case("p14_sv_arkv_html_autumn_by_month")
def _p14() -> Any:
    html = ("<html><body><p>Hej!</p><p>Stiftelsen Nordliga Kustmuseet (kundnr 361009) vill ha hela höstens "
            "bildbeställningar på en faktura:</p><table border='1' cellpadding='3'><tr><th>Månad</th><th>Art</th>"
            "<th>Antal bilder</th><th>À-pris</th></tr>"
            "<tr><td>September 2027</td><td>AK20</td><td>140</td><td>45,00</td></tr>"
            "<tr><td>Oktober 2027</td><td>AK20</td><td>96</td><td>45,00</td></tr>"
            "<tr><td>November 2027</td><td>AK20</td><td>212</td><td>45,00</td></tr>"
            "<tr><td><b>Summa</b></td><td></td><td>448</td><td>20&nbsp;160,00</td></tr></table>"
            "<p>Er referens: Ulla Kask</p><p>Vänliga hälsningar<br>Elin Sjögren<br>Kopieservice | Statens "
            "arkivverk</p></body></html>")
    m = _se("arkv_e", "Höstens bildbeställningar Kustmuseet", "Wed, 15 Dec 2027 13:22:48", None, html=html)
    return m, expect_requests("HTML-only table: the autumn month by month, each line its own month; a sum row",
                              PLAIN, [
        request(cust("361009"), [line(ARKV, "AK20", "140", "45.00", ps="2027-09-01", pe="2027-09-30"),
                                 line(ARKV, "AK20", "96", "45.00", ps="2027-10-01", pe="2027-10-31"),
                                 line(ARKV, "AK20", "212", "45.00", ps="2027-11-01", pe="2027-11-30")], [], ARKV,
                buyer="Ulla Kask")])


@case("p15_sv_arkv_new_association_email_only")
def _p15() -> Any:
    org_new = "802499-1625"
    body = ("Hej,\n\nny kund hos oss: Fjällnäs Hembygdsförening, org.nr " + org_new + ". Kontakt: "
            "ordforande@fjallnashembygd.se.\n\nDe har fått 40 sidor kopior av sockenstämmoprotokoll (AK10) och en "
            "expeditionsavgift (AK40), levererat 13 december." + SIG_ARKV.format(n="Elin Sjögren"))
    m = _se("arkv_e", "Ny kund – Fjällnäs Hembygdsförening", "Tue, 14 Dec 2027 10:44:19", body)
    return m, expect_requests("a new association with org number and e-mail only: address asked; a date without "
                              "a year", ASK, [
        request(new_cust("Fjällnäs Hembygdsförening", org_new, "SE", email="ordforande@fjallnashembygd.se"),
                [line(ARKV, "AK10", "40", ps="2027-12-13", skip=ND),
                 line(ARKV, "AK40", "1", ps="2027-12-13", skip=ND)], ["customer.address"], ARKV)])


@case("p16_sv_arkv_reply_token_in_subject")
def _p16() -> Any:
    token = "REQ-7MK4P"
    body = ("Hej,\n\norganisationsnumret är " + cust("361005")["org_no"] + " (Medelpads Släktforskarförening).\n\n"
            "/Elin\n\nFrån: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 13 december 2027 15:20\n"
            "Till: Elin Sjögren\nÄmne: [" + token + "] Uppgifter saknas för fakturering\n\n"
            "Hej! För att kunna fakturera behöver vi:\n1. Kundens organisationsnummer (customer.org_no)\n")
    m = _se("arkv_e", "SV: [" + token + "] Uppgifter saknas för fakturering", "Tue, 14 Dec 2027 08:03:57", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("a reply answering the asked org number, token in the subject", OTHER, token,
                           {"customer": {"org_no": cust("361005")["org_no"]}, "lines": []})
