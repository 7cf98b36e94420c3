"""The thirtieth held-out set's registry ("an eighth ordinary month, from agencies not heard from before"): eight
agencies (a Swedish consumer agency's market surveillance tests, a Swedish municipality's building permits, a
Swedish heritage board's excavation supervision, an English-writing EU agency's liaison office, a Finnish food
authority's export certificates, a Finnish city's school meals for private schools, a Finnish maritime pilotage
area and a Finland-Swedish health centre's occupational health), a shared register of customers (companies,
associations, a foundation, private persons, a near-twin name pair, an Estonian shipping company) and articles
priced per hour, per certificate, per meal, per mil, per participant, a few without a price."""
from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_ERIK = pnr("790214", "358")            # born 1979, builds a house
HETU_MIKAEL = hetu("120368", "215")        # born 1968, a self-employed fisherman

KONS, BYGG, RAA, EU = "KONS-SE", "BYGG-SE", "RAA-SE", "EU-SE"
RUOKA, KOULU, LUOTS, FHV = "RUOKA-FI", "KOULU-FI", "LUOTS-FI", "FHV-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "kons": "Sara Holm <sara.holm@marknadskontroll-demo.se>",
    "kons_lab": "Provningslabbet <provlab@marknadskontroll-demo.se>",
    "bygg": "Bygglovsenheten <bygglov@vretaby.se>",
    "bygg_h": "Henrik Dahl <henrik.dahl@vretaby.se>",
    "raa": "Maja Ek <maja.ek@kulturmiljoverket-demo.se>",
    "eu": "Liaison Office Stockholm <liaison.stockholm@eucpta-demo.eu>",
    "ruoka": "Vientitodistukset <vientitodistukset@ruokaturva-demo.fi>",
    "ruoka_j": "Jukka Niemi <jukka.niemi@ruokaturva-demo.fi>",
    "koulu": "Tiina Laine <tiina.laine@kuopionlahti.fi>",
    "luots": "Saaristomeren luotsausalue <saaristomeri@luotsaus-demo.fi>",
    "fhv": "Annika Backman <annika.backman@sydkustenshc.fi>",
    "fhv_kansli": "FHV kansliet <fhv.kansli@sydkustenshc.fi>",
}

_ag = partial(centre_agency, W)   # an agency writing to the centre of its country

AGENCIES: list[dict[str, Any]] = [
    _ag(KONS, "Marknadskontrollverket, provningsenheten", "SE", se_org("202100633"), "sv",
        ("Tullgatan 9", "651 84", "Karlstad"), ["kons", "kons_lab"], "5091-4410"),
    _ag(BYGG, "Vretaby kommun, bygglovsenheten", "SE", se_org("212000781"), "sv",
        ("Torget 1", "446 80", "Vretaby"), ["bygg", "bygg_h"], "5092-0038"),
    _ag(RAA, "Kulturmiljöverket, antikvarisk kontroll", "SE", se_org("202100492"), "sv",
        ("Storgatan 41", "114 84", "Stockholm"), ["raa"], "5093-7712"),
    _ag(EU, "EU Civil Protection Training Agency, Nordic Liaison Office", "SE", se_org("802501858"), "en",
        ("Kungsbron 2", "111 22", "Stockholm"), ["eu"], "5094-3356"),
    _ag(RUOKA, "Ruokaturvavirasto, vientitodistukset", "FI", fi_yt("0245722"), "fi",
        ("Mustialankatu 3", "00790", "Helsinki"), ["ruoka", "ruoka_j"], "FI12 1660 3000 1077 52"),
    _ag(KOULU, "Kuopionlahden kaupunki, ateriapalvelut", "FI", fi_yt("0196245"), "fi",
        ("Suokatu 42", "70100", "Kuopionlahti"), ["koulu"], "FI55 5000 0120 4411 09"),
    _ag(LUOTS, "Luotsauspalvelut, Saaristomeren luotsausalue", "FI", fi_yt("1547734"), "fi",
        ("Linnankatu 52", "20100", "Turku"), ["luots"], "FI83 8000 1270 3344 85"),
    _ag(FHV, "Sydkustens hälsocentral, företagshälsovården", "FI", fi_yt("2890213"), "sv",
        ("Vårdvägen 4", "64200", "Närpes"), ["fhv", "fhv_kansli"], "FI40 4055 0016 7788 21"),
]


