"""Answers to a payment question mail (core.payments.questions): one line per payment, above the quote.

    123: 100045                       the invoice; what it has open, up to what is left of the payment
    123: 100045 500,00; 100046 734,00 split across invoices (also "," + space, "och", "ja", "and", "+")
    Betalning 123 = faktura 100045
    123: återbetala / palauta / refund  return the money to the payer

A line whose invoice part cannot be read is not an answer (the payment stays asked). The quoted question mail
is never read (its "Betalning 123 | …" lines have no colon after the number anyway).
"""
from __future__ import annotations

import re

from .amounts import parse_amount
from .replies import _answer_text

ABOVE_MARKERS = ("svara ovanför denna rad", "vastaa tämän rivin yläpuolelle", "reply above this line")
_LINE_RE = re.compile(r"(?i)^\s*(?:(?:betalning|betalningen|maksu|payment)\s*)?(?:nr\.?\s*|no\.?\s*|#)?"
                      r"(\d{1,12})\s*(?::|=|->|–|—)\s*(.+?)\s*$")
_REFUND_RE = re.compile(r"(?i)\b(?:återbetala\w*|betala\s+tillbaka|retur\w*|palauta\w*|palautus|refund\w*|"
                        r"return\w*|pay\s+back)\b")
_SPLIT_RE = re.compile(r"(?i);|,\s+|\s+(?:och|ja|and|&|\+)\s+")
_PART_RE = re.compile(r"(?i)^(?:(?:faktura|fakturan|fakt\.?|lasku|laskulle|laskun|invoice|inv\.?)\s*(?:nr\.?\s*)?)?"
                      r"(?P<number>[A-Z0-9][A-Z0-9-]{2,})(?:\s+(?P<amount>.+))?$")


def payment_reply(body: str) -> list[dict] | None:
    """The answers in the reply's own text, or None when it has no answer line."""
    own = _answer_text(body) or body
    answers = []
    for line in own.splitlines():
        if line.strip().lower().startswith(ABOVE_MARKERS):
            break
        m = _LINE_RE.match(line)
        if not m:
            continue
        answer = _answer(int(m.group(1)), m.group(2))
        if answer is not None:
            answers.append(answer)
    return answers or None


def _answer(payment_id: int, text: str) -> dict | None:
    if _REFUND_RE.search(text):
        return {"payment": payment_id, "invoices": [], "refund": True, "text": text}
    invoices = []
    for part in (p.strip(" .") for p in _SPLIT_RE.split(text)):
        m = _PART_RE.match(part)
        if not m or not any(ch.isdigit() for ch in m.group("number")):
            return None
        amount = None
        if m.group("amount"):
            amount = parse_amount(m.group("amount"))
            if amount is None or amount <= 0:
                return None
        invoices.append({"number": m.group("number"), "amount": None if amount is None else str(amount)})
    return {"payment": payment_id, "invoices": invoices, "refund": False, "text": text} if invoices else None
