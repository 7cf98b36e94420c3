"""Dates and periods as agencies write them, to ISO dates.

A range gives start and end, a month ("oktober 2026", "lokakuu 2026") its first and last day, a single date is
both. A date without a year takes the year of the mail's Date header, except across the year end (see
`_year_end`). Weeks, quarters, half-years, months and
month ranges are the `periods` grammar. Every match keeps its position so callers
can mask dates before looking for quantities ("6.-7.10.2026" holds no quantity 6).
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from .day_lists import listed_days
from .month_typos import mend_months, spans_in_original
from .periods import MONTH_ALT, DateSpan, find_periods, month_number
from .service_cues import SERVICE_CUE_RE

__all__ = ["DateSpan", "find_dates", "month_number", "parse_period"]

MONTH = rf"(?P<{{name}}>{MONTH_ALT})"
#: a range's dash, also doubled as plain-text mail writes an en dash ("2027-01-27--2027-01-28")
_DASH = r"\s*(?:[-–—]{1,2}|till|to|until|\bt\.?o\.?m\.?|asti)\s*"
_SP = r"[ \u00a0]"


#: a weekday before the second of two days ("tisdag 28 och onsdag 29 december", "ma 6. ja ti 7. joulukuuta",
#: "Monday 6 and Tuesday 7 December"): without it the first day stood alone and was read as a quantity (holdout 36)
_WEEKDAY = (r"(?:(?:(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:en)?)?|maanantai(?:na)?|tiistai(?:na)?|"
            r"keskiviikko(?:na)?|torstai(?:na)?|perjantai(?:na)?|lauantai(?:na)?|sunnuntai(?:na)?|ma|ti|ke|to|pe|"
            r"la|su|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?\s+)?")

#: after a day: a dot, or an ordinal ending ("den 3:e mars", "1:a april", "the 3rd of March")
_ORD = r"(?:\.|:[ae]\b|(?:st|nd|rd|th)(?:" + _SP + r"+of)?\b)?"


#: English month names, full or abbreviated ("Nov.", "Sept"), for the forms only English writes
_EN_MONTH = (r"(?P<mo1>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)")


#: what follows a number that makes it a count or an amount, never a date ("2.5 h", "12.10 €", "3.5 hours")
UNIT_AFTER = (r"\s*(?i:%|[kmt]€|tkr|mkr|k\b|h\b|hrs?\b|hours?|t\b|tim|tun\w*|kr\b|sek|€|eur|st\b|stk|pcs|kpl|"
              r":-|m\b|m2|km|kg|l\b|x\b|dag|days?\b|päiv|vrk|nights?|nätter|yö)")


def _m(name: str) -> str:
    return MONTH.format(name=name)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso_range", re.compile(r"(?<!\d)(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2})" + _DASH +
                             r"(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})(?!\d)")),
    ("dmy_range", re.compile(r"(?<![\d.])(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>\d{4})?" + _DASH +
                             r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})?(?![\d])")),
    # "7.9–30.11.2026": the first day's month without its dot, the last day dated in full (a year is required:
    # "9.05–11.10." is a time of day)
    ("dm_dmy_range", re.compile(r"(?<![\d.,])(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\s*[-–—]\s*"
                                r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})(?![\d])")),
    ("dd_range", re.compile(r"(?<![\d.])(?P<d1>\d{1,2})\.?" + r"\s*[-–—]\s*" +
                            r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})?(?![\d])")),
    # "14–15.11", "2–4.12": a day range before its day.month without the closing dot (Finland-Swedish and
    # Finnish), never before a unit ("2–4.5 h" is hours) nor after a clock word (intake.extract.dates._TIME_BEFORE)
    ("dd_range_open", re.compile(r"(?<![\d.,:/-])(?P<d1>[0-3]?\d)\s*[-–—]\s*(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)"
                                 r"(?![\d]|[.,]\d|:\d|" + UNIT_AFTER + ")")),
    ("words_range", re.compile(r"(?<!\d)(?P<d1>\d{1,2})\.?" + _SP + r"*" + _m("mo1") +
                               r"(?:" + _SP + r"+(?P<y1>\d{4}))?" +
                               r"\s*(?:[-–—]|to|till|until)\s*(?P<d2>\d{1,2})\.?" + _SP + r"*" + _m("mo2") +
                               r"(?:" + _SP + r"+(?P<y2>\d{4}))?", re.IGNORECASE)),
    ("words_dd_range", re.compile(r"(?<!\d)(?P<d1>\d{1,2})\.?\s*(?:[-–—]|to|till|until|t\.?o\.?m\.?)\s*"
                                  r"(?P<d2>\d{1,2})\.?" + _SP + r"*" + _m("mo2") +
                                  r"(?:" + _SP + r"+(?P<y2>\d{4}))?", re.IGNORECASE)),
    # "between 11 and 15 January", "mellan den 3 och 7 mars", "January 11–15, 2027"
    ("between_range", re.compile(r"(?i)\b(?:between|mellan)\s+(?:the\s+|den\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?\.?"
                                 r"\s+(?:and|och)\s+" + _WEEKDAY +
                                 r"(?:the\s+|den\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\.?"
                                 + _SP + r"*(?:of\s+)?" + _m("mo2") + r"(?:,?" + _SP + r"+(?P<y2>\d{4}))?")),
    # "3 and 4 november", "den 3 och 4 mars", "3 ja 4 marraskuuta": two days next to each other are one range
    # (two days apart they are two dates a line cannot hold: see _build)
    ("and_days", re.compile(r"(?i)(?<![\d.,])(?:the\s+|den\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th|:e|:a)?\.?"
                            r"\s+(?:and|och|ja|&)\s+" + _WEEKDAY +
                            r"(?:the\s+|den\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th|:e|:a)?\.?"
                            + _SP + r"*(?:of\s+)?" + _m("mo2") + r"(?:,?" + _SP + r"+(?P<y2>\d{4}))?")),
    ("en_md_range", re.compile(_m("mo2") + _SP + r"+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–—]|to|until)\s*"
                               r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d.])(?:,?" + _SP + r"+(?P<y2>\d{4}))?",
                               re.IGNORECASE)),
    ("dm_slash_range", re.compile(r"(?<![\d/.,])(?P<d1>\d{1,2})/(?P<m1>\d{1,2})(?:/(?P<y1>\d{4}))?\s*[-–—]\s*"
                                  r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?:/(?P<y2>\d{4}))?(?![\d/])")),
    # "11–12/5", "11-12/5/2026": a day range before one day/month
    ("dd_slash_range", re.compile(r"(?<![\d/.,])(?P<d1>\d{1,2})\s*[-–—]\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})"
                                  r"(?:/(?P<y2>\d{4}))?(?![\d/]|[.,]\d)")),
    ("iso", re.compile(r"(?<![\d-])(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2})(?![\d])")),
    ("dmy", re.compile(r"(?<![\d.])(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>\d{4})(?![\d])")),
    ("words_date", re.compile(r"(?<!\d)(?P<d1>\d{1,2})" + _ORD + _SP + r"*" + _m("mo1") +
                              r"(?:" + _SP + r"+(?P<y1>\d{4}))?(?![\d])",
                              re.IGNORECASE)),
    ("en_date", re.compile(_m("mo1") + _SP + r"+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?" + _SP + r"+(?P<y1>\d{4})",
                           re.IGNORECASE)),
    # "on March 3rd", "by October 21st": an English month and an ordinal day without a year (the mail's year)
    ("en_date_noyear", re.compile(_m("mo1") + _SP + r"+(?P<d1>\d{1,2})(?:st|nd|rd|th)\b(?!,?" + _SP + r"*\d)"
                                  r"(?!\s*(?:and|to|until|till|[-–—])\s*\d)",
                                  re.IGNORECASE)),
    # "on Nov. 12.", "delivered November 12, …": an English month and a bare day, set off by punctuation or the end
    ("en_date_noyear", re.compile(_EN_MONTH + _SP + r"+(?P<d1>\d{1,2})(?=\s*(?:[.,;:)]\s|[.,;:)]?\s*$))(?!,?"
                                  + _SP + r"*\d)", re.IGNORECASE)),
    # "maaliskuun 15. päivänä", "lokakuun 9. päivä 2026": the month's genitive, the day's ordinal, "päivä"
    ("fi_gen_date", re.compile(_m("mo1") + _SP + r"+(?P<d1>\d{1,2})\." + _SP + r"*(?:päivä(?:nä|ä|än|stä|n)?|pnä)"
                               r"(?:" + _SP + r"+(?P<y1>\d{4}))?(?![\w])", re.IGNORECASE)),
    ("dm_noyear", re.compile(r"(?<![\d.,])(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?![\d])")),
    # "15/3", "15/3/2026" (day first, as written in Sweden and Finland); not "2026/1187" or "1/2/3"
    ("dm_slash", re.compile(r"(?<![\d/.,])(?P<d1>\d{1,2})/(?P<m1>\d{1,2})(?:/(?P<y1>\d{4}))?(?![\d/]|[.,]\d)")),
]


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _build(kind: str, g: dict, year: int) -> tuple[dt.date, dt.date, str] | None:
    m1 = _int(g.get("m1")) if g.get("m1") else (month_number(g["mo1"]) if g.get("mo1") else None)
    m2 = _int(g.get("m2")) if g.get("m2") else (month_number(g["mo2"]) if g.get("mo2") else None)
    y2 = _int(g.get("y2"))
    y1 = _int(g.get("y1"))
    if kind in ("iso", "dmy", "words_date", "en_date", "en_date_noyear", "fi_gen_date", "dm_noyear", "dm_slash"):
        d = _date(y1 or year, m1 or 0, _int(g.get("d1")) or 0) if m1 else None
        return (d, d, "single") if d else None
    if kind == "and_days" and _int(g.get("d2")) != (_int(g.get("d1")) or 0) + 1:
        return None
    # ranges
    if m1 is None:
        m1 = m2
    y2 = y2 or y1 or year
    y1 = y1 or (y2 if (m1 or 0) <= (m2 or 0) else y2 - 1)
    a = _date(y1, m1 or 0, _int(g.get("d1")) or 0) if m1 else None
    b = _date(y2, m2 or 0, _int(g.get("d2")) or 0) if m2 else None
    if not a or not b or b < a:
        return None
    return a, b, "range"


#: how far (days) a year-less date may lie from the mail before its neighbouring year is tried, and how near the
#: neighbouring year must put it: "28/12" in a mail of 5 January is last December, "14/1" in a mail of
#: 10 December next January; every other date keeps the mail's year (the corpus contract's rule). Kept clear of
#: the nine/three-month boundary: "6–7 mars" in a mail of 5 December is the March just past (work is invoiced
#: after it is done), not one three months ahead.
_FAR_DAYS, _NEAR_DAYS = 290, 76


def _plus_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:      # 29 February
        return d.replace(year=d.year + n, day=28)


def _year_end(first: dt.date, last: dt.date, on: dt.date | None) -> tuple[dt.date, dt.date]:
    """A date or range written without a year, moved across the year end when the mail's year puts it far from
    the mail and the neighbouring year near it."""
    if on is None or abs((first - on).days) <= _FAR_DAYS:
        return first, last
    for n in (-1, 1):
        if abs((_plus_years(first, n) - on).days) <= _NEAR_DAYS:
            return _plus_years(first, n), _plus_years(last, n)
    return first, last


#: a clock word before "9–11.10": a time of day, no day range
_TIME_BEFORE_RE = re.compile(r"(?i)\b(?:kl|klo|klockan|kello|at|time|tid|aika)\.?\s*$")


def _find_dates(text: str, year: int, on: dt.date | None = None) -> list[DateSpan]:
    """All dates/periods in `text`, sorted by position. Where matches overlap, the finer grammar wins: day ranges
    and dated days first, then weeks, quarters, half-years and months (`periods`), then day.month without a year.
    `on` (the mail's date) lets a period without a year fall in the past year (see `periods`)."""
    mended = mend_months(text)      # "14 novmber", "3. joulukuta": the month meant (intake.extract.month_typos)
    if mended is not None:
        return spans_in_original(mended, find_dates(mended.text, year, on))
    taken: list[tuple[int, int]] = []
    out: list[DateSpan] = []
    for kind, rx in _PATTERNS:
        if kind == "dm_noyear":
            out += find_periods(text, year, on, taken)
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken) or _in_code(text, s):
                continue
            built = _build(kind, m.groupdict(), year)
            if built is None or (kind == "dd_range_open" and _TIME_BEFORE_RE.search(text[max(0, s - 12):s])):
                continue
            first, last = built[0], built[1]
            if not any(m.groupdict().get(k) for k in ("y1", "y2")):
                first, last = _year_end(first, last, on)
            taken.append((s, e))
            out.append(DateSpan(s, e, first, last, built[2]))
    out += _cued_days(text, year, on, taken)
    out += listed_days(text, out)      # "4, 11 och 18 december": the bare days before the month are dates too
    out.sort(key=lambda d: d.start)
    return out


