"""An approximate or ranged count is asked, never invoiced.

Why: people write what they do not know exactly as an approximation or a range — "ca 60 elever", "noin 25 henkeä",
"about 30 pupils", "2–3 klasser", "50 à 60 besökare", "kaksi tai kolme ryhmää". Such a number is a count of
something (not a price: no currency follows it), and a count that is not known is a question to the agency. Read
as a price it asked the register's price too; read as a count it invoiced a guess.
"""
from __future__ import annotations

import re

from .amounts import APPROX_WORDS

#: nouns that count people or groups of them: after an approximate number they make it a count, never a price
PEOPLE_AFTER_RE = re.compile(
    r"(?i)\s*(?:elev\w*|besökar\w*|deltagar\w*|person\w*|barn\b|vuxna|studenter|skolbarn|klass\w*|grupp\w*|"
    r"gäst\w*|oppila\w*|osallistuj\w*|henkilö\w*|henke\w*|heng\w*|hlö\b|kävijä\w*|lap\w*|lasta\b|ryhm\w*|"
    r"luok\w*|vieras\w*|"
    r"pupils?|students?|visitors?|participants?|people|persons?|guests?|groups?|class(?:es)?|attendees?)\b")

#: what stands right before a number to make it approximate or the upper end of a range: "ca ", "noin ", "2–",
#: "50 à ", "50 till ", "2 or ", "kaksi tai "
_APPROX_OR_RANGE_BEFORE = re.compile(
    rf"(?i)(?:(?<![^\W\d_]){APPROX_WORDS}\s*|(?<![\d.,/])\d{{1,4}}\s*[–-]\s*|(?<![\d.,/])\d{{1,4}}\s+"
    r"(?:till|à|a|to|or|eller|tai|á)\s+)$")


def approximate_or_ranged(text: str, start: int) -> bool:
    """The number starting at `start` is said approximately ("ca 60") or closes a range ("2–3", "50 till 60")."""
    return bool(_APPROX_OR_RANGE_BEFORE.search(text[max(0, start - 24):start]))
