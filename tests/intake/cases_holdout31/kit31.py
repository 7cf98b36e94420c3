"""The thirty-first held-out set's registry ("counts and money as people write them"): eight agencies not heard from
before (a Swedish maritime museum's school unit, a Swedish police region's escort and event service, a Swedish
veterinary laboratory, an English-writing Swedish university's conference office, a Finnish nature centre in
Lapland, a Finnish city orchestra, a Finnish safety training institute and a Finland-Swedish town's harbour office),
a shared register of customers (companies, associations, private persons with personnummer/hetu, the near-twins
"Norrskens Resor AB" / "Norrsken Resor AB", a Swiss customer) and articles priced per pupil, per hour, per sample,
per participant and day, per metre, a few without a price."""
from __future__ import annotations

import datetime as dt
import email.utils
from functools import partial
from typing import Any

from stdnum.ch import uid

from tests.intake.cases.ids import bankgiro, fi_iban, fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_KARIN = pnr("750214", "362")           # born 1975, keeps dogs
HETU_MATTI = hetu("140388", "317")         # born 1988
HETU_BRITT = hetu("030962", "452")         # born 1962
UID_ALPEN = "CHE-" + "116.281.71" + uid.calc_check_digit("11628171")

MUSE, POL, VETL, UNI = "MUSE-SE", "POL-SE", "VETL-SE", "UNI-SE"
LAP, ORK, TURV, HAMN = "LAP-FI", "ORK-FI", "TURV-FI", "HAMN-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "muse": "Ylva Sandström <ylva.sandstrom@riksmuseet-bottenviken.se>",
    "muse_b": "Bokningen <bokning@riksmuseet-bottenviken.se>",
    "pol": "Tillstånd och eskort Nord <eskort.nord@polisen-region-nord.se>",
    "pol_h": "Håkan Öberg <hakan.oberg@polisen-region-nord.se>",
    "vetl": "Provmottagningen <prov@veterinarlab-norr.se>",
    "uni": "Conference Office <conferences@norrsund-university.se>",
    "lap": "Luontokeskus Kiilopää <asiakaspalvelu@lapinluontokeskus.fi>",
    "lap_s": "Sari Magga <sari.magga@lapinluontokeskus.fi>",
    "ork": "Orkesterin toimisto <toimisto@saimaanorkesteri.fi>",
    "turv": "Koulutusmyynti <koulutusmyynti@isturvallisuusopisto.fi>",
    "turv_j": "Jari Nieminen <jari.nieminen@isturvallisuusopisto.fi>",
    "hamn": "Hamnkontoret <hamnkontoret@kristinestad-demo.fi>",
    "hamn_m": "Mikael Åkerlund <mikael.akerlund@kristinestad-demo.fi>",
}

_ag = partial(centre_agency, W)   # an agency writing to the centre of its country

