"""Thirty-eighth held-out set (written blind), part B: the Finnish agencies' threads (a city's port, a state agency
for food inspections, a university's language centre) — new requests above last month's quoted ones (Gmail
'… kirjoitti:', Outlook 'Lähettäjä:/Lähetetty:' and 'From:/Sent:'), a corrected CSV whose first version is only
mentioned, a request forwarded twice with a correction on top, a PDF form, an HTML table, an XLSX with an
instruction sheet, number words, the must-ask ones (a price that must not come from the quoted old contract, an
approximate price, a company without Y-tunnus) and an out-of-office in a thread and a reply carrying its token
only in the quoted question."""
from __future__ import annotations

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

from .kit38 import (
    ASK,
    CENTRE_FI,
    ELTA,
    FEB,
    FI_DATE,
    KIEL,
    MAR,
    ND,
    OTHER,
    PLAIN,
    SATA,
    W,
    case,
    cust,
    line,
    org,
    pay,
    question_fi,
    quote,
    request,
)

SIG_SATA = ("\n\nYstävällisin terveisin\n{n}\nLapaluodon satama | Raahen kaupunki\nY-tunnus " + org(SATA)
            + " | Satamakonttori 044 439 3300 | Lapaluodontie 50, 92180 Raahe\n")
SIG_ELTA = ("\n\nTerveisin\n{n}\nElintarviketarkastusvirasto\nY-tunnus " + org(ELTA) + " | IBAN " + pay(ELTA)
            + "\nTämä viesti ja sen liitteet voivat sisältää luottamuksellista tietoa.\n")
