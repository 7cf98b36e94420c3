"""Forty-third held-out set (written blind), part B: the Finnish agencies' systems — the city's sports-facility
booking (a booking report with cancelled rows for two customers, an e-service form with key: value lines and an
empty third row, legal-form twins by name, an XLSX with merged headers and subtotals per customer, a new company
with an e-invoice address in a forwarded reply, an approximate lane-hour count, a forwarded PDF maksuerittely)
and the state IT centre's expert services (a Latin-9 TSV from time reporting with a billable flag, a PDF billing
appendix with VAT rows, an unpriced licence, a bad Y-tunnus, a time-reporting reminder that is no request, a reply
chain whose quote holds the first estimate, an ERP billing proposal forwarded with its approval)."""
from __future__ import annotations

import datetime as dt
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

from .kit43 import (
    ASK,
    CENTRE_FI,
    FI_TZ,
    ND,
    OCT,
    OTHER,
    OUTV,
    PERIOD,
    PLAIN,
    VALT,
    W,
    case,
    cust,
    line,
    onum,
    org,
    pay,
    request,
)

SIG_OUTV = ("\n\nYstävällisin terveisin\n{n}\nLiikunnan tilavaraukset | Oulun kaupunki\nY-tunnus " + org(OUTV)
            + " | puh. 08 558 40000\nPL 36, 90015 Oulun kaupunki\n")
SIG_VALT = ("\n\nTerveisin\n{n}\nAsiantuntijapalvelut | Valtion tietopalvelukeskus\nY-tunnus " + org(VALT)
            + " | IBAN " + pay(VALT) + "\nVuorikatu 14, 00100 Helsinki | vaihde 0295 123 000\n"
            "Tämä viesti voi sisältää luottamuksellista tietoa. Jos sait viestin erehdyksessä, ilmoita "
            "lähettäjälle ja poista viesti.\n")
D = dt.date


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_TZ}", body, to=CENTRE_FI, **kw)


@case("w17_fi_outv_booking_report_two_customers_cancelled")
def _w17() -> Any:
    rows = [("43201", "Oulun Luistinseura ry", "V-88102", "2.10.2027", "16.00–18.00", "Raksilan jäähalli, kaukalo 2",
             "TV40", "2", "Vahvistettu", "K"),
            ("43202", "Kiiminkijoen Uimarit ry", "V-88140", "5.10.2027", "6.00–7.30", "Raksilan uimahalli, radat 1–2",
             "TV20", "3", "Vahvistettu", "K"),
            ("43201", "Oulun Luistinseura ry", "V-88103", "9.10.2027", "16.00–18.00", "Raksilan jäähalli, kaukalo 2",
             "TV40", "2", "Peruttu", "E"),
            ("43201", "Oulun Luistinseura ry", "V-88104", "16.10.2027", "16.00–17.30", "Raksilan jäähalli, kaukalo 2",
             "TV40", "1,5", "Vahvistettu", "K"),
            ("43202", "Kiiminkijoen Uimarit ry", "V-88141", "12.10.2027", "6.00–7.30", "Raksilan uimahalli, radat 1–2",
             "TV20", "3", "Vahvistettu", "K"),
            ("43202", "Kiiminkijoen Uimarit ry", "V-88142", "19.10.2027", "6.00–7.30", "Raksilan uimahalli, radat 1–2",
             "TV20", "3", "Vahvistettu", "K")]
    csv = ("Timmi 4.2 – Laskutusraportti;;;;;;;;;\nAjalta 1.10.2027–31.10.2027;;;;;;;;;\n"
           "Asiakasnro;Asiakas;Varaus;Pvm;Klo;Kohde;Tuote;Tunnit;Tila;Laskutetaan\n"
           + "".join(";".join(r) + "\n" for r in rows) + ";;;;;;Yhteensä;14,5;;\n")
    body = ("Hei,\n\nliitteenä lokakuun laskutettavat vuorot Timmistä. Peruttuja vuoroja ei laskuteta (sarake "
            "Laskutetaan = E). Uimareiden ratatunnit on laskettu ratakohtaisesti, 1,5 h × 2 rataa = 3."
            + SIG_OUTV.format(n="Henna Kauppila"))
    m = _fi("outv_h", "Lokakuun vuorot / Timmi", "Mon, 01 Nov 2027 09:03:27", body,
            attachments=[text_att("timmi_laskutus_2027-10.csv", csv)])

    def ls(n: str) -> list[dict[str, Any]]:
        d = [(r[3].split(".")) for r in rows if r[0] == n and r[9] == "K"]
        q = [r[7].replace(",", ".") for r in rows if r[0] == n and r[9] == "K"]
        art = "TV40" if n == "43201" else "TV20"
        return [line(OUTV, art, qi, ps=f"{y}-{mo.zfill(2)}-{dd.zfill(2)}", skip=ND) for (dd, mo, y), qi in zip(d, q)]
    return m, expect_requests("booking report (UTF-8, semicolons, two system header rows) for two customers; a "
                              "cancelled booking (Laskutetaan = E) left out; a total row; day.month.year dates",
                              PLAIN, [request(cust("43201"), ls("43201"), [], OUTV),
                                      request(cust("43202"), ls("43202"), [], OUTV)])


