"""A customer named only by the request verb: "could you invoice Baltic Marine Survey for …", "Fakturera
Fjällgårdens Vänner för …", "please bill Harbour Watch for …".

Without a legal form or an identifier a capitalised phrase is too often a place, a project or a person to be read
as the customer anywhere; between the verb that asks for the invoice and its "for"/"för" it can only be the party
invoiced. The contract outputs an unresolved customer as written, and such a name resolves nothing by itself:
without an identifier the customer's org number is still asked (`customer.org_no`), so the name only tells the
clerk whom the agency meant. Finnish inflects the party ("laskuttakaa Meriseurannalta"), so only the undeclined
Swedish and English forms are read.
"""
from __future__ import annotations

import re

_WORD = r"[A-ZÅÄÖ][\w&'’-]*"
_NAME_AFTER_VERB_RE = re.compile(
    rf"\b(?i:invoice|bill|charge|fakturera|debitera)\s+(?P<n>{_WORD}(?:\s+(?:(?:of|and|&|och|i|för)\s+)?{_WORD}){{0,4}})"
    r"\s+(?i:for|för)\b")
#: pronouns, articles and greetings that may stand capitalised after the verb ("Invoice The …" is rare; "Them")
_NOT_A_NAME = frozenset({"the", "them", "him", "her", "us", "it", "this", "these", "those", "dem", "honom",
                         "henne", "oss", "den", "det", "kunden", "customer", "client", "all", "alla"})


def name_after_request_verb(text: str) -> str | None:
    """The party named between "invoice"/"fakturera" and its "for"/"för", or None."""
    for m in _NAME_AFTER_VERB_RE.finditer(text):
        name = m.group("n").strip()
        if name.split()[0].casefold() not in _NOT_A_NAME:
            return name
    return None
