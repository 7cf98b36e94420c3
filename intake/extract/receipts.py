"""A receipt from a registry or case system: "Ditt ärende har registrerats med diarienummer …", "Asiakirja on
kirjattu diaariin", "Your document has been registered", "Kvittens", "Vastaanottokuittaus".

The receipt names the registered document ("Handling: Faktureringsunderlag Nordkap Analys AB"), so a customer is
found, but it asks nothing to be invoiced: the request itself comes (or came) in its own mail. Read as a request
it would ask the agency for lines of a document it has already sent. Taken as a receipt only when the newest text
says so, does not ask to invoice, and no line was read at all.
"""
from __future__ import annotations

import re

from .kinds import asks_for_invoice

RECEIPT_RE = re.compile(
    r"(?i)\b(?:har\s+registrerats|har\s+diarieförts|är\s+(?:nu\s+)?registrerad|registrerades|diarieförd|"
    r"mottagningskvittens|kvittens(?:en)?|"
    r"on\s+(?:nyt\s+)?(?:kirjattu|rekisteröity|diarioitu)|kirjattiin|vastaanottokuittau\w*|kuittau\w*|"
    r"has\s+been\s+(?:registered|logged|filed)|was\s+registered|acknowledge?ment\s+of\s+receipt|"
    r"receipt\s+(?:confirmation|acknowledge?ment))\b")


def registry_receipt(subject: str, newest: str) -> bool:
    """Whether the newest text is a registry's receipt that asks nothing to be invoiced (a "Kvittens" subject
    alone is not enough: an agency may forward a receipt with a request of its own)."""
    return bool(RECEIPT_RE.search(newest)) and not asks_for_invoice(newest) and not asks_for_invoice(subject or "")
