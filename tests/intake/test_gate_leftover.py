"""The general net beneath the reading rules (intake.gate_leftover): a sentence of the newest text that carries a
number or a word that changes what is invoiced, and gave no value, holds the request for a clerk; so does a price
stated on a line whose request carries another price, and a request whose message also yielded a customer that
could not be identified. What every mail says (greetings, addresses, phone numbers, the agency's own identifiers)
never holds a request."""
from __future__ import annotations

import json

import pytest

from intake.parse import parse_message
from tests.support.mail import COMPLETE, FIXTURES, make_mail


@pytest.fixture(scope="module")
def reg() -> dict:
    return json.loads((FIXTURES / "registry.json").read_text(encoding="utf-8"))


def _held_for(out: dict) -> list[str]:
    [r] = out["requests"]
    return [f["reason"] for f in r["review"] if f["code"] == "unexplained"]


@pytest.mark.parametrize("sentence", [
    "Dra av 15 % på totalen enligt avtalet.",          # a deduction no rule reads
    "Alla belopp i euro.",                              # a currency declared once
    "Obs: halva priset enligt ramavtalet.",             # a note that halves the price
    "Vähentäkää laskusta ennakkomaksu 400 euroa.",      # a Finnish deduction of a prepayment
    "Please add the travel costs of last week as well.",  # an additional line in English, no number
])
def test_a_sentence_no_rule_reads_holds_the_request(reg, sentence):
    out = parse_message(make_mail(COMPLETE.replace("Antal: 3", f"Antal: 3\n\n{sentence}")), reg)
    assert any(sentence.split()[0] in reason for reason in _held_for(out))


def test_a_price_stated_beside_the_count_but_not_taken_holds_the_request(reg):
    out = parse_message(make_mail(COMPLETE.replace("Antal: 3", "Antal: 3 dagar à 7 900 kr")), reg)
    [r] = out["requests"]
    if r["lines"][0]["unit_price"] not in ("7900", "7900.00"):
        assert any("price" in reason for reason in _held_for(out))


def test_what_every_mail_says_does_not_hold_the_request(reg):
    chatter = ("Tack på förhand och trevlig helg!\nStorgatan 5, 851 70 Sundsvall\n"
               "Box 714, 851 21 Sundsvall\nTel 060-12 34 56\n0582-155 00\nBifogar underlaget som pdf.\n"
               "Beloppen är exklusive moms.")
    out = parse_message(make_mail(COMPLETE.replace("Antal: 3", f"Antal: 3\n\n{chatter}")), reg)
    assert out["requests"][0]["review"] == []


def test_a_message_with_an_unidentified_customer_holds_its_other_requests():
    from intake.gate_leftover import unresolved_sibling
    known = {"customer": {"name": "Byggbolaget i Norr AB"}, "questions": []}
    unknown = {"customer": {"name": "Vesinäyte"}, "questions": ["customer.org_no", "lines[0].quantity"]}
    [f] = unresolved_sibling([unknown, known])
    assert f["code"] == "sibling_unresolved" and "request 1" in f["reason"]
    assert unresolved_sibling([known]) == [] and unresolved_sibling([known, dict(known)]) == []


def test_a_second_count_on_a_line_read_for_its_first_holds_the_request(reg):
    out = parse_message(make_mail(COMPLETE.replace("Antal: 3", "Antal: 3 dagar, varav 1 inställd")), reg)
    [r] = out["requests"]
    if r["lines"][0]["quantity"] == "3":
        assert any("a number" in reason for reason in _held_for(out))


def test_dates_codes_and_factors_on_a_read_line_do_not_hold_it(reg):
    body = COMPLETE.replace("Antal: 3", "Antal: 3 dagar, 11–13 maj 2026")
    assert parse_message(make_mail(body), reg)["requests"][0]["review"] == []


@pytest.mark.parametrize("sentence", [
    "Har ni hunnit skicka förra månadens faktura till dem?",      # a status question
    "Går det att fakturera i euro i stället?",                     # asked before the request is settled
    "Vi betalade er faktura 55012 i fredags.",                    # a payment told in a sentence
    "Maksoimme laskunne 88120 eilen.",                            # the same in Finnish
])
def test_a_message_that_asks_or_tells_of_a_payment_is_held(reg, sentence):
    out = parse_message(make_mail(COMPLETE.replace("Antal: 3", f"Antal: 3\n\n{sentence}")), reg)
    assert "kind_ambiguous" in {f["code"] for r in out["requests"] for f in r["review"]} or \
        out["kind"] != "invoice_request"


@pytest.mark.parametrize("sentence", [
    "Kan ni fakturera dem så snart som möjligt?",                  # a request asked as a question
    "Betalningsvillkor 30 dagar netto enligt avtalet.",            # payment terms are not a payment
    "Hör av dig om du har frågor?",
])
def test_a_request_asked_as_a_question_and_payment_terms_go_through(reg, sentence):
    out = parse_message(make_mail(COMPLETE.replace("Antal: 3", f"Antal: 3\n\n{sentence}")), reg)
    assert out["requests"][0]["review"] == []
