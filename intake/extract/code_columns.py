"""A table column of register article codes is the article column, whatever another system called it.

Why: exports from case-handling, library and booking systems head the code column with their own words
("Åtgärdskod", "Åtgärd", "Tjänst", "Toimenpide", "Item") — or with a word that usually names the line's text. When
the code is not read as the article, the register's price and VAT rate are lost: the price is asked without need
and the agency's default VAT rate replaces the article's (a 0 % service invoiced with 25 %). The cells say what
the column holds: when most of them are codes of the register, the column is the article; a column its header
had typed as the description gives that role to the next column whose header names a description
("Tjänst | Beskrivning": BN10 | Fjärrlån).
"""
from __future__ import annotations

from .columns import header_field
from .registry import Registry

#: the fields a column of register codes may have been typed as from its header
_OVERRULED = (None, "description", "buyer_reference", "order_reference")


def _codes(registry: Registry) -> set[str]:
    return {code for (_agency, code) in registry.articles}


def register_codes(registry: Registry | None) -> set[str]:
    """Every register article code, upper-cased (the cells of an article column are matched against them)."""
    return {str(c).upper() for c in _codes(registry)} if registry is not None else set()


def register_code(cell: str, codes: set[str]) -> str | None:
    """The register code an article cell starts with, when its shape is not a usual code's: registers also hold
    a digit after letters ("ARS1", "UB3"), letters of the local alphabet ("ÅK1", "SÄK") and words ("LU-M", "BUS",
    "LATE"). Why: a code the cell pattern does not know lost the article, and with it the register's price and
    VAT rate (a 0 % fee invoiced with the default 25 %)."""
    s = (cell or "").strip()
    if not s or not codes:
        return None
    tok = s.split()[0].strip(" :–-,").upper()
    return tok if tok in codes else None


def _share_of_codes(values: list[str], codes: set[str]) -> float:
    vals = [v.strip().upper() for v in values if v and v.strip()]
    return sum(1 for v in vals if v in codes) / len(vals) if vals else 0.0


def _column(rows: list[list[str]], j: int) -> list[str]:
    return [r[j] if j < len(r) else "" for r in rows]


def article_by_content(rows: list[list[str]], mapping: dict[int, str], headers: list[str],
                       registry: Registry | None, hinted: set[int]) -> dict[int, str]:
    """`mapping` with the column of register codes as the article (see the module doc). Unchanged when a column
    already holds the codes or no column does."""
    if registry is None:
        return mapping
    codes = _codes(registry)
    if not codes:
        return mapping
    typed = next((j for j, f in mapping.items() if f == "article"), None)
    if typed is not None and _share_of_codes(_column(rows, typed), codes) >= 0.6:
        return mapping
    ncols = max((len(r) for r in rows), default=0)
    found = next((j for j in range(ncols) if j not in hinted and mapping.get(j) in _OVERRULED
                  and _share_of_codes(_column(rows, j), codes) >= 0.6), None)
    if found is None:
        return mapping
    out = {j: f for j, f in mapping.items() if f != "article"}
    was = out.get(found)
    out[found] = "article"
    if was == "description":
        text = next((j for j, h in enumerate(headers) if j not in out and h.strip()
                     and header_field(h) == "description"), None)
        if text is not None:
            out[text] = "description"
    return out
