"""A count split by unit under one merged header: "Antal" over "st" and "h", "Quantity" over "pcs" and "hours",
"Määrä" over "kpl" and "h". Each row fills the column of its own unit.

Why: spreadsheets give every unit its own column under a merged (two-row) header cell; the second column's top
cell is empty (or the reader repeats the merged text), so it would name nothing or be taken twice, and the hours
would be lost (and asked). The columns are one count: a row's one filled cell is its quantity; a row that fills
two says two counts for one line, which is not ours to choose, so the quantity is left empty (asked). Rows and
their numbers are kept; only the unit columns become one.
"""
from __future__ import annotations

import re

from .columns import header_field, map_header

_UNIT_CELL_RE = re.compile(r"^[^\W\d_][\w .]{0,11}$")


def _group(top: list[str], below: list[str], j: int) -> list[int]:
    """Column `j` (a count header) and the columns right of it whose top is empty (or repeats it: a merged cell as
    the XLSX reader fills it) and whose lower cell is a unit."""
    group = [j]
    k = j + 1
    while k < len(top) and top[k].strip() in ("", top[j].strip()) and k < len(below) and \
            _UNIT_CELL_RE.match(below[k].strip()):
        group.append(k)
        k += 1
    if len(group) < 2 or not _UNIT_CELL_RE.match((below[j] if j < len(below) else "").strip()):
        return []
    return group


def collapse_unit_columns(rows: list[list[str]], hints: dict[str, str] | None = None) -> list[list[str]]:
    """`rows` with each count split by unit under a merged header read as one column (see the module doc)."""
    head = next((i for i, r in enumerate(rows[:100]) if map_header(r, hints)), None)
    if head is None or head + 1 >= len(rows):
        return rows
    top, below = rows[head], rows[head + 1]
    groups = [g for j, c in enumerate(top) if c.strip() and header_field(c, hints) == "quantity"
              and (g := _group(top, below, j))]
    if not groups:
        return rows
    out = [list(r) for r in rows]
    drop: set[int] = set()
    for g in groups:
        out[head + 1][g[0]] = "/".join(below[k].strip() for k in g)
        for r in out[head + 2:]:
            filled = [r[k].strip() for k in g if k < len(r) and r[k].strip()]
            if g[0] < len(r):
                r[g[0]] = filled[0] if len(filled) == 1 else ""
        drop.update(g[1:])
    return [[c for k, c in enumerate(r) if k not in drop] for r in out]
