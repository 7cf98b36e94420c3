"""The classes the 30th blind set (tests/intake/cases_holdout30) found, each in other words than its case: the one
date of the story not given to the lines and not seen by the period net — a sentence also carrying an
organisation number, an ISO date or a case number in parentheses (the net had taken the whole sentence for a
contact line), a date one line carries stated on the same text line as a line that does not; a decision's day,
an event's day, a date "both"/"båda" lines share; a role in parentheses after the buyer reference's name."""
from __future__ import annotations

from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict) -> list[tuple[str | None, str | None]]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][0]["lines"]]


def _held(out: dict) -> bool:
    r = out["requests"][0]
    return bool(r.get("questions") or r.get("review") or r.get("checks"))


# --- the period net: a sentence with an identifier in it still states its date (v07, v38) ----------------------------

@pytest.mark.parametrize(("frm", "to", "body"), [
    (OLLE, CENTRE_SE, "Hej,\n\nNordkap Analys AB, org.nr 559233-1705, hörde av sig 2026-11-12 om läckan.\n\n"
                      "2010 Utredningstimme  6 tim\n\n/Olle\n"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy (Y-tunnus 2405518-8) ja me sovimme asiasta 2026-11-12 paikan päällä.\n\n"
                      "AT10 Asiantuntijatunti  5 h\n\nt. Juha\n"),
    (SANNA, CENTRE_SE, "Hi,\n\nthe board of Nordkap Analys AB met us 2026-11-12 (our case no 2026/114).\n\n"
                       "2010 Investigation hours  6 h\n\nSanna\n"),
])
def test_a_date_on_a_sentence_with_an_identifier_is_never_left_off_unheld(frm, to, body):
    out = _parse(frm, body, to=to)
    assert _periods(out) == [("2026-11-12", "2026-11-12")] or _held(out)


def test_a_signature_s_number_line_still_holds_nothing():
    body = ("Hej,\n\nNordkap Analys AB\n2010 Utredningstimme  6 tim\n\n/Olle\nSGN, org.nr 202100-2742, "
            "tfn 018-17 90 00\n")
    assert not _held(_parse(OLLE, body))


@pytest.mark.parametrize("note", ["Underlaget upprättat av: Olle Berglund, 2026-11-20",
                                  "Laadittu: 20.11.2026 / OB", "Prepared by: Olle Berglund, 2026-11-20"])
def test_a_drawn_up_label_s_day_is_no_unread_period(note):
    body = f"Hej,\n\nNordkap Analys AB\n2010 Utredningstimme  6 tim\n\n{note}\n\n/Olle\n"
    review = _parse(OLLE, body)["requests"][0].get("review") or []
    assert "unread_period" not in [x["code"] for x in review]


# --- a date stated after two articles for both of them; the net when it is read for one only (v34) ------------------

@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (JUHA, CENTRE_FI, "Hei,\n\nlaskutettavaa:\nKuopion Vesi Oy\nasiantuntijatunnit (AT10) 4 h ja maastopäivä "
                      "(AT20) 1 pv,\nmolemmat 12.11.2026.\n\nt. Juha\n", "2026-11-12"),
    (OLLE, CENTRE_SE, "Hej,\n\natt fakturera:\nSjöbo Vattenråd\nutredningstimmar (2010) 3 tim och fältdag (1500) 1 "
                      "dag, bägge den 5.11.2026.\n\n/Olle\n", "2026-11-05"),
    (SANNA, CENTRE_SE, "Hi,\n\nto be invoiced:\nNordkap Analys AB\ninvestigation hours (2010) 2 h and one field day "
                       "(1500) 1 day, both on 17 November 2026.\n\nSanna\n", "2026-11-17"),
])
def test_a_closing_date_for_both_articles_dates_both_lines(frm, to, body, want):
    assert _periods(_parse(frm, body, to=to)) == [(want, want), (want, want)]


def test_a_date_read_for_one_line_but_written_after_another_holds_the_request():
    body = ("Hej,\n\natt fakturera:\nSjöbo Vattenråd\nfältdag (1500) 1 dag och utredningstimmar (2010) 3 tim "
            "5.11.2026.\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _periods(out) == [("2026-11-05",) * 2] * 2 or _held(out)


def test_a_line_named_after_the_date_is_not_held_for_it():
    body = ("Hei,\n\nKuopion Vesi Oy: maastopäivät (AT20) 2 pv 1.–2.12.2026, lisäksi 5 kpl LA100 vesinäytteitä."
            "\n\nt. Juha\n")
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert "unread_period" not in [x["code"] for x in out["requests"][0].get("review") or []]


# --- a role in parentheses after the reference's name is kept as written (v01: a contract question) ---------------

@pytest.mark.parametrize(("frm", "to", "body", "ref"), [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd: fältdag (1500) 1 dag 5.11.2026. Deras referens: Anna Berg "
                      "(ekonomichef).\n\n/Olle\n", "Anna Berg (ekonomichef)"),
    (SANNA, CENTRE_SE, "Hi,\n\nNordkap Analys AB: one field day (1500) on 5 November 2026. Your reference: Anna Berg "
                       "(head of finance).\n\nSanna\n", "Anna Berg (head of finance)"),
])
def test_a_role_in_parentheses_after_the_reference_s_name_is_kept_as_written(frm, to, body, ref):
    """The lead's decision (holdout25 e10 against holdout30 v01): a buyer reference under a reference label is what
    the sender wrote after it, a role before or after the name included — the buyer routes the invoice by it."""
    assert _parse(frm, body, to=to)["requests"][0]["buyer_reference"] == ref


