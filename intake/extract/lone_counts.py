"""A count written on a labelled line of its own below the line it counts ("tillståndsavgift (4010) för halva
november … / Antal: 0,5"): the label reader makes it a line with nothing but a count, while the prose reader
makes the article's line without one. Invoiced apart, one line has no article and the other asks its count. When
a segment has exactly one such bare count and exactly one line without a count, the count is that line's."""
from __future__ import annotations

from .model import LineItem


def _bare_count(li: LineItem) -> bool:
    return (li.quantity is not None and not li.article and not li.description and li.unit_price is None and
            li.amount is None and li.period is None)


def attach_lone_count(lines: list[LineItem]) -> list[LineItem]:
    """The lines with a lone labelled count given to the one line that lacks its count (see the module)."""
    bare = [li for li in lines if _bare_count(li)]
    uncounted = [li for li in lines if li.quantity is None and (li.article or li.description)]
    if len(bare) != 1 or len(uncounted) != 1:
        return lines
    target, count = uncounted[0], bare[0]
    target.quantity = count.quantity
    if "quantity" in count.where:
        target.where["quantity"] = count.where["quantity"]
    target.price_approx = target.price_approx and target.unit_price is None
    return [li for li in lines if li is not count]
