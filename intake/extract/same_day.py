"""A line said to be "the same day" as the one before it: that line's day is its period.

Why: "Till deras anlöp 18.11.2026 kommer en tilläggstjänst (H90) … Hamnavgiften H10, 1 anlöp, samma dag." names
the day once and refers back to it. The second line went out without a period. The contract dates a line by a
single service day; "samma dag" / "same day" / "samana päivänä" states that day by reference. Only a line whose own
text says so and names no date of its own takes it, and only from the line read right before it when that one is
dated by one day (a range is no "day"); "the same period" ("samalle jaksolle", "för samma period") takes the line
before's period, a range too. Only the sentence naming the line's article is read (holdout45: a paragraph on one line
dated its first item in an earlier sentence).
"""
from __future__ import annotations

import re

from .dates import find_dates
from .model import LineItem, Where
from .segments import Segment
from .text_context import TextContext

_SAME_DAY_RE = re.compile(r"(?i)\b(?:samma\s+(?:dag|datum|dygn)|same\s+(?:day|date)|"
                          r"samana\s+päivänä|sama\s+päivä|samalla\s+päivällä|samana\s+päivämääränä)\b")
#: "the same period" as the line before, which may be a range: "(LL40) 12 h samalle jaksolle", "A20 4 h för samma
#: period", "B30 2 h for the same period"
_SAME_PERIOD_RE = re.compile(r"(?i)\b(?:samma\s+period|same\s+period|samalle\s+jaksolle|samalla\s+jaksolla|"
                             r"samalta\s+jaksolta|samalle\s+ajalle|samalta\s+ajalta)\b")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def _own_sentence(text: str, code: str | None) -> str:
    """The sentence of `text` naming the line's article (the whole text when it names none or no sentence does):
    a paragraph written on one line dates its earlier items in sentences of their own."""
    parts = _SENTENCE_END_RE.split(text)
    return next((p for p in parts if code and code in p), text) if len(parts) > 1 else text


def apply_same_day(lines: list[LineItem], used: list[Segment], ctx: TextContext) -> None:
    """Date each undated line whose sentence says "same day" with the one-day period of the line before it, or
    "same period" with that line's period."""
    texts = {n: t for seg in used for n, t in seg.body()}
    for prev, li in zip(lines, lines[1:]):
        w = li.where.get("article") or li.where.get("quantity")
        text = texts.get(w.line) if w and w.line is not None and w.part == ctx.part else None
        if li.period is None and text:
            text = _own_sentence(text, li.article)
        if li.period is not None or not text or find_dates(text, ctx.year, ctx.on) or prev.period is None:
            continue
        day = _SAME_DAY_RE.search(text) and prev.period[0] == prev.period[1]
        if day or _SAME_PERIOD_RE.search(text):
            li.set_period(prev.period, Where(ctx.part, line=w.line if w else None, rule="prose:same day",
                                             how="stated"))