#: a day's digits glued to letters are an article code's ("TT30 syyskuulta", "BH-20 oktober"): no day of the month
_CODE_BEFORE_RE = re.compile(r"[^\W\d_]-?$")


def _in_code(text: str, s: int) -> bool:
    """The match starts with a digit that ends a code's letters ("KA20 lokakuulta" is October, not the 20th)."""
    return text[s:s + 1].isdigit() and bool(_CODE_BEFORE_RE.search(text[max(0, s - 2):s]))


#: "25.11", "28.11": a day and month written without the closing dot (also a decimal number), read as a date only
#: after a word that says a day follows — a weekday ("lö 28.11", "ti 17.11", "fre 13.11"), "den", or a service
#: verb ("tagna 25.11", "otettu 3.12", SERVICE_CUE_RE) — and when no unit or currency follows; after a plain word
#: too, under `_worded_day`'s conditions (holdouts 30–35: "Stora salen 16.5 för vårbalen" went undated)
_LOOSE_DM_RE = re.compile(r"(?<![\w.,:/-])(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)(?![\d]|[.,]\d|:\d|" + UNIT_AFTER + ")")
_DAY_CUE_BEFORE_RE = re.compile(r"(?i)(?:\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dags|"   # "i torsdags 11.3: …"
                                r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors|fre|"
                                r"lör|sön|må|ti|on|to|fr|lö|sö|maanantaina|tiistaina|keskiviikkona|torstaina|"
                                r"perjantaina|lauantaina|sunnuntaina|ma|ke|pe|la|su|mon|tue|wed|thu|fri|sat|sun|"
                                r"den|pvm|datum)\.?|" + SERVICE_CUE_RE.pattern.removeprefix("(?i)") + r")\s*$")


