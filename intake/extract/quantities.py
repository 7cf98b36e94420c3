"""What a clause counts and costs: article codes, the quantity, and the price in a sentence or a labelled value.

A number in a request is many things besides a quantity — a date, an org number, a phone number, a time, a serial,
a list marker, a postal code — so those spans are masked before a count is looked for, and a count needs a unit
or a number word that reads as one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from intake.extract.patterns import code_spans

from .amounts import APPROX_WORDS, find_amounts
from .codes import unregistered_codes
from .count_products import written_product
from .customer_text import COMPANY_RE, POSTAL_RE
from .dates import find_dates
from .day_month_counts import day_month_not_count
from .durations import hours_minutes, minutes_only
from .identifiers import PEPPOL_RE, find_identifiers
from .indefinite_ones import frequency_spans
from .instalments import instalment_ordinals
from .law_citations import cites_law
from .numbers_words import AMBIGUOUS, NUMBER_WORD_RE, WORD_ALT, word_value
from .own_names import after_own_name, before_own_name, named_nearby
from .part_numbers import part_ordinals
from .place_numbers import place_number_spans
from .rate_counts import past_rate
from .street_numbers import street_number_spans
from .text_context import TextContext, overlaps

CODE_CTX_RE = re.compile(
    r"(?i)(?<![\w-])(?:art(?:ikel|icle|ikelnr|iklar|icles)?\.?(?:\s*nr\.?)?|tuote(?:koodi|numero)?|tuotteet|"
    r"product(?:\s+code)?|item(?:\s+code)?|artikkeli|koodi|nimike)\s*(?:no\.?|nr\.?|:)?\s*(?P<c>[A-Z]{1,3}\d{2,6}|\d{3,6})(?![\w-])")
#: where a code ends: not inside a longer word or number, but before a compound's hyphen ("LA100-analyysit")
CODE_END = r"(?!\w|-(?![^\W\d_]{3,})|[.,]\d)"
LIST_MARK_RE = re.compile(
    r"(?i)^\s*(?:[-–—*•]\s*|\d{1,2}[.)]\s+|(?:item|rad|rivi|line|punkt|kohta)\s+\d{1,2}\s*[:.)-]\s*)")
_LINEREF_RE = re.compile(r"(?i)\b(?:item|rad|rivi|line|punkt|kohta|nr|no\.?|#)\s*\d{1,3}\b")
_PHONE_RE = re.compile(r"(?i)(?:\b(?:tel|telefon|tfn|mobil|mob|phone|puh|p|gsm|fax|vxl|växel)\.?:?\s*)?"
                       r"(?:\+\d{2,3}[\s-]?)?\(?0?\d{1,4}\)?[\s-]\d{2,4}(?:[\s-]\d{2,4}){1,3}")
_SERIAL_RE = re.compile(r"(?<![\w])[A-Za-z]+[-/]?\d[\w/-]*|\d+[-/][A-Za-z][\w/-]*|\b\d+/\d+\b")
_TIME_RE = re.compile(r"\b(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\b")
_BAD_AFTER_QTY = re.compile(r"(?i)^\s*(?:%|procent|prosenttia|percent|kr\b|sek\b|eur\b|euro|€|:-|tkr|år\b|vuotta\b|"
                            r"years?\b|dagar netto|pv netto|days net|päivää netto|netto|net\b|st\s*netto|"
                            r"minuter|min\b|sekunder)")
#: days to pay, not a count: "Betalning inom 14 dagar", "maksuaika 21 päivää", "payment within 30 days"; a time
#: limit too ("Rättelse kan yrkas inom 14 dagar", "oikaisuvaatimus 14 päivän kuluessa"; holdout43 w36)
_PAY_BEFORE_RE = re.compile(r"(?i)\b(?:betalning\w*|betalas|betala|förfall\w*|maksu\w*|maksetaan|maksettava|"
                            r"eräpäivä\w*|payment|payable|pay|due)\s+(?:[^\W\d_]+\s+){0,2}$|\b(?:inom|within)\s+$")
_DAYS_AFTER_RE = re.compile(r"(?i)^\s*(?:dagar|dgr|dagars|päivää|päivän|pv|days?)\b")


def _is_payment_term(text: str, start: int, after: str) -> bool:
    return bool(_DAYS_AFTER_RE.match(after) and _PAY_BEFORE_RE.search(text[max(0, start - 40):start])
                or re.match(r"(?i)\s*(?:päivän|vuorokauden|viikon)\s+kuluessa\b", after))


#: a count; a thousands-spaced one ("1 200 ex.") only before a unit of things counted
_GROUPED_COUNT = (r"\d{1,3}(?:[ \u00a0]\d{3})+,\d{1,3}(?=\s*[^\W\d_])|"   # "1 250,5 ha": grouped, a decimal comma
                  r"\d{1,3}(?:[ \u00a0]\d{3})+(?=\s*(?i:st|styck\w*|kpl|kappale\w*|ex|exemplar|pcs|pieces|copies|"
                  r"sidor|sivua|pages|prov|näytettä|samples|tim|timmar|tuntia|hours|h)\b)")
#: the head of a thousands-spaced number right before a count's start: "1 " of "1 250,5"
_SPACED_HEAD_RE = re.compile(r"(?<![\d.,])\d{1,3}[ \u00a0]$")
#: a unit typed straight after its number on a phone ("3st", "2,5h", "2pv", "10kpl"): still the count's unit
_GLUED_UNIT = r"(?i:st|kpl|pcs|h|tim|pv|dag|dagar|hlö|ex)\b"
_QTY_RE = re.compile(rf"(?<![\w.,/:-])(?P<n>{_GROUPED_COUNT}|\d+(?:[.,]\d+)?)(?:(?={_GLUED_UNIT})|(?![\w]|[.,/:]\d))"
                     r"\s*(?P<after>x\b|×|\*|[^\W\d_]+)?")
#: a span of counts ("3–4 st", "2-3 dagar", "5 till 6 timmar", "3 or 4 samples", "3 tai 4 kpl") is no count: the
#: whole span is masked so neither end is taken (the quantity is asked)
_RANGE_RE = re.compile(r"(?i)(?<![\w.,/:-])(?P<a>\d+(?:[.,]\d+)?)\s*(?:[-–—]|\s(?:till|à|to|or|eller|tai)\s)\s*"
                       r"(?P<b>\d+(?:[.,]\d+)?)(?=\s*(?P<u>[^\W\d_]+))")
#: "mellan 25 och 30 deltagare", "between 25 and 30 participants": a span too (holdout 36 took the 30)
_BETWEEN_RE = re.compile(r"(?i)\b(?:mellan|between)\s+(?P<a>\d+(?:[.,]\d+)?)\s+(?:och|and)\s+(?P<b>\d+(?:[.,]\d+)?)"
                         r"(?=\s*(?P<u>[^\W\d_]+))")
_UNIT_WORDS = re.compile(r"(?i)^(?:st|styck|stycken|kpl|pcs|x|×|tim|timme|timmar|h|hours?|dag|dagar|days?|pv|"
                         r"päivä\w*|vrk|sidor|sida|sivua?|pages?|exemplar|ex|visits?|besök|gång|gånger|kerta\w*|"
                         r"licens\w*|lisenssi\w*|licen[cs]es?|halvdag\w*|kurs\w*|deltagare|osallistuja\w*|hlö|"
                         r"tunti\w*|kappale\w*)$")
#: a compound ending in a unit ("utbildningsdag", "konsulttimme", "fältbesök"): after "en"/"ett" it is one of them
_UNIT_TAIL = re.compile(r"(?i)\w{3,}(?:dag|timme|besök|kurs|tillfälle|avgift)$")
_NOT_A_COUNT_BEFORE = re.compile(r"(?i)(?:nr|no\.?|nummer|numero|#|box|pl|p\.?o\.? box|version|v\.|"
                                 # "faktura 4102233 ska …", "lasku 7710050 meni …": a document's number, no count
                                 r"\b(?:faktura|fakturan|fakturor|lasku|laskun|laskua|laskulle|"
                                 r"tilaus|ärende|dnr|diarienummer|ocr|viite|viitenumero|ref)\.?:?)\s*$")
#: "6 timmar x 1 250 kr", "6 h × 135 €", "4 tim a 950 kr": a count times the price of one
_TIMES_BEFORE = re.compile(r"(?i)\d\s*(?:[^\W\d_]{1,10}\.?\s*)?(?:[x×]|\sa)\s*$")
_PRICE_CUE_BEFORE = re.compile(
    r"(?i)(?:\bà|\bá|@|pris|price|hinta|fee|avgift|maksu|kostnad|cost|belopp|summa|amount|"
    r"yhteensä|totalt|sammanlagt|total|(?:fee|price|cost|amount|charge|sum) of)\s*(?:on|är|is|:)?\s*$")

#: a bare number right after a quantity word is a count: "antal: 2", "st 1", "määrä 7", "kalibrering x 4"
_QTY_CUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:antal|mängd|määrä|lkm|qty|quantity|st|kpl|pcs|x|deltagare|osallistuj\w*|participants?|"
    r"attendees?|henkilö\w*|hlö\w*|personer|timmar|tunte\w*|hours|dagar|päiv\w*|days|prov|näyttei\w*|samples)|×)"
    r"\.?\s*[:=]?\s*$")
_NUMW = rf"(?:\d+(?:[.,]\d+)?|{WORD_ALT})"
#: a count times a count: "three sites, 8 samples each", "tre platser à 8 prover", "2 x 4 h"
_PRODUCT_RE = re.compile(
    rf"(?i)(?<![\w.,/-])(?P<a>{_NUMW})\s+(?P<ua>[^\W\d_]{{2,}})(?:\s+(?!(?:à|á|with|med|ja)\b)[^\W\d_]+){{0,2}}"
    rf"(?P<conn>,\s*|\s+(?:à|á|with|med|ja)\s+|\s+)(?P<b>{_NUMW})\s+(?P<ub>[^\W\d_]{{2,}}|[ht]\b)"
    rf"(?P<each>(?:\s*\([^()]{{1,20}}\))?\s+(?:each|apiece|per\s+[^\W\d_]+|vardera|var|styck|kukin|kustakin|"
    rf"kullekin|kultakin|kussakin|(?:från|av)\s+varje(?:\s+[^\W\d_]+)?|from\s+each(?:\s+[^\W\d_]+)?|"
    rf"[^\W\d_]+kohtaisesti|på\s+varje\s+[^\W\d_]+|i\s+varje\s+[^\W\d_]+|jokai\w+\s+[^\W\d_]+|"
    rf"at\s+each\s+[^\W\d_]+|in\s+each\s+[^\W\d_]+|for\s+each\s+[^\W\d_]+))?"
    rf"|(?<![\w.,/-])(?P<c>\d+)\s*[x×*]\s*(?P<d>\d+(?:[.,]\d+)?)(?![\d.,])")
_SHORTHAND_AFTER_RE = re.compile(r"(?i)\s*(?:tkr|t€|k€|ksek|keur|mkr|msek|meur|m€|mnkr|milj|miljoner|tusen|tuhatta)\b")
#: "each" words strong enough to multiply two counts with nothing but a verb between them
_STRONG_EACH_RE = re.compile(r"(?i)\b(?:each|apiece|vardera|kustakin|kultakin|kullekin|kussakin|kukin|"
                             r"(?:på|i|från)\s+varje|jokai\w+|(?:at|in|for|from)\s+each)\b")
_COUNTED_AFTER = re.compile(r"\s+(?!(?:kr|sek|eur|euro\w*|per|exkl|excl|inkl|incl|moms|alv|netto|st|kpl|styck)\b)"
                            r"[^\W\d_]{2,}", re.IGNORECASE)
_NOT_A_UNIT = re.compile(r"(?i)^(?:per|kr|sek|eur|euro\w*|à|á|a|st?ycket|netto|exkl|excl|inkl|incl|moms|alv)$")

#: (amount, is_unit_price, approximate_only, currency, span)
Price = tuple[Decimal | None, bool, bool, str | None, tuple[int, int] | None]


def article_codes_in(text: str, ctx: TextContext) -> list[tuple[int, int, str]]:
    """Article codes in prose: after a keyword (art, artikel, tuote, product…) or a register code that cannot be
    a year or count (letter-prefixed like V220, or in parentheses like (1030))."""
    found: list[tuple[int, int, str]] = []
    for m in CODE_CTX_RE.finditer(text):
        if cites_law(text, m.end("c")):
            continue    # "reverse charge (Art. 196 VAT Directive)": a law's article
        found.append((m.start("c"), m.end("c"), m.group("c").upper()))
    codes = ctx.registry.article_codes(ctx.agency_code)
    for c, start, end in code_spans(text, codes, r"(?<![\w.,-])", CODE_END, re.IGNORECASE):
        if overlaps([(a, b) for a, b, _ in found], start, end):
            continue
        art = ctx.registry.article(ctx.agency_code, c)
        if len(c) <= 3 and c.isdigit() and _COUNT_UNIT_AFTER_RE.match(text, end) and \
                not before_own_name(text, end, art):   # "1100 Kurs per deltagare": the code, its name
            continue    # "trävaru: 2 kpl V20": a count before its unit, not the register's code "2"
        if c.isdigit() and not _ART_WORD_BEFORE_RE.search(text[max(0, start - 14):start]) and \
                not _bare_code_stands_alone(text, start, end) and \
                not after_own_name(text, start, art) and not before_own_name(text, end, art) and \
                not named_nearby(text, start, end, art) and \
                not _after_customer_head(text, start, ctx):
            continue
        found.append((start, end, c))
    for st, en, c in unregistered_codes(text, codes):
        if not overlaps([(a, b) for a, b, _ in found], st, en):
            found.append((st, en, c))
    found.sort()
    return found


_CUSTOMER_HEAD_RE = re.compile(
    r"^\s*(?:[-–—*•]\s*|\d{1,2}[.)]\s+)?(?:(?i:fakturera|faktureras|laskuttakaa|laskutetaan|invoice|bill|"
    r"please invoice|kund|asiakas|customer)\s+)?(?P<n>[^\W\d_][^:\d\n]{2,80}):\s*$")


def _after_customer_head(text: str, start: int, ctx: TextContext) -> bool:
    """A digits-only code first after a customer's name and a colon ("1. Sjöbo Vattenråd: 1020 2 st", "fakturera
    Sjöbo Vattenråd: 1020 2 st"): the item names its customer, then its article, as a list item naming one does."""
    m = _CUSTOMER_HEAD_RE.match(text[text.rfind("\n", 0, start) + 1:start])
    if not m:
        return False
    name = m.group("n").strip()
    return bool(ctx.registry.by_name(name) or COMPANY_RE.fullmatch(name))


