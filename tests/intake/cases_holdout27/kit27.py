"""The twenty-seventh held-out set's registry ("a sixth ordinary month, from agencies not heard from before"): eight
agencies (a Swedish coast guard region, a Swedish prison workshop's sales, a Swedish agricultural board's
inspections, an English-writing Nordic council secretariat, a Finnish national library's copying service, a Finnish
wellbeing services county's medical certificates, the Finnish defence forces' training area rentals and a
Finland-Swedish adult education centre), a shared register of customers (companies, associations, insurers, private
persons, one name registered in both countries) and articles priced per hour, per page, per kg, per day, per
participant, a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_ANDERS = pnr("580316", "273")          # born 1958, a farmer
HETU_AINO = hetu("070391", "284")          # born 1991
HETU_PEKKA = hetu("221147", "035")         # born 1947

KUST, KRIM, JORD, NC = "KUST-SE", "KRIM-SE", "JORD-SE", "NC-SE"
KANS, HYV, PV, MBI = "KANS-FI", "HYV-FI", "PV-FI", "MBI-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "kust": "Jonas Widén <jonas.widen@kustbevakning-vast.se>",
    "kust_lc": "Ledningscentral Väst <lc.vast@kustbevakning-vast.se>",
    "krim": "Arbetsdriften Hällby <arbetsdrift.hallby@kriminalvard-syd.se>",
    "krim_p": "Petra Lindqvist <petra.lindqvist@kriminalvard-syd.se>",
    "jord": "Kontrollenheten <kontroll@jordbruksstyrelsen.se>",
    "nc": "Secretariat <secretariat@nordic-inlandwaters.org>",
    "kans": "Kopiopalvelu <kopiopalvelu@kansalliskirjasto-demo.fi>",
    "hyv": "Lausuntotoimisto <lausunnot@pohjanmaanhyva.fi>",
    "hyv_r": "Riitta Mäkelä <riitta.makela@pohjanmaanhyva.fi>",
    "pv": "Harjoitusaluevuokraus <alueet.lansi@puolustusvoimat-demo.fi>",
    "mbi": "Camilla Sjöholm <camilla.sjoholm@mbi-kustbygden.fi>",
}

_ag = partial(centre_agency, W)   # an agency writing to the centre of its country


AGENCIES: list[dict[str, Any]] = [
    _ag(KUST, "Kustbevakningen, region Väst", "SE", se_org("202100541"), "sv",
        ("Hamnplan 2", "451 34", "Uddevalla"), ["kust", "kust_lc"], "5081-3307"),
    _ag(KRIM, "Kriminalvården, anstalten Hällby, arbetsdriften", "SE", se_org("202100277"), "sv",
        ("Box 150", "635 09", "Eskilstuna"), ["krim", "krim_p"], "5082-1146"),
    _ag(JORD, "Jordbruksstyrelsen, kontrollenheten", "SE", se_org("202100559"), "sv",
        ("Vallgatan 8", "551 82", "Jönköping"), ["jord"], "5083-9920"),
    _ag(NC, "Nordic Inland Waters Council, Secretariat", "SE", se_org("802500917"), "en",
        ("Strandvägen 44", "115 23", "Stockholm"), ["nc"], "5084-2271"),
    _ag(KANS, "Kansalliskirjasto, kopiopalvelu", "FI", fi_yt("0245911"), "fi",
        ("Unioninkatu 36", "00170", "Helsinki"), ["kans"], "FI21 1660 3000 1044 77"),
    _ag(HYV, "Pohjanmaan hyvinvointialue, lausuntotoimisto", "FI", fi_yt("3221303"), "fi",
        ("Sairaalantie 5", "65130", "Vaasa"), ["hyv", "hyv_r"], "FI63 5000 0121 8800 14"),
    _ag(PV, "Puolustusvoimat, Länsi-Suomen harjoitusalueet", "FI", fi_yt("1015253"), "fi",
        ("Kasarmintie 10", "28100", "Pori"), ["pv"], "FI48 8000 1470 2205 31"),
    _ag(MBI, "Medborgarinstitutet Kustbygden", "FI", fi_yt("0210346"), "sv",
        ("Skolgatan 3", "66800", "Oravais"), ["mbi"], "FI77 4055 0011 3344 02"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("K-7001", "Skärgårdsfrakt AB", se_org("556813402"), "SE", "ekonomi@skargardsfrakt.se", "Kajen 3",
       "471 31", "Skärhamn"),
    _c("K-7002", "Västkustens Hamn AB", se_org("556502118"), "SE", "faktura@vkhamn.se", "Hamnvägen 1",
       "451 50", "Uddevalla", peppol="0007:" + se_org("556502118").replace("-", "")),
    _c("K-7003", "Hällby Bygg AB", se_org("559104287"), "SE", "inkop@hallbybygg.se", "Verkstadsg. 7",
       "632 20", "Eskilstuna"),
    _c("K-7004", "Mälarhotellen AB", se_org("556390221"), "SE", "leverantorsreskontra@malarhotellen.se",
       "Storgatan 12", "632 21", "Eskilstuna"),
    _c("K-7005", "Lantgården Ekbacka AB", se_org("559022746"), "SE", "ekbacka@lantpost.se", "Ekbacka 1",
       "568 92", "Skillingaryd"),
    _c("K-7006", "Anders Lund", "19" + PNR_ANDERS[:6] + "-" + PNR_ANDERS[7:], "SE", "anders.lund@brevlada.se",
       "Norrgården 4", "566 91", "Habo", private=True),
    _c("K-7007", "Vätterbygdens Slakteri AB", se_org("556611083"), "SE", "faktura@vatterslakt.se",
       "Industrigatan 22", "561 33", "Huskvarna"),
    _c("K-7008", "Limnologica Consulting AB", se_org("559301556"), "SE", "ap@limnologica.se", "Sveavägen 9",
       "111 57", "Stockholm"),
    _c("K-8001", "Skärgårdsfrakt Ab", fi_yt("2811406"), "FI", "laskut@skargardsfrakt.fi", "Hamngatan 2",
       "22100", "Mariehamn"),
    _c("K-8002", "Kustannus Oy Lehtipuu", fi_yt("0863217"), "FI", "laskut@lehtipuu.fi", "Bulevardi 14",
       "00120", "Helsinki"),
    _c("K-8003", "Sukututkimus Juuret ry", fi_yt("2504468"), "FI", "rahastonhoitaja@juuret.fi", "PL 12",
       "33101", "Tampere"),
    _c("K-8004", "Aino Virtanen", HETU_AINO, "FI", "aino.virtanen@posti.fi", "Koivukuja 3 B 8", "65320",
       "Vaasa", private=True),
    _c("K-8005", "Vakuutusosakeyhtiö Kaleva", fi_yt("0102345"), "FI", "ostolaskut@kalevavakuutus.fi",
       "Vakuutuskatu 1", "00100", "Helsinki", peppol="0216:0037" + fi_yt("0102345").replace("-", "")),
    _c("K-8006", "Keskinäinen Eläkeyhtiö Tyven", fi_yt("0716552"), "FI", "laskut@tyven.fi", "Eteläranta 4",
       "00130", "Helsinki"),
    _c("K-8007", "Pekka Salo", HETU_PEKKA, "FI", None, "Rantatie 18", "65100", "Vaasa", private=True),
    _c("K-8008", "Satakunnan Reserviläiset ry", fi_yt("1027734"), "FI", "taloudenhoitaja@sat-res.fi", "PL 33",
       "28101", "Pori"),
    _c("K-8009", "Turvakoulutus Aalto Oy", fi_yt("2977615"), "FI", "laskutus@turvaaalto.fi", "Teollisuusk. 8",
       "28400", "Ulvila"),
    _c("K-8010", "Kustbygdens Sångarförbund rf", fi_yt("1055321"), "FI", "kassor@sangarforbund.fi",
       "Kyrkvägen 5", "66800", "Oravais"),
    _c("K-8011", "Vörå Smide Ab", fi_yt("0654471"), "FI", "reskontra@vorasmide.fi", "Smedsvägen 2", "66600",
       "Vörå"),
    _c("K-8012", "Oravais Bygg Ab", fi_yt("2345199"), "FI", "bokforing@oravaisbygg.fi", "Bruksvägen 11",
       "66800", "Oravais"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(KUST, "KB10", "Bogsering, per timme", "tim", "2400.00", "25"),
    _a(KUST, "KB20", "Miljöräddningsinsats, per timme", "tim", "3100.00", "25"),
    _a(KUST, "KB90", "Dykinsats", "st", None, "25"),
    _a(KRIM, "KV10", "Snickeriarbete, per timme", "tim", "420.00", "25"),
    _a(KRIM, "KV20", "Tvätt, per kg", "kg", "38.00", "25"),
    _a(KRIM, "KV30", "EUR-pall, ny", "st", "95.00", "25"),
    _a(JORD, "JV10", "Offentlig kontroll, per timme", "tim", "1100.00", "0"),
    _a(JORD, "JV20", "Extra offentlig kontroll, fast avgift", "st", "2400.00", "0"),
    _a(JORD, "JV90", "Särskild utredning", "st", None, "0"),
    _a(NC, "NC10", "Conference fee, per participant", "participant", "2900.00", "25"),
    _a(NC, "NC20", "Exhibition stand, per day", "day", "4500.00", "25"),
    _a(NC, "NC30", "Printed report, per copy", "copy", "180.00", "6"),
    _a(KANS, "KK10", "Skannaus, sivu", "sivu", "0.80", "25.5"),
    _a(KANS, "KK20", "Mikrofilmikopio", "kpl", "12.00", "25.5"),
    _a(KANS, "KK30", "Tilausmaksu", "kpl", "15.00", "25.5"),
    _a(KANS, "KK90", "Erikoistilaus", "kpl", None, "25.5"),
    _a(HYV, "HV10", "Lääkärinlausunto B", "kpl", "61.00", "0"),
    _a(HYV, "HV20", "Lääkärinlausunto C", "kpl", "95.00", "0"),
    _a(HYV, "HV30", "Potilasasiakirjakopio", "kpl", "10.00", "25.5"),
    _a(PV, "PV10", "Ampumaradan vuokra, vuorokausi", "vrk", "450.00", "25.5"),
    _a(PV, "PV20", "Harjoitusalueen vuokra, tunti", "h", "85.00", "25.5"),
    _a(PV, "PV90", "Maastovauriokorvaus", "kpl", None, "0"),
    _a(MBI, "MI10", "Kursavgift, per deltagare", "deltagare", "95.00", "0"),
    _a(MBI, "MI20", "Lokalhyra, per timme", "h", "35.00", "25.5"),
    _a(MBI, "MI30", "Uppdragsutbildning, per timme", "h", "120.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
JAN = ("2027-01-01", "2027-01-31")
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
