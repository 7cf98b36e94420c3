"""The forty-fourth held-out set's registry ("small agencies and people who rarely write", mail of Monday 8 -
Tuesday 16 March 2027): six agencies not heard from before — a Swedish maritime museum run by a foundation, a
Swedish municipal compulsory school, a Swedish district court, a Finnish parish, a Finnish state research station
(whose international coordinator writes English) and a Finland-Swedish island municipality — one shared register of
customers (associations, municipalities with Peppol IDs, law firms, a newspaper, private persons with personnummer
and hetu, a British museum, a German institute, a Swedish skating club billed in euro, and the near-duplicates
Ljungdala Måleri AB / Ljungdala Måleri & Bygg AB, Advokatfirman Berg & Holm KB / AB, Hautaustoimisto Lepola Oy / Ky
and Vesiekologia Partanen Oy / Tmi) and articles per group, person, hour, page, occasion, night, day, sample,
emptying and cubic metre, each agency with one article without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from stdnum.iso7064 import mod_11_10

from tests.intake.cases.ids import bad_check, bankgiro, fi_iban, fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_SARA = pnr("840611", "382")            # born 1984, a pupil's guardian
PNR_KERSTIN = pnr("520314", "266")         # born 1952, writes a book, buys image licences
HETU_AINO = hetu("170348", "264")          # born 1948, a widow (memorial, grave care)
HETU_HEIKKI = hetu("020791", "337")        # born 1991, a researcher paying himself
HETU_ROLF = hetu("090655", "531")          # born 1955, a summer resident on the island
HETU_LAURA_BAD = bad_check(hetu("120595", "336"))  # a bride's hetu with a wrong check character
DE_VAT = "DE" + "29871645" + mod_11_10.calc_check_digit("29871645")
GB_VAT = "GB314159228"

SJOM, EKB, TRT = "SJOM-SE", "EKB-SE", "TRT-SE"
SRK, AHV, LSK = "SRK-FI", "AHV-FI", "LSK-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"

W = {
    "mus": "Hamnviks sjöfartsmuseum <info@hamnviksmuseum-demo.se>",
    "mus_b": "Birgitta Olofsson <birgitta.olofsson@hamnviksmuseum-demo.se>",
    "mus_t": "Tom Whitaker <tom.whitaker@hamnviksmuseum-demo.se>",
    "ekb": "Ekbackens skola <ekbackens.skola@fjallsta-demo.se>",
    "ekb_u": "Ulla-Britt Sandberg <ulla-britt.sandberg@fjallsta-demo.se>",
    "ekb_k": "Kent Jonsson <kent.jonsson@fjallsta-demo.se>",
    "ekb_m": "Maria Persson <maria.persson@fjallsta-demo.se>",
    "trt": "Mossby tingsrätt <mossby.tingsratt@dom-demo.se>",
    "trt_e": "Eva Lindgren <eva.lindgren@dom-demo.se>",
    "trt_a": "Anders Kask <anders.kask@dom-demo.se>",
    "srk": "Vuorilahden seurakunta <kirkkoherranvirasto@vuorilahdenseurakunta-demo.fi>",
    "srk_r": "Raili Koskinen <raili.koskinen@vuorilahdenseurakunta-demo.fi>",
    "srk_j": "Jussi Hämäläinen <jussi.hamalainen@vuorilahdenseurakunta-demo.fi>",
    "srk_m": "Marjatta Toivonen <marjatta.toivonen@vuorilahdenseurakunta-demo.fi>",
    "ahv": "Ahvenlammen tutkimusasema <asema@luova-demo.fi>",
    "ahv_s": "Sirpa Laitinen <sirpa.laitinen@luova-demo.fi>",
    "ahv_p": "Pekka Ruotsalainen <pekka.ruotsalainen@luova-demo.fi>",
    "ahv_h": "Hannah Berg <hannah.berg@luova-demo.fi>",
    "lsk": "Lillskärs kommun <kansliet@lillskar-demo.fi>",
    "lsk_a": "Ann-Mari Wikström <ann-mari.wikstrom@lillskar-demo.fi>",
    "lsk_b": "Bosse Lindholm <bosse.lindholm@lillskar-demo.fi>",
}

_ag = partial(centre_agency, W)
BG = {SJOM: bankgiro("5127034"), EKB: bankgiro("5318206"), TRT: bankgiro("5066417")}
IBAN = {SRK: fi_iban("57300820411906"), AHV: fi_iban("11463000221604"), LSK: fi_iban("47100010183722")}

AGENCIES: list[dict[str, Any]] = [
    _ag(SJOM, "Stiftelsen Hamnviks sjöfartsmuseum", "SE", se_org("802470135"), "sv",
        ("Gamla tullhuset, Hamngatan 1", "872 30", "Hamnvik"), ["mus", "mus_b", "mus_t"], BG[SJOM]),
    _ag(EKB, "Fjällsta kommun, Ekbackens skola", "SE", se_org("212000331"), "sv",
        ("Skolvägen 12", "842 31", "Fjällsta"), ["ekb", "ekb_u", "ekb_k", "ekb_m"], BG[EKB]),
    _ag(TRT, "Mossby tingsrätt", "SE", se_org("202100512"), "sv",
        ("Tingshusgatan 3", "952 31", "Mossby"), ["trt", "trt_e", "trt_a"], BG[TRT]),
    _ag(SRK, "Vuorilahden seurakunta", "FI", fi_yt("0179342"), "fi",
        ("Kirkkotie 4", "79700", "Vuorilahti"), ["srk", "srk_r", "srk_j", "srk_m"], IBAN[SRK]),
    _ag(AHV, "Luonnonvarainstituutti, Ahvenlammen tutkimusasema", "FI", fi_yt("3114568"), "fi",
        ("Ahvenlammentie 230", "74980", "Ahvenlampi"), ["ahv", "ahv_s", "ahv_p", "ahv_h"], IBAN[AHV]),
    _ag(LSK, "Lillskärs kommun", "FI", fi_yt("0204417"), "sv",
        ("Kommungården, Byvägen 2", "21760", "Lillskär"), ["lsk", "lsk_a", "lsk_b"], IBAN[LSK]),
]


def _peppol_se(org: str) -> str:
    return "0007:" + org.replace("-", "")


def _peppol_fi(yt: str) -> str:
    return "0216:0037" + yt.replace("-", "")


def _foreign(num: str, name: str, org: str, vat: str, country: str, email: str, street: str, pc: str,
             city: str) -> dict[str, Any]:
    """A customer outside Sweden and Finland: its own register number and VAT number as the register keeps them."""
    out = _c(num, name, org, country, email, street, pc, city)
    out["vat_no"] = vat
    return out


_NORRBERG, _MOSSBY = se_org("212000347"), se_org("212000362")
_VUORI_K, _JARVISUO, _JARVITUT = fi_yt("0171538"), fi_yt("0245896"), fi_yt("0869251")

CUSTOMERS: list[dict[str, Any]] = [
    _c("C-4401", "Hamnviks Hembygdsförening", se_org("802015973"), "SE", "kassor@hamnvikshembygd-demo.se",
       "Kyrkbacken 7", "872 30", "Hamnvik"),
    _c("C-4402", "Ljungdala Måleri AB", se_org("556902318"), "SE", "ekonomi@ljungdalamaleri-demo.se",
       "Verkstadsvägen 4", "872 32", "Hamnvik"),
    _c("C-4403", "Ljungdala Måleri & Bygg AB", se_org("559284406"), "SE", "faktura@lmbygg-demo.se",
       "Industrigatan 19", "872 35", "Ljungdala"),
    _c("C-4404", "Norrbergs kommun", _NORRBERG, "SE", "fakturor@norrberg-demo.se", "Box 40", "843 21",
       "Norrberg", peppol=_peppol_se(_NORRBERG)),
    _c("C-4405", "IK Ekbacken", se_org("802477250"), "SE", "kassor@ikekbacken-demo.se", "Idrottsvägen 2",
       "842 31", "Fjällsta"),
    _c("C-4406", "Friskis & Svettis Fjällsta", se_org("802455118"), "SE", "fjallsta@friskis-demo.se",
       "Storgatan 22", "842 32", "Fjällsta"),
    _c("C-4407", "Sara Nyström", "19" + PNR_SARA, "SE", "sara.nystrom@hemma-demo.se", "Björkstigen 5",
       "842 33", "Fjällsta", private=True),
    _c("C-4408", "Kerstin Åberg", "19" + PNR_KERSTIN, "SE", "kerstin.aberg@telia-demo.se", "Sjögatan 14",
       "872 31", "Hamnvik", private=True),
    _c("C-4409", "Advokatfirman Berg & Holm KB", se_org("969771540"), "SE", "info@bergholm-kb-demo.se",
       "Storgatan 8", "952 31", "Mossby"),
    _c("C-4410", "Advokatfirman Berg & Holm AB", se_org("559310274"), "SE", "ekonomi@bergholm-demo.se",
       "Kungsgatan 30", "972 41", "Luleå"),
    _c("C-4411", "Tidningen Mossbybladet AB", se_org("556120493"), "SE", "ekonomi@mossbybladet-demo.se",
       "Tryckerigatan 1", "952 32", "Mossby"),
    _c("C-4412", "Mossby kommun", _MOSSBY, "SE", "leverantorsfaktura@mossby-demo.se", "Box 500", "952 80",
       "Mossby", peppol=_peppol_se(_MOSSBY)),
    _foreign("C-4413", "Museum of Coastal Heritage Ltd", "09184276", GB_VAT, "GB", "accounts@coastalheritage-demo.uk",
             "14 Harbour Row", "TR18 4AB", "Penzance"),
    _c("C-4501", "Vuorilahden Marttayhdistys ry", fi_yt("1023415"), "FI", "martat.vuorilahti@posti-demo.fi",
       "Kirkkotie 11", "79700", "Vuorilahti"),
    _c("C-4502", "Hautaustoimisto Lepola Oy", fi_yt("2456108"), "FI", "laskut@lepola-oy-demo.fi",
       "Kauppakatu 21", "70100", "Kuopio"),
    _c("C-4503", "Hautaustoimisto Lepola Ky", fi_yt("0998127"), "FI", "lepola.ky@kotiposti-demo.fi",
       "Asematie 3", "79700", "Vuorilahti"),
    _c("C-4504", "Aino Kettunen", HETU_AINO, "FI", None, "Rantatie 18", "79700", "Vuorilahti", private=True),
    _c("C-4505", "Vuorilahden kunta", _VUORI_K, "FI", "ostolaskut@vuorilahti-demo.fi", "Kunnantie 1", "79700",
       "Vuorilahti", peppol=_peppol_fi(_VUORI_K)),
    _c("C-4506", "Svenska pensionärsföreningen i Vuorilahti rf", fi_yt("1189473"), "FI",
       "spf.vuorilahti@posti-demo.fi", "Kirkkotie 30", "79700", "Vuorilahti"),
    _c("C-4507", "Järvisuon yliopisto", _JARVISUO, "FI", "ostolaskut@jarvisuo-demo.fi", "Yliopistonranta 1",
       "80100", "Joensuu", peppol=_peppol_fi(_JARVISUO)),
    _c("C-4508", "Limnotieto Oy", fi_yt("2789045"), "FI", "laskutus@limnotieto-demo.fi", "Teollisuuskatu 7",
       "70620", "Kuopio"),
    _c("C-4509", "Vesiekologia Partanen Oy", fi_yt("3012556"), "FI", "toimisto@vesiekologia-demo.fi",
       "Satamakatu 2", "57100", "Savonlinna"),
    _c("C-4510", "Vesiekologia Partanen Tmi", fi_yt("2567320"), "FI", "jari.partanen@vesiekologia-tmi-demo.fi",
       "Kirkkokatu 9", "76100", "Pieksämäki"),
    _c("C-4511", "Heikki Savolainen", HETU_HEIKKI, "FI", "heikki.savolainen@gmail-demo.fi", "Puistokatu 4 A 6",
       "70110", "Kuopio", private=True),
    _c("C-4512", "Suomen Järvitutkijat ry", _JARVITUT, "FI", "sihteeri@jarvitutkijat-demo.fi", "PL 65", "00014",
       "Helsinki", peppol=_peppol_fi(_JARVITUT)),
    _foreign("C-4513", "Baltic Freshwater Institute e.V.", "VR 4417", DE_VAT, "DE", "accounts@bfi-demo.de",
             "Seestraße 12", "17489", "Greifswald"),
    _c("C-4601", "Lillskärs Fiskelag rf", fi_yt("0219664"), "FI", "fiskelaget@lillskarsfiske-demo.fi",
       "Hamnvägen 3", "21760", "Lillskär"),
    _c("C-4602", "Rolf Mattsson", HETU_ROLF, "FI", "rolf.mattsson@abo-demo.fi", "Norrbyvägen 41", "21760",
       "Lillskär", private=True),
    _c("C-4603", "Norrby väglag", fi_yt("2334906"), "FI", "norrby.vaglag@posti-demo.fi", "Norrbyvägen 2",
       "21760", "Lillskär"),
    _c("C-4604", "Söderby väglag", fi_yt("2334914"), "FI", "soderby.vaglag@posti-demo.fi", "Söderbyvägen 15",
       "21760", "Lillskär"),
    _c("C-4605", "Skärgårdshavets Fiskförädling Ab", fi_yt("1987213"), "FI", "ekonomi@sfiskab-demo.fi",
       "Fiskehamnen 1", "21760", "Lillskär"),
    _c("C-4606", "Skridskoklubben Isvargen", se_org("802499312"), "SE", "kassor@isvargen-demo.se", "Box 1123",
       "111 81", "Stockholm"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(SJOM, "M10", "Guidad visning, grupp", "grupp", "1200.00", "6"),
    _a(SJOM, "M20", "Entré, vuxen", "person", "80.00", "6"),
    _a(SJOM, "M21", "Entré, barn och ungdom", "person", "40.00", "6"),
    _a(SJOM, "M30", "Lokalhyra, Sjöbodsalen", "tim", "450.00", "25"),
    _a(SJOM, "M40", "Fika", "person", "65.00", "12"),
    _a(SJOM, "M50", "Bildlicens, publicering", "bild", "350.00", "25"),
    _a(SJOM, "M90", "Utlån av föremål, hantering", "st", None, "25"),
    _a(EKB, "S10", "Uthyrning idrottshall", "tim", "300.00", "0"),
    _a(EKB, "S20", "Skollunch, gästportion", "portion", "58.00", "12"),
    _a(EKB, "S30", "Studiebesök, halvdag", "st", "1500.00", "25"),
    _a(EKB, "S40", "Ersättning för förlorad lärobok", "st", None, "0"),
    _a(EKB, "S50", "Nyckel till elevskåp", "st", "150.00", "25"),
    _a(TRT, "T10", "Kopia av allmän handling, per sida", "sida", "2.00", "0"),
    _a(TRT, "T20", "Kopior, grundavgift (10 sidor)", "st", "50.00", "0"),
    _a(TRT, "T30", "Ljudfil från förhandling", "st", "120.00", "0"),
    _a(TRT, "T40", "Sammanträdesrum, heldag", "dag", "1800.00", "25"),
    _a(TRT, "T90", "Utlägg enligt särskild räkning", "st", None, "0"),
    _a(SRK, "K10", "Seurakuntasalin vuokra", "tilaisuus", "180.00", "0"),
    _a(SRK, "K20", "Kirkon käyttömaksu, ulkopaikkakuntalainen", "tilaisuus", "250.00", "0"),
    _a(SRK, "K30", "Muistotilaisuuden tarjoilu", "hlö", "14.50", "14"),
    _a(SRK, "K40", "Haudanhoito, kausi", "kausi", "95.00", "25.5"),
    _a(SRK, "K90", "Hautakiven oikaisu", "kpl", None, "25.5"),
    _a(AHV, "A10", "Majoitus, vuorokausi", "vrk", "42.00", "14"),
    _a(AHV, "A20", "Laboratoriotila, vuorokausi", "vrk", "65.00", "25.5"),
    _a(AHV, "A30", "Moottorikelkan vuokra, päivä", "pv", "80.00", "25.5"),
    _a(AHV, "A40", "Täysihoito, päivä", "pv", "31.00", "14"),
    _a(AHV, "A50", "Vesinäyteanalyysi", "näyte", "38.00", "25.5"),
    _a(AHV, "A60", "Kenttäavustaja, tunti", "h", "52.00", "25.5"),
    _a(AHV, "A90", "Erikoiskuljetus", "kpl", None, "25.5"),
    _a(LSK, "L10", "Gästhamnsavgift, dygn", "dygn", "25.00", "25.5"),
    _a(LSK, "L20", "Slamtömning", "tömning", "145.00", "25.5"),
    _a(LSK, "L30", "Hyra av Byagården", "dygn", "120.00", "0"),
    _a(LSK, "L40", "Maskinarbete, traktor med förare", "h", "68.00", "25.5"),
    _a(LSK, "L50", "Vatten", "m3", "2.85", "25.5"),
    _a(LSK, "L90", "Sjötransport, special", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PERIOD = ("period_start", "period_end")
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def vat(code: str) -> str:
    """The agency's own VAT number, for signatures."""
    return next(a["vat_no"] for a in AGENCIES if a["code"] == code)


def onum(number: str) -> str:
    """A registered customer's org number / personal identity number / hetu as the register keeps it."""
    return str(cust(number)["org_no"])


def unchecked(req: dict[str, Any], *keys: str) -> dict[str, Any]:
    """A request with some keys left out of the expectation, where the contract leaves the value open (the case's
    `_class` says why)."""
    return {k: v for k, v in req.items() if k not in keys}