def _bare_code_stands_alone(text: str, start: int, end: int) -> bool:
    """A digits-only code counts in parentheses — alone, or first with its count ("(1500, 1 dag)") — or first on
    its line (after a list marker at most)."""
    before = text[max(0, start - 1):start]
    after = text[end:end + 1]
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    counted = bool(_COUNT_IN_PAREN_RE.match(text, end))
    return (before == "(" and (after == ")" or counted)) or bool(LIST_MARK_RE.fullmatch(lead)) or not lead.strip()


#: a count's unit right after a number ("2 kpl", "10 st"): the number is that count, not a short register code
_COUNT_UNIT_AFTER_RE = re.compile(r"(?i)\s*(?:st|styck|stycken|kpl|pcs|x|×|tim|h|pv|dag|dagar|days?|hours?)\b\.?")
#: an article word right before a short digits-only register code ("provtagning art 10", "tuote 2", "artnr: 20")
_ART_WORD_BEFORE_RE = re.compile(r"(?i)\b(?:art|artikel|artikelnr|artnr|art\.?\s*nr|tuote|tuotenro|koodi|code|item)"
                                 r"\.?\s*:?\s*$")
#: the rest of a parenthesis that holds a code and its count: "(1500, 1 dag)", "(LA100; 4 kpl)"
_COUNT_IN_PAREN_RE = re.compile(r"[,;]\s*\d+(?:[.,]\d+)?\s*[^\W\d_]{1,12}\.?\s*\)")


