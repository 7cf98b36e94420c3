"""Forty-fourth held-out set (written blind), part B: the district court (copies with a case number that is no
order number, twin law firms without legal form, a PDF billing form, a reply giving the org number above an Outlook
quote and a long court signature, an approximate page count) and the parish (a phone mail, an approximate number of
guests 'n. 60', an XLSX of grave care contracts with merged two-row headers and interleaved payers, a bride with a
wrong hetu check character, a maksuilmoitus as PDF, an HTML-only mail naming the Ky twin with case endings, a
Finnish request with the Swedish customer's booking attached as a message)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import fi_ref
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    mail,
    new_cust,
    pdf,
    xlsx,
)

from .kit44 import (
    ASK,
    CENTRE_FI,
    CENTRE_SE,
    FI_DATE,
    HETU_AINO,
    HETU_LAURA_BAD,
    IBAN,
    ND,
    OTHER,
    PERIOD,
    PLAIN,
    SE_DATE,
    SRK,
    TRT,
    W,
    case,
    cust,
    line,
    onum,
    org,
    request,
    unchecked,
)


def sig_trt(name: str, title: str = "Domstolshandläggare") -> str:
    """The court's signature: postal and visiting address, phone numbers, opening hours, org number, a footer."""
    return ("\n\nMed vänlig hälsning\n\n" + name + "\n" + title + "\nMossby tingsrätt\n\n"
            "Postadress: Box 118, 952 22 Mossby\nBesöksadress: Tingshusgatan 3\n"
            "Telefon: 0922-450 00 (växel), direkt 0922-450 17\nE-post: mossby.tingsratt@dom-demo.se\n"
            "Expeditionens öppettider: måndag–fredag 09.00–15.00, lunchstängt 12.00–13.00\nOrg.nr " + org(TRT)
            + "\n\nInformation om hur vi behandlar personuppgifter finns på www.dom-demo.se/personuppgifter. "
            "Tänk på att e-post till domstolen blir allmän handling.\n")


def sig_srk(name: str, title: str = "seurakuntasihteeri") -> str:
    """The parish office's signature: phone hours, Y-tunnus, IBAN, a psalm verse and a confidentiality note."""
    return ("\n\nSiunattua kevättä toivottaen\n" + name + "\n" + title + "\n\nVuorilahden seurakunta | "
            "Kirkkoherranvirasto\nKirkkotie 4, 79700 Vuorilahti\npuh. 044 720 1340 (ma–to klo 9–13, pe suljettu)\n"
            "Y-tunnus " + org(SRK) + "\nIBAN " + IBAN[SRK] + "\nwww.vuorilahdenseurakunta-demo.fi\n\n"
            "”Herra on minun paimeneni, ei minulta mitään puutu.” (Ps. 23:1)\n\nTämä sähköpostiviesti ja sen "
            "liitteet voivat sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita "
            "siitä lähettäjälle ja poista viesti.\n")


def _group5(ref: str) -> str:
    """A viitenumero as printed: groups of five digits from the right."""
    return " ".join(reversed([ref[max(0, i - 5):i] for i in range(len(ref), 0, -5)]))


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("x13_sv_trt_copies_case_number_not_order")
def _x13() -> Any:
    body = ("Hej!\n\nKopior i mål T 2211-26 har expedierats till Advokatfirman Berg & Holm KB, org.nr "
            + onum("C-4409") + ", den 4 mars. Fakturera:\n\n– grundavgift kopior (T20): 1 st\n– sidor utöver de "
            "första tio (T10): 134 st à 2 kr\n– ljudfil från huvudförhandlingen (T30): 1 st\n\n"
            "Er referens: advokat Lena Holm" + sig_trt("Eva Lindgren"))
    m = _se("trt_e", "Fakturering kopior T 2211-26", "Mon, 8 Mar 2027 13:22:48", body)
    d: dict[str, Any] = {"ps": "2027-03-04", "skip": ND}
    return m, expect_requests("dash lines; the KB twin by its org number; the court case number is neither an "
                              "order number nor a quantity; one delivery date for all lines", PLAIN, [
        request(cust("C-4409"), [line(TRT, "T20", "1", **d), line(TRT, "T10", "134", "2", **d),
                                 line(TRT, "T30", "1", **d)], [], TRT, buyer="advokat Lena Holm")])


