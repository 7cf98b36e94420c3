"""Time written as hours and minutes for an article the register prices per quarter-hour ("kvart",
"varttitunti"): the count is in quarter-hours.

Why: archives and similar agencies bill research time per (started) quarter-hour, and senders write the time they
spent — "1 h 40 min, laskutetaan alkavilta varttitunneilta", "50 minuter, debiteras per påbörjad kvart", or only
"2 tim". Read as hours the count is wrong by a factor of four (2 × the quarter-hour price instead of 8 ×), or it
was asked although the mail answers it. The count is the minutes divided by 15 when that is whole; otherwise the
next whole quarter only when the text or the article's own name says the quarter-hour is counted as started
("påbörjad", "alkava", "started"), which is the agreement it states. Any other remainder is asked, never rounded.
"""
from __future__ import annotations

import re
from decimal import Decimal

_QUARTER_UNIT_RE = re.compile(r"(?i)^(?:kvart|kvartar|varttitunti|vartti|quarter(?:[- ]hour)?s?|15 min)$")
_STARTED_RE = re.compile(r"(?i)\b(?:påbörja\w*|alka\w*|started|commenced|begun)\b")
_H = r"(?:h|t|tim|timme|timmar|timmes|tuntia|tunti|tuntii|hours?|hrs?)"
_M = r"(?:min|minuter|minuters|minuutti\w*|minutes?|mins?)"
_DURATION_RE = re.compile(rf"(?i)(?<![\w.,/:-])(?:(?P<h>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*{_H}\.?"
                          rf"(?:\s*(?:och|ja|and|&)?\s*(?P<hm>\d{{1,2}})\s*{_M}\.?)?"
                          rf"|(?P<m>\d{{1,4}})\s*{_M}\.?)(?!\w)")


def is_quarter_article(art: dict | None) -> bool:
    """The article's register unit is a quarter-hour."""
    return bool(art and _QUARTER_UNIT_RE.match(str(art.get("unit") or "").strip()))


def quarters_in(clause: str, art: dict | None) -> tuple[bool, Decimal | None]:
    """(whether `clause` states a duration, its count in quarter-hours or None when it must be asked)."""
    ds = list(_DURATION_RE.finditer(clause))
    if not ds:
        return False, None
    if len(ds) > 1:     # two durations ("2 h … varav 30 min restid"): which one is billed is asked
        return True, None
    minutes = durations(clause)[0][2]
    if minutes <= 0:
        return True, None
    whole, rest = divmod(minutes, 15)
    if rest == 0:
        return True, whole
    started = _STARTED_RE.search(clause) or _STARTED_RE.search(str((art or {}).get("name") or ""))
    return True, (whole + 1 if started and minutes == minutes.to_integral_value() else None)


def durations(text: str) -> list[tuple[int, int, Decimal]]:
    """Every duration in `text` as (start, end, minutes): "1 h 40 min" → 100, "50 minuter" → 50."""
    out = []
    for d in _DURATION_RE.finditer(text):
        minutes = Decimal(d.group("m")) if d.group("m") else \
            Decimal(d.group("h").replace(",", ".")) * 60 + Decimal(d.group("hm") or 0)
        out.append((d.start(), d.end(), minutes))
    return out


def quarter_counts(minutes: Decimal) -> set[Decimal]:
    """The counts a duration gives in quarter-hours: exact, or the started quarters."""
    whole, rest = divmod(minutes, 15)
    return {whole} if rest == 0 else {whole + 1}
