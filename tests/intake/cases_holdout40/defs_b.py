"""Fortieth held-out set (written blind), part B: the Finnish agencies' ordinary April mail — a city water
utility, a regional council's translation desk, a state prison's workshop sales. A private house owner by hetu, a
quoted comma CSV with decimal commas and an inflected month ("maaliskuulta"), a customer with a colon case ending,
a PDF order from a new customer with an e-invoice address, an HTML table with partitive month names, an XLSX with
a price-list sheet, a Finnish-client forward, week ranges; the must-ask ones (twin names, an approximate price, an
interpretation without a price, a count still to be checked) and a payment advice and a status question."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, fi_yt
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

from .kit40 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_AILA,
    KAAN,
    MARCH,
    ND,
    OTHER,
    PLAIN,
    RVESI,
    VANK,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_VESI = ("\n\nYstävällisin terveisin\n{n}\nRovaniemen Vesi -liikelaitos\nTeollisuustie 3, 96320 Rovaniemi\n"
            "Asiakaspalvelu 016 322 6500 | Y-tunnus " + org(RVESI) + "\n")
SIG_KAAN = ("\n\nTerveisin\n{n}\nkäännöskoordinaattori\nPohjois-Pohjanmaan liitto | Isokatu 16, 90100 Oulu\n"
            "puh. 040 182 5520\n\nTämä viesti ja sen liitteet voivat sisältää luottamuksellista tietoa. Jos viesti "
            "on tullut sinulle erehdyksessä, ilmoita lähettäjälle ja poista viesti.\n")
SIG_VANK = ("\n\nYstävällisesti\n{n}\ntyönjohtaja, Kylmäkosken vankila\nRikosseuraamuslaitos, Y-tunnus "
            + org(VANK) + "\npuh. 029 56 84 200\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("t17_fi_vesi_private_hetu_meter_no_year")
def _t17() -> Any:
    body = ("Hei,\n\nlaskutettavat työt kiinteistöllä Rovastinkatu 7, tehty torstaina 1.4.:\n"
            "- vesimittarin vaihto (VS10) 1 kpl\n- sulkuventtiilin sulku ja avaus (VS40) 2 kpl\n\n"
            "Asiakas: Aila Korhonen, hetu " + HETU_AILA + "\nLasku paperisena kotiosoitteeseen."
            + SIG_VESI.format(n="Marko Heikkilä"))
    m = _fi("vesi_m", "Mittarinvaihto Rovastinkatu 7", "Mon, 05 Apr 2027 12:30:08", body)
    return m, expect_requests("a registered private person by hetu; one date without a year for both lines", PLAIN, [
        request(cust("C-4104"), [line(RVESI, "VS10", "1", ps="2027-04-01", skip=ND),
                                 line(RVESI, "VS40", "2", ps="2027-04-01", skip=ND)], [], RVESI)])


@case("t18_fi_vesi_quoted_csv_site_water_inflected_month")
def _t18() -> Any:
    yt = cust("C-4102")["org_no"]
    csv = ('"Asiakas","Y-tunnus","Tuote","Selite","Määrä","Yksikkö"\n'
           '"Rovaniemen Rakennus Oy","' + yt + '","VS30","Työmaavesi, Valtakatu 30, mittari 1","412,5","m3"\n'
           '"Rovaniemen Rakennus Oy","' + yt + '","VS30","Työmaavesi, Koskikatu 9, mittari 2","96","m3"\n'
           '"Rovaniemen Rakennus Oy","' + yt + '","VS40","Venttiilin sulku, Koskikatu 9","1","kpl"\n')
    m = _fi("vesi", "Työmaavedet 3/2027", "Tue, 06 Apr 2027 09:45:17",
            "Hei,\n\ntyömaavesien laskutusaineisto maaliskuulta 2027 liitteenä.\n"
            + SIG_VESI.format(n="Asiakaspalvelu"),
            attachments=[text_att("tyomaavedet_2027_03.csv", csv)])
    return m, expect_requests("quoted comma CSV with decimal commas; a twin resolved by its Y-tunnus; the month "
                              "in the ablative ('maaliskuulta') for every line", PLAIN, [
        request(cust("C-4102"), [line(RVESI, "VS30", "412.5", desc="Työmaavesi, Valtakatu 30, mittari 1",
                                      ps=MARCH[0], pe=MARCH[1]),
                                 line(RVESI, "VS30", "96", desc="Työmaavesi, Koskikatu 9, mittari 2",
                                      ps=MARCH[0], pe=MARCH[1]),
                                 line(RVESI, "VS40", "1", desc="Venttiilin sulku, Koskikatu 9", ps=MARCH[0],
                                      pe=MARCH[1])], [], RVESI)])


@case("t19_fi_vesi_twin_names_no_ytunnus")
def _t19() -> Any:
    body = ("Moi,\n\nRovaniemen Rakennus tilasi talousvesinäytteet (VS20) Ounasvaaran työmaalta: 3 kpl, otettu "
            "30.3.2027. Tulokset lähetetty työmaalle." + SIG_VESI.format(n="Marko Heikkilä"))
    m = _fi("vesi_m", "Vesinäytteet Ounasvaara", "Tue, 06 Apr 2027 14:02:40", body)
    return m, expect_requests("a name matching both Rovaniemen Rakennus Oy and Ky, no number: org_no asked", ASK, [
        request(new_cust("Rovaniemen Rakennus", None, None), [line(RVESI, "VS20", "3", ps="2027-03-30", skip=ND)],
                ["customer.org_no"], RVESI)])


@case("t20_fi_vesi_connection_approx_price_week")
def _t20() -> Any:
    body = ("Hei,\n\nAs Oy Rovaniemen Ounasrinne (Y-tunnus " + cust("C-4101")["org_no"] + "): liittymätyö VS90, "
            "1 kpl, tehty viikolla 13. Hinta on noin 3 500 € + alv, tarkka summa selviää kun urakoitsijan lasku "
            "tulee." + SIG_VESI.format(n="Marko Heikkilä"))
    m = _fi("vesi_m", "Liittymätyö Ounasrinne", "Wed, 07 Apr 2027 08:20:11", body)
    return m, expect_requests("'As Oy' for the registered 'Asunto Oy', resolved by Y-tunnus; an approximate price "
                              "('noin'): asked; a week number as the period", ASK, [
        request(cust("C-4101"), [line(RVESI, "VS90", "1", None, ps="2027-03-29", pe="2027-04-04", skip=ND)],
                ["lines[0].unit_price"], RVESI)])


@case("t21_fi_vesi_forwarded_maksuilmoitus_credit")
def _t21() -> Any:
    r1, r2 = fi_ref("2703114"), fi_ref("2703190")
    body = ("Hei,\n\nalla Napapiirin Matkailun maksuilmoitus tiedoksi reskontraan.\n\n"
            "---------- Välitetty viesti ----------\nLähettäjä: Napapiirin Matkailu Oy "
            "<reskontra@napapiirinmatkailu.fi>\nPäivämäärä: ti 6.4.2027 klo 10.31\nAihe: Maksuilmoitus\n"
            "Vastaanottaja: asiakaspalvelu@rovaniemenvesi-demo.fi\n\n"
            "MAKSUILMOITUS\nMaksaja: Napapiirin Matkailu Oy (Y-tunnus " + cust("C-4105")["org_no"] + ")\n"
            "Maksupäivä: 6.4.2027\n\nLaskunro    Viitenumero        Summa EUR\n"
            "2703114     " + r1[:2] + " " + r1[2:] + "         1 862,40\n"
            "2703190     " + r2[:2] + " " + r2[2:] + "           412,00\n"
            "2703201     hyvityslasku          -145,00\n"
            "Yhteensä                        2 129,40\n" + SIG_VESI.format(n="Asiakaspalvelu"))
    m = _fi("vesi", "VL: Maksuilmoitus", "Wed, 07 Apr 2027 11:05:00", body)
    return m, expect_advice("a forwarded Finnish payment advice with a credit note deducted; the utility's own "
                            "Y-tunnus is no payer's", OTHER,
                            {"name": "Napapiirin Matkailu Oy", "org_no": cust("C-4105")["org_no"]}, "2027-04-06",
                            "2129.40", "EUR", [("2703114", r1, "1862.40"), ("2703190", r2, "412.00"),
                                               ("2703201", None, "-145.00")])


@case("t22_fi_kaan_prose_colon_case_ending")
def _t22() -> Any:
    body = ("Hei,\n\nOulun Vientipalvelut Oy:lle laskutetaan vientiasiakirjojen käännös englanniksi: 14 sivua "
            "(KK10) sekä pikalisä (KK40) 1 kpl. Käännös toimitettiin 6. huhtikuuta 2027.\n\n"
            "Viitteenne: Tiina Kurttila\nTilausnumero: OV-2027-118" + SIG_KAAN.format(n="Sanna Väisänen"))
    m = _fi("kaan_s", "Laskutus: Oulun Vientipalvelut", "Wed, 07 Apr 2027 13:22:05", body)
    return m, expect_requests("a name with ':lle', a day with a partitive month name, both references", PLAIN, [
        request(cust("C-4106"), [line(KAAN, "KK10", "14", ps="2027-04-06", skip=ND),
                                 line(KAAN, "KK40", "1", ps="2027-04-06", skip=ND)], [], KAAN,
                buyer="Tiina Kurttila", order="OV-2027-118")])


@case("t23_fi_kaan_pdf_order_new_customer_einvoice")
def _t23() -> Any:
    yt = fi_yt("3124650")
    html = ("<h1>Käännöstilaus</h1><table><tr><th>Tilaaja</th><td>Kuusamon Luontomatkat Oy</td></tr>"
            "<tr><th>Y-tunnus</th><td>" + yt + "</td></tr>"
            "<tr><th>Verkkolaskuosoite</th><td>0037" + yt.replace("-", "") + "</td></tr>"
            "<tr><th>Välittäjä</th><td>E204503</td></tr><tr><th>Viitteenne</th><td>Jari Kämäräinen</td></tr>"
            "<tr><th>Toimitusaika</th><td>22.–26.3.2027</td></tr></table><p></p>"
            "<table><thead><tr><th>Tuote</th><th>Työ</th><th>Määrä</th><th>Yksikkö</th></tr></thead><tbody>"
            "<tr><td>KK10</td><td>Esitteen käännös saksaksi</td><td class='num'>22</td><td>sivua</td></tr>"
            "<tr><td>KK20</td><td>Tarkistusluku</td><td class='num'>3</td><td>h</td></tr></tbody></table>")
    m = _fi("kaan", "Uusi asiakas: Kuusamon Luontomatkat", "Thu, 08 Apr 2027 09:10:44",
            "Hei,\n\nuusi asiakas, tiedot ja rivit liitteenä olevassa tilauslomakkeessa.\n"
            + SIG_KAAN.format(n="Käännöspalvelu"),
            attachments=[pdf("kaannostilaus_kuusamo.pdf", html)])
    return m, expect_requests("a new customer in a PDF with an e-invoice (OVT) address: nothing asked; a day "
                              "range for both lines", PLAIN, [
        request(new_cust("Kuusamon Luontomatkat Oy", yt, "FI"),
                [line(KAAN, "KK10", "22", desc="Esitteen käännös saksaksi", ps="2027-03-22", pe="2027-03-26"),
                 line(KAAN, "KK20", "3", desc="Tarkistusluku", ps="2027-03-22", pe="2027-03-26")], [], KAAN,
                buyer="Jari Kämäräinen")])


@case("t24_fi_kaan_interpretation_no_price")
def _t24() -> Any:
    body = ("Hei,\n\nKalajoen kaupunki, asiakasnumero C-4107: tulkkaus (KK30) kaupunginvaltuuston kokouksessa "
            "huhtikuun 1. päivänä, 4 tuntia. Tulkkauksella ei ole hinnastohintaa ja tulkin tuntihinta on vielä "
            "sopimatta, ilmoitan sen kun tiedän." + SIG_KAAN.format(n="Sanna Väisänen"))
    m = _fi("kaan_s", "Tulkkaus valtuusto 1.4.", "Thu, 08 Apr 2027 14:40:00", body)
    return m, expect_requests("an unpriced article and no price: price asked; 'huhtikuun 1. päivänä' without a "
                              "year", ASK, [
        request(cust("C-4107"), [line(KAAN, "KK30", "4", None, ps="2027-04-01", skip=ND)],
                ["lines[0].unit_price"], KAAN)])


@case("t25_fi_kaan_status_question")
def _t25() -> Any:
    body = ("Hei,\n\nonko maaliskuun käännöslasku Oulun Vientipalveluille jo lähtenyt? Heiltä kysyttiin "
            "eräpäivää. Summan pitäisi olla noin 1 200 euroa.\n" + SIG_KAAN.format(n="Sanna Väisänen"))
    m = _fi("kaan_s", "Onko lasku lähtenyt?", "Fri, 09 Apr 2027 10:15:30", body)
    return m, expect_unknown("a question about an earlier invoice: nothing to invoice", OTHER)


@case("t26_fi_kaan_html_table_partitive_months")
def _t26() -> Any:
    rows = [("3. maaliskuuta", "KK10", "Kaavaselostus, ruotsinnos", "9 sivua"),
            ("12. maaliskuuta", "KK20", "Tiedotteen tarkistusluku", "1,5 h"),
            ("24. maaliskuuta", "KK10", "Tiedote, englanti", "2 sivua")]
    text = ("Hei,\n\nKalajoen kaupungin (Y-tunnus " + cust("C-4107")["org_no"] + ") maaliskuun työt:\n\n"
            + "\n".join(f"{d}  {c}  {t}  {q}" for d, c, t, q in rows)
            + "\n\nViitteenne: kaavoitus / Mirja Ojala" + SIG_KAAN.format(n="Sanna Väisänen"))
    html = ("<p>Hei,</p><p>Kalajoen kaupungin (Y-tunnus " + cust("C-4107")["org_no"] + ") maaliskuun työt:</p>"
            "<table border='1' cellspacing='0'><tr><th>Pvm</th><th>Tuote</th><th>Työ</th><th>Määrä</th></tr>"
            + "".join(f"<tr><td>{d}</td><td>{c}</td><td>{t}</td><td>{q}</td></tr>" for d, c, t, q in rows)
            + "</table><p>Viitteenne: kaavoitus / Mirja Ojala</p><p>Terveisin<br>Sanna Väisänen</p>")
    m = _fi("kaan_s", "Kalajoki maaliskuu", "Tue, 06 Apr 2027 15:55:21", text, html=html)
    return m, expect_requests("text and HTML alternatives of one table; dates with partitive month names and no "
                              "year, each row its own date", PLAIN, [
        request(cust("C-4107"), [line(KAAN, "KK10", "9", desc="Kaavaselostus, ruotsinnos", ps="2027-03-03"),
                                 line(KAAN, "KK20", "1.5", desc="Tiedotteen tarkistusluku", ps="2027-03-12"),
                                 line(KAAN, "KK10", "2", desc="Tiedote, englanti", ps="2027-03-24")], [], KAAN,
                buyer="kaavoitus / Mirja Ojala")])


@case("t27_fi_vank_xlsx_laundry_price_list_sheet")
def _t27() -> Any:
    rows = [["Kylmäkosken vankilan pesula – Urjalan Hoivakoti Oy – maaliskuu 2027", None, None, None],
            ["Tuote", "Selite", "kg", "Huom."],
            ["VP20", "Liinavaatteet", 842.5, None], ["VP20", "Työvaatteet", 318, None],
            ["VP20", "Asukkaiden pyykki", 24, "erillispesu"], [None, "Yhteensä", 1184.5, None]]
    prices = [["Hinnasto 2027 (alv 0 %)", None, None],
              ["Tuote", "Nimike", "Hinta"], ["VP10", "Puutarhapenkki", 240], ["VP20", "Pesulapalvelu / kg", 3.8],
              ["VP30", "Kokoonpanotunti", 28]]
    m = _fi("vank", "Pesula maaliskuu / Urjalan Hoivakoti", "Mon, 05 Apr 2027 10:48:36",
            "Hei,\n\nUrjalan Hoivakoti Oy:n maaliskuun pesut liitteenä (välilehti Pesula).\n"
            + SIG_VANK.format(n="Työtoiminta"),
            attachments=[xlsx("pesula_2027_03.xlsx", [("Pesula", rows, ["A1:D1"]), ("Hinnasto", prices, [])])])
    return m, expect_requests("XLSX: a merged title with customer and month, a total row, and a price-list sheet "
                              "that holds no lines", PLAIN, [
        request(cust("C-4109"), [line(VANK, "VP20", "842.5", desc="Liinavaatteet", ps=MARCH[0], pe=MARCH[1]),
                                 line(VANK, "VP20", "318", desc="Työvaatteet", ps=MARCH[0], pe=MARCH[1]),
                                 line(VANK, "VP20", "24", desc="Asukkaiden pyykki", ps=MARCH[0], pe=MARCH[1])],
                [], VANK)])


@case("t28_fi_vank_benches_count_to_be_checked")
def _t28() -> Any:
    body = ("Hei,\n\nUrjalan Huonekalu Oy:lle toimitettiin eilen 7.4. puutarhapenkkejä (VP10). Kappalemäärä "
            "tarkistetaan vielä varastokirjanpidosta, kuormakirjassa lukee käsin \"n. 30\". Palaan asiaan."
            + SIG_VANK.format(n="Juha Lehtonen"))
    m = _fi("vank_j", "Penkit Urjalan Huonekalulle", "Thu, 08 Apr 2027 07:52:10", body)
    return m, expect_requests("a count still to be checked ('n. 30'): quantity asked; the register price stands",
                              ASK, [
        request(cust("C-4108"), [line(VANK, "VP10", None, ps="2027-04-07", skip=ND)], ["lines[0].quantity"],
                VANK)])


@case("t29_fi_vank_client_forward_fixed_price")
def _t29() -> Any:
    body = ("Hei,\n\nalla seurakuntayhtymän tilaus. Penkit kunnostettiin ja toimitettiin 31.3.2027. "
            "Laskutetaan erikoistilauksena (VP90), kiinteä hinta 1 450,00 € + alv 25,5 %.\n"
            + SIG_VANK.format(n="Juha Lehtonen")
            + "\n-------- Alkuperäinen viesti --------\nAihe: Tilaus: kirkonpenkkien kunnostus\n"
            "Päivämäärä: 2.3.2027 10:14\nLähettäjä: Heikki Rinne <heikki.rinne@sastamalanseurakunnat-demo.fi>\n"
            "Vastaanottaja: juha.lehtonen@rikosseuraamus-demo.fi\n\n"
            "Hei Juha,\n\ntilaamme sovitusti kuuden kirkonpenkin kunnostuksen Tyrvään kirkkoon.\n"
            "Laskutus: Sastamalan seurakuntayhtymä\nTilausnumero: SRK-2027-07\nLaskulle viitteeksi: Heikki Rinne\n\n"
            "Siunattua kevättä,\nHeikki Rinne\nkiinteistöpäällikkö\n")
    m = _fi("vank_j", "VS: Tilaus: kirkonpenkkien kunnostus", "Fri, 09 Apr 2027 13:30:00", body)
    return m, expect_requests("a Finnish-client forward: price and date above, customer and references in the "
                              "original; 'kiinteä hinta' is quantity 1 (six benches are not the quantity)", PLAIN, [
        request(cust("C-4110"), [line(VANK, "VP90", "1", "1450.00", vat="25.5", ps="2027-03-31", skip=ND)], [],
                VANK, buyer="Heikki Rinne", order="SRK-2027-07")])


@case("t30_fi_vank_assembly_hours_week_range")
def _t30() -> Any:
    body = ("Hei!\n\nUrjalan Huonekalu Oy (Y-tunnus " + cust("C-4108")["org_no"] + "), alihankinta viikoilla "
            "12–13: kokoonpanotunteja yhteensä 126 h (VP30).\nTilausnumero 4500123"
            + SIG_VANK.format(n="Juha Lehtonen"))
    m = _fi("vank_j", "Kokoonpano vk 12-13", "Tue, 06 Apr 2027 12:12:12", body)
    return m, expect_requests("a range of week numbers as the period (Monday of the first to Sunday of "
                              "the last); the register price", PLAIN, [
        request(cust("C-4108"), [line(VANK, "VP30", "126", ps="2027-03-22", pe="2027-04-04", skip=ND)], [], VANK,
                order="4500123")])
