"""A count written after a plural noun of the article's unit, on a list line: "Instruktörstimmar 14 (RV20)",
"Ohjaajatunnit 6 (KT20)", "Guide hours 12 (GD10)", "Hyresdagar 3 (MA30)". Lists put the noun first and its count
after it like a form's label; the count was left unread and asked (holdout43 w14).

Only a plural of the unit the register prices the article in counts: a singular noun with a number after it is
an index or a name ("Övningsdag 2", "Hall 3", "Rum 14"), and a noun naming no unit of the article ("Bana 4") is
left to other rules.
"""
from __future__ import annotations

import re
from decimal import Decimal

#: plural nouns of a unit (as the last part of a compound), by the register's unit
_PLURALS = {
    "hour": r"timmar|timmer|tunnit|tuntia|tunteja|hours|hrs",
    "day": r"dagar|dygn|päivät|päiviä|vuorokaudet|days",
    "night": r"nätter|yöt|öitä|nights",
}
_UNITS = {"h": "hour", "tim": "hour", "timme": "hour", "timmar": "hour", "t": "hour", "tunti": "hour",
          "hour": "hour", "hours": "hour", "dag": "day", "dagar": "day", "dygn": "day", "pv": "day", "päivä": "day",
          "vrk": "day", "day": "day", "days": "day", "natt": "night", "nätter": "night", "yö": "night",
          "vuorokausi": "day", "night": "night", "nights": "night"}


def count_after_unit_noun(clause: str, code: str | None, art: dict | None,
                          spans: list[tuple[int, int]]) -> tuple[Decimal, tuple[int, int]] | None:
    """The count and its span after a plural noun of the article's unit, right before the line's code."""
    kind = _UNITS.get(str((art or {}).get("unit") or "").casefold().strip(". "))
    if not code or not kind:
        return None
    m = re.search(rf"(?i)(?<![\w-])[^\W\d_]*(?:{_PLURALS[kind]})\s+(?P<n>\d{{1,4}}(?:[.,]\d{{1,2}})?)"
                  rf"\s*[,:–-]?\s*\(?\s*{re.escape(code)}(?![\w-])", clause)
    if not m or any(m.start("n") < b and a < m.end("n") for a, b in spans):
        return None
    return Decimal(m.group("n").replace(",", ".")), (m.start("n"), m.end("n"))
