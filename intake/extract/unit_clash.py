"""A count written in hours is no count of an article the register counts in something else.

Why: a sentence often names an article and, later, something else with its own count — "bildlicenser (VM20) till
boken, samt konservering av en tavla, 6 timmar" — and the first count of the clause was taken for the article: an
article priced per piece was invoiced six times. Hours are a measure: "6 timmar", "3 tuntia", "4 hours" count no
pieces, images, days or months. Such a count is the article's only when nothing else is (the one count in the
article's own short unit beside it, "6 timmar, 12 st"); otherwise the article's count is asked, never invoiced
from another unit. An article counted in quarter-hours or minutes reads hours itself (intake.extract.quarter_hours).

Pieces for an hourly article are not a contradiction: "st"/"kpl" is the generic count word of Swedish and Finnish
forms, and earlier decisions read "Artikel 1010, 3 st" and "tuote V100, 4 kpl" for hourly articles as their
count (tests/intake/test_structure_quoting.py, tests/intake/fixtures/parse_more m01).
"""
from __future__ import annotations

import re
from decimal import Decimal

from .model import LineItem
from .quantities import find_quantity
from .text_context import TextContext
from .unit_counts import count_in_short_unit

#: the sender's unit right after the count: hours
_HOURS_AFTER_RE = re.compile(r"(?i)\s*(?:h|t|tim|timme|timmar|timmars|tunti|tuntia|tunnin|hours?|hrs?)\b")
#: register units counted in hours, and those that count parts of an hour (they read hours themselves)
_HOUR_UNITS = frozenset({"h", "t", "tim", "timme", "timmar", "tunti", "tuntia", "hour", "hours", "hr", "hrs"})
_PART_HOUR_UNITS = frozenset({"kvart", "kvartar", "varttitunti", "min", "minuutti", "minute", "minutes"})


def unit_clashes(text: str, span: tuple[int, int] | None, art: dict | None) -> bool:
    """True when the count at `span` in `text` is written in hours for an article the register counts in
    something else than (parts of) hours."""
    unit = str((art or {}).get("unit") or "").casefold().strip(". ")
    if span is None or not unit or unit in _HOUR_UNITS or unit in _PART_HOUR_UNITS:
        return False
    return bool(_HOURS_AFTER_RE.match(text, span[1]))


def settle_unit(text: str, art: dict | None, read: tuple[Decimal | None, tuple[int, int] | None, str],
                spans: list[tuple[int, int]]) -> tuple[Decimal | None, tuple[int, int] | None, str]:
    """The count read (quantity, its span, its rule), unless it is in hours for an article not counted in hours:
    then the one count in the article's own short unit ("6 timmar, 12 st" for a piece article: 12), else none."""
    if not unit_clashes(text, read[1], art):
        return read
    own = count_in_short_unit(text, art, spans)
    return (own[0], own[1], "count in the article's unit") if own else (None, None, "count")


def drop_clashing_counts(lines: list[LineItem], written: dict[int, str], ctx: TextContext) -> None:
    """A labelled count in hours for an article not counted in hours ("Artikel: 3020" with "Antal: 4 timmar", in
    either order) is no count of it: asked. `written` holds each line's count label as written, by id."""
    for li in lines:
        val = written.get(id(li))
        if val is None or li.quantity is None or not li.article:
            continue
        q, span = find_quantity(val, ctx, bare_ok=True)
        if q == li.quantity and unit_clashes(val, span, ctx.registry.article(ctx.agency_code, li.article)):
            li.quantity = None
            li.where.pop("quantity", None)