AGENCIES: list[dict[str, Any]] = [
    _ag(MUSE, "Riksmuseet Bottenviken, pedagogiska enheten", "SE", se_org("202100613"), "sv",
        ("Museigatan 1", "972 41", "Luleå"), ["muse", "muse_b"], bankgiro("5091230")),
    _ag(POL, "Polisregion Nord, tillstånd och eskort", "SE", se_org("202100009"), "sv",
        ("Box 804", "971 25", "Luleå"), ["pol", "pol_h"], bankgiro("5092741")),
    _ag(VETL, "Veterinärlaboratoriet Norr, provmottagningen", "SE", se_org("202100685"), "sv",
        ("Laboratorievägen 3", "901 87", "Umeå"), ["vetl"], bankgiro("5093318")),
    _ag(UNI, "Norrsund University, Conference & Events Office", "SE", se_org("202100472"), "en",
        ("Campusvägen 10", "851 70", "Sundsvall"), ["uni"], bankgiro("5094402")),
    _ag(LAP, "Lapin luontokeskus Kiilopää", "FI", fi_yt("0245119"), "fi",
        ("Kiilopääntie 2", "99830", "Saariselkä"), ["lap", "lap_s"], fi_iban("50000120330045")),
    _ag(ORK, "Saimaan kaupunginorkesteri", "FI", fi_yt("0571364"), "fi",
        ("Konserttitalonkatu 4", "53100", "Lappeenranta"), ["ork"], fi_iban("80001270442211")),
    _ag(TURV, "Itä-Suomen turvallisuusopisto", "FI", fi_yt("1088774"), "fi",
        ("Opistotie 6", "70820", "Kuopio"), ["turv", "turv_j"], fi_iban("10253000881402")),
    _ag(HAMN, "Kristinestads stad, hamnkontoret", "FI", fi_yt("0893351"), "sv",
        ("Strandgatan 20", "64100", "Kristinestad"), ["hamn", "hamn_m"], fi_iban("40550010447730")),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("K-3101", "Bottenvikens Friskola AB", se_org("559211304"), "SE", "ekonomi@bottenvikensfriskola.se",
       "Skolgatan 14", "974 33", "Luleå"),
    _c("K-3102", "Norrskens Resor AB", se_org("556734218"), "SE", "faktura@norrskensresor.se", "Storgatan 40",
       "972 31", "Luleå"),
    _c("K-3103", "Norrsken Resor AB", se_org("559087652"), "SE", "ekonomi@norrskenresor.se", "Kyrkogatan 3",
       "981 31", "Kiruna"),
    _c("K-3104", "Tungtransport Kallax AB", se_org("556498713"), "SE", "fakturor@tungkallax.se",
       "Flygvägen 22", "973 45", "Luleå", peppol="0007:" + se_org("556498713").replace("-", "")),
    _c("K-3105", "Lapplands Evenemang AB", se_org("559145820"), "SE", "ekonomi@lapplandsevenemang.se",
       "Arenavägen 1", "981 38", "Kiruna"),
    _c("K-3106", "Luleå Hembygdsförening", se_org("802004837"), "SE", "kassor@lulea-hembygd.se", "Gammelstad 5",
       "954 33", "Gammelstad"),
    _c("K-3107", "Mjölkgården Norrbyn AB", se_org("559302615"), "SE", "mjolkgarden@lantpost.se", "Norrbyn 12",
       "905 83", "Hörnefors"),
    _c("K-3108", "Karin Nyström", "19" + PNR_KARIN[:6] + "-" + PNR_KARIN[7:], "SE", "karin.nystrom@brevlada.se",
       "Byvägen 7", "922 66", "Tavelsjö", private=True),
    _c("K-3109", "Djurkliniken Älvdal AB", se_org("556851036"), "SE", "ekonomi@djurklinikenalvdal.se",
       "Älvgatan 9", "903 27", "Umeå"),
    _c("K-3110", "Nordic Ice Research Network", se_org("802513409"), "SE", "treasurer@nordicice.org",
       "Box 55", "852 30", "Sundsvall"),
    _c("K-3111", "Alpenblick Seminare AG", UID_ALPEN, "CH", "buchhaltung@alpenblick-seminare.ch",
       "Bahnhofstrasse 12", "3800", "Interlaken"),
    _c("K-3201", "Lapin Retkeilijät ry", fi_yt("2650318"), "FI", "rahastonhoitaja@lapinretkeilijat.fi",
       "PL 44", "96101", "Rovaniemi"),
    _c("K-3202", "Revontuli Safaris Oy", fi_yt("2874419"), "FI", "laskut@revontulisafaris.fi",
       "Saariseläntie 9", "99830", "Saariselkä"),
    _c("K-3203", "Saimaan Kuoroyhdistys ry", fi_yt("1944720"), "FI", "kuoro.talous@saimaankuoro.fi",
       "Kauppakatu 30", "53100", "Lappeenranta"),
    _c("K-3204", "Tapahtumatoimisto Sointu Oy", fi_yt("2240753"), "FI", "ostolaskut@sointu-tapahtumat.fi",
       "Valtakatu 41", "53100", "Lappeenranta", peppol="0216:0037" + fi_yt("2240753").replace("-", "")),
    _c("K-3205", "Rakennus Kivijalka Oy", fi_yt("3120579"), "FI", "laskutus@kivijalka.fi", "Teollisuustie 15",
       "70460", "Kuopio"),
    _c("K-3206", "Savon Vartiointi Oy", fi_yt("0987263"), "FI", "reskontra@savonvartiointi.fi", "Vartiokuja 2",
       "70100", "Kuopio"),
    _c("K-3207", "Matti Heikkinen", HETU_MATTI, "FI", "matti.heikkinen@posti.fi", "Revontulentie 5 A 3", "96100",
       "Rovaniemi", private=True),
    _c("K-3208", "Kristinestads Seglarförening rf", fi_yt("2168405"), "FI", "kassor@ksf-segling.fi",
       "Salutorget 1", "64100", "Kristinestad"),
    _c("K-3209", "Närpes Båtvarv Ab", fi_yt("2719026"), "FI", "bokforing@narpesbatvarv.fi", "Varvsvägen 8",
       "64200", "Närpes"),
    _c("K-3210", "Britt-Marie Holm", HETU_BRITT, "FI", None, "Tegelbruksgatan 4", "64100", "Kristinestad",
       private=True),
]