@case("w18_fi_outv_eservice_form_key_value")
def _w18() -> Any:
    body = ("Tämä viesti on lähetetty Oulun kaupungin sähköisen asioinnin lomakkeelta.\n\n"
            "Lomake: Laskutuspyyntö, tilavaraukset\nLomakkeen tunnus: 2027-1103-0031\nLähettäjä: Henna Kauppila, "
            "tilavaraukset\nLähetetty: 3.11.2027 klo 9.41\n\n--- Asiakas ---\nAsiakkaan nimi: Pohjolan Tapahtumat "
            "Oy\nY-tunnus: " + onum("43203") + "\nAsiakasnumero: \nViitteenne: Sanna Kivelä\nTilausnumero: "
            "PT-2027-118\n\n--- Rivi 1 ---\nTuotekoodi: TV30\nKuvaus: Kokoustila Lumme, messujen info\nMäärä: 6\n"
            "Yksikkö: h\nAjankohta: 23.10.2027\n\n--- Rivi 2 ---\nTuotekoodi: TV50\nKuvaus: Siivouslisä\nMäärä: 1\n"
            "Yksikkö: kpl\nAjankohta: 23.10.2027\n\n--- Rivi 3 ---\nTuotekoodi: \nKuvaus: \nMäärä: \nYksikkö: \n"
            "Ajankohta: \n\nLiitteet: ei liitteitä\n\nÄlä vastaa tähän viestiin. Oulun kaupunki, sähköinen "
            "asiointi.\n")
    m = _fi("outv_form", "Lomake: Laskutuspyyntö – tilavaraus (2027-1103-0031)", "Wed, 03 Nov 2027 09:41:12",
            body)
    return m, expect_requests("e-service form mail with key: value lines, an empty customer-number field and an "
                              "empty third row; the Oy twin resolved by its Y-tunnus", PLAIN, [
        request(cust("43203"), [line(OUTV, "TV30", "6", desc="Kokoustila Lumme, messujen info", ps="2027-10-23"),
                                line(OUTV, "TV50", "1", desc="Siivouslisä", ps="2027-10-23")], [], OUTV,
                buyer="Sanna Kivelä", order="PT-2027-118")])


@case("w19_fi_outv_legal_form_twins_by_name")
def _w19() -> Any:
    body = ("Hei,\n\nPohjolan Tapahtumat vuokrasi Raksilan jäähallin (TV40) lauantaina 30.10. klo 10–14 "
            "yleisöluistelutapahtumaa varten, eli 4 tuntia.\n\nVarauksessa oli pelkkä nimi. Rekisterissä on sekä "
            "Oy että Ky samalla nimellä, enkä tiedä kumpi tämä on – selvitän." + SIG_OUTV.format(n="Henna Kauppila"))
    m = _fi("outv_h", "Jäähalli 30.10.", "Tue, 02 Nov 2027 12:15:40", body)
    return m, expect_requests("a name matching both Pohjolan Tapahtumat Oy and Ky, no number: org_no asked; a "
                              "date without year", ASK, [
        request(new_cust("Pohjolan Tapahtumat", None, None), [line(OUTV, "TV40", "4", ps="2027-10-30", skip=ND)],
                ["customer.org_no"], OUTV)])


