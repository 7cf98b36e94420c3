"""Days listed before the one month they share are dates of that month ("lördagarna 4, 11 och 18 december").

Also "on 4, 11 and 18 December" and "4., 11. ja 18. joulukuuta" (holdout45). The month is written once, after the
last day, so only that day was read as a date and the bare "11" before it was taken for the line's count (three
Saturdays invoiced as eleven). Each listed day is a date of that month; the line's period then runs from the first
to the last (`listed_dates`)."""
from __future__ import annotations

import re

from .periods import DateSpan

#: a day number and what joins it to the next ("4, ", "11 och ", "11. ja ", "4 & ")
_LISTED_DAY_RE = re.compile(r"(?i)(?<![\d.,:/-])(?P<d>[0-3]?\d\.?)\s*(?:,\s*(?:(?:och|and|ja|sekä|samt)\s+)?|"
                            r"(?:och|and|ja|sekä|samt|&)\s+)$")
_AND_RE = re.compile(r"(?i)\b(?:och|and|ja|sekä|samt)\b|&")
#: the month-named day that closes the list: "18 december", "18. joulukuuta"
_NAMED_DAY_RE = re.compile(r"^[0-3]?\d\.?\s+[^\W\d_]")


def listed_days(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """One single-day span for each bare day listed right before a month-named day (module doc); days must rise."""
    out: list[DateSpan] = []
    for span in spans:
        if span.kind != "single" or not _NAMED_DAY_RE.match(text[span.start:span.end]):
            continue
        found: list[DateSpan] = []
        pos, day, joined = span.start, span.first.day, False
        while (m := _LISTED_DAY_RE.search(text[max(0, pos - 16):pos])) is not None:
            n = int(m.group("d").rstrip("."))
            if not 1 <= n < day:
                break
            start = max(0, pos - 16) + m.start()
            joined = joined or not found and bool(_AND_RE.search(m.group(0)))
            d = span.first.replace(day=n)
            found.append(DateSpan(start, start + len(m.group("d")), d, d, "single"))
            pos, day = start, n
        if len(found) >= 2 or joined:   # "Rum 12, 18 december": one number and a comma is no list
            out += found
    return out

