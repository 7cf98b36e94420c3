"""The thirty-third held-out set's registry ("Finland's month", mail dated May 2027): eight Finnish agencies not heard
from before (a wellbeing services county's dental care for private patients, a city's youth services' camps, a
transport infrastructure centre's crossing permits, a land survey institute's boundary surveys, a university
hospital's laboratory services to private clinics, an Åland government traffic department, a Finland-Swedish
municipality's library and culture hall, and a sea-ice research institute writing in English to foreign partners),
a shared customer register (companies, associations, private persons with henkilötunnus, a near-twin Oy/Ky pair,
Swedish customers writing across the border, a Norwegian company) and articles priced per piece, hour, night,
lane metre and sample, a few without a price."""
from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_iban, fi_yt, hetu, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

HETU_MATTI = hetu("150368", "217")         # born 1968, a dental patient
HETU_LIISA = hetu("030904", "452", "A")     # born 2004, a dental patient
HETU_JARI = hetu("271180", "331")          # born 1980, a parent paying a day camp
HETU_EINO = hetu("090243", "115")          # born 1943, a landowner
HETU_ANNALENA = hetu("120575", "628")      # born 1975, a library customer

HAM, NUO, RIST, KMT = "HAM-FI", "NUO-FI", "RIST-FI", "KMT-FI"
LAB, AX, SUND, ICE = "LAB-FI", "AX-FI", "SUND-FI", "ICE-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "ham": "Suun terveydenhuolto laskutus <suunterveys.laskutus@kymenhyva-demo.fi>",
    "ham_t": "Tiina Laaksonen <tiina.laaksonen@kymenhyva-demo.fi>",
    "nuo": "Nuorisopalvelut leirit <leirit.nuoriso@tampere-demo.fi>",
    "nuo_v": "Ville Rantanen <ville.rantanen@tampere-demo.fi>",
    "rist": "Risteämäluvat <risteamaluvat@vaylakeskus-demo.fi>",
    "rist_k": "Kari Hyvönen <kari.hyvonen@vaylakeskus-demo.fi>",
    "kmt": "Toimitusten laskutus <toimitukset.ita@kiinteistomittaus-demo.fi>",
    "kmt_s": "Sirpa Partanen <sirpa.partanen@kiinteistomittaus-demo.fi>",
    "lab": "Laboratorion asiakaspalvelu <lab.asiakaspalvelu@isys-demo.fi>",
    "lab_m": "Minna Ruotsalainen <minna.ruotsalainen@isys-demo.fi>",
    "ax": "Skärgårdstrafiken bokning <bokning.skargardstrafiken@regeringen-ax-demo.fi>",
    "ax_h": "Henrik Karlsson <henrik.karlsson@regeringen-ax-demo.fi>",
    "sund": "Kulturhuset Sundby <kulturhuset@sundby-demo.fi>",
    "sund_b": "Maria Holmström <maria.holmstrom@sundby-demo.fi>",
    "ice": "Partner Services <partners@seaice-institute-demo.fi>",
}

_ag = partial(centre_agency, W)   # an agency writing to the centre of its country

