"""The forty-fifth held-out set's registry ("the month-end rush", mail of Monday 22 - Tuesday 30 November 2027, the
last invoicing before the year's closing): seven agencies not heard from before (a Swedish town's Christmas market
and square trading, a Swedish region's simulation centre, a Swedish town's vehicle workshop, a Finnish university's
sports laboratory, a Finnish Lapland town's guide services, a Finland-Swedish town's winter road maintenance and an
English-writing Baltic rail-freight secretariat billing in EUR), one shared register of customers (companies,
municipalities with Peppol IDs, associations, a road co-operative, a municipal federation, private persons with
personnummer and hetu, the twins Karamellkokeriet Kalmarsund AB / HB and Revontulimatkat Oy / Ky, the near
duplicates Bostads Ab Lovisa Strandgården / Strandgården II, Estonian, Latvian, British and German companies) and
articles per day, weekend, year, session, participant, hour, test, tour, trip and season, one without a price for
each agency."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_iban, fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_SOFIA = pnr("790314", "286")           # born 1979, sells knitwear at the Christmas market
PNR_INGRID = pnr("520807", "448")          # born 1952, a market trader with an annual place
HETU_HEIKKI = hetu("120690", "135")        # born 1990, an amateur cyclist paying his own tests
HETU_RAGNHILD = hetu("030447", "318")      # born 1947, has her private road ploughed
EE_REG = "10458214"                        # an Estonian registry code (check digit valid)
LV_REG = "40003184759"                     # a Latvian registration number (check digit valid)

TORG, SIMC, VERK, BRFC = "TORG-SE", "SIMC-SE", "VERK-SE", "BRFC-FI"
LL, OPAS, SNO = "LL-FI", "OPAS-FI", "SNO-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "torg": "Torghandel Kalmar <torghandel@kalmar-demo.se>",
    "torg_i": "Ida Bergkvist <ida.bergkvist@kalmar-demo.se>",
    "simc": "SimC Ekonomi <simc.ekonomi@regionostergotland-demo.se>",
    "simc_j": "Johan Wretling <johan.wretling@regionostergotland-demo.se>",
    "verk": "Fordonsverkstaden <fordonsverkstaden@karlstad-demo.se>",
    "verk_m": "Maria Nordh <maria.nordh@karlstad-demo.se>",
    "verk_t": "Torbjörn Eriksson <torbjorn.eriksson@karlstad-demo.se>",
    "ll": "Liikuntalaboratorio <liikuntalab@jyu-demo.fi>",
    "ll_s": "Sanna Koivisto <sanna.koivisto@jyu-demo.fi>",
    "opas": "Opaspalvelut <opaspalvelut@rovaniemi-demo.fi>",
    "opas_j": "Jari Kangas <jari.kangas@rovaniemi-demo.fi>",
    "sno": "Vinterunderhåll <vinterunderhall@lovisa-demo.fi>",
    "sno_m": "Mikael Holmberg <mikael.holmberg@lovisa-demo.fi>",
    "brfc": "BRFC Finance <finance@balticrailcorridor-demo.eu>",
    "brfc_k": "Kristiina Ots <kristiina.ots@balticrailcorridor-demo.eu>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(TORG, "Kalmar kommun, torghandel och evenemang", "SE", se_org("212000774"), "sv",
        ("Box 611", "391 26", "Kalmar"), ["torg", "torg_i"], "5539-0414"),
    _ag(SIMC, "Region Östergötland, Simuleringscentrum", "SE", se_org("232100184"), "sv",
        ("Universitetssjukhuset", "581 85", "Linköping"), ["simc", "simc_j"], "5541-2270"),
    _ag(VERK, "Karlstads kommun, Fordonsverkstaden", "SE", se_org("212000853"), "sv",
        ("Säterivägen 4", "653 41", "Karlstad"), ["verk", "verk_m", "verk_t"], "5544-9012"),
    _ag(LL, "Jyväskylän yliopisto, liikuntalaboratorio", "FI", fi_yt("0245894"), "fi",
        ("Seminaarinkatu 15", "40014", "Jyväskylä"), ["ll", "ll_s"], fi_iban("57900320112408")),
    _ag(OPAS, "Rovaniemen kaupunki, opaspalvelut", "FI", fi_yt("0209871"), "fi",
        ("Hallituskatu 7", "96100", "Rovaniemi"), ["opas", "opas_j"], fi_iban("10423000561738")),
    _ag(SNO, "Lovisa stad, tekniska verket, vinterunderhåll", "FI", fi_yt("0218365"), "sv",
        ("Mariegatan 5", "07900", "Lovisa"), ["sno", "sno_m"], fi_iban("40550013260471")),
    _ag(BRFC, "Baltic Rail Freight Corridor Secretariat", "FI", fi_yt("3301265"), "en",
        ("Itämerenkatu 11", "00180", "Helsinki"), ["brfc", "brfc_k"], fi_iban("15723000448126")),
]

_LKPG, _HAMMARO, _LAUKAA = se_org("212000692"), se_org("212000431"), fi_yt("0127493")

CUSTOMERS: list[dict[str, Any]] = [
    _c("C-4501", "Karamellkokeriet Kalmarsund AB", se_org("559147382"), "SE", "ekonomi@kalmarsundkaramell-demo.se",
       "Larmgatan 14", "392 32", "Kalmar"),
    _c("C-4502", "Karamellkokeriet Kalmarsund HB", se_org("969781224"), "SE", "karamell.hb@post-demo.se",
       "Strandgatan 3", "386 31", "Färjestaden"),
    _c("C-4503", "Föreningen Kalmar Julmarknad", se_org("802517463"), "SE", "kassor@kalmarjulmarknad-demo.se",
       "Box 112", "391 21", "Kalmar"),
    _c("C-4504", "Sofia Lindahl", "19" + PNR_SOFIA, "SE", "sofia.lindahl@hemma-demo.se", "Ängöleden 9", "392 33",
       "Kalmar", private=True),
    _c("C-4505", "Ingrid Holmér", "19" + PNR_INGRID, "SE", None, "Bergavägen 22", "394 77", "Kalmar",
       private=True),
    _c("C-4506", "Ambulanssjukvården i Småland AB", se_org("556608317"), "SE", "faktura@ambsmaland-demo.se",
       "Verkstadsgatan 4", "553 02", "Jönköping"),
    _c("C-4507", "Akutläkarbolaget Östgöta AB", se_org("559265140"), "SE", "ekonomi@akutlakarbolaget-demo.se",
       "Drottninggatan 30", "582 25", "Linköping"),
    _c("C-4508", "Linköpings kommun", _LKPG, "SE", "leverantorsfakturor@linkoping-demo.se", "Box 620", "581 07",
       "Linköping", peppol="0007:" + _LKPG.replace("-", "")),
    _c("C-4509", "Karlstads Energi AB", se_org("556983042"), "SE", "fakturor@karlstadsenergi-demo.se",
       "Gjuterigatan 8", "652 21", "Karlstad"),
    _c("C-4510", "Karlstadsbuss AB", se_org("556411729"), "SE", "ekonomi@karlstadsbuss-demo.se",
       "Bangårdsgatan 2", "652 25", "Karlstad"),
    _c("C-4511", "Hammarö kommun", _HAMMARO, "SE", "fakturor@hammaro-demo.se", "Box 80", "663 21", "Skoghall",
       peppol="0007:" + _HAMMARO.replace("-", "")),
    _c("C-4512", "Klarälvdalens Räddningstjänstförbund", se_org("222000613"), "SE",
       "ekonomi@klaralvraddning-demo.se", "Brandstationsvägen 1", "653 46", "Karlstad"),
    _c("C-4601", "Jyväskylän Hiihtoseura ry", fi_yt("0195839"), "FI", "rahastonhoitaja@jyvhiihto-demo.fi",
       "Rautpohjankatu 10", "40700", "Jyväskylä"),
    _c("C-4602", "Keski-Suomen Jääkiekko Oy", fi_yt("2310946"), "FI", "laskut@ksjaakiekko-demo.fi",
       "Hippoksentie 4", "40720", "Jyväskylä"),
    _c("C-4603", "Tietotaito Keski-Suomi Oy", fi_yt("2789043"), "FI", "ostolaskut@tietotaito-demo.fi",
       "Ohjelmakaari 10", "40500", "Jyväskylä"),
    _c("C-4604", "Laukaan kunta", _LAUKAA, "FI", "ostolaskut@laukaa-demo.fi", "Laukaantie 9", "41340", "Laukaa",
       peppol="0216:0037" + _LAUKAA.replace("-", "")),
    _c("C-4605", "Heikki Salmivaara", HETU_HEIKKI, "FI", "heikki.salmivaara@posti-demo.fi", "Kypärämäentie 3 A 5",
       "40640", "Jyväskylä", private=True),
    _c("C-4606", "Lapland Aurora Tours Oy", fi_yt("2817364"), "FI", "bookings@laplandaurora-demo.fi",
       "Koskikatu 25", "96200", "Rovaniemi"),
    _c("C-4607", "Revontulimatkat Oy", fi_yt("2231507"), "FI", "toimisto@revontulimatkat-demo.fi",
       "Valtakatu 19", "96100", "Rovaniemi"),
    _c("C-4608", "Revontulimatkat Ky", fi_yt("1940372"), "FI", "revontulimatkat.ky@posti-demo.fi",
       "Sodankyläntie 4", "99600", "Sodankylä"),
    _c("C-4609", "Polar Nights Travel Ltd", "09417365", "GB", "accounts@polarnightstravel-demo.co.uk",
       "12 Market Street", "YO1 8SS", "York"),
    _c("C-4610", "Tjuvö väglag", fi_yt("2556391"), "FI", "kassoren@tjuvovag-demo.fi", "Tjuvövägen 40", "07910",
       "Valkom"),
    _c("C-4611", "Bostads Ab Lovisa Strandgården", fi_yt("0863517"), "FI", "disponent@strandgarden-demo.fi",
       "Strandvägen 6", "07900", "Lovisa"),
    _c("C-4612", "Bostads Ab Lovisa Strandgården II", fi_yt("3198452"), "FI", "disponent@strandgarden-demo.fi",
       "Strandvägen 8", "07900", "Lovisa"),
    _c("C-4613", "Ragnhild Wikström", HETU_RAGNHILD, "FI", None, "Kvarnbyvägen 112", "07940", "Lovisa",
       private=True),
    _c("C-4614", "Valkom Småbåtshamn Ab", fi_yt("2674390"), "FI", "hamnen@valkomsmabat-demo.fi",
       "Hamnvägen 1", "07910", "Valkom"),
    _c("C-4701", "AS Balti Raudteeveod", EE_REG, "EE", "arved@baltiraudtee-demo.ee", "Toompuiestee 35",
       "10149", "Tallinn"),
    _c("C-4702", "SIA Daugava Rail Logistics", LV_REG, "LV", "ap@daugavarail-demo.lv", "Krasta iela 52",
       "LV-1003", "Rīga"),
    _c("C-4703", "Pohjolan Rautatierahti Oy", fi_yt("3110728"), "FI", "laskut@rautatierahti-demo.fi",
       "Ratapihantie 21", "00520", "Helsinki"),
    _c("C-4704", "Nordbahn Güterverkehr GmbH", "HRB 204718", "DE", "buchhaltung@nordbahn-demo.de",
       "Am Sandtorkai 48", "20457", "Hamburg"),
]
CUSTOMERS[-3]["vat_no"] = "LV" + LV_REG  # a Latvian VAT number is LV + the registration number

ARTICLES: list[dict[str, Any]] = [
    _a(TORG, "JM10", "Julmarknad, marknadsplats 3x3 m, per dag", "dag", "650.00", "25"),
    _a(TORG, "JM20", "Julmarknad, marknadsplats 3x6 m, per dag", "dag", "1100.00", "25"),
    _a(TORG, "JM30", "El 16A, per dag", "dag", "120.00", "25"),
    _a(TORG, "JM40", "Marknadstält, hyra per helg", "helg", "1800.00", "25"),
    _a(TORG, "JM50", "Torgplats, årsplats 2028", "st", "9600.00", "25"),
    _a(TORG, "JM90", "Extra städning efter evenemang", "st", None, "25"),
    _a(SIMC, "SC10", "Simuleringsövning, halvdag", "tillfälle", "14500.00", "25"),
    _a(SIMC, "SC20", "Kurs HLR-instruktör, per deltagare", "deltagare", "4200.00", "0"),
    _a(SIMC, "SC30", "Lokalhyra simuleringssal, per timme", "tim", "950.00", "25"),
    _a(SIMC, "SC40", "Markörtid, per timme", "tim", "520.00", "25"),
    _a(SIMC, "SC90", "Specialscenario, framtagning", "st", None, "25"),
    _a(VERK, "FV10", "Verkstadstimme", "tim", "780.00", "25"),
    _a(VERK, "FV20", "Däckskifte personbil", "st", "450.00", "25"),
    _a(VERK, "FV30", "Däckhotell, säsong", "säsong", "650.00", "25"),
    _a(VERK, "FV40", "Besiktningsförberedelse", "st", "1250.00", "25"),
    _a(VERK, "FV50", "Reservdelar enligt specifikation", "st", None, "25"),
    _a(VERK, "FV60", "Tvätt tungt fordon", "st", "890.00", "25"),
    _a(LL, "LL10", "Kuntotesti, polkupyöräergometri", "testi", "129.00", "25.5"),
    _a(LL, "LL20", "Laktaattikynnystesti", "testi", "189.00", "25.5"),
    _a(LL, "LL30", "Kehonkoostumusmittaus", "mittaus", "35.00", "25.5"),
    _a(LL, "LL40", "Laboratoriotunti, tutkijan työ", "h", "98.00", "25.5"),
    _a(LL, "LL50", "Valmennusluento", "kpl", "650.00", "25.5"),
    _a(LL, "LL90", "Tutkimuspalvelu, erillinen tarjous", "kpl", None, "25.5"),
    _a(OPAS, "OP10", "Opastus, tunti", "h", "85.00", "25.5"),
    _a(OPAS, "OP20", "Kaupunkikierros ryhmälle (2 h)", "kpl", "240.00", "25.5"),
    _a(OPAS, "OP30", "Vieraskielilisä", "h", "20.00", "25.5"),
    _a(OPAS, "OP40", "Joulukylän opastettu kävely, osallistuja", "hlö", "18.00", "14"),
    _a(OPAS, "OP50", "Moottorikelkkasafarin opas, päivä", "pv", "420.00", "25.5"),
    _a(OPAS, "OP90", "Erikoisretki", "kpl", None, "25.5"),
    _a(SNO, "VU10", "Snöplogning, traktor, per timme", "h", "95.00", "25.5"),
    _a(SNO, "VU20", "Sandning, per gång", "gång", "65.00", "25.5"),
    _a(SNO, "VU30", "Snöbortforsling, lastbil per timme", "h", "118.00", "25.5"),
    _a(SNO, "VU40", "Plogstickor, uppsättning", "st", "2.80", "25.5"),
    _a(SNO, "VU50", "Vinterunderhåll, säsongsavtal privatväg", "säsong", "380.00", "25.5"),
    _a(SNO, "VU90", "Extra arbete enligt överenskommelse", "st", None, "25.5"),
    _a(BRFC, "BR10", "Annual membership fee 2028", "year", "4800.00", "0"),
    _a(BRFC, "BR20", "Corridor workshop, participant", "participant", "350.00", "25.5"),
    _a(BRFC, "BR30", "Capacity data report, quarterly", "report", "1200.00", "25.5"),
    _a(BRFC, "BR40", "Observer membership fee 2028", "year", "1500.00", "0"),
    _a(BRFC, "BR90", "Expert consultancy", "h", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PERIOD = ("period_start", "period_end")
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
NOV = ("2027-11-01", "2027-11-30")
SE_DATE, FI_DATE = "+0100", "+0200"
URGENT = {"X-Priority": "1 (Highest)", "Importance": "High"}


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def on(number: str) -> str:
    """A registered customer's org number (or personal number) as the register holds it."""
    return str(cust(number)["org_no"])
