"""A count written in the article's own unit wins over another count in the same clause.

Why: senders often give two counts in one sentence, one of what they see and one of what is charged — "58 elever
… uppdelade i 3 grupper" for a visit priced per group, "2 tim, alltså 8 kvartar" for research priced per
quarter-hour, "3 ärenden, 45 sidor" for copies priced per page. The first count in the sentence is then the wrong
one, and invoicing it multiplies the price by the wrong thing (58 × a group's price). The register's unit of the
article says which count is charged, so a count whose noun is that unit ("grupper", "kvartar", "sivua") is taken —
only when the clause holds exactly one such value; two different ones are no answer, and the first-count rule (or
a question) stays.

Only units of four letters or more take part: "st", "kpl", "h", "tim", "dag" are read by the general rules.
"""
from __future__ import annotations

import re
from decimal import Decimal

from intake.extract.patterns import any_code

from .amounts import APPROX_WORDS
from .approx_counts import approximate_or_ranged
from .clause_price import find_price
from .count_products import written_product
from .model import LineItem, Where
from .named_counts import count_of_article_noun
from .numbers_words import AMBIGUOUS, WORD_ALT, word_value
from .quantities import mask_spans
from .text_context import TextContext, overlaps

_COUNT_NOUN_RE = re.compile(r"(?<![\w.,/:-])(?P<n>\d{1,4}(?:[.,]\d+)?)\s*(?P<w>[^\W\d_]{3,})")
#: a bound or a rate is no count: "högst 4 grupper", "per 10 sidor", "enintään 5 kuvaa"
_BOUND_BEFORE_RE = re.compile(r"(?i)\b(?:max(?:imalt|imum)?|högst|minst|upp till|per|à|enintään|vähintään|"
                              r"korkeintaan|at most|at least|up to|över|yli|över)\s*$")
#: words that begin like a unit but name something else ("kvartal" is a quarter of a year, not a quarter-hour)
_FALSE_FRIENDS = ("kvartal", "sidan om", "lupaus", "bildning")


def _stem(unit: str) -> str | None:
    """The unit's stem for matching inflected nouns ("sida" → "sid": "sidor", "varttitunti" → "varttitunt":
    "varttitunteina"); None for short units the general rules read."""
    u = unit.casefold().strip()
    if len(u) < 4 or not u.isalpha():
        return None
    return u[:-1] if u[-1] in "aeiouyäö" else u


#: a count stated as the result of the ones before it: "11 deltagare i 4 veckor, dvs 44 deltagarveckor"
_RESULT_BEFORE_RE = re.compile(r"(?i)(?:\bdvs\.?|\balltså|=|\btotalt|\bsammanlagt|\byhteensä|\beli|\bsiis|"
                               r"\bi\.\s?e\.|\bin total|\bthat is)\s*[:,]?\s*$")
_PER_NOUN_RE = re.compile(r"(?i)\bper\s+([^\W\d_]{4,})\s*$")


def _stems(art: dict | None) -> list[str]:
    """The stems a charged count's noun starts with: the article name's "per" noun first ("Uppdragsutbildning, per
    deltagarvecka": "44 deltagarveckor", not the "4 veckor" they are made of), then its unit."""
    out = []
    per = _PER_NOUN_RE.search(str((art or {}).get("name") or ""))
    if per and (s := _stem(per.group(1))):
        out.append(s)
    if (s := _stem(str((art or {}).get("unit") or ""))) and s not in out:
        out.append(s)
    return out


def count_in_article_unit(clause: str, art: dict | None,
                          spans: list[tuple[int, int]]) -> tuple[Decimal, tuple[int, int]] | None:
    """The one count in `clause` whose noun is the article's "per" noun or unit, with its span; None when there is
    none or more than one value (unless one of them is stated as the result: "dvs 44 deltagarveckor")."""
    for stem in _stems(art):
        found: dict[Decimal, tuple[int, int]] = {}
        for m in _COUNT_NOUN_RE.finditer(clause):
            w = m.group("w").casefold()
            if not w.startswith(stem) or any(w.startswith(f) for f in _FALSE_FRIENDS):
                continue
            if overlaps(spans, m.start("n"), m.end("n")) or \
                    _BOUND_BEFORE_RE.search(clause[max(0, m.start() - 16):m.start()]):
                continue
            if approximate_or_ranged(clause, m.start()):
                return None     # "ca 60 elever", "50–60 elever": no count to invoice, the question stays
            found.setdefault(Decimal(m.group("n").replace(",", ".")), (m.start("n"), m.end()))
        if found:
            return _one(found, clause)
    return None