@case("w20_fi_outv_xlsx_merged_header_subtotals")
def _w20() -> Any:
    t, k = "Tuiran Tanssikoulu Oy", "Kiiminkijoen Uimarit ry"
    rows = [["Oulun kaupunki – Liikuntapalvelut – Laskutusraportti 10/2027"] + [None] * 7,
            ["Varaus", None, None, None, "Laskutus", None, None, None],
            ["Asiakasnro", "Asiakas", "Pvm", "Kohde", "Tuote", "Tunnit", "À-hinta €", "Summa €"],
            [43205, t, D(2027, 10, 6), "Liikuntasali Tuira", "TV10", 3, 28.0, 84.0],
            [43205, t, D(2027, 10, 13), "Liikuntasali Tuira", "TV10", 3, 28.0, 84.0],
            [43205, t, D(2027, 10, 20), "Liikuntasali Tuira", "TV10", 3, 28.0, 84.0],
            ["Välisumma", None, None, None, None, 9, None, 252.0],
            [43202, k, D(2027, 10, 24), "Raksilan uimahalli, kilpailut", "TV20", 8, 31.5, 252.0],
            [43202, k, D(2027, 10, 24), "Kilpailujen siivous", "TV50", 1, 80.0, 80.0],
            ["Välisumma", None, None, None, None, 9, None, 332.0],
            ["Yhteensä", None, None, None, None, 18, None, 584.0]]
    info = [["Raportin ajo 1.11.2027 5.30, käyttäjä timmi-batch"], ["Hinnat ilman arvonlisäveroa"]]
    body = ("Hei,\n\nlokakuun raportti liitteenä. Uimareiden kilpailuvuoroissa on seuran nuorisoalennus, hinnat "
            "kuten raportissa." + SIG_OUTV.format(n="Tilavaraukset"))
    m = _fi("outv", "Laskutusraportti 10/2027", "Mon, 01 Nov 2027 14:40:05", body,
            attachments=[xlsx("Laskutusraportti_10_2027.xlsx",
                              [("Raportti", rows, ["A1:H1", "A2:D2", "E2:H2"]), ("Tiedot", info, [])])])
    tl = [line(OUTV, "TV10", "3", "28.00", ps=f"2027-10-{d:02d}", skip=ND) for d in (6, 13, 20)]
    kl = [line(OUTV, "TV20", "8", "31.50", ps="2027-10-24", skip=ND),
          line(OUTV, "TV50", "1", "80.00", ps="2027-10-24", skip=ND)]
    return m, expect_requests("XLSX with a merged title and a merged two-row header, subtotal rows per customer and "
                              "a grand total, a discounted price written over the register's, an info sheet", PLAIN, [
        request(cust("43205"), tl, [], OUTV), request(cust("43202"), kl, [], OUTV)])


@case("w21_fi_outv_new_company_einvoice_in_forward")
def _w21() -> Any:
    yt = fi_yt("3118452")
    body = ("Hei,\n\nuusi asiakas, laskutustiedot alla asiakkaan viestissä. Laskutetaan kokoustila (TV30) 8 h ja "
            "tapahtumajärjestelyt (TV90) kiinteä hinta 350,00 €, molemmat 28.10.2027.\n\nHenna"
            + SIG_OUTV.format(n="Henna Kauppila") + "\n"
            "Lähettäjä: Ville Harju <ville@revontuliesports-demo.fi>\nLähetetty: maanantai 1. marraskuuta 2027 "
            "14.02\nVastaanottaja: Henna Kauppila <henna.kauppila@ouka-demo.fi>\nAihe: RE: Laskutustiedot\n\n"
            "Moi,\n\ntässä tiedot:\nRevontuli Esports Oy\nY-tunnus " + yt + "\nVerkkolaskuosoite 0037"
            + yt.replace("-", "") + "\nOperaattori: Maventa (003721291126)\n\nt. Ville\n\n> Hei Ville, "
            "tarvitsemme vielä laskutustiedot torstain turnauksesta.\n> Henna\n")
    m = _fi("outv_h", "VS: RE: Laskutustiedot", "Tue, 02 Nov 2027 08:12:55", body)
    cu = new_cust("Revontuli Esports Oy", yt, "FI")
    del cu["email"]  # the writer's own address in the quoted header: not checked
    return m, expect_requests("a new company whose Y-tunnus and e-invoice address (OVT) come in the customer's "
                              "quoted reply: no question; a fixed price for an unpriced article", PLAIN, [
        request(cu, [line(OUTV, "TV30", "8", ps="2027-10-28", skip=ND),
                     line(OUTV, "TV90", "1", "350.00", ps="2027-10-28", skip=ND)], [], OUTV)])


