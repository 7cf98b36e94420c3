"""One invoice paid with an amount other than the invoice's, told in words (issue #14).

"faktura 10320 på 9 800 kr betalas idag, men vi betalar 500 kr mindre … Vi betalar alltså 9 300 kr", "betalat
faktura 10318 (3 200 kr) men råkade betala 2 000 kr för mycket, totalt 5 200 kr", "Avser: faktura 10333 …
Belopp: 6 250,00 kr", "maksaneensa laskun 20650 — summa 1 172,00 €": an advice reports what was paid, so its
item is the amount paid — not the invoice's amount, nor the difference ("500 kr mindre"). Only for one invoice
named in the advice: with several, an amount cannot be tied to one of them. The amount a payment was made with
("har betalat faktura 26004512 med 4 250 kr") is the payment's total (`paid_with`).
"""
from __future__ import annotations

import re
from decimal import Decimal

from .amounts import find_amounts

_INV_RE = re.compile(r"(?i)\b(?:faktur\w*|lasku\w*|invoices?)\s*(?:nr|no|nro|number|numero)?\.?\s*[:#]?\s*"
                     r"(?P<inv>\d{4,20})\b(?![.,]\d)")
#: the amount paid: "vi betalar (alltså) 9 300 kr", "we pay …", "maksamme …", "totalt 5 200 kr", "summa …",
#: a labelled "Belopp: 6 250,00 kr" / "Amount: …" / "Määrä: …"
_PAID_CUE_RE = re.compile(
    r"(?i)\b(?:vi\s+betalar|we\s+(?:will\s+)?pay|we\s+are\s+paying|maksamme)\s+(?:alltså|därför|nu|thus|"
    r"therefore|now|siis|nyt)?\s*|\b(?:totalt|sammanlagt|yhteensä|in\s+total|summa)\s*:?\s*|"
    r"(?m:^\W*(?:belopp|betalt\s+belopp|amount|määrä|maksettu\s+summa)\s*:\s*)|"
    # what the bank sent after its charges: "Amount remitted  EUR 1,235.00"
    r"(?m:^\W*(?:amount\s+remitted|remitted\s+amount)\s*:?\s*)")
#: an amount that is a difference, not what was paid: "500 kr mindre", "2 000 kr för mycket", "€15 less"
_DIFFERENCE_AFTER_RE = re.compile(r"(?i)\s*(?:mindre|mer|för\s+mycket|för\s+lite|less|more|too\s+much|"
                                  r"vähemmän|enemmän|liikaa|liian\s+vähän)\b")


def paid_as_told(docs: list[str]) -> tuple[str, Decimal] | None:
    """(invoice number, amount paid) when the advice names exactly one invoice and states what was paid; the
    last statement wins ("vi betalar 500 kr mindre … Vi betalar alltså 9 300 kr")."""
    invoices = {m.group("inv") for t in docs for m in _INV_RE.finditer(t)}
    if len(invoices) != 1:
        return None
    paid: Decimal | None = None
    for t in docs:
        for cue in _PAID_CUE_RE.finditer(t):
            window = t[cue.end():cue.end() + 24]
            amts = [a for a in find_amounts(window) if a.has_currency and a.value is not None and not a.approximate]
            if amts and amts[0].start <= 2 and not _DIFFERENCE_AFTER_RE.match(window, amts[0].end):
                paid = amts[0].value
    return (next(iter(invoices)), paid) if paid is not None and paid > 0 else None


#: the paying verb's instrument is the payment: "har betalat faktura 26004512 med 4 250 kr", "paid invoice N with
#: EUR 445.00", "maksoi laskun N summalla 445,00 €" — the amount of the one payment, hence its stated total
_PAID_WITH_RE = re.compile(r"(?i)\b(?:betalat|betalade|paid|maksoi(?:vat)?|maksanut)\b[^.\n]{0,60}?"
                           r"\b(?:med|with|summalla)\s+(?=\S*\d|[A-Z€$]{1,3}\s?\d)")


def paid_with(docs: list[str]) -> Decimal | None:
    """The amount a payment sentence says was paid with ("… betalat faktura N med 4 250 kr"): the payment's
    total; none unless exactly one such amount with a currency stands right after "med"/"with"."""
    found = set()
    for t in docs:
        for m in _PAID_WITH_RE.finditer(t):
            amts = [a for a in find_amounts(t[m.end():m.end() + 24]) if a.has_currency and a.value is not None
                    and not a.approximate]
            if amts and amts[0].start == 0:
                found.add(amts[0].value)
    return next(iter(found)) if len(found) == 1 else None
