"""Thirty-ninth held-out set (written blind), part B: the Finnish agencies' mail of 10-14 May 2027 (municipal
catering, a waste company, a city theatre's rentals) — plain requests with payment words in passing ("maksuehto
14 pv netto", "edellinen lasku on maksettu", "hyvitys on jo hoidettu"), prose, TSV with weeks, a quoted comma CSV
with "EUR 1.250,00", an HTML table; must-ask ones (a missing count, a new customer with a weight range, "noin");
and the other kinds: a PDF advice with oddly spaced RF references, an advice with the payer's batch id and the
bank's archive id, "hyvittäkää lasku", a reminder complaint, a withdrawal of an earlier request, an out-of-office
without Auto-Submitted and a reply whose token is only in the quoted question."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, fi_yt, rf
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
)

from .kit39 import (
    APRIL,
    ASK,
    ATER,
    CENTRE_FI,
    FI_DATE,
    JATE,
    ND,
    OTHER,
    PLAIN,
    TEAT,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_ATER = ("\n\nYstävällisin terveisin\n{n}\nRuokapalvelut | Lapinlahden kunta\nY-tunnus " + org(ATER)
            + " | puh. 040 488 2210\n")
SIG_JATE = ("\n\nTerveisin\n{n}\nKiertokari Oy | Jätekuja 12, 70460 Kuopio\nY-tunnus " + org(JATE)
            + " | asiakaspalvelu 017 288 4400\nIBAN FI57 4600 0010 8832 61\n")
SIG_TEAT = ("\n\nParhain terveisin\n{n}\nKuopion kaupunginteatteri / vuokraukset\nY-tunnus " + org(TEAT)
            + "\nTämä viesti on tarkoitettu vain vastaanottajalle.\n")
WEEK17 = ("2027-04-26", "2027-05-02")
WEEK18 = ("2027-05-03", "2027-05-09")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _grouped(ref: str) -> str:
    """A Finnish reference printed in groups of five from the right, as on bank forms."""
    out: list[str] = []
    while ref:
        out.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(out)


@case("s17_fi_ater_prose_huhtikuulta_maksuehto")
def _s17() -> Any:
    body = ("Hei,\n\nKotipalvelu Lumo Oy:lle (Y-tunnus " + cust("C-3951")["org_no"] + ") laskutetaan huhtikuulta "
            "2027:\n- lounasateriat (AT10) 412 kpl\n- ruokakuljetukset (AT30) 20 krt\n\n"
            "Viitteenne: palveluohjaaja Mari Kärkkäinen\nTilausnumero: LUMO-PO-2027-118\n\n"
            "Maksuehto 14 pv netto, kuten sopimuksessa." + SIG_ATER.format(n="Sanna Huttunen"))
    m = _fi("ater_s", "Laskutus huhtikuu / Kotipalvelu Lumo", "Mon, 10 May 2027 09:12:45", body)
    return m, expect_requests("prose list; month in the elative ('huhtikuulta 2027'); 'maksuehto 14 pv netto' is a "
                              "payment term, not an amount", PLAIN, [
        request(cust("C-3951"), [line(ATER, "AT10", "412", ps=APRIL[0], pe=APRIL[1], skip=ND),
                                 line(ATER, "AT30", "20", ps=APRIL[0], pe=APRIL[1], skip=ND)], [], ATER,
                buyer="palveluohjaaja Mari Kärkkäinen", order="LUMO-PO-2027-118")])


@case("s18_fi_ater_tsv_weeks_kiintea_hinta")
def _s18() -> Any:
    tsv = ("Tuote\tSelite\tMäärä\tÀ-hinta\tAjankohta\n"
           "AT20\tKahvitarjoilu, harjoitusillat\t46\t\tvko 17/2027\n"
           "AT20\tKahvitarjoilu, harjoitusillat\t52\t\tvko 18/2027\n"
           "AT90\tPäättäjäisjuhla, juhlatarjoilu (kiinteä hinta)\t1\t640,00\t8.5.2027\n")
    body = ("Hei,\n\nLapinlahden Lukko ry (asiakasnumero C-3952), kevätkauden tarjoilut liitteenä. Maksuehto 14 pv "
            "netto. Seuran edellinen lasku on jo maksettu, joten tämä on ihan uusi lasku.\n"
            + SIG_ATER.format(n="Ruokapalvelut"))
    m = _fi("ater", "Lukko ry kevätkausi", "Mon, 10 May 2027 13:30:02", body,
            attachments=[text_att("lukko_kevat_2027.txt", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV with ISO weeks, an empty price cell (register price) and a fixed price for the "
                              "unpriced article; 'edellinen lasku on jo maksettu' in passing", PLAIN, [
        request(cust("C-3952"), [line(ATER, "AT20", "46", desc="Kahvitarjoilu, harjoitusillat", ps=WEEK17[0],
                                      pe=WEEK17[1]),
                                 line(ATER, "AT20", "52", desc="Kahvitarjoilu, harjoitusillat", ps=WEEK18[0],
                                      pe=WEEK18[1]),
                                 line(ATER, "AT90", "1", "640.00", desc="Päättäjäisjuhla, juhlatarjoilu (kiinteä "
                                      "hinta)", ps="2027-05-08")], [], ATER)])


@case("s19_fi_ater_meal_count_pending_asked")
def _s19() -> Any:
    body = ("Hei,\n\nKotipalvelu Lumon (asiakasnro C-3951) toukokuun alun lounaat (AT10) pitäisi laskuttaa jo nyt, "
            "koska heidän sopimuksensa päättyy. Ateriamäärä pitää vielä tarkistaa keittiöltä, laitan sen perään. "
            "Ruokakuljetuksia (AT30) oli viisi.\n\nLaskutusjakso 3.–7.5.2027. Maksuehto 14 pv netto."
            + SIG_ATER.format(n="Sanna Huttunen"))
    m = _fi("ater_s", "Lumo toukokuun alku", "Tue, 11 May 2027 10:45:19", body)
    return m, expect_requests("meal count still to be checked: quantity asked; 'viisi' is 5; one period for the "
                              "request", ASK, [
        request(cust("C-3951"), [line(ATER, "AT10", None, ps="2027-05-03", pe="2027-05-07", skip=ND),
                                 line(ATER, "AT30", "5", ps="2027-05-03", pe="2027-05-07", skip=ND)],
                ["lines[0].quantity"], ATER)])


@case("s20_fi_ater_hyvittakaa_lasku")
def _s20() -> Any:
    body = ("Hei,\n\nhyvittäkää lasku 3100562 Lapinlahden Lukko ry:ltä kokonaan. Laskulla oli juhlatarjoilu (AT90) "
            "1 kpl à 480,00 € 17.4.2027, mutta tilaisuus peruttiin ja seura ilmoitti siitä ajoissa. Uutta laskua "
            "ei tehdä." + SIG_ATER.format(n="Sanna Huttunen"))
    m = _fi("ater_s", "Hyvitys lasku 3100562", "Wed, 12 May 2027 08:02:33", body)
    return m, expect_unknown("'hyvittäkää lasku …' with the invoiced line repeated: a credit, never a request", OTHER)


@case("s21_fi_ater_reminder_fee_complaint_forwarded")
def _s21() -> Any:
    body = ("Hei,\n\nalla asiakkaan palaute maksumuistutuksesta. Voitteko tarkistaa ja tarvittaessa poistaa "
            "muistutusmaksun?\n\n---------- Välitetty viesti ----------\n"
            "Lähettäjä: Kotipalvelu Lumo Oy <laskut@lumo-koti.fi>\nPäivämäärä: 11.5.2027 klo 8.47\n"
            "Aihe: Maksumuistutus lasku 3100517\nVastaanottaja: ruokapalvelut@lapinlahti-demo.fi\n\nHei,\n\n"
            "saimme maksumuistutuksen laskusta 3100517 ja 5,00 € muistutusmaksun. Lasku saapui verkkolaskuna "
            "vasta 28.4., kaksi päivää eräpäivän jälkeen, joten muistutus on mielestämme aiheeton. Maksamme laskun "
            "pääoman 1 246,00 € tällä viikolla, mutta emme muistutusmaksua.\n\nTerveisin\nTaina Rissanen\n"
            "Kotipalvelu Lumo Oy\n" + SIG_ATER.format(n="Ruokapalvelut"))
    m = _fi("ater", "VL: Maksumuistutus lasku 3100517", "Wed, 12 May 2027 12:17:50", body)
    return m, expect_unknown("a customer's complaint about a reminder fee, forwarded; a payment promised, not made: "
                             "no advice, no request", OTHER)


@case("s22_fi_jate_quoted_csv_eur_thousands_previous_paid")
def _s22() -> Any:
    yt = cust("C-3953")["org_no"]
    csv = ('"Asiakas","Y-tunnus","Tuote","Kuvaus","Määrä","Yksikköhinta","Ajalta"\n'
           '"Rakennus Hiekkanen Oy","' + yt + '","JH10","Vaihtolava 10 m3, työmaa Saaristokatu","14","",'
           '"26.4.–9.5.2027"\n'
           '"Rakennus Hiekkanen Oy","' + yt + '","JH20","Tyhjennys ja kuljetus","3","","26.4.–9.5.2027"\n'
           '"Rakennus Hiekkanen Oy","' + yt + '","JH40","Rakennusjäte, sekalainen","2,38","EUR 182,00",'
           '"26.4.–9.5.2027"\n'
           '"Rakennus Hiekkanen Oy","' + yt + '","JH55","Asbestipurkujätteen erilliskäsittely","1",'
           '"EUR 1.250,00","26.4.–9.5.2027"\n'
           '"","","","Yhteensä (alv 0 %)","","EUR 2.286,16",""\n')
    body = ("Hei,\n\nRakennus Hiekkanen Oy:n Saaristokadun työmaan jätehuolto liitteenä. Edellinen lasku 270118 on "
            "maksettu, kiitos – tämä on uusi jakso.\n" + SIG_JATE.format(n="Pekka Voutilainen"))
    m = _fi("jate_p", "Hiekkanen / Saaristokatu 26.4.–9.5.", "Mon, 10 May 2027 14:03:27", body,
            attachments=[text_att("hiekkanen_saaristokatu.csv", csv)])
    return m, expect_requests("quoted comma CSV with decimal commas, 'EUR 1.250,00', an article not in the register "
                              "(kept, agency VAT) and a total row; 'edellinen lasku on maksettu' in passing", PLAIN, [
        request(cust("C-3953"), [line(JATE, "JH10", "14", desc="Vaihtolava 10 m3, työmaa Saaristokatu",
                                      ps="2027-04-26", pe="2027-05-09"),
                                 line(JATE, "JH20", "3", desc="Tyhjennys ja kuljetus", ps="2027-04-26",
                                      pe="2027-05-09"),
                                 line(JATE, "JH40", "2.38", "182.00", desc="Rakennusjäte, sekalainen",
                                      ps="2027-04-26", pe="2027-05-09"),
                                 line(JATE, "JH55", "1", "1250.00", desc="Asbestipurkujätteen erilliskäsittely",
                                      ps="2027-04-26", pe="2027-05-09")], [], JATE)])


@case("s23_fi_jate_new_customer_weight_range_asked")
def _s23() -> Any:
    yt = fi_yt("3245168")
    body = ("Hei,\n\nuusi asiakas: Kuopion Purkutyö Ky, Y-tunnus " + yt + ", sähköposti "
            "toimisto@kuopionpurkutyo.fi.\n\nPurkukohde Puijonkatu 12, 3.–9.5.2027:\n"
            "- vaihtolava (JH10) 7 vrk\n- sekajäte (JH30) punnituksen mukaan 3–4 tonnia, tarkka paino tulee "
            "vaa'alta huomenna\n" + SIG_JATE.format(n="Pekka Voutilainen"))
    m = _fi("jate_p", "Uusi asiakas Kuopion Purkutyö", "Tue, 11 May 2027 09:55:41", body)
    return m, expect_requests("new customer with Y-tunnus and e-mail only (address asked); a weight range "
                              "'3–4 tonnia' is no quantity (asked)", ASK, [
        request(new_cust("Kuopion Purkutyö Ky", yt, "FI", email="toimisto@kuopionpurkutyo.fi"),
                [line(JATE, "JH10", "7", ps="2027-05-03", pe="2027-05-09", skip=ND),
                 line(JATE, "JH30", None, ps="2027-05-03", pe="2027-05-09", skip=ND)],
                ["customer.address", "lines[1].quantity"], JATE)])


@case("s24_fi_jate_pdf_advice_rf_odd_spacing")
def _s24() -> Any:
    r1, r2, r3 = rf("2701310"), rf("2701327"), rf("2701334")
    shown = [r1[:2] + " " + r1[2:4] + " " + r1[4:8] + " " + r1[8:],
             r2[:5] + " " + r2[5:9] + r2[9:],
             r3.lower()[:4] + "  " + r3.lower()[4:7] + " " + r3.lower()[7:]]
    rows = "".join(f"<tr><td>{inv}</td><td>{ref}</td><td>{due}</td><td class='num'>{amt}</td></tr>"
                   for inv, ref, due, amt in (("2701310", shown[0], "30.4.2027", "420,00"),
                                              ("2701327", shown[1], "7.5.2027", "1 262,40"),
                                              ("2701334", shown[2], "14.5.2027", "89,90")))
    html = ("<h1>MAKSUERITTELY</h1><p>Maksaja: Asunto Oy Kuopion Tähtipuisto<br>Y-tunnus: "
            + cust("C-3954")["org_no"] + "<br>Maksupäivä: 12.5.2027<br>Saaja: Kiertokari Oy, "
            "FI57 4600 0010 8832 61</p><table><thead><tr><th>Laskun nro</th><th>Viite</th><th>Eräpäivä</th>"
            "<th>Maksettu EUR</th></tr></thead><tbody>" + rows
            + "<tr><td></td><td></td><td><b>Yhteensä</b></td><td class='num'><b>1 772,30</b></td></tr>"
            "</tbody></table><p>Isännöintitoimisto Savon Koti | kirjanpito</p>")
    body = ("Hei,\n\nAs Oy Kuopion Tähtipuiston isännöitsijätoimisto lähetti maksuerittelyn (pdf liitteenä). "
            "Kohdistakaa suoritukset, kiitos.\n" + SIG_JATE.format(n="Laskutus"))
    m = _fi("jate", "VL: Maksuerittely 12.5.2027", "Wed, 12 May 2027 15:40:08", body,
            attachments=[pdf("maksuerittely_tahtipuisto_20270512.pdf", html)])
    return m, expect_advice("a PDF payment specification; RF references printed with odd spacing and in lower case "
                            "come out upper case without spaces; the IBAN is no amount", OTHER,
                            {"name": "Asunto Oy Kuopion Tähtipuisto", "org_no": cust("C-3954")["org_no"]},
                            "2027-05-12", "1772.30", "EUR",
                            [("2701310", r1, "420.00"), ("2701327", r2, "1262.40"), ("2701334", r3, "89.90")])


@case("s25_fi_jate_out_of_office_without_header")
def _s25() -> Any:
    body = ("Hei,\n\nolen vuosilomalla 10.–23.5.2027 enkä lue sähköpostiani. Laskutusasioissa ota yhteyttä "
            "laskutus@kiertokari-demo.fi tai puh. 017 288 4400. Kiireellisissä lava-asioissa päivystys "
            "044 288 4410.\n\nPekka Voutilainen\nKiertokari Oy\n")
    m = _fi("jate_p", "Lomalla 10.–23.5. / Re: Vastaanottokuittaus: laskutuspyyntö 7.5.",
            "Mon, 10 May 2027 06:30:12", body)
    return m, expect_unknown("a Finnish out-of-office without Auto-Submitted or 'Automaattinen vastaus': not a "
                             "request, not a reply", OTHER)


@case("s26_fi_jate_reply_token_only_in_quote")
def _s26() -> Any:
    token = "REQ-H4T8N"
    body = ("Hei,\n\nrivin 2 rakennusjätettä punnittiin 3,2 tonnia, hinta 176,00 €/tonni sopimuksen mukaan.\n"
            + SIG_JATE.format(n="Laskutus")
            + "\nLähettäjä: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n"
            "Lähetetty: tiistai 11. toukokuuta 2027 15.02\n"
            "Vastaanottaja: Laskutus Kiertokari <laskutus@kiertokari-demo.fi>\n"
            "Aihe: Puuttuvia tietoja laskutuspyynnöstä\n\n"
            "Hei! Tarvitsemme seuraavat tiedot laskun tekemiseksi [" + token + "]:\n"
            "1. Rivin 2 \"Rakennusjäte, tonni\" määrä (lines[1].quantity)\n"
            "2. Rivin 2 \"Rakennusjäte, tonni\" yksikköhinta (lines[1].unit_price)\n\n"
            "Pyyntö koski: Rakennus Hiekkanen Oy, rivi 1 JH10 vaihtolava 5 vrk.\n")
    m = _fi("jate", "Vs: Puuttuvia tietoja laskutuspyynnöstä", "Wed, 12 May 2027 10:10:10", body)
    return m, expect_reply("the token only in the quoted question (no subject, no headers); both asked values of "
                           "line 2 answered in one sentence", OTHER, token,
                           {"lines": [{}, {"quantity": "3.2", "unit_price": "176.00"}]})


@case("s27_fi_teat_text_and_html_table_hyvitys_hoidettu")
def _s27() -> Any:
    rows = (("TT10", "Salivuokra, kevätnäytös", "2", "esitystä"), ("TT30", "Valo- ja äänitekniikka", "9,5", "h"),
            ("TT20", "Puvut, Pähkinänsärkijä", "14", "asua"))
    intro = ("Hei,\n\nTanssikoulu Piruetti Oy:n (Y-tunnus " + cust("C-3955")["org_no"] + ") kevätnäytökset "
             "8.–9.5.2027 laskutetaan alla olevan taulukon mukaan. Viime kuun hyvitys on jo hoidettu erikseen, "
             "tässä vain uudet rivit.\nViitteenne: rehtori Johanna Pirinen\n\n")
    text = (intro + "Tuote  Selite                      Määrä\n"
            + "".join(f"{c:<6} {d:<27} {q} {u}\n" for c, d, q, u in rows)
            + SIG_TEAT.format(n="Riikka Mönkkönen"))
    html = ("<html><body><p>" + intro.replace("\n", "<br>") + "</p><table border='1' cellpadding='3'>"
            "<tr><th>Tuote</th><th>Selite</th><th>Määrä</th><th>Yksikkö</th></tr>"
            + "".join(f"<tr><td>{c}</td><td>{d}</td><td>{q}</td><td>{u}</td></tr>" for c, d, q, u in rows)
            + "</table><p>Parhain terveisin<br>Riikka Mönkkönen<br>Kuopion kaupunginteatteri / vuokraukset</p>"
            "</body></html>")
    m = _fi("teat_r", "Laskutus: Piruetin kevätnäytökset", "Tue, 11 May 2027 11:25:33", text, html=html)
    return m, expect_requests("text and HTML alternatives of one table; one period for the whole request; 'hyvitys "
                              "on jo hoidettu' is no credit request", PLAIN, [
        request(cust("C-3955"), [line(TEAT, c, q.replace(",", "."), desc=d, ps="2027-05-08", pe="2027-05-09")
                                 for c, d, q, _u in rows], [], TEAT, buyer="rehtori Johanna Pirinen")])


@case("s28_fi_teat_special_work_noin_asked")
def _s28() -> Any:
    body = ("Hei,\n\nSavon Kesäteatteri ry:lle erikoistyö (TT90): yksi lavastekokonaisuuden muutostyö, valmistui "
            "11.5.2027. Hinta noin 900 €, tarkistan lopullisen summan puusepältä. Maksuehto 21 pv netto."
            + SIG_TEAT.format(n="Riikka Mönkkönen"))
    m = _fi("teat_r", "Kesäteatterin lavastemuutos", "Thu, 13 May 2027 09:33:00", body)
    return m, expect_requests("'yksi' is quantity 1; 'noin 900 €' is approximate: price null and asked", ASK, [
        request(cust("C-3956"), [line(TEAT, "TT90", "1", None, ps="2027-05-11", skip=ND)],
                ["lines[0].unit_price"], TEAT)])


@case("s29_fi_teat_advice_batch_and_archive_id")
def _s29() -> Any:
    v1, v2 = fi_ref("3300218"), fi_ref("3300231")
    body = ("Hei,\n\nPiruetin tilitoimisto lähetti maksuilmoituksen, tiedoksi reskontraan.\n"
            + SIG_TEAT.format(n="Vuokraukset")
            + "\n-----Alkuperäinen viesti-----\n"
            "Lähettäjä: Tilitoimisto Kuopion Numerot <reskontra@kuopionnumerot-demo.fi>\n"
            "Lähetetty: 12. toukokuuta 2027 10:31\nVastaanottaja: vuokraukset@kuopionkaupunginteatteri-demo.fi\n"
            "Aihe: Maksuilmoitus / Tanssikoulu Piruetti Oy\n\nMAKSUILMOITUS\n\n"
            "Maksaja:            Tanssikoulu Piruetti Oy\nY-tunnus:           " + cust("C-3955")["org_no"] + "\n"
            "Maksuerä:           PIR-2027-05-0007\nArkistointitunnus:  20270512593497000123\n"
            "Maksupäivä:         12.05.2027\n\n"
            "Lasku nro   Viitenumero     Maksettu\n"
            "3300218     " + _grouped(v1) + "       1 900,00\n"
            "3300231     " + _grouped(v2) + "         490,00\n"
            "Yhteensä                    2 390,00 EUR\n\nYstävällisesti\nTilitoimisto Kuopion Numerot\n")
    m = _fi("teat", "VL: Maksuilmoitus / Tanssikoulu Piruetti Oy", "Wed, 12 May 2027 11:02:56", body)
    return m, expect_advice("the payer's batch id and the bank's archive id are not references; grouped viitenumerot "
                            "without spaces", OTHER,
                            {"name": "Tanssikoulu Piruetti Oy", "org_no": cust("C-3955")["org_no"]}, "2027-05-12",
                            "2390.00", "EUR", [("3300218", v1, "1900.00"), ("3300231", v2, "490.00")])


@case("s30_fi_teat_withdrawal_of_earlier_request")
def _s30() -> Any:
    body = ("Hei,\n\nperun eilisen laskutuspyyntöni: Savon Kesäteatteri ry:n salivuokraa ei laskuteta nyt, "
            "esitykset siirtyivät syyskuulle. Älkää siis tehkö laskua alla olevan viestin perusteella.\n\nRiikka\n\n"
            "Lähettäjä: Riikka Mönkkönen <riikka.monkkonen@kuopionkaupunginteatteri-demo.fi>\n"
            "Lähetetty: tiistai 11. toukokuuta 2027 13.40\n"
            "Vastaanottaja: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n"
            "Aihe: Laskutuspyyntö Savon Kesäteatteri\n\nHei,\n\nSavon Kesäteatteri ry, salivuokra (TT10) "
            "2 esitystä 21.–22.5.2027.\nViitteenne: Kari Hämäläinen\n" + SIG_TEAT.format(n="Riikka Mönkkönen"))
    m = _fi("teat_r", "PERUTTU: Laskutuspyyntö Savon Kesäteatteri", "Wed, 12 May 2027 08:15:44", body)
    return m, expect_unknown("a withdrawal of yesterday's request, which is quoted below: nothing to invoice", OTHER)
