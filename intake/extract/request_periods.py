"""A period stated once for a request ("Avser perioden 1–30 september", "Rental period 12.10.–25.10.2026") applies to
every line without a period of its own; a period named for one kind of thing ("Rental period") only to the lines
about it — told by the line's own words or by its article's register name: "Kursperiod" dates the course billed
as "Hållbar upphandling, deltagare" (registered as "Kurs Hållbar upphandling") as well as its course literature."""
from __future__ import annotations

from .model import Fragment, LineItem
from .text_context import RequestPeriod, TextContext

_GENERIC_PERIOD_WORDS = ("the", "billing", "service", "avser", "laskutus", "for")


def apply_request_periods(doc: Fragment, periods: list[RequestPeriod], ctx: TextContext | None = None) -> None:
    """A period stated once applies to every line without one; 'Rental period …' only to lines about rental."""
    for word, per, w in periods:
        targets = doc.lines
        if word and len(word) >= 4 and word not in _GENERIC_PERIOD_WORDS:
            stem = word[:5]
            matched = [li for li in doc.lines if stem in _about(li, ctx)]
            if matched:
                targets = matched
        for li in targets:
            if li.period is None:
                li.set_period(per, w)
        if not word:
            doc.period = doc.period or per


def _about(li: LineItem, ctx: TextContext | None) -> str:
    """What a line is about, folded: its own description and its article's register name."""
    name = (ctx.registry.article(ctx.agency_code, li.article) or {}).get("name") if ctx and li.article else None
    return f"{li.description or ''} {name or ''}".casefold()
