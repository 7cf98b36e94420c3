"""Eighteenth held-out set (written blind), part C: the other kinds a centre gets in an ordinary month — payment
advices (forwarded text, a PDF maksuilmoitus, a bank CSV from a Finland-Swedish rescue department), a credit
request from a court, a Finnish out-of-office reply carrying a token, and an English thank-you with a question
about an issued invoice."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref
from tests.intake.cases.mailkit import expect_advice, expect_unknown, mail, pdf, text_att

from .defs_a import SIG_PEL, SIG_YO
from .kit18 import CENTRE_FI, OTHER, W, case, org
from .kit18 import LST as _LST


@case("m35_sv_lst_payment_advice_forwarded_text")
def _m35() -> Any:
    body = ("Hej,\n\nvidarebefordrar en betalningsavisering som kom till registratorn.\n\nRegistrator\n"
            "Länsstyrelsen i Västmark, org.nr " + org(_LST) + "\n\n"
            "-------- Vidarebefordrat meddelande --------\nFrån: Fjällbo Fastighets AB <fakturor@fjallbo.se>\n"
            "Datum: 2026-11-12 10:31\nÄmne: Betalningsavisering\n\nBETALNINGSAVISERING\n"
            "Betalare: Fjällbo Fastighets AB\nBetalningsdag: 2026-11-12\n\n"
            "Faktura   OCR        Belopp\n71044     7104405    8 200,00\n71102     7110207    1 450,00\n"
            "Totalt betalt:       9 650,00 SEK\n")
    m = mail(W["lst_reg"], "VB: Betalningsavisering", "Thu, 12 Nov 2026 11:02:00 +0100", body)
    return m, expect_advice("A payment advice forwarded by a county board's registry.", OTHER,
                            {"name": "Fjällbo Fastighets AB"}, "2026-11-12", "9650.00", "SEK",
                            [("71044", "7104405", "8200.00"), ("71102", "7110207", "1450.00")])


@case("m36_fi_yo_maksuilmoitus_pdf")
def _m36() -> Any:
    r1, r2 = fi_ref("90312"), fi_ref("90340")
    doc = ("<h1>MAKSUILMOITUS</h1><p>Maksaja: Savon Data Oy<br>Maksupäivä: 18.11.2026</p>"
           "<table><thead><tr><th>Laskun nro</th><th>Viitenumero</th><th>Maksettu €</th></tr></thead><tbody>"
           f"<tr><td>90312</td><td>{r1}</td><td class='num'>4 800,00</td></tr>"
           f"<tr><td>90340</td><td>{r2}</td><td class='num'>1 204,80</td></tr>"
           "<tr><td colspan='2'>Yhteensä</td><td class='num'>6 004,80</td></tr></tbody></table>")
    body = "Hei,\n\nSavon Datan maksuilmoitus liitteenä tiedoksi reskontraan.\n" + SIG_YO
    m = mail(W["yo"], "VL: Maksuilmoitus Savon Data", "Thu, 19 Nov 2026 08:30:00 +0200", body, to=CENTRE_FI,
             attachments=[pdf("maksuilmoitus_181126.pdf", doc)])
    return m, expect_advice("A Finnish maksuilmoitus as a PDF attachment.", OTHER, {"name": "Savon Data Oy"},
                            "2026-11-18", "6004.80", "EUR", [("90312", r1, "4800.00"), ("90340", r2, "1204.80")])


@case("m37_fisv_pel_payment_advice_bank_csv")
def _m37() -> Any:
    r1, r2 = fi_ref("30551"), fi_ref("30560")
    csv = ("Betalare;Betalningsdag;Faktura;Referens;Belopp\n"
           f"Närpes stad;20.11.2026;30551;{r1};495,00\nNärpes stad;20.11.2026;30560;{r2};880,00\n"
           "Summa;;;;1375,00\n")
    body = ("Hej,\n\nNärpes stad skickade sin betalningsspecifikation som fil, se bilaga.\n" + SIG_PEL)
    m = mail(W["pel"], "Betalningsspecifikation Närpes stad", "Mon, 23 Nov 2026 09:45:00 +0200", body,
             to=CENTRE_FI, attachments=[text_att("betalningar_narpes.csv", csv, "windows-1252")])
    return m, expect_advice("A payment specification as a Windows-1252 CSV with a sum row.", OTHER,
                            {"name": "Närpes stad"}, "2026-11-20", "1375.00", "EUR",
                            [("30551", r1, "495.00"), ("30560", r2, "880.00")])


@case("m38_sv_tr_credit_request")
def _m38() -> Any:
    body = ("Till ekonomiservice\n\nKreditera faktura 55012 (Elias Fors) i sin helhet. Kopiorna skulle enligt "
            "beslut i målet vara avgiftsfria för parten.\n\nNämndeby tingsrätt\nKansliet\n")
    m = mail(W["tr"], "Kreditering faktura 55012", "Tue, 24 Nov 2026 10:00:00 +0100", body)
    return m, expect_unknown("A credit request from a court: no new invoice.", OTHER)


@case("m39_fi_liitto_out_of_office_with_token")
def _m39() -> Any:
    body = ("Automaattinen vastaus\n\nOlen lomalla 30.11.2026 asti. Kiireellisissä laskutusasioissa ota "
            "yhteyttä Järvimaan liiton kirjaamoon, kirjaamo@jarvimaanliitto.fi.\n\nPäivi Rantanen\n\n"
            "> Kysymys [REQ-7QX3M]\n> 1. Määrä rivillä 1 (lines[0].quantity)\n")
    m = mail(W["liitto"], "Automaattinen vastaus: Täydennyspyyntö [REQ-7QX3M]", "Tue, 24 Nov 2026 08:00:00 +0200",
             body, to=CENTRE_FI, headers={"Auto-Submitted": "auto-replied",
                                          "In-Reply-To": "<REQ-7QX3M.1@palvelukeskus.fi>"})
    return m, expect_unknown("An out-of-office reply carrying a question token: unknown.", OTHER,
                             token_checked=False)


@case("m40_en_yo_thank_you_and_invoice_question")
def _m40() -> Any:
    body = ("Hi,\n\nThank you for handling our requests so quickly last week!\n\nOne question: invoice 90355 to "
            "Savon Data Oy shows VAT 25.5 % on the contract research. Is that right, or should it have been "
            "exempt? No need to change anything yet, just let me know.\n\nBest regards,\nHanna Kallio\n"
            "International Office, University of Pohjanranta\n")
    m = mail(W["yo_int"], "Thanks + a question on invoice 90355", "Mon, 30 Nov 2026 13:20:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_unknown("A thank-you with a question about an issued invoice: nothing to invoice.", OTHER)
