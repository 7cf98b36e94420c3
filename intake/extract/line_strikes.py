"""A numbered line struck in words: "Stryk rad 2 – mätningen blev inte av", "Poistakaa rivi 3", "delete item 2".

Agencies list the work as a numbered list and then, in the same mail or a reply above it, strike one item by its
number instead of editing the list. Read apart, the struck item is still a line and would be invoiced. The
struck number is matched to the list item that bears it ("2." / "2)" opening a line); the line read from that
item is dropped. When the number names no single item whose line was read, the request is not guessed at: every
line's count is marked inferred, so the gate holds it for a clerk.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .model import LineItem
from .segments import Segment

_VERB = (r"(?:stryk|ta\s+bort|radera|ströks|poista(?:kaa|isitteko)?|poistetaan|jättäkää\s+pois|delete|remove|drop|"
         r"strike(?:\s+out)?|cancel|skip)")
_ROW = r"(?:rad(?:en)?|punkt(?:en)?|rivi(?:n)?|kohta|kohdan|line|item|row)"
#: "Stryk rad 2", "ta bort punkt 3", "poista rivi 2", "remove line 2"; "rad 2 utgår", "rivi 3 jää pois",
#: "item 2 is cancelled"
STRIKE_RE = re.compile(
    rf"(?i)\b{_VERB}\s+(?:även\s+|också\s+|myös\s+|also\s+)?{_ROW}\s+(?:nr\.?\s*|no\.?\s*)?(?P<a>\d{{1,2}})\b|"
    rf"\b{_ROW}\s+(?:nr\.?\s*|no\.?\s*)?(?P<b>\d{{1,2}})\s+(?:stryks|utgår|tas\s+bort|ska\s+bort|poistetaan|"
    r"jää\s+pois|pois|is\s+(?:cancell?ed|removed|deleted|struck)|should\s+be\s+(?:removed|deleted|struck))\b")
_NUMBERED_RE = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+\S")


def struck_numbers(segments: list[Segment]) -> list[int]:
    """The item numbers struck in the segments' own words."""
    out = []
    for seg in segments:
        for _n, t in seg.body():
            out += [int(m.group("a") or m.group("b")) for m in STRIKE_RE.finditer(t)]
    return out


def _line_of(li: LineItem) -> int | None:
    w = li.where.get("article") or li.where.get("quantity")
    return w.line if w else None


def apply_strikes(lines: list[LineItem], segments: list[Segment]) -> list[LineItem]:
    """The lines without those struck by number (see the module docstring)."""
    struck = struck_numbers(segments)
    if not struck:
        return lines
    numbered: dict[int, list[int]] = {}
    for seg in segments:
        for n, t in seg.body():
            m = _NUMBERED_RE.match(t)
            if m:
                numbered.setdefault(int(m.group("n")), []).append(n)
    out = list(lines)
    for k in struck:
        at = numbered.get(k, [])
        hit = [li for li in out if len(at) == 1 and _line_of(li) == at[0]]
        if len(hit) == 1:
            out.remove(hit[0])
        else:
            _hold(out)
    return out


def _hold(lines: list[LineItem]) -> None:
    """A struck number that names no single line: no count is taken as stated."""
    for li in lines:
        w = li.where.get("quantity")
        if w is not None:
            li.where["quantity"] = replace(w, rule="a line struck by number could not be found", how="inferred")
