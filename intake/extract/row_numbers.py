"""A table's row-number column ("Rad", "Pos", "Rivi", "#", "Row"): the rows' own ordinals, never a value of a line.

Why: a column no rule reads marks each of its rows "unread" (the line may be incomplete), which holds the request
for a clerk. A column that only numbers the rows 1, 2, 3 … states nothing invoiced; it is known by its header (a
row or position word, sv/fi/en) AND by its content (whole numbers each one above the previous, so a count or a
customer number under such a header still holds the line; an ordinal has at most three digits, so consecutive
customer numbers 10001, 10002 … are never taken for one).
"""
from __future__ import annotations

import re

#: headers of a row-number column (normalised: case-folded, dots and spaces dropped at the ends)
_ORDINAL_HEADER_RE = re.compile(r"(?i)^(?:#|nr|no|nro|n:o|rad|radnr|rad nr|löpnr|löpnummer|pos|position|posnr|"
                                r"rivi|rivinro|rivinumero|rivi nro|järjestysnumero|järj nro|jnro|row|row no|line|"
                                r"line no|line #|ln)$")


def row_number_columns(headers: list[str], rows: list[list[str]]) -> set[int]:
    """The columns whose header is a row-number word and whose non-empty cells count up by one, row by row."""
    out = set()
    for j, h in enumerate(headers):
        if not _ORDINAL_HEADER_RE.match(" ".join(h.replace(".", " ").split()).strip(" :")):
            continue
        cells = [r[j].strip().rstrip(".") for r in rows if j < len(r) and r[j].strip()]
        if cells and all(c.isdigit() and len(c) <= 3 for c in cells) and \
                all(int(b) == int(a) + 1 for a, b in zip(cells, cells[1:])):
            out.add(j)
    return out
