"""The line total a sender writes right after a line's unit price, and whether it says it includes VAT.

Why: "4 timmar à 1 250 kr = 6 250 kr" states three numbers that cannot all be right (4 × 1 250 is 5 000), and
which one is wrong is not ours to guess — the request must be held and the price asked (intake.assemble). Prices
are taken as written, excl. VAT (the contract's *Normalisation*), so a line total is quantity × price; it may be
the amount with VAT only when the sender says so ("= 9 375 kr inkl. moms", "yhteensä 1 016,55 € sis. alv", a
column "Belopp inkl. moms"). An unmarked total that happens to equal the amount with VAT is no proof of VAT: it
is as likely a wrong count or price, and invoicing it as agreeing sent a wrong invoice straight through.

A line total may also come first, its computation after it ("7 500 kr (6 tim à 1 250 kr)", "810 €, eli 6 h x
135 €"): the unit price is the one after it, and the first amount is the line's total, checked the same way.

The forms read: "à 450 kr = 1 350 kr", "x 450 = 1 350", "á 84 €, yhteensä 1 176 €", "à 1 250 kr/tim, totalt
7 500 kr", "à 135 € (yht. 810 €)", "@ 135 € each = 810 €", "à 450:- => 1 350:-", "à 84 € eli 504 €".
"""
from __future__ import annotations

import re
from decimal import Decimal

from .amounts import find_amounts
from .clause_price import find_price
from .model import LineItem
from .quantities import Price
from .text_context import TextContext

#: what the unit price is per, between the price and its line total ("1 250 kr/tim", "135 € per hour", "each")
_PER_UNIT = r"(?:\s*(?:/\s*[^\W\d_]{1,10}\.?|per\s+[^\W\d_]{1,12}|each|apiece|styck|kappaleelta|/kpl))?"
_NET = r"(?:(?:exkl|excl|ex|utan|ilman|exclusive of|excluding)\.?\s*(?:moms|vat|alv|mervärdesskatt)\s*:?\s*)"
_GROSS = (r"(?:(?:inkl|incl|inklusive|including|inclusive of|sis|sisältäen|med)\.?\s*"
          r"(?:moms|vat|alv|mervärdesskatt|arvonlisävero)\b|brutto\b|verollinen\b|gross\b)")
_WORDS = (r"(?:=>?|tot\.|(?:summa|totalt?|totalsumma|radsumma|radbelopp|sammanlagt|belopp|yhteensä|yht\.?|"
          r"in total|total amount|amount|altogether|line total|hinta yhteensä|kokonaishinta|yhteishinta)\b\.?)")
#: a total word after the price (its separator, an optional net/gross aside); or an amount in parentheses
_LINE_TOTAL_RE = re.compile(
    rf"(?i){_PER_UNIT}\s*(?:[,;:–—-]\s*)?(?:\(\s*)?(?:{_WORDS}|(?P<ie>dvs\.?|d\.v\.s\.?|eli|i\.e\.|that is)(?=\s)|"
    rf"(?P<paren>(?<=\()))\s*:?\s*(?:(?P<net1>{_NET})|(?P<gross1>{_GROSS})\s*:?\s*)?")
_GROSS_AFTER_RE = re.compile(rf"(?i)[\s(,]*{_GROSS}")
_GROSS_COLUMN_RE = re.compile(rf"(?i){_GROSS}")


def line_total_after(clause: str, pspan: tuple[int, int] | None) -> tuple[Decimal | None, bool]:
    """(the line total written right after the unit price, whether the sender says it includes VAT)."""
    m = _LINE_TOTAL_RE.match(clause, pspan[1]) if pspan else None
    if not m:
        return None, False
    amts = [a for a in find_amounts(clause[m.end():]) if a.start == 0 and a.value is not None and not a.approximate]
    if not amts:
        return None, False
    a = amts[0]
    money_like = a.has_currency or re.search(r"\d[.,]\d\d$", clause[m.end() + a.start:m.end() + a.end])
    if (m.group("paren") is not None or m.group("ie")) and not money_like:
        return None, False  # "à 450 kr (2 st)", "eli 3 päivää": a count, not a total
    gross = bool(m.group("gross1")) or bool(_GROSS_AFTER_RE.match(clause, m.end() + a.end))
    return a.value, gross


def amount_is_gross(li: LineItem) -> bool:
    """A line amount stated as including VAT: by its own words or by its column ("Belopp inkl. moms")."""
    if li.amount_gross:
        return True
    w = li.where.get("amount")
    return bool(w and w.col and _GROSS_COLUMN_RE.search(w.col))


def price_after_total(clause: str, ctx: TextContext, found: Price) -> tuple[Price, Decimal | None]:
    """(the clause's price, a line total written before it): "7 500 kr (6 tim à 1 250 kr)" gives the unit price
    1 250 and the total 7 500; any other clause keeps the price found first and no total."""
    price, unit_p, _approx, cur, pspan = found
    if price is None or unit_p or pspan is None:
        return found, None
    p2, u2, a2, c2, s2 = find_price(clause[pspan[1]:], ctx)
    if p2 is None or not u2 or s2 is None:
        return found, None
    return (p2, True, a2, c2 or cur, (pspan[1] + s2[0], pspan[1] + s2[1])), price
