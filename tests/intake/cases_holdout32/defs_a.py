"""Thirty-second held-out set (written blind), part A: the Swedish agencies' May mail — a county board's hunting
fees, a municipality's waste collection extras and a geological survey's map and data orders; prose, XLSX, CSV,
HTML and PDF, a reply chain, a forward, requests that must ask, a credit request and a payment advice."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_ocr, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit32 import (
    APRIL,
    ASK,
    AVF,
    CENTRE_SE,
    GEO,
    LST,
    ND,
    NOP,
    OTHER,
    PLAIN,
    PNR_GUNNAR,
    W,
    case,
    cust,
    line,
    org,
    request,
    rfc_date,
)

SIG_LST = ("\n\nMed vänlig hälsning\n\n{n}\nViltenheten\nLänsstyrelsen i Norrdalarna\nOrg.nr " + org(LST)
           + "\nTelefon 010-225 00 00\nwww.lansstyrelsen-norrdal.se\n")
SIG_AVF = "\n\n/{n}\nNorrskogs kommun | Avfall & återvinning | 0250-55 20 00\n"
SIG_GEO = ("\n\nVänliga hälsningar\n{n}\nGeologiska kartverket\nBox 670, 751 28 Uppsala | Org.nr " + org(GEO)
           + " | Bankgiro 5093-1185\n")


def _se(frm: str, subj: str, day: int, hhmm: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, rfc_date(day, hhmm), body, to=CENTRE_SE, **kw)


@case("v01_sv_lst_prose_moose_fees_team")
def _v01() -> Any:
    body = ("Hej,\n\nOrsa Östra Jaktlag (org.nr " + cust("61101")["org_no"] + ") har lämnat sin avskjutningsrapport "
            "för licensområde Skattungen. Vänligen fakturera fällavgifter för 3 vuxna älgar (LJ30) och 2 kalvar "
            "(LJ40).\n\nEr referens: Sven Olsson\n" + SIG_LST.format(n="Per-Olof Hedman"))
    m = _se("lst_p", "Fällavgifter Orsa Östra Jaktlag", 3, "09:12", body)
    return m, expect_requests("prose: a hunting team by org number, two fee lines, no date given", PLAIN, [
        request(cust("61101"), [line(LST, "LJ30", "3", skip=ND), line(LST, "LJ40", "2", skip=ND)], [], LST,
                buyer="Sven Olsson")])


@case("v02_sv_lst_xlsx_moose_fees_wide_columns")
def _v02() -> Any:
    rows = [["Fällavgifter älg jaktåret 2026/27 – västra delen", None, None, None, None],
            ["Licensområde", "Jaktlag / licensinnehavare", "Org.nr", "Vuxen älg (LJ30)", "Kalv (LJ40)"],
            ["Skattungen", "Orsa Östra Jaktlag", cust("61101")["org_no"], 4, 3],
            ["Hamra Norra", "Dala Skogsförvaltning AB", cust("61102")["org_no"], 6, None],
            ["Summa", None, None, 10, 3]]
    body = ("Hej!\n\nBifogar sammanställningen av fällavgifter för västra delen. Avgift enligt föreskrift, 300 kr "
            "per vuxen och 100 kr per kalv. Hamra Norra fällde inga kalvar i år." + SIG_LST.format(n="Viltenheten"))
    m = _se("lst", "Fällavgifter västra delen", 4, "14:40", body,
            attachments=[xlsx("fallavgifter_vast_2026-27.xlsx", [("Västra", rows, ["A1:E1"])])])
    # One column per article: each filled cell is a line; the blank calf cell is nothing to invoice.
    return m, expect_requests("XLSX with one column per article, a blank cell, a sum row; two customers", PLAIN, [
        request(cust("61101"), [line(LST, "LJ30", "4", skip=ND), line(LST, "LJ40", "3", skip=ND)], [], LST),
        request(cust("61102"), [line(LST, "LJ30", "6", skip=ND)], [], LST)])


@case("v03_sv_lst_private_pnr_protective_hunt")
def _v03() -> Any:
    body = ("Hej\n\nGunnar Ersson, pnr " + PNR_GUNNAR + ", Björkbacken 7, 794 92 Orsa har ansökt om skyddsjakt på "
            "bäver vid Ärteråns utlopp. Ansökan kom in den 26 april och beslut fattades 5 maj. Fakturera en "
            "ansökningsavgift (LJ10).\n\nPO" + SIG_LST.format(n="Per-Olof Hedman"))
    m = _se("lst_p", "Avgift skyddsjakt, Ersson", 6, "10:03", body)
    # Two dates (application, decision), neither a service period: periods left unchecked.
    return m, expect_requests("private person by 10-digit personnummer (1951), 'en' is quantity 1", PLAIN, [
        request(cust("61103"), [line(LST, "LJ10", "1", skip=ND + NOP)], [], LST)])


@case("v04_sv_lst_special_handling_price_to_follow")
def _v04() -> Any:
    body = ("Hej!\n\nDala Skogsförvaltning AB, kundnr 61102, ska faktureras för särskild handläggning (LJ90) av "
            "deras dispensansökan om stödutfodring, ett ärende. Beloppet är inte fastställt än – enheten "
            "räknar på nedlagd tid och jag återkommer med summan.\n" + SIG_LST.format(n="Per-Olof Hedman"))
    m = _se("lst_p", "Särskild handläggning Dala Skog", 7, "15:55", body)
    return m, expect_requests("article without a price, amount explicitly to follow: price asked", ASK, [
        request(cust("61102"), [line(LST, "LJ90", "1", skip=ND + NOP)], ["lines[0].unit_price"], LST)])


@case("v05_sv_lst_credit_wrong_team")
def _v05() -> Any:
    body = ("Hej,\n\nfaktura 7004312 har tyvärr gått till fel jaktlag. Orsa Östra Jaktlag ska inte ha den, "
            "fällavgifterna gällde ett annat licensområde. Kan ni kreditera fakturan i sin helhet? Nytt underlag "
            "för rätt jaktlag skickar Per-Olof separat.\n" + SIG_LST.format(n="Viltenheten"))
    m = _se("lst", "Kreditering faktura 7004312", 10, "08:20", body)
    return m, expect_unknown("a credit of an issued invoice: no request", OTHER)


@case("v06_sv_avf_prose_restaurant_month")
def _v06() -> Any:
    body = ("Hej!\n\nRestaurang Tallgården HB (kundnr 61104) har haft extra tömning av sitt 370-literskärl vid "
            "fyra tillfällen under april 2027 (AV20). Fakturera enligt taxa." + SIG_AVF.format(n="Mikael"))
    m = _se("avf_m", "extratömningar Tallgården april", 3, "07:45", body)
    return m, expect_requests("number word 'fyra', a month period, customer number", PLAIN, [
        request(cust("61104"), [line(AVF, "AV20", "4", ps=APRIL[0], pe=APRIL[1], skip=ND)], [], AVF)])


@case("v07_sv_avf_csv_route_export_three_customers")
def _v07() -> Any:
    csv = ("Kundnr;Kund;Hämtadress;Datum;Tjänst;Benämning;Antal\n"
           "61105;Brf Solbacken i Orsa;Solbacksgatan 5;2027-05-03;AV10;Extra tömning 190 l;6\n"
           "61106;Karin Mattsson;Gruvbyn 12;2027-05-04;AV30;Grovavfall;3\n"
           "61105;Brf Solbacken i Orsa;Solbacksgatan 5;2027-05-03;AV50;Dragväg 25 m;6\n"
           "61104;Restaurang Tallgården HB;Tallvägen 2;2027-05-05;AV10;Extra tömning 190 l;2\n")
    m = _se("avf", "Extratjänster v 18", 10, "06:58",
            "Hej, export från ruttsystemet med extratjänster vecka 18 att fakturera.\n\nKundtjänst Avfall\n"
            "Norrskogs kommun\n",
            attachments=[text_att("extratjanster_v18.csv", csv, encoding="cp1252")])
    return m, expect_requests("semicolon CSV (Windows-1252) with customer numbers; rows grouped per customer", PLAIN, [
        request(cust("61105"), [line(AVF, "AV10", "6", desc="Extra tömning 190 l", ps="2027-05-03"),
                                line(AVF, "AV50", "6", desc="Dragväg 25 m", ps="2027-05-03")], [], AVF),
        request(cust("61106"), [line(AVF, "AV30", "3", desc="Grovavfall", ps="2027-05-04")], [], AVF),
        request(cust("61104"), [line(AVF, "AV10", "2", desc="Extra tömning 190 l", ps="2027-05-05")], [], AVF)])


@case("v08_sv_avf_private_bulky_waste_12_digit_pnr")
def _v08() -> Any:
    body = ("Hej, fakturera Karin Mattsson, 19790223-4827, för hämtning av grovavfall, 6 kolli den 6 maj "
            "(AV30). Vi fick hämta på baksidan av huset, ca 30 m, så lägg på dragvägstillägg en gång också (AV50)."
            "\n\nKundtjänst Avfall\n")
    m = _se("avf", "Grovavfall Gruvbyn 12", 7, "13:31", body)
    # The date belongs to the pickup; whether it also dates the surcharge is left open (unchecked).
    return m, expect_requests("12-digit personnummer, 'en gång' is one; '30 m' is no quantity", PLAIN, [
        request(cust("61106"), [line(AVF, "AV30", "6", ps="2027-05-06", skip=ND),
                                line(AVF, "AV50", "1", skip=ND + NOP)], [], AVF)])


@case("v09_sv_avf_new_company_email_only")
def _v09() -> Any:
    org_new = se_org("559288117")
    body = ("Hej!\n\nNy kund hos oss: Älvsnäs Fjällstugor AB, org.nr " + org_new + ". De har beställt en extra "
            "slamtömning (AV40) som utfördes 2027-05-07. Fakturan kan mejlas till bokning@alvsnasstugor.se."
            + SIG_AVF.format(n="Mikael Rönn"))
    m = _se("avf_m", "Ny kund slamtömning", 11, "11:02", body)
    return m, expect_requests("new customer with valid org number and only an e-mail: address asked", ASK, [
        request(new_cust("Älvsnäs Fjällstugor AB", org_new, "SE", email="bokning@alvsnasstugor.se"),
                [line(AVF, "AV40", "1", ps="2027-05-07", skip=ND)], ["customer.address"], AVF)])


@case("v10_sv_avf_special_pickup_approx_price")
def _v10() -> Any:
    body = ("Hej,\n\nspecialhämtning av asbesthaltigt material hos Bostadsrättsföreningen Solbacken i Orsa "
            "2027-05-10, 1 st (AV90). Kostnaden blir runt 2 400 kr beroende på vikten vid deponin, vi har inte "
            "fått vågsedeln än.\n\nKundtjänst Avfall\n")
    m = _se("avf", "Specialhämtning Solbacken", 12, "09:40", body)
    return m, expect_requests("'runt 2 400 kr' is approximate: price asked; customer by its full name", ASK, [
        request(cust("61105"), [line(AVF, "AV90", "1", ps="2027-05-10", skip=ND)], ["lines[0].unit_price"], AVF)])


@case("v11_sv_avf_reply_chain_colleague_guess_quoted")
def _v11() -> Any:
    body = ("Hej Anna (och Kundfaktura),\n\nja, det stämmer. Fakturera Brf Solbacken, kundnr 61105: 8 extra "
            "tömningar av 190-literskärlen mellan 10 och 21 maj (AV10)." + SIG_AVF.format(n="Mikael")
            + "\nFrån: Anna Dahl <anna.dahl@norrskog.se>\nSkickat: den 21 maj 2027 16:12\nTill: Mikael Rönn\n"
            "Ämne: Solbacken extra tömningar?\n\nHej Mikael,\nstyrelsen på Solbacken ringde, de har haft extra "
            "tömningar i maj, kanske ett tiotal? Ska vi fakturera dem?\n/Anna\n")
    m = _se("avf_m", "SV: Solbacken extra tömningar?", 24, "08:05", body)
    return m, expect_requests("reply chain: the answer above the quote counts, not the colleague's guess", PLAIN, [
        request(cust("61105"), [line(AVF, "AV10", "8", ps="2027-05-10", pe="2027-05-21", skip=ND)], [], AVF)])


@case("v12_sv_geo_html_webshop_order")
def _v12() -> Any:
    html = ("<html><body><p>Hej,</p><p>följande order från kartbutiken ska faktureras (kunden valde faktura).</p>"
            "<p><b>Order WEB-27-3318</b><br>Kund: Bergslagens Borrteknik AB<br>Org.nr: " + cust("61107")["org_no"]
            + "<br>Er referens: Johan Lind<br>Levererad: 2027-05-11</p><table border='1'><tr><th>Art.nr</th>"
            "<th>Benämning</th><th>Antal</th><th>À-pris exkl. moms</th><th>Belopp</th></tr>"
            "<tr><td>GK10</td><td>Berggrundskarta 11F Ludvika</td><td>3</td><td>240,00</td><td>720,00</td></tr>"
            "<tr><td>GK10</td><td>Jordartskarta 11F Ludvika</td><td>2</td><td>240,00</td><td>480,00</td></tr>"
            "<tr><td>GK20</td><td>Utskrift A0 Lindesbergsfältet</td><td>1</td><td>690,00</td><td>690,00</td></tr>"
            "<tr><td></td><td>Summa exkl. moms</td><td></td><td></td><td>1 890,00</td></tr></table>"
            "<p>Kartbutiken<br>Geologiska kartverket, org.nr " + org(GEO) + "</p></body></html>")
    m = _se("geo", "Order WEB-27-3318 – faktura", 11, "16:20", None, html=html)
    lines = [line(GEO, "GK10", "3", "240.00", "Berggrundskarta 11F Ludvika", ps="2027-05-11"),
             line(GEO, "GK10", "2", "240.00", "Jordartskarta 11F Ludvika", ps="2027-05-11"),
             line(GEO, "GK20", "1", "690.00", "Utskrift A0 Lindesbergsfältet", ps="2027-05-11")]
    return m, expect_requests("HTML-only order table, delivery date for all lines, a sum row ignored", PLAIN, [
        request(cust("61107"), lines, [], GEO, buyer="Johan Lind", order="WEB-27-3318")])


@case("v13_sv_geo_pdf_work_order_norwegian")
def _v13() -> Any:
    html = ("<h1>Arbetsorder 2027-044</h1><p>Kund: Nordlys Mineral AS<br/>Kundnr: 61110<br/>Havnegata 12, 9008 "
            "Tromsø, Norge<br/>Kundens ordernr: NM-PO-2027-118</p><table><thead><tr><th>Art</th><th>Arbete</th>"
            "<th>Datum</th><th class='num'>Antal</th><th>Enhet</th></tr></thead><tbody>"
            "<tr><td>GK40</td><td>Granskning borrkärnor, Kiruna-projektet</td><td>2027-04-19 – 2027-04-22</td>"
            "<td class='num'>4</td><td>dag</td></tr><tr><td>GK50</td><td>Rapportskrivning geolog</td>"
            "<td>2027-04-23</td><td class='num'>6</td><td>tim</td></tr></tbody></table>"
            "<p>Utfört av: L. Brandt, kärnarkivet i Malå</p>")
    body = ("Hej,\n\nbifogar arbetsorder för Nordlys granskning i kärnarkivet, att fakturera. Kunden vill gärna ha "
            "fakturan på engelska om det går." + SIG_GEO.format(n="Lovisa Brandt"))
    m = _se("geo_l", "Arbetsorder 2027-044 Nordlys", 5, "10:30", body, attachments=[pdf("AO_2027-044.pdf", html)])
    return m, expect_requests("PDF work order for a Norwegian customer by number; range and single date", PLAIN, [
        request(cust("61110"), [line(GEO, "GK40", "4", desc="Granskning borrkärnor, Kiruna-projektet",
                                     ps="2027-04-19", pe="2027-04-22"),
                                line(GEO, "GK50", "6", desc="Rapportskrivning geolog", ps="2027-04-23")], [], GEO,
                order="NM-PO-2027-118")])


@case("v14_sv_geo_near_twin_name_resolves")
def _v14() -> Any:
    body = ("Hej!\n\nDataleverans till Fjällbacka Geoteknik: jordartslager för Västra Götalands och Hallands län, "
            "alltså 2 st GK30. Levererat via FTP 12 maj. Deras beställningsnummer är FG-4471.\n\n/Lovisa\n")
    m = _se("geo_l", "Dataleverans Fjällbacka", 13, "14:14", body)
    # "Fjällbacka Geoteknik" matches only "Fjällbacka Geoteknik AB"; "Fjällbäck Geoteknik AB" is another name.
    return m, expect_requests("a name with a near-twin in the register: exact name match picks one", PLAIN, [
        request(cust("61108"), [line(GEO, "GK30", "2", ps="2027-05-12", skip=ND)], [], GEO, order="FG-4471")])


@case("v15_sv_geo_custom_extract_tkr")
def _v15() -> Any:
    body = ("Hej,\n\nBergslagens Borrteknik AB (" + cust("61107")["org_no"] + ") har beställt ett anpassat "
            "datauttag (GK90) med brunnsdata för Örebro län. Offererat pris ca 8 tkr, slutligt pris när uttaget är "
            "klart. Fakturera gärna redan nu så det inte glöms bort." + SIG_GEO.format(n="Lovisa Brandt"))
    m = _se("geo_l", "Anpassat uttag brunnsdata", 17, "09:05", body)
    return m, expect_requests("'ca 8 tkr' on an article without a price: price asked, 'ett' is one", ASK, [
        request(cust("61107"), [line(GEO, "GK90", "1", skip=ND + NOP)], ["lines[0].unit_price"], GEO)])


@case("v16_sv_geo_forwarded_payment_advice_with_credit")
def _v16() -> Any:
    ocr1, ocr2, ocr3 = se_ocr("9270311"), se_ocr("9270344"), se_ocr("9270350")
    body = ("Hej, kunden skickade sin betalningsspecifikation till kartbutiken. Vidarebefordrar.\n\nKartbutiken\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Bergslagens Borrteknik AB "
            "<ekonomi@bborrteknik.se>\nDatum: 18 maj 2027 09:12\nÄmne: Betalningsspecifikation\n\n"
            "BETALNINGSSPECIFIKATION\nBetalare: Bergslagens Borrteknik AB\nBetaldag: 2027-05-18\n\n"
            "Faktura    OCR          Belopp\n"
            "9270311    " + ocr1 + "     3 540,00\n"
            "9270344    " + ocr2 + "    12 800,00\n"
            "9270350    " + ocr3 + "      -690,00  (kreditfaktura)\n"
            "Totalt betalt:         15 650,00 SEK\n")
    m = _se("geo", "VB: Betalningsspecifikation", 18, "11:47", body)
    return m, expect_advice("a forwarded payment specification with a credit note deducted", OTHER,
                            {"name": "Bergslagens Borrteknik AB", "org_no": None}, "2027-05-18", "15650.00", "SEK",
                            [("9270311", ocr1, "3540.00"), ("9270344", ocr2, "12800.00"),
                             ("9270350", ocr3, "-690.00")])
