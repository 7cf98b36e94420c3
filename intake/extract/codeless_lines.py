"""A request whose text names no article and no price but one thing done with its count ("hyrde ett av våra
seminarierum onsdagen den 2 december 2026, 6 timmar. Kan ni skicka en faktura?") has that one line, without an
article: its price is asked.

Why: without a line the whole request was asked again ("which lines?"), although the mail states what was done
and how much; only the price is missing. Articles are never matched by name (a guess), so the line has none and
its price is asked — the request can never go out without an answer. Only when the text yields no other line, and
exactly one sentence holds a count with a unit of time or pieces; more such sentences are no single answer.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .model import LineItem
from .quantities import read_quantity
from .text_context import TextContext

UNIT_AFTER_RE = re.compile(r"(?i)\s*(?:tim|timmar|timme|h|dag|dagar|dygn|st|styck|kpl|tuntia|tunti|päivää|"
                           r"päivä|hours?|days?|pcs|pieces)\b")


def lone_codeless_line(sentences: list[tuple[int, str]], ctx: TextContext,
                       read_line: Callable[[str, TextContext, str | None, int], LineItem | None]) -> LineItem | None:
    """The one line of the one counted sentence among `sentences` (each without a code and a price), or None."""
    found: list[LineItem] = []
    for n, unit in sentences:
        q, span, _rule = read_quantity(unit, ctx)
        if q is None or span is None or not UNIT_AFTER_RE.match(unit, span[1]):
            continue
        li = read_line(unit, ctx, None, n)
        if li is not None and li.quantity is not None and li.unit_price is None and li.amount is None:
            found.append(li)
    return found[0] if len(found) == 1 else None
