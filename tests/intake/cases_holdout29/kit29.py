"""The twenty-ninth held-out set's registry ("recurring and period billing"): eight agencies not heard from before
that bill by period (a Swedish state property office's rents, a municipal culture school's term fees, a municipal
sports administration's weekly ice and hall bookings, a regional archive's quarterly storage and subscriptions,
Metsähallitus' rental huts and seasonal fishing permits, a Finnish city property unit's leases and maintenance
contracts, a Finland-Swedish town harbour office's seasonal berths and an English-writing research infrastructure's
subscriptions and half-year memberships), a shared register of customers (companies, associations, private persons,
a near-twin name pair, a Norwegian customer) and articles priced per month, quarter, term, week, season."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_ELIN = pnr("870412", "386")            # born 1987, a parent paying term fees
PNR_JOHAN = pnr("750923", "157")           # born 1975
HETU_LIISA = hetu("140388", "246")         # born 1988
HETU_BJORN = hetu("020679", "318")         # born 1979

LOK, KUL, IDR, ARK = "LOK-SE", "KUL-SE", "IDR-SE", "ARK-SE"
MET, TIL, NAR, NRI = "MET-FI", "TIL-FI", "NAR-FI", "NRI-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "lok": "Hyresadministrationen <hyror.norr@statenslokaler-demo.se>",
    "lok_m": "Maria Åkerlund <maria.akerlund@statenslokaler-demo.se>",
    "kul": "Kulturskolans expedition <kulturskolan@norrtalje-demo.se>",
    "idr": "Bokningen Idrott <bokning.idrott@sundsvall-demo.se>",
    "idr_p": "Patrik Holm <patrik.holm@sundsvall-demo.se>",
    "ark": "Regionarkivet <regionarkivet@gotland-arkiv.se>",
    "met": "Ylä-Lapin luontopalvelut <ylalappi.asiakaspalvelu@metsahallitus-demo.fi>",
    "met_t": "Tuula Niemelä <tuula.niemela@metsahallitus-demo.fi>",
    "til": "Vuokrauspalvelut <vuokraus@tilakeskus-tampere-demo.fi>",
    "til_j": "Jari Lehtinen <jari.lehtinen@tilakeskus-tampere-demo.fi>",
    "nar": "Hamnkontoret <hamnkontoret@narpes-demo.fi>",
    "nri": "NARI Finance <finance@nari-sodankyla.eu>",
}

_ag = partial(centre_agency, W)   # an agency writing to the centre of its country

AGENCIES: list[dict[str, Any]] = [
    _ag(LOK, "Statens lokalförvaltning, region Norr", "SE", se_org("202100633"), "sv",
        ("Storgatan 21", "972 31", "Luleå"), ["lok", "lok_m"], "5091-4418"),
    _ag(KUL, "Norrtälje kommun, Kulturskolan", "SE", se_org("212000029"), "sv",
        ("Estunavägen 14", "761 30", "Norrtälje"), ["kul"], "5092-7735"),
    _ag(IDR, "Sundsvalls kommun, idrottsförvaltningen", "SE", se_org("212000238"), "sv",
        ("Norrmalmsgatan 4", "851 85", "Sundsvall"), ["idr", "idr_p"], "5093-1162"),
    _ag(ARK, "Regionarkivet Gotland", "SE", se_org("202100701"), "sv",
        ("Visborgsgatan 1", "621 57", "Visby"), ["ark"], "5094-6620"),
    _ag(MET, "Metsähallitus, Ylä-Lapin luontopalvelut", "FI", fi_yt("0116726"), "fi",
        ("Sodankyläntie 12", "99800", "Ivalo"), ["met", "met_t"], "FI35 8000 1270 4455 21"),
    _ag(TIL, "Tampereen Tilakeskus liikelaitos", "FI", fi_yt("0211675"), "fi",
        ("Puutarhakatu 6", "33210", "Tampere"), ["til", "til_j"], "FI82 5000 0120 3311 08"),
    _ag(NAR, "Närpes stad, hamnkontoret", "FI", fi_yt("0179138"), "sv",
        ("Köpmansgatan 12", "64200", "Närpes"), ["nar"], "FI14 4055 0010 8877 33"),
    _ag(NRI, "Nordic Arctic Research Infrastructure, Sodankylä node", "FI", fi_yt("3291047"), "en",
        ("Tähteläntie 62", "99600", "Sodankylä"), ["nri"], "FI56 1590 3000 2201 64"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("R-2901", "Kvarnbacken Redovisning AB", se_org("556917330"), "SE", "ekonomi@kvarnbacken.se",
       "Kvarnbacken 4", "972 38", "Luleå"),
    _c("R-2902", "Bergström Bygg AB", se_org("556748112"), "SE", "faktura@bergstrombygg.se", "Snickarv. 3",
       "621 41", "Visby"),
    _c("R-2903", "Bergströms Bygg AB", se_org("556748120"), "SE", "ekonomi@bergstromsbygg.se", "Industriv. 9",
       "972 54", "Luleå"),
    _c("R-2904", "Sundsvalls Konståkningsklubb", se_org("802417563"), "SE", "kassor@sundsvallkk.se", "Box 402",
       "851 06", "Sundsvall"),
    _c("R-2905", "Medelpads Hockeyförbund", se_org("802433901"), "SE", "kansli@medelpadshockey.se",
       "Arenavägen 2", "852 38", "Sundsvall"),
    _c("R-2906", "Roslagens Kammarkör", se_org("802500198"), "SE", "kassor@roslagenskammarkor.se",
       "Lommarvägen 8", "761 42", "Norrtälje"),
    _c("R-2907", "Elin Norberg", "19" + PNR_ELIN[:6] + "-" + PNR_ELIN[7:], "SE", "elin.norberg@brevlada.se",
       "Tullportsgatan 5", "761 31", "Norrtälje", private=True),
    _c("R-2908", "Johan Ekstam", "19" + PNR_JOHAN[:6] + "-" + PNR_JOHAN[7:], "SE", None, "Rösvägen 22",
       "761 50", "Norrtälje", private=True),
    _c("R-2909", "Visby Kulturtryck AB", se_org("556602884"), "SE", "ap@kulturtryck.se", "Hamngatan 7",
       "621 56", "Visby"),
    _c("R-2910", "Timrå Elservice AB", se_org("559410277"), "SE", "faktura@timraelservice.se", "Bruksgatan 11",
       "861 32", "Timrå"),
    _c("R-2911", "Gotlands Hembygdsförbund", se_org("802417571"), "SE", "kassor@gotlandshembygd.se",
       "Lummelundsv. 5", "621 46", "Visby"),
    _c("R-3901", "Tunturikota Oy", fi_yt("2688013"), "FI", "laskut@tunturikota.fi", "Kaunispääntie 3",
       "99830", "Saariselkä"),
    _c("R-3902", "Lapin Erämatkat Ky", fi_yt("1944720"), "FI", "toimisto@lapinera.fi", "Piiskuntie 7",
       "99800", "Ivalo"),
    _c("R-3903", "Pirkanmaan Kiinteistöhuolto Oy", fi_yt("0871359"), "FI", "ostolaskut@pkhuolto.fi",
       "Hatanpään valtatie 30", "33100", "Tampere", peppol="0216:0037" + fi_yt("0871359").replace("-", "")),
    _c("R-3904", "Tampereen Tanssiopisto ry", fi_yt("2199874"), "FI", "talous@tanssiopisto-tre.fi",
       "Kuninkaankatu 14", "33210", "Tampere"),
    _c("R-3905", "Kalastusseura Ahven ry", fi_yt("0531166"), "FI", "rahastonhoitaja@ahvenry.fi", "PL 8",
       "99871", "Inari"),
    _c("R-3906", "Liisa Korhonen", HETU_LIISA, "FI", "liisa.korhonen@posti.fi", "Hämeenpuisto 40 A 3",
       "33200", "Tampere", private=True),
    _c("R-3907", "Närpes Grönsaker Ab", fi_yt("2765302"), "FI", "reskontra@narpesgronsaker.fi",
       "Växthusvägen 4", "64230", "Närpes"),
    _c("R-3908", "Sydösterbottens Seglarklubb rf", fi_yt("1683390"), "FI", "kassor@sobseglare.fi",
       "Hamnvägen 1", "64200", "Närpes"),
    _c("R-3909", "Björn Sjöberg", HETU_BJORN, "FI", "bjorn.sjoberg@netti.fi", "Norrnäsvägen 17", "64230",
       "Närpes", private=True),
    _c("R-3910", "Arctic Sensing Oy", fi_yt("2410593"), "FI", "invoices@arcticsensing.fi", "Tiedetie 2",
       "90570", "Oulu"),
    _c("R-3911", "Tammelan Kahvila Oy", fi_yt("3012505"), "FI", "kahvila@tammelan.fi", "Tammelantori 2",
       "33500", "Tampere"),
    _c("R-3912", "Närpes Energi Ab", fi_yt("0180401"), "FI", "faktura@narpesenergi.fi", "Kraftvägen 2",
       "64200", "Närpes"),
    _c("R-4901", "Tromsø Polar Data AS", "923456783", "NO", "faktura@polardata.no", "Storgata 88", "9008",
       "Tromsø"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(LOK, "LF10", "Kontorshyra, per månad", "mån", None, "25"),
    _a(LOK, "LF20", "Förrådshyra, per månad", "mån", "1450.00", "25"),
    _a(LOK, "LF30", "Parkeringsplats, per månad", "mån", "650.00", "25"),
    _a(LOK, "LF40", "Fastighetsskötsel, per kvartal", "kvartal", "3900.00", "25"),
    _a(KUL, "KS10", "Terminsavgift, per elev", "termin", "950.00", "0"),
    _a(KUL, "KS20", "Instrumenthyra, per termin", "termin", "400.00", "0"),
    _a(KUL, "KS30", "Lokalhyra, per timme", "tim", "320.00", "25"),
    _a(IDR, "IF10", "Istid, per timme", "tim", "1250.00", "6"),
    _a(IDR, "IF20", "Hallhyra, per vecka", "vecka", "5200.00", "6"),
    _a(IDR, "IF30", "Säsongstillstånd kiosk", "st", None, "25"),
    _a(ARK, "RA10", "Depåförvaring, per hyllmeter och kvartal", "hm", "95.00", "25"),
    _a(ARK, "RA20", "Abonnemang digitalarkiv, per månad", "mån", "790.00", "25"),
    _a(ARK, "RA90", "Arkivkonsult, per timme", "tim", None, "25"),
    _a(MET, "MH10", "Vuokratupa, viikko", "vko", "480.00", "14"),
    _a(MET, "MH20", "Kalastuksen kausilupa", "kpl", "95.00", "0"),
    _a(MET, "MH30", "Maanvuokra, vuosi", "v", None, "0"),
    _a(TIL, "TK10", "Toimitilavuokra, kuukausi", "kk", None, "25.5"),
    _a(TIL, "TK20", "Autopaikka, kuukausi", "kk", "45.00", "25.5"),
    _a(TIL, "TK30", "Huoltosopimus, neljännesvuosi", "nv", "1200.00", "25.5"),
    _a(NAR, "NP10", "Båtplats, säsong", "säsong", "180.00", "25.5"),
    _a(NAR, "NP20", "Underhållsavtal, per kvartal", "kvartal", None, "25.5"),
    _a(NAR, "NP30", "Vinterförvaring, per månad", "mån", "40.00", "25.5"),
    _a(NRI, "AR10", "Data subscription, per quarter", "quarter", "2400.00", "25.5"),
    _a(NRI, "AR20", "Lab bench rental, per month", "month", "850.00", "25.5"),
    _a(NRI, "AR30", "Consortium membership, half-year", "half-year", "1500.00", "0"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
NOP = ("period_start", "period_end")
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
Q1 = ("2027-01-01", "2027-03-31")
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
