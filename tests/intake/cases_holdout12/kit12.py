"""The twelfth held-out set's registry and senders ("other agencies, other trades"): the ninth set's registry plus
a university, a police authority, a Finnish ELY centre, a city museum and two regional archives with their own
articles (units: deltagare, tim, sida, tillstånd, grupp, bild, lupa, kpl, varttitunti, kvart), and customers they
invoice (a cooling company, a university college, a Finnish peat haulier, a Norwegian lab, a law firm KB)."""
from __future__ import annotations

import copy
from typing import Any

from tests.intake.cases.ids import fi_vat, fi_yt, se_org, se_vat
from tests.intake.cases.kit_helpers import article as _art
from tests.intake.cases.kit_helpers import set_kit
from tests.intake.cases_holdout9.kit9 import AGENCIES as H9_AGENCIES
from tests.intake.cases_holdout9.kit9 import ARTICLES as H9_ARTICLES
from tests.intake.cases_holdout9.kit9 import CUSTOMERS as H9_CUSTOMERS

UNI, POL, ELY, MUS, ARF, ARS = "VSU-SE", "POL-SE", "ELY-FI", "MUS-SE", "ARK-FI", "ARK-SE"
CENTRE_SE_ADDR, CENTRE_FI_ADDR = "kundfaktura@ekonomicentret.se", "laskutus@talouspalvelu.fi"


def _ag(code: str, name: str, country: str, org_no: str, addr: tuple[str, str, str], senders: list[str],
        pay: tuple[str, str]) -> dict[str, Any]:
    fi = country == "FI"
    out = {"code": code, "name": name, "country": country, "org_no": org_no,
           "vat_no": fi_vat(org_no) if fi else se_vat(org_no), "currency": "EUR" if fi else "SEK",
           "default_vat_rate": "25.5" if fi else "25", "language": "fi" if fi else "sv",
           "address": {"street": addr[0], "postal_code": addr[1], "city": addr[2], "country": country},
           pay[0]: pay[1], "intake_address": CENTRE_FI_ADDR if fi else CENTRE_SE_ADDR, "allowed_senders": senders}
    return out


KARIN = "Karin Sjödahl <karin.sjodahl@vsu.se>"
VSU_EKONOMI = "VSU Ekonomi <ekonomi@vsu.se>"
JONAS = "Jonas Ring <jonas.ring@bergslagspolisen.se>"
POL_REG = "Registrator Polisområde Bergslagen <registrator@bergslagspolisen.se>"
MIKKO = "Mikko Halonen <mikko.halonen@jarvisavonely.fi>"
LEENA = "Leena Rantala <leena.rantala@jarvisavonely.fi>"
INGRID = "Ingrid Ahl <ingrid.ahl@vatterhamnsmuseum.se>"
BOKNING = "Museets bokning <bokning@vatterhamnsmuseum.se>"
TUULA = "Tuula Nieminen <tuula.nieminen@jsmaa.fi>"
PER = "Per Åström <per.astrom@regionarkivet-mn.se>"

AGENCIES: list[dict[str, Any]] = copy.deepcopy(H9_AGENCIES) + [
    _ag(UNI, "Vättersjö universitet", "SE", se_org("202100771"), ("Universitetsvägen 2", "553 18", "Jönköping"),
        ["karin.sjodahl@vsu.se", "ekonomi@vsu.se"], ("bankgiro", "5051-2214")),
    _ag(POL, "Polisområde Bergslagen", "SE", se_org("202100614"), ("Polisgatan 4", "702 10", "Örebro"),
        ["jonas.ring@bergslagspolisen.se", "registrator@bergslagspolisen.se"], ("bankgiro", "5050-1055")),
    _ag(ELY, "Järvi-Savon ELY-keskus", "FI", fi_yt("2296962"), ("Hallituskatu 12", "70100", "Kuopio"),
        ["mikko.halonen@jarvisavonely.fi", "leena.rantala@jarvisavonely.fi"],
        ("iban", "FI21 1234 5600 0007 85")),
    _ag(MUS, "Vätterhamns stadsmuseum", "SE", se_org("212000413"), ("Hamngatan 1", "561 31", "Huskvarna"),
        ["ingrid.ahl@vatterhamnsmuseum.se", "bokning@vatterhamnsmuseum.se"], ("bankgiro", "5052-7711")),
    _ag(ARF, "Järvi-Suomen maakunta-arkisto", "FI", fi_yt("0245437"), ("Arkistokatu 3", "50100", "Mikkeli"),
        ["tuula.nieminen@jsmaa.fi"], ("iban", "FI45 5000 0120 2530 12")),
    _ag(ARS, "Regionarkivet Mellersta Norrland", "SE", se_org("202100598"), ("Arkivvägen 9", "852 34",
        "Sundsvall"), ["per.astrom@regionarkivet-mn.se"], ("bankgiro", "5053-0093")),
]


