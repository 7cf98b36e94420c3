"""A newer part of a mail that corrects a count of an older one: "det blev bara två fältdagar, inte tre",
"maastopäiviä oli lopulta 3 (ei 4)", "only 2 field days, not 3".

Agencies forward a customer's order (or reply above it) and say in their own words what was really done, naming
the thing counted but not its article code. Read apart, the order's line keeps the ordered count and the
correction gives no line, so the ordered count would be invoiced. A correction applies to the one line of an
older part (further down the mail) whose count is the corrected one and whose article is the thing named (its
name or description shares the word's stem, or the word is the article's unit: "3 timmar i stället för 2",
"30 m3 eikä 20").
Joining the two is a reading, so the count is marked `inferred` and the gate holds the request for a clerk; when
no single line fits, nothing is changed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .model import LineItem, Where
from .numbers_words import WORD_ALT, word_value
from .segments import Segment
from .text_context import TextContext

_NUM = rf"(?:\d+(?:[.,]\d+)?|{WORD_ALT})"
_NOT = r"(?:inte|ej|icke|ei|eikä|not|instead\s+of|i\s+stället\s+för|istället\s+för|eikä\s+suinkaan)"
#: "två fältdagar, inte tre", "3 st portryck (inte 5)", "2 field days, not 3"
_COUNT_FIRST_RE = re.compile(rf"(?i)(?<![\w.,])(?P<new>{_NUM})\s+(?:st\s+|kpl\s+|x\s+)?(?P<noun>[^\W\d_]{{3,}})"
                             rf"(?:\s+[^\W\d_]+)?\s*[,(–-]?\s*{_NOT}\s+(?P<old>{_NUM})(?![\w.,]\d)")
#: "maastopäiviä oli lopulta 3 (ei 4)", "fältdagarna blev 2, inte 3", "the field days were 2, not 3"
_NOUN_FIRST_RE = re.compile(rf"(?i)(?P<noun>[^\W\d_]{{3,}})\s+(?:oli|olivat|var|blev|was|were|är|on|ended\s+up)"
                            rf"(?:\s+[^\W\d_]+){{0,2}}?\s+(?P<new>{_NUM})\s*[,(–-]?\s*{_NOT}\s+(?P<old>{_NUM})"
                            r"(?![\w.,]\d)")

#: "fältdagarna blev inte tre utan två", "maastopäiviä ei ollut neljä vaan kolme", "the field days were not 3 but 2"
_NOT_BUT_RE = re.compile(rf"(?i)(?P<noun>[^\W\d_]{{3,}})\s+(?:blev|var|är|oli|olivat|ollut|was|were|are|is|on)\s+"
                         rf"(?:[^\W\d_]+\s+)?{_NOT}\s+(?:[^\W\d_]+\s+)?(?P<old>{_NUM})\s*,?\s+"
                         rf"(?:utan|vaan|but)\s+(?P<new>{_NUM})(?![\w.,]\d)")
#: "vettä toimitettiin 30 m3 eikä 20", "45 m³, inte 40", "6 h eikä 4": a count told in a measuring unit (short, or
#: with a digit in it) that the noun pattern above cannot take; the unit is the noun (matched to the article's unit)
_UNIT_COUNT_RE = re.compile(rf"(?i)(?<![\w.,])(?P<new>{_NUM})\s*(?P<noun>m3|m³|m2|m²|kg|km|h|t|l|ton|kbm)"
                            rf"\s*[,(–-]?\s*{_NOT}\s+(?P<old>{_NUM})(?![\w.,]\d)")


def _value(tok: str) -> Decimal | None:
    if re.fullmatch(r"\d+(?:[.,]\d+)?", tok):
        return Decimal(tok.replace(",", "."))
    return word_value(tok)


def _stem_match(word: str, names: list[str]) -> bool:
    """The noun names the article: it holds the stem (first five letters) of a word of the article's name, at its
    start or inside a compound ("kursdeltagarna" for "Kurs, per deltagare")."""
    w = word.casefold()
    return len(w) >= 4 and any(len(n) >= 4 and n[:5] in w for n in names)


#: the words a count of an article's unit is told in ("3 timmar i stället för 2" of an article sold by the hour)
_UNIT_WORDS = {"tim": r"tim\w*|timm\w*|h|hours?|tunti\w*|tuntia", "h": r"tim\w*|timm\w*|h|hours?|tunti\w*",
               "dag": r"dag\w*|days?|päiv\w*|pv", "pv": r"dag\w*|days?|päiv\w*|pv",
               "m3": r"m3|m³|kbm|kuutio\w*", "m2": r"m2|m²|neliö\w*", "kg": r"kg|kilo\w*", "t": r"t|ton\w*",
               "st": r"st|styck\w*|pcs|pieces?|kpl|kappale\w*", "kpl": r"st|styck\w*|pcs|pieces?|kpl|kappale\w*"}


def _unit_match(word: str, unit: str | None) -> bool:
    """The noun is the article's unit ("timmar" for an article sold per "tim")."""
    rx = _UNIT_WORDS.get((unit or "").casefold())
    return bool(rx and re.fullmatch(rx, word.casefold()))


def corrections_in(segments: list[Segment]) -> list[tuple[int, str, Decimal, Decimal]]:
    """(line number, noun, new count, old count) for every correction stated in the segments' own text."""
    out = []
    for seg in segments:
        for n, t in seg.body():
            for rx in (_COUNT_FIRST_RE, _NOUN_FIRST_RE, _NOT_BUT_RE, _UNIT_COUNT_RE):
                for m in rx.finditer(t):
                    new, old = _value(m.group("new")), _value(m.group("old"))
                    if new is not None and old is not None and new != old:
                        out.append((n, m.group("noun"), new, old))
    return out


def apply_corrections(lines: list[LineItem], segments: list[Segment], ctx: TextContext) -> None:
    """Each correction changes the one older line it names (see the module docstring)."""
    for n, noun, new, old in corrections_in(segments):
        fits = []
        for li in lines:
            wq = li.where.get("quantity")
            if li.quantity != old or wq is None or wq.line is None or wq.line <= n:
                continue
            art = ctx.registry.article(ctx.agency_code, li.article) or {}
            names = re.findall(r"[^\W\d_]+", f"{art.get('name') or ''} {li.description or ''}".casefold())
            if _stem_match(noun, names) or _unit_match(noun, art.get("unit")):
                fits.append(li)
        if len(fits) == 1:
            li = fits[0]
            li.quantity = new
            li.where["quantity"] = replace(li.where["quantity"], line=n, rule="correction: newer text",
                                           how="inferred")
            li.where["supersedes"] = Where(li.where["quantity"].part, line=n, rule="a newer part corrects the count",
                                           how="inferred")
