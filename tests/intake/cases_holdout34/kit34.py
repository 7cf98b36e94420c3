"""The thirty-fourth held-out set's registry ("a tenth ordinary month", mail of June 2027): eight agencies not heard
from before (a Swedish municipality's interpreting service, a Swedish medical products inspectorate, the Swedish
armed forces' range bookings, a Swedish housing board's grant repayments, an English-writing international school in
Sweden, a Finnish meteorological service's data licences, a Finnish employment services' joint training purchases and
a Finland-Swedish vocational college's contract training), a shared register of customers (companies, associations,
private persons by personnummer and henkilötunnus, a near-twin Oy/Ky pair, a Norwegian company) and articles priced
per hour, page, day, term, month, participant, a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_KARIN = pnr("640912", "448")           # born 1964, repays a housing grant
PNR_OMAR = pnr("811105", "239")            # born 1981, a parent at the international school
HETU_MIKKO = hetu("170872", "519")         # born 1972, buys a weather statement
HETU_ANNALENA = hetu("030699", "842")      # born 1999, takes a truck licence course

TOLK, LMT, FORS, BOST, ISS = "TOLK-SE", "LMT-SE", "FORS-SE", "BOST-SE", "ISS-SE"
ILM, TYO, YRK = "ILM-FI", "TYO-FI", "YRK-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "tolk": "Tolkförmedlingen <tolkformedling@sundsberg.se>",
    "tolk_a": "Amra Hodzic <amra.hodzic@sundsberg.se>",
    "lmt": "Emelie Dahlgren <emelie.dahlgren@lakemedelstillsyn-demo.se>",
    "lmt_reg": "Tillsyn Registrator <tillsyn@lakemedelstillsyn-demo.se>",
    "fors": "Skjutfältsbokning Mitt <skjutfalt.mitt@forsvarsmakten-demo.se>",
    "fors_r": "Roger Ståhl <roger.stahl@forsvarsmakten-demo.se>",
    "bost": "Bidragsenheten <bidrag@bostadsstyrelsen-demo.se>",
    "iss": "Accounts Office <accounts@nordhavn-school.se>",
    "iss_g": "Gemma Price <gemma.price@nordhavn-school.se>",
    "ilm": "Datapalvelut <datalisenssit@ilmatiede-demo.fi>",
    "ilm_j": "Jari Nieminen <jari.nieminen@ilmatiede-demo.fi>",
    "tyo": "Koulutushankinnat <koulutushankinnat.uusimaa@tyollisyys-demo.fi>",
    "tyo_s": "Satu Heikkilä <satu.heikkila@tyollisyys-demo.fi>",
    "yrk": "Malin Grönqvist <malin.gronqvist@yrkessydkust.fi>",
}

_ag = partial(centre_agency, W)   # an agency writing to the centre of its country


AGENCIES: list[dict[str, Any]] = [
    _ag(TOLK, "Sundsbergs kommun, Tolkförmedlingen", "SE", se_org("212000318"), "sv",
        ("Rådhusgatan 4", "853 10", "Sundsberg"), ["tolk", "tolk_a"], "5091-2284"),
    _ag(LMT, "Läkemedelstillsynen, inspektionsenheten", "SE", se_org("202100638"), "sv",
        ("Dag Hammarskjölds väg 21", "751 83", "Uppsala"), ["lmt", "lmt_reg"], "5092-7713"),
    _ag(FORS, "Försvarsmakten, skjutfältsbokning region Mitt", "SE", se_org("202100432"), "sv",
        ("Kasernvägen 9", "703 77", "Örebro"), ["fors", "fors_r"], "5093-0462"),
    _ag(BOST, "Bostadsstyrelsen, bidragsenheten", "SE", se_org("202100713"), "sv",
        ("Drottninggatan 18", "371 31", "Karlskrona"), ["bost"], "5094-5518"),
    _ag(ISS, "Nordhavn International School", "SE", se_org("802533461"), "en",
        ("Skolbacken 2", "417 05", "Göteborg"), ["iss", "iss_g"], "5095-3391"),
    _ag(ILM, "Ilmatieteen palvelukeskus, datalisenssit", "FI", fi_yt("1478820"), "fi",
        ("Sääkatu 1", "00560", "Helsinki"), ["ilm", "ilm_j"], "FI35 1572 3000 4411 26"),
    _ag(TYO, "Uudenmaan työllisyyspalvelut, koulutushankinnat", "FI", fi_yt("2650384"), "fi",
        ("Porkkalankatu 13", "00180", "Helsinki"), ["tyo", "tyo_s"], "FI18 8000 1270 5566 40"),
    _ag(YRK, "Yrkesinstitutet Sydkust, uppdragsutbildning", "FI", fi_yt("0988716"), "sv",
        ("Skolvägen 12", "64200", "Närpes"), ["yrk"], "FI92 4970 0010 2230 57"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("K-3401", "Vårdcentralen Ekparken AB", se_org("559207314"), "SE", "faktura@ekparken-vc.se",
       "Parkvägen 6", "853 51", "Sundsberg"),
    _c("K-3402", "Migrationsjuristerna i Norr HB", se_org("969781552"), "SE", "kansli@migrjur.se",
       "Storgatan 40", "852 30", "Sundsvall"),
    _c("K-3403", "Sundsbergs Bostäder AB", se_org("556433107"), "SE", "ekonomi@sundsbergsbostader.se",
       "Torget 1", "853 10", "Sundsberg", peppol="0007:" + se_org("556433107").replace("-", "")),
    _c("K-3404", "Apoteksgruppen Norrsken AB", se_org("559118620"), "SE", "ap@norrskenapotek.se",
       "Kungsgatan 15", "972 31", "Luleå"),
    _c("K-3405", "Farmaka Nord AB", se_org("556870254"), "SE", "invoice@farmakanord.se", "Lagervägen 3",
       "753 23", "Uppsala"),
    _c("K-3406", "Jägarnas Skytteförening Mälardalen", se_org("802466915"), "SE", "kassor@jsfm.se",
       "Box 44", "731 21", "Köping"),
    _c("K-3407", "Säkerhetsutbildarna i Mälardalen AB", se_org("559340071"), "SE",
       "ekonomi@sakerhetsutbildarna.se", "Industrigatan 8", "702 27", "Örebro"),
    _c("K-3408", "Brf Lindhagen 4", se_org("769630258"), "SE", "styrelsen@brflindhagen4.se", "Lindhagsgatan 4",
       "371 40", "Karlskrona"),
    _c("K-3409", "Karin Öberg", "19" + PNR_KARIN[:6] + "-" + PNR_KARIN[7:], "SE", "karin.oberg@hemmail.se",
       "Björkstigen 9", "374 35", "Karlshamn", private=True),
    _c("K-3410", "Omar Haddad", "19" + PNR_OMAR[:6] + "-" + PNR_OMAR[7:], "SE", "omar.haddad@postlada.se",
       "Vasagatan 30", "411 24", "Göteborg", private=True),
    _c("K-3490", "Halvorsen Offshore AS", "914778231", "NO", "faktura@halvorsen-offshore.no", "Strandkaien 12",
       "4005", "Stavanger"),
    _c("K-4401", "Tuulivoima Pohjoisranta Oy", fi_yt("2840173"), "FI", "laskut@pohjoisranta-tuuli.fi",
       "Tuulikuja 2", "90100", "Oulu", peppol="0216:0037" + fi_yt("2840173").replace("-", "")),
    _c("K-4402", "Agrisää Oy", fi_yt("3012556"), "FI", "reskontra@agrisaa.fi", "Peltotie 7", "60100",
       "Seinäjoki"),
    _c("K-4403", "Suomen Lennokkiharrastajat ry", fi_yt("1964425"), "FI", "rahastonhoitaja@lennokit.fi",
       "PL 210", "00101", "Helsinki"),
    _c("K-4404", "Mikko Rantanen", HETU_MIKKO, "FI", "mikko.rantanen@kotiposti.fi", "Rantakatu 11 A 4", "06100",
       "Porvoo", private=True),
    _c("K-4405", "Rakennus Hirvonen Oy", fi_yt("2481156"), "FI", "ostolaskut@hirvonenrakennus.fi",
       "Urakoitsijantie 5", "01510", "Vantaa"),
    _c("K-4406", "Konepaja Laaksonen Oy", fi_yt("3199072"), "FI", "talous@konepajalaaksonen.fi",
       "Metallitie 14", "04300", "Tuusula"),
    _c("K-4407", "Rannikon Sähkö Oy", fi_yt("2740068"), "FI", "laskutus@rannikonsahko.fi", "Voimalinja 3",
       "02600", "Espoo"),
    _c("K-4408", "Rannikon Sähkö Ky", fi_yt("3305519"), "FI", "rannikon.sahko.ky@netti.fi", "Sähkömiehentie 9",
       "10300", "Karjaa"),
    _c("K-4409", "Närpes Grönsaker Ab", fi_yt("0245911"), "FI", "ekonomi@narpesgronsaker.fi", "Växthusvägen 20",
       "64200", "Närpes"),
    _c("K-4410", "Kristinestads Båtvarv Ab", fi_yt("1027416"), "FI", "bokforing@kristinestadsbatvarv.fi",
       "Varvsgatan 1", "64100", "Kristinestad"),
    _c("K-4411", "Sydkustens Företagarförening rf", fi_yt("1543207"), "FI", "kansliet@sydkustforetagare.fi",
       "Handelsesplanaden 3", "64100", "Kristinestad"),
    _c("K-4412", "Anna-Lena Holm", HETU_ANNALENA, "FI", None, "Ängsvägen 7", "64230", "Närpes", private=True),
]

ARTICLES: list[dict[str, Any]] = [
    _a(TOLK, "T110", "Tolkning på plats, per timme", "tim", "650.00", "25"),
    _a(TOLK, "T120", "Telefontolkning, per timme", "tim", "520.00", "25"),
    _a(TOLK, "T130", "Översättning, per sida", "sida", "480.00", "25"),
    _a(TOLK, "T140", "Sen avbokning", "st", "400.00", "25"),
    _a(TOLK, "T190", "Resekostnad tolk", "st", None, "25"),
    _a(LMT, "INS1", "Inspektion, per timme", "tim", "1650.00", "0"),
    _a(LMT, "INS2", "Uppföljande inspektion, fast avgift", "st", "9800.00", "0"),
    _a(LMT, "ARS1", "Årsavgift partihandelstillstånd", "st", "28000.00", "0"),
    _a(LMT, "UTR9", "Utredning enligt särskilt beslut", "st", None, "0"),
    _a(FORS, "SB-D", "Skjutbana, per dygn", "dygn", "3200.00", "25"),
    _a(FORS, "SB-H", "Skjutbana, halvdag", "st", "1800.00", "25"),
    _a(FORS, "SÄK", "Säkerhetsbefäl, per timme", "tim", "590.00", "25"),
    _a(FORS, "SKA", "Skadeersättning", "st", None, "0"),
    _a(BOST, "ÅK1", "Återkrav av bidrag", "st", None, "0"),
    _a(BOST, "ÅK2", "Ränta på återkrav", "st", None, "0"),
    _a(BOST, "ÅK3", "Handläggningsavgift återkrav", "st", "450.00", "0"),
    _a(ISS, "TU-T", "Tuition fee, per term", "term", "48500.00", "0"),
    _a(ISS, "LU-M", "School lunch, per month", "month", "1150.00", "0"),
    _a(ISS, "BUS", "School bus, per term", "term", "3900.00", "6"),
    _a(ISS, "LATE", "Late pick-up, per occasion", "occasion", "150.00", "0"),
    _a(ISS, "TRIP", "Field trip contribution", "pupil", None, "0"),
    _a(ILM, "L-100", "Havaintodatan käyttölisenssi, kuukausi", "kk", "240.00", "25.5"),
    _a(ILM, "L-200", "Säätodistus", "kpl", "85.00", "25.5"),
    _a(ILM, "L-300", "Ennustedatan rajapinta, 1000 kutsua", "erä", "12.50", "25.5"),
    _a(ILM, "L-900", "Asiantuntijatyö", "h", None, "25.5"),
    _a(TYO, "YH-10", "Yhteishankintakoulutus, työnantajan osuus", "hlö", None, "0"),
    _a(TYO, "YH-20", "RekryKoulutus, työnantajan osuus", "hlö", "1350.00", "0"),
    _a(TYO, "YH-30", "TäsmäKoulutus, työnantajan osuus", "hlö", "2100.00", "0"),
    _a(YRK, "UB1", "Uppdragsutbildning, per timme", "h", "95.00", "25.5"),
    _a(YRK, "UB2", "Truckkort, per deltagare", "deltagare", "390.00", "25.5"),
    _a(YRK, "UB3", "Heta arbeten, per deltagare", "deltagare", "210.00", "25.5"),
    _a(YRK, "UB4", "Verkstadshyra, per dag", "dag", "260.00", "25.5"),
    _a(YRK, "UB9", "Skräddarsydd kurs", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
MAY = ("2027-05-01", "2027-05-31")
SE_DATE, FI_DATE = "+0200", "+0300"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def on(number: str) -> str:
    """A registered customer's identifier as the register holds it (for writing it into a mail)."""
    return str(cust(number)["org_no"])
