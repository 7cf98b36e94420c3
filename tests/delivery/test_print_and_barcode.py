"""Printed invoices read back from the PDF, and the Finnish virtual barcode against known examples."""
import datetime as dt
import io
import re
from decimal import Decimal as D

import pdfplumber
import pytest

from core.billing.delivery import barcode, printing
from core.kernel.errors import ValidationError
from tests.delivery.support import add_foreign_customers, credit, make


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    return re.sub(r"[\u00a0\u202f]", " ", text)


def test_swedish_invoice_pdf_shows_number_ocr_bankgiro_and_total(demo):
    inv = make(demo, customer="10002", lines=(("1010", "2", None, None), ("3010", "3", None, None)))
    text = _text(printing.render_pdf(demo, inv))
    assert "Faktura" in text and f"Fakturanummer {inv.number}" in text
    assert f"OCR-nummer {inv.reference}" in text and "Bankgiro 5050-1055" in text
    assert "Att betala 4 306,00 SEK" in text and inv.total == D("4306.00")
    assert "Förfallodag 2026-12-02" in text and "dröjsmålsränta" in text and "Godkänd för F-skatt" in text
    assert "6 %" in text and "25 %" in text


def test_finnish_invoice_pdf_in_finnish_with_virtual_barcode(demo):
    inv = make(demo, agency="VESI-FI", customer="20001", lines=(("V100", "3", None, None),))
    text = _text(printing.render_pdf(demo, inv))
    vbc = barcode.virtual_barcode("FI2112345600000785", inv.reference, inv.total, inv.due_date)
    assert "Lasku" in text and f"Laskun numero {inv.number}" in text
    assert "Maksettava 696,53 EUR" in text and "Eräpäivä 2.12.2026" in text
    assert vbc in text and vbc.startswith("4211234560000078500069653000")
    assert "FI21 1234 5600 0007 85" in text and "viivästyskorkoa" in text


def test_english_customer_gets_english_reverse_charge_invoice(demo):
    add_foreign_customers(demo)
    inv = make(demo, customer="30001", lines=(("1010", "1", None, "reverse_charge"),))
    text = _text(printing.render_pdf(demo, inv))
    assert "Invoice number" in text and "Reverse charge" in text and "DE811569869" in text
    assert "Amount due 1,150.00 SEK" in text


def test_credit_note_pdf_refers_to_the_original(demo):
    inv = make(demo, customer="10002")
    note = credit(demo, inv)
    text = _text(printing.render_pdf(demo, note))
    assert "Kreditfaktura" in text and f"Krediterar faktura {inv.number}" in text
    assert "Att återfå 2 875,00" in text and "-2 875,00" not in text  # issue #18: no "Att erhålla −2 875,00"


def test_reminder_and_interest_share_the_base(demo):
    inv = make(demo, customer="10002")
    html = printing.render_html(demo, inv, "reminder", {"fee": "60.00", "due_date": dt.date(2026, 12, 20)})
    assert "Betalningspåminnelse" in html and "Påminnelseavgift" in html and "2 935,00" in html.replace("\xa0", " ")
    assert "2026-12-20" in html
    interest = make(demo, customer="10004", lines=((None, "1", "312.40", "outside", "Dröjsmålsränta faktura 10001"),))
    interest.kind = "interest"
    assert "Räntefaktura" in printing.render_html(demo, interest)


def test_virtual_barcode_version_4_spec_example():
    # Finanssiala, Pankkiviivakoodi-opas, version 4 example
    assert barcode.virtual_barcode("FI79 4405 2020 0360 82", "86851 62596 19897", D("4883.15"),
                                   dt.date(2010, 6, 12)) == "479440520200360820048831500000000868516259619897100612"
    assert barcode.virtual_barcode("FI37 1590 3000 0007 76", "11112", D("12.25"), dt.date(2016, 12, 21)) == \
        "437159030000007760000122500000000000000000011112161221"
    assert barcode.virtual_barcode("FI37 1590 3000 0007 76", "11112", None, None) == \
        "437159030000007760000000000000000000000000011112000000"


def test_virtual_barcode_version_5_rf_reference():
    assert barcode.virtual_barcode("FI37 1590 3000 0007 76", "RF98 1111 2", D("1.10"), dt.date(2017, 1, 1)) == \
        "537159030000007760000011098000000000000000011112170101"


def test_virtual_barcode_refuses_bad_input():
    with pytest.raises(ValidationError):
        barcode.virtual_barcode("SE4550000000058398257466", "11112", D("1"), None)
    with pytest.raises(ValidationError):
        barcode.virtual_barcode("FI37 1590 3000 0007 76", "11113", D("1"), None)
    assert barcode.virtual_barcode("FI37 1590 3000 0007 76", "11112", D("1000000.00"), None)[17:25] == "00000000"


def test_code128c_symbol_has_check_digit_and_54_digits():
    vbc = "479440520200360820048831500000000868516259619897100612"
    values = barcode.code128c_values(vbc)
    assert values[0] == 105 and values[-1] == 106 and len(values) == 27 + 3
    assert values[-2] == (105 + sum(i * v for i, v in enumerate(values[1:-2], start=1))) % 103
    svg = barcode.code128c_svg(vbc)
    assert svg.startswith("<svg") and svg.count("<rect") == 3 * 29 + 4  # start + 27 pairs + check, stop has 4 bars
