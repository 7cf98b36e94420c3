"""Periods as agencies write them: weeks, quarters, half-years, months (sv/fi/en, Finnish case forms), ranges.

`dates.find_dates` asks this module for the calendar words and the coarse periods; the fine ones (a day, a range of
days) stay in `dates`. Each period is (first day, last day):

* a week is ISO 8601 Monday–Sunday ("v. 12", "vecka 12", "vko 12", "viikolla 12", "week 12", "v. 12–14",
  "vecka 12/2026", "2026-W12");
* a quarter ("Q1 2026", "kvartal 1", "första kvartalet", "1. neljännes", "ensimmäisellä vuosineljänneksellä") and
  a half-year ("H1", "första halvåret", "1. vuosipuolisko", "second half of 2026") their months;
* a month or a range of months ("mars 2026", "maaliskuussa", "helmikuun", "jan–mars 2026", "tammi–maaliskuu").

Without a year the year is the mail's (`year`). When the mail's date is known (`on`), a period written without a
year that would start more than eight months after the mail is read as last year's: "december" in a mail of
5 January means the December just past, not one eleven months ahead — nobody asks the centre to invoice work that
far in advance, while billing last month's work early in the new year is routine.

Why our own grammar rather than `dateparser`: measured here, dateparser 1.5 returns one datetime (no periods,
no ranges), does not know week numbers, quarters or "tammi–maaliskuu", reads "1.–15.3.2026" as one day and
"14/5" as May 2014, finds "1010" (an article code) as a year in running text, and costs 50–80 ms on the first
call per language. A few compiled patterns cost microseconds per message.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DateSpan:
    """A date or period found in text, with its position and kind ('range', 'month', 'week', 'quarter', 'half',
    'single')."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    kind: str


# --- months --------------------------------------------------------------------------------------------------------
_MONTHS: dict[str, int] = {}
for _i, _names in enumerate([
    "januari jan january tammikuu tammi", "februari feb february helmikuu helmi", "mars mar march maaliskuu maalis",
    "april apr huhtikuu huhti", "maj may toukokuu touko", "juni jun june kesäkuu kesä", "juli jul july heinäkuu heinä",
    "augusti aug august elokuu elo", "september sep sept syyskuu syys", "oktober okt october oct lokakuu loka",
    "november nov marraskuu marras", "december dec joulukuu joulu",
], start=1):
    for _n in _names.split():
        _MONTHS[_n] = _i

#: Finnish month names inflect (lokakuu, lokakuun, lokakuuta, lokakuussa, lokakuulta, lokakuuhun ...)
_FI_CASES = r"(?:n|ta|ssa|sta|hun|lle|lta|lla|ksi|na)?"
_FI_STEMS = sorted((n for n in _MONTHS if n.endswith("kuu")), key=len, reverse=True)
#: Finnish short stems ("tammi", "maalis") only before a dash in a range: "tammi–maaliskuu"
_FI_SHORT = {n for n in _MONTHS if _MONTHS.get(n + "kuu") is not None}
_NAMES = [n for n in _MONTHS if n not in _FI_SHORT]
MONTH_ALT = "|".join(sorted([re.escape(n) + _FI_CASES if n.endswith("kuu") else re.escape(n) + r"\.?"
                             for n in _NAMES], key=len, reverse=True))
_FULL = "|".join(sorted([re.escape(n) + _FI_CASES if n.endswith("kuu") else re.escape(n)
                         for n in _NAMES if len(n) > 3 and n not in ("sept", "may", "march")], key=len, reverse=True))
_FI_MONTH = "|".join(_FI_STEMS)
_SHORT_ALT = "|".join(sorted(_FI_SHORT, key=len, reverse=True))


def month_number(word: str) -> int | None:
    """'oktober', 'lokakuuta', 'Oct.', 'tammi' → the month's number."""
    w = word.casefold().rstrip(".")
    if w in _MONTHS:
        return _MONTHS[w]
    for stem in _FI_STEMS:
        if w.startswith(stem):
            return _MONTHS[stem]
    return None


