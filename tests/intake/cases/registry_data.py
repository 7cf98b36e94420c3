"""The fictional registry of the project's own intake cases: two agencies (one Swedish, one Finnish), a shared
customer register with near-duplicate names, a private person, Finnish companies and municipalities, and
articles with and without prices. All identifiers carry valid check digits (see ids.py)."""
from __future__ import annotations

from typing import Any

from .ids import bankgiro, fi_iban, fi_vat, fi_yt, pnr, se_org, se_vat

MARK_ORG = se_org("202100715")
METSA_YT = fi_yt("0245931")

MARK_SENDERS = ["fakturering@smui.se", "ekonomi@smui.se", "registrator@smui.se", "karin.ostberg@smui.se",
                "nils.akerlund@smui.se", "fatima.haddad@smui.se", "per-olof.strand@smui.se",
                "emma.lind@smui.se", "jonas.eklof@smui.se"]
METSA_SENDERS = ["laskutus@metsamittaus.fi", "kirjaamo@metsamittaus.fi", "tuula.heikkinen@metsamittaus.fi",
                 "antti.salminen@metsamittaus.fi", "ulla.sjoholm@metsamittaus.fi",
                 "bjorn.wikstrom@metsamittaus.fi", "eveliina.rantanen@metsamittaus.fi",
                 "oliver.grant@metsamittaus.fi", "marjut.koskela@metsamittaus.fi"]

AGENCIES: list[dict[str, Any]] = [
    {"code": "MARK-SE", "name": "Statens markundersökningsinstitut", "country": "SE", "org_no": MARK_ORG,
     "vat_no": se_vat(MARK_ORG), "currency": "SEK", "default_vat_rate": "25", "language": "sv",
     "address": {"street": "Box 3104", "postal_code": "701 43", "city": "Örebro", "country": "SE"},
     "bankgiro": bankgiro("567123"), "intake_address": "kundfaktura@ekonomicentret.se",
     "allowed_senders": MARK_SENDERS},
    {"code": "METSA-FI", "name": "Metsämittauskeskus", "name_sv": "Skogsmätningscentralen",
     "name_en": "Forest Survey Centre", "country": "FI", "org_no": METSA_YT, "vat_no": fi_vat(METSA_YT),
     "currency": "EUR", "default_vat_rate": "25.5", "language": "fi",
     "address": {"street": "PL 77", "postal_code": "80101", "city": "Joensuu", "country": "FI"},
     "iban": fi_iban("80001500123456"), "intake_address": "laskutus@talouspalvelu.fi",
     "allowed_senders": METSA_SENDERS},
]


def _se(num: str, name: str, base9: str, email: str, street: str, pc: str, city: str,
        peppol: bool = False) -> dict[str, Any]:
    org = se_org(base9)
    return {"customer_number": num, "name": name, "org_no": org, "vat_no": se_vat(org), "country": "SE",
            "email": email, "peppol_id": "0007:" + org.replace("-", "") if peppol else None,
            "address": {"street": street, "postal_code": pc, "city": city, "country": "SE"}}


def _fi(num: str, name: str, base7: str, email: str, street: str, pc: str, city: str,
        ovt: bool = False) -> dict[str, Any]:
    yt = fi_yt(base7)
    return {"customer_number": num, "name": name, "org_no": yt, "vat_no": fi_vat(yt), "country": "FI",
            "email": email, "peppol_id": "0216:0037" + yt.replace("-", "") if ovt else None,
            "address": {"street": street, "postal_code": pc, "city": city, "country": "FI"}}


_HOLMGREN = pnr("720914", "238")

