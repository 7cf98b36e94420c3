"""A label that says in parentheses which field its value is to be used as: "Bokningsnummer (ange som
beställning)", "Varausnumero (käytä tilausnumerona)", "Booking no. (quote as your order reference)".

Why: booking and case systems name their own number but tell the reader what the customer knows it as; the
aside is the sender's instruction, so the value is read as the field the aside names. Only an aside that
instructs (ange/använd/uppge …, käytä/merkitse/ilmoita …, use/quote/enter …) counts: "Org.nr (om känt)" or
"Referens (max 20 tecken)" name nothing.
"""
from __future__ import annotations

import re

_ASIDE_RE = re.compile(
    r"(?i)\(\s*(?:ange[sr]?|anges|skriv|använd|används|uppge|uppges|märk|käytä|käytetään|merkitse|merkitään|"
    r"ilmoita|ilmoitetaan|mainitse|use|used|quote|enter|state|give)\s+(?P<rest>[^()]{2,40}?)\s*\)")
_FILLER_RE = re.compile(r"(?i)^(?:(?:som|as|the|your|our|er|ert|era|er|i|in|on|laskulla|fakturan|invoice)\s+)+")


def aside_labels(raw: str) -> list[str]:
    """The labels an instructing aside names, as the lexicon writes them (lower case, Finnish essive dropped)."""
    m = _ASIDE_RE.search(raw or "")
    if not m:
        return []
    rest = _FILLER_RE.sub("", " ".join(m.group("rest").split())).casefold().strip(" .:")
    out = [rest]
    if re.search(r"(?:na|nä)$", rest):      # "tilausnumerona" → "tilausnumero"
        out.append(rest[:-2])
    return out