# --- the one day an event's noun names in the story dates the lines (v38) --------------------------------------------

@pytest.mark.parametrize(("frm", "to", "body"), [
    (SANNA, CENTRE_SE, "Hi,\n\ninvoicing for the regional workshop on 12 November 2026, customer Nordkap Analys AB, "
                       "org. no. 559233-1705, as follows.\n\n2010 Investigation hours  6 h\n\nSanna\n"),
    (OLLE, CENTRE_SE, "Hej,\n\nfakturering för övningen med räddningstjänsten den 12 november 2026, kund Sjöbo "
                      "Vattenråd, se nedan.\n\n2010 Utredningstimme  6 tim\n\n/Olle\n"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy:n koulutuksen 12.11.2026 kulut, katso alla.\n\n"
                      "AT10 Asiantuntijatunti  5 h\n\nt. Juha\n"),
])
def test_the_day_an_event_s_noun_names_dates_the_lines(frm, to, body):
    assert _periods(_parse(frm, body, to=to)) == [("2026-11-12", "2026-11-12")]


def test_an_event_still_to_come_dates_nothing():
    body = ("Hej,\n\nSjöbo Vattenråd: 2010 Utredningstimme  6 tim\n\nVi ses på nästa möte den 14 december 2026, "
            "hälsa alla.\n\n/Olle\n")
    assert _periods(_parse(OLLE, body)) == [(None, None)]


# --- the billed act's own date label in a sentence of its own dates the lines (v03) ----------------------------------

@pytest.mark.parametrize(("frm", "to", "body"), [
    (OLLE, CENTRE_SE, "Hej,\n\nfakturera Sjöbo Vattenråd:\n\nUtredningstimmar 2010: 6 tim\n\nBesöksdag 12/11 2026."
                      "\n\n/Olle\n"),
    (JUHA, CENTRE_FI, "Hei,\n\nlaskuttakaa Kuopion Vesi Oy:\n\nAsiantuntijatunnit AT10: 5 h\n\nTarkastuspäivä "
                      "12.11.2026.\n\nt. Juha\n"),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB:\n\n2010 Investigation hours  6 h\n\nDate of "
                       "inspection: 12 November 2026.\n\nSanna\n"),
])
def test_the_billed_act_s_date_label_dates_the_lines(frm, to, body):
    assert _periods(_parse(frm, body, to=to)) == [("2026-11-12", "2026-11-12")]


def test_an_invoice_date_label_dates_nothing():
    body = "Hej,\n\nfakturera Sjöbo Vattenråd:\n\nUtredningstimmar 2010: 6 tim\n\nFakturadatum 30/11 2026.\n\n/Olle\n"
    assert _periods(_parse(OLLE, body)) == [(None, None)]


# --- a count given with an alternative in the same breath is asked (v24) --------------------------------------------

@pytest.mark.parametrize(("frm", "to", "body"), [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd: fältdagar (1500) 2 dagar, eller kanske 3, vi stämmer av med "
                      "föreningen.\n\n/Olle\n"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy:\n- julkaisut JU10: 40 kpl, tai sitten 46 – tarkistan vielä.\n\n"
                      "t. Juha\n"),
    (SANNA, CENTRE_SE, "Hi,\n\nNordkap Analys AB: investigation hours (2010) 6 h, or possibly 8, I am checking the "
                       "log.\n\nSanna\n"),
])
def test_a_count_given_with_an_alternative_is_asked(frm, to, body):
    r = _parse(frm, body, to=to)["requests"][0]
    assert r["lines"][0]["quantity"] is None and r["questions"] == ["lines[0].quantity"]


def test_an_alternative_price_leaves_the_count():
    body = ("Hej,\n\nSjöbo Vattenråd: fältdagar (1500) 2 dagar 5.11.2026 à 9 600 kr eller 4 800 kr per halvdag."
            "\n\n/Olle\n")
    assert _parse(OLLE, body)["requests"][0]["lines"][0]["quantity"] == "2"
