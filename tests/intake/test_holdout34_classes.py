"""The classes the 34th blind set (tests/intake/cases_holdout34) found, each in other words than its case: a table's
article column holding register codes of a shape the cell pattern did not know — a digit right after letters
("ARS1", "UB3"), letters of the local alphabet ("ÅK1", "SÄK"), letters only ("LU-M", "BUS") — lost the article,
and with it the register's price and VAT rate (money-critical: a 0 % fee invoiced with the default 25 %); an article
cell nothing was read from holds the line; count columns headed by whom they count or in short; a "what" column as
the text and a lump sum in the count column as one; "en" before a participle and the noun as one; a house number
after its street word as no count."""
from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, text_att
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY as _BASE
from tests.intake.class_checks import lines_of as _lines

REGISTRY: dict[str, Any] = copy.deepcopy(_BASE)
REGISTRY["articles"] += [
    {"agency": "GEO-SE", "code": "AVG1", "name": "Tillsynsavgift, helår", "unit": "st", "unit_price": "5000.00",
     "vat_rate": "0"},
    {"agency": "GEO-SE", "code": "ÖK2", "name": "Kartutdrag", "unit": "st", "unit_price": "300.00", "vat_rate": "6"},
    {"agency": "GEO-SE", "code": "RES", "name": "Resetillägg", "unit": "st", "unit_price": "800.00", "vat_rate": "0"},
    {"agency": "YTL-FI", "code": "TK-A", "name": "Todistuskopio", "unit": "kpl", "unit_price": "120.00",
     "vat_rate": "0"},
]


