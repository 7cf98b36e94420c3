"""Thirty-first held-out set (written blind), part A: the Swedish agencies writing Swedish — counts as group ×
size, a dozen, clock times and minutes, totals with a count, per-row discounts, prices incl. VAT, thousands with
spaces and dots; four that must ask (a range, a sum that does not add up, a count to follow, 'ca … tkr'); a
forwarded payment advice and a credit request."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_requests, expect_unknown, mail, text_att, xlsx

from .kit31 import ASK, MUSE, ND, OTHER, PLAIN, PNR_KARIN, POL, VETL, W, case, cust, line, org, pay, request, when

SIG_MUSE = ("\n\nVänliga hälsningar\n{n}\nPedagogiska enheten, Riksmuseet Bottenviken\nOrg.nr " + org(MUSE)
            + " · Bankgiro " + pay(MUSE) + " · tfn 0920-45 33 00\n")
SIG_POL = ("\n\nMed vänlig hälsning\n{n}\nPolisregion Nord, tillstånd och eskort\nOrg.nr " + org(POL)
           + "\nDetta e-postmeddelande kan innehålla sekretessbelagd information.\n")
SIG_VETL = ("\n\n/Provmottagningen\nVeterinärlaboratoriet Norr · Org.nr " + org(VETL) + " · Bg " + pay(VETL)
            + "\nProvsvar lämnas endast till insändaren.\n")


def _se(frm: str, subj: str, stamp: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(stamp), body, **kw)


@case("x01_sv_muse_three_groups_of_twelve_pupils")
def _x01() -> Any:
    body = ("Hej!\n\nBottenvikens Friskola AB (org.nr " + cust("K-3101")["org_no"] + ") var här tisdagen den "
            "6 april med årskurs 5: 3 grupper à 12 elever på skolvisning (MU10). Lärarna går in gratis och ska "
            "inte faktureras.\n\nEr referens: Lena Berg" + SIG_MUSE.format(n="Ylva Sandström"))
    m = _se("muse", "Fakturera skolvisning 6/4", "2027-04-08 10:12", body)
    return m, expect_requests("3 groups à 12 pupils on a per-pupil article: quantity 36; the free teachers are no "
                              "line", PLAIN, [
        request(cust("K-3101"), [line(MUSE, "MU10", "36", ps="2027-04-06", skip=ND)], [], MUSE,
                buyer="Lena Berg")])


@case("x02_sv_muse_two_tours_and_special_excl_vat")
def _x02() -> Any:
    body = ("Hej Kundfaktura,\n\nLuleå Hembygdsförening hade två guidade visningar (MU20) lördagen den 10 april "
            "och samma dag en specialvisning av modellvarvet (MU90). För specialvisningen har vi kommit överens om "
            "2 400 kr exkl. moms.\n\nTack!" + SIG_MUSE.format(n="Ylva Sandström"))
    m = _se("muse", "Hembygdsföreningen 10/4", "2027-04-12 08:55", body)
    # MU90 has no register price: the agreed 2 400 kr (excl. VAT, as the contract takes prices) is its price; "en
    # specialvisning" is the explicit one.
    return m, expect_requests("number word 'två', 'en', a price with a thousands space 'exkl. moms'", PLAIN, [
        request(cust("K-3106"), [line(MUSE, "MU20", "2", ps="2027-04-10", skip=ND),
                                 line(MUSE, "MU90", "1", "2400.00", ps="2027-04-10", skip=ND)], [], MUSE)])


@case("x03_sv_muse_near_twin_total_and_count")
def _x03() -> Any:
    body = ("Hej,\n\nkan ni fakturera Norrsken Resor (Kiruna) för workshopen knopar & sjömanskap (MU30) som "
            "deras resegrupp gick den 15 april. 18 deltagare, sammanlagt 1 980 kr enligt offerten.\n\n"
            "/Ylva" + SIG_MUSE.format(n="Ylva Sandström"))
    m = _se("muse", "Workshop Norrsken", "2027-04-16 14:03", body)
    # "Norrsken Resor" matches only Norrsken Resor AB, not Norrskens Resor AB. A total with a count: 1980 / 18.
    return m, expect_requests("near-twin name resolves exactly one; only a total and a count: unit price 110",
                              PLAIN, [
        request(cust("K-3103"), [line(MUSE, "MU30", "18", "110.00", ps="2027-04-15", skip=ND)], [], MUSE)])


@case("x04_sv_muse_csv_discount_percent_per_row")
def _x04() -> Any:
    csv = ("Datum;Kund;Kundnr;Art;Antal;À-pris;Rabatt\n"
           "2027-04-13;Bottenvikens Friskola AB;K-3101;MU10;28;45,00;20 %\n"
           "2027-04-14;Norrskens Resor AB;K-3102;MU20;2;1 200,00;\n"
           "2027-04-20;Bottenvikens Friskola AB;K-3101;MU30;24;120,00;20 %\n"
           "2027-04-22;Norrskens Resor AB;K-3102;MU90;1;3 150,00;10 %\n")
    m = _se("muse_b", "Bokningar v. 15-16", "2027-04-23 16:40",
            "Hej,\n\nbokningarna för vecka 15–16 i bifogad fil. Skolan har 20 % avtalsrabatt och Norrskens fick "
            "10 % på specialvisningen, rabatten står på raden. À-pris exkl. moms före rabatt.\n\nBokningen\n"
            "Riksmuseet Bottenviken\n", attachments=[text_att("bokningar_v15-16.csv", csv, encoding="cp1252")])
    # A discount in percent on the row's à-price gives the net unit price: 45 − 20 % = 36, 120 − 20 % = 96,
    # 3 150 − 10 % = 2 835 (the invoice has no discount field; the net price is what the clerk invoices).
    return m, expect_requests("CSV, cp1252, two customers grouped, percent discount → net unit price", PLAIN, [
        request(cust("K-3101"), [line(MUSE, "MU10", "28", "36.00", ps="2027-04-13"),
                                 line(MUSE, "MU30", "24", "96.00", ps="2027-04-20")], [], MUSE),
        request(cust("K-3102"), [line(MUSE, "MU20", "2", "1200.00", ps="2027-04-14"),
                                 line(MUSE, "MU90", "1", "2835.00", ps="2027-04-22")], [], MUSE)])


@case("x05_sv_pol_escort_clock_times_over_midnight")
def _x05() -> Any:
    body = ("Hej,\n\nfakturaunderlag eskort av tung transport (PO10):\n\nKund: Tungtransport Kallax AB, org.nr "
            + cust("K-3104")["org_no"] + "\nDeras ordernr: KX-7781\nNatten 8–9 april, eskort Luleå–Boden, "
            "kl. 22.15–02.00\n\nTaxa enligt prislista." + SIG_POL.format(n="Tillstånd och eskort Nord"))
    m = _se("pol", "Eskort Kallax 8-9/4", "2027-04-12 07:48", body)
    return m, expect_requests("hours only as clock times over midnight: 22.15–02.00 = 3.75 h, a two-day range",
                              PLAIN, [
        request(cust("K-3104"), [line(POL, "PO10", "3.75", ps="2027-04-08", pe="2027-04-09", skip=ND)], [], POL,
                order="KX-7781")])


@case("x06_sv_pol_officers_times_hours_and_extension")
def _x06() -> Any:
    body = ("Hej!\n\nBevakning vid Kiruna Vinterfest lördag 17 april, kund Lapplands Evenemang AB (kundnr K-3105), "
            "art PO20:\n- 4 poliser × 6 timmar\n- förlängning efter stängning: 2 poliser, 1 h 45 min\n\n"
            "Er referens Johan Pekkari" + SIG_POL.format(n="Håkan Öberg"))
    m = _se("pol_h", "Vinterfesten 17/4 - debitering", "2027-04-19 11:20", body)
    # Per officer and hour: 4 × 6 = 24; 2 × 1 h 45 min = 3.5.
    return m, expect_requests("officers × hours; the extension 2 × 1 h 45 min = 3.5", PLAIN, [
        request(cust("K-3105"), [line(POL, "PO20", "24", ps="2027-04-17", skip=ND),
                                 line(POL, "PO20", "3.5", ps="2027-04-17", skip=ND)], [], POL,
                buyer="Johan Pekkari")])


@case("x07_sv_pol_forward_price_incl_vat")
def _x07() -> Any:
    body = ("Hej, vidarebefordrar från flygpolisen. Kan ni fakturera?\n\n/Håkan\n\n"
            "---------- Forwarded message ---------\nFrån: Gruppchef Flyg <flyg.nord@polisen-region-nord.se>\n"
            "Date: tis 20 apr. 2027 15:31\nSubject: Insats Kallax\nTo: Håkan Öberg\n\n"
            "Hej Håkan,\nvi gjorde en särskild insats (PO90) vid Kallax flygfält onsdag 2027-04-21 för "
            "Tungtransport Kallax AB, kundnr K-3104 – avspärrning vid lossning av transformator. Avtalat pris "
            "3 750 kr inklusive moms för hela insatsen.\n\nMvh\nGruppchef Flyg")
    m = _se("pol_h", "Fwd: Insats Kallax", "2027-04-22 09:02", body)
    # Prices are invoiced excl. VAT: 3 750 incl. 25 % VAT is 3 000 excl.; "hela insatsen" is one lump sum.
    return m, expect_requests("forward; a lump-sum price given incl. VAT: 3 750 / 1.25 = 3 000 excl. VAT", PLAIN, [
        request(cust("K-3104"), [line(POL, "PO90", "1", "3000.00", ps="2027-04-21", skip=ND)], [], POL)])


@case("x08_sv_vetl_a_dozen_samples_and_three_kits")
def _x08() -> Any:
    body = ("Hej\n\nMjölkgården Norrbyn AB, " + cust("K-3107")["org_no"] + ":\n"
            "ett dussin mjölkprover för salmonellaanalys (VL10), inkomna 7/4\n"
            "tre provtagningskit (VL30) skickade 9/4\n\nOrdinarie priser." + SIG_VETL)
    m = _se("vetl", "Debitering Mjölkgården", "2027-04-13 13:15", body)
    return m, expect_requests("'ett dussin' = 12 and 'tre' as counts, d/m dates without year", PLAIN, [
        request(cust("K-3107"), [line(VETL, "VL10", "12", ps="2027-04-07", skip=ND),
                                 line(VETL, "VL30", "3", ps="2027-04-09", skip=ND)], [], VETL)])


@case("x09_sv_vetl_private_pnr_dotted_thousands_price")
def _x09() -> Any:
    body = ("Hej!\n\nObduktion av hund (VL20), 1 st, 2027-04-12. St-pris 1.650:- enligt överenskommelse med "
            "veterinären (rabatt för uppfödare).\n\nKund: Karin Nyström, pnr 19" + PNR_KARIN + ", Byvägen 7, "
            "922 66 Tavelsjö" + SIG_VETL)
    m = _se("vetl", "Obduktion privatperson", "2027-04-14 08:30", body)
    return m, expect_requests("private person by 12-digit personnummer; 'st-pris 1.650:-' with a dot for "
                              "thousands", PLAIN, [
        request(cust("K-3108"), [line(VETL, "VL20", "1", "1650.00", ps="2027-04-12", skip=ND)], [], VETL)])


@case("x10_sv_vetl_xlsx_row_amounts_two_customers")
def _x10() -> Any:
    rows = [["Debiteringsunderlag april 2027", None, None, None, None],
            ["Provdatum", "Kund", "Art", "Antal", "Belopp exkl. moms"],
            ["2027-04-05", "Djurkliniken Älvdal AB", "VL90", 3, 4350],
            ["2027-04-05", "Djurkliniken Älvdal AB", "VL10", 20, 6200],
            ["2027-04-16", "Mjölkgården Norrbyn AB", "VL90", 2, 2900],
            ["2027-04-19", "Djurkliniken Älvdal AB", "VL20", 1, 1850],
            ["Summa", None, None, None, 15300]]
    m = _se("vetl", "Underlag april", "2027-04-30 15:10",
            "Hej, bifogar underlaget för april. Beloppskolumnen är radens totalbelopp." + SIG_VETL,
            attachments=[xlsx("underlag_april_2027.xlsx", [("April", rows, ["A1:E1"])])])
    # Row amount with a count gives the unit price: 4350/3 = 1450, 6200/20 = 310, 2900/2 = 1450, 1850/1.
    return m, expect_requests("XLSX with row totals only: unit price = amount / count; the sum row is no line",
                              PLAIN, [
        request(cust("K-3109"), [line(VETL, "VL90", "3", "1450.00", ps="2027-04-05"),
                                 line(VETL, "VL10", "20", "310.00", ps="2027-04-05"),
                                 line(VETL, "VL20", "1", "1850.00", ps="2027-04-19")], [], VETL),
        request(cust("K-3107"), [line(VETL, "VL90", "2", "1450.00", ps="2027-04-16")], [], VETL)])


@case("x11_sv_muse_pupils_two_or_three_classes")
def _x11() -> Any:
    body = ("Hej,\n\nBottenvikens Friskola (kundnr K-3101) hade skolvisning (MU10) igår 27/4. Det var 2–3 klasser, "
            "ca 60 elever, läraren skulle räkna och höra av sig men jag har inte fått något. Fakturera gärna "
            "ändå så det inte blir liggande." + SIG_MUSE.format(n="Ylva Sandström"))
    m = _se("muse", "Skolvisning 27/4", "2027-04-28 09:41", body)
    return m, expect_requests("a range of classes and 'ca 60' pupils: no count, quantity asked", ASK, [
        request(cust("K-3101"), [line(MUSE, "MU10", None, ps="2027-04-27", skip=ND)], ["lines[0].quantity"],
                MUSE)])


@case("x12_sv_pol_product_does_not_match_sum")
def _x12() -> Any:
    body = ("Hej,\n\nLapplands Evenemang AB, org.nr " + cust("K-3105")["org_no"] + ", bevakning konsert "
            "Ishallen 24/4 (PO20): 3 poliser × 5 timmar à 980 kr = 17 640 kr.\n" + SIG_POL.format(n="Håkan Öberg"))
    m = _se("pol_h", "Bevakning Ishallen 24/4", "2027-04-26 10:05", body)
    # 3 × 5 × 980 = 14 700, but 17 640 is 18 hours at 980: the count is in doubt (15 or 18), the à-price agrees
    # with itself and the register. Never invoice a guess: quantity asked, the written price stays.
    return m, expect_requests("officers × hours × price does not give the stated sum: quantity asked", ASK, [
        request(cust("K-3105"), [line(POL, "PO20", None, "980.00", ps="2027-04-24", skip=ND)],
                ["lines[0].quantity"], POL)])


@case("x13_sv_vetl_sample_count_to_follow")
def _x13() -> Any:
    body = ("Hej!\n\nTill Mjölkgården Norrbyn (kundnr K-3107):\n1) 5 provtagningskit (VL30), skickade 20/4\n"
            "2) salmonellaanalys (VL10) på deras tankprover – antalet prov meddelar vi när alla kommit in.\n\n"
            "Fakturera gärna kiten redan nu om det går, annars allt tillsammans." + SIG_VETL)
    m = _se("vetl", "Mjölkgården kit + prover", "2027-04-21 11:00", body)
    return m, expect_requests("a count promised later on the second line: quantity asked for it only", ASK, [
        request(cust("K-3107"), [line(VETL, "VL30", "5", ps="2027-04-20", skip=ND),
                                 line(VETL, "VL10", None, skip=ND)], ["lines[1].quantity"], VETL)])


@case("x14_sv_vetl_special_analysis_ca_tkr")
def _x14() -> Any:
    body = ("Hej,\n\nen specialanalys (VL90, toxikologi) för Djurkliniken Älvdal AB, provet kom in 2027-04-23. "
            "Priset blir ca 4,5 tkr, exakt belopp när vi fått fakturan från underleverantören.\n" + SIG_VETL)
    m = _se("vetl", "Toxanalys Älvdal", "2027-04-26 14:22", body)
    return m, expect_requests("'ca 4,5 tkr' on an article without a price: price asked; 'en' is the count", ASK, [
        request(cust("K-3109"), [line(VETL, "VL90", "1", None, ps="2027-04-23", skip=ND)],
                ["lines[0].unit_price"], VETL)])


@case("x15_sv_muse_forwarded_advice_with_credit_note")
def _x15() -> Any:
    o1, o2, o3 = se_ocr("2710087"), se_ocr("2710090"), se_ocr("2710095")
    body = ("Hej, fick den här från Norrsken Resor, vidarebefordrar för kännedom.\n\nBokningen\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Norrsken Resor AB <ekonomi@norrskenresor.se>\n"
            "Skickat: den 26 april 2027 10:02\nÄmne: Betalningsspecifikation\n\n"
            "Betalningsspecifikation från Norrsken Resor AB, org.nr " + cust("K-3103")["org_no"] + "\n"
            "Betaldag 2027-04-26, till bankgiro " + pay(MUSE) + "\n\n"
            "Faktura     OCR          Belopp\n"
            "27100871    " + o1 + "     14 350,00\n"
            "27100902    " + o2 + "      3 600,00\n"
            "27100955    " + o3 + "     -1 200,00   (kreditfaktura)\n"
            "Totalt betalt:           16 750,00 SEK\n")
    m = _se("muse_b", "VB: Betalningsspecifikation", "2027-04-26 13:30", body)
    return m, expect_advice("forwarded payment advice, thousands with spaces, a credit note deducted", OTHER,
                            {"name": "Norrsken Resor AB", "org_no": cust("K-3103")["org_no"]}, "2027-04-26",
                            "16750.00", "SEK", [("27100871", o1, "14350.00"), ("27100902", o2, "3600.00"),
                                                ("27100955", o3, "-1200.00")])


@case("x16_sv_pol_partial_credit_request")
def _x16() -> Any:
    body = ("Hej,\n\nkreditera faktura 27104412 (Lapplands Evenemang AB) delvis: bevakningen 3 april var beställd "
            "för 4 poliser × 6 timmar men två av poliserna kallades till annan insats. Kreditera 2 × 6 timmar "
            "à 980 kr = 11 760 kr.\n" + SIG_POL.format(n="Håkan Öberg"))
    m = _se("pol_h", "Kreditering faktura 27104412", "2027-04-27 08:14", body)
    return m, expect_unknown("a partial credit of an issued invoice with its own arithmetic: no new request", OTHER)
