"""Typing a column: learned hints first, then sv/fi/en header synonyms and their inflections over one or two
header rows, then the cells themselves."""
from __future__ import annotations

import pytest

from intake.extract.columns import header_field, map_header
from intake.extract.registry import compile_registry
from intake.extract.tables import rows_to_fragments
from tests.support.table_mail import lines_of, mail, parse, registry


@pytest.mark.parametrize("header,field", [
    ("Antal", "quantity"), ("Mängd", "quantity"), ("Kpl", "quantity"), ("Määrä", "quantity"),
    ("Määrät", "quantity"), ("Qty", "quantity"), ("Quantity", "quantity"), ("Laskutettava määrä", "quantity"),
    ("À-pris", "unit_price"), ("Styckpris (kr)", "unit_price"), ("Yksikköhinta €", "unit_price"),
    ("Unit price (EUR)", "unit_price"), ("Belopp", "amount"), ("Summa", "amount"), ("Yhteensä", "amount"),
    ("Amount", "amount"), ("Total", "amount"), ("Artikel", "article"), ("Artikelnr", "article"),
    ("Tuote", "article"), ("Tuotekoodi", "article"), ("Tuotteen koodi", "article"), ("Item", "article"),
    ("Kundnr", "customer_number"), ("Asiakasnumero", "customer_number"), ("Customer no.", "customer_number"),
    ("Org.nr", "org_no"), ("Y-tunnus", "org_no"), ("Business ID", "org_no"), ("Kund", "customer_name"),
    ("Asiakas", "customer_name"), ("Asiakkaan nimi", "customer_name"), ("Customer", "customer_name"),
    ("Period", "period"), ("Ajanjakso", "period"), ("Från–Till", "period"), ("Alkaen–Päättyen", "period"),
    ("Datum", "period"), ("Päivämäärä", "period"), ("Er referens", "buyer_reference"),
    ("Viitteenne", "buyer_reference"), ("Reference", "buyer_reference"), ("Från", "period_start"),
    ("Till", "period_end"), ("Alkaen", "period_start"), ("Päättyen", "period_end"), ("Alkaa", "period_start"),
    ("Päättyy", "period_end"),
])
def test_header_synonyms_and_inflections(header, field):
    assert header_field(header) == field


def test_a_learned_hint_types_a_header_no_rule_knows():
    assert header_field("Levererade enheter") is None
    assert header_field("Levererade enheter:", {"levererade enheter": "quantity"}) == "quantity"
    assert map_header(["Artikel", "Levererade enheter"]) is None
    assert map_header(["Artikel", "Levererade enheter"], {"levererade enheter": "quantity"}) == {
        0: "article", 1: "quantity"}


def test_hints_reach_the_table_reader_through_parse_message():
    data = b"Kundnr;Artikel;Levererade enheter\n10011;1010;7\n"
    raw = mail([("u.csv", "text/csv", data)])
    first = parse(raw)
    assert lines_of(first) == [("10011", "1010", None)]   # the quantity column is unknown: asked
    assert "lines[0].quantity" in first["requests"][0]["questions"]
    assert lines_of(parse(raw, hints={"levererade enheter": "quantity"})) == [("10011", "1010", "7")]


def test_content_types_identity_columns_whatever_their_header():
    reg = compile_registry(registry())
    rows = [["Kund", "ID", "Artikel", "Antal"],
            ["10011", "556123-1001", "1010", "2"],
            ["10013", "556789-1006", "5010", "1"]]
    frs, _, _ = rows_to_fragments(rows, "t", 2026, registry=reg)
    assert [(f.customer.customer_number, f.customer.name, f.customer.org_no) for f in frs] == [
        ("10011", None, "556123-1001"), ("10013", None, "556789-1006")]


def test_two_row_header_in_a_plain_text_pipe_table():
    body = ("Hej!\n\nFakturera enligt nedan.\n\n"
            "| Kundnr | Artikel | Period | Period | Antal |\n"
            "|        |         | Från   | Till   |       |\n"
            "| 10011  | 1010    | 1.3.2026 | 15.3.2026 | 3 |\n\nMvh Maria\n")
    out = parse(mail(body=body))
    li = out["requests"][0]["lines"][0]
    assert (li["article"], li["quantity"], li["period_start"], li["period_end"]) == (
        "1010", "3", "2026-03-01", "2026-03-15")
