"""The forty-third held-out set's registry ("what agency systems send", mail of Monday 1 - Friday 5 November 2027,
when October is billed): seven agencies not heard from before, each with a system that writes its mail — a Swedish
region's assistive-devices centre (rental exports from its devices system), a Swedish municipality's facility
booking (booking-system exports and confirmations), a Swedish agency's training ground (course administration and
time reporting), an English-writing Öresund marine data centre billing in SEK (ERP exports, a data-portal order
form), a Finnish city's sports-facility booking (booking reports, an e-service form), a Finnish state IT centre's
expert services (time-reporting exports, ERP billing proposals, reminders) and a Finland-Swedish town's health
inspection (case-management exports and fee decisions).

One shared register: municipalities with Peppol IDs, associations, companies with legal-form twins (Ljungby
Hemtjänst AB / HB, Pohjolan Tapahtumat Oy / Ky, Tietoväylä Oy / Oyj) and near-namesakes (Lunds Basketklubb /
Lunds Basketbollklubb, Restaurang Strandcafé Ab / Strandcafé i Vasa Ab), private persons by personnummer and hetu,
and foreign customers (Danish, German, Norwegian). Articles per month, hour, day, night, participant-day, lane
hour, licence and inspection; one without a price for every agency."""
from __future__ import annotations

from functools import partial
from typing import Any

from tests.intake.cases.ids import bankgiro, fi_iban, fi_yt, hetu, pnr, se_org
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import centre_agency, set_kit
from tests.intake.cases.kit_helpers import customer as _c

PNR_ASTRID = pnr("480917", "264")          # born 1948, pays her own share for a fitting (registered)
PNR_JENNY = pnr("960305", "318")           # born 1996, rents a party room (not registered)
HETU_RAGNAR = hetu("030359", "417")        # born 1959, a well-water sample (registered)
DK_CVR = "29561044"                          # Danish CVR (mod 11 valid)
NO_ORG = "918734503"                         # Norwegian organisasjonsnummer (mod 11 valid)

HJM, LOKB, REV, OMDC = "HJM-SE", "LOKB-SE", "REV-SE", "OMDC-SE"
OUTV, VALT, HINS = "OUTV-FI", "VALT-FI", "HINS-FI"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

W = {
    "hjm_sys": "HMS Webb <hms-export@regionkronoberg-demo.se>",
    "hjm_k": "Karin Lindell <karin.lindell@regionkronoberg-demo.se>",
    "hjm_eko": "Hjälpmedel Ekonomi <hjalpmedel.ekonomi@regionkronoberg-demo.se>",
    "lokb_sys": "Lokalbokningen Lund <noreply-lokalbokning@lund-demo.se>",
    "lokb_s": "Sara Bengtsson <sara.bengtsson@lund-demo.se>",
    "rev_kurs": "Kursadministration Revinge <kursadmin@samhallsskydd-demo.se>",
    "rev_m": "Mattias Krook <mattias.krook@samhallsskydd-demo.se>",
    "omdc": "Finance Desk <finance@oresundmarinedata-demo.se>",
    "omdc_j": "Jonas Falk <jonas.falk@oresundmarinedata-demo.se>",
    "omdc_portal": "OMDC Data Portal <portal-noreply@oresundmarinedata-demo.se>",
    "outv": "Tilavaraukset <tilavaraukset@ouka-demo.fi>",
    "outv_h": "Henna Kauppila <henna.kauppila@ouka-demo.fi>",
    "outv_form": "Sähköinen asiointi <lomakkeet-noreply@ouka-demo.fi>",
    "valt": "Laskutus VTPK <laskutus@vtpk-demo.fi>",
    "valt_a": "Antti Rautio <antti.rautio@vtpk-demo.fi>",
    "valt_m": "Minna Halonen <minna.halonen@vtpk-demo.fi>",
    "valt_sys": "Tuntikirjaus <tuntikirjaus-noreply@vtpk-demo.fi>",
    "hins": "Miljöhälsa Vasa <miljohalsa@vasa-demo.fi>",
    "hins_j": "Johanna Sundqvist <johanna.sundqvist@vasa-demo.fi>",
}

_ag = partial(centre_agency, W)

