"""A line asking to invoice *also* someone no request is for holds the message's requests (intake.gate_also):
the reader may not see a short name as a customer, and then its line lands on the first customer's request.
Guards: a month, a register article and the request's own customer after "för/for" hold nothing."""
from __future__ import annotations

from tests.intake.cases_holdout2.kit import MARIA, SARAH
from tests.intake.test_holdout5_classes import _parse

OURS = "asks to invoice also"


def _ours(req: dict) -> list[dict]:
    return [f for f in req.get("review") or [] if OURS in f.get("reason", "")]


def test_a_short_name_invoiced_also_holds_every_request():
    out = _parse(MARIA, "Hej,\n\nKund: Sjöbo Vattenråd\nPortrycksmätning (1020) 2 st\n"
                        "Fakturera även en portrycksmätning (1020) 1 st för Nordkap.\n\n/Maria\n")
    assert out["requests"], out
    for req in out["requests"]:
        assert any(f["code"] == "unused_identity" for f in _ours(req)), req.get("review")


def test_english_also_invoice_for_another_party_is_held():
    out = _parse(SARAH, "Hi,\n\nCustomer: Sjöbo Vattenråd\nPressure measurement (1020) 2 pcs\n"
                        "Please also invoice one measurement (1020) for Lindqvist.\n\nSarah\n")
    assert out["requests"] and all(_ours(r) for r in out["requests"]), out["requests"]


def test_a_month_or_the_same_customer_after_for_holds_nothing():
    out = _parse(MARIA, "Hej,\n\nKund: Sjöbo Vattenråd\nPortrycksmätning (1020) 2 st\n"
                        "Fakturera även resan för Sjöbo Vattenråd i samma faktura.\n\n/Maria\n")
    assert all(not _ours(r) for r in out["requests"]), [r.get("review") for r in out["requests"]]
    out = _parse(SARAH, "Hi,\n\nCustomer: Sjöbo Vattenråd\nPressure measurement (1020) 2 pcs\n"
                        "Please also invoice the travel for March.\n\nSarah\n")
    assert all(not _ours(r) for r in out["requests"]), [r.get("review") for r in out["requests"]]


def test_a_register_customer_named_beside_another_holds_the_request():
    """"Sjöbo Vattenråd och Nordkap Analys AB: 2 fältdagar var": the reader made Sjöbo's request only; Nordkap,
    named by its register name, has none — held, not invoiced as one customer's."""
    out = _parse(MARIA, "Hej,\n\nSjöbo Vattenråd och Nordkap Analys AB: 2 fältdagar var (1020).\n\n/Maria\n")
    names = {r["customer"].get("name") for r in out["requests"]}
    if names != {"Sjöbo Vattenråd", "Nordkap Analys AB"}:  # one request for two customers must not go through
        assert all(any(f["code"] == "unused_identity" for f in r.get("review") or []) for r in out["requests"])
