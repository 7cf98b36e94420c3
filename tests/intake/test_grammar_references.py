"""References under the labels and in the prose agencies use (issue #14, class 7), and labelled values that must
not carry their neighbours (dot leaders, a second column, a label inside the value)."""
from __future__ import annotations

import pytest

from intake.extract.labels import split_label
from intake.extract.lexicon import label_field
from tests.intake.grammar_support import FI, only, parse

_LINE = "\nRådgivning (2100), 2 tim\n\nMvh Anna"


@pytest.mark.parametrize(("label", "field"), [
    ("Er referens", "buyer_reference"), ("Er ref.", "buyer_reference"), ("Märkning", "buyer_reference"),
    ("Märk fakturan med", "buyer_reference"), ("Att", "buyer_reference"), ("Kontaktperson", "buyer_reference"),
    ("Viitteenne", "buyer_reference"), ("Viite", "buyer_reference"), ("Yhteyshenkilö", "buyer_reference"),
    ("Your reference", "buyer_reference"), ("Attn", "buyer_reference"),
    ("Norrmarks kommuns referens", "buyer_reference"), ("Hämeen Veden viite", "buyer_reference"),
    ("Beställningsnummer", "order_reference"), ("Ert ordernr", "order_reference"), ("Tilausnumero", "order_reference"),
    ("Ostotilaus", "order_reference"), ("PO", "order_reference"), ("Purchase order", "order_reference"),
    ("Tilausnumeronne", "order_reference"),
    ("Diarienummer", "agency_case"), ("Dnr", "agency_case"), ("Vårt ärende", "agency_case"),
    ("Asianumero", "agency_case"), ("Diaarinumero", "agency_case"),
    ("Beställare", "customer_or_person"), ("Tilaaja", "customer_or_person"),
])
def test_label_lexicon(label: str, field: str) -> None:
    assert label_field(label) == field


def test_an_unknown_label_is_read_through_the_senders_hints() -> None:
    assert label_field("Projektkod") is None
    assert label_field("Projektkod:", {"projektkod": "buyer_reference"}) == "buyer_reference"


@pytest.mark.parametrize(("line", "value"), [
    ("Asiakas ........ Hämeen Vesi Oy", "Hämeen Vesi Oy"),
    ("Kund: Norrmarks kommun        Fakturadatum: 2026-11-16", "Norrmarks kommun"),
    ("Kund: Namn: Norrmarks kommun", "Norrmarks kommun"),
    ("| Er referens | Lotta Ek |", "Lotta Ek"),
])
def test_label_values_do_not_carry_their_neighbours(line: str, value: str) -> None:
    found = split_label(line)
    assert found is not None and found[2] == value


def test_swedish_labels_and_the_agencys_case_number() -> None:
    req = only(parse("Hej,\nKund: Norrmarks kommun\nMärkning: Projekt Kalix\nDiarienummer: 2026/1187\n"
                     "Ert ordernr: 4500-778" + _LINE))
    assert (req["buyer_reference"], req["order_reference"]) == ("Projekt Kalix", "4500-778")


def test_the_case_number_is_never_the_order_reference() -> None:
    req = only(parse("Hej,\nKund: Norrmarks kommun\nDnr: 2026-044\nVårt ärende: 2026-045" + _LINE))
    assert req["order_reference"] is None


def test_finnish_dot_leaders_and_labels() -> None:
    req = only(parse("Hei,\nAsiakas ........ Hämeen Vesi Oy\nViite .......... Matti Virtanen\n"
                     "Ostotilaus ..... 88123\nAsianumero ..... MK/2026/55\nT10 asiantuntijatyö 3 h\n\nTerveisin",
                     sender=FI))
    assert req["customer"]["customer_number"] == "30006"
    assert (req["buyer_reference"], req["order_reference"]) == ("Matti Virtanen", "88123")


