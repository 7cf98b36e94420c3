"""Swedish "en"/"ett" right before the noun of a line's item as the explicit one, and the idioms where it is none.

The contract (corpus README, `quantity`) lists `en/ett` beside `yksi` and `one` as an explicit one: "en inspektion
Y210", "ett nytt prov (1020)" are one of the item. "En"/"ett" is also the indefinite article, so it counts only
where it stands before the very noun that the article code follows, with at most one adjective between ("en ny
mätning", "ett tryckt exemplar"), and only for an article priced per piece or in the noun's own unit: "en
utredning" for an hour article is not one hour, and a code not in the register has no unit (asked). It is no count
in quantity idioms ("en del", "ett par", "ett antal", "ett tiotal", "en massa", "en hel del", "en handfull", "en
av", "en annan"), before a time word in the genitive ("en timmes genomgång": a duration), after a bound or an
approximation ("minst en", "cirka en"), in a name ("En Bostad AB": capitalised), or in Finnish, where "en" is the
negative verb ("en laskuttanut"). English "a"/"an" is not listed by the contract and stays no count.

Two readings of "en"/"ett" that the unit rule took as a plain one are held apart here as well: "en halvdag" or "en
halvtimme" is one only for an article priced per half day or half hour (for a day or hour article it would be half
of one: asked), and "en gång i månaden" / "två gånger per vecka" says how often, not how many (masked; a count of
periods beside it, "tre gånger per dag under 2 dagar", is how long, so the quantity is asked).
"""
from __future__ import annotations

import re
from decimal import Decimal

from intake.extract.patterns import compiled

from .unit_noun_counts import count_after_unit_noun

#: words after "en"/"ett" that make a quantity idiom or no item at all (never the noun, never a modifier)
_IDIOM = re.compile(
    r"(?i)^(?:del|par|massa|handfull|hel|halv|halvt|rad|serie|mängd|sats|omgång|bunt|hög|gång|gånger|annan|"
    r"annat|av|till|och|eller|sådan|sådant|viss|visst|slags|sorts|typ|form|stund|tid|period|vecka|månad|år|"
    r"dussin|\w*tal|\w*timmes|\w*dags|\w*veckas|\w*månads|\w*års|\w*minuters)$")
#: an adjective allowed between the article and the noun: a few common ones, or an adjective's ending
_MODIFIER = re.compile(
    r"(?i)^(?:ny|nytt|extra|ytterligare|separat|enskild|enskilt|enda|enkel|enkelt|tryckt|digital|digitalt|"
    r"akut|ordinarie|sista|första|enstaka|särskild|särskilt|stor|stort|liten|litet|tung|tungt|lång|långt|kort|"
    r"större|mindre|längre|kortare|\w{2,}(?:ig|igt|lig|ligt|isk|iskt|ad|at|ande|ende|ell|ellt|iv|ivt|"
    r"dd|ddt|ld|ldt|ngd|ngt))$")   # participles too: "skräddarsydd", "beställd", "förlängd", "utvidgad"
#: the article word before a code written out ("en mätning, art. 1020", "en analys (artikel A120)")
_CODE_WORD = r"(?:(?:art(?:ikel)?|artnr)\.?\s*(?:nr\.?)?\s*:?\s*)?"
#: a short phrase telling what kind the noun is, between it and its code ("en specialtransport med bår (PR90)",
#: "ett prov för tung lastbil (FP30)"): at most two words after one preposition
_PHRASE = (r"(?:\s+(?:med|för|till|av|utan|på|inom)\s+[a-zåäö][\w-]*(?:\s+[a-zåäö][\w-]*)?(?=[\s,:–-]*\())?"
           # … or when it was done, set after the noun ("en extra städning efteråt (LB50)"; holdout43 w08)
           r"(?:\s+(?:efteråt|därefter|sedan|dessutom|också|även|samma\s+dag|på\s+plats|i\s+efterhand)"
           r"(?=[\s,:–-]*\())?")
#: "en"/"ett", one optional modifier, the noun (lower case: "En Bostad AB" is a name)
_ONE_RE = re.compile(r"(?<![\w-])(?P<one>[Ee]n|[Ee]tt)\s+(?:(?P<mod>[a-zåäö][\w-]*)\s+)?(?P<noun>[a-zåäö][\w-]{2,})")
_BOUND_OR_APPROX = re.compile(
    r"(?i)\b(?:minst|åtminstone|högst|max|över|under|mer|fler|mindre|färre|än|upp\s+till|cirka|ca|ungefär|runt|"
    r"omkring|kanske|ej|inte|icke|ingen|utan|nästan|drygt|knappt)\.?\s*$")
#: Finnish words that tell the clause is Finnish, where "en" is the negative verb ("en laskuttanut")
_FINNISH = re.compile(
    r"(?i)(?<![\w-])(?:ja|sekä|ei|on|ole|että|kpl|myös|vielä|kanssa|tehty|laskut\w*|hinta\w*|yhteensä|"
    r"\w+(?:nut|nyt|neet|ttiin|taan|tään))(?![\w-])")
#: how often, not how many: "en gång i månaden", "två gånger per vecka", "3 ggr/mån", "kaksi kertaa kuussa"
FREQUENCY_RE = re.compile(
    r"(?i)(?<![\w-])(?:en|ett|\d+|två|tre|fyra|fem|yksi|kaksi|kolme|neljä|viisi)\s+(?:gång(?:er)?|ggr|"
    r"kerran|kertaa?)\s*(?:(?:i|per|om|varje|/)\s*(?:månad\w*|mån|vecka\w*|veckan|v|år\w*|kvartal\w*|dag\w*|"
    r"dygn\w*)|(?:kuussa|viikossa|vuodessa|päivässä|kuukaudessa|neljännesvuodessa))\b")


