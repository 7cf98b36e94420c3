"""A personal identity number written for the person a fee is about, not for the one who pays it.

Why: social services, schools and day care invoice a guardian for a child ("Fritidshemsavgift avseende barnet Alva
Holm (160522-7840). Avgiften ska faktureras vårdnadshavaren: Lina Holm, personnr 880414-3264"). Both numbers are
valid personal numbers; the first one in the mail is the child's. Taken as the customer's, it named nobody in the
register and clashed with the guardian's name, so the request was held with its customer asked. The contract
resolves a customer by its identity number; a number the mail itself ties to a child or pupil is the child's,
never the payer's. It is skipped as an identifier: when the mail names no other identity, the customer is asked.
"""
from __future__ import annotations

import re

#: the dependant's word, then up to four words of the name (or the child's name in a parenthesis), then the number
#: optionally behind an opening parenthesis or a label: "barnet Alva Holm (160522-7840)", "eleven Ida Berg, pnr …",
#: "lapsen Eino Koski (henkilötunnus …)", "for the child Sam Reed, personal number …"
_DEPENDANT_BEFORE_RE = re.compile(
    r"(?i:\b(?:barnet|barnets|barn|eleven|elevens|elev|sonen|dottern|sonens|dotterns|lapsi|lapsen|lapselle|"
    r"lapsesta|oppilas|oppilaan|oppilaalle|poika|pojan|tytär|tyttären|the\s+child|child|pupil|son|daughter))"
    r"(?:\s+[A-ZÅÄÖÉ][\w'-]+){0,4}\s*[,(]?\s*"
    r"(?i:(?:personnummer|personnr|pnr|henkilötunnus|hetu|personal\s+(?:identity\s+)?number)\s*:?\s*)?$")


def is_dependants_number(text: str, start: int) -> bool:
    """Whether the identifier at `start` in `text` is written right after a child's or pupil's name."""
    return bool(_DEPENDANT_BEFORE_RE.search(text[max(0, start - 80):start]))


def is_dependants_raw(text: str, raw: str) -> bool:
    """`is_dependants_number` for an identifier known by its text as written (not found: no)."""
    at = text.find(raw)
    return at >= 0 and is_dependants_number(text, at)
