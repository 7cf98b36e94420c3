"""A sentence of the mail that only points at the attachment ("please invoice the attached partner contribution
(lump sum)", "fakturera bifogade avgift, fast pris", "liitteenä oleva kiinteä maksu") is no line of its own.

Why: a lump-sum word in the covering sentence made it a line without article or price, beside the attached
document's own line for the same thing — one thing told twice, the second asking a price nobody needs to give (a
holdout set found it). When the request has lines read from an attachment, a body line with no article, no price
and no amount whose own words name the attachment is dropped: the attachment's line is the line.
"""
from __future__ import annotations

import re

from .model import LineItem

_ATTACHED_RE = re.compile(r"(?i)\b(?:attached|enclosed|attachment|bifogad\w*|bifogat|bilaga\w*|bifoga\w*|"
                          r"liitteen\w*|liitteenä|liitteessä|liitetty\w*|oheis\w*)\b")


def _part(li: LineItem) -> str:
    w = li.where.get("quantity") or li.where.get("article") or li.where.get("description")
    return w.part if w else ""


def drop_pointer_lines(lines: list[LineItem]) -> list[LineItem]:
    """`lines` without the body lines that only point at an attachment's lines (module doc)."""
    if not any(_part(x).startswith("attachment") and (x.article or x.amount or x.unit_price) for x in lines):
        return lines
    return [x for x in lines if not (_part(x) in ("body", "") and not x.article and x.unit_price is None and
                                     x.amount is None and _ATTACHED_RE.search(x.description or ""))]