def _foreign(num: str, name: str, code: str, vat: str, country: str, email: str, street: str, pc: str,
             city: str) -> dict[str, Any]:
    """A customer registered abroad: its own registry code and VAT number, no Swedish/Finnish derivation."""
    out = _c(num, name, code, country, email, street, pc, city)
    out["vat_no"] = vat
    return out


CUSTOMERS: list[dict[str, Any]] = [
    _c("K-9101", "Nordlys Import AB", se_org("556734219"), "SE", "faktura@nordlysimport.se", "Lagergatan 4",
       "652 21", "Karlstad"),
    _c("K-9102", "Nordlys Import & Export AB", se_org("559087345"), "SE", "ekonomi@nordlys-ie.se",
       "Hamngatan 17", "211 22", "Malmö"),
    _c("K-9103", "Barnkraft Leksaker AB", se_org("556902871"), "SE", "lev.faktura@barnkraft.se", "Box 1120",
       "411 80", "Göteborg"),
    _c("K-9104", "Elmarket Sverige AB", se_org("556611297"), "SE", "invoice.se@elmarket.com", "Kistagången 8",
       "164 40", "Kista", peppol="0007:" + se_org("556611297").replace("-", "")),
    _c("K-9105", "Vretaby Fastighets AB", se_org("556478203"), "SE", "fakturor@vretabyfast.se", "Kyrkogatan 6",
       "446 30", "Vretaby"),
    _c("K-9106", "Bostadsrättsföreningen Lärkbacken", se_org("769612345"), "SE", None, "Lärkvägen 2-8",
       "446 35", "Vretaby"),
    _c("K-9107", "Erik Sandberg", "19" + PNR_ERIK[:6] + "-" + PNR_ERIK[7:], "SE", "erik.sandberg@hemmail.se",
       "Ängsvägen 11", "446 91", "Vretaby", private=True),
    _c("K-9108", "Mälardalens Schakt & Mark AB", se_org("559156032"), "SE", "faktura@mdschakt.se",
       "Grusvägen 3", "722 25", "Västerås"),
    _c("K-9109", "Östgöta Exploatering AB", se_org("556822419"), "SE", "ekonomi@ostgotaexpl.se",
       "Drottninggatan 50", "582 25", "Linköping"),
    _c("K-9110", "Fibernät i Roslagen AB", se_org("559230874"), "SE", "ap@roslagsfiber.se", "Industrivägen 2",
       "761 41", "Norrtälje"),
    _c("K-9111", "Krisberedskap Norden AB", se_org("559344102"), "SE", "finance@krisberedskap.se",
       "Sankt Eriksgatan 63", "112 34", "Stockholm"),
    _c("K-9112", "Räddningstjänsten Storgöta", se_org("222000761"), "SE", "fakturor@rtstorgota.se",
       "Brandstationsvägen 1", "602 28", "Norrköping"),
    _c("K-9201", "Savon Juusto Oy", fi_yt("2456718"), "FI", "ostolaskut@savonjuusto.fi", "Meijeritie 4",
       "74120", "Iisalmi"),
    _c("K-9202", "Pohjolan Marja Oy", fi_yt("1873402"), "FI", "laskutus@pohjolanmarja.fi", "Marjatie 12",
       "96300", "Rovaniemi", peppol="0216:0037" + fi_yt("1873402").replace("-", "")),
    _c("K-9203", "Arctic Salmon Export Oy", fi_yt("3012847"), "FI", "invoices@arcticsalmon.fi", "Satamatie 7",
       "99800", "Ivalo"),
    _c("K-9204", "Kuopionlahden Kristillisen Koulun Kannatusyhdistys ry", fi_yt("0198765"), "FI",
       "talous@kkkoulu.fi", "Koulukuja 2", "70200", "Kuopionlahti"),
    _c("K-9205", "Savonia International School Oy", fi_yt("2978312"), "FI", "office@savoniais.fi",
       "Puistokatu 15", "70110", "Kuopionlahti"),
    _c("K-9206", "Saariston Varustamo Oy", fi_yt("0781245"), "FI", "laskut@saaristonvarustamo.fi",
       "Rantakatu 3", "21600", "Parainen", peppol="0216:0037" + fi_yt("0781245").replace("-", "")),
    _foreign("K-9207", "Läänemere Tankerid OÜ", "14287365", "EE102233445", "EE", "arved@laanemeretankerid.ee",
             "Sadama 25", "10111", "Tallinn"),
    _c("K-9208", "Närpes Trä Ab", fi_yt("0712389"), "FI", "reskontra@narpestra.fi", "Sågvägen 10", "64200",
       "Närpes"),
    _c("K-9209", "Kristinestads Båtvarv Ab", fi_yt("2213457"), "FI", "kontor@kstbatvarv.fi", "Varvsgatan 1",
       "64100", "Kristinestad"),
    _c("K-9210", "Mikael Storå", HETU_MIKAEL, "FI", None, "Strandvägen 31", "64230", "Närpes", private=True),
    _c("K-9211", "Sydkustens Transport Ab", fi_yt("2690134"), "FI", "faktura@sydtransport.fi", "Kustvägen 88",
       "64260", "Kaskö"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(KONS, "MK10", "Provning, per timme", "tim", "1250.00", "0"),
    _a(KONS, "MK20", "Provexemplar, inköp", "st", None, "0"),
    _a(KONS, "MK30", "Laboratorieanalys", "st", "3400.00", "0"),
    _a(BYGG, "BL10", "Bygglov, enbostadshus", "st", "18600.00", "0"),
    _a(BYGG, "BL20", "Handläggning, per timme", "tim", "1180.00", "0"),
    _a(BYGG, "BL30", "Utstakning", "st", "6200.00", "0"),
    _a(BYGG, "BL90", "Särskild handläggning", "st", None, "0"),
    _a(RAA, "AK10", "Antikvarisk kontroll, per timme", "tim", "980.00", "25"),
    _a(RAA, "AK20", "Fyndregistrering, per fynd", "st", "45.00", "25"),
    _a(RAA, "AK30", "Reseersättning, per mil", "mil", "35.00", "25"),
    _a(EU, "EL10", "Training seat, per participant", "participant", "3200.00", "25"),
    _a(EU, "EL20", "Meeting room, per half-day", "half-day", "2100.00", "25"),
    _a(EU, "EL30", "Interpretation, per hour", "hour", None, "25"),
    _a(RUOKA, "VT10", "Vientitodistus", "kpl", "58.00", "0"),
    _a(RUOKA, "VT20", "Todistuksen kopio", "kpl", "18.00", "0"),
    _a(RUOKA, "VT30", "Vientitarkastus, tunti", "h", "112.00", "0"),
    _a(RUOKA, "VT90", "Laboratoriotutkimus", "kpl", None, "0"),
    _a(KOULU, "AR10", "Kouluateria", "ateria", "3.85", "13.5"),
    _a(KOULU, "AR20", "Erityisruokavalioateria", "ateria", "4.60", "13.5"),
    _a(KOULU, "AR30", "Välipala", "kpl", "1.20", "13.5"),
    _a(KOULU, "AR90", "Tilaustarjoilu", "kpl", None, "25.5"),
    _a(LUOTS, "LU10", "Luotsaus, perusmaksu", "kpl", "690.00", "25.5"),
    _a(LUOTS, "LU20", "Luotsin odotusaika, tunti", "h", "145.00", "25.5"),
    _a(LUOTS, "LU30", "Luotsikuljetus", "kpl", "310.00", "25.5"),
    _a(LUOTS, "LU90", "Peruutusmaksu", "kpl", None, "25.5"),
    _a(FHV, "FH10", "Hälsokontroll", "st", "145.00", "0"),
    _a(FHV, "FH20", "Arbetsplatsbesök, per timme", "h", "118.00", "0"),
    _a(FHV, "FH30", "Läkarmottagning", "st", "98.00", "0"),
    _a(FHV, "FH90", "Utbildning", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
MAR = ("2027-03-01", "2027-03-31")


def when(day: int, hm: str, country: str) -> str:
    """A Date header in April 2027 (summer time: +0200 in Sweden, +0300 in Finland)."""
    d = dt.date(2027, 4, day)
    return f"{d.strftime('%a, %d %b %Y')} {hm}:00 " + ("+0200" if country == "SE" else "+0300")


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
