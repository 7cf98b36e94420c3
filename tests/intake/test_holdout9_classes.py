"""The classes the ninth blind set (tests/intake/cases_holdout9) found, each in other words than its case: a
payment told as "X paid invoice N", a dated "on maksanut <date>:" over a numbered list, misspelt English advice
labels ("Payment advise", "Invoce"); a currency declared once above bare prices ("Alla priser nedan i EUR");
a numbered list whose second customer is unknown to the register (its own block, never the first one's lines);
hidden XLSX columns (never the value) and a singular "Dag"/"Päivä" date column; a board officer's title before a
contact's name; two neighbouring days joined by "och"/"ja"; a label typed with one slip ("Antla", "Refernes");
hours and minutes billed "per started hour"; a bare count ending an item after "(code) –"."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from intake.extract.dates import find_dates
from intake.extract.lexicon import label_field
from intake.parse import parse_message
from tests.intake.cases.ids import fi_ref, se_ocr
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, MARIA, OLLE, SANNA, SARAH
from tests.intake.cases_holdout9.kit9 import REGISTRY, xlsx_real
from tests.intake.class_checks import items_of as _items
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str | None, to: str | None = None, date: str = "Tue, 01 Dec 2026 10:00:00 +0100",
           subject: str = "Fakturering", attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, date, body, to=to or CENTRE_SE, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def test_x_paid_invoice_n_is_an_advice():
    v = fi_ref("772301")
    body = ("FYI\n\nSarah\n\n---------- Forwarded message ---------\nFrom: Ekonomi <ekonomi@lapinluonto.fi>\n\n"
            f"Lapin Luontomatkailu Oy paid invoice 7723010 yesterday, reference {v}, EUR 1,068.00.\n")
    out = _parse(SARAH, body, CENTRE_FI, subject="Fwd: paid")
    assert out["kind"] == "payment_advice" and out["requests"] == []
    assert _items(out) == [("7723010", v, Decimal("1068.00"))]


def test_a_dated_paid_verb_over_a_numbered_list_is_an_advice():
    v1, v2 = fi_ref("772402"), fi_ref("772410")
    body = (f"Moi,\n\nKuopion Vesi Oy on maksanut 1.12.2026:\n\n1. lasku 772402, viite {v1}, 84,00 €\n"
            f"2. lasku 772410, viite {v2}, 1 260,00 €\n\nJuha\n")
    out = _parse(JUHA, body, CENTRE_FI, subject="Kuopion Vesi")
    assert out["kind"] == "payment_advice" and out["requests"] == []
    assert _items(out) == [("772402", v1, Decimal("84.00")), ("772410", v2, Decimal("1260.00"))]
    assert out["payment_advice"]["payment_date"] == "2026-12-01"


def test_misspelt_english_advice_labels_are_read():
    o = se_ocr("41050010")
    body = (f"Hi,\n\nPayment advise\nPayer: Sjöbo Vattenråd\nPaymnet date: 2026-12-01\n\nInvoce 4105001 OCR {o} "
            "SEK 9 600,00\n\n/Maria\n")
    out = _parse(MARIA, body, subject="FW: payment")
    assert out["kind"] == "payment_advice"
    assert _items(out) == [("4105001", o, Decimal("9600.00"))]
    assert out["payment_advice"]["payment_date"] == "2026-12-01"


def test_a_currency_declared_once_applies_to_bare_prices_under_it():
    body = ("Hej,\n\nAlla priser nedan i EUR.\n\nNordkap Analys AB:\n- 1010 provtagning, 3 st, 700,00 per st\n\n"
            "/Olle\n")
    out = _parse(OLLE, body)
    assert out["requests"][0]["currency"] == "EUR"
    assert _lines(out) == [("1010", Decimal("3"), Decimal("700.00"))]


def test_an_unknown_second_customer_in_a_numbered_list_gets_its_own_block():
    body = ("Hej,\n\n1. Sjöbo Vattenråd – 2 fältdagar (1500)\n2. Ekeby Gårdsförvaltning – 1 fältdag (1500)\n\n"
            "/Sanna\n")
    out = _parse(SANNA, body)
    assert len(out["requests"]) == 2
    assert _lines(out, 0) == [("1500", Decimal("2"), Decimal("9600.00"))]
    assert out["requests"][1]["customer"]["customer_number"] is None
    assert "customer.org_no" in out["requests"][1]["questions"]


def test_a_hidden_xlsx_column_is_never_the_value_and_a_dag_column_dates_the_row():
    rows = [["Kund", "Artikel", "Antal (utkast)", "Antal", "Dag"],
            ["Sjöbo Vattenråd", "1020", 7, 4, "02.12.2026"]]
    att = xlsx_real("dec.xlsx", rows, hidden=("C",))
    out = _parse(SANNA, "Hej,\nbifogat.\n/Sanna\n", attachments=[att])
    assert _lines(out) == [("1020", Decimal("4"), Decimal("980.00"))]
    assert out["requests"][0]["lines"][0]["period_start"] == "2026-12-02"


def test_a_board_officers_title_before_the_contact_is_not_the_reference():
    body = ("Hej,\n\nFakturera Sjöbo Vattenråd 1 rapport (3020).\nKontaktperson: kassör Sven Lind\n\n/Maria\n")
    assert _parse(MARIA, body)["requests"][0]["buyer_reference"] == "Sven Lind"


def test_two_neighbouring_days_joined_by_and_are_one_range():
    spans = find_dates("fältdagar den 9 och 10 december 2026", 2026, dt.date(2026, 12, 11))
    assert [(d.first, d.last) for d in spans] == [(dt.date(2026, 12, 9), dt.date(2026, 12, 10))]
    spans = find_dates("maastopäivät 9 ja 11 joulukuuta 2026", 2026, dt.date(2026, 12, 11))
    assert all(d.first == d.last for d in spans)    # two days apart: no range made up


def test_a_label_typed_with_one_slip_names_its_field():
    assert label_field("Antla") == "item_quantity"
    assert label_field("Refernes") == "buyer_reference"
    assert label_field("Fakturamottagre") == "customer_name"
    assert label_field("Tack") is None and label_field("Anna") is None
    body = "Hej\n\nKund: Sjöbo Vattenråd\nArtikel: 1020\nAntla: 5\nRefernes: Nils Holm\n\n/Sanna\n"
    out = _parse(SANNA, body)
    assert _lines(out) == [("1020", Decimal("5"), Decimal("980.00"))]
    assert out["requests"][0]["buyer_reference"] == "Nils Holm"


def test_hours_and_minutes_billed_per_started_hour_round_up_and_only_then():
    body = ("Hi,\n\nplease invoice Sjöbo Vattenråd: investigation hours (2010) 3 h 10 min, billed per started "
            "hour.\n\n/Olle\n")
    assert _lines(_parse(OLLE, body)) == [("2010", Decimal("4"), Decimal("1250.00"))]
    out = _parse(OLLE, body.replace(", billed per started hour", ""))
    assert _lines(out) == [("2010", None, Decimal("1250.00"))]
    assert "lines[0].quantity" in out["requests"][0]["questions"]


def test_a_bare_number_ending_an_item_after_its_code_and_a_dash_is_its_count():
    body = "Hi,\n\nSjöbo Vattenråd:\n* printed report (3020) – 6\n* field day (1500) – 0,5\n\n/Maria\n"
    assert _lines(_parse(MARIA, body)) == [("3020", Decimal("6"), Decimal("450.00")),
                                           ("1500", Decimal("0.5"), Decimal("9600.00"))]
