"""The period a file states once in its title: the period of every line of that sheet, CSV or PDF.

Why: an export from a case or ERP system puts the month once in the title row above the header
("Debiteringsunderlag november 2026", "Laskutus marraskuu 2026", "Faktureringsunderlag 11/2026 – Bildning",
"Lagerhyra period 2026-11-01 – 2026-11-30") and not on the rows. The contract applies "a period stated once for
the whole request" to every line (../shared/corpus/intake/README.md, Normalisation); a title is such a statement
for the lines of its file. Left unread, the lines went straight through without a period or were held by the
period net (intake.gate_periods) although the sender had said it. The service-level decision (issue #14,
holdout26) reversed the earlier reading that a month in a title row says nothing.

What counts: the rows above the table's header with at most two filled cells (a merged title, or a title and a
subtitle), holding exactly one month, week, quarter or range — numeric months ("11/2026", "2026-11") included,
the form export titles use. A day alone in a title is no period (it is often the run's date: the net holds
instead), nor is a date after a due/export/agreement cue or a document-date label. Two different periods in the
titles, or a title disagreeing with a period row ("Period: …", intake.extract.file_periods.row_period): none.
A line's own period (a date column) always wins: the title then dates nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from .columns import map_header
from .dates import find_dates
from .file_periods import NOT_SERVICE_BEFORE_RE, Period, row_period
from .model import Fragment, Where, date_undated_lines
from .table_cells import cell_period
from .text_context import TextContext
from .validity_dates import item_validity

#: a month written in digits as export titles do: "11/2026", "2026-11", "11-2026", "2026/11" (not "2026-11-30",
#: not "2026/1187", a case number)
_NUMERIC_MONTH_RE = re.compile(r"(?<![\d/.,-])(?:\d{1,2}[/-]\d{4}|\d{4}[/-]\d{1,2})(?![\d/-]|[.,]\d)")
#: a document's own date label before a date: its print or run day, not the lines' period
_RUN_DATE_RE = re.compile(r"(?i)\b(?:datum|date|päiväys|päivämäärä|pvm|utskri\w*|tulostet\w*|printed|skapad|"
                          r"created|luotu|körd|kört|ajettu|run)\W{0,3}$")


def text_periods(text: str, year: int, on: dt.date | None) -> list[tuple[str, Period, bool]]:
    """(as written, period, is a single day) for each date or period a title states, numeric months included;
    dates after a due/export/agreement cue or a run-date label left out."""
    spans = [(d.start, d.end, (d.first, d.last), d.kind == "single") for d in find_dates(text, year, on)]
    for m in _NUMERIC_MONTH_RE.finditer(text):
        per = cell_period(m.group(), year)
        if per and not any(s < m.end() and m.start() < e for s, e, _, _ in spans):
            spans.append((m.start(), m.end(), per, False))
    out = []
    for s, e, per, single in sorted(spans):
        before = text[max(0, s - 40):s]
        # "Kalastuksen kausiluvat 2027, voimassa 1.6.–30.9.2027": what the permits sold are valid for is their
        # season (intake.extract.validity_dates), not a price list's validity
        if not ((NOT_SERVICE_BEFORE_RE.search(before) and not item_validity(text, s, e))
                or _RUN_DATE_RE.search(before)):
            out.append((text[s:e], per, single))
    return out


def title_period(rows: list[list[str]], ctx: TextContext) -> Period | None:
    """The one period the title rows above a table's header state (months, weeks, ranges; no single day)."""
    found: set[Period] = set()
    for r in rows:
        if map_header(r, ctx.hints):
            break
        cells = [c.strip() for c in r if c and c.strip()]
        if not 0 < len(cells) <= 2:
            continue
        for _said, per, single in text_periods(" ".join(cells), ctx.year, ctx.on):
            if single:
                return None     # a day in the title: the run's or the service's, unknown — the net holds
            found.add(per)
    return found.pop() if len(found) == 1 else None


def date_by_stated_rows(frags: list[Fragment], rows: list[list[str]], part: str, ctx: TextContext) -> None:
    """Give a sheet's (CSV's) lines the period its title or its period row states, when none of them has a period
    of its own; the two disagreeing: none (the net holds)."""
    def stated() -> tuple[Period, Where] | None:
        said = {(per, rule) for per, rule in ((row_period(rows, ctx), "file:period row"),
                                              (title_period(rows, ctx), "file:title period")) if per}
        if len({per for per, _ in said}) != 1:
            return None
        per, rule = min(said, key=lambda s: s[1])
        return per, Where(part, rule=rule, how="stated")

    date_undated_lines([li for f in frags for li in f.lines], stated)
