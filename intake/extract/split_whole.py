"""A line in the preamble of a split body that the customer blocks divide is the whole, not one more line.

Why: "seminarierum (LH30) torsdag 3 december 2026 …, 8 tim. Kostnaden delas 50 % vardera, dvs. / A: LH30, 4 tim /
B: LH30, 4 tim" states the whole first and then each payer's share. Read as it stands the 8 hours were a line of
their own, joined to the first customer as a guess (A billed 4 + 8 hours, held), and the day written only with
the whole went to no share (B straight through without its period). When every block's lines are of the whole's
article and their counts add up exactly to the whole's count, the preamble line is that whole: it is dropped, and
its period dates each share that has none (the contract: a period stated once applies to every line). Counts that
do not add up are no such proof; the old reading (a guessed owner, held for a clerk) stays.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from .dates import find_dates
from .file_periods import NOT_SERVICE_BEFORE_RE
from .model import Fragment, LineItem, Where
from .quantities import read_quantity
from .segments import Segment
from .text_context import TextContext


def without_divided_whole(pre: Segment, mains: list[Fragment],
                          read: Callable[[Segment], list[Fragment]]) -> Segment:
    """`pre` without the whole's line(s) when the blocks divide it (its period given to the shares); else `pre`."""
    if not pre.lines:
        return pre
    shared = read(pre)[0]
    if len(shared.lines) != 1:
        return pre
    whole = shared.lines[0]
    parts = [li for m in mains for li in m.lines]
    if whole.article is None or whole.quantity is None or len(parts) < 2 or \
            any(li.article != whole.article or li.quantity is None for li in parts):
        return pre
    if sum(li.quantity for li in parts if li.quantity is not None) != whole.quantity:
        return pre
    if whole.unit_price is not None and any(li.unit_price not in (None, whole.unit_price) for li in parts):
        return pre
    for li in parts:
        if li.period is None and whole.period is not None:
            li.period = whole.period
            if "period" in whole.where:
                li.where["period"] = replace(whole.where["period"], rule="split:period of the whole")
    used = {w.line for w in whole.where.values() if w.line is not None}
    return replace(pre, lines=[(n, t) for n, t in pre.lines if n not in used])


def share_divided_whole(pre: Segment, blocks: list[Segment], mains: list[Fragment], ctx: TextContext,
                        read: Callable[[Segment], list[Fragment]]) -> bool:
    """"EA30 yhteensä 10 h, jaetaan 50/50: / A Oy 5 h / B kunta 5 h": blocks that give only a count, under a
    preamble line with its article and a count they add up to exactly, each get that line with their own count
    (the whole's period kept). True when shared so; the caller then drops the preamble's line."""
    if not pre.lines or any(m.lines for m in mains):
        return False
    shared = read(pre)[0]
    if len(shared.lines) != 1:
        return False
    whole = shared.lines[0]
    if whole.article is None or whole.quantity is None or whole.amount is not None:
        return False
    counts = [read_quantity(" ".join(t for _n, t in b.lines), ctx) for b in blocks]
    if any(q is None for q, _s, _r in counts) or sum(q for q, _s, _r in counts if q is not None) != whole.quantity:
        return False
    give_each_its_count(whole, shared, mains, blocks, [q for q, _s, _r in counts], ctx, "split:share of the whole")
    return True


def give_each_its_count(proto: LineItem, shared: Fragment, mains: list[Fragment], blocks: list[Segment],
                        counts: list[Decimal | None], ctx: TextContext, rule: str) -> None:
    """Each customer block gets the one line stated before the blocks with the block's own count (and its own day:
    "guidade visningar, LM10 alla: / - A 1 st 7/11 / - B 2 st 14/11"), and the shared references where the block
    states none."""
    for frag, b, q in zip(mains, blocks, counts, strict=True):
        li = replace(proto, where=dict(proto.where), quantity=q)
        li.where["quantity"] = Where(ctx.part, line=b.lines[0][0], rule=rule, how="stated")
        own = _block_date(b, ctx)
        if own is not None:
            li.set_period(own, Where(ctx.part, line=b.lines[0][0], rule="prose:the block's date"))
        frag.lines = [li]
        for k in ("buyer_reference", "order_reference"):
            if getattr(shared.customer, k) and not getattr(frag.customer, k):
                setattr(frag.customer, k, getattr(shared.customer, k))


def _block_date(b: Segment, ctx: TextContext) -> tuple[dt.date, dt.date] | None:
    """The one date (or period) a customer block states that is no due, invoice or agreement date; else None."""
    found = set()
    for _n, t in b.lines:
        found |= {(d.first, d.last) for d in find_dates(t, ctx.year, ctx.on)
                  if not NOT_SERVICE_BEFORE_RE.search(t[max(0, d.start - 40):d.start])}
    return found.pop() if len(found) == 1 else None
