"""What every text pass shares: the registry, the agency, the mail's date and the MIME part being read.

Kept apart from the passes themselves (segments, labelled fields, prose, customer) so each can be its own module
and `intake.parse` and the reply reader can build a context without importing the document reader.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import Where
from .registry import Registry

#: a period stated for the request: (the word it is stated for, "" for the whole request; (first, last); where)
RequestPeriod = tuple[str, tuple[dt.date, dt.date], Where]


@dataclass
class TextContext:
    """What every pass needs: registry, agency, mail date, and the part label for provenance."""

    registry: Registry
    agency: dict | None
    year: int
    on: dt.date
    part: str
    #: learned layout hints of the sender (intake.layouts): normalised column header or label text (casefolded,
    #: whitespace collapsed, trailing ':' dropped) -> contract field name (`quantity`, `customer.org_no`, ...).
    #: Consulted only for a header/label no built-in rule knows; a hint never overrides a stated value.
    hints: dict[str, str] = field(default_factory=dict)
    #: the subject of the message whose text is read (an attached message has its own): its "VB:/SV:" prefix
    #: tells a forwarded header block from a quoted one (intake.extract.quoting)
    subject: str = ""
    #: the display name of that message's sender: a quoted block signed by the same name is the writer's own
    from_name: str = ""
    #: the text is a message attached to the mail (message/rfc822): someone else's mail passed on, whose
    #: signature names its writer's organisation (a customer's order signed with its company name)
    attached: bool = False
    #: the currency the text declares once for all its prices ("All prices below are in EUR"): a bare price
    #: written as money ("900.00 per day") is in it (intake.extract.amounts.declared_currency)
    declared_currency: str | None = None

    @property
    def agency_code(self) -> str | None:
        return self.agency.get("code") if self.agency else None


def overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps any of `spans`."""
    return any(s < b and a < e for a, b in spans)
