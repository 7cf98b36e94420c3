"""The classes the forty-fourth blind set (tests/intake/cases_holdout44) found, each in other words than its case:
two list items alike (same article, count and price) are two lines, never one read twice; "à 4 h" after a number
of times is the size of each time and a clock range ("klo 8–12") the hours of a booking — neither a price nor a
count left unread; a fee's threshold with its noun said before it ("sidor utöver de första tio (T10)") or turned
round ("de tio första") is no count; an approximate count after its unit or a count word as a label ("Antal: ca
180") is asked, never the numbers that explain it."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.extract.thresholds import threshold_spans
from intake.parse import parse_message
from tests.intake.cases.mailkit import mail
from tests.intake.cases_holdout44.kit44 import CENTRE_FI, CENTRE_SE, REGISTRY, W


def _parse(frm: str, body: str, to: str = CENTRE_SE, subject: str = "Fakturering") -> dict:
    m = mail(frm, subject, "Tue, 16 Mar 2027 10:00:00 +0100", body, to=to, attachments=None)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict) -> list[dict]:
    return [li for r in out["requests"] for li in r["lines"]]


def _questions(out: dict) -> list[str]:
    return [q for r in out["requests"] for q in r["questions"]]


def _held(out: dict) -> list[Any]:
    return [x for r in out["requests"] for x in (r.get("review") or [])]


def test_two_list_items_alike_are_two_lines():
    body = ("Hej,\n\nHamnviks Hembygdsförening (kundnr C-4401) hade två skolklasser på visning i februari:\n\n"
            "* M10 klass 4A, 1 grupp\n* M10 klass 4B, 1 grupp\n\nMvh\nBirgitta\n")
    lines = _lines(_parse(W["mus_b"], body))
    assert [(li["article"], li["quantity"]) for li in lines] == [("M10", "1"), ("M10", "1")]


def test_times_of_a_size_and_clock_hours_are_read_not_left_over():
    body = ("Hei,\n\nLimnotieto Oy (asiakasnro C-4508), maaliskuun kenttäapu:\n\n"
            "- A60 maanantait klo 8-12, 3 kertaa à 4 h = 12 h\n- A60 perjantait klo 7-10, 2 kertaa à 3 h = 6 h\n\n"
            "Terveisin\nPekka\n")
    out = _parse(W["ahv_p"], body, to=CENTRE_FI, subject="Kenttäapu maaliskuu")
    assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("A60", "12"), ("A60", "6")]
    assert _held(out) == []


def test_a_threshold_with_its_noun_before_it_is_no_count():
    assert threshold_spans("sidor utöver de första tio (T10): 57 st") and threshold_spans("57 minus de tio första")
    assert threshold_spans("pages beyond the first 10, 57 in all")
    body = ("Hej,\n\nTill Mossby kommun (kundnr C-4412) har vi skickat domen i mål T 310-27 den 9 mars.\n\n"
            "Grundavgift (T20) 1 st\nKopior utöver de första tio (T10), 57 sidor\n\nHälsningar\nAnders\n")
    lines = _lines(_parse(W["trt_a"], body))
    assert [(li["article"], li["quantity"]) for li in lines] == [("T20", "1"), ("T10", "57")]


def test_an_approximate_count_after_its_label_is_asked():
    body = ("Hej,\n\nMossby kommun (kundnr C-4412) har beställt utredningen i mål B 77-27; den är inte kopierad än.\n\n"
            "T10 kopior, antal: ca 180 (190 sidor minus de tio första)\n\nHälsningar\nAnders\n")
    out = _parse(W["trt_a"], body)
    lines = _lines(out)
    assert len(lines) == 1 and lines[0]["article"] == "T10" and lines[0]["quantity"] is None
    assert Decimal(lines[0]["unit_price"]) == Decimal("2.00") and _questions(out) == ["lines[0].quantity"]