@case("w22_fi_outv_approximate_lane_hours")
def _w22() -> Any:
    body = ("Hei!\n\nKiiminkijoen Uimarit ry (asiakasnro 43202) käytti syysloman aikana 18.–22.10. ylimääräisiä "
            "ratavuoroja (TV20) noin 20 tuntia. Tarkka tuntimäärä tulee kassajärjestelmästä vasta ensi viikolla, "
            "mutta seura pyysi laskua jo nyt." + SIG_OUTV.format(n="Henna Kauppila"))
    m = _fi("outv_h", "Uimarit, syysloman lisävuorot", "Wed, 03 Nov 2027 10:27:18", body)
    return m, expect_requests("approximate quantity ('noin 20 tuntia'): asked; the register price stands", ASK, [
        request(cust("43202"), [line(OUTV, "TV20", None, ps="2027-10-18", pe="2027-10-22", skip=ND)],
                ["lines[0].quantity"], OUTV)])


@case("w23_fi_outv_forwarded_pdf_maksuerittely")
def _w23() -> Any:
    r1, r2, r3 = fi_ref("720441143"), fi_ref("720456282"), fi_ref("720399021")
    sp = " ".join
    items = [("7204411", r1, "296,00"), ("7204562", r2, "1 092,00"), ("Hyvityslasku 7203990", r3, "-56,00")]
    trs = "".join(f"<tr><td>{i}</td><td>{sp([r[:5], r[5:]])}</td><td class='num'>{a}</td></tr>" for i, r, a in items)
    html = ("<h1>Maksuerittely</h1><p>Maksaja: Oulun Luistinseura ry<br>Y-tunnus: " + onum("43201") + "<br>"
            "Maksupäivä: 29.10.2027<br>Saaja: Oulun kaupunki, " + pay(OUTV) + "</p><table><thead><tr>"
            "<th>Laskun numero</th><th>Viitenumero</th><th>Summa €</th></tr></thead><tbody>" + trs
            + "<tr><td colspan='2'><b>Yhteensä</b></td><td class='num'><b>1 332,00</b></td></tr></tbody></table>"
            "<p>Tulostettu taloushallinto-ohjelmasta 29.10.2027 klo 12.04.</p>")
    body = ("Hei reskontra,\n\nLuistinseura lähetti maksuerittelyn, välitän tiedoksi. Ei laskutettavaa."
            + SIG_OUTV.format(n="Henna Kauppila"))
    m = _fi("outv_h", "VL: Maksuerittely 29.10.", "Tue, 02 Nov 2027 15:50:30", body,
            attachments=[pdf("maksuerittely_20271029.pdf", html)])
    return m, expect_advice("forwarded PDF payment advice with grouped reference numbers and a credit note "
                            "deducted", OTHER, {"name": "Oulun Luistinseura ry", "org_no": onum("43201")},
                            "2027-10-29", "1332.00", "EUR",
                            [("7204411", r1, "296.00"), ("7204562", r2, "1092.00"), ("7203990", r3, "-56.00")])


