"""Twenty-eighth held-out set (written blind), part B: the Finnish agencies — rescue academy courses, state property
short leases, statistics data deliveries: prose, XLSX, PDF and TSV attachments, a forward, a reply chain, a private
person by henkilötunnus; then the Finnish ones that must ask, a credit request, an auto-reply and a payment advice."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import fi_ref, rf
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

from .kit28 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_MATTI,
    OTHER,
    PELA,
    PLAIN,
    TIL,
    VKP,
    W,
    case,
    cust,
    line,
    no,
    org,
    request,
)

ND = ("description",)
SIG_PELA = ("\n\nYstävällisin terveisin\n{n}\nPelastusopisto | Koulutuspalvelut\nHulkontie 83, 70820 Kuopio\n"
            "Y-tunnus " + org(PELA) + "\n")
SIG_VKP = ("\n\nt. {n}\nLyhytvuokraus / Valtion kiinteistöpalvelut\npuh. 029 555 0140\n")
SIG_TIL = ("\n\nTietopalvelu\nTilastopalvelu | Y-tunnus " + org(TIL) + " | IBAN FI12 1660 3000 1077 48\n")


def _fi(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("c17_fi_pela_prose_course_participants_order")
def _c17() -> Any:
    body = ("Hei,\n\nlaskuttakaa Teollisuuspalo Oy:tä (Y-tunnus " + no("F-2851") + ") Teollisuuden sammutustyön "
            "jatkokurssista 1.–5.3.2027: kurssimaksu (PO10) 8 osallistujaa.\n\nTilausnumero: TP-2027-031\n"
            "Viitteenne: Harri Laine" + SIG_PELA.format(n="Jari Hämäläinen"))
    m = _fi("pela_j", "Laskutus: sammutustyön jatkokurssi", "Mon, 08 Mar 2027 10:05:00", body)
    return m, expect_requests("prose: participants, a date range for the course, order number and reference", PLAIN, [
        request(cust("F-2851"), [line(PELA, "PO10", "8", ps="2027-03-01", pe="2027-03-05", skip=ND)], [], PELA,
                buyer="Harri Laine", order="TP-2027-031")])


@case("c18_fi_pela_xlsx_drills_two_customers")
def _c18() -> Any:
    rows = [["Pvm", "Asiakas", "Y-tunnus", "Tuote", "Kuvaus", "Määrä"],
            [dt.date(2027, 3, 8), "Teollisuuspalo Oy", no("F-2851"), "PO30", "Savusukellus, simulaattori", 2],
            [dt.date(2027, 3, 9), "Kuopion Sopimuspalokunta ry", no("F-2852"), "PO20", "Palotalo", 4],
            [dt.date(2027, 3, 11), "Teollisuuspalo Oy", no("F-2851"), "PO20", "Kemikaalikenttä", 3.5]]
    m = _fi("pela", "Maaliskuun harjoitukset laskutukseen", "Fri, 12 Mar 2027 14:45:00",
            "Moi,\n\nliitteenä viikkojen 10 ja 11 ulkoiset harjoitukset, hinnat hinnaston mukaan." +
            SIG_PELA.format(n="Koulutuspalvelut"),
            attachments=[xlsx("harjoitukset_vk10-11.xlsx", [("Harjoitukset", rows, [])])])
    return m, expect_requests("XLSX rows for two customers grouped, date cells, a decimal hour count", PLAIN, [
        request(cust("F-2851"), [line(PELA, "PO30", "2", desc="Savusukellus, simulaattori", ps="2027-03-08"),
                                 line(PELA, "PO20", "3.5", desc="Kemikaalikenttä", ps="2027-03-11")], [], PELA),
        request(cust("F-2852"), [line(PELA, "PO20", "4", desc="Palotalo", ps="2027-03-09")], [], PELA)])


@case("c19_fi_pela_forward_event_company_drill")
def _c19() -> Any:
    body = ("Tämä laskutukseen, kiitos.\n\nJari\n\n-------- Välitetty viesti --------\nAihe: Turvallisuusharjoitus"
            " la 13.3.\nPäivämäärä: Sun, 14 Mar 2027 18:20:11 +0200\nLähettäjä: Ville Räsänen "
            "<ville.rasanen@pelastusopisto-demo.fi>\nVastaanottaja: Jari Hämäläinen\n\n"
            "Hei Jari, lauantain harjoitus Savon Tapahtumapalveluille (asiakasnro F-2853) meni hyvin.\n"
            "Laskutettavaa:\n- harjoitusalueen käyttö PO20, 6 h\n- simulaattoriharjoitus PO30, yksi kerta\n"
            "Molemmat la 13.3.2027.\n\nVille\n")
    m = _fi("pela_j", "VS: Turvallisuusharjoitus la 13.3.", "Mon, 15 Mar 2027 08:10:00", body)
    on = {"ps": "2027-03-13", "skip": ND}
    return m, expect_requests("inline forward, customer number, number word 'yksi', one date for both", PLAIN, [
        request(cust("F-2853"), [line(PELA, "PO20", "6", **on), line(PELA, "PO30", "1", **on)], [], PELA)])


@case("c20_fi_vkp_pdf_short_lease_agreement")
def _c20() -> Any:
    html = ("<h1>Lyhytvuokrasopimus</h1><p>Vuokralainen: Tutkimussäätiö Kaari sr<br/>Y-tunnus: " + no("F-2855")
            + "<br/>Kohde: Säätytalo, juhlasali<br/>Vuokra-aika: 19.3.2027–20.3.2027<br/>Vuokralaisen yhteyshenkilö:"
            " Laura Peltonen</p><table><thead><tr><th>Tuote</th><th>Kuvaus</th><th class='num'>Määrä</th>"
            "<th class='num'>À-hinta</th><th class='num'>Yhteensä</th></tr></thead><tbody>"
            "<tr><td>VK20</td><td>Juhlasali, vuorokausi</td><td class='num'>2</td><td class='num'>690,00</td>"
            "<td class='num'>1 380,00</td></tr><tr><td>VK30</td><td>Loppusiivous</td><td class='num'>1</td>"
            "<td class='num'>120,00</td><td class='num'>120,00</td></tr><tr><td></td><td>Yhteensä, veroton</td>"
            "<td></td><td></td><td class='num'>1 500,00</td></tr></tbody></table>")
    m = _fi("vkp_s", "Laskutettava: juhlasali 19.-20.3.", "Tue, 16 Mar 2027 11:25:00",
            "Hei!\nSopimus liitteenä, laskuttakaa vuokra-ajan jälkeen normaalisti." + SIG_VKP.format(n="Sari"),
            attachments=[pdf("sopimus_juhlasali_kaari.pdf", html)])
    # "Vuokralaisen yhteyshenkilö" is the tenant's contact, not labelled as their reference: left unchecked.
    req = request(cust("F-2855"), [line(VKP, "VK20", "2", "690.00", desc="Juhlasali, vuorokausi", ps="2027-03-19",
                                        pe="2027-03-20"),
                                   line(VKP, "VK30", "1", "120.00", desc="Loppusiivous", ps="2027-03-19",
                                        pe="2027-03-20")], [], VKP)
    del req["buyer_reference"]
    return m, expect_requests("PDF agreement: two lines with prices, a total row, one lease period for both", PLAIN,
                              [req])


@case("c21_fi_vkp_tsv_monthly_meeting_rooms")
def _c21() -> Any:
    tsv = ("asiakas\ty-tunnus\tpvm\ttuote\ttunnit\n"
           f"Savon Tapahtumapalvelut Oy\t{no('F-2853')}\t2.3.2027\tVK10\t3\n"
           f"Tietoaines Analytics Oy\t{no('F-2854')}\t4.3.2027\tVK10\t2,5\n"
           f"Savon Tapahtumapalvelut Oy\t{no('F-2853')}\t16.3.2027\tVK10\t4\n"
           f"Kuopion Sopimuspalokunta ry\t{no('F-2852')}\t20.3.2027\tVK10\t6\n"
           "YHTEENSÄ\t\t\t\t15,5\n")
    m = _fi("vkp", "Kokoustilat maaliskuu", "Fri, 26 Mar 2027 15:00:00",
            "Hei, maaliskuun kokoustilavaraukset liitteenä (tsv). Loput viikon varaukset tulevat ensi kuun "
            "listalla." + SIG_VKP.format(n="Lyhytvuokraus"),
            attachments=[text_att("kokoustilat_2027-03.tsv", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV rows for three customers, decimal comma, a total row that is no line", PLAIN, [
        request(cust("F-2853"), [line(VKP, "VK10", "3", ps="2027-03-02"), line(VKP, "VK10", "4", ps="2027-03-16")],
                [], VKP),
        request(cust("F-2854"), [line(VKP, "VK10", "2.5", ps="2027-03-04")], [], VKP),
        request(cust("F-2852"), [line(VKP, "VK10", "6", ps="2027-03-20")], [], VKP)])


@case("c22_fi_til_private_researcher_hetu_licence_year")
def _c22() -> Any:
    body = ("Hei\n\nTutkija Matti Korhonen (hetu " + HETU_MATTI + ") on saanut etäkäyttöluvan. Laskutetaan "
            "etäkäyttölupa TP30, yksi lupa, voimassa 1.4.2027–31.3.2028. Lasku sähköpostiin "
            "matti.korhonen@posti.fi.\n" + SIG_TIL)
    m = _fi("til", "Etäkäyttölupa M. Korhonen", "Wed, 17 Mar 2027 09:50:00", body)
    return m, expect_requests("private person by henkilötunnus, 'yksi lupa', a licence year ahead", PLAIN, [
        request(cust("F-2856"), [line(TIL, "TP30", "1", ps="2027-04-01", pe="2028-03-31", skip=ND)], [], TIL)])


@case("c23_fi_til_reply_chain_fixed_price_table_service")
def _c23() -> Any:
    body = ("Hei,\n\nsäätiö hyväksyi tarjouksen (alla). Laskuttakaa Tutkimussäätiö Kaari sr, asiakasnro F-2855: "
            "taulukkopalvelu TP90, kiinteä hinta 1 450,00 €, toimitettu 12.3.2027.\nViitteenne: Laura Peltonen\n"
            + SIG_TIL + "\n\nLaura Peltonen kirjoitti 9.3.2027 klo 13.02:\n> Hyvä, hyväksymme tarjouksen. "
            "Toimitus mielellään viikolla 10.\n>\n> Tietopalvelu kirjoitti 8.3.2027 klo 10.15:\n>> Tarjous: "
            "asuntokuntataulukot 2010–2025 kunnittain, kiinteä hinta 1 450,00 € + alv, toimitus viikossa.\n")
    m = _fi("til", "Re: Tarjous taulukkopalvelu", "Mon, 15 Mar 2027 12:40:00", body)
    return m, expect_requests("article without price, 'kiinteä hinta' gives quantity 1; the quoted offer is no line",
                              PLAIN, [
        request(cust("F-2855"), [line(TIL, "TP90", "1", "1450.00", ps="2027-03-12", skip=ND)], [], TIL,
                buyer="Laura Peltonen")])


@case("c24_fi_pela_custom_training_approx_price")
def _c24() -> Any:
    body = ("Hei\n\nTeollisuuspalo, asiakasnumero F-2851: räätälöity koulutus (PO90) 1 kpl, pidetään 23.3.2027 "
            "Kotkan tehtaalla. Hinta on noin 3 500 €, lopullinen hinta kun kouluttajien matkat on laskettu.\n"
            + SIG_PELA.format(n="Jari Hämäläinen"))
    m = _fi("pela_j", "Räätälöity koulutus Teollisuuspalo", "Thu, 18 Mar 2027 13:15:00", body)
    return m, expect_requests("'noin 3 500 €' on an article without price: unit price asked", ASK, [
        request(cust("F-2851"), [line(PELA, "PO90", "1", None, ps="2027-03-23", skip=ND)],
                ["lines[0].unit_price"], PELA)])


@case("c25_fi_vkp_hours_uncertain")
def _c25() -> Any:
    body = ("Moi\n\nTietoaines Analytics Oy:lle kokoustila (VK10) 18.3.2027, 4 tai 5 tuntia – varmistan vielä "
            "vahtimestarilta kumpi. Lisäksi siivouslisä (VK30) 1 kpl samalle päivälle." + SIG_VKP.format(n="Sari"))
    m = _fi("vkp_s", "Kokoustila Tietoaines 18.3.", "Fri, 19 Mar 2027 10:30:00", body)
    on = {"ps": "2027-03-18", "skip": ND}
    return m, expect_requests("'4 tai 5 tuntia', still to be checked: quantity asked; name with ':lle'", ASK, [
        request(cust("F-2854"), [line(VKP, "VK10", None, **on), line(VKP, "VK30", "1", **on)],
                ["lines[0].quantity"], VKP)])


@case("c26_fi_til_customer_not_in_register")
def _c26() -> Any:
    body = ("Hei,\n\naineistoluovutus (TP20) 2 kpl, toimitettu 15.3.2027.\nAsiakas: Pohjois-Savon liitto\n"
            "Y-tunnusta ei ole vielä tiedossa, kysyn sen heiltä.\n" + SIG_TIL)
    m = _fi("til", "Aineistoluovutus Pohjois-Savon liitto", "Tue, 16 Mar 2027 16:05:00", body)
    return m, expect_requests("a customer by a name not in the register and no number: org_no asked", ASK, [
        request(new_cust("Pohjois-Savon liitto", None, None), [line(TIL, "TP20", "2", ps="2027-03-15", skip=ND)],
                ["customer.org_no"], TIL)])


@case("c27_fi_vkp_lost_key_line_without_code_or_price")
def _c27() -> Any:
    body = ("Hei,\n\nSavon Tapahtumapalvelut Oy, Y-tunnus " + no("F-2853") + ":\n- juhlasali (VK20) 1 päivä, "
            "la 6.3.2027\n- kadonnut yleisavain 1 kpl, hinta selviää kun lukkoseppä on vaihtanut sylinterit\n"
            + SIG_VKP.format(n="Sari Nieminen"))
    m = _fi("vkp_s", "Juhlasali 6.3. + avain", "Mon, 22 Mar 2027 09:20:00", body)
    return m, expect_requests("second line has neither article nor price: its unit price asked", ASK, [
        request(cust("F-2853"), [line(VKP, "VK20", "1", ps="2027-03-06", skip=ND),
                                 line(VKP, None, "1", None, ps="2027-03-06", skip=ND)],
                ["lines[1].unit_price"], VKP)])


@case("c28_fi_til_credit_request")
def _c28() -> Any:
    body = ("Hei,\n\nhyvittäkää lasku 270011845 kokonaan. Erikoisajo laskutettiin Tietoaines Analytics Oy:ltä, "
            "mutta tilaaja oli toinen yritys. Oikea laskutuspyyntö tulee erikseen.\n" + SIG_TIL)
    m = _fi("til", "Hyvitys lasku 270011845", "Wed, 24 Mar 2027 11:11:00", body)
    return m, expect_unknown("a credit of an issued invoice, the new request promised separately: no requests",
                             OTHER)


@case("c29_fi_pela_auto_reply_with_token")
def _c29() -> Any:
    body = ("Automaattinen vastaus\n\nOlen koulutusmatkalla 22.–26.3.2027 enkä lue sähköpostia. Kiireellisissä "
            "asioissa koulutuspalvelut@pelastusopisto-demo.fi.\n\nJari Hämäläinen\n")
    m = _fi("pela_j", "Automaattinen vastaus: [REQ-8TD3K] Tietoja puuttuu laskulta", "Mon, 22 Mar 2027 07:02:00",
            body, headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-8TD3K.1@palvelukeskus.fi>"})
    return m, expect_unknown("an out-of-office reply carrying a token: unknown, nothing taken", OTHER,
                             token_checked=False)


@case("c30_fi_vkp_forwarded_payment_advice_pdf")
def _c30() -> Any:
    ref1, ref2 = fi_ref("2700109770"), rf("2700112031")
    spaced = " ".join(ref1[i:i + 5] for i in range(0, len(ref1), 5))
    html = ("<h1>Maksuilmoitus</h1><p>Maksaja: Savon Tapahtumapalvelut Oy<br/>Maksupäivä: 24.3.2027</p>"
            "<table><thead><tr><th>Lasku</th><th>Viite</th><th class='num'>Summa</th></tr></thead><tbody>"
            f"<tr><td>270010977</td><td>{spaced}</td><td class='num'>1 234,50</td></tr>"
            f"<tr><td>270011203</td><td>{ref2}</td><td class='num'>828,00</td></tr>"
            "<tr><td></td><td>Yhteensä EUR</td><td class='num'>2 062,50</td></tr></tbody></table>")
    m = _fi("vkp", "VL: maksuilmoitus", "Thu, 25 Mar 2027 08:35:00",
            "Asiakas lähetti tämän meille, välitän teille.\n" + SIG_VKP.format(n="Lyhytvuokraus"),
            attachments=[pdf("maksuilmoitus_240327.pdf", html)])
    return m, expect_advice("a payment advice as a PDF attachment: national reference with spaces, an RF reference",
                            OTHER, {"name": "Savon Tapahtumapalvelut Oy", "org_no": None}, "2027-03-24", "2062.50",
                            "EUR", [("270010977", ref1, "1234.50"), ("270011203", ref2, "828.00")])
