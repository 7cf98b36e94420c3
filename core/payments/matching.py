"""Cash application: the one home of the matching rules (pure: they read a `Book`, the caller applies the
`Decision`; core.payments.book_loader loads the book).

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

Who paid is decided by the one party identity (core.kernel.parties: `same_org`, `names_match`). Everything here
works in integer cents on a `Book` of one agency's open items; the import, a manual registration and the payment
page all call the same `decide` (and `Book.apply`) on a full or a targeted book, with the same outcome.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from core.kernel.parties import names_match, org_key, same_org
from core.payments.book import Book, Item
from core.payments.facts import (
    ADVICE,
    AMOUNT_PAYER,
    REFERENCE,
    REFERENCE_FUZZY,
    AdviceView,
    Decision,
    PaymentFacts,
    Planned,
    money,
)
from core.payments.reference_keys import (
    edit_distance,
    is_valid_reference,
    neighbours,
    numbers_in_text,
    ref_key,
    references_in_text,
    typo_limit,
)

ADVICE_DATE_WINDOW = dt.timedelta(days=14)
FUZZY_BUCKET_LIMIT = 2000   # above this many invoices with the same amount, search typo neighbours instead
MAX_SUGGESTIONS = 5


def payer_matches(book: Book, it: Item, facts: PaymentFacts) -> bool:
    """The payer is the item's customer: by organisation number when both have one, else by name."""
    org_no, name = book.customers.get(it.customer_id, (None, None))
    if facts.payer_org_no and org_key(org_no):
        return same_org(facts.payer_org_no, org_no)
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
        return 2 if same_org(adv.payer_org_no, facts.payer_org_no) else 0
    if adv.payer_name and facts.payer_name:
        return 2 if names_match(adv.payer_name, facts.payer_name) else 0
    return 1


def _refs(facts: PaymentFacts) -> list[tuple[str, int | None]]:
    if not facts.extra_refs:  # most bank payments
        return [(facts.reference, None)] if facts.reference else []
    refs: list[tuple[str, int | None]] = []
    if facts.reference:
        refs.append((facts.reference, None))
    for r, amt in facts.extra_refs:
        if r and all(r != x for x, _ in refs):
            refs.append((r, amt))
    return refs


@dataclass
class _Named:
    """What the valid references of a payment name."""

    positive: list[tuple[Item, int | None]] = field(default_factory=list)   # open invoice, amount the ref carries
    negative: list[tuple[Item, int]] = field(default_factory=list)          # credit note the payer deducted
    other_currency: list[Item] = field(default_factory=list)
    settled: list[Item] = field(default_factory=list)                       # paid or credited already


def _by_reference(facts: PaymentFacts, book: Book) -> Decision | None:
    refs = [(r, a) for r, a in _refs(facts) if is_valid_reference(r)]
    if not any(a is None or a >= 0 for _, a in refs):
        refs += [(r, None) for r in references_in_text(facts.remittance) if all(r != x for x, _ in refs)]
    if not refs:
        return None
    named = _look_up(refs, facts, book)
    if named.positive:
        return _wrong_customer_guard(facts, named, book) or _split(facts, named)
    if named.other_currency:
        it = named.other_currency[0]
        return Decision(note=f"reference of invoice {it.number} in {it.currency}, payment in {facts.currency}: "
                             "no allocation across currencies",
                        ask_agency="payment currency differs from the invoice's: refund or convert?",
                        suggestions=[_suggestion(book, it, 90, "reference, other currency")])
    if named.settled:
        it = named.settled[0]
        return Decision(overpayment=facts.amount, customer_id=it.customer_id,
                        note=f"invoice {it.number} is already {it.status}: customer credit to refund or offset")
    return None


def _look_up(refs: list[tuple[str, int | None]], facts: PaymentFacts, book: Book) -> _Named:
    named = _Named()
    for r, amt in refs:
        key = ref_key(r)
        if key is None:
            continue
        if amt is not None and amt < 0:
            cn = [c for c in book.credits().get(key, []) if c.currency == facts.currency and c.open <= amt]
            if len(cn) == 1:
                named.negative.append((cn[0], amt))
            continue
        found = [it for it in book.with_key(key) if it.open > 0]
        same = [it for it in found if it.currency == facts.currency]
        if len(same) == 1 and all(it is not same[0] for it, _ in named.positive):
            named.positive.append((same[0], amt))
        elif found:
            named.other_currency += found
        else:
            named.settled += book.closed_by_key.get(key, [])
    return named