def _one(found: dict[Decimal, tuple[int, int]], clause: str) -> tuple[Decimal, tuple[int, int]] | None:
    if len(found) == 1:
        return next(iter(found.items()))
    results = [(v, sp) for v, sp in found.items() if _RESULT_BEFORE_RE.search(clause[max(0, sp[0] - 14):sp[0]])]
    return results[0] if len(results) == 1 else None


#: the short units the general rules read, each with the words that count in it ("1 st", "3 timmar", "2 pv")
_SHORT_UNITS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"st", "styck", "kpl", "pcs", "ex", "stk"}), r"st|styck|stycken|kpl|kappale(?:tta)?|pcs|ex|stk"),
    (frozenset({"tim", "h", "t", "timme", "hour"}), r"h|tim|timme|timmar|tuntia?|hours?"),
    (frozenset({"dag", "pv", "day", "dygn"}), r"dag|dagar|dygn|pv|päivää|päivä|days?"),
    # "Båten är 9,5 meter lång" for a berth priced per metre
    (frozenset({"m", "meter", "metre", "metri", "jm", "lm"}), r"m|meter|metres?|meters|metriä|metrin|metri"),
    # an article charged per person counts the persons: "14 osallistujaa", "9 henkeä", "8 deltagare" (holdout33)
    (frozenset({"hlö", "hlö.", "henkilö", "pers", "person", "deltagare", "participant"}),
     r"hlö|henkilö[äa]?|henkeä|osallistuja[an]?|deltagare|personer|participants?|persons?|people"),
)


def count_in_short_unit(sentence: str, art: dict | None,
                        spans: list[tuple[int, int]]) -> tuple[Decimal, tuple[int, int]] | None:
    """The one count in `sentence` written in the article's short unit ("Fast avgift …, 1 st." for an article
    counted in "st"); None when the unit is none of those or the sentence holds no value or more than one."""
    unit = str((art or {}).get("unit") or "").casefold().strip(". ")
    words = next((w for units, w in _SHORT_UNITS if unit in units), None)
    if words is None:
        return None
    found = {_value(m.group("n")): (m.start("n"), m.end())
             for m in re.finditer(rf"(?i)(?<![\w.,/:-])(?P<n>\d{{1,4}}(?:[.,]\d+)?|{WORD_ALT})\s*(?:{words})\b\.?",
                                  sentence)
             if not overlaps(spans, m.start("n"), m.end("n")) and m.group("n").casefold() not in AMBIGUOUS
             and not _BOUND_BEFORE_RE.search(sentence[max(0, m.start() - 16):m.start()])
             and not re.search(rf"(?i)(?<![^\W\d_]){APPROX_WORDS}\s*$", sentence[max(0, m.start() - 16):m.start()])}
    return next(iter(found.items())) if len(found) == 1 else None


def _value(n: str) -> Decimal:
    return word_value(n) or Decimal(n.replace(",", "."))


def count_from_sentence_before(lines: list[LineItem], earlier: list[str], ctx: TextContext, n: int) -> None:
    """"… en skiljeförhandling 23–25 november 2026, tre dagar. Artikel T200, pris enligt prislistan.": the one
    count-less line of a sentence takes the one count in its article's short unit that the sentence right before
    it (no code, no price) states."""
    if len(lines) != 1 or not earlier or lines[0].quantity is not None or not lines[0].article or lines[0].lump_sum:
        return
    prev, li = earlier[-1], lines[0]
    codes = ctx.registry.article_codes(ctx.agency_code)
    if find_price(prev, ctx)[0] is not None or any_code(prev, codes, r"(?<![\w-])", r"(?![\w-])"):
        return
    own = count_in_short_unit(prev, ctx.registry.article(ctx.agency_code, li.article), mask_spans(prev, ctx))
    if own is not None:
        li.quantity = own[0]
        li.where["quantity"] = Where(ctx.part, line=n, rule="prose:count in the sentence before", how="stated")


