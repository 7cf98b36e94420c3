"""The day a billed thing was given, in a sentence of its own: "lausunto annettu 16.11.2026", "yttrandet lämnades
3/12", "the statement was issued on 4 May 2026".

A statement, an opinion or a report is delivered by being given: its date is the service date the contract asks
for ("a single service/delivery/sample date is both start and end"). "Annettu" alone says nothing about the
service — "päätös annettu" (a decision given), "tarjous annettu" (an offer) date other things — so the date counts
only when the noun right before the verb names one of the agency's articles (the first five letters of a word of
its register name), and it then dates only the lines about that article (`request_periods`).
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateSpan
from .text_context import TextContext

#: "<noun> [on/was] annettu|luovutettu|lämnades|avgavs|issued|given [on/den/päivänä] <date>"
GIVEN_BEFORE_RE = re.compile(
    r"(?i)\b(?P<noun>[^\W\d_]{4,})\s+(?:(?:on|oli|har|hade|was|were|has been)\s+)?(?:(?:been)\s+)?"
    r"(?:annettu|annettiin|luovutettu|luovutettiin|lämnad\w*|avgiv\w*|avgavs|issued|given|submitted)"
    r"\s*(?:(?:on|den|päivänä|pvm)\s+)?$")


def given_date(unit: str, ds: list[DateSpan], ctx: TextContext) -> tuple[str, tuple[dt.date, dt.date] | None]:
    """(the noun, the day) when the sentence's only date follows "<article noun> given"; else ("", None)."""
    if len(ds) != 1 or ds[0].kind != "single":
        return "", None
    d = ds[0]
    m = GIVEN_BEFORE_RE.search(unit[max(0, d.start - 60):d.start])
    if not m:
        return "", None
    stem = m.group("noun").casefold()[:5]
    names = ((ctx.registry.article(ctx.agency_code, c) or {}).get("name") or ""
             for c in ctx.registry.article_codes(ctx.agency_code))
    if any(w.startswith(stem) for name in names for w in re.findall(r"[^\W\d_]{4,}", name.casefold())):
        return m.group("noun").casefold(), (d.first, d.last)
    return "", None
