"""The thirty-eighth held-out set's registry ("threads", mail of Monday 8 - Friday 12 March 2027): eight agencies not
heard from before (a Swedish municipality's adult education, a Swedish agency for maritime pilots, a Swedish
region's blood centre, a Finnish city's port, a Finnish state agency for food inspections, a Finnish university's
language centre, a Finland-Swedish town's home care and an English-writing Nordic patent cooperation office), one
shared register of customers (companies, municipalities and regions with Peppol IDs, private persons with a
personnummer and with hetu, the cross-border twins Botnia Bunkring AB / Oy, a Norwegian company) and articles per
participant-week, pilot hour, blood unit, berth day, cubic metre, sample, page, visit and search, a few without a
price. Most of the set's mail is part of a conversation: replies in old threads, forwards, answers to the centre's
question mails."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_iban, fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_AMIR = pnr("890417", "253")            # born 1989, a validation paid by the person himself
HETU_ELVI = hetu("120334", "216")          # born 1934, a home-care client (93 in March 2027)
HETU_RAGNAR = hetu("270841", "339")        # born 1941, a home-care client
NO_ORG = "924173653"                        # a Norwegian organisation number (mod 11 valid)

VUXE, LOTS, BLOD, NPCO = "VUXE-SE", "LOTS-SE", "BLOD-SE", "NPCO-SE"
SATA, ELTA, KIEL, HEMV = "SATA-FI", "ELTA-FI", "KIEL-FI", "HEMV-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "vuxe": "Vuxenutbildningen <vuxenutbildning@hallstahammar-demo.se>",
    "vuxe_s": "Sanna Lundqvist <sanna.lundqvist@hallstahammar-demo.se>",
    "vuxe_p": "Peter Wikström <peter.wikstrom@hallstahammar-demo.se>",
    "lots": "Lotsbeställningen <lotsbestallning@kustlotsverket-demo.se>",
    "lots_l": "Leif Strand <leif.strand@kustlotsverket-demo.se>",
    "lots_e": "Erik Holmgren <erik.holmgren@kustlotsverket-demo.se>",
    "blod": "Blodcentralen Ekonomi <blodcentralen.ekonomi@regionadalen-demo.se>",
    "blod_m": "Mona Fors <mona.fors@regionadalen-demo.se>",
    "sata": "Satamakonttori <satamakonttori@raahe-demo.fi>",
    "sata_p": "Pekka Kangas <pekka.kangas@raahe-demo.fi>",
    "elta": "Laskutus ETV <laskutus@elintarviketarkastus-demo.fi>",
    "elta_s": "Sari Heikkilä <sari.heikkila@elintarviketarkastus-demo.fi>",
    "kiel": "Kielikeskus <kielikeskus@saimaanyliopisto-demo.fi>",
    "kiel_h": "Hanna Virtanen <hanna.virtanen@saimaanyliopisto-demo.fi>",
    "hemv": "Hemvården Närpes <hemvarden@narpes-demo.fi>",
    "hemv_a": "Anita Ehrs <anita.ehrs@narpes-demo.fi>",
    "npco": "NPCO Finance <finance@npco-demo.org>",
    "npco_m": "Mette Kjær <mette.kjaer@npco-demo.org>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(VUXE, "Hallstahammars kommun, Vuxenutbildningen", "SE", se_org("212000211"), "sv",
        ("Parkgatan 7", "734 30", "Hallstahammar"), ["vuxe", "vuxe_s", "vuxe_p"], "5401-3318"),
    _ag(LOTS, "Kustlotsverket, lotsområde Norrlandskusten", "SE", se_org("202100771"), "sv",
        ("Nybrogatan 3", "871 30", "Härnösand"), ["lots", "lots_l", "lots_e"], "5402-8817"),
    _ag(BLOD, "Region Ådalen, Blodcentralen", "SE", se_org("232100311"), "sv",
        ("Sjukhusvägen 10", "856 43", "Sundsvall"), ["blod", "blod_m"], "5403-1172"),
    _ag(SATA, "Raahen kaupunki, Lapaluodon satama", "FI", fi_yt("0197284"), "fi",
        ("Lapaluodontie 50", "92180", "Raahe"), ["sata", "sata_p"], fi_iban("50000120558813")),
    _ag(ELTA, "Elintarviketarkastusvirasto", "FI", fi_yt("3024415"), "fi",
        ("Mustialankatu 3", "00790", "Helsinki"), ["elta", "elta_s"], fi_iban("10003000417725")),
    _ag(KIEL, "Saimaan yliopisto, kielikeskus", "FI", fi_yt("2455871"), "fi",
        ("Yliopistonkatu 34", "53850", "Lappeenranta"), ["kiel", "kiel_h"], fi_iban("80001900662140")),
    _ag(HEMV, "Närpes stad, hemvården", "FI", fi_yt("0180532"), "sv",
        ("Närpesvägen 13", "64200", "Närpes"), ["hemv", "hemv_a"], fi_iban("49700120034218")),
    _ag(NPCO, "Nordic Patent Cooperation Office", "SE", se_org("802500319"), "en",
        ("Valhallavägen 136", "114 41", "Stockholm"), ["npco", "npco_m"], "5404-6630"),
]


def _ovt(yt: str) -> str:
    return "0216:0037" + yt.replace("-", "")


CUSTOMERS: list[dict[str, Any]] = [
    _c("C-3801", "Kolbäcks Verkstäder AB", se_org("556814207"), "SE", "faktura@kolbacksverkstader.se",
       "Industrigatan 4", "734 50", "Kolbäck"),
    _c("C-3802", "Surahammars kommun", se_org("212000212"), "SE", "leverantorsfakturor@surahammar-demo.se",
       "Box 44", "735 21", "Surahammar", peppol="0007:" + se_org("212000212").replace("-", "")),
    _c("C-3803", "Mälardalens Bemanning AB", se_org("559120638"), "SE", "ekonomi@malardalensbemanning.se",
       "Kungsgatan 20", "722 11", "Västerås"),
    _c("C-3804", "Amir Haddad", "19" + PNR_AMIR[:6] + "-" + PNR_AMIR[7:], "SE", "amir.haddad@mail-demo.se",
       "Ringvägen 9 B", "734 32", "Hallstahammar", private=True),
    _c("C-3805", "Rederi AB Högbonden", se_org("556277409"), "SE", "faktura@hogbonden-rederi.se",
       "Hamnvägen 2", "871 33", "Härnösand"),
    _c("C-3806", "Botnia Bunkring AB", se_org("556903512"), "SE", "invoice@botniabunkring.se",
       "Oljehamnen 1", "941 43", "Piteå"),
    _c("C-3807", "Botnia Bunkring Oy", fi_yt("2741087"), "FI", "laskut@botniabunkring.fi",
       "Satamakatu 12", "65100", "Vaasa"),
    _c("C-3808", "Härnösands Varvsservice HB", se_org("969745318"), "SE", "kontor@varvsservice-hsand.se",
       "Varvsvägen 6", "871 40", "Härnösand"),
    _c("C-3809", "Sollefteå Privatsjukhus AB", se_org("556640927"), "SE", "ap@solleftea-privatsjukhus.se",
       "Sjukhusgatan 3", "881 31", "Sollefteå"),
    _c("C-3810", "Medilab Ådalen AB", se_org("559031744"), "SE", "ekonomi@medilab-adalen.se",
       "Storgatan 40", "872 30", "Kramfors"),
    _c("C-3811", "Region Jämtland Härjedalen", se_org("232100178"), "SE", "fakturor@regionjh-demo.se",
       "Box 654", "831 27", "Östersund", peppol="0007:" + se_org("232100178").replace("-", "")),
    _c("C-3812", "Fjärdingen Medtech AB", se_org("559207865"), "SE", "finance@fjardingen-medtech.se",
       "Dag Hammarskjölds väg 30", "752 37", "Uppsala"),
    _c("C-3851", "Varustamo Perämeri Oy", fi_yt("2980416"), "FI", "laskut@varustamoperameri.fi",
       "Rantakatu 8", "92100", "Raahe"),
    _c("C-3852", "Kalajoen Sahatavara Oy", fi_yt("1043875"), "FI", "ostolaskut@kalajoensaha.fi",
       "Sahantie 2", "85100", "Kalajoki"),
    _c("C-3853", "Leipomo Kultasiipi Oy", fi_yt("2219348"), "FI", "toimisto@kultasiipi.fi",
       "Leipurinkuja 5", "33400", "Tampere"),
    _c("C-3854", "Kalajalostamo Lohimaa Oy", fi_yt("1688257"), "FI", "laskutus@lohimaa.fi",
       "Kalasatama 3", "28100", "Pori"),
    _c("C-3855", "Osuuskauppa Saimaanranta", fi_yt("0172513"), "FI", "ostoreskontra@saimaanranta-demo.fi",
       "Kauppakatu 21", "53100", "Lappeenranta"),
    _c("C-3856", "Insinööritoimisto Vireä Oy", fi_yt("2634470"), "FI", "talous@virea.fi",
       "Teknologiapuisto 2", "53850", "Lappeenranta"),
    _c("C-3857", "Lappeenrannan kaupunki", fi_yt("0162193"), "FI", "ostolaskut@lappeenranta-demo.fi",
       "Villimiehenkatu 1", "53100", "Lappeenranta", peppol=_ovt(fi_yt("0162193"))),
    _c("C-3858", "Aurora Sensorit Oy", fi_yt("3119542"), "FI", "ap@aurorasensorit.fi",
       "Kiviharjuntie 11", "90220", "Oulu"),
    _c("C-3859", "Elvi Granholm", HETU_ELVI, "FI", None, "Östra Sjövägen 8", "64200", "Närpes", private=True),
    _c("C-3860", "Ragnar Sjöholm", HETU_RAGNAR, "FI", "ragnar.sjoholm@posti-demo.fi", "Töjbyvägen 21",
       "64230", "Närpes", private=True),
    _c("C-3861", "Kristinestads Servicehem Ab", fi_yt("2108864"), "FI", "ekonomi@servicehemmet-krs.fi",
       "Sjögatan 5", "64100", "Kristinestad"),
    _c("C-3870", "Nordlys Innovasjon AS", NO_ORG, "NO", "faktura@nordlys-innovasjon.no",
       "Sjøgata 12", "8006", "Bodø"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(VUXE, "VU10", "Uppdragsutbildning svenska, per deltagarvecka", "vecka", "1450.00", "0"),
    _a(VUXE, "VU20", "Validering, per person", "st", "3200.00", "0"),
    _a(VUXE, "VU30", "Kurslitteratur", "st", "395.00", "6"),
    _a(VUXE, "VU90", "Skräddarsydd kurs", "st", None, "0"),
    _a(LOTS, "LO10", "Lotsning, per lotstimme", "tim", "4850.00", "25"),
    _a(LOTS, "LO20", "Lotsbåt, per uppdrag", "st", "2100.00", "25"),
    _a(LOTS, "LO30", "Väntetid, per timme", "tim", "1650.00", "25"),
    _a(LOTS, "LO90", "Särskilt lotsuppdrag", "st", None, "25"),
    _a(BLOD, "BC10", "Erytrocytkoncentrat", "enhet", "1280.00", "0"),
    _a(BLOD, "BC20", "Trombocytkoncentrat", "enhet", "3950.00", "0"),
    _a(BLOD, "BC40", "Blodgruppering och BAS-test", "analys", "215.00", "0"),
    _a(BLOD, "BC90", "Akuttransport blodprodukter", "st", None, "25"),
    _a(SATA, "SA10", "Laiturimaksu, vuorokausi", "vrk", "380.00", "25.5"),
    _a(SATA, "SA20", "Jätehuoltomaksu, käynti", "käynti", "145.00", "25.5"),
    _a(SATA, "SA30", "Veden toimitus", "m3", "6.80", "25.5"),
    _a(SATA, "SA40", "Kiinnitys ja irrotus", "kerta", "420.00", "25.5"),
    _a(SATA, "SA90", "Varastokenttä, sopimuksen mukaan", "kk", None, "25.5"),
    _a(ELTA, "ET10", "Tarkastus, tunti", "h", "98.00", "0"),
    _a(ELTA, "ET20", "Näytteenotto ja analyysi", "näyte", "64.50", "0"),
    _a(ELTA, "ET30", "Vientitodistus", "kpl", "55.00", "0"),
    _a(ELTA, "ET90", "Erityisselvitys", "kpl", None, "0"),
    _a(KIEL, "KK10", "Kielikurssi, osallistuja", "osallistuja", "420.00", "25.5"),
    _a(KIEL, "KK20", "Käännös, sivu", "sivu", "48.00", "25.5"),
    _a(KIEL, "KK30", "Kielitaidon arviointi", "kpl", "180.00", "25.5"),
    _a(KIEL, "KK40", "Tulkkaus, tunti", "h", None, "25.5"),
    _a(HEMV, "HV10", "Hemvårdsbesök", "besök", "24.00", "0"),
    _a(HEMV, "HV20", "Måltidsservice, portion", "portion", "9.50", "0"),
    _a(HEMV, "HV30", "Trygghetslarm, månad", "mån", "32.00", "0"),
    _a(HEMV, "HV40", "Städtjänst, timme", "h", "38.00", "25.5"),
    _a(NPCO, "NP10", "Novelty search", "search", "14500.00", "25"),
    _a(NPCO, "NP20", "Written opinion, per hour", "hour", "1850.00", "25"),
    _a(NPCO, "NP30", "Translation of claims, per page", "page", None, "25"),
    _a(NPCO, "NP40", "Certified priority document copy", "copy", "450.00", "25"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
FEB = ("2027-02-01", "2027-02-28")
MAR = ("2027-03-01", "2027-03-31")
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def pay(code: str) -> str:
    """The agency's own bankgiro / IBAN, for signatures."""
    a = next(a for a in AGENCIES if a["code"] == code)
    return str(a.get("bankgiro") or a.get("iban"))


