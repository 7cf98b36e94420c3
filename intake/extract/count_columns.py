"""A table column of whole numbers under a word of its own is the count, when no header named a count.

Why: exports head the count with the thing counted, not with "Antal"/"Määrä"/"Quantity": "Hakuja" (searches),
"Sökningar", "Intyg", "Besök", "Käyntejä", "Searches", "Certificates". Unread, such a column leaves every line's
quantity asked although each row states it ("12 480", "315"). The cells say what the column holds: when the table
has an article or a text column and no count column, and exactly one other column holds whole numbers on every
row that fills it (thousands grouped with spaces allowed), under a one-word header that names no number of its
own (no "nr", "id", "år", "rad", "postnummer", "konto"…), that column is the count; a phrase heading numbers
("Utförda enheter") stays the sender's own layout, asked once and then learnt (intake.layouts). Two such columns
leave both unread: which one counts is a guess.
"""
from __future__ import annotations

import re

from .columns import norm_header

#: a whole count as a cell writes it: "315", "12 480", "1 022" (no leading zero: "0042" is an identifier)
_COUNT_CELL_RE = re.compile(r"[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+|[1-9]\d{0,6}|0")
#: headers that name a number which is no count: identifiers, years, rows, postal codes, accounts, phones
_NUMBER_NAME_RE = re.compile(
    r"(?i)(?:\b(?:nr|no|nro|n:o|id|år|vuosi|year|rad|rivi|row|line|pos|kod|code|koodi|ref)\b|nummer|numero|"
    r"number|tunnus|tunniste|konto|account|tili|postnr|postinro|post|zip|puh|tel|phone|ärende|dnr|diaari|"
    r"pnr|hetu|personn|vecka|viikko|week|månad|kuukausi|month|sida|sivu|page|version|versio|ålder|ikä|age|"
    r"procent|prosentti|percent|%|moms|alv|vat|pris|hinta|price|belopp|summa|amount|total|yhteens|kpl-hinta)")


#: one word, the noun of what is counted ("Hakuja", "Sökningar", "Copies"); a phrase ("Utförda enheter") is a
#: layout of its own, asked and learnt for the sender (intake.layouts), never guessed here
_ONE_NOUN_RE = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)?")


def _count_column(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c and c.strip()]
    return bool(filled) and all(_COUNT_CELL_RE.fullmatch(c) for c in filled)


def count_by_content(rows: list[list[str]], mapping: dict[int, str], headers: list[str],
                     hinted: set[int]) -> dict[int, str]:
    """`mapping` with the one unnamed column of whole counts as the quantity (see the module doc); unchanged when
    a column already counts, the table names no line, or none or several columns qualify."""
    fields = set(mapping.values())
    if "quantity" in fields or not fields & {"article", "description"}:
        return mapping
    found = [j for j, h in enumerate(headers)
             if j not in mapping and j not in hinted and _ONE_NOUN_RE.fullmatch(norm_header(h))
             and not _NUMBER_NAME_RE.search(norm_header(h))
             and _count_column([r[j] if j < len(r) else "" for r in rows])]
    if len(found) != 1:
        return mapping
    return {**mapping, found[0]: "quantity"}
