"""The registry of the second held-out set: two other agencies (a Swedish geotechnical board, a Finnish
environmental research institute with a Swedish name), other customers (near-duplicates, a name registered in
Sweden and Finland alike, a legal form written first, a private person over 100) and other article codes."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bankgiro, fi_iban, fi_vat, fi_yt, pnr, se_org, se_vat
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import fi_customer as _fi
from tests.intake.cases.kit_helpers import se_customer as _se

GEO_ORG = se_org("202100612")
YTL_YT = fi_yt("0912346")

GEO_SENDERS = ["maria.fransson@sgn.se", "olle.berglund@sgn.se", "ekonomi@sgn.se", "diariet@sgn.se",
               "sanna.wallin@sgn.se"]
YTL_SENDERS = ["juha.makela@ytl.fi", "kirsi.laine@ytl.fi", "laskutus@ytl.fi", "anders.holmqvist@ytl.fi",
               "sarah.mitchell@ytl.fi"]

AGENCIES: list[dict[str, Any]] = [
    {"code": "GEO-SE", "name": "Sveriges geotekniska nämnd", "country": "SE", "org_no": GEO_ORG,
     "vat_no": se_vat(GEO_ORG), "currency": "SEK", "default_vat_rate": "25", "language": "sv",
     "address": {"street": "Kungsgatan 12", "postal_code": "582 26", "city": "Linköping", "country": "SE"},
     "bankgiro": bankgiro("552044"), "intake_address": "kundfaktura@ekonomicentret.se",
     "allowed_senders": GEO_SENDERS},
    {"code": "YTL-FI", "name": "Ympäristötutkimuslaitos", "name_sv": "Miljöforskningsinstitutet",
     "name_en": "Environmental Research Institute", "country": "FI", "org_no": YTL_YT, "vat_no": fi_vat(YTL_YT),
     "currency": "EUR", "default_vat_rate": "25.5", "language": "fi",
     "address": {"street": "PL 140", "postal_code": "00251", "city": "Helsinki", "country": "FI"},
     "iban": fi_iban("15723500098765"), "intake_address": "laskutus@talouspalvelu.fi",
     "allowed_senders": YTL_SENDERS},
]


OLD_PERSON = pnr("261203", "457", sep="+")

CUSTOMERS: list[dict[str, Any]] = [
    _se("K-4001", "Hallstahammars Bostäder AB", "556702318", "faktura@hbostader.se", "Storgatan 9", "734 30",
        "Hallstahammar"),
    _se("K-4002", "Hallstahammars Bostäder Förvaltning AB", "559104227", "forvaltning@hbostader.se",
        "Storgatan 9", "734 30", "Hallstahammar"),
    _se("K-4003", "Vretstorp Entreprenad AB", "556381904", "ekonomi@vretstorp-entreprenad.se", "Industrivägen 4",
        "694 35", "Hallsberg"),
    _se("K-4004", "Ålidens kommun", "212000883", "leverantorsfakturor@aliden.se", "Box 100", "922 81",
        "Vindeln"),
    _se("K-4005", "Brattfors Skogsägare ekonomisk förening", "769612045", "kansli@brattfors.se", "Bruksvägen 2",
        "682 92", "Filipstad"),
    {"customer_number": "K-4006", "name": "Göran Lilja", "org_no": "19" + OLD_PERSON.replace("+", "-"),
     "vat_no": None, "country": "SE", "email": None, "peppol_id": None, "private": True,
     "address": {"street": "Lindvägen 3", "postal_code": "691 31", "city": "Karlskoga", "country": "SE"}},
    _se("K-4007", "Sjöbo Vattenråd", "802477315", "info@sjobovattenrad.se", "Box 21", "275 21", "Sjöbo"),
    _se("K-4008", "Nordkap Analys AB", "559233170", "ap@nordkapanalys.se", "Laboratoriegränd 1", "907 36",
        "Umeå"),
    _fi("K-5001", "Kuopion Vesi Oy", "2405518", "laskut@kuopionvesi.fi", "Satamakatu 3", "70100", "Kuopio"),
    _fi("K-5002", "Kuopion Vesi Palvelut Oy", "2405526", "palvelut@kuopionvesi.fi", "Satamakatu 3", "70100",
        "Kuopio"),
    _fi("K-5003", "Pirkanmaan Maanrakennus Oy", "1877402", "ostolaskut@pirkanmaanmaa.fi", "Hervannantie 40",
        "33720", "Tampere"),
    _fi("K-5004", "Närpes Grönsaker Ab", "0700154", "faktura@narpesgronsaker.fi", "Strandvägen 5", "64200",
        "Närpes"),
    _fi("K-5005", "Ruovesjärven kunta", "0213655", "ostolaskut@ruovesjarvi.fi", "Kunnantalo", "34600",
        "Ruovesi"),
    _fi("K-5006", "Metsänhoitoyhdistys Kaakko ry", "1060183", "toimisto@mhykaakko.fi", "Kauppakatu 11", "45100",
        "Kouvola"),
    _fi("K-5007", "Oy Nordic Soil Lab Ab", "2890461", "invoices@nordicsoillab.fi", "Tiedepuisto 4", "20520",
        "Turku"),
    _fi("K-5008", "Nordkap Analys Oy", "3120552", "laskutus@nordkapanalys.fi", "Rantatie 2", "65100", "Vaasa"),
]


ARTICLES: list[dict[str, Any]] = [
    _a("GEO-SE", "1010", "Geoteknisk provtagning, per borrpunkt", "st", "2350.00", "25"),
    _a("GEO-SE", "1020", "Portrycksmätning", "st", "980.00", "25"),
    _a("GEO-SE", "1500", "Fältdag", "dag", "9600.00", "25"),
    _a("GEO-SE", "2010", "Utredningstimme", "tim", "1250.00", "25"),
    _a("GEO-SE", "2020", "Expertgranskning", "tim", None, "25"),
    _a("GEO-SE", "3010", "Kurs, per deltagare", "st", "4200.00", "25"),
    _a("GEO-SE", "3020", "Rapport, tryckt", "st", "450.00", "6"),
    _a("GEO-SE", "4010", "Tillståndsavgift", "st", "3500.00", "0"),
    _a("GEO-SE", "9000", "Utlägg", "st", None, "25"),
    _a("YTL-FI", "LA100", "Vesinäyte, perusanalyysi", "kpl", "84.00", "25.5"),
    _a("YTL-FI", "LA110", "Vesinäyte, laaja analyysi", "kpl", "196.00", "25.5"),
    _a("YTL-FI", "LA200", "Sedimenttinäyte", "kpl", "142.00", "25.5"),
    _a("YTL-FI", "AT10", "Asiantuntijatunti", "h", "135.00", "25.5"),
    _a("YTL-FI", "AT20", "Maastopäivä", "pv", "890.00", "25.5"),
    _a("YTL-FI", "KO10", "Koulutuspäivä, osallistuja", "hlö", "320.00", "25.5"),
    _a("YTL-FI", "JU10", "Julkaisu", "kpl", "30.00", "14"),
    _a("YTL-FI", "KU90", "Kulut", "kpl", None, "25.5"),
    _a("YTL-FI", "LU10", "Lupamaksu", "kpl", "410.00", "0"),
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}
