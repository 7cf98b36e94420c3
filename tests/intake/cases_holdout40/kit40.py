"""The fortieth held-out set's registry ("an ordinary April", mail of Monday 5 - Friday 9 April 2027, the week
after Easter): eight agencies not heard from before (a Swedish municipality's environmental health inspections, a
Swedish county administrative board's fishing permits, a Swedish university's lab animal unit, a Finnish city's
water utility, a Finnish regional council's translation desk, a Finnish state prison's workshop sales, a
Finland-Swedish town's school meals for private schools and an English-writing Nordic housing research network),
one shared register of customers (restaurants, a hotel registered as "Aktiebolag", a housing company registered as
"Asunto Oy", a region, municipalities, associations, schools, private persons with personnummer and hetu, two twin
pairs Storsjöns Fiske AB / HB and Rovaniemen Rakennus Oy / Ky, a Norwegian company) and articles per hour, sample,
card, cage day, page, kg, portion and participant, some without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_ERIK = pnr("570312", "248")            # born 1957, owner of a private well
HETU_AILA = hetu("150862", "274")          # born 1962, a house owner on the water network
NO_ORG = "918473629"                        # a Norwegian organisation number (mod 11 valid)

MHK, FISK, FDJ, NHRN = "MHK-SE", "FISK-SE", "FDJ-SE", "NHRN-SE"
RVESI, KAAN, VANK, NARP = "RVESI-FI", "KAAN-FI", "VANK-FI", "NARP-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "mhk": "Miljö- och hälsoskydd <miljo.halsa@ljusdal-demo.se>",
    "mhk_p": "Petra Söderlund <petra.soderlund@ljusdal-demo.se>",
    "fisk": "Fiskeenheten <fiske.jamtland@lansstyrelsen-demo.se>",
    "fisk_a": "Anders Rehn <anders.rehn@lansstyrelsen-demo.se>",
    "fdj": "Försöksdjursenheten <fdj-ekonomi@umu-demo.se>",
    "fdj_l": "Linda Marklund <linda.marklund@umu-demo.se>",
    "nhrn": "NHRN Secretariat <secretariat@nordichousingresearch-demo.org>",
    "nhrn_k": "Karin Lund <karin.lund@nordichousingresearch-demo.org>",
    "vesi": "Rovaniemen Vesi, asiakaspalvelu <asiakaspalvelu@rovaniemenvesi-demo.fi>",
    "vesi_m": "Marko Heikkilä <marko.heikkila@rovaniemenvesi-demo.fi>",
    "kaan": "Käännöspalvelu <kaannospalvelu@pohjois-pohjanmaa-demo.fi>",
    "kaan_s": "Sanna Väisänen <sanna.vaisanen@pohjois-pohjanmaa-demo.fi>",
    "vank": "Työtoiminta Kylmäkoski <tyotoiminta.kylmakoski@rikosseuraamus-demo.fi>",
    "vank_j": "Juha Lehtonen <juha.lehtonen@rikosseuraamus-demo.fi>",
    "narp": "Kosthållet <kosthallet@narpes-demo.fi>",
    "narp_b": "Birgitta Sjöberg <birgitta.sjoberg@narpes-demo.fi>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(MHK, "Ljusdals kommun, miljö- och hälsoskydd", "SE", se_org("212000234"), "sv",
        ("Riotorget 1", "827 80", "Ljusdal"), ["mhk", "mhk_p"], "5401-3318"),
    _ag(FISK, "Länsstyrelsen i Jämtlands län, fiskeenheten", "SE", se_org("202100311"), "sv",
        ("Residensgränd 7", "831 86", "Östersund"), ["fisk", "fisk_a"], "5402-1187"),
    _ag(FDJ, "Umeå universitet, försöksdjursenheten", "SE", se_org("202100672"), "sv",
        ("Universitetstorget 4", "901 87", "Umeå"), ["fdj", "fdj_l"], "5403-9920"),
    _ag(NHRN, "Nordic Housing Research Network", "SE", se_org("802519334"), "en",
        ("Kungsbäcksvägen 47", "801 76", "Gävle"), ["nhrn", "nhrn_k"], "5404-2261"),
    _ag(RVESI, "Rovaniemen Vesi -liikelaitos", "FI", fi_yt("0208153"), "fi",
        ("Teollisuustie 3", "96320", "Rovaniemi"), ["vesi", "vesi_m"], "FI21 5610 0020 4471 35"),
    _ag(KAAN, "Pohjois-Pohjanmaan liitto, käännöspalvelu", "FI", fi_yt("0982431"), "fi",
        ("Isokatu 16", "90100", "Oulu"), ["kaan", "kaan_s"], "FI58 1075 3000 2216 04"),
    _ag(VANK, "Rikosseuraamuslaitos, Kylmäkosken vankila, työtoiminta", "FI", fi_yt("2290544"), "fi",
        ("Vankilantie 13", "31600", "Urjala"), ["vank", "vank_j"], "FI77 8000 1270 6114 92"),
    _ag(NARP, "Närpes stad, kosthållet", "FI", fi_yt("0190327"), "sv",
        ("Kyrkvägen 18", "64200", "Närpes"), ["narp", "narp_b"], "FI43 4055 0010 7720 18"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("C-4001", "Hotell Kvarnen Aktiebolag", se_org("556814327"), "SE", "ekonomi@hotellkvarnen.se",
       "Kvarnvägen 2", "827 32", "Ljusdal"),
    _c("C-4002", "Restaurang Sjöboden AB", se_org("559231406"), "SE", "faktura@sjoboden-demo.se",
       "Strandgatan 11", "827 30", "Ljusdal"),
    _c("C-4003", "Storsjöns Fiske AB", se_org("556377218"), "SE", "ekonomi@storsjonsfiske.se",
       "Hamngatan 4", "831 34", "Östersund"),
    _c("C-4004", "Storsjöns Fiske HB", se_org("969781245"), "SE", "kontakt@storsjonsfiske-hb.se",
       "Byn 12", "830 15", "Hallen"),
    _c("C-4005", "Åre Fiskecamp AB", se_org("556902733"), "SE", "info@arefiskecamp.se", "Forsvägen 9",
       "837 52", "Järpen"),
    _c("C-4006", "Jämtlands Sportfiskeförening", se_org("802447196"), "SE", "kassor@jsff-demo.se",
       "Box 204", "831 23", "Östersund"),
    _c("C-4007", "Nordbiom Diagnostics AB", se_org("559120584"), "SE", "ap@nordbiom.se", "Tvistevägen 48",
       "907 36", "Umeå"),
    _c("C-4008", "Region Västerbotten", se_org("232100271"), "SE", "leverantorsfakturor@regionvb-demo.se",
       "Box 843", "901 08", "Umeå", peppol="0007:" + se_org("232100271").replace("-", "")),
    _c("C-4009", "Erik Lindqvist", "19" + PNR_ERIK[:6] + "-" + PNR_ERIK[7:], "SE", "erik.lindqvist@post-demo.se",
       "Hybovägen 31", "827 92", "Färila", private=True),
    _c("C-4010", "Vaccinea AB", se_org("559366017"), "SE", "invoice@vaccinea-demo.se", "Petrus Laestadius väg 3",
       "907 36", "Umeå"),
    _c("C-4011", "Institutet för bostadsforskning AB", se_org("556090812"), "SE", "ekonomi@ibf-demo.se",
       "Drottninggatan 71", "111 36", "Stockholm"),
    _c("C-4101", "Asunto Oy Rovaniemen Ounasrinne", fi_yt("2741186"), "FI", "isannointi@ounasrinne-demo.fi",
       "Ounasrinteentie 14", "96400", "Rovaniemi"),
    _c("C-4102", "Rovaniemen Rakennus Oy", fi_yt("2015873"), "FI", "laskut@rovrakennus.fi", "Valtakatu 30",
       "96100", "Rovaniemi"),
    _c("C-4103", "Rovaniemen Rakennus Ky", fi_yt("2015874"), "FI", "toimisto@rovrakennus-ky.fi",
       "Sairaalakatu 4", "96200", "Rovaniemi"),
    _c("C-4104", "Aila Korhonen", HETU_AILA, "FI", None, "Rovastinkatu 7", "96300", "Rovaniemi", private=True),
    _c("C-4105", "Napapiirin Matkailu Oy", fi_yt("3017765"), "FI", "reskontra@napapiirinmatkailu.fi",
       "Joulumaantie 1", "96930", "Rovaniemi"),
    _c("C-4106", "Oulun Vientipalvelut Oy", fi_yt("2456718"), "FI", "ostolaskut@ouluvienti-demo.fi",
       "Hallituskatu 36", "90100", "Oulu", peppol="0216:003724567183"),
    _c("C-4107", "Kalajoen kaupunki", fi_yt("0134771"), "FI", "ostolaskut@kalajoki-demo.fi", "Kalajoentie 5",
       "85100", "Kalajoki"),
    _c("C-4108", "Urjalan Huonekalu Oy", fi_yt("0245172"), "FI", "osto@urjalanhuonekalu.fi", "Tehtaantie 8",
       "31700", "Urjala"),
    _c("C-4109", "Urjalan Hoivakoti Oy", fi_yt("2228357"), "FI", "talous@urjalanhoivakoti.fi", "Koivikkotie 2",
       "31720", "Urjala"),
    _c("C-4110", "Sastamalan seurakuntayhtymä", fi_yt("0201642"), "FI", "talous@sastamalanseurakunnat-demo.fi",
       "Kirkkokatu 3", "38200", "Sastamala"),
    _c("C-4111", "Aalto-korkeakoulusäätiö sr", fi_yt("1033417"), "FI", "purchaseinvoices@aalto-demo.fi",
       "Otakaari 24", "02150", "Espoo"),
    _c("C-4201", "Närpes Kristliga Skola Ab", fi_yt("2976502"), "FI", "ekonomi@nks-demo.fi", "Skolvägen 12",
       "64200", "Närpes"),
    _c("C-4202", "Sydösterbottens Montessoriskola rf", fi_yt("3401128"), "FI", "kansliet@montessori-so.fi",
       "Övermarksvägen 5", "64230", "Närpes"),
    _c("C-4203", "Kristinestads Friskola Ab", fi_yt("3367790"), "FI", "rektor@kristinestadsfriskola.fi",
       "Östra Långgatan 40", "64100", "Kristinestad"),
    _c("C-4301", "Nordisk Boligforskning AS", NO_ORG, "NO", "faktura@boligforskning-demo.no",
       "Kirkegata 15", "0153", "Oslo"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(MHK, "MH10", "Tillsyn, timavgift", "tim", "1150.00", "0"),
    _a(MHK, "MH20", "Dricksvattenprov, enskild brunn", "st", "640.00", "25"),
    _a(MHK, "MH30", "Registrering av livsmedelsanläggning", "st", "2300.00", "0"),
    _a(MHK, "MH90", "Extra offentlig kontroll", "st", None, "0"),
    _a(FISK, "FK10", "Fiskekort, säsong", "kort", "450.00", "6"),
    _a(FISK, "FK20", "Fiskekort, dygn", "kort", "80.00", "6"),
    _a(FISK, "FK30", "Fiskekort, vecka", "kort", "250.00", "6"),
    _a(FISK, "FK90", "Tillstånd för elfiske", "st", None, "0"),
    _a(FDJ, "DJ10", "Burdygn, mus", "burdygn", "9.50", "25"),
    _a(FDJ, "DJ20", "Burdygn, råtta", "burdygn", "14.00", "25"),
    _a(FDJ, "DJ30", "Djurteknikertimme", "tim", "720.00", "25"),
    _a(FDJ, "DJ40", "Förbrukningsmaterial", "st", None, "25"),
    _a(NHRN, "HR10", "Conference fee, per participant", "participant", "3200.00", "25"),
    _a(NHRN, "HR20", "PhD workshop fee", "participant", "1500.00", "25"),
    _a(NHRN, "HR30", "Printed report", "copy", "180.00", "6"),
    _a(NHRN, "HR40", "Data access licence", "licence", None, "25"),
    _a(RVESI, "VS10", "Vesimittarin vaihto", "kpl", "145.00", "25.5"),
    _a(RVESI, "VS20", "Talousvesinäyte, analyysi", "kpl", "68.00", "25.5"),
    _a(RVESI, "VS30", "Työmaavesi", "m3", "3.10", "25.5"),
    _a(RVESI, "VS40", "Sulkuventtiilin sulku tai avaus", "kpl", "95.00", "25.5"),
    _a(RVESI, "VS90", "Liittymätyö", "kpl", None, "25.5"),
    _a(KAAN, "KK10", "Käännös, sivu", "sivu", "48.00", "25.5"),
    _a(KAAN, "KK20", "Tarkistusluku, tunti", "h", "62.00", "25.5"),
    _a(KAAN, "KK30", "Tulkkaus, tunti", "h", None, "25.5"),
    _a(KAAN, "KK40", "Pikalisä", "kpl", "40.00", "25.5"),
    _a(VANK, "VP10", "Puutarhapenkki", "kpl", "240.00", "25.5"),
    _a(VANK, "VP20", "Pesulapalvelu", "kg", "3.80", "25.5"),
    _a(VANK, "VP30", "Alihankinta, kokoonpanotunti", "h", "28.00", "25.5"),
    _a(VANK, "VP90", "Erikoistilaus", "kpl", None, "25.5"),
    _a(NARP, "SM10", "Skollunch", "portion", "4.90", "13.5"),
    _a(NARP, "SM20", "Mellanmål", "portion", "1.60", "13.5"),
    _a(NARP, "SM30", "Specialkost, tillägg", "portion", "0.90", "13.5"),
    _a(NARP, "SM90", "Catering, övrigt", "st", None, "13.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
MARCH = ("2027-03-01", "2027-03-31")
SE_DATE, FI_DATE = "+0200", "+0300"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
