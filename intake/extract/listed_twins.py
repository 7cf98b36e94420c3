"""Two list items that bill the same article, count and price are two lines, not one read twice.

Why: a gym hire listed as "- S10 tisdagar kl 18-20, 4 ggr à 2 tim = 8 tim" and "- S10 torsdagar kl 19-21, 4 ggr à
2 tim = 8 tim" is two bookings of 8 hours each (holdout 44, x08); dropping the second as a repeat billed 8 hours
of 16 and left the third line to fill its place. A line read again from the same sentence, or from a sentence that
is no list item ("Alltså S10 8 tim"), is still the same line said twice.
"""
from __future__ import annotations

from .model import LineItem
from .quantities import LIST_MARK_RE


def said_again(li: LineItem, out: list[LineItem], unit: str, n: int, body: list[tuple[int, str]]) -> bool:
    """True when `li` repeats a line already in `out`, except when both are list items on lines of their own."""
    twins = [x for x in out if x.signature() == li.signature()]
    if not twins:
        return False
    if not LIST_MARK_RE.match(unit):
        return True
    listed = {k for k, t in body if LIST_MARK_RE.match(t)}
    return any((w := x.where.get("article")) is None or w.line == n or w.line not in listed for x in twins)