def quote(text: str) -> str:
    """Gmail-style '>' quoting of a block of text."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


def question_se(token: str, questions: list[str], summary: str, sign: str = "Kundfaktura, Servicecentret") -> str:
    """The body of a centre's question mail in Swedish (the Finnish centre writes Swedish to a Swedish-speaking
    agency and signs as itself), as it appears when quoted."""
    qs = "\n".join(f"{i}. {q}" for i, q in enumerate(questions, 1))
    return ("Hej,\n\nVi har tagit emot ert faktureringsunderlag men behöver följande uppgifter innan fakturan kan "
            f"skapas:\n\n{qs}\n\nSvara på detta meddelande och behåll [{token}] i ämnesraden.\n\n"
            f"Underlaget i korthet:\n{summary}\n\nVänliga hälsningar\n{sign}\n")


def question_fi(token: str, questions: list[str], summary: str) -> str:
    """The body of the Finnish centre's question mail, as it appears when quoted."""
    qs = "\n".join(f"{i}. {q}" for i, q in enumerate(questions, 1))
    return ("Hei,\n\nlaskutuspyyntönne on vastaanotettu, mutta tarvitsemme seuraavat tiedot ennen laskun "
            f"muodostamista:\n\n{qs}\n\nVastatkaa tähän viestiin ja säilyttäkää tunniste [{token}] otsikossa.\n\n"
            f"Pyyntö lyhyesti:\n{summary}\n\nYstävällisin terveisin\nMyyntilaskutus, Palvelukeskus\n")


def question_en(token: str, questions: list[str], summary: str) -> str:
    """The body of the centre's question mail in English, as it appears when quoted."""
    qs = "\n".join(f"{i}. {q}" for i, q in enumerate(questions, 1))
    return ("Hello,\n\nWe have received your invoicing request but need the following before the invoice can be "
            f"created:\n\n{qs}\n\nPlease reply to this message and keep [{token}] in the subject line.\n\n"
            f"The request in short:\n{summary}\n\nKind regards\nCustomer invoicing, Service Centre\n")
