"""Thirty-sixth held-out set (written blind), part B: the Finnish agencies' year-end mail (a city's sports services,
a regional rescue service, the state wilderness service's permits) — one XLSX for many clubs with a totals row and an
instruction sheet, 'välipäivät', periods across the new year, a 'tilinpäätös' deadline that is no date to bill,
number words, Gmail and Outlook forwards, a request only in an attached message, a customer's new e-mail address,
the must-ask ones (two clubs with the very same name, an unpriced event without a count, a price in two minds) and an
out-of-office and a register change."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, new_cust, pdf, text_att, xlsx

from .kit36 import (
    ASK,
    AUTUMN,
    CENTRE_FI,
    ERA,
    FI_DATE,
    HETU_MARKKU,
    LIIK,
    ND,
    OTHER,
    PELA,
    PLAIN,
    W,
    case,
    cust,
    line,
    org,
    pay,
    request,
)

SIG_LIIK = ("\n\nYstävällisin terveisin\n{n}\nLiikuntapalvelut | Hirvelän kaupunki\nY-tunnus " + org(LIIK)
            + " | puh. 014 266 3100\nUrheilutie 2, 41160 Hirvelä\n")
SIG_PELA = ("\n\nTerveisin\n{n}\nJärvi-Savon pelastuslaitos, laskutus\nY-tunnus " + org(PELA) + " | IBAN "
            + pay(PELA) + "\nHätänumero 112 – muut asiat 017 163 0000\n\nTämä viesti voi sisältää luottamuksellista "
            "tietoa. Jos viesti on tullut sinulle erehdyksessä, ilmoita lähettäjälle ja poista viesti.\n")
SIG_ERA = ("\n\nEräterveisin\n{n}\nValtion erämaat, eräluvat\nY-tunnus " + org(ERA)
           + " | asiakaspalvelu 020 639 4000 (ma–pe 9–16)\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("p17_fi_liik_xlsx_many_clubs_totals_row")
def _p17() -> Any:
    head = [None] * 6
    rows = [["HIRVELÄN KAUPUNKI / LIIKUNTAPALVELUT", *head],
            ["Syyskauden 2027 vuorolaskutus – kausi 1.8.–31.12.2027", *head],
            [None, *head],
            ["Asiakas", "Asiakasnro", "Tuote", "Selite", "Määrä", "Yks.", "Yhteensä €"],
            ["Hirvelän Jääkiekkoseura ry", "362001", "LP10", "Jäävuorot, edustus", 126, "h", 18270],
            ["Hirvelän Taitoluistelijat ry", "362011", "LP10", "Jäävuorot, harjoitukset", 88.5, "h", 12832.5],
            ["Hirvelän Uimaseura ry", "362002", "LP20", "Ratavuorot", 210, "h", 7980],
            ["Hirvelän Jääkiekkoseura ry", "362001", "LP10", "Jäävuorot, juniorit", 174, "h", 25230],
            ["Salibandyseura Kipinä ry", "362003", "LP30", "Salivuorot, Kirkonkylän koulu", 96, "h", 4032],
            ["Liikuntakeskus Vauhti Oy", "362004", "LP40", "Kausikortit henkilökunnalle", 12, "kpl", 3480],
            [None, None, None, "YHTEENSÄ", None, None, 71824.5]]
    guide = [["Täytä yksi rivi asiakasta ja tuotetta kohden. Esimerkki:"],
             ["Esimerkkiseura ry", "999999", "LP10", "Jäävuorot", 10, "h", 1450]]
    m = _fi("liik_s", "Syyskauden vuorolaskutus 2027", "Mon, 13 Dec 2027 09:02:44",
            "Hei,\n\nsyyskauden vuorolaskutus kaikille seuroille liitteenä. Laskujen pitäisi lähteä vielä tämän "
            "vuoden puolella.\n" + SIG_LIIK.format(n="Sanna Virtanen"),
            attachments=[xlsx("vuorolaskutus_syksy2027.xlsx", [("Syksy 2027", rows, ["A1:G1", "A2:G2"]),
                                                               ("Ohje", guide, [])])])

    def lp(code: str, q: str, d: str) -> dict[str, Any]:
        return line(LIIK, code, q, desc=d, ps=AUTUMN[0], pe=AUTUMN[1])

    return m, expect_requests("one XLSX for five customers by customer number, rows grouped per customer in order "
                              "of first appearance, the season from a title row, a totals row and an instruction "
                              "sheet with an example row (no lines)", PLAIN, [
        request(cust("362001"), [lp("LP10", "126", "Jäävuorot, edustus"), lp("LP10", "174", "Jäävuorot, juniorit")],
                [], LIIK),
        request(cust("362011"), [lp("LP10", "88.5", "Jäävuorot, harjoitukset")], [], LIIK),
        request(cust("362002"), [lp("LP20", "210", "Ratavuorot")], [], LIIK),
        request(cust("362003"), [lp("LP30", "96", "Salivuorot, Kirkonkylän koulu")], [], LIIK),
        request(cust("362004"), [lp("LP40", "12", "Kausikortit henkilökunnalle")], [], LIIK)])


@case("p18_fi_liik_gmail_forward_valipaivat_camp")
def _p18() -> Any:
    body = ("Tämä pitäisi vielä laskuttaa ennen vuodenvaihdetta, kiitos!\nt. Sanna\n\n"
            "---------- Välitetty viesti ---------\n"
            "Lähettäjä: Outi Laine <taitoluistelu@hirvela-seurat.fi>\nDate: ti 7. jouluk. 2027 klo 20.14\n"
            "Subject: Välipäivien leiri\nTo: Sanna Virtanen <sanna.virtanen@hirvela-demo.fi>\n\n"
            "Hei Sanna,\n\nvahvistamme välipäivien leirin jäävuorot 27.–30.12.2027, yhteensä 16 tuntia (LP10). "
            "Lasku Hirvelän Taitoluistelijat ry:lle.\n\nViitteenne: Outi Laine\nKustannuspaikka: 2040 / leiri\n"
            "Tilausnumero: TL-12/2027\n\nOuti Laine\nrahastonhoitaja, Hirvelän Taitoluistelijat ry\n"
            "p. 040 551 2877\n")
    m = _fi("liik_s", "Fwd: Välipäivien leiri", "Mon, 13 Dec 2027 11:30:15", body)
    return m, expect_requests("Gmail forward: the 'välipäivät' camp as a day range, a name with ':lle', buyer "
                              "reference and order number beside a cost centre", PLAIN, [
        request(cust("362011"), [line(LIIK, "LP10", "16", ps="2027-12-27", pe="2027-12-30", skip=ND)], [], LIIK,
                buyer="Outi Laine", order="TL-12/2027")])


@case("p19_fi_liik_csv_quoted_across_new_year")
def _p19() -> Any:
    csv = ('"asiakasnumero","asiakas","tuote","selite","määrä","alkaen","päättyen"\n'
           '"362002","Hirvelän Uimaseura ry","LP20","Ratavuorot, joululeiri","12,5","20.12.2027","23.12.2027"\n'
           '"362002","Hirvelän Uimaseura ry","LP20","Ratavuorot, välipäivät ja loppiainen","18","27.12.2027",'
           '"6.1.2028"\n'
           '"362002","Hirvelän Uimaseura ry","LP30","Kuivaharjoittelu, sali","6","3.1.2028","5.1.2028"\n')
    m = _fi("liik", "Uimaseuran lomavuorot", "Tue, 14 Dec 2027 08:48:00",
            "Hei,\n\nuimaseuran loma-ajan vuorot laskutetaan etukäteen, tiedosto liitteenä. Laskulle viitteeksi "
            "Pekka Salo.\n" + SIG_LIIK.format(n="Liikuntapalvelut"),
            attachments=[text_att("uimaseura_lomavuorot.csv", csv)])
    return m, expect_requests("comma CSV with every field quoted, a decimal comma inside quotes, periods across "
                              "the new year", PLAIN, [
        request(cust("362002"), [line(LIIK, "LP20", "12.5", desc="Ratavuorot, joululeiri", ps="2027-12-20",
                                      pe="2027-12-23"),
                                 line(LIIK, "LP20", "18", desc="Ratavuorot, välipäivät ja loppiainen",
                                      ps="2027-12-27", pe="2028-01-06"),
                                 line(LIIK, "LP30", "6", desc="Kuivaharjoittelu, sali", ps="2028-01-03",
                                      pe="2028-01-05")], [], LIIK, buyer="Pekka Salo")])


@case("p20_fi_liik_event_no_count_no_price_deadline")
def _p20() -> Any:
    body = ("Hei,\n\nLiikuntakeskus Vauhti Oy:lle (Y-tunnus " + cust("362004")["org_no"] + ") laskutetaan "
            "joulunäytöksen tapahtumajärjestelyt (LP90), tapahtuma pidettiin 11.12.2027. Hinta tarkentuu vasta, kun "
            "saamme äänentoiston alihankkijan laskun – ilmoitan sen heti.\n\nHuom! Kaupungin tilinpäätöksen takia "
            "kaikki tämän vuoden laskut on lähetettävä viimeistään 22.12.2027." + SIG_LIIK.format(n="Sanna Virtanen"))
    m = _fi("liik_s", "Vauhti / joulunäytös", "Tue, 14 Dec 2027 13:10:29", body)
    return m, expect_requests("no count for an unpriced article and its price still open: both asked; the "
                              "'tilinpäätös' deadline is no service date", ASK, [
        request(cust("362004"), [line(LIIK, "LP90", None, None, ps="2027-12-11", skip=ND)],
                ["lines[0].quantity", "lines[0].unit_price"], LIIK)])


@case("p21_fi_pela_false_alarms_tilinpaatos_dates")
def _p21() -> Any:
    body = ("Hei,\n\nlaskutettavaksi erheelliset paloilmoitukset, Kiinteistö Oy Järvitorni (Y-tunnus "
            + cust("362005")["org_no"] + "):\n\n1) 3.12.2027 klo 02.14, automaattinen paloilmoitin, porraskäytävä B "
            "– PL10, 1 kpl\n2) 9.12.2027 klo 17.55, saunaosasto – PL10, 1 kpl\n\nToivomme, että laskut lähtevät vielä "
            "tänä vuonna: tilinpäätös tehdään 31.12.2027 tilanteen mukaan ja kirjanpito suljetaan 14.1.2028."
            + SIG_PELA.format(n="Kari Hämäläinen"))
    m = _fi("pela_k", "Erheelliset paloilmoitukset / Järvitorni", "Mon, 13 Dec 2027 10:21:07", body)
    return m, expect_requests("two numbered alarms with their own dates and clock times; the closing-of-books "
                              "dates are no periods", PLAIN, [
        request(cust("362005"), [line(PELA, "PL10", "1", ps="2027-12-03", skip=ND),
                                 line(PELA, "PL10", "1", ps="2027-12-09", skip=ND)], [], PELA)])


@case("p22_fi_pela_outlook_forward_number_words")
def _p22() -> Any:
    body = ("Hei, alla kouluttajan viesti, laskutus sen mukaan.\nT. Kari\n\n"
            "Lähettäjä: Jussi Karvonen <jussi.karvonen@jarvisavo-demo.fi>\n"
            "Lähetetty: keskiviikko 8. joulukuuta 2027 15.02\nVastaanottaja: Kari Hämäläinen "
            "<kari.hamalainen@jarvisavo-demo.fi>\nAihe: Koulutus Savon Hoivakodit\n\n"
            "Moi,\n\npidettiin 8.12. Savon Hoivakodit Oy:n Koivulan yksikössä alkusammutuskoulutus (PL30), "
            "osallistujia kaksitoista, ja lisäksi turvallisuuskoulutusta kolme tuntia (PL40).\n\n"
            "Viitteenne: KP 310 Koivula / Riikka Mäkelä\n\nJussi\nkouluttaja, Järvi-Savon pelastuslaitos\n")
    m = _fi("pela_k", "VL: Koulutus Savon Hoivakodit", "Tue, 14 Dec 2027 09:33:12", body)
    return m, expect_requests("Outlook forward (Finnish headers), number words for both quantities, a date "
                              "without a year, a name with ':n', a cost centre inside the reference", PLAIN, [
        request(cust("362006"), [line(PELA, "PL30", "12", ps="2027-12-08", skip=ND),
                                 line(PELA, "PL40", "3", ps="2027-12-08", skip=ND)], [], PELA,
                buyer="KP 310 Koivula / Riikka Mäkelä")])


@case("p23_fi_pela_pdf_autumn_inspections_two_customers")
def _p23() -> Any:
    def row(name: str, num: str, d: str) -> str:
        return (f"<tr><td>{name}</td><td>{cust(num)['org_no']}</td><td>PL20</td><td>{d}</td>"
                "<td class='num'>1</td><td class='num'>210,00</td></tr>")

    html = ("<h1>Jälkivalvontatarkastukset, syksy 2027</h1><p>Laskutettavat tarkastukset 1.9.–30.11.2027</p>"
            "<table><thead><tr><th>Asiakas</th><th>Y-tunnus</th><th>Tuote</th><th>Tarkastuspäivä</th><th>Määrä</th>"
            "<th>Hinta €</th></tr></thead><tbody>" + row("Kiinteistö Oy Järvitorni", "362005", "14.9.2027")
            + row("Savon Hoivakodit Oy", "362006", "5.10.2027") + row("Kiinteistö Oy Järvitorni", "362005",
                                                                      "23.11.2027")
            + "<tr><td><b>Yhteensä</b></td><td></td><td></td><td></td><td class='num'>3</td>"
            "<td class='num'><b>630,00</b></td></tr></tbody></table>")
    m = _fi("pela", "Syksyn jälkivalvontatarkastukset", "Wed, 15 Dec 2027 12:00:41",
            "Hei,\n\nsyksyn jälkivalvontatarkastukset laskutetaan yhdellä kertaa, lista liitteenä (pdf).\n"
            + SIG_PELA.format(n="Laskutus"),
            attachments=[pdf("jalkivalvonta_syksy2027.pdf", html)])
    return m, expect_requests("PDF table for two customers, grouped; each row's own inspection date wins over the "
                              "title's range; a totals row", PLAIN, [
        request(cust("362005"), [line(PELA, "PL20", "1", "210.00", ps="2027-09-14"),
                                 line(PELA, "PL20", "1", "210.00", ps="2027-11-23")], [], PELA),
        request(cust("362006"), [line(PELA, "PL20", "1", "210.00", ps="2027-10-05")], [], PELA)])


@case("p24_fi_pela_damage_work_two_prices")
def _p24() -> Any:
    body = ("Hei,\n\nvesivahinko Kiinteistö Oy Järvitorni:n kellarissa 10.12.2027 – laskutetaan vahingontorjuntatyö "
            "(PL90), 1 kpl. Hinnasta en ole varma: päivystäjän mukaan 380 €, mutta yötyön lisällä se olisi 460 €. "
            "Selvitän asian ja palaan." + SIG_PELA.format(n="Kari Hämäläinen"))
    m = _fi("pela_k", "Vahingontorjunta Järvitorni 10.12.", "Thu, 16 Dec 2027 07:45:00", body)
    return m, expect_requests("two candidate prices for an unpriced article, the writer unsure: price asked", ASK, [
        request(cust("362005"), [line(PELA, "PL90", "1", None, ps="2027-12-10", skip=ND)],
                ["lines[0].unit_price"], PELA)])


@case("p25_fi_pela_out_of_office_christmas")
def _p25() -> Any:
    token = "REQ-Q4T8N"
    body = ("Olen joululomalla 17.12.2027–9.1.2028 enkä lue sähköpostiani. Kiireellisissä laskutusasioissa ota "
            "yhteyttä: laskutus.pelastus@jarvisavo-demo.fi tai puh. 017 163 0000.\n\nHyvää joulua!\n"
            "Kari Hämäläinen\n")
    m = _fi("pela_k", "Automaattinen vastaus: [" + token + "] Puuttuvia tietoja laskutuspyynnöstä",
            "Fri, 17 Dec 2027 16:02:10", body,
            headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_unknown("a Christmas out-of-office answering the centre's question mail (token in the subject)",
                             OTHER, token_checked=False)


@case("p26_fi_era_attached_message_moose_lease")
def _p26() -> Any:
    inner = mail("Jari Koistinen <hirvi.suonenjoki@posti-demo.fi>", "Hirvenmetsästyksen aluevuokra 2027–2028",
                 "Thu, 09 Dec 2027 19:22:00 +0200",
                 "Hei,\n\nMetsästysseura Hirvi ry (Y-tunnus " + cust("362007")["org_no"] + ") vuokraa valtion "
                 "alueet hirvenmetsästykseen kaudelle 1.9.2027–15.1.2028, yhteensä 1 250,5 ha (EL20). Lasku "
                 "mielellään vielä tälle vuodelle.\n\nViite laskulle: Hirvijaosto / Jari Koistinen\n\n"
                 "Jari Koistinen\nrahastonhoitaja, Metsästysseura Hirvi ry, Suonenjoki\n",
                 to="Eräluvat <eraluvat@valtionerat-demo.fi>")
    m = _fi("era_p", "VL: Hirvenmetsästyksen aluevuokra 2027–2028", "Mon, 13 Dec 2027 08:05:33",
            "Hei, liitteenä seuran viesti. Laskutetaan sen mukaan, hinta hinnaston mukaan.\nT. Pekka\n",
            attachments=[inner])
    return m, expect_requests("the request only in an attached message: one of two same-named clubs resolved by "
                              "its Y-tunnus, hectares with a decimal comma, a season across the new year", PLAIN, [
        request(cust("362007"), [line(ERA, "EL20", "1250.5", ps="2027-09-01", pe="2028-01-15", skip=ND)], [], ERA,
                buyer="Hirvijaosto / Jari Koistinen")])


@case("p27_fi_era_same_named_clubs_no_number")
def _p27() -> Any:
    body = ("Hei!\n\nMetsästysseura Hirvi ry:lle 14 pienriistalupaa (EL10, vuorokausiluvat) välipäiville "
            "27.–31.12.2027. Seura tilasi puhelimessa, Y-tunnusta en saanut kysyttyä.\n\nt. Pekka\n")
    m = _fi("era_p", "Hirvi ry / välipäivien luvat", "Tue, 14 Dec 2027 14:12:50", body)
    return m, expect_requests("two registered clubs share the very name 'Metsästysseura Hirvi ry' and no number "
                              "is given: org_no asked", ASK, [
        request(new_cust("Metsästysseura Hirvi ry", None, None),
                [line(ERA, "EL10", "14", ps="2027-12-27", pe="2027-12-31", skip=ND)], ["customer.org_no"], ERA)])


@case("p28_fi_era_private_hunter_hetu_inflected_words")
def _p28() -> Any:
    body = ("Hei,\n\nMarkku Heiskanen (hetu " + HETU_MARKKU + ") osti asiakaspalvelusta:\n\n"
            "– pienriistalupa viideksi vuorokaudeksi 11.–15.12.2027 (EL10)\n"
            "– kalastuslupa, yksi kausi, voimassa 1.1.–31.12.2028 (EL30)\n\nLaskutus kotiosoitteeseen."
            + SIG_ERA.format(n="Eräluvat / asiakaspalvelu"))
    m = _fi("era", "Heiskanen, luvat", "Wed, 15 Dec 2027 10:09:18", body)
    return m, expect_requests("a registered private person by hetu; an inflected number word ('viideksi'); a "
                              "next-year season", PLAIN, [
        request(cust("362010"), [line(ERA, "EL10", "5", ps="2027-12-11", pe="2027-12-15", skip=ND),
                                 line(ERA, "EL30", "1", ps="2028-01-01", pe="2028-12-31", skip=ND)], [], ERA)])


@case("p29_fi_era_guiding_price_and_new_email")
def _p29() -> Any:
    body = ("Hei,\n\nErämatkat Korpela Oy, Y-tunnus " + cust("362009")["org_no"] + ": eräopastus (EL40) joulukuun "
            "revontulivaellukselle 6.–8.12.2027, yhteensä 6 tuntia à 85,00 €.\n\nHuom! Asiakkaan "
            "laskutussähköposti on vaihtunut: jatkossa laskut@eramatkatkorpela.fi (vanha toimisto@-osoite "
            "poistuu käytöstä vuodenvaihteessa)." + SIG_ERA.format(n="Pekka Tuominen"))
    m = _fi("era_p", "Korpela / opastus + uusi sähköposti", "Thu, 16 Dec 2027 11:40:02", body)
    out = expect_requests("a price given for the unpriced article; the customer's new e-mail address is a "
                          "register change mentioned beside the request (the output e-mail is not checked)", PLAIN, [
        request(cust("362009"), [line(ERA, "EL40", "6", "85.00", ps="2027-12-06", pe="2027-12-08", skip=ND)], [],
                ERA)])
    # The contract outputs a resolved customer's register e-mail, a clerk would note the new one: left open.
    del out["requests"][0]["customer"]["email"]
    return m, out


@case("p30_fi_era_register_change_new_email_only")
def _p30() -> Any:
    body = ("Hei,\n\nMetsästysseura Hirvi ry (Pielavesi, Y-tunnus " + cust("362008")["org_no"] + ") ilmoitti uuden "
            "sähköpostiosoitteen laskuille: rahastonhoitaja.hirvi@pielavesi-seurat.fi. Voitteko päivittää sen "
            "asiakasrekisteriin? Laskutettavaa ei tällä kertaa ole." + SIG_ERA.format(n="Pekka Tuominen"))
    m = _fi("era_p", "Asiakkaan uusi sähköpostiosoite", "Fri, 17 Dec 2027 09:20:55", body)
    return m, expect_unknown("a register change (a customer's new e-mail address), nothing to invoice", OTHER)
