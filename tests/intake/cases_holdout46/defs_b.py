"""Forty-sixth held-out set (written blind), part B: the ferry operator's other charters (a PDF order form of a
municipality with a Peppol ID, crew hours and nautical miles; a Gmail-forwarded skipper's report with line amounts
and an agreed price; a reply chain whose quoted history holds the wrong hours), the Finnish city's property
maintenance (bullets of an alarm visit; an ISO-8859-15 semicolon CSV with two customers; the Kotikatu twins by
name; a price range; a credit request; an HTML-only table with a row not invoiced; a new customer with an OVT
e-invoice address) and the fortress's first guided tours (the leap day, per participant over the group minimum;
an XLSX with a price-list sheet; 'noin 40' participants of a Swedish customer; a private person by hetu)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import fi_yt
from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, new_cust, pdf, text_att, xlsx

from .kit46 import (
    ASK,
    CENTRE_FI,
    FARJ,
    FI_DATE,
    HETU_TUOMAS,
    HUOL,
    ND,
    OPAS,
    OTHER,
    PLAIN,
    SE_DATE,
    SIG_FARJ,
    SIG_HUOL,
    SIG_OPAS,
    W,
    case,
    cust,
    line,
    request,
)


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("z14_sv_farj_pdf_order_form_rescue_exercise")
def _z14() -> Any:
    o = cust("460108")
    rows = [("XT10", "Extratur Hälsö–Burö, räddningsövning", "5", "tim"), ("XT20", "Helgtillägg", "5", "tim"),
            ("XT40", "Extra besättning, 2 pers x 3 tim", "6", "tim"),
            ("XT50", "Omflyttning av färjan från Lilla Varholmen", "14", "nm")]
    trs = "".join(f"<tr><td>2028-02-19</td><td>{a}</td><td>{t}</td><td class='num'>{q}</td><td>{u}</td></tr>"
                  for a, t, q, u in rows)
    html = ("<h1>Beställning av beställningstrafik</h1><table><tr><th>Beställare</th><td>Öckerö kommun, "
            "räddningstjänsten</td></tr><tr><th>Org.nr</th><td>" + o["org_no"] + "</td></tr><tr><th>Peppol-ID</th>"
            "<td>0007:" + o["org_no"].replace("-", "") + "</td></tr><tr><th>Er referens</th><td>Fredrik Holm</td>"
            "</tr><tr><th>Beställningsnummer</th><td>ÖK-28-0219</td></tr></table><br><table><thead><tr>"
            "<th>Datum</th><th>Art</th><th>Beskrivning</th><th>Antal</th><th>Enhet</th></tr></thead><tbody>" + trs
            + "</tbody></table><p>Underskrift beställare: Fredrik Holm &nbsp;&nbsp; Datum: 2028-02-10</p>")
    m = _se("farj", "Räddningsövningen 19/2 – Öckerö kommun", "Tue, 07 Mar 2028 08:22:40",
            "Hej,\n\nbifogar Öckerö kommuns påskrivna beställning för räddningsövningen 19 februari. Fakturera "
            "enligt den.\n" + SIG_FARJ.format(n="Beställningstrafik"),
            attachments=[pdf("bestallning_OK-28-0219.pdf", html)])
    return m, expect_requests("PDF order form: header fields, hours, crew person-hours and nautical miles; the "
                              "signing date is no service date", PLAIN, [
        request(cust("460108"), [line(FARJ, a, q, desc=t, ps="2028-02-19") for a, t, q, _u in rows], [], FARJ,
                buyer="Fredrik Holm", order="ÖK-28-0219")])


@case("z15_sv_farj_gmail_forward_skipper_amounts")
def _z15() -> Any:
    body = ("Hej, fakturera enligt befälhavarens rapport nedan.\n/Patrik\n\n"
            "---------- Forwarded message ---------\nFrån: Befälhavare M/S Saga <befal.saga@farjerederiet-demo.se>\n"
            "Date: sön 5 mars 2028 kl 22:14\nSubject: Rapport extratur 5/3\n"
            "To: Beställningstrafik <bestallningstrafik@farjerederiet-demo.se>\n\n"
            "Extratur för Fotö Scen & Event AB (org.nr " + cust("460112")["org_no"] + "), konsertpublik "
            "Hönö–Fotö, söndag 5 mars 2028:\n\n"
            "Extratur XT10: 2 tim, 9 600 kr\nHelgtillägg XT20: 2 tim, 2 400 kr\n"
            "Kvällstillägg XT30: 2 tim à 950 kr (avtalat pris)\n\nEr referens: Sara Lind\n\n"
            "Olof Strid\nBefälhavare M/S Saga\n" + SIG_FARJ.format(n="Patrik Lindell"))
    m = _se("farj_p", "Fwd: Rapport extratur 5/3", "Mon, 06 Mar 2028 07:48:19", body)
    return m, expect_requests("Gmail forward; a line amount with a quantity gives the unit price (9 600 kr / 2 "
                              "tim = 4 800); an agreed price over the register's", PLAIN, [
        request(cust("460112"), [line(FARJ, "XT10", "2", "4800", ps="2028-03-05", skip=ND),
                                 line(FARJ, "XT20", "2", "1200", ps="2028-03-05", skip=ND),
                                 line(FARJ, "XT30", "2", "950", ps="2028-03-05", skip=ND)], [], FARJ,
                buyer="Sara Lind")])


@case("z16_sv_farj_reply_chain_corrected_hours")
def _z16() -> Any:
    body = ("Hej Kundfaktura,\n\nse tråden nedan – Lotta har bekräftat timmarna. Fakturera Dyrön Skärgårdsservice AB, "
            "org.nr " + cust("460109")["org_no"] + ": extratur onsdag 8 mars, 3 påbörjade timmar (XT10), och "
            "kvällstillägg 1 timme (XT30).\n\n/Patrik\n\n"
            "Från: Lotta Berg <lotta.berg@farjerederiet-demo.se>\nSkickat: den 9 mars 2028 17:02\n"
            "Till: Patrik Lindell\nÄmne: SV: Dyrön 8/3\n\n"
            "Det blev 3 påbörjade timmar, inte 2 som står i loggen – vi låg kvar vid Dyrön i väntan på lastbilen.\n\n"
            "Från: Patrik Lindell\nSkickat: den 9 mars 2028 15:40\nTill: Lotta Berg\nÄmne: Dyrön 8/3\n\n"
            "Lotta, loggen säger 2 tim extratur och 1 tim kvällstillägg för Dyrön igår, stämmer det?\n"
            + SIG_FARJ.format(n="Patrik Lindell"))
    m = _se("farj_p", "VB: SV: Dyrön 8/3", "Fri, 10 Mar 2028 08:30:00", body)
    return m, expect_requests("the request on top of an internal reply chain whose quoted history holds the "
                              "logged (wrong) hours; the AB twin by its org number", PLAIN, [
        request(cust("460109"), [line(FARJ, "XT10", "3", ps="2028-03-08", skip=ND),
                                 line(FARJ, "XT30", "1", ps="2028-03-08", skip=ND)], [], FARJ)])


@case("z17_fi_huol_bullets_alarm_visit_saturday")
def _z17() -> Any:
    body = ("Hei,\n\nlaskutettavaa hälytyskäynnistä:\n\nAsiakas: Asunto Oy Lahden Salpausselänrinne\nY-tunnus: "
            + cust("460203")["org_no"] + "\nKohde: Rinnekatu 14, vesivuoto C-portaassa\nPäivä: la 26.2. klo "
            "21.40–23.10\n\n- hälytyskäynnin minimiveloitus 1 kpl (LT-250)\n- viikonloppulisä 2 h (LT-230)\n"
            "- iltalisä 1 h (LT-220)\n- ajokilometrit 18 km (LT-240)\n\nViitteenne: Petri Laakso"
            + SIG_HUOL.format(n="Jarmo Kettunen"))
    m = _fi("huol_j", "Hälytyskäynti 26.2. Salpausselänrinne", "Mon, 06 Mar 2028 09:20:44", body)
    return m, expect_requests("bullets: a minimum alarm charge plus weekend/evening supplement hours and "
                              "kilometres; a date without a year; clock times are no quantities", PLAIN, [
        request(cust("460203"), [line(HUOL, "LT-250", "1", ps="2028-02-26", skip=ND),
                                 line(HUOL, "LT-230", "2", ps="2028-02-26", skip=ND),
                                 line(HUOL, "LT-220", "1", ps="2028-02-26", skip=ND),
                                 line(HUOL, "LT-240", "18", ps="2028-02-26", skip=ND)], [], HUOL,
                buyer="Petri Laakso")])


@case("z18_fi_huol_latin9_csv_two_customers")
def _z18() -> Any:
    p, h = cust("460204")["org_no"], cust("460205")["org_no"]
    csv = ("Pvm;Asiakas;Y-tunnus;Tuote;Selite;Määrä;Yks\n"
           f"02.02.2028;Päijät-Hämeen hyvinvointialue;{p};LT-210;Lukkohuolto, Hollolan terveysasema;3;h\n"
           f"02.02.2028;Päijät-Hämeen hyvinvointialue;{p};LT-240;Ajo;42;km\n"
           f"09.02.2028;Hollolan kunta;{h};LT-210;Lumityöt, Salpakankaan koulu;4,5;h\n"
           f"09.02.2028;Hollolan kunta;{h};LT-220;Iltalisä;2;h\n"
           f"09.02.2028;Hollolan kunta;{h};LT-240;Ajo;31;km\n"
           f"15.02.2028;Päijät-Hämeen hyvinvointialue;{p};LT-210;Ilmanvaihtokoneen suodattimet;2;h\n")
    m = _fi("huol", "Helmikuun tunnit / 2 asiakasta", "Tue, 07 Mar 2028 12:12:12",
            "Hei!\n\nHelmikuun kiinteistöhuollon tunnit kahdelle asiakkaalle liitteenä (csv).\n"
            + SIG_HUOL.format(n="Kiinteistöhuollon laskutus"),
            attachments=[text_att("kiinteistohuolto_2028-02.csv", csv, encoding="iso8859_15")])
    return m, expect_requests("ISO-8859-15 semicolon CSV, decimal comma, dd.mm.yyyy dates; rows of two customers "
                              "interleaved, grouped in order of first appearance", PLAIN, [
        request(cust("460204"), [line(HUOL, "LT-210", "3", desc="Lukkohuolto, Hollolan terveysasema",
                                      ps="2028-02-02"),
                                 line(HUOL, "LT-240", "42", desc="Ajo", ps="2028-02-02"),
                                 line(HUOL, "LT-210", "2", desc="Ilmanvaihtokoneen suodattimet", ps="2028-02-15")],
                [], HUOL),
        request(cust("460205"), [line(HUOL, "LT-210", "4.5", desc="Lumityöt, Salpakankaan koulu", ps="2028-02-09"),
                                 line(HUOL, "LT-220", "2", desc="Iltalisä", ps="2028-02-09"),
                                 line(HUOL, "LT-240", "31", desc="Ajo", ps="2028-02-09")], [], HUOL)])


@case("z19_fi_huol_kotikatu_twins_by_name")
def _z19() -> Any:
    body = ("Moi,\n\nAsiakas: Kotikatu Isännöinti\nKohde: As Oy Vesijärvenranta, Vesijärvenkatu 30\n"
            "Työt 1.3.2028: ovipumpun vaihto 3 h (LT-210) ja ajokilometrit 24 km (LT-240).\n"
            + SIG_HUOL.format(n="Jarmo"))
    m = _fi("huol_j", "Ovipumppu Vesijärvenranta", "Wed, 08 Mar 2028 07:55:31", body)
    return m, expect_requests("a name matching both Kotikatu Isännöinti Oy and Ky, no number: org_no asked; the "
                              "housing company is only the site", ASK, [
        request(new_cust("Kotikatu Isännöinti", None, None),
                [line(HUOL, "LT-210", "3", ps="2028-03-01", skip=ND), line(HUOL, "LT-240", "24", ps="2028-03-01",
                                                                            skip=ND)],
                ["customer.org_no"], HUOL)])


@case("z20_fi_huol_special_work_price_range")
def _z20() -> Any:
    body = ("Hei,\n\nHollolan kunta (asiakasnro 460205): erikoistyö (LT-290), 1 kpl – Kalliolan liikuntahallin "
            "kattoluukkujen sulatus 28.2.2028. Hinta 350–420 € riippuen nosturin vuokrasta, lopullinen tieto tulee "
            "urakoitsijalta. Lisäksi iltalisä 3 h (LT-220) samalta päivältä." + SIG_HUOL.format(n="Jarmo Kettunen"))
    m = _fi("huol_j", "Kalliolan halli, erikoistyö", "Wed, 08 Mar 2028 13:37:00", body)
    return m, expect_requests("an unpriced article with a price range: price asked (never its first figure)", ASK, [
        request(cust("460205"), [line(HUOL, "LT-290", "1", None, ps="2028-02-28", skip=ND),
                                 line(HUOL, "LT-220", "3", ps="2028-02-28", skip=ND)],
                ["lines[0].unit_price"], HUOL)])


@case("z21_fi_huol_credit_double_kilometres")
def _z21() -> Any:
    body = ("Hei,\n\nhyvittäkää lasku 46200188 osittain: Päijät-Hämeen hyvinvointialueelta laskutettiin "
            "helmikuun ajokilometrit (LT-240, 42 km) kahteen kertaan. Toinen rivi pois, muu lasku on kunnossa."
            + SIG_HUOL.format(n="Jarmo Kettunen"))
    m = _fi("huol_j", "Hyvitys lasku 46200188", "Thu, 09 Mar 2028 10:01:16", body)
    return m, expect_unknown("a partial credit of an issued invoice (a double-billed row): no requests", OTHER)


@case("z22_fi_huol_html_table_row_not_invoiced")
def _z22() -> Any:
    rows = [("3.2.2028", "As Oy Ankkurinranta", "LT-210", "Lämmönjakohuone, vuotokorjaus", "2"),
            ("3.2.2028", "As Oy Ankkurinranta", "LT-240", "Ajokilometrit", "16"),
            ("12.2.2028", "As Oy Harjukallio", "LT-210", "Vesikourun avaus", "1"),
            ("12.2.2028", "As Oy Harjukallio", "LT-230", "Viikonloppulisä", "1"),
            ("12.2.2028", "As Oy Harjukallio", "", "Matka-aika (ei laskuteta)", "0,5")]
    trs = "".join(f"<tr><td>{d}</td><td>{k}</td><td>{a}</td><td>{t}</td><td>{q}</td></tr>" for d, k, a, t, q in rows)
    html = ("<html><body><p>Hei,</p><p>Kotikatu Isännöinti Oy:n (Y-tunnus " + cust("460201")["org_no"] + ") "
            "kohteiden helmikuun työt alla. Tunnit ovat alkavia tunteja.</p><table border='1'><tr><th>Pvm</th>"
            "<th>Kohde</th><th>Tuote</th><th>Kuvaus</th><th>Määrä</th></tr>" + trs + "<tr><td colspan='4'>Yhteensä"
            "</td><td>20,5</td></tr></table><p>Ystävällisin terveisin<br>Kiinteistöhuolto, Lahden kaupunki</p>"
            "</body></html>")
    m = _fi("huol", "Kotikatu Isännöinti helmikuu", "Thu, 09 Mar 2028 14:25:09", None, html=html)
    return m, expect_requests("HTML-only table; the twin Oy resolved by its Y-tunnus; a row marked 'ei laskuteta' "
                              "and the total row are no lines", PLAIN, [
        request(cust("460201"), [line(HUOL, a, q, desc=t, ps=f"2028-02-{int(d.split('.')[0]):02d}")
                                 for d, _k, a, t, q in rows[:4]], [], HUOL)])


@case("z23_fi_huol_new_customer_ovt_address")
def _z23() -> Any:
    yt = fi_yt("3301846")
    body = ("Hei!\n\nUusi asiakas:\nLahden Lumityö ja Piha Oy\nY-tunnus " + yt + "\nVerkkolaskuosoite 0037"
            + yt.replace("-", "") + " (välittäjä Maventa, 003721291126)\n\nTyö 7.3.2028: pihan hiekoitus ja "
            "lumenluonti, 4 h (LT-210) hintaan 52,00 €/h sopimuksen mukaan, ajokilometrit 36 km (LT-240)."
            + SIG_HUOL.format(n="Jarmo Kettunen"))
    m = _fi("huol_j", "Uusi asiakas: Lahden Lumityö ja Piha", "Fri, 10 Mar 2028 08:08:08", body)
    return m, expect_requests("a new customer with Y-tunnus and an OVT e-invoice address: nothing to ask; an "
                              "agreed hourly rate over the register's", PLAIN, [
        request(new_cust("Lahden Lumityö ja Piha Oy", yt, "FI"),
                [line(HUOL, "LT-210", "4", "52.00", ps="2028-03-07", skip=ND),
                 line(HUOL, "LT-240", "36", ps="2028-03-07", skip=ND)], [], HUOL)])


@case("z24_fi_opas_leap_day_group_minimum_plus_seven")
def _z24() -> Any:
    body = ("Hei!\n\nKruununhaan Seniorit ry (Y-tunnus " + cust("460207")["org_no"] + ") kävi tiistaina 29.2.2028 "
            "opastetulla kävelykierroksella. Ryhmässä oli 22 henkeä. Ryhmäopastuksen minimiveloitus (OP12) kattaa "
            "15 ensimmäistä, joten laskutetaan 1 kpl OP12 ja lisäksi 7 osallistujaa hintaan 12 € / hlö (OP11)."
            + SIG_OPAS.format(n="Heidi Lampinen"))
    m = _fi("opas_h", "Kruununhaan Seniorit 29.2.", "Mon, 06 Mar 2028 11:11:45", body)
    return m, expect_requests("the leap day; a group minimum charge plus the participants over it (22 and 15 "
                              "are no quantities)", PLAIN, [
        request(cust("460207"), [line(OPAS, "OP12", "1", ps="2028-02-29", skip=ND),
                                 line(OPAS, "OP11", "7", "12", ps="2028-02-29", skip=ND)], [], OPAS)])


@case("z25_fi_opas_xlsx_tours_price_list_sheet")
def _z25() -> Any:
    d = dt.date
    tours: list[list[Any]] = [
        ["Opastukset helmikuu 2028 – Matkatoimisto Saaristomatkat Oy, asiakasnro 460206", None, None, None, None,
         None],
        ["Päivä", "Kierros", "Tuote", "Määrä", "Yksikkö", "Huom."],
        [d(2028, 2, 4), "Linnoituskierros, englanti", "OP12", 1, "kpl", "15 hlö"],
        [d(2028, 2, 4), "Linnoituskierros, englanti", "OP15", 1, "kpl", None],
        [d(2028, 2, 12), "Linnoituskierros", "OP12", 1, "kpl", "lauantai"],
        [d(2028, 2, 12), "Linnoituskierros", "OP14", 1, "kpl", "viikonloppulisä"],
        [d(2028, 2, 12), "Linnoituskierros", "OP11", 9, "hlö", "24 hlö, yli 15"],
        [d(2028, 2, 25), "Kuninkaanportti-kierros", "OP12", 1, "kpl", None],
        [None, "Yhteensä", None, 14, None, None]]
    prices = [["Tuote", "Nimi", "Hinta €"], ["OP11", "Opastettu kävelykierros, osallistuja", 12],
              ["OP12", "Ryhmäopastus, minimiveloitus", 180], ["OP14", "Ilta- tai viikonloppulisä", 45],
              ["OP15", "Vieraskielinen opastus, lisä", 30]]
    m = _fi("opas", "Saaristomatkat / helmikuu", "Tue, 07 Mar 2028 09:40:00",
            "Hei,\n\nliitteenä Saaristomatkojen helmikuun opastukset. Hinnat hinnaston mukaan (toinen välilehti).\n"
            + SIG_OPAS.format(n="Opastuspalvelut"),
            attachments=[xlsx("opastukset_helmikuu_2028.xlsx", [("Helmikuu", tours, ["A1:F1"]),
                                                                 ("Hinnasto", prices, [])])])
    dates = ["2028-02-04", "2028-02-04", "2028-02-12", "2028-02-12", "2028-02-12", "2028-02-25"]
    return m, expect_requests("XLSX with a merged title naming the customer number, date cells, a total row and a "
                              "price-list sheet that holds no lines", PLAIN, [
        request(cust("460206"), [line(OPAS, r[2], str(r[3]), ps=ps, skip=ND) for r, ps in zip(tours[2:8], dates)],
                [], OPAS)])


@case("z26_fi_opas_noin_40_swedish_customer")
def _z26() -> Any:
    body = ("Hei,\n\nStockholm Heritage Travel AB (org.nr " + cust("460209")["org_no"] + ") toi ryhmän lauantaina "
            "4.3.2028. Osallistujia oli noin 40, tarkka määrä tulee matkanjohtajalta ensi viikolla. Laskutetaan "
            "opastus per osallistuja (OP11) sekä ruotsinkielisen opastuksen lisä 1 kpl (OP15) ja "
            "viikonloppulisä 1 kpl (OP14)." + SIG_OPAS.format(n="Heidi Lampinen"))
    m = _fi("opas_h", "Stockholm Heritage 4.3.", "Tue, 07 Mar 2028 15:03:27", body)
    return m, expect_requests("a Swedish customer of a Finnish agency by its org number; 'noin 40' participants: "
                              "quantity asked", ASK, [
        request(cust("460209"), [line(OPAS, "OP11", None, ps="2028-03-04", skip=ND),
                                 line(OPAS, "OP15", "1", ps="2028-03-04", skip=ND),
                                 line(OPAS, "OP14", "1", ps="2028-03-04", skip=ND)], ["lines[0].quantity"], OPAS)])


@case("z27_fi_opas_private_hetu_evening_extra_hour")
def _z27() -> Any:
    body = ("Hei!\n\nYksityisasiakas Tuomas Rautiainen, hetu " + HETU_TUOMAS + ", tilasi isänsä 70-vuotispäiville "
            "iltaopastuksen perjantaina 3.3.2028 klo 18. Laskutetaan ryhmäopastus 1 kpl (OP12), iltalisä 1 kpl "
            "(OP14) ja yksi lisätunti (OP13), koska kierros venyi." + SIG_OPAS.format(n="Heidi"))
    m = _fi("opas_h", "Iltaopastus 3.3. / Rautiainen", "Wed, 08 Mar 2028 10:27:52", body)
    return m, expect_requests("a registered private person by hetu; 'yksi lisätunti' is quantity one; the age and "
                              "the clock time are no quantities", PLAIN, [
        request(cust("460208"), [line(OPAS, "OP12", "1", ps="2028-03-03", skip=ND),
                                 line(OPAS, "OP14", "1", ps="2028-03-03", skip=ND),
                                 line(OPAS, "OP13", "1", ps="2028-03-03", skip=ND)], [], OPAS)])
