"""The sixteenth held-out set's registry ("Finnish-speaking agencies, the way they really write"): a regional
environment office and a municipality's technical department sending to a Finnish shared-service centre; new
customers of the kinds Finnish agencies bill (Oy, kuntayhtymä, osuuskunta, säätiö, ry), a near-twin name pair,
a Finland-Swedish Ab, a private person known by henkilötunnus, a public fee article at VAT 0 and articles
without a price."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import Expected, registrar


def fi_y(seven: str) -> str:
    """A Y-tunnus NNNNNNN-N with its check digit (weights 7-9-10-5-8-4-2, mod 11)."""
    r = sum(int(c) * w for c, w in zip(seven, (7, 9, 10, 5, 8, 4, 2))) % 11
    if r == 1:
        raise ValueError(f"no Y-tunnus with the prefix {seven}")
    return f"{seven}-{0 if r == 0 else 11 - r}"


def fi_ref(base: str) -> str:
    """A Finnish viitenumero: weights 7-3-1 from the right."""
    s = sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def hetu(ddmmyy: str, sep: str, nnn: str) -> str:
    """A Finnish henkilötunnus with its check character (mod 31)."""
    return ddmmyy + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


YMP, KALLIO = "YMP-FI", "KALLIO-FI"
SANNA = "Sanna Mäkelä <sanna.makela@pohjanmaanymparisto.fi>"
KIRJ = "Kirjaamo / laskutus <laskutus@pohjanmaanymparisto.fi>"
BJORN = "Björn Nyholm <bjorn.nyholm@pohjanmaanymparisto.fi>"
JUHA = "Juha Leinonen <juha.leinonen@kallioniemi.fi>"
TEKN = "Tekninen toimi <tekninen.toimi@kallioniemi.fi>"
CENTRE = "Myyntireskontra <myyntireskontra@palvelukeskus.fi>"

AGENCIES: list[dict[str, Any]] = [
    {"code": YMP, "name": "Pohjanmaan ympäristöpalvelukeskus", "country": "FI", "org_no": fi_y("2461077"),
     "vat_no": "FI" + fi_y("2461077").replace("-", ""), "currency": "EUR", "default_vat_rate": "25.5",
     "language": "fi", "address": {"street": "PL 262", "postal_code": "65101", "city": "Vaasa", "country": "FI"},
     "iban": "FI44 5000 0120 2536 44", "intake_address": "myyntireskontra@palvelukeskus.fi",
     "allowed_senders": ["sanna.makela@pohjanmaanymparisto.fi", "laskutus@pohjanmaanymparisto.fi",
                         "bjorn.nyholm@pohjanmaanymparisto.fi"]},
    {"code": KALLIO, "name": "Kallioniemen kunta, tekninen toimi", "country": "FI", "org_no": fi_y("0178403"),
     "vat_no": "FI" + fi_y("0178403").replace("-", ""), "currency": "EUR", "default_vat_rate": "25.5",
     "language": "fi", "address": {"street": "Kunnantie 1", "postal_code": "41800", "city": "Kallioniemi",
                                    "country": "FI"},
     "iban": "FI12 4108 0010 3344 12", "intake_address": "myyntireskontra@palvelukeskus.fi",
     "allowed_senders": ["juha.leinonen@kallioniemi.fi", "tekninen.toimi@kallioniemi.fi"]},
]

HETU = hetu("120375", "-", "317")


def _c(num: str, name: str, org: str, email: str, street: str, pc: str, city: str,
       private: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"customer_number": num, "name": name, "org_no": org,
                           "vat_no": None if private else "FI" + org.replace("-", ""), "country": "FI",
                           "email": email, "peppol_id": None if private else "0216:0037" + org.replace("-", ""),
                           "address": {"street": street, "postal_code": pc, "city": city, "country": "FI"}}
    if private:
        out["private"] = True
    return out


CUSTOMERS: list[dict[str, Any]] = [
    _c("A-1001", "Pohjanmaan Rakennus Oy", fi_y("2811450"), "ostolaskut@pohjanmaanrakennus.fi", "Rantakatu 4",
       "65100", "Vaasa"),
    _c("A-1002", "Keski-Pohjanmaan Jätehuolto kuntayhtymä", fi_y("0203114"), "laskut@kpjatehuolto.fi",
       "Jätetie 2", "67700", "Kokkola"),
    _c("A-1003", "Metsäosuuskunta Kaski", fi_y("1874216"), "kaski@metsaosuuskunta.fi", "Metsätie 9", "62100",
       "Lapua"),
    _c("A-1004", "Saaristosäätiö sr", fi_y("0912346"), "talous@saaristosaatio.fi", "Satamatie 3", "65800",
       "Raippaluoto"),
    _c("A-1005", "Pohjanmaan Vesiensuojeluyhdistys ry", fi_y("0527741"), "rahastonhoitaja@pvsy.fi",
       "Kalarannantie 1", "65200", "Vaasa"),
    _c("A-1006", "Lakeuden Kuljetus Oy", fi_y("3044519"), "laskutus@lakeudenkuljetus.fi", "Kuljettajantie 6",
       "60100", "Seinäjoki"),
    _c("A-1007", "Lakeuden Kuljetuspalvelu Oy", fi_y("2999812"), "lkp@lakeudenkp.fi", "Teollisuustie 12",
       "60320", "Seinäjoki"),
    _c("A-1008", "Österbottens Fiskodlare Ab", fi_y("0658093"), "fakturor@osterfisk.fi", "Fiskehamnen 2",
       "66100", "Malax"),
    _c("A-1009", "Kallioniemen Energia Oy", fi_y("2255871"), "ostolaskut@kallioniemenenergia.fi",
       "Voimalantie 1", "41800", "Kallioniemi"),
    _c("A-1010", "Matti Korhonen", HETU, "matti.korhonen@posti.fi", "Koivukuja 3", "41800", "Kallioniemi",
       private=True),
    _c("A-1011", "Kallioniemen Vesiosuuskunta", fi_y("1047726"), "vesiosuuskunta@kallioniemi.net",
       "Pumppaamontie 2", "41820", "Kallioniemi"),
    _c("A-1012", "Etelä-Pohjanmaan hyvinvointialue", fi_y("3221354"), "ostolaskut@hyvaep.fi", "Hanneksenrinne 7",
       "60220", "Seinäjoki"),
]


def _a(ag: str, code: str, name: str, unit: str, price: str | None, vat: str) -> dict[str, Any]:
    return {"agency": ag, "code": code, "name": name, "unit": unit, "unit_price": price, "vat_rate": vat}


ARTICLES: list[dict[str, Any]] = [
    _a(YMP, "Y100", "Vesinäytteen analyysi", "kpl", "52.00", "25.5"),
    _a(YMP, "Y110", "Maanäyte", "kpl", "78.00", "25.5"),
    _a(YMP, "Y200", "Asiantuntijatyö", "h", "95.00", "25.5"),
    _a(YMP, "Y210", "Tarkastuskäynti", "kpl", "310.00", "25.5"),
    _a(YMP, "Y220", "Kenttäpäivä", "pv", "780.00", "25.5"),
    _a(YMP, "Y300", "Lausunto", "kpl", "450.00", "25.5"),
    _a(YMP, "Y400", "Luvan käsittelymaksu", "kpl", "120.00", "0"),
    _a(YMP, "Y500", "Laitevuokra", "vrk", "65.00", "25.5"),
    _a(YMP, "Y600", "Erillisselvitys", "kpl", None, "25.5"),
    _a(YMP, "Y700", "Koulutuspäivä", "hlö", "240.00", "25.5"),
    _a(YMP, "Y800", "Matkakulut", "km", "0.57", "25.5"),
    _a(KALLIO, "T10", "Vesimittarin vaihto", "kpl", "145.00", "25.5"),
    _a(KALLIO, "T20", "Kaivinkonetyö", "h", "88.00", "25.5"),
    _a(KALLIO, "T30", "Katualueen vuokra", "m²/kk", "1.20", "25.5"),
    _a(KALLIO, "T40", "Liittymämaksu", "kpl", None, "0"),
    _a(KALLIO, "T50", "Lumenauraus", "h", "72.00", "25.5"),
    _a(KALLIO, "T60", "Jätehuoltomaksu", "kk", "23.50", "25.5"),
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}

_EXPECTED = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request

CASES: list[tuple[str, Any]] = []
case = registrar(CASES)
ND = ("description",)

DISCLAIMER = ("\nTämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, "
              "ilmoita lähettäjälle ja poista viesti.\n")


def sig_ymp(name: str, title: str = "laskutussihteeri") -> str:
    """The regional office's signature: its own Y-tunnus, IBAN and phone are never the customer's."""
    return (f"\n\nYstävällisin terveisin\n\n{name}\n{title}\nPohjanmaan ympäristöpalvelukeskus\nPL 262, 65101 Vaasa"
            f"\nPuh. 0295 028 500 | Y-tunnus {AGENCIES[0]['org_no']}\nIBAN FI44 5000 0120 2536 44\n" + DISCLAIMER)


def sig_kallio(name: str) -> str:
    return (f"\n\nYstävällisin terveisin\n{name}\nKallioniemen kunta / tekninen toimi\nKunnantie 1, 41800 "
            f"Kallioniemi\nPuh. 040 123 4567\nY-tunnus {AGENCIES[1]['org_no'].replace('-', '')}\n" + DISCLAIMER)


def sig_sv(name: str) -> str:
    return (f"\n\nMed vänlig hälsning\n{name}\nÖsterbottens miljötjänstcentral / Pohjanmaan "
            f"ympäristöpalvelukeskus\nPB 262, 65101 Vasa\nTfn 0295 028 512\nFO-nummer {AGENCIES[0]['org_no']}\n"
            "Detta meddelande kan innehålla konfidentiell information.\n")
