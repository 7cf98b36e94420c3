"""The twenty-second held-out set's registry ("mail written in a hurry"): six agencies not heard from before (a
Swedish regional museum, a Swedish district court's administration, a Swedish county administrative board's
fishing unit, a Finnish rescue department, a Finnish university of applied sciences and an Åland municipality
writing in Swedish), a shared register of customers (companies, associations, a housing company, public bodies,
private persons, one name registered in both countries) and articles priced per group, hour, page, day,
participant and season, a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_GUNNEL = pnr("520317", "224")          # born 1952
PNR_NEW = pnr("880604", "531")             # a private person not in the register
HETU_LIISA = hetu("030775", "246")         # born 1975

MUSEUM, DOM, FISKE = "MUSEUM-SE", "DOM-SE", "FISKE-SE"
PELA, AMK, SKAR = "PELA-FI", "AMK-FI", "SKAR-AX"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"

W = {
    "museum": "Karin Vestberg <karin.vestberg@norrsundslansmuseum.se>",
    "museum_bok": "Bokningen <bokning@norrsundslansmuseum.se>",
    "dom": "Lena Åberg <lena.aberg@dom-norrvik.se>",
    "fiske": "Johan Brandt <johan.brandt@lansstyrelsen-kustlanda.se>",
    "pela": "Petri Huttunen <petri.huttunen@jarvisavonpelastus.fi>",
    "pela_lask": "Laskutus pelastuslaitos <pelastuslaitos.laskutus@jarvisavonpelastus.fi>",
    "amk": "Sanna Mäkelä <sanna.makela@pohjanranta-amk.fi>",
    "skar": "Annika Sjöblom <annika.sjoblom@skarvik.ax>",
}


_ag = partial(centre_agency, W)   # an agency writing to the centre of its country


AGENCIES: list[dict[str, Any]] = [
    _ag(MUSEUM, "Stiftelsen Norrsunds länsmuseum", "SE", se_org("802400123"), "sv",
        ("Museivägen 1", "871 30", "Härnösand"), ["museum", "museum_bok"], "5104-3321"),
    _ag(DOM, "Norrviks tingsrätt, administrativa enheten", "SE", se_org("202100519"), "sv",
        ("Box 310", "891 26", "Örnsköldsvik"), ["dom"], "5105-7702"),
    _ag(FISKE, "Länsstyrelsen i Kustlanda län, fiskeenheten", "SE", se_org("202100611"), "sv",
        ("Slottsgatan 9", "871 86", "Härnösand"), ["fiske"], "5106-1188"),
    _ag(PELA, "Järvi-Savon pelastuslaitos", "FI", fi_yt("1987321"), "fi",
        ("Paloasemantie 2", "70100", "Kuopio"), ["pela", "pela_lask"], "FI21 5000 0120 4455 66"),
    _ag(AMK, "Pohjanrannan ammattikorkeakoulu Oy", "FI", fi_yt("2670123"), "fi",
        ("Kampustie 5", "60100", "Seinäjoki"), ["amk"], "FI60 1234 5600 0077 88"),
    _ag(SKAR, "Skärviks kommun", "FI", fi_yt("0206578"), "sv",
        ("Kommunalvägen 3", "22340", "Skärvik"), ["skar"], "FI93 6601 0001 2233 44"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("G-101", "Norrsunds Hembygdsförening", se_org("802455781"), "SE", "kassor@norrsundshembygd.se",
       "Gamla vägen 4", "871 31", "Härnösand"),
    _c("G-102", "Kustlanda Fiskevårdsområde", se_org("717912340"), "SE", "ordf@kustlandafvo.se", "Box 22",
       "872 30", "Kramfors"),
    _c("G-103", "Bergviks Fiske & Turism AB", se_org("559301447"), "SE", "info@bergviksfiske.se",
       "Hamnvägen 12", "872 94", "Bergvik"),
    _c("G-104", "Advokatfirman Lind & Ek HB", se_org("969780121"), "SE", "faktura@lindek.se", "Storgatan 20",
       "891 33", "Örnsköldsvik"),
    _c("G-105", "Norrsundsposten AB", se_org("556601238"), "SE", "ekonomi@norrsundsposten.se",
       "Tryckerigatan 3", "871 32", "Härnösand"),
    _c("G-106", "Norrsunds kommun", se_org("212000522"), "SE", "fakturor@norrsund.se", "Rådhuset", "871 80",
       "Härnösand", peppol="0007:" + se_org("212000522").replace("-", "")),
    _c("G-107", "Älvkraft AB", se_org("556812903"), "SE", "ap@alvkraft.se", "Kraftverksvägen 1", "881 30",
       "Sollefteå"),
    _c("G-108", "Gunnel Ek", "19" + PNR_GUNNEL[:6] + "-" + PNR_GUNNEL[7:], "SE", "gunnel.ek@telia.se",
       "Björkstigen 8", "871 40", "Härnösand", private=True),
    _c("G-109", "Havsbris Konsult AB", se_org("559188210"), "SE", "faktura@havsbris.se", "Kajen 2", "891 40",
       "Örnsköldsvik"),
    _c("G-201", "Kuopion Kiinteistöhuolto Oy", fi_yt("2711203"), "FI", "laskut@kuopionkh.fi", "Huoltotie 6",
       "70150", "Kuopio"),
    _c("G-202", "Savon Teollisuusmaalaus Oy", fi_yt("1876543"), "FI", "ostolaskut@savontm.fi",
       "Maalarinkatu 11", "70460", "Kuopio"),
    _c("G-203", "Asunto Oy Järvenrinne", fi_yt("0876123"), "FI", "isannointi@jarvenrinne.fi",
       "Järventie 14", "70300", "Kuopio"),
    _c("G-204", "Pohjanmaan Koneistus Oy", fi_yt("2458613"), "FI", "laskutus@pkoneistus.fi", "Sorvaajantie 3",
       "60120", "Seinäjoki"),
    _c("G-205", "Havsbris Konsult Oy", fi_yt("3012457"), "FI", "laskut@havsbris.fi", "Rantakatu 4", "65100",
       "Vaasa"),
    _c("G-206", "Skärviks Segelsällskap rf", fi_yt("1011223"), "FI", "kassor@skarvikss.ax", "Hamnen",
       "22340", "Skärvik"),
    _c("G-207", "Ålands Fiskodling Ab", fi_yt("2233667"), "FI", "faktura@fiskodling.ax", "Odlingsvägen 2",
       "22100", "Mariehamn"),
    _c("G-208", "Liisa Heikkinen", HETU_LIISA, "FI", "liisa.heikkinen@gmail.com", "Koivukuja 3", "70200",
       "Kuopio", private=True),
    _c("G-209", "Teknologiakeskus Vireo Oy", fi_yt("2999014"), "FI", "invoices@vireo.fi", "Innotie 1",
       "60200", "Seinäjoki", peppol="0216:0037" + fi_yt("2999014").replace("-", "")),
]

ARTICLES: list[dict[str, Any]] = [
    _a(MUSEUM, "LM10", "Guidad visning, per grupp", "st", "1200.00", "6"),
    _a(MUSEUM, "LM20", "Pedagogiskt program, per timme", "tim", "850.00", "0"),
    _a(MUSEUM, "LM30", "Lokalhyra hörsal, per timme", "tim", "650.00", "25"),
    _a(MUSEUM, "LM90", "Antikvarisk medverkan", "tim", None, "25"),
    _a(DOM, "TR10", "Kopia allmän handling, per sida", "sida", "2.00", "0"),
    _a(DOM, "TR20", "Kopia ljud-/bildupptagning", "st", "120.00", "0"),
    _a(DOM, "TR30", "Sammanträdesrum, per timme", "tim", "400.00", "25"),
    _a(FISKE, "FE10", "Provfiske, per dag", "dag", "6500.00", "25"),
    _a(FISKE, "FE20", "Elfiske, per timme", "tim", "1100.00", "25"),
    _a(FISKE, "FE30", "Handläggning fisketillstånd", "st", "1400.00", "0"),
    _a(FISKE, "FE90", "Utredning fiskevård", "tim", None, "25"),
    _a(PELA, "PL10", "Palotarkastus, tunti", "h", "95.00", "0"),
    _a(PELA, "PL20", "Alkusammutuskoulutus, osallistuja", "hlö", "45.00", "25.5"),
    _a(PELA, "PL30", "Erheellinen paloilmoitus", "kpl", "750.00", "0"),
    _a(PELA, "PL90", "Turvallisuuskoulutus, räätälöity", "kpl", None, "25.5"),
    _a(AMK, "AK10", "Laboratoriopalvelu, tunti", "h", "120.00", "25.5"),
    _a(AMK, "AK20", "Täydennyskoulutuspäivä, osallistuja", "hlö", "190.00", "0"),
    _a(AMK, "AK30", "Tilavuokra, tunti", "h", "60.00", "25.5"),
    _a(AMK, "AK40", "Opinnäytetyöyhteistyö", "kpl", "1500.00", "25.5"),
    _a(SKAR, "SK10", "Gästhamnsplats, per dygn", "dygn", "25.00", "14"),
    _a(SKAR, "SK20", "Hyra Föreningshuset, per timme", "h", "30.00", "25.5"),
    _a(SKAR, "SK30", "Vattenprov, analys", "st", "55.00", "25.5"),
    _a(SKAR, "SK40", "Båtplats, per säsong", "säsong", "320.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
SE_DATE, FI_DATE = "+0100", "+0200"
IPHONE_SV, IPHONE_FI = "\n\nSkickat från min iPhone\n", "\n\nLähetetty iPhonesta\n"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
