"""An approximate count said after its unit as a label: "T10 sidor: ca 240 (250 minus de tio första)", "pages:
about 240", "sivut: noin 240".

Why: the count is not known yet, so it is asked (the contract's "never invoice a guess"); the numbers the sender
gives to explain it ("250 minus de tio första") are its makings, never the count. Read as a price it asked the
register's price; read past, the line took 250 of about 240 (holdout 44, x17). Only a label that is the line's
article unit (or a count word, "Antal:") counts: "personer: ca 40" on an hour article says nothing about the hours.
"""
from __future__ import annotations

import re

from .amounts import APPROX_WORDS
from .clause_price import COUNT_LABEL_RE
from .unit_counts import _COUNT_NOUN, _stems

_LABELLED_RE = re.compile(rf"(?i)(?P<w>[^\W\d_]{{2,}})\s*:\s*{APPROX_WORDS}\s*\d")


def labelled_approximate(clause: str, art: dict | None) -> bool:
    """The clause states its count approximately after the article's unit as a label."""
    stems = _stems(art)
    for m in _LABELLED_RE.finditer(clause):
        w = m.group("w").casefold()
        if _COUNT_NOUN.match(w) or COUNT_LABEL_RE.match(w) or any(w.startswith(s) for s in stems):
            return True
    return False
