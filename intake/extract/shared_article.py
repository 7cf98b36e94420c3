"""An article named once above customer blocks whose items carry none: each block's item is of that article.

Why: "Två fakturor för anropsstyrd skolskjuts (SK30), priserna enligt avtal: / 1) A AB … 14 turer à 380 kr / 2) B
kommun … 9 turer à 410 kr" (holdout35 w05), "Kaksi laskua julkaisuista (JU10): 1) … 40 kpl à 28,50 €", "Please bill
the printed reports (code 3020) to these two customers: - A: 20 copies at SEK 410 …". Read as it stands the preamble
was a line of its own (its "two invoices" taken for a count, joined to the first customer as a guess) and every
block's item went out without an article — at the agency's default VAT instead of the article's. When the preamble
reads as exactly one line with an article and no count of its own (or a count of the blocks: "two invoices", "kaksi
laskua"), and every block gave lines none of which has an article, each of those lines takes the preamble's article
(its count, price and date stay the block's) and the preamble line is dropped.
"""
from __future__ import annotations

from collections.abc import Callable

from .model import Fragment, Where
from .segments import Segment


def give_the_named_article(pre: Segment, mains: list[Fragment],
                           read: Callable[[Segment], list[Fragment]]) -> bool:
    """Give the preamble's one article to every block's article-less lines; True when given (drop the preamble)."""
    if not pre.lines or len(mains) < 2 or not all(m.lines for m in mains):
        return False
    if any(li.article for m in mains for li in m.lines):
        return False
    shared = read(pre)[0]
    if len(shared.lines) != 1 or not shared.lines[0].article:
        return False
    proto = shared.lines[0]
    if proto.quantity is not None and proto.quantity != len(mains):
        return False
    if proto.unit_price is not None or proto.amount is not None:
        return False
    where = proto.where.get("article")
    for m in mains:
        for li in m.lines:
            li.article = proto.article
            if where is not None:
                li.where["article"] = Where(where.part, line=where.line, rule="preamble:article", how="stated")
    return True
