"""Sixteenth held-out set (written blind), part A: invoicing requests as Finnish agencies write them — inflected
names and months, 'ajalta 1.–15.3.2026', 'viikoilla 9–11', 'vko 12', Q1/2026, 'ensimmäinen vuosipuolisko',
'12,5 h', 'puoli päivää', '1 250,50 €', '1250 e', Y-tunnus with and without a dash, customers by Y-tunnus only,
a henkilötunnus customer, 'alv 0 %', 'veroton/verollinen hinta', käännetty verovelvollisuus, Viitteenne /
Asiaviite / Tilaajan yhteyshenkilö / Laskulle merkittävä viite, Tilausnumero / Ostotilausnro / PO, the agency's
own diaarinumero (not an order reference), Outlook forwards and '… kirjoitti:' chains, XLSX/CSV attachments with
Finnish headers, Finland-Swedish and English mail."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt
from tests.intake.cases.mailkit import expect_requests, mail, new_cust, text_att, xlsx

from .kit16 import (
    BJORN,
    CENTRE,
    JUHA,
    KALLIO,
    KIRJ,
    ND,
    SANNA,
    TEKN,
    YMP,
    case,
    cust,
    line,
    request,
    sig_kallio,
    sig_sv,
    sig_ymp,
)

PLAIN, PERIOD, NUM, VAT, IDS, CHAIN, ATT, SV, EN, ASK = (
    "0-plain", "1-finnish-periods", "2-finnish-numbers", "3-vat-wording", "4-identities", "5-chains",
    "6-attachments", "7-finland-swedish", "8-english", "9-must-ask")


NDP = ("description", "period_start", "period_end")  # travel: its date is not stated


def m_(frm: str, subj: str, date: str, body: str, **kw):  # a short alias
    return mail(frm, subj, date, body, to=CENTRE, **kw)


@case("f01_fi_plain_inspection_viitteenne")
def _f01():
    body = ("Hei,\n\npyydämme laskuttamaan Pohjanmaan Rakennus Oy:ltä tarkastuskäynnin (Y210) 1 kpl, "
            "käynti tehty 14.4.2026.\n\nViitteenne: Tiina Ahola\nTilausnumero: 4500123987\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Laskutuspyyntö / Pohjanmaan Rakennus", "Wed, 15 Apr 2026 09:12:00 +0300", body), \
        expect_requests("Plain request, name with ':ltä', register price.", PLAIN,
                        [request(cust("A-1001"), [line(YMP, "Y210", "1", ps="2026-04-14", skip=ND)], [], YMP,
                                 buyer="Tiina Ahola", order="4500123987")])


@case("f02_fi_ytunnus_without_dash_ajalta")
def _f02():
    body = ("Hei!\n\nLaskutettava: Y-tunnus 28114501\nVesinäytteen analyysi Y100, 3 kpl, ajalta 1.–15.3.2026\n"
            "Ostotilausnro PR-2026-77\n\nKiitos!\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Laskutus Y100", "Mon, 16 Mar 2026 10:00:00 +0200", body), \
        expect_requests("Customer given only by a Y-tunnus without its dash; 'ajalta 1.–15.3.2026'.", IDS,
                        [request(cust("A-1001"), [line(YMP, "Y100", "3", ps="2026-03-01", pe="2026-03-15", skip=ND)],
                                 [], YMP, order="PR-2026-77")])


@case("f03_fi_viikoilla_9_11_inflected_kuntayhtyma")
def _f03():
    body = ("Hei,\n\nlaitevuokra Keski-Pohjanmaan Jätehuolto kuntayhtymälle (Y-tunnus 0203114-2) viikoilla 9–11: "
            "Y500 Laitevuokra 21 vrk.\n\nViitteenne: JH / jätekeskuksen laajennus\n"
            "Dnro POHYMP/512/05.02/2026 (oma diaarinumeromme, ei tilausnumero)\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Laitevuokra vk 9-11", "Tue, 17 Mar 2026 13:40:00 +0200", body), \
        expect_requests("Name inflected without a colon (no name match), resolved by the Y-tunnus; ISO weeks 9–11 of "
                        "2026; the agency's diaarinumero is no order reference.", PERIOD,
                        [request(cust("A-1002"), [line(YMP, "Y500", "21", ps="2026-02-23", pe="2026-03-15", skip=ND)],
                                 [], YMP, buyer="JH / jätekeskuksen laajennus", order=None)])


@case("f04_fi_vko_12_puoli_paivaa")
def _f04():
    body = ("Moi,\n\nMetsäosuuskunta Kaski, kenttäpäivä (Y220) puoli päivää vko 12. Muuta ei laskuteta.\n"
            "Tilaajan yhteyshenkilö: Eero Hakala\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Kaski kenttätyö vko 12", "Mon, 23 Mar 2026 08:05:00 +0200", body), \
        expect_requests("'puoli päivää' is quantity 0.5 of a day article; 'vko 12' is 16.–22.3.2026.", NUM,
                        [request(cust("A-1003"), [line(YMP, "Y220", "0.5", ps="2026-03-16", pe="2026-03-22",
                                                       skip=ND)], [], YMP, buyer="Eero Hakala")])


@case("f05_fi_q1_12_5_h_laskulle_merkittava_viite")
def _f05():
    body = ("Hei,\n\nSaaristosäätiö sr:n seurantahankkeen asiantuntijatyö Q1/2026: 12,5 h (Y200).\n"
            "Laskulle merkittävä viite: Hanke 2211 / K. Lind\n" + sig_ymp("Sanna Mäkelä", "erikoissuunnittelija"))
    return m_(SANNA, "Saaristosäätiö Q1", "Wed, 01 Apr 2026 11:00:00 +0300", body), \
        expect_requests("'sr:n' ending dropped; Q1/2026 is January–March; decimal comma hours.", PERIOD,
                        [request(cust("A-1004"), [line(YMP, "Y200", "12.5", ps="2026-01-01", pe="2026-03-31",
                                                       skip=ND)], [], YMP, buyer="Hanke 2211 / K. Lind")])


@case("f06_fi_hetu_customer_vuosipuolisko")
def _f06():
    body = ("Hei,\n\nyksityisasiakas Matti Korhonen (asiakasnro A-1010), jätehuoltomaksu T60 ajalta ensimmäinen "
            "vuosipuolisko 2026, 6 kk.\nHenkilötunnusta ei lähetetä sähköpostilla, se löytyy asiakasrekisteristä.\n"
            + sig_kallio("Juha Leinonen"))
    return m_(JUHA, "Jätehuoltomaksu Korhonen", "Thu, 02 Jul 2026 09:30:00 +0300", body), \
        expect_requests("A private customer by customer number (no hetu in the mail); first half-year 2026.", PERIOD,
                        [request(cust("A-1010"), [line(KALLIO, "T60", "6", ps="2026-01-01", pe="2026-06-30",
                                                       skip=ND)], [], KALLIO)])


@case("f07_fi_huhti_toukokuu_two_lines")
def _f07():
    body = ("Hei\n\nKallioniemen Vesiosuuskunta, huhti–toukokuu 2026:\n- kaivinkonetyö T20, 18 h\n"
            "- vesimittarin vaihto T10, 3 kpl\n\nTilausnro VO-118\n" + sig_kallio("Juha Leinonen"))
    return m_(JUHA, "Vesiosuuskunnan laskutus huhti-touko", "Mon, 01 Jun 2026 07:50:00 +0300", body), \
        expect_requests("A two-month span 'huhti–toukokuu' stated once for both lines.", PERIOD,
                        [request(cust("A-1011"), [line(KALLIO, "T20", "18", ps="2026-04-01", pe="2026-05-31",
                                                       skip=ND),
                                                  line(KALLIO, "T10", "3", ps="2026-04-01", pe="2026-05-31",
                                                       skip=ND)], [], KALLIO, order="VO-118")])


@case("f08_fi_helmikuulta_kustannuspaikka")
def _f08():
    body = ("Hei,\n\nlaskuttakaa Kallioniemen Energia Oy:n lumenauraus helmikuulta: 12,5 h (T50).\n"
            "Laskulle merkittävä viite: kustannuspaikka 5100\n" + sig_kallio("Juha Leinonen"))
    return m_(TEKN, "Auraus helmikuu", "Tue, 03 Mar 2026 08:00:00 +0200", body), \
        expect_requests("'helmikuulta' without a year takes the mail's year: 1.–28.2.2026.", PERIOD,
                        [request(cust("A-1009"), [line(KALLIO, "T50", "12.5", ps="2026-02-01", pe="2026-02-28",
                                                       skip=ND)], [], KALLIO, buyer="kustannuspaikka 5100")])


@case("f09_fi_tammikuussa_ry")
def _f09():
    body = ("Hei,\n\nPohjanmaan Vesiensuojeluyhdistys ry:ltä laskutetaan tammikuussa otetut vesinäytteet, "
            "viisi kappaletta (Y100).\n\nt. Sanna\n")
    return m_(SANNA, "VSY näytteet", "Tue, 10 Feb 2026 14:20:00 +0200", body), \
        expect_requests("'tammikuussa' = January of the mail's year; quantity as a number word (viisi).", PERIOD,
                        [request(cust("A-1005"), [line(YMP, "Y100", "5", ps="2026-01-01", pe="2026-01-31", skip=ND)],
                                 [], YMP)])


@case("f10_fi_kiintea_hinta_1_250_50")
def _f10():
    body = ("Hei,\n\nEtelä-Pohjanmaan hyvinvointialue (Y-tunnus 3221354-5)\nErillisselvitys Y600: sisäilmaselvitys, "
            "kiinteä hinta 1 250,50 € (alv 25,5 %).\n"
            "Ostotilausnro: 4100055512\nTilaajan yhteyshenkilö: Laura Kivelä\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Laskutuspyyntö hyvinvointialue", "Fri, 08 May 2026 10:10:00 +0300", body), \
        expect_requests("A fixed price (kiinteä hinta) gives quantity 1; '1 250,50 €'.", NUM,
                        [request(cust("A-1012"), [line(YMP, "Y600", "1", price="1250.50", vat="25.5",
                                                       skip=ND)], [], YMP,
                                 buyer="Laura Kivelä", order="4100055512")])


@case("f11_fi_1250_e_own_price_ytunnus_only")
def _f11():
    body = ("Hei,\n\nasiakas 3044519-0: lausunto (Y300) 1 kpl, sovittu hinta 1250 e.\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Lausunnon laskutus", "Thu, 21 May 2026 12:00:00 +0300", body), \
        expect_requests("Customer by Y-tunnus only; the price written '1250 e' overrides the register's.", NUM,
                        [request(cust("A-1006"), [line(YMP, "Y300", "1", price="1250",
                                                       skip=ND)],
                                 [], YMP)])


@case("f12_fi_veroton_ja_verollinen_hinta")
def _f12():
    body = ("Hei,\n\nÖsterbottens Fiskodlare Ab osallistui koulutuspäivään 9.6.2026: 4 hlö (Y700), "
            "veroton hinta 240,00 €/hlö, verollinen hinta 301,20 €/hlö.\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Koulutuspäivä 9.6.", "Wed, 10 Jun 2026 09:00:00 +0300", body), \
        expect_requests("Both prices given: the price is the VAT-exclusive one.", VAT,
                        [request(cust("A-1008"), [line(YMP, "Y700", "4", price="240.00", ps="2026-06-09",
                                                       skip=ND)], [], YMP)])


@case("f13_fi_kaannetty_verovelvollisuus")
def _f13():
    body = ("Hei,\n\nkaivinkonetyö Pohjanmaan Rakennus Oy:lle (T20), 2 tuntia 12.8.2026.\n"
            "Rakentamispalvelu, käännetty verovelvollisuus – alv 0 %.\nViitteenne: Työmaa Rantakatu\n"
            + sig_kallio("Juha Leinonen"))
    return m_(JUHA, "Kaivinkonetyö / käännetty alv", "Thu, 13 Aug 2026 15:00:00 +0300", body), \
        expect_requests("Reverse charge written as 'alv 0 %': VAT 0 on the line; '2 tuntia'.", VAT,
                        [request(cust("A-1001"), [line(KALLIO, "T20", "2", vat="0", ps="2026-08-12", skip=ND)], [],
                                 KALLIO, buyer="Työmaa Rantakatu")])


@case("f14_fi_near_twin_kuljetuspalvelu")
def _f14():
    body = ("Hei,\n\nLakeuden Kuljetuspalvelu Oy – tarkastuskäynti Y210, 1 kpl, 3.9.2026. HUOM: ei Lakeuden "
            "Kuljetus Oy, vaan Kuljetuspalvelu.\nPO 7781\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Tarkastus Lakeuden Kuljetuspalvelu", "Fri, 04 Sep 2026 08:30:00 +0300", body), \
        expect_requests("The near-twin: the named one (Kuljetuspalvelu), not the one mentioned as 'ei'.", IDS,
                        [request(cust("A-1007"), [line(YMP, "Y210", "1", ps="2026-09-03", skip=ND)], [], YMP,
                                 order="7781")])


@case("f15_fi_inflected_name_no_id_asks")
def _f15():
    body = ("Hei,\n\nlaskuttakaa Lakeuden Kuljetukselta maanäytteet Y110, 4 kpl, 22.9.2026.\n\nSanna\n")
    return m_(SANNA, "Maanäytteet", "Wed, 23 Sep 2026 10:00:00 +0300", body), \
        expect_requests("'Lakeuden Kuljetukselta' (inflected, no colon, no Y-tunnus) identifies nobody for sure: "
                        "asked.", ASK,
                        [request({"org_no": None, "customer_number": None},
                                 [line(YMP, "Y110", "4", ps="2026-09-22", skip=ND)], ["customer.org_no"], YMP)])


NEW1, NEW2 = fi_yt("3312046"), fi_yt("3187554")


@case("f16_fi_new_customer_with_address")
def _f16():
    body = ("Hei,\n\nuusi asiakas:\nKvarkenin Kalajalostus Oy\nY-tunnus " + NEW1 + "\nSatamatie 5, 65800 Raippaluoto"
            "\n\nMaanäyte Y110, 6 kpl, 6.10.2026.\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Uusi asiakas Kvarkenin Kalajalostus", "Wed, 07 Oct 2026 09:00:00 +0300", body), \
        expect_requests("A new customer with a valid Y-tunnus and a postal address: nothing to ask.", IDS,
                        [request(new_cust("Kvarkenin Kalajalostus Oy", NEW1, "FI"),
                                 [line(YMP, "Y110", "6", ps="2026-10-06", skip=ND)], [], YMP)])


@case("f17_fi_new_customer_no_address")
def _f17():
    body = ("Hei,\n\nLaihian Lämpö Oy, Y-tunnus " + NEW2.replace("-", "") + ", sähköposti laskut@laihianlampo.fi\n"
            "Lausunto Y300 1 kpl.\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Lausunto Laihian Lämpö", "Mon, 12 Oct 2026 11:30:00 +0300", body), \
        expect_requests("New customer with a Y-tunnus but only an e-mail address: the address is asked.", ASK,
                        [request(new_cust("Laihian Lämpö Oy", NEW2, "FI", email="laskut@laihianlampo.fi"),
                                 [line(YMP, "Y300", "1", skip=ND)],
                                 ["customer.address"], YMP)])


@case("f18_fi_noin_400_asks_price")
def _f18():
    body = ("Hei,\n\nSaaristosäätiö sr: erillisselvitys (Y600) rantojen kasvillisuudesta, kiinteä hinta, noin 400 € "
            "– tarkka summa vielä auki.\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Saaristosäätiö selvitys", "Tue, 20 Oct 2026 13:00:00 +0300", body), \
        expect_requests("'noin 400 €' is not a price; the article has none: asked.", ASK,
                        [request(cust("A-1004"), [line(YMP, "Y600", "1", price=None,
                                                       skip=ND)],
                                 ["lines[0].unit_price"], YMP)])


@case("f19_fi_count_missing_asks")
def _f19():
    body = ("Hei,\n\nSaaristosäätiön tarkastuskäynnit kesäkuulta 2026 (Y210) laskutetaan sopimuksen mukaan, "
            "Y-tunnus 0912346-1. Käyntien määrä tarkistetaan vielä.\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Tarkastuskäynnit kesäkuu", "Wed, 01 Jul 2026 09:00:00 +0300", body), \
        expect_requests("No count of visits: the quantity is asked.", ASK,
                        [request(cust("A-1004"), [line(YMP, "Y210", None, ps="2026-06-01", pe="2026-06-30", skip=ND)],
                                 ["lines[0].quantity"], YMP)])


@case("f20_fi_reply_chain_kirjoitti")
def _f20():
    body = ("Hei,\n\nsama kuin viimeksi, mutta nyt kolmelle osallistujalle: koulutuspäivä Y700, 3 hlö, 5.11.2026, "
            "Etelä-Pohjanmaan hyvinvointialue.\nOstotilausnro 4100056620\n\nSanna\n\n"
            "ke 14.10.2026 klo 9.12 Sanna Mäkelä <sanna.makela@pohjanmaanymparisto.fi> kirjoitti:\n"
            "> Hei, laskuttakaa Etelä-Pohjanmaan hyvinvointialueelta koulutuspäivä Y700, 7 hlö, 13.10.2026.\n"
            "> Ostotilausnro 4100055990\n")
    return m_(SANNA, "Vs: Koulutuspäivä hyvinvointialue", "Fri, 06 Nov 2026 08:45:00 +0200", body), \
        expect_requests("Only the new request above the quote; the quoted one was invoiced before.", CHAIN,
                        [request(cust("A-1012"), [line(YMP, "Y700", "3", ps="2026-11-05", skip=ND)], [], YMP,
                                 order="4100056620")])


@case("f21_fi_outlook_forward_asiaviite_dnro")
def _f21():
    body = ("Välitän laskutettavaksi.\n\nt. Kirjaamo\n\n"
            "Lähettäjä: Mäkelä Sanna <sanna.makela@pohjanmaanymparisto.fi>\nLähetetty: tiistai 17. marraskuuta "
            "2026 14.02\nVastaanottaja: Kirjaamo <kirjaamo@pohjanmaanymparisto.fi>\nAihe: Lausunto / jätehuolto\n\n"
            "Hei,\nlausunto annettu 16.11.2026 Keski-Pohjanmaan Jätehuolto kuntayhtymä:lle.\nLaskutetaan lausunto "
            "Y300, 1 kpl.\nAsiaviite: Ympäristölupahakemus 2026/44\nDnro POHYMP/1377/2026\n")
    return m_(KIRJ, "VL: Lausunto / jätehuolto", "Wed, 18 Nov 2026 08:10:00 +0200", body), \
        expect_requests("The request is inside an Outlook forward; Asiaviite is the buyer's reference, the Dnro is "
                        "the agency's own.", CHAIN,
                        [request(cust("A-1002"), [line(YMP, "Y300", "1", ps="2026-11-16", skip=ND)], [], YMP,
                                 buyer="Ympäristölupahakemus 2026/44", order=None)])


@case("f22_fi_xlsx_finnish_headers_two_customers")
def _f22():
    rows = [["Asiakas", "Y-tunnus", "Tuote", "Määrä", "Yksikkö", "À-hinta", "Yhteensä", "Ajanjakso"],
            ["Metsäosuuskunta Kaski", "1874216-8", "Y110", 10, "kpl", 78.0, 780.0, "1.–30.4.2026"],
            ["Lakeuden Kuljetus Oy", "3044519-0", "Y100", 2, "kpl", 52.0, 104.0, "1.–30.4.2026"],
            ["Metsäosuuskunta Kaski", "1874216-8", "Y200", 3.5, "h", 95.0, 332.5, "1.–30.4.2026"],
            ["Yhteensä", None, None, None, None, None, 1216.5, None]]
    body = "Hei,\n\nhuhtikuun laskutettavat, ks. liite.\n" + sig_ymp("Sanna Mäkelä")
    m = m_(SANNA, "Huhtikuun laskutus", "Mon, 04 May 2026 09:00:00 +0300", body,
           attachments=[xlsx("laskutus_huhtikuu_2026.xlsx", [("Laskutus", rows, [])])])
    pr: dict[str, Any] = {"ps": "2026-04-01", "pe": "2026-04-30", "skip": ND}
    return m, expect_requests("XLSX with Finnish headers; rows grouped by customer; the Yhteensä row is no line.",
                              ATT, [request(cust("A-1003"), [line(YMP, "Y110", "10", price="78.00", **pr),
                                                             line(YMP, "Y200", "3.5", price="95.00", **pr)], [], YMP),
                                    request(cust("A-1006"), [line(YMP, "Y100", "2", price="52.00", **pr)], [], YMP)])


@case("f23_fi_csv_cp1252_kunta")
def _f23():
    csv = ("Asiakas;Y-tunnus;Tuote;Määrä;Yksikkö;À-hinta;Yhteensä;Ajanjakso\r\n"
           "Kallioniemen Energia Oy;2255871-8;T30;240;kk;1,20;288,00;10/2026\r\n"
           "Kallioniemen Vesiosuuskunta;1047726-7;T30;85;kk;1,20;102,00;10/2026\r\n"
           "Yhteensä;;;;;;390,00;\r\n")
    body = "Hei,\n\nkatualueen vuokrat lokakuulta, ks. liite (CSV).\n" + sig_kallio("Juha Leinonen")
    m = m_(TEKN, "Katualuevuokrat lokakuu", "Mon, 02 Nov 2026 10:00:00 +0200", body,
           attachments=[text_att("katualuevuokrat_10_2026.csv", csv, encoding="cp1252")])
    pr: dict[str, Any] = {"ps": "2026-10-01", "pe": "2026-10-31", "skip": ND}
    return m, expect_requests("Windows-1252 CSV, semicolons, decimal comma, period '10/2026', a sum row.", ATT,
                              [request(cust("A-1009"), [line(KALLIO, "T30", "240", price="1.20", **pr)], [], KALLIO),
                               request(cust("A-1011"), [line(KALLIO, "T30", "85", price="1.20", **pr)], [], KALLIO)])


@case("f24_sv_finland_swedish_plain")
def _f24():
    body = ("Hej,\n\nvänligen fakturera Österbottens Fiskodlare Ab för vattenprov, Y100, 8 st, tagna 2–6.3.2026.\n"
            "Er referens: Jonas Backman\nBeställningsnummer: 2026-14\n" + sig_sv("Björn Nyholm"))
    return m_(BJORN, "Fakturering vattenprov", "Mon, 09 Mar 2026 09:20:00 +0200", body), \
        expect_requests("Finland-Swedish request; '2–6.3.2026' range.", SV,
                        [request(cust("A-1008"), [line(YMP, "Y100", "8", ps="2026-03-02", pe="2026-03-06", skip=ND)],
                                 [], YMP, buyer="Jonas Backman", order="2026-14")])


@case("f25_sv_fo_nummer_swedish_name_not_in_register")
def _f25():
    body = ("Hej,\n\nSkärgårdsstiftelsen (FO-nummer 0912346-1) – en inspektion Y210 den 18.6.2026 samt "
            "resekostnader Y800, 146 km.\n" + sig_sv("Björn Nyholm"))
    return m_(BJORN, "Faktura Skärgårdsstiftelsen", "Fri, 19 Jun 2026 14:00:00 +0300", body), \
        expect_requests("The Swedish name is not in the register; the FO-nummer resolves Saaristosäätiö sr.", SV,
                        [request(cust("A-1004"), [line(YMP, "Y210", "1", ps="2026-06-18", skip=ND),
                                                  line(YMP, "Y800", "146", skip=NDP)], [], YMP)])


@case("f26_sv_ca_price_asks")
def _f26():
    body = ("Hej,\n\nPohjanmaan Vesiensuojeluyhdistys ry – särskild utredning Y600, fast pris ca 300 euro, "
            "exakt belopp meddelas senare.\n" + sig_sv("Björn Nyholm"))
    return m_(BJORN, "Utredning PVSY", "Tue, 29 Sep 2026 10:00:00 +0300", body), \
        expect_requests("'ca 300 euro' is no price: asked.", ASK,
                        [request(cust("A-1005"), [line(YMP, "Y600", "1", price=None,
                                                       skip=ND)],
                                 ["lines[0].unit_price"], YMP)])


@case("f27_en_plain_po")
def _f27():
    body = ("Hello,\n\nplease invoice Lakeuden Kuljetuspalvelu Oy for two site inspections (Y210) on 8 and "
            "9 October 2026.\nYour reference: Mark Rinne\nPO: LKP-PO-2231\n\nBest regards,\nSanna Mäkelä\n"
            "Pohjanmaan ympäristöpalvelukeskus | tel. +358 295 028 500\n")
    return m_(SANNA, "Invoice request / inspections", "Mon, 12 Oct 2026 09:00:00 +0300", body), \
        expect_requests("English request, number word 'two', two dates as one range.", EN,
                        [request(cust("A-1007"), [line(YMP, "Y210", "2", ps="2026-10-08", pe="2026-10-09", skip=ND)],
                                 [], YMP, buyer="Mark Rinne", order="LKP-PO-2231")])


@case("f28_en_unknown_company_no_id_no_price")
def _f28():
    body = ("Hi,\n\ncould you invoice Baltic Marine Survey for one special survey (Y600) we did in the Kvarken in "
            "August 2026? We don't have their business ID yet, and the price is still being agreed.\n\n"
            "Thanks,\nSanna\n")
    return m_(SANNA, "Invoice Baltic Marine Survey", "Tue, 01 Sep 2026 16:00:00 +0300", body), \
        expect_requests("No Y-tunnus, name not in the register, no price: both asked.", ASK,
                        [request(new_cust("Baltic Marine Survey", None, None),
                                 [line(YMP, "Y600", "1", price=None, ps="2026-08-01", pe="2026-08-31", skip=ND)],
                                 ["customer.org_no", "lines[0].unit_price"], YMP)])
