"""The fourteenth held-out set's registry ("the front desk's Monday morning"): two customers whose names differ
only by a town, a Finnish customer with a Swedish-language name, articles whose codes look like quantities
("10", "20", "2") and a customer whose name starts with a number ("3 Kök AB")."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.kit_helpers import agency, customer, set_kit
from tests.intake.cases.kit_helpers import article as _a

LS, KF = "LAB-SE", "KLAB-FI"
ND = ("description",)
ANNA = "Anna Lind <anna.lind@regionlabbet.se>"
JONAS = "Jonas Berg <jonas.berg@regionlabbet.se>"
FRIDA = "Frida Ek <frida.ek@regionlabbet.se>"
MIKKO = "Mikko Virtanen <mikko.virtanen@kaupunkilab.fi>"
LIISA = "Liisa Koski <liisa.koski@kaupunkilab.fi>"
ANDERS = "Anders Holm <anders.holm@kaupunkilab.fi>"

AGENCIES: list[dict[str, Any]] = [
    agency(LS, "Regionlabbet Norr", "SE", "212000-2544", "sv", ("Box 812", "971 28", "Luleå"), "5050-1055",
           "kundfaktura@ekonomicentret.se",
           ["anna.lind@regionlabbet.se", "jonas.berg@regionlabbet.se", "frida.ek@regionlabbet.se"]),
    agency(KF, "Kaupunkilaboratorio Itä", "FI", "2765431-1", "fi", ("Laboratoriontie 4", "70100", "Kuopio"),
           "FI21 1234 5600 0007 85", "laskutus@talouspalvelu.fi",
           ["mikko.virtanen@kaupunkilab.fi", "liisa.koski@kaupunkilab.fi", "anders.holm@kaupunkilab.fi"]),
]


def _se(num: str, name: str, org: str, street: str, pc: str, city: str, email: str,
        private: bool = False) -> dict[str, Any]:
    """A Swedish customer; a company's Peppol id is 0007 + its org number."""
    return customer(num, name, org, "SE", email, street, pc, city, private,
                    None if private else "0007:" + org.replace("-", ""))


def _fi(num: str, name: str, org: str, street: str, pc: str, city: str, email: str) -> dict[str, Any]:
    """A Finnish customer; the Peppol id is the OVT code 0216:0037 + Y-tunnus digits."""
    return customer(num, name, org, "FI", email, street, pc, city, peppol="0216:0037" + org.replace("-", ""))


CUSTOMERS: list[dict[str, Any]] = [
    _se("K-7001", "Byggservice i Luleå AB", "556123-4567", "Industrivägen 3", "973 45", "Luleå",
        "faktura@byggservicelulea.se"),
    _se("K-7002", "Byggservice i Umeå AB", "556234-5677", "Förrådsvägen 9", "906 20", "Umeå",
        "ekonomi@byggserviceumea.se"),
    _se("K-7003", "3 Kök AB", "556345-6788", "Köksgatan 3", "941 31", "Piteå", "info@3kok.se"),
    _se("K-7004", "Kiruna Fastigheter AB", "556456-7898", "Malmvägen 12", "981 31", "Kiruna",
        "faktura@kirunafast.se"),
    _se("K-7005", "Norrbottens Vattenrening AB", "556567-8900", "Reningsverksvägen 1", "974 33", "Luleå",
        "ap@nbvatten.se"),
    _se("K-7006", "Skellefteå Camping HB", "556678-9011", "Campingvägen 2", "931 40", "Skellefteå",
        "camping@skecamp.se"),
    _se("K-7007", "Piteå Bageri AB", "556789-0123", "Bagarbacken 7", "941 32", "Piteå", "order@piteabageri.se"),
    _se("K-7008", "Gällivare Golv AB", "556890-1234", "Golvgatan 4", "982 31", "Gällivare", "golv@gvgolv.se"),
    _se("K-7009", "Haparanda Hamn AB", "556901-2346", "Hamnvägen 1", "953 35", "Haparanda",
        "faktura@haparandahamn.se"),
    _se("K-7010", "Lars Öberg", "19800412-1235", "Storgatan 41", "972 38", "Luleå", "lars.oberg@mail.se",
        private=True),
    _se("K-7011", "Umeå Studentbostäder AB", "559012-3450", "Campusvägen 20", "907 36", "Umeå",
        "faktura@umestud.se"),
    _se("K-7012", "Byggservice Norr HB", "556888-1113", "Verkstadsgatan 8", "972 54", "Luleå",
        "bsnorr@mail.se"),
    _fi("K-8001", "Jakobstads Trävaru Ab", "1234567-1", "Skeppsgatan 5", "68600", "Jakobstad",
        "fakturor@jtravaru.fi"),
    _fi("K-8002", "Joensuun Vesi Oy", "2345678-0", "Vesitie 2", "80100", "Joensuu", "laskut@joensuunvesi.fi"),
    _fi("K-8003", "Kuopion Kiinteistöt Oy", "0987654-3", "Kauppakatu 20", "70110", "Kuopio",
        "laskut@kuopionkiinteistot.fi"),
    _fi("K-8004", "Savon Leipomo Oy", "1112223-0", "Leipurintie 1", "70700", "Kuopio", "ostot@savonleipomo.fi"),
]


