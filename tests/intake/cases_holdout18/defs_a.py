"""Eighteenth held-out set (written blind), part A: plain requests that should go straight through, from
agencies the parser has not met — free text, a short table in the body, an HTML-only table, CSV, XLSX and PDF
attachments, a forwarded customer order, reply chains where only the newest part counts, a customer given only
by org number, private persons by personal identity number, new customers with an address or an OVT code."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import fi_yt, se_org
from tests.intake.cases.mailkit import expect_requests, mail, new_cust, pdf, text_att, xlsx

from .kit18 import (
    ARK,
    CENTRE_FI,
    KIRJ,
    LIITTO,
    LST,
    ND,
    PEL,
    PLAIN,
    PNR_NEW,
    SKOL,
    STAT,
    TR,
    YO,
    W,
    case,
    cust,
    line,
    org,
    request,
)


def no_refs(req: dict[str, Any]) -> dict[str, Any]:
    """Drops the reference keys where the mail gives only a case/diary number whose label is neither 'Er
    referens' nor an order number (the contract leaves those open)."""
    req.pop("buyer_reference", None)
    req.pop("order_reference", None)
    return req


SIG_LST = ("\n\nMed vänlig hälsning\n\nMaria Sundqvist\nMiljöhandläggare, Miljöskyddsenheten\n"
           "Länsstyrelsen i Västmark\n721 86 Västerås | Tfn 010-224 90 00 | Org.nr " + org(LST) + "\n"
           "www.lansstyrelsen-vastmark.se\n\nNär du skickar e-post till Länsstyrelsen behandlar vi dina "
           "personuppgifter enligt dataskyddsförordningen.\n")
SIG_ARK = ("\n\nVänliga hälsningar\nIngrid Wahl\nArkivarie | Regionarkivet i Norrmark\nArkivvägen 2, 871 31 "
           "Härnösand\nOrg.nr " + org(ARK) + " · Bankgiro 5051-8834 · 0611-834 00\n")
SIG_YO = ("\n\nYstävällisin terveisin / Best regards\n\nTuomas Lehtinen\nLaboratorioinsinööri\nPohjanrannan "
          "yliopisto, Kemian tutkimusyksikkö\nPL 8000, 90014 Oulu\nY-tunnus " + org(YO) + "\n+358 29 448 0000\n\n"
          "Tämä viesti voi sisältää luottamuksellista tietoa. This message may contain confidential "
          "information.\n")
SIG_PEL = ("\n\nMed vänlig hälsning\nFredrik Back\nBrandinspektör\nKustregionens räddningsverk\n"
           "Brandstationsgatan 1, 65100 Vasa\nFO-nummer " + org(PEL) + " | tfn 06 325 1111\n")
SIG_KIRJ = ("\n\nHälsningar\nAnnika Öhman\nbibliotekssekreterare\nVasa regionbibliotek – Vaasan "
            "seutukirjasto\nFO " + org(KIRJ) + "\n")


@case("m01_sv_lst_supervision_free_text")
def _m01() -> Any:
    body = ("Hej!\n\nVi behöver fakturera Bergsjö Miljöteknik AB för tillsyn enligt miljöbalken. Inspektionen "
            "gjordes den 4 november och tog 3,5 timmar (artikel L100, timtaxa enligt taxan).\n\n"
            "Er referens: Karl Öhrn\n" + SIG_LST)
    m = mail(W["maria"], "Fakturaunderlag tillsyn Bergsjö Miljöteknik", "Tue, 10 Nov 2026 09:14:00 +0100", body)
    return m, expect_requests("Free text from a county administrative board; decimal comma hours, a date without "
                              "a year takes the mail's year.", PLAIN,
                              [request(cust("C-1003"), [line(LST, "L100", "3.5", ps="2026-11-04", skip=ND)], [],
                                       LST, buyer="Karl Öhrn")])


@case("m02_sv_tr_copies_private_person_10_digit_pnr")
def _m02() -> Any:
    body = ("Till ekonomiservice\n\nBeställning av kopior i mål T 1234-26 ska faktureras beställaren:\n\n"
            "Elias Fors, pnr 020907-4467\n\nKopia av allmän handling (T100): 37 sidor, expedierade 12/11. "
            "De avgiftsfria sidorna är redan avräknade.\n\nNämndeby tingsrätt\nKansliet\n"
            "Box 310, 701 46 Örebro · Org.nr " + org(TR) + " · 019-16 80 00\n")
    m = mail(W["tr"], "Fakturering kopior T 1234-26", "Fri, 13 Nov 2026 14:02:00 +0100", body)
    return m, expect_requests("A court's copy fee to a private person given by a 10-digit personnummer (born "
                              "2002, not 1902); '12/11' is 12 November.", PLAIN,
                              [no_refs(request(cust("C-1008"), [line(TR, "T100", "37", ps="2026-11-12", skip=ND)],
                                               [], TR))])


