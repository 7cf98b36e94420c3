"""Thirty-third held-out set (written blind), part B: boundary surveys, the university hospital's laboratory and the
first Åland mail — a TSV from a survey register, XLSX and PDF from the laboratory, a Swedish municipality and a
Swedish shipping company writing across the border, a near-twin Oy/Ky pair, a forwarded maksuilmoitus with
viitenumerot and an auto-reply."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, se_org
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

from .kit33 import (
    APR,
    ASK,
    AX,
    CENTRE_FI,
    HETU_EINO,
    KMT,
    LAB,
    ND,
    OTHER,
    PLAIN,
    W,
    case,
    cust,
    line,
    org,
    request,
    when,
)

SIG_KMT = ("\n\nYstävällisin terveisin\n{n}\nKiinteistömittauslaitos, Itä-Suomen toimitukset\nY-tunnus " + org(KMT)
           + "\nKauppakatu 25, 80100 Joensuu\n")
SIG_LAB = ("\n\nTerveisin\n{n}\nLaboratoriopalvelut, asiakaspalvelu\nItä-Suomen yliopistollinen sairaala\n"
           "Y-tunnus " + org(LAB) + " | p. 017 173 311\n")
SIG_AX = ("\n\nMed vänlig hälsning\n{n}\nSkärgårdstrafiken\nÅlands landskapsregering\nFO-nummer " + org(AX) + "\n")


def _fi(frm: str, subj: str, day: int, clock: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(day, clock), body, to=CENTRE_FI, **kw)


@case("w14_fi_kmt_tsv_boundary_surveys")
def _w14() -> Any:
    tsv = ("Toimitusnumero\tAsiakas\tY-tunnus/hetu\tTuote\tSelite\tMäärä\tToimituspäivä\n"
           "2027-612345\tMetsänhoitoyhdistys Ylä-Karjala ry\t" + cust("A-3310")["org_no"]
           + "\tKM10\tRajankäynti, Nurmes\t1\t4.5.2027\n"
           "2027-612345\tMetsänhoitoyhdistys Ylä-Karjala ry\t" + cust("A-3310")["org_no"]
           + "\tKM20\tRajamerkit\t4\t4.5.2027\n"
           "2027-612388\tRäsänen Eino\t" + HETU_EINO + "\tKM10\tRajankäynti, Lieksa\t1\t7.5.2027\n"
           "2027-612388\tRäsänen Eino\t" + HETU_EINO + "\tKM30\tLisätyö\t2,5\t7.5.2027\n")
    m = _fi("kmt", "Laskutettavat toimitukset vko 18-19", 11, "08:05:00",
            "Hei,\n\nliitteenä laskutettavat toimitukset (tab-eroteltu ote toimitusrekisteristä)."
            + SIG_KMT.format(n="Toimitusten laskutus"),
            attachments=[text_att("toimitukset_vko18-19.txt", tsv, subtype="tab-separated-values")])
    # Toimitusnumero is the institute's own case number, not the customer's order: no order reference.
    return m, expect_requests("TSV: an association by Y-tunnus and a landowner by hetu (born 1943), decimal comma "
                              "hours, the institute's case number is no order reference", PLAIN, [
        request(cust("A-3310"), [line(KMT, "KM10", "1", desc="Rajankäynti, Nurmes", ps="2027-05-04"),
                                 line(KMT, "KM20", "4", desc="Rajamerkit", ps="2027-05-04")], [], KMT),
        request(cust("A-3311"), [line(KMT, "KM10", "1", desc="Rajankäynti, Lieksa", ps="2027-05-07"),
                                 line(KMT, "KM30", "2.5", desc="Lisätyö", ps="2027-05-07")], [], KMT)])


@case("w15_fi_kmt_ask_estate_without_id")
def _w15() -> Any:
    body = ("Hei!\n\nRajankäynti Ilomantsissa 12.5.2027, laskutetaan:\nperusmaksu KM10, kertamaksu\n"
            "lisätyö KM30 6 h\n\nAsiakas: Aarne Pesosen kuolinpesä\nYhteyshenkilö osakas Leena Pesonen, Kirkkotie 3, "
            "82900 Ilomantsi\n\nKuolinpesälle ei ole vielä haettu Y-tunnusta, ja vainajan hetua en löydä "
            "asiakirjoista." + SIG_KMT.format(n="Sirpa Partanen"))
    m = _fi("kmt_s", "Rajankäynti Ilomantsi", 13, "10:45:00", body)
    return m, expect_requests("an estate with neither Y-tunnus nor personal number nor registry match: org number "
                              "asked; 'kertamaksu' gives quantity 1", ASK, [
        request(new_cust("Aarne Pesosen kuolinpesä", None, None),
                [line(KMT, "KM10", "1", ps="2027-05-12", skip=ND), line(KMT, "KM30", "6", ps="2027-05-12", skip=ND)],
                ["customer.org_no"], KMT)])


@case("w16_sv_kmt_forward_swedish_municipality")
def _w16() -> Any:
    org_se = se_org("212000294")
    body = ("Hei,\n\nvälitän alla olevan, laskutetaan ruotsalaista kuntaa. Koodit KM10 (perusmaksu) ja KM20 "
            "(rajamerkit). -Sirpa\n\n---------- Välitetty viesti ----------\n"
            "Lähettäjä: Lars Niemi <lars.niemi@overtornedalen-demo.se>\nPäivämäärä: to 13.5.2027 klo 9.02\n"
            "Aihe: Gränsutmärkning Ruskola 2:14\n"
            "Vastaanottaja: Sirpa Partanen <sirpa.partanen@kiinteistomittaus-demo.fi>\n\n"
            "Hej Sirpa!\n\nTack för gott samarbete vid förrättningen på vår fastighet i Pello (Ruskola 2:14) den 6 "
            "maj. Vi bekräftar att ni kan fakturera oss för grundavgiften för rågångsförrättningen (1 st) och två nya "
            "gränsmärken.\n\nFakturauppgifter:\nÖvre Tornedalens kommun\nOrg.nr " + org_se + "\nBox 40\n957 21 "
            "Övertorneå\nBeställningsnummer: 2027-0317\nFakturareferens: Lars Niemi\n\nMed vänliga hälsningar\n"
            "Lars Niemi\nMark- och exploateringsenheten\n")
    m = _fi("kmt_s", "VL: Gränsutmärkning Ruskola 2:14", 14, "11:30:00", body)
    new = new_cust("Övre Tornedalens kommun", org_se, "SE")
    del new["email"]
    # The codes come from the forwarding note, the quantities and date from the Swedish customer's confirmation;
    # "Fakturareferens" is the reference the customer wants on the invoice (read as buyer reference).
    return m, expect_requests("a Swedish municipality writing in Swedish, forwarded with a Finnish note: new customer "
                              "with org number and address, nothing to ask", PLAIN, [
        request(new, [line(KMT, "KM10", "1", ps="2027-05-06", skip=ND), line(KMT, "KM20", "2", ps="2027-05-06",
                                                                                skip=ND)],
                [], KMT, buyer="Lars Niemi", order="2027-0317")])


@case("w17_fi_lab_xlsx_april_clinics")
def _w17() -> Any:
    rows = [["Laboratoriotutkimukset, huhtikuu 2027", None, None, None, None],
            ["Asiakas", "Y-tunnus", "Tutkimuskoodi", "Tutkimus", "Lkm"],
            ["Lääkäriasema Kaari Oy", cust("A-3312")["org_no"], "LB10", "PVK", 142],
            ["Lääkäriasema Kaari Oy", cust("A-3312")["org_no"], "LB20", "CRP", 88],
            ["Työterveys Virta Oy", cust("A-3314")["org_no"], "LB10", "PVK", 61],
            ["Lääkäriasema Kaari Oy", cust("A-3312")["org_no"], "LB30", "Näytteenkuljetus", 9],
            [None, None, None, "Yhteensä", 300]]
    m = _fi("lab", "Huhtikuun laskutus yksityiset klinikat", 4, "14:10:00",
            "Hei,\n\nhuhtikuun tutkimukset liitteenä. Hinnat hinnaston mukaan." + SIG_LAB.format(n="Asiakaspalvelu"),
            attachments=[xlsx("klinikat_huhtikuu27.xlsx", [("Huhtikuu", rows, ["A1:E1"])])])
    return m, expect_requests("XLSX with a merged title giving the month, Finnish headers, rows of two clinics "
                              "grouped, totals row ignored", PLAIN, [
        request(cust("A-3312"), [line(LAB, "LB10", "142", desc="PVK", ps=APR[0], pe=APR[1]),
                                 line(LAB, "LB20", "88", desc="CRP", ps=APR[0], pe=APR[1]),
                                 line(LAB, "LB30", "9", desc="Näytteenkuljetus", ps=APR[0], pe=APR[1])], [], LAB),
        request(cust("A-3314"), [line(LAB, "LB10", "61", desc="PVK", ps=APR[0], pe=APR[1])], [], LAB)])


@case("w18_fi_lab_prose_twin_ky_by_ytunnus")
def _w18() -> Any:
    body = ("Hei,\n\nLääkäriasema Kaari Ky (Joensuu), Y-tunnus " + cust("A-3313")["org_no"] + ", näytteet ajalta "
            "1.–15.5.2027:\nCRP 40 kpl (LB20), alv 0 %\nnäytteenkuljetus 4 erää (LB30), alv 25,5 %\n\n"
            "Huom. kyseessä Joensuun Kaari Ky, ei kuopiolainen Kaari Oy." + SIG_LAB.format(n="Minna Ruotsalainen"))
    m = _fi("lab_m", "Kaari Ky / toukokuu 1. jakso", 17, "09:20:00", body)
    return m, expect_requests("the Ky of a near-twin Oy/Ky pair, resolved by its Y-tunnus; VAT as written per line; "
                              "a range for the whole request", PLAIN, [
        request(cust("A-3313"), [line(LAB, "LB20", "40", ps="2027-05-01", pe="2027-05-15", skip=ND),
                                 line(LAB, "LB30", "4", ps="2027-05-01", pe="2027-05-15", skip=ND)], [], LAB)])


@case("w19_fi_lab_ask_twin_name_only")
def _w19() -> Any:
    body = ("Moi,\n\nunohtui huhtikuun listalta:\nAsiakas: Lääkäriasema Kaari\nPVK 25 kpl (LB10), huhtikuu 2027\n\n"
            "Minna")
    m = _fi("lab_m", "Lisäys huhtikuun laskutukseen", 6, "16:02:00", body)
    return m, expect_requests("'Lääkäriasema Kaari' matches both the Oy and the Ky: no identity, org number asked",
                              ASK, [request(new_cust("Lääkäriasema Kaari", None, None),
                                            [line(LAB, "LB10", "25", ps=APR[0], pe=APR[1], skip=ND)],
                                            ["customer.org_no"], LAB)])


@case("w20_fi_lab_ask_special_test_no_price")
def _w20() -> Any:
    body = ("Hei\n\nTyöterveys Virta Oy, asiakasnumero A-3314\nErikoistutkimus (LB90) 3 kpl, näytteet otettu "
            "10.5.2027. Tutkimukset teetetään ulkopuolisessa laboratoriossa, hinta sovitaan vielä heidän kanssaan."
            + SIG_LAB.format(n="Minna Ruotsalainen"))
    m = _fi("lab_m", "Erikoistutkimukset Virta", 12, "13:30:00", body)
    return m, expect_requests("customer by customer number; the article without price and no price given: asked",
                              ASK, [request(cust("A-3314"), [line(LAB, "LB90", "3", None, ps="2027-05-10", skip=ND)],
                                            ["lines[0].unit_price"], LAB)])


@case("w21_fi_lab_pdf_contract_prices")
def _w21() -> Any:
    html = ("<h1>Laskutusyhteenveto</h1><p>Asiakas: Työterveys Virta Oy<br/>Y-tunnus: " + cust("A-3314")["org_no"]
            + "<br/>Ajalta: 1.4.–30.4.2027<br/>Sopimushinnat sopimuksen 2026/14 mukaan</p><table><thead><tr>"
            "<th>Koodi</th><th>Tutkimus</th><th class='num'>Kpl</th><th class='num'>á-hinta €</th>"
            "<th class='num'>Yhteensä €</th></tr></thead><tbody>"
            "<tr><td>LB10</td><td>PVK, sopimushinta</td><td class='num'>120</td><td class='num'>5,80</td>"
            "<td class='num'>696,00</td></tr><tr><td>LB20</td><td>CRP, sopimushinta</td><td class='num'>75</td>"
            "<td class='num'>4,40</td><td class='num'>330,00</td></tr><tr><td></td><td>Yhteensä</td><td></td>"
            "<td></td><td class='num'>1 026,00</td></tr></tbody></table><p>alv 0 % (terveydenhuolto)</p>")
    m = _fi("lab", "Virta huhtikuu, sopimushinnat", 5, "08:30:00",
            "Hei, tässä Virran huhtikuun erittely sopimushinnoin (PDF)." + SIG_LAB.format(n="Asiakaspalvelu"),
            attachments=[pdf("Virta_huhtikuu_2027.pdf", html)])
    return m, expect_requests("PDF: contract prices override the register's, line totals and the total row are "
                              "no lines, period for the whole document", PLAIN, [
        request(cust("A-3314"), [line(LAB, "LB10", "120", "5.80", desc="PVK, sopimushinta", ps=APR[0], pe=APR[1]),
                                 line(LAB, "LB20", "75", "4.40", desc="CRP, sopimushinta", ps=APR[0], pe=APR[1])],
                [], LAB)])


@case("w22_fi_rist_forwarded_maksuilmoitus")
def _w22() -> Any:
    r1, r2 = fi_ref("27044110"), fi_ref("27044327")
    spaced = [f"{r[:4]} {r[4:]}" for r in (r1, r2)]
    body = ("Tiedoksi, asiakas lähetti maksuilmoituksen meille.\n\nKari\n\n"
            "-----Alkuperäinen viesti-----\nLähettäjä: Reskontra Kaukolämpö Savo <reskontra@kaukolampo-savo-demo.fi>\n"
            "Lähetetty: 14. toukokuuta 2027 12:40\nAihe: Maksuilmoitus\n\nMAKSUILMOITUS\nMaksaja: Kaukolämpö Savo Oy, "
            "Y-tunnus " + cust("A-3309")["org_no"] + "\nMaksupäivä: 14.5.2027\n\n"
            "Lasku      Viitenumero     Summa\n2704411    " + spaced[0] + "     620,00\n2704432    " + spaced[1]
            + "     427,50\nYhteensä                 1 047,50 EUR\n")
    m = _fi("rist_k", "VL: Maksuilmoitus", 17, "07:55:00", body)
    return m, expect_advice("a customer's maksuilmoitus forwarded by the agency; viitenumerot with spaces", OTHER,
                            {"name": "Kaukolämpö Savo Oy", "org_no": cust("A-3309")["org_no"]}, "2027-05-14",
                            "1047.50", "EUR", [("2704411", r1, "620.00"), ("2704432", r2, "427.50")])


@case("w23_fi_lab_auto_reply_with_token")
def _w23() -> Any:
    body = ("Olen poissa toimistolta 24.5.–4.6.2027. Viestejä ei välitetä. Kiireellisissä asioissa: "
            "lab.asiakaspalvelu@isys-demo.fi.\n\nJag är borta 24.5–4.6.2027.\n\nMinna Ruotsalainen\n")
    m = _fi("lab_m", "Automaattinen vastaus: [REQ-8HW3T] Puuttuvia tietoja", 24, "06:00:00", body,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    return m, expect_unknown("an out-of-office reply carrying a question token: unknown, token not checked", OTHER,
                             token_checked=False)
