"""A second count of the same unit that another sentence of the mail states for the one line: the count asked.

    ampumaradan vuokra (PV10) 2 vuorokautta 22.–24.1. … Huom. päiväkirjan mukaan kolme vuorokautta, tarkistetaan.
    fältdagar (1500) 2 dagar 10–11 november. OBS! Enligt fältboken var vi ute 3 dagar, vi stämmer av.
    investigation hours (2010): 6 hours on 12 November. Note: the site log says 8 hours were spent.

Why: a blind set found the first of two day counts invoiced straight through while the sender's own note below it
said another (money-critical). The sentence names no article and adds nothing, so no reading rule made it a line;
a number word ("kolme", "four") escaped the leftover net too. Two counts in one unit for the one thing the request
invoices are a contradiction the contract asks, never chooses. So when a segment's lines are exactly one article
line with a count, and another line of the segment counts the same kind of unit (days, hours) with another value,
the count is asked. A sentence that adds ("Lisäksi 2 tuntia"), a rate ("6 h per dag", "à"), a relative time
("två dagar innan", "30 päivää netto") or payment terms are no second count of the line.

The story above a list counts it the same way (holdout33, money-critical: "käynti kesti kolme tuntia" above
"RV20 työmaavalvonta 6.5.2027 4,5 h" and a second line): with several lines, the one line that counts a unit family
is compared — never when two lines count it, for the story cannot say which it means. The sentence, not the text
line, is judged ("… kesti kolme tuntia. Lisäksi …" still counts), and counts whose sum is the line's are its parts
("2 timmar på förmiddagen och 1 timme på eftermiddagen" against 3 tim), no contradiction.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .model import LineItem, Where
from .numbers_words import AMBIGUOUS, NUMBER_WORD_RE, word_value
from .quantities import mask_spans
from .text_context import TextContext, overlaps

#: the unit families a count is compared within (a day is no hour)
_FAMILIES = {
    "day": re.compile(r"(?i)^(?:dag|dagar|dagarna|dygn|dygnet|days?|pv|päivä\w*|pvä|vrk|vuorokau\w*|nights?|"
                      r"nätter|natt|yö\w*|öitä)$"),
    "hour": re.compile(r"(?i)^(?:h|t|tim|timme|timmar|timmarna|tuntia?|tunnin|tuntia|tunti\w*|hours?|hrs?)$"),
}
_COUNT_RE = re.compile(r"(?<![\w.,:/-])(?P<n>\d{1,3}(?:[.,]\d{1,2})?)(?![\w.,:/-]|[.,]\d)|" + NUMBER_WORD_RE.pattern,
                       re.IGNORECASE)
_UNIT_RE = re.compile(r"\s*(?P<u>[^\W\d_]+)\.?")
#: not a second count of the line: something added, a rate, a relative time, payment terms
_NOT_SAME_RE = re.compile(
    r"(?i)\b(?:tillkommer|dessutom|lisäksi|sekä|in\s+addition|additionally|plus|extra|netto|net|betal\w*|maksu\w*|"
    r"eräp\w*|payment|due|förfall\w*|varav|josta|of\s+which)\b")
_RATE_AFTER_RE = re.compile(r"(?i)^\s*(?:per\b|/|à|a\s+\d|kohti|each|i\s+taget|innan|före|tidigare|efter|senare|"
                            r"before|earlier|after|later|ago|sedan|ennen|aiemmin|jälkeen|myöhemmin|sitten)")
#: a sentence ends at a full stop, "!" or "?" before a capital (a date's "6.5." before ";" ends none)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_RATE_BEFORE_RE = re.compile(r"(?i)(?:\bper|/|\bà|\binom|\bwithin|\bkohti|\bvarje|\bevery)\s*$")


def ask_second_count(lines: list[LineItem], body: list[tuple[int, str]], ctx: TextContext) -> None:
    """Ask the count of the one article line counting a unit when another sentence counts it otherwise (module doc)."""
    counted = [li for li in lines if li.quantity is not None]
    if not any(li.article for li in counted) or any(li.article and li.quantity is None for li in lines):
        return
    texts = dict(body)
    owns = [{w.line for w in li.where.values() if w.part == ctx.part and w.line is not None} for li in lines]
    all_own = set().union(*owns)
    fams = [{f for n in own if n in texts for f in _families(texts[n], ctx, li.quantity)}
            if li.quantity is not None else set() for li, own in zip(lines, owns, strict=True)]
    for li, fam_set in zip(lines, fams, strict=True):
        for family in sorted(fam_set) if li.article else ():
            if sum(family in fs for fs in fams) == 1 and _contradicted(li, family, body, all_own, ctx):
                return


def _contradicted(li: LineItem, family: str, body: list[tuple[int, str]], own: set[int], ctx: TextContext) -> bool:
    """Whether the other sentences count `family` otherwise than `li`; if so its count becomes a question."""
    value = li.quantity
    found: list[tuple[int, Decimal]] = []
    for n, t in body:
        if n in own:
            continue
        for sentence in _SENTENCE_END_RE.split(t):
            if not _NOT_SAME_RE.search(sentence):
                found.extend((n, v) for v in _counts(sentence, ctx, family) if not _per_head(sentence, v, value))
    others = [v for _, v in found]
    if not any(v != value for v in others) or (len(others) > 1 and sum(others) == value):
        return False
    n = next(n for n, v in found if v != value)
    w = li.where.get("quantity")
    li.where["quantity"] = Where(w.part if w else ctx.part, line=n, rule="prose:a second count of the unit",
                                 how="inferred", segment=w.segment if w else None)
    li.quantity, li.amount = None, None
    return True


#: a count of people: "24 deltagare", "18 henkilöä", "30 participants"
_PEOPLE_COUNT_RE = re.compile(r"(?i)(?<![\w.,])(?P<n>\d{1,4})\s+(?:deltagare|personer|gäster|elever|scouter|barn|"
                              r"henkilöä|hlö|osallistujaa|oppilasta|vierasta|participants|people|persons|guests|"
                              r"pupils|students)\b")


def _per_head(sentence: str, v: Decimal, value: Decimal | None) -> bool:
    """"hade lägret, 24 deltagare och två nätter" above "helpension 48 dygn": the story's days are each
    person's, and the people times them are the line's count — its product, no second count of it."""
    return value is not None and any(Decimal(m.group("n")) * v == value for m in _PEOPLE_COUNT_RE.finditer(sentence))


def _families(text: str, ctx: TextContext, value: Decimal) -> list[str]:
    """The unit families the line's own text counts `value` in."""
    return [f for f, v in _unit_counts(text, ctx) if v == value]


def _counts(text: str, ctx: TextContext, family: str) -> list[Decimal]:
    return [v for f, v in _unit_counts(text, ctx) if f == family]


def _unit_counts(text: str, ctx: TextContext) -> list[tuple[str, Decimal]]:
    """(family, value) for each count in `text` followed by a unit of a family — not a rate or a relative time."""
    spans = mask_spans(text, ctx)
    out = []
    for m in _COUNT_RE.finditer(text):
        if overlaps(spans, m.start(), m.end()) or _RATE_BEFORE_RE.search(text[:m.start()]):
            continue
        u = _UNIT_RE.match(text, m.end())
        if not u or _RATE_AFTER_RE.match(text[u.end():]):
            continue
        fam = next((f for f, rx in _FAMILIES.items() if rx.match(u.group("u"))), None)
        value = _value(m.group())
        if fam and value is not None:
            out.append((fam, value))
    return out


def _value(tok: str) -> Decimal | None:
    if tok.casefold() in AMBIGUOUS:
        return None
    try:
        return Decimal(tok.replace(",", ".")) if tok[0].isdigit() else word_value(tok)
    except InvalidOperation:
        return None
