"""Forty-first held-out set (written blind), part B: the Finnish agencies — the city's summer camps (a parent by
hetu with an inflected month, an HTML table, an approximate number of children, a forwarded maksuilmoitus, an XLSX
whose first sheet is instructions with an example row), the wellbeing county's occupational health (bullets, a PDF
form, a price range, an out-of-office before Midsummer, a Finnish-client reply chain whose quote holds an older
count) and the state agency's heavy-transport permits (a semicolon CSV with two customers, a new customer with an
e-invoice address, a bad Y-tunnus, twin names)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, fi_yt
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

from .kit41 import (
    ASK,
    CENTRE_FI,
    ERIK,
    FI_DATE,
    HETU_MIKKO,
    LEIR,
    ND,
    OTHER,
    PLAIN,
    TTH,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_LEIR = ("\n\nYstävällisin terveisin\n{n}\nLiikunta- ja nuorisopalvelut, kesäleirit\nTampereen kaupunki | "
            "Y-tunnus " + org(LEIR) + "\npuh. 040 806 2200\n")
SIG_TTH = ("\n\nTerveisin\n{n}\nTyöterveyshuolto | Pirkanmaan hyvinvointialue\nY-tunnus " + org(TTH)
           + " | IBAN FI58 1146 3000 2215 77\nTämä viesti voi sisältää salassa pidettävää tietoa. Jos viesti on "
           "tullut sinulle erehdyksessä, ilmoita lähettäjälle ja poista viesti.\n")
SIG_ERIK = ("\n\nErikoiskuljetusluvat\nLiikenteen lupavirasto | Y-tunnus " + org(ERIK) + "\nOpastinsilta 12, "
            "00520 Helsinki | vaihde 029 534 5000\n")
JULY = ("2027-07-01", "2027-07-31")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("u17_fi_leir_parent_hetu_inflected_month")
def _u17() -> Any:
    body = ("Hei,\n\nMikko Lehtonen (hetu " + HETU_MIKKO + ") maksaa poikansa Eetun päiväleirit heinäkuussa: "
            "kaksi viikkoa (KL10) sekä leiribussin (KL30) 1 kpl. Eetu on Hervannan ryhmässä." +
            SIG_LEIR.format(n="Päivi Saarinen"))
    m = _fi("leir_p", "Eetu Lehtonen, heinäkuun leirit", "Mon, 14 Jun 2027 10:02:11", body)
    return m, expect_requests("a registered parent by hetu; 'heinäkuussa' without a year; 'kaksi' weeks", PLAIN, [
        request(cust("C-4201"), [line(LEIR, "KL10", "2", ps=JULY[0], pe=JULY[1], skip=ND),
                                 line(LEIR, "KL30", "1", ps=JULY[0], pe=JULY[1], skip=ND)], [], LEIR)])


@case("u18_fi_leir_html_table_city_customer")
def _u18() -> Any:
    text = ("Hei,\n\nNokian kaupungin ostamat leiripaikat:\n\nTuote | Kuvaus | Ajankohta | Määrä\n"
            "KL10 | Päiväleiri Hervanta | 21.–25.6. | 12\nKL20 | Yöleiri Kintulammi | 28.6.–1.7. | 24\n\n"
            "Viitteenne: Sivistyspalvelut / Jukka Aalto\nTilausnumero: NOK-55821\n" + SIG_LEIR.format(n="Kesäleirit"))
    html = ("<p>Hei,</p><p>Nokian kaupungin ostamat leiripaikat:</p><table border='1'><tr><th>Tuote</th>"
            "<th>Kuvaus</th><th>Ajankohta</th><th>Määrä</th></tr><tr><td>KL10</td><td>Päiväleiri Hervanta</td>"
            "<td>21.–25.6.</td><td>12</td></tr><tr><td>KL20</td><td>Yöleiri Kintulammi</td><td>28.6.–1.7.</td>"
            "<td>24</td></tr></table><p>Viitteenne: Sivistyspalvelut / Jukka Aalto<br>Tilausnumero: NOK-55821</p>"
            "<p>Ystävällisin terveisin<br>Kesäleirit<br>Tampereen kaupunki | Y-tunnus " + org(LEIR) + "</p>")
    m = _fi("leir", "Nokian leiripaikat kesäkuu", "Mon, 14 Jun 2027 13:30:00", text, html=html)
    return m, expect_requests("text and HTML alternatives with one table; day ranges without a year, one across "
                              "the month end", PLAIN, [
        request(cust("C-4202"), [line(LEIR, "KL10", "12", desc="Päiväleiri Hervanta", ps="2027-06-21",
                                      pe="2027-06-25"),
                                 line(LEIR, "KL20", "24", desc="Yöleiri Kintulammi", ps="2027-06-28",
                                      pe="2027-07-01")], [], LEIR,
                buyer="Sivistyspalvelut / Jukka Aalto", order="NOK-55821")])


@case("u19_fi_leir_approximate_children")
def _u19() -> Any:
    body = ("Hei,\n\nRakennus Kivijalka Oy (Y-tunnus " + cust("C-4203")["org_no"] + ") varasi henkilöstönsä "
            "lapsille päiväleirin viikolle 32 (9.–13.8.2027), tuote KL10. Lapsia tulee noin 40, tarkka määrä "
            "selviää kun ilmoittautuminen päättyy juhannuksen jälkeen. Yritys haluaa laskun jo nyt."
            + SIG_LEIR.format(n="Päivi Saarinen"))
    m = _fi("leir_p", "Kivijalka yritysleiri vko 32", "Tue, 15 Jun 2027 09:45:20", body)
    return m, expect_requests("approximate number of children ('noin 40'): quantity asked", ASK, [
        request(cust("C-4203"), [line(LEIR, "KL10", None, ps="2027-08-09", pe="2027-08-13", skip=ND)],
                ["lines[0].quantity"], LEIR)])


@case("u20_fi_leir_forwarded_maksuilmoitus")
def _u20() -> Any:
    r1, r2 = fi_ref("4410372"), fi_ref("4410388")
    body = ("Tiedoksi reskontraan.\nPäivi\n\n---- Välitetty viesti ----\nLähettäjä: Nokian kaupunki, "
            "ostoreskontra <ostolaskut@nokia-demo.fi>\nPäivämäärä: 15.6.2027 15.20\nAihe: Maksuilmoitus\n"
            "Vastaanottaja: kesaleirit@tampere-demo.fi\n\nMAKSUILMOITUS\nMaksaja: Nokian kaupunki, Y-tunnus "
            + cust("C-4202")["org_no"] + "\nMaksupäivä: 15.6.2027\n\nLaskunro   Viite            Summa\n"
            "4410372    " + r1[:4] + " " + r1[4:] + "        1 140,00\n4410388    " + r2[:4] + " " + r2[4:]
            + "          456,00\nYhteensä                    1 596,00 EUR\n")
    m = _fi("leir_p", "VL: Maksuilmoitus", "Wed, 16 Jun 2027 08:10:00", body)
    return m, expect_advice("Finnish-client forward of a maksuilmoitus; viitenumerot with spaces", OTHER,
                            {"name": "Nokian kaupunki", "org_no": cust("C-4202")["org_no"]}, "2027-06-15",
                            "1596.00", "EUR", [("4410372", r1, "1140.00"), ("4410388", r2, "456.00")])


@case("u21_fi_leir_xlsx_instruction_sheet_example_row")
def _u21() -> Any:
    yt = cust("C-4206")["org_no"]
    guide = [["Täyttöohje"], ["Yksi rivi per laskutettava tuote. Hinta vain jos tuotteella ei ole hintaa."],
             ["Asiakas", "Y-tunnus", "Tuote", "Kuvaus", "Määrä", "Hinta", "Alkaa", "Päättyy"],
             ["ESIMERKKI Oy", "1234567-8", "KL10", "Esimerkkirivi", 1, None, "1.6.2027", "5.6.2027"]]
    rows = [["Asiakas", "Y-tunnus", "Tuote", "Kuvaus", "Määrä", "Hinta", "Alkaa", "Päättyy"],
            ["Pirkan Konepaja Oy", yt, "KL10", "Päiväleiri Kaukajärvi, vko 24", 6, None, "14.6.2027", "18.6.2027"],
            ["Pirkan Konepaja Oy", yt, "KL30", "Leiribussi retkipäivänä", 1, None, "17.6.2027", "17.6.2027"],
            ["Pirkan Konepaja Oy", yt, "KL90", "Särkänniemi-retki", 1, "240,00", "17.6.2027", "17.6.2027"]]
    m = _fi("leir", "Pirkan Konepaja vko 24", "Fri, 18 Jun 2027 11:20:45",
            "Hei, laskutuspohja liitteenä (välilehti Laskutus).\n" + SIG_LEIR.format(n="Kesäleirit"),
            attachments=[xlsx("laskutuspohja_vko24.xlsx", [("Ohje", guide, ["A1:H1", "A2:H2"]),
                                                             ("Laskutus", rows, [])])])
    return m, expect_requests("XLSX: an instruction sheet with an example row (not invoiced), then the real "
                              "rows; a price only for the unpriced article", PLAIN, [
        request(cust("C-4206"), [line(LEIR, "KL10", "6", desc="Päiväleiri Kaukajärvi, vko 24", ps="2027-06-14",
                                      pe="2027-06-18"),
                                 line(LEIR, "KL30", "1", desc="Leiribussi retkipäivänä", ps="2027-06-17"),
                                 line(LEIR, "KL90", "1", "240.00", desc="Särkänniemi-retki", ps="2027-06-17")],
                [], LEIR)])


@case("u22_fi_tth_bullets_inspections")
def _u22() -> Any:
    body = ("Hei!\n\nLaskutettavaa Rakennus Kivijalka Oy:ltä (Y-tunnus " + cust("C-4203")["org_no"] + "):\n\n"
            "– työterveystarkastukset (TT10): 7 kpl, 1.–11.6.2027\n"
            "– työpaikkaselvitys Hervannan työmaalla (TT20): 3,5 h, 9.6.2027\n\n"
            "Viitteenne: HR Satu Niemi\nTilausnumero: PO-88410" + SIG_TTH.format(n="Katja Heinonen"))
    m = _fi("tth_k", "Kivijalka kesäkuu", "Mon, 14 Jun 2027 12:12:12", body)
    return m, expect_requests("dash bullets, an inflected name with a Y-tunnus, a decimal comma, references", PLAIN, [
        request(cust("C-4203"), [line(TTH, "TT10", "7", ps="2027-06-01", pe="2027-06-11", skip=ND),
                                 line(TTH, "TT20", "3.5", ps="2027-06-09", skip=ND)], [], TTH,
                buyer="HR Satu Niemi", order="PO-88410")])


@case("u23_fi_tth_pdf_form_vaccinations")
def _u23() -> Any:
    html = ("<h1>Laskutuspyyntö – työterveyshuolto</h1><table><tr><th>Asiakas</th><td>Kuljetus Harju Oy</td></tr>"
            "<tr><th>Y-tunnus</th><td>" + cust("C-4204")["org_no"] + "</td></tr><tr><th>Viitteenne</th>"
            "<td>Kari Lind</td></tr><tr><th>Ajanjakso</th><td>1.5.–31.5.2027</td></tr></table><br>"
            "<table><thead><tr><th>Tuote</th><th>Palvelu</th><th>Määrä</th></tr></thead><tbody>"
            "<tr><td>TT30</td><td>Rokotus, puutiaisaivokuume</td><td class='num'>14</td></tr>"
            "<tr><td>TT10</td><td>Työterveystarkastus, kuljettajat</td><td class='num'>3</td></tr></tbody></table>"
            "<p>Lomakkeen täyttäjä: K. Heinonen, Pirkanmaan hyvinvointialue, Y-tunnus " + org(TTH) + "</p>")
    m = _fi("tth", "Laskutuspyyntö Kuljetus Harju 5/2027", "Tue, 15 Jun 2027 10:40:00",
            "Hei, laskutuspyyntö liitteenä.\n" + SIG_TTH.format(n="Työterveys laskutus"),
            attachments=[pdf("laskutuspyynto_harju_2027-05.pdf", html)])
    return m, expect_requests("PDF form with labelled fields and a table; the period for the whole request; the "
                              "agency's own Y-tunnus in the form", PLAIN, [
        request(cust("C-4204"), [line(TTH, "TT30", "14", desc="Rokotus, puutiaisaivokuume", ps="2027-05-01",
                                      pe="2027-05-31"),
                                 line(TTH, "TT10", "3", desc="Työterveystarkastus, kuljettajat", ps="2027-05-01",
                                      pe="2027-05-31")], [], TTH, buyer="Kari Lind")])


@case("u24_fi_tth_price_range")
def _u24() -> Any:
    body = ("Hei,\n\nPirkan Konepaja Oy, asiakasnro C-4206: erikoislääkärin konsultaatio (TT90) 1 kpl, "
            "10.6.2027. Hinta on 180–220 € käynnin kestosta riippuen, tarkistan lääkäriltä kumpi."
            + SIG_TTH.format(n="Katja Heinonen"))
    m = _fi("tth_k", "Konepaja konsultaatio", "Wed, 16 Jun 2027 14:05:33", body)
    return m, expect_requests("a price range for an unpriced article: price asked", ASK, [
        request(cust("C-4206"), [line(TTH, "TT90", "1", None, ps="2027-06-10", skip=ND)],
                ["lines[0].unit_price"], TTH)])


@case("u25_fi_tth_out_of_office_midsummer")
def _u25() -> Any:
    body = ("Olen kesälomalla 14.6.–2.7.2027. Juhannuksen jälkeen kiireellisissä laskutusasioissa ota yhteyttä "
            "osoitteeseen tyoterveys.laskutus@pirha-demo.fi.\n\nKatja Heinonen\n")
    m = _fi("tth_k", "Automaattinen vastaus: [REQ-7MX4Q] Puuttuvia tietoja laskutuspyynnöstä",
            "Mon, 14 Jun 2027 07:00:02", body,
            headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-7MX4Q.1@palvelukeskus.fi>"})
    return m, expect_unknown("out-of-office answer to a question mail, token in the subject", OTHER,
                             token_checked=False)


@case("u26_fi_tth_reply_chain_quote_has_old_count")
def _u26() -> Any:
    body = ("Hei,\n\nalla asiakkaan vahvistus. Laskuttakaa Rakennus Kivijalka Oy:ltä (asiakasnro C-4203) "
            "ensiapukoulutus EA1 (TT40), 12 osallistujaa, pidetty 14.6.2027. Viitteenne: Satu Niemi.\n\nKatja\n\n"
            "ti 15.6.2027 klo 10.14 Satu Niemi <satu.niemi@kivijalka-demo.fi> kirjoitti:\n"
            "> Hei Katja,\n> koulutukseen osallistui 12 henkilöä, yksi peruutti viime hetkellä (ilmoittautuneita\n"
            "> oli 13). Laskun voi lähettää.\n> Satu\n")
    m = _fi("tth_k", "Vs: EA1-koulutus 14.6.", "Tue, 15 Jun 2027 11:02:50", body)
    return m, expect_requests("a Finnish-client reply chain; the request on top, the quote holds an older count",
                              PLAIN, [
        request(cust("C-4203"), [line(TTH, "TT40", "12", ps="2027-06-14", skip=ND)], [], TTH,
                buyer="Satu Niemi")])


@case("u27_fi_erik_semicolon_csv_two_customers")
def _u27() -> Any:
    h, k = cust("C-4204")["org_no"], cust("C-4205")["org_no"]
    csv = ("Lupanumero;Y-tunnus;Asiakas;Tuote;Määrä;Myönnetty\n"
           f"EKL-27-1140;{h};Kuljetus Harju Oy;EK10;1;2.6.2027\n"
           f"EKL-27-1152;{k};Nosturi Mäkelä Oy;EK20;1;3.6.2027\n"
           f"EKL-27-1161;{h};Kuljetus Harju Oy;EK10;1;7.6.2027\n"
           f"EKL-27-1163;{h};Kuljetus Harju Oy;EK30;2,5;7.6.2027\n")
    m = _fi("erik", "Myönnetyt luvat 1.–11.6.", "Mon, 14 Jun 2027 08:00:00",
            "Hei,\n\nkesäkuun alun myönnetyt luvat laskutettavaksi, ks. liite.\n" + SIG_ERIK,
            attachments=[text_att("luvat_2027-06_1.csv", csv)])
    return m, expect_requests("semicolon CSV, decimal comma, Finnish dates, two customers grouped", PLAIN, [
        request(cust("C-4204"), [line(ERIK, "EK10", "1", ps="2027-06-02", skip=ND),
                                 line(ERIK, "EK10", "1", ps="2027-06-07", skip=ND),
                                 line(ERIK, "EK30", "2.5", ps="2027-06-07", skip=ND)], [], ERIK),
        request(cust("C-4205"), [line(ERIK, "EK20", "1", ps="2027-06-03", skip=ND)], [], ERIK)])


@case("u28_fi_erik_new_customer_einvoice_address")
def _u28() -> Any:
    yt = fi_yt("3320741")
    body = ("Hei,\n\nuusi asiakas: Erikoiskuljetus Väre Oy, Y-tunnus " + yt + "\nVerkkolaskuosoite: 0037"
            + yt.replace("-", "") + "\nVälittäjä: Maventa (003721291126)\n\nLaskutettavaa:\n"
            "- määräaikainen erikoiskuljetuslupa (EK20) 1 kpl, voimassa kesäkuusta elokuuhun 2027\n"
            "- reittiselvitys (EK30) 2 h, tehty 16.6.2027\n" + SIG_ERIK)
    m = _fi("erik", "Uusi asiakas Väre", "Wed, 16 Jun 2027 15:15:15", body)
    return m, expect_requests("new customer with a Y-tunnus and an e-invoice address: nothing asked; an inflected "
                              "month range", PLAIN, [
        request(new_cust("Erikoiskuljetus Väre Oy", yt, "FI"),
                [line(ERIK, "EK20", "1", ps="2027-06-01", pe="2027-08-31", skip=ND),
                 line(ERIK, "EK30", "2", ps="2027-06-16", skip=ND)], [], ERIK)])


@case("u29_fi_erik_bad_ytunnus")
def _u29() -> Any:
    body = ("Hei,\n\nlaskuttakaa Kuljetusliike Vuorela Oy, Y-tunnus " + bad_check(fi_yt("1893346")) + ": "
            "kaksi kertalupaa (EK10), myönnetty 18.6.\n" + SIG_ERIK)
    m = _fi("erik", "Vuorela kertaluvat", "Fri, 18 Jun 2027 09:09:09", body)
    return m, expect_requests("a Y-tunnus failing its check digit, a name not in the register: org_no asked; a "
                              "date without a year", ASK, [
        request(new_cust("Kuljetusliike Vuorela Oy", None, None),
                [line(ERIK, "EK10", "2", ps="2027-06-18", skip=ND)], ["customer.org_no"], ERIK)])


@case("u30_fi_erik_twin_names")
def _u30() -> Any:
    body = ("Hei,\n\nAsiakas: Raskaskuljetus Lindroos\n- kertalupa (EK10) 1 kpl, Naantali–Pori 17.6.2027\n"
            "- reittiselvitys (EK30) 1,5 h samalle kuljetukselle\n\nAsiakasnumeroa en löytänyt.\n" + SIG_ERIK)
    m = _fi("erik", "Lindroos 17.6.", "Thu, 17 Jun 2027 16:40:00", body)
    return m, expect_requests("a name matching both Raskaskuljetus Lindroos Oy and Ab: org_no asked",
                              ASK, [
        request(new_cust("Raskaskuljetus Lindroos", None, None),
                [line(ERIK, "EK10", "1", ps="2027-06-17", skip=ND), line(ERIK, "EK30", "1.5", ps="2027-06-17",
                                                                         skip=ND)],
                ["customer.org_no"], ERIK)])
