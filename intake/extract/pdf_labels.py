"""Labelled blocks of a PDF form read from positioned chunks: clean (label, value) pairs, one per line of text.

A flattened text layer glues what sits side by side: "Namn: Firma AB   Namn: Hydrografiska verket" (two form
columns), "Asiakas ........ Oy Firma Ab" (dot leaders), a bold section heading next to a value. Here a value is
only the chunk that follows its label in the same form column (or stands under it on the next line), never the
neighbouring column, a heading or another label. A two-column form is written out column by column, so the
label reader (`labels`) sees each block on its own. `labelled_pairs` gives the pairs with their position.
"""
from __future__ import annotations

import re
from collections import Counter

from .lexicon import label_field
from .model import Where
from .pdf_lines import Chunk, Line

_LEADER_RE = re.compile(r"^(?P<label>[^\d.:…_]{2,40}?)\s*(?:\.{3,}|…+|_{3,}|-{3,})\s*(?P<value>.*)$")
_GENERIC_NAME_LABELS = {"namn", "nimi", "name", "full name", "koko nimi", "fullständigt namn"}
_COLON_RE = re.compile(r"^(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>.*)$")


def _split_label(text: str) -> tuple[str, str] | None:
    """'Asiakas ...... Oy Firma Ab' / 'Kund: Firma AB' / 'Kundnamn:' → (label, value or '')."""
    m = _LEADER_RE.match(text) or _COLON_RE.match(text)
    if not m or re.search(r"https?$|\d{1,2}$", m.group("label")):
        return None
    value = m.group("value").strip(" …_").lstrip(".")
    if not re.search(r"\d\.\d{1,2}\.$", value):  # "15.6." is a date without a year: its dot stays
        value = value.rstrip(" .")
    return m.group("label").strip(), value


def column_split(lines: list[Line], width: float) -> float | None:
    """The x where a second form column starts: the same start after a wide gap on several lines, in the middle
    band of the page (a label's value column is further left)."""
    starts: Counter[int] = Counter()
    for ln in lines:
        for a, b in zip(ln.chunks, ln.chunks[1:]):
            lab = _split_label(a.text)
            if (lab is not None and not lab[1]) or _bare_label(a, b, ln, None):
                continue    # a label and its value in a label/value grid, not two form columns
            if b.x0 - a.x1 >= 2.5 * ln.size and 0.38 * width <= b.x0 <= 0.75 * width:
                starts[round(b.x0 / 8)] += 1
    if not starts:
        return None
    x, n = starts.most_common(1)[0]
    return x * 8 - 6 if n >= 2 else None


def _is_heading(ch: Chunk, ln: Line, body_size: float) -> bool:
    return (ch.bold or ln.size > 1.15 * body_size) and ":" not in ch.text


def labelled_pairs(lines: list[Line], width: float, part: str = "", page: int | None = None
                   ) -> list[tuple[int, float, str, str | None, Where]]:
    """Items of the form in reading order: (column, top, text or label, value or None, where). A value is None
    for free text and headings."""
    split = column_split(lines, width)
    sizes = Counter(round(ln.size) for ln in lines)
    body_size = float(sizes.most_common(1)[0][0]) if sizes else 10.0
    taken: set[tuple[int, int]] = set()
    items: list[tuple[int, float, str, str | None, Where]] = []
    right = max((ln.chunks[-1].x1 for ln in lines if ln.chunks), default=width)
    stacked = _stacked_values(lines)
    for i, ln in enumerate(lines):
        for k, ch in enumerate(ln.chunks):
            if (i, k) in taken:
                continue
            col = 1 if split is not None and ch.x0 >= split else 0
            w = Where(part, line=i + 1, page=page, rule="pdf:label", how="stated")
            if (i, k) in stacked:   # "Tilaaja      Viitteenne" over "Harjula Oy      Jere Lahti"
                below = stacked[(i, k)]
                taken.add(below)
                items.append((col, ln.top, ch.text, lines[below[0]].chunks[below[1]].text, w))
                continue
            lab = None if _is_heading(ch, ln, body_size) else _split_label(ch.text)
            if lab is None and k + 1 < len(ln.chunks) and _bare_label(ch, ln.chunks[k + 1], ln, split):
                lab = (ch.text, ln.chunks[k + 1].text)      # "Laskutettava      Pohjanmaan … ry" (no colon)
                taken.add((i, k + 1))
            if lab is None:
                items.append((col, ln.top, ch.text, None, w))
                continue
            label, value = lab
            if not value:
                value = _value_for(lines, i, k, split, taken)
            else:
                nxt = ln.chunks[k + 1].x0 if k + 1 < len(ln.chunks) else None
                if nxt is None or nxt - ch.x1 >= 2.5 * ln.size:   # the value ends its column on this line
                    # the column's edge lies somewhere in the gap: cell padding takes a third of it or more
                    edge = nxt - max(6.0, 0.35 * (nxt - ch.x1)) if nxt is not None else \
                        (split - 6 if split is not None and col == 0 else right)
                    value += _wrapped(lines, i, ch, edge, taken)
            items.append((col, ln.top, label, value, w))
    return items