@case("m03_fi_yo_table_in_body_period_once")
def _m03() -> Any:
    body = ("Hei,\n\npyytäisin laskuttamaan Pohjanmaan Energia Oy:ltä seuraavat:\n\n"
            "Tuote  Nimike                    Määrä    à-hinta\n"
            "Y100   Laboratorioanalyysi       12 kpl   95,00 €\n"
            "Y400   Laitteen käyttö            6 h     60,00 €\n\n"
            "Työt tehtiin 2.–6.11.2026.\nTilausnumero: PE-45821\nViitteenne: Jari Mäki\n" + SIG_YO)
    m = mail(W["yo"], "Laskutuspyyntö / Pohjanmaan Energia", "Mon, 09 Nov 2026 10:40:00 +0200", body,
             to=CENTRE_FI)
    d: dict[str, Any] = {"ps": "2026-11-02", "pe": "2026-11-06", "skip": ND}
    return m, expect_requests("A university's short plain-text table; 'Oy:ltä' drops its case ending; one period "
                              "for both lines.", PLAIN,
                              [request(cust("C-2003"), [line(YO, "Y100", "12", "95.00", **d),
                                                        line(YO, "Y400", "6", "60.00", **d)], [], YO,
                                       buyer="Jari Mäki", order="PE-45821")])


@case("m04_sv_stat_html_only_table")
def _m04() -> Any:
    html = ("<html><body><p>Hej,</p><p>Faktureringsunderlag för beställning <b>HK-2026-118</b>. "
            "Uppdraget avser oktober 2026.</p>"
            "<table border='1' cellpadding='3'><tr><th>Kund</th><th>Artikel</th><th>Benämning</th><th>Antal</th>"
            "<th>Á-pris (kr)</th></tr>"
            "<tr><td>Hallstena kommun</td><td>S100</td><td>Statistikuppdrag, befolkningsprognos</td><td>14</td>"
            "<td>1&nbsp;250,00</td></tr>"
            "<tr><td>Hallstena kommun</td><td>S300</td><td>Tryckt publikation</td><td>5</td><td>320,00</td></tr>"
            "</table><p>Beställningsnummer: HK-2026-118</p>"
            "<p>Hälsningar<br>Beställningar, Statistikbyrån<br>Box 24300, 104 51 Stockholm<br>Org.nr "
            + org(STAT) + "</p></body></html>")
    m = mail(W["stat"], "Underlag HK-2026-118", "Tue, 03 Nov 2026 08:05:00 +0100", html=html)
    d: dict[str, Any] = {"ps": "2026-10-01", "pe": "2026-10-31", "skip": ND}
    return m, expect_requests("HTML-only mail with a table; a month stated once for the whole request.", PLAIN,
                              [request(cust("C-1002"), [line(STAT, "S100", "14", "1250.00", **d),
                                                        line(STAT, "S300", "5", "320.00", **d)], [], STAT,
                                       order="HK-2026-118")])


@case("m05_fi_liitto_csv_two_customers_grouped")
def _m05() -> Any:
    csv = ("asiakas;tuote;kuvaus;määrä;yksikköhinta;päivä\n"
           "Koskelan kunta;J100;Maankäytön asiantuntijapalvelu;8;110,00;3.11.2026\n"
           "Koskelan kunta;J200;Karttatulosteet A1;3;35,00;10.11.2026\n"
           "Savon Data Oy;J300;Seminaari 19.11.;2;180,00;19.11.2026\n"
           "Koskelan kunta;J200;Karttatulosteet A0;2;35,00;24.11.2026\n")
    body = ("Hei!\n\nLiitteenä marraskuun laskutettavat. Kiitos!\n\nPäivi Rantanen\nsuunnittelusihteeri\n"
            "Järvimaan liitto | Kauppakatu 6, 40100 Jyväskylä | Y-tunnus " + org(LIITTO) + "\n")
    m = mail(W["liitto"], "Marraskuun laskutus", "Fri, 27 Nov 2026 12:30:00 +0200", body, to=CENTRE_FI,
             attachments=[text_att("laskutus_marraskuu.csv", csv)])
    return m, expect_requests("A regional council's CSV (semicolon, decimal comma, d.m.yyyy) with two customers: "
                              "rows grouped by customer, in row order.", PLAIN,
                              [request(cust("C-2002"), [line(LIITTO, "J100", "8", "110.00", ps="2026-11-03", skip=ND),
                                                        line(LIITTO, "J200", "3", "35.00", ps="2026-11-10", skip=ND),
                                                        line(LIITTO, "J200", "2", "35.00", ps="2026-11-24",
                                                             skip=ND)], [], LIITTO),
                               request(cust("C-2008"), [line(LIITTO, "J300", "2", "180.00", ps="2026-11-19",
                                                             skip=ND)], [], LIITTO)])


