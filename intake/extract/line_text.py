"""The words and numbers of one invoice line beside its count and price: what the line says it is, and the line
total written after its price.

A line without a register article is described by its own words ("2 x Konsultation à 950 kr" is "Konsultation",
"LA300 Mikrobiologinen analyysi 4 kpl" is "Mikrobiologinen analyysi"): its count, unit, price and the price's cue
("à", "kiinteä hinta", "fast pris") are the line's other fields, and a customer's name heading the clause
("Region Vindelälven: …") is the request's customer. A line total written after the unit price is read by
intake.extract.line_totals.
"""
from __future__ import annotations

import re

from .customer_text import COMPANY_RE
from .quantities import LIST_MARK_RE
from .text_context import TextContext

_UNIT_AFTER_RE = re.compile(r"(?i)\s*(?:x|×|st|styck|kpl|pcs|h|tim|timmar|tuntia|dag|dagar|pv|hlö|ex)\b\.?")
_PRICE_TAIL_RE = re.compile(r"(?i)(?:[\s,:;–-]*(?:à|á|@|a'|(?:at|kiinteä(?:än)?\s+hin\w*|fast\s+pris|fastpris|"
                            r"fast\s+avgift|fixed\s+(?:fee|price)|lump\s+sum|totalt|sammanlagt|yhteensä|in\s+total|"
                            r"kertamaksu|pris|hinta|price)\b)|[\s,:;–-]+)$")


#: "Region Vindelälven: Markradonmätning …": a customer's name and a colon before a line's own words
_NAMED_HEAD_RE = re.compile(r"^\s*([^:\n\d]{3,80}):\s+")


def customer_head_end(clause: str, ctx: TextContext) -> int:
    """Where the words naming the request's customer end at the start of a clause ("Region Vindelälven: …"), else 0."""
    head = _NAMED_HEAD_RE.match(clause)
    return head.end() if head and names_customer(head.group(1), ctx) else 0


def names_customer(head: str, ctx: TextContext) -> bool:
    """A head that names a customer (a register name, a company with its legal form, a customer label)."""
    return bool(ctx.registry.find_names(head) or COMPANY_RE.fullmatch(head.strip()) or
                re.fullmatch(r"(?i)\s*(?:kund|asiakas|customer|client)\s*", head))


def own_words(clause: str, code: str | None, qspan: tuple[int, int] | None,
               pspan: tuple[int, int] | None, skip: int = 0) -> str | None:
    """What a line without a register article says it is: "2 x Konsultation à 950 kr" -> "Konsultation",
    "LA300 Mikrobiologinen analyysi 4 kpl" -> "Mikrobiologinen analyysi", "Selvitystyö X, kiinteä hinta
    12 500 €" -> "Selvitystyö X" (the count, its unit, the price and its cue are the line's other fields)."""
    text = clause
    if pspan and not re.search(r"[^\W\d_]{3,}", re.sub(r"(?i)\b(?:kr|sek|eur|euro\w*|exkl|excl|alv|moms|vat|each|"
                                                         r"apiece)\b", " ", clause[pspan[1]:])):
        text = clause[:pspan[0]]
        while (m := _PRICE_TAIL_RE.search(text)) and m.start() < len(text):
            text = text[:m.start()]
    if qspan and qspan[1] <= len(text):
        unit = _UNIT_AFTER_RE.match(text, qspan[1])
        rest = text[unit.end() if unit else qspan[1]:]
        # "fakturera X 3 st markradonmätning (2030)": what is counted follows the count; the words before it
        # ask and name the customer
        counted_after = bool(re.search(r"[^\W\d_]{3,}", re.sub(r"\([^)]*\)", "", rest)))
        text = (" " * qspan[0] if counted_after else text[:qspan[0]]) + " " + rest
    text = " " * min(skip, len(text)) + text[skip:]     # the customer's name heading the clause
    if code:
        text = re.sub(rf"(?i)[(]?(?<![\w]){re.escape(code)}(?![\w])[)]?", " ", text)
    text = LIST_MARK_RE.sub("", text)
    desc = " ".join(text.split()).strip(" ,:;–-.")
    desc = re.sub(r"(?i)^(?:och|samt|sekä|ja|and|plus|\+|&)\s+", "", desc)   # "… (1020) och markradon (2030)"
    return desc[:120] if re.search(r"[^\W\d_]{2,}", desc) else None
