"""The sixteenth held-out set's registry ("Finnish-speaking agencies, the way they really write"): a regional
environment office and a municipality's technical department sending to a Finnish shared-service centre; new
customers of the kinds Finnish agencies bill (Oy, kuntayhtymä, osuuskunta, säätiö, ry), a near-twin name pair,
a Finland-Swedish Ab, a private person known by henkilötunnus, a public fee article at VAT 0 and articles
without a price."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt, hetu
from tests.intake.cases.kit_helpers import agency, customer, set_kit
from tests.intake.cases.kit_helpers import article as _a

YMP, KALLIO = "YMP-FI", "KALLIO-FI"
SANNA = "Sanna Mäkelä <sanna.makela@pohjanmaanymparisto.fi>"
KIRJ = "Kirjaamo / laskutus <laskutus@pohjanmaanymparisto.fi>"
BJORN = "Björn Nyholm <bjorn.nyholm@pohjanmaanymparisto.fi>"
JUHA = "Juha Leinonen <juha.leinonen@kallioniemi.fi>"
TEKN = "Tekninen toimi <tekninen.toimi@kallioniemi.fi>"
CENTRE = "Myyntireskontra <myyntireskontra@palvelukeskus.fi>"

AGENCIES: list[dict[str, Any]] = [
    agency(YMP, "Pohjanmaan ympäristöpalvelukeskus", "FI", fi_yt("2461077"), "fi", ("PL 262", "65101", "Vaasa"),
           "FI44 5000 0120 2536 44", "myyntireskontra@palvelukeskus.fi",
           ["sanna.makela@pohjanmaanymparisto.fi", "laskutus@pohjanmaanymparisto.fi",
            "bjorn.nyholm@pohjanmaanymparisto.fi"]),
    agency(KALLIO, "Kallioniemen kunta, tekninen toimi", "FI", fi_yt("0178403"), "fi",
           ("Kunnantie 1", "41800", "Kallioniemi"), "FI12 4108 0010 3344 12", "myyntireskontra@palvelukeskus.fi",
           ["juha.leinonen@kallioniemi.fi", "tekninen.toimi@kallioniemi.fi"]),
]

HETU = hetu("120375", "317")


def _c(num: str, name: str, org: str, email: str, street: str, pc: str, city: str,
       private: bool = False) -> dict[str, Any]:
    """A Finnish customer; a company's Peppol id is the OVT code 0216:0037 + Y-tunnus digits."""
    return customer(num, name, org, "FI", email, street, pc, city, private,
                    None if private else "0216:0037" + org.replace("-", ""))


CUSTOMERS: list[dict[str, Any]] = [
    _c("A-1001", "Pohjanmaan Rakennus Oy", fi_yt("2811450"), "ostolaskut@pohjanmaanrakennus.fi", "Rantakatu 4",
       "65100", "Vaasa"),
    _c("A-1002", "Keski-Pohjanmaan Jätehuolto kuntayhtymä", fi_yt("0203114"), "laskut@kpjatehuolto.fi",
       "Jätetie 2", "67700", "Kokkola"),
    _c("A-1003", "Metsäosuuskunta Kaski", fi_yt("1874216"), "kaski@metsaosuuskunta.fi", "Metsätie 9", "62100",
       "Lapua"),
    _c("A-1004", "Saaristosäätiö sr", fi_yt("0912346"), "talous@saaristosaatio.fi", "Satamatie 3", "65800",
       "Raippaluoto"),
    _c("A-1005", "Pohjanmaan Vesiensuojeluyhdistys ry", fi_yt("0527741"), "rahastonhoitaja@pvsy.fi",
       "Kalarannantie 1", "65200", "Vaasa"),
    _c("A-1006", "Lakeuden Kuljetus Oy", fi_yt("3044519"), "laskutus@lakeudenkuljetus.fi", "Kuljettajantie 6",
       "60100", "Seinäjoki"),
    _c("A-1007", "Lakeuden Kuljetuspalvelu Oy", fi_yt("2999812"), "lkp@lakeudenkp.fi", "Teollisuustie 12",
       "60320", "Seinäjoki"),
    _c("A-1008", "Österbottens Fiskodlare Ab", fi_yt("0658093"), "fakturor@osterfisk.fi", "Fiskehamnen 2",
       "66100", "Malax"),
    _c("A-1009", "Kallioniemen Energia Oy", fi_yt("2255871"), "ostolaskut@kallioniemenenergia.fi",
       "Voimalantie 1", "41800", "Kallioniemi"),
    _c("A-1010", "Matti Korhonen", HETU, "matti.korhonen@posti.fi", "Koivukuja 3", "41800", "Kallioniemi",
       private=True),
    _c("A-1011", "Kallioniemen Vesiosuuskunta", fi_yt("1047726"), "vesiosuuskunta@kallioniemi.net",
       "Pumppaamontie 2", "41820", "Kallioniemi"),
    _c("A-1012", "Etelä-Pohjanmaan hyvinvointialue", fi_yt("3221354"), "ostolaskut@hyvaep.fi", "Hanneksenrinne 7",
       "60220", "Seinäjoki"),
]


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

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
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
