"""Thirty-first held-out set (written blind), part C: the Finland-Swedish harbour office (metres of boat, boats ×
nights, 'sex st', '2 h 15 min', 'ungefär', a price range, a reply to the centre) and the English-writing
university (francs with apostrophes, 'a dozen' × days, a row whose amount does not match, a status question)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import (
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    pdf,
    text_att,
    xlsx,
)

from .kit31 import (
    ASK,
    CENTRE_FI,
    HAMN,
    HETU_BRITT,
    ND,
    OTHER,
    PLAIN,
    UID_ALPEN,
    UNI,
    W,
    case,
    cust,
    line,
    org,
    pay,
    request,
    when,
)

SIG_HAMN = ("\n\nMed vänlig hälsning\n{n}\nKristinestads stad / Hamnkontoret\nFO-nummer " + org(HAMN)
            + " · IBAN " + pay(HAMN) + " · tfn 040 182 4410\n")
SIG_UNI = ("\n\nBest regards,\n{n}\nConference & Events Office, Norrsund University\nOrg. no. " + org(UNI)
           + " | Bankgiro " + pay(UNI) + " | +46 60 14 86 00\n")


def _fs(frm: str, subj: str, stamp: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(stamp, finnish=True), body, to=CENTRE_FI, **kw)


def _en(subj: str, stamp: str, body: str | None, **kw: Any) -> Any:
    return mail(W["uni"], subj, when(stamp), body, **kw)


@case("z31_fs_hamn_berth_per_metre_private_hetu")
def _z31() -> Any:
    body = ("Hej!\n\nBåtplats (HK10) för säsongen 1.5–30.9.2027 åt Britt-Marie Holm, personbeteckning "
            + HETU_BRITT + ", Tegelbruksgatan 4, 64100 Kristinestad. Båten är 9,5 meter lång, plats B 14.\n"
            + SIG_HAMN.format(n="Mikael Åkerlund"))
    m = _fs("hamn_m", "Båtplats B 14 säsong 2027", "2027-04-20 10:25", body)
    # The article is priced per metre: the boat's length is the quantity.
    return m, expect_requests("a per-metre berth: the boat's 9,5 m is the quantity; a season as the period", PLAIN, [
        request(cust("K-3210"), [line(HAMN, "HK10", "9.5", ps="2027-05-01", pe="2027-09-30", skip=ND)], [],
                HAMN)])


@case("z32_fs_hamn_csv_two_boats_five_nights")
def _z32() -> Any:
    csv = ("Båt;Art;Från;Till;Antal;À-pris\n"
           "s/y Tärnan;HK20;16.4.2027;21.4.2027;5;28,00\n"
           "m/s Albatross;HK20;16.4.2027;21.4.2027;5;28,00\n"
           "s/y Tärnan, kranlyft;HK30;16.4.2027;16.4.2027;1;95,00\n")
    m = _fs("hamn", "Gästhamnen, Seglarföreningen", "2027-04-22 08:10",
            "Hej,\n\nKristinestads Seglarförening rf (FO-nummer " + cust("K-3208")["org_no"] + ") hade två båtar "
            "i gästhamnen 16–21.4, fem dygn vardera, och en kranlyft. Utdrag ur bokningssystemet bifogas.\n"
            + SIG_HAMN.format(n="Hamnkontoret"),
            attachments=[text_att("gasthamn_ksf.csv", csv, bom=True)])
    return m, expect_requests("CSV with BOM, à-pris column, one line per boat; the body's 'fem dygn vardera' "
                              "agrees", PLAIN, [
        request(cust("K-3208"), [line(HAMN, "HK20", "5", "28.00", ps="2027-04-16", pe="2027-04-21", skip=ND),
                                 line(HAMN, "HK20", "5", "28.00", ps="2027-04-16", pe="2027-04-21", skip=ND),
                                 line(HAMN, "HK30", "1", "95.00", ps="2027-04-16", skip=ND)], [], HAMN)])


@case("z33_fs_hamn_html_only_minutes_and_six")
def _z33() -> Any:
    html = ("<html><body><p>Hej,</p><p>fakturera Närpes Båtvarv Ab, kundnummer K-3209, för arbetena vid slipen "
            "22.4.2027:</p><table border='1' cellpadding='3'><tr><th>Art</th><th>Arbete</th><th>Tid / antal</th>"
            "<th>á-pris €</th></tr><tr><td>HK90</td><td>Muddring vid slipen, maskinförare</td><td>2 h 15 min</td>"
            "<td>64,00</td></tr><tr><td>HK30</td><td>Kranlyft</td><td>sex st</td><td>95,00</td></tr></table>"
            "<p>Priserna är utan moms.</p><p>Mvh<br/>Mikael Åkerlund<br/>Hamnkontoret, Kristinestads stad<br/>"
            "FO-nummer " + org(HAMN) + "</p></body></html>")
    m = _fs("hamn_m", "Slipen 22.4", "2027-04-23 13:50", None, html=html)
    return m, expect_requests("HTML-only table: '2 h 15 min' = 2.25, 'sex st' = 6, 'á-pris' with decimal comma",
                              PLAIN, [
        request(cust("K-3209"), [
            line(HAMN, "HK90", "2.25", "64.00", desc="Muddring vid slipen, maskinförare", ps="2027-04-22"),
            line(HAMN, "HK30", "6", "95.00", desc="Kranlyft", ps="2027-04-22")], [], HAMN)])


@case("z34_fs_hamn_about_six_hours")
def _z34() -> Any:
    body = ("Hej!\n\nSärskilt arbete (HK90) åt Närpes Båtvarv Ab 26.4, dykare vid deras brygga, ungefär 6 timmar "
            "à 64 €. Dykaren skickar sin tidrapport senare.\n" + SIG_HAMN.format(n="Mikael Åkerlund"))
    m = _fs("hamn_m", "Dykarbete Närpes Båtvarv", "2027-04-27 09:30", body)
    return m, expect_requests("'ungefär 6 timmar': no count, quantity asked; the price is exact", ASK, [
        request(cust("K-3209"), [line(HAMN, "HK90", None, "64.00", ps="2027-04-26", skip=ND)],
                ["lines[0].quantity"], HAMN)])


@case("z35_fs_hamn_reply_chain_price_range")
def _z35() -> Any:
    body = ("Hej,\n\nfakturera Kristinestads Seglarförening rf för särskilt arbete (HK90) vid deras brygga "
            "27.4, 4 timmar. Timpriset blir något mellan 55 och 65 € beroende på om det räknas som maskinarbete, "
            "jag kollar med tekniska.\n" + SIG_HAMN.format(n="Mikael Åkerlund")
            + "\nFrån: Kristinestads Seglarförening <kassor@ksf-segling.fi>\nSkickat: måndag 26 april 2027 19:40\n"
            "Ämne: Bryggan\n\n> Hej, bryggan vid klubbhuset har lossnat i ena änden, kan ni hjälpa till?\n"
            "> Hälsningar, kassören\n")
    m = _fs("hamn_m", "SV: Bryggan", "2027-04-28 11:15", body)
    return m, expect_requests("a price range '55–65 €' on an article without a price: price asked", ASK, [
        request(cust("K-3208"), [line(HAMN, "HK90", "4", None, ps="2027-04-27", skip=ND)],
                ["lines[0].unit_price"], HAMN)])


@case("z36_fs_hamn_reply_twelve_metres")
def _z36() -> Any:
    token = "REQ-M4T8W"
    body = ("Hej,\n\n1. Hon har inget FO-nummer förstås, personbeteckningen är " + HETU_BRITT + ".\n"
            "2. Båten är tolv meter.\n\nMikael\n\n"
            "Den 29.4.2027 kl. 08:02 skrev Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>:\n"
            "> Hej! För att kunna fakturera behöver vi [" + token + "]:\n"
            "> 1. Kundens organisationsnummer (customer.org_no)\n"
            "> 2. Antal för rad 1 \"Båtplats, per meter och säsong\" (lines[0].quantity)\n")
    m = _fs("hamn_m", "SV: [" + token + "] Uppgifter saknas", "2027-04-29 10:40", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply: a hetu for the org number and 'tolv meter' as the quantity", OTHER, token,
                           {"customer": {"org_no": HETU_BRITT}, "lines": [{"quantity": "12"}]})


@case("z37_en_uni_pdf_swiss_francs_apostrophes")
def _z37() -> Any:
    html = ("<h1>Booking confirmation NU-2027-044</h1><p>Customer: Alpenblick Seminare AG, Interlaken "
            "(customer no. K-3111, UID " + UID_ALPEN + ")<br/>Event: Arctic Light Leadership Seminar, "
            "10–12 May 2027<br/>Your reference: Ms. Regula Amstutz<br/>Invoice currency: CHF</p>"
            "<table><thead><tr><th>Code</th><th>Item</th><th>Quantity</th><th class='num'>Price</th></tr>"
            "</thead><tbody><tr><td>UN10</td><td>Seminar fee</td><td>12 participants × 3 days</td>"
            "<td class='num'>CHF 135.00 per participant and day</td></tr><tr><td>UN20</td>"
            "<td>Lecture hall, whole event</td><td>flat</td><td class='num'>CHF 1'280.00</td></tr></tbody>"
            "</table><p>Prices exclude VAT.</p>")
    m = _en("Invoice basis: Alpenblick Seminare AG", "2027-04-20 09:00",
            "Hello,\n\nplease invoice the attached booking in Swiss francs as agreed with the customer."
            + SIG_UNI.format(n="Conference Office"), attachments=[pdf("booking_NU-2027-044.pdf", html)])
    return m, expect_requests("foreign customer, CHF, '12 participants × 3 days' = 36, a flat fee of "
                              "CHF 1'280.00", PLAIN, [
        request(cust("K-3111"), [
            line(UNI, "UN10", "36", "135.00", desc="Seminar fee", ps="2027-05-10", pe="2027-05-12"),
            line(UNI, "UN20", "1", "1280.00", desc="Lecture hall, whole event", ps="2027-05-10", pe="2027-05-12")],
                [], UNI, buyer="Ms. Regula Amstutz", currency="CHF")])


@case("z38_en_uni_html_dozen_for_two_days")
def _z38() -> Any:
    html = ("<html><body><p>Hi,</p><p>could you invoice the Nordic Ice Research Network (customer K-3110) for "
            "their spring workshop, 15–16 April:</p><ul><li>conference fee (UN10): a dozen participants for two "
            "days</li><li>lecture hall (UN20) for the closing session on the 16th, 1 h 45 min</li>"
            "<li>catering (UN30): lunch both days for everyone, SEK 145 per person per lunch</li></ul>"
            "<p>Their reference: Dr Elin Marsh.</p><p>Best regards,<br/>Conference Office<br/>"
            "Norrsund University, org. no. " + org(UNI) + "</p></body></html>")
    m = _en("Invoice: NIRN spring workshop", "2027-04-19 14:20", None, html=html)
    # 12 × 2 participant-days; 1 h 45 min = 1.75 h; 12 people × 2 lunches = 24 at SEK 145.
    return m, expect_requests("HTML-only: 'a dozen … for two days' = 24, '1 h 45 min' = 1.75, 24 lunches", PLAIN, [
        request(cust("K-3110"), [line(UNI, "UN10", "24", ps="2027-04-15", pe="2027-04-16", skip=ND),
                                 line(UNI, "UN20", "1.75", ps="2027-04-16", skip=ND),
                                 line(UNI, "UN30", "24", "145.00", ps="2027-04-15", pe="2027-04-16", skip=ND)],
                [], UNI, buyer="Dr Elin Marsh")])


@case("z39_en_uni_xlsx_row_amount_does_not_match")
def _z39() -> Any:
    rows = [["Customer", "Lapplands Evenemang AB (K-3105)", None, None, None],
            ["Date", "2027-04-23", None, None, None],
            ["Code", "Item", "Qty", "Unit price SEK", "Amount SEK"],
            ["UN20", "Lecture hall", 4, 900, 3600],
            ["UN30", "Conference dinner", 45, 165, 7752],
            [None, "Total", None, None, 11352]]
    m = _en("Invoice basis Lapplands Evenemang 23 April", "2027-04-26 10:10",
            "Hi,\n\nthe invoice basis for Lapplands Evenemang's kick-off is attached." + SIG_UNI.format(n="Anna"),
            attachments=[xlsx("kickoff_2027-04-23.xlsx", [("Basis", rows, [])])])
    # 45 × 165 = 7 425, not 7 752: either the count or the price is wrong and the sheet does not say which.
    return m, expect_requests("XLSX row whose quantity × price is not its amount: both asked for that line", ASK, [
        request(cust("K-3105"), [line(UNI, "UN20", "4", "900.00", desc="Lecture hall", ps="2027-04-23"),
                                 line(UNI, "UN30", None, None, desc="Conference dinner", ps="2027-04-23")],
                ["lines[1].quantity", "lines[1].unit_price"], UNI)])


@case("z40_en_uni_question_about_currency")
def _z40() -> Any:
    body = ("Hello,\n\na quick question: has the invoice to Alpenblick Seminare AG (our booking NU-2027-044, "
            "12 participants, CHF 6'140.00 in total) gone out yet? The customer asks whether it will be in CHF or "
            "SEK.\n" + SIG_UNI.format(n="Conference Office"))
    m = _en("Question: Alpenblick invoice", "2027-04-28 15:00", body)
    return m, expect_unknown("a question about an earlier request with amounts in it: nothing to invoice", OTHER)