@case("x14_sv_trt_twin_law_firms_ask")
def _x14() -> Any:
    body = ("Hej,\n\nAdvokatfirman Berg & Holm har beställt dom och protokoll i mål B 1876-25, totalt 23 sidor, "
            "mejlades ut i går.\nDet blir grundavgift T20 1 st + 13 sidor T10.\n\nJag vet faktiskt inte om det är "
            "deras kontor här i Mossby eller det i Luleå som beställt, advokaten heter Per Berg."
            + sig_trt("Eva Lindgren"))
    m = _se("trt_e", "Dom B 1876-25", "Tue, 9 Mar 2027 09:05:12", body)
    req = request(new_cust("Advokatfirman Berg & Holm", None, None),
                  [line(TRT, "T20", "1", skip=ND + PERIOD), line(TRT, "T10", "13", skip=ND + PERIOD)],
                  ["customer.org_no"], TRT)
    return m, expect_requests("a name matching both Berg & Holm KB and AB, no number: org_no asked (contract "
                              "silent on 'i går' and an unlabelled lawyer's name: period and buyer reference "
                              "not checked)", ASK, [unchecked(req, "buyer_reference")])


@case("x15_sv_trt_pdf_billing_form_meeting_room")
def _x15() -> Any:
    form = ("<h1>Underlag för fakturering – lokalupplåtelse</h1><table class='kv'>"
            "<tr><th>Kund</th><td>Mossby kommun, överförmyndarnämnden</td></tr>"
            "<tr><th>Org.nr</th><td>" + onum("C-4412") + "</td></tr>"
            "<tr><th>Er referens</th><td>Siv Åström</td></tr>"
            "<tr><th>Beställningsnr</th><td>MK-27-0088</td></tr></table><br>"
            "<table><thead><tr><th>Art</th><th>Benämning</th><th>Datum</th><th>Antal</th><th>À-pris</th></tr>"
            "</thead><tbody><tr><td>T40</td><td>Sammanträdesrum Älven, heldag</td><td>9/3 – 10/3 2027</td>"
            "<td class='num'>2</td><td class='num'>1 800,00</td></tr></tbody></table>"
            "<p>Fakturan ställs till kunden enligt ovan. Moms tillkommer.</p>"
            "<p>Attesterat: Anders Kask, administrativ chef, Mossby tingsrätt (org.nr " + org(TRT) + ")</p>")
    body = "Hej,\n\nunderlag bifogas (pdf)." + sig_trt("Anders Kask", "Administrativ chef")
    m = _se("trt_a", "Lokalupplåtelse Älven 9–10 mars", "Wed, 10 Mar 2027 15:03:39", body,
            attachments=[pdf("underlag_lokal_MK-27-0088.pdf", form, css=".kv th { width: 30% }")])
    return m, expect_requests("PDF form: key-value block and a one-row table; the customer's name with a "
                              "department resolves by org number; the court's own org number in the form", PLAIN, [
        request(cust("C-4412"), [line(TRT, "T40", "2", "1800.00", desc="Sammanträdesrum Älven, heldag",
                                      ps="2027-03-09", pe="2027-03-10")], [], TRT,
                buyer="Siv Åström", order="MK-27-0088")])


