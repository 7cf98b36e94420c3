"""The classes the 27th blind set (tests/intake/cases_holdout27) found, each in other words than its case: a second
count of the line's unit that a note below the request states otherwise (in digits or a number word) — the count
asked, never the first one chosen, while a rate, payment terms or a matching restatement leave it standing."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


# --- two counts of one unit for the one line (v31) ------------------------------------------------------------------

_TWO_COUNTS = [
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy: maastopäivät (AT20) 3 päivää 9.–11.11.2026.\n\nHuom. työmaakirjan "
                      "mukaan maastossa oltiin neljä päivää, tarkistamme asian.\n\nt. Juha\n", "AT20"),
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd: fältdagar (1500) 2 dagar 10–11 november.\n\nOBS! Enligt fältboken "
                      "var vi ute tre dagar, vi stämmer av med föreningen.\n\n/Olle\n", "1500"),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB for investigation hours (2010): 6 hours on 12 "
                       "November.\n\nNote: the site log says 8 hours were spent, we are checking with the client."
                       "\n\nSanna\n", "2010"),
]


@pytest.mark.parametrize(("frm", "to", "body", "article"), _TWO_COUNTS)
def test_a_second_count_of_the_unit_below_the_line_is_asked(frm, to, body, article):
    out = _parse(frm, body, to=to)
    assert [ln[:2] for ln in _lines(out)] == [(article, None)]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


_NOT_SECOND = [
    "Vi arbetade 8 timmar per dag.",          # a rate of another unit
    "Betalning inom 30 dagar.",                # payment terms
    "Enligt fältboken var vi ute två dagar.",  # the same count said again
    "Dessutom tillkommer 3 dagar nästa månad, de faktureras senare.",   # something added, not this line
]


@pytest.mark.parametrize("note", _NOT_SECOND)
def test_a_rate_terms_or_the_same_count_leave_the_line_s_count(note):
    body = f"Hej,\n\nSjöbo Vattenråd: fältdagar (1500) 2 dagar 10–11 november.\n\n{note}\n\n/Olle\n"
    out = _parse(OLLE, body)
    assert [ln[:2] for ln in _lines(out)][:1] == [("1500", Decimal(2))]


# --- periods: a doubled dash, listed days, the one date in the story before the article (v03, v13, v01) ------------

def _period(out: dict, i: int = 0) -> tuple[str | None, str | None]:
    ln = out["requests"][0]["lines"][i]
    return ln["period_start"], ln["period_end"]


@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd: fältdagar (1500) 3 dagar 2026-11-16--2026-11-18.\n\n/Olle\n",
     ("2026-11-16", "2026-11-18")),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy: maastopäivät (AT20) 2 pv 23.11.2026--24.11.2026.\n\nt. Juha\n",
     ("2026-11-23", "2026-11-24")),
])
def test_a_range_written_with_a_doubled_dash_is_the_line_s_period(frm, to, body, want):
    assert _period(_parse(frm, body, to=to)) == want


@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB for two printed reports (3020), delivered on "
                       "3 November 2026 and 17 November 2026.\n\nSanna\n", ("2026-11-03", "2026-11-17")),
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd: fältdagar (1500) 2 dagar, 5.11.2026 och 12.11.2026.\n\n/Olle\n",
     ("2026-11-05", "2026-11-12")),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy: maastopäivät (AT20) 3 pv, 2.11.2026, 9.11.2026 ja 16.11.2026.\n\n"
                      "t. Juha\n", ("2026-11-02", "2026-11-16")),
])
def test_days_listed_for_one_line_run_from_the_first_to_the_last(frm, to, body, want):
    assert _period(_parse(frm, body, to=to)) == want


@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (OLLE, CENTRE_SE, "Hej,\n\nVi mätte grundvattnet hos Sjöbo Vattenråd den 12 november efter larmet. Arbetet tog "
                      "6 timmar. Debitera utredningstimmar, artikel 2010.\n\n/Olle\n", ("2026-11-12", "2026-11-12")),
    (JUHA, CENTRE_FI, "Hei,\n\nKävimme Kuopion Vesi Oy:n kohteessa 18.11.2026 putkirikon jälkeen. Työhön meni 5 h. "
                      "Laskuttakaa asiantuntijatunnit (AT10).\n\nt. Juha\n", ("2026-11-18", "2026-11-18")),
])
def test_the_one_date_of_the_story_before_the_article_is_the_line_s_day(frm, to, body, want):
    assert _period(_parse(frm, body, to=to)) == want


def test_a_due_date_in_the_story_is_no_line_s_day():
    body = ("Hej,\n\nSjöbo Vattenråd ska betala senast 30 december. Arbetet tog 6 timmar. Debitera "
            "utredningstimmar, artikel 2010.\n\n/Olle\n")
    assert _period(_parse(OLLE, body)) == (None, None)


# --- an order's year-and-serial number after the order word in any case (v10, v34) ---------------------------------

@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (JUHA, CENTRE_FI, "Hei,\n\nlaskuttakaa Kuopion Vesi Oy tilauksen 2026-0317 mukaisesti: julkaisu (JU10) 4 kpl."
                      "\n\nt. Juha\n", "2026-0317"),
    (OLLE, CENTRE_SE, "Hej,\n\nenligt ordern 2026-118 till Sjöbo Vattenråd: tryckta rapporter (3020) 3 st.\n\n"
                      "/Olle\n", "2026-118"),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB for order 2026-00912: printed reports (3020), 2 pcs."
                       "\n\nSanna\n", "2026-00912"),
])
def test_a_year_and_serial_after_the_order_word_is_the_order_reference(frm, to, body, want):
    assert _parse(frm, body, to=to)["requests"][0]["order_reference"] == want


def test_a_count_or_a_date_after_the_order_word_is_no_order_reference():
    body = ("Hej,\n\nBeställning 12 st tryckta rapporter (3020) till Sjöbo Vattenråd, ordern 2026-11-20.\n\n"
            "/Olle\n")
    assert _parse(OLLE, body)["requests"][0]["order_reference"] is None
