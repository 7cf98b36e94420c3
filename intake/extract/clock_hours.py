"""Hours told as clock times: "kl. 22.15–02.00", "klo 9–11.30", "from 9:00 to 11:30".

Why: work charged per hour is often reported as the time it began and ended, not as a count of hours — an escort
"kl. 22.15–02.00" is 3.75 hours (over midnight), four musicians "klo 9–11.30" for an article charged per musician
and hour are 4 × 2.5 = 10. The line then had no count and was asked although the mail says it exactly. Only a
line of an hour article without a count takes it, only from one clock span in the text (two spans, or one of
more than 16 hours, are no answer), and a count of the article's "per" noun ("per muusikko": "neljä muusikkoa")
multiplies it when the text states exactly one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .model import LineItem, Where
from .numbers_words import WORD_ALT, word_value
from .text_context import TextContext

_HM = r"(?P<{0}h>2[0-4]|[01]?\d)(?!\d)(?:[.:](?P<{0}m>[0-5]\d))?"
#: a clock cue, then start – end: "kl. 22.15–02.00", "klo 9–11.30", "klockan 8 till 12", "from 9:00 to 11:30"
_SPAN_RE = re.compile(
    r"(?i)(?:\b(?:kl|klo|klockan|kello|at|from|mellan|från)\.?\s*)" + _HM.format("a") +
    r"\s*(?:[-–]|till|to|until|och|and|asti|-\s*)\s*(?:kl\.?\s*|klo\s*)?" + _HM.format("b") + r"(?!\d|[.,:]\d)")
#: without a cue both ends need their minutes after a colon: "9:00–11:30"
_COLON_RE = re.compile(r"(?<![\d.:])(?P<ah>[01]?\d|2[0-4]):(?P<am>[0-5]\d)\s*[-–]\s*(?P<bh>[01]?\d|2[0-4]):"
                       r"(?P<bm>[0-5]\d)(?![\d:])")
_HOUR_UNITS = frozenset({"h", "t", "tim", "timme", "timmar", "tunti", "tuntia", "hour", "hours", "hr", "hrs"})
_PER_RE = re.compile(r"(?i)\bper\s+(?P<w>[^\W\d_]{4,})")
_HOUR_WORDS = re.compile(r"(?i)^(?:timme|timmar|tim|tunti\w*|hour\w*|påbörja\w*|started)$")


def _hours(m: re.Match) -> Decimal | None:
    a = Decimal(m.group("ah")) + Decimal(m.group("am") or 0) / 60
    b = Decimal(m.group("bh")) + Decimal(m.group("bm") or 0) / 60
    d = b - a if b > a else b + 24 - a
    return d.quantize(Decimal("0.01")) if 0 < d <= 16 else None


def clock_span_hours(text: str) -> tuple[Decimal, str] | None:
    """The hours of the one clock span the text states, with the span as written; None for none or several."""
    found = {(m.start(), m.end()): m for rx in (_SPAN_RE, _COLON_RE) for m in rx.finditer(text)}
    spans = sorted(found)
    distinct = [s for i, s in enumerate(spans) if not any(o[0] <= s[0] < o[1] for o in spans[:i])]
    if len(distinct) != 1:
        return None
    m = found[distinct[0]]
    h = _hours(m)
    return (h, m.group(0)) if h is not None else None


def _per_count(name: str, text: str) -> Decimal | None:
    """The one count the text states of the article's "per" noun ("Muusikkotunti, per muusikko": "neljä
    muusikkoa"); 1 when the name has no such noun, None when the text states none or several."""
    pm = _PER_RE.search(name)
    if pm is None or _HOUR_WORDS.match(pm.group("w")):
        return Decimal(1)
    w = pm.group("w").casefold()
    stem = w[:-1] if w[-1] in "aeiouyäö" else w
    vals = set()
    for m in re.finditer(rf"(?i)(?<![\w.,/-])(?P<n>\d{{1,3}}|{WORD_ALT})\s+(?P<w>[^\W\d_]+)", text):
        if m.group("w").casefold().startswith(stem):
            n = m.group("n")
            vals.add(Decimal(n) if n.isdigit() else word_value(n.casefold()))
    vals.discard(None)
    return next(iter(vals)) if len(vals) == 1 else None


def apply_clock_hours(lines: list[LineItem], body: list[tuple[int, str]], ctx: TextContext) -> None:
    """Give the one line of an hour article the hours of the one clock span the text states (see above), when it
    has no count or only the count of the people it is charged per."""
    if len([li for li in lines if li.article]) != 1:
        return
    li = next(li for li in lines if li.article)
    art = ctx.registry.article(ctx.agency_code, li.article) or {}
    if li.lump_sum or str(art.get("unit") or "").casefold().strip(". ") not in _HOUR_UNITS:
        return
    hits = [(n, t, h) for n, t in body if (h := clock_span_hours(t)) is not None]
    if len(hits) != 1 or sum(1 for _n, t in body if _SPAN_RE.search(t) or _COLON_RE.search(t)) != 1:
        return
    n, _t, (hours, _said) = hits[0]
    per = _per_count(str(art.get("name") or ""), " ".join(t for _n, t in body))
    # a count-less line, or one whose count is the people the article is charged per ("tre poliser kl. 18–23":
    # three officers are no three hours)
    if per is None or not (li.quantity is None or (per != 1 and li.quantity == per)):
        return
    q = hours * per
    li.quantity = q.quantize(Decimal(1)) if q == q.to_integral_value() else q.normalize()
    w = li.where.get("article") or Where(ctx.part, line=n)
    li.where["quantity"] = replace(w, line=n, rule="clock times: end − start" + (" × count" if per != 1 else ""),
                                   how="computed")