@case("w24_fi_valt_latin9_tsv_time_report")
def _w24() -> Any:
    rows = [("4.10.2027", "Rautio Antti", "Arkkitehtuurityöpaja", "VT20", "4,0", "K"),
            ("4.10.2027", "Halonen Minna", "Arkkitehtuurityöpaja", "VT10", "4,0", "K"),
            ("11.10.2027", "Halonen Minna", "Rajapintamäärittely", "VT10", "7,5", "K"),
            ("12.10.2027", "Halonen Minna", "Sisäinen palaveri", "", "1,0", "E"),
            ("25.10.2027", "Rautio Antti", "Ohjausryhmä", "VT20", "2,0", "K")]
    tsv = ("Tuntikirjaukset - raportti\tAikaväli 1.10.2027-31.10.2027\t\t\t\t\t\n"
           "Asiakas: Kuluttajansuojakeskus (asiakasnro 43211)\t\t\t\t\t\t\n"
           "Pvm\tHenkilö\tProjekti\tTehtävä\tTuote\tTunnit\tLaskutettava\n"
           + "".join(f"{r[0]}\t{r[1]}\tKSK-27-03\t{r[2]}\t{r[3]}\t{r[4]}\t{r[5]}\n" for r in rows)
           + "\t\t\t\tYhteensä\t18,5\t\n")
    body = ("Hei,\n\nlokakuun tunnit Kuluttajansuojakeskukselle liitteenä, suoraan tuntikirjauksesta. "
            "Laskutettava = E -rivejä ei laskuteta.\n\nViitteenne: Jari Lepistö\nTilausnumero: KSK-HANK-2027-14"
            + SIG_VALT.format(n="Antti Rautio"))
    m = _fi("valt_a", "KSK lokakuu", "Mon, 01 Nov 2027 11:11:48", body,
            attachments=[text_att("tunnit_KSK_2027-10.tsv", tsv, encoding="iso-8859-15", subtype="plain")])

    def iso(d: str) -> str:
        dd, mo, y = d.split(".")
        return f"{y}-{mo.zfill(2)}-{dd.zfill(2)}"
    lines = [line(VALT, r[3], r[4].replace(",", "."), ps=iso(r[0]), skip=ND) for r in rows if r[5] == "K"]
    return m, expect_requests("ISO-8859-15 TSV from time reporting: header rows, a non-billable row without a "
                              "product (E), a total row; references in the covering note", PLAIN, [
        request(cust("43211"), lines, [], VALT, buyer="Jari Lepistö", order="KSK-HANK-2027-14")])


@case("w25_fi_valt_pdf_billing_appendix_vat_rows")
def _w25() -> Any:
    trs = [("VT10", "Asiantuntijatyö, SCADA-integraatio", "52,5", "h", "98,00", "5 145,00"),
           ("VT20", "Projektinhallinta", "12", "h", "112,00", "1 344,00"),
           ("VT40", "Matkapäivä Lappeenranta 19.–20.10.", "2", "kpl", "45,00", "90,00")]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in trs)
    html = ("<h1>Laskutusliite 10/2027</h1><p>Asiakas: Saimaan Vesi Oy<br>Y-tunnus: " + onum("43212") + "<br>"
            "Viitteenne: Tapio Rinne<br>Tilausnumero: 4500071236<br>Laskutuskausi: lokakuu 2027</p><table><thead>"
            "<tr><th>Tuote</th><th>Selite</th><th>Määrä</th><th>Yks.</th><th>À-hinta €</th><th>Yhteensä €</th>"
            "</tr></thead><tbody>" + rows + "<tr><td colspan='5'>Välisumma</td><td>6 579,00</td></tr>"
            "<tr><td colspan='5'>ALV 25,5 %</td><td>1 677,65</td></tr><tr><td colspan='5'><b>Yhteensä</b></td>"
            "<td><b>8 256,65</b></td></tr></tbody></table>")
    m = _fi("valt", "Laskutusliite 10/2027 Saimaan Vesi", "Tue, 02 Nov 2027 09:30:00",
            "Hei,\n\nSaimaan Veden lokakuu liitteenä. Hinnat sopimuksen mukaiset." + SIG_VALT.format(n="Laskutus"),
            attachments=[pdf("laskutusliite_SV_2027-10.pdf", html)])
    return m, expect_requests("PDF billing appendix: billing month for the request, a subtotal, a VAT row and a "
                              "total ignored (the travel line names its own days, so its period is not checked)",
                              PLAIN, [
        request(cust("43212"), [line(VALT, "VT10", "52.5", "98.00", desc=trs[0][1], ps=OCT[0], pe=OCT[1]),
                                line(VALT, "VT20", "12", "112.00", desc=trs[1][1], ps=OCT[0], pe=OCT[1]),
                                line(VALT, "VT40", "2", "45.00", desc=trs[2][1], skip=PERIOD)], [], VALT,
                buyer="Tapio Rinne", order="4500071236")])