ARTICLES: list[dict[str, Any]] = [
    _a(LS, "10", "Provtagning", "st", "850.00", "25"),
    _a(LS, "20", "Analys bas", "st", "420.00", "25"),
    _a(LS, "A110", "Legionellaanalys", "st", "1150.00", "25"),
    _a(LS, "A120", "Radonmätning", "st", "1890.00", "25"),
    _a(LS, "A130", "Asbestanalys", "st", "1450.00", "25"),
    _a(LS, "K200", "Kurs vattenhygien, heldag", "deltagare", "2400.00", "25"),
    _a(LS, "K210", "Frukostseminarium", "deltagare", "390.00", "25"),
    _a(LS, "T300", "Konsulttimme", "tim", "1100.00", "25"),
    _a(LS, "T310", "Jourtimme", "tim", None, "25"),
    _a(LS, "R400", "Rapport", "st", "350.00", "25"),
    _a(LS, "U900", "Utlägg", "st", None, "25"),
    _a(LS, "L500", "Hyra mätutrustning", "dygn", "600.00", "25"),
    _a(LS, "F600", "Fältdag", "dag", "7200.00", "25"),
    _a(LS, "M700", "Lokalhyra konferensrum", "tim", "450.00", "25"),
    _a(KF, "2", "Näytepullo", "kpl", "4.50", "25.5"),
    _a(KF, "V10", "Vesianalyysi", "kpl", "48.00", "25.5"),
    _a(KF, "V20", "Legionellanäyte", "kpl", "96.00", "25.5"),
    _a(KF, "V30", "Radonmittaus", "kpl", "145.00", "25.5"),
    _a(KF, "K40", "Koulutuspäivä", "osallistuja", "290.00", "25.5"),
    _a(KF, "K41", "Webinaari", "osallistuja", "60.00", "25.5"),
    _a(KF, "A50", "Asiantuntijatunti", "h", "120.00", "25.5"),
    _a(KF, "A51", "Päivystystunti", "h", None, "25.5"),
    _a(KF, "R60", "Raportti", "kpl", "35.00", "25.5"),
    _a(KF, "U90", "Kulut", "kpl", None, "25.5"),
    _a(KF, "L70", "Mittarin vuokra", "vrk", "55.00", "25.5"),
    _a(KF, "T80", "Kenttäpäivä", "pv", "680.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request

SIG_ANNA = ("Anna Lind | Provmottagning\nRegionlabbet Norr\nTel 0920-45 67 89 | Mob 070-123 45 67\n"
            "Rum 214, Hus 10, Box 812, 971 28 Luleå\nÖppet 8–16, lunchstängt 12–13\n"
            "Org.nr 212000-2544 | Bankgiro 5050-1055\n")
SIG_LIISA = ("Ystävällisin terveisin\nLiisa Koski\nlaboratoriosihteeri | Kaupunkilaboratorio Itä\n"
             "puh. 044 712 3456, vaihde 017 182 000\nLaboratoriontie 4, 70100 Kuopio | huone A2.14\n"
             "Y-tunnus 2765431-1\n")
DISCLAIMER = ("\n--\nTämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, "
              "ilmoita lähettäjälle ja poista viesti (tietosuojalaki 1050/2018, 3 luku).\n"
              "Detta meddelande kan innehålla konfidentiell information. Om du fått det av misstag, meddela "
              "avsändaren och radera det.\nThis e-mail may contain confidential information. If you received it "
              "in error, please notify the sender and delete it. Processing of personal data: see 2016/679, "
              "Art. 13–14. Reg. 2765431-1, 70100 Kuopio, tel. +358 17 182 000.\n")
