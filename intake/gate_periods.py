"""A date or period the message states that no line carries, while a line has none: the request is held.

Why: every blind set of unseen mail found requests that went straight through without the period the sender
wrote — a day in haste ("1 st 7/11", "tagna 25.11", "lö 28.11"), a Finnish prose range ("oli meillä
9.–11.11.2026") above a list, a season in a note under a spreadsheet's rows, a month in a spreadsheet's title
row. Periods are never asked (no question path of the contract), so a period the reading rules miss went out
as a wrong invoice line. Rules for each form come after the fact; this check is the net beneath them: when the
sender's newest text or an attached file (its text, its PDF pages, every cell of its sheets)
states a date or period that no line of any request carries or lies inside, and a request has a line without a
period, that request is held for a clerk, who sees the date and the line it stands on (never a question: the
date is stated, only not read).

Dates that are something else are none: after a due/invoice/agreement/absence cue
(intake.extract.file_periods.NOT_SERVICE_BEFORE_RE), after a document's own date label (its print day), in the
sender's signature or quoted history, or far from the mail (a birth date, a founding year, a law's year).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from intake import leftover_words as words
from intake.evidence import part_texts
from intake.extract.dates import UNIT_AFTER, find_dates
from intake.extract.file_periods import NOT_SERVICE_BEFORE_RE
from intake.extract.mime import Mail, Part
from intake.extract.patterns import compiled
from intake.extract.pdf_heading_date import DOC_DATE_RE
from intake.extract.validity_dates import item_validity
from intake.gate_message import finding, newest_lines

Period = tuple[dt.date, dt.date]

#: how far from the mail's day a stated date may lie and still be a service's (a year and a month each way)
_FAR = dt.timedelta(days=400)
#: "25.11": a day and a month without the closing dot, which the reading grammar takes only after a weekday or a
#: service verb (it is also a decimal number); the net takes it anywhere unless a unit or currency follows
_LOOSE_DM_RE = re.compile(r"(?<![\d.,:/-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?![\d]|[.,]\d|:\d|" + UNIT_AFTER + ")")


def unread_periods(mail: Mail, body_text: Callable[[list[Part]], str], reqs: list[dict],
                   texts: list[str]) -> list[dict[str, str]]:
    """Findings `unread_period` for the dates the message states that no line carries, when a line of the
    requests has no period (empty otherwise: a line that has its period needs no net here)."""
    lines = [ln for r in reqs for ln in r.get("lines") or []]
    if not lines or all(ln.get("period_start") for ln in lines):
        return []
    read = [(dt.date.fromisoformat(str(ln["period_start"])), dt.date.fromisoformat(str(ln.get("period_end") or
                                                                                      ln["period_start"])))
            for ln in lines if ln.get("period_start")]
    on = mail.date.date() if mail.date else None
    year = on.year if on else dt.date.today().year
    known = _numbers(lines)
    bare = _codes_rx([ln for ln in lines if not ln.get("period_start")])
    found = []
    for where, text in _stated_lines(mail, body_text, texts):
        for said, per in _dates(text, year, on, known):
            if not any(a <= per[0] and per[1] <= b for a, b in read):
                found.append(finding("unread_period", "lines.period",
                                     f"{where} states the date {said!r} ({per[0].isoformat()}–{per[1].isoformat()}) "
                                     f"that no line carries: {text.strip()[:300]}"))
                break
            if bare and (m := bare.search(text, 0, max(0, text.find(said)))):
                found.append(finding("unread_period", "lines.period",
                                     f"{where} states the date {said!r} ({per[0].isoformat()}–{per[1].isoformat()}) "
                                     f"beside {m.group()}, whose line has no period: {text.strip()[:300]}"))
                break
        if len(found) >= 2:
            break
    return found


def _codes_rx(lines: list[dict]) -> re.Pattern[str] | None:
    """The article codes of the lines without a period, as written on a text line. Why: "H10 och H30, båda
    23.3.2027" read for one line only — the date is carried (by H30), so the check above is blind to it, yet the
    sentence states it after H10 as well; a stated date after a line without one, on the very text line that names
    it, holds (a code after the date — "AT20 1.–2.12. plus 5 kpl LA100" — is no line the date was written for)."""
    codes = sorted({str(ln["article"]) for ln in lines if ln.get("article")}, key=len, reverse=True)
    return compiled(r"(?<![\w-])(?:" + "|".join(map(re.escape, codes)) + r")(?![\w-])") if codes else None


def lacks_period(r: dict[str, Any]) -> bool:
    """The request has a line without a period (the lines the net holds for)."""
    return any(not ln.get("period_start") for ln in r.get("lines") or [])


def _stated_lines(mail: Mail, body_text: Callable[[list[Part]], str], texts: list[str]) -> Iterator[tuple[str, str]]:
    """(where, text): each line of the newest text (and of a forwarded message that is the request),
    each line of an attached text or PDF, each row of an attached sheet."""
    for label, n, info in newest_lines(mail, body_text):
        yield f"line {n}" + ("" if label == "body" else f" of {label}"), info.text
    known = {t for t, _ in part_texts(mail, body_text).values()}
    for t in texts[1:]:
        if t not in known:
            yield from (("an attachment", ln) for ln in t.splitlines())
    for p in mail.parts:
        if p.kind == "xlsx" and p.data:
            for title, rows in _sheets(p.data):
                yield f"{p.label}", title
                yield from ((f"{p.label} ({title})", " | ".join(c for c in row if c)) for row in rows)


@functools.lru_cache(maxsize=8)
def _sheets(data: bytes) -> list[tuple[str, list[list[str]]]]:
    from intake.extract.xlsx import read_xlsx  # lazily: most mail has no spreadsheet
    return read_xlsx(data)[0]


def _dates(text: str, year: int, on: dt.date | None, known: frozenset[Decimal]) -> Iterator[tuple[str, Period]]:
    """(as written, period) for each date or period of the line that may be a service's."""
    if not text.strip():
        return
    spans = [(d.start, d.end, (d.first, d.last)) for d in find_dates(text, year, on)]
    if words.not_data(" ".join(_unmarked(text, spans).strip(" \t>*-•|").split())):
        return
    for m in _LOOSE_DM_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in spans) or _decimal(m.group()) in known:
            continue
        ds = find_dates(f"{m.group()}.", year, on)
        if len(ds) == 1:
            spans.append((m.start(), m.end(), (ds[0].first, ds[0].last)))
    for s, e, per in sorted(spans):
        before = text[max(0, s - 40):s]
        if _not_service(text, s, e) or DOC_DATE_RE.search(before) or _DRAWN_UP_RE.search(before) or \
                _not_a_period(text[s:e]) or \
                (on is not None and (per[0] - on > _FAR or on - per[1] > _FAR)):
            continue
        yield text[s:e], per


