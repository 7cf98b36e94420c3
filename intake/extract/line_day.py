"""The one date a line of prose states in another sentence than its article's: the article line's day.

    Vi bogserade m/s X för Y AB den 14 januari efter motorhaveri. Insatsen pågick 3,5 timmar. Debitera KB10.
    Kävimme kohteessa 3.2.2027 tarkastamassa putket. Laskuttakaa tarkastus (TK10) 2 h.
    We cleared the drain on 2 February. Please bill call-out (CO10), 1.5 hours.

Why: the prose reader dates a line by its own clause or by a sentence with a cue ("utfördes", "Avser"). A sender
telling what was done writes the day in the story and the article in the request after it, on the same line of the
mail: the line went out undated (a blind set found it straight through). When the mail's line (the prose
reader's unit) that names the article states exactly one date, and nothing before it makes it a due, invoice,
agreement, price-list or absence date, that date is the day of the undated article lines read from it (the
contract: a single service date is both start and end); a thing said given on it ("päätös annettu") is the
given-date rule's (intake.extract.given_dates). Two dates, one far from the mail's day, or a labelled or tabled
line leave the line as it was (the period net sees it).
"""
from __future__ import annotations

import datetime as dt

from .dates import find_dates
from .file_periods import NOT_SERVICE_BEFORE_RE
from .given_dates import GIVEN_BEFORE_RE
from .model import LineItem, Where
from .text_context import TextContext

#: how far from the mail's day a stated day may lie and still be the service's (as the period net)
_FAR = dt.timedelta(days=400)


def date_lines_by_their_line(lines: list[LineItem], body: list[tuple[int, str]], ctx: TextContext) -> None:
    """Give each undated article line the one service date its mail line states (module doc)."""
    texts = dict(body)
    for li in lines:
        w = li.where.get("article")
        if li.period is not None or not li.article or w is None or w.part != ctx.part or w.line not in texts or \
                not (w.rule or "prose").startswith("prose"):
            continue    # a labelled or tabled line has its own fields: its day is in them or in the request's
        day = _one_day(texts[w.line], ctx)
        if day is not None:
            li.set_period(day, Where(ctx.part, line=w.line, rule="prose:the line's one date", how="stated",
                                     segment=w.segment))


def _one_day(text: str, ctx: TextContext) -> tuple[dt.date, dt.date] | None:
    ds = find_dates(text, ctx.year, ctx.on)
    if len(ds) != 1 or ds[0].kind != "single":
        return None
    d = ds[0]
    if text[d.end:d.end + 1].isalpha():
        return None     # "J10 Julkaisu" is no 10 July: a month's name ends its word
    if NOT_SERVICE_BEFORE_RE.search(text[max(0, d.start - 40):d.start]) or \
            GIVEN_BEFORE_RE.search(text[max(0, d.start - 60):d.start]):
        return None     # a due or agreement day; "päätös annettu": intake.extract.given_dates decides
    if ctx.on is not None and abs(d.first - ctx.on) > _FAR:
        return None
    return d.first, d.last
