"""The book the matching rules read: one agency's open invoices and credit notes, indexed by reference key,
open amount and number, in integer cents (pure: no SQL here; core.payments.book_loader fills it).

A full book holds every open item of the agency. A targeted book (`Book.targeted`) holds what the payments'
facts reach up front and asks its `Source` for the rest on the spot when a rule looks up a reference key, an
amount or an invoice number it has not asked about yet, so every lookup answers exactly as the full book's: the
same items, in the same order (by id; items moved into an amount bucket by `apply` after them).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from core.payments.facts import AdviceView, Decision, PaymentFacts
from core.payments.reference_keys import numbers_in_text, ref_key

# customer id -> (organisation number, name): who the payer must be (core.kernel.parties compares them)
Customers = dict[int, tuple[str | None, str | None]]


class Item:
    """An invoice or credit note of the agency, with what is still open (cents)."""

    __slots__ = ("id", "number", "key", "customer_id", "currency", "open", "initial", "kind", "status",
                 "credited_key")

    def __init__(self, id_: int, number: str | None, reference: str | None, customer_id: int, currency: str,
                 open_cents: int, kind: str, status: str, credited_ref: str | None = None) -> None:
        self.id = id_
        self.number = number
        self.key = ref_key(reference)
        self.customer_id = customer_id
        self.currency = currency
        self.open = self.initial = open_cents
        self.kind = kind
        self.status = status
        self.credited_key = ref_key(credited_ref)


class Source(Protocol):
    """Where a targeted book gets the open items it has not asked about yet (by id, current as stored)."""

    def with_keys(self, keys: list[str]) -> list[Item]: ...  # keys distinct and sorted

    def with_numbers(self, numbers: list[str]) -> list[Item]: ...

    def with_amounts(self, amounts: list[int]) -> list[Item]: ...

    def credit_notes(self) -> list[Item]: ...

    def customers(self, ids: set[int]) -> Customers: ...


class _Asked:
    """What a targeted book has asked its source about."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.keys: set[str] = set()
        self.amounts: set[int] = set()
        self.numbers: set[str] = set()
        self.credit_notes = False