ARTICLES: list[dict[str, Any]] = copy.deepcopy(H9_ARTICLES) + [
    _art(UNI, "KA10", "Uppdragsutbildning, kursavgift per deltagare", "deltagare", "6500.00", "0"),
    _art(UNI, "KA11", "Kurslitteraturpaket", "st", "850.00", "6"),
    _art(UNI, "LT20", "Laboratorietimme", "tim", "1450.00", "25"),
    _art(UNI, "LH30", "Lokalhyra seminarierum", "tim", "650.00", "25"),
    _art(UNI, "LH31", "Lokalhyra hörsal", "dag", "9800.00", "25"),
    _art(POL, "PK01", "Kopia av allmän handling, per sida", "sida", "2.00", "0"),
    _art(POL, "PK02", "Expeditionsavgift kopior (de första 10 sidorna)", "st", "50.00", "0"),
    _art(POL, "PT10", "Tillstånd, offentlig tillställning", "tillstånd", "700.00", "0"),
    _art(POL, "PE30", "Eskort av tung transport", "tim", "1100.00", "0"),
    _art(POL, "PE31", "Eskort, framkörningsavgift", "st", "1500.00", "0"),
    _art(ELY, "EL10", "Ympäristölupapäätös", "lupa", "2400.00", "0"),
    _art(ELY, "EL11", "Poikkeamislupa", "lupa", "1200.00", "0"),
    _art(ELY, "ET20", "Tarkastuskäynti", "kpl", "480.00", "0"),
    _art(ELY, "EA30", "Asiantuntijatyö", "h", "95.00", "25.5"),
    _art(MUS, "MV10", "Guidad visning, per grupp", "grupp", "1200.00", "6"),
    _art(MUS, "MV11", "Guidad visning på engelska, per grupp", "grupp", "1500.00", "6"),
    _art(MUS, "MB20", "Bildlicens, publicering", "bild", "450.00", "25"),
    _art(MUS, "MB21", "Högupplöst bildfil", "bild", "150.00", "25"),
    _art(ARF, "TA10", "Tutkimuspalvelu, alkava varttitunti", "varttitunti", "21.00", "25.5"),
    _art(ARF, "TK20", "Kopio, sivu", "sivu", "0.80", "25.5"),
    _art(ARF, "TD30", "Digitointi, kuva", "kuva", "4.50", "25.5"),
    _art(ARS, "RA10", "Forskningshjälp, per påbörjad kvart", "kvart", "240.00", "25"),
    _art(ARS, "RA20", "Kopia, per sida", "sida", "3.00", "25"),
    _art(ARS, "RA30", "Skanning, per bild", "bild", "35.00", "25"),
]

_kyl, _sorb, _adv = se_org("556847213"), se_org("202100778"), se_org("916624503")
_torv = fi_yt("2634572")
_no = "923456783"  # stdnum.no.orgnr.is_valid


def _c(num: str, name: str, org_no: str, vat: str | None, country: str, email: str,
       addr: tuple[str, str, str]) -> dict[str, Any]:
    return {"customer_number": num, "name": name, "org_no": org_no, "vat_no": vat, "country": country,
            "email": email, "peppol_id": None,
            "address": {"street": addr[0], "postal_code": addr[1], "city": addr[2], "country": country}}


CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H9_CUSTOMERS) + [
    _c("K-4017", "Kylteknik Vättersjö AB", _kyl, se_vat(_kyl), "SE", "faktura@kylteknik.se",
       ("Industrigatan 14", "554 54", "Jönköping")),
    _c("K-4018", "Sörbyns högskola", _sorb, se_vat(_sorb), "SE", "fakturor@sorbyn.se",
       ("Box 812", "891 18", "Örnsköldsvik")),
    _c("K-4019", "Advokatbyrån Lindkvist & Ros KB", _adv, se_vat(_adv), "SE", "ekonomi@lindkvistros.se",
       ("Drottninggatan 7", "702 11", "Örebro")),
    _c("K-5015", "Savon Turvekuljetus Oy", _torv, fi_vat(_torv), "FI", "laskut@savonturve.fi",
       ("Teollisuustie 8", "70700", "Kuopio")),
    _c("K-6001", "Tromsfjord Marinlab AS", _no, "NO" + _no + "MVA", "NO", "invoice@tromsfjord-marinlab.no",
       ("Strandvegen 40", "9007", "Tromsø")),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request

ASK_ORG: dict[str, Any] = {"org_no": None, "customer_number": None}
NOP = ("description", "period_start", "period_end")
ND = ("description",)


def org(number: str) -> str:
    """The register's org number (or personal identity number) of customer `number`."""
    return next(c["org_no"] for c in CUSTOMERS if c["customer_number"] == number)


def new_private(name: str, pnr12: str) -> dict[str, Any]:
    """A private person not in the register, known by a valid personal identity number: output as written."""
    return {"name": name, "org_no": pnr12, "customer_number": None, "country": "SE"}