def mask_spans(text: str, ctx: TextContext) -> list[tuple[int, int]]:
    """Spans that hold no quantity: dates, identifiers, phone numbers, times, serials, list markers, line refs."""
    spans = [(d.start, d.end) for d in find_dates(text, ctx.year, ctx.on)]
    spans += [(i.start, i.end) for i in find_identifiers(text, ctx.on, allow_bare=True)]
    spans += [(m.start(), m.end()) for m in _PHONE_RE.finditer(text) if re.search(r"\d[\s-]\d", m.group(0))
              and len(re.sub(r"\D", "", m.group(0))) >= 7]
    spans += [(m.start(), m.end()) for rx in (_TIME_RE, _SERIAL_RE, _LINEREF_RE, POSTAL_RE, PEPPOL_RE)
              for m in rx.finditer(text)]
    spans += [(m.start(), m.end()) for rx in (_RANGE_RE, _BETWEEN_RE) for m in rx.finditer(text)
              if _is_range(m, text)]
    spans += instalment_ordinals(text)   # "delbetalning 2 av 4": which instalment, not how many
    spans += part_ordinals(text)         # "del 2 av kursen", "koulutuksen osan 2": which part, not how many
    spans += frequency_spans(text)       # "en gång i månaden": how often, not how many
    spans += _bare_years(text)
    spans += place_number_spans(text)    # "på väg 86", "rum 204": a place's name, not a count
    spans += street_number_spans(text)  # "Revontulentie 5 A 3, 96100 Rovaniemi": an address, no count
    if ctx.registry.digit_name_re is not None:     # "Fastighets AB Gåsen 4" holds no count of 4
        spans += [(m.start(), m.end()) for m in ctx.registry.digit_name_re.finditer(text)]
    m = LIST_MARK_RE.match(text)
    if m:
        spans.append((m.start(), m.end()))
    return spans


