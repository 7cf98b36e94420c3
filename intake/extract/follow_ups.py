"""Sentences after a request's one article line that speak of that line: its price, its count said again, or its
count said on its own.

    Kunden har tappat en bok (BN30). Ersättningen blir 495 kr eftersom …      → the book's price is 495
    … bok (BN30). Den kostar ca 400 kr att ersätta. Fakturera en bok.          → price asked; one book
    … opastetun retken (LK10) la 14.11. Kiinteä hinta 150 €.                   → one, at 150
    AK10 … 8 h 10.11. (eli yhteensä 6 tuntia kuten sovittiin)                  → 8 or 6: the count is asked
    … retken (LK10) perheelleen 21.11. Yksi retki, hinnaston mukaan.           → one

Why: the prose reader makes each sentence with a number a line of its own. A sentence that refers back to the
line ("Den", "Ersättningen", "Hinta", "The fee", a bare "Fixed price 150 €") or restates it ("eli", "alltså",
"i.e.") is no second thing to invoice: read apart, it became a codeless line whose count or price was asked, and
the article's line went out at the register's price although the mail states another (the contract: a stated
price wins; an approximate one is asked, never replaced by the register's). A restated count that differs from
the line's own is a contradiction: the count is asked, never chosen. A short sentence counting the noun of the
line's article ("Fakturera en bok", "Yksi retki") is the line's count. Only when the segment has exactly one
article line: with several, which line a sentence speaks of is not known. Never a guess: a price for several
things not said to be each ("tre rapporter … Priset blir 1 500 kr") may be their total, and a second stated price
beside the line's own is a conflict — both asked; a sentence that adds something ("Det tillkommer 300 kr för
…", "Lisäksi …") stays a line of its own.

`complete_from_newest`: the count a reply adds above the sender's own quoted request that lacked it ("glömde
antalet: 2 st"), see intake.extract.repeats.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .amounts import APPROX_WORDS, find_amounts
from .calendar_units import unit_family
from .model import LineItem, Where
from .numbers_words import NUMBER_WORD_RE, word_value
from .quantities import read_quantity
from .repeats import says_completion
from .segments import Segment
from .text_context import TextContext

#: a sentence that speaks of something already named: a pronoun, or the price/fee/compensation as a definite noun
_BACK_REF_RE = re.compile(
    r"(?i)^[\s(]*(?:den|det|priset|ersättningen|avgiften|kostnaden|beloppet|summan|hinta|hintaa|korvaus|maksu|"
    r"se|sen|it|this|the\s+(?:price|fee|cost|amount|charge|compensation)|fast\s+pris|fast\s+avgift|"
    r"kiinteä\s+hinta|kiinteä\s+maksu|fixed\s+(?:price|fee)|price|pris|"
    # the subject left out, as Finnish and hurried Swedish do ("Maksaa 300–450 €", "Kostar runt 900 kr")
    r"maksaa|kostar|costs|"
    # the price as quoted, estimated or agreed ("Offererat pris ca 8 tkr", "Arvioitu hinta", "Quoted price")
    r"(?:offererat?|offererade|offert|beräkna(?:t|d|de)|uppskatta(?:t|d|de)|preliminär(?:t|a)?|ungefärlig(?:t|a)?|"
    r"överenskomm(?:et|en|na)|avtala(?:t|d|de)|slutlig(?:t|a)?|arvioitu|arvioidut|tarjottu|alustava|sovittu|"
    r"quoted|estimated|approximate|preliminary|agreed|expected|indicative)\s+(?:pris(?:et)?|kostnad(?:en)?|"
    r"avgift(?:en)?|belopp(?:et)?|hinta|hinnaksi|kustannus|kustannukset|maksu|price|cost|fee|amount))\b")
#: a sentence that says the same again in other words ("eli", "siis", "alltså", "dvs", "i.e.", "that is")
_RESTATES_RE = re.compile(r"(?i)^[\s(]*(?:eli|siis|alltså|dvs\.?|d\.v\.s\.?|i\.e\.?|that\s+is|ts\.?|toisin\s+sanoen)"
                          r"(?![\w])")
#: a sentence that adds something ("Det tillkommer 450 kr för resan", "Lisäksi matkakulut 80 €"): a line of its own
_ADDS_RE = re.compile(r"(?i)\b(?:tillkommer|dessutom|även|också|plus|extra|utöver|lisäksi|myös|sekä|"
                      r"in\s+addition|additionally|also|on\s+top)\b")
#: a price said to be of one ("à", "per", "/st", "each", "styck", "kappaleelta")
_EACH_RE = re.compile(r"(?i)(?:\bà|\bá|@|\bper\b|/\s*\w+|\beach\b|\bstyck\w*|\bkappale\w*|\bkpl\b|\bst\b)")
#: a count and the word after it ("3 månader", "2 kk")
_COUNT_UNIT_RE = re.compile(r"(?<![\w.,:/-])(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?P<u>[^\W\d_]+)")
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]?")
#: someone's word reported before what it says ("Stenhuggaren sade att det blir …", "Lääkäri sanoi, että se on …",
#: "The mason said it will be …"): the back reference is read in what is reported
_REPORTED_RE = re.compile(r"(?i)^[\s(]*(?:[^\W\d_]+\s+){1,3}(?:sade|sa|säger|uppger|uppgav|meddelade|berättade|"
                          r"sanoi|sanoo|kertoi|kertoo|ilmoitti|arvioi|said|says|told\s+us|estimated)\s*,?\s*"
                          r"(?:att|että|that)?\s+")
#: an approximate number in a sentence ("noin 40", "ungefär 25", "about 30")
_APPROX_NUMBER_RE = re.compile(rf"(?i)(?<![^\W\d_]){APPROX_WORDS}\s*\d{{1,4}}\b")
#: where a sentence ends: a stop before a capital or a parenthesis ("… (BN30). Den kostar …"; "i.e. 10" goes on)
_SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ(])")
#: "Fakturera en bok", "Yksi retki", "Invoice one copy": a verb to invoice, a count, the thing counted
_COUNT_SENTENCE_RE = re.compile(
    r"(?i)^\s*(?:(?:vänligen\s+)?fakturera|laskut(?:t?akaa|a|taa)|please\s+invoice|invoice|bill)?\s*"
    r"(?P<n>\d+|[^\W\d_]+)\s+(?P<noun>[^\W\d_]{3,})\s*(?:[,.!]|$)")


def fold_follow_ups(lines: list[LineItem], body: list[tuple[int, str]], ctx: TextContext) -> list[LineItem]:
    """`lines` with the follow-up sentences of the one article line folded into it (see the module doc)."""
    targets = [li for li in lines if li.article]
    if len(targets) != 1:
        return lines
    target = targets[0]
    texts = dict(body)
    art = ctx.registry.article(ctx.agency_code, target.article) or {}
    family = unit_family(str(art.get("unit") or ""))
    out = []
    for li in lines:
        text = _source(li, texts, ctx)
        if li is target or li.article or text is None or not (_folded(li, target, text)
                                                              or _counted_in_unit(li, target, text, family)):
            out.append(li)
    if target.quantity is None:
        _counted_by_sentence(target, body, ctx)
    return out


def _source(li: LineItem, texts: dict[int, str], ctx: TextContext) -> str | None:
    """The sentence of the body the line was read from (its description, else its whole line)."""
    n = next((w.line for w in li.where.values() if w.line is not None and w.part == ctx.part), None)
    if n is None and li.description:    # an approximate price leaves no provenance: found by its text
        n = next((k for k, t in texts.items() if li.description[:20] in t), None)
    if n is None or n not in texts:
        return None
    line = texts[n]
    if li.description:
        at = line.find(li.description[:20])
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(line[:max(at, 0) + 1])]
        return line[ends[-1] if ends else 0:].strip()
    return line.strip()


def _folded(li: LineItem, target: LineItem, text: str) -> bool:
    """True when `li` is the target's price or count said again (and the target now carries what it says)."""
    if _rough_count(li, target, text):
        return True     # "Lapsia tulee noin 40, …" of a line with no count: its count, said roughly — asked
    priced = li.unit_price is not None or li.amount is not None or li.price_approx
    if priced and (li.quantity is None or li.lump_sum) and (li.description is None or _refers_back(text)) \
            and not _ADDS_RE.search(text):
        # of several things, a price not said to be each ("Priset blir 900 kr" for 3 reports) may be the total
        each = target.quantity in (None, Decimal(1)) or li.lump_sum or bool(_EACH_RE.search(text))
        _take_price(li, target, each)
        return True
    if li.quantity is not None and not priced and _RESTATES_RE.match(text):
        if target.quantity is not None and target.quantity != li.quantity:
            target.quantity = None      # "8 h … (eli yhteensä 6 tuntia)": which is right is asked
            target.where.pop("quantity", None)
        return True
    return False


