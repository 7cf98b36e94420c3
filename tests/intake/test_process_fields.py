"""Mail from a case, booking or form system carries fields of the agency's own process — who handles the matter, its
status, the case's type or title, when the form came in, a heading that says what kind of notice it is, fields left
empty — that change nothing invoiced: a correct request with them goes straight through (intake.process_fields).
A field that could change the invoice — a count, a price, a discount word, a refusal, a customer — still holds it."""
from __future__ import annotations

import json

import pytest

from intake.parse import parse_message
from tests.support.mail import COMPLETE, FIXTURES, make_mail


@pytest.fixture(scope="module")
def reg() -> dict:
    return json.loads((FIXTURES / "registry.json").read_text(encoding="utf-8"))


def _review(body: str, reg: dict) -> list[dict]:
    [r] = parse_message(make_mail(body), reg)["requests"]
    return r["review"]


def _with(head: str, tail: str = "") -> str:
    """The complete request with system lines above its first line and below its count."""
    return COMPLETE.replace("Hej!\n", head + "\n").replace("Antal: 3", "Antal: 3\n" + tail)


@pytest.mark.parametrize(("head", "tail"), [
    ("Bokningsbekräftelse – Hallbokning Norr\nInkommen: 2026-11-03 14:22\n", "Ansvarig handläggare: Per Holm\n"),
    ("Nytt formulärsvar: Mätbeställning\n", "Ärendestatus: Under handläggning\nÖvrigt:\n"),
    ("Automatiskt meddelande – Diariet\n", "Ärendebeskrivning: Mätning vid bro Sörby 2:14\n"),
    ("Order confirmation – Field services\n", "Case officer: J. Smith\nProject name: New bridge\n"),
    ("Tilausvahvistus – Kenttäpalvelut\n", "Vastuukäsittelijä: Liisa Mäki\nLisätietoja:\n\n"
                                           "Godkänd för fakturering: Ja\n"),
])
def test_a_case_systems_own_fields_do_not_hold_a_correct_request(reg, head, tail):
    assert _review(_with(head, tail), reg) == []


@pytest.mark.parametrize(("head", "tail", "held"), [
    ("Bokningsbekräftelse – 10 % rabatt\n", "", "rabatt"),               # a heading with a discount
    ("", "Ärendestatus: delvis utförd, 2 av 3 dagar\n", "Ärendestatus"),  # a status that is a count
    ("", "Godkänd för fakturering: Nej\n", "Godkänd"),                  # refused, not affirmed
    ("", "Ärendestatus: Avbokad\n", "Avbokad"),                          # a status that cancels the service
    ("", "Käsittelytila: peruttu asiakkaan pyynnöstä\n", "peruttu"),    # the same in Finnish
    ("Booking confirmation – cancelled\n", "", "cancelled"),             # a heading that cancels
    ("", "Projekt: Mälardalens Miljökonsult AB\n", "Projekt"),          # a field naming another customer
    ("", "Anmärkning:\nHalva priset enligt avtal\n", "Halva"),         # an empty label whose value is below it
])
def test_a_system_field_that_may_change_the_invoice_still_holds(reg, head, tail, held):
    reasons = [f["reason"] for f in _review(_with(head, tail), reg)]
    assert any(held in reason for reason in reasons), reasons


ROW_MAIL = """Hei,

laskutettavaa:

Asiakas: Rakennus Pohjola Oy
Y-tunnus: 2987654-0

{row}  V110  2 pv  890,00  1 780,00
Summa 1 780,00

Terveisin
Liisa
"""


def test_a_table_row_whose_text_says_more_than_the_register_name_is_held(reg):
    def review(row: str) -> list[dict]:
        mail = make_mail(ROW_MAIL.format(row=row), sender="laskutus@vesitalouskeskus.fi")
        [r] = parse_message(mail, reg)["requests"]
        return [] if r["lines"][0]["description"] == row else r["review"]
    assert any(f["code"] == "description" for f in review("Kenttämittaus ylimääräinen päivä"))
    assert review("Kenttämittaus") == []      # the register's own name: nothing lost