def month_span(year: int, m1: int, m2: int | None = None) -> tuple[dt.date, dt.date]:
    """First day of month `m1` to the last day of month `m2` (default `m1`) of `year`."""
    m2 = m2 or m1
    return dt.date(year, m1, 1), dt.date(year, m2, calendar.monthrange(year, m2)[1])


# --- the grammar ---------------------------------------------------------------------------------------------------
_D = r"\s*(?:[-–—]|till|to|until|asti|t\.?o\.?m\.?)\s*"
_Y = (r"(?:\s*[/,]?\s*(?:år\s+|vuonna\s+|vuoden\s+)?(?P<y>20\d{2})"
      r"(?![\d-]|[.,]\d|\s*(?i:kr\b|:-|€|eur|sek|euro|h\b|st\b|kpl|tim)))?")
_ORD = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
        "ensimmäi": 1, "toi": 2, "kolma": 3, "neljä": 4}
_ORD_ALT = (r"(?P<o>[1-4])(?:\.|:a|:e|st|nd|rd|th)?|(?P<ow>första|andra|tredje|fjärde|first|second|third|fourth|"
            r"ensimmäi\w*|toi(?:nen|sen|sella|selle|sta)|kolma\w*|neljä(?:s|nne\w*))")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("week_iso", re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d{2})-?W(?P<w1>\d{1,2})(?!\d)")),
    ("week", re.compile(
        r"(?<![\w-])(?:(?i:vecka|veckorna|veckor|vko|viikko|viikolla|viikoilla|viikot|viikon|viikoille|viikolle|"
        r"week|weeks|wk)\.?|[vV]\.|v(?=\s\d))\s*(?P<w1>\d{1,2})(?:" + _D + r"(?:(?i:v|vko|vecka|week)\.?\s*)?"
        r"(?P<w2>\d{1,2}))?(?![\d,.]\d)" + _Y)),
    ("quarter", re.compile(
        r"(?<![\w-])(?i:(?:(?P<y0>(?:19|20)\d{2})\s*[-/ ]?\s*)?Q(?P<q1>[1-4])(?:" + _D + r"Q(?P<q2>[1-4]))?"
        # "kv. 4 nr 112" is a block and a plot (a cemetery's or a town's kvarter), no quarter
        r"|(?:kvartal|kv\.?|neljännes(?:vuosi)?|quarter)\s*(?P<q3>[1-4])(?!\s*,?\s*(?:nr|nro|no)\b\.?\s*\d)"
        r"|(?:" + _ORD_ALT + r")\s+(?:kvartal(?:et)?|(?:vuosi)?neljännek?\w*|quarter))(?![\w])" + _Y)),
    ("half", re.compile(
        r"(?<![\w-])(?i:(?:(?P<y0>(?:19|20)\d{2})\s*[-/ ]?\s*)?H(?P<h1>[12])(?![\w])"
        r"|(?:halvår|halvåret)\s*(?P<h3>[12])"
        r"|(?:" + _ORD_ALT + r")\s+(?:halvår(?:et)?|vuosipuolisk\w*|half(?:\s+of(?:\s+the\s+year)?)?))(?![\w])" + _Y)),
    ("month_range", re.compile(
        r"(?<![\w-])(?i:(?P<mo1>" + MONTH_ALT + "|" + _SHORT_ALT + r")(?:\s+(?P<ya>(?:19|20)\d{2}))?" + _D +
        r"(?P<mo2>" + MONTH_ALT + r"))(?![\w])" + _Y)),
    # "kesäkuusta elokuuhun 2027": from a month (elative) to a month (illative), Finnish's own range
    ("month_range", re.compile(
        r"(?<![\w-])(?i:(?P<mo1>" + _FI_MONTH + r")st[aä]\s+(?P<mo2>" + _FI_MONTH + r")hun)(?![\w])" + _Y)),
    # "kesä- ja heinäkuussa", "juni och juli 2026", "tammi-, helmi- ja maaliskuu": consecutive months joined by
    # "and" (a compound's shared "-kuu" dropped before the hyphen) are one period; other lists are not (see _build)
    ("month_and", re.compile(
        r"(?<![\w-])(?i:(?P<mo1>" + MONTH_ALT + "|" + _SHORT_ALT + r")-?(?:,\s*(?P<mo_mid>" + MONTH_ALT + "|" +
        _SHORT_ALT + r")-?)?\s+(?:ja|och|and|&)\s+(?P<mo2>" + MONTH_ALT + r"))(?![\w])" + _Y)),
    # "avser 2026", "periodiseras på 2026", "koskee vuotta 2026", "for the year 2026": a whole year, only after a
    # word saying the request concerns it (a bare "2026" in running text is no period)
    ("year", re.compile(r"(?i)\b(?:avser|gäller|periodiser\w*\s+(?:på|till|mot)|koskee|kohdistuu|vuodelta|"
                        r"for\s+the\s+year|relat\w*\s+to|accru\w*\s+(?:to|in))\s+(?:år(?:et)?\s+|vuotta\s+|"
                        r"vuodelle\s+|the\s+year\s+|year\s+)?(?P<y>20\d{2})(?![\d-]|[.,/]\d|\s*(?i:kr\b|:-|€|eur|sek))")),
    ("month_year", re.compile(r"(?<![\w-])(?i:(?P<mo1>" + MONTH_ALT + r"))\s*(?P<y>(?:19|20)\d{2})(?!\d)")),
    # an abbreviated month ("okt", "nov.") only after a word that makes it a time ("i okt", "for Nov") or right
    # after a count and its unit ("6 tim okt", "2 st nov"): alone, "Jan", "mar", "dec" are names and words
    ("month", re.compile(
        r"(?<![\w-])(?:(?i:" + _FULL + r")|(?:(?<=[iI] )|(?<=in )|(?<=for )|(?<=för )|(?<=during )|(?<=under )"
        r"|(?<=of ))(?i:march|may|maj)|(?:(?<=[iI] )|(?<=in )|(?<=for )|(?<=för )|(?<=during )|(?<=under )|"
        r"(?<=\d tim )|(?<=\dtim )|(?<=\d h )|(?<=\dh )|(?<=\d st )|(?<=\dst )|(?<=\d kpl )|(?<=\d timmar )|"
        r"(?<=\d tuntia )|(?<=\d pcs )|(?<=\d hrs )|(?<=\d hours )|(?<=\d dagar )|(?<=\d days )|(?<=\d pv )|"
        r"(?<=\d d )|(?<=\d tunnit )|(?<=\d tuntia, )|(?<=\d tim, )|(?<=\d h, )|(?<=\d st, ))"
        r"(?i:jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\.?)(?![\w-])")),
]