#: a year written alone ("årsavgiften 2027", "vuoden 2027 lupamaksu", "the 2027 fee")
_YEAR_RE = re.compile(r"(?<![\d.,:/-])(?:199\d|20\d\d)(?![\d.,:/-]|\s?%)")


def _bare_years(text: str) -> list[tuple[int, int]]:
    """Four digits that read as a year (1990–2099) are a year, never a count, unless a unit of things counted
    follows them ("2000 st", "2025 ex."): a count of two thousand is written with its unit."""
    out = []
    for m in _YEAR_RE.finditer(text):
        nxt = re.match(r"\s*([^\W\d_]+\.?|×)", text[m.end():])
        word = nxt.group(1).rstrip(".") if nxt else ""
        if not (word and (_UNIT_WORDS.match(word) or _UNIT_TAIL.search(word))):
            out.append((m.start(), m.end()))
    return out


def find_quantity(text: str, ctx: TextContext, extra_mask: list[tuple[int, int]] | None = None,
                  bare_ok: bool = False) -> tuple[Decimal | None, tuple[int, int] | None]:
    """The count in `text` and its span (see `read_quantity`)."""
    v, span, _rule = read_quantity(text, ctx, extra_mask, bare_ok)
    return v, span


def read_quantity(text: str, ctx: TextContext, extra_mask: list[tuple[int, int]] | None = None,
                  bare_ok: bool = False) -> tuple[Decimal | None, tuple[int, int] | None, str]:
    """The first number (or number word) in `text` that reads as a count of something, its span, and the rule
    ("count", or "product" for a count times a count: computed, not written)."""
    spans = mask_spans(text, ctx) + (extra_mask or [])
    hm = hours_minutes(text, spans)
    if hm is not None:
        earlier = [c for c in _digit_counts(text, spans, bare_ok) + _word_counts(text, spans) if c[1] <= hm[1][0]]
        if not earlier:     # "2 h 45 min" is the count; "1 dag, restid 2 h 30 min" counts the day
            return hm[0], hm[1], "product" if hm[0] is not None else "count"
        spans = spans + [hm[1]]
    prod = _product(text, spans)
    if prod is not None:
        return prod[0], prod[1], "product"
    cands = _digit_counts(text, spans, bare_ok) + _word_counts(text, spans)
    if not cands:
        mins = minutes_only(text, spans)
        return (mins[0], mins[1], "product") if mins else (None, None, "count")
    cands.sort()
    first = past_rate(text, cands)     # "3 timmar per dag, totalt 6 timmar": the whole (intake.extract.rate_counts)
    if first is None:
        return None, None, "rate"
    s, e, v = first
    return v, (s, e), "count"


