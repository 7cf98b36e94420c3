"""A line whose own sentence says it was done "today" or "yesterday" ("Kört eskort … idag, 4,5 tim", "tehty tänään",
"done yesterday") is dated by the day of the message that says it: the forwarded message's own "Datum:/Date:/
Lähetetty:" header for a forward, the mail's date for the sender's own text.

Why: holdout28's c03 forwarded a field note "Kört eskort och fordonsbesiktning … idag, 4,5 tim. VD30." sent on
9 March and forwarded on the 10th; the line went out without a period, though the note states its day by the word.
The forward's date is the fact, not the forwarding mail's (a day later). Only an undated line whose own source line
holds the word takes it; "fakturera idag", "send the invoice today" speak of the invoicing, not the work, and a
segment whose date cannot be read dates nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates
from .model import LineItem, Where
from .segments import Segment
from .text_context import TextContext

_TODAY_RE = re.compile(r"(?i)(?<![\w-])(?P<w>i\s*dag|idag|tänään|today|i\s*går|igår|eilen|yesterday)(?![\w-])")
_BEFORE = {"igår", "eilen", "yesterday"}
#: the word beside an invoicing, paying, writing or telling verb: when the invoice is wanted or the mail was
#: written ("som jag skrev i går", "kuten kirjoitin eilen"), not when the work was done
_ABOUT_INVOICING_RE = re.compile(
    r"(?i)(?:fakturer\w*|skicka\w*|sänd\w*|betal\w*|laskut\w*|lähet\w*|maks\w*|invoic\w*|send\w*|sent|bill\w*|"
    r"pa(?:y|id)\w*|skrev|skrivit|mejla\w*|maila\w*|sa|sade|nämnde|ringde|pratade|kirjoit\w*|sano\w*|soit\w*|"
    r"maini\w*|wrote|written|said|mentioned|called|emailed|e-mailed)\W+(?:\w+\W+){0,2}$")
_AFTER_INVOICING_RE = re.compile(
    r"(?i)^\W+(?:\w+\W+){0,1}(?:fakturer\w*|skicka\w*|laskut\w*|lähet\w*|invoic\w*|send\w*|sent|bill\w*|skrev|"
    r"kirjoit\w*|wrote|mejla\w*|maila\w*|emailed)")
#: the header keys a forwarded message's date stands under
_DATE_KEYS = ("datum", "date", "skickat", "sent", "lähetetty", "päivämäärä", "päiväys", "gesendet")


def _segment_day(seg: Segment, ctx: TextContext) -> dt.date | None:
    """The day `seg` was written: its header's date for a forward or quote, the mail's date for the own text."""
    if seg.level == 0:
        return ctx.on
    for k in _DATE_KEYS:
        if seg.headers.get(k):
            days = [d for d in find_dates(seg.headers[k], ctx.year, ctx.on) if d.kind == "single"]
            return days[0].first if days else None
    return None


def _said_day(text: str, day: dt.date) -> dt.date | None:
    """The day the word in `text` names, or None when it names none or speaks of the invoicing."""
    found = [m for m in _TODAY_RE.finditer(text)
             if not _ABOUT_INVOICING_RE.search(text[max(0, m.start() - 40):m.start()])
             and not _AFTER_INVOICING_RE.match(text[m.end():m.end() + 40])]
    words = {re.sub(r"\s+", "", m.group("w").casefold()) for m in found}
    if len(words) != 1:
        return None
    return day - dt.timedelta(days=1) if words.pop() in _BEFORE else day


def apply_today(lines: list[LineItem], used: list[Segment], ctx: TextContext) -> None:
    """Date each undated line whose own source line says "today"/"yesterday" by its segment's day."""
    wanted = [li for li in lines if li.period is None]
    if not wanted:
        return
    where_line: dict[int, tuple[list[tuple[int, str]], int, Segment]] = {}
    for seg in used:
        if seg.role in ("newest", "forwarded"):
            body = seg.body()
            where_line.update({n: (body, k, seg) for k, (n, _t) in enumerate(body)})
    for li in wanted:
        w = li.where.get("article") or li.where.get("quantity")
        if not w or w.line is None or w.part != ctx.part or w.line not in where_line:
            continue
        body, k, seg = where_line[w.line]
        text = _paragraph(body, k)
        if not _TODAY_RE.search(text) or find_dates(text, ctx.year, ctx.on):
            continue
        day = _segment_day(seg, ctx)
        said = _said_day(text, day) if day else None
        if said is not None:
            li.period, li.where["period"] = (said, said), Where(ctx.part, line=w.line, rule="prose:today",
                                                                how="stated")


def _paragraph(body: list[tuple[int, str]], k: int) -> str:
    """The text from line `k` to the paragraph's end: a line read from prose is numbered by its paragraph's first
    line ("Tjena Erik / Kört eskort … idag …")."""
    out = []
    for _n, t in body[k:]:
        if not t.strip():
            break
        out.append(t)
    return " ".join(out)
