"""A note above a forwarded order naming several codes by what they are: each named thing's count in the order.

    Hej, fakturera Teatergruppen Fyren enligt nedan: stora salen (SK10) och tekniker (SK30).
    ---- Vidarebefordrat meddelande ----
    … stora salen fredag–lördag 21–22 maj, sammanlagt 12 timmar, plus ljud- och ljustekniker 12 timmar.

Why: a blind set (holdout33 w34) asked both counts and made a third, codeless line of the order's "ljud- och
ljustekniker 12 timmar": `forward_note` joins only one note line with the order's one count. When the note gives
every article line a name of its own ("stora salen (SK10)", "KM10 (perusmaksu)"), the order's words say which count
is whose: the count in the article's unit family after that name and before the next line's name. Each name must be
found once and each stretch must hold exactly one such count, or nothing is joined (the counts stay asked). A count
so joined is `inferred` — two writers' words read together hold the request for a clerk.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from .model import LineItem, Where
from .numbers_words import AMBIGUOUS, WORD_ALT, word_value
from .quantities import mask_spans
from .segments import Segment
from .text_context import TextContext, overlaps

Family = Callable[[str], "str | None"]
_SPLIT_RE = re.compile(r"(?i)[:;,.]|\b(?:och|samt|ja|sekä|and|plus|enligt nedan|fakturera|laskuta\w*)\b")
_COUNT_RE = re.compile(r"(?<![\w.,/:-])(?P<n>\d{1,4}(?:[.,]\d{1,2})?)(?![\w.,/:-]|[.,]\d)\s+(?P<u>[^\W\d_]+)|"
                       + r"(?<![\w-])(?P<w>" + WORD_ALT + r")(?![\w-])\s+(?P<u2>[^\W\d_]+)", re.IGNORECASE)


def note_name(note: str, code: str) -> str | None:
    """What the note calls the article: "(perusmaksu)" after its code, else the words before "(CODE)"."""
    after = re.search(rf"(?<![\w-]){re.escape(code)}\s*\(([^()\d]{{3,40}})\)", note)
    if after:
        return after.group(1).strip().casefold()
    before = re.search(rf"([^()]{{0,60}}?)\s*\(\s*{re.escape(code)}\s*\)", note)
    if not before:
        return None
    words = _SPLIT_RE.split(before.group(1))[-1].split()
    name = " ".join(words[-2:]).casefold()
    return name if len(name) >= 4 else None


def counts_by_name(targets: list[tuple[LineItem, str, str]], segments: list[Segment], ctx: TextContext,
                   unit_family: Family) -> list[tuple[LineItem, Decimal, int]] | None:
    """(line, count, body line) for each (line, its note name, its unit family); None unless every one is found."""
    for seg in segments:
        if seg.role != "forwarded":
            continue
        for n, t in seg.body():
            low = t.casefold()
            at = [(low.find(name), li, fam) for li, name, fam in targets]
            if any(p < 0 or low.count(name) != 1 for (p, _li, _f), (_l, name, _) in zip(at, targets, strict=True)):
                continue
            at.sort(key=lambda x: x[0])
            spans = mask_spans(t, ctx)
            out = []
            for i, (p, li, fam) in enumerate(at):
                end = at[i + 1][0] if i + 1 < len(at) else len(t)
                values = set(_family_counts(t, (p, end), spans, fam, unit_family))
                if len(values) != 1:
                    return None
                out.append((li, values.pop(), n))
            return out
    return None


def _family_counts(text: str, window: tuple[int, int], spans: list[tuple[int, int]], family: str,
                   unit_family: Family) -> list[Decimal]:
    """The values counted in `family`'s units inside `window` of `text`."""
    out = []
    for m in _COUNT_RE.finditer(text, *window):
        if overlaps(spans, m.start(), m.end()) or unit_family(m.group("u") or m.group("u2") or "") != family:
            continue
        tok = m.group("n") or m.group("w")
        if tok.casefold() in AMBIGUOUS:
            continue
        v = Decimal(tok.replace(",", ".")) if tok[0].isdigit() else word_value(tok)
        if v is not None:
            out.append(v)
    return out


def join_named_counts(lines: list[LineItem], targets: list[LineItem], segments: list[Segment], ctx: TextContext,
                      unit_family: Family) -> list[LineItem]:
    """The note's named lines with their counts from the order, and the order's codeless lines of those words
    dropped (module doc); `lines` unchanged when any name or count is missing. `unit_family` names a unit's
    family ("timmar" → "hour")."""
    note = {n: t for seg in segments if seg.role == "newest" for n, t in seg.body()}
    named = []
    for li in targets:
        w = li.where.get("article")
        art = ctx.registry.article(ctx.agency_code, li.article) or {}
        fam = unit_family(str(art.get("unit") or ""))
        name = note_name(note.get(w.line, ""), li.article or "") if w is not None and w.line is not None else None
        if li.quantity is not None or fam is None or name is None:
            return lines
        named.append((li, name, fam))
    found = counts_by_name(named, segments, ctx, unit_family)
    if not found:
        return lines
    used = {n for _li, _q, n in found}
    for li, q, n in found:
        li.quantity = q
        li.where["quantity"] = Where(ctx.part, line=n, rule="forwarded order: count of the note's name",
                                     how="inferred", segment="forwarded")
    dropped = [li for li in lines if not li.article and any(w.segment == "forwarded" and w.line in used
                                                            for w in li.where.values())]
    for li, _q, n in found:     # the order's sentence dated the words it counted: "… 21–22 maj, … 12 timmar"
        was = next((d for d in dropped if d.period is not None and (d.where.get("period") or Where("")).line == n),
                   None)
        if was is not None and was.period is not None and li.period is None:
            li.set_period(was.period, was.where.get("period") or Where(ctx.part, line=n, segment="forwarded"))
    return [li for li in lines if all(li is not d for d in dropped)]