def _is_range(m: re.Match, text: str) -> bool:
    """A low end below the high end, counting something ("3–4 st"); never "Utredningstimme 2010 – 12 tim"."""
    a, b = (Decimal(m.group(g).replace(",", ".")) for g in ("a", "b"))
    counted = _UNIT_WORDS.match(m.group("u")) or _UNIT_TAIL.search(m.group("u")) or _COUNTED_AFTER.match(text, m.end())
    return a < b and bool(counted)


def _as_number(tok: str) -> Decimal | None:
    if tok[0].isdigit():
        return Decimal(tok.replace(",", "."))
    w = tok.casefold()
    return None if w in AMBIGUOUS else word_value(w)


def _product(text: str, spans: list[tuple[int, int]]) -> tuple[Decimal, tuple[int, int]] | None:
    """A count times a count. "N things, M each" needs the "each"; "N things à M things" needs a unit after M
    that is no currency (else "à" gives a price); "N x M" needs M not to be money."""
    money = [(a.start, a.end) for a in find_amounts(text) if a.has_currency or a.approximate]
    for m in _product_candidates(text):
        nums = [(m.start(g), m.end(g)) for g in ("a", "b", "c", "d") if m.group(g)]
        if any(overlaps(spans, a, b) or overlaps(money, a, b) for a, b in nums):
            continue
        if m.group("c"):
            a, b = _as_number(m.group("c")), _as_number(m.group("d"))
        else:
            if _NOT_A_UNIT.match(m.group("ub")) or _NOT_A_UNIT.match(m.group("ua")):
                continue
            if m.group("conn").strip() in (",", "with", "med", "ja", "") and not m.group("each"):
                continue
            if not m.group("conn").strip() and not _STRONG_EACH_RE.search(m.group("each")):
                continue    # "from three sites were taken six samples each": only a word that means "each"
            a, b = _as_number(m.group("a")), _as_number(m.group("b"))
        if a is not None and b is not None:
            return a * b, (m.start(), m.end())
    return written_product(text, spans + money)     # "2 päivää × 4 henkilöä", "två grupper om 9 elever"


