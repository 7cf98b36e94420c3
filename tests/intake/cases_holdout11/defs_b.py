"""Eleventh held-out set (written blind), part B: payment advices in attachments (a file named as invoicing
material holding an advice, a Finnish maksuilmoitus CSV, XLSX with partial payments and a credit note as a
negative row, a bank CSV with quoted line breaks, a PDF maksuerittely with a hyvityslasku, amounts stored as
text), replies whose answer is in an attachment (XLSX, a PDF register extract, a CSV), and messages that are no
request (a price list for information, a system's transfer-error log, a registry receipt)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, fi_yt, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_unknown, mail, text_att
from tests.intake.cases_holdout2.kit import (
    CENTRE_FI,
    GEO_DIARIET,
    GEO_EKONOMI,
    KIRSI,
    MARIA,
    OLLE,
    SANNA,
    SARAH,
    YTL_LASKUTUS,
)
from tests.intake.cases_holdout4.kit4 import q_en, q_fi, q_sv, quoted

from .kit11 import Serial, Text, case, pdf_form, pdf_table, xlsx_sheets

KIND, REP, ADV = "1-kind", "10-replies", "8-advices"


@case("b14_sv_advice_in_file_named_faktureringsunderlag")
def _b14():
    o1, o2 = se_ocr("41051014"), se_ocr("41051022")
    csv = ("Betalare;Fakturanr;OCR;Belopp;Betaldatum\n"
           f"Ålidens kommun;4105101;{o1};18 750,00;2026-11-25\n"
           f"Ålidens kommun;4105102;{o2};2 450,00;2026-11-25\n")
    m = mail(SANNA, "VB: Ålidens kommun", "Wed, 25 Nov 2026 15:00:00 +0100",
             "Hej,\nfil från Ålidens kommun, se bifogat.\n/Sanna\n",
             attachments=[text_att("faktureringsunderlag_nov.csv", csv)])
    return m, expect_advice("A file named 'faktureringsunderlag' whose content is a payment advice (payer, "
                            "invoice, OCR, amount, payment date): an advice, no request.", ADV,
                            {"name": "Ålidens kommun"}, "2026-11-25", None, "SEK",
                            [("4105101", o1, "18750.00"), ("4105102", o2, "2450.00")])


@case("b15_fi_maksuilmoitus_csv_attachment")
def _b15():
    v1, v2 = fi_ref("771901"), fi_ref("771919")
    csv = ("Maksaja;Maksupäivä;Laskunumero;Viitenumero;Maksettu\n"
           f"Pohjois-Savon jätehuoltokuntayhtymä;27.11.2026;771901;{v1};1 196,00\n"
           f"Pohjois-Savon jätehuoltokuntayhtymä;27.11.2026;771919;{v2};392,00\n"
           "Yhteensä;;;;1 588,00\n")
    m = mail(YTL_LASKUTUS, "VL: maksuilmoitus", "Fri, 27 Nov 2026 12:00:00 +0200",
             "Hei,\nasiakkaan maksuilmoitus liitteenä.\nYTL Laskutus\n", to=CENTRE_FI,
             attachments=[text_att("maksuilmoitus.csv", csv)])
    return m, expect_advice("A Finnish maksuilmoitus as a semicolon CSV with a Yhteensä row.", ADV,
                            {"name": "Pohjois-Savon jätehuoltokuntayhtymä"}, "2026-11-27", "1588.00", "EUR",
                            [("771901", v1, "1196.00"), ("771919", v2, "392.00")])


@case("b16_sv_advice_xlsx_partial_payment_credit_note")
def _b16():
    o1, o2, o3 = se_ocr("41052012"), se_ocr("41052020"), se_ocr("41052905")
    att = xlsx_sheets("betalningsspec.xlsx", [("Betalningar", [
        ["Betalningsspecifikation"], ["Betalare", "Hallstahammars Bostäder AB"], ["Betaldatum", Serial(2026, 11, 26)],
        [], ["Typ", "Fakturanr", "OCR", "Fakturabelopp", "Betalt"],
        ["Faktura", "4105201", o1, 12000, 6000], ["Faktura", "4105202", o2, 3500, 3500],
        ["Kreditnota", "4105290", o3, -1200, -1200], ["Summa betalt", None, None, None, 8300]])])
    m = mail(GEO_EKONOMI, "VB: Betalningsspecifikation Hallstahammars Bostäder", "Thu, 26 Nov 2026 14:00:00 +0100",
             "Hej,\nspecifikation bifogad.\nSGN Ekonomi\n", attachments=[att])
    return m, expect_advice("An XLSX advice: a partial payment (the paid amount, not the invoice amount) and a "
                            "credit note as a negative row; the date a serial date cell.", ADV,
                            {"name": "Hallstahammars Bostäder AB"}, "2026-11-26", "8300.00", "SEK",
                            [("4105201", o1, "6000.00"), ("4105202", o2, "3500.00"), ("4105290", o3, "-1200.00")])


@case("b17_fi_advice_xlsx_osamaksu_hyvityslasku_header_row5")
def _b17():
    v1, v2, v3 = fi_ref("772001"), fi_ref("772019"), fi_ref("772099")
    att = xlsx_sheets("maksuerittely.xlsx", [("Taul1", [
        ["MAKSUERITTELY"], ["Maksaja:", "Kuopion Vesi Palvelut Oy"], ["Maksupäivä:", Serial(2026, 11, 27, "d.m.yyyy")],
        [], ["Laskunro", "Viite", "Laskun summa", "Maksettu", "Huom"],
        ["772001", v1, 1260, 500, "osamaksu"], ["772019", v2, 392, 392, None],
        ["772099", v3, -84, -84, "hyvityslasku"], ["Yhteensä", None, None, 808, None]])])
    m = mail(KIRSI, "VL: Kuopion Vesi Palvelut maksut", "Fri, 27 Nov 2026 15:00:00 +0200",
             "Hei,\nmaksuerittely liitteenä.\nKirsi\n", to=CENTRE_FI, attachments=[att])
    return m, expect_advice("A Finnish XLSX advice, header on row 5: a partial payment (osamaksu) and a credit "
                            "note (hyvityslasku) as a negative row.", ADV, {"name": "Kuopion Vesi Palvelut Oy"},
                            "2026-11-27", "808.00", "EUR",
                            [("772001", v1, "500.00"), ("772019", v2, "392.00"), ("772099", v3, "-84.00")])


@case("b34_sv_advice_bank_csv_quoted_message_with_line_break")
def _b34():
    o1, o2 = se_ocr("41053010"), se_ocr("41053028")
    csv = ('"Betalare";"Bokföringsdag";"Fakturanummer";"OCR";"Belopp";"Meddelande"\r\n'
           f'"Region Vindelälven";"2026-11-30";"4105301";"{o1}";"24 000,00";"Delbetalning\r\nresten efter '
           'besiktning"\r\n'
           f'"Region Vindelälven";"2026-11-30";"4105302";"{o2}";"3 150,00";"Slutbetalning"\r\n')
    m = mail(GEO_EKONOMI, "VB: Inbetalningar Region Vindelälven", "Mon, 30 Nov 2026 15:00:00 +0100",
             "Hej,\nexport från banken.\nSGN Ekonomi\n", attachments=[text_att("inbetalningar.csv", csv)])
    return m, expect_advice("A bank CSV advice whose quoted message field holds a line break; no total stated.",
                            ADV, {"name": "Region Vindelälven"}, "2026-11-30", None, "SEK",
                            [("4105301", o1, "24000.00"), ("4105302", o2, "3150.00")])


@case("b35_fi_advice_pdf_table_hyvityslasku")
def _b35():
    v1, v2, v3 = fi_ref("772101"), fi_ref("772119"), fi_ref("772190")
    att = pdf_table("maksuerittely.pdf", "Maksuerittely", ["Tyyppi", "Lasku", "Viite", "Summa"],
                    [["Lasku", "772101", v1, "2 352,00"], ["Lasku", "772119", v2, "1 568,00"],
                     ["Hyvityslasku", "772190", v3, "-196,00"], ["Yhteensä", "", "", "3 724,00"]],
                    intro=["Maksaja: Pohjois-Karjalan hyvinvointialue", "Maksupäivä: 30.11.2026"])
    m = mail(YTL_LASKUTUS, "VL: Maksuerittely PKHVA", "Mon, 30 Nov 2026 13:00:00 +0200",
             "Hei,\nmaksuerittely liitteenä.\nYTL Laskutus\n", to=CENTRE_FI, attachments=[att])
    return m, expect_advice("A PDF maksuerittely table with a credit note deducted (negative).", ADV,
                            {"name": "Pohjois-Karjalan hyvinvointialue"}, "2026-11-30", "3724.00", "EUR",
                            [("772101", v1, "2352.00"), ("772119", v2, "1568.00"), ("772190", v3, "-196.00")])


@case("b36_sv_advice_xlsx_amounts_as_text_serial_date")
def _b36():
    o1, o2 = se_ocr("41054018"), se_ocr("41054026")
    att = xlsx_sheets("gasen_betalning.xlsx", [("Blad1", [
        ["Betalare", "Fastighets AB Gåsen 4"], ["Betalningsdag", Serial(2026, 11, 24)], [],
        ["Faktura", "OCR", "Belopp"], ["4105401", o1, Text("5 880,00")], ["4105402", o2, Text("2 500,00")],
        ["Totalt", None, Text("8 380,00")]])])
    m = mail(SANNA, "VB: Betalning Gåsen 4", "Tue, 24 Nov 2026 16:00:00 +0100", "Hej,\nbetalning från Gåsen.\n/Sanna\n",
             attachments=[att])
    return m, expect_advice("An XLSX advice with amounts stored as text and the date as a serial date cell.", ADV,
                            {"name": "Fastighets AB Gåsen 4"}, "2026-11-24", "8380.00", "SEK",
                            [("4105401", o1, "5880.00"), ("4105402", o2, "2500.00")])


@case("b18_sv_reply_answer_in_xlsx_attachment")
def _b18():
    t = "REQ-7KX3M"
    q = q_sv(t, ['Antal för rad 1 "Portrycksmätning" (lines[0].quantity)'],
             "Kund: Vretstorp Entreprenad AB\nRad 1: 1020 Portrycksmätning – antal saknas")
    body = ("Hej,\n\nsvaret finns i bifogad fil.\n\n/Olle\n\n"
            "Den 23 nov. 2026 kl. 09:00 skrev Kundfaktura <kundfaktura@ekonomicentret.se>:\n" + quoted(q))
    att = xlsx_sheets("antal.xlsx", [("Blad1", [["Rad", "Artikel", "Antal"], [1, "1020", 9]])])
    m = mail(OLLE, f"Sv: [{t}] Komplettering behövs", "Mon, 23 Nov 2026 13:00:00 +0100", body, attachments=[att])
    return m, expect_reply("A reply whose answer (the count) is only in an attached XLSX.", REP, t,
                           {"lines": [{"quantity": "9"}]})


@case("b19_fi_reply_answer_in_pdf_register_extract")
def _b19():
    t = "REQ-P4T9W"
    yt = fi_yt("3145672")
    q = q_fi(t, ["Asiakkaan Y-tunnus (customer.org_no)"], "Asiakas: Savon Kalatalous Oy (uusi)\n"
             "Rivi 1: LA100 Vesinäyte 5 kpl")
    body = ("Hei,\n\nliitteenä kaupparekisteriote, siitä löytyy tunnus.\n\nKirsi\n\n"
            "ti 24.11.2026 klo 10.00 Myyntilaskutus <laskutus@talouspalvelu.fi> kirjoitti:\n" + quoted(q))
    att = pdf_form("kaupparekisteriote.pdf", "Kaupparekisteriote", [
        ("Toiminimi", "Savon Kalatalous Oy"), ("Y-tunnus", yt), ("Kotipaikka", "Kuopio"),
        ("Yritysmuoto", "Osakeyhtiö")])
    m = mail(KIRSI, f"Vs: [{t}] Lisätietoja tarvitaan", "Tue, 24 Nov 2026 14:00:00 +0200", body, to=CENTRE_FI,
             attachments=[att])
    return m, expect_reply("A reply whose answer (the Y-tunnus) is in an attached PDF register extract.", REP, t,
                           {"customer": {"org_no": yt}})


@case("b20_en_reply_answer_in_csv_second_line")
def _b20():
    t = "REQ-2BN8R"
    q = q_en(t, ['Quantity for line 2 "Kulut" (lines[1].quantity)', 'Unit price for line 2 "Kulut" '
                 '(lines[1].unit_price)'],
             "Customer: Oy Nordic Soil Lab Ab\nLine 1: AT10 Asiantuntijatunti 6 h\nLine 2: KU90 Kulut – quantity "
             "and price missing")
    body = ("Hi,\n\nsee the attached file for line 2.\n\nSarah\n\n"
            "On Wed, 25 Nov 2026 at 09:00, Myyntilaskutus <laskutus@talouspalvelu.fi> wrote:\n" + quoted(q))
    csv = "Line;Article;Quantity;Unit price\n2;KU90;1;312.40\n"
    m = mail(SARAH, f"Re: [{t}] Information needed", "Wed, 25 Nov 2026 11:00:00 +0200", body, to=CENTRE_FI,
             attachments=[text_att("line2.csv", csv)])
    return m, expect_reply("A reply answering line 2's count and price in an attached CSV.", REP, t,
                           {"lines": [{}, {"quantity": "1", "unit_price": "312.40"}]})


@case("b37_sv_price_list_only_for_information")
def _b37():
    att = xlsx_sheets("prislista_2027.xlsx", [("Prislista 2027", [
        ["Artikel", "Benämning", "Pris 2027"], ["1010", "Geoteknisk provtagning", 2450],
        ["1020", "Portrycksmätning", 1020], ["2010", "Utredningstimme", 1300]])])
    m = mail(MARIA, "Prislista 2027", "Mon, 30 Nov 2026 15:00:00 +0100",
             "Hej,\n\nhär kommer vår prislista för 2027 för kännedom, den gäller från 1 januari.\n\n/Maria\n",
             attachments=[att])
    return m, expect_unknown("Only a price list sent for information: no request.", KIND)


@case("b38_fi_system_transfer_error_log")
def _b38():
    csv = "Rivi;Virhe\n3;Tuntematon tuotekoodi LA999\n7;Asiakasta ei löydy: 1234567-8\n"
    body = ("Laskutusaineiston siirto 30.11.2026 klo 02.00\n\nSiirretty: 41 riviä\nHylätty: 2 riviä\n\n"
            "Hylätyt rivit liitteessä virheet.csv.\n\nTämä viesti on lähetetty automaattisesti.\n")
    m = mail(YTL_LASKUTUS, "Siirtoajo: 2 virhettä", "Mon, 30 Nov 2026 02:00:30 +0200", body, to=CENTRE_FI,
             attachments=[text_att("virheet.csv", csv)])
    return m, expect_unknown("A system's transfer report with an error log attached: no request.", KIND)


@case("b39_sv_registry_receipt_pdf")
def _b39():
    att = pdf_form("kvittens.pdf", "Kvittens", [
        ("Diarienummer", "SGN 2026/1502"), ("Registrerad", "2026-11-27 10:14"),
        ("Handling", "Faktureringsunderlag Nordkap Analys AB"), ("Registrerad av", "Diariet")])
    body = ("Ditt ärende har registrerats med diarienummer SGN 2026/1502. Kvittensen bifogas.\n\n"
            "Detta är ett automatiskt meddelande från diariet.\n")
    m = mail(GEO_DIARIET, "Kvittens: SGN 2026/1502 registrerat", "Fri, 27 Nov 2026 10:15:00 +0100", body,
             attachments=[att])
    return m, expect_unknown("A registry's receipt naming a filed invoicing document: no request itself.", KIND)
