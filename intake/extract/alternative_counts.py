"""A count the sender gives with an alternative in the same breath: the count asked.

    välipalat AR30: 720 kpl, tai sitten 760 – keittiön listoissa on eri luku kuin koulun, selvitän vielä.
    fältdagar (1500) 2 dagar, eller kanske 3, vi stämmer av.
    investigation hours (2010): 6 h, or possibly 8.

Why: a blind set found the first of two counts invoiced while its own line said another might be right (the
contract: a value the message states two ways is asked, never chosen). The second count names no unit and no
article, so no reading rule saw it, and the line was read with the first. When the text line a line's count was
read from writes that count, then "or/eller/tai" (with "maybe/kanske/sitten/ehkä…" or not) and another number,
the count is asked.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .model import LineItem, Where
from .text_context import TextContext

_NUM = r"\d{1,3}(?:[  ]\d{3})*(?:[.,]\d{1,2})?"
_ALTERNATIVE_RE = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})(?:\s*[^\W\d_]+\.?)?\s*[,;–—-]?\s*(?i:tai|eller|or)\s+"
    r"(?:(?i:sitten|kanske|möjligen|möjligtvis|ehkä|mahdollisesti|kenties|maybe|possibly|perhaps|även|också)\s+)?"
    rf"(?P<b>{_NUM})(?![\w.,]\d|\s*(?:%|€|kr\b|sek\b|eur\b|euro))")


def _value(s: str) -> Decimal | None:
    try:
        return Decimal(re.sub(r"[  ]", "", s).replace(",", "."))
    except InvalidOperation:
        return None


def ask_alternative_count(lines: list[LineItem], body: list[tuple[int, str]], ctx: TextContext) -> None:
    """Ask each line's count that its own text line gives with another as an alternative (module doc)."""
    texts = dict(body)
    for li in lines:
        w = li.where.get("quantity")
        if li.quantity is None or w is None or w.part != ctx.part or w.line not in texts:
            continue
        for m in _ALTERNATIVE_RE.finditer(texts[w.line]):
            a, b = _value(m.group("a")), _value(m.group("b"))
            if a == li.quantity and b is not None and b != a:
                li.where["quantity"] = Where(w.part, line=w.line, rule="prose:a count with an alternative",
                                             how="inferred", segment=w.segment)
                li.quantity, li.amount = None, None
                break
