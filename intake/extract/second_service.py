"""A second service named after an article in the same sentence, with its own count and no code or price, is a
line of its own: "bildlicenser (VM20) till boken, samt konservering av en tavla, 6 timmar".

Why: the clause of the article ran to the sentence's end, so the other service's count became the article's
(an article priced per piece invoiced six times, at its register price). What follows "samt", "och", "även",
"sekä", "ja", "and" or "plus" after the article's code is another thing done when it names something (a word
before or right after its count), counts it in hours, days or pieces, and is no inclusion, payment term or time
limit ("lunch ingår", "inom 30 dagar") — and either the article already has its own count before it, or that
count's unit is not the article's (intake.extract.unit_clash). Then the article keeps only its own words (its
count asked when none is left), and the other service is a line without an article whose price is asked: never
matched to an article by name, never merged. A count in the article's own unit after "och" with no count before
("provtagning (1010) i Sjöbo och Ystad, 4 st") stays the article's. When the article has its own count, a second
service with its own count and unit price ("utredning (2010) 5 timmar och resa 2 st à 450 kr") is a line of its
own with that price too: the article took the other service's price before, and invoiced it at 450.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from intake.extract.patterns import compiled

from .clause_price import find_price
from .codeless_lines import UNIT_AFTER_RE
from .model import LineItem
from .quantities import read_quantity
from .text_context import TextContext
from .unit_clash import unit_clashes

_JOIN_RE = re.compile(r"(?i)\b(?:samt|och|även|liksom|sekä|ja|myös|and|plus|as well as)\b|\s[+&]\s")
#: a word that names the other service, before its count
_NAMED_RE = re.compile(r"[^\W\d_]{4,}")
#: or right after it ("samt 2 timmar restid")
_NAMED_AFTER_RE = re.compile(r"\s+[^\W\d_]{4,}")
#: no service: what is included, a term of payment or a time limit ("lunch ingår, 2 dagar", "inom 30 dagar")
_NO_SERVICE_RE = re.compile(r"(?i)\b(?:ingår|inkluder\w*|inräknat|included|including|sisältyy|sisältyvät|"
                            r"sisältäen|betal\w*|förfall\w*|inom|senast|maksu\w*|eräp\w*|kuluessa|viimeistään|"
                            r"pay\w*|due|within)\b")

ReadLine = Callable[[str, TextContext, "str | None", int], "LineItem | None"]


def second_service(clause: str, code: str, ctx: TextContext, n: int,
                   read_line: ReadLine) -> tuple[str, LineItem | None]:
    """The article's own part of `clause` and the line of a second service named after it (or the clause and
    None)."""
    cm = compiled(rf"(?<![\w]){re.escape(code)}(?![\w])", re.IGNORECASE).search(clause)
    if cm is None:
        return clause, None
    art = ctx.registry.article(ctx.agency_code, code)
    code_mask = [(cm.start(), cm.end())]
    for jm in reversed(list(_JOIN_RE.finditer(clause, cm.end()))):    # the join nearest the count
        head, tail = clause[:jm.start()], clause[jm.end():]
        q, span, _rule = read_quantity(tail, ctx)
        price = find_price(tail, ctx)
        um = UNIT_AFTER_RE.match(tail, span[1]) if q is not None and span is not None else None
        if um is None or span is None or price[2] or _NO_SERVICE_RE.search(tail) or \
                not (_NAMED_RE.search(tail[:span[0]]) or _NAMED_AFTER_RE.match(tail, um.end())):
            continue
        counted = read_quantity(head, ctx, code_mask)[0] is not None
        if not counted and (price[0] is not None or not unit_clashes(tail, span, art)):
            continue    # "… (1010) i Sjöbo och Ystad, 4 st": the article's own count
        li = read_line(tail, ctx, None, n)
        if li is None or li.quantity is None or li.price_approx or \
                (price[0] is None and (li.unit_price is not None or li.amount is not None)) or \
                (price[0] is not None and (li.unit_price is None or not price[1])):
            continue    # a priced service only with its own unit price ("resa 2 st à 450 kr"), never a total
        return head, li
    return clause, None
