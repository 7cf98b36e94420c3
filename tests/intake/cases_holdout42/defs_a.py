"""Forty-second held-out set (written blind), part A: the Swedish culture and nature mail of the last week of
September — the art lending centre (an XLSX whose second sheet is only the list of works, an HTML-only export of
the loan system with two customers, a private borrower by a 12-digit personnummer, a new clinic without address,
a conservation priced from a quote, a forwarded betalningsspecifikation) and the nature school (a tab-pasted table
in lower case, a cp1252 booking export with cancelled rows, the Montessori twins, an approximate pupil count for a
camp school and the reply that gives the exact count)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import se_ocr, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    mail,
    new_cust,
    text_att,
    xlsx,
)

from .kit42 import (
    ASK,
    CENTRE_SE,
    KLC,
    ND,
    NSK,
    OTHER,
    PLAIN,
    Q4,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    org_of,
    pay,
    request,
)

SIG_KLC = ("\n\nMed vänlig hälsning\n\n{n}\nKonstlånecentralen | Kultur, idrott och fritid\nVästerås stad\n"
           "Stora Torget 3, 721 87 Västerås\nOrg.nr " + org(KLC) + " | Bankgiro " + pay(KLC) + "\n"
           "Tfn 021-39 00 00 | www.vasteras-demo.se/konstlan\n\n"
           "Västerås stad behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på "
           "www.vasteras-demo.se/personuppgifter\n")
SIG_NSK = "\n\n/P-O\n\n--\nPer-Olof Rask\nnaturpedagog, Naturskolan\nJönköpings kommun\n036-10 50 00\n"


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("v01_sv_klc_xlsx_quarter_loans_works_sheet")
def _v01() -> Any:
    d = dt.date
    bill = [["Konstlånecentralen – fakturaunderlag kvartal 4 2027", None, None, None, None, None],
            ["Kund: Kvarnbackens Fastigheter AB", None, None, "Kundnr: C-6101", None, None],
            ["Art", "Benämning", "Fr.o.m.", "T.o.m.", "Antal", "Belopp"],
            ["KL100", "Konstlån, 14 verk (förteckning flik Verk)", d(2027, 10, 1), d(2027, 12, 31), 14, 6300],
            ["KL300", "Transport vid byte av verk", d(2027, 10, 4), d(2027, 10, 4), 1, 1200],
            ["KL200", "Upphängning vid byte", d(2027, 10, 4), d(2027, 10, 4), 2.5, 1625],
            ["Summa exkl. moms", None, None, None, None, 9125]]
    works = [["Inv.nr", "Konstnär", "Titel", "Placering"]] + [
        [f"VK-{1100 + i}", artist, title, place] for i, (artist, title, place) in enumerate([
            ("Ann-Sofi Berg", "Höstljus", "Reception plan 1"), ("Karl Dahlin", "Mälaren i dis", "Konferens A"),
            ("Nour Haddad", "Utan titel III", "Konferens A"), ("Eva Lindgren", "Skärva", "Korridor plan 2"),
            ("Ann-Sofi Berg", "Vinterljus", "Korridor plan 2"), ("Olle Sjö", "Bro", "Lunchrum"),
            ("Mira Kask", "Fält 7", "Lunchrum"), ("Mira Kask", "Fält 9", "VD-rum"),
            ("Karl Dahlin", "Kvarnen", "VD-rum"), ("Lisa Ung", "Samtal", "Konferens B"),
            ("Lisa Ung", "Tystnad", "Konferens B"), ("Tor Ekman", "Ränder", "Trapphus"),
            ("Tor Ekman", "Ränder II", "Trapphus"), ("Eva Lindgren", "Fönster mot gården", "Reception plan 1")])]
    body = ("Hej!\n\nHär kommer underlaget för Kvarnbackens konstlån under fjärde kvartalet. Fakturaunderlaget ligger "
            "på första fliken. Fliken \"Verk\" är bara förteckningen över vad som hänger var (de vill ha den som "
            "bilaga till fakturan), den ska inte faktureras i sig.\n\nEr referens: Lotta Grahn\n"
            + SIG_KLC.format(n="Helena Wikström\nintendent"))
    m = _se("klc_h", "Konstlån kv 4 – Kvarnbackens Fastigheter", "Mon, 27 Sep 2027 08:40:12", body,
            attachments=[xlsx("Kvarnbacken_kv4_2027.xlsx", [("Fakturaunderlag", bill, ["A1:F1"]),
                                                            ("Verk", works, [])])])
    return m, expect_requests("XLSX: merged title, customer number in a cell, amounts instead of prices (amount / "
                              "quantity = the register's price), a sum row; the second sheet lists the works and "
                              "is not to be invoiced", PLAIN, [
        request(cust("C-6101"), [
            line(KLC, "KL100", "14", "450", desc="Konstlån, 14 verk (förteckning flik Verk)", ps=Q4[0], pe=Q4[1]),
            line(KLC, "KL300", "1", "1200", desc="Transport vid byte av verk", ps="2027-10-04"),
            line(KLC, "KL200", "2.5", "650", desc="Upphängning vid byte", ps="2027-10-04")], [], KLC,
            buyer="Lotta Grahn")])


def _loan_row(num: str, name: str, art: str, text: str, qty: str, period: str) -> str:
    return (f"<tr><td>{num}</td><td>{name}</td><td>{art}</td><td>{text}</td><td style='text-align:right'>{qty}</td>"
            f"<td>{period}</td></tr>")


@case("v02_sv_klc_html_loan_system_two_customers")
def _v02() -> Any:
    lindh, sala = "Advokatbyrån Lindh &amp; Stål KB", "Sala kommun"
    q4 = "2027-10-01 – 2027-12-31"
    html = ("<html><body style='font-family:Arial'><p><b>Debiteringsunderlag</b> från Konstlånesystemet "
            "(körning 2027-09-27 06:00, kvartal 4).</p><table border='1' cellspacing='0' cellpadding='4'>"
            "<tr><th>Kundnr</th><th>Kund</th><th>Art</th><th>Text</th><th>Antal</th><th>Period</th></tr>"
            + _loan_row("C-6102", lindh, "KL100", "Konstlån kv 4", "6", q4)
            + _loan_row("C-6103", sala, "KL100", "Konstlån kv 4, stadshuset", "22", q4)
            + _loan_row("C-6102", lindh, "KL400", "Konstvandring för personalen", "1", "2027-09-22")
            + _loan_row("C-6103", sala, "KL300", "Transport Västerås–Sala", "2", "2027-10-01")
            + "</table><p>Priser enligt gällande prislista. Meddelandet är skickat automatiskt från "
            "Konstlånesystemet och kan inte besvaras. Frågor: konstlan@vasteras-demo.se, tfn 021-39 00 00.</p>"
            "</body></html>")
    m = _se("klc", "Debiteringsunderlag kvartal 4 (2 kunder)", "Mon, 27 Sep 2027 06:00:41", None, html=html)
    return m, expect_requests("HTML-only export of the loan system; rows of two customers interleaved, grouped by "
                              "customer in order of first appearance", PLAIN, [
        request(cust("C-6102"), [line(KLC, "KL100", "6", desc="Konstlån kv 4", ps=Q4[0], pe=Q4[1]),
                                 line(KLC, "KL400", "1", desc="Konstvandring för personalen", ps="2027-09-22")],
                [], KLC),
        request(cust("C-6103"), [line(KLC, "KL100", "22", desc="Konstlån kv 4, stadshuset", ps=Q4[0], pe=Q4[1]),
                                 line(KLC, "KL300", "2", desc="Transport Västerås–Sala", ps="2027-10-01")],
                [], KLC)])


@case("v03_sv_klc_private_borrower_12digit_pnr")
def _v03() -> Any:
    body = ("Hej,\n\nBirgitta Holmér (personnummer " + org_of("C-6104") + ") har lånat hem två verk från oss för "
            "höstens låneperiod, oktober–december 2027. Konstlån KL100, 2 st.\n\nVi kör ut verken till henne "
            "lördag 2 oktober, så lägg även på en transport (KL300), 1 st.\n\nHon vill ha fakturan på papper, "
            "adressen har ni sedan förra lånet." + SIG_KLC.format(n="Helena Wikström\nintendent"))
    m = _se("klc_h", "Hemlån Birgitta Holmér", "Tue, 28 Sep 2027 13:15:07", body)
    return m, expect_requests("a registered private person by a 12-digit personnummer; a month range for the loan, "
                              "the transport's own date", PLAIN, [
        request(cust("C-6104"), [line(KLC, "KL100", "2", ps=Q4[0], pe=Q4[1], skip=ND),
                                 line(KLC, "KL300", "1", ps="2027-10-02", skip=ND)], [], KLC)])


@case("v04_sv_klc_new_clinic_no_address")
def _v04() -> Any:
    org_new = se_org("559302745")
    body = ("Hej!\n\nEn ny kund: Tandvårdshuset i Skultuna AB, org.nr " + org_new + ". De har flyttat in i nya "
            "lokaler och anlitade oss för att hänga deras egna tavlor. De nås på info@tandvardshuset-demo.se.\n\n"
            "Upphängning (KL200) 3,5 timmar den 24 september, och en transport (KL300) av tavlorna från den gamla "
            "lokalen, också 24/9.\n\nJag har ingen fakturaadress än, de skulle återkomma med den."
            + SIG_KLC.format(n="Helena Wikström\nintendent"))
    m = _se("klc_h", "Ny kund: Tandvårdshuset Skultuna", "Wed, 29 Sep 2027 10:02:55", body)
    return m, expect_requests("new customer with org number and e-mail only: address asked; 'en transport' is "
                              "quantity 1", ASK, [
        request(new_cust("Tandvårdshuset i Skultuna AB", org_new, "SE", email="info@tandvardshuset-demo.se"),
                [line(KLC, "KL200", "3.5", ps="2027-09-24", skip=ND),
                 line(KLC, "KL300", "1", ps="2027-09-24", skip=ND)], ["customer.address"], KLC)])


@case("v05_sv_klc_conservation_priced_from_quote")
def _v05() -> Any:
    body = ("Hej igen,\n\nen sak till för Kvarnbackens Fastigheter: en av tavlorna i deras entré fick en reva i duken "
            "när en hantverkare bar in en stege i våras. Konservatorn har lagat den nu och Kvarnbacken har godkänt "
            "offerten.\n\nKonservering (KL900), 1 st, 3 450 kr exkl. moms, utförd 20 september 2027.\n"
            "Återhängning (KL200), 1 timme, också 20/9.\n\nEr referens: Lotta Grahn"
            + SIG_KLC.format(n="Helena Wikström\nintendent"))
    m = _se("klc_h", "Konservering – Kvarnbacken", "Thu, 30 Sep 2027 15:40:31", body)
    return m, expect_requests("the customer named without 'AB' matches one; an unpriced article with its price "
                              "written", PLAIN, [
        request(cust("C-6101"), [line(KLC, "KL900", "1", "3450", ps="2027-09-20", skip=ND),
                                 line(KLC, "KL200", "1", ps="2027-09-20", skip=ND)], [], KLC,
                buyer="Lotta Grahn")])


@case("v06_sv_klc_forwarded_betalningsspecifikation")
def _v06() -> Any:
    o1, o2 = se_ocr("42008713"), se_ocr("42009124")
    body = ("Hej reskontran,\n\nLindh & Stål skickade sin betalningsspecifikation till mig i stället för till er. "
            "Vidarebefordrar.\n\nHelena\n\n"
            "Från: Ekonomi Lindh & Stål <faktura@lindhstal-demo.se>\nSkickat: den 30 september 2027 16:48\n"
            "Till: Helena Wikström <helena.wikstrom@vasteras-demo.se>\nÄmne: Betalningsspecifikation\n\n"
            "BETALNINGSSPECIFIKATION\nBetalningsmottagare: Västerås stad, bankgiro " + pay(KLC) + "\n"
            "Betalare: Advokatbyrån Lindh & Stål KB\nBetaldatum: 2027-09-30\n\n"
            "Fakturanr   OCR-nummer          Belopp\n"
            "4200871     " + o1[:4] + " " + o1[4:] + "         3 375,00\n"
            "4200912     " + o2[:4] + " " + o2[4:] + "         2 250,00\n\n"
            "Totalt betalt: 5 625,00 SEK\n\nMed vänlig hälsning\nEkonomi, Advokatbyrån Lindh & Stål KB\n"
            + SIG_KLC.format(n="Helena Wikström\nintendent"))
    m = _se("klc_h", "VB: Betalningsspecifikation", "Fri, 1 Oct 2027 09:20:18", body)
    return m, expect_advice("Outlook-forwarded betalningsspecifikation: OCR numbers with spaces; the agency's own "
                            "bankgiro in it and in the signature", OTHER,
                            {"name": "Advokatbyrån Lindh & Stål KB", "org_no": None}, "2027-09-30", "5625.00", "SEK",
                            [("4200871", o1, "3375.00"), ("4200912", o2, "2250.00")])


@case("v07_sv_nsk_lowercase_tab_pasted_theme_days")
def _v07() -> Any:
    body = ("hej\n\nfakturera vätterskolan i gränna ab, org nr " + org_of("C-6107") + ", för temadagarna förra "
            "veckan:\n\ndatum\tklass\ttema\tart\tantal\n21/9\t4A\tsvamp\tNS10\t1\n22/9\t4B\tsvamp\tNS10\t1\n"
            "23/9\t5A\tsjön\tNS10\t1\n23/9\t5A\tkanoter\tNS30\t12\n\nref: rektor Maria Fält" + SIG_NSK)
    m = _se("nsk_p", "vätterskolan v.38", "Mon, 27 Sep 2027 16:55:03", body)
    return m, expect_requests("lower case prose with a tab-separated table pasted from a spreadsheet, day/month "
                              "dates without a year; 'ref:' is the buyer's reference", PLAIN, [
        request(cust("C-6107"), [line(NSK, "NS10", "1", ps="2027-09-21", skip=ND),
                                 line(NSK, "NS10", "1", ps="2027-09-22", skip=ND),
                                 line(NSK, "NS10", "1", ps="2027-09-23", skip=ND),
                                 line(NSK, "NS30", "12", ps="2027-09-23", skip=ND)], [], NSK,
                buyer="rektor Maria Fält")])


@case("v08_sv_nsk_cp1252_booking_export_cancelled_rows")
def _v08() -> Any:
    csv = ("Naturskolan bokningar 2027-09-01 -- 2027-09-30;;;;;;;\r\n"
           "Bokningsnr;Datum;Kund;Kundnr;Art;Benämning;Antal;Status\r\n"
           "B-1031;2027-09-07;Habo kommun;C-6108;NS10;Temadag skog, Furustadsskolan 3A;1;Genomförd\r\n"
           "B-1032;2027-09-08;Vätterskolan i Gränna AB;C-6107;NS10;Temadag skog, klass 6;1;Genomförd\r\n"
           "B-1035;2027-09-14;Habo kommun;C-6108;NS20;Fortbildning pedagoger;9;Genomförd\r\n"
           "B-1036;2027-09-15;Habo kommun;C-6108;NS10;Temadag vatten, Furustadsskolan 3B;1;Avbokad\r\n"
           "B-1040;2027-09-24;Vätterskolan i Gränna AB;C-6107;NS30;Kanothyra;8;Genomförd\r\n"
           "B-1041;2027-09-24;Habo kommun;C-6108;NS30;Kanothyra;16;Genomförd\r\n")
    m = _se("nsk", "Bokningar september – fakturering", "Tue, 28 Sep 2027 07:30:00",
            "Hej!\n\nBifogar exporten ur bokningssystemet för september. Rader med status Avbokad ska inte "
            "faktureras (avbokade i tid).\n\nHälsningar\nNaturskolan, Jönköpings kommun\n",
            attachments=[text_att("bokningar_2027-09.csv", csv, encoding="cp1252")])
    return m, expect_requests("cp1252 semicolon export with a report line above the header, two customers, a "
                              "cancelled row the mail says not to invoice; the booking numbers are the agency's own",
                              PLAIN, [
        request(cust("C-6108"), [line(NSK, "NS10", "1", desc="Temadag skog, Furustadsskolan 3A", ps="2027-09-07"),
                                 line(NSK, "NS20", "9", desc="Fortbildning pedagoger", ps="2027-09-14"),
                                 line(NSK, "NS30", "16", desc="Kanothyra", ps="2027-09-24")], [], NSK),
        request(cust("C-6107"), [line(NSK, "NS10", "1", desc="Temadag skog, klass 6", ps="2027-09-08"),
                                 line(NSK, "NS30", "8", desc="Kanothyra", ps="2027-09-24")], [], NSK)])


@case("v09_sv_nsk_montessori_twin_names")
def _v09() -> Any:
    body = ("hej!\n\nfortbildning för pedagogerna på Montessoriskolan Linden i måndags 27/9, 14 deltagare (NS20). "
            "de ville ha fakturan till skolans ekonomi." + SIG_NSK)
    m = _se("nsk_p", "fortbildning montessori", "Wed, 29 Sep 2027 12:10:44", body)
    return m, expect_requests("a name matching both Montessoriskolan Linden and Montessoriskolan Linden AB, no "
                              "number: org_no asked", ASK, [
        request(new_cust("Montessoriskolan Linden", None, None), [line(NSK, "NS20", "14", ps="2027-09-27", skip=ND)],
                ["customer.org_no"], NSK)])


@case("v10_sv_nsk_camp_school_approximate_pupils")
def _v10() -> Any:
    body = ("hej,\n\nhabo kommun (kundnr C-6108) har haft lägerskola vid Östra lägret 22–24 september, två dygn. "
            "det var ungefär 45 elever, jag väntar på den slutliga listan från Alléskolan. lägerskola NS40 "
            "faktureras per elevdygn.\nkanoter: 15 st NS30, 23/9." + SIG_NSK)
    m = _se("nsk_p", "lägerskola habo", "Thu, 30 Sep 2027 08:05:19", body)
    return m, expect_requests("pupil-nights from 'ungefär 45 elever' and 'två dygn': the quantity is approximate, "
                              "asked", ASK, [
        request(cust("C-6108"), [line(NSK, "NS40", None, ps="2027-09-22", pe="2027-09-24", skip=ND),
                                 line(NSK, "NS30", "15", ps="2027-09-23", skip=ND)], ["lines[0].quantity"], NSK)])


@case("v11_sv_nsk_reply_token_exact_count")
def _v11() -> Any:
    token = "REQ-8QW3N"
    body = ("hej,\n\ndet blev 94 elevdygn till slut (47 elever, 2 dygn).\n\n/P-O\n\n"
            "Från: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 30 september 2027 14:12\n"
            "Till: Per-Olof Rask <per-olof.rask@jonkoping-demo.se>\nÄmne: [" + token + "] Uppgifter saknas för "
            "fakturering\n\nHej! För att kunna fakturera Habo kommun behöver vi:\n"
            "1. Antal för rad 1 \"Lägerskola, elev och dygn\" (lines[0].quantity)\n\n"
            "Vänliga hälsningar\nKundfaktura, Servicecentret\n")
    m = _se("nsk_p", "SV: [" + token + "] Uppgifter saknas för fakturering", "Fri, 1 Oct 2027 10:45:02", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>",
                     "References": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("a reply above the quoted question mail: the count, with how it was reached in "
                           "parentheses", OTHER, token, {"lines": [{"quantity": "94"}]})
