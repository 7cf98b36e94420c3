"""Forty-second held-out set (written blind), part C: the vocational college's services to working life (an XLSX
with merged cells and a participant sheet, the near names Lapin Sähkö Oy / Lapin Sähköasennus Oy with the other
one said not to be invoiced, a private person by hetu, a fixed-price programme beside hours not yet known), the
Finland-Swedish naturum (a space-aligned table with a class range that looks like a count, an Outlook forward of a
sailing club's booking, a 'cirka' price for a boat trip, a bird club without FO-nummer, an out-of-office with a
token, an HTML-only private booking by hetu) and the English-writing environmental education centre (an Estonian
partner with a comma CSV, a German e.V. with weekend rates in 'EUR 1,100.00', a reply whose token is only in the
References header, a new Finnish customer with e-mail only and a price still negotiated)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import fi_yt
from tests.intake.cases.mailkit import (
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    text_att,
    xlsx,
)

from .kit42 import (
    AOPT,
    ASK,
    CENTRE_FI,
    FI_DATE,
    NATM,
    ND,
    NEEC,
    OTHER,
    PERIOD,
    PLAIN,
    W,
    case,
    cust,
    line,
    org,
    org_of,
    pay,
    request,
)

SIG_AOPT = ("\n\nTerveisin\nSari Kemppainen\nkoulutussuunnittelija\nLapin koulutuskeskus, työelämäpalvelut\n"
            "Jokiväylä 11, 96300 Rovaniemi\nY-tunnus " + org(AOPT) + " | IBAN " + pay(AOPT) + "\n")
SIG_NATM = ("\n\nVänliga hälsningar\n{n}\nEkenäs naturum | Raseborgs stad\nStationsvägen 4, 10600 Ekenäs\n"
            "FO-nummer " + org(NATM) + " | tfn 019 289 2000\n")
SIG_NEEC = ("\n\nBest regards,\n{n}\nNordic Environmental Education Centre (NEEC)\nTekniikantie 14, 02150 Espoo, "
            "Finland\nBusiness ID " + org(NEEC) + " | VAT FI" + org(NEEC).replace("-", "") + "\n"
            "This message may contain confidential information. If you received it in error, please tell the "
            "sender and delete it.\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("v27_fi_aopt_xlsx_merged_cells_participant_sheet")
def _v27() -> Any:
    day = dt.date(2027, 9, 21)
    bill = [["Lapin koulutuskeskus – työelämäpalvelut, laskutusliite", None, None, None, None, None, None],
            ["Asiakas", "Rovaniemen Rakennuspalvelu Oy", None, "Y-tunnus", org_of("C-6209"), None, None],
            ["Tilausnumero", "RRP-1187", None, "Viitteenne", "Harri Ojala", None, None],
            [None, None, None, None, None, None, None],
            ["Koulutus", None, "Pvm", "Määrä", "Tuote", "à €", "Yhteensä €"],
            ["Tulityökorttikoulutus", None, day, 8, "AO10", 125, 1000],
            ["Opetustila, lisätunnit (käytännön harjoitus)", None, day, 3, "AO40", 38, 114],
            ["Yhteensä (veroton)", None, None, None, None, None, 1114]]
    people = [["Nimi", "Kortti myönnetty"]] + [[n, "kyllä"] for n in (
        "Ojala Harri", "Niemelä Jani", "Kallio Petteri", "Aho Mikko", "Lehto Sanna", "Vaara Ilkka",
        "Rantala Tomi", "Kurki Eero")]
    m = _fi("aopt_s", "Tulityökurssi 21.9. / Rovaniemen Rakennuspalvelu", "Mon, 27 Sep 2027 12:00:15",
            "Hei!\n\nLiitteenä laskutusliite tulityökorttikoulutuksesta. Ensimmäisellä välilehdellä laskutettavat, "
            "toisella osallistujat tiedoksi." + SIG_AOPT,
            attachments=[xlsx("RRP_tulityo_2027-09-21.xlsx", [
                ("Laskutus", bill, ["A1:G1", "B2:C2", "B3:C3", "A5:B5", "A6:B6", "A7:B7"]),
                ("Osallistujat", people, [])])])
    return m, expect_requests("XLSX with merged label cells holding customer, order number and reference, a "
                              "totals row that is no line; the participant sheet is for information",
                              PLAIN, [
        request(cust("C-6209"), [line(AOPT, "AO10", "8", "125", desc="Tulityökorttikoulutus", ps="2027-09-21"),
                                 line(AOPT, "AO40", "3", "38", desc="Opetustila, lisätunnit (käytännön harjoitus)",
                                      ps="2027-09-21")], [], AOPT, buyer="Harri Ojala", order="RRP-1187")])


@case("v28_fi_aopt_near_name_other_firm_not_invoiced")
def _v28() -> Any:
    body = ("Hei,\n\nLapin Sähkö Oy:lle laskutetaan työturvallisuuskorttikoulutus (AO20), 5 osallistujaa, pidetty "
            "pe 24.9.2027. Samalla kurssilla oli myös Lapin Sähköasennuksen väkeä, mutta heidät laskutetaan vasta "
            "lokakuun kurssin yhteydessä, ei nyt." + SIG_AOPT)
    m = _fi("aopt_s", "TTK-koulutus 24.9.", "Tue, 28 Sep 2027 10:20:40", body)
    return m, expect_requests("'Lapin Sähkö Oy:lle' matches exactly one of two near names; the other firm is said "
                              "not to be invoiced now", PLAIN, [
        request(cust("C-6211"), [line(AOPT, "AO20", "5", ps="2027-09-24", skip=ND)], [], AOPT)])


@case("v29_fi_aopt_private_hetu_hygiene_test")
def _v29() -> Any:
    body = ("Hei,\n\nyksityishenkilö Aino Rautio (hetu " + org_of("C-6213") + ") suoritti hygieniaosaamistestin "
            "(AO30) tiistaina 28.9.2027 ja maksaa sen itse. Yksi testi. Lasku postitse, osoite on teillä."
            + SIG_AOPT)
    m = _fi("aopt_s", "hygieniatesti, yksityinen", "Wed, 29 Sep 2027 14:50:02", body)
    return m, expect_requests("a registered private person by hetu; 'Yksi testi' is quantity 1", PLAIN, [
        request(cust("C-6213"), [line(AOPT, "AO30", "1", ps="2027-09-28", skip=ND)], [], AOPT)])


@case("v30_fi_aopt_fixed_price_and_hours_unknown")
def _v30() -> Any:
    body = ("Hei,\n\nRovaniemen kaupungin (asiakasnro C-6212) tilaama räätälöity esihenkilökoulutus (AO90) on "
            "pidetty syyskuussa, kiinteä hinta 4 800,00 € sopimuksen mukaan. Lisäksi laskutetaan opetustilan "
            "vuokra (AO40) tunneittain, mutta tuntimäärää en vielä tiedä – kouluttaja palaa lomalta maanantaina.\n\n"
            "Tilausnumero: ROI-HR-2027-22" + SIG_AOPT)
    m = _fi("aopt_s", "Rovaniemen kaupunki / esihenkilökoulutus", "Thu, 30 Sep 2027 16:10:29", body)
    return m, expect_requests("a fixed price (quantity 1, price written) beside a line whose hours are not known: "
                              "quantity asked; an inflected month", ASK, [
        request(cust("C-6212"), [line(AOPT, "AO90", "1", "4800.00", ps="2027-09-01", pe="2027-09-30", skip=ND),
                                 line(AOPT, "AO40", None, skip=ND + PERIOD)], ["lines[1].quantity"], AOPT,
                order="ROI-HR-2027-22")])


def _natm(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return _fi(frm, subj, date, body, **kw)


@case("v31_fs_natm_school_visits_space_table")
def _v31() -> Any:
    body = ("Hej!\n\nHangö stads skolor (kundnummer C-6215) besökte naturum förra veckan. Fakturera enligt "
            "tabellen:\n\n"
            "Datum   Skola / klass              Art    Antal\n"
            "21.9    Hangö centralskola 3A      NT20   1\n"
            "21.9    Hangö centralskola 3B      NT20   1\n"
            "23.9    Lappviks skola, åk 1–4     NT20   2\n"
            "24.9    Lärarna, naturvandring     NT10   1\n\n"
            "Er referens: bildningsdirektör Carita Holm" + SIG_NATM.format(n="Johanna Sjöberg\nnaturvägledare"))
    m = _natm("natm_j", "Skolbesök Hangö v. 38", "Mon, 27 Sep 2027 14:05:33", body)
    return m, expect_requests("space-aligned table with day.month dates; a grade range '1–4' in the text column "
                              "is not the count; customer by number", PLAIN, [
        request(cust("C-6215"), [line(NATM, "NT20", "1", ps="2027-09-21", skip=ND),
                                 line(NATM, "NT20", "1", ps="2027-09-21", skip=ND),
                                 line(NATM, "NT20", "2", ps="2027-09-23", skip=ND),
                                 line(NATM, "NT10", "1", ps="2027-09-24", skip=ND)], [], NATM,
                buyer="bildningsdirektör Carita Holm")])


@case("v32_fs_natm_outlook_forward_sailing_club")
def _v32() -> Any:
    body = ("Hej,\n\nseglarföreningen höll sitt höstmöte hos oss i lördags. Fakturera enligt deras bokning nedan, "
            "allt stämde.\n\n/Johanna\n\n"
            "Från: Kaj Lindholm <kaj.lindholm@eknasseglare-demo.fi>\nSkickat: den 8 september 2027 21:14\n"
            "Till: Ekenäs naturum <naturum@raseborg-demo.fi>\nÄmne: Bokning av auditoriet 25.9\n\n"
            "Hej!\n\nEkenäs Seglarförening rf vill boka auditoriet lördag 25.9.2027 kl. 14–18 (4 timmar, NT30) för "
            "vårt höstmöte. Vi är 25 personer och vill gärna gå på utställningen efteråt, så ta med entré (NT40) "
            "för 25 personer.\n\nBeställning nr 2027-14\n\nMed seglarhälsningar\nKaj Lindholm, sekreterare\n"
            + SIG_NATM.format(n="Johanna Sjöberg\nnaturvägledare"))
    m = _natm("natm_j", "VB: Bokning av auditoriet 25.9", "Tue, 28 Sep 2027 09:40:11", body)
    return m, expect_requests("Outlook forward of the customer's booking: hours from 'kl. 14–18 (4 timmar)', the "
                              "customer's order number", PLAIN, [
        request(cust("C-6214"), [line(NATM, "NT30", "4", ps="2027-09-25", skip=ND),
                                 line(NATM, "NT40", "25", skip=ND + PERIOD)], [], NATM, order="2027-14")])


@case("v33_fs_natm_boat_excursion_cirka_price")
def _v33() -> Any:
    body = ("Hej,\n\nKaris Naturskyddsförening rf (FO-nummer " + org_of("C-6216") + ") gjorde en båtexkursion till "
            "Jussarö med oss söndag 26.9.2027 (NT90), 1 st. Båtbolagets faktura har inte kommit ännu, men det blir "
            "cirka 640 euro med bränsletillägget. Jag hör av mig med exakt belopp, men ni kan gärna förbereda "
            "fakturan.\nGuidning på båten (NT10) 1 grupp samma dag." + SIG_NATM.format(n="Johanna Sjöberg"))
    m = _natm("natm_j", "Båtexkursion Karis naturskyddsförening", "Wed, 29 Sep 2027 11:30:48", body)
    return m, expect_requests("'cirka 640 euro' for an unpriced article: price asked; the guide at the register's "
                              "price", ASK, [
        request(cust("C-6216"), [line(NATM, "NT90", "1", None, ps="2027-09-26", skip=ND),
                                 line(NATM, "NT10", "1", skip=ND + PERIOD)], ["lines[0].unit_price"], NATM)])


@case("v34_fs_natm_bird_club_without_number")
def _v34() -> Any:
    body = ("Hej!\n\nEkenäsnejdens Fågelklubb hade en guidad naturvandring (NT10) för två grupper fredag "
            "24.9.2027, och 31 personer gick på utställningen efteråt (entré NT40).\n\nDe är nya kunder hos oss och "
            "jag har inte deras FO-nummer. Fakturan kan skickas till kassören, bo.gronroos@fagelklubb-demo.fi."
            + SIG_NATM.format(n="Johanna Sjöberg"))
    m = _natm("natm_j", "Fågelklubben – guidning", "Thu, 30 Sep 2027 13:00:26", body)
    return m, expect_requests("a new customer without any number: only org_no asked; 'två grupper'", ASK, [
        request(new_cust("Ekenäsnejdens Fågelklubb", None, None, email="bo.gronroos@fagelklubb-demo.fi"),
                [line(NATM, "NT10", "2", ps="2027-09-24", skip=ND), line(NATM, "NT40", "31", ps="2027-09-24", skip=ND)],
                ["customer.org_no"], NATM)])


@case("v35_fs_natm_out_of_office_with_token")
def _v35() -> Any:
    body = ("Tack för ditt meddelande. Jag är på studieresa 1.–8.10.2027 och läser inte e-post. Brådskande ärenden "
            "om skolbesök: naturum@raseborg-demo.fi eller tfn 019 289 2000.\n\nJohanna Sjöberg\nEkenäs naturum\n")
    m = _natm("natm_j", "Automatiskt svar: [REQ-3JF6T] Uppgifter saknas för fakturering", "Fri, 1 Oct 2027 07:00:03",
              body, headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-3JF6T.1@palvelukeskus.fi>"})
    return m, expect_unknown("out-of-office answer to a question mail, token in the subject", OTHER,
                             token_checked=False)


@case("v36_fs_natm_html_private_booking_hetu")
def _v36() -> Any:
    html = ("<html><body><div>Hej,</div><div><br></div><div>Mikaela Lindström (personbeteckning "
            + org_of("C-6217") + ") firade sin födelsedag med en guidad naturvandring hos oss lördag 25.9.2027:"
            "</div><ul><li>Guidad naturvandring, 1 grupp (NT10)</li><li>Entré till utställningen, 18 personer "
            "(NT40)</li></ul><div>Fakturan per post till henne, adressen finns i registret.</div><div><br></div>"
            "<div>Vänliga hälsningar<br>Ekenäs naturum<br>Raseborgs stad | FO-nummer " + org(NATM) + "</div>"
            "</body></html>")
    m = _natm("natm", "Privatbokning Lindström", "Fri, 1 Oct 2027 10:15:37", None, html=html)
    return m, expect_requests("HTML-only bullets; a registered private person by hetu; the date once for both "
                              "lines", PLAIN, [
        request(cust("C-6217"), [line(NATM, "NT10", "1", ps="2027-09-25", skip=ND),
                                 line(NATM, "NT40", "18", ps="2027-09-25", skip=ND)], [], NATM)])


@case("v37_en_neec_estonian_partner_comma_csv")
def _v37() -> Any:
    csv = ('item,description,qty,unit_price_eur\r\nNE10,"Workshop fee, Autumn School 2027",14,180.00\r\n'
           'NE30,Teaching material kit,14,75.00\r\n,"Total (excl. VAT)",,3570.00\r\n')
    body = ("Hi,\n\nplease invoice Tallinna Keskkonnahariduse Keskus for the Autumn School in Espoo, 20–22 September "
            "2027. The billable items are in the attached file (comma-separated).\n\nYour reference: Kadri Tamm\n"
            "PO: TKK-2027/88" + SIG_NEEC.format(n="Anna Berg\nProgramme Coordinator"))
    m = _fi("neec_a", "Invoice request: Tallinn Autumn School participants", "Mon, 27 Sep 2027 11:00:29", body,
            attachments=[text_att("tkhk_autumn_school.csv", csv)])
    period = {"ps": "2027-09-20", "pe": "2027-09-22"}
    return m, expect_requests("an Estonian customer by exact name; a comma CSV with a quoted description and a total "
                              "row; the period told once in the body", PLAIN, [
        request(cust("C-6301"), [
            line(NEEC, "NE10", "14", "180.00", desc="Workshop fee, Autumn School 2027", **period),
            line(NEEC, "NE30", "14", "75.00", desc="Teaching material kit", **period)], [], NEEC,
            buyer="Kadri Tamm", order="TKK-2027/88")])


@case("v38_en_neec_text_html_german_weekend_rate")
def _v38() -> Any:
    text = ("Dear colleagues,\n\nplease invoice Umweltbildungszentrum Kiel e.V. (Germany) for our facilitation at "
            "their Baltic Teachers' Weekend, 25-26 September 2027:\n\n"
            "Item  Description                      Qty  Unit price\n"
            "NE20  Facilitator day (weekend rate)     2  EUR 1,100.00\n"
            "NE30  Teaching material kit             20  EUR 75.00\n\n"
            "Total EUR 3,700.00 before VAT." + SIG_NEEC.format(n="NEEC Finance"))
    html = ("<p>Dear colleagues,</p><p>please invoice Umweltbildungszentrum Kiel e.V. (Germany) for our facilitation "
            "at their Baltic Teachers' Weekend, 25-26 September 2027:</p><table border='1'><tr><th>Item</th>"
            "<th>Description</th><th>Qty</th><th>Unit price</th></tr><tr><td>NE20</td><td>Facilitator day (weekend "
            "rate)</td><td>2</td><td>EUR 1,100.00</td></tr><tr><td>NE30</td><td>Teaching material kit</td><td>20</td>"
            "<td>EUR 75.00</td></tr><tr><td colspan='3'>Total before VAT</td><td>EUR 3,700.00</td></tr></table>"
            "<p>Best regards,<br>NEEC Finance<br>Nordic Environmental Education Centre (NEEC)</p>")
    m = _fi("neec", "Facilitation in Kiel – invoice", "Tue, 28 Sep 2027 16:30:14", text, html=html)
    period = {"ps": "2027-09-25", "pe": "2027-09-26"}
    return m, expect_requests("a German e.V. by exact name; text and HTML alike; 'EUR 1,100.00' over the register's "
                              "price; a total row", PLAIN, [
        request(cust("C-6302"), [
            line(NEEC, "NE20", "2", "1100.00", desc="Facilitator day (weekend rate)", **period),
            line(NEEC, "NE30", "20", "75.00", desc="Teaching material kit", **period)], [], NEEC)])


@case("v39_en_neec_reply_token_in_references_only")
def _v39() -> Any:
    token = "REQ-6VN2D"
    body = ("Hi,\n\nanswers below:\n\n1. We had 18 participants in the end.\n2. The study visit programme is "
            "EUR 2,450.00 as a fixed price.\n\nThanks,\nAnna\n\n"
            "On Tue, 28 Sep 2027 at 15:40, Myyntilaskutus <myyntilaskutus@palvelukeskus.fi> wrote:\n"
            "> Hello! To invoice Itämeren Luontokoulut ry we need:\n"
            "> 1. Quantity for line 1 \"Workshop fee, per participant\" (lines[0].quantity)\n"
            "> 2. Unit price for line 2 \"Study visit programme\" (lines[1].unit_price)\n")
    ref = "<" + token + ".1@palvelukeskus.fi>"
    m = _fi("neec_a", "Re: Missing information for invoicing", "Wed, 29 Sep 2027 09:25:52", body,
            headers={"In-Reply-To": ref, "References": ref})
    return m, expect_reply("a reply whose token is only in In-Reply-To/References; two answers in the asked order",
                           OTHER, token, {"lines": [{"quantity": "18"}, {"unit_price": "2450.00"}]})


@case("v40_en_neec_new_finnish_customer_price_pending")
def _v40() -> Any:
    yt = fi_yt("2677193")
    body = ("Hello,\n\na new customer for us: Savon Ympäristökoulu Oy, business ID " + yt + ". They booked a study "
            "visit programme (NE90), 1 programme, and 12 teaching material kits (NE30) for 24 September 2027.\n\n"
            "The programme price is still being negotiated with their director; I'll send it when agreed. Their "
            "e-mail is office@savonymparistokoulu-demo.fi, no postal address yet."
            + SIG_NEEC.format(n="Anna Berg\nProgramme Coordinator"))
    m = _fi("neec_a", "New customer – Kuopio study visit", "Thu, 30 Sep 2027 14:45:07", body)
    return m, expect_requests("a new Finnish customer with e-mail only (address asked) and an unpriced article "
                              "whose price is not yet agreed (price asked)", ASK, [
        request(new_cust("Savon Ympäristökoulu Oy", yt, "FI", email="office@savonymparistokoulu-demo.fi"),
                [line(NEEC, "NE90", "1", None, ps="2027-09-24", skip=ND),
                 line(NEEC, "NE30", "12", ps="2027-09-24", skip=ND)],
                ["customer.address", "lines[0].unit_price"], NEEC)])
