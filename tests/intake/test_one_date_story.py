"""The one date of the story written the Finland-Swedish way, day and month without the closing dot ("Stora salen
16.5 för vårbalen", "vajerfärjan 10.5, 1 st", "i lördags 5.6 kl. 10–14"; holdouts 30, 31, 33 and 35: v33, z34,
z35, w26, w33 and w33), in other words than those cases: it dates the lines it is written with. Such a "16.5" is
also how a text with dot decimals writes a number, and how a clock is written: a text that writes another dot
decimal, a clock word or a unit after it, or a day far from the mail, keeps it a number (the lines held for their
period by the period net, as before). And a visit's or treatment's noun with its one day as a clause of its own
("Käynti 4.5.", "Hoito 28.4.2027", "…, käynti 11.5."; w01, w03, w04) dates the lines as "Käyntipäivä 4.5." does; a
visit to come ("seuraava käynti") dates nothing."""
from __future__ import annotations

from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, mail
from tests.intake.cases_holdout33.kit33 import REGISTRY, W


def _parse(frm: str, body: str, date: str = "Wed, 19 May 2027 10:00:00 +0300") -> dict[str, Any]:
    m = mail(frm, "Fakturering", date, body, to=CENTRE_FI)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict[str, Any]) -> list[tuple[str | None, str | None, str | None]]:
    return [(ln["article"], ln["period_start"], ln["period_end"]) for r in out["requests"] for ln in r["lines"]]


_WORDED = [
    (W["sund_b"], "Hej!\n\nMötesrummet 12.5 åt Sundby Teaterförening rf, 3 timmar (SK20), och "
                  "fjärrlån 2 st (SK40).\n\nMvh\nMaria\n", [("SK20", "2027-05-12"), ("SK40", "2027-05-12")]),
    (W["ax_h"], "Hej,\n\nRoslagens Sjötrafik AB: chartertur till Kökar 14.5, 3 tim (AX20).\n\nHälsningar\n"
                "Henrik\n", [("AX20", "2027-05-14")]),
    (W["ice"], "Hello,\n\nNordlys Polar Instruments AS stayed at the field station on Sunday 9.5 for two nights "
               "(IC20).\n\nRegards\nPartner Services\n", [("IC20", "2027-05-09")]),
]


@pytest.mark.parametrize(("frm", "body", "want"), _WORDED)
def test_a_day_without_its_closing_dot_dates_the_lines_it_is_written_with(frm, body, want):
    assert _periods(_parse(frm, body)) == [(a, d, d) for a, d in want]


_NUMBERS = [
    # another dot decimal in the text: its "12.5" is a number too
    (W["sund_b"], "Hej!\n\nMötesrummet 12.5 åt Sundby Teaterförening rf, 3.5 timmar (SK20).\n\nMvh\nMaria\n"),
    # a clock: "kl 14.5" is no day
    (W["sund_b"], "Hej!\n\nMötesrummet åt Sundby Teaterförening rf från kl 14.5, 3 timmar (SK20).\n\nMvh\nMaria\n"),
]


@pytest.mark.parametrize(("frm", "body"), _NUMBERS)
def test_a_dot_number_that_is_no_day_dates_nothing(frm, body):
    assert [p[1:] for p in _periods(_parse(frm, body))] == [(None, None)]


def test_a_day_far_from_the_mail_is_no_day():
    """"12.5" in a mail of December is no service day of that month's invoicing: left as it was."""
    out = _parse(W["sund_b"], "Hej!\n\nMötesrummet 12.5 åt Sundby Teaterförening rf, 3 timmar (SK20).\n\nMvh\n"
                              "Maria\n", date="Wed, 15 Dec 2027 10:00:00 +0200")
    assert [p[1:] for p in _periods(out)] == [(None, None)]


# --- a visit's or treatment's noun and its one day as a clause of its own (w01, w03, w04, v05) --------------------

_LABELLED = [
    (W["ham_t"], "Hei,\n\nPotilas: Liisa Heikkinen\nHoito 6.5.2027\n\n- HA30 hammaskiven poisto 1 kpl\n\n"
                 "Terveisin\nTiina\n", "HA30", "2027-05-06"),
    (W["ham_t"], "Hei\n\nMatti Korhonen, 150368-217M, vastaanotto 7.5.\nHA10 tarkastus 1 kpl\n\nTerveisin\nTiina\n",
     "HA10", "2027-05-07"),
]


@pytest.mark.parametrize(("frm", "body", "article", "day"), _LABELLED)
def test_a_visits_noun_and_its_day_dates_the_lines(frm, body, article, day):
    assert _periods(_parse(frm, body)) == [(article, day, day)]


def test_a_visit_to_come_dates_nothing():
    out = _parse(W["ham_t"], "Hei,\n\nPotilas: Liisa Heikkinen, seuraava käynti 6.6.\n\n- HA30 hammaskiven poisto "
                             "1 kpl\n\nTerveisin\nTiina\n")
    assert _periods(out) == [("HA30", None, None)]
