"""A form's numbered labels: case and order systems that print several lines as one key/value list number the
second and later ones ("Artikel 2", "Antal 2", "Utfört 2", "Määrä 2", "Quantity 2"). The number is the line's
index, never a value — read as prose, "Antal 2 | 1" made the second line's count 2 (holdout43 w03).

Only a small index after a label the lexicon knows for a line's own field is taken: a year ("Pris 2027") or a
rate ("Moms 25") is no index, and a customer field numbered so is left to other rules.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_INDEX_RE = re.compile(r"^(?P<label>\D+?)\s*(?:#|nr|no)?\s*(?P<n>[1-9]\d?)$")
#: the fields a numbered label may name: those of one invoice line and its period
_LINE_FIELDS = frozenset({"item_article", "item_description", "item_quantity", "item_price", "item_amount",
                          "period"})


def numbered_field(n: str, field_of: Callable[[str], str | None]) -> str | None:
    """The line field of a normalised label with an index after it ("antal 2" → item_quantity), else None."""
    m = _INDEX_RE.match(n)
    if not m:
        return None
    f = field_of(m.group("label").strip())
    return f if f in _LINE_FIELDS else None
