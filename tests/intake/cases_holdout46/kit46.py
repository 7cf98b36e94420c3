"""The forty-sixth held-out set's registry ("services billed by time, distance and people", mail of Monday 6 -
Friday 10 March 2028, a leap year): seven agencies not heard from before — a Swedish municipality's vehicle pool
(minibus with driver by the hour and kilometre, evening/weekend supplement, a minimum call-out charge), a Swedish
municipality's nature school (pupils, nights, full-board days, bus kilometres), the Swedish ferry operator's
chartered extra trips (started hours, weekend and evening supplements, crew hours, nautical miles), a Finnish city's
property maintenance (started hours, evening/weekend supplements, kilometres, minimum alarm charge), a Finnish state
fortress's guided tours (per participant over a group minimum, evening/weekend and language supplements), a
Finland-Swedish town's camp centre (person-nights, full-board days, sauna hours, bus kilometres) and an
English-writing Nordic research-vessel pool billing in SEK (ship days, berth nights, crew hours, nautical miles).
One shared register of customers: clubs and associations, municipalities and a wellbeing county with Peppol IDs,
private persons with personnummer and hetu, the twins Dyrön Skärgårdsservice AB / HB and Kotikatu Isännöinti Oy /
Ky, the near-namesakes Ekenäs Scoutkår / Ekenäs Sjöscoutkår, a Swedish customer of a Finnish agency and Estonian,
German and Norwegian customers. Every agency has one article without a price; VAT rates 0, 6, 12, 13.5, 14, 25 and
25.5 as the services carry them."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_iban, fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_ELSA = pnr("880913", "246")            # born 1988, books a ferry for her wedding party
HETU_TUOMAS = hetu("170679", "318")        # born 1979, orders a birthday tour for his father
HETU_SOFIA = hetu("030391", "654")         # born 1991, a family weekend at the camp centre
EE_REG, DE_VAT, NO_ORG = "14683020", "DE281394751", "923174508"   # valid check digits (python-stdnum)

FORD, NATS, FARJ, VESS = "FORD-SE", "NATS-SE", "FARJ-SE", "VESS-SE"
HUOL, OPAS, LAGR = "HUOL-FI", "OPAS-FI", "LAGR-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "ford": "Fordonsenheten <fordonsenheten@ostersund-demo.se>",
    "ford_k": "Kerstin Öberg <kerstin.oberg@ostersund-demo.se>",
    "nats": "Naturskolan Ljungdala <naturskolan.ljungdala@hassleholm-demo.se>",
    "nats_i": "Ingela Rask <ingela.rask@hassleholm-demo.se>",
    "farj": "Beställningstrafik <bestallningstrafik@farjerederiet-demo.se>",
    "farj_p": "Patrik Lindell <patrik.lindell@farjerederiet-demo.se>",
    "huol": "Kiinteistöhuolto laskutus <kiinteistohuolto.laskutus@lahtikaupunki-demo.fi>",
    "huol_j": "Jarmo Kettunen <jarmo.kettunen@lahtikaupunki-demo.fi>",
    "opas": "Opastuspalvelut <opastukset@suomenlinna-demo.fi>",
    "opas_h": "Heidi Lampinen <heidi.lampinen@suomenlinna-demo.fi>",
    "lagr": "Lägergården Strandbo <strandbo@raseborg-demo.fi>",
    "lagr_c": "Camilla Forsström <camilla.forsstrom@raseborg-demo.fi>",
    "vess": "Vessel Pool Finance <finance@nrvpool-demo.se>",
    "vess_s": "Sanna Vik <sanna.vik@nrvpool-demo.se>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(FORD, "Östersunds kommun, fordonsenheten", "SE", se_org("212000542"), "sv",
        ("Fordonsvägen 7", "831 48", "Östersund"), ["ford", "ford_k"], "5471-0083"),
    _ag(NATS, "Hässleholms kommun, naturskolan Ljungdala", "SE", se_org("212000880"), "sv",
        ("Ljungdalavägen 12", "281 93", "Hässleholm"), ["nats", "nats_i"], "5472-3310"),
    _ag(FARJ, "Trafikverket Färjerederiet, beställningstrafik", "SE", se_org("202100361"), "sv",
        ("Färjevägen 2", "475 31", "Öckerö"), ["farj", "farj_p"], "5473-6604"),
    _ag(VESS, "Nordic Research Vessel Pool", "SE", se_org("802547219"), "en",
        ("Packhusplatsen 4", "411 13", "Göteborg"), ["vess", "vess_s"], "5474-1127"),
    _ag(HUOL, "Lahden kaupunki, kiinteistöhuolto", "FI", fi_yt("0164215"), "fi",
        ("Saimaankatu 23", "15140", "Lahti"), ["huol", "huol_j"], fi_iban("12345600770812")),
    _ag(OPAS, "Suomenlinnan hoitokunta, opastuspalvelut", "FI", fi_yt("0246183"), "fi",
        ("Suomenlinna C 74", "00190", "Helsinki"), ["opas", "opas_h"], fi_iban("80001270415528")),
    _ag(LAGR, "Raseborgs stad, lägergården Strandbo", "FI", fi_yt("1078561"), "sv",
        ("Strandbovägen 40", "10600", "Ekenäs"), ["lagr", "lagr_c"], fi_iban("57300820331944")),
]

_BERG, _OSBY, _OCK = se_org("212000261"), se_org("212000717"), se_org("212000129")
_PHHYKY, _HOLL = fi_yt("3221510"), fi_yt("0158730")


def _se_peppol(org: str) -> str:
    return "0007:" + org.replace("-", "")


def _fi_peppol(yt: str) -> str:
    return "0216:0037" + yt.replace("-", "")


CUSTOMERS: list[dict[str, Any]] = [
    _c("460101", "Brunflo Idrottsallians", se_org("802491736"), "SE", "kansli@brunfloia-demo.se",
       "Idrottsvägen 3", "834 31", "Brunflo"),
    _c("460102", "Bergs kommun", _BERG, "SE", "fakturor@berg-demo.se", "Box 100", "840 40", "Svenstavik",
       peppol=_se_peppol(_BERG)),
    _c("460103", "Teater Brunkullan AB", se_org("559284613"), "SE", "ekonomi@brunkullan-demo.se",
       "Prästgatan 28", "831 31", "Östersund"),
    _c("460104", "Östersunds Skidklubb", se_org("893201457"), "SE", "kassor@ostersundsskidklubb-demo.se",
       "Stadiongatan 9", "831 38", "Östersund"),
    _c("460105", "Osby kommun", _OSBY, "SE", "leverantorsfakturor@osby-demo.se", "Box 130", "283 22", "Osby",
       peppol=_se_peppol(_OSBY)),
    _c("460106", "Friskolan Lönnbacken AB", se_org("556932048"), "SE", "admin@lonnbacken-demo.se",
       "Lönnvägen 2", "281 43", "Hässleholm"),
    _c("460107", "Hässleholms Scoutkår", se_org("802503886"), "SE", "kassor@hlmscout-demo.se",
       "Scoutstigen 1", "281 39", "Hässleholm"),
    _c("460108", "Öckerö kommun", _OCK, "SE", "ekonomi@ockero-demo.se", "Sockenvägen 2", "475 80", "Öckerö",
       peppol=_se_peppol(_OCK)),
    _c("460109", "Dyrön Skärgårdsservice AB", se_org("559417302"), "SE", "info@dyronservice-demo.se",
       "Hamnvägen 6", "471 72", "Dyrön"),
    _c("460110", "Dyrön Skärgårdsservice HB", se_org("969783120"), "SE", "dyron.hb@post-demo.se",
       "Norra vägen 11", "471 72", "Dyrön"),
    _c("460111", "Elsa Nordqvist", "19" + PNR_ELSA[:6] + "-" + PNR_ELSA[7:], "SE", "elsa.nordqvist@mejl-demo.se",
       "Fotövägen 31", "475 45", "Fotö", private=True),
    _c("460112", "Fotö Scen & Event AB", se_org("556781935"), "SE", "ekonomi@fotoscen-demo.se",
       "Fotö hamn 2", "475 45", "Fotö"),
    _c("460201", "Kotikatu Isännöinti Oy", fi_yt("2813074"), "FI", "laskut@kotikatu-oy-demo.fi",
       "Aleksanterinkatu 18", "15110", "Lahti"),
    _c("460202", "Kotikatu Isännöinti Ky", fi_yt("1467239"), "FI", "kotikatu.ky@posti-demo.fi",
       "Kirkkokatu 5", "15140", "Lahti"),
    _c("460203", "Asunto Oy Lahden Salpausselänrinne", fi_yt("0729418"), "FI", "hallitus@salpausrinne-demo.fi",
       "Rinnekatu 14", "15150", "Lahti"),
    _c("460204", "Päijät-Hämeen hyvinvointialue", _PHHYKY, "FI", "ostolaskut@phhyky-demo.fi", "Keskussairaalankatu 7",
       "15850", "Lahti", peppol=_fi_peppol(_PHHYKY)),
    _c("460205", "Hollolan kunta", _HOLL, "FI", "ostolaskut@hollola-demo.fi", "Virastotie 3", "15870", "Hollola",
       peppol=_fi_peppol(_HOLL)),
    _c("460206", "Matkatoimisto Saaristomatkat Oy", fi_yt("2358196"), "FI", "reskontra@saaristomatkat-demo.fi",
       "Eteläranta 10", "00130", "Helsinki"),
    _c("460207", "Kruununhaan Seniorit ry", fi_yt("1984562"), "FI", "rahastonhoitaja@kruununhaanseniorit-demo.fi",
       "Maneesikatu 4", "00170", "Helsinki"),
    _c("460208", "Tuomas Rautiainen", HETU_TUOMAS, "FI", "tuomas.rautiainen@koti-demo.fi", "Laivurinkatu 21 A 6",
       "00150", "Helsinki", private=True),
    _c("460209", "Stockholm Heritage Travel AB", se_org("559038471"), "SE", "accounts@stockholmheritage-demo.se",
       "Skeppsbron 30", "111 30", "Stockholm"),
    _c("460210", "Baltic Dune Tours OÜ", EE_REG, "EE", "arved@balticdune-demo.ee", "Sadama 25", "10111", "Tallinn"),
    _c("460211", "Ekenäs Scoutkår rf", fi_yt("0817345"), "FI", "kassor@ekenasscout-demo.fi", "Scoutvägen 2",
       "10600", "Ekenäs"),
    _c("460212", "Ekenäs Sjöscoutkår rf", fi_yt("0923618"), "FI", "sjoscout@ekenas-demo.fi", "Båthusgatan 1",
       "10600", "Ekenäs"),
    _c("460213", "Västnylands Idrottsförening rf", fi_yt("1025487"), "FI", "kansli@vnif-demo.fi", "Idrottsgatan 8",
       "10300", "Karis"),
    _c("460214", "Hangö Seglarförening rf", fi_yt("0205963"), "FI", "kassor@hangosegel-demo.fi", "Östra hamnen 4",
       "10900", "Hangö"),
    _c("460215", "Sofia Wikström", HETU_SOFIA, "FI", None, "Gustav Wasas gata 7 B 12", "10600", "Ekenäs",
       private=True),
    _c("460301", "Kiel Ocean Systems GmbH", "HRB 24518 KI", "DE", "rechnungen@kielocean-demo.de",
       "Wischhofstraße 1", "24148", "Kiel"),
    _c("460302", "Vestfjord Havlab AS", NO_ORG, "NO", "faktura@vestfjordhavlab-demo.no", "Strandkaien 12",
       "5013", "Bergen"),
    _c("460303", "Bottenhavets Marinforskning AB", se_org("556604127"), "SE", "ekonomi@bottenhavet-demo.se",
       "Hamngatan 14", "852 33", "Sundsvall"),
]
_FOREIGN_VAT = {"460210": "EE102734517", "460301": DE_VAT, "460302": "NO" + NO_ORG + "MVA"}
for _row in CUSTOMERS:   # the kit derives VAT numbers for SE and FI only; the foreign ones are registered as given
    _row["vat_no"] = _FOREIGN_VAT.get(_row["customer_number"], _row["vat_no"])

ARTICLES: list[dict[str, Any]] = [
    _a(FORD, "3110", "Minibuss med förare, per timme", "tim", "620.00", "25"),
    _a(FORD, "3120", "Körsträcka, per km", "km", "18.50", "25"),
    _a(FORD, "3130", "OB-tillägg kväll/helg, per timme", "tim", "210.00", "25"),
    _a(FORD, "3140", "Minimidebitering utryckning (2 tim)", "st", "1240.00", "25"),
    _a(FORD, "3150", "Personbil utan förare, per dygn", "dygn", "540.00", "25"),
    _a(FORD, "3190", "Specialfordon, hyra", "st", None, "25"),
    _a(NATS, "NS11", "Naturskoledag, per elev", "elev", "145.00", "0"),
    _a(NATS, "NS12", "Lägerskola, övernattning per deltagare", "natt", "260.00", "12"),
    _a(NATS, "NS13", "Helpension, per deltagare och dygn", "dygn", "310.00", "12"),
    _a(NATS, "NS14", "Pedagog, extra timme", "tim", "540.00", "0"),
    _a(NATS, "NS15", "Bussresa, per km", "km", "32.00", "6"),
    _a(NATS, "NS19", "Temadag enligt offert", "st", None, "0"),
    _a(FARJ, "XT10", "Extratur, per påbörjad timme", "tim", "4800.00", "6"),
    _a(FARJ, "XT20", "Helgtillägg, per timme", "tim", "1200.00", "6"),
    _a(FARJ, "XT30", "Kvällstillägg efter kl. 19, per timme", "tim", "900.00", "6"),
    _a(FARJ, "XT40", "Extra besättning, per person och timme", "tim", "690.00", "6"),
    _a(FARJ, "XT50", "Omflyttning av färja, per nautisk mil", "nm", "210.00", "6"),
    _a(FARJ, "XT90", "Specialuppdrag enligt offert", "st", None, "6"),
    _a(VESS, "RS100", "Ship time, per day", "day", "68500.00", "25"),
    _a(VESS, "RS200", "Scientist berth, per person and night", "night", "1450.00", "12"),
    _a(VESS, "RS300", "Crew overtime, per person-hour", "hour", "720.00", "25"),
    _a(VESS, "RS400", "Transit, per nautical mile", "nm", "180.00", "25"),
    _a(VESS, "RS900", "Special equipment hire", "st", None, "25"),
    _a(HUOL, "LT-210", "Kiinteistönhoitaja, alkava tunti", "h", "48.00", "25.5"),
    _a(HUOL, "LT-220", "Iltalisä (klo 18-22), tunti", "h", "12.00", "25.5"),
    _a(HUOL, "LT-230", "Viikonloppulisä, tunti", "h", "24.00", "25.5"),
    _a(HUOL, "LT-240", "Ajokilometrit", "km", "0.62", "25.5"),
    _a(HUOL, "LT-250", "Hälytyskäynnin minimiveloitus", "kpl", "96.00", "25.5"),
    _a(HUOL, "LT-290", "Erikoistyö, urakka", "kpl", None, "25.5"),
    _a(OPAS, "OP11", "Opastettu kävelykierros, osallistuja", "hlö", "12.00", "14"),
    _a(OPAS, "OP12", "Ryhmäopastus, minimiveloitus (enintään 15 hlö)", "kpl", "180.00", "14"),
    _a(OPAS, "OP13", "Opas, lisätunti", "h", "85.00", "25.5"),
    _a(OPAS, "OP14", "Ilta- tai viikonloppulisä", "kpl", "45.00", "25.5"),
    _a(OPAS, "OP15", "Vieraskielinen opastus, lisä", "kpl", "30.00", "25.5"),
    _a(OPAS, "OP19", "Teemakierros tilauksesta", "kpl", None, "14"),
    _a(LAGR, "LG10", "Logi, per person och natt", "natt", "28.00", "14"),
    _a(LAGR, "LG20", "Helpension, per person och dygn", "dygn", "34.00", "13.5"),
    _a(LAGR, "LG30", "Bastu, per påbörjad timme", "tim", "40.00", "25.5"),
    _a(LAGR, "LG40", "Lägerledare, per timme", "tim", "52.00", "25.5"),
    _a(LAGR, "LG50", "Busstransport, per km", "km", "2.20", "14"),
    _a(LAGR, "LG90", "Programpaket enligt offert", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
FEB = ("2028-02-01", "2028-02-29")
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def _agency(code: str) -> dict[str, Any]:
    return next(a for a in AGENCIES if a["code"] == code)


SIG_FORD = ("\n\nMed vänliga hälsningar\n{n}\nFordonsenheten | Östersunds kommun\nFordonsvägen 7, 831 48 Östersund\n"
            "Org.nr " + org(FORD) + " · Bankgiro 5471-0083 · Tel 063-14 30 00\n")
SIG_NATS = ("\n\nHälsningar från Ljungdala!\n{n}\nNaturskolan Ljungdala, Hässleholms kommun\nTfn 0451-26 70 00 | "
            "Org.nr " + org(NATS) + "\n\nDu får det här mejlet eftersom du har kontakt med Hässleholms kommun. Läs om "
            "hur vi behandlar personuppgifter på hassleholm-demo.se/personuppgifter.\n")
SIG_FARJ = ("\n\nMed vänlig hälsning\n{n}\nBeställningstrafik, Trafikverket Färjerederiet\nFärjevägen 2, 475 31 Öckerö"
            " | Org.nr " + org(FARJ) + " | Bankgiro 5473-6604\nTrafikledningen dygnet runt: 031-96 90 00\n")
SIG_HUOL = ("\n\nYstävällisin terveisin\n{n}\nLahden kaupunki / Kiinteistöhuolto\nSaimaankatu 23, 15140 Lahti\n"
            "Y-tunnus " + org(HUOL) + " | päivystys 03 814 4400\n")
SIG_OPAS = ("\n\nTerveisin\n{n}\nSuomenlinnan hoitokunta – Opastuspalvelut\nSuomenlinna C 74, 00190 Helsinki | "
            "Y-tunnus " + org(OPAS) + "\nPuh. 0295 338 410 | www.suomenlinna-demo.fi\n")
SIG_LAGR = ("\n\nMed vänlig hälsning / Ystävällisin terveisin\n{n}\nLägergården Strandbo | Raseborgs stad\n"
            "Strandbovägen 40, 10600 Ekenäs\nFO-nummer " + org(LAGR) + " | IBAN " + _agency(LAGR)["iban"]
            + " | tfn 019 289 3100\n")
SIG_VESS = ("\n\nBest regards,\n{n}\nNordic Research Vessel Pool | Finance\nPackhusplatsen 4, SE-411 13 Göteborg\n"
            "Org. no. " + org(VESS) + " | VAT " + str(_agency(VESS)["vat_no"]) + " | Bankgiro 5474-1127 | "
            "+46 31 708 44 00\nCONFIDENTIALITY: This e-mail and any attachment are intended only for the addressee. "
            "If you received it in error, please delete it and notify the sender.\n")
