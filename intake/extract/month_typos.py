"""A month name misspelt by one letter beside a day or a year ("14 novmber", "Decmber 1, 2026", "joulukuta"):
the month meant, so the date is read rather than lost.

Why: phone notes and quick mails are typed in a hurry; a date that is not read leaves the service period empty on an
invoice that goes straight through. Only a word next to a day number or a year is mended, only when it is one edit
(a letter missing, extra, wrong or two swapped) from a full month name or a Finnish case form of one, and never a
word that is a month already — so "14 nummer" or "3 kommer" stay words.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from .periods import _FI_CASES, _MONTHS, DateSpan, month_number

#: "march" is left out: "match" and "marsh" are words of their own
_FULL = sorted({n for n in _MONTHS if len(n) >= 5 and not n.endswith("kuu") and n != "march"} |
               {n + c for n in _MONTHS if n.endswith("kuu") for c in re.findall(r"\w+", _FI_CASES) + [""]})
_BESIDE_RE = re.compile(r"(?i)(?<=\d)(?:\.|:e|:a)?\s+(?P<a>[^\W\d_]{5,14})\b|"
                        r"\b(?P<b>[^\W\d_]{5,14})\s+(?=\d{1,2}\b|(?:19|20)\d\d\b)")


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by exactly one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


@functools.lru_cache(maxsize=4096)
def _meant(word: str) -> str | None:
    w = word.casefold()
    if month_number(w) is not None:
        return None
    found = {n for n in _FULL if _one_edit(w, n)}
    months = {month_number(n) for n in found}
    return min(found, key=len) if len(months) == 1 else None


@dataclass(frozen=True)
class Mended:
    """The text with its misspelt months written right, and where each fix stands in both texts."""

    text: str
    fixes: tuple[tuple[int, int, int, int], ...]   # (start, end) in the mended text, (start, end) in the original

    def original(self, pos: int, end: bool = False) -> int:
        """A position of the mended text in the original text."""
        shift = 0
        for ms, me, os_, oe in self.fixes:
            if pos <= ms:
                break
            if pos < me:
                return oe if end else os_
            shift = oe - me
        return pos + shift


def mend_months(text: str) -> Mended | None:
    """The text with misspelt month names beside a day or a year mended, or None when there is none."""
    if not re.search(r"\d", text):
        return None
    out, fixes, last, delta = [], [], 0, 0
    for m in _BESIDE_RE.finditer(text):
        g = "a" if m.group("a") else "b"
        meant = _meant(m.group(g))
        if not meant or m.start(g) < last:
            continue
        out.append(text[last:m.start(g)])
        ms = m.start(g) + delta
        out.append(meant)
        fixes.append((ms, ms + len(meant), m.start(g), m.end(g)))
        delta += len(meant) - (m.end(g) - m.start(g))
        last = m.end(g)
    if not fixes:
        return None
    return Mended("".join(out) + text[last:], tuple(fixes))


def spans_in_original(mended: Mended, spans: list[DateSpan]) -> list[DateSpan]:
    """Dates found in the mended text, placed in the original (callers mask them by position)."""
    return [replace(d, start=mended.original(d.start), end=mended.original(d.end, end=True)) for d in spans]
