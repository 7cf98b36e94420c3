"""HTML tables as a grid of cell texts, with `rowspan`/`colspan` expanded the way a reader sees them.

A customer cell spanning three rows belongs to each of those rows (the author grouped them explicitly); without
expanding, the next rows would shift one column left and one row's customer would meet another row's lines. A
header cell spanning two columns ("Period" over "Från | Till") repeats over both, so the two header rows can be
read together by `columns.combined_header`. A two-column table of labels and values (a customer block laid out
as a table) is written as `Label: value` lines, so the label reader sees no cell separators in a value.
"""
from __future__ import annotations

import re

from bs4 import Tag

from .columns import map_header

_MAX_SPAN = 50


def _span(td: Tag, attr: str) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(str(td.get(attr, "1")).strip() or "1")))
    except ValueError:
        return 1


def _cell_text(td: Tag) -> str:
    return " ".join(td.get_text(" ", strip=True).replace("|", "/").split())


def _fill_pending(row: list[str], col: int, pending: dict[int, tuple[int, str]]) -> int:
    """Append the cells a rowspan above still covers at `col`; the next free column."""
    while col in pending:
        left, text = pending[col]
        row.append(text)
        if left <= 1:
            del pending[col]
        else:
            pending[col] = (left - 1, text)
        col += 1
    return col


def table_grid(table: Tag) -> list[list[str]]:
    """Rows of cell texts; spanned cells repeated into every row/column they cover."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}     # column → (rows still covered, text) from a rowspan above
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        row: list[str] = []
        col = 0
        for td in tr.find_all(["td", "th"], recursive=False):
            col = _fill_pending(row, col, pending)
            text = _cell_text(td)
            rs, cs = _span(td, "rowspan"), _span(td, "colspan")
            for n in range(cs):
                row.append(text if n == 0 or not re.search(r"\d", text) else "")  # a number stays in one cell
                if rs > 1:
                    pending[col] = (rs - 1, text)
                col += 1
        _fill_pending(row, col, pending)
        grid.append(row)
    return grid


def _is_kv(grid: list[list[str]]) -> bool:
    """Label/value pairs: every row two cells, the first a short text without digits, and no line-table header."""
    rows = [r for r in grid if any(r)]
    return bool(rows) and all(len(r) == 2 for r in rows) and map_header(rows[0]) is None and all(
        r[0] and len(r[0]) <= 40 and not re.search(r"\d", r[0]) for r in rows)


def table_text(table: Tag) -> str:
    """A table as text: `Label: value` lines for a label/value table, else pipe rows with spans expanded."""
    grid = table_grid(table)
    if _is_kv(grid):
        return "\n".join(f"{r[0].rstrip(':').strip()}: {r[1]}" for r in grid if any(r))
    return "\n".join("| " + " | ".join(cells) + " |" for cells in grid if any(cells))