def _product_candidates(text: str) -> Iterator[re.Match]:
    """Every match of a count times a count, also one starting inside a rejected one: "hela februari, 4
    tillfällen à 2 timmar" — the failed "21 hela februari, 4 tillfällen" must not swallow the product after it."""
    pos = 0
    while (m := _PRODUCT_RE.search(text, pos)) is not None:
        yield m
        pos = m.start("b") if m.group("b") else m.end()


def _digit_counts(text: str, spans: list[tuple[int, int]], bare_ok: bool) -> list[tuple[int, int, Decimal]]:
    cands: list[tuple[int, int, Decimal]] = []
    for m in _QTY_RE.finditer(text):
        if overlaps(spans, m.start("n"), m.end("n")):
            continue
        after = text[m.end("n"):]
        if _BAD_AFTER_QTY.match(after) or _is_payment_term(text, m.start("n"), after):
            continue
        before = text[max(0, m.start() - 12):m.start()]
        # "Rapport, tryckt (3020) – 2": a bare number ending an item after its code and a dash is its count
        last_after_code = bool(re.search(r"\)\s*[–—-]\s*$", text[:m.start()])) and not text[m.end("n"):].strip()
        if not (m.group("after") or bare_ok or last_after_code
                or _QTY_CUE_BEFORE.search(text[max(0, m.start() - 30):m.start()])):
            continue
        counted_version = bool(re.search(r"(?i)version\s*$", before) and m.group("after")
                               and _UNIT_WORDS.match(m.group("after")))   # "Rapport, digital version  10 st"
        if (_NOT_A_COUNT_BEFORE.search(before) and not counted_version) or \
                _BOUND_BEFORE_RE.search(text[max(0, m.start() - 24):m.start()]):
            continue
        if day_month_not_count(m.group("n"), m.group("after"), _UNIT_WORDS, _UNIT_TAIL, text[m.end("n"):]):
            continue    # "Stora salen 16.5 för vårbalen": the day, no count (day_month_counts)
        if re.fullmatch(r"\d{1,3}[.,]\d{3}", m.group("n")):
            continue    # "1.250 ex": a thousand and more, or one and a quarter? never guessed (the count is asked)
        if _SPACED_HEAD_RE.search(text, 0, m.start()) and re.match(r"\d{3}(?!\d)", m.group("n")):
            continue    # "1 250,5 ha" unread as a whole: its "250,5" is no count either (holdout 36)
        grouped = re.sub(r"[ \u00a0]", "", m.group("n"))
        if grouped != m.group("n") and "," not in grouped and \
                not (m.group("after") and _UNIT_WORDS.match(m.group("after"))):
            continue  # "1 200 ex." is 1200 copies; a spaced number without a unit is no count
        value, end = _dozens(text, m.end("n"), Decimal(grouped.replace(",", ".")))
        cands.append((m.start("n"), end, value))
    return cands


