"""Twenty-ninth held-out set (written blind), part B: the Finnish-writing agencies — Metsähallitus' rental huts by
the week, seasonal fishing permits and a yearly land lease; the Tampere property unit's monthly leases, parking,
quarterly maintenance and back-billing of last autumn; XLSX, CSV, PDF, a forward, a reply chain; four that must
ask (missing and contradictory months, no price, a bad hetu) and two of other kinds."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, hetu
from tests.intake.cases.mailkit import expect_advice, expect_requests, mail, new_cust, pdf, text_att, xlsx

from .kit29 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_LIISA,
    MET,
    ND,
    NOP,
    OTHER,
    PLAIN,
    Q1,
    TIL,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_MET = ("\n\nTerveisin\n{n}\nMetsähallitus, Ylä-Lapin luontopalvelut\nY-tunnus " + org(MET)
           + " | puh. 0206 39 7000\n")
SIG_TIL = ("\n\nYstävällisin terveisin\n{n}\nTampereen Tilakeskus liikelaitos, vuokrauspalvelut\nY-tunnus "
           + org(TIL) + "\nTämä viesti voi sisältää luottamuksellista tietoa.\n")
SEASON = ("2027-06-01", "2027-09-30")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("p11_fi_met_xlsx_seasonal_fishing_permits")
def _p11() -> Any:
    rows = [["Kalastuksen kausiluvat 2027, voimassa 1.6.–30.9.2027", None, None, None],
            ["Asiakas", "Y-tunnus", "Tuote", "Kpl"],
            ["Kalastusseura Ahven ry", cust("R-3905")["org_no"], "MH20", 25],
            ["Lapin Erämatkat Ky", cust("R-3902")["org_no"], "MH20", 8],
            ["Yhteensä", None, None, 33]]
    m = _fi("met", "Kausiluvat 2027 laskutukseen", "Thu, 11 Feb 2027 10:00:00",
            "Hei,\n\nliitteenä kauden 2027 ennakkoon tilatut kausiluvat. Hinta hinnaston mukaan.\n"
            + SIG_MET.format(n="Asiakaspalvelu"),
            attachments=[xlsx("kausiluvat_2027.xlsx", [("Luvat", rows, ["A1:D1"])])])
    return m, expect_requests("XLSX: a fishing season '1.6.–30.9.2027' in the title for every row, totals row "
                              "ignored", PLAIN, [
        request(cust("R-3905"), [line(MET, "MH20", "25", ps=SEASON[0], pe=SEASON[1], skip=ND)], [], MET),
        request(cust("R-3902"), [line(MET, "MH20", "8", ps=SEASON[0], pe=SEASON[1], skip=ND)], [], MET)])


@case("p12_fi_met_csv_hut_weeks_per_row")
def _p12() -> Any:
    csv = ("asiakas,tuote,viikot,määrä,tupa\n"
           "Tunturikota Oy,MH10,vko 8,1,Kuttura\n"
           "Tunturikota Oy,MH10,vko 9-10,2,Kuttura\n"
           "Lapin Erämatkat Ky,MH10,vko 11,1,Sulkusjärvi\n")
    m = _fi("met_t", "vuokratuvat helmi-maaliskuu", "Mon, 22 Mar 2027 12:40:00",
            "Moi,\n\ntässä tupavuokrat yritysasiakkailta helmi-maaliskuulta, viikkohinta hinnaston mukaan.\n"
            + SIG_MET.format(n="Tuula Niemelä"),
            attachments=[text_att("tuvat_vko8-11.csv", csv)])
    return m, expect_requests("CSV: ISO weeks per row ('vko 9-10' a two-week range), the mail's year", PLAIN, [
        request(cust("R-3901"), [line(MET, "MH10", "1", ps="2027-02-22", pe="2027-02-28", skip=ND),
                                 line(MET, "MH10", "2", ps="2027-03-01", pe="2027-03-14", skip=ND)], [], MET),
        request(cust("R-3902"), [line(MET, "MH10", "1", ps="2027-03-15", pe="2027-03-21", skip=ND)], [], MET)])


@case("p13_fi_met_prose_yearly_land_lease")
def _p13() -> Any:
    body = ("Hei!\n\nLaskuttakaa Tunturikota Oy:n maanvuokra vuodelle 2027 (1.1.–31.12.2027): MH30, 1 vuosi à "
            "1 250,00 €. Vuokrasopimus 4410/2019, arvonlisäveroton.\n" + SIG_MET.format(n="Tuula Niemelä"))
    m = _fi("met_t", "Maanvuokra 2027 / Tunturikota", "Tue, 12 Jan 2027 09:30:00", body)
    return m, expect_requests("prose: a whole year as range; the article has no register price, the price is "
                              "written", PLAIN, [
        request(cust("R-3901"), [line(MET, "MH30", "1", "1250.00", ps="2027-01-01", pe="2027-12-31", skip=ND)],
                [], MET)])


@case("p14_fi_til_pdf_lease_jan_to_march")
def _p14() -> Any:
    html = ("<h1>Vuokraerittely</h1><p>Vuokralainen: Pirkanmaan Kiinteistöhuolto Oy, Y-tunnus "
            + cust("R-3903")["org_no"] + "<br>Laskutuskausi: tammi–maaliskuu 2027<br>Ostotilaus: 4500098812</p>"
            "<table><thead><tr><th>Tuote</th><th>Selite</th><th class='num'>Määrä</th><th>Yks.</th>"
            "<th class='num'>À-hinta €</th><th class='num'>Yhteensä €</th></tr></thead><tbody>"
            "<tr><td>TK10</td><td>Toimisto, Hatanpään valtatie 30, 2. krs</td><td class='num'>3</td><td>kk</td>"
            "<td class='num'>2 340,00</td><td class='num'>7 020,00</td></tr>"
            "<tr><td>TK20</td><td>Autopaikat P12–P13 (2 x 3 kk)</td><td class='num'>6</td><td>kk</td>"
            "<td class='num'>45,00</td><td class='num'>270,00</td></tr>"
            "<tr><td colspan='5'>Yhteensä (alv 0 %)</td><td class='num'>7 290,00</td></tr></tbody></table>")
    m = _fi("til", "Vuokrat Q1 / Pirkanmaan Kiinteistöhuolto", "Wed, 13 Jan 2027 14:25:00",
            "Hei,\n\nerittely liitteenä.\n" + SIG_TIL.format(n="Vuokrauspalvelut"),
            attachments=[pdf("vuokraerittely_PKH_Q1.pdf", html)])
    desc1, desc2 = "Toimisto, Hatanpään valtatie 30, 2. krs", "Autopaikat P12–P13 (2 x 3 kk)"
    return m, expect_requests("PDF: 'tammi–maaliskuu 2027' stated once for both lines, order number, totals row",
                              PLAIN, [
        request(cust("R-3903"), [line(TIL, "TK10", "3", "2340.00", desc=desc1, ps=Q1[0], pe=Q1[1]),
                                 line(TIL, "TK20", "6", "45.00", desc=desc2, ps=Q1[0], pe=Q1[1])], [], TIL,
                order="4500098812")])


@case("p15_fi_til_csv_back_billing_autumn_months")
def _p15() -> Any:
    yt = cust("R-3904")["org_no"]
    csv = ("asiakas;y-tunnus;tuote;kuukausi;määrä;hinta\n"
           f"Tampereen Tanssiopisto ry;{yt};TK20;10/2026;2;45,00\n"
           f"Tampereen Tanssiopisto ry;{yt};TK20;11/2026;2;45,00\n"
           f"Tampereen Tanssiopisto ry;{yt};TK20;12/2026;2;45,00\n")
    m = _fi("til_j", "Jälkilaskutus autopaikat loka-joulu 2026", "Tue, 09 Feb 2027 08:15:00",
            "Hei,\n\nTanssiopiston kaksi autopaikkaa jäivät loka–joulukuulta laskuttamatta. Kuukausittaiset rivit "
            "liitteenä." + SIG_TIL.format(n="Jari Lehtinen"),
            attachments=[text_att("jalkilaskutus_tanssiopisto.csv", csv, bom=True)])
    return m, expect_requests("CSV with BOM: back-billing, one month per row ('10/2026')", PLAIN, [
        request(cust("R-3904"), [line(TIL, "TK20", "2", "45.00", ps="2026-10-01", pe="2026-10-31"),
                                 line(TIL, "TK20", "2", "45.00", ps="2026-11-01", pe="2026-11-30"),
                                 line(TIL, "TK20", "2", "45.00", ps="2026-12-01", pe="2026-12-31")], [], TIL)])


@case("p16_fi_til_forward_quarterly_maintenance")
def _p16() -> Any:
    body = ("Tämä laskutukseen, kiitos.\n\nJari\n\n---------- Välitetty viesti ----------\n"
            "Lähettäjä: Huoltokeskus <huoltokeskus@tilakeskus-tampere-demo.fi>\nPäivämäärä: ma 1.3.2027 klo 7.58\n"
            "Aihe: Huoltosopimus Q1\n\nHuoltosopimus TK30, Tammelan Kahvila Oy (Y-tunnus "
            + cust("R-3911")["org_no"] + "), jakso Q1/2027, 1 kpl hinnaston mukaan.\nViitteenne: Sari Laine\n")
    m = _fi("til_j", "VS: Huoltosopimus Q1", "Mon, 01 Mar 2027 09:20:00", body)
    return m, expect_requests("inline forward: 'Q1/2027' as the quarter, buyer reference", PLAIN, [
        request(cust("R-3911"), [line(TIL, "TK30", "1", ps=Q1[0], pe=Q1[1], skip=ND)], [], TIL,
                buyer="Sari Laine")])


@case("p17_fi_met_private_person_hut_week_and_permit")
def _p17() -> Any:
    body = ("Hei,\n\nLiisa Korhonen (hetu " + HETU_LIISA + ") vuokrasi Kutturan vuokratuvan viikolla 7, 1 viikko "
            "(MH10), ja osti samalla kalastuksen kausiluvan MH20, yksi kappale, kaudelle 1.6.–30.9.2027.\n"
            + SIG_MET.format(n="Tuula Niemelä"))
    m = _fi("met_t", "Yksityisasiakas Korhonen", "Mon, 22 Feb 2027 11:11:00", body)
    return m, expect_requests("a private person by hetu; each line has its own period (a week; a season)", PLAIN, [
        request(cust("R-3906"), [line(MET, "MH10", "1", ps="2027-02-15", pe="2027-02-21", skip=ND),
                                 line(MET, "MH20", "1", ps=SEASON[0], pe=SEASON[1], skip=ND)], [], MET)])


@case("p18_fi_til_reply_chain_extra_space_from_february")
def _p18() -> Any:
    body = ("Hei,\n\nlaskuttakaa Tammelan Kahvila Oy:ltä lisätilan vuokra 1.2.–31.3.2027: TK10 toimitilavuokra "
            "2 kk à 1 180,00 €. Huhtikuusta alkaen vuokra tulee normaalissa kuukausilaskutuksessa."
            + SIG_TIL.format(n="Jari Lehtinen") + "\n\n-----Alkuperäinen viesti-----\nLähettäjä: Tammelan Kahvila "
            "<kahvila@tammelan.fi>\nLähetetty: 28. tammikuuta 2027 16:02\nAihe: RE: Lisätila\n\n"
            "Hei Jari, otamme takahuoneen käyttöön 1.2. alkaen, sopimus allekirjoitettuna liitteenä.\nt. Mirja\n")
    m = _fi("til_j", "RE: Lisätila / Tammelan Kahvila", "Mon, 01 Feb 2027 10:05:00", body)
    return m, expect_requests("reply chain: name with a case ending (Oy:ltä), a 'd.m.–d.m.yyyy' range", PLAIN, [
        request(cust("R-3911"), [line(TIL, "TK10", "2", "1180.00", ps="2027-02-01", pe="2027-03-31", skip=ND)],
                [], TIL)])


@case("k05_fi_met_weeks_to_be_checked")
def _k05() -> Any:
    body = ("Moi,\n\nLapin Erämatkat Ky:lle vuokratuvan MH10 vuokra Sulkusjärveltä helmikuulta. Viikkojen määrä "
            "pitää vielä tarkistaa varauskirjasta, laita lasku silti vireille niin täydennän." + SIG_MET.format(
                n="Tuula"))
    m = _fi("met_t", "Sulkusjärvi helmikuu", "Tue, 02 Mar 2027 13:45:00", body)
    return m, expect_requests("the number of weeks is still unknown: quantity asked; February as the period",
                              ASK, [
        request(cust("R-3902"), [line(MET, "MH10", None, ps="2027-02-01", pe="2027-02-28", skip=ND)],
                ["lines[0].quantity"], MET)])


@case("k06_fi_til_two_months_called_three")
def _k06() -> Any:
    body = ("Hei,\n\nautopaikka TK20 Pirkanmaan Kiinteistöhuolto Oy:lle ajalle 1.2.–31.3.2027, 3 kk à 45 €.\n"
            + SIG_TIL.format(n="Jari Lehtinen"))
    m = _fi("til_j", "Autopaikka PKH", "Thu, 04 Feb 2027 09:00:00", body)
    return m, expect_requests("contradictory period: two months written as '3 kk' — a careful clerk does not pick "
                              "one, the quantity is asked (periods are never asked; period not checked)", ASK, [
        request(cust("R-3903"), [line(TIL, "TK20", None, "45.00", skip=ND + NOP)], ["lines[0].quantity"], TIL)])


@case("k07_fi_til_lease_price_as_in_contract")
def _k07() -> Any:
    body = ("Hei!\n\nTampereen Tanssiopisto ry:n harjoitussalin vuokra maaliskuu 2027, TK10, 1 kk. Hinta kuten "
            "vuokrasopimuksessa.\n" + SIG_TIL.format(n="Vuokrauspalvelut"))
    m = _fi("til", "Harjoitussali maaliskuu", "Mon, 01 Mar 2027 07:50:00", body)
    return m, expect_requests("an article without a register price and no price written: unit price asked", ASK, [
        request(cust("R-3904"), [line(TIL, "TK10", "1", None, ps="2027-03-01", pe="2027-03-31", skip=ND)],
                ["lines[0].unit_price"], TIL)])


@case("k08_fi_met_private_hetu_bad_check")
def _k08() -> Any:
    good = hetu("210565", "123")
    bad = good[:-1] + ("X" if good[-1] != "X" else "Y")
    body = ("Hei,\n\nvuokratupa MH10 viikolla 10, 1 viikko, asiakkaana Matti Kuusela, hetu " + bad + ", osoite "
            "Ivalontie 5, 99800 Ivalo.\n" + SIG_MET.format(n="Asiakaspalvelu"))
    m = _fi("met", "Tupavuokra vko 10", "Mon, 15 Mar 2027 08:30:00", body)
    return m, expect_requests("a new private person whose hetu fails its check: no identifier, org number asked",
                              ASK, [
        request(new_cust("Matti Kuusela", None, None),
                [line(MET, "MH10", "1", ps="2027-03-08", pe="2027-03-14", skip=ND)], ["customer.org_no"], MET)])


@case("o03_fi_til_forwarded_payment_advice")
def _o03() -> Any:
    r1, r2 = fi_ref("2700151"), fi_ref("2700153")
    spaced = " ".join(r1[i:i + 5] for i in range(0, len(r1), 5))
    body = ("Tiedoksi, asiakas lähetti maksuilmoituksen.\n\nJari\n\n---------- Välitetty viesti ----------\n"
            "Lähettäjä: Pirkanmaan Kiinteistöhuolto Oy <ostolaskut@pkhuolto.fi>\nAihe: Maksuilmoitus\n\n"
            "MAKSUILMOITUS\nMaksaja: Pirkanmaan Kiinteistöhuolto Oy\nMaksupäivä: 5.3.2027\n\n"
            "Lasku       Viite          Summa\n27001512    " + spaced + "     8 793,45\n27001533    " + r2
            + "     451,80\nYhteensä                   9 245,25 EUR\n")
    m = _fi("til_j", "VS: Maksuilmoitus", "Mon, 08 Mar 2027 09:00:00", body)
    return m, expect_advice("a customer's payment advice forwarded by the agency; spaced reference compacted",
                            OTHER, {"name": "Pirkanmaan Kiinteistöhuolto Oy", "org_no": None}, "2027-03-05",
                            "9245.25", "EUR", [("27001512", r1, "8793.45"), ("27001533", r2, "451.80")])


@case("o04_fi_met_correction_resend_land_lease")
def _o04() -> Any:
    body = ("KORJAUS edelliseen viestiini: maanvuokran hinta oli väärin. Oikea pyyntö:\n\n"
            "Asiakas: Tunturikota Oy\nTuote: MH30 maanvuokra vuodelle 2027 (1.1.–31.12.2027)\nMäärä: 1 vuosi\n"
            "Hinta: 1 320,00 €\n\nLaskuttakaa vain tämä, ei edellistä." + SIG_MET.format(n="Tuula Niemelä"))
    m = _fi("met_t", "KORJAUS: Maanvuokra 2027 / Tunturikota", "Wed, 13 Jan 2027 08:10:00", body)
    return m, expect_requests("a correction restating the whole request: the corrected request", OTHER, [
        request(cust("R-3901"), [line(MET, "MH30", "1", "1320.00", ps="2027-01-01", pe="2027-12-31", skip=ND)],
                [], MET)])
