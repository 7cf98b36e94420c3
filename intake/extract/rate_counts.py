"""A count per day (week, evening) is a rate, not what a line invoices: the stated total is, else the count is asked.

    munvårdsutbildning 28 och 29 december, 3 timmar per dag, totalt 6 timmar   → 6
    asiantuntijatyö 6.–7.12., 3 tuntia päivässä, yhteensä 6 tuntia             → 6
    investigation on 6 and 7 December, 3 hours a day                           → asked

Why: a blind set (holdout 36) invoiced the first count of such a sentence straight through — half the hours
(money-critical). The first count written is the hours of one day of several; multiplying it by the days of a
period is a guess the contract never makes (quantity as written), so a rate is skipped for a later count marked as
the whole ("totalt", "sammanlagt", "yhteensä", "in total"), and with none the count is left unknown: asked.
"""
from __future__ import annotations

import re
from decimal import Decimal

#: a time unit after the count, then "per day", "om dagen", "/dag", "a day", "päivässä", "daily", "varje dag" …
_RATE_AFTER_RE = re.compile(
    r"(?i)\s*[^\W\d_]{0,12}\.?\s*(?:(?:per|om|/|i|a|an|each|every|varje|pr\.?)\s*(?:dag(?:en)?|dygn(?:et)?|"
    r"vecka(?:n)?|week|kväll(?:en)?|evening|day|päivä)|per\s+(?:arbetsdag|session|pass|tillfälle|occasion)\b|"
    r"dagligen|daily|päivässä|päivittäin|viikossa|illassa|kerralla|om\s+veckan)\b")
#: the whole, before or after a later count: "totalt 6 timmar", "6 timmar totalt", "yhteensä 6 tuntia"
_TOTAL_BEFORE_RE = re.compile(r"(?i)\b(?:totalt|sammanlagt|sammantaget|i\s+allt|yhteensä|kaikkiaan|in\s+total|"
                              r"a\s+total\s+of|total(?:\s+of)?|altogether)\s*:?\s*$")
_TOTAL_AFTER_RE = re.compile(r"(?i)\s*[^\W\d_]{0,12}\.?\s*(?:totalt|sammanlagt|i\s+allt|yhteensä|kaikkiaan|"
                             r"in\s+total|altogether)\b")


def is_rate(text: str, end: int) -> bool:
    """The count ending at `end` is per day (week, evening): a rate, not the line's count."""
    return bool(_RATE_AFTER_RE.match(text, end))


def past_rate(text: str, cands: list[tuple[int, int, Decimal]]) -> tuple[int, int, Decimal] | None:
    """The first of the sorted `cands` unless it is a rate: then the later count marked as the whole, else None."""
    s, e, v = cands[0]
    if not is_rate(text, e):
        return cands[0]
    for c in cands[1:]:
        if _TOTAL_BEFORE_RE.search(text[max(0, c[0] - 24):c[0]]) or _TOTAL_AFTER_RE.match(text, c[1]):
            return c
    return None
