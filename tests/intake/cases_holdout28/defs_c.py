"""Twenty-eighth held-out set (written blind), part C: the Finland-Swedish marina (a CSV of season berths, winter
storage and crane lifts in prose and in an HTML attachment, a missing area, the reply that gives it, a re-send quoting
its first copy) and the English-writing research infrastructure (a foreign customer billed in EUR, an XLSX, a job
without a price, a status question)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.mailkit import expect_reply, expect_requests, expect_unknown, mail, text_att, xlsx

from .kit28 import (
    ASK,
    CENTRE_FI,
    DE_VAT,
    FI_DATE,
    HAMN,
    HETU_JOHAN,
    NBI,
    OTHER,
    PLAIN,
    SE_DATE,
    W,
    case,
    cust,
    line,
    no,
    org,
    request,
)

ND = ("description",)
SIG_HAMN = ("\n\nMed vänlig hälsning\n{n}\nHamnkontoret, Strandby kommun\nFO-nummer " + org(HAMN)
            + "\ntfn 02 458 7720\n")
SIG_NBI = ("\n\nBest regards,\n{n}\nNordBeam Research Infrastructure ERIC\nFotongatan 2, SE-224 84 Lund\n"
           "Org. no. " + org(NBI) + " | VAT SE" + org(NBI).replace("-", "") + "01\n")
SEASON = ("2027-05-15", "2027-09-30")
WINTER = ("2026-10-01", "2027-04-30")


def _fs(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _en(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("c31_fs_hamn_csv_season_berths_three_customers")
def _c31() -> Any:
    csv = ("Kund;FO-nr/personbeteckning;Plats;Art;Antal;Period\n"
           f"Båtklubben Ankaret rf;{no('F-2857')};Brygga A 1-12;BH10;12;15.5.2027-30.9.2027\n"
           f"Johan Sundqvist;{HETU_JOHAN};B 7;BH10;1;15.5.2027-30.9.2027\n"
           f"Skärgårdens Sjötaxi Ab;{no('F-2859')};C 1-3;BH10;3;15.5.2027-30.9.2027\n")
    m = _fs("hamn", "Båtplatser säsong 2027", "Mon, 08 Mar 2027 09:00:00",
            "Hej!\n\nHär är båtplatserna för säsongen 2027 som faktureras i förskott, enligt taxan.\n"
            + SIG_HAMN.format(n="Hamnkontoret"), attachments=[text_att("batplatser_2027.csv", csv, bom=True)])
    s = {"ps": SEASON[0], "pe": SEASON[1], "skip": ND}
    return m, expect_requests("CSV with BOM: an association, a private person by hetu, a company; season ranges",
                              PLAIN, [
        request(cust("F-2857"), [line(HAMN, "BH10", "12", **s)], [], HAMN),
        request(cust("F-2858"), [line(HAMN, "BH10", "1", **s)], [], HAMN),
        request(cust("F-2859"), [line(HAMN, "BH10", "3", **s)], [], HAMN)])


@case("c32_fs_hamn_prose_winter_storage_and_two_lifts")
def _c32() -> Any:
    body = ("Hej,\n\nvänligen fakturera Skärgårdens Sjötaxi Ab (FO " + no("F-2859") + ") för vinterförvaring "
            "av de två taxibåtarna på hamnplanen, BH30, 42,5 m² för perioden 1.10.2026–30.4.2027, samt "
            "kranlyft BH40, två lyft vid upptagningen 2.10.2026.\n\nEr referens: Mikael Lindroos"
            + SIG_HAMN.format(n="Björn Holmström"))
    m = _fs("hamn_b", "Vinterförvaring Sjötaxi", "Tue, 09 Mar 2027 13:40:00", body)
    return m, expect_requests("prose: area with decimal comma and m², a range over the new year, 'två lyft'", PLAIN, [
        request(cust("F-2859"), [line(HAMN, "BH30", "42.5", ps=WINTER[0], pe=WINTER[1], skip=ND),
                                 line(HAMN, "BH40", "2", ps="2026-10-02", skip=ND)], [], HAMN,
                buyer="Mikael Lindroos")])


@case("c33_fs_hamn_html_attachment_spring_lifts")
def _c33() -> Any:
    html = ("<html><head><meta charset='utf-8'><title>Kranlyft</title></head><body><h2>Kranlyft vid "
            "gästhamnen, lördag 20.3.2027</h2><table border='1'><tr><th>Kund</th><th>Båt</th><th>Art</th>"
            "<th>Antal lyft</th></tr><tr><td>Båtklubben Ankaret rf</td><td>Klubbens följebåtar</td><td>BH40</td>"
            "<td>4</td></tr><tr><td>Johan Sundqvist</td><td>Linjett 33 \"Tärnan\"</td><td>BH40</td><td>1</td>"
            "</tr></table><p>Kranförare: S. Mattsson</p></body></html>")
    m = _fs("hamn_b", "Kranlyft 20.3", "Mon, 22 Mar 2027 08:15:00",
            "Hej, lyften från lördagens kranjobb finns i bifogade fil.\n" + SIG_HAMN.format(n="Björn"),
            attachments=[text_att("kranlyft_20-3.html", html, subtype="html")])
    on = {"ps": "2027-03-20", "skip": ND}
    return m, expect_requests("HTML attachment: association by name, a private person by name only, one date",
                              PLAIN, [
        request(cust("F-2857"), [line(HAMN, "BH40", "4", **on)], [], HAMN),
        request(cust("F-2858"), [line(HAMN, "BH40", "1", **on)], [], HAMN)])


@case("c34_fs_hamn_winter_storage_area_not_measured")
def _c34() -> Any:
    body = ("Hej!\n\nJohan Sundqvist, personbeteckning " + HETU_JOHAN + ", har haft sin båt i vinterförvaring "
            "(BH30) 1.10.2026–30.4.2027. Båten har inte mätts ännu, ytan får vi när den lyfts ut i april. "
            "Kan ni lägga upp fakturan?" + SIG_HAMN.format(n="Björn Holmström"))
    m = _fs("hamn_b", "Vinterförvaring Sundqvist", "Wed, 10 Mar 2027 15:30:00", body)
    return m, expect_requests("area per m² not known yet: quantity asked", ASK, [
        request(cust("F-2858"), [line(HAMN, "BH30", None, ps=WINTER[0], pe=WINTER[1], skip=ND)],
                ["lines[0].quantity"], HAMN)])


@case("c35_fs_hamn_reply_gives_area")
def _c35() -> Any:
    token = "REQ-4HW9P"
    body = ("Hej,\n\nbåten är 11,0 x 3,5 m, alltså 38,5 m².\n\nBjörn\n\n"
            "Den 11.3.2027 kl. 09:02 skrev Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>:\n"
            "> Hej! För att kunna fakturera behöver vi [" + token + "]:\n"
            "> 1. Antal för rad 1 \"Vinterförvaring, per m²\" (lines[0].quantity)\n> \n> Tack!\n")
    m = _fs("hamn_b", "SV: [" + token + "] Uppgifter saknas", "Thu, 11 Mar 2027 10:47:00", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    # The dimensions are the working; the answer is the area the sender states.
    return m, expect_reply("a reply giving the asked quantity above the quote", OTHER, token,
                           {"lines": [{"quantity": "38.5"}]})


@case("c36_fs_hamn_resend_quoting_first_copy")
def _c36() -> Any:
    first = ("Hej,\n\nBåtklubben Ankaret rf (FO " + no("F-2857") + ") hyr ytterligare 2 båtplatser (BH10) på "
             "brygga D för säsongen 15.5–30.9.2027.\n\nBjörn Holmström\nHamnkontoret")
    quoted = "\n".join("> " + ln if ln else ">" for ln in first.split("\n"))
    body = ("Hej igen, skickar detta på nytt eftersom jag inte fått någon bekräftelse. Samma sak som förra "
            "veckan, inget nytt.\n\n/Björn\n\nDen 12.3.2027 kl. 14:10 skrev Björn Holmström:\n" + quoted + "\n")
    m = _fs("hamn_b", "VB: Extra båtplatser Ankaret", "Fri, 19 Mar 2027 11:05:00", body)
    return m, expect_requests("a re-send quoting its first copy: the request once", OTHER, [
        request(cust("F-2857"), [line(HAMN, "BH10", "2", ps=SEASON[0], pe=SEASON[1], skip=ND)], [], HAMN)])


@case("c37_en_nbi_prose_foreign_customer_eur_price")
def _c37() -> Any:
    body = ("Dear colleagues,\n\nplease invoice Hochfeld Materialien GmbH (VAT " + DE_VAT + ", Kaiserstraße 120, "
            "76133 Karlsruhe, Germany) for beamtime on the diffraction line, proposal 2026-0417:\n\n"
            "BT10 Beamtime – 3 shifts, 9-10 March 2027, at EUR 870.00 per shift\n\nThe invoice is to be issued in "
            "EUR as agreed.\nTheir PO: 4500-HM-2291\nYour reference: Dr. Anja Roth" + SIG_NBI.format(n="Karin Olsson"))
    m = _en("nbi", "Invoice request proposal 2026-0417", "Thu, 11 Mar 2027 10:20:00", body)
    return m, expect_requests("foreign customer by name, written EUR price overrides the register, currency EUR",
                              PLAIN, [
        request(cust("D-2890"), [line(NBI, "BT10", "3", "870.00", ps="2027-03-09", pe="2027-03-10", skip=ND)], [],
                NBI, buyer="Dr. Anja Roth", order="4500-HM-2291", currency="EUR")])


@case("c38_en_nbi_xlsx_access_lab_days_two_groups")
def _c38() -> Any:
    d = dt.date
    rows = [["Proposal", "Institution", "Org no", "Item", "Qty", "From", "To"],
            ["2026-0452", "Polymerix AB", no("S-2809"), "BT30", 3, d(2027, 3, 15), d(2027, 3, 17)],
            ["2026-0452", "Polymerix AB", no("S-2809"), "BT20", 2, d(2027, 3, 15), d(2027, 3, 16)],
            ["2026-0460", "Mätteknik Norrland AB", no("S-2808"), "BT20", 1, d(2027, 3, 18), d(2027, 3, 18)],
            ["2026-0452", "Polymerix AB", no("S-2809"), "BT10", 2, d(2027, 3, 16), d(2027, 3, 17)]]
    m = _en("nbi_f", "User charges week 11", "Mon, 22 Mar 2027 09:30:00",
            "Hi,\n\nattached are the user charges for week 11 (standard rates).\n" + SIG_NBI.format(n="Finance"),
            attachments=[xlsx("user_charges_w11.xlsx", [("Charges", rows, [])])])
    return m, expect_requests("XLSX with from/to date cells, two customers grouped in first-appearance order", PLAIN, [
        request(cust("S-2809"), [line(NBI, "BT30", "3", ps="2027-03-15", pe="2027-03-17"),
                                 line(NBI, "BT20", "2", ps="2027-03-15", pe="2027-03-16"),
                                 line(NBI, "BT10", "2", ps="2027-03-16", pe="2027-03-17")], [], NBI),
        request(cust("S-2808"), [line(NBI, "BT20", "1", ps="2027-03-18")], [], NBI)])


@case("c39_en_nbi_engineering_job_price_pending")
def _c39() -> Any:
    body = ("Hi,\n\none engineering job (BT90) for Polymerix AB, org. no. " + no("S-2809") + ": a custom "
            "sample holder machined in our workshop, delivered 19 March 2027. Price per quote Q-27-014 – I don't "
            "have the final figure yet, the workshop will send it.\n" + SIG_NBI.format(n="Karin Olsson"))
    m = _en("nbi", "Engineering service Polymerix", "Tue, 23 Mar 2027 14:05:00", body)
    return m, expect_requests("'one engineering job' without a price on an article without price: price asked", ASK, [
        request(cust("S-2809"), [line(NBI, "BT90", "1", None, ps="2027-03-19", skip=ND)],
                ["lines[0].unit_price"], NBI)])


@case("c40_en_nbi_status_question")
def _c40() -> Any:
    body = ("Hello,\n\nHochfeld Materialien asks whether the invoice for proposal 2026-0417 (sent to you on 11 "
            "March) has gone out yet; their accounts payable closes the quarter on 31 March. Could you check?\n"
            + SIG_NBI.format(n="Karin Olsson"))
    m = _en("nbi", "Status of invoice, proposal 2026-0417", "Wed, 24 Mar 2027 16:40:00", body)
    return m, expect_unknown("a status question about an earlier request: nothing to invoice", OTHER)
