"""Answers to our questions that stand only in a reply's attachment: "svaret finns i bifogad fil", "liitteenä
kaupparekisteriote", "see the attached file for line 2".

Only what was asked is taken, and only where the attachment says which line it answers: a table row whose line
column ("Rad", "Rivi", "Line", "Row", "Nr") holds the asked line's number, or the table's one row when one line
was asked. A count comes from a quantity column, a price from a price column. An asked org number comes from the
attachments' text only when they hold exactly one valid identifier that is not the agency's (a register extract
names the company once; two numbers would be a guess). Nothing the body answered is replaced.
"""
from __future__ import annotations

import re

from .amounts import parse_amount
from .columns import header_field
from .identifiers import find_identifiers
from .replies import asked_paths
from .table_cells import parse_quantity
from .text_context import TextContext

_LINE_COL_RE = re.compile(r"(?i)^\s*(?:rad|radnr|rad nr|line|line no|rivi|rivinro|rivi nro|row|nr|no|#)\s*\.?$")
_FIELD_OF = {"quantity": "quantity", "unit_price": "unit_price"}


def fill_from_attachments(ans: dict | None, body: str, tables: list[list[list[str]]], texts: list[str],
                          ctx: TextContext) -> dict | None:
    """`ans` (the body's answers) completed with what the attachments answer of the asked paths."""
    asked = [p for _n, p in asked_paths(body)]
    if not asked or not (tables or texts):
        return ans
    result: dict = dict(ans or {})
    lines = {i: dict(ln) for i, ln in enumerate(result.get("lines", []))}
    line_asks = [(int(p[6:p.index("]")]), p.rsplit(".", 1)[1]) for p in asked
                 if p.startswith("lines[") and "." in p]
    one_line = len({i for i, _ in line_asks}) == 1
    for idx, field in line_asks:
        if field in lines.get(idx, {}):
            continue
        v = _table_value(tables, idx, field, one_line)
        if v is not None:
            lines.setdefault(idx, {})[field] = v
    if "customer.org_no" in asked and not (result.get("customer") or {}).get("org_no"):
        org = _one_identifier(texts, ctx)
        if org:
            result.setdefault("customer", {})["org_no"] = org
    if lines:
        result["lines"] = [lines.get(i, {}) for i in range(max(lines) + 1)]
    return result or None


def _table_value(tables: list[list[list[str]]], idx: int, field: str, one_line: bool):
    """The asked line's value in the first table that gives it."""
    for tb in tables:
        head = next(((i, r) for i, r in enumerate(tb[:20]) if any(header_field(c) == field for c in r)), None)
        if head is None:
            continue
        i, hdr = head
        col = next(j for j, c in enumerate(hdr) if header_field(c) == field)
        line_col = next((j for j, c in enumerate(hdr) if _LINE_COL_RE.match(c or "")), None)
        rows = [r for r in tb[i + 1:] if any(c.strip() for c in r)]
        if line_col is not None:
            rows = [r for r in rows if line_col < len(r) and _number(r[line_col]) == idx + 1]
        elif not (one_line and len(rows) == 1):
            continue
        if len(rows) == 1 and col < len(rows[0]) and rows[0][col].strip():
            cell = rows[0][col]
            v = parse_quantity(cell) if field == "quantity" else parse_amount(cell)
            if v is not None:
                return v
    return None


def _number(cell: str) -> int | None:
    m = re.fullmatch(r"\s*(\d{1,3})(?:\.0)?\s*", cell or "")
    return int(m.group(1)) if m else None


def _one_identifier(texts: list[str], ctx: TextContext) -> str | None:
    found = {i.value for t in texts for i in find_identifiers(t, ctx.on, allow_bare=True)
             if i.value and not ctx.registry.is_agency_identifier(i.raw)}
    return found.pop() if len(found) == 1 else None
