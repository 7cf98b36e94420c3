"""Thirty-fifth held-out set (written blind), part C: the Finland-Swedish choir school and the English-writing
Nordic ministers' liaison office — prose, CSV and XLSX, an inline forward, phone mail, a foreign (Norwegian)
customer, a new customer without address, an unpriced interpretation, a reply carrying its token only in the
headers and a question about an earlier invoice."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt
from tests.intake.cases.mailkit import expect_reply, expect_requests, expect_unknown, mail, new_cust, text_att, xlsx

from .kit35 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_LINNEA,
    KORS,
    ND,
    NMO,
    OTHER,
    PLAIN,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_KORS = ("\n\nMed vänliga hälsningar\nKarin Nylund\nkörledare, Jakobstads svenska församling\nFO-nummer "
            + org(KORS) + " | tfn 040 310 2266\n")
SIG_NMO = ("\n\nBest regards,\n{n}\nNordic Ministers' Liaison Office | Business ID " + org(NMO)
           + "\nKalevankatu 3, 00100 Helsinki | +358 9 6129 0400\n")


def _fi(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("w31_fs_kors_term_fee_child_hetu")
def _w31() -> Any:
    body = ("Hej!\n\nTerminsavgiften för körskolan, vårterminen 2027 (januari–maj), ska faktureras för "
            "Linnea Björkqvist, personbeteckning " + HETU_LINNEA + ". En termin, KS10 1 st. Fakturan går till "
            "föräldrarna på samma adress som tidigare." + SIG_KORS)
    m = _fi("kors", "Terminsavgift Linnea B.", "Fri, 04 Jun 2027 11:00:00", body)
    return m, expect_requests("a registered child by hetu (2000s 'A'), a month range for the term", PLAIN, [
        request(cust("C-3608"), [line(KORS, "KS10", "1", ps="2027-01-01", pe="2027-05-31", skip=ND)], [], KORS)])


@case("w32_fs_kors_csv_choir_camp")
def _w32() -> Any:
    csv = ("Kund;Art;Text;Antal;Datum\nJakobstads Musikvänner rf;KS20;Körläger Nykarleby 14–16.6.2027;22;"
           "14.6.2027–16.6.2027\nJakobstads Musikvänner rf;KS30;Församlingssalen, repetition;6;14.6.2027\n")
    m = _fi("kors", "Körlägret i juni", "Mon, 07 Jun 2027 08:05:00",
            "Hej,\n\nhär är lägerunderlaget, fakturera Musikvännerna enligt filen." + SIG_KORS,
            attachments=[text_att("korlager_2027.csv", csv, encoding="cp1252")])
    return m, expect_requests("semicolon CSV (Windows-1252), a date range and a single date", PLAIN, [
        request(cust("C-3607"), [line(KORS, "KS20", "22", desc="Körläger Nykarleby 14–16.6.2027",
                                      ps="2027-06-14", pe="2027-06-16"),
                                 line(KORS, "KS30", "6", desc="Församlingssalen, repetition", ps="2027-06-14")],
                [], KORS)])


@case("w33_fs_kors_inline_forward_from_cantor")
def _w33() -> Any:
    body = ("Hej, se nedan från kantorn – kan ni fakturera?\n/Karin\n\n"
            "-------- Vidarebefordrat meddelande --------\nÄmne: Salen lördag\nDatum: 2027-06-05 15:31\n"
            "Från: Mats Sundqvist <mats.sundqvist@jakobstads-forsamling.fi>\nTill: Karin Nylund\n\n"
            "Musikvännerna (kundnr C-3607) hyrde församlingssalen i lördags 5.6 kl. 10–14, alltså 4 timmar "
            "(KS30). Deras kassör Bo Lindén vill ha sin referens på fakturan.\n\nMats\n")
    m = _fi("kors", "VB: Salen lördag", "Mon, 07 Jun 2027 09:12:00", body)
    # "vill ha sin referens" names the person, so the buyer reference is Bo Lindén.
    return m, expect_requests("inline forward; customer number; clock times given with the hour count", PLAIN, [
        request(cust("C-3607"), [line(KORS, "KS30", "4", ps="2027-06-05", skip=ND)], [], KORS,
                buyer="Bo Lindén")])


@case("w34_fs_kors_new_choir_without_address")
def _w34() -> Any:
    yt = fi_yt("3190552")
    body = ("Hej!\n\nPedersöre Kammarkör rf (FO-nummer " + yt + ") hyrde salen onsdag 2.6.2027, 3 timmar "
            "(KS30). De är nya hos oss, e-post kassor@pedersorekammarkor.fi." + SIG_KORS)
    m = _fi("kors", "Ny kund – kammarkören", "Mon, 07 Jun 2027 10:20:00", body)
    return m, expect_requests("new customer with a FO-nummer and e-mail only: address asked", ASK, [
        request(new_cust("Pedersöre Kammarkör rf", yt, "FI", email="kassor@pedersorekammarkor.fi"),
                [line(KORS, "KS30", "3", ps="2027-06-02", skip=ND)], ["customer.address"], KORS)])


@case("w35_fs_kors_reply_token_only_in_headers")
def _w35() -> Any:
    token = "REQ-3QW9L"
    body = ("Hej,\n\ndet var 18 deltagare på lägret.\n\nKarin\n\n"
            "Den fre 4 juni 2027 kl 14:02 skrev Myyntilaskutus:\n"
            "> Hej! För att kunna fakturera behöver vi:\n"
            "> 1. Antal för rad 2 \"Körläger, per deltagare\" (lines[1].quantity)\n")
    m = _fi("kors", "Sv: Uppgifter saknas för fakturering", "Mon, 07 Jun 2027 11:45:00", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>",
                     "References": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply without the token in subject or quote; the token is in In-Reply-To", OTHER,
                           token, {"lines": [{}, {"quantity": "18"}]})


@case("w36_fs_kors_question_invoice_sent")
def _w36() -> Any:
    body = ("Hej,\n\nhar fakturan för vårens körläger till Jakobstads Musikvänner gått iväg? Kassören säger att "
            "de inte fått någon ännu. Tacksam för svar." + SIG_KORS)
    m = _fi("kors", "Fråga om faktura", "Mon, 07 Jun 2027 13:30:00", body)
    return m, expect_unknown("a question about an earlier invoice: nothing to invoice", OTHER)


@case("w37_en_nmo_seminar_norwegian_customer")
def _w37() -> Any:
    body = ("Dear colleagues,\n\nplease invoice the following for the Nordic Rural Futures seminar, 2-3 June "
            "2027:\n\nCustomer: Distriktsnettverket Nord AS\nOrg. no. 915 382 746 MVA\nStorgata 31, 9008 Tromsø, "
            "Norway\nYour reference: Ingrid Hansen\nPO: DN-4471\n\n- Seminar fee (NM10): 3 participants\n"
            "- Meeting room hire (NM20): 1 day, 3 June" + SIG_NMO.format(n="Rasmus Dahl"))
    m = _fi("nmo_r", "Invoice – Distriktsnettverket Nord", "Fri, 04 Jun 2027 14:25:00", body)
    return m, expect_requests("a registered foreign (Norwegian) customer by exact name; a range and a single date",
                              PLAIN, [
        request(cust("C-3609"), [line(NMO, "NM10", "3", ps="2027-06-02", pe="2027-06-03", skip=ND),
                                 line(NMO, "NM20", "1", ps="2027-06-03", skip=ND)], [], NMO,
                buyer="Ingrid Hansen", order="DN-4471")])


@case("w38_en_nmo_xlsx_room_hire_two_customers")
def _w38() -> Any:
    rows = [["Customer", "Item", "Description", "Qty", "From", "To"],
            ["Lärkträdets Förlag AB", "NM20", "Room Saga, book launch", 2, "2027-05-11", "2027-05-12"],
            ["Distriktsnettverket Nord AS", "NM20", "Room Fjord, board meeting", 1, "2027-05-27", "2027-05-27"],
            ["Lärkträdets Förlag AB", "NM10", "Launch seminar seats", 4, "2027-05-12", "2027-05-12"]]
    m = _fi("nmo", "May room hire", "Mon, 07 Jun 2027 08:50:00",
            "Hello,\n\nMay's room hire and seminar seats are in the attached sheet. Standard prices.\n"
            + SIG_NMO.format(n="Liaison Office"),
            attachments=[xlsx("room_hire_2027-05.xlsx", [("May", rows, [])])])
    return m, expect_requests("XLSX rows for two customers, grouped in order of first appearance", PLAIN, [
        request(cust("C-3509"), [line(NMO, "NM20", "2", desc="Room Saga, book launch", ps="2027-05-11",
                                      pe="2027-05-12"),
                                 line(NMO, "NM10", "4", desc="Launch seminar seats", ps="2027-05-12")], [], NMO),
        request(cust("C-3609"), [line(NMO, "NM20", "1", desc="Room Fjord, board meeting", ps="2027-05-27")],
                [], NMO)])


@case("w39_en_nmo_interpretation_rate_unknown")
def _w39() -> Any:
    body = ("Hi,\n\ncould you invoice Distriktsnettverket Nord AS (customer no. C-3609) for interpretation "
            "(NM30), 6 hours on 3 June 2027? The interpreters' agency has not confirmed the hourly rate yet, "
            "I'll send it as soon as I have it." + SIG_NMO.format(n="Rasmus Dahl"))
    m = _fi("nmo_r", "Interpretation 3 June", "Mon, 07 Jun 2027 12:05:00", body)
    return m, expect_requests("an unpriced article with the rate still unknown: price asked", ASK, [
        request(cust("C-3609"), [line(NMO, "NM30", "6", None, ps="2027-06-03", skip=ND)],
                ["lines[0].unit_price"], NMO)])


@case("w40_en_nmo_phone_customer_number")
def _w40() -> Any:
    body = "pls invoice cust C-3607 for 2 seminar seats nm10, june 3. thx\nrasmus\n\nSent from my phone\n"
    m = _fi("nmo_r", "seats", "Mon, 07 Jun 2027 07:48:00", body)
    return m, expect_requests("phone mail: customer number, lower-case code, a date without a year", PLAIN, [
        request(cust("C-3607"), [line(NMO, "NM10", "2", ps="2027-06-03", skip=ND)], [], NMO)])
