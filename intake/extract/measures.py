"""A measure with its unit under a form's label or a table's header is the count of an article priced in that unit.

Why: booking systems, web forms and ERP exports do not write "Antal": they print what they measured with its unit —
"Kesto (h): 3" for a room booked per hour, "Pinta-ala (m²): 40" for street area rented per m², a column "Yta m²"
for storage rented per m² and month. The number is the line's quantity exactly when the unit is the article's
own; read as nothing, the quantity was asked although stated. The same measure for an article counted in
something else (an area for a permit priced per piece, hours for a report) is no count of it: the quantity is
then asked, never taken (as intake.extract.unit_clash does for hours in prose).

A measure only counts where no count is given: a header is the quantity column only when no other column is, and
a label only when the lexicon knows it as no other field.
"""
from __future__ import annotations

import re

from .model import LineItem
from .text_context import TextContext

#: units as written → one spelling (the register writes "m2", forms "m²", "neliötä", "kvm")
_UNITS = {"m²": "m2", "m2": "m2", "kvm": "m2", "neliö": "m2", "neliötä": "m2", "sq m": "m2", "sqm": "m2",
          "m³": "m3", "m3": "m3", "m": "m", "meter": "m", "metriä": "m", "km": "km", "kg": "kg", "tonnes": "t",
          "ton": "t", "h": "h", "t": "h", "tim": "h", "timmar": "h", "timme": "h", "tunti": "h", "tuntia": "h",
          "tunnit": "h", "hours": "h", "hour": "h", "hrs": "h"}
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
#: what forms and exports measure (sv/fi/en): area, length, duration, weight, volume
_MEASURE_WORDS = (r"yta|golvyta|lokalyta|area|floor area|pinta-ala|ala|neliöt|längd|pituus|length|kesto|"
                  r"varaktighet|duration|tid|aika|time|vikt|paino|weight|volym|tilavuus|volume")
_MEASURE_LABEL_RE = re.compile(rf"(?i)^\s*(?:[^\W\d_]+\s+)?(?:{_MEASURE_WORDS})\s*(?:\(\s*(?P<u1>{_UNIT_ALT})\s*\)|"
                               rf"[,/]?\s*(?P<u2>{_UNIT_ALT}))\s*:?\s*$")
_BARE_NUMBER_RE = re.compile(rf"(?i)^\s*\d{{1,6}}(?:[.,]\d{{1,3}})?\s*(?:{_UNIT_ALT})?\s*\.?$")
_VALUE_UNIT_RE = re.compile(rf"(?i)^\s*\d{{1,6}}(?:[.,]\d{{1,3}})?\s*(?P<u>{_UNIT_ALT})\s*\.?$")


def measure_unit(label: str) -> str | None:
    """The unit (one spelling) of a label or header that names a measure with its unit ("Kesto (h)", "Yta m²",
    "Pinta-ala (m²)", "Duration (hours)"), else None."""
    m = _MEASURE_LABEL_RE.match(label or "")
    return _UNITS[(m.group("u1") or m.group("u2")).casefold()] if m else None


def measure_value(label: str, value: str) -> str | None:
    """A form's measure label with a bare number: the value with its unit ("3 h", "40 m2"), else None."""
    unit = measure_unit(label)
    if unit is None or not _BARE_NUMBER_RE.match(value or ""):
        return None
    return value.strip() if _VALUE_UNIT_RE.match(value) else f"{value.strip()} {unit}"


def _foreign(unit: str | None, li: LineItem, ctx: TextContext) -> bool:
    """The measure's unit is not the unit the register counts the line's article in."""
    art = ctx.registry.article(ctx.agency_code, li.article) if li.article else None
    own = str((art or {}).get("unit") or "").casefold().strip(". ")
    return bool(unit and own) and _UNITS.get(own) != unit


def drop_foreign_measures(lines: list[LineItem], written: dict[int, str], ctx: TextContext) -> None:
    """A labelled count written in a measure unit ("40 m2", "3 h") that is not the article's unit is asked."""
    for li in lines:
        m = _VALUE_UNIT_RE.match(written.get(id(li)) or "")
        if m and li.quantity is not None and _foreign(_UNITS[m.group("u").casefold()], li, ctx) and \
                _UNITS[m.group("u").casefold()] != "h":     # hours: intake.extract.unit_clash decides
            li.quantity = None
            li.where.pop("quantity", None)


def drop_foreign_measure_columns(lines: list[LineItem], ctx: TextContext) -> None:
    """A quantity read from a measure column ("Yta m²") for an article counted in another unit is asked."""
    for li in lines:
        w = li.where.get("quantity")
        if w is not None and li.quantity is not None and _foreign(measure_unit(w.col or ""), li, ctx):
            li.quantity = None
            li.where.pop("quantity", None)