#: a bare digit before the indefinite noun, no year: a count of quarters or half-years ("1 kvartal à 2 150 €",
#: "2 quarters", "2 neljännesvuotta"); "1. kvartal", "1:a kvartalet", "1 kvartal 2027" name the quarter
_COUNT_OF_RE = re.compile(r"(?i)[1-4]\s+(?:kvartal|quarter|(?:vuosi)?neljännes(?:vuo(?:si|tta))?|neljännestä|"
                          r"halvår|half(?:-year)?)")


def _ordinal(g: dict[str, str | None]) -> int | None:
    if g.get("o"):
        return int(g["o"] or 0)
    w = (g.get("ow") or "").casefold()
    return next((n for k, n in _ORD.items() if w.startswith(k)), None)


def _shift(first: dt.date, last: dt.date, written_year: bool, on: dt.date | None) -> tuple[dt.date, dt.date]:
    """A period without a year that would start more than eight months after the mail is last year's."""
    if written_year or on is None or (first.year - on.year) * 12 + first.month - on.month <= 8:
        return first, last
    return _minus_year(first), _minus_year(last)


def _minus_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:      # 29 February
        return d.replace(year=d.year - 1, day=28)


def _week(year: int, w: int) -> tuple[dt.date, dt.date] | None:
    try:
        return dt.date.fromisocalendar(year, w, 1), dt.date.fromisocalendar(year, w, 7)
    except ValueError:
        return None