AGENCIES: list[dict[str, Any]] = [
    _ag(HAM, "Kymenlaakson hyvinvointialue, suun terveydenhuolto", "FI", fi_yt("0993156"), "fi",
        ("Sairaalankatu 8", "48210", "Kotka"), ["ham", "ham_t"], fi_iban("50000120338811")),
    _ag(NUO, "Tampereen kaupunki, nuorisopalvelut", "FI", fi_yt("0887215"), "fi",
        ("Keskustori 4", "33100", "Tampere"), ["nuo", "nuo_v"], fi_iban("80001200445566")),
    _ag(RIST, "Väyläkeskus, risteämälupapalvelut", "FI", fi_yt("3155406"), "fi",
        ("Opastinsilta 12", "00520", "Helsinki"), ["rist", "rist_k"], fi_iban("16603000227741")),
    _ag(KMT, "Kiinteistömittauslaitos, Itä-Suomen toimitukset", "FI", fi_yt("2089917"), "fi",
        ("Kauppakatu 25", "80100", "Joensuu"), ["kmt", "kmt_s"], fi_iban("57901220811304")),
    _ag(LAB, "Itä-Suomen yliopistollinen sairaala, laboratoriopalvelut", "FI", fi_yt("1432268"), "fi",
        ("Puijonlaaksontie 2", "70210", "Kuopio"), ["lab", "lab_m"], fi_iban("47000125660012")),
    _ag(AX, "Ålands landskapsregering, skärgårdstrafiken", "FI", fi_yt("0676541"), "sv",
        ("Strandgatan 37", "22100", "Mariehamn"), ["ax", "ax_h"], fi_iban("66010031440277")),
    _ag(SUND, "Sundby kommun, bibliotek och kulturhus", "FI", fi_yt("3098872"), "sv",
        ("Biblioteksgatan 2", "64200", "Sundby"), ["sund", "sund_b"], fi_iban("40550013380095")),
    _ag(ICE, "Finnish Sea Ice Research Institute, Partner Services", "FI", fi_yt("2644109"), "en",
        ("Merikatu 9", "65100", "Vaasa"), ["ice"], fi_iban("31440100770522")),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("A-3301", "Matti Korhonen", HETU_MATTI, "FI", None, "Kirkkokatu 14 B 6", "48100", "Kotka", private=True),
    _c("A-3302", "Liisa Heikkinen", HETU_LIISA, "FI", "liisa.heikkinen@posti-demo.fi", "Ratakatu 3 A 2", "45100",
       "Kouvola", private=True),
    _c("A-3303", "Vahinkovakuutus Oy Turvasatama", fi_yt("2934417"), "FI", "korvauslaskut@turvasatama-demo.fi",
       "PL 200", "00101", "Helsinki", peppol="0216:0037" + fi_yt("2934417").replace("-", "")),
    _c("A-3304", "Hervannan Nuorisoseura ry", fi_yt("3012845"), "FI", "rahastonhoitaja@hervannanns-demo.fi",
       "Insinöörinkatu 21", "33720", "Tampere"),
    _c("A-3305", "Pirkanmaan Sählyseura ry", fi_yt("1877402"), "FI", "talous@pirkansahly-demo.fi", "PL 77",
       "33101", "Tampere"),
    _c("A-3306", "Jari Nieminen", HETU_JARI, "FI", "jari.nieminen@kotiposti-demo.fi", "Tammelan puistokatu 9 C 30",
       "33500", "Tampere", private=True),
    _c("A-3307", "Pohjolan Sähköverkot Oy", fi_yt("2456610"), "FI", "ostolaskut@pohjolansv-demo.fi",
       "Voimalinjantie 4", "90620", "Oulu", peppol="0216:0037" + fi_yt("2456610").replace("-", "")),
    _c("A-3308", "Kuitulinja Oy", fi_yt("3104778"), "FI", "laskutus@kuitulinja-demo.fi", "Valokuidunkuja 2",
       "40320", "Jyväskylä"),
    _c("A-3309", "Kaukolämpö Savo Oy", fi_yt("2210934"), "FI", "reskontra@kaukolampo-savo-demo.fi",
       "Lämpötie 1", "70460", "Kuopio"),
    _c("A-3310", "Metsänhoitoyhdistys Ylä-Karjala ry", fi_yt("1599873"), "FI", "toimisto@mhy-ylakarjala-demo.fi",
       "Kauppatie 18", "75500", "Nurmes"),
    _c("A-3311", "Eino Räsänen", HETU_EINO, "FI", None, "Rasimäentie 140", "81700", "Lieksa", private=True),
    _c("A-3312", "Lääkäriasema Kaari Oy", fi_yt("2765023"), "FI", "laskut@kaari-kuopio-demo.fi", "Tulliportinkatu 7",
       "70100", "Kuopio"),
    _c("A-3313", "Lääkäriasema Kaari Ky", fi_yt("3177301"), "FI", "kaari.ky@joensuu-demo.fi", "Siltakatu 11",
       "80100", "Joensuu"),
    _c("A-3314", "Työterveys Virta Oy", fi_yt("2819943"), "FI", "ostolaskut@tyoterveysvirta-demo.fi",
       "Kallantie 3", "70800", "Kuopio"),
    _c("A-3315", "Föglö Transport Ab", fi_yt("0711526"), "FI", "ekonomi@foglotransport-demo.ax", "Degerby hamn",
       "22710", "Föglö"),
    _c("A-3316", "Ålands Fiskodlare rf", fi_yt("1046237"), "FI", "kassor@fiskodlare-demo.ax", "Industrivägen 6",
       "22150", "Jomala"),
    _c("A-3317", "Roslagens Sjötrafik AB", se_org("556744219"), "SE", "faktura@roslagensjo-demo.se",
       "Hamngatan 5", "761 30", "Norrtälje"),
    _c("A-3318", "Sundby Teaterförening rf", fi_yt("1122438"), "FI", "kassor@sundbyteater-demo.fi", "Torget 1",
       "64200", "Sundby"),
    _c("A-3319", "Kustens Dragspelsklubb rf", fi_yt("2066119"), "FI", "dragspel.kustens@posti-demo.fi",
       "Byvägen 40", "64230", "Sundby"),
    _c("A-3320", "Anna-Lena Björkqvist", HETU_ANNALENA, "FI", "annalena.b@netti-demo.fi", "Strandvägen 12",
       "64200", "Sundby", private=True),
    _c("A-3321", "Teatergruppen Fyren", se_org("802519337"), "SE", "fyren.teater@forening-demo.se",
       "Kyrkogatan 22", "852 32", "Sundsvall"),
    _c("A-3322", "Nordlys Polar Instruments AS", "923456783", "NO", "invoice@nordlys-polar-demo.no",
       "Havnegata 18", "9008", "Tromsø"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(HAM, "HA10", "Suun terveystarkastus, hammaslääkäri", "kpl", "52.00", "0"),
    _a(HAM, "HA20", "Hampaan paikkaus, yksi pinta", "kpl", "78.00", "0"),
    _a(HAM, "HA30", "Hammaskiven poisto", "kpl", "64.00", "0"),
    _a(HAM, "HA90", "Hammastekninen työ", "kpl", None, "0"),
    _a(NUO, "NL10", "Kesäleiri 5 vrk, osallistuja", "hlö", "165.00", "0"),
    _a(NUO, "NL20", "Päiväleiri, päivä", "pv", "22.00", "0"),
    _a(NUO, "NL30", "Leirikeskuksen vuokra, vuorokausi", "vrk", "390.00", "25.5"),
    _a(NUO, "NL90", "Retkimaksu", "hlö", None, "0"),
    _a(RIST, "RV10", "Risteämälupa, käsittely", "kpl", "620.00", "0"),
    _a(RIST, "RV20", "Työmaavalvonta", "h", "95.00", "0"),
    _a(RIST, "RV30", "Lupapäätöksen muutos", "kpl", "310.00", "0"),
    _a(RIST, "RV90", "Erillisselvitys", "kpl", None, "0"),
    _a(KMT, "KM10", "Rajankäynti, perusmaksu", "kpl", "780.00", "0"),
    _a(KMT, "KM20", "Rajamerkin rakentaminen", "kpl", "115.00", "0"),
    _a(KMT, "KM30", "Lisätyö, maanmittausinsinööri", "h", "88.00", "0"),
    _a(LAB, "LB10", "Perusverenkuva (PVK)", "kpl", "6.40", "0"),
    _a(LAB, "LB20", "C-reaktiivinen proteiini (CRP)", "kpl", "4.90", "0"),
    _a(LAB, "LB30", "Näytteenkuljetus", "erä", "18.00", "25.5"),
    _a(LAB, "LB90", "Erikoistutkimus", "kpl", None, "0"),
    _a(AX, "AX10", "Fordonstransport, personbil", "st", "42.00", "14"),
    _a(AX, "AX20", "Chartertur, per timme", "tim", "510.00", "14"),
    _a(AX, "AX30", "Godstransport, per lastmeter", "lm", "36.00", "25.5"),
    _a(AX, "AX90", "Specialtransport", "st", None, "25.5"),
    _a(SUND, "SK10", "Hyra stora salen, per timme", "h", "65.00", "25.5"),
    _a(SUND, "SK20", "Hyra mötesrum, biblioteket, per timme", "h", "18.00", "25.5"),
    _a(SUND, "SK30", "Teknikerstöd, per timme", "h", "42.00", "25.5"),
    _a(SUND, "SK40", "Fjärrlån, avgift", "st", "4.00", "0"),
    _a(ICE, "IC10", "Ice core sample analysis", "sample", "240.00", "25.5"),
    _a(ICE, "IC20", "Field station accommodation, per night", "night", "55.00", "14"),
    _a(ICE, "IC90", "Custom data extraction", "job", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
APR = ("2027-04-01", "2027-04-30")
MAY = ("2027-05-01", "2027-05-31")


def when(day: int, clock: str) -> str:
    """An RFC 5322 date in May 2027, Finnish summer time, with the right weekday."""
    return dt.date(2027, 5, day).strftime("%a, %d %b 2027 ") + clock + " +0300"


def org(code: str) -> str:
    """The agency's own Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def iban(code: str) -> str:
    """The agency's own IBAN, for signatures and payment advices."""
    return next(a["iban"] for a in AGENCIES if a["code"] == code)
