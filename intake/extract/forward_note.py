"""An agency's note above a forwarded order: the note classifies, the order counts.

Agencies forward what a customer wrote in words ("Nordkap Analys AB beställer expertgranskning, 6 timmar") and
add the article and the agreed price above it ("Fakturera enligt nedan, art. 2020. Timpris enligt avtal 1 150
kr."). Read apart, the note gives a line without a count and a price sentence without an article, and the order
gives a count without an article — three half-lines, each asking a question. Read together they are one line:

* a price sentence of the note (a price, no article, no count) prices the note's one article line without a
  price of its own;
* the note's one article line without a count takes the forwarded order's one count of things of the article's
  unit ("6 timmar" for an article sold by the hour), only when the order itself gave no line. That count is
  marked `how: inferred` (the gate holds the request for a clerk: joining two writers' words is a reading, not a
  statement).
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .calendar_units import unit_family
from .forward_names import join_named_counts
from .model import LineItem, Where
from .quantities import read_quantity
from .segments import Segment
from .text_context import TextContext

#: unit families: an article's register unit and the word after a count must name the same kind of thing
_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hour", re.compile(r"(?i)^(?:h|hrs?|hours?|tim|timme|timmar|timmes|t|tunti\w*|tuntia)$")),
    ("day", re.compile(r"(?i)^(?:d|dag|dagar|days?|pv|päivä\w*|päiv\w*|vrk)$")),
    ("piece", re.compile(r"(?i)^(?:st|styck\w*|kpl|kappale\w*|pcs|pieces?|ex|exemplar|copies|copy)$")),
    ("person", re.compile(r"(?i)^(?:hlö|henkilö\w*|deltagare|osallistuj\w*|participants?|persons?|personer)$")),
)


def _family(word: str) -> str | None:
    w = word.strip(" .,;:()").casefold()
    return next((name for name, rx in _FAMILIES if rx.match(w)), None) or unit_family(w)   # weeks, months …


def _newest(li: LineItem) -> bool:
    return any(w.segment == "newest" for w in li.where.values())


def join_note_and_order(lines: list[LineItem], segments: list[Segment], ctx: TextContext) -> list[LineItem]:
    """The lines with a note's price sentence and a forwarded order's count joined into the note's article line
    (see the module docstring); unchanged when the shape is not exactly that."""
    if not any(seg.role == "forwarded" for seg in segments):
        return lines    # no forwarded order under the text: nothing to read together
    target = [li for li in lines if _newest(li) and li.article and li.unit_price is None and li.amount is None]
    prices = [li for li in lines if _newest(li) and not li.article and li.quantity is None and
              li.unit_price is not None and not li.price_approx]
    if len(target) > 1 and not prices and not any(li.article and w.segment == "forwarded"
                                                  for li in lines for w in li.where.values()):
        return join_named_counts(lines, target, segments, ctx, _family)   # "stora salen (SK10) och tekniker (SK30)"
    if len(target) != 1:
        return lines
    line = target[0]
    out = list(lines)
    if len(prices) == 1:
        line.unit_price, line.currency = prices[0].unit_price, line.currency or prices[0].currency
        w = prices[0].where.get("unit_price") or next(iter(prices[0].where.values()), None)
        if w is not None:
            line.where["unit_price"] = replace(w, rule="note: price sentence")
        out.remove(prices[0])
    order = [li for li in out if any(w.segment == "forwarded" for w in li.where.values())]
    if line.quantity is None and not order:
        _count_from_order(line, segments, ctx)
    elif line.quantity is None and len(order) == 1 and _bare_count(order[0]) and \
            _count_from_order(line, segments, ctx) and line.quantity == order[0].quantity:
        # "Vi bekräftar istiden under sportlovet v. 9, totalt 10 timmar i Himlabacken" below "fakturera enligt
        # bekräftelsen nedan, istid IF10": the order's count and its dates are the note's line, not a line of its own
        if order[0].period is not None and line.period is None:
            line.set_period(order[0].period, order[0].where.get("period") or line.where["quantity"])
        out.remove(order[0])
    return out


def _bare_count(li: LineItem) -> bool:
    """A line the order gave with a count and nothing else to invoice by: no article, no price, no amount."""
    return li.quantity is not None and not li.article and li.unit_price is None and li.amount is None


def _count_from_order(line: LineItem, segments: list[Segment], ctx: TextContext) -> bool:
    """The forwarded order's one count of the article's unit, as the line's quantity (inferred); whether found."""
    art = ctx.registry.article(ctx.agency_code, line.article) or {}
    family = _family(str(art.get("unit") or ""))
    if family is None:
        return False
    found: list[tuple[Decimal, int]] = []
    for seg in segments:
        if seg.role != "forwarded":
            continue
        for n, t in seg.body():
            q, span, rule = read_quantity(t, ctx)
            if q is None or span is None or rule != "count":
                continue
            nxt = re.match(r"\s*([^\W\d_]+)", t[span[1]:])
            if nxt and _family(nxt.group(1)) == family:
                found.append((q, n))
    if len(found) != 1:
        return False
    q, n = found[0]
    line.quantity = q
    line.where["quantity"] = Where(ctx.part, line=n, rule="forwarded order: count", how="inferred",
                                   segment="forwarded")
    return True
