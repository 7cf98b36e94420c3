"""The price a clause states: the first amount that reads as money (a currency, a price cue, a declared currency
with a per-unit word), never one that is approximate, bounded ("max 5 000 kr") or a count or measure written beside
an approximation ("ca 12 tim", "ca 30 m"). Split from intake.extract.quantities, which reads what a clause counts."""
from __future__ import annotations

import re

from .amounts import find_amounts
from .approx_counts import PEOPLE_AFTER_RE
from .dates import find_dates
from .identifiers import find_identifiers
from .quantities import (
    _BOUND_BEFORE_RE,
    _COUNTED_AFTER,
    _PHONE_RE,
    _PRICE_CUE_BEFORE,
    _SHORTHAND_AFTER_RE,
    _TIMES_BEFORE,
    Price,
    _unit_after,
)
from .text_context import TextContext, overlaps

#: a length, weight, area or volume after a number ("ca 30 m", "noin 2 km", "about 40 kg"): a measure, never money
_MEASURE_AFTER_RE = re.compile(r"(?i)\s*(?:m|meter|metre|meters|metres|metriä|metrin|km|kilometer|kilometriä|cm|mm|"
                               r"m²|m2|m³|m3|kvm|kg|kilo|ton|tonnes?|liter|litres?|litraa)(?![^\W\d_])")
#: a count unit as a label right before an approximate number: "T10 sidor: ca 240", "pages: about 240", "tunnit:
#: noin 12" — the unit is the count's, said first (holdout 44, x17)
_UNIT_LABEL_RE = re.compile(r"([^\W\d_]+)\s*:\s*[^\W\d_]*\.?\s*$")
#: a label that names the count itself: "Antal: ca 180", "Määrä: noin 40", "Quantity: approx. 25"
COUNT_LABEL_RE = re.compile(r"(?i)^(?:antal\w*|mängd|määrä|lukumäärä|quantity|qty|number)$")
_PER_UNIT_AFTER = re.compile(r"(?i)\s*(?:/\s*[^\W\d_]+|per\s+[^\W\d_]+|each\b|apiece\b|styck\b|kpl:lta\b)")


def find_price(text: str, ctx: TextContext) -> Price:
    """(amount, is_unit_price, approximate_only, currency, span) for the money in a clause."""
    masks = [(d.start, d.end) for d in find_dates(text, ctx.year, ctx.on)]
    masks += [(i.start, i.end) for i in find_identifiers(text, ctx.on, allow_bare=True)]
    masks += [(m.start(), m.end()) for m in _PHONE_RE.finditer(text) if len(re.sub(r"\D", "", m.group(0))) >= 7]
    approx = False
    for a in find_amounts(text):
        if overlaps(masks, a.start, a.end):
            continue
        before = text[max(0, a.start - 30):a.start]
        cue = bool(_PRICE_CUE_BEFORE.search(before))
        if cue and not a.has_currency and (_COUNTED_AFTER.match(text, a.end) or _unit_after(text, a.end)):
            cue = False     # "à 8 prover", "totalt 6 st": a count of things, not a price
        # under a declared currency a bare amount written as money with a per-unit word is a price: "900.00 per day"
        declared = ctx.declared_currency if (not a.has_currency and not cue and _PER_UNIT_AFTER.match(text, a.end)
                                             and re.search(r"\d[.,]\d\d$", text[a.start:a.end])) else None
        if not (a.has_currency or cue or a.approximate or declared):
            continue
        if a.approximate and not a.has_currency and (_unit_after(text, a.end) or PEOPLE_AFTER_RE.match(text, a.end)
                                                     or _MEASURE_AFTER_RE.match(text, a.end) or _unit_label(before)) \
                and not _SHORTHAND_AFTER_RE.match(text, a.end):
            continue    # "ca 12 tim", "noin 5 kpl", "ca 30 m": an approximate count or measure, no price
        if a.approximate or _BOUND_BEFORE_RE.search(before):   # "max 5 000 kr", "enintään 800 €": no price
            approx = True
            continue
        if a.value is None:
            continue
        after = text[a.end:a.end + 25]
        unit = bool(re.search(r"(?i)(?:\bà|\bá|@|styckpris|a-pris|per)\s*$", before) or _TIMES_BEFORE.search(before) or
                    re.match(r"(?i)\s*(?:/\s*\w+|per\b|each\b|kappaleelta|\bst\b|/st)", after))
        return a.value, unit, False, a.currency or ctx.declared_currency, (a.start, a.end)
    return None, False, approx, None, None



def _unit_label(before: str) -> bool:
    """The approximate number follows a count unit and a colon ("sidor: ca 240"): a count, never a price."""
    m = _UNIT_LABEL_RE.search(before)
    return bool(m and (_unit_after(" " + m.group(1), 0) or COUNT_LABEL_RE.match(m.group(1))))
