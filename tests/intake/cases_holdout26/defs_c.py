"""Twenty-sixth held-out set (written blind), part C: requests that must ask — empty form fields, rows without a
price whose article has none in the register, an article code not in the register, an approximate price, a
quantity or a price that the mail and its file state differently, customers that are unknown or new, a personal
number with a bad check digit."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_yt
from tests.intake.cases.mailkit import expect_requests, new_cust, pdf, text_att, xlsx

from .kit26 import (
    ASK,
    BILD,
    BYGG,
    HAMN,
    ICT,
    LOMA,
    ND,
    PNR_UNKNOWN,
    SIG_HAMN,
    SIG_ICT,
    SIG_TEST,
    SIG_TILA,
    TEST,
    TILA,
    case,
    cust,
    fi,
    line,
    request,
    se,
)

NOV = {"ps": "2026-11-01", "pe": "2026-11-30"}
NEW_YT = fi_yt("2987654")
NOPERIOD = ("description", "period_start", "period_end")  # the subject's dates are a visit, left open


def _unknown(name: str) -> dict[str, Any]:
    """A customer given by name only, not in the register: output as written; its country is left open (no
    identifier says it, an address might)."""
    out = new_cust(name, None, None)
    del out["country"]
    return out


@case("j23_fi_loma_webform_empty_quantity")
def _j23() -> Any:
    body = ("Uusi lomakevastaus: Jäteastioiden tyhjennykset (kiinteistöt)\n\nTilaaja: Kiinteistö Oy Harjunrinne\n"
            "Y-tunnus: " + cust("L-8003")["org_no"] + "\nLaskutusosoite: Rinnetie 9, 15140 Harjula\n"
            "Tuote: TK30 Jäteastian tyhjennys\nTyhjennyskertoja: \nTyhjennykset ajalla: marraskuu 2026\n"
            "Lisätiedot: \n\nLomake on hyväksytty laskutettavaksi.\n")
    m = fi("lomake", "Lomakevastaus: Jäteastioiden tyhjennykset", "Tue, 01 Dec 2026 12:40:00", body)
    return m, expect_requests("Web form with the quantity field left empty: quantity asked (not 1).", ASK, [
        request(cust("L-8003"), [line(LOMA, "TK30", None, desc="Jäteastian tyhjennys", **NOV)],
                ["lines[0].quantity"], LOMA)])


@case("j24_sv_bygg_castor_no_price_staking_out")
def _j24() -> Any:
    html = ("<html><body><p><b>Avgiftsbeslut – överförs till fakturering</b></p><p>Ärende: BN 2026-000395<br>"
            "Fakturamottagare: Lövsta Bostäder AB<br>Org.nr: " + cust("L-7001")["org_no"] + "</p>"
            "<table border='1' cellpadding='4' cellspacing='0'><tr><th>Avgiftsrad</th><th>Kod</th><th>Antal</th>"
            "<th>Enhet</th><th>À-pris</th><th>Belopp</th></tr><tr><td>Utstakning, grov och fin</td><td>BL30</td>"
            "<td>1</td><td>st</td><td></td><td></td></tr><tr><td>Kartutdrag</td><td>BL40</td><td>1</td><td>st</td>"
            "<td>650,00</td><td>650,00</td></tr><tr><td colspan='5'>Summa</td><td>650,00</td></tr></table>"
            "<p style='font-size:9px'>Skickat från Castor – går inte att svara på.</p></body></html>")
    m = se("castor", "Castor: Avgiftsbeslut BN 2026-000395", "Thu, 03 Dec 2026 07:03:20", None, html=html)
    exp = expect_requests("A fee row with empty price cells; the article has no register price: asked.", ASK, [
        request(cust("L-7001"), [line(BYGG, "BL30", "1", None, desc="Utstakning, grov och fin"),
                                 line(BYGG, "BL40", "1", "650.00", desc="Kartutdrag")], ["lines[0].unit_price"],
                BYGG)])
    exp["requests"][0].pop("order_reference")
    return m, exp


@case("j25_sv_hamn_erp_csv_row_without_price")
def _j25() -> Any:
    csv = ("Kundnr;Kundnamn;Artikel;Benämning;Antal;Enhet;À-pris;Belopp;Period\n"
           "L-7002;Västerviks Rederi AB;HA10;Kajplats M/S Vindö;2;dygn;2 900,00;5 800,00;2026-11\n"
           "L-7002;Västerviks Rederi AB;HA90;Sophantering fartyg;1;st;;;2026-11\n"
           ";;;;;;Summa;5 800,00;\n")
    m = se("hamn", "Fakturaunderlag Vindö november", "Wed, 02 Dec 2026 09:05:00",
           "Hej,\n\nexport bifogad, fakturera Västerviks Rederi enligt filen.\n" + SIG_HAMN,
           attachments=[text_att("FU_vindo_202611.csv", csv, "windows-1252")])
    return m, expect_requests("ERP CSV row with an empty price for an article without a register price.", ASK, [
        request(cust("L-7002"), [line(HAMN, "HA10", "2", "2900.00", desc="Kajplats M/S Vindö", **NOV),
                                 line(HAMN, "HA90", "1", None, desc="Sophantering fartyg", **NOV)],
                ["lines[1].unit_price"], HAMN)])


@case("j26_fi_ict_hours_mail_and_file_disagree")
def _j26() -> Any:
    csv = ("Asiakas;Tuote;Kuvaus;Tunnit;Jakso\n"
           "Saimaan Vesi Oy;IC10;Verkkomuutos, suunnittelu;16,0;11/2026\nYhteensä;;;16,0;\n")
    m = fi("ict", "Saimaan Vesi, marraskuun tunnit", "Wed, 02 Dec 2026 16:10:00",
           "Hei,\n\nlaskuttakaa Saimaan Vesi Oy:ltä marraskuulta 14 tuntia asiantuntijatyötä (IC10), "
           "erittely liitteenä.\n" + SIG_ICT, attachments=[text_att("saimaanvesi_11-2026.csv", csv)])
    # The mail says 14 h, its own attachment 16 h: a careful clerk invoices neither and asks (never a guess).
    return m, expect_requests("Mail (14 h) and attached time report (16 h) disagree on the quantity: asked.", ASK, [
        request(cust("L-8008"), [line(ICT, "IC10", None, skip=ND, **NOV)], ["lines[0].quantity"], ICT)])


@case("j27_sv_hamn_xlsx_unknown_customer_row")
def _j27() -> Any:
    rows: list[Any] = [["Kund", "Art", "Benämning", "Antal", "À-pris", "Datum"],
                       ["Västerviks Rederi AB", "HA20", "Förtöjning M/S Skärvik", 1, 1450, "2026-11-25"],
                       ["Kalmar Sjötjänst AB", "HA20", "Förtöjning bogserbåt Tor", 1, 1450, "2026-11-26"]]
    m = se("hamn", "Förtöjningar v. 48", "Fri, 04 Dec 2026 08:30:00",
           "Hej,\n\nbifogat förtöjningar för fakturering.\n" + SIG_HAMN,
           attachments=[xlsx("fortojning_v48.xlsx", [("Blad1", rows, [])])])
    return m, expect_requests("An XLSX row for a customer given by name only, not in the register: asked for its "
                              "identity; the other row goes through.", ASK, [
        request(cust("L-7002"), [line(HAMN, "HA20", "1", "1450", desc="Förtöjning M/S Skärvik", ps="2026-11-25")],
                [], HAMN),
        request(_unknown("Kalmar Sjötjänst AB"),
                [line(HAMN, "HA20", "1", "1450", desc="Förtöjning bogserbåt Tor", ps="2026-11-26")],
                ["customer.org_no"], HAMN)])


@case("j28_fi_tila_booking_pdf_new_customer_no_address")
def _j28() -> Any:
    doc = ("<h1>Varausvahvistus V-2026-1219</h1><p>Varaaja: Tapahtumatoimisto Revontuli Oy<br>Y-tunnus: "
           + NEW_YT + "<br>Puhelin: 040 812 7733</p><table><thead><tr><th>Tila</th><th>Tuote</th><th>Päivä</th>"
           "<th>Tunnit</th><th>Hinta €/h</th></tr></thead><tbody><tr><td>Konserttisali</td><td>TV10</td>"
           "<td>28.11.2026</td><td class='num'>5</td><td class='num'>120,00</td></tr></tbody></table>")
    m = fi("tila", "Laskutettava varaus V-2026-1219", "Thu, 03 Dec 2026 14:25:00",
           "Hei,\n\nuusi asiakas, varausvahvistus liitteenä. Laskutetaan vahvistuksen mukaan.\n" + SIG_TILA,
           attachments=[pdf("V-2026-1219.pdf", doc)])
    exp = expect_requests("A new customer with a valid Y-tunnus, no postal or e-invoice address (a phone only): "
                          "address asked.", ASK, [
        request(new_cust("Tapahtumatoimisto Revontuli Oy", NEW_YT, "FI"),
                [line(TILA, "TV10", "5", "120.00", ps="2026-11-28", skip=ND)], ["customer.address"], TILA)])
    exp["requests"][0].pop("order_reference")
    exp["requests"][0]["customer"].pop("vat_no")
    return m, exp


@case("j29_en_test_forwarded_order_approx_price")
def _j29() -> Any:
    body = ("Hi,\n\nplease invoice Arctic Alloys for the order below (work done in November). The special test "
            "price was never fixed, the quote said approx. EUR 2,000.\n" + SIG_TEST
            + "\n-------- Original message --------\nFrom: Lars Öberg <lars.oberg@arcticalloys.se>\n"
            "Subject: Order 4500124410\n\nHello, we order:\n- MT90 Special test, fatigue of weld joints, 1 pcs\n"
            "- MT30 Test report, 1 pcs\nPO 4500124410. Regards, Lars Öberg, Arctic Alloys\n")
    m = fi("test", "Fwd: Order 4500124410", "Fri, 04 Dec 2026 09:15:00", body)
    return m, expect_requests("An approximate price ('approx. EUR 2,000') for an article without a register "
                              "price: asked; the month applies to both lines.", ASK, [
        request(cust("L-8010"), [line(TEST, "MT90", "1", None, skip=ND, **NOV),
                                 line(TEST, "MT30", "1", skip=ND, **NOV)], ["lines[0].unit_price"], TEST,
                order="4500124410")])


@case("j30_fisv_bild_xlsx_blank_quantity")
def _j30() -> Any:
    rows: list[Any] = [["Faktureringsunderlag 11/2026"],
                       ["Kundnr", "Kund", "Artikel", "Benämning", "Antal", "Enhet", "A-pris"],
                       ["L-8006", "Korsnäsvik Idrottsförening rf", "BI10", "Lunch, juniorturnering", 80, "portion",
                        5.2],
                       ["L-8006", "Korsnäsvik Idrottsförening rf", "BI40", "Lokalhyra idrottshall", None, "h", 32]]
    m = fi("eko", "Faktureringsunderlag 11/2026 (Bildning) – tillägg", "Wed, 02 Dec 2026 07:30:00",
           "Faktureringsunderlaget har exporterats av Jonas Sjöberg och överförs till servicecentret för "
           "fakturering.\n\nEkonomisystemet / Korsnäsvik kommun\n",
           attachments=[xlsx("FU_bildning_2026-11_b.xlsx", [("Underlag", rows, ["A1:G1"])])])
    return m, expect_requests("ERP XLSX row with an empty quantity cell: asked (not 1).", ASK, [
        request(cust("L-8006"), [line(BILD, "BI10", "80", "5.20", desc="Lunch, juniorturnering", **NOV),
                                 line(BILD, "BI40", None, "32.00", desc="Lokalhyra idrottshall", **NOV)],
                ["lines[1].quantity"], BILD)])


@case("j31_fi_loma_webform_unknown_association_empty_ytunnus")
def _j31() -> Any:
    body = ("Uusi lomakevastaus: Kaivuulupa – laskutustiedot\n\nHakijan nimi: Rautajärven Metsästysseura ry\n"
            "Y-tunnus: \nLaskutusosoite: PL 7, 35601 Rautajärvi\nViitteenne: \nTuote: TK10 Kaivuulupa\n"
            "Määrä: 1\nYksikkö: kpl\nKaivupaikka: Ampumaradantie 2\nHyväksytty laskutettavaksi: Kyllä\n")
    m = fi("lomake", "Lomakevastaus: Kaivuulupa – laskutustiedot", "Fri, 04 Dec 2026 10:02:00", body)
    return m, expect_requests("An association not in the register with its Y-tunnus field empty: only the "
                              "identity is asked (the address is given anyway).", ASK, [
        request(_unknown("Rautajärven Metsästysseura ry"), [line(LOMA, "TK10", "1")], ["customer.org_no"], LOMA)])


@case("j32_sv_bygg_castor_private_bad_check_digit")
def _j32() -> Any:
    body = ("Avgiftsbeslut – överförs till fakturering\n\nÄrende: BN 2026-000419\nFakturamottagare: Per Holm\n"
            "Personnummer: " + bad_check(PNR_UNKNOWN) + "\nFakturaadress: Ängsvägen 3, 744 31 Lövsta\n"
            "Avgiftsrad: BL40 Kartutdrag\nAntal: 1 st\nÀ-pris: 650,00 kr\nHandläggare: Karin Wall\n\n"
            "Detta meddelande är skickat från Castor och går inte att svara på.\n")
    m = se("castor", "Castor: Avgiftsbeslut BN 2026-000419", "Thu, 03 Dec 2026 07:04:02", body)
    exp = expect_requests("A private person not in the register whose personnummer fails its check digit: no "
                          "identifier, asked.", ASK, [
        request(_unknown("Per Holm"), [line(BYGG, "BL40", "1", "650.00", skip=ND)], ["customer.org_no"], BYGG)])
    exp["requests"][0].pop("order_reference")
    return m, exp


@case("j33_fi_ict_task_code_not_in_register")
def _j33() -> Any:
    body = ("Tuntikirjaus – laskutettavat tunnit\nJakso: 1.11.2026–30.11.2026\n"
            "Asiakas: Etelä-Saimaan hyvinvointialue (" + cust("L-8004")["org_no"] + ")\n\n"
            "Tuote   Kuvaus                         Tunnit    á-hinta\n"
            "IC10    Arkkitehtuurityöpaja              4,0      96,00\n"
            "IC55    Tietoturva-auditointi             8,0\n"
            "Yhteensä                               12,0\n\n"
            "Hyväksyjä: Petri Ahonen 02.12.2026\nLähetetty automaattisesti Tuntikirjaus-järjestelmästä.\n")
    m = fi("tunti", "Laskutettavat tunnit 11/2026 – Etelä-Saimaan hyvinvointialue (2)", "Wed, 02 Dec 2026 16:31:00",
           body)
    return m, expect_requests("A task code not in the register and no price on its row: code kept, price asked.",
                              ASK, [request(cust("L-8004"), [
                                  line(ICT, "IC10", "4", "96.00", desc="Arkkitehtuurityöpaja", **NOV),
                                  line(ICT, "IC55", "8", None, desc="Tietoturva-auditointi", **NOV)],
                                  ["lines[1].unit_price"], ICT)])


@case("j34_sv_hamn_price_mail_and_file_disagree")
def _j34() -> Any:
    csv = ("Kundnr;Kundnamn;Artikel;Benämning;Antal;Enhet;À-pris;Belopp\n"
           "L-7002;Västerviks Rederi AB;HA10;Kajplats M/S Skärvik;3;dygn;2 900,00;8 700,00\n"
           "L-7002;Västerviks Rederi AB;HA20;Förtöjning M/S Skärvik;1;st;1 450,00;1 450,00\n")
    m = se("hamn", "Anlöp Skärvik 30/11–2/12", "Fri, 04 Dec 2026 13:15:00",
           "Hej,\n\nunderlag för Skärviks anlöp bifogas. Obs att kajplatsen ska faktureras med avtalspriset "
           "2 500 kr/dygn.\n" + SIG_HAMN, attachments=[text_att("anlop_skarvik_48.csv", csv, "windows-1252")])
    # The mail's contract price (2 500) contradicts the export (2 900); neither is taken (never a guess).
    return m, expect_requests("Mail and ERP export give different prices for the berth: price asked; the other "
                              "line goes through.", ASK, [
        request(cust("L-7002"), [line(HAMN, "HA10", "3", None, skip=NOPERIOD),
                                 line(HAMN, "HA20", "1", "1450.00", desc="Förtöjning M/S Skärvik",
                                      skip=("period_start", "period_end"))],
                ["lines[0].unit_price"], HAMN)])
