"""The twenty-sixth held-out set's registry ("the agencies' systems and forms"): seven agencies whose mail comes
mostly from systems — a Swedish municipality's building office (case-management system), a Swedish port company
(ERP exports), a Finnish city's culture services (booking system), a Finnish municipality's technical office (web
forms), a Finnish joint ICT authority (time reporting), a Finland-Swedish municipality's education department (ERP
export) and an English-writing testing centre (forwarded customer orders) — and a shared register of companies,
associations, public bodies, two private persons and a German company."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_ANNA = pnr("780314", "462")            # born 1978, in the register
PNR_UNKNOWN = pnr("850621", "337")         # a private person not in the register
HETU_LIISA = hetu("230759", "284")         # born 1959, in the register

BYGG, HAMN = "BYGG-SE", "HAMN-SE"
TILA, LOMA, ICT, BILD, TEST = "TILA-FI", "LOMA-FI", "ICT-FI", "BILD-FI", "TEST-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "castor": "Castor ärendehantering <castor-noreply@lovsta.se>",
    "bygg": "Karin Wall <karin.wall@lovsta.se>",
    "erp": "Affärssystem Hamn <erp@vastervikenshamn.se>",
    "hamn": "Ekonomi Västervikens Hamn <ekonomi@vastervikenshamn.se>",
    "varaamo": "Varaamo tilavaraukset <varaamo@harjula.fi>",
    "tila": "Anu Salo <anu.salo@harjula.fi>",
    "lomake": "Sähköiset lomakkeet <lomakkeet@rautajarvi.fi>",
    "loma": "Jari Heikkinen <jari.heikkinen@rautajarvi.fi>",
    "tunti": "Tuntikirjaus <tuntikirjaus@saimaanict.fi>",
    "ict": "Petri Ahonen <petri.ahonen@saimaanict.fi>",
    "eko": "Ekonomisystemet <ekonomisystem@korsnasvik.fi>",
    "bild": "Jonas Sjöberg <jonas.sjoberg@korsnasvik.fi>",
    "test": "Order Desk <orders@nmtc.fi>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(BYGG, "Lövsta kommun, Bygg- och miljönämnden", "SE", se_org("212000451"), "sv",
        ("Stationsgatan 12", "744 30", "Lövsta"), ["castor", "bygg"], "5180-3377"),
    _ag(HAMN, "Västervikens Hamn AB", "SE", se_org("556603912"), "sv", ("Kajvägen 1", "593 30", "Västerviken"),
        ["erp", "hamn"], "5181-9024"),
    _ag(TILA, "Harjulan kaupunki, kulttuuripalvelut", "FI", fi_yt("0175433"), "fi",
        ("Kulttuuritalontie 2", "15100", "Harjula"), ["varaamo", "tila"], "FI21 1234 5600 0077 31"),
    _ag(LOMA, "Rautajärven kunta, tekninen toimi", "FI", fi_yt("0203512"), "fi",
        ("Kunnantie 5", "35600", "Rautajärvi"), ["lomake", "loma"], "FI63 5000 0120 4455 66"),
    _ag(ICT, "Saimaan ICT-kuntayhtymä", "FI", fi_yt("2891427"), "fi", ("Teknologiapolku 4", "53850", "Lappeenranta"),
        ["tunti", "ict"], "FI72 1590 3000 5566 77"),
    _ag(BILD, "Korsnäsvik kommun, Bildningsavdelningen", "FI", fi_yt("0180826"), "sv",
        ("Skolvägen 3", "66200", "Korsnäsvik"), ["eko", "bild"], "FI08 4055 0012 6677 88"),
    _ag(TEST, "Nordic Materials Testing Centre", "FI", fi_yt("2764512"), "en", ("Laboratoriokuja 6", "02150", "Espoo"),
        ["test"], "FI49 1234 5600 0099 10"),
]


def _foreign(num: str, name: str, vat: str, country: str, email: str, street: str, pc: str, city: str
             ) -> dict[str, Any]:
    """A customer outside the Nordic identifier systems: no org number, a VAT number of its own country."""
    out = _c(num, name, "x", country, email, street, pc, city)
    out["org_no"], out["vat_no"] = None, vat
    return out


CUSTOMERS: list[dict[str, Any]] = [
    _c("L-7001", "Lövsta Bostäder AB", se_org("556482317"), "SE", "faktura@lovstabostader.se", "Box 55", "744 21",
       "Lövsta"),
    _c("L-7002", "Västerviks Rederi AB", se_org("556019284"), "SE", "ekonomi@vrederi.se", "Skeppsbron 3",
       "593 31", "Västerviken", peppol="0007:" + se_org("556019284").replace("-", "")),
    _c("L-7003", "Skärgårdens Fiskeförening", se_org("802431568"), "SE", "kassor@skargardsfiske.se", "Box 8",
       "593 92", "Västerviken"),
    _c("L-7004", "Länsstyrelsen i Västerviken", se_org("202100635"), "SE", "fakturor@lst-vasterviken.se",
       "Residensgatan 1", "593 40", "Västerviken"),
    _c("L-7005", "Anna Lindqvist", "19" + PNR_ANNA[:6] + "-" + PNR_ANNA[7:], "SE", "anna.lindqvist@brevlada.se",
       "Bäckvägen 14", "744 32", "Lövsta", private=True),
    _c("L-7006", "Bygg & Mark i Lövsta AB", se_org("559122807"), "SE", "ap@byggochmark.se", "Verkstadsv. 7",
       "744 35", "Lövsta"),
    _foreign("L-7007", "Hanse Logistik GmbH", "DE812345632", "DE", "rechnungen@hanse-logistik.de",
             "Am Sandtorkai 40", "20457", "Hamburg"),
    _c("L-8001", "Harjulan Kuoro ry", fi_yt("2314579"), "FI", "rahastonhoitaja@harjulankuoro.fi", "PL 12", "15101",
       "Harjula"),
    _c("L-8002", "Rakennus Kivijärvi Oy", fi_yt("2456783"), "FI", "laskut@rakennuskivijarvi.fi", "Sorakuja 4",
       "35600", "Rautajärvi"),
    _c("L-8003", "Kiinteistö Oy Harjunrinne", fi_yt("1768904"), "FI", "isannointi@harjunrinne.fi", "Rinnetie 9",
       "15140", "Harjula"),
    _c("L-8004", "Etelä-Saimaan hyvinvointialue", fi_yt("3221578"), "FI", "ostolaskut@esaimaa-hva.fi",
       "Valto Käkelän katu 3", "53130", "Lappeenranta", peppol="0216:0037" + fi_yt("3221578").replace("-", "")),
    _c("L-8005", "Liisa Mäkelä", HETU_LIISA, "FI", "liisa.makela@posti.fi", "Koivukuja 2", "35600", "Rautajärvi",
       private=True),
    _c("L-8006", "Korsnäsvik Idrottsförening rf", fi_yt("1035627"), "FI", "kassor@korsnasvikif.fi", "Idrottsv. 2",
       "66200", "Korsnäsvik"),
    _c("L-8007", "Österbottens Fisk Ab", fi_yt("0799437"), "FI", "fakturor@obfisk.fi", "Hamnvägen 11", "66200",
       "Korsnäsvik"),
    _c("L-8008", "Saimaan Vesi Oy", fi_yt("2145863"), "FI", "laskutus@saimaanvesi.fi", "Vesitornintie 1", "53100",
       "Lappeenranta", peppol="0216:0037" + fi_yt("2145863").replace("-", "")),
    _c("L-8009", "Polar Composites Oy", fi_yt("2603418"), "FI", "ap@polarcomposites.fi", "Kuitukatu 8", "90630",
       "Oulu"),
    _c("L-8010", "Arctic Alloys AB", se_org("556871045"), "SE", "invoices@arcticalloys.se", "Smältverksv. 2",
       "971 34", "Luleå"),
    _c("L-8011", "Sundby kommun", fi_yt("0177458"), "FI", "fakturor@sundby.fi", "Kommungården", "66210", "Sundby"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(BYGG, "BL10", "Bygglov enbostadshus", "st", "18400.00", "0"),
    _a(BYGG, "BL20", "Handläggning, per timme", "tim", "1180.00", "0"),
    _a(BYGG, "BL30", "Utstakning", "st", None, "0"),
    _a(BYGG, "BL40", "Kartutdrag", "st", "650.00", "25"),
    _a(HAMN, "HA10", "Kajplats, per dygn", "dygn", "2900.00", "25"),
    _a(HAMN, "HA20", "Förtöjning, per tillfälle", "st", "1450.00", "25"),
    _a(HAMN, "HA30", "Lagerhyra, per m² och månad", "m2", "85.00", "25"),
    _a(HAMN, "HA90", "Övriga hamntjänster", "st", None, "25"),
    _a(TILA, "TV10", "Konserttisali, tunti", "h", "120.00", "25.5"),
    _a(TILA, "TV20", "Kokoushuone, tunti", "h", "25.00", "25.5"),
    _a(TILA, "TV30", "Tekninen tuki, tunti", "h", "55.00", "25.5"),
    _a(TILA, "TV90", "Erillispalvelu", "kpl", None, "25.5"),
    _a(LOMA, "TK10", "Kaivuulupa", "kpl", "210.00", "0"),
    _a(LOMA, "TK20", "Katualueen vuokra, m²/kk", "m2", "1.80", "0"),
    _a(LOMA, "TK30", "Jäteastian tyhjennys", "kpl", "38.50", "25.5"),
    _a(LOMA, "TK40", "Vesimittarin vaihto", "kpl", None, "25.5"),
    _a(ICT, "IC10", "Asiantuntijatyö, tunti", "h", "96.00", "25.5"),
    _a(ICT, "IC20", "Tukipalvelu, tunti", "h", "68.00", "25.5"),
    _a(ICT, "IC30", "Ohjelmistolisenssi, kk", "kpl", "14.50", "25.5"),
    _a(ICT, "IC90", "Projektityö", "h", None, "25.5"),
    _a(BILD, "BI10", "Skolmåltid, per portion", "portion", "5.20", "14"),
    _a(BILD, "BI20", "Elevplats, per månad", "mån", "1150.00", "0"),
    _a(BILD, "BI30", "Skolskjuts, per resa", "resa", "4.80", "0"),
    _a(BILD, "BI40", "Lokalhyra skola, per timme", "h", "32.00", "25.5"),
    _a(TEST, "MT10", "Tensile test, per specimen", "specimen", "85.00", "25.5"),
    _a(TEST, "MT20", "Chemical analysis", "pcs", "240.00", "25.5"),
    _a(TEST, "MT30", "Test report", "pcs", "150.00", "25.5"),
    _a(TEST, "MT90", "Special test", "pcs", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


SIG_BYGG = ("\n\nMed vänlig hälsning\nKarin Wall\nAdministratör, Bygg- och miljöförvaltningen\nLövsta kommun\n"
            "Org.nr " + org(BYGG) + " | Bankgiro 5180-3377 | Växel 0570-123 00\n")
SIG_HAMN = ("\n\nVänliga hälsningar\nEkonomiavdelningen\nVästervikens Hamn AB | Org.nr " + org(HAMN)
            + " | Momsreg.nr SE" + org(HAMN).replace("-", "") + "01\nKajvägen 1, 593 30 Västerviken\n")
SIG_TILA = ("\n\nYstävällisin terveisin\nAnu Salo\ntilavarauskoordinaattori\nHarjulan kaupunki, kulttuuripalvelut\n"
            "Y-tunnus " + org(TILA) + " | puh. 044 712 3344\n")
SIG_LOMA = "\n\nt. Jari Heikkinen\nRautajärven kunta / tekninen toimi\nY-tunnus " + org(LOMA) + "\n"
SIG_ICT = ("\n\nTerveisin,\nPetri Ahonen\ntalouspäällikkö, Saimaan ICT-kuntayhtymä\nY-tunnus " + org(ICT)
           + "\nTämä viesti voi sisältää luottamuksellista tietoa.\n")
SIG_BILD = ("\n\nMed vänliga hälsningar\nJonas Sjöberg\nekonomiplanerare, Bildningsavdelningen\nKorsnäsvik kommun\n"
            "FO-nummer " + org(BILD) + "\n")
SIG_TEST = ("\n\nKind regards,\nOrder Desk\nNordic Materials Testing Centre | Business ID " + org(TEST)
            + " | +358 9 4567 800\n")


def se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    """A message from a Swedish agency's sender (key of W) to the Swedish centre; `date` without the zone."""
    from tests.intake.cases.mailkit import mail
    return mail(W[frm], subj, f"{date} +0100", body, to=CENTRE_SE, **kw)


def fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    """A message from a Finnish agency's sender (key of W) to the Finnish centre; `date` without the zone."""
    from tests.intake.cases.mailkit import mail
    return mail(W[frm], subj, f"{date} +0200", body, to=CENTRE_FI, **kw)
