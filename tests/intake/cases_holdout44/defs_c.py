"""Forty-fourth held-out set (written blind), part C: the research station (a one-line phone mail with 'Oy:lle',
a UTF-8 TSV with a BOM, twin names Oy / Tmi, a fixed price for an unpriced article, a reply with a Finnish Outlook
quote, a PDF order form, a Gmail forward from a private researcher; in English an XLSX for a German institute, an
approximate 'k€' price, an out-of-office) and the island municipality (a phone mail without a quantity, a Swedish
club at an agreed euro price, a bilingual comma CSV for two road associations, a bilingual credit request, an XLSX
of meter readings with a chart sheet, 'ungefär 450 euro' for sea transport)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.mailkit import (
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit44 import (
    AHV,
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_HEIKKI,
    IBAN,
    LSK,
    ND,
    OTHER,
    PERIOD,
    PLAIN,
    W,
    case,
    cust,
    line,
    onum,
    org,
    request,
    vat,
)


def sig_ahv(name: str, title: str = "toimistosihteeri") -> str:
    """The station office's signature: a winter-season date range and opening hours that are no period."""
    return ("\n\nYstävällisin terveisin / Best regards\n\n" + name + "\n" + title + "\nLuonnonvarainstituutti | "
            "Ahvenlammen tutkimusasema\nAhvenlammentie 230, 74980 Ahvenlampi\npuh. 040 551 2093 / vaihde 029 532 "
            "6000\nY-tunnus " + org(AHV) + " | ALV-nro " + vat(AHV) + "\n\nAseman toimisto on avoinna ma–pe klo "
            "8–15.30. Talvikaudella 1.11.–30.4. asemalle pääsee vain ennalta sovitusti – soitathan ennen tuloa!\n"
            "www.luova-demo.fi/ahvenlampi\n")


def sig_ahv_en(name: str) -> str:
    """Hannah's English signature, with the station's Easter closing."""
    return ("\n\nBest regards,\n" + name + "\nInternational Coordinator\nNatural Resources Institute "
            "(Luonnonvarainstituutti) – Ahvenlampi Research Station\nAhvenlammentie 230, FI-74980 Ahvenlampi, "
            "Finland\nTel. +358 40 551 2071\nBusiness ID " + org(AHV) + " | VAT " + vat(AHV) + "\n"
            "Please note: the station is closed 1–5 April 2027 (Easter).\n")