SIG_KIEL = ("\n\nParhain terveisin\n{n}\nKielikeskus | Saimaan yliopisto\nYliopistonkatu 34, 53850 Lappeenranta\n"
            "puh. 029 446 2110 | Y-tunnus " + org(KIEL) + "\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _outlook(frm: str, sent: str, to: str, subj: str) -> str:
    return f"\n\nLähettäjä: {frm}\nLähetetty: {sent}\nVastaanottaja: {to}\nAihe: {subj}\n\n"


@case("r17_fi_sata_gmail_kirjoitti_new_above_old")
def _r17() -> Any:
    old = ("Hei,\n\nVarustamo Perämeri Oy:lle helmikuun käynti 1.–2.2.2027:\n- laituripaikka 2 vrk (SA10)\n"
           "- vettä 18 m3 (SA30)\n\nViitteenne: Mikael Rask\n\nPekka")
    body = ("Moi,\n\nsitten maaliskuun ensimmäinen käynti. Varustamo Perämeri Oy:lle M/S Perämeren satamakäynti "
            "2.–4.3.2027:\n- laituripaikka 3 vrk (SA10)\n- jätehuolto 1 käynti (SA20)\n- vettä 42,5 m3 (SA30)\n"
            "- kiinnitys ja irrotus 2 kertaa (SA40)\n\nViitteenne: Mikael Rask\n\nPekka\n\n"
            "ma 8.2.2027 klo 10.14 Pekka Kangas <pekka.kangas@raahe-demo.fi> kirjoitti:\n" + quote(old))
    m = _fi("sata_p", "Re: Perämeri / laskutus", "Mon, 08 Mar 2027 09:02:33", body)
    v = ("2027-03-02", "2027-03-04")
    return m, expect_requests("a new port call above last month's Gmail-quoted one: only the new four lines; "
                              "'Oy:lle' on the name; the call's day range for every line", PLAIN, [
        request(cust("C-3851"), [line(SATA, "SA10", "3", ps=v[0], pe=v[1], skip=ND),
                                 line(SATA, "SA20", "1", ps=v[0], pe=v[1], skip=ND),
                                 line(SATA, "SA30", "42.5", ps=v[0], pe=v[1], skip=ND),
                                 line(SATA, "SA40", "2", ps=v[0], pe=v[1], skip=ND)], [], SATA,
                buyer="Mikael Rask")])


@case("r18_fi_sata_corrected_csv_two_customers")
def _r18() -> Any:
    kal, bot = cust("C-3852")["org_no"], cust("C-3807")["org_no"]
    csv = ('"Asiakas","Y-tunnus","Pvm","Tuote","Selite","Määrä"\n'
           f'"Kalajoen Sahatavara Oy","{kal}","11.2.2027","SA10","Laituri, m/s Sahanranta","2"\n'
           f'"Botnia Bunkring Oy","{bot}","15.2.2027","SA30","Vesi, m/t Botnia Star","12,5"\n'
           f'"Kalajoen Sahatavara Oy","{kal}","12.2.2027","SA40","Kiinnitys/irrotus","2"\n'
           f'"Botnia Bunkring Oy","{bot}","15.2.2027","SA20","Jätehuolto","1"\n')
    body = ("Hei,\n\nkorjattu helmikuun tiedosto liitteenä (satama_2027-02_v2.csv). Alla olevan viestin "
            "ensimmäinen versio oli väärä, älkää käyttäkö sitä – tämä korvaa sen kokonaan."
            + SIG_SATA.format(n="Satamakonttori")
            + _outlook(W["sata"], "perjantai 5. maaliskuuta 2027 14.22", CENTRE_FI, "Satamalaskutus helmikuu")
            + "Hei,\n\nhelmikuun satamalaskutus liitteenä (satama_2027-02.csv).\n\nSatamakonttori\n")
    m = _fi("sata", "VS: Satamalaskutus helmikuu", "Tue, 09 Mar 2027 10:48:20", body,
            attachments=[text_att("satama_2027-02_v2.csv", csv, bom=True)])
    return m, expect_requests("a corrected comma CSV with quoted fields (a decimal comma inside quotes) sent in "
                              "the thread of the first version, which is only mentioned; two customers by "
                              "Y-tunnus (the Finnish twin), rows grouped", PLAIN, [
        request(cust("C-3852"), [line(SATA, "SA10", "2", desc="Laituri, m/s Sahanranta", ps="2027-02-11"),
                                 line(SATA, "SA40", "2", desc="Kiinnitys/irrotus", ps="2027-02-12")], [], SATA),
        request(cust("C-3807"), [line(SATA, "SA30", "12.5", desc="Vesi, m/t Botnia Star", ps="2027-02-15"),
                                 line(SATA, "SA20", "1", desc="Jätehuolto", ps="2027-02-15")], [], SATA)])


@case("r19_fi_sata_out_of_office_in_thread")
def _r19() -> Any:
    token = "REQ-2HX7C"
    body = ("Olen lomalla 8.–14.3.2027 enkä lue sähköpostia. Kiireellisissä satama-asioissa soita "
            "satamakonttoriin 044 439 3300. Laskutusasiat: satamakonttori@raahe-demo.fi.\n\nPekka Kangas\n\n"
            "I am on holiday 8–14 March 2027 and will not read my e-mail.\n")
    m = _fi("sata_p", f"Automaattinen vastaus: Vs: [{token}] Lisätietoja tarvitaan: laskutuspyyntö Kalajoen "
            "Sahatavara Oy", "Mon, 08 Mar 2027 07:00:12", body,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                     "In-Reply-To": f"<{token}.2@palvelukeskus.fi>",
                     "References": f"<{token}.1@palvelukeskus.fi> <{token}.2@palvelukeskus.fi>"})
    return m, expect_unknown("an out-of-office answer in a question thread (token in the subject and headers)",
                             OTHER, token_checked=False)