#: a word, not a number, a clock, a price or a section, right before a loose "16.5": "Stora salen 16.5 för
#: vårbalen", "vid deras brygga 27.4, 4 timmar", "i lördags 5.6 kl. 10–14"
_WORD_BEFORE_RE = re.compile(r"(?i)(?<![\w.])(?!(?:kl|klo|klockan|kello|at|time|tid|aika|version|ver|v|versio|"
                             r"avsnitt|kapitel|kap|kohta|luku|pykälä|section|chapter|punkt|point|art|nr|no|á|à|a|"
                             r"pris|hinta|price|cost|kostar|maksaa|ca|noin|about|approx|circa|kurs|rate)\b)"
                             r"[^\W\d_][\w-]*\s+$")
#: what may follow a loose day and month read after a word: a comma, a parenthesis, the end, or a word (no number,
#: no unit: UNIT_AFTER is checked by _LOOSE_DM_RE)
_AFTER_WORDED_DAY_RE = re.compile(r"(?!\s*(?i:ton\w*|m3|cm|mm|lit\w*|l\b|procent|prosent\w*|percent|miles?|mil\b|"
                                  r"kwh|mwh|gb|mb|kb|ects|op\b|sp\b|credits?|poäng|pist\w*|points?))"
                                  r"(?:\s*[,;)(]|\s*$|\s+[^\W\d_]|\.(?:\s|$))")
