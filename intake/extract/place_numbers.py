"""A number that names a place — a road, a room, a house, a floor, a berth — is no count: "transport på väg 86
Sundsvall–Bräcke", "länsväg 331", "kantatie 77", "tiellä 5", "road 86", "Route 66", "rum 204", "huone 12",
"room 12", "hus 3", "plan 2", "kerros 4", "båtplats 17", "laituri 3", "berth 4".

Why: holdout28's c01 "en enstaka transport (VD10) av hjullastare på väg 86" was invoiced as 86 transports — the
road's number was the only digit in the clause, so it beat the explicit "en", and the general net had no reason to
doubt it. Wherever such a number stands it held correct requests too ("unexplained"). A number after the place
noun is a name, unless a unit of something counted follows it ("sal 2 dagar", "room 2 nights": the count of the
rented thing) — then it is left to the count rules.
"""
from __future__ import annotations

import re

#: nouns a number names; the road's and the berth's also as the last part of a compound ("riksväg", "länsvägen",
#: "valtatie", "båtplats"), the others only as words of their own ("transport 3" is no port, "centrum 2" no room)
_COMPOUND_PLACE = ("väg", "vägen", "tie", "tiellä", "tieltä", "tietä", "tien", "teillä", "plats", "laituri",
                   "laiturilla", "paikka", "paikalla")
_PLACE_WORD = frozenset({
    "road", "route", "highway", "motorway", "rum", "rummet", "huone", "huoneessa", "huoneeseen", "room", "hus",
    "huset", "talo", "talossa", "building", "byggnad", "byggnaden", "rakennus", "plan", "planet", "våning",
    "våningen", "kerros", "kerroksessa", "floor", "kaj", "kajen", "berth", "pier", "quay", "lägenhet", "lgh",
    "asunto", "apartment", "gate", "portti"})
#: a unit of something counted right after the number: then it is a count, not a place's name
_COUNTED_AFTER = (r"(?!\s*(?:st|styck\w*|kpl|pcs|x|×|tim\w*|h|hours?|dag\w*|days?|dygn|nights?|nätter|natt|"
                  r"pv|päivä\w*|vrk|vuorokau\w*|tunti\w*|veckor|vecka|weeks?|viikko\w*|månad\w*|months?|kuukau\w*|"
                  r"m²|m2|kvm|neliö\w*|%|kr|sek|eur|€)\b)")
#: a word, then a number (a "nr"/"no" between allowed, a Finnish case ending after it: "77:llä"); the number whole —
#: never its first digits, which would dodge the unit after it ("på plats 22 timmar" is 22 hours, not place "2")
PLACE_NUMBER_RE = re.compile(
    rf"(?i)(?<![\w-])(?P<w>[^\W\d_]{{2,}})\s+(?:(?:nr|no)\.?\s*)?(?P<n>\d{{1,4}}(?!\d)(?:[a-z](?![^\W\d_]))?)(?::\w+)?(?![\d.,]\d)"
    rf"{_COUNTED_AFTER}")


_DIGIT_RE = re.compile(r"\d")


def _names_a_place(word: str) -> bool:
    w = word.casefold()
    return w in _PLACE_WORD or w.endswith(_COMPOUND_PLACE)


def place_number_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers in `text` that name a road, a room, a house, a floor or a berth."""
    if not _DIGIT_RE.search(text):
        return []
    return [(m.start("n"), m.end("n")) for m in PLACE_NUMBER_RE.finditer(text) if _names_a_place(m.group("w"))]


def without_place_numbers(text: str) -> str:
    """`text` with such numbers blanked (same length), for the general net's count of numbers left."""
    for a, b in reversed(place_number_spans(text)):
        text = text[:a] + " " * (b - a) + text[b:]
    return text
