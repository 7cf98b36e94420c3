"""The thirty-second held-out set's registry ("a ninth ordinary month", mail of May 2027): eight agencies not heard
from before (a Swedish county board's hunting fees, a Swedish municipality's waste collection extras, a Swedish
geological survey's map and data orders, a Finnish population data agency's certificates, a Finnish regional state
administrative agency's environmental permits, a Finnish exam centre's language exam fees, a Finland-Swedish parish
union's cemetery services and an English-writing Nordic research forum's conference), a shared register of
customers (companies, associations, private persons with personnummer and hetu, a near-twin name pair, a Norwegian
company) and articles priced per piece, per hour, per day, per search, per participant, a few without a price."""
from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_GUNNAR = pnr("510812", "327")         # born 1951, a hunter with a beaver problem
PNR_KARIN = pnr("790223", "482")          # born 1979, a house owner
HETU_MATTI = hetu("140362", "117")        # born 1962
HETU_LINNEA = hetu("030940", "226")       # born 1940, grave care customer
HETU_STIG = hetu("250833", "071")         # born 1933, grave care customer

LST, AVF, GEO, NARF = "LST-SE", "AVF-SE", "GEO-SE", "NARF-FI"
DVT, AVL, TUT, GRAV = "DVT-FI", "AVL-FI", "TUT-FI", "GRAV-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"

W = {
    "lst": "Viltenheten <viltenheten@lansstyrelsen-norrdal.se>",
    "lst_p": "Per-Olof Hedman <per-olof.hedman@lansstyrelsen-norrdal.se>",
    "avf": "Kundtjänst Avfall <kundtjanst.avfall@norrskog.se>",
    "avf_m": "Mikael Rönn <mikael.ronn@norrskog.se>",
    "geo": "Kartbutiken <kartbutiken@geokartverket.se>",
    "geo_l": "Lovisa Brandt <lovisa.brandt@geokartverket.se>",
    "narf": "NARF Conference <conference@narf-secretariat.org>",
    "narf_i": "Ingrid Solberg <ingrid.solberg@narf-secretariat.org>",
    "dvt": "Todistuspalvelu <todistuspalvelu@dvt-demo.fi>",
    "dvt_h": "Hannele Rautio <hannele.rautio@dvt-demo.fi>",
    "avl": "Ympäristölupien kirjaamo <kirjaamo.ymparisto@avl-pohjanlahti.fi>",
    "avl_t": "Timo Nieminen <timo.nieminen@avl-pohjanlahti.fi>",
    "tut": "Tutkintomaksut <tutkintomaksut@tutkintokeskus-demo.fi>",
    "tut_v": "Ville Aaltonen <ville.aaltonen@tutkintokeskus-demo.fi>",
    "grav": "Gravgårdskontoret <gravgardskontoret@narpesnejden-fsf.fi>",
    "grav_u": "Ulla Backlund <ulla.backlund@narpesnejden-fsf.fi>",
}

_ag = partial(centre_agency, W)   # an agency writing to the centre of its country