def _rough_count(li: LineItem, target: LineItem, text: str) -> bool:
    """A sentence whose number is approximate and no money ("Osallistujia on arviolta 18") after the line of an
    article with no count: the count said roughly, so the line's count stays asked and the sentence is no line."""
    return li.quantity is None and li.unit_price is None and li.amount is None and target.quantity is None \
        and bool(_APPROX_NUMBER_RE.search(text)) and not any(a.has_currency for a in find_amounts(text)) \
        and not _ADDS_RE.search(text) and not _EACH_RE.search(text)


def _refers_back(text: str) -> bool:
    """The sentence refers back to the line, itself or in what it reports someone to have said."""
    rep = _REPORTED_RE.match(text)
    return bool(_BACK_REF_RE.match(text) or (rep and _BACK_REF_RE.match(text[rep.end():])))


#: the sentence a line was read from, and whether a sentence refers back, for intake.extract.rough_sentences
source_sentence, refers_back = _source, _refers_back


def _counted_in_unit(li: LineItem, target: LineItem, text: str, family: str | None) -> bool:
    """"Det blir 3 månader à 790 kr", "Se tekee 3 kk à 45 €" after the line of an article counted per month: the
    sentence counts the article's own calendar unit (intake.extract.calendar_units) and prices one, so it is the
    line's count and price, not a second thing to invoice. Only for a line with no count of its own."""
    if family is None or target.quantity is not None or li.quantity is None or li.unit_price is None:
        return False
    said = [s for s in _SENTENCE_END_RE.split(text) if _BACK_REF_RE.match(s) and not _ADDS_RE.search(s)
            and (m := _COUNT_UNIT_RE.search(s)) and unit_family(m.group("u")) == family
            and Decimal(m.group("n").replace(",", ".")) == li.quantity]
    if len(said) != 1:
        return False
    target.quantity, target.lump_sum = li.quantity, False
    if "quantity" in li.where:
        target.where["quantity"] = li.where["quantity"]
    _take_price(li, target, True)
    return True