@case("r20_fi_sata_storage_price_not_from_old_contract")
def _r20() -> Any:
    old = ("Hei,\n\nKalajoen Sahatavara Oy (Y-tunnus " + cust("C-3852")["org_no"] + "), varastokenttä SA90 "
           "helmikuu 2027, 1 kk à 1 850,00 €." + SIG_SATA.format(n="Satamakonttori"))
    body = ("Hei,\n\nKalajoen Sahatavara Oy:n varastokenttä (SA90) maaliskuulta 2027, 1 kk. Uusi sopimus on vielä "
            "allekirjoittamatta ja hinta muuttuu, joten alla olevan helmikuun hinnan mukaan EI saa laskuttaa. "
            "Ilmoitamme hinnan heti kun sopimus on valmis." + SIG_SATA.format(n="Satamakonttori")
            + _outlook(W["sata"], "maanantai 1. helmikuuta 2027 9.05", CENTRE_FI,
                       "Varastokenttä Kalajoen Sahatavara") + old)
    m = _fi("sata", "VS: Varastokenttä Kalajoen Sahatavara", "Wed, 10 Mar 2027 11:15:40", body)
    return m, expect_requests("an unpriced article in last month's thread whose quoted price the writer forbids: "
                              "price asked; 'maaliskuulta 2027' is the month", ASK, [
        request(cust("C-3852"), [line(SATA, "SA90", "1", None, ps=MAR[0], pe=MAR[1], skip=ND)],
                ["lines[0].unit_price"], SATA)])


@case("r21_fi_sata_forwarded_twice_correction_on_top")
def _r21() -> Any:
    inner = ("Hei,\n\ntilaamme m/s Raahenportille 3.3.: vettä 20 m3 (SA30) ja laituripaikan 1 vrk (SA10).\n"
             "Laskutus: Varustamo Perämeri Oy, Y-tunnus " + cust("C-3851")["org_no"] + "\n"
             "Tilausnumero: PM-0311\nViitteemme: Anu Salo\n\nVarustamo Perämeri, operointi\n")
    middle = ("Laskutukseen. Laituripaikka oli 1 vrk kuten tilattu.\nPekka\n\n"
              "---------- Välitetty viesti ----------\n"
              "Lähettäjä: Varustamo Perämeri Oy, operointi <operointi@varustamoperameri.fi>\n"
              "Päivämäärä: ti 2.3.2027 klo 11.02\nAihe: Vesitilaus m/s Raahenportti\n"
              "Vastaanottaja: Pekka Kangas <pekka.kangas@raahe-demo.fi>\n\n" + inner)
    body = ("Hei,\n\nkatso alta, mutta vettä toimitettiin 30 m3 eikä 20 – mittarilukema tarkistettu. Muuten kuten "
            "alla.\n\nSatamakonttori\n\n---------- Välitetty viesti ----------\n"
            "Lähettäjä: Pekka Kangas <pekka.kangas@raahe-demo.fi>\nPäivämäärä: ke 3.3.2027 klo 16.40\n"
            "Aihe: VL: Vesitilaus m/s Raahenportti\nVastaanottaja: Satamakonttori <satamakonttori@raahe-demo.fi>\n\n"
            + middle)
    m = _fi("sata", "VL: VL: Vesitilaus m/s Raahenportti", "Thu, 11 Mar 2027 08:26:03", body)
    return m, expect_requests("a customer's order forwarded twice, a comment at each level; the top one corrects "
                              "the water from 20 to 30 m3; 'Viitteemme' in the customer's own mail is the buyer "
                              "reference; a date without a year", PLAIN, [
        request(cust("C-3851"), [line(SATA, "SA30", "30", ps="2027-03-03", skip=ND),
                                 line(SATA, "SA10", "1", ps="2027-03-03", skip=ND)], [], SATA,
                buyer="Anu Salo", order="PM-0311")])


