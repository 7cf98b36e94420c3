"""A price the writer doubts: two prices named and the writer does not know which applies ("i registret står 450
kr, men offerten sa 480 kr – jag vet inte vilket pris som gäller", "hinnaksi on merkitty 32 €, mutta hinnastossa
28 €. En tiedä kumpi on oikein", "I don't know which rate applies").

Why: taking either price invoices a figure the agency itself has not decided; the contract asks what is missing,
and a price the sender cannot state is missing. The lines whose article the doubting paragraph names (or the only
line) lose their price and are asked; the sentence that contrasts the prices is no line of its own.
"""
from __future__ import annotations

import re

from .model import Fragment, LineItem

#: "vet inte vilket pris som gäller", "osäker på vilket pris", "en tiedä kumpi on oikein", "not sure which rate"
_DOUBT_RE = re.compile(
    r"(?i)\b(?:vet|vet\s+vi|vet\s+jag)\s+inte\s+(?:vilket|vilken|vilka)\b|\b(?:osäker|inte\s+säker)\s+på\s+vilke[tn]\b|"
    r"\b(?:en|emme|ei)\s+(?:tiedä|tiedetä|ole\s+varma|olla\s+varmoja)\s*,?\s+(?:kumpi|kumman|mikä|kummalla)\b|"
    r"\b(?:not\s+sure|unsure|don'?t\s+know|do\s+not\s+know|unclear)\s+which\s+(?:price|rate|fee|one)\b")
#: a price named in the doubting paragraph (the doubt is about a price, not a customer or a date)
_PRICE_RE = re.compile(r"(?i)pris|hin(?:ta|nan|naksi|nalla|nastossa|nasto)|price|\brate|\bfee\b|kr\b|€|\bsek\b|"
                       r"\beur\b")
_CODE_RE = re.compile(r"\b[A-ZÅÄÖ]{0,4}-?\d{2,6}[A-Z]?\b")


def _paragraphs(text: str) -> list[str]:
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith(">")]
    return [p for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]


def _doubting(text: str) -> list[str]:
    """The paragraphs of the text that doubt a price."""
    return [p for p in _paragraphs(text) if _DOUBT_RE.search(p) and _PRICE_RE.search(p)]


def _contrast_line(li: LineItem, para: str) -> bool:
    """A line read from the doubting sentence itself: no article, no count, its text inside the paragraph."""
    d = " ".join((li.description or "").split()).casefold()
    return not li.article and li.quantity is None and len(d) > 12 and d in " ".join(para.split()).casefold()


def ask_doubted_prices(frags: list[Fragment], text: str) -> None:
    """Lines of a doubted price lose it (asked); the contrasting sentence read as a line is dropped."""
    paras = _doubting(text)
    if not paras:
        return
    named = {c for p in paras for c in _CODE_RE.findall(p)}
    counted = {li.article for f in frags for li in f.lines if li.article and li.quantity is not None}
    for f in frags:     # "(MK40) hinnaksi on merkitty 32 €": a mention of a counted line's article, no line
        f.lines = [li for li in f.lines if not any(_contrast_line(li, p) for p in paras)
                   and not (li.quantity is None and li.article in named and li.article in counted)]
    lines = [li for f in frags for li in f.lines]
    hit = [li for li in lines if li.article and li.article in named]
    if not hit and len(lines) == 1 and not named & {li.article for li in lines}:
        hit = lines
    for li in hit:
        li.unit_price, li.amount, li.price_approx = None, None, True
