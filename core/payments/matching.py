"""Cash application: the one home of the matching rules.

Order (each step names the allocation method it produces):
  1. ``reference``        exact valid reference (OCR / Finnish / RF; RF wrapping a Finnish reference matches the
                          invoice whose reference is either form) → open invoice of the same agency and currency.
                          Extra references (BgMax TK22/TK23, camt RfrdDoc) split the payment; negative ones settle
                          credit notes. A valid reference found in the remittance text counts too.
  2. ``reference_fuzzy``  reference with a bad check digit or a typo (edit distance ≤ 1, ≤ 2 for long references,
                          adjacent transposition = 1) AND amount equal to the open amount; payer breaks ties.
  3. ``advice``           a payment advice received by e-mail with the same total (payer and date fitting) → split
                          across its listed invoices.
  4. ``amount_payer``     amount equal to the open amount and payer (org number, or similar name) the customer —
                          only when exactly one open invoice fits.
  5. unmatched            ranked suggestions on ``Payment.suggestions``; ``Payment.ask_agency`` says what to ask.

Caught, never allocated: a reference naming an already paid or credited invoice → the money is the customer's:
an overpayment credit (refund or offset later) with a note. A currency differing from the invoice's → unmatched.
Partial payments leave the rest open; what exceeds the open amount becomes an overpayment credit.
Deductions (negative BgMax TK21) settle a credit note with negative open amount (by its number or the credited
invoice's reference, else amount + payer); otherwise they stay unmatched on the suspense account.

Everything here works in integer cents on an in-memory ``Book`` of one agency's open items. The import
(core.payments) and a single payment load a targeted book (``Book.load(..., only=facts)``): the rows the facts
reach, anything else fetched on the spot when a rule looks it up, so it answers exactly as the full book
(``Book.load(...)``, every open item) would. Both call the same ``decide`` and ``Book.apply``.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.kernel import references
from core.kernel.parties import names_match, org_key

REFERENCE = "reference"
REFERENCE_FUZZY = "reference_fuzzy"
ADVICE = "advice"
AMOUNT_PAYER = "amount_payer"
METHODS = (REFERENCE, REFERENCE_FUZZY, ADVICE, AMOUNT_PAYER)

ADVICE_DATE_WINDOW = dt.timedelta(days=14)
FUZZY_BUCKET_LIMIT = 2000   # above this many invoices with the same amount, search typo neighbours instead
MAX_SUGGESTIONS = 5

# ---------------------------------------------------------------------------------------------------------------
# pure helpers


def cents(amount: Decimal) -> int:
    return int(amount * 100)


def money(c: int) -> Decimal:
    return Decimal(c).scaleb(-2)


def ref_key(ref: str | None) -> str | None:
    """Canonical form for comparing references: RF → its reference part; leading zeros dropped; None if empty."""
    if not ref:
        return None
    if ref.isdigit() and ref.isascii():  # the common case, same result as below without the regex
        return ref.lstrip("0") or None
    r = references.normalize(ref or "")
    if r.startswith("RF") and len(r) > 4 and r[2:4].isdigit():
        r = r[4:]
    if not r.isalnum():
        return None
    return r.lstrip("0") or None


def is_valid_reference(ref: str | None) -> bool:
    return bool(ref) and _is_valid(ref)


_is_valid = functools.lru_cache(maxsize=1 << 18)(references.is_valid)  # a file asks about each reference twice


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal string alignment distance (adjacent transposition counts 1); returns `limit` once it is reached."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        if min(cur) >= limit:
            return limit
        prev2, prev = prev, cur
    return min(prev[-1], limit)


def typo_limit(key: str) -> int:
    return 1 if len(key) <= 6 else 2


@functools.lru_cache(maxsize=1024)
def neighbours(key: str) -> tuple[str, ...]:
    """Every string at edit distance 1 (substitution, deletion, insertion of a digit, adjacent transposition).
    Cached: a file often repeats a wrong reference, and each one has a few hundred neighbours."""
    return tuple(_neighbours(key))


def _neighbours(key: str) -> Iterable[str]:
    digits = "0123456789"
    for i in range(len(key)):
        yield key[:i] + key[i + 1:]
        for d in digits:
            if d != key[i]:
                yield key[:i] + d + key[i + 1:]
        if i + 1 < len(key) and key[i] != key[i + 1]:
            yield key[:i] + key[i + 1] + key[i] + key[i + 2:]
    for i in range(len(key) + 1):
        for d in digits:
            yield key[:i] + d + key[i:]


_TOKEN = re.compile(r"\b(RF\d{2}[0-9A-Z ]{1,25}|\d[\d ]{2,30}\d)\b", re.I)


def references_in_text(texts: Iterable[str]) -> list[str]:
    """Valid references written in free text (remittance information)."""
    found = []
    for t in texts:
        for m in _TOKEN.finditer(t or ""):
            cand = references.normalize(m.group(1))
            if is_valid_reference(cand) and len(cand) >= 4 and cand not in found:
                found.append(cand)
    return found


# ---------------------------------------------------------------------------------------------------------------
# facts, book, decision


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
        refs = [self.reference, *(r for r, a in self.extra_refs if a is None or a >= 0),
                *references_in_text(self.remittance)]
        return [k for r in refs if is_valid_reference(r) for k in [ref_key(r)] if k]


class Item:
    """An invoice or credit note of the agency, with what is still open (cents)."""

    __slots__ = ("id", "number", "key", "customer_id", "currency", "open", "initial", "kind", "status",
                 "credited_key")

    def __init__(self, id_, number, reference, customer_id, currency, open_cents, kind, status, credited_ref=None):
        self.id = id_
        self.number = number
        self.key = ref_key(reference)
        self.customer_id = customer_id
        self.currency = currency
        self.open = self.initial = open_cents
        self.kind = kind
        self.status = status
        self.credited_key = ref_key(credited_ref)


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
    suggestions: list[dict] = field(default_factory=list)
    advice_id: int | None = None

    @property
    def method(self) -> str | None:
        return self.allocations[0].method if self.allocations else None

    def rest(self, amount: int) -> int:
        return amount - sum(p.amount for p in self.allocations) - self.overpayment


class Book:
    """One agency's open invoices and credit notes, indexed for the rules; kept current by `apply`.

    A full book holds every open item of the agency. A targeted book (`Book.load(..., only=facts)`) holds what the
    facts reach up front and fetches the rest on the spot when a rule looks up a reference key, an amount or an
    invoice number it has not asked the database about yet, so every lookup answers exactly as the full book's:
    the same items, in the same order (by id; items moved into an amount bucket by `apply` after them)."""

    def __init__(self, items: Iterable[Item], customers: dict[int, tuple[str | None, str | None]],
                 advices: list[AdviceView] | None = None, closed: Iterable[Item] = ()) -> None:
        self.items: dict[int, Item] = {}
        self.by_key: dict[str, Any] = {}          # key -> Item | list[Item] (by id)
        self.by_amount: dict[tuple[str, int], dict[int, Item]] = {}
        self.credits_by_key: dict[str, list[Item]] = {}
        self.customers = customers                # id -> (org key, name)
        self.advices = advices or []
        self.closed_by_key: dict[str, list[Item]] = {}
        self._by_number: dict[str, Item] | None = None
        self._fetch: _Fetcher | None = None       # a targeted book: what is not here yet comes from the database
        for it in items:
            self._add(it)
        for it in closed:
            self.closed_by_key.setdefault(it.key, []).append(it)

    def _add(self, it: Item) -> None:
        self.items[it.id] = it
        if self._by_number is not None and it.number:
            self._by_number[it.number] = it
        if it.kind == "credit_note":
            for k in {ref_key(it.number), it.credited_key} - {None}:
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

    def with_key(self, key: str | None) -> list[Item]:
        if not key:
            return []
        if self._fetch is not None and key not in self._fetch.keys:
            self._fetch.by_keys(self, [key])
        cur = self.by_key.get(key)
        return [] if cur is None else cur if isinstance(cur, list) else [cur]

    def with_keys(self, keys: Iterable[str]) -> list[Item]:
        """`with_key` of each key in turn, concatenated (a targeted book asks about the new keys in one query)."""
        keys = [k for k in keys if k]
        if self._fetch is not None:
            self._fetch.by_keys(self, [k for k in keys if k not in self._fetch.keys])
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
        if self._fetch is not None and amount not in self._fetch.amounts:
            self._fetch.by_amounts(self, [amount])
        return self.by_amount.get((currency, amount), {})

    def with_amount(self, currency: str, amount: int) -> list[Item]:
        return list(self.bucket(currency, amount).values())

    def credits(self) -> dict[str, list[Item]]:
        """Open credit notes by key (their number and the credited invoice's reference)."""
        if self._fetch is not None and not self._fetch.credit_notes:
            self._fetch.all_credit_notes(self)
        return self.credits_by_key

    def by_number(self, number: str) -> Item | None:
        if self._by_number is None:
            self._by_number = {it.number: it for it in self.items.values() if it.number}
        if self._fetch is not None and number not in self._fetch.numbers:
            self._fetch.by_numbers(self, [number])
        return self._by_number.get(number)

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

    # ---- loading -------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, session: Session, agency_id: int, only: list[PaymentFacts] | None = None) -> Book:
        """All open items of the agency (`only` None: one query), or a targeted book for these facts: the open
        invoices their valid references name, those whose open amount equals a payment that may need it (no
        reference naming an open invoice), the invoices payment advices list, every open credit note when a
        payment deducts; anything else a rule asks for is fetched on the spot."""
        advices = load_advices(session, agency_id)
        if only is None:
            return cls._load_all(session, agency_id, advices)
        book = cls([], {}, advices)
        fetch = book._fetch = _Fetcher(session, agency_id)
        keys: set[str] = set()
        for f in only:
            keys.update(f.keys)
            keys.update(k for r, a in f.extra_refs   # references of deducted credit notes too
                        if a is not None and a < 0 and is_valid_reference(r) for k in [ref_key(r)] if k)
        numbers = {n for a in advices for n, _, _ in a.items if n}
        keys |= {k for a in advices for _, r, _ in a.items if r for k in [ref_key(r)] if k}
        rows = fetch.rows_by_keys(keys) + fetch.rows_by_numbers(numbers)
        if any(f.amount < 0 or any(a is not None and a < 0 for _, a in f.extra_refs) for f in only):
            rows += fetch.rows_credit_notes()
            fetch.credit_notes = True
        fetch.add_rows(book, rows)
        # amounts of the payments no valid reference places on an open invoice (the rest, on the spot)
        amounts = {f.amount for f in only if f.amount > 0 and not any(
            it.open > 0 for k in f.keys for it in book.with_key(k))}
        fetch.by_amounts(book, sorted(amounts))
        return book

    @classmethod
    def _load_all(cls, session: Session, agency_id: int, advices: list[AdviceView]) -> Book:
        """Every open item of the agency in one lean query on the driver cursor (no ORM, no per-row type
        processing: the open amount comes as integer cents from the database)."""
        rows = _Fetcher(session, agency_id).rows()
        items = [Item(*r) for r in rows]
        del rows
        return cls(items, load_customers(session, None), advices)

    def load_closed(self, session: Session, agency_id: int, keys: Iterable[str]) -> None:
        """Paid / credited invoices carrying these reference keys (to catch payments of settled invoices)."""
        from core.billing.models import Invoice

        keys = [k for k in set(keys) if k and k not in self.closed_by_key]
        if not keys:
            return
        inv = Invoice.__table__.c
        conv = _cents_converter(session)
        raw = _raw_money(session)
        wanted: set[str] = set()
        for k in keys:
            wanted |= _stored_forms(k)
        for chunk in _chunks(sorted(wanted), 2000):
            rows = session.execute(sa.select(inv.id, inv.number, inv.reference, inv.customer_id, inv.currency,
                                             raw(inv.open_amount), inv.kind, inv.status)
                                   .where(inv.agency_id == agency_id, inv.reference.in_(chunk),
                                          inv.status.in_(("paid", "credited")))).all()
            for r in rows:
                it = Item(r[0], r[1], r[2], r[3], r[4], conv(r[5]), r[6], r[7])
                self.closed_by_key.setdefault(it.key, []).append(it)
        for k in keys:
            self.closed_by_key.setdefault(k, [])



class _Fetcher:
    """The database side of a targeted book: which keys, amounts and numbers it has asked about, and the lean
    queries (driver cursor, open amount as integer cents, the credited invoice's reference joined)."""

    def __init__(self, session: Session, agency_id: int) -> None:
        self.session, self.agency_id = session, agency_id
        self.keys: set[str] = set()
        self.amounts: set[int] = set()
        self.numbers: set[str] = set()
        self.credit_notes = False
        conn = session.connection()
        self.pg = conn.dialect.name == "postgresql"
        m = "%s" if self.pg else "?"
        cur = conn.connection.driver_connection.cursor()
        try:  # no reference of the agency is RF-wrapped (an index range): look up plain forms only
            cur.execute(f"SELECT 1 FROM invoice WHERE agency_id = {m} AND reference >= 'RF' AND reference < 'RG' "
                        f"LIMIT 1", (agency_id,))
            self.rf = cur.fetchone() is not None
        finally:
            cur.close()

    def rows(self, where: str = "", params: tuple = (), column: str | None = None, values: list | None = None,
             cast: str = "") -> list[tuple]:
        """Open items of the agency (`where`: more conditions), optionally only those whose `column` is one of
        `values` (one parameter: an array on PostgreSQL; on SQLite a json_each list driving the index lookups)."""
        conn = self.session.connection()
        m = "%s" if self.pg else "?"
        open_c = "CAST(i.open_amount * 100 AS BIGINT)" if self.pg else "i.open_amount"
        source, args = "invoice i", (self.agency_id, *params)
        if column and self.pg:
            where += f" AND i.{column} = ANY(%s{cast})"
            args += (values,)
        elif column:
            source, where = "json_each(?) j CROSS JOIN invoice i", where + f" AND i.{column} = j.value"
            args = (json.dumps(values), *args)
        # SQLite: unary + keeps the planner off the status indexes (it would scan every issued invoice per value)
        plus = "+" if where and not self.pg else ""
        sql = (f"SELECT i.id, i.number, i.reference, i.customer_id, i.currency, {open_c}, i.kind, i.status, "
               f"c.reference FROM {source} LEFT JOIN invoice c ON c.id = i.credited_invoice_id "
               f"WHERE i.agency_id = {m} AND {plus}i.status = 'issued' AND {plus}i.open_amount <> 0{where} "
               f"ORDER BY i.id")
        cur = conn.connection.driver_connection.cursor()
        try:
            cur.execute(sql, args)
            return cur.fetchall()
        finally:
            cur.close()

    def rows_by_keys(self, keys: Iterable[str]) -> list[tuple]:
        keys = [k for k in keys if k not in self.keys]
        self.keys.update(keys)
        forms = sorted({x for k in keys for x in _stored_forms(k)} if self.rf else set(keys))
        return self.rows(column="reference", values=forms) if forms else []

    def rows_by_numbers(self, numbers: Iterable[str]) -> list[tuple]:
        numbers = sorted({n for n in numbers if n not in self.numbers})
        self.numbers.update(numbers)
        return self.rows(column="number", values=numbers) if numbers else []

    def rows_credit_notes(self) -> list[tuple]:
        return self.rows(" AND i.open_amount < 0 AND i.kind = 'credit_note'", ())

    def add_rows(self, book: Book, rows: list[tuple]) -> None:
        """Items not in the book yet (the book's copy is current: it may have been paid meanwhile), by id."""
        new = sorted({r[0]: r for r in rows if r[0] not in book.items}.values())
        items = [Item(*r) for r in new]
        missing = {it.customer_id for it in items if it.customer_id not in book.customers}
        if missing:
            book.customers.update(load_customers(self.session, missing))
        for it in items:
            book._add(it)

    def by_keys(self, book: Book, keys: list[str]) -> None:
        if keys:
            self.add_rows(book, self.rows_by_keys(keys))

    def by_numbers(self, book: Book, numbers: list[str]) -> None:
        self.add_rows(book, self.rows_by_numbers(numbers))

    def all_credit_notes(self, book: Book) -> None:
        self.credit_notes = True
        self.add_rows(book, self.rows_credit_notes())

    def by_amounts(self, book: Book, amounts: list[int]) -> None:
        """Every open invoice whose open amount is one of these; each bucket then holds the untouched ones by id,
        followed by those `apply` moved there (in the order it did), as in a full book."""
        amounts = [a for a in amounts if a not in self.amounts]
        if not amounts:
            return
        self.amounts.update(amounts)
        if self.pg:
            vals = [Decimal(a).scaleb(-2) for a in amounts]
            rows = self.rows(column="open_amount", values=vals, cast="::numeric[]")
        else:
            rows = self.rows(column="open_amount", values=amounts)
        self.add_rows(book, rows)
        currencies = {cur for cur, _ in book.by_amount}
        for amt in amounts:
            for cur in currencies:
                bucket = book.by_amount.get((cur, amt))
                if bucket and len(bucket) > 1:
                    moved = [it for it in bucket.values() if it.initial != amt]
                    stay = sorted((it for it in bucket.values() if it.initial == amt), key=lambda x: x.id)
                    book.by_amount[(cur, amt)] = {it.id: it for it in stay + moved}


def prepare(session: Session, agency_id: int, book: Book, facts: Iterable[PaymentFacts]) -> None:
    """Load the paid/credited invoices that valid references of these payments name but no open invoice has."""
    book.load_closed(session, agency_id, [k for f in facts if f.amount > 0 for k in f.keys
                                          if not any(it.open > 0 for it in book.with_key(k))])


def _stored_forms(key: str) -> set[str]:
    """How a reference with this key may be stored on an invoice: as is, or RF-wrapped."""
    forms = {key}
    try:
        forms.add(references.rf_reference(key))
    except Exception:
        pass
    return forms


def _chunks(seq: list, n: int) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _raw_money(session: Session):
    """Select a Money column without per-row Decimal conversion (scaled integer on SQLite, numeric on PG)."""
    if session.get_bind().dialect.name == "sqlite":
        return lambda col: sa.type_coerce(col, sa.BigInteger())
    return lambda col: sa.type_coerce(col, sa.Numeric(18, 2, asdecimal=True))


def _cents_converter(session: Session):
    if session.get_bind().dialect.name == "sqlite":
        return int
    return lambda v: int(v * 100)


def load_customers(session: Session, ids: set[int] | None) -> dict[int, tuple[str | None, str | None]]:
    from core.registers.models import Customer

    c = Customer.__table__.c
    q = sa.select(c.id, c.org_no, c.name)
    if ids is not None:
        if not ids:
            return {}
        q = q.where(c.id.in_(list(ids)))
    return {r[0]: (org_key(r[1]), r[2]) for r in session.execute(q)}


def load_advices(session: Session, agency_id: int) -> list[AdviceView]:
    """Unmatched payment advices of the agency (the e-mail intake's PaymentAdvice table), with their items."""
    try:
        from core.payments.models import PaymentAdvice, PaymentAdviceItem
    except ImportError:  # the intake tables are not there: no advice step
        return []
    a, it = PaymentAdvice.__table__.c, PaymentAdviceItem.__table__.c
    heads = session.execute(sa.select(a.id, a.payer_name, a.payer_org_no, a.payment_date, a.total, a.currency)
                            .where(a.agency_id == agency_id, a.status == "unmatched")).all()
    if not heads:
        return []
    items: dict[int, list] = {}
    for chunk in _chunks([h[0] for h in heads], 2000):
        for r in session.execute(sa.select(it.advice_id, it.invoice_number, it.reference, it.amount)
                                 .where(it.advice_id.in_(chunk)).order_by(it.id)):
            items.setdefault(r[0], []).append((r[1], r[2], cents(r[3])))
    return [AdviceView(h[0], h[1], h[2], h[3], None if h[4] is None else cents(h[4]), h[5], items.get(h[0], []))
            for h in heads]


def advice_fits(adv: AdviceView, facts: PaymentFacts) -> int:
    """0: does not fit; 1: amount and date fit; 2: and the payer is the advice's."""
    if adv.used or not adv.items:
        return 0
    total = adv.total if adv.total is not None else sum(x[2] for x in adv.items)
    if total != facts.amount or (adv.currency and adv.currency != facts.currency):
        return 0
    if adv.date and abs(adv.date - facts.date) > ADVICE_DATE_WINDOW:
        return 0
    if adv.payer_org_no and facts.payer_org_no:
        return 2 if org_key(adv.payer_org_no) == org_key(facts.payer_org_no) else 0
    if adv.payer_name and facts.payer_name:
        return 2 if names_match(adv.payer_name, facts.payer_name) else 0
    return 1


def advices_for(session: Session, agency_id: int, payer: tuple[str | None, str | None], amount: Decimal,
                date: dt.date, currency: str | None = None) -> list[AdviceView]:
    """Payment advices (from e-mail intake) that fit a payment: payer = (name, org no); best fit first."""
    facts = PaymentFacts(cents(amount), currency or "", date, payer_name=payer[0], payer_org_no=payer[1])
    advices = load_advices(session, agency_id)
    if currency is None:
        for a in advices:
            a.currency = None
    scored = [(advice_fits(a, facts), a) for a in advices]
    return [a for s, a in sorted(scored, key=lambda x: -x[0]) if s]


# ---------------------------------------------------------------------------------------------------------------
# the rules


def payer_matches(book: Book, it: Item, facts: PaymentFacts) -> bool:
    org, name = book.customers.get(it.customer_id, (None, None))
    if facts.payer_org_no and org:
        return org_key(facts.payer_org_no) == org
    return names_match(facts.payer_name, name)


def decide(facts: PaymentFacts, book: Book) -> Decision:
    """Where this payment goes, by the rules in the module doc. Pure: the caller applies it."""
    if facts.amount < 0:
        return _decide_deduction(facts, book)
    if facts.amount == 0:
        return Decision(note="zero amount")
    d = _by_reference(facts, book)
    if d is not None:
        return d
    for step in (_by_fuzzy_reference, _by_advice, _by_amount_payer):
        d = step(facts, book)
        if d is not None:
            return d
    return _unmatched(facts, book)


def _refs(facts: PaymentFacts) -> list[tuple[str, int | None]]:
    refs: list[tuple[str, int | None]] = []
    if facts.reference:
        refs.append((facts.reference, None))
    for r, amt in facts.extra_refs:
        if r and all(r != x for x, _ in refs):
            refs.append((r, amt))
    return refs


def _by_reference(facts: PaymentFacts, book: Book) -> Decision | None:
    refs = [(r, a) for r, a in _refs(facts) if is_valid_reference(r)]
    if not any(a is None or a >= 0 for _, a in refs):
        refs += [(r, None) for r in references_in_text(facts.remittance) if all(r != x for x, _ in refs)]
    if not refs:
        return None
    positive, negative, other_currency, settled = [], [], [], []
    for r, amt in refs:
        key = ref_key(r)
        if amt is not None and amt < 0:
            cn = [c for c in book.credits().get(key, []) if c.currency == facts.currency and c.open <= amt]
            if len(cn) == 1:
                negative.append((cn[0], amt))
            continue
        found = [it for it in book.with_key(key) if it.open > 0]
        same = [it for it in found if it.currency == facts.currency]
        if len(same) == 1 and all(it is not same[0] for it, _ in positive):
            positive.append((same[0], amt))
        elif found:
            other_currency += found
        else:
            settled += book.closed_by_key.get(key, [])
    if not positive:
        if other_currency:
            it = other_currency[0]
            return Decision(note=f"reference of invoice {it.number} in {it.currency}, payment in {facts.currency}: "
                                 "no allocation across currencies",
                            ask_agency="payment currency differs from the invoice's: refund or convert?",
                            suggestions=[_suggestion(book, it, 90, "reference, other currency")])
        if settled:
            it = settled[0]
            return Decision(overpayment=facts.amount, customer_id=it.customer_id,
                            note=f"invoice {it.number} is already {it.status}: customer credit to refund or offset")
        return None
    d = Decision(customer_id=positive[0][0].customer_id)
    available = facts.amount
    for cn, amt in negative:  # credit notes the payer deducted: settle them, their amount adds to what is available
        d.allocations.append(Planned(cn.id, amt, REFERENCE))
        available -= amt
    for it, amt in positive:
        want = min(it.open, amt if amt else it.open, available)
        if want > 0:
            d.allocations.append(Planned(it.id, want, REFERENCE))
            available -= want
    if available < 0:  # deductions larger than what the invoices take: leave the credit notes alone
        d.allocations = [p for p in d.allocations if p.amount > 0]
        available = facts.amount - sum(p.amount for p in d.allocations)
    d.overpayment = available
    if available:
        d.note = f"overpayment {money(available)}: customer credit to refund or offset"
    return d


def _typo_candidates(key: str, facts: PaymentFacts, book: Book) -> list[Item]:
    bucket = book.bucket(facts.currency, facts.amount)
    lim = typo_limit(key)
    if len(bucket) <= FUZZY_BUCKET_LIMIT:
        return [it for it in bucket.values() if it.key and it.key != key and edit_distance(key, it.key, lim + 1) <= lim]
    seen = {}
    for it in book.with_keys(neighbours(key)):
        if it.open == facts.amount and it.currency == facts.currency:
            seen[it.id] = it
    return list(seen.values())


def _by_fuzzy_reference(facts: PaymentFacts, book: Book) -> Decision | None:
    key = ref_key(facts.reference)
    if not key or len(key) < 4:
        return None
    cands = _typo_candidates(key, facts, book)
    if len(cands) > 1:
        cands = [it for it in cands if payer_matches(book, it, facts)]
    if len(cands) != 1:
        return None
    it = cands[0]
    return Decision([Planned(it.id, facts.amount, REFERENCE_FUZZY)], customer_id=it.customer_id,
                    note=f"reference {facts.reference} read as {it.number}'s (typo)")


def _by_advice(facts: PaymentFacts, book: Book) -> Decision | None:
    if not book.advices:
        return None
    scored = [(advice_fits(a, facts), a) for a in book.advices]
    best = max((s for s, _ in scored), default=0)
    fits = [a for s, a in scored if s == best and s]
    if len(fits) != 1:
        return None
    adv = fits[0]
    d = Decision(advice_id=adv.id)
    available = facts.amount
    for number, ref, amt in adv.items:
        it = book.by_number(number) if number else None
        if it is None and ref:
            same = [x for x in book.with_key(ref_key(ref)) if x.open > 0]
            it = same[0] if len(same) == 1 else None
        if it is None or it.open <= 0 or it.currency != facts.currency:
            return Decision(ask_agency=f"payment advice {adv.id} lists {number or ref}, which is not open: which "
                                       "invoice does it pay?", note=f"advice {adv.id} does not resolve",
                            suggestions=[])
        want = min(amt, it.open, available)
        if want > 0:
            d.allocations.append(Planned(it.id, want, ADVICE))
            available -= want
            d.customer_id = d.customer_id or it.customer_id
    if not d.allocations:
        return None
    d.overpayment = available
    return d


def _by_amount_payer(facts: PaymentFacts, book: Book) -> Decision | None:
    if not (facts.payer_org_no or facts.payer_name):
        return None
    cands = [it for it in book.with_amount(facts.currency, facts.amount) if payer_matches(book, it, facts)]
    if len(cands) != 1:
        return None
    it = cands[0]
    return Decision([Planned(it.id, facts.amount, AMOUNT_PAYER)], customer_id=it.customer_id)


def _suggestion(book: Book, it: Item, score: int, why: str) -> dict:
    return {"invoice_id": it.id, "invoice": it.number, "open_amount": str(money(it.open)), "currency": it.currency,
            "score": score, "why": why}


def suggestions(facts: PaymentFacts, book: Book) -> list[dict]:
    """Ranked candidates for a payment no rule placed: same amount, near reference, same payer."""
    scored: dict[int, tuple[int, Item, list[str]]] = {}

    def add(it: Item, pts: int, why: str) -> None:
        s, _, whys = scored.get(it.id, (0, it, []))
        scored[it.id] = (s + pts, it, whys + [why])

    key = ref_key(facts.reference)
    if key:
        for it in book.with_key(key):
            if it.open > 0:
                add(it, 50, "same reference")
        for it in book.with_keys(neighbours(key)) if len(key) >= 4 else ():
            if it.open > 0:
                add(it, 40, "reference one typo away")
    bucket = book.bucket(facts.currency, facts.amount)
    for it in list(bucket.values())[:200]:
        add(it, 30, "same amount")
    for s, it, whys in list(scored.values()):
        if payer_matches(book, it, facts):
            add(it, 25, "same payer")
    ranked = sorted(scored.values(), key=lambda x: (-x[0], x[1].id))[:MAX_SUGGESTIONS]
    return [_suggestion(book, it, min(s, 100), ", ".join(whys)) for s, it, whys in ranked]


def _unmatched(facts: PaymentFacts, book: Book) -> Decision:
    sugg = suggestions(facts, book)
    if not (facts.reference or facts.extra_refs):
        ask = "no reference: which invoice does this payment settle?"
    elif sugg:
        ask = f"reference {facts.reference} fits no open invoice exactly; {len(sugg)} candidate(s): which one?"
    else:
        ask = f"reference {facts.reference} is unknown: which invoice does this payment settle?"
    return Decision(note="unmatched", ask_agency=ask, suggestions=sugg)


def _decide_deduction(facts: PaymentFacts, book: Book) -> Decision:
    key = ref_key(facts.reference)
    cands = [c for c in book.credits().get(key, []) if c.currency == facts.currency and c.open <= facts.amount] \
        if key else []
    method = REFERENCE
    if len(cands) != 1:
        method = AMOUNT_PAYER
        cands = [c for lst in book.credits().values() for c in lst
                 if c.currency == facts.currency and c.open == facts.amount and payer_matches(book, c, facts)]
        cands = list({c.id: c for c in cands}.values())
    if len(cands) == 1:
        c = cands[0]
        return Decision([Planned(c.id, facts.amount, method)], customer_id=c.customer_id,
                        note=f"deduction settles credit note {c.number}")
    return Decision(note="deduction without a matching credit note: held on the suspense account",
                    ask_agency=f"the payer deducted {money(-facts.amount)} citing {facts.reference or 'nothing'}: "
                               "which credit note is it?")
