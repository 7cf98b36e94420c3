"""The twenty-eighth held-out set's registry ("a seventh ordinary month"): eight agencies not heard from before (a
Swedish road administration's transport permits, a Swedish municipality's home-care meals, a Swedish radiation
authority's calibration laboratory, an English-writing joint research infrastructure's beamtime, a Finnish rescue
academy's courses, a Finnish state property agency's short leases, a Finnish statistics service's data deliveries
and a Finland-Swedish municipality's marina), a shared register of customers (hauliers with near-twin names,
private persons with personnummer and henkilötunnus, associations, a foundation, one German company) and articles
priced per permit, portion, instrument, shift, participant, hour, day and m², a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from stdnum.iso7064 import mod_11_10

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_GRETA = pnr("380412", "264")           # born 1938
PNR_BERTIL = pnr("250830", "187", "+")     # born 1925: 101 years old in 2027, hence '+'
HETU_MATTI = hetu("140379", "417")         # born 1979
HETU_JOHAN = hetu("020566", "153")         # born 1966
DE_VAT = "DE28745931" + mod_11_10.calc_check_digit("28745931")

VAG, HEM, STR, NBI = "VAG-SE", "HEM-SE", "STR-SE", "NBI-SE"
PELA, VKP, TIL, HAMN = "PELA-FI", "VKP-FI", "TIL-FI", "HAMN-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "vag": "Dispensenheten <dispens@vagforvaltning-mitt.se>",
    "vag_e": "Erik Sundin <erik.sundin@vagforvaltning-mitt.se>",
    "hem": "Matservice Tallmo <matservice@tallmo.se>",
    "hem_a": "Anneli Backman <anneli.backman@tallmo.se>",
    "str": "Kalibreringslab <kallab@stralskydd-demo.se>",
    "str_p": "Per Ahlgren <per.ahlgren@stralskydd-demo.se>",
    "nbi": "User Office <useroffice@nordbeam-ri.eu>",
    "nbi_f": "Finance NordBeam <finance@nordbeam-ri.eu>",
    "pela": "Koulutuspalvelut <koulutuspalvelut@pelastusopisto-demo.fi>",
    "pela_j": "Jari Hämäläinen <jari.hamalainen@pelastusopisto-demo.fi>",
    "vkp": "Lyhytvuokraus <lyhytvuokraus@valtionkiinteistot-demo.fi>",
    "vkp_s": "Sari Nieminen <sari.nieminen@valtionkiinteistot-demo.fi>",
    "til": "Tietopalvelu <tietopalvelu@tilastopalvelu-demo.fi>",
    "hamn": "Hamnkontoret <hamnen@strandby.fi>",
    "hamn_b": "Björn Holmström <bjorn.holmstrom@strandby.fi>",
}

_ag = partial(centre_agency, W)   # an agency writing to the centre of its country

AGENCIES: list[dict[str, Any]] = [
    _ag(VAG, "Vägförvaltningen Mitt, dispensenheten", "SE", se_org("202100618"), "sv",
        ("Kungsgatan 31", "852 30", "Sundsvall"), ["vag", "vag_e"], "5091-4402"),
    _ag(HEM, "Tallmo kommun, hemtjänstens matservice", "SE", se_org("212000263"), "sv",
        ("Torget 1", "574 80", "Tallmo"), ["hem", "hem_a"], "5092-1187"),
    _ag(STR, "Strålskyddsinstitutet, kalibreringslaboratoriet", "SE", se_org("202100733"), "sv",
        ("Solna strandväg 96", "171 54", "Solna"), ["str", "str_p"], "5093-6650"),
    _ag(NBI, "NordBeam Research Infrastructure ERIC", "SE", se_org("802511042"), "en",
        ("Fotongatan 2", "224 84", "Lund"), ["nbi", "nbi_f"], "5094-3318"),
    _ag(PELA, "Pelastusopisto, koulutuspalvelut", "FI", fi_yt("0245311"), "fi",
        ("Hulkontie 83", "70820", "Kuopio"), ["pela", "pela_j"], "FI39 5000 0120 4471 52"),
    _ag(VKP, "Valtion kiinteistöpalvelut, lyhytvuokraus", "FI", fi_yt("2716408"), "fi",
        ("Ratapihantie 9", "00520", "Helsinki"), ["vkp", "vkp_s"], "FI71 8000 1200 6655 09"),
    _ag(TIL, "Tilastopalvelu, tietopalvelu", "FI", fi_yt("1001726"), "fi",
        ("Työpajankatu 13", "00580", "Helsinki"), ["til"], "FI12 1660 3000 1077 48"),
    _ag(HAMN, "Strandby kommun, småbåtshamnen", "FI", fi_yt("3284011"), "sv",
        ("Strandvägen 4", "25900", "Strandby"), ["hamn", "hamn_b"], "FI55 4055 0010 2233 61"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("S-2801", "Nordväg Transport AB", se_org("556734218"), "SE", "faktura@nordvagtransport.se",
       "Terminalvägen 6", "862 33", "Kvissleby"),
    _c("S-2802", "Nordvägs Transport AB", se_org("559187350"), "SE", "ekonomi@nordvags.se", "Åkarvägen 14",
       "831 48", "Östersund"),
    _c("S-2803", "Kranlyft i Mälardalen AB", se_org("556290714"), "SE", "fakturor@kranlyft.se",
       "Kranvägen 3", "721 36", "Västerås"),
    _c("S-2804", "Greta Holm", "19" + PNR_GRETA[:6] + "-" + PNR_GRETA[7:], "SE", None, "Björkvägen 7",
       "574 81", "Tallmo", private=True),
    _c("S-2805", "Bertil Sandén", "19" + PNR_BERTIL[:6] + "-" + PNR_BERTIL[7:], "SE", None, "Kyrkbacken 2",
       "574 82", "Tallmo", private=True),
    _c("S-2806", "Föreningen Tallmo Seniorer", se_org("802461339"), "SE", "kassor@tallmoseniorer.se",
       "Box 44", "574 80", "Tallmo"),
    _c("S-2807", "Isotopkliniken Syd AB", se_org("556904127"), "SE", "ap@isotopkliniken.se",
       "Lasarettsgatan 18", "211 46", "Malmö", peppol="0007:" + se_org("556904127").replace("-", "")),
    _c("S-2808", "Mätteknik Norrland AB", se_org("559044862"), "SE", "ekonomi@matteknik-norr.se",
       "Storgatan 50", "903 26", "Umeå"),
    _c("S-2809", "Polymerix AB", se_org("559377105"), "SE", "invoices@polymerix.se", "Scheelevägen 17",
       "223 63", "Lund"),
    _c("F-2851", "Teollisuuspalo Oy", fi_yt("2398104"), "FI", "laskut@teollisuuspalo.fi", "Satamatie 21",
       "48300", "Kotka"),
    _c("F-2852", "Kuopion Sopimuspalokunta ry", fi_yt("1784352"), "FI", "rahastonhoitaja@kuopionspk.fi",
       "PL 91", "70101", "Kuopio"),
    _c("F-2853", "Savon Tapahtumapalvelut Oy", fi_yt("2650931"), "FI", "ostolaskut@savontapahtuma.fi",
       "Kauppakatu 40", "70100", "Kuopio", peppol="0216:0037" + fi_yt("2650931").replace("-", "")),
    _c("F-2854", "Tietoaines Analytics Oy", fi_yt("3124558"), "FI", "laskutus@tietoaines.fi", "Lapinlahdenk. 16",
       "00180", "Helsinki"),
    _c("F-2855", "Tutkimussäätiö Kaari sr", fi_yt("1567234"), "FI", "talous@kaarisaatio.fi", "Yliopistonk. 5",
       "00100", "Helsinki"),
    _c("F-2856", "Matti Korhonen", HETU_MATTI, "FI", "matti.korhonen@posti.fi", "Niittykatu 9 A 3", "40100",
       "Jyväskylä", private=True),
    _c("F-2857", "Båtklubben Ankaret rf", fi_yt("1049283"), "FI", "kassor@ankaret.fi", "PB 7", "25901",
       "Strandby"),
    _c("F-2858", "Johan Sundqvist", HETU_JOHAN, "FI", "johan.sundqvist@elisanet.fi", "Udden 12", "25910",
       "Strandby", private=True),
    _c("F-2859", "Skärgårdens Sjötaxi Ab", fi_yt("2190467"), "FI", "bokforing@sjotaxi.fi", "Bryggan 1",
       "25900", "Strandby"),
    _c("D-2890", "Hochfeld Materialien GmbH", "HRB 731442", "DE", "rechnungen@hochfeld-mat.de",
       "Kaiserstraße 120", "76133", "Karlsruhe"),
]
CUSTOMERS[-1]["vat_no"] = DE_VAT

ARTICLES: list[dict[str, Any]] = [
    _a(VAG, "VD10", "Transportdispens, enstaka transport", "st", "1100.00", "0"),
    _a(VAG, "VD20", "Transportdispens, långtid", "st", "2400.00", "0"),
    _a(VAG, "VD30", "Eskort- och fordonsbesiktning, per timme", "tim", "950.00", "25"),
    _a(VAG, "VD90", "Ersättning för vägskada", "st", None, "25"),
    _a(HEM, "HM10", "Matlåda, huvudrätt", "portion", "62.00", "12"),
    _a(HEM, "HM20", "Dessert", "portion", "14.00", "12"),
    _a(HEM, "HM30", "Utkörningsavgift, per månad", "mån", "150.00", "25"),
    _a(HEM, "HM90", "Specialkost, tillägg", "portion", None, "12"),
    _a(STR, "SK10", "Kalibrering, persondosimeter", "st", "1850.00", "25"),
    _a(STR, "SK20", "Kalibrering, dosratsinstrument", "st", "3200.00", "25"),
    _a(STR, "SK30", "Kalibreringsbevis, extra kopia", "st", "250.00", "25"),
    _a(STR, "SK90", "Specialkalibrering", "st", None, "25"),
    _a(NBI, "BT10", "Beamtime, per 8-hour shift", "shift", "9800.00", "25"),
    _a(NBI, "BT20", "Sample preparation lab, per day", "day", "1500.00", "25"),
    _a(NBI, "BT30", "User access fee, per user", "user", "600.00", "25"),
    _a(NBI, "BT90", "Engineering service", "job", None, "25"),
    _a(PELA, "PO10", "Kurssimaksu, osallistuja", "hlö", "420.00", "0"),
    _a(PELA, "PO20", "Harjoitusalueen käyttö, tunti", "h", "180.00", "25.5"),
    _a(PELA, "PO30", "Simulaattoriharjoitus, kerta", "krt", "650.00", "25.5"),
    _a(PELA, "PO90", "Räätälöity koulutus", "kpl", None, "0"),
    _a(VKP, "VK10", "Kokoustilan vuokra, tunti", "h", "45.00", "25.5"),
    _a(VKP, "VK20", "Juhlasalin vuokra, päivä", "pv", "690.00", "25.5"),
    _a(VKP, "VK30", "Siivouslisä", "kpl", "120.00", "25.5"),
    _a(VKP, "VK90", "Vahingonkorvaus", "kpl", None, "0"),
    _a(TIL, "TP10", "Erikoisajo, tunti", "h", "110.00", "25.5"),
    _a(TIL, "TP20", "Aineistoluovutus", "kpl", "250.00", "25.5"),
    _a(TIL, "TP30", "Etäkäyttölupa, vuosi", "kpl", "1600.00", "25.5"),
    _a(TIL, "TP90", "Taulukkopalvelu", "kpl", None, "25.5"),
    _a(HAMN, "BH10", "Båtplats, säsong", "st", "380.00", "25.5"),
    _a(HAMN, "BH20", "Gästhamnsavgift, dygn", "dygn", "28.00", "25.5"),
    _a(HAMN, "BH30", "Vinterförvaring, per m²", "m2", "9.50", "25.5"),
    _a(HAMN, "BH40", "Kranlyft", "st", "95.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
FEB = ("2027-02-01", "2027-02-28")
MAR = ("2027-03-01", "2027-03-31")
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def no(number: str) -> str:
    """A registry customer's org number / personal number, as a mail would quote it."""
    return str(cust(number)["org_no"])