@case("r22_fi_elta_reply_ytunnus_alone_token_only_in_quote")
def _r22() -> Any:
    token = "REQ-F9W3K"
    q = question_fi(token, ["Asiakkaan Y-tunnus (customer.org_no)"],
                    "Asiakas: Kultasiipi-leipomo\nRivi 1: ET10 Tarkastus, tunti – 2 h à 98,00 €")
    body = (cust("C-3853")["org_no"] + "\n\nt. Sari"
            + _outlook(CENTRE_FI, "tiistai 9. maaliskuuta 2027 15.10", W["elta_s"],
                       f"[{token}] Lisätietoja tarvitaan: laskutuspyyntö Kultasiipi-leipomo") + q)
    m = _fi("elta_s", "Vs: Lisätietoja tarvitaan", "Wed, 10 Mar 2027 07:41:26", body)
    return m, expect_reply("a Y-tunnus alone above an Outlook-quoted question; the subject lost the token and "
                           "there are no reference headers: the token is taken from the quoted question", OTHER,
                           token, {"customer": {"org_no": cust("C-3853")["org_no"]}, "lines": []})


@case("r23_fi_elta_pdf_form_reply_in_thread")
def _r23() -> Any:
    html = ("<h1>Laskutuslomake – tarkastus</h1><table style='width:60%'>"
            "<tr><th>Toimija</th><td>Kalajalostamo Lohimaa Oy</td></tr>"
            "<tr><th>Y-tunnus</th><td>" + cust("C-3854")["org_no"] + "</td></tr>"
            "<tr><th>Tarkastuspäivä</th><td>9.3.2027</td></tr><tr><th>Viitteenne</th><td>Tuula Lehto</td></tr>"
            "<tr><th>Tilausnumero</th><td>LM-4410</td></tr><tr><th>Tarkastaja</th><td>Sari Heikkilä</td></tr>"
            "</table><h2>Laskutettavat</h2><table><thead><tr><th>Tuote</th><th>Selite</th><th>Määrä</th>"
            "<th>Yksikkö</th></tr></thead><tbody>"
            "<tr><td>ET10</td><td>Uusintatarkastus</td><td class='num'>3,5</td><td>h</td></tr>"
            "<tr><td>ET20</td><td>Listeria-näytteet</td><td class='num'>4</td><td>näyte</td></tr>"
            "</tbody></table><p>Hinnat voimassa olevan maksuasetuksen mukaan.</p>")
    old = ("Hei,\n\nKalajalostamo Lohimaa Oy, Y-tunnus " + cust("C-3854")["org_no"] + ": tarkastus 2 h (ET10) "
           "2.2.2027.\n\nt. Sari")
    body = ("Hei,\n\nliitteenä Lohimaan uusintatarkastuksen laskutuslomake. Edellisen tarkastuksen laskutus on alla, "
            "se on jo hoidettu." + SIG_ELTA.format(n="Sari Heikkilä")
            + _outlook(W["elta_s"], "keskiviikko 3. helmikuuta 2027 8.55", CENTRE_FI, "Tarkastus Lohimaa") + old)
    m = _fi("elta_s", "Vs: Tarkastus Lohimaa", "Wed, 10 Mar 2027 13:05:50", body,
            attachments=[pdf("laskutuslomake_lohimaa_2027-03-09.pdf", html)])
    return m, expect_requests("the request in a PDF form attached to a reply whose quoted part is last month's, "
                              "already invoiced request; form fields give the date and references", PLAIN, [
        request(cust("C-3854"), [line(ELTA, "ET10", "3.5", desc="Uusintatarkastus", ps="2027-03-09"),
                                 line(ELTA, "ET20", "4", desc="Listeria-näytteet", ps="2027-03-09")], [], ELTA,
                buyer="Tuula Lehto", order="LM-4410")])


