"""A date a permit, card or ticket is valid on: the service's date, not a price list's or an agreement's.

Why: "viisi kalastuslupaa (ML30), voimassa 7.11.2026" — five one-day fishing permits valid on 7 November — went
straight through without its period (a holdout set found it): "voimassa" (valid) was read only as a price
list's or an agreement's "valid from" cue, so both the prose reader and the period net (intake.gate_periods)
skipped the date. What is sold *is* its validity: a day permit's day, a season card's season. A validity word
states a price list's or an agreement's start instead when it says so: a start word ("från", "alkaen",
"lähtien", "from", "onwards") before or after the date, or price/agreement words in the same sentence
("hinnat voimassa 1.1.2027", "avtalet gäller från"). Only then is the date no service's.
"""
from __future__ import annotations

import re

#: the validity word right before the date, with at most one small word between ("giltig den", "valid on")
_VALID_BEFORE_RE = re.compile(r"(?i)\b(?:voimassa|voimassaolo(?:aika|päivä)?|giltig[ta]?|gäller|valid)"
                              r"(?:\s+(?:den|on|ajalla|för|for|during|the|till|until|asti|saakka))?\W{0,3}$")
#: a start that holds onwards: a price list's or an agreement's, never a permit's day
_FROM_AFTER_RE = re.compile(r"(?i)^\W{0,3}(?:alkaen|lähtien|eteenpäin|framåt|och framåt|onwards|and onwards|"
                            r"tills vidare|toistaiseksi|until further notice)\b")
#: price/agreement words, also inside a compound ("puitesopimus", "ramavtalet", "hinnastomme", "Prislistan")
_PRICE_WORDS_RE = re.compile(r"(?i)\w*(?:pris|hint|hinnat|hinnasto|price|taxa|tariff|avgifter|maksut|avtal|sopimu|"
                             r"agreement|contract|offert|tarjou|quot|villkor|ehdot|terms)\w*")


def item_validity(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] is what a sold permit/card/ticket is valid on (module doc), so a service's."""
    before = text[max(0, start - 40):start]
    if not _VALID_BEFORE_RE.search(before) or _FROM_AFTER_RE.match(text[end:]):
        return False
    sentence = re.split(r"[.;!?\n]\s", text[:start])[-1]
    return not _PRICE_WORDS_RE.search(sentence)