CUSTOMERS: list[dict[str, Any]] = [
    _se("20001", "Solvik AB", "556804317", "faktura@solvik.se", "Sjövägen 2", "181 63", "Lidingö", True),
    _se("20002", "Solvik Fastigheter AB", "559021566", "ekonomi@solvikfastigheter.se", "Sjövägen 4", "181 63",
        "Lidingö"),
    _se("20003", "Bergslagens Bygg och Mark AB", "556377802", "faktura@bergslagensbygg.se", "Gruvgatan 11",
        "711 30", "Lindesberg", True),
    _se("20004", "Östra Lerums kommun", "212000149", "fakturor@ostralerum.se", "Box 40", "443 21", "Lerum"),
    _se("20005", "Norrviken Energi AB", "556915442", "ap@norrvikenenergi.se", "Kraftverksvägen 7", "891 33",
        "Örnsköldsvik"),
    _se("20006", "Kvarnbäckens Lantbruk HB", "969778123", "kvarnbacken@lantbruk.se", "Kvarnbäcken 1",
        "585 97", "Linköping"),
    _se("20007", "Ekmans Miljöteknik AB", "556650288", "invoice@ekmansmiljo.se", "Verkstadsgatan 19",
        "652 21", "Karlstad", True),
    _se("20008", "Ekmans AB", "556118034", "ekonomi@ekmans.se", "Storgatan 1", "652 24", "Karlstad"),
    _se("20009", "Lindqvist & Hallberg Konsult AB", "559177235", "lh@lhkonsult.se", "Drottninggatan 88",
        "111 36", "Stockholm"),
    {"customer_number": "20010", "name": "Sara Holmgren", "org_no": "19" + _HOLMGREN, "vat_no": None,
     "country": "SE", "email": "sara.holmgren@example.se", "peppol_id": None, "private": True,
     "address": {"street": "Björkstigen 4", "postal_code": "702 25", "city": "Örebro", "country": "SE"}},
    _se("20011", "Upplands Vattenvårdsförbund", "802455601", "kansli@upplandsvatten.se", "Box 1120",
        "751 41", "Uppsala"),
    _se("20012", "Rosendals Trädgårdar AB", "556489127", "faktura@rosendalstradgard.se", "Rosendalsvägen 38",
        "115 21", "Stockholm"),
    _se("20013", "Tornhagen Konsult AB", "559310772", "ekonomi@tornhagen.se", "Tornvägen 3", "831 40",
        "Östersund"),
    _se("20014", "Sörbygdens kommun", "212000627", "leverantorsfakturor@sorbygden.se", "Kommunhuset",
        "360 50", "Lessebo"),
    _fi("30001", "Kallioinen Rakennus Oy", "2845120", "laskut@kallioinen.fi", "Teollisuustie 9", "33400",
        "Tampere", True),
    _fi("30002", "Norrviken Energi Oy", "3011872", "invoices@norrvikenenergi.fi", "Satamakatu 4", "65100",
        "Vaasa"),
    _fi("30003", "Skärgårdens Fisk Ab", "0896413", "reskontra@skargardensfisk.fi", "Hamnvägen 12", "21600",
        "Pargas"),
    _fi("30004", "Kiuruniemen kaupunki", "0174316", "ostolaskut@kiuruniemi.fi", "Kaupungintalo",
        "74700", "Kiuruvesi", True),
    _fi("30005", "Metsä-Pohjola Oy", "2291535", "laskutus@metsapohjola.fi", "Tukkikatu 2", "90100", "Oulu"),
    _fi("30006", "Metsä-Pohjola Palvelut Oy", "2291543", "palvelut@metsapohjola.fi", "Tukkikatu 2", "90100",
        "Oulu"),
    _fi("30007", "Vaskiluodon Satama Oy", "1902215", "talous@vaskiluodonsatama.fi", "Laiturintie 1",
        "65170", "Vaasa", True),
    _fi("30008", "Puutarhapalvelu Nieminen Tmi", "2567780", "jari@puutarhanieminen.fi", "Kotikuja 5",
        "15100", "Lahti"),
    _fi("30009", "Pohjanmaan Vesiensuojeluyhdistys ry", "1038816", "toimisto@pvsy.fi", "Rantakatu 20",
        "60100", "Seinäjoki"),
    _fi("30010", "Lapin Laboratoriot Oy", "2719644", "ostot@lapinlab.fi", "Tutkijantie 3", "96300",
        "Rovaniemi"),
    _fi("30011", "Aalto-Kivinen Ky", "1477093", "aalto.kivinen@kolumbus.fi", "Myllytie 8", "40320",
        "Jyväskylä"),
    _fi("30012", "Saaristomeren Kalastus Oy", "2980151", "kirjanpito@smkalastus.fi", "Satamatie 6",
        "21660", "Nauvo"),
]


