"""A line priced by reference to a price other than the register's, without stating it (issue #14).

"12 timmar i december – till förra årets pris", "at the old price", "viime vuoden hinnalla", "enligt offert",
"as agreed", "som vanligt pris från i fjol": the invoiced price is neither written nor the register's (the
register holds today's list price), so the line's unit price is asked — never looked up. A line that states its
price keeps it; only a line without one is touched.
"""
from __future__ import annotations

import re

from .model import LineItem

#: a price named by what it was (last year's, the old one, the quoted or agreed one) rather than by its figure
_OTHER_PRICE_RE = re.compile(
    r"(?i)\b(?:förra\s+årets|fjolårets|fjolårs|föregående\s+års|gamla|tidigare|ursprungliga)\s+(?:\w+)?pris\w*|"
    r"\bpris\w*\s+(?:från\s+)?(?:i\s+fjol|förra\s+året)|\b(?:offererat|överenskommet|avtalat)\s+pris\w*|"
    r"\b(?:last\s+year'?s|the\s+old|previous|prior|original|quoted|agreed)\s+(?:\w+\s+)?(?:price|rate)s?\b|"
    r"\b(?:viime\s+vuoden|edellisen\s+vuoden|vanhalla|vanha|aiemmalla|alkuperäisellä|sovitulla|sovittu)\s+"
    r"(?:\w+)?hin\w*")
#: a reference that names a price only beside a price word: "timpris enligt offert", "at the rate as agreed",
#: "hinta tarjouksen mukaan" — "As agreed on the phone, we would like to order …" agrees on the order, not a price
_VAGUE_RE = re.compile(r"(?i)\b(?:enligt|som\s+i)\s+(?:vår\s+|er\s+)?offert\w*|\benligt\s+överenskommelse\b|"
                       r"\bas\s+(?:agreed|quoted)\b|\b(?:per|according\s+to)\s+(?:the\s+|our\s+)?quot(?:e|ation)\b|"
                       r"\btarjouksen\s+mukai\w*|\bkuten\s+sovittu\w*")
_PRICE_WORD_RE = re.compile(r"(?i)pris|price|\brate\b|hin(?:ta|nalla|nan|naksi)|\bà\b|\bá\b")


def other_price_named(text: str) -> bool:
    """The text prices by reference to a price it does not state."""
    text = text or ""
    if _OTHER_PRICE_RE.search(text):
        return True
    return any(_PRICE_WORD_RE.search(text[max(0, m.start() - 25):m.end() + 25]) for m in _VAGUE_RE.finditer(text))


def ask_other_price(lines: list[LineItem], body: list[tuple[int, str]]) -> None:
    """Lines without a stated price whose own text line names another price: the price is asked. A text line
    shared by several lines (a heading with the article, a sentence billing two things) names no line's price."""
    texts = dict(body)
    rows = [{w.line for w in li.where.values() if w.line is not None} for li in lines]
    for li, own in zip(lines, rows):
        if li.unit_price is not None or li.amount is not None:
            continue
        alone = {n for n in own if sum(n in r for r in rows) == 1}
        if any(other_price_named(texts.get(n, "")) for n in alone):
            li.price_approx = True
