"""Twenty-third held-out set (written blind), part B: plain requests from the Finnish agencies (the maritime
agency's PDF tables, the regional council's HTML case-system mail, the nature centre's prose), the Finland-Swedish
technical office (prose and CSV) and the English-writing secretariat (XLSX, a request in EUR)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, pdf, text_att, xlsx

from .kit23 import HETU_AINO, LIITTO, LUONTO, MERI, ND, PLAIN, SEC, TEKN, case, cust, line, request
from .sigs23 import send


@case("k13_fi_meri_pdf_pilotage_rows_total")
def _k13() -> Any:
    yt = cust("K-7201")["org_no"]
    rows = "".join(f"<tr><td>{d}</td><td>MV10</td><td>Luotsaus {r}</td><td class='num'>{h}</td></tr>"
                   for d, r, h in (("3.11.2026", "Turku–Utö", "5,5"), ("17.11.2026", "Utö–Turku", "6,0")))
    body = ("<h1>Laskutusperuste / luotsaus</h1><p>Asiakas: Saariston Laivaus Oy, Y-tunnus " + yt + "</p>"
            "<table><thead><tr><th>Päivä</th><th>Nimike</th><th>Selite</th><th>Tunnit</th></tr></thead>"
            "<tbody>" + rows + "<tr><td></td><td></td><td>Yhteensä</td><td class='num'>11,5</td></tr></tbody>"
            "</table><p>Hinta taulukon mukaan.</p>")
    m = send("meri", "Laskutusperuste marraskuu / Saariston Laivaus", "Tue, 01 Dec 2026 08:01:00",
             "Hei,\n\nliitteenä laskutusperuste. Laskutetaan hinnaston mukaan.\n",
             attachments=[pdf("laskutusperuste_SL_11-2026.pdf", body)])
    return m, expect_requests("PDF table, a date per row, a 'Yhteensä' row.", PLAIN, [
        request(cust("K-7201"), [line(MERI, "MV10", "5.5", desc="Luotsaus Turku–Utö", ps="2026-11-03"),
                                 line(MERI, "MV10", "6.0", desc="Luotsaus Utö–Turku", ps="2026-11-17")], [],
                MERI)])


@case("k14_fi_meri_pdf_form_buoy_service_order")
def _k14() -> Any:
    body = ("<h1>PALVELUTILAUS / LASKUTUSPYYNTÖ</h1><table>"
            "<tr><th>Asiakas</th><td>Turun Venekerho ry</td></tr>"
            "<tr><th>Y-tunnus</th><td>" + cust("K-7202")["org_no"] + "</td></tr>"
            "<tr><th>Tilausnumero</th><td>4500123</td></tr>"
            "<tr><th>Palvelu</th><td>MV30 Poijun huolto</td></tr>"
            "<tr><th>Määrä</th><td>3 kpl</td></tr>"
            "<tr><th>Suorituspäivä</th><td>5.11.2026</td></tr></table>")
    m = send("meri", "Laskutuspyyntö Turun Venekerho", "Wed, 02 Dec 2026 08:05:00", "Liitteenä laskutuspyyntö.\n",
             attachments=[pdf("laskutuspyynto_4500123.pdf", body)])
    return m, expect_requests("PDF form (label/value rows): an order number, '3 kpl', one date.", PLAIN, [
        request(cust("K-7202"), [line(MERI, "MV30", "3", ps="2026-11-05", skip=ND)], [], MERI, order="4500123")])


@case("k15_fi_meri_prose_fairway_survey_km")
def _k15() -> Any:
    body = ("Moi,\n\nlaskuttakaa Saariston Laivaus Oy:ltä väyläkartoitus (MV20) Airiston väylältä 2.–6.11.2026, "
            "yhteensä 42,5 km. Viitteenne: Kari Lehto.\n")
    m = send("meri_p", "Väyläkartoitus Airisto", "Thu, 03 Dec 2026 14:20:00", body)
    return m, expect_requests("Prose: a case ending after a colon, a decimal-comma quantity, a date range, a "
                              "buyer reference.", PLAIN, [
        request(cust("K-7201"), [line(MERI, "MV20", "42.5", ps="2026-11-02", pe="2026-11-06", skip=ND)], [],
                MERI, buyer="Kari Lehto")])


def _liitto_html(rows: str, extra: str = "") -> str:
    return ("<html><body style='font-family:Arial'><div style='background:#004b87;color:#fff;padding:6px'>"
            "Järvimaan liitto – Asianhallinta</div><p><b>Laskutuspyyntö</b> (asia JML/412/2026)</p>" + extra +
            "<table border='1' cellpadding='4'><tr><th>Asiakas</th><th>Y-tunnus</th><th>Nimike</th>"
            "<th>Selite</th><th>Määrä</th><th>Ajankohta</th></tr>" + rows + "</table>"
            "<p style='color:#888'>Tämä viesti on lähetetty asianhallintajärjestelmästä.</p></body></html>")


@case("k16_fi_liitto_html_case_system_two_customers")
def _k16() -> Any:
    rows = ("<tr><td>Mikkelin Kehitysyhtiö Oy</td><td>" + cust("K-7203")["org_no"] + "</td><td>ML10</td>"
            "<td>Kokoustila Saimaa-sali</td><td>2</td><td>12.11.2026–13.11.2026</td></tr>"
            "<tr><td>Järvimaan Yrittäjät ry</td><td>" + cust("K-7204")["org_no"] + "</td><td>ML20</td>"
            "<td>Maakuntakaavan aineisto</td><td>1</td><td>20.11.2026</td></tr>")
    m = send("liitto", "Laskutuspyyntö JML/412/2026", "Mon, 07 Dec 2026 06:45:00", None,
             html=_liitto_html(rows))
    return m, expect_requests("HTML-only case-system mail, one row per customer with its own date/range.", PLAIN, [
        request(cust("K-7203"), [line(LIITTO, "ML10", "2", desc="Kokoustila Saimaa-sali", ps="2026-11-12",
                                      pe="2026-11-13")], [], LIITTO),
        request(cust("K-7204"), [line(LIITTO, "ML20", "1", desc="Maakuntakaavan aineisto", ps="2026-11-20")], [],
                LIITTO)])


@case("k17_fi_liitto_html_study_price_per_hour")
def _k17() -> Any:
    rows = ("<tr><td>Mikkelin Kehitysyhtiö Oy</td><td>" + cust("K-7203")["org_no"] + "</td><td>ML90</td>"
            "<td>Elinvoimaselvitys, 38 h á 95,00 €</td><td>38</td><td>lokakuu–marraskuu 2026</td></tr>")
    extra = "<p>Viitteenne: Pekka Nurmi</p>"
    m = send("liitto", "Laskutuspyyntö JML/388/2026", "Tue, 08 Dec 2026 06:45:00", None,
             html=_liitto_html(rows, extra))
    return m, expect_requests("HTML: an article without a register price, the price in the text column, a month "
                              "range, a buyer reference above the table.", PLAIN, [
        request(cust("K-7203"), [line(LIITTO, "ML90", "38", "95.00", ps="2026-10-01", pe="2026-11-30", skip=ND)],
                [], LIITTO, buyer="Pekka Nurmi")])


@case("k18_fi_luonto_prose_camp_school_and_hike")
def _k18() -> Any:
    body = ("Hei!\n\nLeirikoulu oli meillä 9.–11.11.2026. Asiakas: Koulutuskuntayhtymä Rannikko. Laskuttakaa:\n"
            "- leirikoulu (LK20), yhteensä 46 oppilasvuorokautta\n- yksi opastettu retki (LK10) 10.11.2026\n\n"
            "Kiitos!\n")
    m = send("luonto", "Leirikoulu Rannikko", "Wed, 02 Dec 2026 12:00:00", body)
    return m, expect_requests("Prose with a dash list: a total of pupil-nights over a range, 'yksi' retki on "
                              "its own date.", PLAIN, [
        request(cust("K-7206"), [line(LUONTO, "LK20", "46", ps="2026-11-09", pe="2026-11-11", skip=ND),
                                 line(LUONTO, "LK10", "1", ps="2026-11-10", skip=ND)], [], LUONTO)])


@case("k19_fi_luonto_private_person_fixed_price")
def _k19() -> Any:
    body = ("Hei,\n\nAino Virtanen (hetu " + HETU_AINO + ") tilasi syntymäpäiväseurueelleen opastetun retken "
            "(LK10) la 14.11. Kiinteä hinta 150 €.\n")
    m = send("luonto", "Lasku yksityishenkilölle", "Thu, 03 Dec 2026 09:30:00", body)
    return m, expect_requests("Private person by hetu; 'kiinteä hinta' marks a lump sum (qty 1).", PLAIN, [
        request(cust("K-7205"), [line(LUONTO, "LK10", "1", "150", ps="2026-11-14", skip=ND)], [], LUONTO)])


@case("k20_fisv_tekn_prose_building_permit_and_digging")
def _k20() -> Any:
    body = ("Hej,\n\nvar snäll och fakturera Byggnads Ab Kronqvist (FO " + cust("K-7208")["org_no"] + "):\n"
            "TK10 bygglovshandläggning 6,5 h, november 2026\nTK30 grävtillstånd Storgatan, fast avgift\n\n"
            "Tack på förhand!\n")
    m = send("tekn", "Fakturering Kronqvist", "Fri, 04 Dec 2026 10:10:00", body)
    nov = {"ps": "2026-11-01", "pe": "2026-11-30"}
    # The month is written on the first line only; the second line ("fast avgift") carries no period of its own,
    # and the month is not stated for the whole request, so its period is left unchecked.
    return m, expect_requests("Finland-Swedish prose: FO number, hours with a month, a fixed fee.", PLAIN, [
        request(cust("K-7208"), [line(TEKN, "TK10", "6.5", skip=ND, **nov),
                                 line(TEKN, "TK30", "1", skip=ND + ("period_start", "period_end"))], [], TEKN)])


@case("k21_fisv_tekn_csv_water_meters_dates")
def _k21() -> Any:
    csv = ("Kundnr,Namn,Artikel,Antal,Datum\n"
           "K-7207,Västerby IF,TK20,2,12.11.2026\n"
           "K-7208,Kronqvist,TK20,1,19.11.2026\n")
    m = send("tekn", "Mätarbyten", "Mon, 07 Dec 2026 08:00:00",
             "Hej,\nbifogar mätarbytena i november, pris enligt taxan.\n",
             attachments=[text_att("matarbyten.csv", csv)])
    return m, expect_requests("Comma CSV keyed by customer number, Finnish date format per row.", PLAIN, [
        request(cust("K-7207"), [line(TEKN, "TK20", "2", ps="2026-11-12")], [], TEKN),
        request(cust("K-7208"), [line(TEKN, "TK20", "1", ps="2026-11-19")], [], TEKN)])


@case("k22_en_sec_xlsx_conference_participants")
def _k22() -> Any:
    rows = [["Organisation", "VAT / Reg. no", "Item", "Participants", "Fee (SEK)", "Amount (SEK)"],
            ["Skeppsbolaget Östersjön AB", cust("K-7108")["org_no"], "BP10", 3, 4200, 12600],
            ["Saariston Laivaus Oy", cust("K-7201")["org_no"], "BP10", 2, 4200, 8400],
            ["Hafenlogistik Rügen GmbH", "DE287654321", "BP10", 1, 4200, 4200],
            ["TOTAL", None, None, 6, None, 25200]]
    att = xlsx("BPS_conference_Gdansk_participants.xlsx", [("Participants", rows, [])])
    body = ("Dear colleagues,\n\nplease invoice the conference fees for the Baltic Ports Annual Conference in "
            "Gdańsk, 24–25 November 2026, as per the attached list.\n")
    m = send("sec", "Invoicing: conference fees Gdańsk", "Tue, 01 Dec 2026 10:00:00", body, attachments=[att])
    conf = {"ps": "2026-11-24", "pe": "2026-11-25", "skip": ND}
    return m, expect_requests("XLSX per customer, one foreign customer by VAT number and name; the event dates "
                              "only in the mail body apply to every line.", PLAIN, [
        request(cust("K-7108"), [line(SEC, "BP10", "3", "4200", **conf)], [], SEC),
        request(cust("K-7201"), [line(SEC, "BP10", "2", "4200", **conf)], [], SEC),
        request(cust("K-7301"), [line(SEC, "BP10", "1", "4200", **conf)], [], SEC)])


@case("k23_en_sec_prose_membership_next_year")
def _k23() -> Any:
    body = ("Hello,\n\nCould you please invoice Skeppsbolaget Östersjön AB one annual membership (BP20) for the "
            "membership period 1 January – 31 December 2027. Their PO number is 7781-22.\n")
    m = send("sec", "Membership 2027 Skeppsbolaget", "Wed, 02 Dec 2026 11:00:00", body)
    return m, expect_requests("Prose: 'one' membership over next year's range, a PO number.", PLAIN, [
        request(cust("K-7108"), [line(SEC, "BP20", "1", ps="2027-01-01", pe="2027-12-31", skip=ND)], [], SEC,
                order="7781-22")])


@case("k24_en_sec_prose_consultancy_in_eur")
def _k24() -> Any:
    body = ("Hi,\n\nplease invoice Hafenlogistik Rügen GmbH (VAT DE287654321) for consultancy (BP30) in November "
            "2026: 12 hours at EUR 125.00 per hour. This one should be invoiced in EUR, as agreed.\n"
            "Their reference: Jens Möller\n")
    m = send("sec", "Consultancy Hafenlogistik", "Thu, 03 Dec 2026 16:45:00", body)
    return m, expect_requests("Prose: a foreign customer, a price and currency written (EUR), a month.", PLAIN, [
        request(cust("K-7301"), [line(SEC, "BP30", "12", "125.00", ps="2026-11-01", pe="2026-11-30", skip=ND)], [],
                SEC, buyer="Jens Möller", currency="EUR")])