@case("m06_fisv_pel_xlsx_two_customers")
def _m06() -> Any:
    rows: list[Any] = [
        ["Fakturering november 2026 – Kustregionens räddningsverk"], [],
        ["Kund", "FO-nummer", "Artikel", "Benämning", "Antal", "À-pris €", "Datum"],
        ["Oy Kustgruppen Ab", "2567423-9", "R200", "Släckutbildning", 14, 45, dt.date(2026, 11, 5)],
        ["Närpes stad", "0180256-6", "R100", "Brandsyn, skolor", 3, None, dt.date(2026, 11, 9)],
        [], ["Totalt", None, None, None, None, None, None]]
    body = "Hej!\n\nBifogar novemberfaktureringen enligt överenskommelse.\n" + SIG_PEL
    m = mail(W["pel"], "Fakturering nov", "Mon, 30 Nov 2026 15:20:00 +0200", body, to=CENTRE_FI,
             attachments=[xlsx("fakturering_nov2026.xlsx", [("Blad1", rows, ["A1:G1"])])])
    return m, expect_requests("A Finland-Swedish rescue department's XLSX: FO-nummer per row, date cells, an empty "
                              "price cell takes the register's price.", PLAIN,
                              [request(cust("C-2004"), [line(PEL, "R200", "14", "45", ps="2026-11-05", skip=ND)],
                                       [], PEL),
                               request(cust("C-2005"), [line(PEL, "R100", "3", ps="2026-11-09", skip=ND)], [],
                                       PEL)])


@case("m07_sv_ark_pdf_research_and_images")
def _m07() -> Any:
    doc = ("<h1>Regionarkivet i Norrmark – Underlag för fakturering</h1>"
           "<p>Kund: Norrmarks Släktforskarförening<br>Kundnummer: C-1009<br>Utförd: 2026-11-16</p>"
           "<table><thead><tr><th>Art.nr</th><th>Benämning</th><th>Antal</th><th>Enhet</th><th>À-pris</th>"
           "<th>Belopp</th></tr></thead><tbody>"
           "<tr><td>A100</td><td>Forskningsuppdrag (bouppteckningar 1820–1860)</td><td class='num'>6</td>"
           "<td>tim</td><td class='num'>780,00</td><td class='num'>4 680,00</td></tr>"
           "<tr><td>A200</td><td>Digital kopia</td><td class='num'>85</td><td>st</td>"
           "<td class='num'>15,00</td><td class='num'>1 275,00</td></tr>"
           "<tr><td></td><td>Summa exkl. moms</td><td></td><td></td><td></td><td class='num'>5 955,00</td></tr>"
           "</tbody></table><p>Handläggare: Ingrid Wahl</p>")
    body = "Hej,\n\nunderlag för släktforskarföreningens beställning bifogas som pdf." + SIG_ARK
    m = mail(W["ark"], "Fakturaunderlag – Norrmarks Släktforskarförening", "Wed, 18 Nov 2026 11:00:00 +0100",
             body, attachments=[pdf("underlag_C-1009.pdf", doc)])
    d: dict[str, Any] = {"ps": "2026-11-16", "skip": ND}
    return m, expect_requests("An archive's PDF basis with a sum row; customer number and a date for the whole "
                              "request.", PLAIN,
                              [request(cust("C-1009"), [line(ARK, "A100", "6", "780.00", **d),
                                                        line(ARK, "A200", "85", "15.00", **d)], [], ARK)])


