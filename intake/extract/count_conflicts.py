"""A count the mail's text and its attached file state differently for the same item: one line, count asked.

Why: "LP20 yhteensä 12 tuntia, erittely liitteenä" above an attached row of 10 hours for the same booking is one
booking told twice, not two bookings; invoicing both bills the customer twice (a holdout set found it straight
through), and choosing either is a guess a clerk must make (the contract: a value the message states two ways is
asked, never chosen). So when, for one customer, exactly one line of the body and exactly one line of an
attachment name the same article for the same (or an unstated) period with different quantities, the attachment's
line is kept (its place and details), the body's line is dropped, and the quantity is left unknown — asked.
Equal counts are one line already (intake.assemble merges equal signatures).
"""
from __future__ import annotations

from dataclasses import replace

from .model import LineItem, Where


def _part(li: LineItem) -> str:
    w = li.where.get("quantity") or li.where.get("article")
    return w.part if w else ""


def _same_time(a: LineItem, b: LineItem) -> bool:
    return a.period is None or b.period is None or a.period == b.period


def ask_disagreeing_counts(lines: list[LineItem]) -> list[LineItem]:
    """`lines` with each body/attachment pair that counts one article differently made one line, count asked."""
    out = list(lines)
    for body in lines:
        if _part(body) != "body" or not body.article or body.quantity is None:
            continue
        same = [x for x in out if x.article == body.article and x is not body]
        files = [x for x in same if _part(x).startswith("attachment")]
        if len(files) != 1 or len(same) != 1 or not _same_time(body, files[0]):
            continue
        kept = files[0]
        if kept.quantity is None or kept.quantity == body.quantity:
            continue
        w = kept.where.get("quantity")
        kept.where["quantity"] = replace(w, rule="body and attachment state different counts", how="inferred") \
            if w else Where(_part(kept), rule="body and attachment state different counts", how="inferred")
        kept.quantity = None
        kept.period = kept.period or body.period
        kept.unit_price = kept.unit_price if kept.unit_price is not None else body.unit_price
        kept.amount = None
        out.remove(body)
    return out
