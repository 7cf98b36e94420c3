"""A date that opens a sentence naming several articles dates all of them.

Why: "Eskort … torsdag 3 december 2026 kl. 06.30–10.15, dvs. 3,75 tim (PE30), plus framkörningsavgift PE31 1 st."
states the day once, before the first article, for everything the sentence bills. Cut into one clause per article,
the date falls into the first clause only and the later lines went out without a period — a request straight
through with a line undated. The contract (issue #14) says a period stated once for the whole request applies to
every line; within one sentence the same holds. Only the sentence's one and only date counts, written before its
first article code — or, when it is a month, before its second ("stora salen (KU10) … under november 2026,
14 timmar, samt scenteknik (KU30) 6 timmar": a month in the first clause is the time of the whole sentence, while
days after the first code, "kaksi kenttäpäivää (V110) 4.–5.3.2026 sekä lisenssi (V300)", are that clause's own);
a date inside a later clause dates that clause alone, and a due date or a price list's date dates nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateSpan

_NOT_SERVICE_BEFORE_RE = re.compile(r"(?i)\b(?:förfall\w*|due|eräpäivä\w*|betala\w*|maksett\w*|senast|viimeistään|"
                                    r"prislista\w*|hinnasto\w*|price list|avtal\w*|sopimu\w*|offert\w*|"
                                    r"tarjou\w*|beslut\w*|päätö\w*|annettu)\b[^.]{0,25}$")


#: a period said in a sentence's first clause that is the whole sentence's time: a month ("under november 2026");
#: a half-year or quarter after a fee ("valvontamaksu (LU10) ajalta H1 2026 sekä julkaisut (JU10)") is the fee's
_SENTENCE_TIMES = ("month",)


def opening_date(unit: str, ds: list[DateSpan], codes: list[tuple[int, int, str]]) -> tuple[dt.date, dt.date] | None:
    """The period for every article of `unit` when its only date opens it (a month: its first clause); else None."""
    if len(ds) != 1 or len(codes) < 2:
        return None
    d = ds[0]
    if d.end > codes[1][0] or (d.end > codes[0][0] and d.kind not in _SENTENCE_TIMES) or \
            _NOT_SERVICE_BEFORE_RE.search(unit[max(0, d.start - 40):d.start]):
        return None
    return d.first, d.last


def joined_after_dates(sents: list[str]) -> list[str]:
    """"… 2,5 h 26.11. PL10": the dot closing a day and month (Finnish style) is no sentence end before an article
    code; the code stays with the sentence it belongs to."""
    out: list[str] = []
    for s in sents:
        if out and re.search(r"(?<![\d.])\d{1,2}\.\d{1,2}\.$", out[-1]) and re.match(r"[A-ZÅÄÖ]{1,4}\d{1,5}\b", s):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out
