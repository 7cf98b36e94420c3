"""The thirty-ninth held-out set's registry ("everything that is not a plain new request", mail of Monday 10 -
Friday 14 May 2027): eight agencies not heard from before (a Swedish municipal marina, a Swedish fire and rescue
federation, a Swedish county museum's conservation studio, an English-writing Swedish arctic field station, a
Finnish municipal catering service, a Finnish waste company, a Finnish city theatre's rentals and a Finland-Swedish
agricultural college's stables), one shared register of customers (companies, a municipality, associations, a
university, private persons with personnummer and hetu, the near-twins Norrviken Marin AB / Oy) and articles per
season, m², kWh, hour, alarm, participant, picture, night, meal, day, tonne, performance and month, a few without
a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_PEO = pnr("610318", "275")              # born 1961, a boat owner with a season berth
HETU_EMMA = hetu("220798", "412")           # born 1998, a riding-course participant
HETU_JONAS = hetu("050303", "236", "A")     # born 2003, a riding-course participant

HAMN, BRAN, MUSE, ARCT = "HAMN-SE", "BRAN-SE", "MUSE-SE", "ARCT-SE"
ATER, JATE, TEAT, NATB = "ATER-FI", "JATE-FI", "TEAT-FI", "NATB-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "hamn": "Hamnkontoret <hamnkontoret@soderhamn-demo.se>",
    "hamn_l": "Leif Holmqvist <leif.holmqvist@soderhamn-demo.se>",
    "bran": "Räddningstjänsten Mittbygden <registrator@rtmittbygden.se>",
    "bran_a": "Annika Forsberg <annika.forsberg@rtmittbygden.se>",
    "muse": "Konserveringsateljén <konservering@lansmuseet-gavleborg-demo.se>",
    "muse_e": "Elsa Lindgren <elsa.lindgren@lansmuseet-gavleborg-demo.se>",
    "arct": "Station Office <office@tarfala-fieldstation-demo.se>",
    "arct_m": "Mark Jennings <mark.jennings@tarfala-fieldstation-demo.se>",
    "ater": "Ruokapalvelut <ruokapalvelut@lapinlahti-demo.fi>",
    "ater_s": "Sanna Huttunen <sanna.huttunen@lapinlahti-demo.fi>",
    "jate": "Laskutus Kiertokari <laskutus@kiertokari-demo.fi>",
    "jate_p": "Pekka Voutilainen <pekka.voutilainen@kiertokari-demo.fi>",
    "teat": "Vuokraukset KKT <vuokraukset@kuopionkaupunginteatteri-demo.fi>",
    "teat_r": "Riikka Mönkkönen <riikka.monkkonen@kuopionkaupunginteatteri-demo.fi>",
    "natb": "Kansliet Naturbruksskolan <kansliet@vora-naturbruk-demo.fi>",
    "natb_h": "Hanna Backlund <hanna.backlund@vora-naturbruk-demo.fi>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(HAMN, "Söderhamns kommun, hamnförvaltningen", "SE", se_org("212000240"), "sv",
        ("Hamngatan 2", "826 30", "Söderhamn"), ["hamn", "hamn_l"], "5401-3318"),
    _ag(BRAN, "Räddningstjänstförbundet Mittbygden", "SE", se_org("222000185"), "sv",
        ("Brandstationsvägen 1", "821 43", "Bollnäs"), ["bran", "bran_a"], "5402-1176"),
    _ag(MUSE, "Stiftelsen Länsmuseet Gävleborg, konserveringsateljén", "SE", se_org("885501362"), "sv",
        ("Södra Strandgatan 20", "803 10", "Gävle"), ["muse", "muse_e"], "5403-9921"),
    _ag(ARCT, "Tarfala Arctic Field Station", "SE", se_org("202100471"), "en",
        ("Forskarvägen 1", "981 07", "Abisko"), ["arct", "arct_m"], "5404-2250"),
    _ag(ATER, "Lapinlahden kunta, ruokapalvelut", "FI", fi_yt("0171631"), "fi",
        ("Asematie 6", "73100", "Lapinlahti"), ["ater", "ater_s"], "FI21 5290 0220 1447 08"),
    _ag(JATE, "Kiertokari Oy", "FI", fi_yt("2944186"), "fi",
        ("Jätekuja 12", "70460", "Kuopio"), ["jate", "jate_p"], "FI57 4600 0010 8832 61"),
    _ag(TEAT, "Kuopion kaupunginteatteri, vuokraukset", "FI", fi_yt("0171402"), "fi",
        ("Niiralankatu 2", "70600", "Kuopio"), ["teat", "teat_r"], "FI83 5780 0710 0301 55"),
    _ag(NATB, "Yrkesakademin Vörå, naturbruksskolan", "FI", fi_yt("0875420"), "sv",
        ("Naturbruksvägen 2", "66600", "Vörå"), ["natb", "natb_h"], "FI62 5560 0520 0175 13"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("C-3901", "Söderhamns Segelsällskap", se_org("802004671"), "SE", "kassor@soderhamnsss.se",
       "Klubbhusvägen 4", "826 40", "Söderhamn"),
    _c("C-3902", "Norrviken Marin AB", se_org("556873049"), "SE", "faktura@norrvikenmarin.se",
       "Varvsvägen 11", "826 91", "Söderhamn"),
    _c("C-3903", "Norrviken Marin Oy", fi_yt("2790534"), "FI", "laskut@norrvikenmarin.fi",
       "Telakkatie 3", "28100", "Pori"),
    _c("C-3904", "Ljusne Fastigheter AB", se_org("559126384"), "SE", "ekonomi@ljusnefastigheter.se",
       "Bruksgatan 7", "826 75", "Ljusne"),
    _c("C-3905", "Bollnäs kommun", se_org("212000241"), "SE", "leverantorsfaktura@bollnas-demo.se", "Box 301",
       "821 27", "Bollnäs", peppol="0007:" + se_org("212000241").replace("-", "")),
    _c("C-3906", "Hälsinglands Hembygdsförbund", se_org("802011936"), "SE", "kansli@halsinglandshembygd.se",
       "Gamla vägen 3", "820 60", "Delsbo"),
    _c("C-3907", "Per-Olof Sandin", "19" + PNR_PEO[:6] + "-" + PNR_PEO[7:], "SE", "peo.sandin@telia-demo.se",
       "Sjövägen 19", "826 50", "Söderhamn", private=True),
    _c("C-3908", "Luleå tekniska universitet", se_org("202100284"), "SE", "fakturor@ltu-demo.se",
       "Box 8000", "971 87", "Luleå", peppol="0007:" + se_org("202100284").replace("-", "")),
    _c("C-3909", "Galleri Tallbacken AB", se_org("559277152"), "SE", "info@tallbacken.se",
       "Tallbacksvägen 2", "811 31", "Sandviken"),
    _c("C-3951", "Kotipalvelu Lumo Oy", fi_yt("2688021"), "FI", "laskut@lumo-koti.fi", "Kirkkotie 9",
       "73100", "Lapinlahti"),
    _c("C-3952", "Lapinlahden Lukko ry", fi_yt("0985567"), "FI", "rahastonhoitaja@lukko-demo.fi",
       "Urheilutie 2", "73100", "Lapinlahti"),
    _c("C-3953", "Rakennus Hiekkanen Oy", fi_yt("3012795"), "FI", "ostolaskut@hiekkanen.fi", "Teollisuustie 14",
       "70800", "Kuopio", peppol="0216:0037" + fi_yt("3012795").replace("-", "")),
    _c("C-3954", "Asunto Oy Kuopion Tähtipuisto", fi_yt("2213370"), "FI", "isannointi@tahtipuisto-demo.fi",
       "Tähtipuistonkatu 5", "70100", "Kuopio"),
    _c("C-3955", "Tanssikoulu Piruetti Oy", fi_yt("2571186"), "FI", "toimisto@piruetti.fi", "Kauppakatu 40",
       "70110", "Kuopio"),
    _c("C-3956", "Savon Kesäteatteri ry", fi_yt("1095378"), "FI", "talous@savonkesateatteri.fi",
       "Rantatie 1", "71800", "Siilinjärvi"),
    _c("C-3957", "Vörå Ryttarförening rf", fi_yt("0892044"), "FI", "kassor@voraryttare.fi", "Stallvägen 8",
       "66600", "Vörå"),
    _c("C-3958", "Oravais Hästgård Ab", fi_yt("2309215"), "FI", "gard@oravaishast.fi", "Kyrkvägen 120",
       "66800", "Oravais"),
    _c("C-3959", "Emma Sjöblom", HETU_EMMA, "FI", "emma.sjoblom@posti-demo.fi", "Bykärrvägen 3", "66640",
       "Maxmo", private=True),
    _c("C-3960", "Jonas Storbacka", HETU_JONAS, "FI", None, "Norrvägen 14", "66600", "Vörå", private=True),
]

ARTICLES: list[dict[str, Any]] = [
    _a(HAMN, "HB10", "Båtplats, säsong", "st", "4200.00", "25"),
    _a(HAMN, "HB20", "Sjösättning eller upptagning", "st", "950.00", "25"),
    _a(HAMN, "HB30", "Vinterförvaring, per m²", "m2", "120.00", "25"),
    _a(HAMN, "HB40", "El vid båtplats, per kWh", "kWh", "2.15", "25"),
    _a(HAMN, "HB90", "Särskild hamntjänst", "st", None, "25"),
    _a(BRAN, "RT10", "Tillsyn, per timme", "tim", "1150.00", "0"),
    _a(BRAN, "RT20", "Onödigt larm, automatiskt brandlarm", "st", "7400.00", "0"),
    _a(BRAN, "RT30", "Utbildning brandskydd, per deltagare", "deltagare", "650.00", "25"),
    _a(BRAN, "RT90", "Övrigt uppdrag", "st", None, "25"),
    _a(MUSE, "LM10", "Konservering, per timme", "tim", "890.00", "25"),
    _a(MUSE, "LM20", "Magasinshyra, per m² och månad", "m2", "95.00", "25"),
    _a(MUSE, "LM30", "Fotografering, per bild", "bild", "180.00", "25"),
    _a(MUSE, "LM90", "Konserveringsuppdrag, fast pris", "st", None, "25"),
    _a(ARCT, "AR10", "Field course fee, per participant", "participant", "6800.00", "25"),
    _a(ARCT, "AR20", "Station lodging, per night", "night", "540.00", "12"),
    _a(ARCT, "AR30", "Boat charter, per hour", "hour", None, "25"),
    _a(ARCT, "AR40", "Laboratory bench, per day", "day", "1200.00", "25"),
    _a(ATER, "AT10", "Lounasateria", "ateria", "8.90", "13.5"),
    _a(ATER, "AT20", "Kahvitarjoilu, per henkilö", "hlö", "3.40", "13.5"),
    _a(ATER, "AT30", "Ruokakuljetus", "krt", "25.00", "25.5"),
    _a(ATER, "AT90", "Juhlatarjoilu", "kpl", None, "13.5"),
    _a(JATE, "JH10", "Vaihtolavan vuokra, vuorokausi", "vrk", "12.00", "25.5"),
    _a(JATE, "JH20", "Lavan tyhjennys ja kuljetus", "krt", "145.00", "25.5"),
    _a(JATE, "JH30", "Sekajäte, tonni", "t", "168.00", "25.5"),
    _a(JATE, "JH40", "Rakennusjäte, tonni", "t", None, "25.5"),
    _a(TEAT, "TT10", "Salivuokra, esitys", "esitys", "950.00", "25.5"),
    _a(TEAT, "TT20", "Puvustovuokra, asu", "asu", "35.00", "25.5"),
    _a(TEAT, "TT30", "Näyttämötekniikka, tunti", "h", "58.00", "25.5"),
    _a(TEAT, "TT90", "Erikoistyö", "kpl", None, "25.5"),
    _a(NATB, "NB10", "Stallplats, per månad", "mån", "320.00", "25.5"),
    _a(NATB, "NB20", "Ridkurs, kursavgift", "kurs", "180.00", "0"),
    _a(NATB, "NB30", "Hovslagare, per besök", "besök", "75.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
APRIL = ("2027-04-01", "2027-04-30")
SE_DATE, FI_DATE = "+0200", "+0300"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