@case("m08_en_yo_fixed_fee_article_without_price")
def _m08() -> Any:
    body = ("Dear colleagues,\n\nCould you please invoice Savon Data Oy for the tailored research project "
            "(article Y900) – fixed fee EUR 4,800.00, report delivered on 20 November 2026.\n\n"
            "PO: SD-PO-7781\nYour reference: Laura Heikkinen\n\nMany thanks,\nHanna Kallio\nInternational "
            "Office, University of Pohjanranta\nBusiness ID " + org(YO) + "\n")
    m = mail(W["yo_int"], "Invoice request – Savon Data research project", "Mon, 23 Nov 2026 16:45:00 +0200",
             body, to=CENTRE_FI)
    return m, expect_requests("English, an article without a register price: the stated fixed fee is the price "
                              "and the quantity 1.", PLAIN,
                              [request(cust("C-2008"), [line(YO, "Y900", "1", "4800.00", ps="2026-11-20", skip=ND)],
                                       [], YO, buyer="Laura Heikkinen", order="SD-PO-7781")])


@case("m09_sv_skol_forwarded_customer_order")
def _m09() -> Any:
    body = ("Hej!\nVidarebefordrar anmälan nedan – fakturera gärna Linnéskolan Friskola enligt den.\n/Helena\n\n"
            "Helena Ruth, administratör\nSkolmyndigheten Syd · Skolgatan 9, 352 31 Växjö · Org.nr "
            + org(SKOL) + "\n\n---------- Vidarebefordrat meddelande ---------\n"
            "Från: Rektor Linnéskolan <rektor@linneskolan.se>\nDatum: mån 2 nov. 2026 kl 08:31\n"
            "Ämne: Anmälan fortbildningsdag\nTill: Helena Ruth <helena.ruth@skolmyndigheten-syd.se>\n\n"
            "Hej,\nvi anmäler fyra lärare till fortbildningsdagen den 18 november (K100).\n"
            "Beställningsnummer: LS-0412\nEr referens: Petra Lund\n\nMvh\nPetra Lund, rektor\n"
            "Linnéskolan Friskola AB\n")
    m = mail(W["skol"], "VB: Anmälan fortbildningsdag", "Mon, 02 Nov 2026 10:02:00 +0100", body)
    return m, expect_requests("A school authority forwards a customer's registration: four participants (number "
                              "word) at the register's price.", PLAIN,
                              [request(cust("C-1011"), [line(SKOL, "K100", "4", ps="2026-11-18", skip=ND)], [],
                                       SKOL, buyer="Petra Lund", order="LS-0412")])


@case("m10_fi_yo_reply_chain_newest_counts")
def _m10() -> Any:
    body = ("Hei,\n\nasiakas vahvisti alla: laskuttakaa Järvenpään Rakennus Oy:ltä 8 laboratorioanalyysiä "
            "(Y100), näytteet analysoitu 12.11.2026. Tilausnumero JR-3310.\n\nTuomas\n\n"
            "Lähettäjä: Mikko Salo <mikko.salo@jrakennus.fi>\nLähetetty: perjantai 13. marraskuuta 2026 9.02\n"
            "Vastaanottaja: Tuomas Lehtinen\nAihe: RE: Tarjous analyyseistä\n\n"
            "Hei, tilasimme alun perin 10 analyysiä, mutta kaksi näytettä jäi ottamatta. 8 kpl on oikein.\n\n"
            "Lähettäjä: Tuomas Lehtinen\nLähetetty: 28. lokakuuta 2026 14.10\nAihe: Tarjous analyyseistä\n\n"
            "Tarjous: 10 analyysiä à 95 €, yhteensä 950 €.\n")
    m = mail(W["yo"], "VS: RE: Tarjous analyyseistä", "Fri, 13 Nov 2026 10:15:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Reply chain: the newest part is the request (8, the register's price); the quoted "
                              "offer (10 à 95) is history.", PLAIN,
                              [request(cust("C-2001"), [line(YO, "Y100", "8", ps="2026-11-12", skip=ND)], [], YO,
                                       order="JR-3310")])


@case("m11_sv_lst_customer_by_org_number_only")
def _m11() -> Any:
    body = ("Ärende: 551-4412-2026\n\nFakturera prövningsavgift (L200) för ansökan om tillstånd enligt "
            "miljöbalken.\nSökande: org.nr 559087-2643\nFast avgift enligt avgiftsförordningen, 1 st.\n\n"
            "Registrator\nLänsstyrelsen i Västmark\nOrg.nr " + org(LST) + "\n")
    m = mail(W["lst_reg"], "551-4412-2026 Prövningsavgift", "Wed, 11 Nov 2026 13:00:00 +0100", body)
    return m, expect_requests("Registry mail naming the customer only by org number: resolved to Fjällbo.", PLAIN,
                              [no_refs(request(cust("C-1010"), [line(LST, "L200", "1", skip=ND)], [], LST))])


