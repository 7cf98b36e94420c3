"""A rough head count or a rough price in a sentence of its own beside several article lines: no line of its own.

    Osallistujia oli noin 40, tarkka määrä tulee … Laskutetaan opastus per osallistuja (OP11) sekä … 1 kpl (OP15)
    De vet inte exakt hur många som kommer – runt 30 scouter – … övernattning (NS12) och helpension (NS13).
    … specialfordon (3190) … Priset blir runt 8 tkr enligt Pelle … Dessutom minibuss … 6 timmar (3110).

Why: `follow_ups` folds such a sentence into the request's one article line; with several it was left a codeless
line whose count and price were asked beside the lines it speaks of — questions the sender cannot answer. Folded
only when the sentence can speak of nothing else: a rough count of people when every line counted per person has no
count (they stay asked), a rough price referring back ("Priset", "The fee") when exactly one line has no price (it
stays asked). Anything else keeps its codeless line and its questions; nothing is ever filled in from a rough figure.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .amounts import APPROX_WORDS, find_amounts
from .model import LineItem
from .per_head import HEADS
from .text_context import TextContext

#: "runt 30 scouter", "noin 40 henkeä", "Osallistujia oli noin 40", "about 25 guests"
_ROUGH_HEADS_RE = re.compile(rf"(?i)(?<![^\W\d_]){APPROX_WORDS}\s*\d{{1,4}}\s+{HEADS}\b|"
                             rf"\b{HEADS}\b[^.;\d]{{0,25}}?(?<![^\W\d_]){APPROX_WORDS}\s*\d{{1,4}}\b")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ(])")
_ADDS_RE = re.compile(r"(?i)\b(?:tillkommer|dessutom|lisäksi|in\s+addition|additionally|extra)\b")
_PERSON_ARTICLE_RE = re.compile(rf"(?i)\b(?:per|kohden|/)\s*{HEADS}|^{HEADS}$|,\s*{HEADS}$")

Source = Callable[[LineItem, dict[int, str], TextContext], "str | None"]


def fold_among_several(lines: list[LineItem], body: list[tuple[int, str]], ctx: TextContext, source: Source,
                       refers_back: Callable[[str], bool]) -> list[LineItem]:
    """`lines` without the codeless lines that only say roughly what one of several article lines lacks."""
    targets = [li for li in lines if li.article]
    if len(targets) < 2:
        return lines
    texts = dict(body)
    out = []
    for li in lines:
        text = None if li.article else source(li, texts, ctx)
        text = _SENTENCE_END_RE.split(text, maxsplit=1)[0] if text else None   # its own sentence only
        if text is not None and (_rough_heads(li, targets, text, ctx) or
                                 _rough_price(li, targets, text, ctx, refers_back) and
                                 _last_code_before(text, body, targets) == _unpriced(targets, ctx)[0].article):
            continue
        out.append(li)
    return out


def _rough_heads(li: LineItem, targets: list[LineItem], text: str, ctx: TextContext) -> bool:
    if li.quantity is not None or li.unit_price is not None or li.amount is not None or \
            not _ROUGH_HEADS_RE.search(text) or _ADDS_RE.search(text) or \
            any(a.has_currency for a in find_amounts(text)):
        return False
    per_person = [t for t in targets if _counts_persons(t, ctx)]
    return bool(per_person) and all(t.quantity is None for t in per_person)


def _rough_price(li: LineItem, targets: list[LineItem], text: str, ctx: TextContext,
                 refers_back: Callable[[str], bool]) -> bool:
    return li.price_approx and li.unit_price is None and li.amount is None and li.quantity is None and \
        len(_unpriced(targets, ctx)) == 1 and refers_back(text) and not _ADDS_RE.search(text)


def _unpriced(targets: list[LineItem], ctx: TextContext) -> list[LineItem]:
    """The lines with no price of their own nor the register's."""
    return [t for t in targets if t.unit_price is None and t.amount is None and
            (ctx.registry.article(ctx.agency_code, t.article) or {}).get("unit_price") in (None, "")]


def _last_code_before(text: str, body: list[tuple[int, str]], targets: list[LineItem]) -> str | None:
    """The article code named last before the sentence `text` (the line a "Priset …" speaks of)."""
    before = ""
    for _n, t in body:
        at = t.find(text[:30])
        if at >= 0:
            before += " " + t[:at]
            break
        before += " " + t
    hits = [(m.start(), li.article) for li in targets if li.article
            for m in re.finditer(rf"(?<![\w-]){re.escape(li.article)}(?![\w-])", before)]
    return max(hits)[1] if hits else None


def _counts_persons(li: LineItem, ctx: TextContext) -> bool:
    art = ctx.registry.article(ctx.agency_code, li.article) if li.article else None
    return any(_PERSON_ARTICLE_RE.search(str(x).strip()) for x in ((art or {}).get("name"), (art or {}).get("unit"))
               if x)