def _split(facts: PaymentFacts, named: _Named) -> Decision:
    """The payment over the invoices its references name (each up to what it carries or has open); the credit
    notes it deducted settled; what is left over is customer credit."""
    d = Decision(customer_id=named.positive[0][0].customer_id)
    available = facts.amount
    for cn, amt in named.negative:  # credit notes the payer deducted: settled, their amount adds to what is available
        d.allocations.append(Planned(cn.id, amt, REFERENCE))
        available -= amt
    for it, carried in named.positive:
        want = min(it.open, carried if carried else it.open, available)
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


def _wrong_customer_guard(facts: PaymentFacts, named: _Named, book: Book) -> Decision | None:
    """A valid reference can still be a typo of another one: Luhn misses an adjacent 0<->9 swap, so the typo is a
    valid OCR of a different invoice. When the amount does not fit the named invoice (nor a part payment of the
    payer's own), or the payer's organisation number is another customer's, while an open invoice one typo away
    fits the amount exactly, the payment goes to that neighbour with the evidence in the note (one candidate, the
    payer not contradicting it) or to the queue - never silently to the other customer. None: the reference's
    invoice takes the payment as before. The common case (amount fits, no contradicting org number) costs nothing."""
    if len(named.positive) != 1 or named.negative or named.positive[0][1] is not None:
        return None
    it = named.positive[0][0]
    payer_known = bool(facts.payer_org_no or facts.payer_name)
    if it.open == facts.amount:
        org_no = book.customers.get(it.customer_id, (None, None))[0]
        if not (facts.payer_org_no and org_key(org_no) and not same_org(facts.payer_org_no, org_no)):
            return None  # reference and amount agree, and no organisation number says otherwise
    elif it.open > facts.amount and payer_known and payer_matches(book, it, facts):
        return None  # the named customer's own part payment
    key = it.key or ""
    near = [n for n in book.with_keys(neighbours(key)) if n.id != it.id and n.open == facts.amount
            and n.currency == facts.currency and n.kind != "credit_note"]
    if payer_known:
        near = [n for n in near if payer_matches(book, n, facts)]
    near = list({n.id: n for n in near}.values())
    if not near:
        return None
    if len(near) == 1:
        n = near[0]
        return Decision([Planned(n.id, facts.amount, REFERENCE_FUZZY)], customer_id=n.customer_id,
                        note=f"reference {facts.reference} names invoice {it.number} (open {money(it.open)}), but the "
                             f"amount fits invoice {n.number} exactly, one typo away: booked on {n.number}")
    return Decision(note=f"reference {facts.reference} names invoice {it.number}, but the amount fits "
                         f"{len(near)} invoices one typo away: held for a clerk",
                    ask_agency=f"reference {facts.reference} may be a typo: which invoice does this payment settle?",
                    suggestions=[_suggestion(book, x, 60, "amount fits, reference one typo away") for x in near]
                    + [_suggestion(book, it, 40, "reference, amount does not fit")])


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


def _suggestion(book: Book, it: Item, score: int, why: str) -> dict[str, Any]:
    return {"invoice_id": it.id, "invoice": it.number, "open_amount": str(money(it.open)), "currency": it.currency,
            "score": score, "why": why}


def suggestions(facts: PaymentFacts, book: Book) -> list[dict[str, Any]]:
    """Ranked candidates for a payment no rule placed: same or near reference, an invoice number its message
    names, same amount, same payer."""
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
    for number in numbers_in_text(facts.remittance)[:5]:  # "Faktura 10001 delbetalning": the payer named it
        named = book.by_number(number)
        if named is not None and named.open > 0 and named.currency == facts.currency:
            add(named, 45, "invoice number in the message")
    bucket = book.bucket(facts.currency, facts.amount)
    for it in list(bucket.values())[:200]:
        add(it, 30, "same amount")
    for it in [item for _, item, _ in scored.values()]:
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
