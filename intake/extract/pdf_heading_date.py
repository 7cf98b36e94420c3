"""The one service date a PDF states above or beside its line table ("Tarkastuspäivä 17.11.2026",
"Evenemang 21.11.2026", "Besök 2026-11-04"): the period of that file's table lines that carry none.

Why: a basis printed from another system puts the day once in its heading and the lines below it; the contract
applies a period stated once to every line, and the file's own heading is stronger than the covering mail
(intake.extract.file_periods, which then checks the mail against it). Dates that are something else are none:
after a due/invoice/agreement cue (NOT_SERVICE_BEFORE_RE), or a bare "Datum:"/"Päiväys:"/"Date:" label — the
day the document was printed. A dated label that names another date ("Beställningsdatum",
intake.extract.date_headers) dates nothing. A month, week or range in the heading ("Faktureringsunderlag juli
2027", "Laskutus 11/2026"), or a range or month after a period's own label ("Reporting period: 1 January – 31
December 2026"), is a period stated once for the file's lines too (issue #14, holdout26: the lead's decision,
intake.extract.title_period); a day inside it is finer and wins. Two different dates, or a day outside the
heading's month, say nothing about which line is which: no period.
"""
from __future__ import annotations

import datetime as dt
import re

from .date_headers import dated_compound
from .dates import find_dates
from .file_periods import NOT_SERVICE_BEFORE_RE
from .model import Fragment, Period, Where, date_undated_lines
from .title_period import text_periods

#: a document's own date label right before the date (its print day, not a service day)
DOC_DATE_RE = re.compile(r"(?i)(?:^|\n)\s*(?:datum|date|dated|päiväys|päivämäärä|pvm|dag|utskrift\w*|"
                          r"tulostettu|printed|skapad|created|luotu)\s*:?\s*$")

#: a period's own label ("Reporting period:", "Avser period", "Laskutusjakso:", "Kausi"): a range or a month after
#: it is the period of the lines, not a title's month
_PERIOD_LABEL_RE = re.compile(r"(?i)\b(?:[\w-]*period(?:en)?|[\w-]*jakso|ajanjakso|[\w-]*kausi|avser)\W{0,3}$")


def _service_label(word: str) -> bool:
    """A label word right before the date: a date word must be a service's ("Tarkastuspäivä", not
    "Beställningsdatum", intake.extract.date_headers); any other word ("Evenemang", "Besök") is the event's."""
    w = word.casefold()
    return dated_compound(w) if re.search(r"(?:datum|dag|päivä|pvm|date|day)$", w) else True


def heading_date(text: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The one day, or else the one month, week or range, the text outside a PDF's tables states as a service
    date; else None."""
    days, periods = set(), set()
    for d in find_dates(text, year):
        before = text[max(0, d.start - 40):d.start]
        label = re.search(r"([^\W\d_][\w-]*)\W{0,3}$", before)
        if (d.kind != "single" and not _PERIOD_LABEL_RE.search(before)) or NOT_SERVICE_BEFORE_RE.search(before) \
                or DOC_DATE_RE.search(before) or (label and not _service_label(label.group(1))):
            continue
        days.add((d.first, d.last))
    periods = {per for _said, per, single in text_periods(text, year, None) if not single}
    if len(days) > 1 or len(periods) > 1:
        return None
    if days:
        day = days.pop()
        return day if all(p[0] <= day[0] and day[1] <= p[1] for p in periods) else None
    return periods.pop() if periods else None


def date_table_lines(frags: list[Fragment], text: str, label: str, year: int) -> None:
    """Give the PDF's table lines without a period the heading's one date (none when any has a column date)."""
    lines = [li for f in frags for li in f.lines
             if (w := li.where.get("article") or li.where.get("quantity")) and (w.rule or "").startswith("table:")]

    def stated() -> tuple[Period, Where] | None:
        per = heading_date(text, year)
        return (per, Where(label, rule="pdf:heading date", how="stated")) if per is not None else None

    date_undated_lines(lines, stated)
