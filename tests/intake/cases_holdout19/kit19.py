"""The nineteenth held-out set's registry ("another ordinary month, other agencies and other habits"): nine
agencies (a municipal social-services unit, a water authority, a forestry agency, a museum shop and a
meteorological institute in Sweden; a hospital district's laboratory, an ELY centre's fisheries unit, a
Finland-Swedish university language centre and a Finland-Swedish port in Finland), a shared register of customers
of mixed kinds (companies, public bodies, associations, private persons incl. one aged 100+ and a guardian, a name
registered once in Sweden and once in Finland) and articles priced per hour, per tonne, per call, per participant
and per month, a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_GRETA = pnr("241018", "462", sep="+")  # born 1924: 102 years old, written with '+'
PNR_JOHAN = pnr("790203", "157")           # born 1979
PNR_LINA = pnr("880414", "326")            # born 1988, guardian
PNR_CHILD = pnr("160522", "784")           # the child (not a customer)
HETU_AINO = hetu("120356", "274")          # born 1956
HETU_NEW = hetu("030791", "615")           # a private person not in the register

SOC, VATTEN, SKOG, MUS, MET = "SOC-SE", "VATTEN-SE", "SKOG-SE", "MUS-SE", "MET-SE"
LAB, ELY, SPRAK, HAMN = "LAB-FI", "ELY-FI", "SPRAK-FI", "HAMN-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {  # the writers, each with their own habits
    "soc": "Karin Blom <karin.blom@adalen.se>",
    "soc_avg": "Avgiftshandläggare Socialtjänsten <socialtjanst.avgifter@adalen.se>",
    "vatten": "Per Ström <per.strom@vattenverket-mitt.se>",
    "skog": "Emma Granberg <emma.granberg@skogsverket-mitt.se>",
    "mus": "Museibutiken <butiken@regionmuseet-nord.se>",
    "met": "Dataleveranser <dataleverans@kvi.se>",
    "met_anna": "Anna Frost <anna.frost@kvi.se>",
    "lab": "Laboratoriokeskus Laskutus <labra.laskutus@jarvisuonshp.fi>",
    "lab_sirpa": "Sirpa Heikkinen <sirpa.heikkinen@jarvisuonshp.fi>",
    "ely": "Janne Koivisto <janne.koivisto@ely-rannikko.fi>",
    "sprak": "Camilla Lind <camilla.lind@kusthogskolan.fi>",
    "hamn": "Hamnkontoret <hamnkontoret@kustbyhamn.fi>",
    "hamn_jonas": "Jonas Sandvik <jonas.sandvik@kustbyhamn.fi>",
}


_ag = partial(centre_agency, W)   # an agency writing to the centre of its country


AGENCIES: list[dict[str, Any]] = [
    _ag(SOC, "Ådalens kommun, Socialförvaltningen", "SE", se_org("212000244"), "sv",
        ("Storgatan 20", "872 80", "Kramfors"), ["soc", "soc_avg"], "5061-2207"),
    _ag(VATTEN, "Vattenverket Mitt", "SE", se_org("202100922"), "sv", ("Box 150", "851 03", "Sundsvall"),
        ["vatten"], "5062-7714"),
    _ag(SKOG, "Skogsverket Mitt", "SE", se_org("202100476"), "sv", ("Skogsvägen 12", "831 40", "Östersund"),
        ["skog"], "5063-1180"),
    _ag(MUS, "Regionmuseet Nord", "SE", se_org("202100864"), "sv", ("Museigatan 1", "901 84", "Umeå"),
        ["mus"], "5064-9921"),
    _ag(MET, "Klimat- och väderinstitutet", "SE", se_org("202100131"), "sv", ("Box 601", "601 76", "Norrköping"),
        ["met", "met_anna"], "5065-3302"),
    _ag(LAB, "Järvisuon sairaanhoitopiiri, Laboratoriokeskus", "FI", fi_yt("0829217"), "fi",
        ("Sairaalantie 1", "70210", "Kuopio"), ["lab", "lab_sirpa"], "FI21 1234 5600 0007 85"),
    _ag(ELY, "Rannikkoseudun ELY-keskus, kalatalousyksikkö", "FI", fi_yt("2296962"), "fi",
        ("Wolffintie 35", "65200", "Vaasa"), ["ely"], "FI49 5000 0120 2539 31"),
    _ag(SPRAK, "Kusthögskolan, Språkcentret", "FI", fi_yt("0209602"), "sv", ("Strandgatan 2", "65100", "Vasa"),
        ["sprak"], "FI66 4055 0012 3456 78"),
    _ag(HAMN, "Kustby hamn", "FI", fi_yt("0210712"), "sv", ("Hamnvägen 5", "68600", "Jakobstad"),
        ["hamn", "hamn_jonas"], "FI73 4970 1020 1122 33"),
]


def _p(p10: str) -> str:
    """The register form YYYYMMDD-NNNN of a 10-digit personnummer ('+': born in the 1900s but 100+ today)."""
    century = "19" if "+" in p10 or p10[:2] > "26" else "20"
    return century + p10[:6] + "-" + p10[7:]


CUSTOMERS: list[dict[str, Any]] = [
    _c("K-3001", "Norrvik Energi AB", se_org("556813420"), "SE", "fakturor@norrvikenergi.se", "Kraftv. 3",
       "871 31", "Härnösand"),
    _c("K-3002", "Region Mittland", se_org("232100163"), "SE", "fakturor@regionmittland.se", "Regionhuset",
       "851 86", "Sundsvall", peppol="0007:" + se_org("232100163").replace("-", "")),
    _c("K-3003", "Greta Lind", _p(PNR_GRETA), "SE", None, "Ängsv. 4", "872 30", "Kramfors", private=True),
    _c("K-3004", "Johan Ek", _p(PNR_JOHAN), "SE", "johan.ek@brevlada.se", "Björkg. 11", "872 32", "Kramfors",
       private=True),
    _c("K-3005", "Lina Holm", _p(PNR_LINA), "SE", "lina.holm@brevlada.se", "Solv. 8", "872 35", "Kramfors",
       private=True),
    _c("K-3006", "Skogsbruk Granlid AB", se_org("559034871"), "SE", "ekonomi@granlid.se", "Granlid 1", "840 12",
       "Fränsta"),
    _c("K-3007", "Mälarhamnens Sjöfart AB", se_org("556477302"), "SE", "ap@malarsjofart.se", "Kajen 2", "721 32",
       "Västerås"),
    _c("K-3008", "Lantbrukarnas ekonomiska förening Mitt", se_org("769612045"), "SE", "kansli@lefmitt.se",
       "Box 77", "831 21", "Östersund"),
    _c("K-3009", "Hav & Fisk Konsult AB", se_org("559176240"), "SE", "faktura@havfisk.se", "Hamng. 9", "852 30",
       "Sundsvall"),
    _c("K-3010", "Norrskog Data AB", se_org("556902318"), "SE", "faktura@norrskog.se", "Datav. 1", "901 30",
       "Umeå"),
    _c("K-4001", "Järvisuon kaupunki", fi_yt("0188712"), "FI", "laskut@jarvisuo.fi", "Kaupungintalo", "70100",
       "Kuopio", peppol="0216:0037" + fi_yt("0188712").replace("-", "")),
    _c("K-4002", "Saimaan Kalatalous Oy", fi_yt("2744516"), "FI", "laskut@saimaankala.fi", "Rantatie 4",
       "57100", "Savonlinna"),
    _c("K-4003", "Aino Virtanen", HETU_AINO, "FI", "aino.virtanen@posti.fi", "Koivukuja 3", "70300", "Kuopio",
       private=True),
    _c("K-4004", "Oy Nordic Shipping Ab", fi_yt("1923407"), "FI", "invoices@nordicshipping.fi", "Hamngatan 1",
       "65100", "Vasa"),
    _c("K-4005", "Rederiaktiebolaget Kustlinjen", fi_yt("0712538"), "FI", "fakturor@kustlinjen.fi",
       "Skeppsbron 3", "68600", "Jakobstad"),
    _c("K-4006", "Pohjanlahden Tuulivoima Oy", fi_yt("2890461"), "FI", "ostolaskut@pohjanlahdentuuli.fi",
       "Tuulitie 7", "65300", "Vaasa"),
    _c("K-4007", "Kalastajaseura Ahven ry", fi_yt("1566092"), "FI", "rahastonhoitaja@ahven.fi", "PL 12", "57200",
       "Savonlinna"),
    _c("K-4008", "Terveyspalvelut Kaamos Oy", fi_yt("3011872"), "FI", "laskutus@kaamos.fi", "Kauppakatu 22",
       "70110", "Kuopio"),
    _c("K-4009", "Norrskog Data Oy", fi_yt("2450339"), "FI", "laskut@norrskog.fi", "Metsätie 2", "90100", "Oulu"),
]


ARTICLES: list[dict[str, Any]] = [
    _a(SOC, "SO10", "Hemtjänst, per timme", "tim", "325.00", "0"),
    _a(SOC, "SO20", "Matdistribution, per portion", "st", "65.00", "0"),
    _a(SOC, "SO30", "Korttidsboende, per dygn", "dygn", "220.00", "0"),
    _a(SOC, "SO40", "Fritidshemsavgift, per månad", "mån", "890.00", "0"),
    _a(VATTEN, "V10", "Vattenprovtagning, per prov", "st", "540.00", "25"),
    _a(VATTEN, "V20", "Tillståndsprövning, fast avgift", "st", "12500.00", "0"),
    _a(VATTEN, "V30", "Handläggning, per timme", "tim", "1350.00", "0"),
    _a(SKOG, "G10", "Skogsbruksplan, per hektar", "ha", "85.00", "25"),
    _a(SKOG, "G20", "Virkesmätning, per ton", "ton", "12.50", "25"),
    _a(SKOG, "G30", "Rådgivning, per timme", "tim", "950.00", "25"),
    _a(MUS, "M10", "Utställningskatalog", "st", "249.00", "6"),
    _a(MUS, "M20", "Affisch", "st", "120.00", "25"),
    _a(MUS, "M30", "Guidad visning, grupp", "st", "1800.00", "25"),
    _a(MUS, "M90", "Specialbeställning butik", "st", None, "25"),
    _a(MET, "K10", "Dataleverans, per månad", "mån", "4200.00", "25"),
    _a(MET, "K20", "Prognostjänst väg, per månad", "mån", "6800.00", "25"),
    _a(MET, "K30", "Klimatdatauttag, per timme", "tim", "1100.00", "25"),
    _a(LAB, "LA10", "Verenkuva", "kpl", "14.80", "0"),
    _a(LAB, "LA20", "Mikrobiologinen viljely", "kpl", "38.50", "0"),
    _a(LAB, "LA30", "Näytteenotto kotikäyntinä", "kpl", "62.00", "0"),
    _a(LAB, "LA90", "Erikoistutkimus", "kpl", None, "0"),
    _a(ELY, "E10", "Sähkökoekalastus, päivä", "pv", "980.00", "25.5"),
    _a(ELY, "E20", "Istutuspoikanen", "kpl", "0.31", "14"),
    _a(ELY, "E30", "Asiantuntijatyö, tunti", "h", "95.00", "25.5"),
    _a(SPRAK, "P10", "Kurs i finska, per deltagare", "deltagare", "420.00", "0"),
    _a(SPRAK, "P20", "Översättning, per sida", "sida", "48.00", "25.5"),
    _a(SPRAK, "P30", "Språktest, per deltagare", "deltagare", "135.00", "0"),
    _a(HAMN, "H10", "Hamnavgift, per anlöp", "anlöp", "1250.00", "25.5"),
    _a(HAMN, "H20", "Varuavgift, per ton", "ton", "0.85", "25.5"),
    _a(HAMN, "H30", "Förtöjning, per gång", "st", "180.00", "25.5"),
    _a(HAMN, "H90", "Tilläggstjänst", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def no_refs(req: dict[str, Any]) -> dict[str, Any]:
    """Drops the reference keys where the mail gives only a case/diary number the contract leaves open."""
    req.pop("buyer_reference", None)
    req.pop("order_reference", None)
    return req
