"""Several customers in form-like files and text tables; payment advices as XLSX and CSV attachments and with a
discount column (the paid amount counts)."""
from __future__ import annotations

from .ids import fi_ref, rf, se_ocr
from .mailkit import CENTRE_FI, case, cust, expect_advice, expect_requests, line, mail, request, text_att, xlsx
from .people import ANTTI, EMMA, KARIN, OLIVER, SE_EKONOMI, sig_en, sig_fi, sig_se

MS, MF = "MARK-SE", "METSA-FI"


@case("m10_sv_csv_customer_blocks")
def _m10():
    csv = ("Kund;Solvik AB;556804-3177\r\nArtikel;Antal\r\n110;4\r\n130;4\r\n\r\n"
           "Kund;Ekmans AB;556118-0349\r\nArtikel;Antal\r\n210;2\r\n")
    m = mail(KARIN, "Underlag två kunder", "Mon, 07 Dec 2026 10:00:00 +0100", "Hej, se bifogad fil.\n/Karin\n",
             attachments=[text_att("underlag.csv", csv)])
    return m, expect_requests("Form-like CSV: a customer row followed by its own article rows, twice.", "4-several",
                              [request(cust("20001"), [line(MS, "110", "4"), line(MS, "130", "4")], [], MS),
                               request(cust("20008"), [line(MS, "210", "2")], [], MS)])


@case("m11_fi_text_table_two_customers")
def _m11():
    body = ("Hei,\n\nAsiakas                     Y-tunnus    Tuote  Määrä\n"
            "Saaristomeren Kalastus Oy   2980151-4   M40    8\n"
            "Lapin Laboratoriot Oy       2719644-5   M30    15\n"
            "Lapin Laboratoriot Oy       2719644-5   K10    4\n\n" + sig_fi("Antti Salminen"))
    m = mail(ANTTI, "Laskutus kahdelle", "Tue, 08 Dec 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Fixed-width text table with customer and Y-tunnus columns for two customers.",
                              "4-several",
                              [request(cust("30012"), [line(MF, "M40", "8")], [], MF),
                               request(cust("30010"), [line(MF, "M30", "15"), line(MF, "K10", "4")], [], MF)])


@case("pa13_sv_advice_xlsx")
def _pa13():
    o1, o2, o3 = se_ocr("2610618"), se_ocr("2610625"), se_ocr("2610632")
    rows = [["Betalningsspecifikation"], ["Betalare", "Rosendals Trädgårdar AB"], ["Betalningsdag", "2026-12-01"],
            [], ["Fakturanummer", "OCR", "Belopp"], ["2610618", o1, 9750], ["2610625", o2, 1180],
            ["2610632", o3, 640.5], ["Summa", None, 11570.5]]
    m = mail(SE_EKONOMI, "VB: Betalningsspecifikation Rosendals", "Tue, 01 Dec 2026 14:00:00 +0100",
             "Hej, kundens betalningsspecifikation bifogad.\n\nEkonomi\n",
             attachments=[xlsx("betalningsspecifikation.xlsx", [("Betalningar", rows, [])])])
    return m, expect_advice("A payment specification as an XLSX attachment (sum row is the total).", "8-advice",
                            {"name": "Rosendals Trädgårdar AB", "org_no": None}, "2026-12-01", "11570.50", "SEK",
                            [("2610618", o1, "9750"), ("2610625", o2, "1180"), ("2610632", o3, "640.50")])


@case("pa14_fi_advice_csv")
def _pa14():
    r1, v2 = rf("4501399"), fi_ref("45258")
    csv = ("Maksaja;Kiuruniemen kaupunki\r\nMaksupäivä;2.12.2026\r\n\r\nLaskunumero;Viite;Maksettu\r\n"
           f"4501399;{r1};1 820,00\r\n45258;{v2};312,50\r\nYhteensä;;2 132,50\r\n")
    m = mail(ANTTI, "Maksuilmoitus Kiuruniemi (csv)", "Wed, 02 Dec 2026 12:00:00 +0200",
             "Hei,\n\nasiakkaan maksuerittely liitteenä.\n\n" + sig_fi("Antti Salminen"), to=CENTRE_FI,
             attachments=[text_att("maksuerittely.csv", csv, "cp1252")])
    return m, expect_advice("A Finnish payment specification as a CSV attachment (Windows-1252).", "8-advice",
                            {"name": "Kiuruniemen kaupunki", "org_no": None}, "2026-12-02", "2132.50", "EUR",
                            [("4501399", r1, "1820.00"), ("45258", v2, "312.50")])


@case("pa15_en_remittance_discount_column")
def _pa15():
    r1, r2 = rf("4501405"), rf("4501412")
    body = ("Hi,\n\nremittance from Vaskiluodon Satama below.\n\nREMITTANCE ADVICE\nPayer: Vaskiluodon Satama Oy\n"
            "Value date: 3 December 2026\n\n"
            "Invoice    Reference        Invoice amount   Discount   Paid\n"
            f"4501405    {r1}     5,000.00         100.00     4,900.00\n"
            f"4501412    {r2}     1,250.00           0.00     1,250.00\n\n"
            "Total paid: EUR 6,150.00\n\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Fwd: Remittance advice Vaskiluoto", "Thu, 03 Dec 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A discount column: the paid column is the item amount.", "8-advice",
                            {"name": "Vaskiluodon Satama Oy", "org_no": None}, "2026-12-03", "6150.00", "EUR",
                            [("4501405", r1, "4900.00"), ("4501412", r2, "1250.00")])


@case("m12_sv_prose_customer_switch")
def _m12():
    body = ("Hej!\n\nTill Upplands Vattenvårdsförbund: 6 grundvattenprov (140). Till Östra Lerums kommun: "
            "en tillsynsavgift (520) och 3 timmar granskning (230).\n\nMvh\n" + sig_se("Emma Lind"))
    m = mail(EMMA, "Två kunder", "Fri, 04 Dec 2026 10:00:00 +0100", body)
    nd = ("description",)
    return m, expect_requests("Prose that switches customer mid-paragraph ('Till X: … Till Y: …').", "4-several",
                              [request(cust("20011"), [line(MS, "140", "6", skip=nd)], [], MS),
                               request(cust("20004"), [line(MS, "520", "1", skip=nd), line(MS, "230", "3", skip=nd)],
                                       [], MS)])
