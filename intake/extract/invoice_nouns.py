""""The invoice for the course", "our invoice to X": the English word "invoice" as a noun, after a determiner.

Why: "invoice for" / "invoice to" is read as the imperative of a request ("Invoice for 3 h T10 …"); in a forwarded
status question ("we have not yet received the invoice for the course … Could you tell us when it will be
sent?") it is the noun, and the question was invoiced. Where a status question is checked for a request cue that
would overrule it, a determiner before "invoice" says it is the invoice talked about, not one asked for.
"""
from __future__ import annotations

import re

_NOUN_RE = re.compile(r"(?i)\b(?:the|an|our|your|their|this|that|my|its|no|any)\s+invoice\b")


def invoice_nouns_blanked(text: str) -> str:
    """The text with each "<determiner> invoice" blanked (a noun, never the imperative "invoice for …")."""
    return _NOUN_RE.sub(" ", text)
