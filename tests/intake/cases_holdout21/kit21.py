"""The twenty-first held-out set's registry ("a third ordinary month: yet other agencies, much of it in
attachments"): seven agencies (a Swedish municipality's environment office, a Finnish city's sports services, a
Swedish police permit unit, a Finnish food authority, a Swedish regional transport agency, a Finland-Swedish
municipality's culture department and an English-writing Nordic research network), a shared register of customers
of mixed kinds (companies, associations, public bodies, private persons, one name registered in both countries)
and articles priced per hour, per booking, per sample, per participant and per year, a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_ERIK = pnr("670912", "335")            # born 1967
PNR_NEW = pnr("910228", "418")             # a private person not in the register
HETU_MATTI = hetu("150482", "317")         # born 1982

MILJO, POLIS, TRAFIK = "MILJO-SE", "POLIS-SE", "TRAFIK-SE"
LIIK, RUOKA, KULTUR, NET = "LIIK-FI", "RUOKA-FI", "KULTUR-FI", "NET-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "miljo": "Sara Nyberg <sara.nyberg@alvdal.se>",
    "miljo_reg": "Miljökontoret <miljokontoret@alvdal.se>",
    "liik": "Mikko Rantanen <mikko.rantanen@koskela.fi>",
    "liik_var": "Tilavaraukset <tilavaraukset@koskela.fi>",
    "polis": "Tillståndsenheten Nord <tillstand.nord@polisen-nord.se>",
    "ruoka": "Hanna Laine <hanna.laine@elintarvikevirasto.fi>",
    "trafik": "Ekonomi Länstrafiken <ekonomi@lanstrafiken-norrdal.se>",
    "kultur": "Maria Öhman <maria.ohman@strandby.fi>",
    "net": "Network Office <office@nordcoast-network.fi>",
}


_ag = partial(centre_agency, W)   # an agency writing to the centre of its country


AGENCIES: list[dict[str, Any]] = [
    _ag(MILJO, "Älvdals kommun, Miljökontoret", "SE", se_org("212000311"), "sv",
        ("Rådhusgatan 4", "796 30", "Älvdalen"), ["miljo", "miljo_reg"], "5071-2204"),
    _ag(POLIS, "Polismyndigheten, region Nord, tillståndsenheten", "SE", se_org("202100027"), "sv",
        ("Box 4", "901 02", "Umeå"), ["polis"], "5072-8810"),
    _ag(TRAFIK, "Länstrafiken Norrdal", "SE", se_org("232100288"), "sv", ("Bussgatan 2", "852 29", "Sundsvall"),
        ["trafik"], "5073-4416"),
    _ag(LIIK, "Koskelan kaupunki, liikuntapalvelut", "FI", fi_yt("0204819"), "fi",
        ("Urheilutie 3", "40100", "Jyväskylä"), ["liik", "liik_var"], "FI37 1234 5600 0011 22"),
    _ag(RUOKA, "Elintarvikevirasto, tarkastusyksikkö", "FI", fi_yt("2345671"), "fi",
        ("Mustialankatu 3", "00790", "Helsinki"), ["ruoka"], "FI55 5000 0120 3344 55"),
    _ag(KULTUR, "Strandby kommun, Kulturavdelningen", "FI", fi_yt("0211234"), "sv",
        ("Kyrkvägen 1", "66900", "Nykarleby"), ["kultur"], "FI82 4055 0012 7788 99"),
    _ag(NET, "Nordic Coastal Research Network", "FI", fi_yt("2456782"), "en",
        ("Yliopistonranta 1", "65200", "Vaasa"), ["net"], "FI14 1590 3000 1122 33"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("K-5001", "Älvdals Livs AB", se_org("556711234"), "SE", "faktura@alvdalslivs.se", "Torget 2", "796 30",
       "Älvdalen"),
    _c("K-5002", "Bergslagens Åkeri AB", se_org("559210345"), "SE", "ekonomi@bergslagensakeri.se",
       "Industriv. 9", "796 31", "Älvdalen"),
    _c("K-5003", "Region Norrdal", se_org("232100304"), "SE", "fakturor@regionnorrdal.se", "Regionhuset",
       "852 30", "Sundsvall", peppol="0007:" + se_org("232100304").replace("-", "")),
    _c("K-5004", "Erik Sund", "19" + PNR_ERIK[:6] + "-" + PNR_ERIK[7:], "SE", "erik.sund@brevlada.se",
       "Backv. 3", "796 32", "Älvdalen", private=True),
    _c("K-5005", "Norrdals Dansklubb", se_org("802477123"), "SE", "kassor@norrdalsdans.se", "Box 12", "852 31",
       "Sundsvall"),
    _c("K-5006", "Nordhav Events AB", se_org("559087612"), "SE", "invoice@nordhavevents.se", "Kajg. 5",
       "901 20", "Umeå"),
    _c("K-5007", "Havsforskning Nord AB", se_org("556998120"), "SE", "ap@havsforskning.se", "Strandv. 1",
       "901 87", "Umeå"),
    _c("K-5008", "Sundsvalls Skolbuss HB", se_org("969712345"), "SE", "info@skolbuss.se", "Depåv. 4", "852 40",
       "Sundsvall"),
    _c("K-6001", "Koskelan Palloseura ry", fi_yt("2567893"), "FI", "rahastonhoitaja@kops.fi", "PL 44", "40101",
       "Jyväskylä"),
    _c("K-6002", "Leipomo Aurinko Oy", fi_yt("2678904"), "FI", "laskut@leipomoaurinko.fi", "Uunitie 2",
       "40320", "Jyväskylä"),
    _c("K-6003", "Ravintola Sataman Helmi Oy", fi_yt("1987654"), "FI", "ostolaskut@satamanhelmi.fi",
       "Laiturikatu 1", "00140", "Helsinki"),
    _c("K-6004", "Matti Korhonen", HETU_MATTI, "FI", "matti.korhonen@posti.fi", "Kuusikuja 5", "40400",
       "Jyväskylä", private=True),
    _c("K-6005", "Strandby Teaterförening rf", fi_yt("2988765"), "FI", "kassor@strandbyteater.fi",
       "Teaterg. 2", "66900", "Nykarleby"),
    _c("K-6006", "Kustens Folkhögskola Ab", fi_yt("2233445"), "FI", "fakturor@kustensfhs.fi", "Skolv. 10",
       "66900", "Nykarleby"),
    _c("K-6007", "Nordhav Events Oy", fi_yt("1122334"), "FI", "laskut@nordhavevents.fi", "Rantakatu 8",
       "65100", "Vaasa"),
    _c("K-6008", "Meri Analytics Oy", fi_yt("0190123"), "FI", "invoices@merianalytics.fi", "Satamatie 4",
       "65100", "Vaasa", peppol="0216:0037" + fi_yt("0190123").replace("-", "")),
]

ARTICLES: list[dict[str, Any]] = [
    _a(MILJO, "MK10", "Tillsyn miljöbalken, per timme", "tim", "1250.00", "0"),
    _a(MILJO, "MK20", "Provtagning, per prov", "st", "690.00", "25"),
    _a(MILJO, "MK30", "Registrering livsmedelsanläggning, fast avgift", "st", "2500.00", "0"),
    _a(POLIS, "PT10", "Tillstånd offentlig tillställning", "st", "700.00", "0"),
    _a(POLIS, "PT20", "Handläggning, per timme", "tim", "900.00", "0"),
    _a(TRAFIK, "LT10", "Beställningstrafik, per timme", "tim", "780.00", "6"),
    _a(TRAFIK, "LT20", "Skolkort, per kort", "st", "450.00", "6"),
    _a(TRAFIK, "LT30", "Reklamyta buss, per månad", "mån", "3200.00", "25"),
    _a(LIIK, "LP10", "Liikuntasalivuoro, tunti", "h", "42.00", "14"),
    _a(LIIK, "LP20", "Tekonurmikenttä, tunti", "h", "65.00", "14"),
    _a(LIIK, "LP30", "Uimahallin rata, tunti", "h", "38.00", "14"),
    _a(LIIK, "LP90", "Tapahtumavuokra", "kpl", None, "14"),
    _a(RUOKA, "RV10", "Tarkastus, tunti", "h", "53.00", "0"),
    _a(RUOKA, "RV20", "Näytteenotto, näyte", "kpl", "28.00", "0"),
    _a(RUOKA, "RV30", "Laboratorioanalyysi", "kpl", "74.00", "0"),
    _a(RUOKA, "RV90", "Erityisselvitys", "kpl", None, "0"),
    _a(KULTUR, "KU10", "Salhyra, per timme", "h", "55.00", "14"),
    _a(KULTUR, "KU20", "Kursavgift, per deltagare", "deltagare", "80.00", "0"),
    _a(KULTUR, "KU30", "Scenteknik, per timme", "h", "48.00", "25.5"),
    _a(NET, "RN10", "Workshop fee, per participant", "participant", "350.00", "0"),
    _a(NET, "RN20", "Membership fee, per year", "year", "1500.00", "0"),
    _a(NET, "RN30", "Data service, per hour", "h", "90.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
