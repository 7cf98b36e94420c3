"""Twenty-first held-out set (written blind), part C: other kinds — payment advices (one forwarded, one in a
PDF), a credit request, an auto-reply, a request withdrawn in the same thread and a question about an invoice."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_unknown, mail, pdf

from .defs_a import SIG_KULTUR, SIG_LIIK, SIG_POLIS, SIG_RUOKA, SIG_TRAFIK, _fi, _se
from .kit21 import OTHER, W, case


@case("o35_sv_trafik_payment_advice_forwarded")
def _o35() -> Any:
    r1, r2 = se_ocr("2026110412"), se_ocr("2026110488")
    body = ("Hej,\n\nvidarebefordrar betalningsavisering från Region Norrdal.\n" + SIG_TRAFIK +
            "\n---------- Vidarebefordrat meddelande ----------\nFrån: Region Norrdal Ekonomi "
            "<utbetalningar@regionnorrdal.se>\nÄmne: Betalningsavisering\n\nBETALNINGSAVISERING\n"
            "Betalare: Region Norrdal\nBetalningsdag: 2026-12-02\n\nFakturanr   OCR            Belopp\n"
            f"71120       {r1}    12 480,00\n71145       {r2}     3 900,00\n\nSumma betalt: 16 380,00 SEK\n")
    m = _se("trafik", "VB: Betalningsavisering Region Norrdal", "Thu, 03 Dec 2026 08:20:00", body)
    return m, expect_advice("A forwarded Swedish payment advice with OCR references.", OTHER,
                            {"name": "Region Norrdal"}, "2026-12-02", "16380.00", "SEK",
                            [("71120", r1, "12480.00"), ("71145", r2, "3900.00")])


@case("o36_fi_liik_credit_request")
def _o36() -> Any:
    body = ("Hei,\n\nhyvittäkää lasku 90417 (Koskelan Palloseura ry) kokonaan: lokakuun salivuorot peruttiin "
            "hallin vesivahingon vuoksi. Uutta laskua ei tehdä.\n" + SIG_LIIK)
    m = _fi("liik", "Hyvityspyyntö lasku 90417", "Wed, 02 Dec 2026 14:45:00", body)
    return m, expect_unknown("A credit request: no new invoice.", OTHER)


@case("o37_sv_miljo_auto_reply")
def _o37() -> Any:
    body = ("Automatiskt svar: Jag är på tjänsteresa till och med 11 december och läser inte e-post. Brådskande "
            "ärenden: miljokontoret@alvdal.se.\n\nSara Nyberg\n")
    m = mail(W["miljo"], "Automatiskt svar: Fråga om fakturaunderlag [REQ-7HQ2M]", "Mon, 07 Dec 2026 07:12:00 +0100",
             body, headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-7HQ2M.1@servicecentret.se>"})
    return m, expect_unknown("An out-of-office reply carrying a question token: unknown.", OTHER,
                             token_checked=False)


@case("o38_fisv_kultur_request_withdrawn")
def _o38() -> Any:
    body = ("Hej igen,\n\nglöm min begäran nedan – Kustens Folkhögskola betalade kursavgifterna direkt i kassan, "
            "så ingen faktura ska skickas.\n\nMaria\n\nFrån: Maria Öhman\nSkickat: den 1 december 2026 10:12\n"
            "Till: Myyntilaskutus\nÄmne: Kursavgift akvarell\n\nHej, fakturera Kustens Folkhögskola Ab för KU20, "
            "9 deltagare, kurs i akvarell oktober 2026.\n" + SIG_KULTUR)
    m = _fi("kultur", "SV: Kursavgift akvarell", "Wed, 02 Dec 2026 09:05:00", body)
    return m, expect_unknown("A request withdrawn in the same thread: the quoted request is history.", OTHER)


@case("o39_sv_polis_question_about_invoice")
def _o39() -> Any:
    body = ("Hej,\n\nNorrdals Dansklubb har hört av sig om faktura 2026-4471 (tillstånd PT10). De undrar varför "
            "förfallodagen är 10 dagar och inte 30. Kan ni titta på det och återkomma?\n" + SIG_POLIS)
    m = _se("polis", "Fråga om faktura 2026-4471", "Fri, 04 Dec 2026 13:00:00", body)
    return m, expect_unknown("A question about an issued invoice: nothing to invoice.", OTHER)


@case("o40_fi_ruoka_maksuilmoitus_pdf")
def _o40() -> Any:
    r1, r2 = fi_ref("55012"), fi_ref("55078")
    doc = ("<h1>MAKSUILMOITUS</h1><p>Maksaja: Ravintola Sataman Helmi Oy<br>Maksupäivä 30.11.2026</p><table><thead>"
           "<tr><th>Lasku</th><th>Viite</th><th>Summa €</th></tr></thead><tbody>"
           f"<tr><td>55012</td><td>{r1}</td><td class='num'>216,50</td></tr>"
           f"<tr><td>55078</td><td>{r2}</td><td class='num'>224,00</td></tr>"
           "<tr><td colspan='2'>Yhteensä</td><td class='num'>440,50</td></tr></tbody></table>")
    m = _fi("ruoka", "VL: Maksuilmoitus Sataman Helmi", "Tue, 01 Dec 2026 09:50:00",
            "Hei,\n\nvälitän asiakkaan maksuilmoituksen (liite).\n" + SIG_RUOKA,
            attachments=[pdf("maksuilmoitus.pdf", doc)])
    return m, expect_advice("A Finnish payment advice in a PDF, forwarded by the agency.", OTHER,
                            {"name": "Ravintola Sataman Helmi Oy"}, "2026-11-30", "440.50", "EUR",
                            [("55012", r1, "216.50"), ("55078", r2, "224.00")])
