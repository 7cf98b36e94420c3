"""Forty-second held-out set (written blind), part B: contract education in Swedish (labelled fields with a
course period, a PDF order form from a municipality with the supplier's own org number in it, a custom programme
priced in 'tkr', a credit of one participant, a private participant with a postal address), the Finnish culture
house (a weekend told once for three bullets, an XLSX ticket report with a settlement sheet not to invoice, the
café twins, a reply chain with a fixed price, a forwarded booking confirmation attached as a message) and the
environmental health unit (inspections of two customers with the agency's own diary numbers, a UTF-8 BOM TSV from
the lab system, a bad Y-tunnus, hours at a written rate, a forwarded PDF maksuilmoitus)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, fi_yt, pnr
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

from .kit42 import (
    ASK,
    CENTRE_FI,
    CENTRE_SE,
    FI_DATE,
    ND,
    OTHER,
    PERIOD,
    PLAIN,
    SE_DATE,
    UPPD,
    VALS,
    YTER,
    W,
    case,
    cust,
    line,
    org,
    org_of,
    pay,
    request,
)

SIG_UPPD = ("\n\nMed vänliga hälsningar\n\n{n}\nUppdragsutbildning\nSmålandshögskolan\nUniversitetsplatsen 2, "
            "351 95 Växjö\nOrg.nr " + org(UPPD) + " | Bankgiro " + pay(UPPD) + "\n")
SIG_VALS = ("\n\nYstävällisin terveisin\n{n}\nKulttuuritalo Valssaamo | Porin kaupunki\nTehtaankatu 5, 28100 Pori\n"
            "Y-tunnus " + org(VALS) + " | puh. 044 701 2345\n")
SIG_YTER = ("\n\n{n}\nKanta-Hämeen ympäristöterveys\nHämeenlinnan kaupunki | Y-tunnus " + org(YTER) + "\n"
            "Wetterhoffinkatu 2, 13100 Hämeenlinna | puh. 03 621 2000\n\nTämä sähköpostiviesti voi sisältää "
            "luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita lähettäjälle ja poista viesti.\n")
COURSE = ("2027-09-06", "2027-10-04")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("v12_sv_uppd_labelled_fields_course")
def _v12() -> Any:
    body = ("Hej,\n\nnedan fakturaunderlag för uppdragsutbildningen Hållbar upphandling, hösten 2027.\n\n"
            "Kund: Träindustri Lagan AB\nOrganisationsnummer: " + org_of("C-6109") + "\n"
            "Er referens: Annika Strömberg, inköpschef\nInköpsordernummer: IO-55821\n"
            "Kursperiod: 6 september – 4 oktober 2027\n\n"
            "Artikel   Benämning                            Antal\n"
            "UU100     Hållbar upphandling, deltagare         6\n"
            "UU300     Kurslitteratur, Upphandla hållbart     6\n\n"
            "Priser enligt avtal. Utbildningen är momsfri, litteraturen 6 % moms."
            + SIG_UPPD.format(n="Sofia Berggren\nutbildningsadministratör"))
    m = _se("uppd_s", "Fakturaunderlag – Hållbar upphandling HT27, Träindustri Lagan AB",
            "Mon, 27 Sep 2027 10:30:26", body)
    return m, expect_requests("labelled fields, a course period for the whole request, a space-aligned table; "
                              "the VAT sentence agrees with the register", PLAIN, [
        request(cust("C-6109"), [
            line(UPPD, "UU100", "6", desc="Hållbar upphandling, deltagare", ps=COURSE[0], pe=COURSE[1]),
            line(UPPD, "UU300", "6", desc="Kurslitteratur, Upphandla hållbart", ps=COURSE[0], pe=COURSE[1])], [],
            UPPD, buyer="Annika Strömberg, inköpschef", order="IO-55821")])


@case("v13_sv_uppd_pdf_order_form_municipality")
def _v13() -> Any:
    o = org_of("C-6110")
    rows = [("UU200", "Föreläsning: Lågaffektivt bemötande, del 1", "2027-09-22", "3", "tim"),
            ("UU400", "Seminarierum Linné, heldag", "2027-09-22", "1", "dag"),
            ("UU200", "Föreläsning: Lågaffektivt bemötande, del 2", "2027-09-29", "3", "tim")]
    trs = "".join(f"<tr><td>{a}</td><td>{t}</td><td>{d}</td><td class='num'>{q}</td><td>{u}</td></tr>"
                  for a, t, d, q, u in rows)
    html = ("<h1>Beställning – uppdragsutbildning</h1><table>"
            "<tr><th style='width:35%'>Leverantör</th><td>Smålandshögskolan, Uppdragsutbildning, org.nr " + org(UPPD)
            + "</td></tr><tr><th>Beställare</th><td>Ljungby kommun, Socialförvaltningen</td></tr>"
            "<tr><th>Organisationsnummer</th><td>" + o + "</td></tr>"
            "<tr><th>E-fakturaadress (Peppol)</th><td>0007:" + o.replace("-", "") + "</td></tr>"
            "<tr><th>Beställarens referens</th><td>4410 Karin Wahl</td></tr></table><p></p>"
            "<table><thead><tr><th>Art</th><th>Beskrivning</th><th>Datum</th><th>Antal</th><th>Enhet</th></tr>"
            "</thead><tbody>" + trs + "</tbody></table><p>Pris enligt avtal 2027. Ort och datum: Ljungby "
            "2027-09-15</p><p>Underskrift: Karin Wahl, enhetschef</p>")
    m = _se("uppd_m", "Ljungby kommun – föreläsningar sept", "Tue, 28 Sep 2027 14:20:50",
            "Hej!\nBifogar beställningsblanketten från Ljungby kommun, ifylld och påskriven. Fakturera enligt den.\n"
            "Mvh Mats\n\nMats Öhrn | Uppdragsutbildning | Smålandshögskolan\n",
            attachments=[pdf("bestallning_ljungby_2027-09.pdf", html)])
    return m, expect_requests("a PDF order form: the supplier's own org number above the customer's, a Peppol "
                              "ID, the orderer's reference; form date and signature are no lines", PLAIN, [
        request(cust("C-6110"), [line(UPPD, a, q, desc=t, ps=d) for a, t, d, q, _u in rows], [], UPPD,
                buyer="4410 Karin Wahl")])


@case("v14_sv_uppd_custom_programme_tkr")
def _v14() -> Any:
    body = ("Hej,\n\nKronobergs Byggservice AB (" + org_of("C-6111") + ") har avslutat det skräddarsydda "
            "ledarskapsprogrammet för arbetsledare (UU900), 1 st, genomfört 30 augusti–24 september 2027. Enligt "
            "avtalet är priset 85 tkr för hela programmet.\n\nDessutom 12 exemplar kurslitteratur (UU300).\n\n"
            "Er referens: Johan Nyqvist" + SIG_UPPD.format(n="Sofia Berggren\nutbildningsadministratör"))
    m = _se("uppd_s", "Ledarskapsprogram Kronobergs Byggservice", "Wed, 29 Sep 2027 09:50:13", body)
    return m, expect_requests("a price in thousands shorthand ('85 tkr') for an unpriced article: asked", ASK, [
        request(cust("C-6111"), [line(UPPD, "UU900", "1", None, ps="2027-08-30", pe="2027-09-24", skip=ND),
                                 line(UPPD, "UU300", "12", skip=ND + PERIOD)], ["lines[0].unit_price"], UPPD,
                buyer="Johan Nyqvist")])


@case("v15_sv_uppd_credit_cancelled_participant")
def _v15() -> Any:
    body = ("Hej,\n\nen av deltagarna från Träindustri Lagan AB avbokade i tid men kom ändå med på fakturan. Kan ni "
            "kreditera faktura 5503217 med en deltagare, UU100, 6 900 kr? Resten av fakturan stämmer."
            + SIG_UPPD.format(n="Sofia Berggren\nutbildningsadministratör"))
    m = _se("uppd_s", "Kreditering faktura 5503217", "Thu, 30 Sep 2027 11:25:40", body)
    return m, expect_unknown("a credit of one participant on an issued invoice: no requests", OTHER)


@case("v16_sv_uppd_private_participant_with_address")
def _v16() -> Any:
    p = pnr("900314", "271")
    body = ("Hej,\n\nen deltagare betalar själv sin plats på Hållbar upphandling HT27 (UU100, 1 deltagare) och "
            "boken (UU300, 1 st). Kursperiod 6 september–4 oktober 2027.\n\nJonas Ekström\npersonnummer " + p
            + "\nStorgatan 12 B\n352 30 Växjö\njonas.ekstrom@hemmail-demo.se\n\nMvh Mats\n\n"
            "Mats Öhrn | Uppdragsutbildning | Smålandshögskolan | Org.nr " + org(UPPD) + "\n")
    m = _se("uppd_m", "Privatperson – kursavgift", "Fri, 1 Oct 2027 13:05:09", body)
    return m, expect_requests("a new private person with a 10-digit personnummer and a postal address: no "
                              "question", PLAIN, [
        request(new_cust("Jonas Ekström", "19" + p[:6] + "-" + p[7:], "SE", email="jonas.ekstrom@hemmail-demo.se"),
                [line(UPPD, "UU100", "1", ps=COURSE[0], pe=COURSE[1], skip=ND),
                 line(UPPD, "UU300", "1", ps=COURSE[0], pe=COURSE[1], skip=ND)], [], UPPD)])


@case("v17_fi_vals_jazz_weekend_bullets")
def _v17() -> Any:
    body = ("Moi!\n\nLaskuttakaa Porin Jazzyhdistys ry:ltä (Y-tunnus " + org_of("C-6201") + ") syysklubin "
            "tilavuokrat, tapahtuma pe–la 24.–25.9.2027:\n\n- Iso sali (VS100) 2 pv\n- tekniikkapalvelu (VS200) "
            "14 h\n- loppusiivous (VS400) 1 kpl\n\nViitteenne: Jussi Laine / hallitus"
            + SIG_VALS.format(n="Tiina Aaltonen\ntapahtumakoordinaattori"))
    m = _fi("vals_t", "Porijazz syysklubi – laskutus", "Mon, 27 Sep 2027 09:14:36", body)
    period = {"ps": "2027-09-24", "pe": "2027-09-25"}
    return m, expect_requests("bullets under one event period (a weekday range with day.month range)", PLAIN, [
        request(cust("C-6201"), [line(VALS, "VS100", "2", skip=ND, **period),
                                 line(VALS, "VS200", "14", skip=ND, **period),
                                 line(VALS, "VS400", "1", skip=ND, **period)], [], VALS,
                buyer="Jussi Laine / hallitus")])


@case("v18_fi_vals_xlsx_ticket_report_settlement_sheet")
def _v18() -> Any:
    d = dt.date
    sales = [["Lipunmyyntiraportti 1.–30.9.2027 – Ulvilan kaupunki, kulttuuripalvelut", None, None, None, None],
             ["Tapahtuma", "Päivämäärä", "Tuote", "Myydyt liput", "Palvelumaksu €/kpl"],
             ["Syyskonsertti: Ulvilan mieskuoro", d(2027, 9, 5), "VS300", 212, 1.2],
             ["Lastenteatteri Peukaloinen", d(2027, 9, 12), "VS300", 87, 1.2],
             ["Runoilta Kaisa Salmi", d(2027, 9, 19), "VS300", 46, 1.2],
             ["Yhteensä", None, None, 345, None]]
    settle = [["Tapahtuma", "Lipputulot €", "Tilitetään asiakkaalle €"],
              ["Syyskonsertti: Ulvilan mieskuoro", 3816.0, 3816.0], ["Lastenteatteri Peukaloinen", 696.0, 696.0],
              ["Runoilta Kaisa Salmi", 460.0, 460.0], ["Yhteensä", 4972.0, 4972.0]]
    body = ("Hei,\n\nliitteenä syyskuun lipunmyyntiraportti Ulvilan kaupungin kulttuuripalveluiden tapahtumista "
            "(asiakasnumero C-6204). Laskutetaan vain lipunmyyntipalvelu VS300 myydyistä lipuista. Lipputulot "
            "(välilehti Tilitys) tilitetään kaupungille erikseen, ne eivät kuulu laskulle.\n\nValssaamon "
            "tilavaraukset\nY-tunnus " + org(VALS) + "\n")
    m = _fi("vals", "Lipunmyyntipalvelu syyskuu / Ulvilan kaupunki", "Tue, 28 Sep 2027 15:00:08", body,
            attachments=[xlsx("lipunmyynti_2027-09_ulvila.xlsx", [("Myynti", sales, ["A1:E1"]),
                                                                  ("Tilitys", settle, [])])])
    return m, expect_requests("XLSX: a merged title, date cells, a decimal fee per ticket, a totals row; the "
                              "settlement sheet is money paid out, not invoiced", PLAIN, [
        request(cust("C-6204"), [line(VALS, "VS300", q, "1.20", ps=p, skip=ND)
                                 for q, p in (("212", "2027-09-05"), ("87", "2027-09-12"), ("46", "2027-09-19"))],
                [], VALS)])


@case("v19_fi_vals_cafe_twin_names")
def _v19() -> Any:
    body = ("Hei!\n\nKahvila Valssi järjesti lauantaina 25.9. syysmarkkinat aulassa. Heille laskutetaan "
            "tekniikkapalvelu (VS200) 3 h ja loppusiivous (VS400) 1 kpl. Tilaus tuli puhelimitse."
            + SIG_VALS.format(n="Tiina Aaltonen\ntapahtumakoordinaattori"))
    m = _fi("vals_t", "Kahvila Valssi – syysmarkkinat", "Wed, 29 Sep 2027 11:40:27", body)
    return m, expect_requests("a name matching Kahvila Valssi Oy and Kahvila Valssi Ky, no number: org_no asked; "
                              "a date without a year", ASK, [
        request(new_cust("Kahvila Valssi", None, None), [line(VALS, "VS200", "3", ps="2027-09-25", skip=ND),
                                                          line(VALS, "VS400", "1", ps="2027-09-25", skip=ND)],
                ["customer.org_no"], VALS)])


@case("v20_fi_vals_reply_chain_fixed_price_lighting")
def _v20() -> Any:
    body = ("Hei,\n\nalla jazzyhdistyksen kanssa sovittu. Laskuttakaa asiakasta Porin Jazzyhdistys ry "
            "(asiakasnro C-6201), konsertti la 9.10.2027:\n\n- Iso sali (VS100) 1 pv\n- erikoisvalaistus (VS900), "
            "kiinteä hinta 380,00 €\n\nTiina\n\n"
            "to 30.9.2027 klo 12.02 Jussi Laine <jussi.laine@porijazz-demo.fi> kirjoitti:\n"
            "> Moi Tiina,\n> sopii, otetaan erikoisvalaistus 9.10. keikalle kiinteään 380 euron hintaan kuten\n"
            "> puhuttiin. Sali vain lauantaiksi.\n> Jussi\n>\n"
            "> ke 29.9.2027 klo 16.40 Tiina Aaltonen <tiina.aaltonen@pori-demo.fi> kirjoitti:\n"
            ">> Valosuunnittelija tekee erikoisvalaistuksen kiinteällä hinnalla, 380 €. Käykö?\n"
            + SIG_VALS.format(n="Tiina Aaltonen\ntapahtumakoordinaattori"))
    m = _fi("vals_t", "Vs: Valosuunnittelu 9.10. / Porin Jazzyhdistys", "Thu, 30 Sep 2027 14:25:51", body)
    return m, expect_requests("a reply chain: the request on top, the quoted customer agrees; 'kiinteä hinta' "
                              "makes quantity 1 of an unpriced article", PLAIN, [
        request(cust("C-6201"), [line(VALS, "VS100", "1", ps="2027-10-09", skip=ND),
                                 line(VALS, "VS900", "1", "380.00", ps="2027-10-09", skip=ND)], [], VALS)])


@case("v21_fi_vals_forwarded_booking_confirmation_attached")
def _v21() -> Any:
    yt = fi_yt("2985130")
    html = ("<html><body><h2>Varausvahvistus VAR-2027-318</h2><p>Asiakas: Satakunnan Kamarikuoro ry<br>"
            "Y-tunnus: " + yt + "<br>Laskutusosoite: Kuninkaanhaanaukio 3 B 12, 28100 Pori<br>"
            "Sähköposti: rahastonhoitaja@satakamarikuoro-demo.fi<br>Tilausnumeronne: SKK-03/2027</p>"
            "<table border='1' cellpadding='3'><tr><th>Tuote</th><th>Kuvaus</th><th>Aika</th><th>Määrä</th>"
            "<th>à-hinta</th></tr><tr><td>VS100</td><td>Iso sali, harjoitus ja konsertti</td><td>18.–19.9.2027</td>"
            "<td>2 pv</td><td>950,00 €</td></tr><tr><td>VS200</td><td>Tekniikkapalvelu</td><td>18.–19.9.2027</td>"
            "<td>10 h</td><td>68,00 €</td></tr></table><p>Hintoihin lisätään arvonlisävero 25,5 %. Lasku "
            "lähetetään tapahtuman jälkeen.</p><p>Kulttuuritalo Valssaamo, Y-tunnus " + org(VALS) + "</p>"
            "</body></html>")
    inner = mail(W["vals"], "Varausvahvistus VAR-2027-318", f"Fri, 10 Sep 2027 10:12:00 {FI_DATE}", None,
                 html=html, to="Satakunnan Kamarikuoro ry <rahastonhoitaja@satakamarikuoro-demo.fi>")
    body = ("Hei,\n\nliitteenä varausvahvistus, jonka lähetimme asiakkaalle. Varaus toteutui sellaisenaan, "
            "laskutetaan sen mukaan. Asiakas on uusi.\n\nValssaamon tilavaraukset\n")
    m = _fi("vals", "Fw: Varausvahvistus VAR-2027-318 Satakunnan Kamarikuoro", "Fri, 1 Oct 2027 08:50:33", body,
            attachments=[inner])
    period = {"ps": "2027-09-18", "pe": "2027-09-19"}
    return m, expect_requests("a booking confirmation forwarded as an attached message (HTML): a new customer with "
                              "Y-tunnus and billing address, 'Tilausnumeronne', prices and units in cells", PLAIN, [
        request(new_cust("Satakunnan Kamarikuoro ry", yt, "FI", email="rahastonhoitaja@satakamarikuoro-demo.fi"),
                [line(VALS, "VS100", "2", "950.00", desc="Iso sali, harjoitus ja konsertti", **period),
                 line(VALS, "VS200", "10", "68.00", desc="Tekniikkapalvelu", **period)], [], VALS,
                order="SKK-03/2027")])


@case("v22_fi_yter_bulleted_inspections_two_customers")
def _v22() -> Any:
    body = ("Hei,\n\nseuraavat suunnitelmalliset tarkastukset viikolta 38 laskutetaan taksan mukaan:\n\n"
            "• Hämeen Leipomo Oy, Y-tunnus " + org_of("C-6205") + " – tarkastus (YT10) 1 kpl 21.9.2027, "
            "Dnro HML/4471/11.01.04/2027\n"
            "• Ravintola Linnanportti Oy, Y-tunnus " + org_of("C-6206") + " – tarkastus (YT10) 1 kpl 23.9.2027, "
            "talousvesinäytteen otto (YT20) 1 kpl 23.9.2027 ja perustutkimus (YT30) 1 kpl 23.9.2027, "
            "Dnro HML/4502/11.01.04/2027\n" + SIG_YTER.format(n="Jarkko Heikkilä\nympäristöterveystarkastaja"))
    m = _fi("yter_j", "Laskutettavat tarkastukset vko 38", "Mon, 27 Sep 2027 13:30:04", body)
    return m, expect_requests("two customers in bullets; the diary numbers (Dnro) are the agency's own case "
                              "numbers, not the customer's order", PLAIN, [
        request(cust("C-6205"), [line(YTER, "YT10", "1", ps="2027-09-21", skip=ND)], [], YTER),
        request(cust("C-6206"), [line(YTER, c, "1", ps="2027-09-23", skip=ND) for c in ("YT10", "YT20", "YT30")],
                [], YTER)])


@case("v23_fi_yter_lab_tsv_utf8_bom")
def _v23() -> Any:
    rows = [("2027-3381", "07.09.2027", "Vesilaitos, lähtevä vesi"),
            ("2027-3502", "21.09.2027", "Verkosto, Turengin koulu"),
            ("2027-3503", "21.09.2027", "Verkosto, Tervakosken paloasema")]
    tsv = "Näyte-ID\tNäytteenottopvm\tNäytepiste\tTutkimus\tTuote\tKpl\r\n"
    for sid, day, point in rows:
        tsv += f"{sid}\t{day}\t{point}\tNäytteenotto\tYT20\t1\r\n{sid}\t{day}\t{point}\tPerustutkimus\tYT30\t1\r\n"
    tsv += "\t\t\tYhteensä\t\t6\r\n"
    body = ("Hei,\n\nliitteenä laboratorion tietojärjestelmän ote syyskuun valvontanäytteistä. Asiakas Janakkalan "
            "Vesihuolto Oy, asiakasnumero C-6207. Tilausnumero JVH-2027-041.\n\nYstävällisin terveisin\n"
            "Ympäristöterveyden laskutus\nHämeenlinnan kaupunki\n")
    m = _fi("yter", "Janakkalan Vesihuolto – syyskuun valvontanäytteet", "Tue, 28 Sep 2027 08:10:45", body,
            attachments=[text_att("naytteet_2027-09.txt", tsv, subtype="tab-separated-values", bom=True)])
    iso = {"07.09.2027": "2027-09-07", "21.09.2027": "2027-09-21"}
    lines = [line(YTER, c, "1", ps=iso[day], skip=ND) for _sid, day, _p in rows for c in ("YT20", "YT30")]
    return m, expect_requests("UTF-8 BOM tab-separated lab export, zero-padded Finnish dates, a totals row", PLAIN,
                              [request(cust("C-6207"), lines, [], YTER, order="JVH-2027-041")])


@case("v24_fi_yter_bad_ytunnus_new_operator")
def _v24() -> Any:
    body = ("Hei,\n\nlaskutettava ilmoituksen käsittely (YT40) 1 kpl, elintarvikehuoneiston rekisteröinti-"
            "ilmoitus, päätös annettu 24.9.2027.\n\nToimija: Lammin Juustopaja Oy\nY-tunnus: "
            + bad_check(fi_yt("2609174")) + "\nOsoite: Myllytie 3, 16900 Lammi\n"
            + SIG_YTER.format(n="Jarkko Heikkilä\nympäristöterveystarkastaja"))
    m = _fi("yter_j", "Ilmoituksen käsittely, juustopaja", "Wed, 29 Sep 2027 10:45:38", body)
    return m, expect_requests("a Y-tunnus failing its check digit and a name not in the register (a near name of "
                              "Lammin Kotijuustola Ay): org_no asked, only that", ASK, [
        request(new_cust("Lammin Juustopaja Oy", None, None), [line(YTER, "YT40", "1", ps="2027-09-24", skip=ND)],
                ["customer.org_no"], YTER)])


@case("v25_fi_yter_statement_hours_written_rate")
def _v25() -> Any:
    body = ("Hei\n\nRavintola Linnanportti Oy:n (" + org_of("C-6206") + ") pyytämä lausunto terassin laajennuksesta "
            "on annettu 29.9.2027. Laskutetaan tuntityönä YT90: 5,5 h à 82,00 €.\n\nViitteenne: Kalle Mäntylä"
            + SIG_YTER.format(n="Jarkko Heikkilä\nympäristöterveystarkastaja"))
    m = _fi("yter_j", "Lausunto / Ravintola Linnanportti", "Thu, 30 Sep 2027 15:05:22", body)
    return m, expect_requests("hours with a decimal comma at a written rate for an unpriced article", PLAIN, [
        request(cust("C-6206"), [line(YTER, "YT90", "5.5", "82.00", ps="2027-09-29", skip=ND)], [], YTER,
                buyer="Kalle Mäntylä")])


def _grouped(ref: str) -> str:
    """A Finnish reference printed in groups of five from the right, as banks print it."""
    head = len(ref) % 5
    parts = ([ref[:head]] if head else []) + [ref[i:i + 5] for i in range(head, len(ref), 5)]
    return " ".join(parts)


@case("v26_fi_yter_forwarded_pdf_maksuilmoitus")
def _v26() -> Any:
    r1, r2 = fi_ref("120073104"), fi_ref("120073150")
    html = ("<h1>Maksuilmoitus</h1><p>Maksaja: Hämeen Leipomo Oy, Y-tunnus " + org_of("C-6205") + "<br>"
            "Maksupäivä: 30.9.2027<br>Saaja: Hämeenlinnan kaupunki, " + pay(YTER) + "</p><table><thead><tr>"
            "<th>Laskun numero</th><th>Viitenumero</th><th>Summa €</th></tr></thead><tbody>"
            "<tr><td>7310448</td><td>" + _grouped(r1) + "</td><td class='num'>190,00</td></tr>"
            "<tr><td>7310502</td><td>" + _grouped(r2) + "</td><td class='num'>250,00</td></tr>"
            "<tr><td colspan='2'><b>Yhteensä</b></td><td class='num'><b>440,00</b></td></tr></tbody></table>")
    body = ("Hei,\n\nleipomo lähetti maksuilmoituksen minulle, välitän reskontraan.\n\nJarkko\n\n"
            "-----Alkuperäinen viesti-----\nLähettäjä: Hämeen Leipomo Oy <talous@hameenleipomo-demo.fi>\n"
            "Lähetetty: torstai 30. syyskuuta 2027 14.22\nVastaanottaja: Heikkilä Jarkko "
            "<jarkko.heikkila@hameenlinna-demo.fi>\nAihe: Maksuilmoitus\n\nHei, liitteenä maksuilmoitus "
            "tarkastusmaksuista.\nt. Talous / Hämeen Leipomo\n"
            + SIG_YTER.format(n="Jarkko Heikkilä\nympäristöterveystarkastaja"))
    m = _fi("yter_j", "VL: Maksuilmoitus Hämeen Leipomo", "Fri, 1 Oct 2027 09:00:57", body,
            attachments=[pdf("maksuilmoitus_20270930.pdf", html)])
    return m, expect_advice("a forwarded maksuilmoitus as a PDF table: grouped viitenumerot, the agency's own "
                            "IBAN as the payee", OTHER, {"name": "Hämeen Leipomo Oy", "org_no": org_of("C-6205")},
                            "2027-09-30", "440.00", "EUR", [("7310448", r1, "190.00"), ("7310502", r2, "250.00")])
