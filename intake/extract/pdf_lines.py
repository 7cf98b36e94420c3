"""Positioned words → lines → chunks: the unit the layout reader (`pdf_layout`, `pdf_labels`) works with.

Words are grouped into lines by their vertical position, and each line into chunks: words closer together than a
wide space (some generators space words widely, so the page's own usual word gap counts). Dot leaders always join
a label to its value ("Asiakas ........ Oy Firma Ab" is one chunk, split again by the label reader).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .pdf import Word

_LEADER_RE = re.compile(r"^[.…_]{3,}$|[.…_]{3,}$")   # dot leaders join a label to its value


@dataclass
class Chunk:
    """Words of one line closer together than a wide space: usually one table cell or one form value."""

    text: str
    x0: float
    x1: float
    bold: bool


@dataclass
class Line:
    top: float
    bottom: float
    size: float
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.chunks)


def page_lines(words: list[Word], gap_factor: float = 0.6) -> list[Line]:
    """Words → lines (top to bottom) → chunks (left to right), split where the gap is wider than a space."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        if lines and abs(w.top - lines[-1][0].top) <= 0.4 * w.size:
            lines[-1].append(w)
        else:
            lines.append([w])
    space = _space_width(lines)
    out = []
    for ws in lines:
        size = max(w.size for w in ws)
        ln = Line(min(w.top for w in ws), max(w.bottom for w in ws), size)
        for w in ws:
            last = ln.chunks[-1] if ln.chunks else None
            leader = last is not None and (_LEADER_RE.match(w.text) or _LEADER_RE.search(last.text))
            gap = w.x0 - last.x1 if last else 0.0
            if last and (gap <= max(gap_factor * w.size, 1.6 * space) or leader and gap <= 2 * w.size):
                last.text, last.x1, last.bold = f"{last.text} {w.text}", w.x1, last.bold and w.bold
            else:
                ln.chunks.append(Chunk(w.text, w.x0, w.x1, w.bold))
        out.append(ln)
    return out


def _space_width(lines: list[list[Word]]) -> float:
    """The page's usual gap between words (some generators space words widely): the most common small gap."""
    gaps: Counter[float] = Counter()
    for ws in lines:
        ws.sort(key=lambda w: w.x0)
        for a, b in zip(ws, ws[1:]):
            if 0 < b.x0 - a.x1 < 1.5 * a.size:
                gaps[round((b.x0 - a.x1) * 2) / 2] += 1
    return gaps.most_common(1)[0][0] if gaps else 0.0
