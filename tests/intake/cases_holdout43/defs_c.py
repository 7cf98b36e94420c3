"""Forty-third held-out set (written blind), part C: the Finland-Swedish health inspection's case system (a
Latin-1 export with fee statuses for two customers, near-namesake cafés in prose, a private person by hetu with a
fixed lab price, an HTML table with an unpriced analysis, a reply whose token is only in the headers and the quote,
a PDF fee decision with an appeal notice) and the English-writing marine data centre billing in SEK (an ERP
workbook with a cover sheet holding an example row and a totals sheet, an HTML table for a Norwegian customer, an
approximate 'k' price for a new customer, a data-portal order form)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import fi_yt, se_org
from tests.intake.cases.mailkit import expect_reply, expect_requests, mail, new_cust, pdf, text_att, xlsx

from .kit43 import (
    ASK,
    CENTRE_FI,
    CENTRE_SE,
    FI_TZ,
    HETU_RAGNAR,
    HINS,
    ND,
    OMDC,
    OTHER,
    PERIOD,
    PLAIN,
    SE_TZ,
    W,
    case,
    cust,
    line,
    onum,
    org,
    pay,
    request,
)

SIG_HINS = ("\n\nMed vänlig hälsning\n{n}\nMiljö- och hälsoskyddet, Vasa stad\nRådhusgatan 28, 65100 Vasa\n"
            "FO-nummer " + org(HINS) + " | tfn 06 325 1111\n")
SIG_OMDC = ("\n\nBest regards,\n{n}\nÖresund Marine Data Centre\nUniversitetsholmen 3, SE-211 19 Malmö\n"
            "Org. no. " + org(OMDC) + " | VAT SE" + org(OMDC).replace("-", "") + "01 | Bankgiro " + pay(OMDC)
            + "\n")
D = dt.date


def _fs(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_TZ}", body, to=CENTRE_FI, **kw)


def _en(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_TZ}", body, to=CENTRE_SE, **kw)


@case("w31_fs_hins_latin1_case_export_fee_status")
def _w31() -> Any:
    s, f = onum("43221"), onum("43223")
    rows = [("VAS-2027-1188", "Restaurang Strandcafé Ab", s, "Planenlig inspektion", "HI10", "1", "07.10.2027",
             "Avgiftsbelagd"),
            ("VAS-2027-1188", "Restaurang Strandcafé Ab", s, "Handläggning av inspektionsrapport", "HI20", "1,5",
             "07.10.2027", "Avgiftsbelagd"),
            ("VAS-2027-1201", "Vasa Fiskhall Ab", f, "Planenlig inspektion", "HI10", "1", "12.10.2027",
             "Avgiftsbelagd"),
            ("VAS-2027-1201", "Vasa Fiskhall Ab", f, "Uppföljande inspektion", "HI10", "1", "26.10.2027",
             "Avgiftsfri - debiteras ej"),
            ("VAS-2027-1230", "Vasa Fiskhall Ab", f, "Intyg för export", "HI40", "2", "28.10.2027", "Avgiftsbelagd")]
    csv = ("Ärendenr;Verksamhetsutövare;FO-nummer;Åtgärd;Prestation;Antal;Datum;Avgiftsstatus\r\n"
           + "".join(";".join(r) + "\r\n" for r in rows))
    body = ("Hej,\n\noktoberexporten ur ärendehanteringen bifogas. Rader med status Avgiftsfri ska inte "
            "faktureras (uppföljningen var vår egen miss)." + SIG_HINS.format(n="Johanna Sundqvist"))
    m = _fs("hins_j", "Avgifter oktober 2027", "Mon, 01 Nov 2027 10:21:45", body,
            attachments=[text_att("avgifter_2027-10.csv", csv, encoding="iso-8859-1")])

    def ls(org_no: str) -> list[dict[str, Any]]:
        return [line(HINS, r[4], r[5].replace(",", "."), desc=r[3], ps=f"2027-10-{r[6][:2]}") for r in rows
                if r[2] == org_no and r[7] == "Avgiftsbelagd"]
    return m, expect_requests("Latin-1 semicolon export from a case system: case numbers, FO numbers on every row, "
                              "a fee-free row the note excludes; two customers", PLAIN, [
        request(cust("43221"), ls(s), [], HINS), request(cust("43223"), ls(f), [], HINS)])


@case("w32_fs_hins_near_namesake_cafe_prose")
def _w32() -> Any:
    body = ("Hej!\n\nStrandcafé i Vasa (alltså caféet på Sandviken, inte Restaurang Strandcafé på Brändö) ska "
            "faktureras för registreringen av sin nya livsmedelslokal: handläggning 2 timmar (HI20) den 14 "
            "oktober och ett intyg (HI40)." + SIG_HINS.format(n="Johanna Sundqvist"))
    m = _fs("hins_j", "Registrering Strandcafé i Vasa", "Tue, 02 Nov 2027 09:12:03", body)
    return m, expect_requests("prose naming the customer and, to rule it out, its near-namesake: one request for "
                              "'Strandcafé i Vasa Ab'; 'ett intyg' is quantity one", PLAIN, [
        request(cust("43222"), [line(HINS, "HI20", "2", ps="2027-10-14", skip=ND),
                                line(HINS, "HI40", "1", skip=ND + PERIOD)], [], HINS)])


@case("w33_fs_hins_private_hetu_fixed_lab_price")
def _w33() -> Any:
    body = ("Hej,\n\nprivatperson Ragnar Nyholm, personbeteckning " + HETU_RAGNAR + ", beställde provtagning av "
            "brunnsvattnet (HI30, 1 st) som togs 20.10.2027, och dessutom tilläggsanalys för arsenik och uran "
            "(HI90) – fast pris 68,00 € enligt laboratoriets prislista." + SIG_HINS.format(n="Johanna Sundqvist"))
    m = _fs("hins_j", "Brunnsvatten Nyholm", "Tue, 02 Nov 2027 14:36:27", body)
    return m, expect_requests("a registered private person by hetu; a fixed price ('fast pris') gives quantity one "
                              "and the price of an unpriced article", PLAIN, [
        request(cust("43224"), [line(HINS, "HI30", "1", ps="2027-10-20", skip=ND),
                                line(HINS, "HI90", "1", "68.00", skip=ND + PERIOD)], [], HINS)])


@case("w34_fs_hins_html_unpriced_listeria_analysis")
def _w34() -> Any:
    html = ("<html><body><p>Hej,</p><p>provtagning hos Vasa Fiskhall Ab (FO-nummer " + onum("43223") + ") "
            "19.10.2027:</p><table border='1' cellpadding='4'><tr><th>Prestation</th><th>Beskrivning</th>"
            "<th>Antal</th><th>Pris</th></tr><tr><td>HI30</td><td>Provtagning, is och processvatten</td><td>3</td>"
            "<td></td></tr><tr><td>HI90</td><td>Extra analys, listeria</td><td>3</td><td>enligt labbets faktura"
            "</td></tr></table><p>Priset för listeriaanalyserna vet vi först när laboratoriets faktura kommer. "
            "Provtagningen har ordinarie taxa.</p><p>Med vänlig hälsning<br>Johanna Sundqvist<br>Miljö- och "
            "hälsoskyddet, Vasa stad<br>FO-nummer " + org(HINS) + "</p></body></html>")
    m = _fs("hins_j", "Provtagning Fiskhallen", "Wed, 03 Nov 2027 11:03:50", None, html=html)
    d = "2027-10-19"
    return m, expect_requests("HTML-only table; an unpriced analysis whose price cell says it follows later: asked; "
                              "an empty price cell takes the register's", ASK, [
        request(cust("43223"), [line(HINS, "HI30", "3", desc="Provtagning, is och processvatten", ps=d),
                                line(HINS, "HI90", "3", None, desc="Extra analys, listeria", ps=d)],
                ["lines[1].unit_price"], HINS)])


@case("w35_fs_hins_reply_token_in_headers_only")
def _w35() -> Any:
    token, yt = "REQ-M2X8Q", fi_yt("2468125")
    body = ("Hej,\n\nFO-numret för Café Kronan i Vasa Ab är " + yt + ".\n\nJohanna\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n"
            "Skickat: den 2 november 2027 16:20\nTill: Johanna Sundqvist\nÄmne: [" + token + "] Uppgifter "
            "saknas för fakturering\n\nHej! För att kunna fakturera Café Kronan i Vasa behöver vi:\n"
            "1. Kundens FO-nummer (customer.org_no)\n")
    ref = f"<{token}.1@palvelukeskus.fi>"
    m = _fs("hins_j", "Sv: Uppgifter saknas för fakturering", "Thu, 04 Nov 2027 08:47:19", body,
            headers={"In-Reply-To": ref, "References": ref})
    return m, expect_reply("a reply whose subject lost the token (In-Reply-To, References and the quote keep it); "
                           "it answers the customer's FO number", OTHER, token,
                           {"customer": {"org_no": yt}, "lines": []})


@case("w36_fs_hins_pdf_fee_decision")
def _w36() -> Any:
    trs = [("HI20", "Handläggning av anmälan om ändrad verksamhet", "5.10.2027", "3,5 tim", "62,00 €", "217,00 €"),
           ("HI10", "Inspektion", "15.10.2027", "1 st", "150,00 €", "150,00 €")]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in trs)
    html = ("<h1>AVGIFTSBESLUT</h1><p>Diarienummer VAS-2027-1166 · Beslutsdatum 29.10.2027</p><table>"
            "<tr><th>Verksamhetsutövare</th><td>Vasa Fiskhall Ab</td></tr><tr><th>FO-nummer</th><td>"
            + onum("43223") + "</td></tr><tr><th>Faktureringsadress</th><td>Salutorget 3, 65100 Vasa</td></tr>"
            "</table><h2>Avgiftsbelagda åtgärder</h2><table><thead><tr><th>Prestationskod</th><th>Åtgärd</th>"
            "<th>Datum</th><th>Mängd</th><th>À-pris</th><th>Avgift</th></tr></thead><tbody>" + rows
            + "<tr><td colspan='5'><b>Avgift totalt</b></td><td><b>367,00 €</b></td></tr></tbody></table>"
            "<p>Avgiften grundar sig på Vasa stads taxa för miljö- och hälsoskydd (§ 12 och § 14). Beslutet har "
            "vunnit laga kraft 1.11.2027.</p><h2>Anvisning om rättelseyrkande</h2><p>Rättelse kan yrkas skriftligen "
            "inom 14 dagar från delfåendet hos miljö- och hälsoskyddsnämnden, PB 3, 65101 Vasa.</p>")
    body = ("Hej,\n\navgiftsbeslutet för Vasa Fiskhall har vunnit laga kraft och kan faktureras, se bilagan."
            + SIG_HINS.format(n="Miljöhälsa"))
    m = _fs("hins", "Avgiftsbeslut VAS-2027-1166", "Thu, 04 Nov 2027 13:30:00", body,
            attachments=[pdf("avgiftsbeslut_VAS-2027-1166.pdf", html)])
    return m, expect_requests("PDF fee decision: a key/value table, a fee table with units in the quantity cells "
                              "and € in the prices, a total, paragraph numbers and an appeal period that are no "
                              "lines", PLAIN, [
        request(cust("43223"), [line(HINS, "HI20", "3.5", "62.00", desc=trs[0][1], ps="2027-10-05"),
                                line(HINS, "HI10", "1", "150.00", desc=trs[1][1], ps="2027-10-15")], [], HINS)])


@case("w37_en_omdc_erp_workbook_cover_example_totals")
def _w37() -> Any:
    g, s = "Ostsee-Messtechnik GmbH", "Sundvik Miljökonsult AB"
    cover = [["Öresund Marine Data Centre – Billing export"], ["Generated by Unit4 ERP 2027-11-01 07:15 (job BX-22)"],
             ["Invoice the rows on sheet 'Lines'. Example of a row:"],
             ["Example", "99999", "Example Customer Ltd", "MD10", "Data licence, annual", None, 1, "licence", 12000],
             ["Amounts in SEK, excl. VAT."]]
    lines_sheet: list[list[Any]] = [["Customer", None, "Item", None, None, "Billing", None, None],
                   ["Cust. no", "Customer name", "Item code", "Description", "Service date", "Qty", "Unit",
                    "Unit price (SEK)"],
                   ["43131", g, "MD30", "CTD sensor calibration, SN 4471", D(2027, 10, 7), 2, "unit", 2200],
                   ["43131", g, "MD40", "Data extraction, Arkona Basin series", D(2027, 10, 14), 6.5, "hour", 1350],
                   ["43133", s, "MD10", "Data licence, annual (2028)", None, 1, "licence", 12000],
                   ["43131", g, "MD30", "Oxygen sensor calibration", D(2027, 10, 21), 1, "unit", 2600]]
    totals = [["Customer", "Amount SEK"], [g, 15775], [s, 12000], ["Total", 27775]]
    body = ("Hi,\n\nplease find the October billing export attached. Only the Lines sheet is to be invoiced; Cover "
            "and Totals are for reference." + SIG_OMDC.format(n="Finance Desk"))
    m = _en("omdc", "October billing export", "Mon, 01 Nov 2027 08:40:11", body,
            attachments=[xlsx("OMDC_billing_export_2027-10.xlsx",
                              [("Cover", cover, []), ("Lines", lines_sheet, ["A1:B1", "C1:E1", "F1:H1"]),
                               ("Totals", totals, [])])])
    r = lines_sheet
    return m, expect_requests("ERP workbook: a cover sheet with an example row, a merged group header, a totals "
                              "sheet; rows grouped by customer in order of first appearance; a price written over "
                              "the register's", PLAIN, [
        request(cust("43131"), [line(OMDC, "MD30", "2", "2200", desc=r[2][3], ps="2027-10-07"),
                                line(OMDC, "MD40", "6.5", "1350", desc=r[3][3], ps="2027-10-14"),
                                line(OMDC, "MD30", "1", "2600", desc=r[5][3], ps="2027-10-21")], [], OMDC),
        request(cust("43133"), [line(OMDC, "MD10", "1", "12000", desc=r[4][3], skip=PERIOD)], [], OMDC)])


@case("w38_en_omdc_html_vessel_days_norwegian")
def _w38() -> Any:
    trs = [("MD20", "Vessel days, R/V Sundet, Kattegat transect", "18–20 Oct 2027", "3", "SEK 38,000.00",
            "SEK 114,000.00"),
           ("MD30", "Sensor calibration after cruise", "22 Oct 2027", "4", "SEK 2,200.00", "SEK 8,800.00")]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in trs)
    html = ("<html><body><p>Hi,</p><p>please invoice Havforsk Vest AS (Norway, org. no. 918 734 503 MVA) for the "
            "October cruise:</p><table border='1'><tr><th>Item</th><th>Description</th><th>Dates</th><th>Qty</th>"
            "<th>Unit price</th><th>Amount</th></tr>" + rows + "<tr><td colspan='5'>Total excl. VAT</td>"
            "<td>SEK 122,800.00</td></tr></table><p>Your reference: Ingrid Solberg<br>PO: HVA-27-0456</p>"
            "<p>Best regards,<br>Jonas Falk<br>Öresund Marine Data Centre<br>Org. no. " + org(OMDC)
            + "</p></body></html>")
    m = _en("omdc_j", "Invoice request – Havforsk Vest, October cruise", "Tue, 02 Nov 2027 10:05:37", None,
            html=html)
    return m, expect_requests("HTML-only table with a date column, 'SEK 38,000.00' prices, line amounts and a "
                              "total row; a registered Norwegian customer by name", PLAIN, [
        request(cust("43132"), [line(OMDC, "MD20", "3", "38000.00", desc=trs[0][1], ps="2027-10-18",
                                     pe="2027-10-20"),
                                line(OMDC, "MD30", "4", "2200.00", desc=trs[1][1], ps="2027-10-22")], [], OMDC,
                buyer="Ingrid Solberg", order="HVA-27-0456")])


@case("w39_en_omdc_new_customer_approximate_k_price")
def _w39() -> Any:
    o = se_org("559361084")
    body = ("Hi,\n\na new customer: Kustlab Skåne AB, org. no. " + o + ", Hamngatan 12, 252 21 Helsingborg.\n\n"
            "They commissioned one custom seabed survey (MD90) off Kullen, carried out 25–27 October. The quote "
            "said approx. SEK 60k; I'll confirm the exact figure once the final report has gone out. They also "
            "take 1 annual data licence (MD10) for the survey data." + SIG_OMDC.format(n="Jonas Falk"))
    m = _en("omdc_j", "New customer – Kustlab Skåne survey", "Wed, 03 Nov 2027 16:12:02", body)
    return m, expect_requests("a new customer with a postal address (no address question); an approximate "
                              "thousands-shorthand price ('approx. SEK 60k') for an unpriced article: asked", ASK, [
        request(new_cust("Kustlab Skåne AB", o, "SE"),
                [line(OMDC, "MD90", "1", None, ps="2027-10-25", pe="2027-10-27", skip=ND),
                 line(OMDC, "MD10", "1", skip=ND + PERIOD)], ["lines[0].unit_price"], OMDC)])


@case("w40_en_omdc_data_portal_order_form")
def _w40() -> Any:
    body = ("New order from the OMDC Data Portal\n====================================\nOrder ID: DP-2027-00318\n"
            "Submitted: 2027-11-03 13:52 CET\nStatus: Approved by data steward (J. Falk)\n\nPlease invoice the "
            "customer for the approved order below.\n\nOrganisation: Blue Coast Analytics AB\nOrganisation number: "
            + onum("43134") + "\nCustomer number: 43134\nContact e-mail: orders@bluecoast-demo.se\nYour reference: "
            "Petra Lund\nPurchase order: BCA-PO-1182\n\nProduct code: MD10\nProduct: Data licence, annual\n"
            "Quantity: 2\nLicence period: 2028-01-01 – 2028-12-31\n\nProduct code: MD40\nProduct: Data "
            "extraction, per hour\nQuantity: 3.5\nLicence period: -\n\nThis message was generated automatically "
            "by the OMDC Data Portal. Questions: finance@oresundmarinedata-demo.se\n")
    m = _en("omdc_portal", "Approved order DP-2027-00318 – please invoice", "Thu, 04 Nov 2027 13:53:06", body)
    return m, expect_requests("a data portal's generated order mail with key: value blocks per product, a licence "
                              "period a year ahead and an empty one ('-'); the customer by number", PLAIN, [
        request(cust("43134"), [line(OMDC, "MD10", "2", ps="2028-01-01", pe="2028-12-31"),
                                line(OMDC, "MD40", "3.5")], [], OMDC, buyer="Petra Lund", order="BCA-PO-1182")])
