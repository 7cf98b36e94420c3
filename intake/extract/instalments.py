"""An invoice split into instalments: "delas upp på tre fakturor om 40 000 kr vardera", "faktureras i fyra
delbetalningar", "laskutetaan kolmessa erässä", "billed in three instalments of EUR 2,000".

Such a sentence tells the plan, not a line: its number counts invoices, not units, and its amount is the price of
each instalment, which the instalment line itself states. Reading it as a line would invoice every instalment at
once (3 × 40 000 next to the 40 000 asked for), so it is never a line; the line to invoice now is the one the
mail writes out, and without one the request has no line and is asked.
"""
from __future__ import annotations

import re

from .numbers_words import word_value

_COUNT = r"(?:\d{1,2}|[^\W\d_]+)"
#: "på/i tre fakturor|delbetalningar|delfakturor|rater", "kolmessa erässä|osassa", "in/into three instalments"
_PLAN_RE = re.compile(
    rf"(?i)\b(?:(?:på|i|över)\s+(?P<sv>{_COUNT})\s+(?:fakturor|delfakturor|delbetalningar|delbelopp|rater|"
    rf"faktureringstillfällen)"
    rf"|(?P<fi>{_COUNT})\s+(?:erässä|erään|osaerässä|osalaskussa|laskussa|osassa)"
    rf"|(?:in|into|over)\s+(?P<en>{_COUNT})\s+(?:instal(?:l)?ments|invoices|installments|tranches|"
    rf"partial invoices|payments))\b")


def instalment_plan(unit: str) -> bool:
    """True when the sentence splits the billing into two or more instalments (the count is a number of
    invoices). "i två fakturor" counts too; "på 3 fakturor" written in digits as well."""
    for m in _PLAN_RE.finditer(unit):
        word = next(g for g in (m.group("sv"), m.group("fi"), m.group("en")) if g)
        n = int(word) if word.isdigit() else word_value(word.casefold())
        if n is not None and n >= 2:
            return True
    return False


#: which instalment a line is: "delbetalning 2 av 4", "delfaktura 1 av 3", "erä 2/3", "2. erä", "instalment 1 of 2"
#: — an ordinal, never a count of the line
_ORDINAL = (
    r"(?:(?:delbetalning|delfaktura|delbelopp|faktura|del)\s+\d{1,2}\s*(?:av|/)\s*\d{1,2}"
    r"|(?:erä|osaerä|osalasku|lasku)\s+\d{1,2}\s*(?:/|:stä)\s*\d{1,2}|\d{1,2}\.\s*(?:erä|osaerä|osalasku)"
    r"|(?:instal(?:l)?ment|part|tranche|invoice)\s+\d{1,2}\s*(?:of|/)\s*\d{1,2})")
#: the other instalments named together: "delbetalning 2 och 3", "erät 2 ja 3", "instalments 2 and 3"
_SEVERAL = (r"(?:delbetalning(?:ar(?:na)?)?|delfaktur(?:a|or|orna)|erä[t]?|osaerä[t]?|instal(?:l)?ments?)\s+\d{1,2}"
            r"(?:\s*(?:,|och|ja|and|&)\s*\d{1,2})+")
_ORDINAL_RE = re.compile(rf"(?i)\b(?:{_ORDINAL}|{_SEVERAL})\b")
#: for the leftover net (intake.leftover_words): one instalment named on the line a value was read from ("delbetalning
#: 1 av 3") is no count left unread; several named together may be a request to invoice them, so they still count
INSTALMENT_ORDINAL_RE = re.compile(rf"(?i)\b{_ORDINAL}\b")


def instalment_ordinals(text: str) -> list[tuple[int, int]]:
    """Spans naming which instalment a line is; they hold no quantity."""
    return [(m.start(), m.end()) for m in _ORDINAL_RE.finditer(text)]
