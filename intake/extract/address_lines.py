"""A line that ends in a street address ("Kohde: As Oy Rinne, Rinnekatu 30", "Site: 12 Harbour Road") is a unit of
its own in prose, never the start of the sentence on the next line.

Why: lines without a full stop join into a paragraph before it is cut into sentences, so an address line ran into
the work line below it ("… Vesijärvenkatu 30 Työt 1.3.2028: ovipumpun vaihto 3 h (LT-210)") and the house number,
no longer at a line's end where `street_numbers` knows it, was read as the line's count (30 hours instead of 3).
Only an address ends such a line: other labelled lines ("Deltagare: 8 st à 420 €") still join what they belong to.
"""
from __future__ import annotations

from .street_numbers import street_number_spans


def ends_in_address(line: str) -> bool:
    """True for a line whose last word is the number of a street address."""
    text = line.rstrip()
    return bool(text) and any(end == len(text) for _start, end in street_number_spans(text))