def _parse(frm: str, body: str, to: str = CENTRE_SE, html: str | None = None,
           attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, html=html, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _vat(out: dict) -> list[str]:
    return [str(Decimal(str(ln["vat_rate"])).normalize()) for ln in out["requests"][0]["lines"]]


# --- register codes of an unusual shape in the article column (w05 money-critical, w06, w09, w12, w24, w25) -------

def test_a_csv_article_column_of_letter_digit_and_local_letter_codes_reads_the_register_articles():
    csv = ("Kund;Org.nr;Art;Text;Antal\nSjöbo Vattenråd;802477-3155;AVG1;Tillsynsavgift 2027;1\n"
           "Sjöbo Vattenråd;802477-3155;ÖK2;Kartutdrag över fastigheten;2\n")
    out = _parse(OLLE, "Hej,\n\nbifogar underlaget för fakturering.\n\n/Olle\n",
                 attachments=[text_att("avgifter.csv", csv)])
    assert _lines(out) == [("AVG1", Decimal(1), Decimal("5000.00")), ("ÖK2", Decimal(2), Decimal("300.00"))]
    assert _vat(out) == ["0", "6"]
    assert out["requests"][0]["questions"] == []


def test_an_html_table_of_word_codes_reads_the_register_articles():
    html = ("<p>Hi,</p><p>please invoice Nordkap Analys AB (org. no 559233-1705):</p><table><tr><th>Item</th>"
            "<th>Description</th><th>Qty</th></tr><tr><td>RES</td><td>Travel supplement, Kiruna</td><td>2</td>"
            "</tr></table><p>Sanna</p>")
    out = _parse(SANNA, "", html=html)
    assert _lines(out) == [("RES", Decimal(2), Decimal("800.00"))]
    assert _vat(out) == ["0"]
    assert out["requests"][0]["questions"] == []


def test_a_finnish_tab_separated_list_of_hyphenated_letter_codes_reads_the_register_article():
    tsv = "asiakas\ty-tunnus\ttuote\tselite\tkpl\nKuopion Vesi Oy\t2405518-8\ttk-a\tTodistuskopio, 3 kpl\t3\n"
    out = _parse(JUHA, "Hei,\n\nliitteenä laskutettavat.\n\nt. Juha\n", to=CENTRE_FI,
                 attachments=[text_att("laskutus.tsv", tsv, subtype="tab-separated-values")])
    assert _lines(out) == [("TK-A", Decimal(3), Decimal("120.00"))]
    assert _vat(out) == ["0"]


@pytest.mark.parametrize("cell", ["Avgift", "X-9"])
def test_a_word_in_the_article_column_that_is_no_register_code_reads_no_article(cell):
    csv = f"Kund;Org.nr;Art;Text;Antal;Pris\nSjöbo Vattenråd;802477-3155;{cell};Tillsyn;1;5 000,00\n"
    out = _parse(OLLE, "Hej,\n\nbifogar underlaget.\n\n/Olle\n", attachments=[text_att("a.csv", csv)])
    assert _lines(out)[0][0] is None


@pytest.mark.parametrize("cell", ["Avgift", "X-9", "ÅR-B2"])
def test_a_value_in_the_article_column_that_gave_no_article_holds_the_line(cell):
    """The net beneath the reading: an article cell nothing was read from (the line's VAT would be the default)."""
    csv = f"Kund;Org.nr;Art;Text;Antal;Pris\nSjöbo Vattenråd;802477-3155;{cell};Tillsyn;1;5 000,00\n"
    out = _parse(OLLE, "Hej,\n\nbifogar underlaget.\n\n/Olle\n", attachments=[text_att("a.csv", csv)])
    assert "unread" in {f["code"] for f in out["requests"][0]["review"]}


# --- a count column headed by whom or what it counts, or abbreviated (w18 "Kk", w19 "Henkilöä", w36 "Hlö") --------

_COUNT_HEADERS = [
    (OLLE, CENTRE_SE, "Kund;Org.nr;Artikel;Personer\nSjöbo Vattenråd;802477-3155;AVG1;3\n", "AVG1", 3),
    (SANNA, CENTRE_SE, "Customer;Org no;Item;Persons\nNordkap Analys AB;559233-1705;RES;4\n", "RES", 4),
    (JUHA, CENTRE_FI, "Asiakas;Y-tunnus;Tuote;Hlöä\nKuopion Vesi Oy;2405518-8;TK-A;2\n", "TK-A", 2),
    (OLLE, CENTRE_SE, "Kund;Org.nr;Artikel;Mån\nSjöbo Vattenråd;802477-3155;AVG1;6\n", "AVG1", 6),
    (JUHA, CENTRE_FI, "Asiakas;Y-tunnus;Tuote;Kk\nKuopion Vesi Oy;2405518-8;TK-A;12\n", "TK-A", 12),
]


@pytest.mark.parametrize(("frm", "to", "csv", "article", "count"), _COUNT_HEADERS)
def test_a_column_counting_persons_or_months_in_short_is_the_quantity(frm, to, csv, article, count):
    out = _parse(frm, "Hej,\n\nbifogar underlaget.\n\n/O\n", to=to, attachments=[text_att("lista.csv", csv)])
    assert [ln[:2] for ln in _lines(out)] == [(article, Decimal(count))]
    assert out["requests"][0]["questions"] == []


# --- the column asking "what" is the line's text; a lump-sum word in the count column is one (w25) ---------------

_WHAT_AND_LUMP = [
    (OLLE, CENTRE_SE, ("Art", "Vad avser", "Antal", "Pris"), "Tillsyn av brunnar, vår", "klumpsumma",
     "4 000,00 kr"),
    (JUHA, CENTRE_FI, ("Tuote", "Mitä", "Määrä", "Hinta"), "Todistusten kopiointi", "kiinteä hinta", "500,00 €"),
    (SANNA, CENTRE_SE, ("Item", "What", "Qty", "Price"), "Travel to the Kiruna site", "fixed fee", "SEK 2,500.00"),
]


@pytest.mark.parametrize(("frm", "to", "heads", "text", "qty_cell", "price_cell"), _WHAT_AND_LUMP)
def test_a_what_column_is_the_text_and_a_lump_sum_in_the_count_column_is_one(frm, to, heads, text, qty_cell,
                                                                               price_cell):
    article = {OLLE: "AVG1", JUHA: "TK-A", SANNA: "RES"}[frm]
    cust = {OLLE: "Sjöbo Vattenråd (802477-3155)", JUHA: "Kuopion Vesi Oy (2405518-8)",
            SANNA: "Nordkap Analys AB (559233-1705)"}[frm]
    cells = "".join(f"<th>{h}</th>" for h in heads)
    row = "".join(f"<td>{c}</td>" for c in (article, text, qty_cell, price_cell))
    html = f"<p>Hej,</p><p>{cust}:</p><table><tr>{cells}</tr><tr>{row}</tr></table><p>/x</p>"
    out = _parse(frm, "", to=to, html=html)
    line = out["requests"][0]["lines"][0]
    assert (line["article"], line["description"]) == (article, text)
    assert Decimal(str(line["quantity"])) == 1
    assert "lines[0].quantity" not in out["requests"][0]["questions"]


# --- "en"/"ett" before a participle and the item's noun is one (w37 "en skräddarsydd kurs (UB9)") -----------------

@pytest.mark.parametrize(("sentence", "article"), [
    ("Sjöbo Vattenråd (802477-3155) fick en skräddarsydd tillsyn (AVG1) den 4 maj 2026.", "AVG1"),
    ("Sjöbo Vattenråd (802477-3155) har beställt ett förlängt kartutdrag (ÖK2) den 4 maj 2026.", "ÖK2"),
    ("Till Sjöbo Vattenråd (802477-3155) skickades en beställd kartbild, ÖK2, den 4 maj 2026.", "ÖK2"),
])
def test_one_before_a_participle_and_the_items_noun_is_one(sentence, article):
    out = _parse(OLLE, f"Hej,\n\nvänligen fakturera: {sentence}\n\n/Olle\n")
    assert [ln[:2] for ln in _lines(out)] == [(article, Decimal(1))]
    assert "lines[0].quantity" not in out["requests"][0]["questions"]


# --- a street's number after its street word is no count, without a postal code too (w17 "Rantakatu 11 A 4") -----

@pytest.mark.parametrize(("frm", "to", "sentence", "article"), [
    (JUHA, CENTRE_FI, "Yksityishenkilö Liisa Koski, Rantakatu 11 A 4, Porvoo, tilasi yhden todistuskopion (TK-A) "
                      "3.6.2027.", "TK-A"),
    (OLLE, CENTRE_SE, "Privatpersonen Anna Berg, Storgatan 12 B, Lund, beställde ett kartutdrag (ÖK2) den 3 juni "
                      "2026.", "ÖK2"),
    (SANNA, CENTRE_SE, "The private customer Tom Hale, Harbour Street 7, Kiruna, ordered one travel supplement (RES) "
                       "on 3 June 2026.", "RES"),
])
def test_a_house_number_after_its_street_word_is_no_count(frm, to, sentence, article):
    out = _parse(frm, f"Hej,\n\n{sentence}\n\n/x\n", to=to)
    assert [ln[:2] for ln in _lines(out)] == [(article, Decimal(1))]
