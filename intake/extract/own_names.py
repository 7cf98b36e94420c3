"""A digits-only article code told apart from a year or a count by its register name beside it.

"Fältdag 1500 – 1 dag", "Utredningstimmar 2010": the name before the code; "Fakturera 1100 Kurs per deltagare,
3 st", "Nordbyggen AB – 1040 Provanalys, 4 st": the name after it. A year or a count is not written next to the
register name of the article that happens to bear its number.
"""
from __future__ import annotations

import re


def after_own_name(text: str, start: int, art: dict | None) -> bool:
    """A digits-only code right after its article's own name ("Fältdag 1500 – 1 dag", "Utredningstimmar 2010"):
    the word before it and the register name's first word share their stem (inflections differ at the end)."""
    name = str((art or {}).get("name") or "")
    words = re.findall(r"[^\W\d_]+", name.casefold())
    first = (words or [""])[0]
    m = re.search(r"([^\W\d_]+)[\s:(]*$", text[max(0, start - 60):start])
    if len(first) < 4 or not m:
        return False
    word = m.group(1).casefold()
    if _same_stem(word, first) or any(len(w) >= 6 and _same_stem(word, w) for w in words[1:]):
        return True     # "Provtagning 1010" for "Geoteknisk provtagning, per borrpunkt"
    # the name's words in order right before the code ("rapport tryckt 3020" for "Rapport, tryckt")
    k = len(words)
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 80):start].casefold())[-k:]
    return k > 1 and len(before) == k and all(_same_stem(a, b) for a, b in zip(before, words) if len(b) >= 4)


def before_own_name(text: str, end: int, art: dict | None) -> bool:
    """A digits-only code right before its article's own name ("Fakturera 1100 Kurs per deltagare, 3 st",
    "Nordbyggen AB – 1040 Provanalys, 4 st"): the code and the name together name the article, as in a price
    list; a year or a count is not followed by the register name of the article with that number."""
    name = str((art or {}).get("name") or "")
    words = re.findall(r"[^\W\d_]+", name.casefold())
    m = re.match(r"[\s:(–-]*([^\W\d_]+)", text[end:end + 40])     # also "20 (analys bas)"
    return bool(words and len(words[0]) >= 4 and m and _same_stem(m.group(1).casefold(), words[0]))


def _same_stem(word: str, other: str) -> bool:
    """Two words that share their stem (inflections differ at the end)."""
    common = next((k for k, (a, b) in enumerate(zip(word, other)) if a != b), min(len(word), len(other)))
    return common >= max(4, min(len(word), len(other)) - 3)


_COUNT_AFTER_RE = re.compile(r"\s*[,;]\s*\d+(?:[.,]\d+)?\s*[^\W\d_]{1,12}\b")


def named_nearby(text: str, start: int, end: int, art: dict | None) -> bool:
    """A digits-only code set off by commas a few words after its article's name and followed by a count ("en
    rapport om radonmätningen i hans hus, 1050, 1 st"): the name, the code and the count are one item."""
    name = str((art or {}).get("name") or "")
    words = re.findall(r"[^\W\d_]+", name.casefold())
    if not words or len(words[0]) < 4 or not _COUNT_AFTER_RE.match(text, end) or \
            not re.search(r"[,(]\s*$", text[max(0, start - 3):start]):
        return False
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 80):start].casefold())[-8:]
    return any(_same_stem(w, words[0]) for w in before)
