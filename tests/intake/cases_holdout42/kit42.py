"""The forty-second held-out set's registry ("an ordinary autumn", mail of Monday 27 September - Friday 1 October
2027): eight agencies of culture, education and environment not heard from before (a Swedish city's art lending
centre, a Swedish municipality's nature school, a Swedish university college's contract education, a Finnish
city's culture house, a Finnish joint environmental health unit, a Finnish vocational college's services to working
life, a Finland-Swedish town's naturum and an English-writing environmental education centre in Finland), one shared
register of customers (companies, municipalities with Peppol IDs, associations, private persons with personnummer
and hetu, the twins Montessoriskolan Linden / Montessoriskolan Linden AB and Kahvila Valssi Oy / Ky, the near
names Lapin Sähkö Oy and Lapin Sähköasennus Oy, an Estonian, a German and a Latvian customer) and articles per
quarter, hour, class, participant, pupil-night, day, ticket, sample, test, group and kit, one without a price for
each agency."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import bankgiro, fi_iban, fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_BIRGITTA = pnr("580923", "482")        # born 1958, borrows art for her home
HETU_AINO = hetu("120798", "364")          # born 1998, pays her own hygiene test
HETU_MIKAELA = hetu("030671", "458")       # born 1971, books a guided walk for her birthday

KLC, NSK, UPPD, VALS = "KLC-SE", "NSK-SE", "UPPD-SE", "VALS-FI"
YTER, AOPT, NATM, NEEC = "YTER-FI", "AOPT-FI", "NATM-FI", "NEEC-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "klc": "Konstlånecentralen <konstlan@vasteras-demo.se>",
    "klc_h": "Helena Wikström <helena.wikstrom@vasteras-demo.se>",
    "nsk": "Naturskolan <naturskolan@jonkoping-demo.se>",
    "nsk_p": "Per-Olof Rask <per-olof.rask@jonkoping-demo.se>",
    "uppd_s": "Sofia Berggren <sofia.berggren@smalandshogskolan-demo.se>",
    "uppd_m": "Mats Öhrn <mats.ohrn@smalandshogskolan-demo.se>",
    "vals": "Valssaamo tilavaraukset <tilavaraukset@pori-demo.fi>",
    "vals_t": "Tiina Aaltonen <tiina.aaltonen@pori-demo.fi>",
    "yter": "Ympäristöterveys laskutus <ymparistoterveys.laskutus@hameenlinna-demo.fi>",
    "yter_j": "Jarkko Heikkilä <jarkko.heikkila@hameenlinna-demo.fi>",
    "aopt_s": "Sari Kemppainen <sari.kemppainen@lapinkoulutus-demo.fi>",
    "natm": "Ekenäs naturum <naturum@raseborg-demo.fi>",
    "natm_j": "Johanna Sjöberg <johanna.sjoberg@raseborg-demo.fi>",
    "neec": "NEEC Finance <finance@neec-demo.fi>",
    "neec_a": "Anna Berg <anna.berg@neec-demo.fi>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(KLC, "Västerås stad, Konstlånecentralen", "SE", se_org("212000207"), "sv",
        ("Stora Torget 3", "721 87", "Västerås"), ["klc", "klc_h"], bankgiro("5051229")),
    _ag(NSK, "Jönköpings kommun, Naturskolan", "SE", se_org("212000592"), "sv",
        ("Juneporten 1", "551 89", "Jönköping"), ["nsk", "nsk_p"], bankgiro("5052661")),
    _ag(UPPD, "Smålandshögskolan, Uppdragsutbildning", "SE", se_org("202100577"), "sv",
        ("Universitetsplatsen 2", "351 95", "Växjö"), ["uppd_s", "uppd_m"], bankgiro("5053184")),
    _ag(VALS, "Porin kaupunki, kulttuuritalo Valssaamo", "FI", fi_yt("0209611"), "fi",
        ("Tehtaankatu 5", "28100", "Pori"), ["vals", "vals_t"], fi_iban("57300820112233")),
    _ag(YTER, "Hämeenlinnan kaupunki, Kanta-Hämeen ympäristöterveys", "FI", fi_yt("0125380"), "fi",
        ("Wetterhoffinkatu 2", "13100", "Hämeenlinna"), ["yter", "yter_j"], fi_iban("10473500098765")),
    _ag(AOPT, "Lapin koulutuskeskus, työelämäpalvelut", "FI", fi_yt("0201256"), "fi",
        ("Jokiväylä 11", "96300", "Rovaniemi"), ["aopt_s"], fi_iban("47100010223344")),
    _ag(NATM, "Raseborgs stad, Ekenäs naturum", "FI", fi_yt("0193520"), "sv",
        ("Stationsvägen 4", "10600", "Ekenäs"), ["natm", "natm_j"], fi_iban("40550010556677")),
    _ag(NEEC, "Nordic Environmental Education Centre", "FI", fi_yt("3127745"), "en",
        ("Tekniikantie 14", "02150", "Espoo"), ["neec", "neec_a"], fi_iban("12345600789012")),
]

_SALA, _HABO, _LJUNGBY = se_org("212000235"), se_org("212000701"), se_org("212000659")
_ULVILA, _ROVANIEMI, _HANGO = fi_yt("0137421"), fi_yt("0190456"), fi_yt("0131505")


def _peppol_se(org: str) -> str:
    return "0007:" + org.replace("-", "")


def _peppol_fi(yt: str) -> str:
    return "0216:0037" + yt.replace("-", "")


def _foreign(num: str, name: str, org: str, country: str, email: str, street: str, pc: str,
             city: str) -> dict[str, Any]:
    """A customer outside Sweden and Finland: its own register number, no VAT number in the register."""
    return _c(num, name, org, country, email, street, pc, city)


CUSTOMERS: list[dict[str, Any]] = [
    _c("C-6101", "Kvarnbackens Fastigheter AB", se_org("556731284"), "SE", "ekonomi@kvarnbacken-demo.se",
       "Kopparbergsvägen 8", "722 13", "Västerås"),
    _c("C-6102", "Advokatbyrån Lindh & Stål KB", se_org("969712385"), "SE", "faktura@lindhstal-demo.se",
       "Vasagatan 16", "722 15", "Västerås"),
    _c("C-6103", "Sala kommun", _SALA, "SE", "fakturor@sala-demo.se", "Box 304", "733 25", "Sala",
       peppol=_peppol_se(_SALA)),
    _c("C-6104", "Birgitta Holmér", "19" + PNR_BIRGITTA[:6] + "-" + PNR_BIRGITTA[7:], "SE",
       "birgitta.holmer@telia-demo.se", "Djäkneberget 5", "722 16", "Västerås", private=True),
    _c("C-6105", "Montessoriskolan Linden", se_org("802479113"), "SE", "ekonomi@montelinden-demo.se",
       "Lindvägen 2", "554 48", "Jönköping"),
    _c("C-6106", "Montessoriskolan Linden AB", se_org("559284610"), "SE", "faktura@lindenskolan-ab-demo.se",
       "Odengatan 14", "553 18", "Jönköping"),
    _c("C-6107", "Vätterskolan i Gränna AB", se_org("556902347"), "SE", "skolkontoret@vatterskolan-demo.se",
       "Brahegatan 40", "563 32", "Gränna"),
    _c("C-6108", "Habo kommun", _HABO, "SE", "e-faktura@habo-demo.se", "Box 210", "566 24", "Habo",
       peppol=_peppol_se(_HABO)),
    _c("C-6109", "Träindustri Lagan AB", se_org("556488132"), "SE", "ekonomi@tralagan-demo.se",
       "Sågverksvägen 3", "341 41", "Ljungby"),
    _c("C-6110", "Ljungby kommun", _LJUNGBY, "SE", "leverantorsfakturor@ljungby-demo.se", "Olofsgatan 9",
       "341 83", "Ljungby", peppol=_peppol_se(_LJUNGBY)),
    _c("C-6111", "Kronobergs Byggservice AB", se_org("556617205"), "SE", "faktura@kronobergsbygg-demo.se",
       "Hejaregatan 11", "352 46", "Växjö"),
    _c("C-6201", "Porin Jazzyhdistys ry", fi_yt("1874023"), "FI", "rahasto@porijazz-demo.fi",
       "Eteläranta 6", "28100", "Pori"),
    _c("C-6202", "Kahvila Valssi Oy", fi_yt("2871236"), "FI", "valssi.oy@kahvilavalssi-demo.fi",
       "Tehtaankatu 5", "28100", "Pori"),
    _c("C-6203", "Kahvila Valssi Ky", fi_yt("1756402"), "FI", "kahvilavalssi.ky@posti-demo.fi",
       "Itsenäisyydenkatu 33", "28130", "Pori"),
    _c("C-6204", "Ulvilan kaupunki", _ULVILA, "FI", "ostolaskut@ulvila-demo.fi", "Kaupungintalontie 1", "28400",
       "Ulvila", peppol=_peppol_fi(_ULVILA)),
    _c("C-6205", "Hämeen Leipomo Oy", fi_yt("2468037"), "FI", "talous@hameenleipomo-demo.fi", "Turuntie 40",
       "13130", "Hämeenlinna"),
    _c("C-6206", "Ravintola Linnanportti Oy", fi_yt("2730148"), "FI", "kalle@linnanportti-demo.fi",
       "Linnankatu 9", "13100", "Hämeenlinna"),
    _c("C-6207", "Janakkalan Vesihuolto Oy", fi_yt("1094852"), "FI", "laskut@janakkalanvesi-demo.fi",
       "Juttilantie 2", "14200", "Turenki"),
    _c("C-6208", "Lammin Kotijuustola Ay", fi_yt("2217468"), "FI", "juustola@lamminkoti-demo.fi",
       "Pappilantie 4", "16900", "Lammi"),
    _c("C-6209", "Rovaniemen Rakennuspalvelu Oy", fi_yt("2876913"), "FI", "ostolaskut@rrpalvelu-demo.fi",
       "Teollisuustie 18", "96320", "Rovaniemi"),
    _c("C-6210", "Lapin Sähköasennus Oy", fi_yt("3012659"), "FI", "toimisto@lapinsahkoasennus-demo.fi",
       "Ahjotie 6", "96320", "Rovaniemi"),
    _c("C-6211", "Lapin Sähkö Oy", fi_yt("0150227"), "FI", "laskutus@lapinsahko-demo.fi", "Valtakatu 20",
       "96100", "Rovaniemi"),
    _c("C-6212", "Rovaniemen kaupunki", _ROVANIEMI, "FI", "ostolaskut@rovaniemi-demo.fi", "Hallituskatu 7",
       "96100", "Rovaniemi", peppol=_peppol_fi(_ROVANIEMI)),
    _c("C-6213", "Aino Rautio", HETU_AINO, "FI", "aino.rautio@posti-demo.fi", "Koskikatu 30 A 5", "96200",
       "Rovaniemi", private=True),
    _c("C-6214", "Ekenäs Seglarförening rf", fi_yt("2743309"), "FI", "kassor@eknasseglare-demo.fi",
       "Hamngatan 10", "10600", "Ekenäs"),
    _c("C-6215", "Hangö stad", _HANGO, "FI", "inkopsfakturor@hango-demo.fi", "Bulevarden 10", "10900", "Hangö",
       peppol=_peppol_fi(_HANGO)),
    _c("C-6216", "Karis Naturskyddsförening rf", fi_yt("3099421"), "FI", "styrelsen@karisnatur-demo.fi",
       "Köpmansgatan 3", "10300", "Karis"),
    _c("C-6217", "Mikaela Lindström", HETU_MIKAELA, "FI", None, "Norra Strandgatan 7", "10600", "Ekenäs",
       private=True),
    _c("C-6218", "Itämeren Luontokoulut ry", fi_yt("2564890"), "FI", "toimisto@itamerenluontokoulut-demo.fi",
       "Pursimiehenkatu 5", "00150", "Helsinki"),
    _foreign("C-6301", "Tallinna Keskkonnahariduse Keskus", "75018865", "EE", "info@tkhk-demo.ee",
             "Narva mnt 31", "10120", "Tallinn"),
    _foreign("C-6302", "Umweltbildungszentrum Kiel e.V.", "VR 5123 KI", "DE", "buchhaltung@ubz-kiel-demo.de",
             "Holtenauer Straße 112", "24105", "Kiel"),
    _foreign("C-6303", "Dabas Izglītības Fonds", "40008123456", "LV", "fonds@dabasizglitiba-demo.lv",
             "Krišjāņa Valdemāra iela 20", "LV-1010", "Rīga"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(KLC, "KL100", "Konstlån, verk per kvartal", "st", "450.00", "25"),
    _a(KLC, "KL200", "Upphängning och montering", "tim", "650.00", "25"),
    _a(KLC, "KL300", "Transport av konstverk", "st", "1200.00", "25"),
    _a(KLC, "KL400", "Konstvandring, grupp", "grupp", "1500.00", "6"),
    _a(KLC, "KL900", "Konservering", "st", None, "25"),
    _a(NSK, "NS10", "Temadag naturskola, klass", "klass", "2200.00", "0"),
    _a(NSK, "NS20", "Fortbildning pedagoger, deltagare", "deltagare", "850.00", "0"),
    _a(NSK, "NS30", "Kanothyra, dag", "kanot", "300.00", "25"),
    _a(NSK, "NS40", "Lägerskola, elev och dygn", "elevdygn", "390.00", "0"),
    _a(NSK, "NS90", "Specialprogram", "st", None, "0"),
    _a(UPPD, "UU100", "Kurs Hållbar upphandling, deltagare", "deltagare", "6900.00", "0"),
    _a(UPPD, "UU200", "Föreläsning, timme", "tim", "2400.00", "0"),
    _a(UPPD, "UU300", "Kurslitteratur", "st", "395.00", "6"),
    _a(UPPD, "UU400", "Seminarierum, dag", "dag", "3200.00", "25"),
    _a(UPPD, "UU900", "Skräddarsydd utbildning", "st", None, "0"),
    _a(VALS, "VS100", "Salivuokra, Iso sali, päivä", "pv", "950.00", "25.5"),
    _a(VALS, "VS200", "Tekniikkapalvelu, tunti", "h", "68.00", "25.5"),
    _a(VALS, "VS300", "Lipunmyyntipalvelu, myyty lippu", "kpl", "1.20", "25.5"),
    _a(VALS, "VS400", "Loppusiivous", "kpl", "240.00", "25.5"),
    _a(VALS, "VS900", "Erikoisvalaistus", "kpl", None, "25.5"),
    _a(YTER, "YT10", "Suunnitelmallinen tarkastus", "kpl", "190.00", "0"),
    _a(YTER, "YT20", "Talousvesinäyte, näytteenotto", "kpl", "65.00", "0"),
    _a(YTER, "YT30", "Talousvesianalyysi, perustutkimus", "kpl", "118.00", "0"),
    _a(YTER, "YT40", "Ilmoituksen käsittely", "kpl", "250.00", "0"),
    _a(YTER, "YT90", "Lausunto, tuntityö", "h", None, "0"),
    _a(AOPT, "AO10", "Tulityökorttikoulutus", "hlö", "125.00", "25.5"),
    _a(AOPT, "AO20", "Työturvallisuuskorttikoulutus", "hlö", "140.00", "25.5"),
    _a(AOPT, "AO30", "Hygieniaosaamistesti", "kpl", "45.00", "0"),
    _a(AOPT, "AO40", "Opetustila, tunti", "h", "38.00", "25.5"),
    _a(AOPT, "AO90", "Räätälöity koulutus", "kpl", None, "25.5"),
    _a(NATM, "NT10", "Guidad naturvandring, grupp", "grupp", "160.00", "25.5"),
    _a(NATM, "NT20", "Skolbesök, klass", "klass", "90.00", "0"),
    _a(NATM, "NT30", "Auditoriet, hyra per timme", "h", "45.00", "25.5"),
    _a(NATM, "NT40", "Utställningsbesök, entré", "person", "6.00", "14"),
    _a(NATM, "NT90", "Båtexkursion", "st", None, "25.5"),
    _a(NEEC, "NE10", "Workshop fee, per participant", "participant", "180.00", "25.5"),
    _a(NEEC, "NE20", "Facilitator day", "day", "950.00", "25.5"),
    _a(NEEC, "NE30", "Teaching material kit", "kit", "75.00", "14"),
    _a(NEEC, "NE90", "Study visit programme", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PERIOD = ("period_start", "period_end")
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
SE_DATE, FI_DATE = "+0200", "+0300"
Q4 = ("2027-10-01", "2027-12-31")


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def pay(code: str) -> str:
    """The agency's own bankgiro or IBAN, for signatures and advices (never the customer's)."""
    ag = next(a for a in AGENCIES if a["code"] == code)
    return str(ag.get("bankgiro") or ag["iban"])


def org_of(number: str) -> str:
    """A registered customer's org number / personal number, as the mails write it."""
    return str(cust(number)["org_no"])
