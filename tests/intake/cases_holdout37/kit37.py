"""The thirty-seventh held-out set's registry ("new senders' first month", mail of Monday 1 - Friday 5 February
2027): eight agencies that have just joined the centre and each write in their own habit — a Swedish
municipality's building permits (a case-management system's notifications), a Swedish region's interpreter service
(an ERP export), a Swedish court's copy desk (long signatures), a Finnish city library (HTML key/value tables), a
Finnish wellbeing county's home care (phone mail without punctuation), a Finnish state agency for land surveys
(two-column PDF order forms and case notifications), a Finland-Swedish folk high school (colleagues forwarding
citizens' bookings) and an English-writing EU liaison office. One shared register: companies, municipalities,
associations, private persons with personnummer and hetu, the twins Kustbygg AB / Kustbygg Oy and two private
persons both called Maria Nyström; articles per permit, hour, page, file, visit, meal, extract, participant and day,
a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_MARIA_A = pnr("710314", "528")         # Maria Nyström, born 1971 (a building-permit applicant)
PNR_MARIA_B = pnr("880927", "064")         # Maria Nyström, born 1988 (a party ordering court copies)
HETU_AINO = hetu("120334", "262")          # born 1934, a home-care client
HETU_VEIKKO = hetu("050841", "519")        # born 1941, a home-care client
HETU_JOHAN = hetu("240657", "331")         # born 1957, a folk-high-school course participant


def full_pnr(p: str) -> str:
    """A 10-digit personnummer of someone born in the 1900s in the register's 12-digit form."""
    return "19" + p[:6] + "-" + p[7:]


