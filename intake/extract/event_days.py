"""The days of an event a sentence names above the lines: "under Sjöviks IF:s idrottsläger 14–15.11 serverade vi
lunch", "lägerskolan 2–4.12 för … elever ska faktureras", "leirikoulu 2.–4.12. pidettiin", "the field course 3–5
November was held".

Why: a school, a club or an agency invoices what it provided during a camp, a course or a meeting and names the
event's days once, in a sentence of its own above the line ("SK10 Lunchportion 64 st"); a blind set found such
requests held by the period net (the date was stated, but no rule read it). A range of days in a sentence with
no article and no price, that is the sentence's only date and no due day, price list's, agreement's or absence's
(intake.extract.file_periods.NOT_SERVICE_BEFORE_RE), is the period of the lines without one of their own.
A single day stays with the stricter rules (a service verb or a period cue before it): a lone day in passing is
as often a meeting's or a letter's as the service's — unless the event's own noun names it, a few words before
("billing for the tabletop exercise on 23 March 2027, customer …", "övningen med räddningstjänsten den 12
november", "koulutuspäivän 12.11.2026 kulut"): then it is the event's day, as a range is its days. An event
A compound ends in its event's noun ("personalkonferens 2 december 2027", "henkilöstökoulutus 12.11.", holdout 36).
An event announced as coming ("next meeting", "nästa kurs", "seuraava kokous") dates nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateSpan
from .file_periods import NOT_SERVICE_BEFORE_RE

#: an event's days: up to a month (a season or a year is the other rules' business)
_MAX_DAYS = 31


#: an event's noun (sv/fi/en stems) a few words before its one day, "on"/"den"/"am" allowed right before the date
_EVENT_BEFORE_RE = re.compile(
    r"(?i)\b(?:[^\W\d_]{3,}?)?(?P<n>övning|kurs|utbildning|seminari|konferens|workshop|möte|evenemang|tillställning|läger|"
    r"harjoitu|kurssi|koulutu|seminaari|konferenssi|työpaja|kokou|tapahtum|leiri|"
    r"exercise|course|training|seminar|conference|workshop|meeting|event|camp|"
    # a party or a ceremony held in a hired hall: "kick-off i Sjöbodsalen fredagen den 5 mars", "Tilaisuus on la
    # 27.3.2027", "muistotilaisuutta varten lauantaiksi 20.3.", "the wedding reception on 3 July" (holdout 44)
    r"kick-?off|fest|kalas|jubileum|bröllop|vigsel|begravning|minnesstund|"
    r"tilaisuu|juhla|juhli|häi|häät|hautajai|vihkimi|"
    r"party|wedding|funeral|ceremony|reception|celebration)\w*"
    r"(?:[ ]+[^\W\d][\w-]*){0,3}?[ ]+(?:(?:on|den|am|the)[ ]+)?$")
#: an event still to come: its day is no service's
_COMING_RE = re.compile(r"(?i)\b(?:nästa|kommande|planerad\w*|seuraava\w*|tuleva\w*|next|upcoming|planned)\b")


def event_days(unit: str, ds: list[DateSpan]) -> tuple[dt.date, dt.date] | None:
    """The period of the sentence's one range of days, or of its one day its event names (module doc), or None."""
    if len(ds) != 1 or "?" in unit:
        return None
    d = ds[0]
    if d.kind == "single":
        ev = _EVENT_BEFORE_RE.search(unit[max(0, d.start - 60):d.start])
        if not ev or _COMING_RE.search(unit[:d.start]):
            return None
    elif d.kind != "range":
        return None
    if (d.last - d.first).days > _MAX_DAYS or NOT_SERVICE_BEFORE_RE.search(unit[max(0, d.start - 40):d.start]):
        return None
    return d.first, d.last
