"""Twenty-seventh held-out set (written blind), part C: requests that must ask (approximate price, ambiguous or
unidentified customer, missing count, new customer without address, unknown article, no lines, contradictory and
approximate counts) and other kinds (a payment advice, a credit request, a corrected re-send, an auto-reply, a
question, a reply to the centre)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_requests, expect_unknown, mail, new_cust

from .kit27 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HYV,
    JAN,
    JORD,
    KANS,
    KRIM,
    KUST,
    MBI,
    NC,
    ND,
    OTHER,
    PV,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

NOP = ("period_start", "period_end")


def _fi(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _se(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("v25_sv_kust_diving_approximate_price")
def _v25() -> Any:
    body = ("Hej,\n\nen dykinsats (KB90) för Västkustens Hamn AB, kundnr K-7002, den 30 januari 2027 – "
            "kostnaden blir ca 15 000 kr, exakt belopp kommer från dykgruppen.\n\nMvh Jonas Widén\n"
            "Kustbevakningen, region Väst, org.nr " + org(KUST) + "\n")
    m = _se("kust", "Dykinsats Lysekil 30/1", "Thu, 04 Feb 2027 15:00:00", body)
    return m, expect_requests("approximate price on an article without a price: asked; 'en' is quantity 1", ASK, [
        request(cust("K-7002"), [line(KUST, "KB90", "1", None, ps="2027-01-30", skip=ND)],
                ["lines[0].unit_price"], KUST)])


@case("v26_sv_krim_ambiguous_name_both_countries")
def _v26() -> Any:
    body = ("Hej!\n\nFakturera Skärgårdsfrakt för 40 st EUR-pall (KV30), hämtade 2027-01-26.\n\n"
            "Petra Lindqvist\nArbetsdriften Hällby, Kriminalvården\n")
    m = _se("krim_p", "Pallar Skärgårdsfrakt", "Fri, 05 Feb 2027 09:10:00", body)
    return m, expect_requests("a name matching both the AB and the Ab: no identity, asked", ASK, [
        request(new_cust("Skärgårdsfrakt", None, None), [line(KRIM, "KV30", "40", ps="2027-01-26", skip=ND)],
                ["customer.org_no"], KRIM)])


@case("v27_sv_jord_hours_missing")
def _v27() -> Any:
    body = ("Hej,\n\nkontroll utförd hos Lantgården Ekbacka AB (" + cust("K-7005")["org_no"] + ") den "
            "25 januari 2027. Fakturera timavgiften JV10. Kontrollanten återkommer med tidsåtgången.\n\n"
            "Kontrollenheten\nJordbruksstyrelsen, org.nr " + org(JORD) + "\n")
    m = _se("jord", "Kontroll Ekbacka 25/1", "Tue, 09 Feb 2027 10:00:00", body)
    return m, expect_requests("hourly article, no number of hours: quantity asked", ASK, [
        request(cust("K-7005"), [line(JORD, "JV10", None, ps="2027-01-25", skip=ND)], ["lines[0].quantity"],
                JORD)])


@case("v28_sv_jord_new_customer_without_address")
def _v28() -> Any:
    org_new = se_org("559312778")
    body = ("Hej,\n\nny verksamhet: Habo Ägg & Fågel AB, org.nr " + org_new + ", e-post ekonomi@haboagg.se. "
            "Offentlig kontroll 2 timmar (JV10) 2027-01-28.\n\nKontrollenheten, Jordbruksstyrelsen\n")
    m = _se("jord", "Ny anläggning Habo", "Tue, 09 Feb 2027 13:30:00", body)
    return m, expect_requests("new customer with org number and e-mail only: address asked", ASK, [
        request(new_cust("Habo Ägg & Fågel AB", org_new, "SE", email="ekonomi@haboagg.se"),
                [line(JORD, "JV10", "2", ps="2027-01-28", skip=ND)], ["customer.address"], JORD)])


@case("v29_fi_kans_unknown_article_no_price")
def _v29() -> Any:
    body = ("Hei,\n\nSukututkimus Juuret ry:lle laskutetaan 2 kpl tuotetta KK40 (värikopio A2, kartta), "
            "toimitettu 21.1.2027. Hinta puuttuu vielä hinnastosta.\n\nKopiopalvelu / Kansalliskirjasto\n")
    m = _fi("kans", "Karttakopiot", "Wed, 10 Feb 2027 09:40:00", body)
    return m, expect_requests("an article code not in the register, no price: price asked; ':lle' on the name",
                              ASK, [request(cust("K-8003"), [line(KANS, "KK40", "2", None,
                                                                  desc="värikopio A2, kartta", ps="2027-01-21",
                                                                  skip=ND)],
                                            ["lines[0].unit_price"], KANS)])


@case("v30_fi_hyv_bad_hetu_unknown_person")
def _v30() -> Any:
    body = ("Hei,\n\nB-lausunto (HV10) 1 kpl, laadittu 26.1.2027.\nPotilas: Marja Lehtonen, hetu 120584-312T, "
            "Kirkkotie 4, 66100 Maalahti\n\nRiitta Mäkelä\nLausuntotoimisto\n")
    m = _fi("hyv_r", "B-lausunto / yksityinen", "Wed, 10 Feb 2027 11:20:00", body)
    # 120584-312T fails its check character (python-stdnum: invalid); the name is in no register row.
    return m, expect_requests("a private person whose hetu fails its check, not in the register: asked", ASK, [
        request(new_cust("Marja Lehtonen", None, None), [line(HYV, "HV10", "1", ps="2027-01-26", skip=ND)],
                ["customer.org_no"], HYV)])


@case("v31_fi_pv_contradictory_day_count")
def _v31() -> Any:
    body = ("Hei,\n\nSatakunnan Reserviläiset ry, asiakasnumero K-8008: ampumaradan vuokra (PV10) "
            "2 vuorokautta ajalla 22.–24.1.2027.\n\nHuom. vartiopäiväkirjan mukaan rata oli käytössä kolme "
            "vuorokautta, tarkistetaan yhdistyksen kanssa.\n" + "\nHarjoitusaluevuokraus, Puolustusvoimat\n")
    m = _fi("pv", "Ampumarata 22.-24.1.", "Thu, 11 Feb 2027 08:30:00", body)
    # Two counts for the same line and the mail says it is still being checked: a careful clerk invoices neither.
    return m, expect_requests("two contradictory day counts for one line: quantity asked", ASK, [
        request(cust("K-8008"), [line(PV, "PV10", None, ps="2027-01-22", pe="2027-01-24", skip=ND)],
                ["lines[0].quantity"], PV)])


@case("v32_fs_mbi_approximate_hours")
def _v32() -> Any:
    body = ("Hej!\n\nUppdragsutbildning (MI30) för Vörå Smide Ab i januari 2027, cirka 20 timmar – slutlig "
            "timmängd meddelas när utbildaren lämnat sin rapport. Kan ni förbereda fakturan?\n\nCamilla Sjöholm\n"
            "Medborgarinstitutet Kustbygden\n")
    m = _fi("mbi", "Uppdragsutbildning Vörå Smide", "Thu, 11 Feb 2027 14:00:00", body)
    # The contract's approximate rule names amounts; an approximate count that the mail itself says is not final
    # is no count either: never invoice a guess.
    return m, expect_requests("approximate hours, final count to follow: quantity asked", ASK, [
        request(cust("K-8011"), [line(MBI, "MI30", None, ps=JAN[0], pe=JAN[1], skip=ND)],
                ["lines[0].quantity"], MBI)])


@case("v33_en_nc_unidentified_ministry")
def _v33() -> Any:
    body = ("Hi,\n\nplease invoice two participants at the Lake Restoration Conference (NC10), 20-21 January "
            "2027.\n\nCustomer: Ministry of Fisheries and Environment\nTórshavn, Faroe Islands\n\nWe do not "
            "have their registration number yet.\n\nKind regards,\nHelle Sørensen\n"
            "Nordic Inland Waters Council Secretariat\n")
    m = _se("nc", "Invoice Faroese ministry", "Fri, 12 Feb 2027 10:30:00", body)
    # A foreign body with no identifier: only customer.org_no is asked (the number may show it is known).
    return m, expect_requests("customer by a name not in the register, no number: org_no asked", ASK, [
        request(new_cust("Ministry of Fisheries and Environment", None, None),
                [line(NC, "NC10", "2", ps="2027-01-20", pe="2027-01-21", skip=ND)], ["customer.org_no"], NC)])


@case("v34_fi_kans_no_lines_yet")
def _v34() -> Any:
    body = ("Hei,\n\nlaskuttakaa Kustannus Oy Lehtipuu, Y-tunnus " + cust("K-8002")["org_no"] + ", tilauksesta "
            "2027-0051. Erittely tulee myöhemmin tällä viikolla.\n\nKopiopalvelu\n")
    m = _fi("kans", "Tilaus 2027-0051", "Fri, 12 Feb 2027 12:00:00", body)
    return m, expect_requests("a request with a customer and an order number but no line: lines asked", ASK, [
        request(cust("K-8002"), [], ["lines"], KANS, order="2027-0051")])


@case("v35_sv_kust_forwarded_payment_advice")
def _v35() -> Any:
    body = ("Hej, kunden skickade detta till oss, för kännedom.\n\n/Jonas\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Skärgårdsfrakt AB <ekonomi@skargardsfrakt.se>\n"
            "Ämne: Betalningsavisering\n\nBETALNINGSAVISERING\nBetalare: Skärgårdsfrakt AB, org.nr "
            + cust("K-7001")["org_no"] + "\nBetalningsdag: 2027-02-10\n\n"
            "Fakturanr   OCR            Belopp\n71002231    7100223107     6 000,00\n"
            "71002245    7100224501    23 125,00\nSumma                     29 125,00 SEK\n")
    m = _se("kust", "VB: Betalningsavisering", "Thu, 11 Feb 2027 08:05:00", body)
    return m, expect_advice("a customer's payment advice forwarded by the agency", OTHER,
                            {"name": "Skärgårdsfrakt AB", "org_no": cust("K-7001")["org_no"]}, "2027-02-10",
                            "29125.00", "SEK", [("71002231", "7100223107", "6000.00"),
                                                ("71002245", "7100224501", "23125.00")])


@case("v36_fi_hyv_credit_request")
def _v36() -> Any:
    body = ("Hei,\n\nhyvittäkää lasku 270004518 (Keskinäinen Eläkeyhtiö Tyven, C-lausunto 95,00 €), lausunto "
            "laskutettiin vahingossa kahteen kertaan.\n\nRiitta Mäkelä\nLausuntotoimisto\n")
    m = _fi("hyv_r", "Hyvityspyyntö lasku 270004518", "Mon, 15 Feb 2027 09:00:00", body)
    return m, expect_unknown("a credit of an issued invoice: no requests", OTHER)


@case("v37_sv_krim_correction_full_resend")
def _v37() -> Any:
    body = ("Hej igen,\n\nrättelse av mitt underlag i går: det ska vara 102 pallar, inte 120. Korrekt underlag:\n\n"
            "Kund: Hällby Bygg AB, kundnr K-7003\nKV30 EUR-pall, ny: 102 st\nKV10 Snickeri byggbodar: 16 tim\n"
            "Period: januari 2027\n\nFakturera bara detta, inte det förra.\n\nPetra Lindqvist\nArbetsdriften\n")
    m = _se("krim_p", "RÄTTELSE: Fakturering Hällby Bygg jan", "Thu, 04 Feb 2027 08:30:00", body)
    # The correction restates the whole request before anything was invoiced: it is the request to invoice (the
    # store links it to yesterday's); the 120 it replaces is no line.
    return m, expect_requests("a correction restating the whole request: the corrected request", OTHER, [
        request(cust("K-7003"), [line(KRIM, "KV30", "102", ps=JAN[0], pe=JAN[1], skip=ND),
                                 line(KRIM, "KV10", "16", ps=JAN[0], pe=JAN[1], skip=ND)], [], KRIM)])


@case("v38_fi_pv_auto_reply")
def _v38() -> Any:
    body = ("Olen lomalla 15.–26.2.2027. Kiireellisissä vuokra-asioissa ota yhteyttä vaihteeseen 0299 800.\n\n"
            "Jag är på semester 15–26.2.2027.\n\nHarjoitusaluevuokraus\n")
    m = _fi("pv", "Automaattinen vastaus: Lasku 270004390", "Mon, 15 Feb 2027 07:00:00", body,
            headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
    return m, expect_unknown("an out-of-office reply", OTHER)


@case("v39_en_nc_question_about_invoice")
def _v39() -> Any:
    body = ("Hello,\n\ncould you tell us whether the invoice to Limnologica Consulting AB for the conference fees "
            "(our request of 1 February) has been sent? Their finance department says they have not received it."
            "\n\nKind regards,\nHelle Sørensen\nNordic Inland Waters Council Secretariat\n")
    m = _se("nc", "Question: invoice Limnologica", "Mon, 15 Feb 2027 13:00:00", body)
    return m, expect_unknown("a question about an earlier invoice: nothing to invoice", OTHER)


@case("v40_fs_mbi_reply_to_question")
def _v40() -> Any:
    token = "REQ-7KM2Q"
    body = ("Hej,\n\n1. FO-numret är " + cust("K-8012")["org_no"] + ".\n2. Det blev 16 timmar.\n\n"
            "Camilla Sjöholm\nMedborgarinstitutet Kustbygden\n\n"
            "Den 12.2.2027 kl. 10:14 skrev Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>:\n"
            "> Hej! Vi behöver följande för att kunna fakturera [" + token + "]:\n"
            "> 1. Kundens organisationsnummer (customer.org_no)\n"
            "> 2. Antal för rad 1 \"Lokalhyra, per timme\" (lines[0].quantity)\n")
    m = _fi("mbi", "Re: [" + token + "] Uppgifter saknas", "Fri, 12 Feb 2027 15:40:00", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply answering both questions above the quote", OTHER, token,
                           {"customer": {"org_no": cust("K-8012")["org_no"]}, "lines": [{"quantity": "16"}]})