@case("m12_fisv_kirj_interlibrary_loans_month")
def _m12() -> Any:
    body = ("Hej,\n\nvi ber er fakturera Kristinestads stad för fjärrlån under oktober 2026: 23 st à 8,00 € "
            "(artikel B100).\nDeras referens: bibliotekschef Maja Sund\n" + SIG_KIRJ)
    m = mail(W["kirj"], "Fjärrlån oktober – Kristinestad", "Wed, 04 Nov 2026 09:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A Finland-Swedish library: a month as the period.", PLAIN,
                              [request(cust("C-2007"), [line(KIRJ, "B100", "23", "8.00", ps="2026-10-01",
                                                             pe="2026-10-31", skip=ND)], [], KIRJ,
                                       buyer="bibliotekschef Maja Sund")])


@case("m13_sv_tr_hall_rental_three_days")
def _m13() -> Any:
    body = ("Hej,\n\nAdvokatfirman Lindgren & Co har hyrt stora förhandlingssalen för en skiljeförhandling "
            "23–25 november 2026, tre dagar. Artikel T200, pris enligt prislistan.\nEr ref: advokat Jenny "
            "Lindgren\n\nHälsningar\nBjörn Alm\nadministrativ chef, Nämndeby tingsrätt\n")
    m = mail(W["bjorn"], "Uthyrning sal 23-25/11", "Thu, 26 Nov 2026 08:50:00 +0100", body)
    return m, expect_requests("A court rents a hall: the name matches the register without 'KB'; 'tre dagar'.",
                              PLAIN, [request(cust("C-1006"), [line(TR, "T200", "3", ps="2026-11-23",
                                                                    pe="2026-11-25", skip=ND)], [], TR,
                                              buyer="advokat Jenny Lindgren")])


@case("m14_fi_yo_course_two_participants_ytunnus")
def _m14() -> Any:
    body = ("Hei!\n\nLapuan Tekniikka Ky (Y-tunnus 3056781-7) osallistui täydennyskoulutukseen kahdella "
            "henkilöllä. Laskuttakaa Y300 kahdelle osallistujalle, koulutus pidettiin 9.–10.11.2026.\n"
            "Viitteenne: Hannu Koivisto\n" + SIG_YO)
    m = mail(W["yo"], "Täydennyskoulutus / Lapuan Tekniikka", "Thu, 12 Nov 2026 13:05:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_requests("Y-tunnus in the mail; 'kahdelle' is 2; a VAT-free course.", PLAIN,
                              [request(cust("C-2006"), [line(YO, "Y300", "2", ps="2026-11-09", pe="2026-11-10",
                                                             skip=ND)], [], YO, buyer="Hannu Koivisto")])


@case("m15_sv_stat_csv_comma_customer_number")
def _m15() -> Any:
    csv = ("kundnr,artikel,beskrivning,antal,a_pris,leveransdatum\n"
           "C-1001,S200,Datauttag byggstatistik 2020-2025,1,3500.00,2026-11-03\n"
           "C-1001,S100,Bearbetning och tabeller,2.5,1250.00,2026-11-03\n")
    body = "Hej, fil bifogad. Beställning VBK-881.\n/Olle\n\nOlle Kask | Statistikbyrån | 08-506 940 00\n"
    m = mail(W["olle"], "fakturafil VBK-881", "Thu, 05 Nov 2026 17:12:00 +0100", body,
             attachments=[text_att("faktura_vbk881.csv", csv, bom=True)])
    d: dict[str, Any] = {"ps": "2026-11-03", "skip": ND}
    return m, expect_requests("A comma CSV with a BOM, decimal point, customer number only; the order number in "
                              "the body.", PLAIN,
                              [request(cust("C-1001"), [line(STAT, "S200", "1", "3500.00", **d),
                                                        line(STAT, "S100", "2.5", "1250.00", **d)], [], STAT,
                                       order="VBK-881")])


