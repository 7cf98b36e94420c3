"""The fifteenth held-out set's registry (year end, corrections and money coming in): a Swedish and a Finnish
agency; twists: an article without a price, a Finnish customer registered twice (Finnish and Swedish name, same
Y-tunnus), a private person aged 100+ (personnummer with '+'), a customer whose org number changed (the old one
is not in the register), register prices that are the 2027 prices."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt, pnr, se_org
from tests.intake.cases.kit_helpers import agency, set_kit, signer
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import customer as _c

PNR = pnr("240311", "123", sep="")  # 10 digits, born 1924

GEO, VESI = "GEO-SE", "VESI-FI"
LENA = "Lena Holm <lena.holm@geoteknikverket.se>"
FAKT = "Fakturering Geoteknikverket <fakturering@geoteknikverket.se>"
PER = "Per Ångström <per.angstrom@geoteknikverket.se>"
MIKKO = "Mikko Virtanen <mikko.virtanen@vesitutkimus.fi>"
LASK = "Laskutus VTL <laskutus@vesitutkimus.fi>"
ANNA = "Anna Sjöberg <anna.sjoberg@vesitutkimus.fi>"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

AGENCIES: list[dict[str, Any]] = [
    agency(GEO, "Geoteknikverket", "SE", se_org("202100911"), "sv", ("Box 1204", "581 12", "Linköping"),
           "5522-7781", "kundfaktura@servicecentret.se",
           ["lena.holm@geoteknikverket.se", "fakturering@geoteknikverket.se", "per.angstrom@geoteknikverket.se"]),
    agency(VESI, "Vesitutkimuslaitos", "FI", fi_yt("0245870"), "fi", ("PL 88", "00521", "Helsinki"),
           "FI21 1234 5600 0007 85", "myyntilaskutus@palvelukeskus.fi",
           ["mikko.virtanen@vesitutkimus.fi", "laskutus@vesitutkimus.fi", "anna.sjoberg@vesitutkimus.fi"]),
]


CUSTOMERS: list[dict[str, Any]] = [
    _c("K-101", "Nordbyggen Entreprenad AB", se_org("556803214"), "SE", "faktura@nordbyggen.se",
       "Verkstadsgatan 3", "582 73", "Linköping"),
    _c("K-102", "Sjövik Fastigheter AB", se_org("556912347"), "SE", "ekonomi@sjovikfast.se", "Strandv. 11",
       "611 30", "Nyköping"),
    _c("K-103", "Älvdalens kommun", se_org("212000138"), "SE", "faktura@alvdalen.se", "Dalgatan 1", "796 30",
       "Älvdalen"),
    _c("K-104", "Mälarkust Energi AB", se_org("559104871"), "SE", "ap@malarkust.se", "Kraftv. 7", "721 30",
       "Västerås"),
    _c("K-105", "Stiftelsen Granhammar", se_org("802470115"), "SE", "info@granhammar.se", "Granv. 2", "197 91",
       "Bro"),
    _c("K-106", "Tornvik Bygg AB", se_org("559288314"), "SE", "faktura@tornvikbygg.se", "Tornv. 20", "602 10",
       "Norrköping"),
    _c("K-107", "Gustav Ekholm", "19" + PNR[:6] + "-" + PNR[6:], "SE", "gustav.ekholm@brevlada.se",
       "Lindallén 4", "590 40", "Kisa", private=True),
    _c("K-108", "Berglunds Rör HB", se_org("556601493"), "SE", "berglundsror@post.se", "Rörv. 5", "585 99",
       "Linghem"),
    _c("K-109", "Lindqvist & Son Måleri AB", se_org("559033702"), "SE", "lindqvist@maleri.se", "Färgv. 9",
       "603 61", "Norrköping"),
    _c("K-110", "Högbo Vattenförening", se_org("556255071"), "SE", "kassor@hogbovatten.se", "Högbo 12", "811 91",
       "Sandviken"),
    _c("K-201", "Kokkolan Kaukolämpö Oy", fi_yt("2874051"), "FI", "laskut@kokkolankaukolampo.fi",
       "Voimalantie 2", "67100", "Kokkola"),
    _c("K-202", "Oulun Seudun Vesi Oy", fi_yt("3012447"), "FI", "ostolaskut@oulunseudunvesi.fi", "Vesitie 8",
       "90100", "Oulu"),
    _c("K-203", "Saimaan Maansiirto Ky", fi_yt("0981336"), "FI", "saimaanmaansiirto@posti.fi", "Soratie 1",
       "53100", "Lappeenranta"),
    _c("K-204", "Vaasan Satama Oy", fi_yt("2456180"), "FI", "laskut@vaasansatama.fi", "Satamakatu 1", "65100",
       "Vaasa"),
    _c("K-205", "Vasa Hamn Ab", fi_yt("2456180"), "FI", "fakturor@vasahamn.fi", "Hamngatan 1", "65100", "Vasa"),
    _c("K-206", "Lapin Kaivostutkimus Oy", fi_yt("1873402"), "FI", "laskut@lapinkaivos.fi", "Kaivostie 4",
       "96100", "Rovaniemi"),
    _c("K-207", "Tampereen Rakennuttajat Oy", fi_yt("3155271"), "FI", "ostot@tre-rakennuttajat.fi",
       "Hämeenkatu 30", "33200", "Tampere"),
    _c("K-208", "Hämeenlinnan kaupunki", fi_yt("0734125"), "FI", "laskut@hameenlinna.fi", "Raatihuoneenkatu 9",
       "13100", "Hämeenlinna"),
    {"customer_number": "K-209", "name": "Northwater Analytics Ltd", "org_no": "SC612345", "vat_no": None,
     "country": "GB", "email": "accounts@northwater.co.uk", "peppol_id": None,
     "address": {"street": "12 Quay Street", "postal_code": "AB11 5PP", "city": "Aberdeen", "country": "GB"}},
]


ARTICLES: list[dict[str, Any]] = [
    _a(GEO, "1010", "Konsulttimme", "tim", "1300.00", "25"),
    _a(GEO, "1020", "Fältdag", "dag", "9800.00", "25"),
    _a(GEO, "1030", "Borrning per meter", "m", "420.00", "25"),
    _a(GEO, "1040", "Provanalys", "st", "650.00", "25"),
    _a(GEO, "1050", "Rapport", "st", "2400.00", "25"),
    _a(GEO, "1060", "Mätning enligt årsavtal", "år", "36000.00", "25"),
    _a(GEO, "1070", "Instrumenthyra per vecka", "v", "1750.00", "25"),
    _a(GEO, "1080", "Specialuppdrag", "st", None, "25"),
    _a(GEO, "1090", "Resa, per km", "km", "25.00", "25"),
    _a(GEO, "1100", "Kurs per deltagare", "st", "4500.00", "25"),
    _a(GEO, "1110", "Programlicens per månad", "mån", "890.00", "25"),
    _a(GEO, "1120", "Övervakning per månad", "mån", "3200.00", "25"),
    _a(GEO, "9000", "Utlägg", "st", None, "25"),
    _a(VESI, "V100", "Vesinäyte", "kpl", "48.00", "25.5"),
    _a(VESI, "V110", "Laaja analyysi", "kpl", "185.00", "25.5"),
    _a(VESI, "V120", "Talvinäyte", "kpl", "62.00", "25.5"),
    _a(VESI, "V130", "Jäänäyte", "kpl", "75.00", "25.5"),
    _a(VESI, "V200", "Asiantuntijatunti", "h", "140.00", "25.5"),
    _a(VESI, "V210", "Kenttäpäivä", "pv", "950.00", "25.5"),
    _a(VESI, "V300", "Raportti", "kpl", "320.00", "25.5"),
    _a(VESI, "V400", "Laitevuokra, viikko", "vko", "210.00", "25.5"),
    _a(VESI, "V500", "Koulutus per osallistuja", "hlö", "290.00", "25.5"),
    _a(VESI, "V600", "Erityistehtävä", "kpl", None, "25.5"),
    _a(VESI, "V700", "Seurantasopimus, kuukausi", "kk", "1200.00", "25.5"),
    _a(VESI, "V800", "Matkakulut, km", "km", "0.59", "25.5"),
    _a(VESI, "V900", "Kulut", "kpl", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)

SIG_SE = ("\n\nMed vänliga hälsningar\n{n}\nGeoteknikverket, Box 1204, 581 12 Linköping\nOrg.nr "
          + AGENCIES[0]["org_no"] + " | Bankgiro 5522-7781 | Tfn 013-20 40 00\n"
          "Detta e-postmeddelande kan innehålla konfidentiell information.\n")
SIG_FI = ("\n\nYstävällisin terveisin\n{n}\nVesitutkimuslaitos, PL 88, 00521 Helsinki\nY-tunnus "
          + AGENCIES[1]["org_no"] + " | IBAN FI21 1234 5600 0007 85 | puh. 029 530 1000\n")

sig_se = signer(SIG_SE)
sig_fi = signer(SIG_FI)
