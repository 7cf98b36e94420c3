"""A price raised by an index or a percentage: "Avgiften räknas upp med KPI, 2,4 %", "indeksikorotus 3,0 % =
422,30 €", "fee indexed +1.8 % (CPI)".

The register holds last period's price; after a raise the invoiced price is neither the register's nor the one
written before the percentage. Computing it ourselves would be a guess (rounding, base month, index series), so
the stated result is taken only when the mail writes it and it checks out — the price before the raise times
(1 + the percentage), to the cent — and the segment has one line. Otherwise every line's price is asked. A
result stated without a percentage ("nytt pris 422,30 €") is a stated price and needs no rule here.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .amounts import find_amounts
from .model import LineItem

#: a raise word: "räknas upp", "uppräkning", "indexuppräkning", "indexeras", "KPI", "höjs", "prishöjning",
#: "indeksikorotus", "korotus", "korotetaan", "nousee", "index increase", "indexed", "raised", "uplift", "CPI"
_RAISE_RE = re.compile(
    r"(?i)\b(?:räknas upp|uppräkn\w*|indexuppräkn\w*|indexera\w*|indexjuster\w*|kpi|höjs|höjning\w*|prishöjning\w*|"
    r"\w*korotu\w*|korotet\w*|korotetaan|indeksi\w*|nousee|index(?:ed|ation)?|increase[ds]?|raised?|uplift|cpi)\b")
_PERCENT_RE = re.compile(r"(?<![\d.,])(?P<p>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|procent|prosenttia|percent)")
_RESULT_CUE_RE = re.compile(r"(?:=|→|⇒|\bdvs\.?|\balltså|\beli\b|\bi\.\s?e\.?|\bgives\b|\bblir\b|\bon\b)\s*:?\s*$",
                            re.IGNORECASE)
_NEAR = 60      # the percentage stands this close to the raise word, in the same sentence


def raise_percent(text: str) -> tuple[Decimal, int, int] | None:
    """The percentage a raise word goes with ("räknas upp med KPI, 2,4 %"), and its span; None without one."""
    for rm in _RAISE_RE.finditer(text):
        for pm in _PERCENT_RE.finditer(text):
            gap = text[min(rm.end(), pm.end()):max(rm.start(), pm.start())]
            if len(gap) <= _NEAR and not re.search(r"[.!?]\s|\n", gap):
                return Decimal(pm.group("p").replace(",", ".")), pm.start(), pm.end()
    return None


def raised_result(text: str, pct: Decimal, start: int, end: int) -> tuple[Decimal, Decimal] | None:
    """(price before, price after) when the text writes both around the percentage and they check out."""
    money = [a for a in find_amounts(text) if a.value is not None and not a.approximate and a.has_currency]
    before = [a for a in money if a.end <= start]
    after = [a for a in money if a.start >= end and _RESULT_CUE_RE.search(text[end:a.start])]
    if not before or len(after) != 1 or before[-1].value is None or after[0].value is None:
        return None
    base, result = before[-1].value, after[0].value
    expect = (base * (100 + pct) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return (base, result) if expect == result.quantize(Decimal("0.01")) else None


def apply_index_raise(lines: list[LineItem], text: str) -> None:
    """Lines of a segment whose text raises the price by a percentage: the one line takes the stated, checked
    result; otherwise every price is asked (never the register's old price)."""
    found = raise_percent(text)
    if found is None or not lines:
        return
    pair = raised_result(text, *found)
    if pair and len(lines) == 1 and lines[0].unit_price in (None, *pair):
        lines[0].unit_price, lines[0].price_approx = pair[1], False
        return
    for li in lines:
        li.unit_price, li.amount, li.price_approx = None, None, True


def checked_raise(text: str) -> tuple[Decimal, Decimal] | None:
    """(price before, price after) of a raise the text states and that checks out; for the leftover net, where the
    price before is accounted for once the price after was read."""
    found = raise_percent(text)
    return raised_result(text, *found) if found else None