AGENCIES: list[dict[str, Any]] = [
    _ag(HJM, "Region Kronoberg, Hjälpmedelscentralen", "SE", se_org("232100019"), "sv",
        ("Sigfridsvägen 14", "352 57", "Växjö"), ["hjm_sys", "hjm_k", "hjm_eko"], bankgiro("5430221")),
    _ag(LOKB, "Lunds kommun, Lokalbokningen", "SE", se_org("212000130"), "sv",
        ("Stortorget 7", "222 23", "Lund"), ["lokb_sys", "lokb_s"], bankgiro("5431880")),
    _ag(REV, "Samhällsskyddsverket, övningscentrum Revinge", "SE", se_org("202100580"), "sv",
        ("Revingeby 1", "247 94", "Revinge"), ["rev_kurs", "rev_m"], bankgiro("5432119")),
    _ag(OMDC, "Öresund Marine Data Centre", "SE", se_org("802533718"), "en",
        ("Universitetsholmen 3", "211 19", "Malmö"), ["omdc", "omdc_j", "omdc_portal"], bankgiro("5433664")),
    _ag(OUTV, "Oulun kaupunki, liikunnan tilavaraukset", "FI", fi_yt("0187420"), "fi",
        ("Torikatu 10", "90100", "Oulu"), ["outv", "outv_h", "outv_form"], fi_iban("50001520318822")),
    _ag(VALT, "Valtion tietopalvelukeskus, asiantuntijapalvelut", "FI", fi_yt("2306187"), "fi",
        ("Vuorikatu 14", "00100", "Helsinki"), ["valt", "valt_a", "valt_m", "valt_sys"],
        fi_iban("10253000142278")),
    _ag(HINS, "Vasa stad, miljö- och hälsoskyddet", "FI", fi_yt("0216351"), "sv",
        ("Rådhusgatan 28", "65100", "Vasa"), ["hins", "hins_j"], fi_iban("47100030007613")),
]

_VAXJO, _ALVESTA, _KSK = se_org("212000064"), se_org("212000072"), fi_yt("2917740")


def _foreign(num: str, name: str, org: str, country: str, vat: str | None, email: str, street: str, pc: str,
             city: str) -> dict[str, Any]:
    """A foreign company: its own register number in `org_no`, its EU VAT number where it has one."""
    out = _c(num, name, org, country, email, street, pc, city)
    out["vat_no"] = vat
    return out