def frequency_spans(text: str) -> list[tuple[int, int]]:
    """Spans that say how often something is done ("en gång i månaden"): never a count of the item."""
    return [(m.start(), m.end()) for m in FREQUENCY_RE.finditer(text)]


#: units in which "one of the item" is one: a piece ("st", "kpl"); an hour or a day article counts its hours
_PIECE_UNITS = frozenset({"st", "styck", "kpl", "pcs", "ex", "exemplar", "item", "items"})


def _one_is_one_unit(noun: str, art: dict | None) -> bool:
    """Whether one of the noun is one of the article's unit: a register article priced per piece, or one whose
    unit the noun names ("en bild" for "bild"). "En utredning" for an hour article is not one hour (asked), and
    a code not in the register has no unit to say so."""
    unit = str((art or {}).get("unit") or "").casefold().strip(". ")
    if not art or not unit:
        return False
    return unit in _PIECE_UNITS or (len(unit) >= 3 and noun.casefold().endswith(unit))


def _after_code(clause: str, code: str, m: re.Match) -> bool:
    """"… (MI90), en spelning.": the noun set off right after the code, ending its phrase (holdout 36 left it
    uncounted, and the mail that also registered the customer became a register change)."""
    return bool(re.search(rf"(?<![\w-]){re.escape(code)}\s*\)?\s*[,:–-]\s*$", clause[:m.start()], re.IGNORECASE)) \
        and bool(re.match(r"\s*(?:[.,;:!)]|$)", clause[m.end("noun"):]))


def indefinite_one(clause: str, code: str | None, art: dict | None,
                   spans: list[tuple[int, int]]) -> tuple[Decimal, tuple[int, int]] | None:
    """One, and the span of "en"/"ett", when it stands right before the noun that the line's code follows and
    one of that noun is one of the article's unit."""
    if not code or _FINNISH.search(clause):
        return None
    code_after = compiled(rf"{_PHRASE}[\s,:–-]*\(?\s*{_CODE_WORD}{re.escape(code)}(?![\w-])", re.IGNORECASE)
    for m in _ONE_RE.finditer(clause):
        if any(m.start() < b and a < m.end("one") for a, b in spans) or \
                _BOUND_OR_APPROX.search(clause[max(0, m.start() - 24):m.start()]):
            continue
        # "en specialtransport med bår (PR90)": the word read as a modifier may be the noun a phrase describes
        readings = [(m.group("mod"), m.group("noun"), m.end("noun"))]
        if m.group("mod"):
            readings.append((None, m.group("mod"), m.end("mod")))
        for mod, noun, end in readings:
            if not (code_after.match(clause, end) or _after_code(clause, code, m)) or _IDIOM.match(noun) or \
                    not _one_is_one_unit(noun, art):
                continue
            if mod and (_IDIOM.match(mod) or not _MODIFIER.match(mod)):
                continue
            return Decimal(1), (m.start("one"), m.end("one"))
    return None


_HALF_UNIT_RE = re.compile(r"(?i)(?<![\w-])(?:en|ett)\s+halv(?:dag|timme|timma|tim)\w*")


def half_unit_one(clause: str, qspan: tuple[int, int] | None, art: dict | None) -> bool:
    """Whether the count read is "en halvdag"/"en halvtimme" for an article not priced per half unit: one of
    them is half the article's day or hour, so the one would be wrong (the quantity is asked)."""
    if qspan is None or not _HALF_UNIT_RE.match(clause, qspan[0]):
        return False
    priced = f"{(art or {}).get('name') or ''} {(art or {}).get('unit') or ''}".casefold()
    return "halv" not in priced


#: a count of periods ("under 2 dagar", "i tre månader"): with a frequency beside it, how long, not how many
_PERIOD_AFTER = re.compile(r"(?i)\s*(?:dag\w*|dygn\w*|veck\w*|månad\w*|år\b|kvartal\w*|päiv\w*|viiko\w*|kuukau\w*|"
                           r"vuo\w*|days?\b|weeks?\b|months?\b|years?\b)")


#: (quantity, its span, the rule that read it), as `quantities.read_quantity` gives it
Count = tuple[Decimal | None, tuple[int, int] | None, str]


def settle_one(clause: str, code: str | None, art: dict | None, found: Count, spans: list[tuple[int, int]]) -> Count:
    """The line's count after the "en"/"ett" rules: a half-unit one for a whole-unit article is asked, and a
    clause with no count at all takes "en inspektion Y210" as one."""
    qty, span, rule = found
    if half_unit_one(clause, span, art):
        return None, None, rule
    if span is not None and FREQUENCY_RE.search(clause) and _PERIOD_AFTER.match(clause, span[1]):
        return None, None, rule     # "tre gånger per dag under 2 dagar": how long, and how often — asked
    if qty is None and span is None:
        one = indefinite_one(clause, code, art, spans)
        if one is not None:
            return one[0], one[1], "en/ett before the item"
        after = count_after_unit_noun(clause, code, art, spans)     # "Instruktörstimmar 14 (RV20)"
        if after is not None:
            return after[0], after[1], "count after the unit's noun"
    return found
