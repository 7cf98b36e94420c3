"""The day a billed thing was given, in a sentence of its own: "lausunto annettu 16.11.2026", "yttrandet lämnades
3/12", "the statement was issued on 4 May 2026".

A statement, an opinion or a report is delivered by being given: its date is the service date the contract asks
for ("a single service/delivery/sample date is both start and end"). "Annettu" alone says nothing about the
service — "päätös annettu" (a decision given), "tarjous annettu" (an offer) date other things — so the date counts
only when the noun right before the verb names one of the agency's articles (the first five letters of a word of
its register name), and it then dates only the lines about that article (`request_periods`). The noun may have its
complement between it and the verb ("lausunto terassin laajennuksesta on annettu", "yttrandet om bygglovet
lämnades", "the statement on the extension was issued"): up to four plain words, the nearest naming noun taken.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateSpan
from .text_context import TextContext

#: "<noun> [on/was] annettu|luovutettu|lämnades|avgavs|issued|given [on/den/päivänä] <date>"
GIVEN_BEFORE_RE = re.compile(
    r"(?i)\b(?P<noun>[^\W\d_]{4,}(?:\s+[^\W\d_]{2,}){0,4}?)\s+"
    r"(?:(?:on|oli|har|hade|was|were|has been)\s+)?(?:(?:been)\s+)?"
    r"(?:annettu|annettiin|luovutettu|luovutettiin|lämnad\w*|avgiv\w*|avgavs|issued|given|submitted)"
    r"\s*(?:(?:on|den|päivänä|pvm)\s+)?$")


def given_date(unit: str, ds: list[DateSpan], ctx: TextContext) -> tuple[str, tuple[dt.date, dt.date] | None]:
    """(the noun, the day) when the sentence's only date follows "<article noun> given"; else ("", None)."""
    if len(ds) != 1 or ds[0].kind != "single":
        return "", None
    d = ds[0]
    m = GIVEN_BEFORE_RE.search(unit[max(0, d.start - 90):d.start])
    if not m:
        return "", None
    names = [w for c in ctx.registry.article_codes(ctx.agency_code)
             for w in re.findall(r"[^\W\d_]{4,}", ((ctx.registry.article(ctx.agency_code, c) or {}).get("name")
                                                   or "").casefold())]
    for noun in reversed(m.group("noun").casefold().split()):     # the nearest noun naming an article
        if len(noun) >= 4 and any(w.startswith(noun[:5]) for w in names):
            return noun, (d.first, d.last)
    return "", None
