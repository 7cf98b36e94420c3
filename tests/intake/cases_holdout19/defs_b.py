"""Nineteenth held-out set (written blind), part B: plain requests from the Finnish side — a hospital district's
laboratory (a body table, a CSV for two customers, a private person, a forwarded order), an ELY centre's
fisheries unit (test fishing days, fry in thousands, a PDF form for a new customer with an OVT code, a Finnish
reply chain), a Finland-Swedish language centre (fees per participant) and port (fees per call and per tonne), and
two English requests."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt
from tests.intake.cases.mailkit import expect_requests, mail, new_cust, pdf, text_att, xlsx

from .kit19 import (
    CENTRE_FI,
    ELY,
    HAMN,
    HETU_AINO,
    LAB,
    MET,
    ND,
    PLAIN,
    SPRAK,
    W,
    case,
    cust,
    line,
    no_refs,
    org,
    request,
)

SIG_LAB = ("\n\nYstävällisin terveisin\n\nLaboratoriokeskuksen laskutus\nJärvisuon sairaanhoitopiiri\n"
           "Sairaalantie 1, 70210 Kuopio\nY-tunnus " + org(LAB) + " | puh. 017 173 311\n\n"
           "Tämä viesti saattaa sisältää salassa pidettävää tietoa (JulkL 24 §). Jos viesti on tullut sinulle "
           "virheellisesti, ilmoita lähettäjälle ja poista viesti.\n")
SIG_ELY = ("\n\nt. Janne\n\nJanne Koivisto\nkalatalousasiantuntija | Rannikkoseudun ELY-keskus, kalatalousyksikkö\n"
           "Wolffintie 35, 65200 Vaasa | p. 0295 028 500\nY-tunnus " + org(ELY) + "\n")
SIG_SPRAK = ("\n\nMed vänliga hälsningar\nCamilla Lind\nkursadministratör, Språkcentret\nKusthögskolan\n"
             "Strandgatan 2, 65100 Vasa | FO-nummer " + org(SPRAK) + "\n")
SIG_HAMN = ("\n\nMvh\nHamnkontoret / Kustby hamn\nHamnvägen 5, 68600 Jakobstad\nFO " + org(HAMN)
            + " · IBAN FI73 4970 1020 1122 33 · VHF kanal 12\n")


@case("p12_fi_lab_body_table_month")
def _p12() -> Any:
    body = ("Hei,\n\nlokakuun 2026 laboratoriotutkimukset, asiakas Järvisuon kaupunki (terveysasemat):\n\n"
            "Koodi | Tutkimus                | Kpl | á-hinta\n"
            "LA10  | Verenkuva               | 148 | 14,80\n"
            "LA20  | Mikrobiologinen viljely |  37 | 38,50\n\n"
            "Viitteenne: Terveyspalvelujen johtaja Leena Rauta\n" + SIG_LAB)
    m = mail(W["lab"], "Laskutus lokakuu / Järvisuon kaupunki", "Tue, 03 Nov 2026 08:20:00 +0200", body,
             to=CENTRE_FI)
    d: dict[str, Any] = {"ps": "2026-10-01", "pe": "2026-10-31", "skip": ND}
    return m, expect_requests("A pipe table in the body; one "
                              "month for both lines.", PLAIN,
                              [request(cust("K-4001"), [line(LAB, "LA10", "148", "14.80", **d),
                                                        line(LAB, "LA20", "37", "38.50", **d)], [], LAB,
                                       buyer="Terveyspalvelujen johtaja Leena Rauta")])


@case("p13_fi_lab_csv_two_customers_interleaved")
def _p13() -> Any:
    csv = ("asiakas,tuotekoodi,maara,pvm\n"
           "Terveyspalvelut Kaamos Oy,LA10,22,2.11.2026\n"
           "Järvisuon kaupunki,LA30,3,4.11.2026\n"
           "Terveyspalvelut Kaamos Oy,LA20,5,9.11.2026\n")
    body = "Hei,\n\nliitteenä marraskuun ensimmäisen viikon ostopalvelututkimukset.\n" + SIG_LAB
    m = mail(W["lab_sirpa"], "Ostopalvelututkimukset vko 45", "Wed, 11 Nov 2026 12:45:00 +0200", body,
             to=CENTRE_FI, attachments=[text_att("tutkimukset_vko45.csv", csv)])
    return m, expect_requests("A comma CSV with rows for two customers interleaved: grouped by customer in order "
                              "of first appearance.", PLAIN,
                              [request(cust("K-4008"), [line(LAB, "LA10", "22", ps="2026-11-02", skip=ND),
                                                        line(LAB, "LA20", "5", ps="2026-11-09", skip=ND)], [],
                                       LAB),
                               request(cust("K-4001"), [line(LAB, "LA30", "3", ps="2026-11-04", skip=ND)], [],
                                       LAB)])


@case("p14_fi_lab_private_person_home_visit")
def _p14() -> Any:
    body = ("Hei!\n\nLaskuttakaa yksi näytteenotto kotikäyntinä (LA30), käynti tehty 16.11.2026.\n\n"
            "Asiakas: Aino Virtanen, hetu " + HETU_AINO + "\nKoivukuja 3, 70300 Kuopio\n" + SIG_LAB)
    m = mail(W["lab_sirpa"], "Kotikäynti, yksityinen asiakas", "Wed, 18 Nov 2026 09:05:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_requests("A private person with a henkilötunnus who is in the register (also by name); "
                              "'yksi' is an explicit quantity 1.", PLAIN,
                              [request(cust("K-4003"), [line(LAB, "LA30", "1", ps="2026-11-16", skip=ND)], [],
                                       LAB)])


@case("p15_fi_ely_test_fishing_days")
def _p15() -> Any:
    body = ("Moi,\n\nSaimaan Kalatalous Oy:lle lasku sähkökoekalastuksesta (E10), 2 päivää 14.–15.9.2026 "
            "Pihlajaveden koskilla.\nTilausnumero 7781/2026, yhteyshenkilö Ville Rantala.\n" + SIG_ELY)
    m = mail(W["ely"], "Koekalastus Pihlajavesi, laskutus", "Thu, 24 Sep 2026 10:30:00 +0300", body,
             to=CENTRE_FI)
    req = request(cust("K-4002"), [line(ELY, "E10", "2", ps="2026-09-14", pe="2026-09-15", skip=ND)], [],
                  ELY, order="7781/2026")
    req.pop("buyer_reference")  # 'yhteyshenkilö' is a contact person, not labelled as a reference: left open
    return m, expect_requests("Test fishing days with a date range; 'Oy:lle' drops its case ending.", PLAIN, [req])


@case("p16_fi_ely_fry_thousands_separator")
def _p16() -> Any:
    body = ("Hei,\n\nistutukset on tehty 6.10.2026. Laskutettava: Kalastajaseura Ahven\n\n"
            "  E20 Istutuspoikanen, siika 1-kesäinen   25 000 kpl   0,31 €/kpl\n\n"
            "Kuljetus sisältyy hintaan, sitä ei laskuteta erikseen.\n" + SIG_ELY)
    m = mail(W["ely"], "Siikaistutus / Ahven ry", "Fri, 09 Oct 2026 13:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Fry counted with a space thousands separator; an association named without 'ry'; "
                              "the transport is not invoiced.", PLAIN,
                              [request(cust("K-4007"), [line(ELY, "E20", "25000", "0.31", ps="2026-10-06",
                                                             skip=ND)], [], ELY)])


@case("p17_fi_ely_pdf_form_new_customer_ovt")
def _p17() -> Any:
    y = fi_yt("3187245")
    doc = ("<h1>LASKUTUSPYYNTÖ</h1><table><tr><th>Asiakas</th><td>Pielisen Vesiosuuskunta</td></tr>"
           f"<tr><th>Y-tunnus</th><td>{y}</td></tr><tr><th>Verkkolaskuosoite (OVT)</th>"
           f"<td>0037{y.replace('-', '')}</td></tr><tr><th>Operaattori</th><td>OpusCapita (E204503)</td></tr>"
           "</table><p></p><table><thead><tr><th>Tuote</th><th>Selite</th><th>Määrä</th><th>Yks.</th>"
           "<th>Ajankohta</th></tr></thead><tbody><tr><td>E30</td><td>Kalataloudellinen lausunto</td>"
           "<td class='num'>7,5</td><td>h</td><td>lokakuu 2026</td></tr></tbody></table>")
    body = "Hei,\n\nuuden asiakkaan laskutuspyyntö lomakkeena liitteenä.\n" + SIG_ELY
    m = mail(W["ely"], "Laskutuspyyntö, uusi asiakas", "Mon, 02 Nov 2026 14:10:00 +0200", body, to=CENTRE_FI,
             attachments=[pdf("laskutuspyynto_pielisen_vesi.pdf", doc)])
    return m, expect_requests("A PDF form for a new customer with an OVT e-invoice address: no address question.",
                              PLAIN, [request(new_cust("Pielisen Vesiosuuskunta", y, "FI"),
                                              [line(ELY, "E30", "7.5", ps="2026-10-01", pe="2026-10-31", skip=ND)],
                                              [], ELY)])


@case("p18_fi_lab_forwarded_customer_order")
def _p18() -> Any:
    body = ("Hei,\n\nalla Terveyspalvelut Kaamos Oy:n tilaus, tutkimukset tehty 23.11. Laskuttakaa tilauksen "
            "mukaisesti.\n\nSirpa\n\n"
            "---------- Välitetty viesti ----------\nLähettäjä: Laura Niemi <laura.niemi@kaamos.fi>\n"
            "Päivämäärä: 19.11.2026 klo 15.02\nAihe: Tilaus\n\nHei, tilaamme työntekijöidemme "
            "terveystarkastuksiin 40 kpl verenkuva-tutkimusta (LA10).\nTilausnumeromme: KAA-2211\n"
            "Viitteemme: Laura Niemi\n\nTerveyspalvelut Kaamos Oy\n")
    m = mail(W["lab_sirpa"], "VL: Tilaus", "Wed, 25 Nov 2026 08:45:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A forwarded customer order; the customer's 'Viitteemme' is the buyer reference; "
                              "a date without a year.", PLAIN,
                              [request(cust("K-4008"), [line(LAB, "LA10", "40", ps="2026-11-23", skip=ND)], [], LAB,
                                       buyer="Laura Niemi", order="KAA-2211")])


@case("p19_fi_ely_reply_chain_newest_on_top")
def _p19() -> Any:
    body = ("Hei,\n\nsovittiin lopulta asiakkaan kanssa 12 tunnista (ei 16). Laskuttakaa Saimaan Kalatalous Oy:ltä "
            "E30 asiantuntijatyö 12 h, marraskuu 2026.\n" + SIG_ELY + "\n"
            "Lähettäjä: Janne Koivisto\nLähetetty: maanantai 23. marraskuuta 2026 9.14\nVastaanottaja: "
            "Myyntilaskutus\nAihe: Asiantuntijatyö Saimaan Kalatalous\n\nHei, tulossa lasku Saimaan Kalatalous "
            "Oy:lle, E30 16 h. Vahvistan vielä.\n")
    m = mail(W["ely"], "VS: Asiantuntijatyö Saimaan Kalatalous", "Fri, 27 Nov 2026 15:55:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_requests("Finnish Outlook reply chain: the newest part (12 h) counts, not the quoted 16.",
                              PLAIN, [request(cust("K-4002"), [line(ELY, "E30", "12", ps="2026-11-01",
                                                                    pe="2026-11-30", skip=ND)], [], ELY)])


@case("p20_fisv_sprak_course_per_participant")
def _p20() -> Any:
    body = ("Hej,\n\nvar god fakturera kursavgifterna för höstens företagskurs:\n\nKund: Oy Nordic Shipping Ab\n"
            "Kurs: Finska för sjöpersonal (P10), 7.9–30.11.2026\nDeltagare: 8 st à 420,00 €\n"
            "Er referens: HR-chef Mikaela Ek\n" + SIG_SPRAK)
    m = mail(W["sprak"], "Kursavgifter hösten 2026 – Nordic Shipping", "Tue, 01 Dec 2026 10:00:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish: a course fee per participant with a course period.", PLAIN,
                              [request(cust("K-4004"), [line(SPRAK, "P10", "8", "420.00", ps="2026-09-07",
                                                             pe="2026-11-30", skip=ND)], [], SPRAK,
                                       buyer="HR-chef Mikaela Ek")])


@case("p21_fisv_hamn_xlsx_calls_and_tonnes")
def _p21() -> Any:
    rows: list[Any] = [
        ["Anlöp november 2026", None, None, None],
        ["Kund", "Art", "Mängd", "Fartyg / datum"],
        ["Rederiaktiebolaget Kustlinjen", "H10", 3, "M/S Skärgård, 3 anlöp"],
        ["Rederiaktiebolaget Kustlinjen", "H20", 4250.5, "lossat gods, ton"],
        ["Rederiaktiebolaget Kustlinjen", "H30", 3, "förtöjning"]]
    body = "Hej,\n\nnovemberanlöpen för Kustlinjen, se Excel. Period: november 2026.\n" + SIG_HAMN
    m = mail(W["hamn"], "Hamnavgifter nov / Kustlinjen", "Tue, 01 Dec 2026 07:40:00 +0200", body, to=CENTRE_FI,
             attachments=[xlsx("anlop_nov_kustlinjen.xlsx", [("nov", rows, ["A1:D1"])])])
    d: dict[str, Any] = {"ps": "2026-11-01", "pe": "2026-11-30", "skip": ND}
    return m, expect_requests("A port's XLSX: fees per call and per tonne (a decimal number cell), the month in a "
                              "merged title row.", PLAIN,
                              [request(cust("K-4005"), [line(HAMN, "H10", "3", **d), line(HAMN, "H20", "4250.5", **d),
                                                        line(HAMN, "H30", "3", **d)], [], HAMN)])


@case("p22_fisv_hamn_html_table_dates_per_call")
def _p22() -> Any:
    html = ("<p>Hej!</p><p>Fakturera Oy Nordic Shipping Ab för anlöpen nedan.</p><table border='1'>"
            "<tr><td><b>Artikel</b></td><td><b>Antal</b></td><td><b>à</b></td><td><b>Datum</b></td></tr>"
            "<tr><td>H10 Hamnavgift</td><td>1</td><td>1.250,00 €</td><td>5.11.2026</td></tr>"
            "<tr><td>H20 Varuavgift</td><td>1 830</td><td>0,85 €</td><td>5.11.2026</td></tr></table>"
            "<p>Deras beställningsnummer: NS-PO-88310</p><p>Mvh Jonas Sandvik<br>Kustby hamn</p>")
    m = mail(W["hamn_jonas"], "Anlöp M/T Nordic Star 5.11", "Fri, 06 Nov 2026 11:11:00 +0200", html=html,
             to=CENTRE_FI)
    d: dict[str, Any] = {"ps": "2026-11-05", "skip": ND}
    return m, expect_requests("HTML-only table with '1.250,00 €' and a tonnage with a space thousands separator.",
                              PLAIN, [request(cust("K-4004"), [line(HAMN, "H10", "1", "1250.00", **d),
                                                               line(HAMN, "H20", "1830", "0.85", **d)], [], HAMN,
                                              order="NS-PO-88310")])


@case("p23_en_met_data_delivery_finnish_customer")
def _p23() -> Any:
    body = ("Hello,\n\nPlease invoice Pohjanlahden Tuulivoima Oy (business ID 2890461-8) for our monthly data "
            "delivery:\n\n  Article K10, 1 x monthly wind data delivery, November 2026, SEK 4,200.00\n\n"
            "Their PO: PT-2026-1187\nYour reference: Mika Laine\n\nKind regards,\nAnna Frost\n"
            "Klimat- och väderinstitutet (Swedish Institute for Climate and Weather)\n")
    m = mail(W["met_anna"], "Invoice request – data delivery Nov", "Wed, 02 Dec 2026 09:30:00 +0100", body)
    return m, expect_requests("English request from a Swedish institute to a Finnish customer by business ID.",
                              PLAIN, [request(cust("K-4006"), [line(MET, "K10", "1", "4200.00", ps="2026-11-01",
                                                                    pe="2026-11-30", skip=ND)], [], MET,
                                              buyer="Mika Laine", order="PT-2026-1187")])


@case("p24_en_sprak_language_tests")
def _p24() -> Any:
    body = ("Dear colleagues,\n\nplease bill Hav & Fisk Konsult AB for language tests (P30) taken on 19 November "
            "2026: five participants at EUR 135.00 each.\n\nBest,\nCamilla Lind\nLanguage Centre, Kusthögskolan\n"
            "Business ID " + org(SPRAK) + "\n")
    m = mail(W["sprak"], "Language tests 19 Nov", "Fri, 20 Nov 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("English: a quantity as a number word, a Swedish customer of a Finnish agency.",
                              PLAIN, [no_refs(request(cust("K-3009"), [line(SPRAK, "P30", "5", "135.00",
                                                                             ps="2026-11-19", skip=ND)], [],
                                                      SPRAK))])
