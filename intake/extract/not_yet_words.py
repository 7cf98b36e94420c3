"""Two more ways a message names customers, articles and amounts yet asks nothing to be invoiced now
(intake.extract.kinds.not_a_request_yet):

- a question about what something would cost, also asked indirectly without a question mark ("Brf X undrar vad
  det skulle kosta inklusive moms med 3 fältdagar", "asiakas kysyy, mitä kaksi maastopäivää maksaisi", "the
  customer asks what two field days would cost"): a quote is wanted, not an invoice;
- a price list for the next period ("hinnat vuodelle 2027 (indeksikorotus 3,0 %)", "priser för 2027",
  "prices for 2027", "X 135,00 → 139,05 €/h"): prices for the register, not lines.

Both only when the text does not also ask to invoice (the caller checks that first).
"""
from __future__ import annotations

import re

#: someone asks what something would cost: "undrar/frågar/vill veta vad … skulle kosta", "vad kostar …",
#: "kysyy/haluaa tietää mitä … maksaisi", "asks/wonders/would like to know what … would cost", "how much would"
_INQUIRY_RE = re.compile(
    r"(?i)\b(?:vad\s+(?:\S+\s+){0,3}(?:skulle|kommer\s+att|kostar|blir)\b.{0,100}?\bkost(?:a|ar|nad|naden)\b|"
    r"vad\s+kostar|hur\s+mycket\s+(?:\S+\s+){0,2}(?:kostar|skulle|blir|kommer)|"
    r"mitä\b.{0,100}?\bmaksa(?:isi|isivat)\b|paljonko\b.{0,100}?\bmaksa\w*|"
    r"what\s+(?:\S+\s+){0,8}?would\s+(?:\S+\s+){0,3}cost|how\s+much\s+would)")
#: a price list for a coming period, by its year ("enligt prislistan" alone is how a request cites its prices)
_PRICE_LIST_RE = re.compile(
    r"(?i)\b(?:hinnat\s+vuodelle|hinnasto\s+(?:vuodelle\s+)?\d{4}|priser\s+(?:för|från)\s+(?:år\s+)?\d{4}|"
    r"prislista\s+(?:för\s+)?\d{4}|prices\s+(?:for|from)\s+\d{4}|price\s+list\s+(?:for\s+)?\d{4})\b")
_OLD_TO_NEW_RE = re.compile(r"\d[\d\s.,]*\s*(?:→|->|=>)\s*\d[\d\s.,]*\s*(?:€|kr|eur|sek)", re.IGNORECASE)


def price_inquiry(text: str) -> bool:
    """The text asks what something would cost."""
    return bool(_INQUIRY_RE.search(text))


def price_list(text: str) -> bool:
    """The text gives prices for a coming period, or at least two prices written old → new."""
    return bool(_PRICE_LIST_RE.search(text)) or len(_OLD_TO_NEW_RE.findall(text)) >= 2
