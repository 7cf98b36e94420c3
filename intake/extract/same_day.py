"""A line said to be "the same day" as the one before it: that line's day is its period.

Why: "Till deras anlöp 18.11.2026 kommer en tilläggstjänst (H90) … Hamnavgiften H10, 1 anlöp, samma dag." names
the day once and refers back to it. The second line went out without a period. The contract dates a line by a
single service day; "samma dag" / "same day" / "samana päivänä" states that day by reference. Only a line whose own
text says so and names no date of its own takes it, and only from the line read right before it when that one is
dated by one day (a range is no "day").
"""
from __future__ import annotations

import re

from .dates import find_dates
from .model import LineItem, Where
from .segments import Segment
from .text_context import TextContext

_SAME_DAY_RE = re.compile(r"(?i)\b(?:samma\s+(?:dag|datum|dygn)|same\s+(?:day|date)|"
                          r"samana\s+päivänä|sama\s+päivä|samalla\s+päivällä|samana\s+päivämääränä)\b")


def apply_same_day(lines: list[LineItem], used: list[Segment], ctx: TextContext) -> None:
    """Date each undated line whose text says "same day" with the one-day period of the line before it."""
    texts = {n: t for seg in used for n, t in seg.body()}
    for prev, li in zip(lines, lines[1:]):
        w = li.where.get("article") or li.where.get("quantity")
        text = texts.get(w.line) if w and w.line is not None and w.part == ctx.part else None
        if li.period is not None or not text or not _SAME_DAY_RE.search(text) or \
                find_dates(text, ctx.year, ctx.on):
            continue
        if prev.period is not None and prev.period[0] == prev.period[1]:
            li.set_period(prev.period, Where(ctx.part, line=w.line if w else None, rule="prose:same day",
                                             how="stated"))
