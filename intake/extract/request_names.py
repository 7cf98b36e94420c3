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


#: a person's full name: two or three capitalised words ("Matti Lehtonen", "Anna-Karin Berg")
_PERSON = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}"
#: a private customer named as the one who booked, ordered or rented ("Matti Lehtonen varasi …", "Eva Lind bokade
#: …", "John Smith booked …"), or right after the words for a private customer or a house ("privatperson Eva
#: Lind", "omakotitalo Marko Lappalainen") or for the customer's role ("asiakkaana Matti Kuusela")
_PERSON_RE = re.compile(
    rf"(?:^|[\s,.;:(])(?P<a>{_PERSON})\s+(?:varasi|tilasi|vuokrasi|osti|lainasi|ilmoittautui|bokade|beställde|"
    r"hyrde|lånade|köpte|anmälde|booked|ordered|rented|hired|bought|borrowed|registered)\b"
    rf"|\b(?i:privatperson(?:en)?|privatkund(?:en)?|yksityishenkilö|yksityisasiakas|private\s+(?:person|customer|"
    rf"individual)|omakotitalo|egnahem|villa|"
    # the customer named in its role: "asiakkaana Matti Kuusela", "som kund Eva Lind", "as the customer John Smith"
    rf"asiakkaana|tilaajana|vuokralaisena|som\s+kund|som\s+hyresgäst|as\s+(?:the\s+)?(?:customer|client|tenant))"
    rf"\s+(?P<b>{_PERSON})(?=\s*(?:[,.;:)]|$|\s+[a-zåäö\d]))")


def private_person_name(text: str, not_names: set[str]) -> str | None:
    """A private customer named in prose without an identifier (see `_PERSON_RE`): output as written; it resolves
    nothing, so the identity is still asked. Names in `not_names` (the sender, the agency) are skipped."""
    for m in _PERSON_RE.finditer(text):
        name = m.group("a") or m.group("b")
        if name.casefold() not in not_names:
            return name
    return None
