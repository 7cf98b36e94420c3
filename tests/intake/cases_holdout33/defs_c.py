"""Thirty-third held-out set (written blind), part C: the Åland traffic department, the Finland-Swedish municipality's
library and culture hall, and the sea-ice institute writing in English — FO-nummer, moms, 'fakturera', a semicolon
CSV, an HTML-only table, XLSX and PDF, Swedish customers across the border, a payment advice, a reply to a question,
a credit request and a status question."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt, rf
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit33 import (
    APR,
    ASK,
    AX,
    CENTRE_FI,
    HETU_ANNALENA,
    ICE,
    ND,
    OTHER,
    PLAIN,
    SUND,
    W,
    case,
    cust,
    line,
    org,
    request,
    when,
)

SIG_AX = ("\n\nMed vänlig hälsning\n{n}\nSkärgårdstrafiken\nÅlands landskapsregering\nFO-nummer " + org(AX) + "\n")
SIG_SUND = ("\n\nMvh\n{n}\nBibliotek och kulturhus\nSundby kommun | FO-nummer " + org(SUND) + " | tfn 06 224 5100\n")
SIG_ICE = ("\n\nBest regards,\nPartner Services\nFinnish Sea Ice Research Institute\nBusiness ID " + org(ICE) + "\n")


def _fi(frm: str, subj: str, day: int, clock: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(day, clock), body, to=CENTRE_FI, **kw)


@case("w24_fs_ax_prose_vehicle_transports_april")
def _w24() -> Any:
    body = ("Hej,\n\nvar vänlig och fakturera Föglö Transport Ab (FO-nummer " + cust("A-3315")["org_no"] + ") för "
            "fordonstransporter i april 2027: 14 st personbilar (AX10) på linjen Svinö–Degerby. Moms 14 %."
            + SIG_AX.format(n="Henrik Karlsson"))
    m = _fi("ax_h", "Fakturering Föglö Transport april", 3, "09:30:00", body)
    return m, expect_requests("Finland-Swedish prose: FO-nummer, a month, 'st', VAT as written", PLAIN, [
        request(cust("A-3315"), [line(AX, "AX10", "14", ps=APR[0], pe=APR[1], skip=ND)], [], AX)])


@case("w25_fs_ax_csv_charters_two_customers")
def _w25() -> Any:
    csv = ("Datum;Kund;FO-nummer;Artikel;Beskrivning;Antal;Á-pris\n"
           "3.5.2027;Ålands Fiskodlare rf;" + cust("A-3316")["org_no"] + ";AX20;Charter Kökar, odlingsbesök;5,5;\n"
           "6.5.2027;Föglö Transport Ab;" + cust("A-3315")["org_no"] + ";AX20;Reservtur Degerby;3;\n"
           "6.5.2027;Ålands Fiskodlare rf;" + cust("A-3316")["org_no"] + ";AX30;Foderlast;12;\n")
    m = _fi("ax", "Charter och gods v. 18", 10, "07:50:00",
            "Hej!\n\nBifogar veckans charter och gods från bokningssystemet. Taxa enligt prislistan."
            + SIG_AX.format(n="Bokningen"),
            attachments=[text_att("bokningar_v18.csv", csv, encoding="cp1252")])
    return m, expect_requests("semicolon CSV in Windows-1252 from a booking system, an empty price column, rows of "
                              "two customers grouped", PLAIN, [
        request(cust("A-3316"), [line(AX, "AX20", "5.5", desc="Charter Kökar, odlingsbesök", ps="2027-05-03"),
                                 line(AX, "AX30", "12", desc="Foderlast", ps="2027-05-06")], [], AX),
        request(cust("A-3315"), [line(AX, "AX20", "3", desc="Reservtur Degerby", ps="2027-05-06")], [], AX)])


@case("w26_fs_ax_ask_special_transport_ca_price")
def _w26() -> Any:
    body = ("Hej,\n\nÅlands Fiskodlare rf (FO " + cust("A-3316")["org_no"] + "): specialtransport av fiskkassar "
            "med vajerfärjan 10.5, 1 st (AX90). Pris ca 1 200 € enligt offerten, jag kollar exakt belopp med "
            "Henrik när han är tillbaka." + SIG_AX.format(n="Bokningen"))
    m = _fi("ax", "Specialtransport Fiskodlarna", 12, "15:15:00", body)
    return m, expect_requests("'ca 1 200 €' is approximate and the article has no price: unit price asked", ASK, [
        request(cust("A-3316"), [line(AX, "AX90", "1", None, ps="2027-05-10", skip=ND)], ["lines[0].unit_price"],
                AX)])


@case("w27_sv_ax_forward_swedish_shipping_order")
def _w27() -> Any:
    body = ("Hej, se nedan. Transporten gick enligt beställningen, fakturera.\n/Henrik\n\n"
            "Från: Åsa Lundgren <asa.lundgren@roslagensjo-demo.se>\nSkickat: den 3 maj 2027 09:12\n"
            "Till: Henrik Karlsson <henrik.karlsson@regeringen-ax-demo.fi>\nÄmne: Beställning godstransport Kökar\n\n"
            "Hej Henrik!\n\nVi beställer härmed godstransport av 24 lastmeter byggmaterial (AX30) från Långnäs till "
            "Kökar den 12 maj.\n\nRoslagens Sjötrafik AB, org.nr " + cust("A-3317")["org_no"] + "\n"
            "Vårt ordernummer: RS-4411\nEr referens: Åsa Lundgren\n\nMed vänliga hälsningar\nÅsa Lundgren\n"
            "Roslagens Sjötrafik AB\n")
    m = _fi("ax_h", "VB: Beställning godstransport Kökar", 13, "08:10:00", body)
    return m, expect_requests("a Swedish customer's order in Swedish, forwarded: Swedish org number, order number "
                              "and reference; invoiced in the agency's EUR", PLAIN, [
        request(cust("A-3317"), [line(AX, "AX30", "24", ps="2027-05-12", skip=ND)], [], AX, buyer="Åsa Lundgren",
                order="RS-4411")])


@case("w28_sv_ax_forwarded_betalningsavisering")
def _w28() -> Any:
    refs = [rf("2705518"), rf("2705540"), rf("2705601")]
    body = ("För kännedom.\n/Henrik\n\n-----Ursprungligt meddelande-----\nFrån: Roslagens Sjötrafik AB "
            "<faktura@roslagensjo-demo.se>\nSkickat: den 18 maj 2027 10:02\nÄmne: Betalningsavisering\n\n"
            "BETALNINGSAVISERING\nBetalare: Roslagens Sjötrafik AB, org.nr " + cust("A-3317")["org_no"]
            + "\nMottagare: Ålands landskapsregering\nBetalningsdag: 2027-05-18\n\n"
            "Faktura    Referens          Belopp EUR\n2705518    " + refs[0] + "      864,00\n2705540    " + refs[1]
            + "    1 512,00\n2705601    " + refs[2] + "     -120,00  (kreditnota)\nTotalt                       "
            "2 256,00\n")
    m = _fi("ax_h", "VB: Betalningsavisering", 19, "09:00:00", body)
    return m, expect_advice("a Swedish customer's payment advice in EUR with RF references and a credit note "
                            "deducted", OTHER, {"name": "Roslagens Sjötrafik AB", "org_no": cust("A-3317")["org_no"]},
                            "2027-05-18", "2256.00", "EUR", [("2705518", refs[0], "864.00"),
                                                            ("2705540", refs[1], "1512.00"),
                                                            ("2705601", refs[2], "-120.00")])


@case("w29_fs_ax_reply_charter_hours")
def _w29() -> Any:
    token = "REQ-9QF4D"
    body = ("Hej,\n\nturen tog 6,5 timmar inklusive väntetiden i Kökar.\n\nHenrik\n\n"
            "Den 20.5.2027 kl. 08:31 skrev Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>:\n"
            "> Hej! För att kunna fakturera behöver vi följande [" + token + "]:\n"
            "> 1. Antal för rad 1 \"Chartertur, per timme\" (lines[0].quantity)\n> Tack!\n")
    m = _fi("ax_h", "Sv: [" + token + "] Uppgifter saknas", 20, "10:12:00", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply answering the quantity above the quote, decimal comma", OTHER, token,
                           {"lines": [{"quantity": "6.5"}]})


@case("w30_fs_ax_pdf_transport_order")
def _w30() -> Any:
    html = ("<h1>Transportorder</h1><table><tr><th>Kund</th><td>Föglö Transport Ab</td></tr><tr><th>FO-nummer</th>"
            "<td>" + cust("A-3315")["org_no"] + "</td></tr><tr><th>Kundens beställningsnummer</th><td>FT-2291</td></tr>"
            "<tr><th>Er referens</th><td>Johan Eriksson</td></tr><tr><th>Resdag</th><td>19.5.2027</td></tr></table>"
            "<br/><table><thead><tr><th>Art.</th><th>Benämning</th><th class='num'>Antal</th><th>Enhet</th></tr>"
            "</thead><tbody><tr><td>AX10</td><td>Personbilar, servicebilar</td><td class='num'>6</td><td>st</td></tr>"
            "<tr><td>AX30</td><td>Gods, reservdelar</td><td class='num'>8,5</td><td>lm</td></tr></tbody></table>"
            "<p>Utförd enligt order. Kvitterat: M. Mattsson, befälhavare</p>")
    m = _fi("ax", "Transportorder FT-2291 utförd", 20, "14:40:00",
            "Hej, utförd transportorder bifogas, vänligen fakturera." + SIG_AX.format(n="Bokningen"),
            attachments=[pdf("transportorder_FT-2291.pdf", html)])
    return m, expect_requests("PDF order form in Swedish: customer block, order number, reference, a travel date "
                              "for both rows, lane metres with decimal comma", PLAIN, [
        request(cust("A-3315"), [line(AX, "AX10", "6", desc="Personbilar, servicebilar", ps="2027-05-19"),
                                 line(AX, "AX30", "8.5", desc="Gods, reservdelar", ps="2027-05-19")], [], AX,
                buyer="Johan Eriksson", order="FT-2291")])


@case("w31_fs_sund_html_table_hall_bookings")
def _w31() -> Any:
    rows = [("10.5.2027", "Sundby Teaterförening rf", "A-3318", "SK10", "Repetition, stora salen", "4"),
            ("11.5.2027", "Kustens Dragspelsklubb rf", "A-3319", "SK20", "Styrelsemöte", "2"),
            ("13.5.2027", "Sundby Teaterförening rf", "A-3318", "SK30", "Ljudtekniker", "3")]
    trs = "".join("<tr>" + "".join(f"<td>{v if i != 2 else cust(v)['org_no']}</td>" for i, v in enumerate(r))
                  + "</tr>" for r in rows)
    html = ("<html><body><p>Hej!</p><p>Veckans bokningar i kulturhuset att fakturera:</p><table border='1'>"
            "<tr><th>Datum</th><th>Kund</th><th>FO-nummer</th><th>Art.nr</th><th>Beskrivning</th><th>Timmar</th>"
            "</tr>" + trs + "</table><p>Mvh<br/>Maria Holmström<br/>Bibliotek och kulturhus, Sundby kommun</p>"
            "</body></html>")
    m = _fi("sund_b", "Bokningar v. 19", 14, "12:00:00", None, html=html)
    return m, expect_requests("HTML-only mail with a table: two associations by FO-nummer, grouped", PLAIN, [
        request(cust("A-3318"), [line(SUND, "SK10", "4", desc="Repetition, stora salen", ps="2027-05-10"),
                                 line(SUND, "SK30", "3", desc="Ljudtekniker", ps="2027-05-13")], [], SUND),
        request(cust("A-3319"), [line(SUND, "SK20", "2", desc="Styrelsemöte", ps="2027-05-11")], [], SUND)])


@case("w32_fs_sund_private_person_hetu")
def _w32() -> Any:
    body = ("Hej,\n\nAnna-Lena Björkqvist (personbeteckning " + HETU_ANNALENA + ") hyrde bibliotekets mötesrum "
            "för sin läscirkel 3 timmar den 8.5 (SK20). Dessutom två fjärrlån (SK40), avhämtade samma dag. "
            "Kan ni fakturera henne?" + SIG_SUND.format(n="Maria Holmström"))
    m = _fi("sund_b", "Fakturera privatperson", 10, "13:25:00", body)
    return m, expect_requests("a private person by personbeteckning; 'två'; 'samma dag' gives both lines the date",
                              PLAIN, [request(cust("A-3320"), [line(SUND, "SK20", "3", ps="2027-05-08", skip=ND),
                                                               line(SUND, "SK40", "2", ps="2027-05-08", skip=ND)],
                                              [], SUND)])


@case("w33_fs_sund_ask_new_company_no_address")
def _w33() -> Any:
    yt = fi_yt("2518831")
    body = ("Hej!\n\nNy kund: Sundby Event & Catering Ab, FO-nummer " + yt + ", e-post "
            "faktura@sundbyevent-demo.fi.\nStora salen 16.5 för vårbalen, 6 timmar (SK10), och tekniker 6 h (SK30).\n"
            "\nAdressen har jag tyvärr inte." + SIG_SUND.format(n="Maria"))
    m = _fi("sund_b", "Ny kund vårbalen", 17, "10:00:00", body)
    new = new_cust("Sundby Event & Catering Ab", yt, "FI")
    del new["email"]
    return m, expect_requests("a new company with a valid FO-nummer but only an e-mail address: address asked", ASK, [
        request(new, [line(SUND, "SK10", "6", ps="2027-05-16", skip=ND), line(SUND, "SK30", "6", ps="2027-05-16",
                                                                                skip=ND)],
                ["customer.address"], SUND)])


@case("w34_sv_sund_forward_swedish_theatre_group")
def _w34() -> Any:
    body = ("Hej, fakturera Teatergruppen Fyren enligt nedan: stora salen (SK10) och tekniker (SK30). Allt gick "
            "som planerat.\n/Maria\n\n-------- Vidarebefordrat meddelande --------\nÄmne: Gästspel i Sundby\n"
            "Datum: 2027-05-24 08:47\nFrån: Teatergruppen Fyren <fyren.teater@forening-demo.se>\n\n"
            "Hej Maria!\n\nTack för senast, vilken publik! Som vi kom överens om: stora salen fredag–lördag 21–22 maj, "
            "sammanlagt 12 timmar, plus ljud- och ljustekniker 12 timmar.\nFakturan till Teatergruppen Fyren, "
            "org.nr " + cust("A-3321")["org_no"] + ", Kyrkogatan 22, 852 32 Sundsvall.\n\nHälsningar\nKarin "
            "Sjölund, kassör\n")
    m = _fi("sund_b", "VB: Gästspel i Sundby", 24, "11:15:00", body)
    return m, expect_requests("a Swedish association's confirmation forwarded: codes from the note, 'sammanlagt 12 "
                              "timmar', a two-day range for both lines", PLAIN, [
        request(cust("A-3321"), [line(SUND, "SK10", "12", ps="2027-05-21", pe="2027-05-22", skip=ND),
                                 line(SUND, "SK30", "12", ps="2027-05-21", pe="2027-05-22", skip=ND)], [], SUND)])


@case("w35_fs_sund_ask_hall_hours_missing")
def _w35() -> Any:
    body = ("Hej,\n\nfakturera Kustens Dragspelsklubb rf för hyra av stora salen till vårkonserten lördag 15.5, "
            "65 €/h (SK10). Tekniker behövdes inte, de skötte ljudet själva." + SIG_SUND.format(n="Maria"))
    m = _fi("sund_b", "Dragspelsklubbens vårkonsert", 18, "09:05:00", body)
    return m, expect_requests("an hourly price but no number of hours: quantity asked; the technician not needed is "
                              "no line", ASK, [
        request(cust("A-3319"), [line(SUND, "SK10", None, "65.00", ps="2027-05-15", skip=ND)],
                ["lines[0].quantity"], SUND)])


@case("w36_fs_sund_credit_request")
def _w36() -> Any:
    body = ("Hej,\n\nkan ni kreditera faktura 2705233 (Sundby Teaterförening rf, mötesrum 2 h)? Bokningen "
            "avbokades i tid och ska inte debiteras.\n\nTack!\nMaria")
    m = _fi("sund_b", "Kreditering faktura 2705233", 21, "14:30:00", body)
    return m, expect_unknown("a credit of an issued invoice: no requests", OTHER)


@case("w37_fs_sund_xlsx_library_rooms_april")
def _w37() -> Any:
    rows = [["Kund", "FO-nummer", "Art.nr", "Benämning", "Timmar", "Datum"],
            ["Kustens Dragspelsklubb rf", cust("A-3319")["org_no"], "SK20", "Övningsrum", 2, "6.4.2027"],
            ["Kustens Dragspelsklubb rf", cust("A-3319")["org_no"], "SK20", "Övningsrum", 2, "20.4.2027"],
            ["Sundby Teaterförening rf", cust("A-3318")["org_no"], "SK20", "Manusläsning", 1.5, "27.4.2027"],
            [None, None, None, "Summa timmar", 5.5, None]]
    m = _fi("sund", "Biblioteket lokaluthyrning april", 5, "10:40:00",
            "Hej,\n\nbibliotekets rumsbokningar för april i bifogad Excel." + SIG_SUND.format(n="Kulturhuset"),
            attachments=[xlsx("lokaler_april_2027.xlsx", [("April", rows, [])])])
    return m, expect_requests("XLSX in Swedish: two dated rows for one club, a decimal number of hours, a sum row",
                              PLAIN, [
        request(cust("A-3319"), [line(SUND, "SK20", "2", desc="Övningsrum", ps="2027-04-06"),
                                 line(SUND, "SK20", "2", desc="Övningsrum", ps="2027-04-20")], [], SUND),
        request(cust("A-3318"), [line(SUND, "SK20", "1.5", desc="Manusläsning", ps="2027-04-27")], [], SUND)])


@case("w38_fs_sund_reply_chain_club_discount")
def _w38() -> Any:
    body = ("Hej!\n\nVi gick med på föreningsrabatten, så fakturera enligt följande:\nKustens Dragspelsklubb rf, "
            "FO-nummer " + cust("A-3319")["org_no"] + "\nStora salen 9.5.2027, 3 h á 45,00 € (SK10), moms 25,5 %\n"
            + SIG_SUND.format(n="Maria Holmström") + "\nFrån: Göran Backlund <dragspel.kustens@posti-demo.fi>\n"
            "Skickat: den 28 april 2027 19:44\nTill: Maria Holmström\nÄmne: Hyra stora salen\n\nHej Maria, vi skulle "
            "behöva salen söndag 9.5 för en övningskväll, 3 timmar. Kunde vi få föreningspris, 45 euro i timmen "
            "istället för 65?\n\nGöran, ordförande\n")
    m = _fi("sund_b", "SV: Hyra stora salen", 3, "15:50:00", body)
    return m, expect_requests("reply chain with Swedish Outlook headers: the agreed price 'á 45,00 €' above the "
                              "quote; the quoted request is no second line", PLAIN, [
        request(cust("A-3319"), [line(SUND, "SK10", "3", "45.00", vat="25.5", ps="2027-05-09", skip=ND)], [],
                SUND)])


@case("w39_en_ice_pdf_foreign_partner")
def _w39() -> Any:
    html = ("<h1>Billing basis – partner services</h1><p>Customer: Nordlys Polar Instruments AS<br/>"
            "Org. no.: NO 923 456 783 MVA<br/>Customer no.: A-3322<br/>PO: NPI-PO-2027-118<br/>"
            "Your reference: Dr. Ingrid Solberg<br/>Field campaign: 3–9 May 2027, Bothnian Bay</p><table><thead><tr>"
            "<th>Code</th><th>Description</th><th class='num'>Qty</th><th>Unit</th></tr></thead><tbody>"
            "<tr><td>IC10</td><td>Ice core sample analysis</td><td class='num'>18</td><td>samples</td></tr>"
            "<tr><td>IC20</td><td>Field station accommodation</td><td class='num'>6</td><td>nights</td></tr>"
            "</tbody></table><p>Prices as per the partner price list 2027.</p>")
    m = _fi("ice", "Billing basis NPI-PO-2027-118", 11, "16:00:00",
            "Dear colleagues,\n\nplease invoice our Norwegian partner according to the attached billing basis."
            + SIG_ICE, attachments=[pdf("billing_basis_NPI-PO-2027-118.pdf", html)])
    return m, expect_requests("English PDF: a Norwegian customer by customer number, PO and reference, the "
                              "campaign range for both lines", PLAIN, [
        request(cust("A-3322"), [line(ICE, "IC10", "18", desc="Ice core sample analysis", ps="2027-05-03",
                                      pe="2027-05-09"),
                                 line(ICE, "IC20", "6", desc="Field station accommodation", ps="2027-05-03",
                                      pe="2027-05-09")], [], ICE, buyer="Dr. Ingrid Solberg",
                order="NPI-PO-2027-118")])


@case("w40_en_ice_status_question")
def _w40() -> Any:
    body = ("Hello,\n\nNordlys Polar Instruments asked whether the invoice for PO NPI-PO-2027-118 (billing basis we "
            "sent on 11 May) has gone out yet. Could you check and let us know the invoice number?\n" + SIG_ICE)
    m = _fi("ice", "Status of invoice NPI-PO-2027-118?", 26, "13:45:00", body)
    return m, expect_unknown("a question about the status of an earlier request: nothing to invoice", OTHER)