@case("r24_fi_elta_html_table_inflected_month_quoted_estimate")
def _r24() -> Any:
    ask = ("Hei,\ntarvitsemme helmikuussa arviolta 15 vientitodistusta Norjaan ja Iso-Britanniaan.\n"
           "Terveisin Leipomo Kultasiipi, Hanna Laakso")
    text = ("Hei,\n\nLeipomo Kultasiipi Oy:n (asiakasnro C-3853) vientitodistukset helmikuulta 2027:\n\n"
            "ET30  Vientitodistus, Norja            9 kpl\nET30  Vientitodistus, Iso-Britannia   3 kpl\n"
            "ET20  Näytteet, vienti                 2 näytettä\n\nViitteenne: Hanna Laakso\n\nLaskutus ETV\n\n"
            "pe 29.1.2027 klo 13.20 Hanna Laakso <hanna.laakso@kultasiipi.fi> kirjoitti:\n" + quote(ask))
    html = ("<div><p>Hei,</p><p>Leipomo Kultasiipi Oy:n (asiakasnro C-3853) vientitodistukset helmikuulta 2027:</p>"
            "<table border='1'><tr><th>Tuote</th><th>Selite</th><th>Määrä</th></tr>"
            "<tr><td>ET30</td><td>Vientitodistus, Norja</td><td>9 kpl</td></tr>"
            "<tr><td>ET30</td><td>Vientitodistus, Iso-Britannia</td><td>3 kpl</td></tr>"
            "<tr><td>ET20</td><td>Näytteet, vienti</td><td>2 näytettä</td></tr></table>"
            "<p>Viitteenne: Hanna Laakso</p><p>Laskutus ETV</p></div><div class='gmail_quote'>"
            "pe 29.1.2027 klo 13.20 Hanna Laakso &lt;hanna.laakso@kultasiipi.fi&gt; kirjoitti:<blockquote>"
            "Hei,<br>tarvitsemme helmikuussa arviolta 15 vientitodistusta Norjaan ja Iso-Britanniaan.<br>"
            "Terveisin Leipomo Kultasiipi, Hanna Laakso</blockquote></div>")
    m = _fi("elta", "Re: Vientitodistukset", "Thu, 11 Mar 2027 09:58:14", text, html=html)
    return m, expect_requests("text and HTML tables alike; 'helmikuulta 2027' for every line; the customer's "
                              "quoted estimate (15) is not the count", PLAIN, [
        request(cust("C-3853"), [line(ELTA, "ET30", "9", desc="Vientitodistus, Norja", ps=FEB[0], pe=FEB[1]),
                                 line(ELTA, "ET30", "3", desc="Vientitodistus, Iso-Britannia", ps=FEB[0],
                                      pe=FEB[1]),
                                 line(ELTA, "ET20", "2", desc="Näytteet, vienti", ps=FEB[0], pe=FEB[1])], [],
                ELTA, buyer="Hanna Laakso")])


@case("r25_fi_elta_noin_price_special_report")
def _r25() -> Any:
    body = ("Hei!\n\nOsuuskauppa Saimaanranta (Y-tunnus " + cust("C-3855")["org_no"] + "):\n"
            "1) tarkastus 2 h (ET10) 4.3.2027\n"
            "2) erityisselvitys (ET90) allergeenivalvonnasta, yksi selvitys, hinta noin 1 200 euroa – tarkka "
            "summa selviää kun laboratorion lasku tulee.\n\nSari\n\n"
            "to 4.3.2027 klo 15.30 Sari Heikkilä <sari.heikkila@elintarviketarkastus-demo.fi> kirjoitti:\n"
            + quote("Muistiinpano: Saimaanranta, tarkastus tehty tänään, erityisselvitys tilattu. Laskutetaan "
                    "kun selvitys valmis."))
    m = _fi("elta_s", "Re: Saimaanranta", "Thu, 11 Mar 2027 14:40:09", body)
    return m, expect_requests("an approximate price ('noin 1 200 euroa') on an unpriced article: that price "
                              "asked; the inspection line stands", ASK, [
        request(cust("C-3855"), [line(ELTA, "ET10", "2", ps="2027-03-04", skip=ND),
                                 line(ELTA, "ET90", "1", None, skip=ND)], ["lines[1].unit_price"], ELTA)])


