"""A count the mail's text and its attached file state differently for the same item: one line, count asked.

Why: "LP20 yhteensä 12 tuntia, erittely liitteenä" above an attached row of 10 hours for the same booking is one
booking told twice, not two bookings; invoicing both bills the customer twice (a holdout set found it straight
through), and choosing either is a guess a clerk must make (the contract: a value the message states two ways is
asked, never chosen). So when, for one customer, exactly one line of the body and exactly one line of an
attachment name the same article for the same (or an unstated) period with different quantities, the attachment's
line is kept (its place and details), the body's line is dropped, and the quantity is left unknown — asked.
Equal counts are one line already (intake.assemble merges equal signatures).

The same holds for an attached list that names no article, only dates and counts (intake.extract.count_lists:
"totalt 12 timmar, bokningslistan bifogas" above rows summing to 14): the list is the detail of the mail's only
counted line; its sum is compared with the mail's count — equal, the line stands; different, the count is asked.
The list is never a line of its own. A body line for the article with neither count nor price only introduces the
attached rows ("Laskutetaan vain VS300 myydyistä lipuista"): dropped.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .count_lists import LIST_SUM
from .model import LineItem, Where


def _part(li: LineItem) -> str:
    w = li.where.get("quantity") or li.where.get("article")
    return w.part if w else ""


def _same_time(a: LineItem, b: LineItem) -> bool:
    return a.period is None or b.period is None or a.period == b.period


def _within(listed: LineItem, li: LineItem) -> bool:
    """The list's dates lie in the line's period (or either is unstated): the list details that line."""
    a, b = listed.period, li.period
    return a is None or b is None or (b[0] <= a[0] and a[1] <= b[1])


def _ask(li: LineItem, part: str) -> None:
    w = li.where.get("quantity")
    li.where["quantity"] = replace(w, rule="body and attachment state different counts", how="inferred") \
        if w else Where(part, rule="body and attachment state different counts", how="inferred")
    li.quantity = None
    li.amount = None


def _is_list_sum(li: LineItem) -> bool:
    w = li.where.get("quantity")
    return bool(w and w.rule == LIST_SUM)


def _compare_list_sums(lines: list[LineItem]) -> list[LineItem]:
    """Each attached list's sum checked against the body's only counted line (module doc), then dropped."""
    sums = [x for x in lines if _is_list_sum(x)]
    if not sums:
        return lines
    out = [x for x in lines if not _is_list_sum(x)]
    counted = [x for x in out if _part(x) == "body" and x.quantity is not None]
    if len(counted) == 1 and len(sums) == 1 and _within(sums[0], counted[0]) \
            and sums[0].quantity != counted[0].quantity:
        _ask(counted[0], "body")
    return out


def _rows_of(body: LineItem, files: list[LineItem], out: list[LineItem]) -> list[LineItem]:
    """Several attached rows of the body's article inside its period: the body's count is their total. Equal,
    the rows stand (the body's line would bill them twice); different, one line, its count asked."""
    if any(f.quantity is None or not _within(f, body) for f in files):
        return out
    out = [x for x in out if x is not body]
    if sum((f.quantity for f in files if f.quantity is not None), Decimal(0)) == body.quantity:
        return out
    kept = files[0]
    _ask(kept, _part(kept))
    kept.period = body.period or kept.period
    kept.unit_price = kept.unit_price if kept.unit_price is not None else body.unit_price
    return [x for x in out if x is kept or x not in files]


def _covering_line(body: LineItem, out: list[LineItem]) -> list[LineItem]:
    """"Laskutetaan vain VS300 myydyistä lipuista" above a sheet of VS300 rows: the mail's count-less, price-less
    line for an article the attachment lists (within its period) introduces those rows — no line of its own, which
    would ask a count the rows already state."""
    same = [x for x in out if x.article == body.article and x is not body]
    if body.unit_price is not None or body.amount is not None or not same or \
            not all(_part(x).startswith("attachment") and _within(x, body) for x in same):
        return out
    return [x for x in out if x is not body]


def ask_disagreeing_counts(lines: list[LineItem]) -> list[LineItem]:
    """`lines` with each body/attachment pair that counts one article differently made one line, count asked."""
    out = _compare_list_sums(list(lines))
    lines = list(out)
    for body in lines:
        if _part(body) != "body" or not body.article:
            continue
        if body.quantity is None:
            out = _covering_line(body, out)
            continue
        same = [x for x in out if x.article == body.article and x is not body]
        files = [x for x in same if _part(x).startswith("attachment")]
        if len(files) > 1 and len(same) == len(files):
            out = _rows_of(body, files, out)
            continue
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
