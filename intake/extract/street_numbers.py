"""A street address's numbers are no count.

Why: a private customer's address is written into the request's sentence ("Matti Heikkinen, Revontulentie 5 A 3,
96100 Rovaniemi, varasi varaustuvan (LP20) kolme vuorokautta"), and its house number was the first number of the
clause, so it was invoiced as the count. A street and its number directly before a postal code and a town is an
address in every language the agencies write; its numbers are masked like a phone number's.
"""
from __future__ import annotations

import re

#: "Revontulentie 5 A 3, 96100 Rovaniemi", "Storgatan 12 B, 411 03 Göteborg", "Strandvägen 7, FI-65100 Vasa",
#: "12 High Street, …" is written with the number first and has no count before the postal code either
_STREET_RE = re.compile(
    r"(?P<num>(?<![\w.,-])\d{1,4}(?:\s?[A-Za-z](?![\w]))?(?:\s?\d{1,3})?(?:\s?(?:lgh|as\.?|bst\.?)\s?\d{1,4})?)"
    r"\s*,\s*(?:(?:SE|FI|S)-?\s?)?(?:\d{3}\s\d{2}|\d{5})\s+[A-ZÅÄÖ][a-zåäö]+")


#: a street named by its own word ("Rantakatu 11 A 4, Porvoo", "Storgatan 12 B", "Mill Road 4") without a postal
#: code: the street word's ending says it is a street, the number stands right after it and ends the address part
_STREET_WORDS = (r"katu|kadun|kadulla|tie|tien|tiellä|kuja|kujan|polku|polun|raitti|väylä|rinne|gatan|gata|vägen|"
                 r"gränd|gränden|stigen|torget|backe|backen|allé|allén|street|road|avenue|lane|drive")
_NAMED_STREET_RE = re.compile(
    rf"(?<![\w-])[A-ZÅÄÖ][\wåäö-]*(?:{_STREET_WORDS})\s+"
    r"(?P<num>\d{1,4}(?:\s?[A-Za-z](?![\w]))?(?:\s?\d{1,3})?)(?=\s*(?:[,;)]|$|\.(?:\s|$)))")


def street_number_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the house (and stair, flat) numbers of addresses written with their postal code, or after a
    capitalised street word ("Rantakatu 11 A 4, Porvoo"): a private customer's address written into the request's
    sentence without a postal code had its house number invoiced as the count."""
    spans = [(m.start("num"), m.end("num")) for m in _STREET_RE.finditer(text)
             if re.search(r"[^\W\d_]{3,}\s*$", text[max(0, m.start() - 30):m.start()])]
    return spans + [(m.start("num"), m.end("num")) for m in _NAMED_STREET_RE.finditer(text)
                    if not any(a <= m.start("num") < b for a, b in spans)]
