"""The day of the event a request is about, when the mail gives it only as a calendar entry: an attached
invitation (`.ics`, `text/calendar`: "DTSTART;TZID=…:20261203T080000") or an appointment pasted or forwarded as
text ("When: Tuesday, 1 December 2026 13:00-16:00", "När: den 3 december 2026 08:00–16:00", "Milloin: …").

Why: a course or a workshop is invoiced by sending its invitation along ("kursen i bifogad inbjudan ska
faktureras …"); the event's day is the service period (RFC 5545 for the calendar file). It applies only to lines
that have no period of their own, and only when the mail holds exactly one event — two invitations say nothing
about which line is which.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates
from .mime import Mail
from .model import Fragment, Where, date_undated_lines

_DT_RE = re.compile(r"(?m)^(DTSTART|DTEND)(?P<value>;VALUE=DATE)?(?:;[^:\r\n]*)?:(?P<d>\d{8})(?P<t>T\d{4,6}Z?)?\s*$")
#: an appointment's time line as Outlook and other clients write it in a forwarded or pasted invitation
WHEN_RE = re.compile(r"(?im)^\s*(?:when|när|tid|tidpunkt|milloin|aika|ajankohta)\s*:\s*(?P<v>.+)$")


def _ics_period(text: str) -> tuple[dt.date, dt.date] | None:
    if text.count("BEGIN:VEVENT") != 1:
        return None
    found = {m.group(1): m for m in _DT_RE.finditer(text)}
    start = found.get("DTSTART")
    if not start:
        return None
    first = dt.datetime.strptime(start.group("d"), "%Y%m%d").date()
    end = found.get("DTEND")
    last = dt.datetime.strptime(end.group("d"), "%Y%m%d").date() if end else first
    if end and not end.group("t"):
        last -= dt.timedelta(days=1)     # an all-day event's DTEND is the day after it (RFC 5545 3.6.1)
    return (first, max(first, last))


def event_period(mail: Mail, year: int) -> tuple[tuple[dt.date, dt.date], Where] | None:
    """The one calendar event of the mail (an attached invitation, else one "When:" line of the body), or None."""
    found = []
    for p in mail.parts:
        raw = p.text or (p.data.decode("utf-8", "replace") if p.data else "")
        if (p.content_type == "text/calendar" or (p.filename or "").lower().endswith(".ics")) and raw:
            per = _ics_period(raw)
            if per:
                found.append((per, Where(p.label, rule="calendar:DTSTART", how="stated")))
        elif p.kind == "text" and not p.is_attachment and p.text:
            for m in WHEN_RE.finditer(p.text):
                ds = find_dates(m.group("v"), year)
                if len(ds) == 1:
                    line = p.text.count("\n", 0, m.start()) + 1
                    found.append(((ds[0].first, ds[0].last), Where(p.label, line=line, rule="calendar:when",
                                                                   how="stated")))
    return found[0] if len(found) == 1 else None


def apply_event_period(frags: list[Fragment], mail: Mail, year: int) -> None:
    """The event's day for every line without a period, when the mail gives one event and no line has a period."""
    date_undated_lines([li for f in frags for li in f.lines], lambda: event_period(mail, year))