ARTICLES: list[dict[str, Any]] = [
    _a(MUSE, "MU10", "Skolvisning, per elev", "elev", "45.00", "6"),
    _a(MUSE, "MU20", "Guidad visning, per grupp", "grupp", "1200.00", "6"),
    _a(MUSE, "MU30", "Workshop, per deltagare", "deltagare", "120.00", "6"),
    _a(MUSE, "MU90", "Specialvisning", "st", None, "6"),
    _a(POL, "PO10", "Eskort av tung transport, per timme", "tim", "1350.00", "25"),
    _a(POL, "PO20", "Bevakning evenemang, per polis och timme", "tim", "980.00", "25"),
    _a(POL, "PO90", "Särskild insats", "st", None, "25"),
    _a(VETL, "VL10", "Salmonellaanalys, per prov", "prov", "310.00", "25"),
    _a(VETL, "VL20", "Obduktion, mindre djur", "st", "1850.00", "25"),
    _a(VETL, "VL30", "Provtagningskit", "st", "85.00", "25"),
    _a(VETL, "VL90", "Specialanalys", "st", None, "25"),
    _a(UNI, "UN10", "Conference fee, per participant and day", "participant-day", "1450.00", "25"),
    _a(UNI, "UN20", "Lecture hall, per hour", "hour", "900.00", "25"),
    _a(UNI, "UN30", "Catering, per person", "person", None, "12"),
    _a(LAP, "LP10", "Opastettu retki, per henkilö", "hlö", "38.00", "25.5"),
    _a(LAP, "LP20", "Varaustupa, vuorokausi", "vrk", "25.00", "14"),
    _a(LAP, "LP90", "Erikoisretki", "kpl", None, "25.5"),
    _a(ORK, "OR10", "Muusikkotunti, per muusikko", "h", "95.00", "14"),
    _a(ORK, "OR20", "Soitinvuokra, vuorokausi", "vrk", "60.00", "25.5"),
    _a(ORK, "OR30", "Nuottikopio", "kpl", "0.50", "25.5"),
    _a(ORK, "OR90", "Konserttikokonaisuus", "kpl", None, "14"),
    _a(TURV, "TU10", "Koulutuspäivä, per henkilö", "hlöpv", "240.00", "0"),
    _a(TURV, "TU20", "Harjoituskentän käyttö, tunti", "h", "180.00", "25.5"),
    _a(TURV, "TU30", "Alkusammutuskoulutus, ryhmä", "ryhmä", "420.00", "0"),
    _a(TURV, "TU90", "Tilauskoulutus", "kpl", None, "0"),
    _a(HAMN, "HK10", "Båtplats, per meter och säsong", "m", "42.00", "25.5"),
    _a(HAMN, "HK20", "Gästhamnsavgift, per dygn", "dygn", "28.00", "25.5"),
    _a(HAMN, "HK30", "Kranlyft", "st", "95.00", "25.5"),
    _a(HAMN, "HK90", "Särskilt arbete, per timme", "h", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def pay(code: str) -> str:
    """The agency's own bankgiro or IBAN, for signatures (never the customer's)."""
    ag = next(a for a in AGENCIES if a["code"] == code)
    return str(ag.get("bankgiro") or ag.get("iban"))


def when(stamp: str, finnish: bool = False) -> str:
    """A Date header from 'YYYY-MM-DD HH:MM' in Swedish or Finnish summer time, with the right weekday."""
    tz = dt.timezone(dt.timedelta(hours=3 if finnish else 2))
    return email.utils.format_datetime(dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz))
