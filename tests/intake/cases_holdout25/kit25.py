"""Registry of the twenty-fifth held-out set: agencies, customers and articles (see __init__)."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_HANS = pnr("540317", "282")            # born 1954
PNR_NEW = pnr("880615", "127")             # a private person not in the register
HETU_PIRJO = hetu("230775", "204")         # born 1975

TOLK, TAND, KONF = "TOLK-SE", "TAND-SE", "KONF-SE"
PESU, SATAMA, METSA, SKOLA, EUP = "PESU-FI", "SATAMA-FI", "METSA-FI", "SKOLA-FI", "EUP-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "tolk": "Tolkförmedlingen Syd <tolkformedling.syd@migrationsenheten.se>",
    "tolk_p": "Lina Sjöberg <lina.sjoberg@migrationsenheten.se>",
    "pesu": "Pesula Laskutus <pesula.laskutus@pohjanmaan-shp.fi>",
    "tand": "Karin Holm <karin.holm@regionvasterdal.se>",
    "tand_klin": "Folktandvården Bergvik <ftv.bergvik@regionvasterdal.se>",
    "satama": "Satamatoimisto <satama@kaskisalo.fi>",
    "konf": "Konferensenheten <konferens@norrvik-univ.se>",
    "metsa": "Eräpalvelut <erapalvelut@valtionmetsat.fi>",
    "skola": "Ulrika Granqvist <ulrika.granqvist@sjoviks-samskola.fi>",
    "eup": "BalticGreen Project Office <office@balticgreen-project.eu>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(TOLK, "Migrationsenheten Syd, Tolkförmedlingen", "SE", se_org("202100567"), "sv",
        ("Box 310", "205 22", "Malmö"), ["tolk", "tolk_p"], "5081-3307"),
    _ag(TAND, "Region Västerdal, Folktandvården", "SE", se_org("232100411"), "sv",
        ("Regionens hus", "781 85", "Borlänge"), ["tand", "tand_klin"], "5082-1190"),
    _ag(KONF, "Norrviks universitet, Konferensenheten", "SE", se_org("202100708"), "sv",
        ("Universitetsvägen 12", "831 25", "Östersund"), ["konf"], "5083-6621"),
    _ag(PESU, "Pohjanmaan sairaanhoitopiiri, pesulapalvelut", "FI", fi_yt("0823411"), "fi",
        ("Sairaalantie 8", "60220", "Seinäjoki"), ["pesu"], "FI21 5540 0120 4455 66"),
    _ag(SATAMA, "Kaskisalon kaupunki, satamatoimisto", "FI", fi_yt("0176504"), "fi",
        ("Satamakatu 1", "64260", "Kaskinen"), ["satama"], "FI64 1234 5600 0987 65"),
    _ag(METSA, "Valtion Metsät Oy, Eräpalvelut", "FI", fi_yt("0116726"), "fi",
        ("Metsätie 2", "96100", "Rovaniemi"), ["metsa"], "FI90 8000 1200 3344 11"),
    _ag(SKOLA, "Sjöviks svenska samskola", "FI", fi_yt("0208411"), "sv",
        ("Skolgränd 3", "65610", "Korsholm"), ["skola"], "FI43 4055 0011 2233 44"),
    _ag(EUP, "BalticGreen Interreg Project Office", "FI", fi_yt("3120457"), "en",
        ("Wolffintie 36", "65200", "Vaasa"), ["eup"], "FI72 1590 3000 5566 77"),
]

CUSTOMERS: list[dict[str, Any]] = [
    _c("C-81001", "Malmhav Bemanning AB", se_org("559301456"), "SE", "faktura@malmhav.se", "Hamngatan 4",
       "211 22", "Malmö"),
    _c("C-81002", "Västerdals tingsrätt", se_org("202100245"), "SE", "ekonomi@vasterdal-tr.se", "Box 88",
       "781 22", "Borlänge", peppol="0007:" + se_org("202100245").replace("-", "")),
    _c("C-81003", "Solgläntans Omsorg AB", se_org("556890127"), "SE", "ekonomi@solglantan.se", "Gläntv. 7",
       "784 40", "Borlänge"),
    _c("C-81004", "Hans Lindqvist", "19" + PNR_HANS[:6] + "-" + PNR_HANS[7:], "SE", "hans.lindqvist@epost.se",
       "Björkv. 12", "784 35", "Borlänge", private=True),
    _c("C-81005", "Studentkåren vid Norrviks universitet", se_org("802011342"), "SE", "kassor@norrvikskaren.se",
       "Kårhuset", "831 25", "Östersund"),
    _c("C-81006", "Polaris Event AB", se_org("559412087"), "SE", "ap@polarisevent.se", "Storg. 20", "831 30",
       "Östersund"),
    _c("C-81007", "Norrviks Hotell & Konferens AB", se_org("556645983"), "SE", "invoice@norrvikshotell.se",
       "Prästg. 50", "831 31", "Östersund"),
    _c("C-81008", "Kvarkens Energikontor AB", se_org("556702318"), "SE", "ekonomi@kvarkenenergi.se",
       "Storg. 1", "903 26", "Umeå"),
    _c("C-82001", "Vaasan Hoivakoti Oy", fi_yt("2890123"), "FI", "ostolaskut@vaasanhoivakoti.fi",
       "Hoivatie 3", "65100", "Vaasa", peppol="0216:0037" + fi_yt("2890123").replace("-", "")),
    _c("C-82002", "Kaskisalon Venekerho ry", fi_yt("1023847"), "FI", "rahastonhoitaja@kaskisalonvk.fi",
       "PL 12", "64261", "Kaskinen"),
    _c("C-82003", "Merikuljetus Laine Oy", fi_yt("2736459"), "FI", "laskut@merikuljetuslaine.fi",
       "Laiturikatu 6", "64260", "Kaskinen"),
    _c("C-82004", "Pirjo Mäkelä", HETU_PIRJO, "FI", "pirjo.makela@posti.fi", "Koivukuja 4", "96300",
       "Rovaniemi", private=True),
    _c("C-82005", "Erämiesten Seura Hirvikoski ry", fi_yt("1765432"), "FI", "sihteeri@hirvikoskenerami.fi",
       "Erätie 1", "97700", "Ranua"),
    _c("C-82006", "Sjöviks Idrottsförening rf", fi_yt("2612345"), "FI", "kassor@sjoviksif.fi", "Idrottsv. 2",
       "65610", "Korsholm"),
    _c("C-82007", "Polaris Event Oy", fi_yt("3012456"), "FI", "laskut@polarisevent.fi", "Hovioikeudenpuistikko 9",
       "65100", "Vaasa"),
    _c("C-82008", "Pohjanlahden Energiatoimisto Oy", fi_yt("2455678"), "FI", "invoices@pohjanlahtienergia.fi",
       "Energiakatu 2", "65100", "Vaasa"),
    _c("C-82009", "Seinäjoen Seudun Terveyspalvelut Oy", fi_yt("2980345"), "FI", "laskut@sstp.fi",
       "Terveystie 5", "60100", "Seinäjoki"),
]

ARTICLES: list[dict[str, Any]] = [
    _a(TOLK, "TK10", "Tolkning på plats, per timme", "tim", "650.00", "25"),
    _a(TOLK, "TK20", "Telefontolkning, per timme", "tim", "520.00", "25"),
    _a(TOLK, "TK30", "Översättning, per sida", "sida", None, "25"),
    _a(TAND, "FT10", "Munhälsobedömning, per person", "st", "480.00", "0"),
    _a(TAND, "FT20", "Tandvårdsbesök enligt avtal", "st", "1150.00", "0"),
    _a(TAND, "FT90", "Tandtekniskt arbete", "st", None, "25"),
    _a(KONF, "KF10", "Lokalhyra, hel dag", "dag", "4800.00", "25"),
    _a(KONF, "KF20", "Konferensfika, per person", "st", "65.00", "12"),
    _a(KONF, "KF30", "Teknikerstöd, per timme", "tim", "650.00", "25"),
    _a(PESU, "PE10", "Pyykkipalvelu, kg", "kg", "2.40", "25.5"),
    _a(PESU, "PE20", "Työvaatevuokra, kpl/kk", "kpl", "6.80", "25.5"),
    _a(PESU, "PE90", "Erikoispesu", "erä", None, "25.5"),
    _a(SATAMA, "SA10", "Laituripaikka, kausi", "kausi", "420.00", "25.5"),
    _a(SATAMA, "SA20", "Talvisäilytys, vene/kausi", "vene", "260.00", "25.5"),
    _a(SATAMA, "SA30", "Nosturinosto", "kpl", "120.00", "25.5"),
    _a(METSA, "ML10", "Pienriistalupa, kausi", "kpl", "45.00", "25.5"),
    _a(METSA, "ML20", "Hirviseurueen aluelupa", "kpl", None, "25.5"),
    _a(METSA, "ML30", "Kalastuslupa, vuorokausi", "kpl", "12.00", "25.5"),
    _a(SKOLA, "SK10", "Lunchportion", "portion", "4.90", "14"),
    _a(SKOLA, "SK20", "Hyra gymnastiksal, per timme", "h", "25.00", "25.5"),
    _a(SKOLA, "SK30", "Lägerskola, per elev", "elev", None, "0"),
    _a(EUP, "BG10", "Conference registration, per participant", "participant", "180.00", "25.5"),
    _a(EUP, "BG20", "Partner contribution", "pcs", None, "0"),
    _a(EUP, "BG30", "Study visit, per participant", "participant", "95.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
SE_DATE, FI_DATE = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def se_mail(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    """A mail from a Swedish agency to the Swedish centre (date without zone: Swedish winter time)."""
    from tests.intake.cases.mailkit import mail
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


def fi_mail(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    """A mail from a Finnish agency to the Finnish centre (date without zone: Finnish winter time)."""
    from tests.intake.cases.mailkit import mail
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)
