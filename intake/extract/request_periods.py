"""A period stated once for a request ("Avser perioden 1–30 september", "Rental period 12.10.–25.10.2026") applies to
every line without a period of its own; a period named for one kind of thing ("Rental period") only to the lines
about it."""
from __future__ import annotations

from .model import Fragment
from .text_context import RequestPeriod

_GENERIC_PERIOD_WORDS = ("the", "billing", "service", "avser", "laskutus", "for")


def apply_request_periods(doc: Fragment, periods: list[RequestPeriod]) -> None:
    """A period stated once applies to every line without one; 'Rental period …' only to lines about rental."""
    for word, per, w in periods:
        targets = doc.lines
        if word and len(word) >= 4 and word not in _GENERIC_PERIOD_WORDS:
            stem = word[:5]
            matched = [li for li in doc.lines if li.description and stem in li.description.casefold()]
            if matched:
                targets = matched
        for li in targets:
            if li.period is None:
                li.set_period(per, w)
        if not word:
            doc.period = doc.period or per
