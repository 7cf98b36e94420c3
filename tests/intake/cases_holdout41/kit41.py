"""The forty-first held-out set's registry ("an ordinary early summer", mail of Monday 14 - Friday 18 June 2027):
eight agencies not heard from before (a Swedish municipality's harbour office with berths and a guest harbour, a
Swedish region's patient transport, a Swedish agency's driving-licence tests, a Finnish city's summer camps, a
Finnish wellbeing county's occupational health, a Finnish state agency's permits for heavy transport, a
Finland-Swedish town's cemetery services and an English-writing Nordic film co-production fund billing in SEK), one
shared register of customers (companies, municipalities with Peppol IDs, associations, a foundation, private persons
with personnummer and hetu, the twins Trafikskolan Kurvan AB / HB and Raskaskuljetus Lindroos Oy / Ab, a Danish
company) and articles per season, night, day, trip, hour, test, week, permit, grave and participant, one without a
price for each agency but the driving tests."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_LARS = pnr("610412", "357")            # born 1961, a boat owner
HETU_MIKKO = hetu("150385", "217")         # born 1985, a parent paying for a summer camp
HETU_GUNNEL = hetu("220744", "562")        # born 1944, pays for her family grave's care
DK_CVR = "31245672"                         # a Danish CVR number (mod 11 valid)

BAT, PTRA, KORK, FILM = "BAT-SE", "PTRA-SE", "KORK-SE", "FILM-SE"
LEIR, TTH, ERIK, GRAV = "LEIR-FI", "TTH-FI", "ERIK-FI", "GRAV-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "bat": "Hamnkontoret Varberg <hamnkontoret@varberg-demo.se>",
    "bat_e": "Emma Lundgren <emma.lundgren@varberg-demo.se>",
    "ptra": "Sjukresor Region Halland <sjukresor@regionhalland-demo.se>",
    "ptra_g": "Göran Sahlin <goran.sahlin@regionhalland-demo.se>",
    "kork": "Förarprov Fakturering <forarprov.faktura@trafikprov-demo.se>",
    "kork_a": "Anders Holmqvist <anders.holmqvist@trafikprov-demo.se>",
    "leir": "Kesäleirit <kesaleirit@tampere-demo.fi>",
    "leir_p": "Päivi Saarinen <paivi.saarinen@tampere-demo.fi>",
    "tth": "Työterveys laskutus <tyoterveys.laskutus@pirha-demo.fi>",
    "tth_k": "Katja Heinonen <katja.heinonen@pirha-demo.fi>",
    "erik": "Erikoiskuljetusluvat <luvat@lupavirasto-demo.fi>",
    "grav": "Begravningsväsendet <gravgardar@pargas-demo.fi>",
    "grav_s": "Stefan Backman <stefan.backman@pargas-demo.fi>",
    "film": "Finance <finance@nordicfilmfund-demo.se>",
    "film_l": "Liv Andersen <liv.andersen@nordicfilmfund-demo.se>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(BAT, "Varbergs kommun, hamnkontoret", "SE", se_org("212000975"), "sv",
        ("Hamnplan 2", "432 44", "Varberg"), ["bat", "bat_e"], "5401-3318"),
    _ag(PTRA, "Region Halland, sjukresor", "SE", se_org("232100951"), "sv",
        ("Slottsgatan 1", "301 80", "Halmstad"), ["ptra", "ptra_g"], "5402-7106"),
    _ag(KORK, "Trafikprovsmyndigheten, förarprov", "SE", se_org("202100942"), "sv",
        ("Röda vägen 1", "781 89", "Borlänge"), ["kork", "kork_a"], "5403-1182"),
    _ag(FILM, "Nordic Film Co-Production Fund", "SE", se_org("802561347"), "en",
        ("Lilla Bommen 6", "411 04", "Göteborg"), ["film", "film_l"], "5404-8825"),
    _ag(LEIR, "Tampereen kaupunki, kesäleirit", "FI", fi_yt("0211675"), "fi",
        ("Aleksis Kiven katu 14", "33210", "Tampere"), ["leir", "leir_p"], "FI49 5730 0820 4112 05"),
    _ag(TTH, "Pirkanmaan hyvinvointialue, työterveyshuolto", "FI", fi_yt("3221843"), "fi",
        ("Elämänaukio 2", "33520", "Tampere"), ["tth", "tth_k"], "FI58 1146 3000 2215 77"),
    _ag(ERIK, "Liikenteen lupavirasto, erikoiskuljetukset", "FI", fi_yt("2923542"), "fi",
        ("Opastinsilta 12", "00520", "Helsinki"), ["erik"], "FI37 1666 3000 1099 21"),
    _ag(GRAV, "Pargas stad, begravningsväsendet", "FI", fi_yt("0135312"), "sv",
        ("Strandvägen 28", "21600", "Pargas"), ["grav", "grav_s"], "FI84 4055 0012 3088 46"),
]

_FALK = se_org("212000983")
_NOKIA = fi_yt("0152310")

CUSTOMERS: list[dict[str, Any]] = [
    _c("C-4101", "Båtklubben Vågbrytaren", se_org("802442316"), "SE", "kassor@vagbrytaren-demo.se",
       "Strandpromenaden 12", "432 44", "Varberg"),
    _c("C-4102", "Varbergs Marina AB", se_org("559126734"), "SE", "ekonomi@varbergsmarina-demo.se",
       "Båthamnsvägen 3", "432 45", "Varberg"),
    _c("C-4103", "Lars Ekdahl", "19" + PNR_LARS[:6] + "-" + PNR_LARS[7:], "SE", "lars.ekdahl@bredband-demo.se",
       "Sjövägen 8", "432 95", "Träslövsläge", private=True),
    _c("C-4104", "Falkenbergs kommun", _FALK, "SE", "leverantorsfakturor@falkenberg-demo.se", "Box 293",
       "311 23", "Falkenberg", peppol="0007:" + _FALK.replace("-", "")),
    _c("C-4105", "Omsorgshemmet Linden AB", se_org("556874219"), "SE", "faktura@lindenomsorg-demo.se",
       "Lindvägen 4", "302 41", "Halmstad"),
    _c("C-4106", "Trafikskolan Kurvan AB", se_org("559071386"), "SE", "info@kurvan-ab-demo.se",
       "Verkstadsgatan 11", "302 50", "Halmstad"),
    _c("C-4107", "Trafikskolan Kurvan HB", se_org("969745213"), "SE", "kurvan.hb@post-demo.se",
       "Torget 2", "311 30", "Falkenberg"),
    _c("C-4108", "Åkeri Strand & Söner AB", se_org("556390478"), "SE", "ekonomi@strandakeri-demo.se",
       "Industrivägen 20", "432 32", "Varberg"),
    _c("C-4109", "Svartvik Film AB", se_org("559208851"), "SE", "accounts@svartvikfilm-demo.se",
       "Järntorget 4", "413 04", "Göteborg"),
    _c("C-4110", "Havblik Film ApS", DK_CVR, "DK", "regnskab@havblikfilm-demo.dk", "Vesterbrogade 40",
       "1620", "København V"),
    _c("C-4201", "Mikko Lehtonen", HETU_MIKKO, "FI", "mikko.lehtonen@koti-demo.fi", "Pispalan valtatie 19 B 7",
       "33250", "Tampere", private=True),
    _c("C-4202", "Nokian kaupunki", _NOKIA, "FI", "ostolaskut@nokia-demo.fi", "Harjukatu 23", "37100",
       "Nokia", peppol="0216:0037" + _NOKIA.replace("-", "")),
    _c("C-4203", "Rakennus Kivijalka Oy", fi_yt("2984417"), "FI", "laskut@kivijalka-demo.fi",
       "Hatanpään valtatie 30", "33100", "Tampere"),
    _c("C-4204", "Kuljetus Harju Oy", fi_yt("2219548"), "FI", "toimisto@harjukuljetus-demo.fi",
       "Lentokentäntie 5", "33960", "Pirkkala"),
    _c("C-4205", "Nosturi Mäkelä Oy", fi_yt("3056612"), "FI", "reskontra@nosturimakela-demo.fi",
       "Teollisuustie 9", "37600", "Valkeakoski"),
    _c("C-4206", "Pirkan Konepaja Oy", fi_yt("2740385"), "FI", "ostoreskontra@pirkankonepaja-demo.fi",
       "Myllypuronkatu 3", "33330", "Tampere"),
    _c("C-4207", "Raskaskuljetus Lindroos Oy", fi_yt("0876124"), "FI", "laskut@lindroos-oy-demo.fi",
       "Satamakatu 14", "21100", "Naantali"),
    _c("C-4208", "Raskaskuljetus Lindroos Ab", fi_yt("2104876"), "FI", "kontor@lindroos-ab-demo.fi",
       "Hamngatan 3", "21600", "Pargas"),
    _c("C-4209", "Pargas Hembygdsförening rf", fi_yt("0231548"), "FI", "kassor@pargashembygd-demo.fi",
       "Gamla malmen 2", "21600", "Pargas"),
    _c("C-4210", "Gunnel Sjöblom", HETU_GUNNEL, "FI", None, "Kalkbrottsgatan 5 B", "21600", "Pargas",
       private=True),
    _c("C-4211", "Stiftelsen Sandviks gård sr", fi_yt("2615038"), "FI", "stiftelsen@sandvik-demo.fi",
       "Sandviksvägen 41", "21610", "Kirjala"),
    _c("C-4212", "Begravningsbyrå Lindqvist Ab", fi_yt("0177340"), "FI", "kontoret@lindqvistbegr-demo.fi",
       "Kyrkoesplanaden 6", "21600", "Pargas"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(BAT, "BH10", "Båtplats, säsong", "st", "4200.00", "25"),
    _a(BAT, "BH20", "Gästhamn, gästnatt", "natt", "250.00", "25"),
    _a(BAT, "BH30", "El vid brygga, per dygn", "dygn", "60.00", "25"),
    _a(BAT, "BH40", "Kranlyft (sjösättning/upptagning)", "lyft", "950.00", "25"),
    _a(BAT, "BH90", "Vinterförvaring, special", "st", None, "25"),
    _a(PTRA, "PR10", "Sjukresa taxi, enkel resa", "resa", "420.00", "6"),
    _a(PTRA, "PR20", "Sjukresa rullstolstaxi, enkel resa", "resa", "560.00", "6"),
    _a(PTRA, "PR30", "Väntetid, per timme", "tim", "380.00", "6"),
    _a(PTRA, "PR90", "Specialtransport", "st", None, "6"),
    _a(KORK, "FP10", "Kunskapsprov B", "st", "325.00", "0"),
    _a(KORK, "FP20", "Körprov B", "st", "800.00", "0"),
    _a(KORK, "FP30", "Körprov C", "st", "1300.00", "0"),
    _a(KORK, "FP40", "Provbil, hyra", "st", "900.00", "25"),
    _a(FILM, "NF10", "Script consultation, per hour", "hour", "1500.00", "25"),
    _a(FILM, "NF20", "Screening room hire, per day", "day", "8500.00", "25"),
    _a(FILM, "NF30", "Industry day pass", "participant", "1900.00", "25"),
    _a(FILM, "NF90", "Subtitling service", "st", None, "25"),
    _a(LEIR, "KL10", "Päiväleiri, viikko", "viikko", "95.00", "0"),
    _a(LEIR, "KL20", "Yöleiri, vuorokausi", "vrk", "38.00", "0"),
    _a(LEIR, "KL30", "Leiribussi", "kpl", "450.00", "25.5"),
    _a(LEIR, "KL90", "Retki", "kpl", None, "25.5"),
    _a(TTH, "TT10", "Työterveystarkastus", "kpl", "145.00", "0"),
    _a(TTH, "TT20", "Työpaikkaselvitys, tunti", "h", "120.00", "0"),
    _a(TTH, "TT30", "Rokotus", "kpl", "38.50", "0"),
    _a(TTH, "TT40", "Ensiapukoulutus, osallistuja", "osallistuja", "85.00", "25.5"),
    _a(TTH, "TT90", "Erikoislääkärin konsultaatio", "kpl", None, "0"),
    _a(ERIK, "EK10", "Erikoiskuljetuslupa, kertalupa", "lupa", "110.00", "0"),
    _a(ERIK, "EK20", "Erikoiskuljetuslupa, määräaikainen", "lupa", "280.00", "0"),
    _a(ERIK, "EK30", "Reittiselvitys, tunti", "h", "95.00", "0"),
    _a(ERIK, "EK90", "Siltalaskelma", "kpl", None, "0"),
    _a(GRAV, "GV10", "Gravskötsel, sommarsäsong", "säsong", "140.00", "25.5"),
    _a(GRAV, "GV20", "Gravöppning", "st", "480.00", "0"),
    _a(GRAV, "GV30", "Sommarblommor, plantering", "st", "12.50", "25.5"),
    _a(GRAV, "GV40", "Gravplatsavgift, 25 år", "st", "600.00", "0"),
    _a(GRAV, "GV90", "Stenarbete", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
MAY = ("2027-05-01", "2027-05-31")
JUNE = ("2027-06-01", "2027-06-30")
SE_DATE, FI_DATE = "+0200", "+0300"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
