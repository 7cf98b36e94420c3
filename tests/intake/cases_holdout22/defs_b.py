"""Twenty-second held-out set (written blind), part B: Finnish and Finland-Swedish plain requests written in a
hurry — phone one-liners, inflected names (Oy:lle), 'h', 'hlö', 'kpl', dates without year, odd spacing in numbers,
a CSV and two XLSX sheets with several customers, an HTML-only form, an Åland municipality writing in Swedish."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail, text_att, xlsx

from .kit22 import (
    AMK,
    CENTRE_FI,
    FI_DATE,
    HETU_LIISA,
    IPHONE_FI,
    IPHONE_SV,
    ND,
    PELA,
    PLAIN,
    SKAR,
    W,
    case,
    cust,
    line,
    org,
    request,
)

IPHONE_HDR = {"X-Mailer": "iPhone Mail (22B91)"}
SIG_PELA = ("\n\nYstävällisin terveisin\n\nPetri Huttunen\npalotarkastaja\nJärvi-Savon pelastuslaitos\n"
            "Riskienhallinta / Kuopion toimipiste\np. 044 718 2290\nHätänumero 112\nY-tunnus " + org(PELA) + "\n"
            "www.jarvisavonpelastus.fi\n")
SIG_AMK = ("\n\nt. Sanna\n\nSanna Mäkelä\nTKI-asiantuntija | Yrityspalvelut\nPohjanrannan ammattikorkeakoulu Oy\n"
           "Kampustie 5, 60100 Seinäjoki\n+358 40 551 2093\nY-tunnus " + org(AMK) + "\n"
           "Tämä viesti voi sisältää luottamuksellista tietoa.\n")
SIG_SKAR = ("\n\nMvh Annika\n\nAnnika Sjöblom\nbyråsekreterare, Skärviks kommun\nKommunalvägen 3, AX-22340 "
            "Skärvik\ntfn +358 18 44 120\nFO-nummer " + org(SKAR) + "\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("g11_fi_pela_oneliner_inflected_name")
def _g11() -> Any:
    m = _fi("pela", "lasku", "Thu, 26 Nov 2026 15:40:02",
            "palotarkastus kuopion kiinteistöhuolto oy:lle 2,5 h 26.11. PL10" + IPHONE_FI, headers=IPHONE_HDR)
    return m, expect_requests("Phone one-liner, lowercase name with the allative ending after a colon.", PLAIN, [
        request(cust("G-201"), [line(PELA, "PL10", "2.5", ps="2026-11-26", skip=ND)], [], PELA)])


@case("g12_fi_pela_false_alarm_ytunnus")
def _g12() -> Any:
    body = ("Moi\nErheellinen paloilmoitus 1 kpl Savon Teollisuusmaalaus, y-tunnus " + cust("G-202")["org_no"]
            + ", hälytys 19.11.2026 klo 03.12 (PL30)" + SIG_PELA)
    m = _fi("pela", "erheellinen ilmoitus / Savon TM", "Fri, 27 Nov 2026 10:03:15", body)
    return m, expect_requests("The clock time 03.12 is no date; the rescue department's Y-tunnus and phone "
                              "numbers in the signature are not the customer's.", PLAIN, [
        request(cust("G-202"), [line(PELA, "PL30", "1", ps="2026-11-19", skip=ND)], [], PELA)])


@case("g13_fi_pela_csv_training_several_customers")
def _g13() -> Any:
    csv = ("Asiakas;Y-tunnus;Tuote;Määrä;Päivä\n"
           "Asunto Oy Järvenrinne;" + cust("G-203")["org_no"] + ";PL20;14;24.11.2026\n"
           "Kuopion Kiinteistöhuolto Oy;" + cust("G-201")["org_no"] + ";PL20;9;25.11.2026\n"
           "Asunto Oy Järvenrinne;" + cust("G-203")["org_no"] + ";PL10;1,5;24.11.2026\n"
           "Yhteensä;;;24,5;\n")
    m = _fi("pela_lask", "alkusammutuskoulutukset vko 48", "Mon, 30 Nov 2026 13:12:00",
            "Hei, liitteenä laskutettavat. Kiitos!" + SIG_PELA,
            attachments=[text_att("koulutukset_vko48.csv", csv)])
    return m, expect_requests("CSV: rows of one customer apart, grouped; the Yhteensä row is no line.", PLAIN, [
        request(cust("G-203"), [line(PELA, "PL20", "14", ps="2026-11-24"),
                                line(PELA, "PL10", "1.5", ps="2026-11-24")], [], PELA),
        request(cust("G-201"), [line(PELA, "PL20", "9", ps="2026-11-25")], [], PELA)])


@case("g14_fi_pela_private_person_hetu")
def _g14() -> Any:
    body = "liisa heikkinen " + HETU_LIISA + " palotarkastus (PL10) 1 h 2.12." + IPHONE_FI
    m = _fi("pela", "palotark. heikkinen", "Wed, 02 Dec 2026 16:55:31", body, headers=IPHONE_HDR)
    return m, expect_requests("Private person by henkilötunnus, '1 h' explicit, date without year.", PLAIN, [
        request(cust("G-208"), [line(PELA, "PL10", "1", ps="2026-12-02", skip=ND)], [], PELA)])


@case("g15_fi_amk_lab_month_order_number")
def _g15() -> Any:
    body = ("hei, laboratoriopalvelu AK10 pohjanmaan koneistus oy 7 h marraskuu 2026, tilausnro PO-88213"
            + SIG_AMK)
    m = _fi("amk", "labra / PK", "Tue, 01 Dec 2026 09:30:00", body)
    return m, expect_requests("Lowercase, a month as period, an order number.", PLAIN, [
        request(cust("G-204"), [line(AMK, "AK10", "7", ps="2026-11-01", pe="2026-11-30", skip=ND)], [], AMK,
                order="PO-88213")])


@case("g16_fi_amk_xlsx_training_day")
def _g16() -> Any:
    rows: list[Any] = [["Asiakas", "Tuote", "Osallistujia", "Pvm"],
                       ["Teknologiakeskus Vireo Oy", "AK20", 12, "2.12.2026"],
                       ["Pohjanmaan Koneistus Oy", "AK20", 3, "2.12.2026"],
                       ["Yhteensä", None, 15, None]]
    m = _fi("amk", "koulutuspäivä 2.12", "Thu, 03 Dec 2026 08:44:10",
            "liitteenä koulutuspäivän osallistujat, laskutus normaalisti" + SIG_AMK,
            attachments=[xlsx("osallistujat.xlsx", [("Taul1", rows, [])])])
    return m, expect_requests("XLSX with two customers by name and a total row.", PLAIN, [
        request(cust("G-209"), [line(AMK, "AK20", "12", ps="2026-12-02")], [], AMK),
        request(cust("G-204"), [line(AMK, "AK20", "3", ps="2026-12-02")], [], AMK)])


@case("g17_fi_amk_html_room_rent")
def _g17() -> Any:
    html = ("<div>Asiakas: Teknologiakeskus Vireo Oy<br>Tuote: AK30 tilavuokra<br>Määrä: 6 h<br>"
            "Ajankohta: 16.-17.11.2026<br>Viitteenne: Jari Niemi</div><div><br></div>"
            "<div>Lähetetty iPhonesta</div>")
    m = _fi("amk", "tilavuokra Vireo", "Wed, 18 Nov 2026 19:02:27", None, html=html, headers=IPHONE_HDR)
    return m, expect_requests("HTML-only with <br> labels; a '16.-17.11.2026' range.", PLAIN, [
        request(cust("G-209"), [line(AMK, "AK30", "6", ps="2026-11-16", pe="2026-11-17", skip=ND)], [], AMK,
                buyer="Jari Niemi")])


@case("g18_fi_amk_thesis_fixed_price")
def _g18() -> Any:
    body = ("opinnäytetyöyhteistyö AK40, Teknologiakeskus Vireo (" + cust("G-209")["org_no"]
            + "), kiinteä hinta 1 500 €" + SIG_AMK)
    m = _fi("amk", "ONT-yhteistyö", "Fri, 04 Dec 2026 14:20:00", body)
    return m, expect_requests("Name without Oy plus a Y-tunnus in brackets; 'kiinteä hinta' gives quantity 1.",
                              PLAIN, [
        request(cust("G-209"), [line(AMK, "AK40", "1", price="1500.00", skip=ND)], [], AMK)])


@case("g19_fi_pela_two_dates_odd_spacing")
def _g19() -> Any:
    body = ("Kuopion Kiinteistöhuolto Oy / palotarkastukset PL10:\n3 ,5 h 30.11.\n2 h 1.12.\n"
            "-Petri" + IPHONE_FI)
    m = _fi("pela", "tarkastukset KKH", "Tue, 01 Dec 2026 17:45:00", body, headers=IPHONE_HDR)
    return m, expect_requests("Two lines of one article on two dates; '3 ,5 h' typed with a stray space.",
                              PLAIN, [
        request(cust("G-201"), [line(PELA, "PL10", "3.5", ps="2026-11-30", skip=ND),
                                line(PELA, "PL10", "2", ps="2026-12-01", skip=ND)], [], PELA)])


@case("g20_fisv_skar_guest_harbour_month")
def _g20() -> Any:
    m = _fi("skar", "gästhamn juli", "Mon, 30 Nov 2026 10:10:10",
            "hej, gästhamn SK10 för Skärviks Segelsällskap rf 12 dygn juli 2026 (regattan)" + IPHONE_SV,
            headers=IPHONE_HDR)
    return m, expect_requests("Åland Swedish one-liner, 'dygn', a month as period.", PLAIN, [
        request(cust("G-206"), [line(SKAR, "SK10", "12", ps="2026-07-01", pe="2026-07-31", skip=ND)], [], SKAR)])


@case("g21_fisv_skar_xlsx_boat_places")
def _g21() -> Any:
    rows: list[Any] = [["Båtplatser säsong 2026", None, None, None],
                       ["Kund", "FO-nr", "Art", "Antal"],
                       ["Ålands Fiskodling Ab", cust("G-207")["org_no"], "SK40", 2],
                       ["Skärviks Segelsällskap rf", cust("G-206")["org_no"], "SK40", 5],
                       ["Period: 1.5–30.9.2026", None, None, None]]
    m = _fi("skar", "båtplatser", "Wed, 02 Dec 2026 11:00:00", "bifogar båtplatserna, tack" + SIG_SKAR,
            attachments=[xlsx("batplatser_2026.xlsx", [("Blad1", rows, ["A1:D1"])])])
    return m, expect_requests("XLSX with a merged title row and a period row under the table, for all rows.",
                              PLAIN, [
        request(cust("G-207"), [line(SKAR, "SK40", "2", ps="2026-05-01", pe="2026-09-30")], [], SKAR),
        request(cust("G-206"), [line(SKAR, "SK40", "5", ps="2026-05-01", pe="2026-09-30")], [], SKAR)])


@case("g22_fisv_skar_water_samples_fo_number")
def _g22() -> Any:
    body = ("vattenprov 3 st (SK30) Ålands Fiskodling, FO-nummer " + cust("G-207")["org_no"]
            + ", tagna 25.11" + SIG_SKAR)
    m = _fi("skar", "vattenprov fiskodlingen", "Thu, 26 Nov 2026 13:30:00", body)
    return m, expect_requests("FO-nummer identifies the customer; '25.11' without year or trailing dot.", PLAIN, [
        request(cust("G-207"), [line(SKAR, "SK30", "3", ps="2026-11-25", skip=ND)], [], SKAR)])


@case("g23_fisv_skar_hall_rent_customer_number")
def _g23() -> Any:
    body = "Föreningshuset SK20 kundnr G-206, 4 h lö 28.11 á 30 €\n/A" + IPHONE_SV
    m = _fi("skar", "föreningshuset", "Sun, 29 Nov 2026 21:14:00", body, headers=IPHONE_HDR)
    return m, expect_requests("Customer by customer number only; price with 'á' and '€'.", PLAIN, [
        request(cust("G-206"), [line(SKAR, "SK20", "4", price="30", ps="2026-11-28", skip=ND)], [], SKAR)])
