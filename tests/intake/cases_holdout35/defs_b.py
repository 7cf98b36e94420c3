"""Thirty-fifth held-out set (written blind), part B: the Finnish agencies (parking control, ambulance transfers,
forensic lab) — prose, a phone mail, CSV/XLSX/PDF, a request only in an attached message, a request and a payment
advice in one mail, the must-ask ones (contradictory hours, no price, a bad Y-tunnus, no sample count) and a
delivery-failure notice and a reply carrying its token in the subject."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, fi_yt
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

from .kit35 import (
    ASK,
    CENTRE_FI,
    ENSI,
    FI_DATE,
    HETU_EINO,
    MAY,
    ND,
    OLAB,
    OTHER,
    PARK,
    PLAIN,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_PARK = ("\n\nYstävällisin terveisin\n{n}\nPysäköinninvalvonta | Kaarinan kaupunki\nY-tunnus " + org(PARK)
            + " | puh. 02 588 4000\n")
SIG_ENSI = ("\n\nTerveisin\n{n}\nEnsihoidon siirtokuljetukset\nKeski-Pohjanmaan hyvinvointialue, Y-tunnus "
            + org(ENSI) + "\nTämä viesti voi sisältää luottamuksellista tietoa.\n")
SIG_OLAB = ("\n\nYstävällisesti\nAsiakaspalvelu\nKansallinen oikeuslaboratorio | Y-tunnus " + org(OLAB)
            + "\nIBAN FI92 1660 3000 1071 44\n")
JUNE = ("2027-06-01", "2027-06-30")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("w17_fi_park_permits_month_housing_company")
def _w17() -> Any:
    body = ("Hei,\n\nAsunto Oy Piikkiön Pihlaja (Y-tunnus " + cust("C-3601")["org_no"] + ") on ostanut "
            "pysäköintiluvat kesäkuulle 2027: 8 kpl, tuote PK10.\n\nViitteenne: isännöitsijä Sari Laine"
            + SIG_PARK.format(n="Jari Nieminen"))
    m = _fi("park_j", "Pysäköintiluvat / As Oy Piikkiön Pihlaja", "Fri, 04 Jun 2027 12:10:45", body)
    return m, expect_requests("prose, month in a case form ('kesäkuulle 2027'), buyer reference", PLAIN, [
        request(cust("C-3601"), [line(PARK, "PK10", "8", ps=JUNE[0], pe=JUNE[1], skip=ND)], [], PARK,
                buyer="isännöitsijä Sari Laine")])


@case("w18_fi_park_csv_monitoring_and_towing")
def _w18() -> Any:
    csv = ("pvm,tuote,kuvaus,maara\n2027-05-08,PK20,Valvonta pysäköintihalli,3\n"
           "2027-05-15,PK20,Valvonta pysäköintihalli,2.5\n2027-05-22,PK30,Siirto esteeltä (huoltoajo),1\n"
           ",,Yhteensä,6.5\n")
    m = _fi("park", "Kauppaportti toukokuu", "Fri, 04 Jun 2027 13:44:02",
            "Hei,\n\nKiinteistö Oy Kaarinan Kauppaportti, Y-tunnus " + cust("C-3602")["org_no"] + ", "
            "toukokuun valvonta liitteenä (csv).\n" + SIG_PARK.format(n="Pysäköinninvalvonta"),
            attachments=[text_att("kauppaportti_2027_05.csv", csv, bom=True)])
    return m, expect_requests("comma CSV with decimal point and a BOM, customer in the body, total row ignored",
                              PLAIN, [
        request(cust("C-3602"), [line(PARK, "PK20", "3", desc="Valvonta pysäköintihalli", ps="2027-05-08"),
                                 line(PARK, "PK20", "2.5", desc="Valvonta pysäköintihalli", ps="2027-05-15"),
                                 line(PARK, "PK30", "1", desc="Siirto esteeltä (huoltoajo)", ps="2027-05-22")],
                [], PARK)])


@case("w19_fi_park_phone_short_typos")
def _w19() -> Any:
    body = ("moi\nkauppaportille (asiakasnro C-3602) 2 ajoneuvon sirtoa pk30 lauantailta 5.6.\nt. jari\n\n"
            "Lähetetty Android-puhelimesta\n")
    m = _fi("park_j", "sirrot la", "Mon, 07 Jun 2027 07:05:31", body)
    return m, expect_requests("phone mail with a typo, customer number, a date without a year", PLAIN, [
        request(cust("C-3602"), [line(PARK, "PK30", "2", ps="2027-06-05", skip=ND)], [], PARK)])


@case("w20_fi_ensi_private_patient_hetu")
def _w20() -> Any:
    body = ("Hei,\n\nsiirtokuljetus 2.6.2027 Keski-Pohjanmaan keskussairaalasta Kälviän terveyskeskukseen, "
            "potilas itse maksaja:\n\nEino Kallio, hetu " + HETU_EINO + "\nKoskitie 3, 68300 Kälviä\n\n"
            "- perusmaksu EH10, 1 kpl\n- kilometrit EH20, 24 km\n- odotusaika EH30, 0,5 h"
            + SIG_ENSI.format(n="Tiina Rautio"))
    m = _fi("ensi_t", "Laskutettava siirto 2.6.", "Fri, 04 Jun 2027 10:30:00", body)
    return m, expect_requests("a registered private person by hetu; three lines on one date", PLAIN, [
        request(cust("C-3604"), [line(ENSI, "EH10", "1", ps="2027-06-02", skip=ND),
                                 line(ENSI, "EH20", "24", ps="2027-06-02", skip=ND),
                                 line(ENSI, "EH30", "0.5", ps="2027-06-02", skip=ND)], [], ENSI)])


@case("w21_fi_ensi_xlsx_transfers_month")
def _w21() -> Any:
    rows = [["Pvm", "Tuote", "Selite", "Määrä"], ["3.5.2027", "EH10", "Siirto Aavikko–KPKS", 1],
            ["3.5.2027", "EH20", "Kilometrit", 18], ["17.5.2027", "EH10", "Siirto KPKS–Aavikko", 1],
            ["17.5.2027", "EH20", "Kilometrit", 18], ["25.5.2027", "EH30", "Odotus päivystyksessä", 1.5],
            [None, None, "Yhteensä", 39.5]]
    m = _fi("ensi", "Aavikko toukokuu 2027", "Mon, 07 Jun 2027 08:15:09",
            "Hei,\n\nLääkärikeskus Aavikko Oy:n toukokuun siirrot liitteessä. Laskutetaan Lääkärikeskus Aavikko "
            "Oy:ltä, Y-tunnus " + cust("C-3603")["org_no"] + ".\n" + SIG_ENSI.format(n="Siirtokuljetukset"),
            attachments=[xlsx("aavikko_2027-05.xlsx", [("Toukokuu", rows, [])])])
    return m, expect_requests("XLSX with dated rows and a decimal, a total row; ':n'/':ltä' on the name", PLAIN, [
        request(cust("C-3603"), [line(ENSI, "EH10", "1", desc="Siirto Aavikko–KPKS", ps="2027-05-03"),
                                 line(ENSI, "EH20", "18", desc="Kilometrit", ps="2027-05-03"),
                                 line(ENSI, "EH10", "1", desc="Siirto KPKS–Aavikko", ps="2027-05-17"),
                                 line(ENSI, "EH20", "18", desc="Kilometrit", ps="2027-05-17"),
                                 line(ENSI, "EH30", "1.5", desc="Odotus päivystyksessä", ps="2027-05-25")],
                [], ENSI)])


@case("w22_fi_ensi_request_only_in_attached_eml")
def _w22() -> Any:
    inner = mail("Mikko Salo <mikko.salo@keskipohjanmaanhyva.fi>", "Laskutettava siirto 4.6.",
                 "Fri, 04 Jun 2027 22:41:00 +0300",
                 "Moi Tiina,\n\nyöllä tehty siirto laskutetaan: Lääkärikeskus Aavikko Oy, Y-tunnus "
                 + cust("C-3603")["org_no"] + ". Perusmaksu EH10 1 kpl ja 32 km (EH20), 4.6.2027.\n"
                 "Viitteenne: ylilääkäri Hanna Aho\n\nMikko, ensihoitaja\n",
                 to="Tiina Rautio <tiina.rautio@keskipohjanmaanhyva.fi>")
    m = _fi("ensi_t", "VL: Laskutettava siirto 4.6.", "Mon, 07 Jun 2027 08:40:12",
            "Hei, liitteenä Mikon viesti, laskutus sen mukaan.\nT. Tiina\n", attachments=[inner])
    return m, expect_requests("the request only in an attached message (message/rfc822)", PLAIN, [
        request(cust("C-3603"), [line(ENSI, "EH10", "1", ps="2027-06-04", skip=ND),
                                 line(ENSI, "EH20", "32", ps="2027-06-04", skip=ND)], [], ENSI,
                buyer="ylilääkäri Hanna Aho")])


@case("w23_fi_olab_pdf_two_customers_month")
def _w23() -> Any:
    html = ("<h1>Laskutusyhteenveto, toukokuu 2027</h1><table><thead><tr><th>Asiakas</th><th>Tuote</th>"
            "<th>Näytteitä</th></tr></thead><tbody>"
            "<tr><td>Kuljetusliike Rinne Oy</td><td>OL10</td><td class='num'>3</td></tr>"
            "<tr><td>Työterveys Kajo Oy</td><td>OL20</td><td class='num'>5</td></tr>"
            "<tr><td>Kuljetusliike Rinne Oy</td><td>OL20</td><td class='num'>2</td></tr>"
            "</tbody></table><p>Hinnat hinnaston mukaan.</p>")
    m = _fi("olab", "Laskutus toukokuu", "Mon, 07 Jun 2027 09:20:33",
            "Hei,\n\ntoukokuun laskutettavat näytteet liitteenä (pdf)." + SIG_OLAB,
            attachments=[pdf("laskutus_2027-05.pdf", html)])
    return m, expect_requests("PDF with rows for two customers, grouped; the month of the title for all", PLAIN, [
        request(cust("C-3605"), [line(OLAB, "OL10", "3", ps=MAY[0], pe=MAY[1]),
                                 line(OLAB, "OL20", "2", ps=MAY[0], pe=MAY[1])], [], OLAB),
        request(cust("C-3606"), [line(OLAB, "OL20", "5", ps=MAY[0], pe=MAY[1])], [], OLAB)])


@case("w24_fi_olab_request_and_payment_advice")
def _w24() -> Any:
    r1, r2 = fi_ref("2700612"), fi_ref("2700683")
    body = ("Hei,\n\n1) Laskuttakaa Työterveys Kajo Oy:ltä asiantuntijalausunto (OL30) 2,5 h, annettu 1.6.2027. "
            "Viitteenne: Minna Koski.\n\n2) Alla Kuljetusliike Rinteen maksuilmoitus tiedoksi reskontraan.\n\n"
            "---------- Välitetty viesti ----------\nLähettäjä: Kuljetusliike Rinne Oy <toimisto@rinnekuljetus.fi>\n"
            "Aihe: Maksuilmoitus\n\nMAKSUILMOITUS\nMaksaja: Kuljetusliike Rinne Oy, Y-tunnus "
            + cust("C-3605")["org_no"] + "\nMaksupäivä: 4.6.2027\n\nLasku      Viite       Summa\n"
            "2700612    " + r1[:4] + " " + r1[4:] + "    930,00\n2700683    " + r2[:4] + " " + r2[4:]
            + "    285,00\nYhteensä               1 215,00 EUR\n" + SIG_OLAB)
    m = _fi("olab", "Laskutuspyyntö + maksuilmoitus", "Mon, 07 Jun 2027 10:02:50", body)
    out = expect_requests("a request and a forwarded payment advice in one mail: kind stays invoice_request "
                          "(it asks for an invoice); the advice is reported too, as the output shape allows", OTHER, [
        request(cust("C-3606"), [line(OLAB, "OL30", "2.5", ps="2027-06-01", skip=ND)], [], OLAB,
                buyer="Minna Koski")])
    out["payment_advice"] = {"payer": {"name": "Kuljetusliike Rinne Oy", "org_no": cust("C-3605")["org_no"]},
                             "payment_date": "2027-06-04", "total": "1215.00", "currency": "EUR",
                             "items": [{"invoice_number": "2700612", "reference": r1, "amount": "930.00"},
                                       {"invoice_number": "2700683", "reference": r2, "amount": "285.00"}]}
    return m, out


@case("w25_fi_park_contradictory_hours")
def _w25() -> Any:
    body = ("Hei,\n\nAs Oy Piikkiön Pihlaja, asiakasnro C-3601: yksityisalueen valvontaa (PK20) toukokuussa 2027 "
            "yhteensä 6 tuntia.\n\nTuote  Selite                 Määrä\nPK20   Valvonta piha-alue     8 h\n\n"
            "(Tarkastajan raportissa on 8 h, listassani 6 h – en ehtinyt vielä selvittää kumpi on oikein.)"
            + SIG_PARK.format(n="Jari Nieminen"))
    m = _fi("park_j", "Pihlaja valvonta 5/2027", "Mon, 07 Jun 2027 11:11:11", body)
    # Two counts for the one line and the writer says she does not know which is right: never invoice a guess.
    return m, expect_requests("6 h in prose, 8 h in the table, writer unsure: quantity asked", ASK, [
        request(cust("C-3601"), [line(PARK, "PK20", None, ps=MAY[0], pe=MAY[1], skip=ND)],
                ["lines[0].quantity"], PARK)])


@case("w26_fi_ensi_special_transport_no_price")
def _w26() -> Any:
    body = ("Hei,\n\nLääkärikeskus Aavikko Oy (" + cust("C-3603")["org_no"] + "): erityiskuljetus EH90, "
            "1 kpl, 1.6.2027 (bariatrinen potilas, kaksi yksikköä). Hinnasta sovitaan vielä ylilääkärin kanssa."
            + SIG_ENSI.format(n="Tiina Rautio"))
    m = _fi("ensi_t", "Erityiskuljetus 1.6.", "Mon, 07 Jun 2027 12:25:00", body)
    return m, expect_requests("an unpriced article, price still to be agreed: price asked", ASK, [
        request(cust("C-3603"), [line(ENSI, "EH90", "1", None, ps="2027-06-01", skip=ND)],
                ["lines[0].unit_price"], ENSI)])


@case("w27_fi_olab_bad_ytunnus_unknown_company")
def _w27() -> Any:
    body = ("Hei,\n\nlaskuttakaa Kuljetus Järvelä Oy, Y-tunnus " + bad_check(fi_yt("2811927")) + ", "
            "2 huumausaineanalyysiä (OL10), näytteet otettu 31.5.2027.\n" + SIG_OLAB)
    m = _fi("olab", "Järvelä näytteet", "Mon, 07 Jun 2027 13:05:00", body)
    return m, expect_requests("a Y-tunnus failing its check digit, a name not in the register: org_no asked", ASK, [
        request(new_cust("Kuljetus Järvelä Oy", None, None), [line(OLAB, "OL10", "2", ps="2027-05-31", skip=ND)],
                ["customer.org_no"], OLAB)])


@case("w28_fi_olab_sample_count_pending")
def _w28() -> Any:
    body = ("Hei,\n\nTyöterveys Kajo Oy:lle laskutetaan toukokuun alkoholimääritykset (OL20). Näytemäärä "
            "tarkistetaan vielä laboratoriojärjestelmästä, ilmoitan sen huomenna.\n" + SIG_OLAB)
    m = _fi("olab", "Kajo toukokuu", "Mon, 07 Jun 2027 14:00:00", body)
    return m, expect_requests("no sample count yet: quantity asked; month without year from the mail", ASK, [
        request(cust("C-3606"), [line(OLAB, "OL20", None, ps=MAY[0], pe=MAY[1], skip=ND)],
                ["lines[0].quantity"], OLAB)])


@case("w29_fi_ensi_delivery_failure_notice")
def _w29() -> Any:
    token = "REQ-V8N2C"
    original = mail(CENTRE_FI, "[" + token + "] Puuttuvia tietoja laskutuspyynnöstä",
                    "Fri, 04 Jun 2027 16:00:00 +0300",
                    "Hei! Tarvitsemme seuraavat tiedot [" + token + "]:\n1. Asiakkaan Y-tunnus (customer.org_no)\n",
                    to="Tiina Rautio <tiina.rautio@keskipohjanmaanhyva.fi>",
                    msgid="<" + token + ".1@palvelukeskus.fi>")
    body = ("This is the mail system at host mx.keskipohjanmaanhyva.fi.\n\nI'm sorry to have to inform you that "
            "your message could not be delivered to one or more recipients.\n\n"
            "<tiina.rautio@keskipohjanmaanhyva.fi>: mailbox full (quota exceeded)\n")
    m = mail("Mail Delivery System <MAILER-DAEMON@keskipohjanmaanhyva.fi>", "Undelivered Mail Returned to Sender",
             "Mon, 07 Jun 2027 05:12:00 +0300", body, to=CENTRE_FI,
             headers={"Auto-Submitted": "auto-replied"}, attachments=[original])
    return m, expect_unknown("a delivery-failure notice returning the centre's own question mail", OTHER,
                             token_checked=False)


@case("w30_fi_park_reply_token_in_subject")
def _w30() -> Any:
    token = "REQ-K2P7W"
    body = ("Hei,\n\nlupia oli 6 kpl.\n\nJari\n\n"
            "pe 4.6.2027 klo 9.12 Myyntilaskutus <myyntilaskutus@palvelukeskus.fi> kirjoitti:\n"
            "> Hei! Tarvitsemme seuraavat tiedot laskun tekemiseksi [" + token + "]:\n"
            "> 1. Rivin 1 \"Pysäköintilupa, kuukausi\" määrä (lines[0].quantity)\n")
    m = _fi("park_j", "Re: [" + token + "] Puuttuvia tietoja laskutuspyynnöstä", "Mon, 07 Jun 2027 07:30:00",
            body, headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply with the token in the subject answering the asked quantity", OTHER, token,
                           {"lines": [{"quantity": "6"}]})