def sig_lsk(name: str) -> str:
    """The island municipality's bilingual signature: ferry times, office hours, Easter closing, FO-nummer, IBAN."""
    return ("\n\nMed vänlig hälsning / Ystävällisin terveisin\n\n" + name + "\nbyråsekreterare / toimistosihteeri\n"
            "Lillskärs kommun – Lillskärin kunta\nKommungården, Byvägen 2, 21760 Lillskär\ntfn 02 466 1200, mobil "
            "040 771 2230\nFO-nummer / Y-tunnus " + org(LSK) + "\nIBAN " + IBAN[LSK] + "\n\nFärjan Lillskär–Nagu "
            "går vardagar kl 06.15, 10.30 och 16.45, lö–sö 10.30 och 16.45.\nKansliet är öppet må–to 9–15. Stängt "
            "2.4–5.4 (påsk).\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("x25_fi_ahv_phone_one_line_oy_lle")
def _x25() -> Any:
    body = ("Limnotieto Oy:lle moottorikelkka A30 3 pv 2.-4.3. sekä vesinäytteet A50 14 kpl\n-Pekka\n\n"
            "Lähetetty mobiilista\n")
    m = _fi("ahv_p", "laskutettavaa", "Mon, 8 Mar 2027 06:58:02", body)
    return m, expect_requests("one phone line: 'Oy:lle' case ending, a day range attached to the first item (the "
                              "second item's period not checked)", PLAIN, [
        request(cust("C-4508"), [line(AHV, "A30", "3", ps="2027-03-02", pe="2027-03-04", skip=ND),
                                 line(AHV, "A50", "14", skip=ND + PERIOD)], [], AHV)])


@case("x26_fi_ahv_tsv_bom_course_bookings")
def _x26() -> Any:
    tsv = ("Varaus\tSaapuminen\tLähtö\tTuote\tSelite\tMäärä\r\n"
           "4471\t1.3.2027\t5.3.2027\tA10\tMajoitus, päärakennus 2hh\t16\r\n"
           "4471\t1.3.2027\t5.3.2027\tA40\tTäysihoito\t16\r\n"
           "4472\t2.3.2027\t5.3.2027\tA20\tLaboratorio 2\t3\r\n"
           "\t\t\t\tYhteensä\t35\r\n")
    body = ("Hei,\n\nJärvisuon yliopiston talvikurssin (asiakasnro C-4507) majoitukset ja laboratoriopäivät "
            "varausjärjestelmästä. Tiedosto on sarkaineroteltu.\n\nViitteenne: Biologian laitos / Anu Kärkkäinen\n"
            "Tilausnumero: JY-44102" + sig_ahv("Sirpa Laitinen"))
    m = _fi("ahv_s", "Talvikurssi 1.–5.3. / Järvisuon yliopisto", "Tue, 9 Mar 2027 08:26:15", body,
            attachments=[text_att("varaukset_jy_talvikurssi.tsv", tsv, subtype="tab-separated-values", bom=True)])
    return m, expect_requests("UTF-8 TSV with a BOM: arrival and departure columns, a booking number column that "
                              "is no quantity, a total row", PLAIN, [
        request(cust("C-4507"), [line(AHV, "A10", "16", desc="Majoitus, päärakennus 2hh", ps="2027-03-01",
                                      pe="2027-03-05"),
                                 line(AHV, "A40", "16", desc="Täysihoito", ps="2027-03-01", pe="2027-03-05"),
                                 line(AHV, "A20", "3", desc="Laboratorio 2", ps="2027-03-02", pe="2027-03-05")],
                [], AHV, buyer="Biologian laitos / Anu Kärkkäinen", order="JY-44102")])


@case("x27_fi_ahv_twin_partanen_ask")
def _x27() -> Any:
    body = ("Hei,\n\nVesiekologia Partanen oli asemalla 8.–12.3. (Jari Partanen + yksi avustaja):\n\n"
            "* laboratoriotila A20, 4 vrk\n* majoitus A10, 8 vrk (2 hlöä x 4 yötä)\n\nY-tunnusta en löydä mistään, "
            "Jari ei vastaa puhelimeen kun on jäällä." + sig_ahv("Sirpa Laitinen"))
    m = _fi("ahv_s", "Partanen 8.–12.3.", "Wed, 10 Mar 2027 14:02:44", body)
    d: dict[str, Any] = {"ps": "2027-03-08", "pe": "2027-03-12", "skip": ND}
    return m, expect_requests("a name matching both Vesiekologia Partanen Oy and Tmi, no number: org_no asked; "
                              "'8 vrk (2 hlöä x 4 yötä)' is 8", ASK, [
        request(new_cust("Vesiekologia Partanen", None, None), [line(AHV, "A20", "4", **d),
                                                                line(AHV, "A10", "8", **d)],
                ["customer.org_no"], AHV)])


@case("x28_fi_ahv_fixed_price_special_transport")
def _x28() -> Any:
    body = ("Hei,\n\nLimnotieto Oy (Y-tunnus " + onum("C-4508") + ") tilasi meiltä kuljetuksen jään yli "
            "näytepisteille:\n\nErikoiskuljetus moottorikelkalla ja reellä, A90 — kiinteä hinta 185,00 €\n"
            "Kenttäavustaja A60 — 6,5 h\n\nMolemmat ke 10.3." + sig_ahv("Sirpa Laitinen"))
    m = _fi("ahv_s", "Limnotieto, kuljetus 10.3.", "Thu, 11 Mar 2027 11:19:07", body)
    d: dict[str, Any] = {"ps": "2027-03-10", "skip": ND}
    return m, expect_requests("'kiinteä hinta' gives quantity 1 and the price of an unpriced article; decimal-comma "
                              "hours; one date for both lines", PLAIN, [
        request(cust("C-4508"), [line(AHV, "A90", "1", "185.00", **d), line(AHV, "A60", "6.5", **d)], [], AHV)])


@case("x29_fi_ahv_reply_quantity_finnish_outlook")
def _x29() -> Any:
    token = "REQ-H9T4P"
    body = ("Hei,\n\nmajoitusvuorokausia oli lopulta 4 (Pauli lähti päivää aiemmin).\n\nt. Sirpa\n\n"
            "Lähettäjä: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\nLähetetty: torstai 11. maaliskuuta 2027 "
            "14.05\nVastaanottaja: Sirpa Laitinen <sirpa.laitinen@luova-demo.fi>\nAihe: [" + token + "] "
            "Laskutuspyynnöstä puuttuu tietoja\n\nHei,\nlaskutuspyyntönne (Järvisuon yliopisto, 10.3.2027) "
            "laskuttamiseksi tarvitsemme seuraavat tiedot:\n1. Määrä rivillä 1 \"Majoitus, vuorokausi\" "
            "(lines[0].quantity)\n\nVastatkaa tämän viestin yläpuolelle.\n\n> Järvisuon yliopisto (C-4507), "
            "Pauli Hirvonen: majoitus A10 noin 4–5 vrk, moottorikelkka A30 2 pv\n")
    m = _fi("ahv_s", "VS: [" + token + "] Laskutuspyynnöstä puuttuu tietoja", "Fri, 12 Mar 2027 07:55:30", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply answering line 1's quantity in a sentence above a Finnish Outlook quote that "
                           "holds the original approximate count", OTHER, token, {"lines": [{"quantity": "4"}]})


@case("x30_fi_ahv_pdf_order_form_association")
def _x30() -> Any:
    form = ("<h1>TILAUSLOMAKE – Ahvenlammen tutkimusasema</h1><table>"
            "<tr><th>Tilaaja</th><td>Suomen Järvitutkijat ry</td></tr>"
            "<tr><th>Y-tunnus</th><td>" + onum("C-4512") + "</td></tr>"
            "<tr><th>Verkkolaskuosoite</th><td>0037" + onum("C-4512").replace("-", "") + "</td></tr>"
            "<tr><th>Viitteenne</th><td>Outi Rinne</td></tr><tr><th>Tilausnumero</th><td>SJT-2027-04</td></tr>"
            "<tr><th>Ajankohta</th><td>19.–21.3.2027</td></tr></table><br>"
            "<table><thead><tr><th>Tuote</th><th>Kuvaus</th><th>Määrä</th><th>Yksikkö</th></tr></thead><tbody>"
            "<tr><td>A10</td><td>Majoitus (12 hlö × 2 yötä)</td><td class='num'>24</td><td>vrk</td></tr>"
            "<tr><td>A40</td><td>Täysihoito</td><td class='num'>24</td><td>pv</td></tr>"
            "<tr><td>A30</td><td>Moottorikelkka, retkipäivä</td><td class='num'>2</td><td>pv</td></tr>"
            "</tbody></table><p>Hinnat aseman hinnaston 2027 mukaan.</p>"
            "<p>Allekirjoitus: ______________________ Outi Rinne, sihteeri</p>")
    body = ("Hei,\n\nSuomen Järvitutkijat ry:n kevätretken tilauslomake liitteenä, laskutus etukäteen."
            + sig_ahv("Sirpa Laitinen"))
    m = _fi("ahv_s", "Kevätretki 19.–21.3. tilauslomake", "Mon, 15 Mar 2027 10:33:12", body,
            attachments=[pdf("tilauslomake_SJT_2027.pdf", form)])
    d: dict[str, Any] = {"ps": "2027-03-19", "pe": "2027-03-21"}
    return m, expect_requests("PDF order form: key-value block with Y-tunnus and e-invoice address, one period for "
                              "the whole order, '12 hlö × 2 yötä' in a description", PLAIN, [
        request(cust("C-4512"), [line(AHV, "A10", "24", desc="Majoitus (12 hlö × 2 yötä)", **d),
                                 line(AHV, "A40", "24", desc="Täysihoito", **d),
                                 line(AHV, "A30", "2", desc="Moottorikelkka, retkipäivä", **d)], [], AHV,
                buyer="Outi Rinne", order="SJT-2027-04")])


@case("x31_fi_ahv_gmail_forward_private_researcher")
def _x31() -> Any:
    body = ("laskuta tää Heikiltä, hetu on alla. Pekka\n\n---------- Forwarded message ---------\n"
            "Lähettäjä: Heikki Savolainen <heikki.savolainen@gmail-demo.fi>\nDate: ma 15.3.2027 klo 21.37\n"
            "Subject: kelkka ja majoitus\nTo: Pekka Ruotsalainen <pekka.ruotsalainen@luova-demo.fi>\n\nMoi Pekka,\n\n"
            "kiitos kun sain lainata kelkkaa! Eli laskuta minulta moottorikelkka kahdelle päivälle (A30) 9.–10.3. "
            "ja yksi majoitusvuorokausi (A10) 9.3. Lasku voi tulla kotiosoitteeseen, hetu " + HETU_HEIKKI + ".\n\n"
            "Heikki\n")
    m = _fi("ahv_p", "Fwd: kelkka ja majoitus", "Tue, 16 Mar 2027 06:40:51", body)
    return m, expect_requests("a Gmail forward from a registered private person (hetu); number words 'kahdelle' "
                              "and 'yksi'", PLAIN, [
        request(cust("C-4511"), [line(AHV, "A30", "2", ps="2027-03-09", pe="2027-03-10", skip=ND),
                                 line(AHV, "A10", "1", ps="2027-03-09", skip=ND)], [], AHV)])


@case("x32_en_ahv_xlsx_german_institute")
def _x32() -> Any:
    d = dt.date
    acc = [["BFI winter campaign 2027 – Ahvenlampi", None, None, None, None, None],
           ["Item", "Description", "From", "To", "Qty", "Unit"],
           ["A10", "Accommodation, 4 persons", d(2027, 3, 1), d(2027, 3, 7), 24, "nights"],
           ["A40", "Full board", d(2027, 3, 1), d(2027, 3, 7), 24, "days"],
           ["Total", None, None, None, 48, None]]
    lab = [["Item", "Description", "From", "To", "Qty", "Unit price EUR"],
           ["A20", "Lab space (wet lab)", d(2027, 3, 2), d(2027, 3, 6), 5, None],
           ["A60", "Field assistant", d(2027, 3, 2), d(2027, 3, 6), 10, None],
           ["A90", "Snowmobile transport to ice camp", d(2027, 3, 2), d(2027, 3, 2), 1, 350],
           ["Total", None, None, None, None, None]]
    body = ("Hello,\n\nplease find attached the bill of quantities for the Baltic Freshwater Institute e.V. "
            "(Greifswald, VAT " + str(cust("C-4513")["vat_no"]) + ") winter campaign. Two sheets, accommodation "
            "and lab/field. The transport price was agreed with them beforehand.\n\nYour reference: Dr. Jonas "
            "Krüger\nPO: 4500-2231" + sig_ahv_en("Hannah Berg"))
    m = _fi("ahv_h", "BFI winter campaign – invoicing", "Tue, 9 Mar 2027 16:12:09", body,
            attachments=[xlsx("BFI_winter_2027.xlsx", [("Accommodation", acc, ["A1:F1"]), ("Lab & field", lab, [])])])

    def ln(code: str, qty: str, desc: str, ps: str, pe: str, price: str | None = "reg") -> dict[str, Any]:
        return line(AHV, code, qty, price, desc=desc, ps=ps, pe=pe)

    return m, expect_requests("English; XLSX with two data sheets, a merged title, date cells, total rows; a German "
                              "customer by exact name; a price column filled for the unpriced article only", PLAIN, [
        request(cust("C-4513"), [ln("A10", "24", "Accommodation, 4 persons", "2027-03-01", "2027-03-07"),
                                 ln("A40", "24", "Full board", "2027-03-01", "2027-03-07"),
                                 ln("A20", "5", "Lab space (wet lab)", "2027-03-02", "2027-03-06"),
                                 ln("A60", "10", "Field assistant", "2027-03-02", "2027-03-06"),
                                 ln("A90", "1", "Snowmobile transport to ice camp", "2027-03-02", "2027-03-02",
                                    "350")], [], AHV, buyer="Dr. Jonas Krüger", order="4500-2231")])


@case("x33_en_ahv_approx_keur_price_ask")
def _x33() -> Any:
    body = ("Hi,\n\nquick one before I head out to the ice: for Järvisuon yliopisto (customer no. C-4507) please "
            "invoice\n\n1) one special transport of the sonar equipment to the ice camp by snowmobile + sledge (A90) "
            "— the contractor quoted approx. 0,4 k€, I'll confirm the exact figure once I have his invoice\n"
            "2) snowmobile hire, 3 days (A30), 8-10 March\n\nThanks!\nHannah\n\nSent from my phone\n")
    m = _fi("ahv_h", "Järvisuo – transport + snowmobile", "Thu, 11 Mar 2027 06:15:44", body)
    return m, expect_requests("'approx. 0,4 k€' for an unpriced article: price asked; 'one' gives quantity 1; a "
                              "day range attached to the second item (the first item's period not checked)", ASK, [
        request(cust("C-4507"), [line(AHV, "A90", "1", None, skip=ND + PERIOD),
                                 line(AHV, "A30", "3", ps="2027-03-08", pe="2027-03-10", skip=ND)],
                ["lines[0].unit_price"], AHV)])


@case("x34_en_ahv_out_of_office_with_token")
def _x34() -> Any:
    body = ("Thank you for your message. I am at the ice camp 11–19 March 2027 with limited access to e-mail. For "
            "invoicing matters, please contact the station office, asema@luova-demo.fi or +358 40 551 2093.\n\n"
            "Hannah Berg\nInternational Coordinator, Ahvenlampi Research Station\n")
    m = _fi("ahv_h", "Automatic reply: [REQ-P3X8N] Missing information for invoicing", "Fri, 12 Mar 2027 09:02:11",
            body, headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-P3X8N.1@palvelukeskus.fi>"})
    return m, expect_unknown("an out-of-office auto-reply to a question mail (the contract is silent on the token "
                             "of an auto-reply: not checked)", OTHER, token_checked=False)


@case("x35_fs_lsk_phone_sludge_no_quantity_ask")
def _x35() -> Any:
    body = ("hej\nslamtömning L20 hos Rolf Mattsson på Norrby, tömdes fre 5.3. han betalar själv som vanligt.\n"
            "/Bosse\n\nSkickat från min iPhone\n")
    m = _fi("lsk_b", "slamtömning", "Mon, 8 Mar 2027 17:26:40", body)
    return m, expect_requests("a phone mail naming a registered private person; no quantity written (contract: "
                              "quantity 1 is not a default): quantity asked", ASK, [
        request(cust("C-4602"), [line(LSK, "L20", None, ps="2027-03-05", skip=ND)], ["lines[0].quantity"], LSK)])


@case("x36_fs_lsk_swedish_club_agreed_price")
def _x36() -> Any:
    body = ("Hej!\n\nSkridskoklubben Isvargen från Stockholm (org.nr " + onum("C-4606") + ", Box 1123, 111 81 "
            "Stockholm, Sverige) hyrde Byagården som bas för sin långfärdstur på isen 6–7 mars. Vi kom överens om "
            "100 € per dygn i stället för ordinarie pris, eftersom de själva stod för städningen.\n\n"
            "L30 Byagården, 2 dygn à 100,00 €\n\nKlubbens referens: Magnus Ek\n\n(Tiedoksi: Bosse avasi ja sulki "
            "talon, ei erillistä laskutusta siitä.)" + sig_lsk("Ann-Mari Wikström"))
    m = _fi("lsk_a", "Byagården / Isvargen 6–7.3", "Tue, 9 Mar 2027 13:40:22", body)
    return m, expect_requests("a Swedish customer of a Finnish agency by org number (EUR); an agreed price over "
                              "the register's; a Finnish aside that is not to be invoiced; 'Klubbens referens'",
                              PLAIN, [
        request(cust("C-4606"), [line(LSK, "L30", "2", "100.00", ps="2027-03-06", pe="2027-03-07", skip=ND)], [],
                LSK, buyer="Magnus Ek")])


@case("x37_fs_lsk_bilingual_plough_csv")
def _x37() -> Any:
    n, s = onum("C-4603"), onum("C-4604")
    csv = ('"Datum/Päivä","Väglag/Tiekunta","FO-nr/Y-tunnus","Art","Timmar/Tunnit","Anm./Huom."\n'
           f'"2.2.2027","Norrby väglag","{n}","L40","2,5",""\n'
           f'"2.2.2027","Söderby väglag","{s}","L40","1,5",""\n'
           f'"9.2.2027","Norrby väglag","{n}","L40","3",""\n'
           f'"17.2.2027","Söderby väglag","{s}","L40","2","sandning ingår / hiekoitus sisältyy"\n'
           '"","SUMMA","","","9",""\n')
    body = ("Hej! / Hei!\n\nHär kommer plogningarna för februari för de två väglagen, Bosses timlista som csv. "
            "Timpriset enligt taxan.\nTässä helmikuun aurausajot molemmille tiekunnille, tuntihinta taksan "
            "mukaan." + sig_lsk("Ann-Mari Wikström"))
    m = _fi("lsk_a", "Plogning februari / Auraukset helmikuu", "Wed, 10 Mar 2027 11:08:57", body,
            attachments=[text_att("plogning_feb_2027.csv", csv)])
    return m, expect_requests("a bilingual mail and a comma CSV with quoted decimal-comma hours and bilingual "
                              "headers; two customers interleaved, grouped; a SUMMA row", PLAIN, [
        request(cust("C-4603"), [line(LSK, "L40", "2.5", ps="2027-02-02", skip=ND),
                                 line(LSK, "L40", "3", ps="2027-02-09", skip=ND)], [], LSK),
        request(cust("C-4604"), [line(LSK, "L40", "1.5", ps="2027-02-02", skip=ND),
                                 line(LSK, "L40", "2", ps="2027-02-17", skip=ND)], [], LSK)])


@case("x38_fs_lsk_credit_request_bilingual")
def _x38() -> Any:
    body = ("Hej,\n\nkan ni kreditera faktura 27000412 till Lillskärs Fiskelag rf (Byagården 13–14.2, L30 2 dygn) "
            "– den gick ut två gånger, den andra fakturan 27000419 är den rätta.\n\nSuomeksi lyhyesti: hyvittäkää "
            "lasku 27000412, se on lähtenyt kahteen kertaan." + sig_lsk("Ann-Mari Wikström"))
    m = _fi("lsk_a", "Kreditering / hyvitys 27000412", "Thu, 11 Mar 2027 15:21:03", body)
    return m, expect_unknown("a bilingual credit request for an issued invoice: no requests (a credit kind is "
                             "scored as unknown)", OTHER)


@case("x39_fs_lsk_water_xlsx_chart_sheet")
def _x39() -> Any:
    s, e = dt.date(2026, 10, 1), dt.date(2027, 2, 28)
    rows = [["Skärgårdshavets Fiskförädling Ab – vattenförbrukning", None, None, None, None, None],
            ["Mätare", "Plats", "Period", None, "Förbrukning", None],
            [None, None, "fr.o.m.", "t.o.m.", "m³", "Art"],
            ["M-118", "Produktionshallen", s, e, 1245.5, "L50"],
            ["M-121", "Personalbyggnaden", s, e, 312, "L50"],
            ["Totalt", None, None, None, 1557.5, None]]
    chart = [["Månad", "m³"], ["okt", 290.5], ["nov", 301], ["dec", 322], ["jan", 318], ["feb", 326]]
    body = ("Hej,\n\nvattenavläsningarna för fiskförädlingen (FO-nummer " + onum("C-4605") + "), perioden "
            "1.10.2026–28.2.2027. Två mätare, se bifogad fil. Fliken \"Diagram\" kan ni strunta i."
            + sig_lsk("Ann-Mari Wikström"))
    m = _fi("lsk_a", "Vatten okt–feb fiskförädlingen", "Fri, 12 Mar 2027 10:45:36", body,
            attachments=[xlsx("vatten_sfiskab_2026-27.xlsx", [("Avläsning", rows, ["A1:F1", "C2:D2", "E2:F2"]),
                                                                ("Diagram", chart, [])])])
    per: dict[str, Any] = {"ps": s.isoformat(), "pe": e.isoformat(), "skip": ND}
    return m, expect_requests("XLSX: merged two-row header with the article in the last column, decimal "
                              "quantities, a Totalt row; a monthly chart sheet that is not lines", PLAIN, [
        request(cust("C-4605"), [line(LSK, "L50", "1245.5", **per), line(LSK, "L50", "312", **per)], [], LSK)])


@case("x40_fs_lsk_sea_transport_ungefar_ask")
def _x40() -> Any:
    body = ("Hej,\nLillskärs Fiskelag rf ska faktureras för sjötransporten av deras nya isvakspump ut till fiskehamnen "
            "med pråmen i torsdags 11.3: sjötransport L90, 1 st, ungefär 450 euro men jag kollar exakt pris med "
            "pråmägaren. Plus traktorarbete L40 med lossningen 1,5 h.\n/Bosse\n\n--\nBo \"Bosse\" Lindholm\n"
            "hamnfogde & tekniska / satamavouti\nLillskärs kommun\n040 771 2288\n")
    m = _fi("lsk_b", "pråmtransport fiskelaget", "Mon, 15 Mar 2027 16:02:18", body)
    return m, expect_requests("'ungefär 450 euro' for an unpriced article: price asked ('rf' is not among the "
                              "contract's legal forms, so the name is written in full); the second line's period "
                              "not checked", ASK, [
        request(cust("C-4601"), [line(LSK, "L90", "1", None, ps="2027-03-11", skip=ND),
                                 line(LSK, "L40", "1.5", skip=ND + PERIOD)], ["lines[0].unit_price"], LSK)])