_DOZEN_AFTER_RE = re.compile(r"(?i)\s+(?:dozens?|dussin|tusina\w*)\b")


def _dozens(text: str, end: int, value: Decimal) -> tuple[Decimal, int]:
    """"two dozen", "3 dussin", "kaksi tusinaa": the count times twelve (never the two)."""
    m = _DOZEN_AFTER_RE.match(text, end)
    return (value * 12, m.end()) if m else (value, end)


def _word_counts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, Decimal]]:
    cands: list[tuple[int, int, Decimal]] = []
    for m in NUMBER_WORD_RE.finditer(text):
        if overlaps(spans, m.start(), m.end()):
            continue
        w = m.group(1).casefold()
        nxt = re.match(r"\s*([^\W\d_]+|x\b)", text[m.end():])
        confirmed = _confirmed_in_digits(text, m.end(), word_value(w))
        if w in AMBIGUOUS and not confirmed and not _PLURAL_AFTER_SEX.match(text, m.start()) and \
                not (nxt and (_UNIT_WORDS.match(nxt.group(1)) or _UNIT_TAIL.search(nxt.group(1)))):
            continue
        if w in ("one",) and (re.match(r"\s+(?:of|more|another)\b", text[m.end():], re.IGNORECASE) or
                              _PRONOUN_ONE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) and
                              not (nxt and _UNIT_WORDS.match(nxt.group(1)))):
            continue    # "urgent one before the month closes", "a quick one": a pronoun, no count
        if _APPROX_BEFORE_RE.search(text[max(0, m.start() - 24):m.start()]) or \
                _BOUND_BEFORE_RE.search(text[max(0, m.start() - 24):m.start()]):
            continue    # "cirka tre rapporter", "roughly a dozen samples": approximate, never the count
        v = word_value(w)
        if v is not None:
            v, end = _dozens(text, m.end(), v)
            cands.append((m.start(), end, v))
    return cands


#: the word before English "one" as a pronoun ("an urgent one", "this one", "the last one")
_PRONOUN_ONE_BEFORE = re.compile(r"(?i)\b(?:the|this|that|another|urgent|quick|last|next|new|small|big|other)\s+$")
#: a number word repeated in digits right after it, as contracts do: "en (1) st", "sex (6) mätningar", "kolme (3)"
_DIGITS_AFTER_WORD = re.compile(r"\s*\(\s*(?P<d>\d{1,3})\s*\)")
#: Swedish "sex" before a plural noun ("sex portrycksmätningar", "sex prover") is the number six
_PLURAL_AFTER_SEX = re.compile(r"(?i)sex\s+[^\W\d_]{2,}(?:ar|er|or|arna|erna|orna)\b")


def _confirmed_in_digits(text: str, end: int, value: Decimal | None) -> bool:
    """The word's value written again in digits in parentheses right after it: the word is that count."""
    m = _DIGITS_AFTER_WORD.match(text, end)
    return bool(m and value is not None and Decimal(m.group("d")) == value)


_APPROX_BEFORE_RE = re.compile(rf"(?i)(?<![^\W\d_]){APPROX_WORDS}\s*$|"
                               r"(?i:\b(?:nearly|almost|lähes|melkein|nästan))\s*$")
#: a bound is no count: "minst 6 h", "över 10 timmar", "upp till 8 h", "at least 6", "more than 6", "up to 8",
#: "yli 10 tuntia", "vähintään 6 h", "enintään 8 h" — the quantity is asked
_BOUND_BEFORE_RE = re.compile(
    r"(?i)\b(?:minst|åtminstone|mer\s+än|fler\s+än|färre\s+än|mindre\s+än|över|upp\s+till|högst|max(?:imalt|imum)?"
    r"\.?|min(?:imum)?\.?|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to|no\s+more\s+than|"
    r"yli|vähintään|enintään|korkeintaan|alle|ainakin|maksimissaan|vähemmän\s+kuin|enemmän\s+kuin)\s*$")


def _unit_after(text: str, end: int) -> bool:
    """A count unit right after a number without currency ("6 st", "3 kpl", "7,5 tim") makes it a count."""
    m = re.match(r"\s*([^\W\d_]+|x\b|×)", text[end:])
    return bool(m and _UNIT_WORDS.match(m.group(1)))