@case("x16_sv_trt_reply_org_number_outlook_quote")
def _x16() -> Any:
    token = "REQ-K7M2W"
    body = ("Hej!\n\nDet var kontoret i Mossby, alltså Advokatfirman Berg & Holm KB, org.nr " + onum("C-4409")
            + ".\n\nEva" + sig_trt("Eva Lindgren") + "\nFrån: Kundfaktura <kundfaktura@servicecentret.se>\n"
            "Skickat: den 10 mars 2027 08:12\nTill: Eva Lindgren <eva.lindgren@dom-demo.se>\n"
            "Ämne: [" + token + "] Uppgifter saknas för fakturering\n\nHej!\nVi behöver följande för att kunna "
            "fakturera er begäran \"Dom B 1876-25\" (Advokatfirman Berg & Holm, 2 rader):\n"
            "1. Kundens organisationsnummer (customer.org_no)\n\nSvara ovanför denna rad.\n")
    m = _se("trt_e", "SV: [" + token + "] Uppgifter saknas för fakturering", "Thu, 11 Mar 2027 10:40:16", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>",
                     "References": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("a reply answering the org number above an Outlook quote; the court's own org number "
                           "in the signature between them", OTHER, token,
                           {"customer": {"org_no": onum("C-4409")}, "lines": []})


@case("x17_sv_trt_approximate_page_count_ask")
def _x17() -> Any:
    body = ("Hej,\n\nTidningen Mossbybladet har begärt ut förundersökningsprotokollet i mål B 402-27. Det är inte "
            "kopierat än men blir ungefär 250 sidor, så:\n\nT20 grundavgift 1 st\nT10 sidor: ca 240 (250 minus de "
            "tio första)\n\nEr referens: Jonna Sik, redaktionen" + sig_trt("Eva Lindgren"))
    m = _se("trt_e", "Utlämnande FU B 402-27", "Fri, 12 Mar 2027 11:11:58", body)
    return m, expect_requests("'ca 240' pages: quantity asked; the newspaper's name without AB matches", ASK, [
        request(cust("C-4411"), [line(TRT, "T20", "1", skip=ND), line(TRT, "T10", None, skip=ND)],
                ["lines[1].quantity"], TRT, buyer="Jonna Sik, redaktionen")])


@case("x18_fi_srk_phone_hall_rent")
def _x18() -> Any:
    body = ("moi\nVuorilahden Marttayhdistys piti myyjäiset seurakuntasalissa lauantaina 6.3. , laskuttakaa salin "
            "vuokra K10 1 kpl.\nkiitos\nJussi / suntio\n\nLähetetty iPhonesta\n")
    m = _fi("srk_j", "salin vuokra", "Mon, 8 Mar 2027 07:12:33", body)
    return m, expect_requests("a phone mail; the association's name without 'ry'; a date without year", PLAIN, [
        request(cust("C-4501"), [line(SRK, "K10", "1", ps="2027-03-06", skip=ND)], [], SRK)])


@case("x19_fi_srk_memorial_about_sixty_ask")
def _x19() -> Any:
    body = ("Hei!\n\nAino Kettunen (hetu " + HETU_AINO + ") on varannut seurakuntasalin miehensä muistotilaisuutta "
            "varten lauantaiksi 20.3.2027.\n\nLaskutetaan:\n- seurakuntasalin vuokra (K10) 1 kpl\n"
            "- muistotilaisuuden tarjoilu (K30) n. 60 hengelle, tarkka määrä selviää vasta viikkoa ennen\n\n"
            "Lasku Ainolle kotiin, hän ei käytä sähköpostia." + sig_srk("Raili Koskinen"))
    m = _fi("srk_r", "Muistotilaisuus 20.3. / Kettunen", "Tue, 9 Mar 2027 12:48:20", body)
    d: dict[str, Any] = {"ps": "2027-03-20", "skip": ND}
    return m, expect_requests("a registered private person by hetu; 'n. 60' (noin) guests: quantity asked; one "
                              "date for the request", ASK, [
        request(cust("C-4504"), [line(SRK, "K10", "1", **d), line(SRK, "K30", None, **d)],
                ["lines[1].quantity"], SRK)])


@case("x20_fi_srk_xlsx_grave_care_payers")
def _x20() -> Any:
    a, m_, h = onum("C-4504"), onum("C-4501"), onum("C-4511")
    s, e = dt.date(2027, 5, 1), dt.date(2027, 9, 30)
    rows = [["HAUTOJENHOITO 2027 – laskutettavat sopimukset (erä 1)", None, None, None, None, None, None],
            ["Maksaja", None, "Hauta", "Tuote", "Hoitokausi", None, "Määrä"],
            ["Nimi", "Hetu / Y-tunnus", "Lohko-rivi-nro", "Koodi", "alkaa", "päättyy", "kpl"],
            ["Aino Kettunen", a, "B-4-12", "K40", s, e, 1],
            ["Vuorilahden Marttayhdistys ry", m_, "A-1-3 (veteraanihauta)", "K40", s, e, 1],
            ["Vuorilahden Marttayhdistys ry", m_, "A-1-4 (veteraanihauta)", "K40", s, e, 1],
            ["Heikki Savolainen", h, "C-2-7", "K40", s, e, 1],
            ["Aino Kettunen", a, "B-4-13", "K40", s, e, 1],
            ["Yhteensä", None, None, None, None, None, 5]]
    summary = [["Maksajia", 3], ["Hautoja", 5], ["Summa €", 475]]
    body = ("Hei,\n\nliitteenä vuoden 2027 hautojenhoitolaskutus (ensimmäinen erä). Toisella välilehdellä on vain "
            "yhteenveto.\n\nTerveisin\nMarjatta Toivonen\ntalouspäällikkö\nVuorilahden seurakunta\np. 044 720 1355\n")
    m = _fi("srk_m", "Hautojenhoito 2027 erä 1", "Wed, 10 Mar 2027 09:37:04", body,
            attachments=[xlsx("hautojenhoito_2027_era1.xlsx",
                              [("Hoitosopimukset", rows, ["A1:G1", "A2:B2", "E2:F2"]),
                               ("Yhteenveto", summary, [])])])
    per: dict[str, Any] = {"ps": s.isoformat(), "pe": e.isoformat(), "skip": ND}
    return m, expect_requests("XLSX: merged title and two-row header, hetu and Y-tunnus in one column, payers "
                              "interleaved (grouped by first appearance), a total row, a summary sheet", PLAIN, [
        request(cust("C-4504"), [line(SRK, "K40", "1", **per), line(SRK, "K40", "1", **per)], [], SRK),
        request(cust("C-4501"), [line(SRK, "K40", "1", **per), line(SRK, "K40", "1", **per)], [], SRK),
        request(cust("C-4511"), [line(SRK, "K40", "1", **per)], [], SRK)])


@case("x21_fi_srk_bride_wrong_hetu_ask")
def _x21() -> Any:
    body = ("Hei,\n\nhääpari on ulkopaikkakuntalaisia, joten kirkon käytöstä (K20) laskutetaan 1 kpl, vihkiminen "
            "la 27.3. klo 14.\n\nLasku morsiamelle:\nLaura Miettinen\nhetu " + HETU_LAURA_BAD + "\n"
            "Puijonkatu 12 B 7\n70100 Kuopio\nlaura.miettinen@posti-demo.fi" + sig_srk("Raili Koskinen"))
    m = _fi("srk_r", "Vihkiminen 27.3. Miettinen", "Thu, 11 Mar 2027 10:06:55", body)
    cust_new = new_cust("Laura Miettinen", None, None, email="laura.miettinen@posti-demo.fi")
    del cust_new["country"]
    return m, expect_requests("a new private person whose hetu fails its check character: no identity, org_no "
                              "asked (only that); the country is not checked — no valid identifier shows it",
                              ASK, [
        request(cust_new, [line(SRK, "K20", "1", ps="2027-03-27", skip=ND)], ["customer.org_no"], SRK)])


@case("x22_fi_srk_maksuilmoitus_pdf")
def _x22() -> Any:
    r1, r2 = fi_ref("1200451"), fi_ref("1200518")
    g1, g2 = _group5(r1), _group5(r2)
    html = ("<h1>MAKSUILMOITUS</h1><p>Maksaja: Vuorilahden kunta, Y-tunnus " + onum("C-4505") + "<br>"
            "Maksun saaja: Vuorilahden seurakunta<br>Maksupäivä: 4.3.2027<br>Tililtä: FI12 5000 0120 2533 71</p>"
            "<table><thead><tr><th>Laskun nro</th><th>Viitenumero</th><th>Summa €</th></tr></thead><tbody>"
            "<tr><td>2700451</td><td>" + g1 + "</td><td class='num'>540,00</td></tr>"
            "<tr><td>2700518</td><td>" + g2 + "</td><td class='num'>1 237,50</td></tr>"
            "<tr><td>Hyvityslasku 2700493</td><td></td><td class='num'>-180,00</td></tr>"
            "<tr><td colspan='2'><b>Yhteensä</b></td><td class='num'><b>1 597,50</b></td></tr></tbody></table>"
            "<p>Vuorilahden kunta, taloushallinto</p>")
    body = ("Hei,\n\nVuorilahden kunta lähetti maksuilmoituksen (liitteenä), kirjatkaa suoritukset. Yksi "
            "hyvityslasku on vähennetty.\n\nMarjatta\n")
    m = _fi("srk_m", "VL: Maksuilmoitus Vuorilahden kunta", "Fri, 12 Mar 2027 13:58:41", body,
            attachments=[pdf("maksuilmoitus_2027-03-04.pdf", html)])
    return m, expect_advice("a maksuilmoitus as a PDF table: grouped viitenumero, a deducted credit note, a total",
                            OTHER, {"name": "Vuorilahden kunta", "org_no": onum("C-4505")}, "2027-03-04",
                            "1597.50", "EUR", [("2700451", r1, "540.00"), ("2700518", r2, "1237.50"),
                                               ("2700493", None, "-180.00")])


@case("x23_fi_srk_html_lepola_ky_case_endings")
def _x23() -> Any:
    html = ("<html><body><p>Hei,</p><p>Hautaustoimisto Lepola Ky:n kautta on ollut kaksi ulkopaikkakuntalaisen "
            "siunaustilaisuutta, laskutetaan kirkon käyttömaksut Lepola Ky:ltä:</p><ul>"
            "<li>K20 – 1 kpl – siunaus pe 5.3.</li><li>K20 – 1 kpl – siunaus la 13.3.</li></ul>"
            "<p>Viitteenne: Tapio Lepola</p><p>Siunattua kevättä toivottaen<br>Raili Koskinen<br>"
            "seurakuntasihteeri<br><span style='color:#6b3fa0'>Vuorilahden seurakunta</span><br>Y-tunnus "
            + org(SRK) + " | puh. 044 720 1340</p></body></html>")
    m = _fi("srk_r", "Kirkon käyttömaksut / Lepola", "Mon, 15 Mar 2027 08:44:19", None, html=html)
    return m, expect_requests("HTML-only bullets; 'Hautaustoimisto Lepola Ky:n' resolves the Ky twin after the "
                              "case ending is dropped; one date per line", PLAIN, [
        request(cust("C-4503"), [line(SRK, "K20", "1", ps="2027-03-05", skip=ND),
                                 line(SRK, "K20", "1", ps="2027-03-13", skip=ND)], [], SRK, buyer="Tapio Lepola")])


@case("x24_fi_srk_swedish_booking_attached")
def _x24() -> Any:
    inner = mail("Gun Lindqvist <gun.lindqvist@posti-demo.fi>", "Bokning av församlingssalen 27.3",
                 "Sat, 6 Mar 2027 18:20:00 +0200",
                 "Hej Raili!\n\nVi vill gärna boka församlingssalen lördagen den 27 mars kl 13–16 för vår vårfest. "
                 "Vi blir kanske 30–40 personer. Kaffe och bulla, vi bakar själva.\n\nMed vänlig hälsning\n"
                 "Gun Lindqvist, ordförande\nSvenska pensionärsföreningen i Vuorilahti rf\n",
                 to="Raili Koskinen <raili.koskinen@vuorilahdenseurakunta-demo.fi>")
    body = ("Hei,\n\nliitteenä ruotsinkielisen eläkeläisyhdistyksen varaus. Laskutetaan etukäteen:\n\n"
            "- seurakuntasalin vuokra K10, 1 kpl\n- kahvitarjoilu K30, 35 henkeä à 9,50 € (sovittu alennettu "
            "hinta, koska he tuovat itse leivonnaiset)\n\nTilaisuus on la 27.3.2027.\n"
            "Asiakas: Svenska pensionärsföreningen i Vuorilahti rf" + sig_srk("Raili Koskinen"))
    m = _fi("srk_r", "Salivaraus 27.3. / Svenska pensionärsföreningen", "Fri, 12 Mar 2027 09:20:37", body,
            attachments=[inner])
    d: dict[str, Any] = {"ps": "2027-03-27", "skip": ND}
    return m, expect_requests("Finnish request with the Swedish customer's booking attached as a message (its '30–40 "
                              "personer' is not a line); a written price over the register's", PLAIN, [
        request(cust("C-4506"), [line(SRK, "K10", "1", **d), line(SRK, "K30", "35", "9.50", **d)], [], SRK)])