#: a party's identifier in a sentence (an org number, a personal number, a Y-tunnus, a hetu): the shape of a phone
#: number to the contact test, but no contact line
_IDENTIFIER_RE = re.compile(r"(?<![\w-])(?:(?:\d{2})?\d{6}[-+]\d{4}|\d{7}-\d|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])(?![\w-])")
#: a document's "drawn up (by X):" label inside a line or a sheet's row ("Upprättad: | 2026-11-02", "Upprättad av:
#: Maria Lindgren, 2026-09-18", "Laadittu: 2.11.2026", "Prepared by: J. Berg, 2 Nov"): the form's own day
_DRAWN_UP_RE = re.compile(r"(?i)\b(?:upprättad|upprättat|skapad|laadittu|laatinut|luotu|prepared|created|drawn up|"
                          r"printed|utskriven|tulostettu|"
                          # a case system's own receipt stamp ("Inkommen: 2026-11-03 14:22", "Vastaanotettu:",
                          # "Submitted:"; intake.process_fields reads such a line as the agency's process)
                          r"inkom|inkommen|inkommet|inskickad|mottagen|mottaget|registrerad|registrerat|"
                          r"vastaanotettu|saapunut|kirjattu|submitted|received|registered)"
                          r"(?:\s+(?:av|by|toimesta))?\s*:[^|\d]{0,40}?[\s,|]*$")
_ASIDE_RE = re.compile(r"\([^()]*\)")


def _unmarked(text: str, spans: list[tuple[int, int, Period]]) -> str:
    """The line as the not-data test should see it: without its dates (an ISO date has a phone number's shape), a
    party's identifiers, and an aside naming the sender's own case ("(dnr BYGG 2027-000214)") — the sentence
    "beslut fattat 2027-03-11 (dnr …)" or "the exercise on 23 March, customer X AB, org. no. 559344-1024" states
    the service's day all the same; a signature's phone line or a case-number line alone stays not data."""
    for s, e, _ in spans:
        text = text[:s] + "x" * (e - s) + text[e:]
    text = _IDENTIFIER_RE.sub(lambda m: "x" * len(m.group()), text)
    return _ASIDE_RE.sub(lambda m: " " * len(m.group()) if words.OWN_CASE_RE.search(m.group()) else m.group(),
                         text)


def _not_service(text: str, s: int, e: int) -> bool:
    """A due/invoice/agreement/absence cue before the date — unless it is what a sold permit is valid on."""
    return bool(NOT_SERVICE_BEFORE_RE.search(text[max(0, s - 40):s])) and not item_validity(text, s, e)


def _not_a_period(said: str) -> bool:
    """Forms the reading grammar takes that are no period a person wrote: a column gap inside ("vecka   |   2" of a
    fixed-width table, where the week is the unit and 2 the count), an abbreviated "kv." without a year (also
    a city block, "kv. Tallen 3", in Swedish property names)."""
    return bool(re.search(r"\s{3,}|\t", said) or re.fullmatch(r"(?i)kv\.?\s*[1-4]", said.strip()))


def _numbers(lines: list[dict]) -> frozenset[Decimal]:
    """The lines' quantities and prices: "3.5" read as a count is no date."""
    return frozenset(d for ln in lines for k in ("quantity", "unit_price") if (d := _decimal(ln.get(k))) is not None)


def _decimal(v: Any) -> Decimal | None:
    try:
        return Decimal(str(v)) if v not in (None, "") else None
    except InvalidOperation:
        return None
