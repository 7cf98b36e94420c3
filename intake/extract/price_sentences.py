"""A sentence that only prices the line before it ("Timpriset är 1 875 kr", "Tuntihinta 120 € + alv", "The hourly
rate is EUR 95"), months of a monthly price told in the next sentence, and a discount stated with the price it
gives ("Listpris 1 500 kr/tim, 20 % rabatt, dvs. 1 200 kr/tim").

Agencies write the work in one sentence and its price in the next. Read apart, the price sentence has no article
and no count and became a line of its own (asked twice), while the work's line went without its price. A sentence
with no article code and no count, whose money is introduced by a price word, is the previous line's price when
that line has none; all the price readers' rules still hold (a price with VAT is asked, never taken as net).

A monthly price with the months in the next sentence ("4 800 kr per månad. … fakturera halva november: 0,5
månad", "hinta 300 €/kk … laskutetaan 2 kk"): the count of months is the previous line's count when that line has
none and the sentence states exactly one count of months. Months count only beside a price per month — elsewhere
"12 månader" is a term of contract, never a count.

A discount makes the written price not the invoiced one, so prices beside one are asked (intake.extract.text).
When the sentence also states the discounted price after "dvs./alltså/eli/i.e." and that price is exactly the
list price less the percentage, the stated result is the price — a result that does not check out is asked.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .amounts import find_amounts
from .model import LineItem, Where

#: a word that says the money after it is a price: "timpris(et)", "listpris", "à-pris", "pris per", "taxan",
#: "arvodet", "tuntihinta", "hinta", "hinnasta", "yksikköhinta", "hourly rate", "rate", "price", "fee" (holdout 36:
#: "Hinnasta en ole varma: … 380 €, mutta … 460 €" became a line of its own)
PRICE_WORD_RE = re.compile(
    r"(?i)\b(?:\w*pris(?:et|er)?|taxa(?:n)?|timtaxa(?:n)?|arvode(?:t)?|\w*hinta|\w*hinna(?:n|sta|ssa|lle)|"
    r"\w*hintana|"
    r"(?:hourly\s+|daily\s+|unit\s+|list\s+)?(?:rate|price|fee)s?)\b")
#: the result a discount gives, introduced as such: "dvs. 1 200 kr", "alltså 900 kr", "eli 85 €", "i.e. EUR 90"
_RESULT_CUE_RE = re.compile(r"(?i)(?:\bdvs\.?|\bd\.v\.s\.?|\balltså\b|\bdet vill säga\b|\beli\b|\bsiis\b|"
                            r"\bi\.\s?e\.?|\bthat is\b|\bwhich gives\b|\bnetto\b|\bnet\b|=|→|⇒)\s*:?\s*$")
_PERCENT_RE = re.compile(r"(?P<p>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|procent|prosenttia|percent)")
_DISCOUNT_WORD_RE = re.compile(r"(?i)\b(?:rabatt\w*|alennu\w*|alennukse\w*|discount\w*|avdrag)\b")


#: a price word that says "per unit": "timpris", "styckpris", "à-pris", "enhetspris", "dagspris", "listpris",
#: "tuntihinta", "yksikköhinta", "kappalehinta", "päivähinta", "hourly rate", "unit price", "day rate"
UNIT_PRICE_WORD_RE = re.compile(
    r"(?i)\b(?:tim|styck|enhets|dags|list|månads|a|à|á)-?pris\w*|\btimtaxa\w*|"
    r"\b(?:tunti|yksikkö|kappale|päivä|kuukausi|lista|à|a)-?hin\w*|"
    r"\b(?:hourly|daily|unit|day|list|monthly)\s+(?:rate|price|fee)s?\b|\bprice\s+(?:each|per)\b")


def prices_previous_line(unit: str, price_start: int) -> bool:
    """Whether a code-less sentence's money (starting at `price_start`) is introduced by a price word."""
    return bool(PRICE_WORD_RE.search(unit[:price_start]))


