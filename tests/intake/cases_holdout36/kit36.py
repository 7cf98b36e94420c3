"""The thirty-sixth held-out set's registry ("year-end mail", mail of Monday 13 - Friday 17 December 2027): eight
agencies not heard from before (a Swedish region's public dental care, a Swedish university's conference service, a
Swedish national archive's copy service, a Finnish city's sports services, a Finnish regional rescue service, a
Finnish state wilderness service's hunting and fishing permits, a Finland-Swedish municipality's music institute
and an English-writing Nordic research council secretariat in Stockholm), one shared register of customers
(municipality, companies, associations, a foundation, private persons with personnummer and hetu, the near-twins
Alnö Omsorg AB / HB, two hunting clubs with the very same name "Metsästysseura Hirvi ry", a Danish company) and
articles per visit, participant, cover, page, image, hour, hectare, day, term and month, a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import bankgiro, fi_iban, fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_INGRID = pnr("520318", "624")          # born 1952, a dental patient
PNR_LARS = pnr("610905", "417")            # born 1961, a new dental patient (not in the register)
HETU_MARKKU = hetu("150671", "263")        # born 1971, a hunter buying permits himself
HETU_ELSA = hetu("220914", "384", "A")     # born 2014, a music-institute pupil (invoice to her guardians)
DK_CVR = "34561273"                        # a Danish CVR number (mod 11 valid)

TAND, KONF, ARKV, NRC = "TAND-SE", "KONF-SE", "ARKV-SE", "NRC-SE"
LIIK, PELA, ERA, MUSI = "LIIK-FI", "PELA-FI", "ERA-FI", "MUSI-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"

W = {
    "tand": "Folktandvården Ekonomi <ekonomi.folktandvarden@regionmittnorrland-demo.se>",
    "tand_p": "Petra Lundmark <petra.lundmark@regionmittnorrland-demo.se>",
    "konf": "Konferensservice <konferens@norrlandsuniversitetet-demo.se>",
    "konf_j": "Johan Vikström <johan.vikstrom@norrlandsuniversitetet-demo.se>",
    "arkv": "Kopieservice <kopieservice@arkivverket-demo.se>",
    "arkv_e": "Elin Sjögren <elin.sjogren@arkivverket-demo.se>",
    "liik": "Liikuntapalvelut <liikuntapalvelut@hirvela-demo.fi>",
    "liik_s": "Sanna Virtanen <sanna.virtanen@hirvela-demo.fi>",
    "pela": "Pelastuslaitoksen laskutus <laskutus.pelastus@jarvisavo-demo.fi>",
    "pela_k": "Kari Hämäläinen <kari.hamalainen@jarvisavo-demo.fi>",
    "era": "Eräluvat <eraluvat@valtionerat-demo.fi>",
    "era_p": "Pekka Tuominen <pekka.tuominen@valtionerat-demo.fi>",
    "musi": "Musikinstitutets kansli <kansliet.musikinstitutet@malmnas-demo.fi>",
    "musi_a": "Annika Sjöholm <annika.sjoholm@malmnas-demo.fi>",
    "nrc": "NJRC Secretariat <secretariat@njrc-demo.org>",
    "nrc_m": "Mette Lauridsen <mette.lauridsen@njrc-demo.org>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(TAND, "Region Mittnorrland, Folktandvården", "SE", se_org("232100451"), "sv",
        ("Sjukhusvägen 12", "851 86", "Sundsvall"), ["tand", "tand_p"], bankgiro("5401228")),
    _ag(KONF, "Norrlandsuniversitetet, Konferensservice", "SE", se_org("202100588"), "sv",
        ("Universitetsbacken 1", "851 70", "Sundsvall"), ["konf", "konf_j"], bankgiro("5402719")),
    _ag(ARKV, "Statens arkivverk, kopieservice", "SE", se_org("202100731"), "sv",
        ("Arkivgatan 3", "871 31", "Härnösand"), ["arkv", "arkv_e"], bankgiro("5403370")),
    _ag(NRC, "Nordic Joint Research Council Secretariat", "SE", se_org("802480371"), "en",
        ("Drottninggatan 71", "111 36", "Stockholm"), ["nrc", "nrc_m"], bankgiro("5404815")),
    _ag(LIIK, "Hirvelän kaupunki, liikuntapalvelut", "FI", fi_yt("0204819"), "fi",
        ("Urheilutie 2", "41160", "Hirvelä"), ["liik", "liik_s"], fi_iban("57100420112233")),
    _ag(PELA, "Järvi-Savon pelastuslaitos", "FI", fi_yt("2950621"), "fi",
        ("Paloasemantie 5", "70100", "Kuopio"), ["pela", "pela_k"], fi_iban("10003500876512")),
    _ag(ERA, "Valtion erämaat, eräluvat", "FI", fi_yt("0116726"), "fi",
        ("Metsäpolku 1", "96100", "Rovaniemi"), ["era", "era_p"], fi_iban("47100010998877")),
    _ag(MUSI, "Malmnäs kommun, musikinstitutet", "FI", fi_yt("0178945"), "sv",
        ("Skolvägen 8", "66600", "Malmnäs"), ["musi", "musi_a"], fi_iban("55500120334455")),
]


def _pnr12(p: str) -> str:
    """The register's 12-digit form of a 10-digit personnummer (all of this set's persons were born in 19xx)."""
    return "19" + p[:6] + "-" + p[7:]


CUSTOMERS: list[dict[str, Any]] = [
    _c("361001", "Ljungsunds kommun", se_org("212000286"), "SE", "fakturor@ljungsund-demo.se", "Box 300",
       "862 21", "Ljungsund", peppol="0007:" + se_org("212000286").replace("-", "")),
    _c("361002", "Alnö Omsorg AB", se_org("559188230"), "SE", "ekonomi@alnoomsorg.se", "Vinkelvägen 4",
       "865 31", "Alnö"),
    _c("361003", "Alnö Omsorg HB", se_org("969788215"), "SE", "kontor@alnoomsorg-hb.se", "Strandvägen 19",
       "865 92", "Alnö"),
    _c("361004", "Ingrid Sundberg", _pnr12(PNR_INGRID), "SE", None, "Granvägen 7", "856 33", "Sundsvall",
       private=True),
    _c("361005", "Medelpads Släktforskarförening", se_org("802470155"), "SE", "kassor@medelpadsslakt.se",
       "Köpmangatan 14", "852 31", "Sundsvall"),
    _c("361006", "Kvarnbergets Advokatbyrå AB", se_org("556912347"), "SE", "faktura@kvarnbergetadvokat.se",
       "Storgatan 22", "852 30", "Sundsvall"),
    _c("361007", "Bottniska Energiforskning AB", se_org("559021874"), "SE", "ap@bottniskaenergi.se",
       "Kajvägen 9", "891 33", "Örnsköldsvik"),
    _c("361008", "Höga Kustens Besöksnäring ekonomisk förening", se_org("769622013"), "SE",
       "kansli@hogakustenbesok.se", "Hamngatan 2", "872 30", "Kramfors"),
    _c("361009", "Stiftelsen Nordliga Kustmuseet", se_org("802517396"), "SE", "ekonomi@kustmuseet-demo.se",
       "Museivägen 1", "871 33", "Härnösand"),
    _c("362001", "Hirvelän Jääkiekkoseura ry", fi_yt("2214706"), "FI", "rahastonhoitaja@hjs-demo.fi",
       "Hallitie 3", "41160", "Hirvelä"),
    _c("362002", "Hirvelän Uimaseura ry", fi_yt("1598233"), "FI", "talous@hirvelanuimaseura.fi",
       "Uimahallinkatu 1", "41160", "Hirvelä"),
    _c("362003", "Salibandyseura Kipinä ry", fi_yt("2876104"), "FI", "kipina.laskut@posti-demo.fi",
       "Koulukatu 18", "41100", "Hirvelä"),
    _c("362004", "Liikuntakeskus Vauhti Oy", fi_yt("3055218"), "FI", "ostolaskut@vauhti-demo.fi",
       "Teollisuustie 6", "41120", "Hirvelä", peppol="0216:003730552180"),
    _c("362005", "Kiinteistö Oy Järvitorni", fi_yt("2990147"), "FI", "isannointi@jarvitorni-demo.fi",
       "Satamakatu 30", "70100", "Kuopio"),
    _c("362006", "Savon Hoivakodit Oy", fi_yt("2745530"), "FI", "laskutus@savonhoivakodit.fi",
       "Puistotie 11", "71800", "Siilinjärvi"),
    _c("362007", "Metsästysseura Hirvi ry", fi_yt("0623451"), "FI", "hirvi.suonenjoki@posti-demo.fi",
       "Eräkuja 2", "77600", "Suonenjoki"),
    _c("362008", "Metsästysseura Hirvi ry", fi_yt("1043296"), "FI", "ms.hirvi.pielavesi@posti-demo.fi",
       "Kirkkotie 40", "72400", "Pielavesi"),
    _c("362009", "Erämatkat Korpela Oy", fi_yt("3187725"), "FI", "toimisto@eramatkatkorpela.fi",
       "Tunturitie 12", "99130", "Sirkka"),
    _c("362010", "Markku Heiskanen", HETU_MARKKU, "FI", "markku.heiskanen@kotiposti-demo.fi", "Revontie 5",
       "96300", "Rovaniemi", private=True),
    _c("362011", "Hirvelän Taitoluistelijat ry", fi_yt("2431867"), "FI", "taitoluistelu@hirvela-seurat.fi",
       "Hallitie 3", "41160", "Hirvelä"),
    _c("362012", "Elsa Backman", HETU_ELSA, "FI", "backman.familjen@posti-demo.fi", "Byvägen 21",
       "66640", "Malmnäs", private=True),
    _c("362013", "Kvarkens Kulturfestival Ab", fi_yt("2688419"), "FI", "ekonomi@kvarkenfestival.fi",
       "Hamnvägen 5", "65100", "Vasa"),
    _c("362014", "Malmnäs Ungdomsförening rf", fi_yt("0786532"), "FI", "kassoren@malmnasuf.fi",
       "Föreningsvägen 2", "66600", "Malmnäs"),
    _c("362015", "Itämeren tutkimussäätiö sr", fi_yt("2140398"), "FI", "talous@itameritutkimus-demo.fi",
       "Merikatu 9", "00150", "Helsinki"),
    _c("363001", "Nordisk Havforskning ApS", DK_CVR, "DK", "bogholderi@nordiskhavforskning.dk",
       "Havnegade 44", "8000", "Aarhus C"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(TAND, "TV10", "Basundersökning", "st", "1150.00", "0"),
    _a(TAND, "TV20", "Uteblivet besök", "st", "650.00", "0"),
    _a(TAND, "TV30", "Munhälsobedömning, uppsökande", "st", "480.00", "0"),
    _a(TAND, "TV40", "Munvårdsutbildning för personal, per timme", "tim", "1350.00", "25"),
    _a(TAND, "TV90", "Tandtekniskt arbete", "st", None, "0"),
    _a(KONF, "KF10", "Konferenspaket heldag, per deltagare", "deltagare", "895.00", "25"),
    _a(KONF, "KF20", "Lokalhyra aulan, per dag", "dag", "12500.00", "25"),
    _a(KONF, "KF30", "Middag, per kuvert", "kuvert", "560.00", "12"),
    _a(KONF, "KF90", "Teknik- och AV-stöd", "tim", None, "25"),
    _a(ARKV, "AK10", "Papperskopia A4", "sida", "5.00", "25"),
    _a(ARKV, "AK20", "Digital bild", "bild", "45.00", "25"),
    _a(ARKV, "AK30", "Forskningsuppdrag, per timme", "tim", "900.00", "25"),
    _a(ARKV, "AK40", "Expeditionsavgift", "st", "120.00", "25"),
    _a(ARKV, "AK90", "Specialbeställning", "st", None, "25"),
    _a(NRC, "NR10", "Evaluation panel fee, per proposal", "proposal", "4200.00", "25"),
    _a(NRC, "NR20", "Workshop participation, per participant", "participant", "1800.00", "25"),
    _a(NRC, "NR30", "Secretariat services", "hour", None, "25"),
    _a(LIIK, "LP10", "Jäävuoro, tunti", "h", "145.00", "14"),
    _a(LIIK, "LP20", "Uimahallin ratavuoro, tunti", "h", "38.00", "14"),
    _a(LIIK, "LP30", "Liikuntasalivuoro, tunti", "h", "42.00", "14"),
    _a(LIIK, "LP40", "Kausikortti", "kpl", "290.00", "14"),
    _a(LIIK, "LP90", "Tapahtumajärjestelyt", "kpl", None, "25.5"),
    _a(PELA, "PL10", "Erheellinen paloilmoitus", "kpl", "780.00", "0"),
    _a(PELA, "PL20", "Jälkivalvontatarkastus", "kpl", "210.00", "0"),
    _a(PELA, "PL30", "Alkusammutuskoulutus, osallistuja", "hlö", "38.00", "25.5"),
    _a(PELA, "PL40", "Turvallisuuskoulutus, tunti", "h", "120.00", "25.5"),
    _a(PELA, "PL90", "Vahingontorjuntatyö", "kpl", None, "0"),
    _a(ERA, "EL10", "Pienriistalupa, vuorokausi", "vrk", "25.00", "0"),
    _a(ERA, "EL20", "Hirvenmetsästyksen aluevuokra", "ha", "0.45", "0"),
    _a(ERA, "EL30", "Kalastuslupa, kausi", "kpl", "60.00", "0"),
    _a(ERA, "EL40", "Eräopastus, tunti", "h", None, "25.5"),
    _a(MUSI, "MI10", "Terminsavgift, instrumentundervisning", "termin", "265.00", "0"),
    _a(MUSI, "MI20", "Instrumenthyra, per månad", "mån", "18.00", "25.5"),
    _a(MUSI, "MI30", "Musiklek, termin", "termin", "140.00", "0"),
    _a(MUSI, "MI90", "Uppdrag, elevensemble", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
AUTUMN = ("2027-08-01", "2027-12-31")
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def pay(code: str) -> str:
    """The agency's own bankgiro or IBAN, for signatures and payment advices (never the customer's)."""
    ag = next(a for a in AGENCIES if a["code"] == code)
    return str(ag.get("bankgiro") or ag["iban"])