def _stacked_values(lines: list[Line]) -> dict[tuple[int, int], tuple[int, int]]:
    """A row of bare labels side by side ("Tilaaja      Viitteenne", "Y-tunnus      Tilausnumero") over a row of
    their values at the same x: each label's value is the chunk under it, never its neighbour label. A row is
    one of labels when at least two of its chunks are labels we know and none is a line table's header word."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for i, (ln, nxt) in enumerate(zip(lines, lines[1:])):
        if len(ln.chunks) < 2 or nxt.top - ln.bottom > 1.2 * ln.size or \
                any(re.search(r"[\d:]", c.text) or len(c.text.split()) > 3 for c in ln.chunks):
            continue
        fields = [label_field(c.text) for c in ln.chunks]
        if sum(f is not None for f in fields) < 2 or any(f and f.startswith("item_") for f in fields):
            continue
        for k, ch in enumerate(ln.chunks):
            m = next((m for m, b in enumerate(nxt.chunks) if abs(b.x0 - ch.x0) <= 1.5 * ln.size), None)
            below = nxt.chunks[m].text if m is not None else ""
            if m is not None and not nxt.chunks[m].bold and label_field(below) is None and _split_label(below) is None:
                out[(i, k)] = (i + 1, m)
    return out


def _wrapped(lines: list[Line], i: int, ch: Chunk, edge: float, taken: set[tuple[int, int]]) -> str:
    """The rest of a value that wrapped onto the next line: the line's chunk right under the label's column
    start, when its first word would not have fitted before the column's edge (an address line under a name
    that ended early is not a continuation)."""
    if i + 1 >= len(lines) or lines[i + 1].top - lines[i].bottom > 0.5 * lines[i].size:
        return ""
    for m, nxt in enumerate(lines[i + 1].chunks):
        if abs(nxt.x0 - ch.x0) > lines[i].size or nxt.bold or ":" in nxt.text or (i + 1, m) in taken or \
                _split_label(nxt.text) is not None:
            continue    # a label line of its own ("Tilausnumero ...... PO-4471") continues no value
        word = nxt.text.split()[0]
        per_char = (nxt.x1 - nxt.x0) / max(1, len(nxt.text))
        if ch.x1 + per_char * (len(word) + 1) > edge:
            taken.add((i + 1, m))
            return " " + nxt.text
    return ""


def _bare_label(ch: Chunk, nxt: Chunk, ln: Line, split: float | None) -> bool:
    """A label without a colon: a short wordy chunk, then its value after a wide gap in the same form column,
    and nothing else on the line."""
    return (len(ln.chunks) == 2 and nxt.x0 - ch.x1 >= 2 * ln.size and _same_col(ch.x0, nxt.x0, split)
            and len(ch.text.split()) <= 4 and not re.search(r"[\d.,;:!?]", ch.text) and not nxt.bold
            and _split_label(nxt.text) is None)


def _same_col(x: float, y: float, split: float | None) -> bool:
    return split is None or (x >= split) == (y >= split)


def _value_for(lines: list[Line], i: int, k: int, split: float | None, taken: set[tuple[int, int]]) -> str:
    """The value of a label chunk without one: the next chunk on its line in the same column, else the chunk
    under the label on the next line — never another label or a heading."""
    ln, ch = lines[i], lines[i].chunks[k]
    if k + 1 < len(ln.chunks):
        nxt = ln.chunks[k + 1]
        if _same_col(ch.x0, nxt.x0, split) and _split_label(nxt.text) is None and not nxt.bold:
            taken.add((i, k + 1))
            return nxt.text
    if i + 1 < len(lines) and lines[i + 1].top - ln.bottom < 1.2 * ln.size:
        for m, below in enumerate(lines[i + 1].chunks):
            if abs(below.x0 - ch.x0) <= 1.5 * ln.size and _split_label(below.text) is None and not below.bold:
                taken.add((i + 1, m))
                return below.text
    return ""


def labelled_text(lines: list[Line], width: float) -> str:
    """The lines as text for the label reader: 'label: value' per pair, column by column, free text joined. A
    generic name label under a block heading ("Beställare" / "Namn: Helena Rosén") takes the heading as its
    label ("Beställare: Helena Rosén"): the heading says whose name it is."""
    items = labelled_pairs(lines, width)
    out: list[str] = []
    for col in (0, 1):
        prev: tuple[float, bool] | None = None      # (top, was free text) of the item before
        heading: str | None = None
        for c, top, text, value, _ in items:
            if c != col:
                continue
            if value is None and prev is not None and prev == (top, True):
                out[-1] = f"{out[-1]} {text}"
            else:
                if value is not None and heading and text.casefold() in _GENERIC_NAME_LABELS:
                    text = heading
                out.append(f"{text}: {value}" if value is not None else text)
            if value is None:
                heading = text if len(text.split()) <= 3 and not re.search(r"\d", text) else None
            prev = (top, value is None)
        out.append("")
    return "\n".join(out).strip()
