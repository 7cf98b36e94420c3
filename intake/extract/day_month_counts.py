"""A day and month written without its closing dot ("Stora salen 16.5 för vårbalen, 6 timmar") is the day, no count.

Why: a blind set (holdout33 w33) invoiced a hall for 16.5 hours: "16.5" before "för" was taken as the first count of
the sentence, ahead of the "6 timmar" that counted the line. People write a day without the month's closing dot in
every language ("4.6 työmaalla", "23.9 for the new road"), and a decimal count is written with its unit ("2.5 tim",
"1,5 h") or a cue. So a number with a point, a day (1–31) before it and a month (1–12) after, followed by a word
that is no unit of things counted, is never a count: the line takes its count elsewhere or asks it.
"""
from __future__ import annotations

import re

#: a day and a month joined by a point, nothing more ("16.5", "4.06"); a comma is a decimal mark, never a date
_DAY_MONTH_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])")
#: words after a count that still make it one: "x", "each", "à", "á", "per", "a piece"
_COUNT_GOES_ON_RE = re.compile(r"(?i)^(?:x|×|each|à|á|a|per|kpl|st|pcs|stk)$")


#: a compound unit whose first half is who did it: "11.5 person-hours", "2.5 man-days", "3.5 henkilö-tuntia"
_COMPOUND_UNIT_RE = re.compile(r"(?i)^(?:person|man|mann|henkilö|mies)-(?:hours?|days?|nights?|weeks?|timmar|"
                               r"timme|dagar|dag|tunti\w*|päivä\w*|työtunti\w*)\b")


def day_month_not_count(number: str, after: str | None, unit_word: re.Pattern[str], unit_tail: re.Pattern[str],
                        rest: str = "") -> bool:
    """Whether `number` followed by the word `after` reads as a day and month, not a count (module doc); `rest` is
    the text from that word on ("person-hours" is a unit although "person" is none)."""
    if not after or not _DAY_MONTH_RE.fullmatch(number):
        return False
    return not (unit_word.match(after) or unit_tail.search(after) or _COUNT_GOES_ON_RE.match(after)
                or _COMPOUND_UNIT_RE.match(rest.lstrip()))
