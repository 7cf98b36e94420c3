"""A short count sentence after a line, naming the thing by the article's own noun: "Yksi testi.", "Två intyg.",
"Three kits in all.".

Why: senders write the article's line first ("suoritti hygieniaosaamistestin (AO30) tiistaina 28.9.") and its
count in a sentence of its own, naming the thing with the head noun of the register's name (the last part of the
compound "hygieniaosaamistesti", the word "intyg" of "Intyg, hälsokontroll") rather than the register's unit
("kpl", "st"). Unread, an explicit "Yksi testi" — quantity 1, said — was asked. Only a short sentence counts (the
count, the noun and at most three words more), so a sentence that tells something else about the thing ("2 testiä
jouduttiin uusimaan viime vuonna") is not taken.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .numbers_words import AMBIGUOUS, WORD_ALT, word_value
from .text_context import overlaps

_COUNT_RE = re.compile(rf"(?i)(?<![\w.,/:-])(?P<n>\d{{1,4}}|{WORD_ALT})\s+(?P<w>[^\W\d_]{{3,}})\b")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _names(noun: str, name_word: str) -> bool:
    """Whether `noun` (inflected: "testiä", "kits") is a name word or the end of its compound ("…testi")."""
    for k in range(len(noun), max(2, len(noun) - 3), -1):
        stem = noun[:k]
        if (k >= 4 or len(name_word) <= k + 2) and re.search(rf"{re.escape(stem)}\w{{0,2}}$", name_word):
            return True
    return False


def count_of_article_noun(sentence: str, art: dict | None,
                          spans: list[tuple[int, int]]) -> tuple[Decimal, tuple[int, int]] | None:
    """The one count of a short sentence whose noun names the article (see the module doc), with its span."""
    name_words = [w for w in _WORD_RE.findall(str((art or {}).get("name") or "").casefold()) if len(w) >= 3]
    if not name_words or len(_WORD_RE.findall(sentence)) > 5:
        return None
    found = [m for m in _COUNT_RE.finditer(sentence) if not overlaps(spans, m.start("n"), m.end("n"))]
    if len(found) != 1:
        return None
    m = found[0]
    n = m.group("n").casefold()
    if n in AMBIGUOUS and sentence[:m.start()].strip():
        return None     # "en", "ett" as an article inside a sentence count nothing
    if not any(_names(m.group("w").casefold(), w) for w in name_words):
        return None
    value = word_value(n) if not n[0].isdigit() else Decimal(n)
    return (value, (m.start("n"), m.end())) if value else None
