"""A label alone on its line over a list of article lines introduces the list; the first item is not its value.

Why: "Laskutetaan:" (bill) is also a customer label ("Laskutetaan: Vuorilahden kunta"); written alone over
"- seurakuntasalin vuokra (K10) 1 kpl" it says what to bill, and reading the first item as the customer's name
lost that line and set a name against the identifier's (holdout 44, x19). A list item (a dash or a bullet) that
names one of the agency's article codes is a line to invoice, never a name.
"""
from __future__ import annotations

import re

from .text_context import TextContext

_ITEM_RE = re.compile(r"^\s*[-–*•]\s+")
_TOKEN_RE = re.compile(r"[\w-]+")


def opens_a_list(below: str, ctx: TextContext) -> bool:
    """`below` (the line under a label without a value) is a list item naming an article code."""
    if not _ITEM_RE.match(below):
        return False
    codes = {c.casefold() for c in ctx.registry.article_codes(ctx.agency_code)}
    return any(t.casefold() in codes for t in _TOKEN_RE.findall(below))
