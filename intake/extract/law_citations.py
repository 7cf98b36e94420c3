"""An article of a law cited beside a VAT note is no article code of the register.

Examples: "reverse charge (Art. 196 VAT Directive)", "artikel 44 i mervärdesskattedirektivet", "Article 196 of
Directive 2006/112/EC".

Why: the word "Art." before a number reads as an article code of the register ("art. 1020"), so the legal basis
that must be stated on a reverse-charge invoice (Directive 2006/112/EC art. 226 (11a); ML 17 kap. 24 §) became a
line of its own, with a code the register does not know. A code followed by a law's name is the law's article.
"""
from __future__ import annotations

import re

_LAW_AFTER_RE = re.compile(
    r"(?i)^(?:\s*(?:,|and|och|ja|&)\s*\d{1,4}[a-z]?)*\s*(?:\(\d{1,2}\)\s*)?(?:[,:]\s*)?"
    r"(?:(?:of|in|i|the|eu|eu:s|council|rådets|neuvoston)\s+)*(?:[\w-]{1,20}\s+){0,2}?[\w-]{0,20}?"
    r"(?:directive|direktiv|direktiivi|lag(?:en)?\b|lain\b|laki\b|act\b|regulation|förordning|asetu|\d{4}/\d{1,4}/E)")


def cites_law(text: str, code_end: int) -> bool:
    """Whether the number ending at `code_end` is followed by a law's name: a legal article, not a product's."""
    return bool(_LAW_AFTER_RE.match(text[code_end:code_end + 60]))
