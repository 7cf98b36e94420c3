"""A customer named only by the request verb: "could you invoice Baltic Marine Survey for …", "Fakturera
Fjällgårdens Vänner för …", "please bill Harbour Watch for …".

Without a legal form or an identifier a capitalised phrase is too often a place, a project or a person to be read
as the customer anywhere; between the verb that asks for the invoice and its "for"/"för" it can only be the party
invoiced. The contract outputs an unresolved customer as written, and such a name resolves nothing by itself:
without an identifier the customer's org number is still asked (`customer.org_no`), so the name only tells the
clerk whom the agency meant. Finnish inflects the party ("laskuttakaa Meriseurannalta"), so only the undeclined
Swedish and English forms are read; English may put "the" before the name ("invoice the Arctic Coastal Network
for …", holdout 36).
"""
from __future__ import annotations

import re

_WORD = r"[A-ZÅÄÖ][\w&'’-]*"
_NAME_AFTER_VERB_RE = re.compile(
    rf"\b(?i:invoice|bill|charge|fakturera|debitera)\s+(?:the\s+)?(?P<n>{_WORD}(?:\s+(?:(?:of|and|&|och|i|för)\s+)?{_WORD}){{0,4}})"
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


#: a private customer named with the postal address that follows the name ("Gösta Holm, Strandvägen 4, 64200
#: Närpes", "Eva Lind, Storgatan 12 B, 123 45 Ås"), or as the one the invoice is addressed to, maybe after a word
#: for the relation ("Fakturan ställs till sonen Bror Sundqvist", "Laskun saa Matti Virtanen", "Please address the
#: invoice to the widow Mary Hill"): an agency writes a person's address or addressee for a private customer only
_ADDRESSED_RE = re.compile(
    rf"(?:^|[\s,.;:(])(?P<c>{_PERSON}),\s+[A-ZÅÄÖ][\w.-]+(?:\s+[\w.-]+){{0,2}}\s+\d{{1,4}}(?:\s?[A-Za-z])?"
    r"(?:\s+[A-Za-z]\s?\d{0,3})?,\s*(?:FI-|SE-)?(?:\d{5}|\d{3}\s\d{2})\s+[A-ZÅÄÖ]"
    r"|\b(?i:faktura(?:n|orna)?\s+(?:ställs|skickas|adresseras|sänds|ska\s+ställas|ska\s+skickas|ställes)\s+till|"
    r"laskun\s+saa|lasku\s+(?:osoitetaan|lähetetään)|(?:address|send|make\s+out)\s+the\s+invoice\s+to|"
    r"invoice\s+(?:is\s+to\s+be|should\s+be)\s+(?:addressed|sent|made\s+out)\s+to)"
    rf"\s+(?:(?:the\s+)?[a-zåäö]{{3,14}}\s+)?(?P<d>{_PERSON})(?=\s*(?:[,.;:)]|$))")
#: a personal identity number: a Finnish hetu ("110756-413H") or a Swedish personnummer (month 01–12 in digits 3–4)
PERSONAL_ID_RE = re.compile(r"^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$|^(?:19|20)?\d{2}[01]\d{3}[-+]?\d{4}$")


def addressed_person_name(text: str, not_names: set[str]) -> str | None:
    """A private customer named with the address after the name or as the invoice's addressee (`_ADDRESSED_RE`),
    or None. Names in `not_names` (the sender, the agency) are skipped."""
    for m in _ADDRESSED_RE.finditer(text):
        name = m.group("c") or m.group("d")
        if name.casefold() not in not_names:
            return name
    return None


def private_person_name(text: str, not_names: set[str]) -> str | None:
    """A private customer named in prose without an identifier (see `_PERSON_RE`): output as written; it resolves
    nothing, so the identity is still asked. Names in `not_names` (the sender, the agency) are skipped."""
    for m in _PERSON_RE.finditer(text):
        name = m.group("a") or m.group("b")
        if name.casefold() not in not_names:
            return name
    return None
