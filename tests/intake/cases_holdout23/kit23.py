"""The twenty-third held-out set's registry ("a fourth ordinary month from agencies not heard from before"): eight
agencies with their own habits — a Swedish land survey office (XLSX export from its case system), a Swedish
school administration (prose), a Swedish library consortium (CSV export, period column, totals row), a Finnish
maritime agency (PDF tables), a Finnish regional council (HTML mail from its case system), a Finnish nature centre
(prose, Finnish and Finland-Swedish staff), a Finland-Swedish municipality's technical office (prose and CSV) and an
English-writing international secretariat in Stockholm (XLSX, sometimes invoicing in EUR) — and a shared register
of customers of mixed kinds (companies, associations, public bodies, private persons, a German company with only
a VAT number)."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_LINNEA = pnr("780415", "262")          # born 1978, in the register
PNR_NEW = pnr("020611", "184")             # born 2002, not in the register
HETU_AINO = hetu("230791", "428")          # born 1991, in the register
HETU_NEW = hetu("051255", "613")           # born 1955, not in the register

LANT, SKOLA, BIBL, SEC = "LANT-SE", "SKOLA-SE", "BIBL-SE", "SEC-SE"
MERI, LIITTO, LUONTO, TEKN = "MERI-FI", "LIITTO-FI", "LUONTO-FI", "TEKN-FI"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "lant": "Lantmäteriet Mälardalen <arendeexport@lm-malardalen.se>",
    "lant_p": "Johan Ekdahl <johan.ekdahl@lm-malardalen.se>",
    "skola": "Annika Berglund <annika.berglund@bergvik.se>",
    "bibl": "Biblioteksnätet Mellannorr <ekonomi@bibliotek-mellannorr.se>",
    "sec": "Secretariat <secretariat@balticports-sec.org>",
    "meri": "Laskutus Merivirasto <laskutus@merivirasto.fi>",
    "meri_p": "Timo Salminen <timo.salminen@merivirasto.fi>",
    "liitto": "Asianhallinta <asianhallinta@jarvimaanliitto.fi>",
    "luonto": "Leena Mäkelä <leena.makela@kallioniemi-luonto.fi>",
    "luonto_sv": "Fredrik Sjöholm <fredrik.sjoholm@kallioniemi-luonto.fi>",
    "tekn": "Tekniska kontoret <tekniska@vasterby.fi>",
}


_ag = partial(centre_agency, W)   # an agency writing to the centre of its country


AGENCIES: list[dict[str, Any]] = [
    _ag(LANT, "Lantmäterikontoret Mälardalen", "SE", se_org("202100035"), "sv",
        ("Kungsgatan 12", "722 11", "Västerås"), ["lant", "lant_p"], "5081-3302"),
    _ag(SKOLA, "Bergviks kommun, Skolförvaltningen", "SE", se_org("212000418"), "sv",
        ("Skolgatan 1", "824 30", "Hudiksvall"), ["skola"], "5082-1190"),
    _ag(BIBL, "Biblioteksnätet Mellannorr", "SE", se_org("222000196"), "sv",
        ("Biblioteksgatan 3", "831 30", "Östersund"), ["bibl"], "5083-7741"),
    _ag(SEC, "Baltic Ports Secretariat", "SE", se_org("802511347"), "en",
        ("Skeppsbron 20", "111 30", "Stockholm"), ["sec"], "5084-2268"),
    _ag(MERI, "Merivirasto, väyläpalvelut", "FI", fi_yt("2120004"), "fi",
        ("Satamakatu 9", "20100", "Turku"), ["meri", "meri_p"], "FI41 1234 5600 0987 65"),
    _ag(LIITTO, "Järvimaan liitto", "FI", fi_yt("0245678"), "fi",
        ("Maakuntatie 2", "50100", "Mikkeli"), ["liitto"], "FI62 5000 0120 7766 55"),
    _ag(LUONTO, "Kallioniemen luontokeskus", "FI", fi_yt("2871234"), "fi",
        ("Luontopolku 1", "65800", "Raippaluoto"), ["luonto", "luonto_sv"], "FI90 4055 0012 3344 11"),
    _ag(TEKN, "Västerby kommun, Tekniska kontoret", "FI", fi_yt("0716543"), "sv",
        ("Kommunalvägen 4", "68600", "Jakobstad"), ["tekn"], "FI25 1590 3000 4455 66"),
]

_DE = {"customer_number": "K-7301", "name": "Hafenlogistik Rügen GmbH", "org_no": None,
       "vat_no": "DE287654321", "country": "DE", "email": "rechnung@hafenlogistik-ruegen.de", "peppol_id": None,
       "address": {"street": "Am Hafen 7", "postal_code": "18546", "city": "Sassnitz", "country": "DE"}}

CUSTOMERS: list[dict[str, Any]] = [
    _c("K-7101", "Mälarskog Fastigheter AB", se_org("556823417"), "SE", "faktura@malarskog.se",
       "Stora Torget 5", "722 15", "Västerås"),
    _c("K-7102", "Västerås Vägsamfällighet nr 4", se_org("717904123"), "SE", "kassor@vsf4.se", "Box 31",
       "721 05", "Västerås"),
    _c("K-7103", "Linnea Holm", "19" + PNR_LINNEA[:6] + "-" + PNR_LINNEA[7:], "SE", "linnea.holm@telia.se",
       "Björkv. 8", "725 92", "Västerås", private=True),
    _c("K-7104", "Hudiksvalls Friskola AB", se_org("559144870"), "SE", "ekonomi@hudfriskola.se",
       "Parkgatan 9", "824 31", "Hudiksvall"),
    _c("K-7105", "Nordanstigs kommun", se_org("212000427"), "SE", "fakturor@nordanstig.se", "Kommunhuset",
       "820 40", "Bergsjö", peppol="0007:" + se_org("212000427").replace("-", "")),
    _c("K-7106", "Jämtlands Hembygdsförbund", se_org("893201456"), "SE", "kansli@jamtlandshembygd.se",
       "Box 709", "831 28", "Östersund"),
    _c("K-7107", "Frösö Folkhögskola", se_org("802004567"), "SE", "ekonomi@frosofhs.se", "Kyrkvägen 2",
       "832 96", "Frösön"),
    _c("K-7108", "Skeppsbolaget Östersjön AB", se_org("556677889"), "SE", "ap@skeppsbolaget.se",
       "Kajen 3", "111 31", "Stockholm"),
    _c("K-7201", "Saariston Laivaus Oy", fi_yt("3012345"), "FI", "laskut@saaristonlaivaus.fi",
       "Laivurinkatu 4", "20100", "Turku", peppol="0216:0037" + fi_yt("3012345").replace("-", "")),
    _c("K-7202", "Turun Venekerho ry", fi_yt("2745671"), "FI", "rahastonhoitaja@turunvenekerho.fi",
       "PL 12", "20101", "Turku"),
    _c("K-7203", "Mikkelin Kehitysyhtiö Oy", fi_yt("2698234"), "FI", "ostolaskut@mikkelinkehitys.fi",
       "Porrassalmenkatu 19", "50100", "Mikkeli"),
    _c("K-7204", "Järvimaan Yrittäjät ry", fi_yt("3154321"), "FI", "toimisto@jarvimaanyrittajat.fi",
       "Hallituskatu 3", "50100", "Mikkeli"),
    _c("K-7205", "Aino Virtanen", HETU_AINO, "FI", "aino.virtanen@gmail.com", "Kivikatu 2 B 5", "65100",
       "Vaasa", private=True),
    _c("K-7206", "Koulutuskuntayhtymä Rannikko", fi_yt("0204567"), "FI", "laskut@rannikko.fi",
       "Opintie 1", "65200", "Vaasa"),
    _c("K-7207", "Västerby Idrottsförening rf", fi_yt("2950017"), "FI", "kassor@vasterbyif.fi",
       "Idrottsv. 6", "68600", "Jakobstad"),
    _c("K-7208", "Byggnads Ab Kronqvist", fi_yt("1098765"), "FI", "faktura@kronqvistbygg.fi",
       "Industrig. 11", "68620", "Jakobstad"),
    _DE,
]

ARTICLES: list[dict[str, Any]] = [
    _a(LANT, "FR10", "Fastighetsbildning, per timme", "tim", "1450.00", "0"),
    _a(LANT, "FR20", "Gränsutmärkning, per punkt", "st", "820.00", "0"),
    _a(LANT, "FR30", "Registrering servitut, fast avgift", "st", "1900.00", "0"),
    _a(SKOLA, "SK10", "Interkommunal ersättning, per elev och månad", "elev/mån", "9850.00", "0"),
    _a(SKOLA, "SK20", "Skolskjuts, per elev och termin", "elev", "3100.00", "6"),
    _a(SKOLA, "SK90", "Modersmålsundervisning", "tim", None, "0"),
    _a(BIBL, "BN10", "Fjärrlån, per lån", "st", "60.00", "0"),
    _a(BIBL, "BN20", "Medlemsavgift katalogsamverkan, per månad", "mån", "2400.00", "25"),
    _a(BIBL, "BN30", "Förlorad bok, ersättning", "st", "350.00", "0"),
    _a(SEC, "BP10", "Conference fee, per participant", "participant", "4200.00", "25"),
    _a(SEC, "BP20", "Annual membership", "year", "18000.00", "0"),
    _a(SEC, "BP30", "Consultancy, per hour", "h", "1350.00", "25"),
    _a(MERI, "MV10", "Luotsaus, tunti", "h", "210.00", "25.5"),
    _a(MERI, "MV20", "Väyläkartoitus, km", "km", "95.00", "25.5"),
    _a(MERI, "MV30", "Poijun huolto, kpl", "kpl", "480.00", "25.5"),
    _a(LIITTO, "ML10", "Kokoustila, päivä", "pv", "180.00", "25.5"),
    _a(LIITTO, "ML20", "Paikkatietoaineisto, lisenssi", "kpl", "640.00", "25.5"),
    _a(LIITTO, "ML90", "Selvitystyö", "h", None, "25.5"),
    _a(LUONTO, "LK10", "Opastettu retki, ryhmä", "ryhmä", "150.00", "14"),
    _a(LUONTO, "LK20", "Leirikoulu, oppilas/vrk", "oppilas", "38.00", "14"),
    _a(LUONTO, "LK30", "Näyttelyvuokra, kuukausi", "kk", "420.00", "25.5"),
    _a(TEKN, "TK10", "Bygglov, handläggning per timme", "h", "72.00", "0"),
    _a(TEKN, "TK20", "Vattenmätare, byte", "st", "145.00", "25.5"),
    _a(TEKN, "TK30", "Grävtillstånd, fast avgift", "st", "260.00", "0"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)
