"""A wide table with one column per article ("Vuxen älg (LJ30)" | "Kalv (LJ40)", "Aikuinen (KA10)", "Adult
(T100)"), a row per customer and the counts in the cells, read as the long table it stands for.

Why: summaries of fees per party (hunting teams' fees per animal, schools' pupils per course, members per level)
are written wide: the article's code is in the column's header and each row's cell under it is that party's
count. Read as a line table, no column is the article and no column the count, so every line's count was asked
(or a lone count was taken for the wrong article). A header row with at least two cells naming a register code
beside the article's name (often in parentheses) and at least one cell naming no code (the party) is such a
table, when every filled cell under the code columns is a whole number. Each data row becomes one row per filled
code cell: the row's other cells, the code, the count. An empty or zero cell is no line ("fällde inga kalvar"); a
sum row ("Summa", "Yhteensä", "Total") is no party.
"""
from __future__ import annotations

import re

from .registry import Registry
from .table_cells import is_sum_cell, opens_with_sum_word

_CODE_TOKEN_RE = re.compile(r"[A-ZÅÄÖ]{0,4}\d{1,5}[A-Z]?|[A-ZÅÄÖ]{2,5}-?\d{1,4}")
_WHOLE_RE = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})*|\d+")


def _header_code(cell: str, codes: set[str]) -> str | None:
    """The register code a header cell names beside the article's name: "Kalv (LJ40)", "LJ40 Kalv", "Aikuinen
    KA10". A code alone is no header (a data row's article cell is one)."""
    s = (cell or "").strip()
    if not re.search(r"[^\W\d_]{3,}", s):
        return None
    found = {t.upper() for t in _CODE_TOKEN_RE.findall(s) if t.upper() in codes}
    return found.pop() if len(found) == 1 else None


def melt_article_columns(rows: list[list[str]], registry: Registry | None) -> list[list[str]]:
    """`rows` with a wide article table turned long (see the module doc); unchanged when there is none."""
    if registry is None:
        return rows
    codes = {code for (_agency, code) in registry.articles}
    for h, head in enumerate(rows[:50]):
        cols = {j: c for j, cell in enumerate(head) if (c := _header_code(cell, codes))}
        others = [j for j, cell in enumerate(head) if j not in cols and (cell or "").strip()]
        if len(cols) < 2 or not others or any(re.fullmatch(r"[\d\s.,%-]+", c or "") for c in head if c):
            continue
        body = rows[h + 1:]
        cells = [(r[j] if j < len(r) else "").strip() for r in body for j in cols]
        if not any(cells) or not all(not c or _WHOLE_RE.fullmatch(c) for c in cells):
            return rows
        keep = [j for j in range(len(head)) if j not in cols]
        out = rows[:h] + [[head[j] for j in keep] + ["Artikel", "Antal"]]
        for r in body:
            first = next((c for c in r if (c or "").strip()), "")
            if is_sum_cell(first) or opens_with_sum_word(first):
                continue
            base = [r[j] if j < len(r) else "" for j in keep]
            for j, code in cols.items():
                n = (r[j] if j < len(r) else "").strip().replace(" ", "").replace("\u00a0", "")
                if n and int(n) > 0:
                    out.append(base + [code, n])
        return out
    return rows