AGENCIES: list[dict[str, Any]] = [
    _ag(LST, "Länsstyrelsen i Norrdalarna, viltenheten", "SE", se_org("202100638"), "sv",
        ("Slottsgatan 14", "791 84", "Falun"), ["lst", "lst_p"], "5091-4402"),
    _ag(AVF, "Norrskogs kommun, Avfall & återvinning", "SE", se_org("212000208"), "sv",
        ("Kommunhuset, Storgatan 1", "794 80", "Orsa"), ["avf", "avf_m"], "5092-7718"),
    _ag(GEO, "Geologiska kartverket", "SE", se_org("202100646"), "sv",
        ("Box 670", "751 28", "Uppsala"), ["geo", "geo_l"], "5093-1185"),
    _ag(NARF, "Nordic Arctic Research Forum, Secretariat", "FI", fi_yt("1567889"), "en",
        ("Pentti Kaiteran katu 1", "90570", "Oulu"), ["narf", "narf_i"], "FI32 5741 3620 4418 05"),
    _ag(DVT, "Digi- ja väestötietopalvelut, todistuspalvelu", "FI", fi_yt("3345021"), "fi",
        ("Lintulahdenkuja 2", "00530", "Helsinki"), ["dvt", "dvt_h"], "FI56 1029 3000 2255 61"),
    _ag(AVL, "Pohjanlahden aluehallintovirasto, ympäristöluvat", "FI", fi_yt("2090441"), "fi",
        ("Linnankatu 3", "90100", "Oulu"), ["avl", "avl_t"], "FI14 8000 1100 6633 27"),
    _ag(TUT, "Kansallinen tutkintokeskus, kielitutkinnot", "FI", fi_yt("0715993"), "fi",
        ("Hakaniemenranta 6", "00530", "Helsinki"), ["tut", "tut_v"], "FI02 1660 3000 1077 35"),
    _ag(GRAV, "Församlingarnas samfällighet i Närpesnejden, gravgårdsförvaltningen", "FI", fi_yt("2987001"), "sv",
        ("Kyrkvägen 12", "64200", "Närpes"), ["grav", "grav_u"], "FI71 4970 1020 0046 19"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("61101", "Orsa Östra Jaktlag", se_org("802477309"), "SE", "kassor@orsaostrajakt.se", "Skattungsvägen 40",
       "794 91", "Orsa"),
    _c("61102", "Dala Skogsförvaltning AB", se_org("556745120"), "SE", "faktura@dalaskog.se", "Sågvägen 3",
       "792 32", "Mora", peppol="0007:" + se_org("556745120").replace("-", "")),
    _c("61103", "Gunnar Ersson", "19" + PNR_GUNNAR[:6] + "-" + PNR_GUNNAR[7:], "SE", None, "Björkbacken 7",
       "794 92", "Orsa", private=True),
    _c("61104", "Restaurang Tallgården HB", se_org("916845227"), "SE", "tallgarden@krogpost.se", "Tallvägen 2",
       "794 30", "Orsa"),
    _c("61105", "Bostadsrättsföreningen Solbacken i Orsa", se_org("769631452"), "SE", "styrelsen@brfsolbacken.se",
       "Solbacksgatan 5", "794 33", "Orsa"),
    _c("61106", "Karin Mattsson", "19" + PNR_KARIN[:6] + "-" + PNR_KARIN[7:], "SE", "karin.mattsson@hemma.se",
       "Gruvbyn 12", "794 98", "Orsa", private=True),
    _c("61107", "Bergslagens Borrteknik AB", se_org("556318904"), "SE", "ekonomi@bborrteknik.se",
       "Verkstadsgatan 9", "711 30", "Lindesberg"),
    _c("61108", "Fjällbacka Geoteknik AB", se_org("559412036"), "SE", "faktura@fjallbackageo.se", "Sjögatan 4",
       "457 40", "Fjällbacka"),
    _c("61109", "Fjällbäck Geoteknik AB", se_org("556912348"), "SE",
       "ekonomi@fjallbackgeo.se", "Fjällbäcksvägen 18", "842 93", "Sveg"),
    _c("61110", "Nordlys Mineral AS", "923481109", "NO", "invoice@nordlysmineral.no", "Havnegata 12", "9008",
       "Tromsø"),
    _c("62101", "Perukirjatoimisto Rauta Oy", fi_yt("1893552"), "FI", "laskut@perukirjarauta.fi",
       "Kauppakatu 21", "40100", "Jyväskylä"),
    _c("62102", "Perintätoimisto Kontio Oy", fi_yt("2611470"), "FI", "ostolaskut@kontioperinta.fi",
       "Hämeenkatu 8", "33100", "Tampere", peppol="0216:0037" + fi_yt("2611470").replace("-", "")),
    _c("62103", "Matti Korhonen", HETU_MATTI, "FI", "matti.korhonen@kotiposti.fi", "Peltotie 4", "70200",
       "Kuopio", private=True),
    _c("62104", "Pohjanmaan Turvetuotanto Oy", fi_yt("0198762"), "FI", "talous@pohjanturve.fi", "Suontie 40",
       "62100", "Lapua"),
    _c("62105", "Kemijoen Kalankasvatus Oy", fi_yt("2744215"), "FI", "laskutus@kemikala.fi", "Rantakyläntie 3",
       "94700", "Kemi"),
    _c("62106", "Kielikoulu Sanasto Oy", fi_yt("1102356"), "FI", "reskontra@sanasto.fi", "Isokatu 19",
       "90100", "Oulu"),
    _c("62107", "Työväen Sivistysliitto TSL Oulu ry", fi_yt("0217736"), "FI", "talous@tsloulu.fi",
       "Kirkkokatu 5", "90100", "Oulu"),
    _c("62108", "Arctic Sensor Systems Oy", fi_yt("2930448"), "FI", "ap@arcticsensor.fi", "Teknologiantie 12",
       "90590", "Oulu"),
    _c("62109", "Begravningsbyrå Lindvall Ab", fi_yt("3108862"), "FI", "kontoret@lindvallbegr.fi",
       "Köpmansgatan 3", "64200", "Närpes"),
    _c("62110", "Närpes Hembygdsförening rf", fi_yt("1015246"), "FI", "kassoren@narpeshembygd.fi", "PB 22",
       "64201", "Närpes"),
    _c("62111", "Linnea Byskata", HETU_LINNEA, "FI", None, "Åsändavägen 31", "64230", "Närpes", private=True),
    _c("62112", "Stig Granholm", HETU_STIG, "FI", None, "Norrnäsvägen 8", "64220", "Yttermark", private=True),
]

ARTICLES: list[dict[str, Any]] = [
    _a(LST, "LJ10", "Ansökningsavgift skyddsjakt", "st", "700.00", "0"),
    _a(LST, "LJ20", "Registrering av licensområde för älg", "st", "1500.00", "0"),
    _a(LST, "LJ30", "Fällavgift, vuxen älg", "st", "300.00", "0"),
    _a(LST, "LJ40", "Fällavgift, kalv", "st", "100.00", "0"),
    _a(LST, "LJ90", "Särskild handläggning", "st", None, "0"),
    _a(AVF, "AV10", "Extra tömning, kärl 190 l", "st", "165.00", "25"),
    _a(AVF, "AV20", "Extra tömning, kärl 370 l", "st", "230.00", "25"),
    _a(AVF, "AV30", "Grovavfall, hämtning per kolli", "kolli", "95.00", "25"),
    _a(AVF, "AV40", "Slamtömning, extra", "st", "1450.00", "25"),
    _a(AVF, "AV50", "Dragvägstillägg över 10 m", "st", "40.00", "25"),
    _a(AVF, "AV90", "Specialhämtning", "st", None, "25"),
    _a(GEO, "GK10", "Tryckt geologisk karta", "st", "240.00", "6"),
    _a(GEO, "GK20", "Kartutskrift på beställning, A0", "st", "690.00", "25"),
    _a(GEO, "GK30", "Dataleverans, GIS-lager per län", "st", "3200.00", "25"),
    _a(GEO, "GK40", "Granskning av borrkärnor, per dag", "dag", "1850.00", "25"),
    _a(GEO, "GK50", "Geologtimme", "tim", "1290.00", "25"),
    _a(GEO, "GK90", "Anpassat datauttag", "st", None, "25"),
    _a(NARF, "NF10", "Registration fee, regular", "participant", "395.00", "25.5"),
    _a(NARF, "NF20", "Registration fee, early career", "participant", "195.00", "25.5"),
    _a(NARF, "NF30", "Conference dinner", "participant", "78.00", "14"),
    _a(NARF, "NF40", "Exhibitor table, per day", "day", "350.00", "25.5"),
    _a(NARF, "NF90", "Sponsorship package", "pc", None, "25.5"),
    _a(DVT, "DT10", "Virkatodistus, suomenkielinen", "kpl", "14.00", "0"),
    _a(DVT, "DT20", "Virkatodistus, englanninkielinen", "kpl", "22.00", "0"),
    _a(DVT, "DT30", "Sukuselvitys perunkirjoitusta varten", "kpl", "38.00", "0"),
    _a(DVT, "DT40", "Massatietoluovutus, haku", "haku", "0.35", "25.5"),
    _a(DVT, "DT90", "Erillisselvitys", "kpl", None, "0"),
    _a(AVL, "YL10", "Ympäristöluvan käsittelymaksu", "kpl", None, "0"),
    _a(AVL, "YL20", "Tarkastuskäynti, tunti", "h", "118.00", "0"),
    _a(AVL, "YL30", "Kuulutuskustannus", "kpl", None, "0"),
    _a(AVL, "YL40", "Päätöksen jäljennös, sivu", "sivu", "1.20", "0"),
    _a(AVL, "YL50", "Vesitalousluvan muutos", "kpl", "2340.00", "0"),
    _a(TUT, "TK10", "Kielitutkinto, perustaso", "osallistuja", "118.00", "0"),
    _a(TUT, "TK20", "Kielitutkinto, keskitaso", "osallistuja", "132.00", "0"),
    _a(TUT, "TK30", "Kielitutkinto, ylin taso", "osallistuja", "158.00", "0"),
    _a(TUT, "TK40", "Arvioijakoulutus, päivä", "pv", "310.00", "25.5"),
    _a(TUT, "TK90", "Erityisjärjestelyt", "kpl", None, "0"),
    _a(GRAV, "GG10", "Gravöppning, kistbegravning", "st", "560.00", "0"),
    _a(GRAV, "GG20", "Gravöppning, urnbegravning", "st", "190.00", "0"),
    _a(GRAV, "GG30", "Gravskötsel, sommarsäsong", "grav", "135.00", "25.5"),
    _a(GRAV, "GG50", "Kapellhyra, per timme", "h", "45.00", "25.5"),
    _a(GRAV, "GG90", "Stenarbete", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
NOP = ("period_start", "period_end")
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
APRIL = ("2027-04-01", "2027-04-30")


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def rfc_date(day: int, hhmm: str, country: str = "SE", month: int = 5) -> str:
    """A May 2027 Date header with the right weekday and summer time offset (+0200 Sweden, +0300 Finland)."""
    h, m = (int(x) for x in hhmm.split(":"))
    d = dt.datetime(2027, month, day, h, m)
    off = "+0200" if country == "SE" else "+0300"
    return d.strftime("%a, %d %b %Y %H:%M:00 ") + off