def per_unit(unit: str, price_start: int, unit_price: bool) -> bool:
    """Whether the money is a price per unit: written per unit ("1 500 kr/tim", "à 450 kr") or after a price word
    that says so ("Timpriset är …"). A bare "Priset är 2 940 kr" may be the line's total: asked."""
    return unit_price or bool(UNIT_PRICE_WORD_RE.search(unit[:price_start]))


def discounted_result(text: str) -> Decimal | None:
    """The discounted price a text states after a list price and a percentage discount, when it is exactly the
    list price less the percentage (to the cent); None when not stated or when it does not check out."""
    pair = discount_pair(text)
    return pair[1] if pair else None


def discount_pair(text: str) -> tuple[Decimal, Decimal] | None:
    """(list price, discounted price) when the text states both and they check out (see `discounted_result`)."""
    if not _DISCOUNT_WORD_RE.search(text):
        return None
    pm = _PERCENT_RE.search(text)
    if not pm:
        return None
    money = [a for a in find_amounts(text) if a.has_currency and a.value is not None and not a.approximate]
    before = [a for a in money if a.end <= pm.start()]
    after = [a for a in money if a.start >= pm.end() and _RESULT_CUE_RE.search(text[pm.end():a.start])]
    if len(before) != 1 or len(after) != 1 or before[0].value is None or after[0].value is None:
        return None
    pct = Decimal(pm.group("p").replace(",", "."))
    expect = (before[0].value * (100 - pct) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return (before[0].value, after[0].value) if expect == after[0].value.quantize(Decimal("0.01")) else None


#: a discount in per cent ("rabatt 10 %", "10 % rabatt", "alennus 15 %", "15 %:n alennus", "discount of 5%")
#: or as an amount ("rabatt 500 kr på fakturan", "alennus -15%")
_DISCOUNT_RE = re.compile(
    r"(?i)\b(?:rabatt\w*|alennu\w*|alennukse\w*|discount\w*|avdrag)\b[^\d\n]{0,12}?[-−–]?\s*"
    r"(?P<a>\d[\d \u00a0]*(?:[.,]\d{1,2})?)"
    r"|(?P<b>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|procent|prosent\w*|percent)(?::n)?\s+(?:rabatt\w*|alennu\w*|discount)")


def discount_stated(text: str) -> bool:
    """A non-zero discount (per cent or an amount) stated in the text: the line prices it leaves are not the
    invoiced ones."""
    for m in _DISCOUNT_RE.finditer(text):
        if _NO_DISCOUNT_RE.search(text[max(0, m.start() - 12):m.end()]):
            continue    # "ingen rabatt", "rabatt ges ej, 3 st", "no discount"
        digits = re.sub(r"[ \u00a0]", "", m.group("a") or m.group("b")).replace(",", ".")
        if Decimal(digits) > 0:
            return True
    return False


_NO_DISCOUNT_RE = re.compile(r"(?i)\b(?:ingen|ej|inte|utan|ei|eikä|ilman|no|not|without)\b")


#: a price per month: "4 800 kr per månad", "/mån", "300 €/kk", "kuukaudessa", "per month", "a month"
_PER_MONTH_RE = re.compile(r"(?i)(?:\bper\s+|/\s*|\bi\s+|\ba\s+)(?:månad(?:en)?|mån|kk|kuukausi|month)\b|"
                           r"\bkuukaudessa\b|\bkuukaudelta\b|\bmonthly\b|\bmånadsavgift\w*|\bkuukausimaksu\w*")
#: a count of months: "0,5 månad", "2 månader", "1,5 kk", "3 kuukautta", "0.5 month(s)"
_MONTHS_RE = re.compile(r"(?i)(?<![\d.,])(?P<n>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:månad(?:er)?|mån\.?|kk|"
                        r"kuukau(?:si|tta|den)|months?)(?!\w)")


def months_of_monthly_price(last: LineItem, prev_unit: str, unit: str, where: Where) -> bool:
    """Give `last` (priced per month in `prev_unit`, the sentence before) the one count of months `unit` states."""
    wa = last.where.get("article")
    if last.quantity is not None or wa is None or wa.line != where.line or not _PER_MONTH_RE.search(prev_unit):
        return False
    found = _MONTHS_RE.findall(unit)
    if len(found) != 1:
        return False
    last.quantity = Decimal(found[0].replace(",", "."))
    last.where["quantity"] = Where(where.part, line=where.line, rule="prose:months of a monthly price")
    return True


def price_line_before(out: list[LineItem], plain: LineItem, unit: str,
                     price: tuple[tuple[int, int] | None, bool], n: int) -> bool:
    """A code-less, count-less sentence of the same paragraph that prices the line before it ("Timpriset är 1 875
    kr inkl. moms."): that line's price (intake.extract.price_sentences), never a line of its own. `price`: the
    sentence's money span and whether it is written per unit."""
    pspan, unit_p = price
    pspan = pspan or _approximate_span(unit)     # "The fee will be approx. EUR 1,200 – I'll confirm": asked
    last = out[-1] if out else None
    wa = last.where.get("article") if last else None
    unpriced = last is not None and last.quantity is not None and last.unit_price is None and last.amount is None
    if not unpriced or wa is None or wa.line != n or plain.quantity is not None or pspan is None or \
            not prices_previous_line(unit, pspan[0]):
        return False
    assert last is not None
    result = discounted_result(unit)
    if result is not None:      # "Listpris 1 500 kr/tim, 20 % rabatt, dvs. 1 200 kr/tim"
        last.unit_price, last.currency = result, plain.currency
        last.where["unit_price"] = Where(wa.part, line=n, rule="prose:discounted price stated")
    elif plain.unit_price is not None and not discount_stated(unit) and not _two_prices(unit) and \
            (per_unit(unit, pspan[0], unit_p) or last.quantity == 1):
        # of one thing ("en bok … Priset blir 495 kr") the price and the total are the same: no doubt
        last.unit_price, last.currency = plain.unit_price, plain.currency
        last.where["unit_price"] = plain.where.get("unit_price") or Where(wa.part, line=n)
    else:               # "1 875 kr inkl. moms", "Priset är 2 940 kr" (a total?), a discount without its result: asked
        last.price_approx = True
    return True


#: a sum the sentence rejects ("…, inte listpriset 450 kr", "ei 450 €", "not the list price of SEK 450")
_REJECTED_BEFORE_RE = re.compile(r"(?i)\b(?:inte|ej|icke|istället\s+för|i\s+stället\s+för|ei|eikä|eli\s+ei|"
                                 r"sijaan|not|instead\s+of|rather\s+than)\b[^:;,.]*$")


def _two_prices(unit: str) -> bool:
    """The sentence names two different sums of money ("380 €, mutta yötyön lisällä 460 €", "mellan 3 800 och
    4 200 kr"): which one is the price is the sender's to say (holdout 36), so it is asked."""
    return len({a.value for a in find_amounts(unit) if a.has_currency and a.value is not None
                and not _REJECTED_BEFORE_RE.search(unit[max(0, a.start - 30):a.start])}) > 1


def _approximate_span(unit: str) -> tuple[int, int] | None:
    """The span of an approximate amount of money ("approx. EUR 1,200", "ca 8 000 kr"): no price, but a sentence
    that gives one for the line before it still prices that line — approximately, so it is asked, never a line of
    its own. A shorthand carrying its currency ("Priset är 85 tkr för hela programmet") is such money too."""
    a = next((a for a in find_amounts(unit) if a.approximate and (a.has_currency or
                                                                  _MONEY_SHORTHAND_RE.search(unit[a.start:a.end]))),
             None)
    return (a.start, a.end) if a else None


#: thousands or millions written with their currency ("85 tkr", "12 t€", "40 k€", "1,2 MSEK"): money, approximate
_MONEY_SHORTHAND_RE = re.compile(r"(?i)(?:tkr|t€|k€|ksek|keur|mkr|msek|meur|m€|mnkr)\s*$")
