"""A bare date heading the itemised list a sentence introduces: the day of the list's lines.

    ny lotsning för Rederi X AB (org.nr …), samma fartyg som senast:

    Datum: 2027-03-06
    Lotsning LO10: 6,5 tim
    Lotsbåt LO20: 2 uppdrag

Why: a bare "Datum:" is usually when a letter or form was written (intake.extract.record_dates), so on its own it
is no period. Written by the sender under their own sentence that ends in a colon, though, it is the first item
of the list that sentence introduces — the day of what follows (a blind set's reply above last month's request
went out undated, and the period net could not tell it from a letter's date). The date counts only when: its
line holds the label and exactly one single day and nothing else, the nearest text line above it (blank lines
between allowed) is prose that ends in ":", it is not the segment's first line, and the day lies within the net's
reach of the mail. It dates only the undated lines read from the unbroken run of lines right under it.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates
from .model import LineItem, Where
from .text_context import TextContext

_BARE_DATE_RE = re.compile(r"(?i)^\s*(?:datum|date|dag|day|päivä|päivämäärä|pvm)\s*:\s*(?P<v>\S.*?)\s*$")
#: how far from the mail's day a stated day may lie and still be the service's (as the period net)
_FAR = dt.timedelta(days=400)


def date_listed_lines(lines: list[LineItem], body: list[tuple[int, str]], ctx: TextContext) -> None:
    """Date the undated lines read from under an introduced bare date (module doc)."""
    if not any(li.period is None for li in lines):
        return
    texts = [(n, t) for n, t in body]
    for i, (n, t) in enumerate(texts):
        m = _BARE_DATE_RE.match(t)
        if not m or i == 0 or not _introduced(texts[:i]):
            continue
        day = _one_day(m.group("v"), ctx)
        if day is None:
            continue
        run = set()
        for n2, t2 in texts[i + 1:]:
            if not t2.strip():
                break
            run.add(n2)
        for li in lines:
            w = li.where.get("article") or li.where.get("quantity")
            if li.period is None and w is not None and w.part == ctx.part and w.line in run:
                li.set_period(day, Where(ctx.part, line=n, rule="label:date heading an introduced list",
                                         how="stated", segment=w.segment))


def _introduced(above: list[tuple[int, str]]) -> bool:
    """The nearest text line above is the sender's sentence introducing a list ("…, samma fartyg som senast:")."""
    prev = next((t.strip() for _n, t in reversed(above) if t.strip()), "")
    return prev.endswith(":") and len(prev.split()) >= 3 and not _BARE_DATE_RE.match(prev)


def _one_day(value: str, ctx: TextContext) -> tuple[dt.date, dt.date] | None:
    ds = find_dates(value, ctx.year, ctx.on)
    if len(ds) != 1 or ds[0].kind != "single" or value[:ds[0].start].strip() or value[ds[0].end:].strip(" ."):
        return None
    if ctx.on is not None and abs(ds[0].first - ctx.on) > _FAR:
        return None
    return ds[0].first, ds[0].last
