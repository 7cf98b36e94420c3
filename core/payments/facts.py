"""What the matching rules read and decide (pure data, amounts in integer cents).

`PaymentFacts` is what a payment says (amount, currency, date, references, remittance text, payer), whether it
comes from a bank file, a manual registration or the payment page; `AdviceView` is a payment advice the agency
forwarded; a `Decision` is where the rules put the money: `Planned` allocations per invoice, an overpayment
booked as customer credit, a note and what to ask the agency. Applying a decision is core.payments.placing's (one
payment) or core.payments.import_writes' (a bank file, set-based).
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from core.payments.reference_keys import is_valid_reference, ref_key, references_in_text

REFERENCE = "reference"
REFERENCE_FUZZY = "reference_fuzzy"
ADVICE = "advice"
AMOUNT_PAYER = "amount_payer"
METHODS = (REFERENCE, REFERENCE_FUZZY, ADVICE, AMOUNT_PAYER)


def cents(amount: Decimal) -> int:
    return int(amount * 100)


def money(c: int) -> Decimal:
    return Decimal(c).scaleb(-2)


@dataclass
class PaymentFacts:
    amount: int                         # cents, signed (deductions negative)
    currency: str
    date: dt.date
    reference: str | None = None
    extra_refs: tuple[tuple[str, int | None], ...] = ()   # (reference, cents or None)
    remittance: tuple[str, ...] = ()
    payer_name: str | None = None
    payer_org_no: str | None = None

    @functools.cached_property
    def keys(self) -> list[str]:
        """Keys of the valid references this payment carries (the reference, extra references that pay, valid
        references in the remittance text). Cached: the book load, `prepare` and the rules all ask."""
        if not self.extra_refs and not self.remittance:  # most bank payments: the one reference, nothing else
            key = ref_key(self.reference) if is_valid_reference(self.reference) else None
            return [key] if key else []
        refs = [self.reference, *(r for r, a in self.extra_refs if a is None or a >= 0),
                *references_in_text(self.remittance)]
        return [k for r in refs if is_valid_reference(r) for k in [ref_key(r)] if k]

    @property
    def deducted_keys(self) -> list[str]:
        """Keys of the valid extra references with a negative amount (credit notes the payer deducted)."""
        if not self.extra_refs:
            return []
        return [k for r, a in self.extra_refs if a is not None and a < 0 and is_valid_reference(r)
                for k in [ref_key(r)] if k]

    @property
    def deducts(self) -> bool:
        """A deduction, or a payment netting a credit note: the rules may need every open credit note."""
        return self.amount < 0 or any(a is not None and a < 0 for _, a in self.extra_refs)


@dataclass
class AdviceView:
    id: int
    payer_name: str | None
    payer_org_no: str | None
    date: dt.date | None
    total: int | None
    currency: str | None
    items: list[tuple[str | None, str | None, int]]   # (invoice number, reference, cents)
    used: bool = False


@dataclass
class Planned:
    item_id: int
    amount: int        # cents; negative settles a credit note
    method: str


@dataclass
class Decision:
    allocations: list[Planned] = field(default_factory=list)
    overpayment: int = 0                 # cents to book as customer credit
    customer_id: int | None = None
    note: str | None = None
    ask_agency: str | None = None
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    advice_id: int | None = None

    @property
    def method(self) -> str | None:
        return self.allocations[0].method if self.allocations else None

    def rest(self, amount: int) -> int:
        return amount - sum(p.amount for p in self.allocations) - self.overpayment
