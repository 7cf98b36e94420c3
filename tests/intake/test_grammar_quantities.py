"""Quantities and amounts as agencies write them (issue #14, class 5): units, attribute lines, number words
(Finnish case forms included), a count times a count, local money formats, approximate amounts (asked, never
taken) and line totals (unit price = total / quantity exactly, else asked)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from intake.extract.amounts import parse_amount
from intake.extract.quantities import read_quantity
from intake.extract.registry import compile_registry
from intake.extract.text_context import TextContext
from tests.intake.grammar_support import FI, REGISTRY, only, parse

CTX = TextContext(compile_registry(REGISTRY), None, 2026, dt.date(2026, 11, 16), "body")


@pytest.mark.parametrize(("text", "qty", "rule"), [
    ("konsultation 2,5 h", "2.5", "count"),
    ("fältarbete 1.5 tim", "1.5", "count"),
    ("näytteet 10 kpl", "10", "count"),
    ("rapport – antal: 2", "2", "count"),
    ("kalibrering x 4", "4", "count"),
    ("st 1", "1", "count"),
    ("osallistujia 9", "9", "count"),
    ("kahdelle osallistujalle", "2", "count"),
    ("kolmeen kohteeseen", "3", "count"),
    ("kaksitoista näytettä", "12", "count"),
    ("thirteen samples", "13", "count"),
    ("en utbildningsdag", "1", "count"),
    ("three sites, 8 samples each", "24", "product"),
    ("tre platser à 8 prover", "24", "product"),
    ("2 x 4 h", "8", "product"),
    ("3 st à 1 150 kr", "3", "count"),
])
def test_quantity_grammar(text: str, qty: str, rule: str) -> None:
    value, _span, how = read_quantity(text, CTX)
    assert (value, how) == (Decimal(qty), rule)


@pytest.mark.parametrize("text", ["en faktura", "ring 070-123 45 67", "inom 30 dagar netto", "2 500 kr"])
def test_no_quantity_where_none_is_written(text: str) -> None:
    assert read_quantity(text, CTX)[0] is None


@pytest.mark.parametrize(("text", "amount"), [
    ("1 250,00 kr", "1250.00"), ("EUR 1.250,00", "1250.00"), ("1250:-", "1250"), ("SEK 1,200.50", "1200.50"),
    ("€1,250.00", "1250.00"), ("1.250 €", "1250"),
    ("ca 500 kr", None), ("ungefär 5 000 kr", None), ("noin 500 €", None), ("about EUR 500", None),
    ("~500 kr", None), ("12 tkr", None), ("5 k€", None), ("2 MSEK", None),
])
def test_amount_formats(text: str, amount: str | None) -> None:
    assert parse_amount(text) == (Decimal(amount) if amount else None)


def test_units_and_attribute_lines_in_a_request() -> None:
    req = only(parse("Hej!\nKund: Norrmarks kommun\n\nArtikel 2200 Jordprov\n  – antal: 7\n  – pris: enligt prislista\n"
                     "Artikel 2100 Rådgivning\n  – antal: 2,5\n\nMvh Anna"))
    assert [(li["article"], li["quantity"], li["unit_price"]) for li in req["lines"]] == [
        ("2200", "7", "450.00"), ("2100", "2.5", "1200.00")]
    assert req["questions"] == []


def test_count_times_count_is_computed_and_marked() -> None:
    out = parse("Hej! Fakturera Norrmarks kommun för jordprov (2200), tre platser à 8 prover.\nMvh Anna")
    req = only(out)
    assert req["lines"][0]["quantity"] == "24"
    assert out["provenance"]["requests[0].lines[0].quantity"]["how"] == "computed"


def test_finnish_number_words_in_prose() -> None:
    req = only(parse("Hei, laskuttakaa Hämeen Vesi Oy:ltä kuusi maanäytettä (T20).\nTerveisin Liisa", sender=FI))
    assert req["lines"][0]["quantity"] == "6"


def test_local_amount_formats_per_line() -> None:
    req = only(parse("Hej,\nKund: Norrmarks kommun\n\nUtlägg resor (2900): 1 st, 1 250,00 kr\n"
                     "Utlägg kartor (2900): 2 st à 1850:-\n\nMvh Anna"))
    assert [li["unit_price"] for li in req["lines"]] == ["1250.00", "1850"]


def test_approximate_price_is_asked_not_taken() -> None:
    req = only(parse("Hej,\nKund: Norrmarks kommun\nUtlägg (2900), 1 st, ungefär 12 tkr\nMvh Anna"))
    assert req["lines"][0]["unit_price"] is None
    assert "lines[0].unit_price" in req["questions"]


def test_line_total_gives_the_unit_price_only_when_exact() -> None:
    req = only(parse("Hej,\nKund: Norrmarks kommun\n\nUtlägg kartor (2900): 4 st, belopp 1 250,00 kr\n"
                     "Jordprov (2200): 3 st, radbelopp 1 000,00 kr\n\nMvh Anna"))
    assert [li["unit_price"] for li in req["lines"]] == ["312.50", None]
    assert req["questions"] == ["lines[1].unit_price"]


def test_vat_rate_written_for_a_line() -> None:
    req = only(parse("Hej,\nKund: Norrmarks kommun\n- Utlägg (2900): 1 st, 800,00 kr, momsfritt (0 %)\n"
                     "- Jordprov (2200): 10 st, moms 6 %\n- Rådgivning (2100): 2 tim\nMvh"))
    assert [li["vat_rate"] for li in req["lines"]] == ["0", "6", "25"]


def test_lump_sum_words_in_an_article_name_are_not_a_lump_sum() -> None:
    reg = {**REGISTRY, "articles": [*REGISTRY["articles"],
                                    {"agency": "METSA-FI", "code": "R10", "name": "Raportti, kiinteä hinta",
                                     "unit": "kpl", "unit_price": None, "vat_rate": "25.5"}]}
    from intake.parse import parse_message
    from tests.intake.grammar_support import mail
    out = parse_message(mail("Please invoice Hämeen Vesi Oy for 2 pcs Maanäyte (T20) at approx. EUR 86.40 and 24 pcs "
                             "Raportti, kiinteä hinta (R10) at EUR 2400.\nRegards", sender=FI), reg)
    lines = only(out)["lines"]
    assert [(li["article"], li["quantity"], li["unit_price"]) for li in lines] == [
        ("T20", "2", None), ("R10", "24", "2400")]
