"""Forty-sixth held-out set (written blind), part C: the fortress's last tours (an Estonian customer by an inflected
name with an unpriced theme tour; a forwarded maksuilmoitus with a viitenumero and an RF reference; a request with
no lines yet, the customer named with ':lle'), the Finland-Swedish camp centre (a winter camp in prose with written
person-night products; an XLSX of two groups with a merged two-row header and sum rows; a private person by hetu
with a day range; a programme package at 'cirka 1 500 euro'; persons x nights not multiplied out and a bus line
amount; a reply whose token is only in In-Reply-To/References) and the English-writing research-vessel pool (a
UTF-8 BOM comma CSV; an HTML-only table in EUR for a Norwegian customer; an unknown institute with an
'approx.' equipment price; a reply answering a quantity and a lump-sum price)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import fi_ref, rf
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_requests, mail, new_cust, text_att, xlsx

from .kit46 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_SOFIA,
    LAGR,
    ND,
    OPAS,
    OTHER,
    PLAIN,
    SE_DATE,
    SIG_LAGR,
    SIG_OPAS,
    SIG_VESS,
    VESS,
    W,
    case,
    cust,
    line,
    request,
)


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _en(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("z28_fi_opas_estonian_theme_tour_unpriced")
def _z28() -> Any:
    body = ("Hei,\n\nBaltic Dune Tours OÜ:n ryhmälle järjestettiin teemakierros \"Linnoituksen tunnelit\" (OP19) 1 "
            "kpl sunnuntaina 5.3.2028 sekä englanninkielisen opastuksen lisä (OP15) 1 kpl. Teemakierroksen hinnasta "
            "sovittiin erikseen, tarkistan sen Heidiltä, kun hän palaa lomalta." + SIG_OPAS.format(n="Opastuspalvelut"))
    m = _fi("opas", "Baltic Dune 5.3.", "Wed, 08 Mar 2028 16:40:05", body)
    return m, expect_requests("an Estonian customer by its registered name with a ':n' case ending; an unpriced "
                              "theme tour without a price: asked", ASK, [
        request(cust("460210"), [line(OPAS, "OP19", "1", None, ps="2028-03-05", skip=ND),
                                 line(OPAS, "OP15", "1", ps="2028-03-05", skip=ND)], ["lines[0].unit_price"],
                OPAS)])


@case("z29_fi_opas_forwarded_maksuilmoitus")
def _z29() -> Any:
    v1, r2 = fi_ref("46300412"), rf("46300419")
    body = ("Tiedoksi reskontraan, Saaristomatkojen maksu.\n\nHeidi\n\n-------- Välitetty viesti --------\n"
            "Aihe: Maksuilmoitus\nPäivämäärä: 6.3.2028 14:02\nLähettäjä: Saaristomatkat reskontra "
            "<reskontra@saaristomatkat-demo.fi>\nVastaanottaja: opastukset@suomenlinna-demo.fi\n\n"
            "MAKSUILMOITUS\nMaksaja: Matkatoimisto Saaristomatkat Oy (Y-tunnus " + cust("460206")["org_no"] + ")\n"
            "Maksupäivä: 6.3.2028\n\n"
            "Lasku 46300412, viite " + v1[:4] + " " + v1[4:] + ", 540,00 €\n"
            "Lasku 46300419, viite " + r2[:4] + " " + r2[4:8] + " " + r2[8:] + ", 1 275,00 €\n\n"
            "Yhteensä 1 815,00 €\n" + SIG_OPAS.format(n="Heidi Lampinen"))
    m = _fi("opas_h", "VL: Maksuilmoitus", "Thu, 09 Mar 2028 08:15:00", body)
    return m, expect_advice("a forwarded maksuilmoitus: a viitenumero and an RF reference written in groups", OTHER,
                            {"name": "Matkatoimisto Saaristomatkat Oy", "org_no": cust("460206")["org_no"]},
                            "2028-03-06", "1815.00", "EUR", [("46300412", v1, "540.00"), ("46300419", r2, "1275.00")])


@case("z30_fi_opas_no_lines_yet_case_ending")
def _z30() -> Any:
    body = ("Hei,\n\nvoisitteko avata laskun Kruununhaan Seniorit ry:lle maaliskuun kevätkierroksesta? Erittely "
            "(osallistujat ja lisät) tulee minulta ensi viikolla, kun ilmoittautumiset on käyty läpi."
            + SIG_OPAS.format(n="Heidi Lampinen"))
    m = _fi("opas_h", "Lasku Kruununhaan Senioreille", "Fri, 10 Mar 2028 09:30:14", body)
    return m, expect_requests("a request without any line yet ('lines' asked); the customer by a name with a "
                              "':lle' case ending", ASK, [request(cust("460207"), [], ["lines"], OPAS)])


@case("z31_fs_lagr_prose_winter_camp_written_products")
def _z31() -> Any:
    body = ("Hej!\n\nEkenäs Scoutkår rf (FO-nummer " + cust("460211")["org_no"] + ") hade sitt vinterläger hos oss "
            "18–20 februari 2028, 24 deltagare och två nätter:\n\nlogi 24 x 2 = 48 personnätter (LG10)\n"
            "helpension 48 dygn (LG20)\nbastu 3 påbörjade timmar (LG30)\n\nEr referens: Linnea Åberg, lägerchef"
            + SIG_LAGR.format(n="Camilla Forsström"))
    m = _fi("lagr_c", "Vinterläger Ekenäs Scoutkår", "Mon, 06 Mar 2028 10:05:36", body)
    per = {"ps": "2028-02-18", "pe": "2028-02-20"}
    return m, expect_requests("prose list with the person-night product written out; one period for all lines; "
                              "resolved by FO-nummer next to the near-namesake Ekenäs Sjöscoutkår", PLAIN, [
        request(cust("460211"), [line(LAGR, "LG10", "48", skip=ND, **per), line(LAGR, "LG20", "48", skip=ND, **per),
                                 line(LAGR, "LG30", "3", skip=ND, **per)], [], LAGR,
                buyer="Linnea Åberg, lägerchef")])


@case("z32_fs_lagr_xlsx_two_groups_two_row_header")
def _z32() -> Any:
    d = dt.date
    v, h = ("460213", "Västnylands Idrottsförening rf"), ("460214", "Hangö Seglarförening rf")
    rows: list[list[Any]] = [
        ["Lägergården Strandbo – debitering februari 2028", None, None, None, None, None, None],
        ["Kund", None, "Period", None, "Art", "Antal", "Text"],
        ["Kundnr", "Namn", "Från", "Till", None, None, None],
        [*v, d(2028, 2, 11), d(2028, 2, 13), "LG10", 36, "Logi, 18 spelare x 2 nätter"],
        [*v, d(2028, 2, 11), d(2028, 2, 13), "LG20", 36, "Helpension"],
        [*v, d(2028, 2, 12), d(2028, 2, 12), "LG40", 4, "Instruktör isträning"],
        [None, "Summa Västnylands IF", None, None, None, 76, None],
        [*h, d(2028, 2, 25), d(2028, 2, 26), "LG10", 10, "Logi styrelseinternat"],
        [*h, d(2028, 2, 25), d(2028, 2, 26), "LG30", 2, "Bastu"],
        [None, "Totalt", None, None, None, 88, None]]
    m = _fi("lagr", "Debitering februari", "Tue, 07 Mar 2028 13:50:20",
            "Hej,\n\nfebruaris debiteringar bifogas, två grupper i samma fil.\n" + SIG_LAGR.format(n="Strandbo"),
            attachments=[xlsx("strandbo_februari_2028.xlsx",
                              [("Februari", rows, ["A1:G1", "A2:B2", "C2:D2", "E2:E3", "F2:F3", "G2:G3"])])])

    def ln(r: list[Any]) -> dict[str, Any]:
        return line(LAGR, r[4], str(r[5]), desc=r[6], ps=r[2].isoformat(), pe=r[3].isoformat())
    return m, expect_requests("XLSX with a merged two-row header (Kund/Period over Kundnr/Namn, Från/Till), "
                              "customer numbers as text, a sum row per group and a grand total", PLAIN, [
        request(cust("460213"), [ln(r) for r in rows[3:6]], [], LAGR),
        request(cust("460214"), [ln(r) for r in rows[7:9]], [], LAGR)])


@case("z33_fs_lagr_private_hetu_family_weekend")
def _z33() -> Any:
    body = ("Hej,\n\nprivatperson Sofia Wikström, personbeteckning " + HETU_SOFIA + ", hade familjehelg hos oss "
            "3–5.3.2028:\n\n- logi 8 personnätter (4 personer, 2 nätter) – LG10\n- bastu 2 tim – LG30\n\n"
            "Fakturan per post, hon har ingen e-post." + SIG_LAGR.format(n="Camilla"))
    m = _fi("lagr_c", "Familjehelg Wikström", "Wed, 08 Mar 2028 11:18:49", body)
    per = {"ps": "2028-03-03", "pe": "2028-03-05"}
    return m, expect_requests("a registered private person by hetu; a day range sharing one month ('3–5.3.2028'); "
                              "the written product, not its factors", PLAIN, [
        request(cust("460215"), [line(LAGR, "LG10", "8", skip=ND, **per), line(LAGR, "LG30", "2", skip=ND, **per)],
                [], LAGR)])


@case("z34_fs_lagr_programme_package_cirka")
def _z34() -> Any:
    body = ("Hej,\n\nHangö Seglarförening rf, FO " + cust("460214")["org_no"] + ": programpaket Vinterpaddling (LG90) "
            "1 st den 4 mars 2028. Priset blir cirka 1 500 euro – Kaj räknar ihop kostnaderna för kajakerna. "
            "Dessutom lägerledare 6 timmar (LG40) samma dag." + SIG_LAGR.format(n="Camilla Forsström"))
    m = _fi("lagr_c", "Vinterpaddling Hangö SF", "Wed, 08 Mar 2028 15:21:10", body)
    return m, expect_requests("'cirka 1 500 euro' for an unpriced package: price asked; 'samma dag' carries the "
                              "date to the second line", ASK, [
        request(cust("460214"), [line(LAGR, "LG90", "1", None, ps="2028-03-04", skip=ND),
                                 line(LAGR, "LG40", "6", ps="2028-03-04", skip=ND)], ["lines[0].unit_price"],
                LAGR)])


@case("z35_fs_lagr_persons_times_nights_bus_amount")
def _z35() -> Any:
    body = ("Hej!\n\nVästnylands Idrottsförening rf (kundnr 460213) – juniorlägret 25–27 februari 2028:\n\n"
            "Logi 16 personer x 2 nätter (LG10)\nBusstransport Karis–Strandbo tur och retur 92 km, totalt "
            "220,80 € (LG50)\n" + SIG_LAGR.format(n="Camilla Forsström"))
    m = _fi("lagr_c", "Juniorlägret VNIF", "Thu, 09 Mar 2028 09:44:31", body)
    per = {"ps": "2028-02-25", "pe": "2028-02-27"}
    return m, expect_requests("CONTRACT SILENT: '16 personer x 2 nätter' for an article per person and night is "
                              "written as factors only; a clerk invoices 32 person-nights (neither factor is the "
                              "line's quantity, and nothing is uncertain); the bus line amount gives 220.80 / 92 = "
                              "2.40 per km", PLAIN, [
        request(cust("460213"), [line(LAGR, "LG10", "32", skip=ND, **per),
                                 line(LAGR, "LG50", "92", "2.40", skip=ND, **per)], [], LAGR)])


@case("z36_fs_lagr_reply_token_in_references_only")
def _z36() -> Any:
    token = "REQ-5HN7C"
    body = ("Hej,\n\nFO-numret för Ekenäs Sjöscoutkår är " + cust("460212")["org_no"] + ". Programpaketet kostade "
            "640 euro, fast pris.\n\nCamilla\n\n"
            "> Från: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n> Skickat: den 8 mars 2028 16:02\n"
            "> Ämne: [" + token + "] Uppgifter saknas för fakturering\n>\n> Hej! För att kunna fakturera behöver vi:\n"
            "> 1. Kundens FO-nummer (customer.org_no)\n> 2. À-pris för rad 1 \"Programpaket\" "
            "(lines[0].unit_price)\n")
    ref = "<" + token + ".1@palvelukeskus.fi>"
    m = _fi("lagr_c", "Sv: Uppgifter saknas för fakturering", "Thu, 09 Mar 2028 08:02:44", body,
            headers={"In-Reply-To": ref, "References": ref})
    return m, expect_reply("a reply whose subject lost the token: found in In-Reply-To/References; answers the org "
                           "number and line 1's price", OTHER, token,
                           {"customer": {"org_no": cust("460212")["org_no"]}, "lines": [{"unit_price": "640"}]})


@case("z37_en_vess_bom_comma_csv_cruise")
def _z37() -> Any:
    csv = ("Item,Description,Qty,Unit,From,To\r\n"
           "RS100,Ship time,4,day,2028-02-14,2028-02-18\r\n"
           "RS200,\"Scientist berths, 6 persons x 4 nights\",24,night,2028-02-14,2028-02-18\r\n"
           "RS400,Transit Kiel - Skagerrak station,212,nm,2028-02-14,2028-02-14\r\n"
           "RS300,\"Crew overtime, winch operations\",10.5,hour,2028-02-16,2028-02-16\r\n"
           "TOTAL,,,,,\r\n")
    m = _en("vess_s", "Invoice request: cruise NRV-2802, Kiel Ocean Systems", "Mon, 06 Mar 2028 14:14:14",
            "Hello,\n\nplease invoice Kiel Ocean Systems GmbH for cruise NRV-2802 (14-18 February 2028); the "
            "details are in the attached CSV.\n\nPO number: 4500187342\nYour reference: Dr. Anke Brandt\n"
            + SIG_VESS.format(n="Sanna Vik"), attachments=[text_att("NRV-2802_summary.csv", csv, bom=True)])
    return m, expect_requests("UTF-8 BOM comma CSV with quoted descriptions, a decimal point and an empty TOTAL row; "
                              "a German customer by its exact name", PLAIN, [
        request(cust("460301"), [
            line(VESS, "RS100", "4", desc="Ship time", ps="2028-02-14", pe="2028-02-18"),
            line(VESS, "RS200", "24", desc="Scientist berths, 6 persons x 4 nights", ps="2028-02-14", pe="2028-02-18"),
            line(VESS, "RS400", "212", desc="Transit Kiel - Skagerrak station", ps="2028-02-14"),
            line(VESS, "RS300", "10.5", desc="Crew overtime, winch operations", ps="2028-02-16")], [], VESS,
            buyer="Dr. Anke Brandt", order="4500187342")])


@case("z38_en_vess_html_eur_norwegian_customer")
def _z38() -> Any:
    html = ("<html><body><p>Hi,</p><p>please invoice Vestfjord Havlab AS, customer no. 460302. Prices as agreed in "
            "EUR under the 2028 framework agreement.</p><table border='1'><tr><th>Code</th><th>Service</th>"
            "<th>Dates</th><th>Qty</th><th>Unit price</th></tr><tr><td>RS100</td><td>Ship time, Skagerrak "
            "transect</td><td>27–29 Feb 2028</td><td>3</td><td>EUR 6,200.00</td></tr><tr><td>RS300</td><td>Crew "
            "overtime</td><td>28 Feb 2028</td><td>14</td><td>EUR 68.50</td></tr><tr><td colspan='4'>Total excl. "
            "VAT</td><td>EUR 19,559.00</td></tr></table><p>Best regards,<br>Sanna Vik<br>Nordic Research Vessel "
            "Pool</p></body></html>")
    m = _en("vess_s", "Vestfjord Havlab – Skagerrak transect", "Tue, 07 Mar 2028 10:30:00", None, html=html)
    return m, expect_requests("HTML-only table in EUR with thousands commas; the currency as written; a "
                              "Norwegian customer by customer number", PLAIN, [
        request(cust("460302"), [line(VESS, "RS100", "3", "6200.00", desc="Ship time, Skagerrak transect",
                                      ps="2028-02-27", pe="2028-02-29"),
                                 line(VESS, "RS300", "14", "68.50", desc="Crew overtime", ps="2028-02-28")], [],
                VESS, currency="EUR")])


@case("z39_en_vess_unknown_institute_approx_rov")
def _z39() -> Any:
    body = ("Hi,\n\nplease invoice the Gdańsk Coastal Observatory for a short charter on 2 March 2028: ship time "
            "1 day (RS100) and ROV hire, 1 day (RS900) at approx. SEK 25,000 - the final figure comes from the ROV "
            "supplier next week. I don't have their registration number at hand.\n" + SIG_VESS.format(n="Sanna Vik"))
    m = _en("vess_s", "Charter 2 March – Gdańsk", "Thu, 09 Mar 2028 11:45:03", body)
    return m, expect_requests("an unknown foreign customer without any number: org_no asked (only that); an "
                              "'approx.' price for an unpriced article: asked", ASK, [
        request(new_cust("Gdańsk Coastal Observatory", None, None),
                [line(VESS, "RS100", "1", ps="2028-03-02", skip=ND), line(VESS, "RS900", "1", None, ps="2028-03-02",
                                                                          skip=ND)],
                ["customer.org_no", "lines[1].unit_price"], VESS)])


@case("z40_en_vess_reply_quantity_and_lump_sum")
def _z40() -> Any:
    token = "REQ-2JX6R"
    body = ("Hi,\n\n1. The crew overtime was 11.5 person-hours.\n2. The winch hire was a lump sum, SEK 18,400 in "
            "total.\n\nSanna\n\n-----Original Message-----\nFrom: Kundfaktura <kundfaktura@servicecentret.se>\n"
            "Sent: Wednesday, March 8, 2028 3:12 PM\nTo: Sanna Vik <sanna.vik@nrvpool-demo.se>\nSubject: [" + token
            + "] Missing information for invoicing\n\nHello! To invoice Vestfjord Havlab AS we need:\n"
            "1. Quantity for line 2 \"Crew overtime\" (lines[1].quantity)\n"
            "2. Unit price for line 3 \"Special equipment hire\" (lines[2].unit_price)\n")
    m = _en("vess_s", "RE: [" + token + "] Missing information for invoicing", "Thu, 09 Mar 2028 08:20:31", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("a reply answering a quantity and a lump-sum price with a thousands comma", OTHER, token,
                           {"lines": [{}, {"quantity": "11.5"}, {"unit_price": "18400"}]})
