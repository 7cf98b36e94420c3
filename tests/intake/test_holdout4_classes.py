"""The classes the fourth held-out set found, each tested in other words than the set's own messages: months
joined by "and", a period ending an introduction line, a count × count with a verb between, an approximate count
that is no price, sum rows that say what they sum, article codes inside hyphenated compounds, Outlook's text
rendering of an HTML table, a label line under a wrapped PDF value, a bare name column beside an org number, and
an agency's note above a forwarded order."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from intake.extract.clause_price import find_price
from intake.extract.columns import name_beside_identity
from intake.extract.dates import find_dates
from intake.extract.html import poorer_than_html
from intake.extract.pdf_labels import labelled_text
from intake.extract.pdf_lines import Chunk, Line
from intake.extract.quantities import article_codes_in, read_quantity
from intake.extract.registry import compile_registry
from intake.extract.table_cells import is_sum_cell
from intake.extract.text_context import TextContext
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, mail
from tests.intake.cases_holdout2.kit import MARIA, SANNA, SARAH

REGISTRY = json.loads((Path(__file__).parent / "cases_holdout4" / "registry.json").read_text("utf-8"))
ON = dt.date(2027, 8, 3)


def _ctx(sender: str = "kirsi.laine@ytl.fi") -> TextContext:
    reg = compile_registry(REGISTRY)
    return TextContext(reg, reg.agency_for(sender), ON.year, ON, "body")


def _spans(text: str) -> list[tuple[str, str]]:
    return [(d.first.isoformat(), d.last.isoformat()) for d in find_dates(text, ON.year, ON)]


@pytest.mark.parametrize("text,want", [
    ("tammi- ja helmikuussa tehdyt", [("2027-01-01", "2027-02-28")]),
    ("mätningar under maj och juni 2026", [("2026-05-01", "2026-06-30")]),
    ("work done in October, November and December", [("2027-10-01", "2027-12-31")]),
    ("syys-, loka- ja marraskuu 2026", [("2026-09-01", "2026-11-30")]),
])
def test_consecutive_months_joined_by_and_are_one_period(text, want):
    assert _spans(text) == want


def test_months_that_do_not_follow_each_other_are_not_one_period():
    assert ("2027-03-01", "2027-05-31") not in _spans("mars och maj")


def _parse(frm: str, body: str, to: str | None = None, **kw) -> dict:
    m = mail(frm, kw.pop("subject", "Fakturering"), kw.pop("date", "Mon, 02 Aug 2027 09:00:00 +0200"), body,
             to=to or "Kundfaktura <kundfaktura@ekonomicentret.se>", **kw)
    return json.loads(json.dumps(parse_message(m.as_bytes(), REGISTRY), default=str))


def test_a_date_ending_an_introduction_line_is_the_period_of_the_lines_below():
    out = _parse(MARIA, "Hej,\n\nprovtagning hos Vretstorp Entreprenad AB 2.–6.8.2027:\n1010 borrpunkter 4 st\n"
                        "1020 mätningar 2 st\n\n/Maria\n")
    assert [(ln["period_start"], ln["period_end"]) for ln in out["requests"][0]["lines"]] == \
        [("2027-08-02", "2027-08-06")] * 2


@pytest.mark.parametrize("text,want", [
    ("från fyra brunnar togs 3 prover från varje", 12),
    ("from two lakes we took five samples from each", 10),
    ("viideltä asemalta kerättiin kaksi näytettä kultakin", 10),
])
def test_count_times_count_with_a_verb_between(text, want):
    q, _span, rule = read_quantity(text, _ctx())
    assert (q, rule) == (want, "product")


def test_a_verb_between_two_counts_without_each_multiplies_nothing():
    q, _span, rule = read_quantity("3 prover togs 2 dagar", _ctx())
    assert rule == "count" and q == 3


def test_an_approximate_count_is_no_approximate_price():
    price, _unit, approx, _cur, _span = find_price("Fältdag (1500): cirka 4 dagar", _ctx("maria.fransson@sgn.se"))
    assert price is None and not approx
    assert find_price("Utlägg (9000): cirka 4 000 kr", _ctx("maria.fransson@sgn.se"))[2]
    out = _parse(MARIA, "Hej,\n\nKund: Sjöbo Vattenråd\nFältdag (1500): cirka 4 dagar\n\n/Maria\n")
    req = out["requests"][0]
    assert req["lines"][0]["quantity"] is None and req["lines"][0]["unit_price"] == "9600.00"
    assert req["questions"] == ["lines[0].quantity"]


@pytest.mark.parametrize("cell,want", [("Summa timmar", True), ("Total hours:", True), ("Yhteensä kpl", True),
                                       ("Totalt antal prover", False), ("Total kväve", False),
                                       ("Summa itemized costs", False)])
def test_a_sum_row_may_say_what_it_sums(cell, want):
    assert is_sum_cell(cell) is want


def test_an_article_code_before_a_compound_hyphen_is_read():
    codes = [c for _s, _e, c in article_codes_in("LA200-näytteet ja AT10-tunnit, ei LA100-2 eikä K-4001", _ctx())]
    assert codes == ["LA200", "AT10"]


@pytest.mark.parametrize("rendering", [
    "Kund\n\nSjöbo Vattenråd\n\nAntal\n\n5",        # Outlook: every cell a paragraph
    "*Kund*\nSjöbo Vattenråd\n*Antal*\n5",             # Gmail: bold labels, one cell per line
    "Kund Sjöbo Vattenråd\nAntal 5",                    # a row per line, the cells run together
])
def test_a_text_rendering_of_an_html_table_is_poorer_than_the_html(rendering):
    html = ("<p>Hej</p><table><tr><td>Kund</td><td>Sjöbo Vattenråd</td></tr><tr><td>Antal</td><td>5</td></tr>"
            "</table>")
    assert poorer_than_html(f"Hej\n\n{rendering}\n\n" + "Med vänlig hälsning, Maria\n" * 30, lambda: html)
    assert not poorer_than_html("Hej\n\nKund: Sjöbo Vattenråd\nAntal: 5\n\n" + "Mvh Maria\n" * 30, lambda: html)


def test_a_label_line_under_a_short_value_does_not_continue_it():
    lines = [Line(10, 20, 10, [Chunk("Viite ........ Anna Koski", 50, 215, False),
                               Chunk("Puhelin: 040 123 4567", 300, 420, False)]),
             Line(22, 32, 10, [Chunk("Tilausnumero ...... TN-8812", 50, 175, False),
                               Chunk("Sähköposti: anna@x.fi", 300, 420, False)])]
    text = labelled_text(lines, 595.0)
    assert "Viite: Anna Koski\n" in text and "Tilausnumero: TN-8812" in text


def test_a_bare_name_column_beside_an_org_number_is_the_customer_name():
    assert name_beside_identity({0: "org_no", 2: "article"}, ["Org.nr", "Namn", "Art"]) == \
        {0: "org_no", 2: "article", 1: "customer_name"}
    assert name_beside_identity({0: "article", 2: "quantity"}, ["Art", "Name", "Qty"]) == {0: "article", 2: "quantity"}


NOTE_ABOVE_ORDER = ("Hi,\n\nplease invoice as below, item AT10. Hourly rate as agreed 120,00 €.\n\nSarah\n\n"
                    "---------- Forwarded message ---------\nFrom: Timo Hartikainen <timo@kuopionvesi.fi>\n"
                    "Date: Mon, 2 Aug 2027\nSubject: Order\n\nHello,\nKuopion Vesi Oy orders an expert "
                    "review of the report, {count}.\nTimo\n")


def test_a_note_above_a_forwarded_order_prices_and_counts_one_line_held_for_a_clerk():
    out = _parse(SARAH, NOTE_ABOVE_ORDER.format(count="5 hours"), to=CENTRE_FI, subject="Fwd: Order")
    req = out["requests"][0]
    assert [(ln["article"], ln["quantity"], ln["unit_price"]) for ln in req["lines"]] == [("AT10", "5", "120.00")]
    assert req["questions"] == [] and {r["code"] for r in req["review"]} == {"inferred"}


def test_a_forwarded_count_of_another_unit_is_not_taken():
    out = _parse(SARAH, NOTE_ABOVE_ORDER.format(count="5 samples"), to=CENTRE_FI, subject="Fwd: Order")
    req = out["requests"][0]
    assert req["lines"][0]["quantity"] is None and "lines[0].quantity" in req["questions"]


_ = SANNA


@pytest.mark.parametrize("phrase", ["runt 5 dagar", "omkring 5 dagar", "n. 5 pv", "around 5 days", "some 5 days"])
def test_an_approximate_count_in_any_wording_is_asked(phrase):
    out = _parse(MARIA, f"Hej,\n\nKund: Sjöbo Vattenråd\nFältdag (1500): {phrase}\n\n/Maria\n")
    assert out["requests"][0]["lines"][0]["quantity"] is None
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


def test_a_number_in_a_register_name_is_no_count():
    out = _parse(MARIA, "Hej,\n\nfakturera Fastighets AB Gåsen 4 för tre portrycksmätningar (1020).\n\n/Maria\n")
    req = out["requests"][0]
    assert req["customer"]["customer_number"] == "K-4010" and req["lines"][0]["quantity"] == "3"


def test_a_sole_traders_surname_in_a_finnish_case_resolves():
    out = _parse("Juha Mäkelä <juha.makela@ytl.fi>", "Hei,\n\nlaskutetaan Tmi Jari Koskiselta AT10 "
                 "asiantuntijatyö 2 h.\n\nJuha\n", to=CENTRE_FI)
    assert out["requests"][0]["customer"]["customer_number"] == "K-5010"
