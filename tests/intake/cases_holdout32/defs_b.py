"""Thirty-second held-out set (written blind), part B: the Finnish agencies' May mail — certificates from the
population data agency, environmental permit fees and inspections, language exam fees; prose, TSV, XLSX and PDF,
case endings on names, a new customer with an e-invoice address, requests that must ask, a status question, an
auto-reply carrying a token and a reply to the centre's question."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt
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

from .kit32 import (
    APRIL,
    ASK,
    AVL,
    CENTRE_FI,
    DVT,
    HETU_MATTI,
    ND,
    NOP,
    OTHER,
    PLAIN,
    TUT,
    W,
    case,
    cust,
    line,
    org,
    request,
    rfc_date,
)

SIG_DVT = ("\n\nYstävällisin terveisin\n{n}\nTodistuspalvelu | Digi- ja väestötietopalvelut\nY-tunnus " + org(DVT)
           + " | vaihde 0295 536 000\n")
SIG_AVL = ("\n\n{n}\nPohjanlahden aluehallintovirasto\nYmpäristöluvat\nPuh. 0295 017 500 | Y-tunnus " + org(AVL)
           + "\n")
SIG_TUT = "\n\nt. {n}\nKansallinen tutkintokeskus / kielitutkinnot\n"


def _fi(frm: str, subj: str, day: int, hhmm: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, rfc_date(day, hhmm, "FI"), body, to=CENTRE_FI, **kw)


@case("v17_fi_dvt_prose_estate_certificates")
def _v17() -> Any:
    body = ("Hei,\n\nlaskuttakaa Perukirjatoimisto Rauta Oy:tä (Y-tunnus " + cust("62101")["org_no"] + ") "
            "kuolinpesä Ahon perunkirjoitusta varten toimitetuista asiakirjoista. Toimitettu 6.5.2027:\n\n"
            "- sukuselvitys perunkirjoitusta varten, 2 kpl (DT30)\n- virkatodistus suomeksi, 3 kpl (DT10)\n\n"
            "Viitteenne: Jari Rauta" + SIG_DVT.format(n="Hannele Rautio"))
    m = _fi("dvt_h", "Laskutus / Perukirjatoimisto Rauta", 7, "10:15", body)
    return m, expect_requests("Finnish prose with a bullet list, a delivery date for both lines", PLAIN, [
        request(cust("62101"), [line(DVT, "DT30", "2", ps="2027-05-06", skip=ND),
                                line(DVT, "DT10", "3", ps="2027-05-06", skip=ND)], [], DVT, buyer="Jari Rauta")])


@case("v18_fi_dvt_tsv_mass_searches_april")
def _v18() -> Any:
    tsv = ("Asiakasnro\tAsiakas\tPalvelu\tTuote\tHakuja\tKausi\n"
           "62102\tPerintätoimisto Kontio Oy\tOsoitepalvelu\tDT40\t12 480\t04/2027\n"
           "62101\tPerukirjatoimisto Rauta Oy\tHenkilöhaku\tDT40\t315\t04/2027\n"
           "62102\tPerintätoimisto Kontio Oy\tHenkilöhaku\tDT40\t1 022\t04/2027\n"
           "\t\t\tYhteensä\t13 817\t\n")
    m = _fi("dvt", "Massatietoluovutukset huhtikuu", 4, "08:02",
            "Hei, huhtikuun massatietoluovutukset liitteenä laskutettavaksi. Hinta taksan mukaan."
            + SIG_DVT.format(n="Todistuspalvelu"),
            attachments=[text_att("massaluovutukset_2027-04.tsv", tsv, subtype="tab-separated-values", bom=True)])
    return m, expect_requests("TSV with BOM, thousands with spaces, a month column, a total row; grouped", PLAIN, [
        request(cust("62102"), [line(DVT, "DT40", "12480", desc="Osoitepalvelu", ps=APRIL[0], pe=APRIL[1]),
                                line(DVT, "DT40", "1022", desc="Henkilöhaku", ps=APRIL[0], pe=APRIL[1])], [], DVT),
        request(cust("62101"), [line(DVT, "DT40", "315", desc="Henkilöhaku", ps=APRIL[0], pe=APRIL[1])], [], DVT)])


@case("v19_fi_dvt_private_hetu_english_certificate")
def _v19() -> Any:
    body = ("Hei\n\nMatti Korhonen (hetu " + HETU_MATTI + ") tilasi yhden englanninkielisen virkatodistuksen "
            "(DT20) 12.5. Todistus postitettiin samana päivänä kotiosoitteeseen.\n\nTodistuspalvelu\n")
    m = _fi("dvt", "Yksityisasiakas Korhonen", 13, "12:48", body)
    return m, expect_requests("private person by hetu; 'yhden' is one; a date without a year", PLAIN, [
        request(cust("62103"), [line(DVT, "DT20", "1", ps="2027-05-12", skip=ND)], [], DVT)])


@case("v20_fi_dvt_bad_hetu_unknown_person")
def _v20() -> Any:
    body = ("Hei,\n\nlaskutettava asiakas: Sirpa Lahtinen, hetu 080469-252B, Koulukatu 7 B 12, 15100 Lahti.\n"
            "Sukuselvitys perunkirjoitusta varten 1 kpl (DT30), toimitettu 14.5.2027." + SIG_DVT.format(n="Hannele"))
    m = _fi("dvt_h", "Laskutus Lahtinen", 14, "15:20", body)
    # The henkilötunnus fails its check character; the person is not in the register: identity asked.
    return m, expect_requests("a hetu with a wrong check character, person not in the register: asked", ASK, [
        request(new_cust("Sirpa Lahtinen", None, None), [line(DVT, "DT30", "1", ps="2027-05-14", skip=ND)],
                ["customer.org_no"], DVT)])


@case("v21_fi_dvt_status_question")
def _v21() -> Any:
    body = ("Hei,\n\nlähetimme 3.5. laskutuspyynnön Perintätoimisto Kontio Oy:n maaliskuun hauista. Asiakas kysyy, "
            "milloin lasku tulee, koska heidän pitää kirjata se vielä toukokuulle. Onko lasku jo lähtenyt?"
            + SIG_DVT.format(n="Hannele Rautio"))
    m = _fi("dvt_h", "Kysymys: Kontion lasku", 19, "09:33", body)
    return m, expect_unknown("a question about an earlier request: nothing to invoice", OTHER)


@case("v22_fi_avl_pdf_permit_fee_notice")
def _v22() -> Any:
    html = ("<h1>Laskutusilmoitus</h1><p>Päätös nro 77/2027 &middot; Dnro POHAVI/1184/2026 &middot; annettu "
            "7.5.2027</p><p>Luvan hakija: Pohjanmaan Turvetuotanto Oy<br/>Y-tunnus: " + cust("62104")["org_no"]
            + "</p><table><thead><tr><th>Tuote</th><th>Selite</th><th class='num'>Määrä</th>"
            "<th class='num'>à EUR</th><th class='num'>Yhteensä EUR</th></tr></thead><tbody>"
            "<tr><td>YL10</td><td>Ympäristöluvan käsittelymaksu, turvetuotanto Kärpänneva</td>"
            "<td class='num'>1</td><td class='num'>15 600,00</td><td class='num'>15 600,00</td></tr>"
            "<tr><td>YL30</td><td>Kuulutuskustannus, Ilkka-Pohjalainen 28.4.2027</td><td class='num'>1</td>"
            "<td class='num'>412,40</td><td class='num'>412,40</td></tr>"
            "<tr><td></td><td>Yhteensä (ALV 0 %)</td><td></td><td></td><td class='num'>16 012,40</td></tr>"
            "</tbody></table><p>Maksu perustuu valtioneuvoston asetukseen aluehallintovirastojen maksuista.</p>")
    m = _fi("avl", "Laskutusilmoitus 77/2027", 10, "13:00",
            "Hyvä vastaanottaja,\n\nohessa laskutusilmoitus päätöksestä 77/2027." + SIG_AVL.format(n="Kirjaamo"),
            attachments=[pdf("laskutusilmoitus_77-2027.pdf", html)])
    req = request(cust("62104"), [line(AVL, "YL10", "1", "15600.00", skip=ND + NOP),
                                  line(AVL, "YL30", "1", "412.40", skip=ND + NOP)], [], AVL)
    # The diary number is the agency's case number, not the customer's order: left unchecked, as are the dates
    # (decision date, publication date) that are no service periods.
    del req["order_reference"]
    return m, expect_requests("PDF fee notice: prices for articles without a register price, a total row", PLAIN,
                              [req])


@case("v23_fi_avl_xlsx_inspections_per_plant")
def _v23() -> Any:
    rows = [["Valvonnan tarkastuskäynnit, huhtikuu 2027", None, None, None, None],
            ["Laitos", "Y-tunnus", "Pvm", "Tuote", "Tunnit"],
            ["Kemijoen Kalankasvatus Oy, Kemin laitos", cust("62105")["org_no"], "14.4.2027", "YL20", 3.5],
            ["Pohjanmaan Turvetuotanto Oy, Kärpänneva", cust("62104")["org_no"], "20.4.2027", "YL20", 2],
            ["Pohjanmaan Turvetuotanto Oy, Hirvineva", cust("62104")["org_no"], "28.4.2027", "YL20", 1.5]]
    m = _fi("avl_t", "Tarkastuskäynnit 4/2027", 5, "14:22",
            "Hei!\n\nHuhtikuun valvontakäynnit laskutukseen, tuntihinta taksan mukaan.\n\nt. Timo",
            attachments=[xlsx("tarkastukset_huhtikuu.xlsx", [("Huhtikuu", rows, ["A1:E1"])])])
    return m, expect_requests("XLSX, one row per visit with its own date, decimal hours; grouped by Y-tunnus", PLAIN, [
        request(cust("62105"), [line(AVL, "YL20", "3.5", ps="2027-04-14", skip=ND)], [], AVL),
        request(cust("62104"), [line(AVL, "YL20", "2", ps="2027-04-20", skip=ND),
                                line(AVL, "YL20", "1.5", ps="2027-04-28", skip=ND)], [], AVL)])


@case("v24_fi_avl_new_customer_einvoice_address")
def _v24() -> Any:
    yt = fi_yt("2855173")
    body = ("Hei,\n\nuusi asiakas: Simojoen Voima Oy, Y-tunnus " + yt + ".\nLaskutetaan vesitalousluvan muutos "
            "(YL50) 1 kpl, päätös annettu 12.5.2027.\nVerkkolaskuosoite 0037" + yt.replace("-", "") + ", "
            "välittäjä Maventa (003721291126)." + SIG_AVL.format(n="Timo Nieminen"))
    m = _fi("avl_t", "Uusi asiakas, Simojoen Voima", 14, "10:41", body)
    return m, expect_requests("new customer with a valid Y-tunnus and an OVT e-invoice address: nothing asked", PLAIN, [
        request(new_cust("Simojoen Voima Oy", yt, "FI"), [line(AVL, "YL50", "1", skip=ND + NOP)], [], AVL)])


@case("v25_fi_avl_auto_reply_with_token")
def _v25() -> Any:
    body = ("Automaattinen vastaus\n\nOlen lomalla 17.–28.5.2027. Kiireellisissä lupa-asioissa ota yhteyttä "
            "kirjaamoon, kirjaamo.ymparisto@avl-pohjanlahti.fi.\n\nTimo Nieminen\n")
    m = _fi("avl_t", "Automaattinen vastaus: [REQ-M4T8W] Puuttuvia tietoja", 17, "07:01", body,
            headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-M4T8W.1@palvelukeskus.fi>"})
    # The contract says auto-replies are `unknown` even with a token; whether the token is echoed is left open.
    return m, expect_unknown("an out-of-office reply carrying a question token", OTHER, token_checked=False)


@case("v26_fi_tut_xlsx_exam_session_levels")
def _v26() -> Any:
    rows = [["Tutkintotilaisuus", "8.5.2027", None, None],
            ["Järjestäjä", "Kielikoulu Sanasto Oy (" + cust("62106")["org_no"] + ")", None, None],
            [None, None, None, None],
            ["Kieli", "Taso", "Tuote", "Osallistujia"],
            ["englanti", "perustaso", "TK10", 9], ["ruotsi", "perustaso", "TK10", 5],
            ["englanti", "keskitaso", "TK20", 22], ["ruotsi", "ylin taso", "TK30", 5],
            ["Yhteensä", None, None, 41]]
    m = _fi("tut", "Tutkintomaksut 8.5. Sanasto", 12, "11:11",
            "Hei,\n\nliitteenä 8.5. tutkintotilaisuuden osallistujat laskutettavaksi järjestäjältä."
            + SIG_TUT.format(n="Tutkintomaksut"),
            attachments=[xlsx("sanasto_8.5.2027.xlsx", [("Osallistujat", rows, [])])])
    d = "2027-05-08"
    return m, expect_requests("XLSX with a header block (date, organiser) above the table; a total row", PLAIN, [
        request(cust("62106"), [line(TUT, "TK10", "9", ps=d, skip=ND), line(TUT, "TK10", "5", ps=d, skip=ND),
                                line(TUT, "TK20", "22", ps=d, skip=ND), line(TUT, "TK30", "5", ps=d, skip=ND)],
                [], TUT)])


@case("v27_fi_tut_prose_training_case_ending")
def _v27() -> Any:
    body = ("Moi,\n\nlaskutetaan Työväen Sivistysliitto TSL Oulu ry:ltä arvioijakoulutus (TK40), kaksi päivää "
            "18.–19.5.2027. Heidän tilausnumeronsa on 2027/114." + SIG_TUT.format(n="Ville"))
    m = _fi("tut_v", "Arvioijakoulutus TSL Oulu", 20, "16:05", body)
    return m, expect_requests("name with ':ltä', 'kaksi', a day range with an en dash, order number", PLAIN, [
        request(cust("62107"), [line(TUT, "TK40", "2", ps="2027-05-18", pe="2027-05-19", skip=ND)], [], TUT,
                order="2027/114")])


@case("v28_fi_tut_participants_to_follow")
def _v28() -> Any:
    body = ("Hei,\n\nKielikoulu Sanasto Oy (asiakasnro 62106) järjestää keskitason tutkinnon (TK20) 29.5.2027. "
            "Laskutus järjestäjältä normaalisti, mutta osallistujamäärä vahvistuu vasta tilaisuuden jälkeen."
            + SIG_TUT.format(n="Tutkintomaksut"))
    m = _fi("tut", "Laskutuspyyntö 29.5. tilaisuus", 21, "09:50", body)
    return m, expect_requests("participant count not known yet: quantity asked", ASK, [
        request(cust("62106"), [line(TUT, "TK20", None, ps="2027-05-29", skip=ND)], ["lines[0].quantity"], TUT)])


@case("v29_fi_tut_special_arrangements_no_price")
def _v29() -> Any:
    body = ("Hei!\n\nTyöväen Sivistysliitto TSL Oulu ry, Y-tunnus " + cust("62107")["org_no"] + ", "
            "tutkintopäivä 15.5.2027:\n- ylin taso, yksi osallistuja (TK30)\n- erityisjärjestelyt (TK90) "
            "kahdelle kokelaalle, pidennetty koeaika. Hinnasta sovitaan vielä TSL:n kanssa.\n"
            + SIG_TUT.format(n="Ville Aaltonen"))
    m = _fi("tut_v", "TSL Oulu 15.5.", 24, "13:37", body)
    d = "2027-05-15"
    return m, expect_requests("'yksi' and 'kahdelle'; an article without a price and no price yet: asked", ASK, [
        request(cust("62107"), [line(TUT, "TK30", "1", ps=d, skip=ND), line(TUT, "TK90", "2", ps=d, skip=ND)],
                ["lines[1].unit_price"], TUT)])


@case("v30_fi_tut_reply_with_count")
def _v30() -> Any:
    token = "REQ-8HQ3N"
    body = ("Hei,\n\nosallistujia oli lopulta 17.\n\nTutkintomaksut\n\n"
            "Lähettäjä: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\nLähetetty: maanantai 31. toukokuuta "
            "2027 8.02\nAihe: [" + token + "] Puuttuvia tietoja laskutuspyynnössä\n\n"
            "> Hei! Tarvitsemme seuraavat tiedot laskutusta varten [" + token + "]:\n"
            "> 1. Määrä riville 1 \"Kielitutkinto, keskitaso\" (lines[0].quantity)\n")
    m = _fi("tut", "VS: [" + token + "] Puuttuvia tietoja laskutuspyynnössä", 31, "10:26", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply to the centre's question, the count above the quote", OTHER, token,
                           {"lines": [{"quantity": "17"}]})
