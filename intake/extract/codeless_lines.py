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


#: a sentence telling how counts were reckoned ("ratatunnit on laskettu ratakohtaisesti, 1,5 h × 2 rataa = 3",
#: "timmarna är räknade per bana", "hours have been counted per lane"): it explains the rows it stands beside,
#: it orders nothing (holdout43 w17 invoiced it a second time, without a price)
_RECKONED_RE = re.compile(
    r"(?i)\b(?:on|ovat|olemme)\s+(?:\S+\s+)?laske\w*|\blasketaan\b|\blaskettu\b|"
    r"\b(?:har|är|blir)\s+(?:\S+\s+)?(?:räknats|beräknats|räknade?|beräknade?|uträknade?)\b|\bräknas\s+(?:som|per)\b|"
    r"\b(?:has|have)\s+been\s+(?:calculated|counted|computed|reckoned)\b|\b(?:are|is)\s+(?:calculated|counted|"
    r"computed)\s+(?:per|by|as)\b")


def lone_codeless_line(sentences: list[tuple[int, str]], ctx: TextContext,
                       read_line: Callable[[str, TextContext, str | None, int], LineItem | None]) -> LineItem | None:
    """The one line of the one counted sentence among `sentences` (each without a code and a price), or None."""
    found: list[LineItem] = []
    for n, unit in sentences:
        if _RECKONED_RE.search(unit):
            continue
        q, span, _rule = read_quantity(unit, ctx)
        if q is None or span is None or not UNIT_AFTER_RE.match(unit, span[1]):
            continue
        li = read_line(unit, ctx, None, n)
        if li is not None and li.quantity is not None and li.unit_price is None and li.amount is None:
            found.append(li)
    return found[0] if len(found) == 1 else None


#: a list item: a dash, a bullet or a number opening the line
_ITEM_RE = re.compile(r"^\s*(?:[-–—*•]|\d{1,2}[.)])\s*")
#: an item that tells a part of the line above ("- varav 2 st från kommunen", "- joista 2 kpl …"): no line
_PART_OF_RE = re.compile(r"(?i)\b(?:varav|därav|av\s+dem|av\s+vilka|joista|niistä|josta|of\s+which|of\s+these|"
                         r"of\s+them|including|inklusive|inkl|sisältäen|sis)\b")


def listed_codeless_line(unit: str, ctx: TextContext, previous_listed: bool, n: int,
                         read_line: Callable[[str, TextContext, str | None, int], LineItem | None]
                         ) -> LineItem | None:
    """A list item without a code and a price that names a thing and counts it in a unit of pieces or time,
    beside an item of the same list that gave a line ("- juhlasali (VK20) 1 päivä" / "- kadonnut avain 1 kpl,
    hinta selviää myöhemmin"): a line of its own without an article, its price asked.

    Why: holdout28's c27 dropped such an item, and the request went out with the hall only — a charge the sender
    listed was never invoiced, nor asked. A list of things charged is one line per item; an item the register
    does not price is still an item. Only after an item that gave a line (a list of charges, not a list of
    notes), and only when words name the thing before its count ("- 3 deltagare" alone names nothing)."""
    item = _ITEM_RE.match(unit)
    if not previous_listed or not item:
        return None
    q, span, _rule = read_quantity(unit, ctx)
    if q is None or span is None or not UNIT_AFTER_RE.match(unit, span[1]):
        return None
    named = unit[item.end():span[0]]
    if not re.search(r"[^\W\d_]{3,}", named) or _PART_OF_RE.search(named):
        return None
    li = read_line(unit, ctx, None, n)
    if li is None or li.quantity is None or li.unit_price is not None or li.amount is not None:
        return None
    return li
