"""A bare amount after a count that is the count times the register's price is the line's total, not its price:
"Extratur XT10: 2 tim, 9 600 kr" for a register price of 4 800 kr a started hour.

Why: a skipper's or driver's report writes each line as its count and what it comes to; with no "à", "per" or "x"
the prose reader takes a bare amount as the price of one, so two hours went out at 9 600 kr each (twice the line).
When the amount is exactly the count times the register's price, the mail and the register agree on what it is —
the line's total — and it is read so. Any other bare amount stays as read (a stated price wins; the gate compares
it with the register's); an amount said to be of one ("à 950 kr") is never touched.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .model import LineItem
from .text_context import TextContext

#: an amount said to be of one: "à 950 kr", "@ 950", "950 kr/tim", "per timme", "2 x 950", "each", "a-pris"
_EACH_RE = re.compile(r"(?i)(?:\bà|\bá|@|\bper\b|\d\s*(?:kr|sek|eur|€)?\s*/\s*[^\W\d_]|\b\d+\s*[x×]\s*\d|\beach\b|"
                      r"\bstyck\w*|\ba-?pris|\bkappale\w*|\bhinta/)")


def totals_at_register_price(lines: list[LineItem], body: list[tuple[int, str]], ctx: TextContext) -> None:
    """Read a bare amount that is count × register price as the line's total (module doc)."""
    texts = dict(body)
    for li in lines:
        w = li.where.get("unit_price")
        if not li.article or li.quantity is None or li.quantity <= 1 or li.unit_price is None or \
                li.amount is not None or w is None or w.part != ctx.part or w.line not in texts:
            continue
        reg = _register_price(ctx, li.article)
        if reg is None or li.unit_price == reg or li.unit_price != li.quantity * reg or \
                _EACH_RE.search(texts[w.line]):
            continue
        li.amount, li.unit_price = li.unit_price, None
        li.where["amount"] = li.where.pop("unit_price")


def _register_price(ctx: TextContext, code: str) -> Decimal | None:
    price = (ctx.registry.article(ctx.agency_code, code) or {}).get("unit_price")
    try:
        return Decimal(str(price)) if price not in (None, "") else None
    except InvalidOperation:
        return None
