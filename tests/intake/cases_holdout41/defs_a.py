"""Forty-first held-out set (written blind), part A: the Swedish agencies' mail of mid-June — the harbour office
(prose, a UTF-16 'Unicode text' export, an HTML-only table with a week number, a new guest without address, an
unpriced winter storage, a forwarded betalningsavisering), the region's patient transport (an XLSX with merged
two-row headers, a semicolon CSV with two customers, a holiday weekend in prose, an approximate trip count, a Gmail
forward) and the driving-test agency (a PDF table running onto a second page, twin names, a credit request, a
12-digit org number in bullets, a quoted comma CSV)."""
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

from .kit41 import (
    ASK,
    BAT,
    KORK,
    ND,
    OTHER,
    PLAIN,
    PNR_LARS,
    PTRA,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_BAT = ("\n\nMed vänlig hälsning\n{n}\nHamnkontoret, Varbergs kommun\nHamnplan 2, 432 44 Varberg\n"
           "Org.nr " + org(BAT) + " | Bankgiro 5401-3318 | Tfn 0340-88 12 00\n")
SIG_PTRA = ("\n\nVänliga hälsningar\n{n}\nSjukresor, Region Halland | Org.nr " + org(PTRA) + "\nTfn 035-13 48 00\n"
            "--\nDetta e-postmeddelande kan innehålla uppgifter som omfattas av sekretess. Om du fått det av misstag, "
            "meddela avsändaren och radera meddelandet.\n")
SIG_KORK = ("\n\nHälsningar\n{n}\nFörarprov – fakturering\nTrafikprovsmyndigheten | Org.nr " + org(KORK)
            + " | Bankgiro 5403-1182\nVäxel 0771-17 18 00\n")
PERIOD = ("period_start", "period_end")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("u01_sv_bat_prose_season_berths")
def _u01() -> Any:
    body = ("Hej!\n\nBåtklubben Vågbrytaren (org.nr " + cust("C-4101")["org_no"] + ") hyr som vanligt 12 "
            "båtplatser i Norra hamnen för säsongen 2027, artikel BH10. Säsongen räknas från 1 maj till 30 "
            "september 2027 enligt avtalet.\n\nEr referens: kassör Per Alm" + SIG_BAT.format(n="Emma Lundgren"))
    m = _se("bat_e", "Säsongsplatser Vågbrytaren 2027", "Mon, 14 Jun 2027 09:12:40", body)
    return m, expect_requests("prose, quantity and code in one sentence, season range, buyer reference", PLAIN, [
        request(cust("C-4101"), [line(BAT, "BH10", "12", ps="2027-05-01", pe="2027-09-30", skip=ND)], [], BAT,
                buyer="kassör Per Alm")])


@case("u02_sv_bat_utf16_tsv_guest_nights")
def _u02() -> Any:
    tsv = ("Hamnbokningen – export 2027-06-14 08:02\t\t\t\t\t\n"
           "Ankomst\tAvresa\tArt\tBenämning\tAntal\tBåt\n"
           "2027-06-04\t2027-06-06\tBH20\tGästnatt brygga C\t2\tS/Y Havsörn\n"
           "2027-06-04\t2027-06-06\tBH30\tEl brygga C\t2\tS/Y Havsörn\n"
           "2027-06-10\t2027-06-13\tBH20\tGästnatt brygga D\t3\tM/Y Solvik\n"
           "\t\t\tSumma\t7\t\n")
    m = _se("bat", "Gästnätter Varbergs Marina", "Mon, 14 Jun 2027 10:05:00",
            "Hej,\n\nVarbergs Marina AB (kundnr C-4102) har lånat gästplatser av oss när deras bryggor var fulla. "
            "Fakturera enligt exporten från bokningssystemet (Unicode-text).\n" + SIG_BAT.format(n="Hamnkontoret"),
            attachments=[text_att("export_gastnatter.txt", tsv, encoding="utf-16", subtype="plain")])
    return m, expect_requests("UTF-16 tab-separated 'Unicode text' export with a title row and a sum row; arrival "
                              "and departure columns give the periods", PLAIN, [
        request(cust("C-4102"), [line(BAT, "BH20", "2", desc="Gästnatt brygga C", ps="2027-06-04", pe="2027-06-06"),
                                 line(BAT, "BH30", "2", desc="El brygga C", ps="2027-06-04", pe="2027-06-06"),
                                 line(BAT, "BH20", "3", desc="Gästnatt brygga D", ps="2027-06-10",
                                      pe="2027-06-13")], [], BAT)])


@case("u03_sv_bat_html_week_number_crane")
def _u03() -> Any:
    html = ("<html><body><p>Hej,</p><p>Falkenbergs kommun (org.nr " + cust("C-4104")["org_no"] + ") har haft "
            "arbetsbåten Ätran hos oss:</p><table border='1' cellpadding='3'><tr><th>Art</th><th>Text</th>"
            "<th>Period</th><th>Antal</th></tr><tr><td>BH30</td><td>El vid brygga, Ätran</td><td>v. 23</td>"
            "<td>7</td></tr><tr><td>BH40</td><td>Kranlyft, Ätran</td><td>9/6</td><td>1</td></tr></table>"
            "<p>Er ref: Teknik- och fritidsförvaltningen, Nils Ek</p><p>Mvh<br>Hamnkontoret<br>Varbergs kommun<br>"
            "Org.nr " + org(BAT) + "</p></body></html>")
    m = _se("bat", "Ätran juni", "Mon, 14 Jun 2027 11:40:10", None, html=html)
    return m, expect_requests("HTML-only table; an ISO week (v. 23 = 7-13 June 2027) and a day/month without a year",
                              PLAIN, [
        request(cust("C-4104"), [line(BAT, "BH30", "7", desc="El vid brygga, Ätran", ps="2027-06-07",
                                      pe="2027-06-13"),
                                 line(BAT, "BH40", "1", desc="Kranlyft, Ätran", ps="2027-06-09")], [], BAT,
                buyer="Teknik- och fritidsförvaltningen, Nils Ek")])


@case("u04_sv_bat_midsummer_new_customer_no_address")
def _u04() -> Any:
    org_new = se_org("559340217")
    body = ("Hej!\n\nNy kund som bokat inför midsommar: Hallands Kajakcenter AB, org.nr " + org_new + ", "
            "bokning@hallandskajak-demo.se. De har följebåten i gästhamnen midsommarhelgen, ankomst 24/6 och "
            "avresa 28/6:\n\n- 4 gästnätter (BH20)\n- el 4 dygn (BH30)\n\nFakturan kan gå ut direkt."
            + SIG_BAT.format(n="Emma Lundgren"))
    m = _se("bat_e", "Midsommarbokning Hallands Kajakcenter", "Tue, 15 Jun 2027 14:22:03", body)
    return m, expect_requests("new customer with org number and e-mail only: address asked; dates without year",
                              ASK, [
        request(new_cust("Hallands Kajakcenter AB", org_new, "SE", email="bokning@hallandskajak-demo.se"),
                [line(BAT, "BH20", "4", ps="2027-06-24", pe="2027-06-28", skip=ND),
                 line(BAT, "BH30", "4", ps="2027-06-24", pe="2027-06-28", skip=ND)], ["customer.address"], BAT)])


@case("u05_sv_bat_winter_storage_no_price")
def _u05() -> Any:
    body = ("Hej,\n\nLars Ekdahl, personnr " + PNR_LARS + ", har beställt specialförvaring av sin träbåt "
            "(BH90), 1 st, oktober 2027–april 2028. Priset står i offerten som Jonas skrev, och den har jag inte "
            "framför mig – han är tillbaka efter midsommar. Dessutom två kranlyft (BH40), upptagning och "
            "sjösättning." + SIG_BAT.format(n="Emma Lundgren"))
    m = _se("bat_e", "Vinterförvaring Ekdahl", "Wed, 16 Jun 2027 08:31:55", body)
    return m, expect_requests("private person by a 10-digit personnummer; unpriced article without a price: asked; "
                              "'två' lifts", ASK, [
        request(cust("C-4103"), [line(BAT, "BH90", "1", None, ps="2027-10-01", pe="2028-04-30", skip=ND),
                                 line(BAT, "BH40", "2", skip=ND + PERIOD)],
                ["lines[0].unit_price"], BAT)])


@case("u06_sv_bat_forwarded_betalningsavisering")
def _u06() -> Any:
    o1, o2 = se_ocr("91004120"), se_ocr("91004370")
    body = ("Hej, för kännedom till reskontran – Vågbrytarens betalning kom i går.\n/Emma\n\n"
            "Från: Båtklubben Vågbrytaren <kassor@vagbrytaren-demo.se>\nSkickat: den 15 juni 2027 16:02\n"
            "Till: Emma Lundgren <emma.lundgren@varberg-demo.se>\nÄmne: Betalningsavisering\n\n"
            "BETALNINGSAVISERING\nBetalare: Båtklubben Vågbrytaren, org.nr " + cust("C-4101")["org_no"] + "\n"
            "Betalningsdag: 2027-06-15\nMottagare: Varbergs kommun, bg 5401-3318\n\n"
            "Faktura    OCR                 Belopp\n"
            "9100412    " + o1[:4] + " " + o1[4:] + "          50 400,00\n"
            "9100437    " + o2[:4] + " " + o2[4:] + "           1 250,00\n"
            "Kreditnota 9100455                   -950,00\n"
            "Summa betalt                      50 700,00 kr\n\nMvh Per Alm, kassör\n"
            + SIG_BAT.format(n="Emma Lundgren"))
    m = _se("bat_e", "VB: Betalningsavisering", "Wed, 16 Jun 2027 09:02:17", body)
    return m, expect_advice("Outlook-forwarded payment advice: OCR with spaces, a deducted credit note", OTHER,
                            {"name": "Båtklubben Vågbrytaren", "org_no": cust("C-4101")["org_no"]}, "2027-06-15",
                            "50700.00", "SEK", [("9100412", o1, "50400.00"), ("9100437", o2, "1250.00"),
                                                ("9100455", None, "-950.00")])


@case("u07_sv_ptra_xlsx_merged_two_row_header")
def _u07() -> Any:
    d = dt.date
    rows = [["Sjukresor maj 2027 – Omsorgshemmet Linden AB, kundnr C-4105", None, None, None, None],
            ["Resa", None, "Debitering", None, None],
            ["Datum", "Färdsätt", "Art", "Antal", "Enhet"],
            [d(2027, 5, 4), "Taxi", "PR10", 2, "resor"], [d(2027, 5, 4), "Taxi, väntan", "PR30", 0.5, "tim"],
            [d(2027, 5, 12), "Rullstolstaxi", "PR20", 2, "resor"], [d(2027, 5, 20), "Taxi", "PR10", 1, "resa"],
            [d(2027, 5, 27), "Rullstolstaxi", "PR20", 2, "resor"], ["Totalt", None, None, 7.5, None]]
    m = _se("ptra", "Sjukresor maj – Linden", "Mon, 14 Jun 2027 07:55:30",
            "Hej!\n\nBifogar underlaget för maj.\n" + SIG_PTRA.format(n="Sjukresehandläggare"),
            attachments=[xlsx("Linden_maj_2027.xlsx", [("Maj", rows, ["A1:E1", "A2:B2", "C2:E2"])])])
    return m, expect_requests("XLSX with a merged title and a merged two-row header, date cells, a total row",
                              PLAIN, [
        request(cust("C-4105"), [line(PTRA, "PR10", "2", ps="2027-05-04", skip=ND),
                                 line(PTRA, "PR30", "0.5", ps="2027-05-04", skip=ND),
                                 line(PTRA, "PR20", "2", ps="2027-05-12", skip=ND),
                                 line(PTRA, "PR10", "1", ps="2027-05-20", skip=ND),
                                 line(PTRA, "PR20", "2", ps="2027-05-27", skip=ND)], [], PTRA)])


@case("u08_sv_ptra_semicolon_csv_two_customers")
def _u08() -> Any:
    lo, fo = cust("C-4105")["org_no"], cust("C-4104")["org_no"]
    csv = ("Kund;Org.nr;Datum;Art;Antal;Anm\n"
           f"Omsorgshemmet Linden AB;{lo};2027-06-01;PR10;2;\n"
           f"Falkenbergs kommun;{fo};2027-06-02;PR20;1;\n"
           f"Omsorgshemmet Linden AB;{lo};2027-06-03;PR20;2;Återresa samma dag\n"
           f"Falkenbergs kommun;{fo};2027-06-08;PR10;3;Väntetid ingår ej\n")
    m = _se("ptra_g", "Sjukresor 1–8 juni", "Tue, 15 Jun 2027 13:10:44",
            "Hej,\n\nresorna för första veckan i juni, två kunder i samma fil.\n" + SIG_PTRA.format(n="Göran Sahlin"),
            attachments=[text_att("sjukresor_2027-06_v1.csv", csv, encoding="cp1252")])
    return m, expect_requests("semicolon CSV in Windows-1252 with rows for two customers, grouped in order", PLAIN, [
        request(cust("C-4105"), [line(PTRA, "PR10", "2", ps="2027-06-01", skip=ND),
                                 line(PTRA, "PR20", "2", ps="2027-06-03", skip=ND)], [], PTRA),
        request(cust("C-4104"), [line(PTRA, "PR20", "1", ps="2027-06-02", skip=ND),
                                 line(PTRA, "PR10", "3", ps="2027-06-08", skip=ND)], [], PTRA)])


@case("u09_sv_ptra_prose_ascension_weekend")
def _u09() -> Any:
    body = ("Hej!\n\nUnder Kristi himmelfärdshelgen, 6–9 maj, körde vi fyra rullstolsresor (PR20) åt Falkenbergs "
            "kommun, kundnr C-4104, när deras egen färdtjänst stod still. Dessutom en specialtransport med bår "
            "(PR90) den 7 maj, överenskommet pris 2 350 kr.\n\nBeställningsnummer: FK-2027-0331"
            + SIG_PTRA.format(n="Göran Sahlin"))
    m = _se("ptra_g", "Himmelfärdshelgen – Falkenberg", "Tue, 15 Jun 2027 15:48:02", body)
    return m, expect_requests("prose; a holiday named with its dates, a number word, a price in a sentence", PLAIN, [
        request(cust("C-4104"), [line(PTRA, "PR20", "4", ps="2027-05-06", pe="2027-05-09", skip=ND),
                                 line(PTRA, "PR90", "1", "2350", ps="2027-05-07", skip=ND)], [], PTRA,
                order="FK-2027-0331")])


@case("u10_sv_ptra_approximate_trip_count")
def _u10() -> Any:
    body = ("Hej,\n\nOmsorgshemmet Linden AB (" + cust("C-4105")["org_no"] + ") har hittills i juni, 1–16/6, "
            "åkt runt 12 taxiresor (PR10). Exakt antal får jag från beställningscentralen nästa vecka, men de "
            "vill gärna ha fakturan före semestrarna." + SIG_PTRA.format(n="Göran Sahlin"))
    m = _se("ptra_g", "Linden juni", "Wed, 16 Jun 2027 10:20:31", body)
    return m, expect_requests("approximate trip count ('runt 12'): quantity asked", ASK, [
        request(cust("C-4105"), [line(PTRA, "PR10", None, ps="2027-06-01", pe="2027-06-16", skip=ND)],
                ["lines[0].quantity"], PTRA)])


@case("u11_sv_ptra_gmail_forward_from_taxi")
def _u11() -> Any:
    body = ("Hej! Vidarebefordrar från Taxi Halland, stämmer med vår beställning. Fakturera Falkenbergs kommun.\n"
            "/Göran\n\n---------- Forwarded message ---------\n"
            "Från: Taxi Halland Beställning <bestallning@taxihalland-demo.se>\n"
            "Date: fre 11 juni 2027 kl 17:45\nSubject: Utförda sjukresor 11/6\n"
            "To: <sjukresor@regionhalland-demo.se>\n\nHej,\nutförda resor fredag 11 juni 2027 för Falkenbergs "
            "kommun, vård och omsorg:\n\n2 st enkelresor taxi (PR10)\nväntetid 1,5 tim (PR30)\n\n"
            "Er referens: Anna Dahl\nBeställningsnr: FK-2027-0618\n\nTaxi Halland AB\n0346-100 00\n")
    m = _se("ptra_g", "Fwd: Utförda sjukresor 11/6", "Mon, 14 Jun 2027 08:14:09", body)
    return m, expect_requests("Gmail forward from a subcontractor; the customer named above and inside", PLAIN, [
        request(cust("C-4104"), [line(PTRA, "PR10", "2", ps="2027-06-11", skip=ND),
                                 line(PTRA, "PR30", "1.5", ps="2027-06-11", skip=ND)], [], PTRA,
                buyer="Anna Dahl", order="FK-2027-0618")])


def _kork_rows() -> list[tuple[str, str, str, str]]:
    """46 tests on the May weekdays: (date, test id, article, name) — long enough for a second PDF page."""
    days = [dt.date(2027, 5, d) for d in range(3, 32) if dt.date(2027, 5, d).weekday() < 5]
    out = []
    for i in range(46):
        art = "FP10" if i % 3 == 0 else "FP20"
        out.append((days[i * len(days) // 46].isoformat(), f"P27-{4100 + i}", art,
                    "Kunskapsprov B" if art == "FP10" else "Körprov B"))
    return out


@case("u12_sv_kork_pdf_table_two_pages")
def _u12() -> Any:
    rows = _kork_rows()
    trs = "".join(f"<tr><td>{d}</td><td>{p}</td><td>{a}</td><td>{n}</td><td class='num'>1</td></tr>"
                  for d, p, a, n in rows)
    html = ("<h1>Provförteckning maj 2027</h1><p>Kund: Trafikskolan Kurvan AB<br>Org.nr "
            + cust("C-4106")["org_no"] + "<br>Er referens: Malin Kurvinen</p><table><thead><tr><th>Datum</th>"
            "<th>Prov-ID</th><th>Art</th><th>Benämning</th><th>Antal</th></tr></thead><tbody>" + trs
            + "<tr><td></td><td></td><td></td><td><b>Summa antal prov</b></td><td class='num'>46</td></tr>"
            "</tbody></table><p>Priser enligt förordningen om avgifter för förarprov.</p>")
    m = _se("kork", "Provförteckning maj – Kurvan AB", "Mon, 14 Jun 2027 06:45:00",
            "Hej,\n\nmånadens provförteckning bifogas (pdf, två sidor).\n" + SIG_KORK.format(n="Fakturering"),
            attachments=[pdf("provforteckning_2027-05_C-4106.pdf", html)])
    lines = [line(KORK, a, "1", desc=n, ps=d) for d, _p, a, n in rows]
    return m, expect_requests("PDF table of 46 rows running onto a second page with a repeated header; sum row "
                              "ignored", PLAIN, [request(cust("C-4106"), lines, [], KORK, buyer="Malin Kurvinen")])


@case("u13_sv_kork_twin_driving_schools")
def _u13() -> Any:
    body = ("Hej!\n\nTrafikskolan Kurvan hade tre körprov B (FP20) i tisdags 15/6, och lånade provbil till alla "
            "tre (FP40, 3 st).\n" + SIG_KORK.format(n="Anders Holmqvist"))
    m = _se("kork_a", "Kurvan 15/6", "Thu, 17 Jun 2027 09:30:12", body)
    return m, expect_requests("a name matching both Trafikskolan Kurvan AB and HB, no number: org_no asked", ASK, [
        request(new_cust("Trafikskolan Kurvan", None, None),
                [line(KORK, "FP20", "3", ps="2027-06-15", skip=ND), line(KORK, "FP40", "3", ps="2027-06-15",
                                                                          skip=ND)],
                ["customer.org_no"], KORK)])


@case("u14_sv_kork_credit_cancelled_test")
def _u14() -> Any:
    body = ("Hej,\n\nkörprovet den 2 juni för Åkeri Strand & Söner AB ställdes in av oss (fel på provbilen). "
            "Kan ni kreditera faktura 7704512, rad 2 (Körprov C, 1 300 kr)? Provet görs om den 22 juni och "
            "kommer med i nästa underlag." + SIG_KORK.format(n="Anders Holmqvist"))
    m = _se("kork_a", "Kreditering 7704512", "Thu, 17 Jun 2027 11:02:40", body)
    return m, expect_unknown("a credit of one row of an issued invoice: no requests", OTHER)


@case("u15_sv_kork_bullets_12digit_org")
def _u15() -> Any:
    org12 = "16" + cust("C-4108")["org_no"].replace("-", "")
    body = ("Hej!\n\nFakturaunderlag tunga prov:\n\nKund: Åkeri Strand & Söner AB\nOrg.nr: " + org12 + "\n"
            "Er referens: Jonas Strand\nBeställning: 4471-S\n\n"
            "  • Körprov C (FP30) – 2 st, 8 juni 2027\n"
            "  • Tung provbil (FP40) – 2 st à 1 250,50 kr, 8 juni 2027\n" + SIG_KORK.format(n="Anders Holmqvist"))
    m = _se("kork_a", "Underlag Strand & Söner", "Fri, 18 Jun 2027 08:05:18", body)
    return m, expect_requests("bullets; a 12-digit org number with the 16 prefix; a price written over the "
                              "register's", PLAIN, [
        request(cust("C-4108"), [line(KORK, "FP30", "2", ps="2027-06-08", skip=ND),
                                 line(KORK, "FP40", "2", "1250.50", ps="2027-06-08", skip=ND)], [], KORK,
                buyer="Jonas Strand", order="4471-S")])


@case("u16_sv_kork_quoted_comma_csv_hb")
def _u16() -> Any:
    o = cust("C-4107")["org_no"]
    csv = ('"Datum","Org.nr","Kund","Art","Text","Antal","À-pris"\r\n'
           f'"2027-06-01","{o}","Trafikskolan Kurvan HB","FP10","Kunskapsprov B","4",""\r\n'
           f'"2027-06-03","{o}","Trafikskolan Kurvan HB","FP20","Körprov B","3",""\r\n'
           f'"2027-06-03","{o}","Trafikskolan Kurvan HB","FP40","Provbil, hyra (manuell växellåda)","3","950,00"\r\n')
    m = _se("kork", "Kurvan HB juni v1", "Fri, 18 Jun 2027 10:44:51",
            "Hej,\n\nunderlag för Trafikskolan Kurvan HB (Falkenberg) bifogas.\n" + SIG_KORK.format(n="Fakturering"),
            attachments=[text_att("kurvan_hb_2027-06.csv", csv)])
    return m, expect_requests("quoted comma CSV; the twin resolved by its org number; empty price column takes the "
                              "register's, a quoted decimal-comma price is taken", PLAIN, [
        request(cust("C-4107"), [line(KORK, "FP10", "4", desc="Kunskapsprov B", ps="2027-06-01"),
                                 line(KORK, "FP20", "3", desc="Körprov B", ps="2027-06-03"),
                                 line(KORK, "FP40", "3", "950.00", desc="Provbil, hyra (manuell växellåda)",
                                      ps="2027-06-03")], [], KORK)])