#: how many days before the mail a loose day may lie (work is invoiced after it is done, within weeks), and after it
_WORDED_BACK, _WORDED_AHEAD = 120, 7


def _worded_day(text: str, s: int, e: int, d: dt.date, on: dt.date | None) -> bool:
    """A loose "16.5" after a plain word, as Finland-Swedish writes the day of a service ("specialtransport med
    vajerfärjan 10.5, 1 st"): a date when the text writes no decimal with a dot elsewhere (a text that writes
    "2.5 hours" writes decimals, not days, this way) and the day lies in the weeks before the mail."""
    if on is None or not _WORD_BEFORE_RE.search(text[max(0, s - 30):s]) or not _AFTER_WORDED_DAY_RE.match(text, e):
        return False
    if any(m.start() != s for m in re.finditer(r"(?<![\d.])\d+\.\d+(?![\d.])", text)):
        return False
    first, _last = _year_end(d, d, on)
    return -_WORDED_BACK <= (first - on).days <= _WORDED_AHEAD


def _cued_days(text: str, year: int, on: dt.date | None, taken: list[tuple[int, int]]) -> list[DateSpan]:
    out = []
    for m in _LOOSE_DM_RE.finditer(text):
        s, e = m.start(), m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        d = _date(year, int(m.group("m1")), int(m.group("d1")))
        cued = _DAY_CUE_BEFORE_RE.search(text[max(0, s - 30):s])
        if d is not None and (cued or _worded_day(text, s, e, d, on)):
            first, last = _year_end(d, d, on)
            taken.append((s, e))
            out.append(DateSpan(s, e, first, last, "single"))
    return out



