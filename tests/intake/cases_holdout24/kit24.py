"""The twenty-fourth held-out set's registry ("everything that is not a plain new invoice"): seven agencies (a
Swedish port authority, a Swedish regional laboratory, a Swedish county museum, a Finnish road-permit office, a
Finnish adult-education centre, a Finnish regional archive and a Finland-Swedish water utility that writes
Swedish and English), a shared register of customers (companies, associations, a municipality, private persons,
one name registered in both countries) and articles, a few without a price. The cases are mostly payment advices,
credit requests, corrections, withdrawals, status questions, disputes, auto-replies and replies, with ordinary
requests in between."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_LISA = pnr("780514", "226")            # born 1978
HETU_AINO = hetu("230391", "442")          # born 1991

HAMN, LAB, MUSE = "HAMN-SE", "LAB-SE", "MUSE-SE"
TIE, OPISTO, ARKIS, VATT = "TIE-FI", "OPISTO-FI", "ARKIS-FI", "VATT-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "hamn": "Lena Borg <lena.borg@ostervikshamn.se>",
    "hamn_kontor": "Hamnkontoret <hamnkontoret@ostervikshamn.se>",
    "lab": "Anders Ek <anders.ek@regionlab-soder.se>",
    "lab_eko": "Ekonomi Regionlab <ekonomi@regionlab-soder.se>",
    "muse": "Karin Dahl <karin.dahl@vasterdalsmuseum.se>",
    "tie": "Jukka Heino <jukka.heino@vaylapalvelut-pohjanmaa.fi>",
    "tie_lask": "Laskutus Väyläpalvelut <laskutus@vaylapalvelut-pohjanmaa.fi>",
    "opisto": "Sari Mäkelä <sari.makela@jarvilinna.fi>",
    "arkis": "Pekka Nurmi <pekka.nurmi@aluearkisto-ita.fi>",
    "vatt": "Ulla Sjöberg <ulla.sjoberg@vasklotvatten.fi>",
    "vatt_fin": "Finance Vasklot <finance@vasklotvatten.fi>",
}


_ag = partial(centre_agency, W)   # an agency writing to the centre of its country


AGENCIES: list[dict[str, Any]] = [
    _ag(HAMN, "Österviks Hamn, hamnförvaltningen", "SE", se_org("212000452"), "sv",
        ("Kajvägen 1", "442 30", "Östervik"), ["hamn", "hamn_kontor"], "5081-3307"),
    _ag(LAB, "Regionlaboratoriet Söder", "SE", se_org("232100619"), "sv", ("Provgatan 12", "291 33", "Skåneby"),
        ["lab", "lab_eko"], "5082-1190"),
    _ag(MUSE, "Västerdals länsmuseum", "SE", se_org("202100734"), "sv", ("Museigatan 3", "671 31", "Västerdal"),
        ["muse"], "5083-6652"),
    _ag(TIE, "Pohjanmaan väyläpalvelut", "FI", fi_yt("2456110"), "fi", ("Väylätie 5", "60100", "Seinäjoki"),
        ["tie", "tie_lask"], "FI21 1234 5600 0077 88"),
    _ag(OPISTO, "Järvilinnan kansalaisopisto", "FI", fi_yt("0206541"), "fi", ("Opistontie 2", "41160", "Järvilinna"),
        ["opisto"], "FI63 5000 0120 4455 66"),
    _ag(ARKIS, "Itä-Suomen aluearkisto", "FI", fi_yt("2345228"), "fi", ("Arkistokatu 9", "80100", "Joensuu"),
        ["arkis"], "FI47 1590 3000 5566 77"),
    _ag(VATT, "Vasklot vattenverk Ab", "FI", fi_yt("2290453"), "sv", ("Vattenv. 4", "65280", "Vasa"),
        ["vatt", "vatt_fin"], "FI90 4055 0012 9900 11"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("K-7101", "Östervik Stuveri AB", se_org("556801234"), "SE", "faktura@osterviksstuveri.se", "Kajen 7",
       "442 31", "Östervik"),
    _c("K-7102", "Nordsjö Rederi AB", se_org("556612987"), "SE", "ap@nordsjorederi.se", "Skeppsg. 2", "411 04",
       "Göteborg"),
    _c("K-7103", "Kustbygg i Östervik AB", se_org("559301456"), "SE", "ekonomi@kustbygg.se", "Verkstadsv. 3",
       "442 40", "Östervik"),
    _c("K-7104", "Söderlab Analys AB", se_org("559145678"), "SE", "invoice@soderlab.se", "Labbv. 8", "291 50",
       "Skåneby"),
    _c("K-7105", "Skåneby kommun", se_org("212000123"), "SE", "fakturor@skaneby.se", "Stadshuset", "291 80",
       "Skåneby", peppol="0007:" + se_org("212000123").replace("-", "")),
    _c("K-7106", "Hembygdsföreningen Gamla Gården", se_org("802512345"), "SE", "kassor@gamlagarden.se",
       "Byvägen 14", "671 92", "Västerdal"),
    _c("K-7107", "Lisa Holm", "19" + PNR_LISA[:6] + "-" + PNR_LISA[7:], "SE", "lisa.holm@brevlada.se",
       "Ängsv. 9", "671 32", "Västerdal", private=True),
    _c("K-8101", "Pohjanmaan Maansiirto Oy", fi_yt("2812345"), "FI", "laskut@pohjanmaansiirto.fi", "Soratie 4",
       "60200", "Seinäjoki"),
    _c("K-8102", "Kuljetus Rinne Ky", fi_yt("1765432"), "FI", "rinne@kuljetusrinne.fi", "Rekkatie 1", "60320",
       "Seinäjoki"),
    _c("K-8103", "Järvilinnan Eläkeläiset ry", fi_yt("1876543"), "FI", "kassa@jarvilinnan-elakelaiset.fi",
       "PL 12", "41161", "Järvilinna"),
    _c("K-8104", "Rakennustoimisto Kallio Oy", fi_yt("2923456"), "FI", "ostolaskut@kallio-rakennus.fi",
       "Louhostie 6", "80130", "Joensuu", peppol="0216:0037" + fi_yt("2923456").replace("-", "")),
    _c("K-8105", "Vasklot Fastigheter Ab", fi_yt("2134567"), "FI", "reskontra@vasklotfast.fi", "Strandg. 21",
       "65100", "Vasa"),
    _c("K-8106", "Sukututkimus Virtanen Tmi", fi_yt("3012345"), "FI", "virtanen@sukututkimus.fi",
       "Kirkkotie 3", "80100", "Joensuu"),
    _c("K-8107", "Nordsjö Rederi Ab", fi_yt("0987654"), "FI", "laskut@nordsjorederi.fi", "Hamnesplanaden 4",
       "65100", "Vasa"),
    _c("K-8108", "Aino Lehtonen", HETU_AINO, "FI", "aino.lehtonen@posti.fi", "Koivukuja 2", "41160",
       "Järvilinna", private=True),
]

ARTICLES: list[dict[str, Any]] = [
    _a(HAMN, "HF10", "Kajplatsavgift, per dygn", "dygn", "1450.00", "25"),
    _a(HAMN, "HF20", "Vattenleverans, per m3", "m3", "38.50", "25"),
    _a(HAMN, "HF30", "Förtöjningshjälp", "st", None, "25"),
    _a(LAB, "RL10", "Vattenanalys, standard", "st", "620.00", "25"),
    _a(LAB, "RL20", "Legionellaanalys", "st", "980.00", "25"),
    _a(LAB, "RL90", "Specialuppdrag, per timme", "tim", None, "25"),
    _a(MUSE, "VM10", "Guidad visning", "st", "1200.00", "6"),
    _a(MUSE, "VM20", "Bildlicens, per bild", "st", "350.00", "25"),
    _a(MUSE, "VM30", "Lokalhyra, per timme", "tim", "450.00", "25"),
    _a(TIE, "VP10", "Erikoiskuljetuslupa", "kpl", "96.00", "0"),
    _a(TIE, "VP20", "Liikenteenohjaus, tunti", "h", "68.00", "25.5"),
    _a(TIE, "VP90", "Tiealueen vuokra", "kpl", None, "25.5"),
    _a(OPISTO, "KO10", "Kurssimaksu, henkilö", "hlö", "85.00", "0"),
    _a(OPISTO, "KO20", "Tilavuokra, tunti", "h", "32.00", "25.5"),
    _a(OPISTO, "KO30", "Tilauskoulutus, tunti", "h", "110.00", "25.5"),
    _a(ARKIS, "AA10", "Tietopalvelu, tunti", "h", "62.00", "25.5"),
    _a(ARKIS, "AA20", "Digitointi, sivu", "kpl", "1.20", "25.5"),
    _a(ARKIS, "AA30", "Todistusjäljennös", "kpl", "18.00", "0"),
    _a(VATT, "VV10", "Vattenavgift, per m3", "m3", "2.35", "25.5"),
    _a(VATT, "VV20", "Anslutningsavgift", "st", None, "25.5"),
    _a(VATT, "VV30", "Mätarbyte", "st", "145.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
