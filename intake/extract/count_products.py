"""Counts multiplied as people write them: "2 päivää × 4 henkilöä", "4 poliser × 6 timmar", "kahdelle ryhmälle,
kummassakin 9 henkeä", "två grupper om 9 elever", "two groups of nine pupils".

Why: an article charged per person and day, per officer and hour or per pupil is counted in the product, and the
mail states its two factors, each with its noun. Taken as the first number, "2 päivää × 4 henkilöä" invoiced 2 of
8 person-days, "kahdelle ryhmälle, kummassakin 9 henkeä" 2 of 18 persons. A multiplication sign between two
counted nouns, or a count of groups with the size of each ("kummassakin", "i varje", "om", "of … each"), is the
product; money (a currency, a price word) is never a factor.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .numbers_words import WORD_ALT, word_value

_NUMW = rf"(?:\d+(?:[.,]\d+)?|{WORD_ALT})"
_NOUN = r"[^\W\d_]{2,}"
#: "2 päivää × 4 henkilöä", "4 poliser x 6 timmar", "3 groups * 12 pupils"
_TIMES_RE = re.compile(rf"(?i)(?<![\w.,/-])(?P<a>{_NUMW})\s+(?P<ua>{_NOUN})\s*[x×*]\s*(?P<b>{_NUMW})\s+(?P<ub>{_NOUN})")
#: a count of groups and the size of each: "kahdelle ryhmälle, kummassakin 9 henkeä", "två grupper om 9 elever",
#: "tre klasser med 20 elever i varje", "two groups of nine pupils", "2 groups, each with 9 pupils"
_GROUPS = (r"(?:grupp\w*|klass\w*|lag|lagen|ryhm\w*|luok\w*|joukku\w*|groups?|class(?:es)?|teams?|busse?\w*|"
           r"linja-auto\w*)")
_EACH_SIZE_RE = re.compile(
    rf"(?i)(?<![\w.,/-])(?P<a>{_NUMW})\s+(?P<ua>{_GROUPS})\s*,?\s*"
    r"(?:kummassakin|kussakin|jokaisessa|molemmissa|om|à|á|of|each\s+(?:with|of)|(?:i\s+)?(?:varje|vardera)|"
    r"(?:med|with)(?=\s+\S+\s+\S+\s+(?:i\s+varje|i\s+vardera|each|in\s+each)\b))\s+"
    rf"(?P<b>{_NUMW})\s+(?P<ub>{_NOUN})")
_MONEY_WORD = re.compile(r"(?i)^(?:kr|kronor|sek|eur|euro\w*|€|per|st?ycket|netto|exkl|excl|inkl|incl|moms|alv|"
                         r"procent|prosent\w*|percent)$")


def _value(tok: str) -> Decimal | None:
    return Decimal(tok.replace(",", ".")) if tok[0].isdigit() else word_value(tok.casefold())


def written_product(text: str, masked: list[tuple[int, int]]) -> tuple[Decimal, tuple[int, int]] | None:
    """The product of two counted nouns the text multiplies, and its span; None when it states none."""
    for rx in (_TIMES_RE, _EACH_SIZE_RE):
        for m in rx.finditer(text):
            if any(s < m.end("b") and m.start("a") < e for s, e in masked):
                continue
            if _MONEY_WORD.match(m.group("ua")) or _MONEY_WORD.match(m.group("ub")):
                continue
            a, b = _value(m.group("a")), _value(m.group("b"))
            if a is not None and b is not None and a > 0 and b > 0:
                return a * b, (m.start(), m.end())
    return None


def size_factor(own: tuple[int, int], span: tuple[int, int] | None, rule: str) -> bool:
    """The count in the article's unit is the second factor of the product read ("två grupper om 8 deltagare" for
    a course priced per participant): the product counts that unit, the factor alone does not."""
    return rule == "product" and span is not None and span[0] < own[0] < span[1]
