"""The eighteenth held-out set's registry ("an ordinary month at a centre, from agencies we have not heard from
before"): nine agencies (a county administrative board, a court, a regional archive, a statistics office and a
school authority in Sweden; a university, a regional council, a Finland-Swedish rescue department and a
Finland-Swedish regional library in Finland), a shared register of customers of mixed kinds (companies,
municipalities, an association, two private persons, a name registered once in Sweden and once in Finland) and
articles with prices, a few without."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_SARA = pnr("850312", "238", sep="")   # born 1985 (10 digits, YYMMDDNNNC)
PNR_ELIAS = pnr("020907", "446", sep="")  # born 2002 (not 1902: younger than 100)
PNR_NEW = pnr("770521", "391", sep="")    # a private person not in the register, born 1977

LST, TR, ARK, STAT, SKOL = "LST-SE", "TR-SE", "ARK-SE", "STAT-SE", "SKOL-SE"
YO, LIITTO, PEL, KIRJ = "YO-FI", "LIITTO-FI", "PEL-FI", "KIRJ-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {  # the writers, each with their own habits
    "maria": "Maria Sundqvist <maria.sundqvist@lansstyrelsen-vastmark.se>",
    "lst_reg": "Länsstyrelsen Västmark Registrator <registrator@lansstyrelsen-vastmark.se>",
    "tr": "Nämndeby tingsrätt <namndeby.tingsratt@dom-namndeby.se>",
    "bjorn": "Björn Alm <bjorn.alm@dom-namndeby.se>",
    "ark": "Ingrid Wahl <ingrid.wahl@regionarkivet-norrmark.se>",
    "stat": "Beställningar <bestallning@statistikbyran.se>",
    "olle": "Olle Kask <olle.kask@statistikbyran.se>",
    "skol": "Helena Ruth <helena.ruth@skolmyndigheten-syd.se>",
    "yo": "Tuomas Lehtinen <tuomas.lehtinen@pohjanranta.fi>",
    "yo_int": "International Office <intoffice@pohjanranta.fi>",
    "liitto": "Päivi Rantanen <paivi.rantanen@jarvimaanliitto.fi>",
    "pel": "Fredrik Back <fredrik.back@kustraddning.fi>",
    "pel_kansli": "Kansliet Räddningsverket <kansli@kustraddning.fi>",
    "kirj": "Annika Öhman <annika.ohman@vasaregionbibliotek.fi>",
}


_ag = partial(centre_agency, W)   # an agency writing to the centre of its country


AGENCIES: list[dict[str, Any]] = [
    _ag(LST, "Länsstyrelsen i Västmark", "SE", se_org("202100553"), "sv", ("Stora torget 4", "721 86", "Västerås"),
        ["maria", "lst_reg"], "5050-1055"),
    _ag(TR, "Nämndeby tingsrätt", "SE", se_org("202100287"), "sv", ("Box 310", "701 46", "Örebro"),
        ["tr", "bjorn"], "5050-2210"),
    _ag(ARK, "Regionarkivet i Norrmark", "SE", se_org("202100740"), "sv", ("Arkivvägen 2", "871 31", "Härnösand"),
        ["ark"], "5051-8834"),
    _ag(STAT, "Statistikbyrån", "SE", se_org("202100395"), "sv", ("Box 24300", "104 51", "Stockholm"),
        ["stat", "olle"], "5052-0071"),
    _ag(SKOL, "Skolmyndigheten Syd", "SE", se_org("202100618"), "sv", ("Skolgatan 9", "352 31", "Växjö"),
        ["skol"], "5053-4419"),
    _ag(YO, "Pohjanrannan yliopisto", "FI", fi_yt("0198843"), "fi", ("PL 8000", "90014", "Oulu"),
        ["yo", "yo_int"], "FI37 1590 3000 0001 22"),
    _ag(LIITTO, "Järvimaan liitto", "FI", fi_yt("0873352"), "fi", ("Maakuntatalo, Kauppakatu 6", "40100",
                                                                   "Jyväskylä"), ["liitto"],
        "FI55 5000 0120 3344 51"),
    _ag(PEL, "Kustregionens räddningsverk", "FI", fi_yt("3120764"), "sv", ("Brandstationsgatan 1", "65100", "Vasa"),
        ["pel", "pel_kansli"], "FI80 4055 0010 8890 12"),
    _ag(KIRJ, "Vasa regionbibliotek", "FI", fi_yt("1744205"), "sv", ("Biblioteksgränd 3", "65100", "Vasa"),
        ["kirj"], "FI12 4970 1020 0066 03"),
]


def _p(p10: str) -> str:
    return ("20" if p10[:2] < "27" else "19") + p10[:6] + "-" + p10[6:]


CUSTOMERS: list[dict[str, Any]] = [
    _c("C-1001", "Västmarks Byggkonsult AB", se_org("556742118"), "SE", "faktura@vbk.se", "Mälarv. 14", "722 12",
       "Västerås"),
    _c("C-1002", "Hallstena kommun", se_org("212000201"), "SE", "fakturor@hallstena.se", "Kommunhuset",
       "733 80", "Hallstena", peppol="0007:" + se_org("212000201").replace("-", "")),
    _c("C-1003", "Bergsjö Miljöteknik AB", se_org("559210377"), "SE", "ekonomi@bergsjomiljo.se", "Industriv. 2",
       "820 70", "Bergsjö"),
    _c("C-1004", "Kvarnbo Konsult AB", se_org("556988430"), "SE", "info@kvarnbo.se", "Kvarngatan 1", "753 20",
       "Uppsala"),
    _c("C-1005", "Kvarnbo Konsult Oy", fi_yt("2388061"), "FI", "laskut@kvarnbo.fi", "Myllykatu 3", "20100",
       "Turku"),
    _c("C-1006", "Advokatfirman Lindgren & Co KB", se_org("969771245"), "SE", "byra@lindgrenco.se",
       "Drottningg. 20", "702 10", "Örebro"),
    _c("C-1007", "Sara Nyström", _p(PNR_SARA), "SE", "sara.nystrom@brevlada.se", "Backstigen 7", "871 40",
       "Härnösand", private=True),
    _c("C-1008", "Elias Fors", _p(PNR_ELIAS), "SE", "elias.fors@brevlada.se", "Tallv. 3 lgh 1102", "702 25",
       "Örebro", private=True),
    _c("C-1009", "Norrmarks Släktforskarförening", se_org("802461730"), "SE", "kassor@norrmarkslakt.se",
       "Box 55", "871 22", "Härnösand"),
    _c("C-1010", "Fjällbo Fastighets AB", se_org("559087264"), "SE", "fakturor@fjallbo.se", "Fjällv. 40",
       "831 30", "Östersund"),
    _c("C-1011", "Linnéskolan Friskola AB", se_org("556631902"), "SE", "admin@linneskolan.se", "Skolv. 1",
       "352 36", "Växjö"),
    _c("C-2001", "Järvenpään Rakennus Oy", fi_yt("2911734"), "FI", "ostolaskut@jrakennus.fi", "Sibeliuksenkatu 9",
       "04400", "Järvenpää"),
    _c("C-2002", "Koskelan kunta", fi_yt("0215368"), "FI", "laskutus@koskela.fi", "Kunnantie 1", "41800",
       "Koskela", peppol="0216:003702153684"),
    _c("C-2003", "Pohjanmaan Energia Oy", fi_yt("2650917"), "FI", "laskut@pohjanmaanenergia.fi", "Voimatie 5",
       "60100", "Seinäjoki"),
    _c("C-2004", "Oy Kustgruppen Ab", fi_yt("2567423"), "FI", "fakturor@kustgruppen.fi", "Strandgatan 12",
       "65100", "Vasa"),
    _c("C-2005", "Närpes stad", fi_yt("0180256"), "FI", "fakturor@narpes.fi", "Köpmansgatan 14", "64200",
       "Närpes"),
    _c("C-2006", "Lapuan Tekniikka Ky", fi_yt("3056781"), "FI", "lapuantekniikka@posti.fi", "Pajatie 2", "62100",
       "Lapua"),
    _c("C-2007", "Kristinestads stad", fi_yt("0179987"), "FI", "fakturor@krs.fi", "Rådhusgatan 1", "64100",
       "Kristinestad"),
    _c("C-2008", "Savon Data Oy", fi_yt("3304518"), "FI", "ap@savondata.fi", "Kauppakatu 40", "70100", "Kuopio"),
]


ARTICLES: list[dict[str, Any]] = [
    _a(LST, "L100", "Tillsyn, per timme", "tim", "1450.00", "0"),
    _a(LST, "L200", "Prövning, fast avgift", "st", "8200.00", "0"),
    _a(LST, "L300", "Kurs, per deltagare", "st", "2900.00", "25"),
    _a(LST, "L900", "Särskild utredning", "st", None, "0"),
    _a(TR, "T100", "Kopia av allmän handling, per sida", "sida", "2.00", "0"),
    _a(TR, "T200", "Uthyrning förhandlingssal, per dag", "dag", "4800.00", "25"),
    _a(TR, "T300", "Utskrift av ljudupptagning, per timme", "tim", "950.00", "0"),
    _a(ARK, "A100", "Forskningsuppdrag, per timme", "tim", "780.00", "25"),
    _a(ARK, "A200", "Digital kopia, per bild", "st", "15.00", "25"),
    _a(ARK, "A300", "Papperskopia, per sida", "sida", "5.00", "25"),
    _a(ARK, "A900", "Specialbeställning", "st", None, "25"),
    _a(STAT, "S100", "Statistikuppdrag, per timme", "tim", "1250.00", "25"),
    _a(STAT, "S200", "Datauttag, fast pris", "st", "3500.00", "25"),
    _a(STAT, "S300", "Tryckt publikation", "st", "320.00", "6"),
    _a(SKOL, "K100", "Fortbildningsdag, per deltagare", "st", "1900.00", "0"),
    _a(SKOL, "K200", "Handledning, per timme", "tim", "1100.00", "0"),
    _a(SKOL, "K300", "Läromedelspaket", "st", "450.00", "6"),
    _a(YO, "Y100", "Laboratorioanalyysi", "kpl", "95.00", "25.5"),
    _a(YO, "Y200", "Tutkijan työtunti", "h", "120.00", "25.5"),
    _a(YO, "Y300", "Täydennyskoulutus, osallistuja", "hlö", "650.00", "0"),
    _a(YO, "Y400", "Laitteen käyttö, tunti", "h", "60.00", "25.5"),
    _a(YO, "Y900", "Tilaustutkimus", "kpl", None, "25.5"),
    _a(LIITTO, "J100", "Asiantuntijapalvelu, tunti", "h", "110.00", "25.5"),
    _a(LIITTO, "J200", "Karttatuloste", "kpl", "35.00", "25.5"),
    _a(LIITTO, "J300", "Seminaaripaikka", "hlö", "180.00", "25.5"),
    _a(PEL, "R100", "Brandsyn", "st", "165.00", "0"),
    _a(PEL, "R200", "Släckutbildning, per deltagare", "st", "45.00", "25.5"),
    _a(PEL, "R300", "Onödigt brandlarm", "st", "880.00", "0"),
    _a(PEL, "R900", "Specialuppdrag", "st", None, "25.5"),
    _a(KIRJ, "B100", "Fjärrlån", "st", "8.00", "25.5"),
    _a(KIRJ, "B200", "Bokpaket", "st", "120.00", "14"),
    _a(KIRJ, "B300", "Lokalhyra, per timme", "tim", "40.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
