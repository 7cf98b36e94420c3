"""Payment advices as banks, ERP systems and people write them: bilingual tables, items written in words, RF
references with odd spacing, partial payments, credit notes, batch ids, an advice inside an attached message."""
from __future__ import annotations

import email.policy
import json
from email.message import EmailMessage
from pathlib import Path

from intake.extract.payment_rows import reference
from intake.parse import parse_message
from tests.support.mail import HYDRO, VESI, make_mail

REGISTRY = json.loads((Path(__file__).parent / "fixtures" / "pipeline" / "registry.json").read_text("utf-8"))


def _advice(raw: bytes) -> dict:
    out = json.loads(json.dumps(parse_message(raw, REGISTRY), default=str))
    assert out["kind"] == "payment_advice" and out["requests"] == [], out["kind"]
    return out["payment_advice"]


def _items(adv: dict) -> list[tuple]:
    return [(i["invoice_number"], i["reference"], i["amount"]) for i in adv["items"]]


BILINGUAL = """Betalningsavisering / Maksuilmoitus

Betalare / Maksaja: Rakennus Pohjola Oy
Betalningsdag / Maksupäivä: 10.11.2026
Batch-id: 20261110-000123

Faktura / Lasku | Referens / Viite | Fakturabelopp / Laskun summa | Betalt / Maksettu
200123 | RF18 5390 0754 7034 | 1 250,00 | 1 000,00
200124 | RF71 2345 6789 | 500,00 | 500,00
Kreditnota 17 | 1 2344 | 100,00 | 100,00
Summa / Yhteensä | | | 1 400,00
"""


def test_bilingual_table_takes_the_paid_column_and_negates_the_credit_note():
    adv = _advice(make_mail(BILINGUAL, sender=VESI, subject="VL: maksuilmoitus"))
    assert adv["payer"]["name"] == "Rakennus Pohjola Oy" and adv["payment_date"] == "2026-11-10"
    assert adv["total"] == "1400.00" and adv["currency"] == "EUR"
    assert _items(adv) == [("200123", "RF18539007547034", "1000.00"), ("200124", "RF7123456789", "500.00"),
                           ("17", "12344", "-100.00")]


def test_items_written_in_words_with_spaced_references_and_an_unlabelled_total():
    text = """Hej,

bifogar avisering.

BETALNINGSAVISERING
Avsändare: Storsjö kommun, 212000-2783
Betalningsdatum 2026-11-05
Betalningsuppdrag: 4471-2026-118

Faktura 2610557, OCR 261 055 77, belopp 12 400,00 kr
Lasku 4501344  viite RF60 450 1344  2 418,00 €
Kreditfaktura 2610391            1 050,00
Totalt utbetalt               13 768,00 SEK
"""
    adv = _advice(make_mail(text, subject="Avisering"))
    assert adv["payer"] == {"name": "Storsjö kommun", "org_no": "212000-2783"}
    assert adv["payment_date"] == "2026-11-05" and adv["total"] == "13768.00"
    assert _items(adv) == [("2610557", "26105577", "12400.00"), ("4501344", "RF604501344", "2418.00"),
                           ("2610391", None, "-1050.00")]
    # the payer's batch id is no reference of any item
    assert all("4471" not in (i["reference"] or "") for i in adv["items"])


def test_finnish_maksuilmoitus_inside_an_attached_message():
    inner = EmailMessage(policy=email.policy.SMTP)
    inner["From"], inner["To"] = "ostoreskontra@lapinlab.fi", "laskutus@vesitalouskeskus.fi"
    inner["Subject"], inner["Date"] = "Maksuilmoitus", "Mon, 09 Nov 2026 08:00:00 +0200"
    inner.set_content("Hyvä vastaanottaja,\n\nMAKSUILMOITUS\nMaksaja: Lapin Laboratoriot Oy (Y-tunnus 2765431-1)\n"
                      "Maksettu: 9.11.2026\n\nLasku    Viite      Summa\n45127    451277    2 976,00\n"
                      "45134    451345      432,00\n\nYhteensä 3 408,00 EUR\n")
    outer = EmailMessage(policy=email.policy.SMTP)
    outer["From"], outer["To"] = VESI, "myyntilaskutus@palvelukeskus.fi"
    outer["Subject"], outer["Date"] = "VL: Maksuilmoitus", "Mon, 09 Nov 2026 10:00:00 +0200"
    outer.set_content("Asiakkaan maksuilmoitus liitteenä, kohdistakaa maksut.\n")
    outer.add_attachment(inner)
    adv = _advice(outer.as_bytes())
    assert adv["payer"] == {"name": "Lapin Laboratoriot Oy", "org_no": "2765431-1"}
    assert (adv["payment_date"], adv["total"]) == ("2026-11-09", "3408.00")
    assert _items(adv) == [("45127", "451277", "2976.00"), ("45134", "451345", "432.00")]


