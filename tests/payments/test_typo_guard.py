"""A reference typo never pays another customer's invoice silently (core.payments.matching._wrong_customer_guard).

Luhn misses an adjacent 0<->9 swap, so such a typo is a valid OCR of a different invoice. Generated over 10,000 open
invoices (sequential numbers, OCR references, amounts from a price list so that many invoices share an amount):
every adjacent swap and every single-digit change of real references, paid with the payer's own amount."""
from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.kernel import references
from core.payments.book import Book, Item
from core.payments.facts import PaymentFacts
from core.payments.matching import decide

N = 10_000
PRICES = [c * 100 for c in range(250, 10_250, 100)]  # 100 list prices: ~100 invoices share each amount


def _org_no(i: int) -> str:
    """A valid Swedish organisation number per customer (the payer identity BgMax TK29 / camt Dbtr/Id carry)."""
    digits = references.ocr(f"556{i:06d}")
    return f"{digits[:6]}-{digits[6:]}"


def _typos(ref: str) -> list[str]:
    """Every adjacent transposition and every single-digit substitution of `ref`."""
    out = {ref[:i] + ref[i + 1] + ref[i] + ref[i + 2:] for i in range(len(ref) - 1) if ref[i] != ref[i + 1]}
    out |= {ref[:i] + d + ref[i + 1:] for i in range(len(ref)) for d in "0123456789" if d != ref[i]}
    return sorted(out)


def _book(distinct_amounts: bool) -> tuple[Book, list[tuple[str, int, int]]]:
    rnd = random.Random(18)
    rows = []
    for i in range(N):
        ref = references.ocr(str(20260000 + i))
        amount = 100_000 + i * 37 if distinct_amounts else rnd.choice(PRICES)
        rows.append((ref, amount, i + 1))
    items = [Item(i + 1, str(20260000 + i), ref, cust, "SEK", amount, "invoice", "issued")
             for i, (ref, amount, cust) in enumerate(rows)]
    customers = {cust: (_org_no(cust), f"Kund {cust} AB") for _, _, cust in rows}
    return Book(items, customers), rows


SHARED_AMOUNTS = _book(distinct_amounts=False)
DISTINCT_AMOUNTS = _book(distinct_amounts=True)


def _wrong(book_rows, index: int, with_payer: bool) -> list[str]:
    book, rows = book_rows
    ref, amount, cust = rows[index]
    wrong = []
    for typo in _typos(ref):
        facts = PaymentFacts(amount, "SEK", dt.date(2026, 3, 20), reference=typo,
                             payer_org_no=_org_no(cust) if with_payer else None)
        for p in decide(facts, book).allocations:
            if book.items[p.item_id].customer_id != cust:
                wrong.append(f"{ref}->{typo} booked on {book.items[p.item_id].number}")
    return wrong


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=N - 1))
def test_typos_with_the_payer_identified_never_pay_another_customer(index):
    """The payer's identity is in the file (BgMax TK29, camt Dbtr/Id): amounts shared by many invoices."""
    assert _wrong(SHARED_AMOUNTS, index, with_payer=True) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=N - 1))
def test_typos_without_a_payer_never_pay_another_customer_when_the_amount_tells(index):
    """No payer identity: the amount is the only evidence, so it decides when it differs from the named invoice's.
    (Two invoices with the same amount and references one typo apart, paid without a name, cannot be told apart:
    the reference then decides, as it must.)"""
    assert _wrong(DISTINCT_AMOUNTS, index, with_payer=False) == []


def test_the_audit_case_goes_to_the_neighbour_with_the_evidence():
    """A 0<->9 swap: valid OCR of invoice B, amount exactly invoice A's (one transposition away)."""
    book, rows = DISTINCT_AMOUNTS

    def swapped_onto(ref: str) -> list[Item]:
        swaps = [t for t in _typos(ref) if references.is_valid(t) and sorted(t) == sorted(ref)]
        return [x for t in swaps for x in book.with_key(t)]

    amount, cust, named = next((a, c, n) for r, a, c in rows for n in [swapped_onto(r)] if n)
    other = named[0]
    d = decide(PaymentFacts(amount, "SEK", dt.date(2026, 3, 20), reference=other.key), book)
    assert [book.items[p.item_id].customer_id for p in d.allocations] == [cust]
    assert d.allocations[0].method == "reference_fuzzy" and other.number in d.note and "one typo away" in d.note