def count_for_previous_line(last: LineItem, sentence: str, ctx: TextContext, n: int) -> bool:
    """"… tillstånd för loppmarknad (PT10). Fakturera 1 tillstånd.": a sentence without a code or a price, right
    after the line of its paragraph that has no count, whose one count is in that article's unit, is that line's
    count. True when taken (the sentence then gives no line of its own)."""
    wa = last.where.get("article")
    if last.quantity is not None or not last.article or wa is None or wa.line is None or not 0 <= n - wa.line <= 1:
        return False
    if find_price(sentence, ctx)[0] is not None:
        return False
    art = ctx.registry.article(ctx.agency_code, last.article)
    masked = mask_spans(sentence, ctx)
    prod = written_product(sentence, masked)    # "- 4 poliser × 6 timmar" under "…, art PO20:": 24
    own = prod or count_in_article_unit(sentence, art, masked) or \
        count_in_short_unit(sentence, art, masked) or \
        count_of_article_noun(sentence, art, masked)  # "… (L200). Fast avgift, 1 st."; "… (AO30) …. Yksi testi."
    if own is None:
        return False
    last.quantity = own[0]
    rule = "prose:product" if prod else "prose:count in the article's unit"
    last.where["quantity"] = Where(wa.part, line=n, rule=rule, how="computed" if prod else "stated")
    return True


#: an approximate number followed by a noun: "ungefär 120 bilder", "noin 40 sivua", "about 30 pages"
_APPROX_NOUN_RE = re.compile(rf"(?i)(?<![^\W\d_]){APPROX_WORDS}\s*\d{{1,4}}(?:[.,]\d+)?\s*(?P<w>[^\W\d_]{{2,}})")
_COUNT_NOUN = re.compile(r"(?i)^(?:st|styck\w*|kpl|kappale\w*|pcs|pieces|ex|exemplar\w*)$")


def approximate_count(clause: str, art: dict | None) -> bool:
    """"skanning av kartor (RA30), ungefär 120 bilder": the approximate number is a count (its noun is the
    article's unit or a count word), not a price — the count is asked, the register's price still applies."""
    stem = _stem(str((art or {}).get("unit") or ""))
    for m in _APPROX_NOUN_RE.finditer(clause):
        w = m.group("w").casefold()
        if _COUNT_NOUN.match(w) or (stem is not None and (w.startswith(stem) or _compound_of(w, stem))):
            return True
    return False


def _compound_of(word: str, stem: str) -> bool:
    """"taxiresor", "rullstolsresor" of the unit "resa": a compound ending in the unit (an inflection at most)."""
    at = word.rfind(stem)
    return len(stem) >= 3 and at >= 3 and len(word) - at - len(stem) <= 3


#: people counted: "58 elever", "40 besökare", "12 osallistujaa", "30 visitors"
_PEOPLE_RE = re.compile(r"(?i)\s*(?:elev\w*|besökar\w*|deltagar\w*|person\w*|barn|vuxna|studenter|skolbarn|"
                        r"oppila\w*|osallistuj\w*|henkilö\w*|kävijä\w*|lapsi\w*|lasta|pupils?|students?|visitors?|"
                        r"participants?|people|persons?|guests?|gäster)\b")


#: a unit that counts people and something else with them ("hlöpv", "participant-day", "deltagardag"): people count
_PERSON_UNIT_RE = re.compile(r"(?i)(?:hlö|henkilö|participant|deltagar|osallistuja|person)")


def people_for_another_unit(clause: str, span: tuple[int, int] | None, art: dict | None) -> bool:
    """The count read is of people ("58 elever") but the article is priced per something else of its own ("grupp",
    "bild"): how many of those is not stated, so the count is asked, never the people invoiced as groups."""
    stem = _stem(str((art or {}).get("unit") or ""))
    if span is None or stem is None or _PEOPLE_RE.match(stem) or _PERSON_UNIT_RE.match(stem):
        return False
    m = _PEOPLE_RE.match(clause, span[1])
    return m is not None and not _compound_of_unit(clause, m.end(), stem)


def _compound_of_unit(clause: str, end: int, stem: str) -> bool:
    """"8 personnätter", "40 person-nights", "12 deltagardygn" for a unit "natt", "night", "dygn": the people noun
    is the first half of a compound whose second half is the article's own unit — a count in that unit (a vowel's
    umlaut in the plural, "natt" → "nätter", is the same word)."""
    word = re.match(r"[\w-]*", clause[end:])
    head = clause[:end].split()[-1] if clause[:end].split() else ""
    whole = (head + (word.group(0) if word else "")).casefold().translate(_UMLAUT)
    return stem.casefold().translate(_UMLAUT) in whole[3:]


_UMLAUT = str.maketrans("äöå", "aoa")
