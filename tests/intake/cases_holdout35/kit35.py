"""The thirty-fifth held-out set's registry ("the clerk's inbox on a Monday", mail of Friday 4 - Monday 7 June 2027):
eight agencies not heard from before (a Swedish municipality's elderly day centre, a Swedish regional transport's
school cards, a Swedish agency for accessible media, a Finnish city's parking control, a Finnish wellbeing county's
ambulance transfers, a Finnish national forensic lab, a Finland-Swedish parish's choir school and an English-writing
Nordic ministers' liaison office), one shared register of customers (companies, a municipality, associations,
private persons with personnummer and hetu, the near-twins Norrskens Taxi AB / HB, a Norwegian company) and articles
per day, trip, card, page, hour, km, sample and participant, a few without a price."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_GRETA = pnr("360911", "482")           # born 1936, a day-centre guest (90 in June 2027)
PNR_SVEN = pnr("480224", "316")            # born 1948
HETU_EINO = hetu("140240", "318")          # born 1940, an ambulance transfer patient
HETU_LINNEA = hetu("030512", "477", "A")   # born 2012, a choir-school child (customer: herself, parent pays)
NO_ORG = "915382746"                        # a Norwegian organisation number (mod 11 valid)

ALDR, SKOL, TMED, NMO = "ALDR-SE", "SKOL-SE", "TMED-SE", "NMO-FI"
PARK, ENSI, OLAB, KORS = "PARK-FI", "ENSI-FI", "OLAB-FI", "KORS-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "aldr": "Dagverksamheten Solrosen <solrosen.dagverksamhet@lindesberg-demo.se>",
    "aldr_m": "Maj-Britt Engström <majbritt.engstrom@lindesberg-demo.se>",
    "skol": "Skolkort Länstrafiken <skolkort@lanstrafiken-bergslagen.se>",
    "skol_o": "Ola Nygren <ola.nygren@lanstrafiken-bergslagen.se>",
    "tmed": "Beställningsservice <bestallning@tillgangligamedier-demo.se>",
    "tmed_h": "Hanna Ek <hanna.ek@tillgangligamedier-demo.se>",
    "park": "Pysäköinninvalvonta <pysakointi@kaarina-demo.fi>",
    "park_j": "Jari Nieminen <jari.nieminen@kaarina-demo.fi>",
    "ensi": "Ensihoidon siirrot <siirtokuljetukset@keskipohjanmaanhyva.fi>",
    "ensi_t": "Tiina Rautio <tiina.rautio@keskipohjanmaanhyva.fi>",
    "olab": "Asiakaspalvelu OLAB <asiakaspalvelu@oikeuslaboratorio-demo.fi>",
    "kors": "Karin Nylund <karin.nylund@jakobstads-forsamling.fi>",
    "nmo": "Liaison Office <office@nordic-ministers-liaison.org>",
    "nmo_r": "Rasmus Dahl <rasmus.dahl@nordic-ministers-liaison.org>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(ALDR, "Lindesbergs kommun, dagverksamheten Solrosen", "SE", se_org("212000194"), "sv",
        ("Kyrkogatan 9", "711 30", "Lindesberg"), ["aldr", "aldr_m"], "5391-2204"),
    _ag(SKOL, "Länstrafiken Bergslagen, skolkort", "SE", se_org("232100238"), "sv",
        ("Järnvägsgatan 4", "702 10", "Örebro"), ["skol", "skol_o"], "5392-7718"),
    _ag(TMED, "Byrån för tillgängliga medier", "SE", se_org("202100663"), "sv",
        ("Sandsborgsvägen 52", "122 33", "Enskede"), ["tmed", "tmed_h"], "5393-0451"),
    _ag(PARK, "Kaarinan kaupunki, pysäköinninvalvonta", "FI", fi_yt("2847113"), "fi",
        ("Lautakunnantie 4", "20780", "Kaarina"), ["park", "park_j"], "FI40 5710 0420 3381 19"),
    _ag(ENSI, "Keski-Pohjanmaan hyvinvointialue, ensihoito", "FI", fi_yt("3015526"), "fi",
        ("Mariankatu 16", "67200", "Kokkola"), ["ensi", "ensi_t"], "FI05 5000 0120 4409 82"),
    _ag(OLAB, "Kansallinen oikeuslaboratorio", "FI", fi_yt("0193327"), "fi",
        ("Mannerheimintie 166", "00300", "Helsinki"), ["olab"], "FI92 1660 3000 1071 44"),
    _ag(KORS, "Jakobstads svenska församling, körskolan", "FI", fi_yt("0209971"), "sv",
        ("Kyrkostrand 4", "68600", "Jakobstad"), ["kors"], "FI31 4970 1020 0061 27"),
    _ag(NMO, "Nordic Ministers' Liaison Office", "FI", fi_yt("2561934"), "en",
        ("Kalevankatu 3", "00100", "Helsinki"), ["nmo", "nmo_r"], "FI66 8000 1800 5522 90"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("C-3501", "Bergslagens Omsorg AB", se_org("559207413"), "SE", "faktura@bergslagensomsorg.se",
       "Stationsgatan 5", "711 31", "Lindesberg"),
    _c("C-3502", "Nora kommun", se_org("212000197"), "SE", "leverantorsfakturor@nora-demo.se", "Box 111",
       "713 23", "Nora", peppol="0007:" + se_org("212000197").replace("-", "")),
    _c("C-3503", "Greta Holm", "19" + PNR_GRETA[:6] + "-" + PNR_GRETA[7:], "SE", None, "Ågatan 14",
       "711 34", "Lindesberg", private=True),
    _c("C-3504", "Sven Åkerlund", "19" + PNR_SVEN[:6] + "-" + PNR_SVEN[7:], "SE", "sven.akerlund@telia-demo.se",
       "Frövivägen 2", "711 93", "Vedevåg", private=True),
    _c("C-3505", "Fellingsbro Friskola AB", se_org("556731908"), "SE", "ekonomi@fellingsbrofriskola.se",
       "Skolvägen 1", "715 72", "Fellingsbro"),
    _c("C-3506", "Norrskens Taxi AB", se_org("556498325"), "SE", "ekonomi@norrskenstaxi.se", "Verkstadsvägen 3",
       "702 27", "Örebro"),
    _c("C-3507", "Norrskens Taxi HB", se_org("969712046"), "SE", "kontoret@norrskenstaxi-hb.se", "Byvägen 8",
       "718 92", "Frövi"),
    _c("C-3508", "Synskadades förening Bergslagen", se_org("802411263"), "SE", "kassor@sfbergslagen.se",
       "Föreningsgatan 2", "702 11", "Örebro"),
    _c("C-3509", "Lärkträdets Förlag AB", se_org("559044517"), "SE", "ap@larktradet.se", "Hornsgatan 61",
       "118 49", "Stockholm"),
    _c("C-3601", "Asunto Oy Piikkiön Pihlaja", fi_yt("2650418"), "FI", "isannointi@pihlaja-demo.fi",
       "Pihlajatie 6", "21500", "Piikkiö"),
    _c("C-3602", "Kiinteistö Oy Kaarinan Kauppaportti", fi_yt("3102287"), "FI", "laskut@kauppaportti.fi",
       "Kauppatie 1", "20780", "Kaarina", peppol="0216:003731022878"),
    _c("C-3603", "Lääkärikeskus Aavikko Oy", fi_yt("1876605"), "FI", "ostoreskontra@aavikko-demo.fi",
       "Torikatu 22", "67100", "Kokkola"),
    _c("C-3604", "Eino Kallio", HETU_EINO, "FI", None, "Koskitie 3", "68300", "Kälviä", private=True),
    _c("C-3605", "Kuljetusliike Rinne Oy", fi_yt("3318470"), "FI", "toimisto@rinnekuljetus.fi", "Satamatie 40",
       "00980", "Helsinki"),
    _c("C-3606", "Työterveys Kajo Oy", fi_yt("2456702"), "FI", "laskutus@tt-kajo.fi", "Hämeenkatu 11",
       "33100", "Tampere"),
    _c("C-3607", "Jakobstads Musikvänner rf", fi_yt("0714468"), "FI", "kassor@musikvanner.fi", "Storgatan 20",
       "68600", "Jakobstad"),
    _c("C-3608", "Linnea Björkqvist", HETU_LINNEA, "FI", "bjorkqvist.familj@posti-demo.fi", "Skolgatan 7 A 3",
       "68620", "Jakobstad", private=True),
    _c("C-3609", "Distriktsnettverket Nord AS", NO_ORG, "NO", "faktura@distriktsnettverket.no",
       "Storgata 31", "9008", "Tromsø"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(ALDR, "DV10", "Dagverksamhet, per dag", "dag", "685.00", "0"),
    _a(ALDR, "DV20", "Måltid, dagverksamhet", "st", "72.00", "12"),
    _a(ALDR, "DV30", "Resa till och från dagverksamhet, enkel", "resa", "95.00", "6"),
    _a(ALDR, "DV90", "Särskild aktivitet", "st", None, "25"),
    _a(SKOL, "SK10", "Skolkort, termin", "kort", "1450.00", "6"),
    _a(SKOL, "SK20", "Ersättningskort", "st", "200.00", "6"),
    _a(SKOL, "SK30", "Anropsstyrd skolskjuts, per tur", "tur", None, "6"),
    _a(TMED, "TM10", "Inläsning, per timme", "tim", "780.00", "25"),
    _a(TMED, "TM20", "Punktskriftsöverföring, per sida", "sida", "14.50", "25"),
    _a(TMED, "TM30", "Taktil bild", "st", "320.00", "25"),
    _a(TMED, "TM90", "Specialuppdrag", "st", None, "25"),
    _a(PARK, "PK10", "Pysäköintilupa, kuukausi", "kk", "45.00", "25.5"),
    _a(PARK, "PK20", "Valvonta yksityisalueella, tunti", "h", "52.00", "25.5"),
    _a(PARK, "PK30", "Ajoneuvon siirto", "kpl", "180.00", "0"),
    _a(ENSI, "EH10", "Siirtokuljetus, perusmaksu", "kpl", "220.00", "0"),
    _a(ENSI, "EH20", "Siirtokuljetus, kilometri", "km", "2.40", "0"),
    _a(ENSI, "EH30", "Odotusaika, tunti", "h", "60.00", "0"),
    _a(ENSI, "EH90", "Erityiskuljetus", "kpl", None, "0"),
    _a(OLAB, "OL10", "Huumausaineanalyysi, näyte", "näyte", "310.00", "25.5"),
    _a(OLAB, "OL20", "Alkoholimääritys, näyte", "näyte", "95.00", "25.5"),
    _a(OLAB, "OL30", "Asiantuntijalausunto, tunti", "h", "150.00", "25.5"),
    _a(OLAB, "OL90", "Erikoisanalyysi", "kpl", None, "25.5"),
    _a(KORS, "KS10", "Terminsavgift, körskolan", "termin", "120.00", "0"),
    _a(KORS, "KS20", "Körläger, per deltagare", "deltagare", "85.00", "0"),
    _a(KORS, "KS30", "Hyra av församlingssal, per timme", "h", "40.00", "25.5"),
    _a(NMO, "NM10", "Seminar fee, per participant", "participant", "250.00", "25.5"),
    _a(NMO, "NM20", "Meeting room hire, per day", "day", "600.00", "25.5"),
    _a(NMO, "NM30", "Interpretation, per hour", "hour", None, "25.5"),
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
