"""The classes the 35th blind set (tests/intake/cases_holdout35) found, each in other words than its case: an article
named once for several customers' items ("two invoices for printed reports (3020): 1) … 2) …") never lets an item
go out without it at the agency's default VAT rate (the article's rate differs)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY


def _parse(frm: str, body: str, to: str = CENTRE_SE) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to)
    return parse_message(m.as_bytes(), REGISTRY)


def _straight_through(r: dict[str, Any]) -> bool:
    return not r.get("questions") and not r.get("review")


# --- one article named above several customers' items (w05, money-critical) -----------------------------------------

_ONE_CODE_SEVERAL_CUSTOMERS = [
    (OLLE, CENTRE_SE, "Hej,\n\nHär kommer två beställningar av tryckta rapporter (art. 3020), pris enligt offert:\n\n"
                      "a) Sjöbo Vattenråd, kundnr K-4007\n   12 ex à 430 kr, levererade 3.11.2026\n\n"
                      "b) Ålidens kommun, org.nr 212000-8830\n   7 ex à 445,00 kr, levererade 5.11.2026\n"
                      "   Er referens: Miljökontoret, Per Ek\n\n/Olle\n", "3020", "6"),
    (SANNA, CENTRE_SE, "Hi,\n\nPlease bill the printed reports (code 3020) to these two customers:\n\n"
                       "- Nordkap Analys AB, customer no K-4008: 20 copies at SEK 410 each, delivered 2 Nov 2026\n"
                       "- Berg & Dal Konsult KB, org no 969712-3454: 6 copies at SEK 455 each, delivered 4 Nov "
                       "2026\n\nSanna\n", "3020", "6"),
    (JUHA, CENTRE_FI, "Hei,\n\nkaksi laskua julkaisuista (JU10), hinnat sopimuksen mukaan:\n\n"
                      "1) Kuopion Vesi Oy, asiakasnro K-5001\n   40 kpl à 28,50 €, toimitettu 3.11.2026\n\n"
                      "2) Ruovesjärven kunta, Y-tunnus 0213655-0\n   15 kpl à 29,00 €, toimitettu 6.11.2026\n\n"
                      "t. Juha\n", "JU10", "14"),
]


@pytest.mark.parametrize(("frm", "to", "body", "article", "vat"), _ONE_CODE_SEVERAL_CUSTOMERS)
def test_an_article_named_once_for_several_customers_never_goes_out_at_the_default_vat(frm, to, body, article,
                                                                                       vat):
    out = _parse(frm, body, to=to)
    assert out["kind"] == "invoice_request"
    assert len(out["requests"]) == 2
    for r in out["requests"]:
        if _straight_through(r):
            assert [(ln["article"], Decimal(ln["vat_rate"])) for ln in r["lines"]] == \
                [(article, Decimal(vat))] * len(r["lines"])


@pytest.mark.parametrize(("frm", "to", "body", "article", "vat"), _ONE_CODE_SEVERAL_CUSTOMERS)
def test_each_customers_item_is_of_the_article_named_above_them(frm, to, body, article, vat):
    out = _parse(frm, body, to=to)
    for r in out["requests"]:
        assert [(ln["article"], Decimal(ln["vat_rate"])) for ln in r["lines"]] == [(article, Decimal(vat))]
        assert r["lines"][0]["unit_price"] and r["lines"][0]["period_start"]
        assert r["questions"] == [] and r["review"] == []


def test_a_codeless_item_beside_the_named_articles_own_line_still_goes_through():
    body = ("Hej,\n\nSjöbo Vattenråd, kundnr K-4007:\n3020 rapport 2 st, levererad 3.11.2026\n"
            "Frakt av rapporterna 1 st à 180 kr, 3.11.2026\n\n/Olle\n")
    out = _parse(OLLE, body)
    r = out["requests"][0]
    assert [ln["article"] for ln in r["lines"]] == ["3020", None]
    assert not any(f["code"] == "codeless_line" for f in r["review"])


# --- a unit written as a suspended or hyphenated compound, then the person (w05) ------------------------------------

_UNIT_AND_PERSON = [
    (OLLE, CENTRE_SE, "Hej,\n\nfakturera Ålidens kommun, org.nr 212000-8830:\n2010 utredning 3 tim den 4.11.2026\n"
                      "Er referens: Kultur- och fritidsförvaltningen, Maria Lund\n\n/Olle\n",
     "Kultur- och fritidsförvaltningen, Maria Lund"),
    (JUHA, CENTRE_FI, "Hei,\n\nlaskutetaan Ruovesjärven kunta, Y-tunnus 0213655-0:\nAT10 asiantuntijatyö 2 h "
                      "4.11.2026\nViitteenne: Sosiaali- ja terveystoimi, Liisa Koski\n\nt. Juha\n",
     "Sosiaali- ja terveystoimi, Liisa Koski"),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Ålidens kommun, org no 212000-8830:\n2010 investigation 2 h on 4 Nov "
                       "2026\nYour reference: Miljö-och hälsoskyddsnämnden, Per Ek\n\nSanna\n",
     "Miljö-och hälsoskyddsnämnden, Per Ek"),
]


@pytest.mark.parametrize(("frm", "to", "body", "ref"), _UNIT_AND_PERSON)
def test_a_compound_unit_and_its_person_is_the_whole_reference(frm, to, body, ref):
    out = _parse(frm, body, to=to)
    assert out["requests"][0]["buyer_reference"] == ref
