"""Thirtieth held-out set (written blind), part B: the heritage board's HTML table and a forwarded payment advice,
the Finnish food authority's export certificates (prose with case endings, CSV, XLSX with a row not to invoice, a
price-less lab test, a maksuilmoitus), the city's school meals for private schools and the first pilotage mail."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_requests, expect_unknown, mail, text_att, xlsx

from .kit30 import (
    ASK,
    CENTRE_FI,
    KOULU,
    LUOTS,
    MAR,
    ND,
    OTHER,
    PLAIN,
    RAA,
    RUOKA,
    W,
    case,
    cust,
    line,
    org,
    request,
    when,
)

SIG_RUOKA = ("\n\nYstävällisin terveisin\n{n}\nVientitodistukset | Ruokaturvavirasto\nY-tunnus " + org(RUOKA)
             + " · vaihde 029 530 0400\n")
SIG_KOULU = "\n\nt. Tiina\n\nTiina Laine\nasiakaspalvelusihteeri, Ateriapalvelut\nKuopionlahden kaupunki\n"
SIG_LUOTS = ("\n\n--\nSaaristomeren luotsausalue / Skärgårdshavets lotsområde\nLuotsauspalvelut · Y-tunnus "
             + org(LUOTS) + "\nPäivystys 24/7: 0204 48 4000\n")


def _se(frm: str, subj: str, day: int, hm: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(day, hm, "SE"), body, **kw)


def _fi(frm: str, subj: str, day: int, hm: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(day, hm, "FI"), body, to=CENTRE_FI, **kw)


@case("v15_sv_raa_html_only_table_per_day")
def _v15() -> Any:
    c = cust("K-9109")
    html = ("<div>Hej!</div><div>Fakturera Östgöta Exploatering AB, org.nr " + c["org_no"] + ", enligt tabellen."
            "</div><br><table border='1' cellspacing='0'><tr><th>Datum</th><th>Art</th><th>Vad</th><th>Antal</th>"
            "</tr><tr><td>2027-03-29</td><td>AK10</td><td>Kontroll Ullstämma, schakt 3</td><td>7,5</td></tr>"
            "<tr><td>2027-03-30</td><td>AK10</td><td>Kontroll Ullstämma, schakt 4</td><td>6</td></tr>"
            "<tr><td>2027-03-30</td><td>AK20</td><td>Fyndregistrering Ullstämma</td><td>11</td></tr></table>"
            "<br><div>Vänligen<br>Maja Ek<br>Kulturmiljöverket | org.nr " + org(RAA) + "</div>")
    m = _se("raa", "Ullstämma", 7, "13:13", None, html=html)
    return m, expect_requests("HTML-only mail with a table, a date per row", PLAIN, [
        request(c, [line(RAA, "AK10", "7.5", desc="Kontroll Ullstämma, schakt 3", ps="2027-03-29"),
                    line(RAA, "AK10", "6", desc="Kontroll Ullstämma, schakt 4", ps="2027-03-30"),
                    line(RAA, "AK20", "11", desc="Fyndregistrering Ullstämma", ps="2027-03-30")], [], RAA)])


@case("v16_sv_raa_forwarded_payment_advice_with_credit_note")
def _v16() -> Any:
    c = cust("K-9108")
    body = ("Hej, fick detta från Mälardalens Schakt, skickar vidare så det hamnar rätt.\n/Maja\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Reskontra <faktura@mdschakt.se>\n"
            "Datum: tis 6 apr. 2027 kl 11:02\nÄmne: Betalningsspecifikation\n\n"
            "Betalningsspecifikation från Mälardalens Schakt & Mark AB (" + c["org_no"] + ")\n"
            "Betaldatum 2027-04-06\n\nFaktura      OCR             Belopp\n"
            "27100981     " + se_ocr("2710098") + "     21 560,00\n"
            "27101015     " + se_ocr("2710101") + "      2 800,00\n"
            "Kreditnota 27101002  " + se_ocr("2710100") + "  -1 400,00\n"
            "Totalt betalt                22 960,00 SEK\n")
    m = _se("raa", "VB: Betalningsspecifikation", 7, "08:31", body)
    return m, expect_advice("a customer's payment specification forwarded, with a credit note deducted", OTHER,
                            {"name": "Mälardalens Schakt & Mark AB", "org_no": c["org_no"]}, "2027-04-06",
                            "22960.00", "SEK", [("27100981", se_ocr("2710098"), "21560.00"),
                                                ("27101015", se_ocr("2710101"), "2800.00"),
                                                ("27101002", se_ocr("2710100"), "-1400.00")])


@case("v17_fi_ruoka_prose_case_ending_month")
def _v17() -> Any:
    body = ("Hei,\n\nlaskuttakaa Savon Juusto Oy:ltä maaliskuun vientitodistukset: 12 vientitodistusta (VT10) ja "
            "kolme todistuksen kopiota (VT20). Asiakkaan tilausnumero SJ-2027-044.\n"
            + SIG_RUOKA.format(n="Jukka Niemi"))
    m = _fi("ruoka_j", "Savon Juusto / maaliskuu", 1, "12:02", body)
    return m, expect_requests("Finnish prose: a case ending, a number word, the month for both lines", PLAIN, [
        request(cust("K-9201"), [line(RUOKA, "VT10", "12", ps=MAR[0], pe=MAR[1], skip=ND),
                                 line(RUOKA, "VT20", "3", ps=MAR[0], pe=MAR[1], skip=ND)], [], RUOKA,
                order="SJ-2027-044")])


@case("v18_fi_ruoka_csv_comma_bom_three_rows")
def _v18() -> Any:
    csv = ("Asiakas,Y-tunnus,Tuote,Selite,Määrä,Päivämäärä\r\n"
           "Pohjolan Marja Oy," + cust("K-9202")["org_no"] + ",VT10,\"Vientitodistus, Kiina\",4,03.03.2027\r\n"
           "Arctic Salmon Export Oy," + cust("K-9203")["org_no"] + ",VT10,\"Vientitodistus, Japani\",9,"
           "11.03.2027\r\n"
           "Pohjolan Marja Oy," + cust("K-9202")["org_no"] + ",VT30,Vientitarkastus varastolla,\"2,5\","
           "19.03.2027\r\n")
    m = _fi("ruoka", "Laskutusaineisto 3/2027", 2, "08:20",
            "Hei!\n\nLiitteenä maaliskuun laskutusaineisto.\n\nVientitodistukset",
            attachments=[text_att("laskutus_2027_03.csv", csv, bom=True)])
    return m, expect_requests("comma CSV, UTF-8 with BOM, quoted fields and a quoted decimal comma", PLAIN, [
        request(cust("K-9202"), [line(RUOKA, "VT10", "4", desc="Vientitodistus, Kiina", ps="2027-03-03"),
                                 line(RUOKA, "VT30", "2.5", desc="Vientitarkastus varastolla", ps="2027-03-19")],
                [], RUOKA),
        request(cust("K-9203"), [line(RUOKA, "VT10", "9", desc="Vientitodistus, Japani", ps="2027-03-11")], [],
                RUOKA)])


@case("v19_fi_ruoka_lab_test_price_pending")
def _v19() -> Any:
    body = ("Moi,\n\nArctic Salmon Export Oy (" + cust("K-9203")["org_no"] + "): 24.3.2027 yksi vientitodistus "
            "(VT10) Etelä-Koreaan sekä siihen liittyvä laboratoriotutkimus (VT90), 1 kpl. Laboratorion lasku meille "
            "ei ole vielä tullut, joten tutkimuksen hintaa en tiedä.\n" + SIG_RUOKA.format(n="Jukka Niemi"))
    m = _fi("ruoka_j", "Arctic Salmon, Korea", 6, "10:40", body)
    return m, expect_requests("a lab test without register price whose price is not known yet: price asked", ASK, [
        request(cust("K-9203"), [line(RUOKA, "VT10", "1", ps="2027-03-24", skip=ND),
                                 line(RUOKA, "VT90", "1", ps="2027-03-24", skip=ND)], ["lines[1].unit_price"],
                RUOKA)])


@case("v20_fi_ruoka_xlsx_row_not_to_invoice")
def _v20() -> Any:
    rows = [["Asiakas", "Tuotekoodi", "Kuvaus", "Kpl/h", "Pvm", "Laskutetaan"],
            ["Savon Juusto Oy", "VT30", "Vientitarkastus, meijeri", 3, "15.3.2027", "kyllä"],
            ["Savon Juusto Oy", "VT10", "Vientitodistus, USA", 2, "15.3.2027", "kyllä"],
            ["Savon Juusto Oy", "VT20", "Kopio (virheen korjaus, meidän virhe)", 1, "16.3.2027", "ei"]]
    m = _fi("ruoka_j", "Savon Juusto tarkastus", 7, "14:55",
            "Hei, tarkastuksen laskutus liitteessä. Viimeistä riviä ei laskuteta.\n" + SIG_RUOKA.format(n="Jukka"),
            attachments=[xlsx("savon_juusto_tarkastus.xlsx", [("Taul1", rows, [])])])
    return m, expect_requests("XLSX with a row marked not to be invoiced (no line for it)", PLAIN, [
        request(cust("K-9201"), [line(RUOKA, "VT30", "3", desc="Vientitarkastus, meijeri", ps="2027-03-15"),
                                 line(RUOKA, "VT10", "2", desc="Vientitodistus, USA", ps="2027-03-15")], [], RUOKA)])


@case("v21_fi_ruoka_forwarded_maksuilmoitus")
def _v21() -> Any:
    r1, r2 = fi_ref("2700441"), fi_ref("2700467")
    body = ("Tämä tuli meille, kuuluu kai teille.\n\nJukka\n\n"
            "Lähettäjä: Arctic Salmon Export Oy <invoices@arcticsalmon.fi>\nLähetetty: 31. maaliskuuta 2027 9.12\n"
            "Aihe: Maksuilmoitus\n\nMAKSUILMOITUS\nMaksaja: Arctic Salmon Export Oy\nMaksupäivä: 31.3.2027\n\n"
            "Lasku         Viite              Summa\n2700441       " + r1[:4] + " " + r1[4:] + "         522,00\n"
            "2700467       " + r2[:4] + " " + r2[4:] + "         58,00\n"
            "Yhteensä                         580,00 EUR\n")
    m = _fi("ruoka_j", "VL: Maksuilmoitus", 1, "09:30", body)
    return m, expect_advice("a forwarded maksuilmoitus with spaced references", OTHER,
                            {"name": "Arctic Salmon Export Oy", "org_no": None}, "2027-03-31", "580.00", "EUR",
                            [("2700441", r1, "522.00"), ("2700467", r2, "58.00")])


@case("v22_fi_koulu_csv_meals_per_private_school")
def _v22() -> Any:
    csv = ("asiakasnro;koulu;tuote;määrä\n"
           "K-9204;Kristillinen koulu;AR10;5 120\n"
           "K-9204;Kristillinen koulu;AR20;214\n"
           "K-9205;Savonia International School;AR10;3 906\n"
           "K-9205;Savonia International School;AR30;1 450\n"
           ";;yhteensä;10 690\n")
    m = _fi("koulu", "Yksityiskoulujen ateriat maaliskuu 2027", 5, "11:11",
            "Hei,\n\nyksityiskoulujen maaliskuun ateriat liitteenä, hinnat sopimuksen mukaan." + SIG_KOULU,
            attachments=[text_att("ateriat_maaliskuu_2027.csv", csv, encoding="cp1252")])
    return m, expect_requests("CSV by customer number with thousands spaces; month from subject for all rows", PLAIN, [
        request(cust("K-9204"), [line(KOULU, "AR10", "5120", ps=MAR[0], pe=MAR[1]),
                                 line(KOULU, "AR20", "214", ps=MAR[0], pe=MAR[1])], [], KOULU),
        request(cust("K-9205"), [line(KOULU, "AR10", "3906", ps=MAR[0], pe=MAR[1]),
                                 line(KOULU, "AR30", "1450", ps=MAR[0], pe=MAR[1])], [], KOULU)])


@case("v23_fi_koulu_prose_meals_with_ytunnus")
def _v23() -> Any:
    c = cust("K-9205")
    body = ("Hei!\n\nSavonia International School Oy, Y-tunnus " + c["org_no"] + ", maaliskuu 2027:\n"
            "kouluateriat (AR10) 4 312 kpl\nerityisruokavalioateriat (AR20) 96 kpl\n\n"
            "Koulun viite laskulle: Rehtori M. Hughes" + SIG_KOULU)
    m = _fi("koulu", "Savonia IS maaliskuu", 6, "09:05", body)
    return m, expect_requests("short list in the body, a thousands space, the month as the period", PLAIN, [
        request(c, [line(KOULU, "AR10", "4312", ps=MAR[0], pe=MAR[1], skip=ND),
                    line(KOULU, "AR20", "96", ps=MAR[0], pe=MAR[1], skip=ND)], [], KOULU,
                buyer="Rehtori M. Hughes")])


@case("v24_fi_koulu_snack_count_unsure")
def _v24() -> Any:
    c = cust("K-9204")
    body = ("Hei,\n\nKuopionlahden Kristillisen Koulun Kannatusyhdistys ry (" + c["org_no"] + "), "
            "maaliskuu:\n- kouluateriat AR10: 2 870\n- välipalat AR30: 720 kpl, tai sitten 760 – keittiön "
            "listoissa on eri luku kuin koulun, selvitän vielä.\n" + SIG_KOULU)
    m = _fi("koulu", "Kristillinen koulu maaliskuu", 7, "15:20", body)
    # The writer gives two counts and says she will check: a careful clerk takes neither (never invoice a guess).
    return m, expect_requests("two counts for one line, the writer unsure: quantity asked", ASK, [
        request(c, [line(KOULU, "AR10", "2870", ps=MAR[0], pe=MAR[1], skip=ND),
                    line(KOULU, "AR30", None, ps=MAR[0], pe=MAR[1], skip=ND)], ["lines[1].quantity"], KOULU)])


@case("v25_fi_koulu_reply_chain_catering_fixed_price")
def _v25() -> Any:
    body = ("Hei,\n\nlaskutetaan Savonia International Schoolilta (asiakasnro K-9205) tilaustarjoilu "
            "vanhempainiltaan 18.3., kiinteä hinta 480,00 € (AR90), kuten alla sovittiin. Viitteenne: Helen Carter."
            + SIG_KOULU + "\n\nFrom: Helen Carter <helen.carter@savoniais.fi>\nSent: Monday, March 8, 2027 14:20\n"
            "To: Tiina Laine\nSubject: Catering for parents' evening\n\n"
            "Dear Tiina, thank you for the offer - we accept coffee and pastries for about 120 guests on 18 March, "
            "flat price EUR 480 as offered.\nBest regards, Helen Carter, School Secretary\n")
    m = _fi("koulu", "VS: Catering for parents' evening", 1, "10:44", body)
    return m, expect_requests("reply chain: a fixed-price catering line (quantity 1 from 'kiinteä hinta')", PLAIN, [
        request(cust("K-9205"), [line(KOULU, "AR90", "1", price="480.00", ps="2027-03-18", skip=ND)], [], KOULU,
                buyer="Helen Carter")])


@case("v26_fi_koulu_status_question")
def _v26() -> Any:
    body = ("Hei,\n\nonko helmikuun ateriat jo laskutettu Kristilliseltä koululta? Koulun taloussihteeri kyseli, "
            "kun laskua ei ole näkynyt. Aineisto lähti teille 4.3.\n" + SIG_KOULU)
    m = _fi("koulu", "Helmikuun ateriat - onko laskutettu?", 8, "13:37", body)
    return m, expect_unknown("a question about whether an earlier request was invoiced: nothing to invoice", OTHER)


@case("v27_fi_luots_foreign_tanker_company")
def _v27() -> Any:
    body = ("Hei,\n\nlaskutettava luotsaus:\n\nAsiakas: Läänemere Tankerid OÜ (Tallinna), ALV-nro EE102233445\n"
            "Alus: m/t Kadri, reitti Utö – Naantali, 14.3.2027\n\n"
            "LU10 luotsaus perusmaksu 1 kpl\nLU20 odotusaika 2,5 h\nLU30 luotsikuljetus 1 kpl\n" + SIG_LUOTS)
    m = _fi("luots", "Laskutus m/t Kadri 14.3.", 2, "06:58", body)
    return m, expect_requests("a foreign (Estonian) customer by its registered name; one pilotage date", PLAIN, [
        request(cust("K-9207"), [line(LUOTS, "LU10", "1", desc="luotsaus perusmaksu", ps="2027-03-14"),
                                 line(LUOTS, "LU20", "2.5", desc="odotusaika", ps="2027-03-14"),
                                 line(LUOTS, "LU30", "1", desc="luotsikuljetus", ps="2027-03-14")], [], LUOTS)])