def _weeks_over_new_year(y: int, w1: int, w2: int, written: bool,
                         on: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """"vecka 52–2", "viikot 51–1": the weeks run over the year end. A written year is the later week's (the
    year the range ends in); without one, a mail in the year's first half means the year end just past."""
    end_year = y if written or on is None or on.month <= 6 else y + 1
    a, b = _week(end_year - 1, w1), _week(end_year, w2)
    return (a[0], b[1]) if a and b and a[0] <= b[0] else None


def _build(kind: str, g: dict[str, str | None], year: int,
           on: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    y = int(g.get("y") or g.get("y0") or g.get("ya") or year)
    if kind in ("week", "week_iso"):
        w1, w2 = int(g["w1"] or 0), int(g.get("w2") or g["w1"] or 0)
        if w2 < w1 and w1 >= 50 and w2 <= 5:
            return _weeks_over_new_year(y, w1, w2, g.get("y") is not None, on)
        a, b = _week(y, w1), _week(y, w2)
        return (a[0], b[1]) if a and b and a[0] <= b[0] else None
    if kind == "quarter":
        q1 = int(g.get("q1") or g.get("q3") or 0) or _ordinal(g) or 0
        q2 = int(g.get("q2") or q1)
        return month_span(y, 3 * q1 - 2, 3 * q2) if 1 <= q1 <= q2 <= 4 else None
    if kind == "half":
        h = int(g.get("h1") or g.get("h3") or 0) or _ordinal(g) or 0
        return month_span(y, 6 * h - 5, 6 * h) if h in (1, 2) else None
    if kind == "month_and":
        return _consecutive(g, y)
    if kind == "year":
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m1 = month_number(g.get("mo1") or "") if g.get("mo1") else month_number(g.get("_all") or "")
    m2 = month_number(g.get("mo2") or "") if g.get("mo2") else m1
    if not m1 or not m2:
        return None
    if kind == "month_range" and m2 < m1:
        first_year = int(g.get("ya") or y - 1)
        return dt.date(first_year, m1, 1), month_span(y, m2)[1]
    return month_span(y, m1, m2)


def _consecutive(g: dict[str, str | None], y: int) -> tuple[dt.date, dt.date] | None:
    """Months listed with "and" as one period only when they follow each other ("June and July"); "juni och
    augusti" names two periods, which a single line cannot hold."""
    months = [month_number(g[k] or "") if g.get(k) else None for k in ("mo1", "mo_mid", "mo2")]
    seq = [m for m in months if m is not None]
    if len(seq) < 2 or (g.get("mo_mid") and months[1] is None) or \
            any(b != a + 1 for a, b in zip(seq, seq[1:])):
        return None
    return month_span(y, seq[0], seq[-1])


def find_periods(text: str, year: int, on: dt.date | None = None,
                 taken: list[tuple[int, int]] | None = None) -> list[DateSpan]:
    """Weeks, quarters, half-years, months and month ranges in `text` not overlapping `taken` (which grows)."""
    taken = taken if taken is not None else []
    out: list[DateSpan] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            s, e = (m.start("y"), m.end()) if kind == "year" else (m.start(), m.end())
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = dict(m.groupdict())
            if kind in ("quarter", "half") and _COUNT_OF_RE.fullmatch(m.group(0)):
                continue    # "1 kvartal à 2 150 €", "2 neljännesvuotta": how many quarters, not which
            if kind == "month":
                g["_all"] = m.group(0)
            built = _build(kind, g, year, on)
            if built is None:
                continue
            written = bool(g.get("y") or g.get("y0") or g.get("ya"))
            first, last = _shift(built[0], built[1], written, on)
            taken.append((s, e))
            out.append(DateSpan(s, e, first, last, kind.removesuffix("_iso").replace("month_year", "month")
                                .replace("month_range", "range").replace("month_and", "range")))
    return out
