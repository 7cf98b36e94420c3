"""The classes the 33rd blind set (tests/intake/cases_holdout33) found, each in other words than its case: the story
above a list counts the visit in another number of hours or days than the list's line (two counts of one line's
unit, one of several lines) — the count asked, never the list's chosen; a sum of the story's counts that equals the
line, a rate or the same count said again leave it standing."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, text_att
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


# --- the story above the list counts the line's unit otherwise (w13, money-critical) -------------------------------

_STORY_ABOVE = [
    (JUHA, CENTRE_FI, "Hei,\n\nolin Kuopion Vesi Oy:n kohteessa 12.11.; työ kesti kuusi tuntia. Lisäksi heiltä "
                      "otettiin vesinäyte.\n\nVeloitettavat:\nAT10 asiantuntijatyö 12.11.2026 7,5 h\n"
                      "LA100 vesinäyte 1 kpl\n\nt. Juha\n", "AT10"),
    (OLLE, CENTRE_SE, "Hej,\n\nvi var hos Sjöbo Vattenråd den 10 november, besöket tog 2 timmar. Dessutom fick de en "
                      "tryckt rapport.\n\nAtt fakturera:\n2010 utredning 10.11.2026 3 tim\n3020 rapport 1 st\n\n"
                      "/Olle\n", "2010"),
    (SANNA, CENTRE_SE, "Hi,\n\nI visited Nordkap Analys AB on 12 November; the inspection took five hours. They "
                       "also got a printed report.\n\nTo invoice:\n2010 investigation 12.11.2026 4 h\n"
                       "3020 report 1 pcs\n\nSanna\n", "2010"),
]


@pytest.mark.parametrize(("frm", "to", "body", "article"), _STORY_ABOVE)
def test_the_story_above_the_list_counting_the_line_otherwise_is_asked(frm, to, body, article):
    out = _parse(frm, body, to=to)
    lines = _lines(out)
    assert lines[0][:2] == (article, None)
    assert "lines[0].quantity" in out["requests"][0]["questions"]


_STORY_AGREES = [
    "besöket tog 3 timmar.",                          # the same count said again
    "vi var där 2 timmar på förmiddagen och 1 timme på eftermiddagen.",   # parts that sum to the line
    "vi brukar räkna 8 timmar per dag.",              # a rate, not this visit
]


@pytest.mark.parametrize("story", _STORY_AGREES)
def test_a_story_that_agrees_with_the_list_leaves_the_count(story):
    body = (f"Hej,\n\nvi var hos Sjöbo Vattenråd den 10 november, {story} Dessutom fick de en tryckt rapport.\n\n"
            "Att fakturera:\n2010 utredning 10.11.2026 3 tim\n3020 rapport 1 st\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert [ln[:2] for ln in _lines(out)] == [("2010", Decimal(3)), ("3020", Decimal(1))]
    assert out["requests"][0]["questions"] == []


# --- a day and month without its closing dot before a word is the day, never the count (w33) -----------------------

@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (OLLE, CENTRE_SE, "Hej,\n\nutredning hos Sjöbo Vattenråd 16.5 inför bygget, 3 timmar (2010).\n\n/Olle\n",
     ("2010", Decimal(3))),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy: asiantuntijatyö 4.6 työmaalla, kolme tuntia (AT10).\n\nt. Juha\n",
     ("AT10", Decimal(3))),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB: investigation 23.9 for the new road, 5 hours "
                       "(2010).\n\nSanna\n", ("2010", Decimal(5))),
])
def test_a_day_and_month_without_its_last_dot_is_no_count(frm, to, body, want):
    out = _parse(frm, body, to=to)
    assert [ln[:2] for ln in _lines(out)] == [want]


def test_a_decimal_count_with_its_unit_stays_a_count():
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd: utredning (2010) 2.5 tim den 12 november.\n\n/Olle\n")
    assert [ln[:2] for ln in _lines(out)] == [("2010", Decimal("2.5"))]


# --- the count of persons in the sentence before an article charged per person (w07) -------------------------------

@pytest.mark.parametrize("body", [
    "Hei,\n\nKuopion Vesi Oy:n koulutuspäivä 12.11.2026, 9 osallistujaa. Koulutus (KO10) hinnaston mukaan.\n\n"
    "t. Juha\n",
    "Hei,\n\nKuopion Vesi Oy:n koulutus 12.11.2026, mukana 9 henkeä. Osallistumismaksu (KO10) hinnaston mukaan.\n\n"
    "t. Juha\n",
    "Hi,\n\nKuopion Vesi Oy training day on 12 November 2026, 9 participants. Training fee (KO10) as per the price "
    "list.\n\nJuha\n",
])
def test_the_persons_counted_in_the_sentence_before_count_a_per_person_article(body):
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert [ln[:2] for ln in _lines(out)] == [("KO10", Decimal(9))]


# --- a note naming several codes, a forwarded order counting each by that name (w34) -------------------------------

_NAMED_FORWARDS = [
    (OLLE, CENTRE_SE, "Hej, fakturera Sjöbo Vattenråd enligt nedan: utredning (2010) och granskning (2020) "
                      "enligt avtalet.\n/Olle\n\n-------- Vidarebefordrat meddelande --------\n"
                      "Från: Sjöbo Vattenråd <info@sjobovatten.se>\n\nHej!\n\nSom avtalat: utredningen tog "
                      "sammanlagt 7 timmar, därtill granskning 3 timmar.\n\nHälsningar\nEva\n",
     [("2010", Decimal(7)), ("2020", Decimal(3))]),
    (JUHA, CENTRE_FI, "Hei, laskuttakaa alla olevasta: AT10 (asiantuntijatyö) ja AT20 (maastopäivät). -Juha\n\n"
                      "---------- Välitetty viesti ----------\nLähettäjä: Kuopion Vesi Oy <info@kuopionvesi.fi>\n\n"
                      "Hei!\n\nKuten sovittiin: maastopäivät kaksi päivää 9.–10.11.2026 ja asiantuntijatyö yhteensä "
                      "6 tuntia.\n\nTerveisin\nPekka\n", [("AT10", Decimal(6)), ("AT20", Decimal(2))]),
]


@pytest.mark.parametrize(("frm", "to", "body", "want"), _NAMED_FORWARDS)
def test_each_named_code_takes_the_forwarded_count_of_its_name(frm, to, body, want):
    out = _parse(frm, body, to=to)
    assert sorted(ln[:2] for ln in _lines(out) if ln[0]) == want


def test_a_name_the_order_does_not_use_leaves_the_counts_asked():
    body = ("Hej, fakturera Sjöbo Vattenråd enligt nedan: utredning (2010) och granskning (2020).\n/Olle\n\n"
            "-------- Vidarebefordrat meddelande --------\nFrån: Sjöbo Vattenråd <info@sjobovatten.se>\n\nHej!\n\n"
            "Vi bekräftar 7 timmar och 3 timmar.\n\nHälsningar\nEva\n")
    out = _parse(OLLE, body)
    assert [ln[1] for ln in _lines(out) if ln[0]] == [None, None]


# --- a health system's export: patient, procedure code, procedure (w02) ---------------------------------------------

@pytest.mark.parametrize(("frm", "to", "name", "csv"), [
    (JUHA, CENTRE_FI, "kaynnit.csv", "Potilas;Henkilötunnus;Toimenpidekoodi;Toimenpide;Kpl;Käyntipvm\n"
                                     "Heikkilä Aino;120385-2461;LA100;Näyte, perus;2;5.11.2026\n"),
    (OLLE, CENTRE_SE, "besok.csv", "Patient;Personnummer;Åtgärdskod;Åtgärd;Antal;Besöksdatum\n"
                                   "Nyström Elsa;19500614-2383;1020;Mätning vid besöket;2;2026-11-05\n"),
    (SANNA, CENTRE_SE, "visits.csv", "Patient;Personal id;Procedure code;Procedure;Qty;Visit date\n"
                                     "Elsa Nyström;19500614-2383;1020;Measurement at the visit;2;2026-11-05\n"),
])
def test_a_procedure_code_and_the_procedure_are_the_row_s_article_and_text(frm, to, name, csv):
    out = _parse(frm, "Hei / Hej,\n\nbifogat / liitteenä.\n\n", to=to, attachments=[text_att(name, csv)])
    row = csv.splitlines()[1].split(";")
    lines = out["requests"][0]["lines"]
    assert [(ln["article"], ln["quantity"], ln["description"]) for ln in lines] == [(row[2], "2", row[3])]
    # the patient listed surname first is the registered person, not a conflict a clerk must settle
    assert "identity_conflict" not in [f["code"] for f in out["requests"][0].get("review", [])]
