"""A count of days alone is no count of an article charged per person and day.

Why: a camp school priced per pupil-night ("Lägerskola, elev och dygn", unit "elevdygn"), a course per
participant-day ("hlöpv", "deltagardag"), a hostel per guest-night: the charged count is persons × days. Mails
state the days exactly ("22–24 september, två dygn", "3 päivää", "two nights") and the persons apart, often roughly
("ungefär 45 elever"). Read as the first count of the sentence, "två dygn" invoiced two pupil-nights for a class
of about 45 — the price of one pupil instead of the class. The days are only one factor: unless the mail writes
the product itself ("45 elever × 2 dygn", read as a product before this rule), the count is asked.
"""
from __future__ import annotations

import re

#: persons counted by a unit or a "per" noun ("elevdygn", "deltagardag", "hlöpv", "person-night", "elev och dygn")
_PERSON = (r"(?:elev|deltagar\w*|gäst|person|pers|hlö|henkilö|osallistuja|oppilas|vieras|pupil|participant|"
           r"student|guest|people|visitor|besökar\w*)")
_TIME = r"(?:dygn|dag|dagar|natt|nätter|vecka|veckor|pv|päivä|vrk|vuorokausi|yö|öitä|day|night|week)"
_PERSON_TIME_RE = re.compile(rf"(?i){_PERSON}\s*(?:[-/]|\s(?:och|ja|and|x|×)\s)?\s*{_TIME}")
#: the count read is of time only: "två dygn", "3 päivää", "2 nights", "4 dagar"
_TIME_AFTER_RE = re.compile(r"(?i)\s*(?:dygn|dagar|dag|nätter|natt|veckor|vecka|pv|päivää|päivä|päivän|vrk|"
                            r"vuorokautta|vuorokauden|yötä|öitä|days?|nights?|weeks?)\b")


def charged_per_person_and_time(art: dict | None) -> bool:
    """Whether the register charges the article per person and period: its unit or its name says both."""
    unit = str((art or {}).get("unit") or "")
    name = str((art or {}).get("name") or "")
    return bool(_PERSON_TIME_RE.search(unit) or _PERSON_TIME_RE.search(name.rsplit(",", 1)[-1]))


def time_factor_only(text: str, span: tuple[int, int] | None, rule: str, art: dict | None) -> bool:
    """The count at `span` counts days (or nights, weeks) for an article charged per person and day: one factor of
    the charged count, not the count (a written product is the count and stays)."""
    if span is None or rule == "product" or not charged_per_person_and_time(art):
        return False
    return bool(_TIME_AFTER_RE.match(text, span[1]))
