"""Time billed per started interval when the rule stands in a sentence of its own ("… samtalet tog 1 tim 40 min.
Vi debiterar per påbörjad halvtimme."): the count reader sees only its clause, finds minutes that give no whole
hundredth of an hour and asks the count. The agreement the mail states rounds the time up to the interval — a
computation the writer asked for, not a guess — so with exactly one time of hours and minutes in the segment and
exactly one line without a count, that line's count is the time rounded up to the next started hour or half
hour."""
from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from .durations import HOURS_MINUTES_RE, rounded_up, started_interval
from .model import LineItem, Where


def apply_started_interval(lines: list[LineItem], body: list[tuple[int, str]], part: str) -> None:
    """Give the one uncounted line the stated time rounded up by a per-started-interval rule (see the module)."""
    text = " ".join(t for _n, t in body)
    started = started_interval(text)
    if started is None:
        return
    half = started == "half"
    times = [m for m in HOURS_MINUTES_RE.finditer(text) if int(m.group("m")) < 60]
    uncounted = [li for li in lines if li.quantity is None and li.article]
    if len(times) != 1 or len(uncounted) != 1:
        return
    m = times[0]
    line = next((n for n, t in body if HOURS_MINUTES_RE.search(t)), None)
    uncounted[0].quantity = rounded_up(int(m.group("h")), int(m.group("m")), half)
    uncounted[0].where["quantity"] = Where(part, line=line, rule="prose:time per started interval", how="computed")


def hour_counts(minutes: Decimal) -> set[Decimal]:
    """The counts in hours a duration gives: exact ("3 h 30 min" = 3.5), per started half hour or per started hour
    — for the leftover net (intake.gate_leftover): a duration that is one of them was read as the count."""
    out = {(minutes / 30).to_integral_value(ROUND_CEILING) / 2, (minutes / 60).to_integral_value(ROUND_CEILING)}
    exact = minutes / 60
    if exact == exact.quantize(Decimal("0.01")):
        out.add(exact.quantize(Decimal("0.01")).normalize())
    return out
