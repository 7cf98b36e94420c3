"""Forty-fifth held-out set (written blind), part B: the Finnish agencies' month-end mail — the university's sports
laboratory (a UTF-8 semicolon CSV with a row not to invoice and a total row, two clubs in prose with number words and
colon case endings, a private person by hetu beside a municipality, a research service at 'noin 3 000 euroa', an XLSX
with a summary sheet and a sheet per club, an Outlook-forwarded municipal order for December, an out-of-office reply
carrying a question token) and the Lapland town's guide services (an ISO-8859-15 TSV of three tour operators
interleaved, twin names, an addition to last week's request, an HTML-only forward of an English booking confirmation,
a new customer with a postal address, a participant count still to come, a PDF maksuilmoitus with a credit note)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import fi_ref
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

from .kit45 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_HEIKKI,
    LL,
    ND,
    OPAS,
    OTHER,
    PERIOD,
    PLAIN,
    W,
    case,
    cust,
    line,
    on,
    org,
    request,
)

SIG_LL = ("\n\nYstävällisin terveisin\n{n}\nLiikuntalaboratorio | Jyväskylän yliopisto\nSeminaarinkatu 15, 40014 "
          "Jyväskylän yliopisto\nY-tunnus " + org(LL) + " | puh. 040 805 3300\n")
SIG_OPAS = ("\n\nTerveisin\n{n}\nOpaspalvelut | Rovaniemen kaupunki\nY-tunnus " + org(OPAS) + " | puh. 016 322 2000\n"
            "Tämä viesti voi sisältää luottamuksellista tietoa. Jos sait viestin vahingossa, ilmoita lähettäjälle ja "
            "poista viesti.\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("y17_fi_ll_utf8_csv_staff_tests_row_not_invoiced")
def _y17() -> Any:
    yt = on("C-4603")
    rows = [("8.11.2027", "LL10", "Kuntotesti (polkupyöräergometri)", "4", ""),
            ("8.11.2027", "LL30", "Kehonkoostumusmittaus", "4", ""),
            ("10.11.2027", "LL10", "Kuntotesti (polkupyöräergometri)", "5", ""),
            ("10.11.2027", "LL30", "Kehonkoostumusmittaus", "6", "yksi mittaus uusittiin asiakkaan pyynnöstä"),
            ("12.11.2027", "LL10", "Kuntotesti (polkupyöräergometri)", "1", "peruttu ajoissa – EI LASKUTETA"),
            ("17.11.2027", "LL20", "Laktaattikynnystesti", "2", "")]
    csv = "Asiakas;Y-tunnus;Päivämäärä;Tuote;Nimike;Määrä;Huom\n" + "".join(
        f"Tietotaito Keski-Suomi Oy;{yt};{d};{a};{n};{q};{h}\n" for d, a, n, q, h in rows) + ";;;;Yhteensä;22;\n"
    m = _fi("ll_s", "Tietotaito, marraskuun testit", "Mon, 22 Nov 2027 12:40:00",
            "Hei,\n\nTietotaidon henkilöstötestit marraskuulta liitteenä (csv). Viitteenne: HR / Minna Lahti. Lasku "
            "mielellään vielä tämän kuun puolella, heiltä loppuu budjetti." + SIG_LL.format(n="Sanna Koivisto"),
            attachments=[text_att("tietotaito_2027-11.csv", csv)])
    lines = [line(LL, a, q, desc=n, ps="2027-11-" + d.split(".")[0].zfill(2)) for d, a, n, q, h in rows
             if "EI LASKUTETA" not in h]
    return m, expect_requests("UTF-8 semicolon CSV, Finnish dates, a row marked 'EI LASKUTETA', a total row; the "
                              "reference in the body", PLAIN, [
        request(cust("C-4603"), lines, [], LL, buyer="HR / Minna Lahti")])


@case("y18_fi_ll_two_clubs_number_words_case_endings")
def _y18() -> Any:
    body = ("Hei!\n\nKaksi seuraa haluaa vielä käyttää tämän vuoden valmennusbudjettinsa, joten laskut pitäisi saada "
            "ulos ennen joulukuuta:\n\nJyväskylän Hiihtoseura ry:lle kuusi laktaattikynnystestiä (LL20), tehtiin "
            "16.–17.11.2027. Viitteenne: valmennuspäällikkö Aki Salo.\n\nKeski-Suomen Jääkiekko Oy:lle (asiakasnumero "
            "C-4602) kahdeksan kehonkoostumusmittausta (LL30) 19.11.2027 sekä yksi valmennusluento (LL50) samana "
            "päivänä, kiinteä hinta 650 €.\n\nKiitos!\nSanna")
    m = _fi("ll_s", "Seurojen laskut vielä marraskuulle", "Tue, 23 Nov 2027 08:05:33", body)
    d = "2027-11-19"
    return m, expect_requests("two customers in prose with colon case endings and number words (kuusi, kahdeksan, "
                              "yksi); a fixed price", PLAIN, [
        request(cust("C-4601"), [line(LL, "LL20", "6", ps="2027-11-16", pe="2027-11-17", skip=ND)], [], LL,
                buyer="valmennuspäällikkö Aki Salo"),
        request(cust("C-4602"), [line(LL, "LL30", "8", ps=d, skip=ND), line(LL, "LL50", "1", "650", ps=d, skip=ND)],
                [], LL)])


@case("y19_fi_ll_private_hetu_and_municipality")
def _y19() -> Any:
    text = ("Hei,\n\nkaksi laskua:\n\n1. Heikki Salmivaara, hetu " + HETU_HEIKKI + "\n"
            "   laktaattikynnystesti LL20, 1 kpl, 22.11.2027\n   kehonkoostumusmittaus LL30, 1 kpl, 22.11.2027\n\n"
            "2. Laukaan kunta, Y-tunnus " + on("C-4604") + "\n   Viitteenne: Tiina Mäki\n"
            "   Tilausnumero: LAU-2027-0918\n   henkilöstön valmennusluento LL50, 1 kpl, 18.11.2027\n"
            "   kuntotestit LL10, 12 kpl, 18.11.2027, hinta sopimuksen mukaan 115,00 €/testi\n")
    html = ("<p>Hei,</p><p>kaksi laskua:</p><ol><li>Heikki Salmivaara, hetu " + HETU_HEIKKI + "<br>"
            "laktaattikynnystesti LL20, 1 kpl, 22.11.2027<br>kehonkoostumusmittaus LL30, 1 kpl, 22.11.2027</li>"
            "<li>Laukaan kunta, Y-tunnus " + on("C-4604") + "<br>Viitteenne: Tiina Mäki<br>Tilausnumero: "
            "LAU-2027-0918<br>henkilöstön valmennusluento LL50, 1 kpl, 18.11.2027<br>kuntotestit LL10, 12 kpl, "
            "18.11.2027, hinta sopimuksen mukaan 115,00 €/testi</li></ol>")
    m = _fi("ll", "Kaksi laskua", "Wed, 24 Nov 2027 13:14:15", text + SIG_LL.format(n="Liikuntalaboratorio"),
            html=html + "<p>Ystävällisin terveisin<br>Liikuntalaboratorio<br>Y-tunnus " + org(LL) + "</p>")
    return m, expect_requests("text + HTML list: a registered private person by hetu, a municipality by Y-tunnus "
                              "with references and a price per test over the register's", PLAIN, [
        request(cust("C-4605"), [line(LL, "LL20", "1", ps="2027-11-22", skip=ND),
                                 line(LL, "LL30", "1", ps="2027-11-22", skip=ND)], [], LL),
        request(cust("C-4604"), [line(LL, "LL50", "1", ps="2027-11-18", skip=ND),
                                 line(LL, "LL10", "12", "115.00", ps="2027-11-18", skip=ND)], [], LL,
                buyer="Tiina Mäki", order="LAU-2027-0918")])


@case("y20_fi_ll_research_service_noin_price")
def _y20() -> Any:
    body = ("Hei,\n\nTietotaito Keski-Suomi Oy tilasi meiltä pienen tutkimuspalvelun (LL90): istumatyön ja "
            "palautumisen mittausjakso henkilöstölle, 1 kpl, toteutettu 1.–19.11.2027. Hinnasta sovittiin noin "
            "3 000 euroa, tarkka summa selviää kun Jukka on laskenut mittarivuokrat. Lisäksi laboratoriotunteja "
            "(LL40) 12 h samalle jaksolle.\n\nSanna")
    m = _fi("ll_s", "Tietotaito tutkimuspalvelu", "Thu, 25 Nov 2027 15:22:08", body)
    p = {"ps": "2027-11-01", "pe": "2027-11-19"}
    return m, expect_requests("'noin 3 000 euroa' for an unpriced article: price asked; the second line at the "
                              "register's price", ASK, [
        request(cust("C-4603"), [line(LL, "LL90", "1", None, skip=ND, **p), line(LL, "LL40", "12", skip=ND, **p)],
                ["lines[0].unit_price"], LL)])


@case("y21_fi_ll_xlsx_summary_and_sheet_per_club")
def _y21() -> Any:
    d = dt.date
    hs = [(d(2027, 11, 3), "LL10", "Kuntotesti, nuoret", 6, None), (d(2027, 11, 3), "LL30", "Kehonkoostumus", 6, None),
          (d(2027, 11, 24), "LL40", "Testitulosten läpikäynti valmentajien kanssa", 2.5, None)]
    jk = [(d(2027, 11, 10), "LL20", "Laktaattitesti, A-juniorit", 10, 175), (d(2027, 11, 10), "LL30",
                                                                             "Kehonkoostumus, A-juniorit", 10, None)]
    head = ["Päivä", "Tuote", "Kuvaus", "Määrä", "À-hinta €"]

    def sheet(title: str, rows: list[tuple[Any, ...]], total: float) -> list[list[Any]]:
        return [[title, None, None, None, None], head, *[list(r) for r in rows], ["Yhteensä", None, None, None, total]]

    summary = [["Asiakas", "Summa €"], ["Jyväskylän Hiihtoseura ry", 1229], ["Keski-Suomen Jääkiekko Oy", 2100],
               ["Yhteensä", 3329]]
    m = _fi("ll", "Seurojen testit marraskuu", "Fri, 26 Nov 2027 10:48:00",
            "Hei, marraskuun testit seuroille liitteenä, yksi välilehti per seura. Yhteenveto-välilehti on vain "
            "meidän omaan käyttöön." + SIG_LL.format(n="Liikuntalaboratorio"),
            attachments=[xlsx("seurat_2027-11.xlsx", [
                ("Yhteenveto", summary, []),
                ("Hiihtoseura", sheet("Jyväskylän Hiihtoseura ry, Y-tunnus " + on("C-4601") + " – marraskuu 2027",
                                      hs, 1229), ["A1:E1"]),
                ("Jääkiekko", sheet("Keski-Suomen Jääkiekko Oy, Y-tunnus " + on("C-4602") + " – marraskuu 2027",
                                    jk, 2100), ["A1:E1"])])])

    def lines(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
        return [line(LL, a, str(q), "reg" if p is None else str(p), desc=t, ps=day.isoformat())
                for day, a, t, q, p in rows]

    return m, expect_requests("XLSX: a summary sheet of sums first (no lines), then one sheet per club with a merged "
                              "title naming the customer, date cells, a total row", PLAIN, [
        request(cust("C-4601"), lines(hs), [], LL), request(cust("C-4602"), lines(jk), [], LL)])


@case("y22_fi_ll_forwarded_municipal_order_december")
def _y22() -> Any:
    body = ("Hei,\n\nvälitän Laukaan tilauksen. Testit tehdään vasta joulukuun alussa, mutta kunta haluaa laskun vielä "
            "marraskuussa tämän vuoden budjetista – sovittu esihenkilöni kanssa, saa laskuttaa.\n\nSanna\n\n"
            "Lähettäjä: Mäki Tiina <tiina.maki@laukaa-demo.fi>\nLähetetty: perjantai 26. marraskuuta 2027 14.12\n"
            "Vastaanottaja: Koivisto Sanna <sanna.koivisto@jyu-demo.fi>\nAihe: Tilaus: kuntotestit joulukuu\n\n"
            "Hei Sanna,\n\ntilaamme henkilöstöllemme 10 kuntotestiä (LL10) ja 10 kehonkoostumusmittausta (LL30) "
            "ajalle 1.–3.12.2027.\n\nTilausnumero: LAU-2027-1022\nViitteenne: Tiina Mäki\n\nTerveisin\nTiina Mäki\n"
            "Hyvinvointikoordinaattori\nLaukaan kunta | Y-tunnus " + on("C-4604") + "\nVerkkolaskuosoite 0037"
            + on("C-4604").replace("-", "") + "\n")
    m = _fi("ll_s", "VL: Tilaus: kuntotestit joulukuu", "Mon, 29 Nov 2027 09:30:41", body)
    p = {"ps": "2027-12-01", "pe": "2027-12-03"}
    return m, expect_requests("Outlook forward of the customer's own order: the customer's Y-tunnus in its signature "
                              "inside the forward, a December range invoiced in November", PLAIN, [
        request(cust("C-4604"), [line(LL, "LL10", "10", skip=ND, **p), line(LL, "LL30", "10", skip=ND, **p)], [], LL,
                buyer="Tiina Mäki", order="LAU-2027-1022")])


@case("y23_fi_ll_out_of_office_with_token")
def _y23() -> Any:
    token = "REQ-P3W8D"
    body = ("Olen lomalla 29.11.–6.12.2027 enkä lue sähköpostia. Kiireellisissä laskutusasioissa ota yhteyttä "
            "osoitteeseen liikuntalab@jyu-demo.fi.\n\nI am on leave until 6 December 2027.\n\nSanna Koivisto\n")
    m = _fi("ll_s", "Automaattinen vastaus: [" + token + "] Laskutustiedot puuttuvat", "Mon, 29 Nov 2027 16:02:10",
            body, headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_unknown("an out-of-office auto-reply to a question mail, token in the subject: unknown", OTHER)


@case("y24_fi_opas_latin9_tsv_three_operators")
def _y24() -> Any:
    rows = [("15.11.2027", "C-4606", "OP20", "Kaupunkikierros, ryhmä LAT-112", "1"),
            ("15.11.2027", "C-4609", "OP10", "Opastus Arktikum + keskusta", "3"),
            ("15.11.2027", "C-4609", "OP30", "Vieraskielilisä (englanti)", "3"),
            ("17.11.2027", "C-4606", "OP50", "Moottorikelkkasafari, opas", "2"),
            ("18.11.2027", "C-4607", "OP40", "Joulukylän kävely, ryhmä Särkänniemi", "24"),
            ("19.11.2027", "C-4606", "OP20", "Kaupunkikierros, ryhmä LAT-118", "1"),
            ("19.11.2027", "C-4609", "OP10", "Opastus, revontuliretki", "2,5"),
            ("19.11.2027", "C-4609", "OP30", "Vieraskielilisä (englanti)", "2,5")]
    tsv = "Pvm\tAsiakas\tAsiakasnro\tTuote\tSelite\tMäärä\n" + "".join(
        f"{d}\t{cust(c)['name']}\t{c}\t{a}\t{s}\t{q}\n" for d, c, a, s, q in rows)
    m = _fi("opas", "Opastukset vko 46", "Mon, 22 Nov 2027 07:55:00",
            "Hei,\n\nviikon 46 opastukset liitteenä. Tiedosto on vanhasta varausjärjestelmästä (sarkaineroteltu, "
            "merkistö ISO-8859-15). Kaikki normaalihinnoin." + SIG_OPAS.format(n="Opasvaraukset"),
            attachments=[text_att("opastukset_vko46.txt", tsv, encoding="iso-8859-15", subtype="plain")])
    by: dict[str, list[dict[str, Any]]] = {"C-4606": [], "C-4609": [], "C-4607": []}
    for d, c, a, s, q in rows:
        day = "2027-11-" + d.split(".")[0]
        by[c].append(line(OPAS, a, q.replace(",", "."), desc=s, ps=day))
    return m, expect_requests("ISO-8859-15 tab-separated export with three tour operators interleaved (one British) "
                              "by customer number, grouped in order of first appearance", PLAIN, [
        request(cust(c), by[c], [], OPAS) for c in ("C-4606", "C-4609", "C-4607")])


@case("y25_fi_opas_twin_names_asks")
def _y25() -> Any:
    body = "Moi,\n\nRevontulimatkat tilasi kaksi kaupunkikierrosta (OP20) ryhmilleen 20.11. Laskuttakaa heitä.\n\n" \
           "Jari\n\nLähetetty iPhonesta\n"
    m = _fi("opas_j", "Revontulimatkat 20.11.", "Tue, 23 Nov 2027 18:11:02", body)
    return m, expect_requests("a name matching both Revontulimatkat Oy and Ky, no number: org_no asked; 'kaksi'; a "
                              "date without a year", ASK, [
        request(new_cust("Revontulimatkat", None, None), [line(OPAS, "OP20", "2", ps="2027-11-20", skip=ND)],
                ["customer.org_no"], OPAS)])


@case("y26_fi_opas_addition_to_last_weeks_request")
def _y26() -> Any:
    body = ("Hei,\n\nviime viikon pyynnöstä (Polar Nights Travel Ltd, asiakasnro C-4609) jäi pois vieraskielilisä. "
            "Lisätkää siis vielä:\n\n- vieraskielilisä (OP30), 4 h, opastukset 10.11.2027\n"
            "- opastus (OP10), 1,5 h, 12.11.2027 – tätäkään ei ollut mukana\n\nMuut rivit menivät oikein, niitä ei "
            "tarvitse laskuttaa uudestaan." + SIG_OPAS.format(n="Jari Kangas"))
    m = _fi("opas_j", "Lisäys viime viikon laskutuspyyntöön – Polar Nights", "Wed, 24 Nov 2027 11:36:27", body)
    return m, expect_requests("an addition to last week's request: only the added lines, as a request of their "
                              "own (joining it to the earlier one is not the parser's job; the contract is silent)",
                              PLAIN, [
        request(cust("C-4609"), [line(OPAS, "OP30", "4", ps="2027-11-10", skip=ND),
                                 line(OPAS, "OP10", "1.5", ps="2027-11-12", skip=ND)], [], OPAS)])


@case("y27_fi_opas_html_only_forward_english_booking")
def _y27() -> Any:
    html = ("<div>Hei, alla Lapland Aurora Toursin vahvistus – laskutetaan sen mukaan, hinnat sovittu erikseen.<br>"
            "Jari</div><hr><div><b>From:</b> Bookings &lt;bookings@laplandaurora-demo.fi&gt;<br><b>Sent:</b> "
            "Wednesday, November 24, 2027 18:20<br><b>To:</b> opaspalvelut@rovaniemi-demo.fi<br><b>Subject:</b> "
            "Booking confirmation LAT-2027-1187</div><div><p>Dear partner,</p><p>we confirm the following guide "
            "services:</p><table border='1'><tr><th>Date</th><th>Service</th><th>Code</th><th>Qty</th><th>Price</th>"
            "</tr><tr><td>26.11.2027</td><td>Guided snowmobile safari, guide day</td><td>OP50</td><td>3</td>"
            "<td>450,00 €</td></tr><tr><td>27.11.2027</td><td>Christmas village walk, participants</td><td>OP40</td>"
            "<td>35</td><td>16,50 €</td></tr><tr><td colspan='4'>Total</td><td>1 927,50 €</td></tr></table>"
            "<p>Purchase order: LAT-PO-5521<br>Our reference: Emilia Ranta</p><p>Lapland Aurora Tours Oy<br>"
            "Business ID " + on("C-4606") + "</p></div>")
    m = _fi("opas_j", "VS: Booking confirmation LAT-2027-1187", "Thu, 25 Nov 2027 08:20:00", None, html=html)
    return m, expect_requests("HTML-only forward of an English booking confirmation: the customer's 'Our reference' "
                              "is the buyer reference, prices with euro signs, a total row", PLAIN, [
        request(cust("C-4606"), [line(OPAS, "OP50", "3", "450.00", desc="Guided snowmobile safari, guide day",
                                      ps="2027-11-26"),
                                 line(OPAS, "OP40", "35", "16.50", desc="Christmas village walk, participants",
                                      ps="2027-11-27")], [], OPAS,
                buyer="Emilia Ranta", order="LAT-PO-5521")])


@case("y28_fi_opas_new_customer_postal_address")
def _y28() -> Any:
    yt = "3246118-6"
    body = ("Hei,\n\nuusi asiakas, ei vielä rekisterissä:\n\nKemijärven Safarit Oy\nY-tunnus " + yt + "\n"
            "Postiosoite: Vapaudenkatu 8, 98100 Kemijärvi\nSähköposti: toimisto@kemijarvensafarit-demo.fi\n\n"
            "Opastus (OP10) 6 h ja vieraskielilisä (OP30) 6 h, saksankielinen ryhmä 23.11.2027. Lisäksi erikoisretki "
            "(OP90) Korvatunturin suuntaan, kiinteä hinta 780,00 €." + SIG_OPAS.format(n="Jari Kangas"))
    m = _fi("opas_j", "Uusi asiakas: Kemijärven Safarit", "Fri, 26 Nov 2027 14:03:45", body)
    return m, expect_requests("a new customer with Y-tunnus and postal address: nothing asked; 'kiinteä hinta' gives "
                              "quantity 1 for the unpriced article (its date is not stated: not checked)", PLAIN, [
        request(new_cust("Kemijärven Safarit Oy", yt, "FI", email="toimisto@kemijarvensafarit-demo.fi"),
                [line(OPAS, "OP10", "6", ps="2027-11-23", skip=ND), line(OPAS, "OP30", "6", ps="2027-11-23", skip=ND),
                 line(OPAS, "OP90", "1", "780.00", skip=ND + PERIOD)], [], OPAS)])


@case("y29_fi_opas_participant_count_to_come")
def _y29() -> Any:
    body = ("Hei,\n\nRevontulimatkat Ky (Y-tunnus " + on("C-4608") + "), ryhmä 27.11.2027:\n"
            "- kaupunkikierros (OP20) 1 kpl\n- joulukylän opastettu kävely (OP40), osallistujamäärä varmistuu vasta "
            "kun matkanjohtaja lähettää listan\n\nViitteenne: Riikka Hautala" + SIG_OPAS.format(n="Opaspalvelut"))
    m = _fi("opas", "Revontulimatkat Ky 27.11.", "Mon, 29 Nov 2027 10:10:10", body)
    d = "2027-11-27"
    return m, expect_requests("the twin resolved by its Y-tunnus; a participant count still to come: quantity asked",
                              ASK, [
        request(cust("C-4608"), [line(OPAS, "OP20", "1", ps=d, skip=ND), line(OPAS, "OP40", None, ps=d, skip=ND)],
                ["lines[1].quantity"], OPAS, buyer="Riikka Hautala")])


@case("y30_fi_opas_pdf_maksuilmoitus_credit_note")
def _y30() -> Any:
    items = [("6603411", fi_ref("6603411"), "1 350,00"), ("6603428", fi_ref("6603428"), "577,50"),
             ("6603390", fi_ref("6603390"), "-240,00")]
    trs = "".join(f"<tr><td>{'Hyvityslasku ' if a.startswith('-') else ''}{n}</td><td>{r[:-5]} {r[-5:]}</td>"
                  f"<td class='num'>{a}</td></tr>" for n, r, a in items)
    html = ("<h1>MAKSUILMOITUS</h1><p>Maksaja: Lapland Aurora Tours Oy (Y-tunnus " + on("C-4606") + ")<br>"
            "Maksupäivä: 29.11.2027<br>Saaja: Rovaniemen kaupunki</p><table><thead><tr><th>Lasku</th>"
            "<th>Viitenumero</th><th>Summa €</th></tr></thead><tbody>" + trs + "<tr><td><b>Yhteensä</b></td><td></td>"
            "<td class='num'><b>1 687,50 EUR</b></td></tr></tbody></table>")
    m = _fi("opas_j", "VL: Maksuilmoitus Lapland Aurora Tours", "Tue, 30 Nov 2027 09:15:30",
            "Tiedoksi reskontraan, Lapland Aurora Toursin maksuilmoitus liitteenä.\n\nJari\n",
            attachments=[pdf("maksuilmoitus_2027-11-29.pdf", html)])
    return m, expect_advice("a PDF maksuilmoitus: viitenumerot with a space, a credit note deducted", OTHER,
                            {"name": "Lapland Aurora Tours Oy", "org_no": on("C-4606")}, "2027-11-29", "1687.50",
                            "EUR", [(n, r, a.replace(" ", "").replace(",", ".")) for n, r, a in items])