@case("m16_fisv_pel_special_task_fixed_price")
def _m16() -> Any:
    body = ("Hej,\n\nvänligen fakturera Pohjanmaan Energia Oy för specialuppdrag R900: brandvakt under "
            "svetsarbeten vid kraftverket den 14.11.2026, fast pris 1 240,00 €.\nEr referens: Nina Ahlskog\n\n"
            "Kansliet\nKustregionens räddningsverk\n")
    m = mail(W["pel_kansli"], "Fakturering brandvakt", "Tue, 17 Nov 2026 11:11:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish 'fast pris' for an article without a price: quantity 1.", PLAIN,
                              [request(cust("C-2003"), [line(PEL, "R900", "1", "1240.00", ps="2026-11-14",
                                                             skip=ND)], [], PEL, buyer="Nina Ahlskog")])


@case("m17_en_ark_private_person_research")
def _m17() -> Any:
    body = ("Hello,\n\nPlease invoice Sara Nyström (personal identity number 850312-2387) for archive research "
            "done for her: 4 hours of research assistance (A100) and 120 digital images (A200), delivered on "
            "24 Nov 2026.\n" + SIG_ARK)
    m = mail(W["ark"], "Invoice – archive research Nyström", "Wed, 25 Nov 2026 10:20:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-11-24", "skip": ND}
    return m, expect_requests("English from a Swedish archive; a private person by personnummer (born 1985).",
                              PLAIN, [request(cust("C-1007"), [line(ARK, "A100", "4", **d),
                                                               line(ARK, "A200", "120", **d)], [], ARK)])


@case("m18_sv_skol_new_customer_with_address")
def _m18() -> Any:
    o = se_org("769625413")
    body = ("Hej,\n\nny kund för oss:\nMontessoriskolan Ekbacken ekonomisk förening\nOrg.nr " + o + "\n"
            "Ekbacksvägen 12\n352 51 Växjö\n\nHandledning (K200) 6 timmar under oktober 2026.\n"
            "Er referens: rektor Sofia Ek\n\nHälsningar\nHelena Ruth\nSkolmyndigheten Syd, org.nr " + org(SKOL)
            + "\n")
    m = mail(W["skol"], "Ny kund – Montessoriskolan Ekbacken", "Tue, 03 Nov 2026 15:30:00 +0100", body)
    return m, expect_requests("A new customer with a valid org number and a postal address: nothing to ask.",
                              PLAIN, [request(new_cust("Montessoriskolan Ekbacken ekonomisk förening", o, "SE"),
                                              [line(SKOL, "K200", "6", ps="2026-10-01", pe="2026-10-31", skip=ND)],
                                              [], SKOL, buyer="rektor Sofia Ek")])


@case("m19_fi_liitto_new_customer_ovt")
def _m19() -> Any:
    y = fi_yt("3201459")
    body = ("Hei,\n\nuusi asiakas:\nKeski-Järvimaan Kehitys Oy\nY-tunnus " + y + "\nVerkkolaskuosoite "
            "0037" + y.replace("-", "") + " (välittäjä Maventa 003721291126)\n\n"
            "Asiantuntijapalvelu J100, 12 h, lokakuu 2026.\nTilausnumero: KJK-19\n\nt. Päivi\n")
    m = mail(W["liitto"], "Uusi asiakas + laskutus", "Mon, 02 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A new Finnish customer with an OVT e-invoice address: no address question.", PLAIN,
                              [request(new_cust("Keski-Järvimaan Kehitys Oy", y, "FI"),
                                       [line(LIITTO, "J100", "12", ps="2026-10-01", pe="2026-10-31", skip=ND)], [],
                                       LIITTO, order="KJK-19")])


@case("m20_sv_lst_new_private_person_12_digit")
def _m20() -> Any:
    p = "19" + PNR_NEW[:6] + "-" + PNR_NEW[6:]
    body = ("Hej,\n\nkursavgift ska faktureras en privatperson:\nAnders Wiik, personnummer " + p + "\n"
            "Granvägen 5, 724 66 Västerås\n\nKurs i naturvårdsförvaltning (L300), 1 deltagare, kursen hölls "
            "2026-11-17.\n" + SIG_LST)
    m = mail(W["maria"], "Kursavgift Anders Wiik", "Thu, 19 Nov 2026 08:40:00 +0100", body)
    return m, expect_requests("A private person not in the register, with a 12-digit personnummer and address.",
                              PLAIN, [request(new_cust("Anders Wiik", p, "SE"),
                                              [line(LST, "L300", "1", ps="2026-11-17", skip=ND)], [], LST)])