@case("w26_fi_valt_unpriced_licence_pending")
def _w26() -> Any:
    body = ("Hei,\n\nKalevan Energia Oy:lle (asiakasnro 43213) laskutettavaa lokakuulta:\n\n"
            "• Asiantuntijatyö VT10 – 16 h\n• Ohjelmistolisenssi VT90 – 3 kpl (käyttäjälisenssit; hinta tarkentuu, "
            "kun toimittajan lasku tulee)\n\nViitteenne: Kaisa Mäntylä" + SIG_VALT.format(n="Minna Halonen"))
    m = _fi("valt_m", "Kalevan Energia 10/2027", "Tue, 02 Nov 2027 13:44:09", body)
    return m, expect_requests("bullets; an unpriced licence whose price is still open: asked; an inflected month "
                              "('lokakuulta') for the whole request", ASK, [
        request(cust("43213"), [line(VALT, "VT10", "16", ps=OCT[0], pe=OCT[1], skip=ND),
                                line(VALT, "VT90", "3", None, ps=OCT[0], pe=OCT[1], skip=ND)],
                ["lines[1].unit_price"], VALT, buyer="Kaisa Mäntylä")])


@case("w27_fi_valt_bad_ytunnus_new_customer")
def _w27() -> Any:
    body = ("Hei,\n\nuusi asiakas: Pohjanmaan Datakeskus Oy, Y-tunnus " + bad_check(fi_yt("2288041")) + ", "
            "Teollisuuskatu 5, 60100 Seinäjoki.\n\nTyöpaja 9.10.2027: projektipäällikkö VT20 6 h ja asiantuntija "
            "VT10 6 h." + SIG_VALT.format(n="Antti Rautio"))
    m = _fi("valt_a", "Uusi asiakas, työpaja", "Wed, 03 Nov 2027 08:20:14", body)
    cu = new_cust("Pohjanmaan Datakeskus Oy", None, None)
    del cu["country"]  # no valid identifier; the contract leaves the country of such a customer open
    return m, expect_requests("a Y-tunnus failing its check digit is no identifier: only org_no asked (the address "
                              "is given)", ASK, [
        request(cu, [line(VALT, "VT20", "6", ps="2027-10-09", skip=ND), line(VALT, "VT10", "6", ps="2027-10-09",
                                                                                skip=ND)],
                ["customer.org_no"], VALT)])