@case("r26_fi_elta_company_without_ytunnus")
def _r26() -> Any:
    body = ("Hei,\n\nlaskuttakaa Ravintola Merikrouvi, Rantakatu 4, 92100 Raahe: tarkastus 1,5 h (ET10) ja "
            "2 näytettä (ET20), 11.3.2027. Y-tunnusta en löytänyt, yrittäjä lupasi ilmoittaa sen."
            + SIG_ELTA.format(n="Sari Heikkilä")
            + _outlook("Ravintola Merikrouvi <merikrouvi@posti-demo.fi>", "maanantai 1. maaliskuuta 2027 18.02",
                       W["elta_s"], "Tarkastusaika")
            + "Hei, torstai 11.3. käy meille hyvin tarkastukselle. T. Merja\n")
    m = _fi("elta_s", "Vs: Tarkastusaika", "Fri, 12 Mar 2027 10:20:31", body)
    return m, expect_requests("a company not in the register, address given but no Y-tunnus: org_no asked (and "
                              "not the address)", ASK, [
        request(new_cust("Ravintola Merikrouvi", None, None), [line(ELTA, "ET10", "1.5", ps="2027-03-11", skip=ND),
                                                               line(ELTA, "ET20", "2", ps="2027-03-11", skip=ND)],
                ["customer.org_no"], ELTA)])


@case("r27_fi_kiel_number_word_new_course_in_old_thread")
def _r27() -> Any:
    old = ("Hei,\n\nVireän syksyn kurssi: kymmenen osallistujaa (KK10), 1.9.–30.11.2026.\nTilausnumero: "
           "VIR-2026-33\nViitteenne: Jari Pölönen" + SIG_KIEL.format(n="Hanna Virtanen"))
    body = ("Hei,\n\nInsinööritoimisto Vireä Oy:n kevään ruotsin kurssi alkoi: kaksitoista osallistujaa (KK10), "
            "kurssiaika 1.3.–30.4.2027.\nTilausnumero: VIR-2027-07\nViitteenne: Jari Pölönen"
            + SIG_KIEL.format(n="Hanna Virtanen")
            + _outlook(W["kiel_h"], "maanantai 2. marraskuuta 2026 10.30", CENTRE_FI, "Ruotsin kurssi, Vireä") + old)
    m = _fi("kiel_h", "Vs: Ruotsin kurssi, Vireä", "Mon, 08 Mar 2027 12:12:12", body)
    return m, expect_requests("a number word ('kaksitoista') in a new request above last autumn's (another number "
                              "word, order number and period)", PLAIN, [
        request(cust("C-3856"), [line(KIEL, "KK10", "12", ps="2027-03-01", pe="2027-04-30", skip=ND)], [], KIEL,
                buyer="Jari Pölönen", order="VIR-2027-07")])


@case("r28_fi_kiel_xlsx_instruction_and_month_sheet")
def _r28() -> Any:
    guide = [["Ohje"], ["Täytä yksi rivi per käännös. Esimerkki alla, älä laskuta."],
             ["Pvm", "Tuote", "Selite", "Sivuja"], ["2027-01-01", "KK20", "Esimerkkiteksti", 10]]
    rows = [["Käännökset helmikuu 2027 – Lappeenrannan kaupunki", None, None, None],
            ["Pvm", "Tuote", "Selite", "Sivuja"], ["2027-02-04", "KK20", "Tiedote, ruotsi", 6],
            ["2027-02-15", "KK20", "Päätösote, englanti", 11], ["2027-02-22", "KK20", "Verkkosivut, ruotsi", 23.5],
            [None, None, "Yhteensä", 40.5]]
    body = ("Hei,\n\nhelmikuun käännökset Lappeenrannan kaupungille (asiakasnumero C-3857) liitteenä, "
            "välilehti Helmikuu." + SIG_KIEL.format(n="Kielikeskus")
            + "\n\nti 2.2.2027 klo 9.03 Viestintä Lappeenranta <viestinta@lappeenranta-demo.fi> kirjoitti:\n"
            + quote("Hei, lähetämme helmikuussa käännettäväksi tiedotteita ja verkkosivuja, yhteensä ehkä "
                    "30–40 sivua."))
    m = _fi("kiel", "Re: Käännökset helmikuu", "Tue, 09 Mar 2027 15:33:07", body,
            attachments=[xlsx("kaannokset_2027-02.xlsx", [("Ohje", guide, []), ("Helmikuu", rows, ["A1:D1"])])])
    return m, expect_requests("XLSX with an instruction sheet (its example row is not invoiced), a title row, a "
                              "decimal page count and a total row; the customer number in the body", PLAIN, [
        request(cust("C-3857"), [line(KIEL, "KK20", "6", desc="Tiedote, ruotsi", ps="2027-02-04"),
                                 line(KIEL, "KK20", "11", desc="Päätösote, englanti", ps="2027-02-15"),
                                 line(KIEL, "KK20", "23.5", desc="Verkkosivut, ruotsi", ps="2027-02-22")], [],
                KIEL)])


