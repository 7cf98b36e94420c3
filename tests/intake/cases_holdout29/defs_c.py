"""Twenty-ninth held-out set (written blind), part C: the Finland-Swedish harbour office (seasonal berths, winter
storage, quarterly maintenance contracts) and the English-writing research infrastructure (quarterly data
subscriptions, monthly lab benches, half-year memberships); XLSX, CSV, a forward; one approximate price, one request
without lines, an auto-reply, a register change and a status question."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, text_att, xlsx

from .kit29 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_BJORN,
    NAR,
    ND,
    NRI,
    OTHER,
    PLAIN,
    Q1,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_NAR = ("\n\nMed vänlig hälsning\n{n}\nHamnkontoret, Närpes stad\nFO-nummer " + org(NAR)
           + " · tfn 06-224 9000\n")
SIG_NRI = ("\n\nBest regards,\n{n}\nFinance, Nordic Arctic Research Infrastructure – Sodankylä node\n"
           "Business ID " + org(NRI) + " | IBAN FI56 1590 3000 2201 64\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("p19_fs_nar_xlsx_berths_season")
def _p19() -> Any:
    rows = [["Båtplatser säsongen 2027 (15.5–30.9.2027)", None, None, None, None],
            ["Kund", "FO-nr / personbeteckning", "Art", "Antal", "Plats"],
            ["Sydösterbottens Seglarklubb rf", cust("R-3908")["org_no"], "NP10", 12, "Gästbryggan A1–A12"],
            ["Björn Sjöberg", HETU_BJORN, "NP10", 1, "B7"]]
    m = _fi("nar", "Båtplatser 2027", "Mon, 15 Feb 2027 10:30:00",
            "Hej!\n\nHär kommer årets båtplatser som ska faktureras i förskott, pris enligt taxan.\n"
            + SIG_NAR.format(n="Hamnkontoret"),
            attachments=[xlsx("batplatser_2027.xlsx", [("2027", rows, ["A1:E1"])])])
    season = ("2027-05-15", "2027-09-30")
    return m, expect_requests("XLSX: a boating season in the title for every row; an association and a private "
                              "person by hetu", PLAIN, [
        request(cust("R-3908"), [line(NAR, "NP10", "12", ps=season[0], pe=season[1], skip=ND)], [], NAR),
        request(cust("R-3909"), [line(NAR, "NP10", "1", ps=season[0], pe=season[1], skip=ND)], [], NAR)])


@case("p20_fs_nar_prose_winter_storage_across_new_year")
def _p20() -> Any:
    body = ("Hej,\n\nNärpes Grönsaker Ab (FO-nummer " + cust("R-3907")["org_no"] + ") har sin arbetsbåt i "
            "vinterförvaring i hallen 1.11.2026–30.4.2027, alltså 6 mån à 40 € (NP30). Vänligen fakturera hela "
            "perioden på en gång." + SIG_NAR.format(n="Tomas Backlund"))
    m = _fi("nar", "Vinterförvaring Närpes Grönsaker", "Wed, 10 Feb 2027 14:00:00", body)
    return m, expect_requests("prose: a range across the new year, billed at once", PLAIN, [
        request(cust("R-3907"), [line(NAR, "NP30", "6", "40.00", ps="2026-11-01", pe="2027-04-30", skip=ND)],
                [], NAR)])


@case("p21_fs_nar_forward_maintenance_contract_q1")
def _p21() -> Any:
    body = ("Hej, kan ni fakturera detta? /Hamnkontoret\n\n-------- Vidarebefordrat meddelande --------\n"
            "Från: Kim Holmström <kim.holmstrom@narpes-demo.fi>\nDatum: 1.3.2027 08:12\n"
            "Ämne: Underhåll pumpbryggan\n\nUnderhållsavtal för Närpes Energi Ab:s pumpbrygga, NP20, jan–mar 2027, "
            "1 kvartal à 2 150,00 €.\nEr referens: Annika Ström\n\nKim\n")
    m = _fi("nar", "VB: Underhåll pumpbryggan", "Mon, 01 Mar 2027 09:45:00", body)
    return m, expect_requests("inline forward: 'jan–mar 2027', the written price for an article without one; "
                              "customer name with a possessive -s", PLAIN, [
        request(cust("R-3912"), [line(NAR, "NP20", "1", "2150.00", ps=Q1[0], pe=Q1[1], skip=ND)], [], NAR,
                buyer="Annika Ström")])


@case("p22_en_nri_csv_quarterly_subscriptions_foreign")
def _p22() -> Any:
    csv = ("customer,business_id,item,qty,period_from,period_to\n"
           "Tromsø Polar Data AS,923456783,AR10,1,2027-01-01,2027-03-31\n"
           "Arctic Sensing Oy," + cust("R-3910")["org_no"] + ",AR10,1,2027-01-01,2027-03-31\n"
           "Arctic Sensing Oy," + cust("R-3910")["org_no"] + ",AR20,3,2027-01-01,2027-03-31\n")
    m = _fi("nri", "Q1 2027 subscriptions and bench rental", "Fri, 08 Jan 2027 11:00:00",
            "Hello,\n\nplease find the Q1 billing file attached. List prices apply.\n" + SIG_NRI.format(
                n="Emma Lindgren"),
            attachments=[text_att("nri_q1_2027.csv", csv)])
    return m, expect_requests("CSV: a Norwegian customer resolved by its exact name; from/to per row", PLAIN, [
        request(cust("R-4901"), [line(NRI, "AR10", "1", ps=Q1[0], pe=Q1[1], skip=ND)], [], NRI),
        request(cust("R-3910"), [line(NRI, "AR10", "1", ps=Q1[0], pe=Q1[1], skip=ND),
                                 line(NRI, "AR20", "3", ps=Q1[0], pe=Q1[1], skip=ND)], [], NRI)])


@case("p23_en_nri_prose_half_year_membership")
def _p23() -> Any:
    body = ("Dear colleagues,\n\nplease invoice Arctic Sensing Oy (business ID " + cust("R-3910")["org_no"] + ") "
            "one consortium membership, AR30, for the first half of 2027 (1 January – 30 June 2027).\n"
            "PO: 77-2027-014\nYour reference: Dr. Hanna Vesala\n" + SIG_NRI.format(n="Emma Lindgren"))
    m = _fi("nri", "Membership H1/2027 - Arctic Sensing", "Mon, 11 Jan 2027 09:05:00", body)
    return m, expect_requests("prose: 'one' membership for a half-year range, PO and buyer reference", PLAIN, [
        request(cust("R-3910"), [line(NRI, "AR30", "1", ps="2027-01-01", pe="2027-06-30", skip=ND)], [], NRI,
                buyer="Dr. Hanna Vesala", order="77-2027-014")])


@case("k09_fs_nar_approximate_contract_price")
def _k09() -> Any:
    body = ("Hej,\n\nunderhållsavtalet NP20 med Sydösterbottens Seglarklubb för kvartal 1 (jan–mar 2027), 1 st. "
            "Priset blir runt 900 € enligt avtalet, jag har inte avtalet framför mig just nu."
            + SIG_NAR.format(n="Tomas Backlund"))
    m = _fi("nar", "Underhållsavtal seglarklubben", "Tue, 02 Mar 2027 16:20:00", body)
    return m, expect_requests("an approximate price ('runt') is not taken: unit price asked", ASK, [
        request(cust("R-3908"), [line(NAR, "NP20", "1", None, ps=Q1[0], pe=Q1[1], skip=ND)],
                ["lines[0].unit_price"], NAR)])


@case("k10_en_nri_no_lines_breakdown_follows")
def _k10() -> Any:
    body = ("Hi,\n\nplease raise an invoice to Tromsø Polar Data AS under their PO TPD-5512. The breakdown will "
            "follow from our lab manager next week once the spring schedule is final.\n"
            + SIG_NRI.format(n="Emma Lindgren"))
    m = _fi("nri", "Invoice Tromsø Polar Data", "Thu, 18 Feb 2027 15:30:00", body)
    return m, expect_requests("a customer and a PO but nothing to invoice yet: lines asked", ASK, [
        request(cust("R-4901"), [], ["lines"], NRI, order="TPD-5512")])


@case("o05_fs_nar_auto_reply")
def _o05() -> Any:
    body = ("Tack för ditt meddelande. Jag är tjänstledig till och med 31.3.2027. Brådskande hamnärenden: "
            "tfn 06-224 9000.\n\nKiitos viestistäsi. Olen virkavapaalla 31.3.2027 asti.\n\nHamnkontoret\n")
    m = _fi("nar", "Automatiskt svar: Faktura 2027004411", "Mon, 08 Mar 2027 07:00:00", body,
            headers={"Auto-Submitted": "auto-replied"})
    return m, expect_unknown("an out-of-office reply", OTHER)


@case("o06_fs_nar_address_change")
def _o06() -> Any:
    body = ("Hej,\n\nBjörn Sjöberg (båtplats B7) har flyttat, ny adress: Strandvägen 4, 64230 Närpes. Vänligen "
            "uppdatera kundregistret innan båtplatsfakturan skickas." + SIG_NAR.format(n="Tomas Backlund"))
    m = _fi("nar", "Adressändring Björn Sjöberg", "Tue, 16 Feb 2027 09:10:00", body)
    return m, expect_unknown("a register change: nothing to invoice", OTHER)


@case("o07_en_nri_status_question")
def _o07() -> Any:
    body = ("Hello,\n\ncould you check whether the Q1 invoices to Arctic Sensing Oy went out? They say nothing has "
            "arrived in their e-invoice inbox yet.\n" + SIG_NRI.format(n="Emma Lindgren"))
    m = _fi("nri", "Status of Q1 invoices?", "Mon, 01 Feb 2027 10:00:00", body)
    return m, expect_unknown("a question about earlier invoices: nothing to invoice", OTHER)