@case("w28_fi_valt_time_reporting_reminder")
def _w28() -> Any:
    body = ("Tämä on automaattinen muistutus tuntikirjausjärjestelmästä.\n\nHyväksymättömiä tuntikirjauksia on "
            "14 kpl ajalta 1.–31.10.2027:\n\nProjekti KSK-27-03 Kuluttajansuojakeskus: 3 kirjausta, 11,5 h\n"
            "Projekti SV-27-11 Saimaan Vesi Oy: 9 kirjausta, 48,0 h\nProjekti KE-27-02 Kalevan Energia Oy: "
            "2 kirjausta, 6,0 h\n\nHyväksy kirjaukset 5.11.2027 mennessä, jotta ne ehtivät kuun laskutukseen: "
            "https://tunnit.vtpk-demo.fi/hyvaksynta\n\nÄlä vastaa tähän viestiin.\n")
    m = _fi("valt_sys", "Muistutus: hyväksymättömiä tuntikirjauksia (10/2027)", "Thu, 04 Nov 2027 06:00:00",
            body, headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
    return m, expect_unknown("a time-reporting system's reminder (customers, hours, a deadline) that asks for no "
                             "invoice", OTHER)


@case("w29_fi_valt_reply_chain_first_estimate_in_quote")
def _w29() -> Any:
    body = ("Hei,\n\nlaskuttakaa Kuluttajansuojakeskukselta (asiakasnro 43211) tietoturva-auditointi lopullisten "
            "tuntien mukaan: asiantuntijatyö VT10 36 h ajalla 18.–29.10.2027. Asiakas hyväksyi määrän alla.\n\n"
            "Viitteenne: Jari Lepistö" + SIG_VALT.format(n="Minna Halonen") + "\n"
            "Lähettäjä: Jari Lepistö <jari.lepisto@ksk-demo.fi>\nLähetetty: maanantai 1. marraskuuta 2027 11.20\n"
            "Vastaanottaja: Minna Halonen <minna.halonen@vtpk-demo.fi>\nAihe: VS: Auditoinnin tunnit\n\n"
            "Hyväksytään 36 h, kiitos.\n\nJari\n\nLähettäjä: Minna Halonen\nLähetetty: perjantai 29. lokakuuta "
            "2027 15.02\nAihe: Auditoinnin tunnit\n\nHei Jari,\n\nalkuperäinen arvio oli noin 40 h (VT10), "
            "toteutuma jäi 36 tuntiin. Hyväksyttekö?\n\nMinna\n")
    m = _fi("valt_m", "VL: VS: Auditoinnin tunnit", "Wed, 03 Nov 2027 12:05:33", body)
    return m, expect_requests("reply chain: the request stands complete on top; the quoted history holds the "
                              "customer's approval and the first estimate ('noin 40 h'), which is no line", PLAIN, [
        request(cust("43211"), [line(VALT, "VT10", "36", ps="2027-10-18", pe="2027-10-29", skip=ND)], [], VALT,
                buyer="Jari Lepistö")])


@case("w30_fi_valt_erp_billing_proposal_approved")
def _w30() -> Any:
    body = ("Hei, tämä on hyväksytty – laskuttakaa ehdotuksen mukaan. Tarmo ei vielä osaa lähettää ehdotuksia "
            "suoraan teille.\n/Antti" + SIG_VALT.format(n="Antti Rautio") + "\n---------- Välitetty viesti ----------\n"
            "Lähettäjä: Tarmo ERP "
            "<erp-noreply@vtpk-demo.fi>\nPäivämäärä: ke 3.11.2027 klo 7.00\nAihe: Laskutusehdotus LE-2027-0877 "
            "odottaa hyväksyntää\nVastaanottaja: antti.rautio@vtpk-demo.fi\n\nLaskutusehdotus: LE-2027-0877\n"
            "Tila: Hyväksytty 3.11.2027 (A. Rautio)\nAsiakas: Tietoväylä Oyj\nAsiakasnumero: 43215\n"
            "Tilausnumero: TV-PO-2027-5521\nViitteenne: Oskari Niemi\nKausi: 1.10.2027–31.10.2027\n"
            "Kustannuspaikka: 2310\nProjekti: TVJ-27-01\n\nRivi 1: VT30 Päivystys, vuorokausi | 31 vrk | 240,00 €\n"
            "Rivi 2: VT10 Asiantuntijatyö, häiriöselvitys | 9,5 h | 98,00 €\n\nEhdotuksen summa (veroton): "
            "8 371,00 €\n")
    m = _fi("valt_a", "VL: Laskutusehdotus LE-2027-0877 odottaa hyväksyntää", "Wed, 03 Nov 2027 09:12:40", body)
    return m, expect_requests("an ERP billing proposal forwarded with its approval: key: value lines, pipe-separated "
                              "rows, cost-centre and project codes; the Oyj twin by customer number", PLAIN, [
        request(cust("43215"), [line(VALT, "VT30", "31", "240.00", desc="Päivystys, vuorokausi", ps=OCT[0],
                                     pe=OCT[1]),
                                line(VALT, "VT10", "9.5", "98.00", desc="Asiantuntijatyö, häiriöselvitys", ps=OCT[0],
                                     pe=OCT[1])], [], VALT, buyer="Oskari Niemi", order="TV-PO-2027-5521")])
