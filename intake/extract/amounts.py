"""Money amounts in Swedish, Finnish and English styles, as Decimal (never float).

`1 200,50 kr`, `1.200,50 €`, `SEK 1,200.50`, `€1,250.00`, `1 150:-` are all the same kind of thing: digits with
a thousands separator and a decimal separator that depend on who wrote them. Approximate or abbreviated amounts
(`ca 12 tkr`, `~5000`, `2 MSEK`) are refused: an invoice must never carry a guessed price, so they come back as
matches flagged `approximate` and `parse_amount` returns None for them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_SP = "[ \u00a0\u202f\u2009]"
# A number as written: grouped thousands (space, dot, comma or the Swiss/Liechtenstein apostrophe `1'150.00`,
# also seen from German-speaking customers) or plain digits, optional decimals.
_APOS = "['\u2019]"
NUM = (rf"(?:\d{{1,3}}(?:{_APOS}\d{{3}})+(?:[.,]\d{{1,2}})?"
       rf"|\d{{1,3}}(?:{_SP}\d{{3}})+(?:[.,]\d{{1,2}})?"
       r"|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"
       r"|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
       r"|\d+(?:[.,]\d{1,2})?)")

_CUR_BEFORE = r"(?:SEK|EUR|USD|NOK|DKK|GBP|€|\$|£|kr\.?)"
#: a code glued to a word by a hyphen names a thing, not the currency ("KV30 EUR-pall": a pallet, no 30 euros)
_CUR_AFTER = (r"(?:kr(?:onor)?\b\.?|(?:SEK|EUR|USD|NOK|DKK|GBP|eur)\b(?!-[^\W\d_])|€|euroa?\b|euros?\b|:-|"
              r",-(?![\d-]))")
_SHORTHAND = r"(?:tkr|t€|k€|kSEK|kEUR|Mkr|MSEK|MEUR|M€|mnkr|milj\.?|miljoner|tusen|tuhatta|k\b)"
_APPROX = (r"(?:ca\.?|c:a|cirka|circa|ungefär|ung\.|runt|omkring|kring|uppemot|drygt|knappt|uppskattningsvis|noin|n\.|"
           r"arviolta|suunnilleen|vajaa|reilu|about|approx\.?|approximately|around|roughly|some|~|≈)")

#: the words that make a number approximate (also before a number word: "cirka tre", "roughly a dozen")
APPROX_WORDS = _APPROX

AMOUNT_RE = re.compile(
    rf"(?P<approx>(?<![^\W\d_]){_APPROX}{_SP}*)?"
    rf"(?P<pre>{_CUR_BEFORE}{_SP}*)?"
    # an en dash is a minus glued to the digits or standing apart ("  – 300,00"); after a word and a space it is
    # the writer's dash ("delbetalning 2 av 4 – 25 000 kr"), a separator and never a sign
    rf"(?P<sign>[-−]{_SP}?|–(?=\d)|(?<![^\W_]{_SP})–{_SP})?"
    rf"(?P<num>(?<![\d.,]){NUM}(?![\d]|[.,]\d))"
    rf"(?P<post>{_SP}*(?:{_SHORTHAND}|{_CUR_AFTER}))?",
    re.IGNORECASE,
)

_CURRENCY_CODES = {"kr": "SEK", "kr.": "SEK", "kronor": "SEK", "sek": "SEK", "€": "EUR", "eur": "EUR",
                   "euro": "EUR", "euroa": "EUR", "euros": "EUR", "$": "USD", "usd": "USD", "£": "GBP",
                   "gbp": "GBP", "nok": "NOK", "dkk": "DKK", ":-": "SEK"}
_SHORTHAND_RE = re.compile(_SHORTHAND, re.IGNORECASE)


@dataclass(frozen=True)
class AmountMatch:
    """One amount found in text: where it is, its value, and why it might not be usable."""

    start: int
    end: int
    value: Decimal | None
    currency: str | None
    approximate: bool       # ca / about / ~ / tkr ...: never taken as a price
    has_currency: bool      # a currency sign or code next to it: surely money, not a count


def _to_decimal(num: str, money: bool) -> Decimal | None:
    """Digits with local separators to Decimal. A lone separator followed by exactly three digits is a
    thousands separator when we know it is money (`SEK 2,950`), a decimal one otherwise (`6.5` hours)."""
    s = re.sub(_SP, "", re.sub(_APOS, "", num))
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, _, tail = s.rpartition(sep)
        if s.count(sep) > 1 or (len(tail) == 3 and money):
            s = s.replace(sep, "")
        else:
            s = head.replace(sep, "") + "." + tail
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    t = token.strip().casefold()
    if t.startswith("kr"):
        return "SEK"
    return _CURRENCY_CODES.get(t, t.upper() if re.fullmatch(r"[a-z]{3}", t) else None)


def find_amounts(text: str) -> list[AmountMatch]:
    """`_find_amounts`, remembered: the same text is read for amounts by several readers (about three calls in
    five repeat one already made), and the answer depends on the text alone."""
    return list(_amounts_once(text))


@functools.lru_cache(maxsize=1024)
def _amounts_once(text: str) -> tuple[AmountMatch, ...]:
    return tuple(_find_amounts(text))


def _find_amounts(text: str) -> list[AmountMatch]:
    """Every number in `text` read as an amount, with its currency and approximate flags."""
    out: list[AmountMatch] = []
    for m in AMOUNT_RE.finditer(text):
        pre, post = m.group("pre"), m.group("post")
        shorthand = bool(post and _SHORTHAND_RE.fullmatch(post.strip()))
        has_cur = bool(pre) or (bool(post) and not shorthand)
        approximate = bool(m.group("approx")) or shorthand    # "runt 3 st" is as approximate as "ca 3 000 kr"
        value = _to_decimal(m.group("num"), money=has_cur)
        if value is not None and m.group("sign"):
            value = -value
        cur = _currency(post if post and not shorthand else None) or _currency(pre)
        start = m.start("approx") if (m.group("approx") and approximate) else (
            m.start("pre") if pre else m.start("sign") if m.group("sign") else m.start("num"))
        if out and m.group("sign") and value is not None and has_cur and _closes_range(text, out[-1], start, cur):
            # "180–220 €", "1 200-1 500 kr": a range of prices is no price — both ends approximate, never a minus
            out[-1] = AmountMatch(out[-1].start, out[-1].end, out[-1].value, cur, True, True)
            value, approximate = -value, True
        out.append(AmountMatch(start, m.end(), value, cur, approximate, has_cur))
    return out


def _closes_range(text: str, before: AmountMatch, start: int, cur: str | None) -> bool:
    """The dash at `start` joins the amount right before it (nothing but spaces between, no other currency) to a
    second one: the two are a range."""
    apart = text[start + 1:start + 2].isspace()     # "180 € – 220 €"; "500 kr -100 kr" is a price and a minus
    return not text[before.end:start].strip() and before.value is not None and before.value >= 0 \
        and (before.currency is None or (before.currency == cur and apart))


def parse_amount(text: str | None) -> Decimal | None:
    """A cell or field that holds one amount (`"1 200,50 kr"`, `"€1,250.00"`) → Decimal; None when empty,
    not a number, or approximate/abbreviated. Bare grouped numbers like `1,200` count as thousands only with a
    currency; inside a price cell the caller already knows it is money, so `money=True` is applied for
    three-digit groups when the string is nothing but the number."""
    if text is None:
        return None
    s = str(text).strip()
    if not s:
        return None
    found = find_amounts(s)
    if len(found) != 1:
        return None
    a = found[0]
    rest = (s[:a.start] + s[a.end:]).strip(" \t.,;:()")
    rest = re.sub(r"(?i)^(?:à|á|a|@|per|/)\s*", "", rest)
    if rest and not re.fullmatch(r"(?i)(?:exkl\.?|excl\.?|exkl\.? moms|excl\.? vat|alv 0|st|kpl|/\s*\w+|per\s+\w+)",
                                 rest):
        if re.search(r"[A-Za-zÅÄÖåäö]{3,}", rest):
            return None
    if a.approximate or a.value is None:
        return None
    if not a.has_currency:
        m = AMOUNT_RE.search(s)
        num = m.group("num") if m else ""
        v = _to_decimal(num, money=True)
        if v is not None and m and m.group("sign"):
            v = -v
        return v
    return a.value


_PAREN_CELL_RE = re.compile(r"^\s*\(\s*([^()]+?)\s*\)\s*$")


def parse_cell_amount(text: str | None) -> Decimal | None:
    """A price or amount cell of a table. An amount wholly in parentheses (`(10 000,00)`) is the accountants'
    negative: in an invoice's own rows it is a deduction (a prepayment or credit set off), never a charge, so it
    is read as minus. In prose a parenthesis only encloses an amount, which is why `parse_amount` keeps it plain."""
    m = _PAREN_CELL_RE.match(text or "")
    if m:
        inner = parse_amount(m.group(1))
        return -inner if inner is not None and inner > 0 else inner
    return parse_amount(text)


def is_approximate(text: str) -> bool:
    """True when the string holds an amount that is only approximate or in thousands shorthand."""
    return any(a.approximate for a in find_amounts(text))


def plain_decimal(value: Decimal | None) -> str | None:
    """Decimal → plain string with `.` and no exponent ("1150.00" stays, 1E+3 → "1000")."""
    if value is None:
        return None
    s = format(value, "f")
    return s


#: a currency declared once for the whole text: "All prices below are in EUR", "Alla priser i euro", "Belopp i
#: SEK", "Hinnat euroina", "Valuta: EUR" — the bare prices under it ("900.00 per day") are in it
_DECLARED_RE = re.compile(
    r"(?i)\b(?:(?:all\s+)?(?:prices|amounts|rates)(?:\s+(?:below|above|listed|here))?\s+(?:are\s+)?in|"
    r"(?:alla\s+)?(?:priser(?:na)?|belopp(?:en)?|summor(?:na)?)(?:\s+(?:nedan|ovan))?\s+(?:är\s+)?i|"
    r"(?:kaikki\s+)?(?:hinnat|summat)(?:\s+(?:alla|ovat))*|currency|valuta|valuutta)\s*:?\s*"
    r"(?P<c>EUR|SEK|USD|NOK|DKK|GBP|euro(?:s|ina)?|kronor|€)(?![\w])"
    r"(?!\s*(?:and|och|ja|or|eller|tai|/|,)\s*(?:EUR|SEK|USD|NOK|DKK|GBP|euro|kronor|€))")


def declared_currency(text: str) -> str | None:
    """The one currency a text declares for all its prices, else None (two declarations: none)."""
    found = {"EUR" if m.group("c").casefold().startswith("euro") else _currency(m.group("c")) or m.group("c").upper()
             for m in _DECLARED_RE.finditer(text or "")}
    return found.pop() if len(found) == 1 else None