BYGG, TOLK, KOPI, EULO = "BYGG-SE", "TOLK-SE", "KOPI-SE", "EULO-SE"
KIRJ, KOTI, MAAN, FOLK = "KIRJ-FI", "KOTI-FI", "MAAN-FI", "FOLK-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "bygg": "Castor Ärende <noreply-arende@askersund-demo.se>",
    "bygg_e": "Elin Strand <elin.strand@askersund-demo.se>",
    "tolk": "Tolkservice Ekonomi <tolkservice.ekonomi@regionjh-demo.se>",
    "tolk_p": "Patrik Öberg <patrik.oberg@regionjh-demo.se>",
    "kopi": "Kopieexpeditionen <kopior.siljan@dom-demo.se>",
    "kopi_a": "Agneta Wiik <agneta.wiik@dom-demo.se>",
    "eulo": "North Sweden EU Office <office@northsweden-eu-demo.eu>",
    "eulo_h": "Hanna Lindgren <hanna.lindgren@northsweden-eu-demo.eu>",
    "kirj": "Raahen kaupunginkirjasto <kirjasto.laskutus@raahe-demo.fi>",
    "kirj_m": "Marjut Kangas <marjut.kangas@raahe-demo.fi>",
    "koti": "Kotihoito Itä <kotihoito.ita@jarvisavonhyva-demo.fi>",
    "koti_s": "Sari Pesonen <sari.pesonen@jarvisavonhyva-demo.fi>",
    "maan": "Asiointi KKV <asiointi@kiinteistokarttavirasto-demo.fi>",
    "maan_t": "Tuomas Rinne <tuomas.rinne@kiinteistokarttavirasto-demo.fi>",
    "folk": "Kansliet Kvarkens folkhögskola <kansliet@kvarkensfhs-demo.fi>",
    "folk_b": "Britt-Marie Holm <britt-marie.holm@kvarkensfhs-demo.fi>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(BYGG, "Askersunds kommun, bygglovsenheten", "SE", se_org("212000186"), "sv",
        ("Torget 3", "696 80", "Askersund"), ["bygg", "bygg_e"], "5401-3318"),
    _ag(TOLK, "Region Jämtland Härjedalen, tolkservice", "SE", se_org("232100301"), "sv",
        ("Kyrkgatan 12", "831 31", "Östersund"), ["tolk", "tolk_p"], "5402-0871"),
    _ag(KOPI, "Siljans tingsrätt, kopieexpeditionen", "SE", se_org("202100512"), "sv",
        ("Våmhusvägen 3", "792 30", "Mora"), ["kopi", "kopi_a"], "5403-6620"),
    _ag(EULO, "North Sweden EU Office", "SE", se_org("802503117"), "en",
        ("Storgatan 50", "903 26", "Umeå"), ["eulo", "eulo_h"], "5404-1195"),
    _ag(KIRJ, "Raahen kaupunginkirjasto", "FI", fi_yt("0187654"), "fi",
        ("Rantakatu 45", "92100", "Raahe"), ["kirj", "kirj_m"], "FI27 5741 3620 0118 44"),
    _ag(KOTI, "Järvi-Savon hyvinvointialue, kotihoito", "FI", fi_yt("3056127"), "fi",
        ("Sairaalantie 8", "57100", "Savonlinna"), ["koti", "koti_s"], "FI18 5000 0120 3377 16"),
    _ag(MAAN, "Kiinteistö- ja karttavirasto", "FI", fi_yt("0216584"), "fi",
        ("Opastinsilta 12", "00520", "Helsinki"), ["maan", "maan_t"], "FI63 1660 3000 1093 30"),
    _ag(FOLK, "Kvarkens folkhögskola", "FI", fi_yt("0842913"), "sv",
        ("Skolvägen 11", "66600", "Vörå"), ["folk", "folk_b"], "FI52 4970 1040 0058 63"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("C-3701", "Askersunds Hyresbostäder AB", se_org("556612930"), "SE", "ekonomi@askersundsbostader.se",
       "Sundsbrogatan 2", "696 31", "Askersund"),
    _c("C-3702", "Laxå kommun", se_org("212000178"), "SE", "leverantorsreskontra@laxa-demo.se", "Box 190",
       "695 22", "Laxå", peppol="0007:" + se_org("212000178").replace("-", "")),
    _c("C-3703", "Kustbygg AB", se_org("559401772"), "SE", "faktura@kustbygg.se", "Hamngatan 7", "852 34",
       "Sundsvall"),
    _c("C-3704", "Kustbygg Oy", fi_yt("2931406"), "FI", "laskut@kustbygg.fi", "Satamakatu 19", "65100",
       "Vaasa"),
    _c("C-3705", "Frösöns Vårdcentral AB", se_org("559298044"), "SE", "faktura@frosovc.se", "Frösövägen 31",
       "832 45", "Frösön"),
    _c("C-3706", "Krokoms skolförbund", se_org("222000164"), "SE", "ekonomi@krokomsskolforbund.se",
       "Offerdalsvägen 9", "835 31", "Krokom"),
    _c("C-3707", "Advokatbyrån Hed & Sjöberg KB", se_org("969745213"), "SE", "byra@hedsjoberg.se",
       "Kyrkogatan 4", "792 30", "Mora"),
    _c("C-3708", "Maria Nyström", full_pnr(PNR_MARIA_A), "SE", None, "Lillängsvägen 6", "696 33", "Askersund",
       private=True),
    _c("C-3709", "Maria Nyström", full_pnr(PNR_MARIA_B), "SE", "maria.nystrom88@post-demo.se",
       "Vasagatan 21", "792 31", "Mora", private=True),
    _c("C-3710", "Dalabladet Media AB", se_org("556087412"), "SE", "ekonomi@dalabladet.se", "Strandgatan 10",
       "791 71", "Falun"),
    _c("C-3711", "Stiftelsen Norrländsk Framtid", se_org("802611249"), "SE",
       "kansli@norrlandskframtid.se", "Rådhusesplanaden 8", "903 28", "Umeå"),
    _c("C-3712", "Bottniska Innovationsparken AB", se_org("556734419"), "SE", "invoice@bottniskaparken.se",
       "Laboratorgränd 1", "931 62", "Skellefteå"),
    _c("C-3801", "Raahen Taideyhdistys ry", fi_yt("1987452"), "FI", "rahastonhoitaja@raahentaide.fi",
       "Brahenkatu 6", "92100", "Raahe"),
    _c("C-3802", "Pohjois-Pohjanmaan Lukuseura ry", fi_yt("2544018"), "FI", "lukuseura.laskut@posti-demo.fi",
       "Kauppakatu 30", "90100", "Oulu"),
    _c("C-3803", "Aino Heikkinen", HETU_AINO, "FI", None, "Kirkkokatu 14 B 9", "57100", "Savonlinna",
       private=True),
    _c("C-3804", "Veikko Lehtonen", HETU_VEIKKO, "FI", None, "Kerimäentie 221", "58200", "Kerimäki",
       private=True),
    _c("C-3805", "Palvelutalo Kultakoti Oy", fi_yt("3122905"), "FI", "reskontra@kultakoti.fi",
       "Olavinkatu 51", "57130", "Savonlinna", peppol="0216:003731229051"),
    _c("C-3806", "Rakennustoimisto Harjula Oy", fi_yt("2741856"), "FI", "ostolaskut@harjularakennus.fi",
       "Teollisuustie 3", "33960", "Pirkkala"),
    _c("C-3807", "Metsänomistajat Järvi-Suomi ry", fi_yt("0983315"), "FI", "toimisto@mojs-demo.fi",
       "Puistokatu 2", "50100", "Mikkeli"),
    _c("C-3808", "Österbottens Hembygdsförbund rf", fi_yt("3066072"), "FI", "kansliet@ohbf-demo.fi",
       "Handelsesplanaden 23", "65100", "Vasa"),
    _c("C-3809", "Johan Sandvik", HETU_JOHAN, "FI", "johan.sandvik@netti-demo.fi", "Rejpeltvägen 40",
       "66640", "Maxmo", private=True),
    _c("C-3810", "Kvarkens Båtbyggare Ab", fi_yt("3381140"), "FI", "info@kvarkensbat.fi", "Båthamnen 1",
       "66530", "Kvevlax"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(BYGG, "BL10", "Bygglovsavgift, enbostadshus", "st", "24800.00", "0"),
    _a(BYGG, "BL20", "Nybyggnadskarta", "st", "6200.00", "25"),
    _a(BYGG, "BL30", "Utstakning, per timme", "tim", "1150.00", "25"),
    _a(BYGG, "BL40", "Handläggning enligt taxa, per timme", "tim", "1250.00", "0"),
    _a(BYGG, "BL90", "Särskild avgift enligt taxa", "st", None, "0"),
    _a(TOLK, "TS10", "Språktolkning på plats, per timme", "tim", "690.00", "25"),
    _a(TOLK, "TS20", "Distanstolkning, per timme", "tim", "540.00", "25"),
    _a(TOLK, "TS30", "Restid tolk, per timme", "tim", "320.00", "25"),
    _a(TOLK, "TS40", "Sen avbokning", "st", "690.00", "25"),
    _a(TOLK, "TS50", "Översättning, per ord", "ord", None, "25"),
    _a(KOPI, "KE10", "Kopia av allmän handling, per sida", "sida", "2.00", "0"),
    _a(KOPI, "KE20", "Kopia av ljud- eller videoupptagning", "st", "120.00", "0"),
    _a(KOPI, "KE30", "Utskrift av förhör, per sida", "sida", "50.00", "0"),
    _a(KOPI, "KE40", "Expeditionsavgift", "st", "50.00", "0"),
    _a(EULO, "EU10", "Study visit programme, per participant", "participant", "1450.00", "25"),
    _a(EULO, "EU20", "Meeting room, Brussels office, per day", "day", "5200.00", "25"),
    _a(EULO, "EU30", "Partner search service", "st", "9800.00", "25"),
    _a(EULO, "EU90", "Event services", "st", None, "25"),
    _a(KIRJ, "KI10", "Kadonnut tai turmeltunut aineisto", "kpl", None, "0"),
    _a(KIRJ, "KI20", "Tilavuokra, Kirjastosali, tunti", "h", "38.00", "25.5"),
    _a(KIRJ, "KI30", "Kaukolaina", "kpl", "8.00", "25.5"),
    _a(KIRJ, "KI40", "Kirjastoauton vierailu", "krt", "145.00", "25.5"),
    _a(KIRJ, "KI50", "Kirjavinkkaus, ryhmä", "ryhmä", "60.00", "25.5"),
    _a(KOTI, "KH10", "Kotihoidon käynti", "käynti", "16.40", "0"),
    _a(KOTI, "KH20", "Ateriapalvelu, ateria", "ateria", "9.80", "0"),
    _a(KOTI, "KH30", "Turvapuhelin, kuukausi", "kk", "36.00", "0"),
    _a(KOTI, "KH40", "Kylvetyspalvelu", "krt", "14.00", "0"),
    _a(KOTI, "KH90", "Tukipalvelu, muu", "kpl", None, "0"),
    _a(MAAN, "MK10", "Kiinteistörekisterin ote", "kpl", "17.00", "0"),
    _a(MAAN, "MK20", "Lainhuutotodistus", "kpl", "20.00", "0"),
    _a(MAAN, "MK30", "Rajankäynti, tunti", "h", "110.00", "0"),
    _a(MAAN, "MK40", "Karttatuloste A3", "kpl", "28.00", "25.5"),
    _a(MAAN, "MK90", "Erillisselvitys", "kpl", None, "25.5"),
    _a(FOLK, "FH10", "Kursavgift, kortkurs", "deltagare", "145.00", "0"),
    _a(FOLK, "FH20", "Helpension, per dygn", "dygn", "72.00", "14"),
    _a(FOLK, "FH30", "Hyra av festsal, per timme", "h", "55.00", "25.5"),
    _a(FOLK, "FH40", "Kaffeservering, per person", "person", "6.50", "14"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
NP = ("period_start", "period_end")
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
JAN = ("2027-01-01", "2027-01-31")
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