class Book:
    """One agency's open invoices and credit notes, indexed for the rules; kept current by `apply`."""

    def __init__(self, items: Iterable[Item], customers: Customers, advices: list[AdviceView] | None = None,
                 closed: Iterable[Item] = ()) -> None:
        self.items: dict[int, Item] = {}
        self.by_key: dict[str, Item | list[Item]] = {}     # by id
        self.by_amount: dict[tuple[str, int], dict[int, Item]] = {}
        self.credits_by_key: dict[str, list[Item]] = {}
        self.customers = customers
        self.advices = advices or []
        self.closed_by_key: dict[str | None, list[Item]] = {}
        self._by_number: dict[str, Item] | None = None
        self._asked: _Asked | None = None          # a targeted book: what is not here yet comes from the source
        for it in items:
            self._add(it)
        for it in closed:
            self.closed_by_key.setdefault(it.key, []).append(it)

    @classmethod
    def targeted(cls, source: Source, advices: list[AdviceView], facts: list[PaymentFacts]) -> Book:
        """A book for these payments: the open invoices their valid references name, those whose open amount
        equals a payment that may need it (no reference naming an open invoice), the invoices payment advices
        list, every open credit note when a payment deducts; anything else a rule asks for comes on the spot."""
        book = cls([], {}, advices)
        book._asked = _Asked(source)
        keys: set[str] = set()
        for f in facts:
            keys.update(f.keys)
            keys.update(f.deducted_keys)   # references of deducted credit notes too
        keys |= {k for a in advices for _, r, _ in a.items if r for k in [ref_key(r)] if k}
        numbers = {n for a in advices for n, _, _ in a.items if n}
        # invoice numbers in the message of a payment with no valid reference: its suggestions name them
        numbers |= {n for f in facts if not f.keys for n in numbers_in_text(f.remittance)[:5]}
        items = book._ask_keys(keys) + book._ask_numbers(numbers)
        if any(f.deducts for f in facts):
            items += book._ask_credit_notes()
        book._add_new(items)
        # amounts of the payments no valid reference places on an open invoice (the rest, on the spot)
        amounts = {f.amount for f in facts if f.amount > 0 and not book._names_any_open(f.keys)}
        book._fetch_amounts(sorted(amounts))
        return book

    def _add(self, it: Item) -> None:
        self.items[it.id] = it
        if self._by_number is not None and it.number:
            self._by_number[it.number] = it
        if it.kind == "credit_note":
            for k in {ref_key(it.number), it.credited_key}:
                if k is None:
                    continue
                lst = self.credits_by_key.setdefault(k, [])
                lst.append(it)
                if len(lst) > 1 and lst[-2].id > it.id:
                    lst.sort(key=lambda x: x.id)
            return
        if it.key:
            cur = self.by_key.get(it.key)
            if cur is None:
                self.by_key[it.key] = it
            elif isinstance(cur, list):
                cur.append(it)
                if cur[-2].id > it.id:
                    cur.sort(key=lambda x: x.id)
            else:
                self.by_key[it.key] = [cur, it] if cur.id < it.id else [it, cur]
        if it.open > 0:
            self.by_amount.setdefault((it.currency, it.open), {})[it.id] = it

    # ---- lookups -------------------------------------------------------------------------------------------

    def with_key(self, key: str | None) -> list[Item]:
        if not key:
            return []
        if self._asked is not None and key not in self._asked.keys:
            self._add_new(self._ask_keys([key]))
        cur = self.by_key.get(key)
        return [] if cur is None else cur if isinstance(cur, list) else [cur]

    def with_keys(self, keys: Iterable[str]) -> list[Item]:
        """`with_key` of each key in turn, concatenated (a targeted book asks about the new keys at once)."""
        keys = [k for k in keys if k]
        if self._asked is not None:
            self._add_new(self._ask_keys(keys))
        out: list[Item] = []
        get = self.by_key.get
        for k in keys:
            cur = get(k)
            if cur is not None:
                if isinstance(cur, list):
                    out.extend(cur)
                else:
                    out.append(cur)
        return out

    def bucket(self, currency: str, amount: int) -> dict[int, Item]:
        """Open invoices (not credit notes) whose open amount is exactly this, by id then by when `apply` moved
        them here."""
        if self._asked is not None and amount not in self._asked.amounts:
            self._fetch_amounts([amount])
        return self.by_amount.get((currency, amount), {})

    def with_amount(self, currency: str, amount: int) -> list[Item]:
        return list(self.bucket(currency, amount).values())

    def credits(self) -> dict[str, list[Item]]:
        """Open credit notes by key (their number and the credited invoice's reference)."""
        if self._asked is not None and not self._asked.credit_notes:
            self._add_new(self._ask_credit_notes())
        return self.credits_by_key

    def by_number(self, number: str) -> Item | None:
        if self._by_number is None:
            self._by_number = {it.number: it for it in self.items.values() if it.number}
        if self._asked is not None and number not in self._asked.numbers:
            self._add_new(self._ask_numbers([number]))
        return self._by_number.get(number)

    def keys_without_open_item(self, facts: Iterable[PaymentFacts]) -> list[str]:
        """Keys of valid references of these payments that name no open invoice (a settled one, maybe)."""
        return [k for f in facts if f.amount > 0 for k in f.keys if not self.names_open(k)]

    def names_open(self, key: str) -> bool:
        """Whether an open item (open amount > 0) carries this key: `with_key` without building its list (asked
        for a whole file's references twice while the book is loaded)."""
        if self._asked is not None and key not in self._asked.keys:
            self._add_new(self._ask_keys([key]))
        cur = self.by_key.get(key)
        if cur is None:
            return False
        if isinstance(cur, list):
            return any(it.open > 0 for it in cur)
        return cur.open > 0

    def _names_any_open(self, keys: list[str]) -> bool:
        """`names_open` of any of these keys (a loop: asked once per payment of a file)."""
        for k in keys:
            if self.names_open(k):
                return True
        return False

    def add_closed(self, keys: Iterable[str], items: Iterable[Item]) -> None:
        """Paid / credited invoices carrying these reference keys (every key asked about, found or not)."""
        for it in items:
            self.closed_by_key.setdefault(it.key, []).append(it)
        for k in keys:
            self.closed_by_key.setdefault(k, [])

    # ---- keeping current -----------------------------------------------------------------------------------

    def apply(self, d: Decision) -> None:
        """Reduce open amounts by what the decision allocates (so the next payment sees the rest)."""
        for p in d.allocations:
            it = self.items[p.item_id]
            if it.open > 0:
                bucket = self.by_amount.get((it.currency, it.open))
                if bucket is not None:
                    bucket.pop(it.id, None)
            it.open -= p.amount
            if it.open > 0 and it.kind != "credit_note":
                self.by_amount.setdefault((it.currency, it.open), {})[it.id] = it
            if it.open == 0:
                it.status = "paid"
        if d.advice_id is not None:
            for a in self.advices:
                if a.id == d.advice_id:
                    a.used = True

    # ---- a targeted book asking its source -----------------------------------------------------------------

    def _ask_keys(self, keys: Iterable[str]) -> list[Item]:
        assert self._asked is not None
        new = set(keys) - self._asked.keys
        self._asked.keys |= new
        return self._asked.source.with_keys(sorted(new)) if new else []  # sorted once, here (the Source's contract)

    def _ask_numbers(self, numbers: Iterable[str]) -> list[Item]:
        assert self._asked is not None
        new = sorted({n for n in numbers if n not in self._asked.numbers})
        self._asked.numbers.update(new)
        return self._asked.source.with_numbers(new) if new else []

    def _ask_credit_notes(self) -> list[Item]:
        assert self._asked is not None
        self._asked.credit_notes = True
        return self._asked.source.credit_notes()

    def _add_new(self, items: list[Item]) -> None:
        """Items not in the book yet (the book's copy is current: it may have been paid meanwhile), by id."""
        new = sorted({it.id: it for it in items if it.id not in self.items}.values(), key=lambda it: it.id)
        missing = {it.customer_id for it in new if it.customer_id not in self.customers}
        if missing and self._asked is not None:
            self.customers.update(self._asked.source.customers(missing))
        for it in new:
            self._add(it)

    def _fetch_amounts(self, amounts: list[int]) -> None:
        """Every open invoice whose open amount is one of these; each bucket then holds the untouched ones by id,
        followed by those `apply` moved there (in the order it did), as in a full book."""
        assert self._asked is not None
        amounts = [a for a in amounts if a not in self._asked.amounts]
        if not amounts:
            return
        self._asked.amounts.update(amounts)
        self._add_new(self._asked.source.with_amounts(amounts))
        currencies = {cur for cur, _ in self.by_amount}
        for amt in amounts:
            for cur in currencies:
                bucket = self.by_amount.get((cur, amt))
                if bucket and len(bucket) > 1:
                    moved = [it for it in bucket.values() if it.initial != amt]
                    stay = sorted((it for it in bucket.values() if it.initial == amt), key=lambda x: x.id)
                    self.by_amount[(cur, amt)] = {it.id: it for it in stay + moved}
