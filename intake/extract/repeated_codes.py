"""One article named twice in one sentence: once for what it covers, once with its count.

Why: a minimum or group charge is explained and ordered in the same sentence ("Ryhmäopastuksen minimiveloitus
(OP12) kattaa 15 ensimmäistä, joten laskutetaan 1 kpl OP12 ja …", "grundavgiften (GR10) täcker de 20 första
deltagarna, så vi fakturerar 1 st GR10"). Each mention of a code was read as a line of its own, so the covered
number (15) was invoiced as a second line of the charge. A clause whose only count is the number the charge
covers (or that has none) is the article's description when the same code has another clause that counts; it is
no line. Two counted mentions of one code (two days, two rooms) stay two lines.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .model import LineItem
from .thresholds import threshold_spans

#: "kattaa 15 ensimmäistä", "täcker upp till 20", "covers up to 15", "15 ensimmäistä", "de 20 första"
_COVERED_RE = re.compile(
    r"(?i)\b(?:(?:kattaa|kattavat|sisältää|täcker|omfattar|inkluderar|covers?|includes?)\s+"
    r"(?:(?:upp\s+till|up\s+to|högst|max(?:imum|\.)?|enintään|korkeintaan|de\s+första|the\s+first|"
    r"ensimmäiset)\s+)?(?P<n>\d{1,4})|(?:de\s+|the\s+)?(?P<m>\d{1,4})\s+(?:ensimmäis\w*|första|first)\b)")


def covered_numbers(clause: str) -> set[Decimal]:
    """The numbers `clause` names as what a charge covers (a threshold or a group size), not a count."""
    found = {m.group("n") or m.group("m") for m in _COVERED_RE.finditer(clause)}
    found |= {clause[a:b] for a, b in threshold_spans(clause)}
    out = set()
    for x in found:
        try:
            out.add(Decimal(x))
        except InvalidOperation:
            continue
    return out


def drop_covering_mentions(read: list[tuple[str, str, LineItem]]) -> list[LineItem]:
    """`read` holds (code, clause, line) for one sentence; the lines without those that only say what a charge
    named again in the sentence covers."""
    def counted_elsewhere(code: str, li: LineItem) -> bool:
        return any(c == code and o is not li and o.quantity is not None for c, _t, o in read)
    def only_covers(clause: str, li: LineItem) -> bool:    # "covers up to 15 people": no count of its own
        covered = covered_numbers(clause)
        return bool(covered) and (li.quantity is None or li.quantity in covered)
    return [li for code, clause, li in read if not (only_covers(clause, li) and counted_elsewhere(code, li))]
