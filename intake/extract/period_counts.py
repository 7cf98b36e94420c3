"""A count in calendar units that contradicts the line's own stated period: the count asked.

    autopaikka TK20 ajalle 1.2.–31.3.2027, 3 kk à 45 €.        → two months written as three: asked
    Hyra för förrådet, januari–mars 2027, 2 månader à 1 450 kr → three months written as two: asked
    Lab bench, 1 March – 31 May 2027, 3 months at 850 EUR      → three, the period agrees: stands

Why: a blind set found "3 kk" for 1.2.–31.3. invoiced three times straight through (money-critical). The count
and the period are two statements of one thing; when they disagree one of them is wrong, and which is a guess the
contract asks, never makes (periods are never asked: the count is). Only a count written in the article's own
calendar unit (the register's "kk", "mån", "vko", "kvartal") is compared, and only with a period that holds a
whole number of those units (intake.extract.calendar_units); "2 platser, 3 månader" counts places and months,
a term or a season has no fixed length.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .calendar_units import unit_family, units_in
from .model import LineItem, Where
from .quantities import mask_spans
from .text_context import TextContext, overlaps

_COUNT_UNIT_RE = re.compile(r"(?<![\w.,:/-])(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?P<u>[^\W\d_]+\.?)")


def ask_period_count(lines: list[LineItem], texts: dict[int, str], ctx: TextContext) -> None:
    """Ask each line's count that its own text writes in the article's calendar unit and its period contradicts."""
    for li in lines:
        w = li.where.get("quantity")
        if li.quantity is None or li.period is None or not li.article or w is None or w.part != ctx.part \
                or w.line not in texts:
            continue
        art = ctx.registry.article(ctx.agency_code, li.article) or {}
        family = unit_family(str(art.get("unit") or ""))
        held = units_in(li.period, family) if family else None
        if held is None or Decimal(held) == li.quantity or not _written_in(texts[w.line], li.quantity, family, ctx):
            continue
        li.where["quantity"] = Where(w.part, line=w.line, rule="count contradicts its own period", how="inferred",
                                     segment=w.segment)
        li.quantity, li.amount = None, None


def _written_in(text: str, value: Decimal, family: str | None, ctx: TextContext) -> bool:
    """The text counts `value` in a unit of `family` ("3 kk", "2 månader")."""
    spans = mask_spans(text, ctx)
    for m in _COUNT_UNIT_RE.finditer(text):
        if overlaps(spans, m.start("n"), m.end("n")):
            continue
        if Decimal(m.group("n").replace(",", ".")) == value and unit_family(m.group("u")) == family:
            return True
    return False
