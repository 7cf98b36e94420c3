"""The twentieth held-out set's registry ("English and international"): a Swedish measurement agency's
international unit and a Finnish geodetic centre's international services, a shared register of Swedish and
Finnish customers (one name registered once as AB and once as Oy) and foreign ones (German, Dutch, Norwegian,
Danish, British, Estonian) with their VAT numbers, and articles priced per instrument, per participant, per hour
and per month, one per agency without a price."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt, se_org
from tests.intake.cases.kit_helpers import agency, set_kit
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import customer as _c

MAT, GEO = "MAT-SE", "GEO-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "mat": "International Unit <international@matmyndigheten.se>",
    "sara": "Sara Lindqvist <sara.lindqvist@matmyndigheten.se>",
    "erik": "Erik Nyberg <erik.nyberg@matmyndigheten.se>",
    "geo": "International Services <international@geokeskus.fi>",
    "mikko": "Mikko Laine <mikko.laine@geokeskus.fi>",
    "anna": "Anna Berg <anna.berg@geokeskus.fi>",
}


def _ag(code: str, name: str, country: str, org: str, lang: str, addr: tuple[str, str, str],
        senders: list[str], pay: str) -> dict[str, Any]:
    intake = "kundfaktura@servicecentret.se" if country == "SE" else "myyntilaskutus@palvelukeskus.fi"
    return agency(code, name, country, org, lang, addr, pay, intake,
                  [W[s].split("<")[1].rstrip(">") for s in senders])


AGENCIES: list[dict[str, Any]] = [
    _ag(MAT, "Myndigheten för mätteknik, Internationella enheten", "SE", se_org("202100399"), "sv",
        ("Box 857", "501 15", "Borås"), ["mat", "sara", "erik"], "5071-4408"),
    _ag(GEO, "Geodeettinen keskus, kansainväliset palvelut", "FI", fi_yt("0245437"), "fi",
        ("Vuorimiehentie 5", "02150", "Espoo"), ["geo", "mikko", "anna"], "FI37 1572 3000 0104 55"),
]


def _foreign(num: str, name: str, reg: str, vat: str | None, country: str, email: str, street: str, pc: str,
             city: str) -> dict[str, Any]:
    """A foreign customer: its own registration number and its VAT number as its country writes it."""
    row = _c(num, name, reg, country, email, street, pc, city)
    row["vat_no"] = vat
    return row


CUSTOMERS: list[dict[str, Any]] = [
    _c("C-101", "Nordmät Instrument AB", se_org("556734218"), "SE", "faktura@nordmat.se", "Mätvägen 3",
       "504 62", "Borås"),
    _c("C-102", "Region Västerkust", se_org("232100205"), "SE", "fakturor@regionvasterkust.se", "Regionens hus",
       "405 44", "Göteborg", peppol="0007:" + se_org("232100205").replace("-", "")),
    _c("C-103", "Kalibra Teknik AB", se_org("559214637"), "SE", "ekonomi@kalibra.se", "Verkstadsg. 8",
       "582 73", "Linköping"),
    _c("C-104", "Göteborgs Marina Laboratorium AB", se_org("556891024"), "SE", "ap@gmlab.se", "Kajskjul 9",
       "414 51", "Göteborg"),
    _c("C-105", "Lunds Mätcentrum HB", se_org("969754321"), "SE", "info@lundsmatcentrum.se", "Kävlingev. 20",
       "222 40", "Lund"),
    _c("C-201", "Mittaustekniikka Saarinen Oy", fi_yt("2345671"), "FI", "laskut@saarinenmittaus.fi",
       "Teollisuuskatu 4", "33100", "Tampere"),
    _c("C-202", "Kaupunkimittaus Pohjola Oy", fi_yt("2711834"), "FI", "ostolaskut@kmpohjola.fi", "Isokatu 12",
       "90100", "Oulu"),
    _c("C-203", "Lapin Maanmittaus Oy", fi_yt("3012457"), "FI", "laskut@lapinmaanmittaus.fi", "Koskikatu 7",
       "96200", "Rovaniemi"),
    _c("C-204", "Turun kaupunki", fi_yt("0204819"), "FI", "ostolaskut@turku.fi", "Aurakatu 2", "20100", "Turku",
       peppol="0216:0037" + fi_yt("0204819").replace("-", "")),
    _c("C-205", "Suomen Kartta Ab", fi_yt("2568913"), "FI", "faktura@suomenkartta.fi", "Strandgatan 5",
       "65100", "Vasa"),
    _c("C-206", "Nordmät Instrument Oy", fi_yt("2456781"), "FI", "laskut@nordmat.fi", "Mittarinkatu 1",
       "00560", "Helsinki"),
    _foreign("C-301", "Geomess Bayern GmbH", "HRB 204417", "DE287654321", "DE", "rechnung@geomess-bayern.de",
             "Landsberger Str. 110", "80339", "München"),
    _foreign("C-302", "Rijnland Survey B.V.", "34219876", "NL853746291B01", "NL", "invoices@rijnlandsurvey.nl",
             "Haagweg 44", "2321 AA", "Leiden"),
    _foreign("C-303", "Fjordmåling AS", "918 364 512", "NO918364512MVA", "NO", "faktura@fjordmaling.no",
             "Bryggen 7", "5003", "Bergen"),
    _foreign("C-304", "Øresund Måleteknik ApS", "31457892", "DK31457892", "DK", "bogholderi@oresundmaal.dk",
             "Havnegade 19", "1058", "København K"),
    _foreign("C-305", "University of Eastmoor", "RC000712", "GB214837560", "GB", "accounts.payable@eastmoor.ac.uk",
             "Finance Office, College Road", "NE1 7RU", "Newcastle upon Tyne"),
    _foreign("C-306", "Tallinna Mõõtetehnika OÜ", "12845561", "EE102376541", "EE", "arved@mootetehnika.ee",
             "Pärnu mnt 21", "10141", "Tallinn"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(MAT, "T10", "Kalibrering, per instrument", "st", "4500.00", "25"),
    _a(MAT, "T20", "Internationell kurs i mätteknik, per deltagare", "deltagare", "12500.00", "25"),
    _a(MAT, "T30", "Expertkonsultation, per timme", "tim", "1250.00", "25"),
    _a(MAT, "T40", "Certifikatkopia", "st", "350.00", "25"),
    _a(MAT, "T90", "Specialmätning", "st", None, "25"),
    _a(GEO, "G10", "Koordinaattimuunnospalvelu, tunti", "h", "120.00", "25.5"),
    _a(GEO, "G20", "GNSS-havaintoaineisto, kuukausi", "kk", "850.00", "25.5"),
    _a(GEO, "G30", "Koulutuspäivä, osallistuja", "osallistuja", "1250.00", "25.5"),
    _a(GEO, "G40", "Raportin painettu kopio", "kpl", "45.00", "14"),
    _a(GEO, "G90", "Erityisselvitys", "kpl", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
NDV = ("description", "vat_rate")  # reverse charge implied, no rate written: the rate is left open
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def drop(req: dict[str, Any], *keys: str) -> dict[str, Any]:
    """Drops keys the contract leaves open for this mail (e.g. an 'Attn:' name as buyer reference)."""
    for k in keys:
        req.pop(k, None)
    return req


SIG_MAT = ("\n\nKind regards\n\n{n}\nInternational Unit\nMyndigheten för mätteknik (Swedish Agency for "
           "Measurement Technology)\nBox 857, SE-501 15 Borås, Sweden\nOrg. no " + org(MAT) + " · VAT "
           "SE" + org(MAT).replace("-", "") + "01\nIBAN SE45 5000 0000 0583 9825 7466 · BIC ESSESESS · "
           "Bankgiro 5071-4408\nTel. +46 33 16 50 00\n")
SIG_MAT_SV = ("\n\nMed vänlig hälsning\n{n}\nInternationella enheten, Myndigheten för mätteknik\n"
              "Org.nr " + org(MAT) + " | Tel. 033-16 50 00\n")
SIG_GEO = ("\n\nKind regards,\n{n}\nInternational Services | Geodeettinen keskus (Finnish Geodetic Centre)\n"
           "Vuorimiehentie 5, FI-02150 Espoo\nBusiness ID " + org(GEO) + " | VAT FI" + org(GEO).replace("-", "")
           + "\nIBAN FI37 1572 3000 0104 55 | BIC OKOYFIHH\n")
SIG_GEO_FI = ("\n\nYstävällisin terveisin\n{n}\nGeodeettinen keskus, kansainväliset palvelut\n"
              "Y-tunnus " + org(GEO) + " | puh. 029 530 1100\n")