CUSTOMERS: list[dict[str, Any]] = [
    _c("43101", "Växjö kommun", _VAXJO, "SE", "fakturor@vaxjo-demo.se", "Box 1222", "351 12", "Växjö",
       peppol="0007:" + _VAXJO.replace("-", "")),
    _c("43102", "Alvesta kommun", _ALVESTA, "SE", "leverantorsfakturor@alvesta-demo.se", "Centralgatan 1",
       "342 80", "Alvesta", peppol="0007:" + _ALVESTA.replace("-", "")),
    _c("43103", "Omsorgsbolaget Vida AB", se_org("559284116"), "SE", "ekonomi@vidaomsorg-demo.se",
       "Storgatan 31", "352 31", "Växjö"),
    _c("43104", "Ljungby Hemtjänst AB", se_org("559017342"), "SE", "faktura@ljungbyhemtjanst-demo.se",
       "Märta Ljungbergs väg 4", "341 35", "Ljungby"),
    _c("43105", "Ljungby Hemtjänst HB", se_org("969781204"), "SE", "ljungbyhemtjanst.hb@post-demo.se",
       "Lagavägen 9", "341 42", "Ljungby"),
    _c("43106", "Astrid Wennerström", "19" + PNR_ASTRID[:6] + "-" + PNR_ASTRID[7:], "SE", None,
       "Linnégatan 8 B", "352 33", "Växjö", private=True),
    _c("43111", "IK Lunda", se_org("802471166"), "SE", "kansliet@iklunda-demo.se", "Idrottsvägen 4", "224 56",
       "Lund"),
    _c("43112", "Lunds Basketklubb", se_org("802489312"), "SE", "kassor@lundsbasket-demo.se", "Box 174",
       "221 00", "Lund"),
    _c("43113", "Lunds Basketbollklubb", se_org("802503218"), "SE", "styrelsen@lbbk-demo.se", "Norra Fäladen 3",
       "226 60", "Lund"),
    _c("43114", "Skånes Eventteknik AB", se_org("556781230"), "SE", "faktura@skaneevent-demo.se",
       "Företagsvägen 22", "227 61", "Lund"),
    _c("43121", "Räddningstjänsten Syd", se_org("222000135"), "SE", "ekonomi@rsyd-demo.se", "Carl Gustafs väg 48",
       "214 21", "Malmö"),
    _c("43122", "Sydkemi Produktion AB", se_org("556402871"), "SE", "ap@sydkemi-demo.se", "Kemivägen 2",
       "284 91", "Perstorp"),
    _foreign("43123", "Brandvæsen Øresund I/S", DK_CVR, "DK", "DK" + DK_CVR, "bogholderi@brand-oresund-demo.dk",
             "Strandvejen 120", "2900", "Hellerup"),
    _c("43124", "Hamnbolaget Trelleport AB", se_org("556930447"), "SE", "faktura@trelleport-demo.se",
       "Hamnkontoret", "231 42", "Trelleborg"),
    _foreign("43131", "Ostsee-Messtechnik GmbH", "HRB 21874", "DE", "DE281740935", "buchhaltung@osmt-demo.de",
             "Seestraße 19", "18119", "Rostock"),
    _foreign("43132", "Havforsk Vest AS", NO_ORG, "NO", None, "faktura@havforskvest-demo.no", "Strandkaien 8",
             "5013", "Bergen"),
    _c("43133", "Sundvik Miljökonsult AB", se_org("559117605"), "SE", "ekonomi@sundvikmiljo-demo.se",
       "Kungsgatan 7", "252 21", "Helsingborg"),
    _c("43134", "Blue Coast Analytics AB", se_org("556867013"), "SE", "invoices@bluecoast-demo.se",
       "Stora Varvsgatan 11", "211 19", "Malmö"),
    _c("43201", "Oulun Luistinseura ry", fi_yt("0956313"), "FI", "rahastonhoitaja@oulunluistin-demo.fi",
       "Raksilantie 6", "90130", "Oulu"),
    _c("43202", "Kiiminkijoen Uimarit ry", fi_yt("2288057"), "FI", "laskut@kiiminkiuimarit-demo.fi",
       "Uimahallintie 2", "90900", "Kiiminki"),
    _c("43203", "Pohjolan Tapahtumat Oy", fi_yt("2741906"), "FI", "laskutus@pohjolantapahtumat-demo.fi",
       "Kirkkokatu 31", "90100", "Oulu"),
    _c("43204", "Pohjolan Tapahtumat Ky", fi_yt("1864072"), "FI", "pohjolan.tapahtumat.ky@posti-demo.fi",
       "Kemintie 14", "90560", "Oulu"),
    _c("43205", "Tuiran Tanssikoulu Oy", fi_yt("3302847"), "FI", "toimisto@tuirantanssi-demo.fi",
       "Valtatie 41", "90500", "Oulu"),
    _c("43211", "Kuluttajansuojakeskus", _KSK, "FI", "kirjaamo@ksk-demo.fi", "PL 5", "00531", "Helsinki",
       peppol="0216:0037" + _KSK.replace("-", "")),
    _c("43212", "Saimaan Vesi Oy", fi_yt("0956348"), "FI",
       "ostolaskut@saimaanvesi-demo.fi", "Kanavansuu 3", "53100", "Lappeenranta"),
    _c("43213", "Kalevan Energia Oy", fi_yt("0216360"), "FI", "laskut@kalevanenergia-demo.fi", "Voimalantie 1",
       "80100", "Joensuu"),
    _c("43214", "Tietoväylä Oy", fi_yt("2468117"), "FI", "laskut@tietovayla-demo.fi", "Hermiankatu 8",
       "33720", "Tampere"),
    _c("43215", "Tietoväylä Oyj", fi_yt("0112870"), "FI", "ostoreskontra@tietovayla-oyj-demo.fi",
       "Keilaranta 5", "02150", "Espoo"),
    _c("43221", "Restaurang Strandcafé Ab", fi_yt("2591023"), "FI", "kontoret@strandcafe-demo.fi",
       "Strandgatan 2", "65170", "Vasa"),
    _c("43222", "Strandcafé i Vasa Ab", fi_yt("3044815"), "FI", "cafe@sandviken-demo.fi", "Sandvikens strand 1",
       "65200", "Vasa"),
    _c("43223", "Vasa Fiskhall Ab", fi_yt("0736592"), "FI", "bokforing@vasafiskhall-demo.fi", "Salutorget 3",
       "65100", "Vasa"),
    _c("43224", "Ragnar Nyholm", HETU_RAGNAR, "FI", "ragnar.nyholm@kotiposti-demo.fi", "Rönnbergavägen 17",
       "65380", "Vasa", private=True),
]

