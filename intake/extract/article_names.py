"""A line's words that only name its register article, written short: the description is the register's name.

"VP20 liikenteenohjaus 5 h" for the article "Liikenteenohjaus, tunti", "HF10 Kajplatsavgift 3 dygn" for
"Kajplatsavgift, per dygn", "1010 konsultation" for "Konsultation, per timme": the mail writes the article's name
without its unit qualifier (after the comma) or in lower case — that is no description of the line's own, so the
invoice shows the register's name as for a line that gives none (the contract: the line's own text when the mail
gives one, else the article's registry name). Words that say more than the name ("Kajplatsavgift, extra natt")
stay the line's own.
"""
from __future__ import annotations


def _key(s: str) -> str:
    return " ".join(s.replace(",", " ").split()).casefold()


def register_named(own: str | None, name: str | None) -> str | None:
    """The description to show: the register's `name` when `own` is that name or its head before the comma."""
    if not own or not name:
        return own or name
    said = _key(own)
    return name if said in (_key(name), _key(name.split(",", 1)[0])) else own