@functools.lru_cache(maxsize=1024)
def _dates_once(text: str, year: int, on: dt.date | None) -> tuple[DateSpan, ...]:
    return tuple(_find_dates(text, year, on))


def find_dates(text: str, year: int, on: dt.date | None = None) -> list[DateSpan]:
    """`_find_dates`, remembered: several readers look for dates in the same text (about three calls in five
    repeat one already made for the same text, year and date of mail), and the answer depends on nothing else."""
    return list(_dates_once(text, year, on))

def parse_period(text: str, year: int, on: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The first date or period in a field/cell, as (first, last)."""
    found = find_dates(text or "", year, on)
    return (found[0].first, found[0].last) if found else None


#: a weekday in the past, as people tell when something happened: "i fredags" (sv, always the last one), "viime
#: perjantaina" (fi), "last Friday" (en). A bare "på fredag"/"perjantaina"/"on Friday" may lie ahead: not read.
_PAST_WEEKDAY_RE = re.compile(
    r"(?i)\bi\s+(?P<sv>måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags)\b|"
    r"\bviime\s+(?P<fi>maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina)\b|"
    r"\blast\s+(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_WEEKDAYS = {w: i for i, ws in enumerate((("måndags", "maanantaina", "monday"), ("tisdags", "tiistaina", "tuesday"),
                                          ("onsdags", "keskiviikkona", "wednesday"),
                                          ("torsdags", "torstaina", "thursday"), ("fredags", "perjantaina", "friday"),
                                          ("lördags", "lauantaina", "saturday"), ("söndags", "sunnuntaina", "sunday")))
             for w in ws}


def past_weekday(text: str, on: dt.date) -> dt.date | None:
    """The date of the last such weekday before `on` (the day of the message telling it), or None."""
    m = _PAST_WEEKDAY_RE.search(text or "")
    if not m:
        return None
    wd = _WEEKDAYS[(m.group("sv") or m.group("fi") or m.group("en")).casefold()]
    return on - dt.timedelta(days=(on.weekday() - wd) % 7 or 7)
