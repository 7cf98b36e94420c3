"""Forty-first held-out set (written blind), part C: the Finland-Swedish cemetery services (a private person by
hetu with a month range, a funeral home's plain-text table without years, an Outlook forward of an association's
order, an approximate stone-work price, a reply whose token is only in the quote, an XLSX season list with date
cells) and the English-writing film fund billing in SEK (a Danish customer by name, a text+HTML table with
'SEK 8,500.00', an unknown producer without a number, a reply giving a price with a thousands comma)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.mailkit import expect_reply, expect_requests, mail, new_cust, xlsx

from .kit41 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    FILM,
    GRAV,
    HETU_GUNNEL,
    ND,
    OTHER,
    PLAIN,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_GRAV = ("\n\nMed vänlig hälsning\n{n}\nBegravningsväsendet, Pargas stad\nStrandvägen 28, 21600 Pargas\n"
            "FO-nummer " + org(GRAV) + " | tfn 02 458 5700\n")
SIG_FILM = ("\n\nKind regards,\n{n}\nNordic Film Co-Production Fund\nLilla Bommen 6, 411 04 Göteborg, Sweden\n"
            "Org. no. " + org(FILM) + " | Bankgiro 5404-8825 | +46 31 700 12 40\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee.\n")
SUMMER = ("2027-06-01", "2027-08-31")
PERIOD = ("period_start", "period_end")


def _fs(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _en(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("u31_fs_grav_private_hetu_summer_months")
def _u31() -> Any:
    body = ("Hej!\n\nGunnel Sjöblom, personbeteckning " + HETU_GUNNEL + ", har beställt skötsel av familjegraven "
            "(Pargas kyrkogård, kv. 4 nr 112) för juni–augusti 2027:\n\ngravskötsel sommarsäsong GV10, 1 st\n"
            "sommarblommor GV30, 6 st\n" + SIG_GRAV.format(n="Stefan Backman"))
    m = _fs("grav_s", "Gravskötsel Sjöblom", "Mon, 14 Jun 2027 10:30:00", body)
    return m, expect_requests("a registered private person by hetu; a month range for the whole request", PLAIN, [
        request(cust("C-4210"), [line(GRAV, "GV10", "1", ps=SUMMER[0], pe=SUMMER[1], skip=ND),
                                 line(GRAV, "GV30", "6", ps=SUMMER[0], pe=SUMMER[1], skip=ND)], [], GRAV)])


@case("u32_fs_grav_funeral_home_text_table")
def _u32() -> Any:
    body = ("Hej,\n\nfakturera Begravningsbyrå Lindqvist Ab, FO-nummer " + cust("C-4212")["org_no"] + ":\n\n"
            "Datum   Gravplats          Art    Antal\n"
            "11.6    Kv 7 nr 23         GV20   1\n"
            "16.6    Kv 2 nr 5          GV20   1\n"
            "16.6    Kv 9 nr 41 (ny)    GV40   1\n\n"
            "Er referens: Tom Lindqvist" + SIG_GRAV.format(n="Begravningsväsendet"))
    m = _fs("grav", "Gravöppningar juni", "Thu, 17 Jun 2027 13:13:00", body)
    return m, expect_requests("plain-text table with day.month dates and no year", PLAIN, [
        request(cust("C-4212"), [line(GRAV, "GV20", "1", ps="2027-06-11", skip=ND),
                                 line(GRAV, "GV20", "1", ps="2027-06-16", skip=ND),
                                 line(GRAV, "GV40", "1", ps="2027-06-16", skip=ND)], [], GRAV,
                buyer="Tom Lindqvist")])


@case("u33_fs_grav_outlook_forward_association")
def _u33() -> Any:
    body = ("Hej, beställningen nedan kan faktureras nu.\n/Stefan\n\n"
            "Från: Ulla Holm <ulla.holm@pargashembygd-demo.fi>\nSkickat: den 11 juni 2027 19:40\n"
            "Till: Stefan Backman <stefan.backman@pargas-demo.fi>\nÄmne: Minnesgravarna i sommar\n\n"
            "Hej Stefan,\n\nPargas Hembygdsförening beställer som tidigare år skötsel av de 4 minnesgravarna vid "
            "gamla kyrkan (GV10) och 20 sommarblommor (GV30) till dem.\n\nReferens: ordförande Ulla Holm\n\n"
            "Ulla\n" + SIG_GRAV.format(n="Stefan Backman"))
    m = _fs("grav_s", "VB: Minnesgravarna i sommar", "Tue, 15 Jun 2027 08:20:00", body)
    return m, expect_requests("Outlook forward; the association's name without 'rf' matches one customer", PLAIN, [
        request(cust("C-4209"), [line(GRAV, "GV10", "4", skip=ND + PERIOD),
                                 line(GRAV, "GV30", "20", skip=ND + PERIOD)], [], GRAV,
                buyer="ordförande Ulla Holm")])


@case("u34_fs_grav_stone_work_cirka_price")
def _u34() -> Any:
    body = ("Hej!\n\nStiftelsen Sandviks gård, kundnr C-4211: uppriktning av en gravsten (GV90), 1 st, utförd "
            "10.6.2027. Stenhuggaren sade att det blir cirka 350 euro, fakturan från honom kommer i juli."
            + SIG_GRAV.format(n="Stefan Backman"))
    m = _fs("grav_s", "Stenarbete Sandvik", "Wed, 16 Jun 2027 11:11:00", body)
    return m, expect_requests("'cirka 350 euro' for an unpriced article: price asked", ASK, [
        request(cust("C-4211"), [line(GRAV, "GV90", "1", None, ps="2027-06-10", skip=ND)],
                ["lines[0].unit_price"], GRAV)])


@case("u35_fs_grav_reply_token_only_in_quote")
def _u35() -> Any:
    token = "REQ-9TB4K"
    body = ("Hej,\n\nFO-numret är 0231548-7 (Pargas Hembygdsförening rf).\n\n/Stefan\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n"
            "Skickat: den 14 juni 2027 15:02\nÄmne: [" + token + "] Uppgifter saknas för fakturering\n\n"
            "Hej! För att kunna fakturera behöver vi [" + token + "]:\n1. Kundens FO-nummer (customer.org_no)\n")
    m = _fs("grav_s", "Sv: Uppgifter saknas för fakturering", "Tue, 15 Jun 2027 09:01:00", body)
    return m, expect_reply("a reply whose token is only in the quoted question mail; answers the org number",
                           OTHER, token, {"customer": {"org_no": cust("C-4209")["org_no"]}, "lines": []})


@case("u36_fs_grav_xlsx_season_list")
def _u36() -> Any:
    d1, d2 = dt.date(2027, 6, 1), dt.date(2027, 8, 31)
    rows = [["Stiftelsen Sandviks gård sr – kundnr C-4211 – skötselavtal sommaren 2027", None, None, None, None,
             None],
            ["Gravplats", "Art", "Benämning", "Antal", "Fr.o.m.", "T.o.m."],
            ["Kv 1 nr 3", "GV10", "Gravskötsel, Sandvik I", 1, d1, d2],
            ["Kv 1 nr 4", "GV10", "Gravskötsel, Sandvik II", 1, d1, d2],
            ["Kv 3 nr 17", "GV10", "Gravskötsel, donatorgraven", 1, d1, d2],
            ["", "GV30", "Sommarblommor, alla tre gravar", 18, d1, d2],
            ["Summa", None, None, 21, None, None]]
    info = [["Kontakt: Stefan Backman, begravningsväsendet, tfn 02 458 5700"], ["Fakturan skickas till stiftelsen."]]
    m = _fs("grav", "Sandvik skötsel 2027", "Fri, 18 Jun 2027 09:30:00",
            "Hej,\n\nbifogar skötsellistan för stiftelsens gravar.\n" + SIG_GRAV.format(n="Begravningsväsendet"),
            attachments=[xlsx("sandvik_skotsel_2027.xlsx", [("Gravskötsel 2027", rows, ["A1:F1"]),
                                                            ("Info", info, [])])])
    return m, expect_requests("XLSX with a merged title naming the customer number, date cells, a sum row and a "
                              "notes sheet", PLAIN, [
        request(cust("C-4211"), [line(GRAV, "GV10", "1", desc=t, ps=d1.isoformat(), pe=d2.isoformat())
                                 for t in ("Gravskötsel, Sandvik I", "Gravskötsel, Sandvik II",
                                           "Gravskötsel, donatorgraven")]
                + [line(GRAV, "GV30", "18", desc="Sommarblommor, alla tre gravar", ps=d1.isoformat(),
                        pe=d2.isoformat())], [], GRAV)])


@case("u37_en_film_danish_customer_by_name")
def _u37() -> Any:
    body = ("Hello,\n\nplease invoice the following:\n\nCustomer: Havblik Film ApS\nCVR 31 24 56 72\n"
            "Vesterbrogade 40, 1620 København V, Denmark\nYour reference: Mette Holm\nPO: HB-2027-019\n\n"
            "* Script consultation (NF10): 4.5 hours, June 9-10\n* Industry day passes (NF30): 3 participants, "
            "16 June 2027\n\nAmounts in SEK as usual." + SIG_FILM.format(n="Liv Andersen"))
    m = _en("film_l", "Invoice request – Havblik Film", "Thu, 17 Jun 2027 10:15:00", body)
    return m, expect_requests("a registered Danish customer by exact name; a day range without a year", PLAIN, [
        request(cust("C-4110"), [line(FILM, "NF10", "4.5", ps="2027-06-09", pe="2027-06-10", skip=ND),
                                 line(FILM, "NF30", "3", ps="2027-06-16", skip=ND)], [], FILM,
                buyer="Mette Holm", order="HB-2027-019")])


@case("u38_en_film_html_table_sek_amounts")
def _u38() -> Any:
    o = cust("C-4109")["org_no"]
    text = ("Hi,\n\nScreening room and consultation for Svartvik Film AB (org. no. " + o + "):\n\n"
            "Item  Description                 Qty  Unit price\nNF20  Screening room, 14-15 June    2  SEK 8,500.00\n"
            "NF10  Script consultation 15 June   2  SEK 1,500.00\n\nTotal SEK 20,000.00 excl. VAT"
            + SIG_FILM.format(n="Finance"))
    html = ("<p>Hi,</p><p>Screening room and consultation for Svartvik Film AB (org. no. " + o + "):</p>"
            "<table border='1'><tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th></tr>"
            "<tr><td>NF20</td><td>Screening room, 14-15 June</td><td>2</td><td>SEK 8,500.00</td></tr>"
            "<tr><td>NF10</td><td>Script consultation 15 June</td><td>2</td><td>SEK 1,500.00</td></tr>"
            "<tr><td colspan='3'>Total excl. VAT</td><td>SEK 20,000.00</td></tr></table>"
            "<p>Kind regards,<br>Finance<br>Nordic Film Co-Production Fund</p>")
    m = _en("film", "Svartvik Film – June", "Fri, 18 Jun 2027 14:00:00", text, html=html)
    return m, expect_requests("text + HTML table with 'SEK 8,500.00' prices, a total row, dates in descriptions",
                              PLAIN, [
        request(cust("C-4109"), [line(FILM, "NF20", "2", "8500.00", desc="Screening room, 14-15 June",
                                      ps="2027-06-14", pe="2027-06-15"),
                                 line(FILM, "NF10", "2", "1500.00", desc="Script consultation 15 June",
                                      ps="2027-06-15")], [], FILM)])


@case("u39_en_film_unknown_producer_no_number")
def _u39() -> Any:
    body = ("Hi,\n\ncould you invoice Kaskad Film for 2 industry day passes (NF30) for 16 June? They are new to us; "
            "I've asked their producer for the company number and address but haven't heard back."
            + SIG_FILM.format(n="Liv Andersen"))
    m = _en("film_l", "Industry day – Kaskad Film", "Thu, 17 Jun 2027 15:30:00", body)
    return m, expect_requests("an unknown customer without any number: org_no asked (only that)", ASK, [
        request(new_cust("Kaskad Film", None, None), [line(FILM, "NF30", "2", ps="2027-06-16", skip=ND)],
                ["customer.org_no"], FILM)])


@case("u40_en_film_reply_price_thousands_comma")
def _u40() -> Any:
    token = "REQ-H4ZP8"
    body = ("Hi,\n\nthe subtitling was SEK 14,200 flat (fixed price agreed with the studio).\n\nLiv\n\n"
            "From: Kundfaktura <kundfaktura@servicecentret.se>\nSent: Tuesday, June 15, 2027 2:10 PM\n"
            "To: Liv Andersen <liv.andersen@nordicfilmfund-demo.se>\nSubject: [" + token + "] Missing information "
            "for invoicing\n\nHello! To invoice we need:\n1. Unit price for line 2 \"Subtitling service\" "
            "(lines[1].unit_price)\n")
    m = _en("film_l", "RE: [" + token + "] Missing information for invoicing", "Wed, 16 Jun 2027 09:40:00", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("a reply in the subject thread answering line 2's price with a thousands comma", OTHER,
                           token, {"lines": [{}, {"unit_price": "14200"}]})