@case("r29_fi_kiel_inflected_number_word_quoted_estimate")
def _r29() -> Any:
    body = ("Hei,\n\nlaskuttakaa Aurora Sensorit Oy:ltä (Y-tunnus " + cust("C-3858")["org_no"] + ") kielitaidon "
            "arvioinnit (KK30) yhdeksälle työntekijälle, arvioinnit pidettiin 9.3.2027."
            + SIG_KIEL.format(n="Hanna Virtanen")
            + "\n\nma 22.2.2027 klo 8.47 Aurora Sensorit HR <hr@aurorasensorit.fi> kirjoitti:\n"
            + quote("Hei! Voisitteko arvioida maaliskuussa noin 10 henkilön ruotsin kielitaidon? Tarkka lista "
                    "tulee myöhemmin.\nHR-tiimi"))
    m = _fi("kiel_h", "Re: Kielitaidon arvioinnit", "Wed, 10 Mar 2027 16:05:18", body)
    return m, expect_requests("an inflected number word ('yhdeksälle' = 9) and 'Oy:ltä'; the customer's quoted "
                              "'noin 10' is not the count", PLAIN, [
        request(cust("C-3858"), [line(KIEL, "KK30", "9", ps="2027-03-09", skip=ND)], [], KIEL)])


@case("r30_fi_kiel_english_outlook_headers_price_given")
def _r30() -> Any:
    body = ("Hei,\n\nOsuuskauppa Saimaanranta, Y-tunnus " + cust("C-3855")["org_no"] + ":\n"
            "- tulkkaus (KK40) 5.3.2027, 3 h à 95,00 €\n- käännös (KK20), 14 sivua, toimitettu 8.3.2027\n\n"
            "Viitteenne: Marja Kinnunen" + SIG_KIEL.format(n="Kielikeskus")
            + "\n\nFrom: Kielikeskus <kielikeskus@saimaanyliopisto-demo.fi>\nSent: Thursday, January 14, 2027 "
              "2:15 PM\nTo: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\nSubject: Tulkkaus Saimaanranta\n\n"
              "Hei,\n\nOsuuskauppa Saimaanranta: tulkkaus (KK40) 12.1.2027, 2 h à 90,00 €.\n\nKielikeskus\n")
    m = _fi("kiel", "RE: Tulkkaus Saimaanranta", "Fri, 12 Mar 2027 09:44:51", body)
    return m, expect_requests("English Outlook headers over January's request; a price written for the unpriced "
                              "interpreting article; a date for each line", PLAIN, [
        request(cust("C-3855"), [line(KIEL, "KK40", "3", "95.00", ps="2027-03-05", skip=ND),
                                 line(KIEL, "KK20", "14", ps="2027-03-08", skip=ND)], [], KIEL,
                buyer="Marja Kinnunen")])
