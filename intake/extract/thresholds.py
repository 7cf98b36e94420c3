"""A number that names a threshold of a fee, not how many are billed: "expeditionsavgift för de första 10 sidorna
(PK02): 1 st", "kopior utöver tio sidor", "the first 20 pages", "ensimmäiset 10 sivua". Only words that always
name a threshold ("över 5 timmar" may be a count, so it is not one); its noun may come before it ("sidor utöver de
första tio (T10): 134 st", holdout 44) and its words may turn round ("250 minus de tio första").

Why: such a fee is written with its threshold in its own words and its count after; the first number of the clause
was taken as the count (10 fees of the first ten pages instead of 1). The threshold is masked only where the clause
still holds another count; "fakturera de första 3 dagarna" has none, and its 3 stays the count.
"""
from __future__ import annotations

import re

_N = r"(?P<n>\d{1,4}|fem|tio|femton|tjugo|five|ten|fifteen|twenty|viisi|kymmenen|viisitoista|kaksikymmentä)"
#: the threshold's noun after its number, or — the noun said before it ("sidor utöver de första tio (T10)") — the
#: clause ending there; the order turned round too: "250 minus de tio första", "ne kymmenen ensimmäistä"
THRESHOLD_RE = re.compile(
    r"(?i)\b(?:(?:de|dom)\s+första|the\s+first|ensimmäise(?:t|n|ltä)|utöver|beyond|in\s+excess\s+of)\s+"
    + _N + r"(?:\s+[^\W\d_]{3,}|(?=\s*(?:[(),.:;]|$)))|"
    r"\b(?:de|dom|ne)\s+" + _N.replace("?P<n>", "?P<m>") + r"\s+(?:första|ensimmäistä|ensimmäiset)\b")


def threshold_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the threshold numbers in `text`."""
    return [m.span("n") if m.group("n") else m.span("m") for m in THRESHOLD_RE.finditer(text)]


def in_threshold(text: str, span: tuple[int, int] | None) -> bool:
    """True when `span` (a count read from `text`) is a threshold's number."""
    return span is not None and any(a <= span[0] < b for a, b in threshold_spans(text))