def test_system_generated_nested_html_advice():
    html = ("<table><tr><td><table><tr><td><b>REMITTANCE ADVICE</b></td></tr>"
            "<tr><td>Payer: Byggbolaget i Norr AB Org. no 556712-4085</td></tr>"
            "<tr><td>Payment date: 2 November 2026</td></tr></table></td></tr>"
            "<tr><td><table><tr><th>Invoice no.</th><th>Payment reference</th><th>Invoice amount</th>"
            "<th>Amount paid</th></tr><tr><td>2610502</td><td>RF45 2610 502</td><td>18,250.00</td>"
            "<td>18,000.00</td></tr><tr><td>Total paid</td><td>18,000.00</td></tr></table></td></tr></table>")
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"], msg["To"] = HYDRO, "kundfaktura@servicecentret.se"
    msg["Subject"], msg["Date"] = "Fwd: Remittance", "Mon, 16 Nov 2026 09:00:00 +0100"
    msg.set_content(html, subtype="html")
    adv = _advice(msg.as_bytes())
    assert adv["payer"] == {"name": "Byggbolaget i Norr AB", "org_no": "556712-4085"}
    assert adv["payment_date"] == "2026-11-02" and adv["total"] == "18000.00"
    assert _items(adv) == [("2610502", "RF452610502", "18000.00")]


def test_references_are_normalised_and_rf_check_digits_hold():
    assert reference("rf18 5390 0754 7034") == "RF18539007547034"
    assert reference("RF19 5390 0754 7034") is None       # wrong check digits: no identifier
    assert reference("700 12345") == "70012345"
    assert reference("Batch 2026") is None


def test_advice_that_also_asks_to_invoice_is_marked_uncertain():
    raw = make_mail("Hej, fakturera även resten enligt tidigare.\n\n" + BILINGUAL, subject="Betalningsavisering")
    out = json.loads(json.dumps(parse_message(raw, REGISTRY), default=str))
    assert out["kind"] == "payment_advice" and out["kind_uncertain"] is True


def test_advice_items_in_a_csv_bank_export():
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"], msg["To"] = HYDRO, "kundfaktura@servicecentret.se"
    msg["Subject"], msg["Date"] = "VB: Betalningsavisering Storsjö kommun", "Mon, 16 Nov 2026 09:00:00 +0100"
    msg.set_content("Hej, betalningsavisering från Storsjö kommun bifogas.\n\n/Maria\n")
    csv = ("Fakturanummer;OCR;Fakturabelopp;Betalt belopp;Transaktions-id\n"
           "2610557;26105577;12 400,00;12 000,00;TX-99812\n2610564;26105643;3 380,00;3 380,00;TX-99813\n"
           "Summa;;;15 380,00;\n").encode("cp1252")
    msg.add_attachment(csv, maintype="text", subtype="csv", filename="betalningar.csv")
    adv = _advice(msg.as_bytes())
    assert adv["total"] == "15380.00"
    assert _items(adv) == [("2610557", "26105577", "12000.00"), ("2610564", "26105643", "3380.00")]


def test_ocr_only_table_and_a_deducted_credit_note_line():
    text = ("REMITTANCE ADVICE\nPayer: Nordkust Logistik AB\nValue date: 12 Nov 2026\n\n"
            "OCR-nummer          Belopp\n2610 7013           4 500,00\n2610 7186           1 250,00\n"
            "Less credit note 2610600   -300,00\nSumma               5 450,00\n")
    adv = _advice(make_mail(text, subject="Fwd: remittance"))
    assert adv["total"] == "5450.00" and adv["payment_date"] == "2026-11-12"
    assert _items(adv) == [(None, "26107013", "4500.00"), (None, "26107186", "1250.00"),
                           ("2610600", None, "-300.00")]


def test_no_break_space_thousands_in_a_fixed_width_table():
    text = ("BETALNINGSAVISERING\nBetalare: Ekmans AB\nBetalningsdag: 2026-11-22\n\n"
            "Faktura   OCR           Fakturabelopp      Betalt\n"
            "2614948   26149484          20\u00a0947,33   20\u00a0780,33\n\nSumma: 20\u00a0780,33 SEK\n")
    adv = _advice(make_mail(text, subject="Betalningsavisering"))
    assert _items(adv) == [("2614948", "26149484", "20780.33")] and adv["total"] == "20780.33"
