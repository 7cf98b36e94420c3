"""A count said per head is a rate, not the line's count: "övernattning två nätter per scout (NS12)", "kaksi yötä
henkilöä kohden", "3 hours per participant".

Why: the count read first in such a clause is what each person had; the line invoices it for everyone, and how
many came is said elsewhere — or, as here, only roughly ("runt 30 scouter"). Taken as written, two nights were
invoiced for a whole camp (money-critical had the head count been missed). The count is asked, and a head count in
an earlier sentence is not taken for it either (intake.extract.per_noun: that would bill the heads without their
nights). A head count said roughly ("runt 30 scouter", "noin 40 henkeä") is never a count (the contract: an
approximate count is asked).
"""
from __future__ import annotations

import re

from .amounts import APPROX_WORDS

HEADS = (r"(?:scout\w*|deltagar\w*|person\w*|elev\w*|barn|gäst\w*|henkilö\w*|henkeä|hlö|osallistuj\w*|oppila\w*|"
         r"lapsi|lapset|lasta|lapsia|vieras|vierasta|vieraita|participants?|persons?|heads?|guests?|pupils?|students?|"
         r"attendees?)")
#: after a count: its noun, then "per scout" / "/hlö" / "henkilöä kohden" / "each participant"
_PER_HEAD_AFTER_RE = re.compile(rf"(?i)\s*[^\W\d_]+\.?\s*(?:(?:per|för\s+varje|each|every|/)\s*{HEADS}\b|"
                                rf"{HEADS}\s+(?:kohden|kohti)\b)")
#: a count and its noun right before a "per" phrase: "två nätter per scout" — the "per" names a rate's divisor
_COUNT_BEFORE_RE = re.compile(r"(?i)(?:\d+(?:[.,]\d+)?|\b(?:en|ett|två|tre|fyra|fem|sex|yksi|kaksi|kolme|neljä|"
                              r"viisi|one|two|three|four|five|six))\s+[^\W\d_]+\s*$")
_APPROX_BEFORE_RE = re.compile(rf"(?i)(?<![^\W\d_]){APPROX_WORDS}\s*$")


def per_head_rate(clause: str, span: tuple[int, int] | None) -> bool:
    """True when the count at `span` is followed by its noun and "per" a person ("två nätter per scout")."""
    return span is not None and bool(_PER_HEAD_AFTER_RE.match(clause, span[1]))


def counted_before(sentence: str, at: int) -> bool:
    """True when a count and its noun stand right before position `at` (a "per" phrase there is a rate's)."""
    return bool(_COUNT_BEFORE_RE.search(sentence[:at]))


def said_roughly(text: str, at: int) -> bool:
    """True when the number at `at` follows an approximation word ("runt 30", "noin 40", "about 25")."""
    return bool(_APPROX_BEFORE_RE.search(text[:at]))
