"""Twenty-sixth held-out set (written blind), part D: other kinds from the same systems — a customer's payment
specification exported from its bank (CSV, forwarded) and a remittance advice XLSX, a credit request sent through
a web form, and automatic system notifications that ask for nothing (a cancelled booking, a new case registered,
an ERP run with no rows)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import rf, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_unknown, text_att, xlsx

from .kit26 import OTHER, SIG_HAMN, SIG_TEST, case, cust, fi, se

OCR1, OCR2, OCR3 = se_ocr("2604551"), se_ocr("2604717"), se_ocr("2603905")
RF1, RF2 = rf("20261187"), rf("20261203")


@case("j35_sv_hamn_payment_specification_csv")
def _j35() -> Any:
    csv = ("Betalningsspecifikation;;;;\n"
           "Betalare;Västerviks Rederi AB;Org.nr;" + cust("L-7002")["org_no"] + ";\n"
           "Betalningsdag;2026-11-30;;;\nMottagare;Västervikens Hamn AB, bankgiro 5181-9024;;;\n;;;;\n"
           "Typ;Fakturanr;OCR;Belopp;Valuta\n"
           f"Faktura;260455;{OCR1};11 600,00;SEK\nFaktura;260471;{OCR2};2 900,00;SEK\n"
           f"Kreditnota;260390;{OCR3};-1 450,00;SEK\n;;Summa;13 050,00;SEK\n")
    m = se("hamn", "VB: Betalningsspecifikation Västerviks Rederi", "Tue, 01 Dec 2026 08:50:00",
           "Hej,\n\nVästerviks Rederi har skickat sin betalningsspecifikation för gårdagens betalning, bifogas för "
           "avprickning.\n" + SIG_HAMN, attachments=[text_att("betspec_20261130.csv", csv, "windows-1252")])
    return m, expect_advice("A customer's payment specification exported as CSV (Windows-1252) and forwarded; "
                            "a credit note deducted.", OTHER,
                            {"name": "Västerviks Rederi AB", "org_no": cust("L-7002")["org_no"]}, "2026-11-30",
                            "13050.00", "SEK", [("260455", OCR1, "11600.00"), ("260471", OCR2, "2900.00"),
                                                ("260390", OCR3, "-1450.00")])


@case("j36_fi_loma_webform_credit_request")
def _j36() -> Any:
    body = ("Uusi lomakevastaus: Hyvityspyyntö\n\nAsiakas: Rakennus Kivijärvi Oy\nY-tunnus: "
            + cust("L-8002")["org_no"] + "\nLaskun numero: 26-004417\nLaskun päiväys: 12.11.2026\n"
            "Hyvitettävä summa: 210,00 €\nSyy: Kaivuulupahakemus peruttu ennen käsittelyä, lupaa ei myönnetty.\n"
            "Uusi lasku tilalle: Ei\nLisätiedot: \n\nKäsittelijä: Jari Heikkinen – hyväksytty, hyvittäkää lasku.\n")
    m = fi("lomake", "Lomakevastaus: Hyvityspyyntö", "Thu, 03 Dec 2026 13:33:00", body)
    return m, expect_unknown("A credit request sent through a web form ('hyvittäkää lasku', no new invoice): no "
                             "requests; any credit kind of the product's own scores as unknown.", OTHER)


@case("j37_fi_tila_varaamo_cancellation_notice")
def _j37() -> Any:
    body = ("Varaus on peruttu.\n\nVarausnumero: V-2026-1231\nVaraaja: Harjulan Kuoro ry\nTila: Konserttisali\n"
            "Tuotekoodi: TV10\nPäivämäärä: 12.12.2026\nAika: 18.00–21.00\nHinta: 120,00 €/h\n"
            "Peruutus tehty: 01.12.2026 (maksuton peruutus, yli 14 vrk ennen)\nLaskutetaan: Ei\n\n--\n"
            "Varaamo | Harjulan kaupunki\nTähän viestiin ei voi vastata.\n")
    m = fi("varaamo", "Varaus V-2026-1231 peruttu", "Tue, 01 Dec 2026 19:02:44", body,
           headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Varaamo Notifier 4.2"})
    return m, expect_unknown("An automatic booking-cancelled notification ('Laskutetaan: Ei'): nothing to "
                             "invoice.", OTHER)


@case("j38_sv_bygg_castor_new_case_registered")
def _j38() -> Any:
    html = ("<html><body><table width='100%' bgcolor='#003b5c'><tr><td><font color='white'><b>Castor</b> "
            "ärendehantering – Lövsta kommun</font></td></tr></table><p><b>Nytt ärende registrerat</b></p>"
            "<table cellpadding='2'><tr><td>Ärende</td><td>BN 2026-000433</td></tr><tr><td>Ärendetyp</td>"
            "<td>Bygglov enbostadshus</td></tr><tr><td>Sökande</td><td>Lövsta Bostäder AB</td></tr>"
            "<tr><td>Handläggare</td><td>Karin Wall</td></tr><tr><td>Status</td><td>Inkommen, ej komplett</td></tr>"
            "</table><p>Avgift debiteras när beslut har fattats.</p><p style='font-size:9px'>Skickat från Castor – "
            "går inte att svara på.</p></body></html>")
    m = se("castor", "Castor: Nytt ärende BN 2026-000433", "Fri, 04 Dec 2026 07:00:31", None, html=html)
    return m, expect_unknown("A case-management notification of a newly registered case; the fee comes later.",
                             OTHER)


@case("j39_en_test_remittance_advice_xlsx")
def _j39() -> Any:
    rows: list[Any] = [["REMITTANCE ADVICE"], ["Payer", "Arctic Alloys AB"],
                       ["Org.nr", cust("L-8010")["org_no"]], ["Payment date", "01.12.2026"], ["Currency", "EUR"], [],
                       ["Invoice no", "Reference", "Invoice date", "Amount"],
                       ["2026-1187", RF1, "02.11.2026", 1254.00], ["2026-1203", RF2, "09.11.2026", 376.50],
                       ["Total", None, None, 1630.50]]
    m = fi("test", "Fwd: Remittance advice Arctic Alloys 2026-12-01", "Wed, 02 Dec 2026 09:00:00",
           "Hi,\n\nforwarding Arctic Alloys' remittance advice for your records.\n" + SIG_TEST,
           attachments=[xlsx("remittance_20261201.xlsx", [("Advice", rows, [])])])
    return m, expect_advice("A customer's remittance advice as XLSX, forwarded; RF references.", OTHER,
                            {"name": "Arctic Alloys AB", "org_no": cust("L-8010")["org_no"]}, "2026-12-01",
                            "1630.50", "EUR", [("2026-1187", RF1, "1254.00"), ("2026-1203", RF2, "376.50")])


@case("j40_fisv_bild_erp_run_no_rows")
def _j40() -> Any:
    body = ("Körningen FU-BILD-MÅN (Faktureringsunderlag, Bildningsavdelningen) är klar.\n\nPeriod: 2026-12\n"
            "Startad av: schemalagt jobb\nAntal rader: 0\nSumma: 0,00 €\n\nInga rader att överföra till "
            "servicecentret för perioden. Ingen åtgärd behövs.\n\nEkonomisystemet / Korsnäsvik kommun\n")
    m = fi("eko", "Faktureringsunderlag 12/2026: inga rader", "Mon, 07 Dec 2026 05:00:02", body,
           headers={"Auto-Submitted": "auto-generated"})
    return m, expect_unknown("An ERP run notification with zero rows: nothing to invoice.", OTHER)