def _a(agency: str, code: str, name: str, unit: str, price: str | None, vat: str) -> dict[str, Any]:
    return {"agency": agency, "code": code, "name": name, "unit": unit, "unit_price": price, "vat_rate": vat}


ARTICLES: list[dict[str, Any]] = [
    _a("MARK-SE", "110", "Jordprovtagning, per prov", "st", "450.00", "25"),
    _a("MARK-SE", "120", "Fältundersökning, dag", "dag", "8900.00", "25"),
    _a("MARK-SE", "130", "Laboratorieanalys metaller", "st", "1240.00", "25"),
    _a("MARK-SE", "140", "Grundvattenprovtagning", "st", "690.00", "25"),
    _a("MARK-SE", "210", "Konsulttimme", "tim", "1180.00", "25"),
    _a("MARK-SE", "220", "Sakkunnigutlåtande, fast pris", "st", "14500.00", "25"),
    _a("MARK-SE", "230", "Granskning av handlingar", "tim", "1050.00", "25"),
    _a("MARK-SE", "310", "Utlägg", "st", None, "25"),
    _a("MARK-SE", "320", "Resekostnader", "st", None, "25"),
    _a("MARK-SE", "410", "Utbildningsdag, per deltagare", "st", "3400.00", "25"),
    _a("MARK-SE", "420", "Kartlicens, år", "år", "6800.00", "25"),
    _a("MARK-SE", "510", "Publikation, tryckt", "st", "320.00", "6"),
    _a("MARK-SE", "520", "Tillsynsavgift", "st", "2100.00", "0"),
    _a("MARK-SE", "530", "Specialanalys enligt offert", "st", None, "25"),
    _a("MARK-SE", "610", "Instrumenthyra, vecka", "v", "2750.00", "25"),
    _a("METSA-FI", "M10", "Puustomittaus, hehtaari", "ha", "38.50", "25.5"),
    _a("METSA-FI", "M20", "Maastotyöpäivä", "pv", "780.00", "25.5"),
    _a("METSA-FI", "M30", "Maanäyteanalyysi", "kpl", "96.00", "25.5"),
    _a("METSA-FI", "M40", "Vesinäyteanalyysi", "kpl", "112.00", "25.5"),
    _a("METSA-FI", "K10", "Asiantuntijatyö, tunti", "h", "125.00", "25.5"),
    _a("METSA-FI", "K20", "Koulutus, osallistuja", "hlö", "290.00", "25.5"),
    _a("METSA-FI", "L10", "Paikkatietolisenssi, vuosi", "v", "1450.00", "25.5"),
    _a("METSA-FI", "L20", "Aineistoluovutus", "kpl", None, "25.5"),
    _a("METSA-FI", "T10", "Kulukorvaus", "kpl", None, "25.5"),
    _a("METSA-FI", "T20", "Matkakulut", "kpl", None, "25.5"),
    _a("METSA-FI", "J10", "Julkaisu, painettu", "kpl", "24.00", "14"),
    _a("METSA-FI", "P10", "Näytteenottovälineiden vuokra, viikko", "vk", "210.00", "25.5"),
    _a("METSA-FI", "X10", "Erillistutkimus tarjouksen mukaan", "kpl", None, "25.5"),
    _a("METSA-FI", "S10", "Tarkastusmaksu", "kpl", "360.00", "0"),
    _a("METSA-FI", "R10", "Raportti, kiinteä hinta", "kpl", "2400.00", "25.5"),
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}
