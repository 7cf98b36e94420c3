"""Fortieth held-out set (written blind), part A: the Swedish agencies' ordinary April mail — environmental health
inspections, fishing permits, lab animal care. Prose with a week number, a case-system export as HTML, a private
well owner with a 10-digit personnummer, an XLSX with an instruction sheet, a quoted CSV from a permit system, an
Outlook and a Gmail forward, a PDF order form from a new customer with an address; the must-ask ones (a fee not yet
set, twin names, an approximate count, material without a register price) and an Easter out-of-office, a credit
request and a reply."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.mailkit import (
    CENTRE_SE,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit40 import (
    ASK,
    FDJ,
    FISK,
    MARCH,
    MHK,
    ND,
    OTHER,
    PLAIN,
    PNR_ERIK,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_MHK = ("\n\nMed vänlig hälsning\n\n{n}\nMiljöinspektör\nLjusdals kommun | Miljö- och hälsoskydd\n"
           "Riotorget 1, 827 80 Ljusdal\nTfn 0651-180 00 (växel) | Org.nr " + org(MHK) + "\n\n"
           "När du skickar e-post till Ljusdals kommun behandlas dina personuppgifter enligt dataskydds-"
           "förordningen. Läs mer på www.ljusdal-demo.se/personuppgifter\n")
SIG_FISK = ("\n\nHälsningar\n{n}\nFiskeenheten, Länsstyrelsen i Jämtlands län\n010-225 30 00 | "
            "Bankgiro 5402-1187\n")
SIG_FDJ = ("\n\nVänliga hälsningar\n{n}\nFörsöksdjursenheten (UFDJ), Umeå universitet\nOrg.nr " + org(FDJ)
           + "\nTel 090-786 50 00\n")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("t01_sv_mhk_prose_week_inspection_hours")
def _t01() -> Any:
    body = ("Hej!\n\nVi har haft tillsyn hos Restaurang Sjöboden AB (org.nr " + cust("C-4002")["org_no"]
            + ") under vecka 13. Nedlagd handläggningstid enligt tidrapporten: 3,5 timmar, timavgift enligt "
            "taxan (MH10).\n\nEr referens: Jonas Kack" + SIG_MHK.format(n="Petra Söderlund"))
    m = _se("mhk_p", "Debitering tillsyn Sjöboden v. 13", "Mon, 05 Apr 2027 09:14:22", body)
    return m, expect_requests("prose, a week number as the period (Monday-Sunday), hours with a decimal comma",
                              PLAIN, [
        request(cust("C-4002"), [line(MHK, "MH10", "3.5", ps="2027-03-29", pe="2027-04-04", skip=ND)], [], MHK,
                buyer="Jonas Kack")])


@case("t02_sv_mhk_html_case_system_other_legal_form")
def _t02() -> Any:
    html = ("<html><body><p><b>Ärendeinformation – avgift att debitera</b></p><table border='0' "
            "cellpadding='2'><tr><td>Ärende:</td><td>Registrering av livsmedelsanläggning</td></tr>"
            "<tr><td>Diarienummer:</td><td>MHN 2027-000398</td></tr>"
            "<tr><td>Verksamhetsutövare:</td><td>Hotell Kvarnen AB</td></tr>"
            "<tr><td>Org.nr/Pnr:</td><td>" + cust("C-4001")["org_no"] + "</td></tr>"
            "<tr><td>Fakturaadress:</td><td>Kvarnvägen 2, 827 32 Ljusdal</td></tr>"
            "<tr><td>Handläggare:</td><td>Petra Söderlund</td></tr></table>"
            "<p><b>Avgifter</b></p><table border='1'><tr><th>Avgiftskod</th><th>Text</th><th>Antal</th>"
            "<th>Belopp</th></tr><tr><td>MH30</td><td>Registrering av livsmedelsanläggning (café)</td>"
            "<td>1</td><td>2&nbsp;300,00&nbsp;kr</td></tr></table>"
            "<p style='color:#777'>Detta meddelande har skapats automatiskt i ärendehanteringssystemet. "
            "Svara inte på detta meddelande.</p></body></html>")
    m = _se("mhk", "Avgift att debitera: MHN 2027-000398", "Mon, 05 Apr 2027 10:02:51", None, html=html)
    out = expect_requests("HTML-only case-system export; the operator written 'AB' while the register says "
                          "'Aktiebolag', resolved by the org number; the agency's diarienummer and the decision "
                          "are not checked as order reference or period", PLAIN, [
        request(cust("C-4001"), [line(MHK, "MH30", "1", "2300.00", skip=ND + ("period_start", "period_end"))],
                [], MHK)])
    del out["requests"][0]["order_reference"]
    return m, out


@case("t03_sv_mhk_private_well_pnr_no_year")
def _t03() -> Any:
    body = ("Hej,\n\nprovtagning av dricksvatten från enskild brunn, 2 st prov (MH20), tagna tisdagen den 6 april.\n"
            "Fastighetsägare och betalare: Erik Lindqvist, pnr " + PNR_ERIK + ", Hybovägen 31, 827 92 Färila.\n"
            "Svaren från labbet har skickats till honom direkt." + SIG_MHK.format(n="Petra Söderlund"))
    m = _se("mhk_p", "Vattenprov Hybovägen", "Wed, 07 Apr 2027 13:40:05", body)
    return m, expect_requests("a registered private person by a 10-digit personnummer (born 1957); a date without "
                              "a year", PLAIN, [
        request(cust("C-4009"), [line(MHK, "MH20", "2", ps="2027-04-06", skip=ND)], [], MHK)])


@case("t04_sv_mhk_extra_control_fee_not_set")
def _t04() -> Any:
    body = ("Hej!\n\nExtra offentlig kontroll (MH90) hos Restaurang Sjöboden, kundnr C-4002: uppföljande "
            "kontroll den 31 mars efter klagomål, en kontroll. Avgiften för extra kontroller är inte fastställd "
            "ännu – nämnden beslutar om den på sammanträdet den 20 april, så beloppet kommer efter det."
            + SIG_MHK.format(n="Petra Söderlund"))
    m = _se("mhk_p", "Extra kontroll Sjöboden", "Tue, 06 Apr 2027 08:55:40", body)
    return m, expect_requests("an article without a register price, the fee not yet decided: price asked", ASK, [
        request(cust("C-4002"), [line(MHK, "MH90", "1", None, ps="2027-03-31", skip=ND)],
                ["lines[0].unit_price"], MHK)])


@case("t05_sv_mhk_out_of_office_easter")
def _t05() -> Any:
    body = ("Hej,\n\njag är påskledig och tillbaka måndag den 12 april. Ärenden om livsmedelskontroll: ring "
            "växeln 0651-180 00.\n\nPetra Söderlund\n")
    m = _se("mhk_p", "Automatiskt svar: [REQ-7TD4M] Uppgifter saknas för fakturering",
            "Mon, 05 Apr 2027 07:03:12", body,
            headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-7TD4M.1@servicecentret.se>"})
    return m, expect_unknown("an Easter out-of-office answer to a question mail, token in subject and headers",
                             OTHER, token_checked=False)


@case("t06_sv_mhk_xlsx_instruction_sheet_two_customers")
def _t06() -> Any:
    instr = [["Så fyller du i debiteringsunderlaget"], ["En rad per tillsynstillfälle. Ange kundnr eller org.nr."],
             ["Kund", "Kundnr/Org.nr", "Art", "Text", "Timmar", "Datum"],
             ["Exempel AB", "C-0000", "MH10", "Exempelrad – fakturera inte", 2, "2027-01-15"]]
    rows = [["Tillsynsdebitering kvartal 1 2027", None, None, None, None, None],
            ["Kund", "Kundnr/Org.nr", "Art", "Text", "Timmar", "Datum"],
            ["Hotell Kvarnen", "C-4001", "MH10", "Livsmedelskontroll, kök", 2.5, dt.date(2027, 2, 16)],
            ["Restaurang Sjöboden AB", cust("C-4002")["org_no"], "MH10", "Uppföljande kontroll", 1.5,
             dt.date(2027, 3, 9)],
            ["Hotell Kvarnen", "C-4001", "MH10", "Tillsyn bassäng (hälsoskydd)", 3, dt.date(2027, 3, 23)],
            [None, None, None, "Summa timmar", 7, None]]
    m = _se("mhk", "Debiteringsunderlag tillsyn Q1", "Tue, 06 Apr 2027 11:21:09",
            "Hej!\n\nHär kommer kvartalets debiteringsunderlag för timavgifter, fliken \"Debitering\".\n"
            + SIG_MHK.format(n="Miljö- och hälsoskydd"),
            attachments=[xlsx("debitering_tillsyn_2027Q1.xlsx", [("Instruktion", instr, []),
                                                                  ("Debitering", rows, ["A1:F1"])])])
    return m, expect_requests("XLSX: an instruction sheet with an example row (not invoiced), a title row, date "
                              "cells, a sum row; rows for two customers grouped in order of first appearance", PLAIN, [
        request(cust("C-4001"), [line(MHK, "MH10", "2.5", desc="Livsmedelskontroll, kök", ps="2027-02-16"),
                                 line(MHK, "MH10", "3", desc="Tillsyn bassäng (hälsoskydd)", ps="2027-03-23")],
                [], MHK),
        request(cust("C-4002"), [line(MHK, "MH10", "1.5", desc="Uppföljande kontroll", ps="2027-03-09")], [], MHK)])


@case("t07_sv_fisk_quoted_csv_reseller_quarter")
def _t07() -> Any:
    csv = ('"Återförsäljare";"Kundnr";"Korttyp";"Art";"Antal sålda";"À-pris";"Belopp"\r\n'
           '"Åre Fiskecamp AB";"C-4005";"Dygnskort Indalsälven";"FK20";"46";"80,00";"3 680,00"\r\n'
           '"Åre Fiskecamp AB";"C-4005";"Veckokort Indalsälven";"FK30";"12";"250,00";"3 000,00"\r\n'
           '"Åre Fiskecamp AB";"C-4005";"Säsongskort Indalsälven";"FK10";"3";"450,00";"1 350,00"\r\n'
           '"Totalt";"";"";"";"61";"";"8 030,00"\r\n')
    body = ("Hej,\n\nredovisning av sålda fiskekort för första kvartalet 2027 (januari–mars) från Åre Fiskecamp. "
            "Fakturera återförsäljaren enligt exporten från kortsystemet." + SIG_FISK.format(n="Anders Rehn"))
    m = _se("fisk_a", "Kortredovisning Q1 Åre Fiskecamp", "Tue, 06 Apr 2027 14:12:30", body,
            attachments=[text_att("kortforsaljning_2027Q1.csv", csv, encoding="cp1252")])
    q1 = ("2027-01-01", "2027-03-31")
    return m, expect_requests("quoted semicolon CSV (Windows-1252) with prices and amounts, a total row; the "
                              "quarter stated in the body applies to every line", PLAIN, [
        request(cust("C-4005"), [line(FISK, "FK20", "46", "80.00", desc="Dygnskort Indalsälven", ps=q1[0],
                                      pe=q1[1]),
                                 line(FISK, "FK30", "12", "250.00", desc="Veckokort Indalsälven", ps=q1[0],
                                      pe=q1[1]),
                                 line(FISK, "FK10", "3", "450.00", desc="Säsongskort Indalsälven", ps=q1[0],
                                      pe=q1[1])], [], FISK)])


@case("t08_sv_fisk_twin_names_no_number")
def _t08() -> Any:
    body = ("Hej!\n\nStorsjöns Fiske har köpt 10 säsongskort (FK10) som de hyr ut till sina gäster. Korten "
            "hämtades här på kontoret den 1 april." + SIG_FISK.format(n="Anders Rehn"))
    m = _se("fisk_a", "Säsongskort Storsjöns Fiske", "Mon, 05 Apr 2027 15:30:00", body)
    return m, expect_requests("a name matching both Storsjöns Fiske AB and HB, no number: org_no asked", ASK, [
        request(new_cust("Storsjöns Fiske", None, None), [line(FISK, "FK10", "10", ps="2027-04-01", skip=ND)],
                ["customer.org_no"], FISK)])


@case("t09_sv_fisk_approximate_count_premiere")
def _t09() -> Any:
    body = ("Hej,\n\nJämtlands Sportfiskeförening tog ut dygnskort (FK20) till fiskepremiären i Ammerån den "
            "3 april – ca 40 st, exakt antal får jag när de lämnat tillbaka de osålda korten. Dessutom 5 "
            "veckokort (FK30) till funktionärerna, samma datum.\n" + SIG_FISK.format(n="Fiskeenheten"))
    m = _se("fisk", "Premiären Ammerån", "Thu, 08 Apr 2027 10:05:44", body)
    return m, expect_requests("an approximate count ('ca 40'): that quantity asked, the exact line goes through",
                              ASK, [
        request(cust("C-4006"), [line(FISK, "FK20", None, ps="2027-04-03", skip=ND),
                                 line(FISK, "FK30", "5", ps="2027-04-03", skip=ND)],
                ["lines[0].quantity"], FISK)])


@case("t10_sv_fisk_outlook_forward_fixed_fee")
def _t10() -> Any:
    body = ("Hej!\n\nTillståndet nedan är beviljat. Fakturera tillstånd för elfiske (FK90), fast avgift 1 800 kr "
            "enligt taxan. Sökanden är handelsbolaget, inte aktiebolaget med samma namn."
            + SIG_FISK.format(n="Anders Rehn")
            + "\nFrån: Sune Olsson <sune@storsjonsfiske-hb.se>\nSkickat: den 1 april 2027 09:12\n"
            "Till: Fiskeenheten <fiske.jamtland@lansstyrelsen-demo.se>\nÄmne: Ansökan om elfiske i Hallbäcken\n\n"
            "Hej,\n\nvi ansöker om tillstånd för elfiske i Hallbäcken i sommar för inventering av "
            "öringbeståndet.\n\nSökande: Storsjöns Fiske HB, org.nr " + cust("C-4004")["org_no"]
            + "\nAdress: Byn 12, 830 15 Hallen\nReferens på fakturan: Sune Olsson\n\nMvh Sune Olsson\n"
            "070-331 24 18\n")
    m = _se("fisk_a", "VB: Ansökan om elfiske i Hallbäcken", "Wed, 07 Apr 2027 16:48:02", body)
    return m, expect_requests("Outlook forward; the twin resolved by the org number in the quoted application; "
                              "'fast avgift' gives quantity 1 and the price of an unpriced article", PLAIN, [
        request(cust("C-4004"), [line(FISK, "FK90", "1", "1800", skip=ND)], [], FISK, buyer="Sune Olsson")])


@case("t11_sv_fisk_credit_request")
def _t11() -> Any:
    body = ("Hej,\n\nkan ni kreditera faktura 7100234 till Åre Fiskecamp AB? De 5 veckokorten (FK30) för "
            "december redovisades två gånger, så 1 250 kr ska krediteras. Resten av fakturan stämmer.\n"
            + SIG_FISK.format(n="Anders Rehn"))
    m = _se("fisk_a", "Kreditering 7100234", "Fri, 09 Apr 2027 09:30:15", body)
    return m, expect_unknown("a partial credit of an issued invoice: no requests", OTHER)


@case("t12_sv_fdj_xlsx_cage_days_month_two_customers")
def _t12() -> Any:
    rows = [["Försöksdjursenheten – debitering burdygn mars 2027", None, None, None, None, None],
            ["Utskrivet 2027-04-06", None, None, None, None, None],
            [None, None, None, None, None, None],
            ["Kund", "Org.nr", "Art", "Benämning", "Antal", "Enhet"],
            ["Nordbiom Diagnostics AB", cust("C-4007")["org_no"], "DJ10", "Burdygn mus, rum B2", 1240, "burdygn"],
            ["Nordbiom Diagnostics AB", cust("C-4007")["org_no"], "DJ30", "Teknikertid, injektioner", 3.5, "tim"],
            ["Region Västerbotten", cust("C-4008")["org_no"], "DJ20", "Burdygn råtta, rum C1", 310, "burdygn"],
            [None, None, None, "Summa", None, None]]
    info = [["Frågor om underlaget"], ["Linda Marklund, 090-786 50 00"]]
    m = _se("fdj", "Burdygn mars 2027", "Tue, 06 Apr 2027 08:12:45",
            "Hej,\n\nbifogar debiteringsunderlaget för burdygn och teknikertid i mars.\n"
            + SIG_FDJ.format(n="Försöksdjursenheten"),
            attachments=[xlsx("burdygn_2027-03.xlsx", [("Debitering", rows, ["A1:F1"]), ("Kontakt", info, [])])])
    return m, expect_requests("XLSX with two title rows, a blank row, a contact sheet and a sum row; the month "
                              "of the title for every line; two customers by org number", PLAIN, [
        request(cust("C-4007"), [line(FDJ, "DJ10", "1240", desc="Burdygn mus, rum B2", ps=MARCH[0], pe=MARCH[1]),
                                 line(FDJ, "DJ30", "3.5", desc="Teknikertid, injektioner", ps=MARCH[0],
                                      pe=MARCH[1])], [], FDJ),
        request(cust("C-4008"), [line(FDJ, "DJ20", "310", desc="Burdygn råtta, rum C1", ps=MARCH[0], pe=MARCH[1])],
                [], FDJ)])


@case("t13_sv_fdj_material_without_register_price")
def _t13() -> Any:
    body = ("Hej!\n\nTill Vaccinea AB (kundnr C-4010):\n• Djurteknikertimmar (DJ30): 2 tim den 30/3, "
            "blodprovtagning\n• Förbrukningsmaterial (DJ40): 1 st sats provrör och kanyler\n\n"
            "Materialet finns inte i prislistan – jag kollar med inköp vad det kostade och återkommer."
            + SIG_FDJ.format(n="Linda Marklund"))
    m = _se("fdj_l", "Vaccinea – teknikertid och material", "Wed, 07 Apr 2027 10:44:19", body)
    return m, expect_requests("material without a register price and none given: that price asked", ASK, [
        request(cust("C-4010"), [line(FDJ, "DJ30", "2", ps="2027-03-30", skip=ND),
                                 line(FDJ, "DJ40", "1", None, skip=ND + ("period_start", "period_end"))],
                ["lines[1].unit_price"], FDJ)])


@case("t14_sv_fdj_pdf_form_new_customer_weeks")
def _t14() -> Any:
    html = ("<h1>Beställning av djurhållning</h1><table>"
            "<tr><th>Beställare</th><td>Bioregen Sverige AB</td></tr>"
            "<tr><th>Organisationsnummer</th><td>559402-3185</td></tr>"
            "<tr><th>Fakturaadress</th><td>Box 7021<br>907 02 Umeå</td></tr>"
            "<tr><th>Er referens</th><td>Malin Öberg</td></tr><tr><th>Ert ordernummer</th><td>BR-0331</td></tr>"
            "<tr><th>Period</th><td>v. 10–12 2027</td></tr></table><p></p>"
            "<table><thead><tr><th>Art</th><th>Tjänst</th><th>Antal</th><th>Enhet</th></tr></thead><tbody>"
            "<tr><td>DJ20</td><td>Burdygn råtta, avdelning C</td><td class='num'>420</td><td>burdygn</td></tr>"
            "</tbody></table><p>Underskrift: ____________________</p>")
    m = _se("fdj_l", "Ny kund: Bioregen", "Thu, 08 Apr 2027 13:05:00",
            "Hej,\n\nny kund! Underlaget finns i den bifogade beställningsblanketten, fakturera för hela perioden."
            + SIG_FDJ.format(n="Linda Marklund"),
            attachments=[pdf("bestallning_bioregen.pdf", html)])
    return m, expect_requests("a new customer in a PDF form with a postal address (nothing asked); a week range "
                              "as the period", PLAIN, [
        request(new_cust("Bioregen Sverige AB", "559402-3185", "SE"),
                [line(FDJ, "DJ20", "420", desc="Burdygn råtta, avdelning C", ps="2027-03-08", pe="2027-03-28")],
                [], FDJ, buyer="Malin Öberg", order="BR-0331")])


@case("t15_sv_fdj_reply_price_answer")
def _t15() -> Any:
    token = "REQ-9KD2F"
    body = ("Hej!\n\nMaterialet kostade 1 845,50 kr exkl. moms.\n\n/Linda\n\n"
            "Från: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 7 april 2027 15:20\n"
            "Till: Linda Marklund\nÄmne: [" + token + "] Uppgifter saknas för fakturering\n\n"
            "> Hej! För att kunna fakturera Vaccinea AB behöver vi:\n"
            "> 1. À-pris för rad 2 \"Förbrukningsmaterial\" (lines[1].unit_price)\n")
    m = _se("fdj_l", "SV: [" + token + "] Uppgifter saknas för fakturering", "Thu, 08 Apr 2027 09:01:33", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("a reply answering the asked price of line 2", OTHER, token,
                           {"lines": [{}, {"unit_price": "1845.50"}]})


@case("t16_sv_fdj_gmail_forward_region_range")
def _t16() -> Any:
    body = ("Hej,\n\nfakturera enligt nedan, djurteknikertimmar (DJ30). Timmarna stämmer med vår tidrapport.\n\n"
            "---------- Forwarded message ---------\nFrån: Anna Holm <anna.holm@regionvb-demo.se>\n"
            "Date: tors 1 apr. 2027 kl 16:12\nSubject: Teknikertid mars\nTo: Linda Marklund "
            "<linda.marklund@umu-demo.se>\n\n"
            "Hej Linda!\n\nTack för hjälpen med provtagningen 15–17 mars, det blev 6 timmar totalt. Fakturan ska "
            "till Region Västerbotten.\nReferens: VB4471\n\nHälsningar\nAnna Holm\nKlinisk forskning, "
            "Region Västerbotten\n" + SIG_FDJ.format(n="Linda Marklund"))
    m = _se("fdj_l", "Fwd: Teknikertid mars", "Fri, 09 Apr 2027 11:17:50", body, to=CENTRE_SE)
    return m, expect_requests("Gmail forward: hours and day range in the quoted message, article code above it; "
                              "customer by exact name", PLAIN, [
        request(cust("C-4008"), [line(FDJ, "DJ30", "6", ps="2027-03-15", pe="2027-03-17", skip=ND)], [], FDJ,
                buyer="VB4471")])