def test_orderer_below_the_customer_is_the_reference() -> None:
    req = only(parse("Hei,\nAsiakas: Hämeen Vesi Oy\nTilaaja: Ympäristöpalvelut / Mari Ojala\n"
                     "T10 asiantuntijatyö 3 h\n\nTerveisin", sender=FI))
    assert req["customer"]["customer_number"] == "30006"
    assert req["buyer_reference"] == "Ympäristöpalvelut / Mari Ojala"


@pytest.mark.parametrize(("sentence", "ref"), [
    ('Märk fakturan med "Vattenprojekt 12".', "Vattenprojekt 12"),
    ("Please quote KX-77 on the invoice.", "KX-77"),
    ("Attn: Port Office / Anna Berg, thanks.", "Port Office / Anna Berg"),
    ("Merkitkää laskuun viite Ranta 2026.", "Ranta 2026"),
])
def test_references_written_in_prose(sentence: str, ref: str) -> None:
    req = only(parse("Hej, fakturera Norrmarks kommun för rådgivning (2100), 2 tim. " + sentence + "\nMvh Anna"))
    assert req["buyer_reference"] == ref


def test_key_value_html_table() -> None:
    html = ("<p>Hej!</p><table><tr><td>Kund</td><td>Norrmarks kommun</td></tr>"
            "<tr><td>Er referens</td><td>Lotta Ek</td></tr><tr><td>Beställningsnummer</td><td>PO-981</td></tr>"
            "</table><p>Rådgivning (2100), 2 tim</p>")
    import email.message
    import email.policy

    from intake.parse import parse_message
    from tests.intake.grammar_support import REGISTRY, SE
    m = email.message.EmailMessage(policy=email.policy.SMTP)
    m["From"], m["To"], m["Subject"] = SE, "kundfaktura@servicecentret.se", "Fakturering"
    m["Date"] = "Mon, 16 Nov 2026 09:00:00 +0100"
    m.set_content(html, subtype="html")
    req = only(parse_message(bytes(m), REGISTRY))
    assert (req["buyer_reference"], req["order_reference"]) == ("Lotta Ek", "PO-981")


def test_a_spaced_dash_separates_a_label_but_not_an_item() -> None:
    assert split_label("Yhteyshenkilö - Jukka Berg") == ("buyer_reference", "Yhteyshenkilö", "Jukka Berg")
    assert split_label("Laskun vastaanottaja – Hämeen Vesi Oy")[0] == "customer_name"  # type: ignore[index]
    assert split_label("Text – 3 tim") is None


def test_combined_labels_and_a_copula_in_prose() -> None:
    assert label_field("Kund/fakturamottagare") == "customer_name"
    req = only(parse("Hei, laskuttakaa Hämeen Vesi Oy:ltä 3 h asiantuntijatyötä (T10).\nYhteyshenkilö on Anna Ek."
                     "\nTerveisin", sender=FI))
    assert req["buyer_reference"] == "Anna Ek"


def test_an_orderer_who_is_a_person_never_starts_a_customer_block() -> None:
    req = only(parse("Hej!\nFakturera Norrmarks kommun för rådgivning (2100), 2 tim.\nBeställare: Anna Koski\n"
                     "Fakturera även jordprov (2200), 4 st.\nBeställare: Leena Koski\nMvh"))
    assert req["customer"]["customer_number"] == "30005" and len(req["lines"]) == 2


def test_a_learned_label_hint_reads_an_unknown_label_but_never_overrides_a_known_one() -> None:
    from intake.parse import parse_message
    from tests.intake.grammar_support import REGISTRY, mail
    raw = mail("Hej,\nKund: Norrmarks kommun\nProjektkod: KX-2026-7\nRådgivning (2100), 2 tim\nMvh")
    assert only(parse_message(raw, REGISTRY))["buyer_reference"] is None
    learned = only(parse_message(raw, REGISTRY, hints={"projektkod": "buyer_reference"}))
    assert learned["buyer_reference"] == "KX-2026-7"
    stated = mail("Hej,\nKund: Norrmarks kommun\nEr referens: Lotta Ek\nRådgivning (2100), 2 tim\nMvh")
    assert only(parse_message(stated, REGISTRY, hints={"er referens": "order_reference"}))["order_reference"] is None
