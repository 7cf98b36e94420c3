"""Durations as counts in hours: "2 h 45 min" = 2.75, "90 minuter" = 1.5, and time billed per started hour or
half hour ("debiteras per påbörjad timme", "alkavalta puolelta tunnilta"), which rounds up by the agreement the
mail states. Minutes that give no whole hundredth of an hour give no count, so the count is asked rather than
rounded or cut."""
from __future__ import annotations

import re
from decimal import Decimal

from .text_context import overlaps

#: hours and minutes written together ("2 h 45 min", "1 tim 30 min", "3 t 15 min", "4 hours 20 minutes"): one
#: count in hours, never the hours alone nor the minutes
HOURS_MINUTES_RE = re.compile(
    r"(?i)(?<![\w.,/:-])(?P<h>\d{1,4})\s*(?:h|t|tim|timmar|timme|tuntia|tunti|hours?|hrs?)\.?,?\s*"
    r"(?:(?:och|and|ja|&)\s*)?(?P<m>\d{1,2})\s*(?:min|minuter|minuutti|minuuttia|minutes?|mins?)\.?(?!\w)")
#: billed "per started hour": "2 h 20 min" counts 3 (debiteras per påbörjad timme, alkavalta tunnilta)
STARTED_HOUR_RE = re.compile(r"(?i)\bper\s+(?:påbörjad|påbörjade|started)\s+(?:timme|tim|h|hour)\b|"
                              r"\balkava(?:lta|a)?\s+tun\w*|\b(?:each|every)\s+started\s+hour\b")
#: billed per started half hour: "per påbörjad halvtimme", "alkavalta puolelta tunnilta", "per started half hour"
STARTED_HALF_HOUR_RE = re.compile(r"(?i)\bper\s+(?:påbörjad|påbörjade|started)\s+(?:halvtimme|halv\s+timme|"
                                   r"half[\s-]hour)\b|\balkava(?:lta|a)?\s+puol\w*\s+tun\w*|"
                                   r"\b(?:each|every)\s+started\s+half[\s-]hour\b")
#: minutes alone ("90 minuter", "45 min"): a count in hours when they give whole hundredths of an hour
MINUTES_RE = re.compile(r"(?i)(?<![\w.,/:-])(?P<m>\d{2,4})\s*(?:min|minuter|minuuttia|minutes?|mins?)\.?(?!\w)")


def hours_minutes(text: str, spans: list[tuple[int, int]]) -> tuple[Decimal | None, tuple[int, int]] | None:
    """Hours and minutes as one count in hours (computed). Minutes that give no whole hundredth of an hour
    ("4 h 20 min" = 4.333…) give no count at all, so the quantity is asked rather than rounded or cut to 4 —
    unless the text bills per started hour, which rounds up by the agreement it states."""
    for m in HOURS_MINUTES_RE.finditer(text):
        if overlaps(spans, m.start("h"), m.end("h")) or overlaps(spans, m.start("m"), m.end("m")):
            continue
        minutes = int(m.group("m"))
        if minutes >= 60:
            continue
        started = started_interval(text)
        if minutes and started:     # "per påbörjad halvtimme": 1 h 40 min = 2 h
            return rounded_up(int(m.group("h")), minutes, started == "half"), (m.start(), m.end())
        if minutes * 100 % 60:
            return None, (m.start(), m.end())
        return Decimal(m.group("h")) + Decimal(minutes * 100 // 60) / 100, (m.start(), m.end())
    return None


def minutes_only(text: str, spans: list[tuple[int, int]]) -> tuple[Decimal, tuple[int, int]] | None:
    """Minutes as the only count ("90 minuter" = 1.5 h, computed); minutes that give no whole hundredth of an
    hour ("20 min") give none, so the quantity is asked."""
    for m in MINUTES_RE.finditer(text):
        if overlaps(spans, m.start("m"), m.end("m")):
            continue
        minutes = int(m.group("m"))
        if minutes * 100 % 60 == 0:
            return Decimal(minutes * 100 // 60) / 100, (m.start(), m.end())
        return None
    return None


def started_interval(text: str) -> str | None:
    """"half" or "hour" when the text bills per started half hour or hour; None otherwise."""
    if STARTED_HALF_HOUR_RE.search(text):
        return "half"
    return "hour" if STARTED_HOUR_RE.search(text) else None


def rounded_up(hours: int, minutes: int, half: bool) -> Decimal:
    """Hours and minutes rounded up to the next started half hour or hour."""
    if half:
        return Decimal(hours) + Decimal(-(-minutes // 30)) / 2
    return Decimal(hours) + (1 if minutes else 0)
