"""A request whose newest words say when (or not yet) to invoice is held for a clerk (intake.gate_timing): the
contract has no invoicing date, so "Fakturadatum: 30.4.2027" or "laskutetaan vasta joulukuussa" was read as
nothing and the request invoiced at once. Invoicing as usual, a period, a frequency or a payment term holds
nothing, and neither does the instruction in quoted history."""
from __future__ import annotations

import pytest

from tests.intake.cases_holdout2.kit import MARIA
from tests.intake.test_holdout5_classes import _parse

BASE = "Hej,\n\nVänligen fakturera Nordkap Analys AB 2 st portrycksmätning (1020).\n{extra}\n\nMvh Maria\n"


def _timing(out: dict) -> list[dict]:
    return [f for r in out["requests"] for f in r.get("review") or [] if f.get("code") == "invoice_timing"]


def test_the_base_request_goes_straight_through():
    out = _parse(MARIA, BASE.format(extra=""))
    assert [r["customer"]["name"] for r in out["requests"]] == ["Nordkap Analys AB"]
    assert not any(r.get("questions") or r.get("review") for r in out["requests"]), out["requests"]


@pytest.mark.parametrize("extra", [
    "Fakturadatum ska vara 2027-05-02.",
    "Faktureringen bör ske tidigast den 15 maj.",
    "Vi vill att ni avvaktar med faktureringen tills utställningen stängt.",
    "Fakturering: ultimo juni",
    "Laskun päivämäärä 1.6.2027, kiitos.",
    "Tämä laskutetaan vasta kesäkuussa.",
    "Älkää vielä laskuttako – tilaaja vahvistaa määrän.",
    "Invoice date: 1 June 2027.",
    "Please bill them only after the 30th of June.",
    "Could you hold the invoice until the course has ended?",
])
def test_an_instruction_on_when_to_invoice_holds_the_request(extra):
    out = _parse(MARIA, BASE.format(extra=extra))
    assert out["requests"] and _timing(out), out["requests"]


@pytest.mark.parametrize("extra", [
    "Fakturera som vanligt, tack.",
    "Fakturering: kvartalsvis",
    "Avser mätningar utförda i april 2027.",
    "Betalningsvillkor 30 dagar netto.",
    "Laskutus: kuukausittain",
    "Please invoice as agreed in the framework contract.",
])
def test_usual_billing_periods_and_terms_hold_nothing(extra):
    out = _parse(MARIA, BASE.format(extra=extra))
    assert out["requests"] and not _timing(out), out["requests"]


def test_an_instruction_in_the_quoted_history_holds_nothing():
    body = BASE.format(extra="") + ("\nFrån: Maria Fransson\nSkickat: den 2 april 2027 09:12\nÄmne: Portryck\n\n"
                                    "> Fakturera först efter 1 maj, det var planen då.\n")
    out = _parse(MARIA, body)
    assert out["requests"] and not _timing(out), out["requests"]


@pytest.mark.parametrize("later", ["Sjöbo Vattenråd ska inte faktureras förrän i januari.",
                                   "Fakturera inte Sjöbo förrän efter årsskiftet.",
                                   "Please don't invoice Sjöbo until the new year."])
def test_a_customer_put_off_is_kept_and_held_not_dropped(later):
    """"X faktureras inte förrän i januari" puts X's invoice off: dropping X's request (as for "X ska inte
    faktureras") would lose the invoice for good; it stays, and every request of the mail waits for a clerk."""
    body = ("Hej,\n\nFakturera Nordkap Analys AB 2 st portrycksmätning (1020).\n"
            "Sjöbo Vattenråd: 1 st portrycksmätning (1020).\n" + later + "\n\nMvh Maria\n")
    out = _parse(MARIA, body)
    names = {r["customer"]["name"] for r in out["requests"]}
    assert "Sjöbo Vattenråd" in names, out["requests"]
    assert all(any(f.get("code") == "invoice_timing" for f in r.get("review") or []) for r in out["requests"])


def test_a_customer_withdrawn_for_good_is_still_dropped():
    body = ("Hej,\n\nFakturera Nordkap Analys AB 2 st portrycksmätning (1020).\n"
            "Sjöbo Vattenråd: 1 st portrycksmätning (1020).\nSjöbo Vattenråd ska inte faktureras, de har betalat.\n"
            "\nMvh Maria\n")
    out = _parse(MARIA, body)
    assert [r["customer"]["name"] for r in out["requests"]] == ["Nordkap Analys AB"], out["requests"]
