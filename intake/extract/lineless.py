"""Why a mail that names a customer but no line to invoice is no request: a thank-you, a registry's receipt, or a
change of the customer's own details ("har flyttat, ny adress: …", "uusi laskutusosoite", "has moved").

Why: such a mail names a customer the register knows, so the reader found one — and with no line, the request
would ask the agency for lines it never meant to send. A change of address or contact asks the register to be
updated (a clerk does it, the contract has no request for it), not an invoice; the invoice it mentions ("innan
båtplatsfakturan skickas") is the next ordinary one. Taken so only when no line was read at all and the newest text
asks nothing to be invoiced (intake.parse).
"""
from __future__ import annotations

import re

from .kinds import asks_for_invoice, only_thanks
from .receipts import registry_receipt

#: the customer's own details changed: a new address, a move, an update of the customer register
REGISTER_CHANGE_RE = re.compile(
    r"(?i)\b(?:ny(?:\s+\w+)?\s+(?:adress|postadress|fakturaadress|faktureringsadress|e-?postadress)|adressändring|"
    r"har\s+flyttat|byt(?:t|er)\s+adress|uppdatera\w*\s+(?:\w+\s+){0,2}?(?:kundregist\w*|registret|adress\w*|"
    r"uppgifter\w*)|uusi\s+(?:\w+\s+)?osoite|osoitteenmuutos|osoitemuutos|on\s+muuttanut|muutti\b|"
    r"päivittä\w*\s+(?:\w+\s+){0,2}?(?:asiakasrekister\w*|rekister\w*|osoit\w*|tiedo\w*)|new\s+(?:billing\s+|"
    r"postal\s+|invoice\s+|e-?mail\s+)?address|change\s+of\s+address|address\s+change|ha(?:s|ve)\s+moved|"
    r"update\s+(?:\w+\s+){0,2}?(?:customer\s+(?:register|record|details)|register|address|details))")


def lineless_reason(subject: str, newest: str) -> str | None:
    """Why a request-less mail naming a customer is no request (module doc), or None."""
    if only_thanks(newest):
        return "the message only thanks; it names no line to invoice"
    if registry_receipt(subject, newest):
        return "the message is a registry's receipt; it names no line to invoice"
    if REGISTER_CHANGE_RE.search(newest) and not asks_for_invoice(newest):
        return "the message changes the customer's details (a new address); a clerk updates the register, nothing " \
               "is asked to be invoiced"
    return None
