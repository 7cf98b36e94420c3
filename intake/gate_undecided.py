"""A sentence of the newest text that says a price or a count is not decided yet holds the request.

Why: "… konservering av en tavla, 6 timmar. Timpriset för konservering har vi inte bestämt än." — the values of
that line were read, so the general net (intake.gate_leftover) saw nothing left on it, and a register price went
out for a price the sender said was still open. Wherever such a sentence stands (on a line values were read from
or on its own), the request waits for a clerk unless a question already asks a count or a price: what was read
may be a price or count the sender has not settled ("inte bestämt", "ej klart", "återkommer med pris", "ei ole
vielä päätetty", "hinta tarkentuu", "price to be confirmed", "TBC"). Only a sentence that also names a price or
a count counts: an undecided date or delivery is no statement about the amount (periods have their own rules).
"""
from __future__ import annotations

import re

#: a value not settled yet, in sv/fi/en
_OPEN_RE = re.compile(
    r"(?i)\b(?:(?:inte|ej|icke)\s+(?:\w+\s+){0,2}?(?:bestämt|bestämd|bestämts|fastställt|fastställd|fastställts|"
    r"beslutat|beslutats|klart|klar|avgjort|satt|överenskommet|överenskommen|spikat)|"
    r"oklar[at]?|obestämd|obestämt|återkommer\s+(?:\w+\s+){0,2}?med|meddelas\s+senare|kommer\s+senare|"
    r"ei\s+(?:\w+\s+){0,2}?(?:päätetty|sovittu|vahvistettu|selvillä|tiedossa|varmistunut|lyöty\s+lukkoon)|"
    r"tarkentu\w*|selvi(?:ää|ävät|äisi)\s+(?:\w+\s+){0,2}?(?:kun|myöhemmin|vasta|jälkeen)|"
    r"(?:blir|är)\s+(?:\w+\s+)?(?:klart|känt|känd)\s+(?:först\s+)?(?:när|efter|senare)|vet\s+vi\s+först|"
    r"(?:will\s+(?:only\s+)?be|is)\s+(?:only\s+)?known\s+(?:once|when|after|later)|"
    r"vahvistetaan\s+myöhemmin|ilmoitetaan\s+myöhemmin|palaa\w*\s+(?:\w+\s+){0,2}?\w*hin\w*|"
    r"(?:vielä|yhä)\s+auki|"
    r"not\s+(?:\w+\s+){0,2}?(?:decided|agreed|confirmed|settled|fixed|set|known|final)|undecided|"
    r"to\s+be\s+(?:confirmed|decided|agreed|determined|advised)|\btb[cda]\b|will\s+(?:\w+\s+)?follow|"
    r"(?:yet|still)\s+to\s+be\s+(?:confirmed|decided|agreed|set))")
#: what is open: a price, or a count
_PRICE_RE = re.compile(
    r"(?i)(?:pris\w*|\w*priset|\w*pris\b|kostnad\w*|belopp\w*|avgift\w*|taxa\w*|"
    r"\w*hin(?:ta|nan|taa|nat|noista|noiltaan)\w*|maksu\w*|summa\w*|"
    r"price\w*|\w*rate\b|rates\b|fee\b|fees\b|cost\w*|amount\w*)")
_COUNT_RE = re.compile(
    r"(?i)\b(?:antal\w*|\w*timmar\w*|timme\w*|tuntia|tuntien|\w*määrä\w*|quantit\w*|number\s+of|hours?)\b")
#: where a sentence ends inside a line
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def undecided_unasked(line: str, reqs: list[dict]) -> bool:
    """True when a sentence of `line` says a price or a count is not decided yet and no request asks that kind of
    value: the question settles what is open (its answer then goes through), so only an open value nothing asks
    holds the request."""
    asked = {str(q).rsplit(".", 1)[-1] for r in reqs for q in r.get("questions") or []}
    for s in _SENTENCE_END_RE.split(line):
        if not _OPEN_RE.search(s):
            continue
        if (_PRICE_RE.search(s) and "unit_price" not in asked) or (_COUNT_RE.search(s) and "quantity" not in asked):
            return True
    return False