ARTICLES: list[dict[str, Any]] = [
    _a(HJM, "HM10", "Rullstol manuell, hyra per månad", "mån", "450.00", "25"),
    _a(HJM, "HM20", "Elrullstol, hyra per månad", "mån", "1850.00", "25"),
    _a(HJM, "HM30", "Vårdsäng, hyra per månad", "mån", "620.00", "25"),
    _a(HJM, "HM40", "Utprovning, per timme", "tim", "780.00", "25"),
    _a(HJM, "HM50", "Transport, utkörning", "st", "395.00", "25"),
    _a(HJM, "HM90", "Specialanpassning", "st", None, "25"),
    _a(LOKB, "LB10", "Idrottshall, per timme", "tim", "320.00", "6"),
    _a(LOKB, "LB20", "Gymnastiksal, per timme", "tim", "180.00", "6"),
    _a(LOKB, "LB30", "Möteslokal, per timme", "tim", "250.00", "25"),
    _a(LOKB, "LB40", "Konstgräsplan, per timme", "tim", "540.00", "6"),
    _a(LOKB, "LB50", "Städning, extra", "st", "650.00", "25"),
    _a(LOKB, "LB90", "Evenemangsavgift", "st", None, "25"),
    _a(REV, "RV10", "Kursdag, per deltagare", "deltagardag", "2400.00", "0"),
    _a(REV, "RV20", "Instruktörstimme", "tim", "1150.00", "25"),
    _a(REV, "RV30", "Övningsfält, per dag", "dag", "9500.00", "25"),
    _a(REV, "RV40", "Logi, per natt", "natt", "690.00", "12"),
    _a(REV, "RV90", "Specialövning", "st", None, "25"),
    _a(OMDC, "MD10", "Data licence, annual", "licence", "12000.00", "25"),
    _a(OMDC, "MD20", "Vessel day, R/V Sundet", "day", "38000.00", "25"),
    _a(OMDC, "MD30", "Sensor calibration", "unit", "2200.00", "25"),
    _a(OMDC, "MD40", "Data extraction, per hour", "hour", "1350.00", "25"),
    _a(OMDC, "MD90", "Custom survey", "st", None, "25"),
    _a(OUTV, "TV10", "Liikuntasali, tunti", "h", "28.00", "14"),
    _a(OUTV, "TV20", "Uimahalli, ratatunti", "h", "42.00", "14"),
    _a(OUTV, "TV30", "Kokoustila, tunti", "h", "35.00", "25.5"),
    _a(OUTV, "TV40", "Jäähalli, tunti", "h", "165.00", "14"),
    _a(OUTV, "TV50", "Siivouslisä", "kpl", "80.00", "25.5"),
    _a(OUTV, "TV90", "Tapahtumajärjestelyt", "kpl", None, "25.5"),
    _a(VALT, "VT10", "Asiantuntijatyö, tunti", "h", "98.00", "25.5"),
    _a(VALT, "VT20", "Projektipäällikkö, tunti", "h", "112.00", "25.5"),
    _a(VALT, "VT30", "Päivystys, vuorokausi", "vrk", "240.00", "25.5"),
    _a(VALT, "VT40", "Matkapäivä", "kpl", "45.00", "25.5"),
    _a(VALT, "VT90", "Ohjelmistolisenssi", "kpl", None, "25.5"),
    _a(HINS, "HI10", "Inspektion enligt tillsynsplan", "st", "150.00", "0"),
    _a(HINS, "HI20", "Handläggning, per timme", "tim", "62.00", "0"),
    _a(HINS, "HI30", "Provtagning, hushållsvatten", "st", "45.00", "0"),
    _a(HINS, "HI40", "Intyg", "st", "35.00", "0"),
    _a(HINS, "HI90", "Extra analys, laboratorium", "st", None, "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)
PERIOD = ("period_start", "period_end")
PLAIN, ASK, OTHER = "0-plain", "1-must-ask", "2-other-kinds"
OCT = ("2027-10-01", "2027-10-31")
SE_TZ, FI_TZ = "+0100", "+0200"


def org(code: str) -> str:
    """The agency's own org number / Y-tunnus, for signatures (never the customer's)."""
    return next(a["org_no"] for a in AGENCIES if a["code"] == code)


def pay(code: str) -> str:
    """The agency's own bankgiro or IBAN, for signatures and payment advices."""
    ag = next(a for a in AGENCIES if a["code"] == code)
    return str(ag.get("bankgiro") or ag["iban"])


def onum(number: str) -> str:
    """A registered customer's org number / Y-tunnus / personal number, as the mails write it."""
    return str(cust(number)["org_no"])
