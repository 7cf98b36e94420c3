"""Rows of a plain-text table without a header, each opening with its own customer ("Ravintola Sataman Helmi Oy
RV10  1,5 h  3.11.2026" / "Leipomo Aurinko Oy  RV10  2 h  25.11.2026"): each row is that customer's block.

Why: a mail's plain-text part often carries an HTML table flattened into aligned columns with its header row lost.
The table reader needs a header, and the customer-block splitter left table rows to it — so no one split the rows
and both customers' lines went on the first customer's invoice (a holdout set, one request instead of two). A row
counts only when its first cell is a customer by itself (a register name or a company name with a legal form,
the whole cell) and no line of the body above it maps as a table header (then the table reader owns the rows).
"""
from __future__ import annotations

from .columns import map_header
from .customer_text import COMPANY_RE
from .tables import split_text_row
from .text_context import TextContext


def _has_header_above(body: list[tuple[int, str]], idx: int, ctx: TextContext) -> bool:
    return any(len(cells := split_text_row(t)) >= 2 and map_header([c[2] for c in cells], ctx.hints)
               for _n, t in body[:idx])


def row_customer(body: list[tuple[int, str]], idx: int, ctx: TextContext) -> tuple[int, str] | None:
    """(end of the first cell, the name) when line `idx` is a headerless table row opening with a customer."""
    cells = split_text_row(body[idx][1])
    if len(cells) < 3 or body[idx][1].count("|") >= 2:
        return None
    start, end, first = cells[0]
    named = [nm for s, e, nm in ctx.registry.find_names(first) if s == 0 and e == len(first)]
    name = named[0] if named else (first if COMPANY_RE.fullmatch(first) else None)
    if name is None or _has_header_above(body, idx, ctx):
        return None
    return end, name
