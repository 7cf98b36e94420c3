"""Sheets of a workbook the covering mail leaves out: "Fliken 'Januari' är redan fakturerad – den ska inte med",
"Välilehti Tammikuu on jo laskutettu", "please ignore the tab 'Old'"; also a sheet whose own title says so
("Interna – faktureras ej"), and one the mail names by its title's head ("Fliken Interna … ska inte faktureras",
holdout45).

Why: an agency sends this month's workbook with last month's sheet still in it and says so in the mail. Every
sheet is otherwise read on its own (intake.extract.table_sources), so the old sheet's rows went out as lines a
second time (money-critical: a blind set invoiced them straight through). The contract: a line is not an item
the mail says is not to be invoiced. A sheet is left out only when a sentence of the writer's newest text (or a
forward's) names exactly that one sheet by its title and says it is invoiced already, not to be included or to be
ignored; a sentence naming two sheets ("use 'Feb', not 'Jan'") or no cue changes nothing, and no workbook loses
all its sheets.
"""
from __future__ import annotations

import re

from .table_cells import is_not_invoiced

Sheets = list[tuple[str, list[list[str]]]]

#: "redan fakturerad", "ska inte med", "bortse från", "jo laskutettu", "ei laskuteta", "jättäkää pois",
#: "already invoiced", "not to be invoiced", "ignore", "leave out", "disregard"
_LEFT_OUT_RE = re.compile(
    r"(?i)\b(?:redan\s+(?:är\s+)?(?:fakturera\w*|debitera\w*)|(?:är|har)\s+(?:\w+\s+){0,2}redan\s+"
    r"(?:fakturera\w*|debitera\w*)|ska\s+inte\s+(?:med|faktureras|ingå|tas\s+med)|inte\s+(?:med|ingå)\b|"
    r"bortse\s+från|strunta\s+i|ignorera\w*|hoppa\s+över|"
    r"jo\s+laskutet\w*|laskutettu\s+jo|ei\s+(?:pidä\s+|tule\s+|saa\s+)?laskut\w*|ei\s+mukaan|"
    r"jättäkää\s+pois|jätä\s+pois|ohittakaa|ohita|älkää\s+laskuttako|"
    r"already\s+(?:been\s+)?(?:invoiced|billed)|(?:was|were|has\s+been)\s+(?:invoiced|billed)|"
    r"not\s+to\s+be\s+(?:invoiced|billed|included)|ignore|disregard|leave\s+out|skip)\b")
_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?](?!\d)|\n|$)")


def _mentions(sentence: str, title: str) -> bool:
    t = title.strip()
    if len(t) < 3:
        return False
    return re.search(r"(?i)(?<![\w])" + re.escape(t) + r"(?![\w])", sentence) is not None


def _names_of(title: str) -> list[str]:
    """A sheet's title and its head before a dash or bracket ("Interna – faktureras ej" is also "Interna")."""
    head = re.split(r"\s+[–—-]\s+|\s*\(", title.strip(), maxsplit=1)[0].strip()
    return [title, head] if len(head) >= 3 and head != title.strip() else [title]


def left_out_titles(text: str, titles: list[str]) -> set[str]:
    """The sheet titles a sentence of `text` names alone and says are not to be invoiced (module doc)."""
    if not text or len(titles) < 2 or not _LEFT_OUT_RE.search(text):
        return set()
    out: set[str] = set()
    for m in _SENTENCE_RE.finditer(text):
        s = m.group()
        named = [t for t in titles if any(_mentions(s, n) for n in _names_of(t))]
        if len(named) == 1 and _LEFT_OUT_RE.search(s):
            out.add(named[0])
    return out


def kept_sheets(sheets: Sheets, text: str) -> Sheets:
    """`sheets` without those the covering text leaves out or whose title says they are not invoiced; all of them
    when it would leave out every one."""
    gone = left_out_titles(text, [t for t, _ in sheets])
    gone |= {t for t, _ in sheets if len(sheets) > 1 and is_not_invoiced(t)}
    kept = [(t, rows) for t, rows in sheets if t not in gone]
    return kept if kept else sheets
