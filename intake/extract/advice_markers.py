"""What else marks a message as a payment advice besides the words of intake.extract.payments.MARKER_RE.

- A payer and a payment day, each on a labelled line ("Maksaja: Nordkap Analys AB" / "Maksupäivä: 1.12.2026",
  "Betalare: …" / "Betalningsdag: …", "Payer: …" / "Payment date: …"): an invoice request names a customer, never
  a payer with the day it paid, so both labels together tell an advice, whatever currency it was paid in.
- One payment for several invoices told in a sentence whose verb and invoice word stand apart ("X maksoi
  30.11.2026 yhdellä suorituksella 2 310,00 € kolme laskua", "X betalade den 30 november med en betalning tre
  fakturor", "X paid three invoices with one payment on …").
- A payment told by its reference, with no invoice number ("X paid today with ref RF18 5390 …", "X betalade idag
  med OCR 4102…", "X maksoi tänään viitteellä 1234 …"): a paying verb followed, in the same sentence, by a payment
  reference — an invoice request quotes references, never that they were paid with.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .amounts import find_amounts

_PAYER_LABEL_RE = re.compile(r"(?im)^\W*(?:maksaja|betalare|betalningsavsändare|payer|paid by|remitter)\s*:\s*\S")
_DATE_LABEL_RE = re.compile(r"(?im)^\W*(?:maksupäivä|maksupvm|arvopäivä|betalningsdag|betalningsdatum|betaldag|"
                            r"betaldatum|payment date|value date|date paid)\s*:\s*\d")
#: a paying verb and, later in the same sentence, the invoices paid (a date's dots do not end the sentence)
_PAID_SEVERAL_RE = re.compile(
    r"(?i)\b(?:maksoi(?:vat)?|maksettiin|betalade|betalt|paid)\b(?:[^.\n?]|\.(?=\S)){0,80}?"
    r"\b(?:kaksi|kolme|neljä|viisi|useamman|\d)\s+(?:laskua|laskut)\b"
    r"|\b(?:maksoi(?:vat)?|betalade|paid)\b(?:[^.\n?]|\.(?=\S)){0,80}?"
    r"\b(?:två|tre|fyra|fem|\d)\s+fakturor\b"
    r"|\b(?:paid)\b(?:[^.\n?]|\.(?=\S)){0,80}?\b(?:two|three|four|five|\d)\s+invoices\b")

#: a paying verb, then (within the sentence) the reference it paid with: "paid today with ref RF18 5390 …"
PAID_WITH_REF_RE = re.compile(
    r"(?i)\b(?:paid|betalade|har\s+betalat|betalat|maksoi(?:vat)?|on\s+maksanut)\b(?:[^.\n?]|\.(?=\S)){0,40}?"
    r"\b(?:with|using|med|under)\s+(?:(?:the|our|er|vår)\s+)?(?:ref(?:erence)?|referens(?:en)?|OCR(?:-numret)?|viite)"
    r"\b\.?\s*:?\s*(?:RF\d\d|\d{5,})"
    r"|(?i:\bmaksoi(?:vat)?|\bon\s+maksanut)\b(?:[^.\n?]|\.(?=\S)){0,40}?\bviitteellä\s+(?:RF\d\d|\d{5,})")


def marks_advice(text: str) -> bool:
    """A labelled payer with a labelled payment day, or a sentence telling that several invoices were paid."""
    t = text or ""
    return bool((_PAYER_LABEL_RE.search(t) and _DATE_LABEL_RE.search(t)) or _PAID_SEVERAL_RE.search(t) or
                PAID_WITH_REF_RE.search(t))


def one_payment_total(docs: list[str]) -> Decimal | None:
    """The one amount with a currency in a sentence telling that several invoices were paid at once ("maksoi
    30.11.2026 yhdellä suorituksella 2 310,00 € kolme laskua"): the payment's total (none when not unique)."""
    for t in docs:
        for m in _PAID_SEVERAL_RE.finditer(t or ""):
            money = [a.value for a in find_amounts(m.group(0))
                     if a.has_currency and a.value is not None and not a.approximate]
            if len(money) == 1:
                return money[0]
    return None