def _take_price(li: LineItem, target: LineItem, each: bool) -> None:
    if (li.price_approx and li.unit_price is None) or not each:
        target.unit_price, target.amount, target.price_approx = None, None, True   # "ca 400 kr": asked
        target.where.pop("unit_price", None)
    else:
        price = li.unit_price if li.unit_price is not None else li.amount
        if target.unit_price is not None and target.unit_price != price:
            price = None    # two stated prices for one line ("à 450 kr … Priset blir 520 kr"): asked, never chosen
        target.unit_price, target.price_approx = price, price is None
        if "unit_price" in li.where or "amount" in li.where:
            target.where["unit_price"] = li.where.get("unit_price") or li.where["amount"]
    if li.lump_sum and target.quantity is None:
        target.quantity, target.lump_sum = Decimal(1), True    # "Kiinteä hinta 150 €": one, at that price
        if "quantity" in li.where:
            target.where["quantity"] = li.where["quantity"]


def _counted_by_sentence(target: LineItem, body: list[tuple[int, str]], ctx: TextContext) -> None:
    """A short sentence counting the noun of the article's name ("Fakturera en bok." for "Förlorad bok")."""
    art = ctx.registry.article(ctx.agency_code, target.article) or {}
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", str(art.get("name") or ""))}
    if not words:
        return
    found: list[tuple[Decimal, int]] = []
    codes = ctx.registry.article_codes(ctx.agency_code)
    for n, t in body:
        for s in _SENTENCE_RE.findall(t):
            m = _COUNT_SENTENCE_RE.match(s)
            if not m or not _same_noun(m.group("noun").casefold(), words) or m.group("n").upper() in codes \
                    or len(m.group("n")) > 3 and m.group("n").isdigit():
                continue    # "2020 Expertgranskning": the code before the article's name, no count
            value = Decimal(m.group("n")) if m.group("n").isdigit() else (
                word_value(m.group("n")) if NUMBER_WORD_RE.fullmatch(m.group("n")) else None)
            if value is not None:
                found.append((value, n))
    if len({v for v, _ in found}) == 1:
        target.quantity = found[0][0]
        w = target.where.get("article")
        if w is not None:
            target.where["quantity"] = Where(w.part, line=found[0][1], rule="prose:count of the article's noun",
                                             how="stated", segment=w.segment)


def _same_noun(noun: str, words: set[str]) -> bool:
    """The noun is a word of the article's name, or its Finnish partitive ("osallistujaa" of "osallistuja")."""
    return noun in words or any(len(w) >= 4 and noun.startswith(w) and len(noun) - len(w) <= 2 for w in words)


def complete_from_newest(lines: list[LineItem], used: list[Segment], ctx: TextContext) -> list[LineItem]:
    """"glömde antalet: 2 st" above the sender's own request quoted below (intake.extract.repeats): the one count
    the newest part states is the count of the one line from the quoted request that has none. When the quoted
    request had its counts, it was complete and is already with the centre: its lines stay history (dropped)."""
    if not says_completion(used):
        return lines
    quoted = [li for li in lines if li.where and all(w.segment == "quoted" for w in li.where.values())]
    open_lines = [li for li in quoted if li.quantity is None]
    counts = [(q, n) for s in used if s.role == "newest" for n, t in s.body()
              for q, _span, _rule in [read_quantity(t, ctx)] if q is not None]
    if len(open_lines) != 1 or len(counts) != 1:
        return [li for li in lines if li not in quoted]
    open_lines[0].quantity = counts[0][0]
    open_lines[0].where["quantity"] = Where(ctx.part, line=counts[0][1], rule="prose:completes own request",
                                            how="stated", segment="newest")
    return lines
